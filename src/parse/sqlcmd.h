// Private to the parse stage: SQLCMD command lines and `$(Name)` variables (README "SQLCMD mode").
#pragma once

#include "ast/ast.h"
#include "parse/parse.h"

#include <string_view>
#include <vector>

namespace pf::parse {

// What a command line says: `:setvar Name "value"`, `:r "file.sql"`, or another command.
[[nodiscard]] ast::SqlcmdCommand read_sqlcmd_command(const SqlcmdLine& line);

// The characters sqlcmd accepts in a variable name.
[[nodiscard]] bool is_sqlcmd_name_char(char c);

}  // namespace pf::parse
