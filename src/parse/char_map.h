// Where the characters of a text the parser reads sit in the file, when that text is not the
// file's own: a literal's value (`''` in the file is one `'` in the value) or a batch with SQLCMD
// values put in (every character of a value sits at its `$(Name)`).
#pragma once

#include "ast/ast.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace pf::parse {

struct MappedChar {
  ast::SourcePosition position;
  std::size_t raw_index = 0;  // code points from the start of the text in the file
  std::size_t raw_width = 1;  // in the file: 2 for an escaped quote, `$(Name)`'s width for a value
};

// A `$(Name)` of a batch whose value was put in.
struct Replacement {
  std::size_t offset = 0;       // bytes from the start of the batch's text to `$(`
  std::size_t raw_bytes = 0;    // of `$(Name)`
  std::uint32_t raw_width = 0;  // code points of `$(Name)`
  std::size_t value_chars = 0;  // code points of the value
};

// Gives the MappedChar of each code point of the text as the scanner that made the text walks the
// file's text again, so no table of one entry per character is kept: such a table cost 24 bytes a
// character, 40 times the size of a one-line file of one EXEC('...') literal (docs/usage.md
// "Limits").
class CharMap {
 public:
  // A batch's text from `start`, with the values of `replacements` (in text order) put in.
  static CharMap of_batch(std::string_view raw, ast::SourcePosition start,
                          std::vector<Replacement> replacements);
  // The text between a literal's quotes, from `start`.
  static CharMap of_literal(std::string_view raw, ast::SourcePosition start);
  // `chars` characters, all at `at` with `width`; the end at `end`, `width` code points on.
  static CharMap uniform(std::size_t chars, ast::SourcePosition at, std::size_t width,
                         ast::SourcePosition end);

  // The character at `index`; past the last one, where the end (the lexer's EOF) sits. Cheap
  // when indices do not decrease from one call to the next, as a lexer's tokens' do.
  [[nodiscard]] MappedChar at(std::size_t index);
  [[nodiscard]] MappedChar end() { return at(static_cast<std::size_t>(-1)); }

 private:
  enum class Kind { Batch, Literal, Uniform };
  CharMap(Kind kind, std::string_view raw, ast::SourcePosition start);

  [[nodiscard]] bool at_end() const;
  [[nodiscard]] MappedChar current() const;
  void step();
  void enter_replacements();
  void restart();

  Kind kind_;
  std::string_view raw_;
  ast::SourcePosition start_;
  std::vector<Replacement> replacements_;
  // Uniform only.
  std::size_t uniform_chars_ = 0;
  std::size_t uniform_width_ = 0;
  ast::SourcePosition uniform_end_;
  // The walk: the character `index_` of the text, at byte `offset_` of `raw_`.
  std::size_t index_ = 0;
  std::size_t offset_ = 0;
  ast::SourcePosition position_;
  std::size_t raw_index_ = 0;
  std::size_t next_replacement_ = 0;
  std::size_t value_left_ = 0;  // characters of the current replacement's value still ahead
};

}  // namespace pf::parse
