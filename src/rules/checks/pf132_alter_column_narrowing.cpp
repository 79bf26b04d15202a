// PF132 alter-column-narrowing: docs, rationale and examples in
// rules/PF132-alter-column-narrowing.yaml.
#include "rules/column_types.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AlterColumnNarrowingRule final : public Rule {
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
      // Columns this deployment created hold no values from before it; an unknown previous type
      // is PF133's finding.
      if (!before || before->created_by_deployment || !before->type) continue;
      const std::optional<std::string> reason = narrowing(*before->type, *c.type);
      if (!reason) continue;
      const std::string object = statement.name.display() + "." + c.name.value;
      ctx.report(statement.range, object,
                 fmt::format(FMT_STRING("ALTER COLUMN {} {} {}{}: existing values can be cut or "
                                        "rejected"),
                             object, type_display(*c.type), *reason,
                             before->from_baseline
                                 ? fmt::format(FMT_STRING(" in the baseline at {}:{}"),
                                               before->path, before->location.position.line)
                                 : std::string()));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_alter_column_narrowing_rule() {
  return std::make_unique<AlterColumnNarrowingRule>();
}

}  // namespace pf::rules
