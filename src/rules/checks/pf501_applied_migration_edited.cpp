// PF501 applied-migration-edited: docs, rationale and examples in
// rules/PF501-applied-migration-edited.yaml.
#include "rules/rule.h"
#include "rules/scope_notes.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AppliedMigrationEditedRule final : public Rule {
 public:
  void on_script(const ast::Script& /*script*/, RuleContext& ctx) const override {
    const std::string& path = ctx.model().scripts()[ctx.script_index()].file->path();
    for_each_note(ctx, model::ScopeNote::Kind::Edited, [&](const model::ScopeNote& note) {
      ctx.report(
          first_line_of(ctx), std::string(),
          fmt::format(FMT_STRING("{} was already applied to the target and has {}: the database "
                                 "does not have what the file now says (Flyway refuses to migrate; "
                                 "DbUp skips it)"),
                      path, note.detail));
    });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_applied_migration_edited_rule() {
  return std::make_unique<AppliedMigrationEditedRule>();
}

}  // namespace pf::rules
