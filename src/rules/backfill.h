// Private to the rules stage: what PF122 (update-without-where) and the backfill rules (PF230,
// PF231) share, so that a whole-table UPDATE is judged by exactly one of them.
#pragma once

#include "rules/rule.h"

#include <string_view>

namespace pf::rules {

// Whether nothing bounds the rows `statement` writes: no WHERE (or one that is always true) and no
// inner join or CROSS APPLY that limits them.
[[nodiscard]] inline bool writes_every_row(const ast::RowWrite& statement) {
  const bool where_bounds = statement.has_where && !statement.where_always_true;
  return !where_bounds && !statement.joins_restrict_rows;
}

// Whether `update` only fills columns this deployment certainly added to the table it writes,
// before it runs: no value from before the deployment is overwritten, so this is a backfill
// (PF230/PF231), not a lost condition (PF122). A column added under IF, inside TRY or in a history
// script may have held values already, and one inside a module body is filled on every call: none
// of them counts.
[[nodiscard]] bool fills_only_new_columns(const ast::Update& update, const RuleContext& ctx);

// Whether the policy's `target.large_tables` lists `table` (a name without schema means `dbo`, as
// for a name in a script; compared ignoring case and brackets).
[[nodiscard]] bool listed_as_large(const RuleContext& ctx, const ast::ObjectName& table);

// PF230 and PF231: a whole-table, unbatched backfill of new columns in a table that holds rows from
// before the deployment; `large` chooses the tables listed as large (PF231) or the others (PF230).
void report_unbatched_backfill(const ast::Update& update, RuleContext& ctx, bool large);

}  // namespace pf::rules
