// The lexer's character stream and the map of substituted text back to the file (src/parse/
// char_stream.h, char_map.h): both replaced tables of one entry per character, so each is checked
// against what the table gave.
#include "parse/char_stream.h"

#include "parse/char_map.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace pf::parse {
namespace {

std::size_t folded(std::size_t c) { return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c; }

// ANTLR's own stream, which widens the whole text to UTF-32, is the reference.
void check_against_antlr(const std::string& text) {
  CAPTURE(text);
  antlr4::ANTLRInputStream reference(text);
  CaseFoldingStream stream(text);
  REQUIRE(stream.size() == reference.size());
  for (std::size_t i = 0; i <= reference.size(); ++i) {
    CAPTURE(i);
    reference.seek(i);
    stream.seek(i);
    CHECK(stream.index() == reference.index());
    for (ssize_t k : {-3, -2, -1, 1, 2, 3, 70}) {
      CAPTURE(k);
      const std::size_t want = reference.LA(k);
      CHECK(stream.LA(k) == (want == antlr4::IntStream::EOF ? want : folded(want)));
    }
    for (std::size_t j = i; j < reference.size() + 2; j += 3) {
      const antlr4::misc::Interval interval(static_cast<ssize_t>(i), static_cast<ssize_t>(j));
      CHECK(stream.getText(interval) == reference.getText(interval));
    }
  }
  // Forward by consume, then back by a long seek, as the lexer and the token stream do.
  reference.seek(0);
  stream.seek(0);
  while (reference.LA(1) != antlr4::IntStream::EOF) {
    reference.consume();
    stream.consume();
    CHECK(stream.LA(-1) == folded(reference.LA(-1)));
  }
  CHECK(stream.LA(1) == antlr4::IntStream::EOF);
  CHECK_THROWS(stream.consume());
  stream.seek(1);
  reference.seek(1);
  CHECK(stream.LA(1) == folded(reference.LA(1)));
}

TEST_CASE("char stream: reads as ANTLR's UTF-32 stream does, folding ASCII letters for LA") {
  check_against_antlr("");
  check_against_antlr("select 1;");
  check_against_antlr("SELECT N'Ωμέγα' AS [日本語], '😀x' -- é\nFROM t;");
  std::string long_text;
  for (int i = 0; i < 300; ++i) long_text += i % 7 == 0 ? "ß€😀" : "ab";
  check_against_antlr(long_text);  // several checkpoints of 64 code points
}

TEST_CASE("char stream: text that is not valid UTF-8 still counts as source::count_code_points") {
  const std::string text =
      "a\x80\x80"
      "b\xC3";
  CaseFoldingStream stream(text);
  CHECK(stream.size() == 3);  // `a` with its stray continuation bytes, `b`, the cut-off lead byte
  CHECK(stream.getText(antlr4::misc::Interval(ssize_t{0}, ssize_t{0})) == "a\x80\x80");
  CHECK(stream.getText(antlr4::misc::Interval(ssize_t{2}, ssize_t{2})) == "\xC3");
  stream.seek(2);
  CHECK(stream.LA(1) == 0x03);  // the lead byte's own bits
  stream.consume();
  CHECK(stream.LA(1) == antlr4::IntStream::EOF);
}

// Each character of `map`, from the first, is where `want` says.
void check_map(CharMap& map, const std::vector<MappedChar>& want) {
  for (std::size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    const MappedChar got = map.at(i);
    CHECK(got.position == want[i].position);
    CHECK(got.raw_index == want[i].raw_index);
    CHECK(got.raw_width == want[i].raw_width);
  }
}

TEST_CASE("char map: a literal's value, `''` one character two wide, lines counted") {
  // The text between the quotes of 'a''b<LF>c', which starts at line 3, column 10 (after the
  // quote).
  CharMap map = CharMap::of_literal("a''b\nc", ast::SourcePosition{3, 10});
  const std::vector<MappedChar> want = {
      {{3, 10}, 0, 1}, {{3, 11}, 1, 2}, {{3, 13}, 3, 1},
      {{3, 14}, 4, 1}, {{4, 1}, 5, 1},  {{4, 2}, 6, 1},  // the end
  };
  check_map(map, want);
  CHECK(map.at(99).position == want.back().position);
  // Going back starts the walk again rather than answering from where it stopped.
  CHECK(map.at(1).position == ast::SourcePosition{3, 11});
  CHECK(map.end().raw_index == 6);
}

TEST_CASE("char map: a value put in for `$(Name)` sits, every character of it, at `$(Name)`") {
  // `x$(V)é$(E)y` with V = "AB" and E = "": the text read is `xABéy`.
  const std::string raw = "x$(V)\xC3\xA9$(E)y";
  CharMap map = CharMap::of_batch(raw, ast::SourcePosition{2, 5},
                                  {Replacement{1, 4, 4, 2}, Replacement{7, 4, 4, 0}});
  const std::vector<MappedChar> want = {
      {{2, 5}, 0, 1},  {{2, 6}, 1, 4},   {{2, 6}, 1, 4},
      {{2, 10}, 5, 1}, {{2, 15}, 10, 1}, {{2, 16}, 11, 1},  // the end
  };
  check_map(map, want);
}

TEST_CASE("char map: a literal whose value sqlcmd changed is placed whole at the literal") {
  CharMap map = CharMap::uniform(3, ast::SourcePosition{1, 6}, 9, ast::SourcePosition{1, 15});
  CHECK(map.at(0).position == ast::SourcePosition{1, 6});
  CHECK(map.at(2).raw_width == 9);
  CHECK(map.at(3).position == ast::SourcePosition{1, 15});
  CHECK(map.end().raw_index == 9);
}

}  // namespace
}  // namespace pf::parse
