// What the parts of a statement name, for every stage that reads the AST (the model's replay and
// change summary, the rules): one answer to "which argument is @objname" and "which table is `o`".
#pragma once

#include "ast/ast.h"

#include <cstddef>
#include <string_view>

namespace pf::ast {

// The argument of EXEC passed as `name` (`@objname`, compared ignoring case), else the one at
// `position` if it is passed by position; null when there is none. Procedures take either form
// (`EXEC sp_rename @newname = 'T', @objname = 'dbo.Orders'`).
[[nodiscard]] const ExecuteArgument* argument(const Execute& exec, std::size_t position,
                                              std::string_view name);

// The table a DML statement writes: `DELETE o FROM dbo.Orders AS o` writes dbo.Orders, not `o`.
[[nodiscard]] const ObjectName& resolve_alias(const ObjectName& target, const Statement& statement);

}  // namespace pf::ast
