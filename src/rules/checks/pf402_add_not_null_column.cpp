// PF402 add-not-null-column: docs, rationale and examples in rules/PF402-add-not-null-column.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AddNotNullColumnRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    if (!ctx.holds_rows_from_before(statement.name, statement)) return;
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::AddColumn || !action.column) continue;
      const ast::ColumnDefinition& c = *action.column;
      // Computed and identity columns get a value for every existing row.
      if (c.nullable != false || c.has_default || c.identity || c.computed) continue;
      const std::string object = statement.name.display() + "." + c.name.value;
      ctx.report(statement.range, object,
                 fmt::format(FMT_STRING("adding NOT NULL column {} without a DEFAULT fails if the "
                                        "table has rows{}"),
                             object, ctx.origin_note(statement.name, statement)));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_add_not_null_column_rule() {
  return std::make_unique<AddNotNullColumnRule>();
}

}  // namespace pf::rules
