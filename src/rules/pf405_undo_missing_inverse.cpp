// PF405 undo-missing-inverse: docs, rationale and examples in
// rules/PF405-undo-missing-inverse.yaml.
#include "model/rollback.h"
#include "rules/builtin_rules.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class UndoMissingInverseRule final : public Rule {
 public:
  std::string_view id() const override { return "PF405"; }
  std::string_view name() const override { return "undo-missing-inverse"; }

  void on_script(const ast::Script& /*script*/, RuleContext& ctx) const override {
    const model::Deployment& deployment = ctx.model();
    const std::size_t index = ctx.script_index();
    if (!deployment.expects_undo(index)) return;
    const model::UndoScript* undo = deployment.undo_of(index);
    const model::UndoReview review =
        model::review_undo(deployment.scripts()[index], undo != nullptr ? &undo->script : nullptr);
    for (const model::UndoStep& step : review.missing) {
      std::string_view expected = step.expected;
      if (!expected.empty() && expected.back() == ';') expected.remove_suffix(1);
      // A version without an undo script, while others have one: Flyway's `undo` stops there.
      const std::string message =
          undo != nullptr
              ? fmt::format(FMT_STRING("undo script {} does not reverse this change to {} "
                                       "(expected: {})"),
                            undo->script.file->path(), step.object, expected)
              : fmt::format(FMT_STRING("no undo script reverses this change to {} ({} is missing; "
                                       "expected: {})"),
                            step.object, deployment.undo_plan().missing.at(index), expected);
      ctx.report(step.statement->range, step.object, message);
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_undo_missing_inverse_rule() {
  return std::make_unique<UndoMissingInverseRule>();
}

}  // namespace pf::rules
