// Identifiers outside ASCII (TSqlLexer.g4, NON_ASCII_ID): a Unicode letter may start one, letters
// and numbers continue it; any other character ends it and is unexpected on its own, and a
// keyword cut off by such a character stays a keyword.
#include "test_support.h"

namespace pf {
namespace {

using test::parse_sql;

const ast::Statement& only_statement(const ast::Script& script) {
  REQUIRE(script.batches.size() == 1);
  REQUIRE(script.batches[0].statements.size() == 1);
  return *script.batches[0].statements[0];
}

// The reason of the batch's last statement, which must be unparsed; statements before it (which
// the unexpected character does not reach) may parse.
std::string unparsed_reason(std::string_view sql) {
  const ast::Script script = parse_sql(sql);
  REQUIRE(script.batches.size() == 1);
  REQUIRE(!script.batches[0].statements.empty());
  const ast::Statement& s = *script.batches[0].statements.back();
  REQUIRE(s.kind == ast::Kind::Unparsed);
  return static_cast<const ast::Unparsed&>(s).reason;
}

}  // namespace

TEST_CASE("parse: identifiers with letters and numbers outside ASCII") {
  const ast::Script script = parse_sql(
      "CREATE TABLE dbo.Ünïcode (café int, Straße int, 名前 nvarchar(10), a\u0663b int, x² int, "
      "\U00020000abc int)");
  const ast::Statement& s = only_statement(script);
  REQUIRE(s.kind == ast::Kind::CreateTable);
  const auto& table = static_cast<const ast::CreateTable&>(s);
  CHECK(table.name.parts() == std::vector<std::string>{"dbo", "Ünïcode"});
  REQUIRE(table.columns.size() == 6);
  CHECK(table.columns[0].name.value == "café");
  CHECK(table.columns[1].name.value == "Straße");
  CHECK(table.columns[2].name.value == "名前");
  CHECK(table.columns[3].name.value == "a\u0663b");       // ARABIC-INDIC DIGIT THREE: \p{N}
  CHECK(table.columns[4].name.value == "x²");             // SUPERSCRIPT TWO: \p{N}
  CHECK(table.columns[5].name.value == "\U00020000abc");  // CJK extension B: \p{L}
  // The column's position counts characters, not bytes (in bytes it would be 53).
  CHECK(table.columns[2].name.range.begin.column == 49);
}

TEST_CASE("parse: temp tables and variables with letters outside ASCII") {
  const ast::Script script = parse_sql("DECLARE @été int = 1;\nSELECT * INTO #témp FROM t;\n");
  const auto& s = script.batches[0].statements;
  REQUIRE(s.size() == 2);
  CHECK(s[0]->kind != ast::Kind::Unparsed);
  CHECK(s[1]->kind != ast::Kind::Unparsed);
}

TEST_CASE("parse: a character outside the Unicode classes ends an identifier and is unexpected") {
  // EM DASH, a punctuation mark: `abc`, `—`, `def`; `SELECT abc` is a statement of its own.
  CHECK(unparsed_reason("SELECT abc\u2014def FROM t") == "unexpected '\u2014'");
  // An emoji is no letter either, at the start or later.
  CHECK(unparsed_reason("SELECT \U0001F600a FROM t") == "unexpected '\U0001F600'");
  CHECK(unparsed_reason("SELECT a\U0001F600 FROM t") == "unexpected '\U0001F600'");
  // A number may continue an identifier but not start one.
  CHECK(unparsed_reason("SELECT \u0663x FROM t") == "unexpected '\u0663'");
  // Typographic quotes are not identifier quotes.
  CHECK(unparsed_reason("SELECT \u201cabc\u201d FROM t") == "unexpected '\u201c'");
  CHECK(unparsed_reason("SELECT @x\u2014y") == "unexpected '\u2014'");
}

TEST_CASE("parse: a keyword cut off by a character outside the Unicode classes stays a keyword") {
  // Were `WHERE` an identifier, an alias of t, the error would be reported at `WHERE`.
  CHECK(unparsed_reason("DELETE FROM t WHERE\u00a7 a = 1") == "unexpected '\u00a7'");
  CHECK(unparsed_reason("SELECT\u2014x FROM t") == "unexpected '\u2014'");
}

TEST_CASE("parse: Unicode blanks separate identifiers") {
  // NO-BREAK SPACE and NEXT LINE are blanks to SQL Server, never part of a name.
  const ast::Script script = parse_sql("SELECT\u00a0a\u00a0FROM\u00a0t\u0085WHERE b = 1");
  CHECK(only_statement(script).kind == ast::Kind::Select);
}

}  // namespace pf
