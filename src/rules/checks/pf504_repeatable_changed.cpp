// PF504 repeatable-changed: docs, rationale and examples in
// rules/PF504-repeatable-changed.yaml.
#include "rules/rule.h"
#include "rules/scope_notes.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class RepeatableChangedRule final : public Rule {
 public:
  void on_script(const ast::Script& /*script*/, RuleContext& ctx) const override {
    const std::string& path = ctx.model().scripts()[ctx.script_index()].file->path();
    for_each_note(
        ctx, model::ScopeNote::Kind::RepeatableChanged, [&](const model::ScopeNote& note) {
          ctx.report(
              first_line_of(ctx), std::string(),
              fmt::format(
                  FMT_STRING("repeatable script {} was {}: Flyway runs it again, whole, after "
                             "every versioned migration of this deployment"),
                  path, note.detail));
        });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_repeatable_changed_rule() {
  return std::make_unique<RepeatableChangedRule>();
}

}  // namespace pf::rules
