// PF133 alter-column-unknown-type: docs, rationale and examples in
// rules/PF133-alter-column-unknown-type.yaml.
#include "rules/column_types.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AlterColumnUnknownTypeRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    if (!ctx.holds_rows_from_before(statement.name, statement)) return;
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.type != ast::AlterTableAction::Type::AlterColumn || !action.column ||
          !action.column->type) {
        continue;
      }
      const ast::ColumnDefinition& c = *action.column;
      const auto before = ctx.column_before(statement.name, c.name.value, statement);
      if (before && before->type) continue;
      const std::string object = statement.name.display() + "." + c.name.value;
      ctx.report(
          statement.range, object,
          fmt::format(FMT_STRING("Preflight cannot see the current type of {}, so it cannot tell "
                                 "whether {} narrows it; run the script that creates the table "
                                 "earlier in the same check, or confirm by hand"),
                      object, type_display(*c.type)));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_alter_column_unknown_type_rule() {
  return std::make_unique<AlterColumnUnknownTypeRule>();
}

}  // namespace pf::rules
