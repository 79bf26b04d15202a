// Private to the rules stage: the ALTER COLUMN ... <type> actions PF132 and PF133 both judge.
#pragma once

#include "rules/rule.h"

#include <string>

namespace pf::rules {

// Calls `each(column, before, object)` for every ALTER COLUMN of `statement` that gives a type,
// on a table that may hold rows from before the deployment; `before` is the column as the
// deployment last defined it (none when unknown), `object` its display name `table.column`.
template <class Each>
void for_each_retyped_column(const ast::AlterTable& statement, RuleContext& ctx, Each each) {
  if (!ctx.holds_rows_from_before(statement.name, statement)) return;
  for (const ast::AlterTableAction& action : statement.actions) {
    if (action.type != ast::AlterTableAction::Type::AlterColumn || !action.column ||
        !action.column->type) {
      continue;
    }
    const ast::ColumnDefinition& column = *action.column;
    each(column, ctx.column_before(statement.name, column.name.value, statement),
         statement.name.display() + "." + column.name.value);
  }
}

}  // namespace pf::rules
