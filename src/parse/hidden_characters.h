// Hidden characters (PF317): which code points count, and which of them lie outside string
// literals, where they change what a reader sees of the code without changing what runs.
#pragma once

#include "ast/ast.h"

#include <string_view>
#include <vector>

namespace pf::parse {

// Bidirectional controls, and the characters Unicode lists as Default_Ignorable_Code_Point
// (rendered as nothing) but the variation selectors, which only pick the glyph of the character
// before them (emoji in comments carry U+FE0F). The list: rules/PF317-hidden-character.yaml.
[[nodiscard]] bool is_hidden_character(char32_t c);

// Whether valid UTF-8 text holds a hidden character.
[[nodiscard]] bool contains_hidden_character(std::string_view utf8);

// A stretch of the file where hidden characters are data (`weight` +1: a string literal) or code
// again (-1: a literal that runs as SQL and was parsed as such; its own string literals are +1
// inside it). A character is data when the weights of the scopes around it add up to more than 0.
// Only literals that hold a hidden character need a scope.
struct LiteralScope {
  ast::SourceRange range;
  int weight = 1;
};

// The hidden characters of a file's decoded text outside data scopes, as runs of adjacent ones.
[[nodiscard]] std::vector<ast::HiddenCharacters> find_hidden_characters(
    std::string_view text, std::vector<LiteralScope> scopes);

}  // namespace pf::parse
