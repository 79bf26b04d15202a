// PF824 insert-without-column-list: docs, rationale and examples in
// rules/PF824-insert-without-column-list.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <functional>
#include <memory>
#include <string>

namespace pf::rules {
namespace {

bool same_table(const ast::ObjectName& a, const ast::ObjectName& b) {
  if (a.empty() || b.empty() || !same_name(a.object(), b.object())) return false;
  // `Orders` and `dbo.Orders` are the same table for the default schema most modules run under.
  return a.schema().empty() || b.schema().empty() || same_name(a.schema(), b.schema());
}

// Whether `module` creates `table` (CREATE TABLE or SELECT ... INTO) before `before`: then the
// module itself gives the columns the INSERT fills, as tSQLt tests do.
bool created_in_module(const ast::Module& module, const ast::ObjectName& table,
                       const ast::SourcePosition& before) {
  bool found = false;
  std::function<void(const ast::Statement&)> visit = [&](const ast::Statement& s) {
    if (found || !(s.range.begin < before)) return;
    if (s.kind == ast::Kind::CreateTable) {
      found = same_table(static_cast<const ast::CreateTable&>(s).name, table);
    } else if (s.kind == ast::Kind::Select) {
      const auto& into = static_cast<const ast::Select&>(s).into;
      found = into && same_table(*into, table);
    }
    s.for_each_child(visit);
  };
  for (const ast::StatementPtr& s : module.body) visit(*s);
  return found;
}

class InsertWithoutColumnListRule final : public Rule {
 public:
  void on(const ast::Insert& statement, RuleContext& ctx) const override {
    if (statement.has_column_list || statement.source == ast::Insert::Source::DefaultValues) {
      return;
    }
    const ast::ObjectName& table = resolve_alias(statement.target, statement);
    // A temporary table or table variable lives as long as the script that declares its columns.
    if (table.empty() || table.is_temporary() || table.is_variable()) return;
    // OPENQUERY(...) / OPENROWSET(...) as the target: the remote columns are the query's.
    if (same_name(table.object(), "OPENQUERY") || same_name(table.object(), "OPENROWSET") ||
        same_name(table.object(), "OPENDATASOURCE")) {
      return;
    }
    // A table the deployment has just created has exactly the columns it was given.
    if (ctx.created_by_deployment(table, statement)) return;
    if (ctx.module() != nullptr && created_in_module(*ctx.module(), table, statement.range.begin)) {
      return;
    }
    const std::string name = table.display();
    const char* source = statement.source == ast::Insert::Source::Values   ? "VALUES"
                         : statement.source == ast::Insert::Source::Select ? "SELECT"
                                                                           : "EXEC";
    ctx.report(statement.target.range, name,
               fmt::format(FMT_STRING("INSERT into {} without a column list: the {} must match "
                                      "the table's columns by position, so it fails, or fills "
                                      "the wrong columns, once a column is added or reordered; "
                                      "name the columns"),
                           name, source));
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_insert_without_column_list_rule() {
  return std::make_unique<InsertWithoutColumnListRule>();
}

}  // namespace pf::rules
