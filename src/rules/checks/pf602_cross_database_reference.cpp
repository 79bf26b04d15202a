// PF602 cross-database-reference: docs, rationale and examples in
// rules/PF602-cross-database-reference.yaml.
#include "rules/environment.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

// `Db.schema.object` or `Db..object` naming a user database; four-part names are PF603's (a
// linked server), system databases and sqlcmd variables name no particular environment.
void check(const ast::ObjectName& name, const ast::Statement& statement, RuleContext& ctx) {
  if (name.size() != 3 || name.database().empty() || name.is_temporary()) return;
  if (is_system_database(name.database())) return;
  // `alias.column.nodes('/x')` in FROM is the xml nodes() method on a column, not a table.
  if (same_name(name.object(), "nodes")) return;
  const ast::SourceRange range = name.range.begin == name.range.end ? statement.range : name.range;
  if (written_with_sqlcmd_variable(ctx, range, name.database())) return;
  const std::string database(name.database());
  ctx.report(range, name.display(),
             fmt::format(FMT_STRING("{} names database {}: the script works only where a "
                                    "database of that name exists, whatever database it is "
                                    "deployed to"),
                         name.display(), database));
}

class CrossDatabaseReferenceRule final : public Rule {
 public:
  // The tables DML reads and writes, subqueries and joins included.
  void on_statement(const ast::Statement& statement, RuleContext& ctx) const override {
    for (const ast::TableReference& ref : statement.table_references) {
      check(ref.name, statement, ctx);
    }
  }

  // DDL names its object outside table_references.
  void on(const ast::CreateTable& s, RuleContext& ctx) const override { check(s.name, s, ctx); }
  void on(const ast::AlterTable& s, RuleContext& ctx) const override { check(s.name, s, ctx); }
  void on(const ast::CreateIndex& s, RuleContext& ctx) const override { check(s.table, s, ctx); }
  void on(const ast::AlterIndex& s, RuleContext& ctx) const override { check(s.table, s, ctx); }
  void on(const ast::Truncate& s, RuleContext& ctx) const override { check(s.table, s, ctx); }
  void on(const ast::BulkInsert& s, RuleContext& ctx) const override { check(s.table, s, ctx); }
  void on(const ast::CreateSynonym& s, RuleContext& ctx) const override { check(s.target, s, ctx); }
  void on(const ast::CreateStatistics& s, RuleContext& ctx) const override {
    check(s.table, s, ctx);
  }
  void on(const ast::UpdateStatistics& s, RuleContext& ctx) const override {
    check(s.table, s, ctx);
  }
  void on(const ast::DropTable& s, RuleContext& ctx) const override {
    for (const ast::ObjectName& table : s.tables) check(table, s, ctx);
  }
  void on(const ast::Drop& s, RuleContext& ctx) const override {
    for (const ast::DropTarget& target : s.targets) {
      if (target.table) {
        check(*target.table, s, ctx);
      } else if (s.object_type != "INDEX" && s.object_type != "STATISTICS") {
        // `DROP INDEX dbo.T.ix` and `DROP STATISTICS dbo.T.s` name schema.table.object.
        check(target.name, s, ctx);
      }
    }
  }
  // `EXEC Other.dbo.p`, and `EXEC Other.sys.sp_executesql N'...'`, which runs its text in Other.
  void on(const ast::Execute& s, RuleContext& ctx) const override {
    // After OPENDATASOURCE(...) the database is on the remote server: PF604's.
    if (s.procedure && s.rowset_function.empty()) check(*s.procedure, s, ctx);
  }
};

}  // namespace

std::unique_ptr<const Rule> make_cross_database_reference_rule() {
  return std::make_unique<CrossDatabaseReferenceRule>();
}

}  // namespace pf::rules
