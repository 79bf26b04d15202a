// PF403 alter-column-not-null: docs, rationale and examples in
// rules/PF403-alter-column-not-null.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AlterColumnNotNullRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    if (!ctx.holds_rows_from_before(statement.name, statement)) return;
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::AlterColumn || !action.column) continue;
      const ast::ColumnDefinition& c = *action.column;
      if (c.nullable != false) continue;
      const auto before = ctx.column_before(statement.name, c.name.value, statement);
      // Added by this deployment, or already NOT NULL: nothing changes for existing rows.
      if (before && (before->created_by_deployment || before->nullable == false)) continue;
      const std::string object = statement.name.display() + "." + c.name.value;
      ctx.report(
          statement.range, object,
          fmt::format(FMT_STRING("ALTER COLUMN {} NOT NULL fails if any row holds NULL"), object));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_alter_column_not_null_rule() {
  return std::make_unique<AlterColumnNotNullRule>();
}

}  // namespace pf::rules
