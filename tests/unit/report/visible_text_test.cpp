// The escaping layer of the human-readable reports (visible_text.h) and the code-frame window
// (code_frame.h): each class of hidden character, bytes that are not UTF-8, every byte value,
// the log-command guard, and the window's size and caret.
#include "report/visible_text.h"

#include "report/code_frame.h"

#include <doctest/doctest.h>

#include <string>

namespace {

using pf::report::visible;

// The UTF-8 bytes of one code point.
std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// What a reader may be shown: no C0 control but tab, no DEL, no byte that is not UTF-8 and no
// hidden code point.
bool all_shown(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const pf::report::TextChar c = pf::report::char_at(text, i);
    if (c.hidden) return false;
    i += c.size;
  }
  return true;
}

}  // namespace

TEST_CASE("visible: C0 controls, DEL and C1 controls become escapes, and tab stays") {
  CHECK(visible(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(visible("x\ny") == "x\\x0Ay");
  CHECK(visible("x\ry") == "x\\x0Dy");
  CHECK(visible("\x1b[2Kverdict: pass") == "\\x1B[2Kverdict: pass");
  CHECK(visible("\x1b]0;title\x07") == "\\x1B]0;title\\x07");
  CHECK(visible("\x7f") == "\\x7F");
  CHECK(visible("a\tb") == "a\tb");
  // U+0085 (NEL, a line break to some terminals) and U+009B (CSI, ESC [ in one character).
  CHECK(visible(utf8(0x85)) == "\\u{0085}");
  CHECK(visible(utf8(0x9B) + "2K") == "\\u{009B}2K");
  CHECK(visible(utf8(0x80)) == "\\u{0080}");
  CHECK(visible(utf8(0x9F)) == "\\u{009F}");
  CHECK(visible(utf8(0xA0)) == utf8(0xA0));  // no-break space: visible as a space
}

TEST_CASE("visible: bidirectional controls and line/paragraph separators") {
  for (const char32_t c : {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
                           0x2067, 0x2068, 0x2069, 0x2028, 0x2029}) {
    CAPTURE(static_cast<unsigned>(c));
    const std::string shown = visible("a" + utf8(c) + "b");
    CHECK(shown.find(utf8(c)) == std::string::npos);
    CHECK(shown.size() > 3);
  }
  CHECK(visible("/* " + utf8(0x202E) + " */DROP") == "/* \\u{202E} */DROP");
  CHECK(visible(utf8(0x2066)) == "\\u{2066}");
  CHECK(visible(utf8(0x2028)) == "\\u{2028}");
}

TEST_CASE("visible: invisible and zero-width characters, variation selectors, tags") {
  for (const char32_t c :
       {0x00AD,  0x034F,  0x115F,  0x1160,  0x17B4,  0x17B5,  0x180B,  0x180E, 0x180F,
        0x200B,  0x200C,  0x200D,  0x2060,  0x2061,  0x2062,  0x2063,  0x2064, 0x206F,
        0x3164,  0xFE00,  0xFE0F,  0xFEFF,  0xFFA0,  0xFFF9,  0xFFFB,  0xFFFE, 0xFFFF,
        0x1BCA0, 0x1D173, 0xE0000, 0xE0001, 0xE0041, 0xE007F, 0xE0100, 0xE0FFF}) {
    CAPTURE(static_cast<unsigned>(c));
    CHECK_FALSE(all_shown(utf8(c)));
    CHECK(all_shown(visible(utf8(c))));
  }
  CHECK(visible("dbo." + utf8(0x200B) + "Orders") == "dbo.\\u{200B}Orders");
  CHECK(visible(utf8(0xE0041)) == "\\u{E0041}");
  // Printable non-ASCII text stays as it is.
  for (const char32_t c : {0x00E9, 0x65E5, 0x0416, 0x05D0, 0x0627, 0x1F600, 0xFFFD, 0x2013}) {
    CAPTURE(static_cast<unsigned>(c));
    CHECK(visible(utf8(c)) == utf8(c));
  }
}

TEST_CASE("visible: bytes that are not UTF-8 become escapes, one per byte") {
  CHECK(visible("\x80") == "\\x80");                             // a continuation byte alone
  CHECK(visible("\xc0\x80") == "\\xC0\\x80");                    // overlong NUL
  CHECK(visible("\xe0\x80\xaf") == "\\xE0\\x80\\xAF");           // overlong '/'
  CHECK(visible("\xed\xa0\x80") == "\\xED\\xA0\\x80");           // a UTF-16 surrogate
  CHECK(visible("\xf4\x90\x80\x80") == "\\xF4\\x90\\x80\\x80");  // past U+10FFFF
  CHECK(visible("\xf5\x80") == "\\xF5\\x80");
  CHECK(visible("a\xe2\x80") == "a\\xE2\\x80");  // cut short at the end
  CHECK(visible("\xe2\x80"
                "b") == "\\xE2\\x80b");  // cut short before ASCII
  CHECK(visible(std::string("\xff\xfe"
                            "a\0"
                            "b",
                            5)) == "\\xFF\\xFEa\\x00b");  // UTF-16LE as bytes
}

TEST_CASE("visible: a string of every byte 0-255 shows each byte, and only tab is kept") {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  // Every byte from 0x80 up is followed by a byte that cannot continue it (or none), so each is
  // a byte that is not UTF-8.
  std::string expected;
  for (int b = 0; b < 256; ++b) {
    if ((b >= 0x20 && b < 0x7F) || b == '\t') {
      expected += static_cast<char>(b);
    } else {
      static const char kHex[] = "0123456789ABCDEF";
      expected += "\\x";
      expected += kHex[b >> 4];
      expected += kHex[b & 15];
    }
  }
  const std::string shown = visible(all);
  CHECK(shown == expected);
  CHECK(all_shown(shown));
  for (const char c : shown) {
    const auto u = static_cast<unsigned char>(c);
    CHECK((u == '\t' || (u >= 0x20 && u < 0x7F)));
  }
}

TEST_CASE("visible: idempotent, so a layer applied twice changes nothing more") {
  const std::string nasty = "x\ny\x1b[2K" + utf8(0x202E) + "\xff##[add-mask]" + utf8(0xE0041);
  CHECK(visible(visible(nasty)) == visible(nasty));
}

TEST_CASE("visible: the GitHub and Azure Pipelines command prefixes cannot reach a log") {
  // actions/runner ActionCommand.TryParse and the Azure Pipelines agent find these prefixes
  // anywhere in a line of output.
  CHECK(visible("x ##[add-mask]verdict") == "x ##\\x5Badd-mask]verdict");
  CHECK(visible("##vso[task.complete result=Succeeded;]") ==
        "##vso\\x5Btask.complete result=Succeeded;]");
  CHECK(visible("###[") == "###\\x5B");
  CHECK(visible("##VSO[task.setvariable]") == "##VSO\\x5Btask.setvariable]");
  CHECK(visible("#[x] ## [y] [##T]") == "#[x] ## [y] [##T]");
  // Across two appends to the same line.
  std::string line = "name ##";
  pf::report::append_visible(line, "[group]");
  CHECK(line == "name ##\\x5Bgroup]");
}

TEST_CASE("visible: no Octopus service message can come from the input") {
  // Calamari's ServiceMessageParser (Calamari.Common/Plumbing/ServiceMessages) finds `##octopus`
  // anywhere in the output, `[` or not, and keeps its state from one line to the next.
  CHECK(visible("x ##octopus[stdout-error]") == "x #\\x23octopus[stdout-error]");
  CHECK(visible("##octopus stdout-error]") == "#\\x23octopus stdout-error]");
  CHECK(visible("##OCTOPUS[setVariable]") == "#\\x23OCTOPUS[setVariable]");
  CHECK(visible("###octopus[") == "##\\x23octopus[");
  // A partial prefix at the end could join the next line: escaped.
  CHECK(visible("temp #") == "temp \\x23");
  CHECK(visible("a ##octo") == "a \\x23\\x23octo");
  CHECK(visible("#tmp ## x") == "#tmp ## x");
  CHECK(visible("octopus ##") == "octopus \\x23\\x23");
  // Across two appends to the same line.
  std::string line = "name ##octo";
  pf::report::append_visible(line, "pus[stdout-error]");
  CHECK(line.find("##octopus") == std::string::npos);
  const std::string nasty = "##octopus[x] #";
  CHECK(visible(visible(nasty)) == visible(nasty));
}

TEST_CASE("visible_bounded / bounded: cut after N characters and say how many are left") {
  CHECK(pf::report::visible_bounded("abcdef", 10) == "abcdef");
  CHECK(pf::report::visible_bounded("abcdef", 3) == "abc… (3 more characters)");
  // Characters, not bytes: a cut never splits a UTF-8 sequence.
  CHECK(pf::report::visible_bounded(utf8(0x65E5) + utf8(0x65E5) + "x", 1) ==
        utf8(0x65E5) + "… (2 more characters)");
  CHECK(pf::report::visible_bounded("a\nb\nc", 2) == "a\\x0A… (3 more characters)");
  CHECK(pf::report::bounded("a\nb\nc", 3) == "a\nb… (2 more characters)");
  const std::string huge(10'000'000, 'a');
  CHECK(pf::report::visible_bounded(huge, pf::report::kMaxQuotedChars).size() < 1100);
}

TEST_CASE("code frame: a short line is shown whole, with the marker under the range") {
  std::string out;
  pf::report::append_text_frame(out, 7, pf::report::window_of("DROP TABLE dbo.T;", 1, 17), "", "");
  CHECK(out ==
        " 7 | DROP TABLE dbo.T;\n"
        "   | ^~~~~~~~~~~~~~~~\n");
  out.clear();
  // Tabs before the range are copied, so the marker lines up however they are expanded.
  pf::report::append_text_frame(out, 1, pf::report::window_of("\tx\tDROP", 4, 8), "", "");
  CHECK(out ==
        " 1 | \tx\tDROP\n"
        "   | \t \t^~~~\n");
  out.clear();
  // An empty range at the end of the line: a single caret after it.
  pf::report::append_text_frame(out, 2, pf::report::window_of("GO", 3, 3), "", "");
  CHECK(out ==
        " 2 | GO\n"
        "   |   ^\n");
}

TEST_CASE("code frame: escapes in the line widen the marker with them") {
  std::string out;
  const std::string line = "/*" + utf8(0x202E) + "*/ DROP TABLE [a" + "\x1b" + "b];";
  // Columns count characters: the range `[a<ESC>b]` is columns 18 to 22. Before it, 24
  // characters are shown (the U+202E as 8), and the range as 8.
  pf::report::append_text_frame(out, 3, pf::report::window_of(line, 18, 23), "", "");
  CHECK(out ==
        " 3 | /*\\u{202E}*/ DROP TABLE [a\\x1Bb];\n"
        "   | " +
            std::string(24, ' ') + "^~~~~~~~\n");
}

TEST_CASE("code frame: a long line shows a window around the range with cut marks") {
  // Column 5,000,001 of a line of 10,000,000 characters.
  std::string line(10'000'000, 'x');
  line.replace(5'000'000, 16, "DROP TABLE dbo.T");
  const pf::report::LineWindow w = pf::report::window_of(line, 5'000'001, 5'000'017);
  CHECK(w.cut_left);
  CHECK(w.cut_right);
  CHECK(w.marked == "DROP TABLE dbo.T");
  CHECK(w.before.size() == pf::report::kFrameColumnsBefore);
  CHECK(w.before.size() + w.marked.size() + w.after.size() == pf::report::kFrameColumns);
  std::string out;
  pf::report::append_text_frame(out, 1, w, "", "");
  const std::size_t eol = out.find('\n');
  const std::string text = out.substr(0, eol), marker = out.substr(eol + 1);
  CHECK(out.size() < 400);
  CHECK(text.rfind(" 1 | …" + std::string(40, 'x') + "DROP TABLE dbo.T", 0) == 0);
  CHECK(text.substr(text.size() - 3) == "…");
  // The caret is under the D: the same number of columns (characters) into both lines.
  const std::size_t d = text.find('D');
  const std::size_t columns_before_d = d - 2;  // "…" is 3 bytes, one column
  CHECK(marker.find('^') == columns_before_d);
  CHECK(marker.substr(marker.find('^')) == "^" + std::string(15, '~') + "\n");
}

TEST_CASE("code frame: near the line's ends the window takes more of the other side") {
  std::string line(1000, 'y');
  line.replace(2, 4, "DROP");
  pf::report::LineWindow w = pf::report::window_of(line, 3, 7);
  CHECK_FALSE(w.cut_left);
  CHECK(w.cut_right);
  CHECK(w.before == "yy");
  CHECK(w.before.size() + w.marked.size() + w.after.size() == pf::report::kFrameColumns);
  line.replace(990, 4, "DROP");
  w = pf::report::window_of(line, 991, 995);
  CHECK(w.cut_left);
  CHECK_FALSE(w.cut_right);
  CHECK(w.after.size() == 6);
  CHECK(w.before.size() + w.marked.size() + w.after.size() == pf::report::kFrameColumns);
}

TEST_CASE("code frame: a range longer than the window is marked to the window's end") {
  const std::string line(5000, 'z');
  const pf::report::LineWindow w = pf::report::window_of(line, 11, 4000);
  CHECK(w.before.size() == 10);
  CHECK(w.marked.size() == pf::report::kFrameColumns - 10);
  CHECK(w.after.empty());
  CHECK(w.cut_right);
  // Multi-byte characters: the window counts characters, and cuts between them.
  std::string wide;
  for (int i = 0; i < 300; ++i) wide += utf8(0x65E5);
  const pf::report::LineWindow v = pf::report::window_of(wide, 200, 201);
  CHECK(v.marked == utf8(0x65E5));
  CHECK(v.before.size() == 3 * pf::report::kFrameColumnsBefore);
  CHECK(v.before.size() + v.marked.size() + v.after.size() == 3 * pf::report::kFrameColumns);
}

TEST_CASE("one_paragraph: folded YAML prose becomes one line, words kept apart") {
  CHECK(pf::report::one_paragraph("Drop it later;\ncopy rows first.\n") ==
        "Drop it later; copy rows first.");
  CHECK(pf::report::one_paragraph("  a \t\r\n\n b  ") == "a b");
  CHECK(pf::report::one_paragraph("").empty());
  CHECK(pf::report::one_paragraph(" \n ").empty());
}
