// Private to the parse stage: SQLCMD command lines and `$(Name)` variables (docs/deployments.md
// "SQLCMD mode").
#pragma once

#include "ast/ast.h"
#include "parse/char_map.h"
#include "parse/parse.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::parse {

// What a command line says: `:setvar Name "value"`, `:r "file.sql"`, or another command.
[[nodiscard]] ast::SqlcmdCommand read_sqlcmd_command(const SqlcmdLine& line);

// The characters sqlcmd accepts in a variable name.
[[nodiscard]] bool is_sqlcmd_name_char(char c);

// A batch's text with the SQLCMD values put in, as sqlcmd sends it, and where its characters are.
struct SubstitutedText {
  std::string text;
  std::vector<Replacement> replacements;
  ast::SourcePosition start;
  std::string_view raw;  // the batch's text in the file

  [[nodiscard]] CharMap chars() const { return CharMap::of_batch(raw, start, replacements); }
};

// Finds the `$(Name)` uses of `batch` (appended to `uses`) and, when any has a value in `values`,
// the text with each such use replaced by its value. sqlcmd replaces them everywhere in the batch,
// strings and comments included, and does not replace again inside a value.
// `budget` is what the text may still grow to (std::size_t(-1): no limit); a text that would pass
// it is not made: the result is none and `over_budget` is set.
[[nodiscard]] std::optional<SubstitutedText> substitute_variables(
    const BatchText& batch, const std::map<std::string, std::string>& values,
    std::vector<ast::SqlcmdVariableUse>& uses, std::size_t budget, bool& over_budget);

}  // namespace pf::parse
