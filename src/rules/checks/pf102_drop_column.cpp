// PF102 drop-column: docs, rationale and examples in rules/PF102-drop-column.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DropColumnRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    // Dropping the whole table later is one finding, the table's (PF101).
    if (!ctx.holds_rows_from_before(statement.name, statement) ||
        ctx.table_dropped_later(statement.name, statement)) {
      return;
    }
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::DropColumn) continue;
      for (const std::string& column : action.names) {
        // A column this deployment added holds no values from before it.
        const auto defined = ctx.column_before(statement.name, column, statement);
        if (defined && defined->created_by_deployment) continue;
        const std::string object = statement.name.display() + "." + column;
        ctx.report(
            statement.range, object,
            fmt::format(FMT_STRING("DROP COLUMN {} destroys the column's values in every row"),
                        object));
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_column_rule() { return std::make_unique<DropColumnRule>(); }

}  // namespace pf::rules
