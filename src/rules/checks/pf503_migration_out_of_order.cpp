// PF503 migration-out-of-order: docs, rationale and examples in
// rules/PF503-migration-out-of-order.yaml.
#include "rules/rule.h"
#include "rules/scope_notes.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class MigrationOutOfOrderRule final : public Rule {
 public:
  void on_script(const ast::Script& /*script*/, RuleContext& ctx) const override {
    const std::string& path = ctx.model().scripts()[ctx.script_index()].file->path();
    for_each_note(ctx, model::ScopeNote::Kind::OutOfOrder, [&](const model::ScopeNote& note) {
      ctx.report(
          first_line_of(ctx), std::string(),
          fmt::format(
              FMT_STRING("{} is pending but its {}: it runs after migrations written after it "
                         "(Flyway refuses it unless outOfOrder is set)"),
              path, note.detail));
    });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_migration_out_of_order_rule() {
  return std::make_unique<MigrationOutOfOrderRule>();
}

}  // namespace pf::rules
