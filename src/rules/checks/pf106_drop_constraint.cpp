// PF106 drop-constraint: docs, rationale and examples in rules/PF106-drop-constraint.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DropConstraintRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    // Dropping the whole table later is one finding, the table's (PF101).
    if (!ctx.holds_rows_from_before(statement.name, statement) ||
        ctx.table_dropped_later(statement.name, statement)) {
      return;
    }
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::DropConstraint) continue;
      for (const std::string& constraint : action.names) {
        // Dropped to be re-added with a new definition, or re-added after the table is renamed:
        // it is back once the deployment has run.
        const ast::ObjectName name{constraint};
        if (ctx.recreated_later(model::ObjectType::Constraint, name, statement, statement.name) ||
            ctx.recreated_after_rename(model::ObjectType::Constraint, name, statement,
                                       statement.name)) {
          continue;
        }
        const std::string object = statement.name.display() + "." + constraint;
        ctx.report(statement.range, object,
                   fmt::format(FMT_STRING("DROP CONSTRAINT {} stops enforcing a rule on the "
                                          "table's data"),
                               object));
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_constraint_rule() {
  return std::make_unique<DropConstraintRule>();
}

}  // namespace pf::rules
