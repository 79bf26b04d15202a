// Private to the rules stage: what SQL Server's column types can hold, to tell a widening ALTER
// COLUMN from one that can lose data.
#pragma once

#include "ast/ast.h"

#include <optional>
#include <string>

namespace pf::rules {

// `nvarchar(320)`, `decimal(19, 4)`, `int`.
[[nodiscard]] std::string type_display(const ast::DataType& type);

// Why changing a column from `before` to `after` can lose or reject existing values, or nothing
// when every value of `before` fits `after`. Unknown (user-defined) types compare by name only.
[[nodiscard]] std::optional<std::string> narrowing(const ast::DataType& before,
                                                   const ast::DataType& after);

// `from int to bigint` when changing a column from `before` to `after` rewrites every row, or
// nothing when SQL Server
// changes only the metadata: the same type, or a longer varchar, nvarchar or varbinary that stays
// short of max.
[[nodiscard]] std::optional<std::string> rewrites_rows(const ast::DataType& before,
                                                       const ast::DataType& after);

}  // namespace pf::rules
