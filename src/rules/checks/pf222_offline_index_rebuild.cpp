// PF222 offline-index-rebuild: docs, rationale and examples in
// rules/PF222-offline-index-rebuild.yaml.
#include "rules/locking.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

class OfflineIndexRebuildRule final : public Rule {
 public:
  void on(const ast::AlterIndex& statement, RuleContext& ctx) const override {
    if (statement.action != "REBUILD" || !existed_before(ctx, statement.table, statement)) return;
    const std::string object =
        statement.table.display() + (statement.all ? "" : "." + statement.name);
    report(statement.online, statement.range, object,
           statement.all ? "every index of " + statement.table.display() : "index " + object, ctx,
           &statement.table, statement);
  }

  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::Rebuild) continue;
      if (!existed_before(ctx, statement.name, statement)) return;
      report(action.online, action.range, statement.name.display(),
             "table " + statement.name.display(), ctx, &statement.name, statement);
    }
  }

  // DBCC DBREINDEX names its table in a string, which the AST does not keep: it is reported
  // wherever it runs (it is deprecated, and never needed in a deployment).
  void on(const ast::Dbcc& statement, RuleContext& ctx) const override {
    if (statement.command != "DBREINDEX") return;
    report(ast::OnlineOption{}, statement.range, "", "DBCC DBREINDEX", ctx, nullptr, statement);
  }

 private:
  static void report(const ast::OnlineOption& online, const ast::SourceRange& whole,
                     const std::string& object, const std::string& what, RuleContext& ctx,
                     const ast::ObjectName* table, const ast::Statement& statement) {
    const Edition edition = ctx.settings().edition;
    const std::string note = table != nullptr ? ctx.origin_note(*table, statement) : "";
    if (online.online == true) {
      if (edition != Edition::Standard) return;
      ctx.report(online.range, object,
                 fmt::format(FMT_STRING("ONLINE = ON fails on Standard edition (the policy's "
                                        "target.edition): the rebuild of {} does not run and the "
                                        "script stops; drop the option and run it in a quiet "
                                        "window"),
                             what));
      return;
    }
    ctx.report(
        online.online ? online.range : whole, object,
        fmt::format(FMT_STRING("{} is rebuilt offline: writes to the table wait until the "
                               "rebuild has rewritten it, and every query does for a clustered "
                               "index or a heap{}; {}, or leave index maintenance to a "
                               "maintenance window"),
                    what, note,
                    statement.kind == ast::Kind::Dbcc
                        ? std::string_view("use ALTER INDEX ... REBUILD WITH (ONLINE = ON) on "
                                           "Enterprise or Azure SQL")
                        : online_advice(edition)));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_offline_index_rebuild_rule() {
  return std::make_unique<OfflineIndexRebuildRule>();
}

}  // namespace pf::rules
