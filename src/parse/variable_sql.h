// Private to the parse stage: the literal a variable holds when an EXEC runs it, for the common
// `DECLARE @sql nvarchar(max) = N'...'; EXEC (@sql);`, so that what runs is parsed as
// `EXEC (N'...')` is.
#pragma once

#include "ast/ast.h"

#include <antlr4-runtime.h>

#include <optional>
#include <string>

namespace pf::parse {

struct VariableLiteral {
  ast::SourceRange range;  // the literal, quotes and N included
  std::string value;       // quotes and escapes removed
};

// The literal the variable that `exec` runs (`EXEC (@v)`, `EXEC sp_executesql @v, ...`) certainly
// holds, from the batch's `tokens`: the variable appears in the batch exactly where it is declared,
// where it gets one string literal (`DECLARE @v type = '...'` or `SET @v = '...'`, nothing after
// the literal but the end of the statement), and in this EXEC, after both; and its declared type
// holds the whole literal unchanged. Anything else (another use, another assignment, a
// concatenation, a type that would truncate or convert it) gives nothing: the text stays unchecked.
[[nodiscard]] std::optional<VariableLiteral> executed_variable_literal(
    const ast::Execute& exec, antlr4::CommonTokenStream& tokens);

}  // namespace pf::parse
