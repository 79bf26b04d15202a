// Private to the rules stage: the table hints PF226 and PF227 judge.
#pragma once

#include "rules/locking.h"
#include "rules/rule.h"

#include <string>
#include <string_view>

namespace pf::rules {

// Whether `table` names the hint `name` (upper case).
[[nodiscard]] inline bool has_hint(const ast::TableReference& table, std::string_view name) {
  for (const std::string& hint : table.hints) {
    if (hint == name) return true;
  }
  return false;
}

// Calls `each(table, hint, range)` for every hint of a table that may hold rows from before the
// deployment (an alias resolved to its table); temporary tables and table variables are skipped.
template <class Each>
void for_each_hint_on_existing_table(const ast::Statement& statement, const RuleContext& ctx,
                                     Each each) {
  for (const ast::TableReference& table : statement.table_references) {
    if (table.hints.empty()) continue;
    const ast::ObjectName& name = resolve_alias(table.name, statement);
    if (!existed_before(ctx, name, statement)) continue;
    for (std::size_t i = 0; i < table.hints.size(); ++i) {
      each(table, name, table.hints[i], hint_range(table, i));
    }
  }
}

}  // namespace pf::rules
