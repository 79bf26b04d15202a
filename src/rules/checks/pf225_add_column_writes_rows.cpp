// PF225 add-column-writes-rows: docs, rationale and examples in
// rules/PF225-add-column-writes-rows.yaml.
#include "rules/locking.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

// Types SQL Server never adds as metadata-only with a default (large-value and CLR types).
bool large_value_type(const ast::ColumnDefinition& c) {
  if (!c.type) return false;
  const std::string& name = c.type->name;
  for (const char* large :
       {"text", "ntext", "image", "xml", "hierarchyid", "geometry", "geography", "sql_variant"}) {
    if (same_name(name, large)) return true;
  }
  return !c.type->args.empty() && same_name(c.type->args[0], "max");
}

class AddColumnWritesRowsRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    const Edition edition = ctx.settings().edition;
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::AddColumn || !action.column) continue;
      const ast::ColumnDefinition& c = *action.column;
      const std::string why = reason(c, edition);
      if (why.empty()) continue;
      if (!existed_before(ctx, statement.name, statement)) return;
      const std::string object = statement.name.display() + "." + c.name.value;
      ctx.report(c.range, object,
                 fmt::format(FMT_STRING("adding {} writes every existing row of {}: {}, under a "
                                        "schema-modification lock that makes every query on the "
                                        "table wait until it ends{}; {}"),
                             object, statement.name.display(), why,
                             ctx.origin_note(statement.name, statement), advice(c)));
    }
  }

 private:
  // Why the new column is written in every row, or empty when it is not (metadata-only).
  static std::string reason(const ast::ColumnDefinition& c, Edition edition) {
    if (c.identity) return "SQL Server numbers each one";
    if (c.computed) return c.persisted ? "a PERSISTED computed value is stored in each one" : "";
    if (!c.has_default) return "";
    // A NULL column keeps NULL in existing rows unless WITH VALUES asks for the default.
    if (c.nullable != false && !c.default_with_values) return "";
    if (c.default_per_row) return "its DEFAULT gives each row its own value";
    if (large_value_type(c)) return "a default of a large-value type is stored in each one";
    switch (edition) {
      case Edition::Enterprise:
      case Edition::AzureSql:
        return "";  // a runtime-constant default is kept once, in the metadata
      case Edition::Standard:
        return "Standard edition stores the default in each one";
      case Edition::Unknown:
        break;
    }
    return "Standard edition stores the default in each one, where Enterprise and Azure SQL keep "
           "it in the metadata only (set the policy's target.edition)";
  }

  static std::string_view advice(const ast::ColumnDefinition& c) {
    if (c.identity) {
      return "add it in a quiet window, or accept it for a small table";
    }
    if (c.computed) return "leave it not persisted, or add it in a quiet window";
    return "add the column NULL without WITH VALUES, backfill it in batches, then add the "
           "constraint, or run it in a quiet window";
  }
};

}  // namespace

std::unique_ptr<const Rule> make_add_column_writes_rows_rule() {
  return std::make_unique<AddColumnWritesRowsRule>();
}

}  // namespace pf::rules
