// PF221 offline-index-build: docs, rationale and examples in rules/PF221-offline-index-build.yaml.
#include "rules/locking.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

// An index built offline holds a shared lock on the table (writers wait) for the whole build, a
// clustered one a schema-modification lock (readers wait too).
std::string_view blocked(bool clustered) {
  return clustered ? "every query on the table waits" : "every write to the table waits";
}

class OfflineIndexBuildRule final : public Rule {
 public:
  void on(const ast::CreateIndex& statement, RuleContext& ctx) const override {
    if (!existed_before(ctx, statement.table, statement)) return;
    const std::string object = statement.table.display() + "." + statement.name;
    report(statement.online, statement.range, object, statement.clustered == true, ctx,
           statement.table, statement);
  }

  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::AddConstraint || !action.constraint) continue;
      const ast::TableConstraint& c = *action.constraint;
      if (c.kind != ast::ConstraintKind::PrimaryKey && c.kind != ast::ConstraintKind::Unique) {
        continue;
      }
      if (!existed_before(ctx, statement.name, statement)) return;
      const std::string object = statement.name.display() + (c.name ? "." + *c.name : "");
      // A primary key is clustered unless NONCLUSTERED is written; the AST does not keep which, so
      // the message takes the stronger lock for a primary key.
      report(action.online, c.range, object, c.kind == ast::ConstraintKind::PrimaryKey, ctx,
             statement.name, statement);
    }
  }

 private:
  static void report(const ast::OnlineOption& online, const ast::SourceRange& whole,
                     const std::string& object, bool clustered, RuleContext& ctx,
                     const ast::ObjectName& table, const ast::Statement& statement) {
    const Edition edition = ctx.settings().edition;
    if (online.online == true) {
      if (edition != Edition::Standard) return;
      ctx.report(online.range, object,
                 fmt::format(FMT_STRING("ONLINE = ON fails on Standard edition (the policy's "
                                        "target.edition): index {} is not built and the script "
                                        "stops; drop the option and run it in a quiet window"),
                             object));
      return;
    }
    const ast::SourceRange range = online.online ? online.range : whole;
    ctx.report(range, object,
               fmt::format(FMT_STRING("index {} is built offline: {} until the build has read "
                                      "every row{}; {}"),
                           object, blocked(clustered), ctx.origin_note(table, statement),
                           online_advice(edition)));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_offline_index_build_rule() {
  return std::make_unique<OfflineIndexBuildRule>();
}

}  // namespace pf::rules
