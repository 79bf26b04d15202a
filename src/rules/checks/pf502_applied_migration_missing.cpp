// PF502 applied-migration-missing: docs, rationale and examples in
// rules/PF502-applied-migration-missing.yaml.
#include "rules/rule.h"
#include "rules/scope_notes.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AppliedMigrationMissingRule final : public Rule {
 public:
  void on_script(const ast::Script& /*script*/, RuleContext& ctx) const override {
    const std::string& path = ctx.model().scripts()[ctx.script_index()].file->path();
    for_each_note(ctx, model::ScopeNote::Kind::Missing, [&](const model::ScopeNote& note) {
      ctx.report(
          first_line_of(ctx), std::string(),
          fmt::format(
              FMT_STRING(
                  "{} was applied to the target ({}) and is no longer in the folder (deleted or "
                  "renamed): its changes are in the database, not in source control"),
              path, note.detail));
    });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_applied_migration_missing_rule() {
  return std::make_unique<AppliedMigrationMissingRule>();
}

}  // namespace pf::rules
