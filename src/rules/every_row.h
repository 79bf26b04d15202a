// Private to the rules stage: what PF121 (DELETE) and PF122 (UPDATE) share, since both
// statements choose their rows the same way.
#pragma once

#include "rules/rule.h"

#include <fmt/format.h>

#include <string_view>

namespace pf::rules {

// Reports `statement` when it touches every row of a table that holds rows from before the
// deployment: neither a WHERE (one that is not always true) nor an inner join or CROSS APPLY
// bounds the rows. `verb` is the statement's keyword, `effect` what it does to the rows.
template <class Statement>
void report_every_row(const Statement& statement, RuleContext& ctx, std::string_view verb,
                      std::string_view effect) {
  // An inner join or CROSS APPLY chooses the rows as a WHERE would; a WHERE that is true for
  // every row (`WHERE 1 = 1`) chooses none of them.
  const bool where_bounds = statement.has_where && !statement.where_always_true;
  if (where_bounds || statement.joins_restrict_rows) return;
  const ast::ObjectName& table = resolve_alias(statement.target, statement);
  if (!ctx.holds_rows_from_before(table, statement)) return;
  const char* from_note = statement.has_from ? "; its FROM has no inner join to limit them" : "";
  ctx.report(statement.range, table.display(),
             fmt::format(FMT_STRING("{} {} {} every row of {}{}"), verb,
                         statement.has_where ? "whose WHERE is always true" : "without WHERE",
                         effect, table.display(), from_note));
}

}  // namespace pf::rules
