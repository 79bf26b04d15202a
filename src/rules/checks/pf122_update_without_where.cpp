// PF122 update-without-where: docs, rationale and examples in
// rules/PF122-update-without-where.yaml.
#include "rules/backfill.h"
#include "rules/every_row.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class UpdateWithoutWhereRule final : public Rule {
 public:
  void on(const ast::Update& statement, RuleContext& ctx) const override {
    // Filling columns the deployment just added overwrites nothing from before: the backfill
    // rules judge its size instead (PF230, PF231).
    if (fills_only_new_columns(statement, ctx)) return;
    report_every_row(statement, ctx, "UPDATE", "changes");
  }

  // MERGE ... ON 1 = 1 WHEN MATCHED THEN UPDATE: every target row matches, so every row changes.
  void on(const ast::Merge& statement, RuleContext& ctx) const override {
    if (!statement.on_always_true || !statement.matched_update_unconditional) return;
    const ast::ObjectName& table = resolve_alias(statement.target, statement);
    if (!ctx.holds_rows_from_before(table, statement)) return;
    ctx.report(statement.range, table.display(),
               fmt::format(FMT_STRING("MERGE whose ON is always true updates every row of {}"),
                           table.display()));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_update_without_where_rule() {
  return std::make_unique<UpdateWithoutWhereRule>();
}

}  // namespace pf::rules
