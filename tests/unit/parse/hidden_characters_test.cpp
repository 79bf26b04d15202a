// PF317's parse-stage half: which code points are hidden, and which of them are data.
#include "parse/hidden_characters.h"

#include "test_support.h"

#include <string>

namespace {

using pf::parse::find_hidden_characters;
using pf::parse::is_hidden_character;
using pf::parse::LiteralScope;

pf::ast::SourceRange range(std::uint32_t line, std::uint32_t begin, std::uint32_t end) {
  return pf::ast::SourceRange{{line, begin}, {line, end}};
}

// The parse stage's answer for a whole script: runs as "line:column+count".
std::string runs_in(const std::string& sql) {
  const pf::source::SourceFile file = pf::test::source_of(sql);
  auto script = pf::parse::parse_script(file, pf::parse::ParseOptions{});
  REQUIRE(script.ok());
  std::string out;
  for (const pf::ast::HiddenCharacters& run : script.value().hidden_characters) {
    out += std::to_string(run.range.begin.line) + ":" + std::to_string(run.range.begin.column) +
           "+" + std::to_string(run.count) + " ";
  }
  return out;
}

}  // namespace

TEST_CASE(
    "hidden characters: the bidirectional controls and invisible characters, at their edges") {
  for (char32_t c : {0x00AD,  0x034F,  0x061C,  0x115F,  0x1160,  0x17B4,  0x17B5,  0x180E,
                     0x200B,  0x200F,  0x202A,  0x202E,  0x2060,  0x2066,  0x2069,  0x206F,
                     0x3164,  0xFEFF,  0xFFA0,  0xFFF0,  0xFFF8,  0x1BCA0, 0x1BCA3, 0x1D173,
                     0x1D17A, 0xE0000, 0xE0001, 0xE007F, 0xE00FF, 0xE01F0, 0xE0FFF}) {
    CAPTURE(static_cast<unsigned>(c));
    CHECK(is_hidden_character(c));
  }
  // Neighbours, blanks SQL Server separates tokens with, and the variation selectors.
  for (char32_t c :
       {0x0020, 0x00A0, 0x00AC, 0x00AE, 0x034E, 0x0350,  0x061B,  0x061D,  0x180B,  0x180F,
        0x200A, 0x2010, 0x2028, 0x2029, 0x2029, 0x202F,  0x205F,  0x2070,  0x3163,  0x3165,
        0xFE00, 0xFE0F, 0xFEFE, 0xFF00, 0xFFF9, 0x1D172, 0x1D17B, 0xE0100, 0xE01EF, 0xE1000}) {
    CAPTURE(static_cast<unsigned>(c));
    CHECK_FALSE(is_hidden_character(c));
  }
}

TEST_CASE("hidden characters: a data scope hides them, a code scope inside it shows them again") {
  // Line 1: U+200B at column 2, and twice more at columns 6 and 7 (one run of two); line 2:
  // U+202E at columns 2 and 4 (two runs: B stands between them).
  const std::string text = "x\u200By\"\"\u200B\u200B\nA\u202EB\u202EC";
  auto all = find_hidden_characters(text, {});
  REQUIRE(all.size() == 4);
  CHECK(all[0].range == range(1, 2, 3));
  CHECK(all[1].range == range(1, 6, 8));
  CHECK(all[1].count == 2);
  CHECK(all[1].code_points == std::vector<std::uint32_t>{0x200B});
  CHECK(all[2].range == range(2, 2, 3));
  CHECK(all[3].range == range(2, 4, 5));

  // A literal over line 2, columns 1-5: both of its characters are data.
  auto data = find_hidden_characters(text, {LiteralScope{range(2, 1, 6), 1}});
  REQUIRE(data.size() == 2);
  CHECK(data[1].range == range(1, 6, 8));

  // Run as SQL (-1) but for a literal of its own (+1) around column 4: only column 2 is code.
  auto code = find_hidden_characters(
      text, {LiteralScope{range(2, 1, 6), 1}, LiteralScope{range(2, 1, 6), -1},
             LiteralScope{range(2, 3, 5), 1}});
  REQUIRE(code.size() == 3);
  CHECK(code[2].range == range(2, 2, 3));
  // A scope's end is exclusive: the character at its end is outside.
  auto edge = find_hidden_characters(text, {LiteralScope{range(1, 1, 6), 1}});
  REQUIRE(edge.size() == 3);
  CHECK(edge[0].range == range(1, 6, 8));
}

TEST_CASE("hidden characters: found in comments, names and between tokens; not in literals") {
  CHECK(runs_in("SELECT 1; -- \u202E\nSELECT 2;") == "1:14+1 ");
  CHECK(runs_in("/* a\n b \u2066 */ SELECT [x\u200B], \"y\u200C\" FROM t\u3164;") ==
        "2:4+1 2:18+1 2:24+1 2:33+1 ");
  CHECK(runs_in("SELECT\u200B1;") == "1:7+1 ");
  CHECK(runs_in("SELECT N'\u202E', '\u200B' + 'a''\u2066''b';") == "");
  // A literal over several lines: its end is found on its last line.
  CHECK(runs_in("SELECT 'a\n\u200B\nb', \u200B 1;") == "3:5+1 ");
  // Inside EXEC (N'...') the text runs as SQL: its comment is code, its own literal is data.
  CHECK(runs_in("EXEC (N'SELECT 1 /* \u202E */, N''\u202E''');") == "1:21+1 ");
  // A string concatenated into EXEC is not parsed (PF301): its contents stay data.
  CHECK(runs_in("EXEC (N'SELECT 1 /* \u202E */' + N'');") == "");
  // The splitter's lines: a comment on a GO line, a :setvar value.
  CHECK(runs_in("SELECT 1;\nGO -- \u202E\n:setvar V \"\u200B\"\nSELECT 2;") == "2:7+1 3:12+1 ");
}
