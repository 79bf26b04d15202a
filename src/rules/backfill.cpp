#include "rules/backfill.h"

#include "rules/locking.h"

#include <fmt/format.h>

#include <string>

namespace pf::rules {

bool fills_only_new_columns(const ast::Update& update, const RuleContext& ctx) {
  if (update.set_columns.empty() || ctx.in_module()) return false;
  const ast::ObjectName& table = resolve_alias(update.target, update);
  for (const ast::Identifier& column : update.set_columns) {
    const auto before = ctx.column_before(table, column.value, update);
    if (!before || before->dropped || before->from_baseline || !before->created_by_deployment) {
      return false;
    }
  }
  return true;
}

bool listed_as_large(const RuleContext& ctx, const ast::ObjectName& table) {
  if (table.is_temporary() || table.is_variable()) return false;
  for (const std::string& entry : ctx.settings().large_tables) {
    if (same_table(ast::ObjectName::from_text(entry), table)) return true;
  }
  return false;
}

void report_unbatched_backfill(const ast::Update& update, RuleContext& ctx, bool large) {
  // UPDATE TOP (n) is the batch of a loop (`WHILE 1 = 1 … UPDATE TOP (5000) … WHERE c IS NULL`).
  if (update.has_top || update.current_of || !writes_every_row(update)) return;
  if (!fills_only_new_columns(update, ctx)) return;
  const ast::ObjectName& table = resolve_alias(update.target, update);
  if (!existed_before(ctx, table, update) || listed_as_large(ctx, table) != large) return;
  std::string columns;
  for (const ast::Identifier& column : update.set_columns) {
    if (!columns.empty()) columns += ", ";
    columns += column.value;
  }
  ctx.report(
      update.range, table.display(),
      fmt::format(FMT_STRING("this UPDATE fills {} in every row of {}{} in one statement: one "
                             "transaction that locks the rows (escalating to the whole table) "
                             "and grows the log until it ends{}; fill it in batches, UPDATE TOP "
                             "(5000) … WHERE the column IS NULL in a loop"),
                  columns, table.display(),
                  large ? ", which the policy lists as large (target.large_tables)" : "",
                  ctx.origin_note(table, update)));
}

}  // namespace pf::rules
