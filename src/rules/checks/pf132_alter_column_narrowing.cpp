// PF132 alter-column-narrowing: docs, rationale and examples in
// rules/PF132-alter-column-narrowing.yaml.
#include "rules/column_types.h"
#include "rules/retyped_columns.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AlterColumnNarrowingRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    for_each_retyped_column(
        statement, ctx,
        [&](const ast::ColumnDefinition& c, const auto& before, const std::string& object) {
          // Columns this deployment created hold no values from before it; an unknown previous type
          // is PF133's finding.
          if (!before || before->created_by_deployment || !before->type) return;
          const std::optional<std::string> reason = narrowing(*before->type, *c.type);
          if (!reason) return;
          ctx.report(
              statement.range, object,
              fmt::format(FMT_STRING("ALTER COLUMN {} {} {}{}: existing values can be cut or "
                                     "rejected"),
                          object, type_display(*c.type), *reason,
                          before->from_baseline
                              ? fmt::format(FMT_STRING(" in the baseline at {}:{}"), before->path,
                                            before->location.position.line)
                              : std::string()));
        });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_alter_column_narrowing_rule() {
  return std::make_unique<AlterColumnNarrowingRule>();
}

}  // namespace pf::rules
