// PF805 unique-over-existing-rows: docs, rationale and examples in
// rules/PF805-unique-over-existing-rows.yaml.
#include "rules/locking.h"
#include "rules/rule.h"
#include "rules/script_order.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

namespace pf::rules {
namespace {

// `columns` empty: not known (the AST keeps no key columns for a constraint).
std::string advice(const std::string& table, const std::string& columns) {
  const std::string check =
      columns.empty()
          ? fmt::format(FMT_STRING("group {}'s rows by the key columns, HAVING COUNT(*) > 1"),
                        table)
          : fmt::format(FMT_STRING("SELECT {}, COUNT(*) FROM {} GROUP BY {} HAVING COUNT(*) > 1"),
                        columns, table, columns);
  return fmt::format(
      FMT_STRING("if two existing rows share a key the statement fails and the deployment stops "
                 "there; check first ({}) and remove the duplicates in the script, or accept the "
                 "finding when the data is known to be unique"),
      check);
}

// Whether a statement before `at`, in the same body (or at deployment level), dropped an index
// or constraint `name` of `table`: then `at` re-creates it (after a column change, typically),
// and the rows satisfied it until the drop.
bool recreates(const std::vector<PlacedStatement>& all, std::size_t at,
               const ast::ObjectName& table, std::string_view name) {
  if (name.empty()) return false;
  const std::string key = model::object_key(table);
  for (std::size_t j = 0; j < at; ++j) {
    if (all[j].module != all[at].module) continue;
    if (all[j].statement->kind == ast::Kind::AlterTable) {
      const auto& alter = static_cast<const ast::AlterTable&>(*all[j].statement);
      if (model::object_key(alter.name) != key) continue;
      for (const ast::AlterTableAction& a : alter.actions) {
        if ((a.type == ast::AlterTableAction::Type::DropConstraint ||
             a.type == ast::AlterTableAction::Type::DropIndex) &&
            covers(false, a.names, name)) {
          return true;
        }
      }
    } else if (all[j].statement->kind == ast::Kind::Drop) {
      const auto& drop = static_cast<const ast::Drop&>(*all[j].statement);
      if (drop.object_type != "INDEX") continue;
      for (const ast::DropTarget& target : drop.targets) {
        if (!same_name(target.name.object(), name)) continue;
        // `DROP INDEX ix ON t`, or the old `DROP INDEX t.ix`.
        ast::ObjectName on = target.table ? *target.table : target.name;
        if (!target.table) on.pop_back();
        if (!on.empty() && model::object_key(on) == key) return true;
      }
    }
  }
  return false;
}

// One walk per script: the drops that a unique key may re-create are found among the few DDL
// statements before it, not by walking the script again for each key.
class UniqueOverExistingRowsRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    const std::vector<PlacedStatement> all = statements_in_order(
        script, of_kind({ast::Kind::AlterTable, ast::Kind::Drop, ast::Kind::CreateIndex}));
    for (std::size_t i = 0; i < all.size(); ++i) {
      // The context answers as it does for a statement in this body (never "created" inside a
      // module: by the time the body runs, the table may hold rows).
      ctx.set_module(all[i].module);
      if (all[i].statement->kind == ast::Kind::CreateIndex) {
        index(all, i, ctx);
      } else if (all[i].statement->kind == ast::Kind::AlterTable) {
        constraint(all, i, ctx);
      }
      ctx.set_module(nullptr);
    }
  }

 private:
  static void index(const std::vector<PlacedStatement>& all, std::size_t at, RuleContext& ctx) {
    const auto& statement = static_cast<const ast::CreateIndex&>(*all[at].statement);
    if (!statement.unique) return;
    // A view the deployment created still shows its tables' rows: only its locking is new.
    const bool new_view =
        ctx.created_by_deployment(model::ObjectType::View, statement.table, statement).has_value();
    if (!new_view && !existed_before(ctx, statement.table, statement)) return;
    if (recreates(all, at, statement.table, statement.name)) return;
    std::string columns;
    for (const std::string& c : statement.columns) columns += (columns.empty() ? "" : ", ") + c;
    const std::string table = statement.table.display();
    ctx.report(statement.range, table + "." + statement.name,
               fmt::format(FMT_STRING("unique index {} is built over the rows already in {}{}: "
                                      "{}"),
                           statement.name, table,
                           new_view ? std::string(" (a view: the rows of its tables)")
                                    : ctx.origin_note(statement.table, statement),
                           advice(table, columns)));
  }

  static void constraint(const std::vector<PlacedStatement>& all, std::size_t at,
                         RuleContext& ctx) {
    const auto& statement = static_cast<const ast::AlterTable&>(*all[at].statement);
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::AddConstraint || !action.constraint) continue;
      const ast::TableConstraint& c = *action.constraint;
      const bool primary = c.kind == ast::ConstraintKind::PrimaryKey;
      if (!primary && c.kind != ast::ConstraintKind::Unique) continue;
      if (!existed_before(ctx, statement.name, statement)) return;
      if (c.name && recreates(all, at, statement.name, *c.name)) continue;
      const std::string table = statement.name.display();
      ctx.report(c.range, table + (c.name ? "." + *c.name : ""),
                 fmt::format(FMT_STRING("{} constraint {}is checked against the rows already in "
                                        "{}{}: {}"),
                             primary ? "PRIMARY KEY" : "UNIQUE", c.name ? *c.name + " " : "", table,
                             ctx.origin_note(statement.name, statement), advice(table, {})));
    }
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_unique_over_existing_rows_rule() {
  return std::make_unique<UniqueOverExistingRowsRule>();
}

}  // namespace pf::rules
