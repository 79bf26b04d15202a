// What the reports show of a script with secrets (shown_source.h): each secret literal becomes
// the same fixed mask whatever its length, a literal spanning lines shows the mask on its first
// line and nothing of it after, and columns after a mask move with it.
#include "report/shown_source.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using pf::report::ShownSource;
using pf::source::SourceFile;
using pf::source::SourcePosition;
using pf::source::SourceRange;

SourceFile file_of(std::string text) {
  return SourceFile("t.sql", "", pf::source::Encoding::Utf8, std::move(text));
}

SourceRange range(std::uint32_t l1, std::uint32_t c1, std::uint32_t l2, std::uint32_t c2) {
  return SourceRange{SourcePosition{l1, c1}, SourcePosition{l2, c2}};
}

}  // namespace

TEST_CASE("shown source: a secret on one line is masked, and columns after it move") {
  // `x = 'abc', y = 1`: the literal is columns 5..9 (end 10), 5 characters shown as 10.
  const SourceFile file = file_of("x = 'abc', y = 1\nnext\n");
  const ShownSource shown(file, {range(1, 5, 1, 10)});
  CHECK(shown.line(1) == "x = '********', y = 1");
  CHECK(shown.line(2) == "next");
  CHECK(shown.column(1, 1, false) == 1);
  CHECK(shown.column(1, 5, false) == 5);    // the literal's start: the mask's
  CHECK(shown.column(1, 10, true) == 15);   // the literal's end: the mask's
  CHECK(shown.column(1, 7, false) == 5);    // inside: the mask's start
  CHECK(shown.column(1, 7, true) == 15);    // inside, as an end: the mask's end
  CHECK(shown.column(1, 12, false) == 17);  // `y`: 5 more characters shown than written
  CHECK(shown.column(1, 5, true) == 5);     // a range that ends where the literal starts
  CHECK(shown.column(2, 3, false) == 3);    // other lines are untouched
}

TEST_CASE("shown source: a long secret and a short one show the same") {
  const SourceFile file = file_of("p = N'a-much-longer-password-é', q = 'b'");
  const ShownSource shown(file, {range(1, 5, 1, 32), range(1, 38, 1, 41)});
  CHECK(shown.line(1) == "p = '********', q = '********'");
  CHECK(shown.column(1, 34, false) == 17);  // `q`, after the first mask (27 characters shown as 10)
}

TEST_CASE("shown source: a secret spanning lines shows the mask once") {
  const SourceFile file = file_of("PASSWORD = 'first\nmiddle\nlast', X = 1\n");
  const ShownSource shown(file, {range(1, 12, 3, 6)});
  CHECK(shown.line(1) == "PASSWORD = '********'");
  CHECK(shown.line(2).empty());
  CHECK(shown.line(3) == ", X = 1");
  CHECK(shown.column(3, 8, false) == 3);  // `X`
}

TEST_CASE("shown source: no secrets, the file's own lines") {
  const SourceFile file = file_of("SELECT 'x';\n");
  const ShownSource shown(file, {});
  CHECK(shown.line(1).data() == file.line(1).data());
  CHECK(shown.column(1, 9, false) == 9);
}
