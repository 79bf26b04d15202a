// PF405 undo-missing-inverse: docs, rationale and examples in
// rules/PF405-undo-missing-inverse.yaml.
#include "model/rollback.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class UndoMissingInverseRule final : public Rule {
 public:
  void on_script(const ast::Script& /*script*/, RuleContext& ctx) const override {
    const std::optional<model::ForwardScriptReview> forward =
        model::review_forward_script(ctx.model(), ctx.script_index());
    if (!forward) return;
    for (const model::UndoStep& step : forward->review.missing) {
      std::string_view expected = step.expected;
      if (!expected.empty() && expected.back() == ';') expected.remove_suffix(1);
      // A version without an undo script, while others have one: Flyway's `undo` stops there.
      const std::string message =
          forward->undo != nullptr
              ? fmt::format(FMT_STRING("undo script {} does not reverse this change to {} "
                                       "(expected: {})"),
                            forward->undo->script.file->path(), step.object, expected)
              : fmt::format(FMT_STRING("no undo script reverses this change to {} ({} is missing; "
                                       "expected: {})"),
                            step.object, forward->missing_undo, expected);
      ctx.report(step.statement->range, step.object, message);
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_undo_missing_inverse_rule() {
  return std::make_unique<UndoMissingInverseRule>();
}

}  // namespace pf::rules
