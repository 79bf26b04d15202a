#include "parse/parse.h"

#include <doctest/doctest.h>

#include <vector>

using pf::parse::split_batches;

TEST_CASE("batches: GO alone on its line separates batches") {
  const auto b = split_batches("SELECT 1;\nGO\nSELECT 2;\n");
  REQUIRE(b.size() == 2);
  CHECK(b[0].text == "SELECT 1;\n");
  CHECK(b[0].first_line == 1);
  CHECK(b[1].text == "SELECT 2;\n");
  CHECK(b[1].first_line == 3);
  CHECK(b[1].offset == 13);
}

TEST_CASE("batches: GO is case-insensitive, may be indented, have a count and a comment") {
  const auto b = split_batches("A\n  go\nB\nGo 3 -- three times\nC\nGO--x\nD");
  REQUIRE(b.size() == 4);
  CHECK(b[0].text == "A\n");
  CHECK(b[0].repeat == 1);
  CHECK(b[1].text == "B\n");
  CHECK(b[1].repeat == 3);
  CHECK(b[2].text == "C\n");
  CHECK(b[3].text == "D");
  CHECK(b[3].first_line == 7);
}

TEST_CASE("batches: GO inside a comment, a string or an identifier does not separate") {
  CHECK(split_batches("SELECT 1 /* start\nGO\nend */\nSELECT 2").size() == 1);
  CHECK(split_batches("/* outer /* inner */\nGO\n*/ SELECT 1").size() == 1);
  CHECK(split_batches("SELECT 'it''s\nGO\n'").size() == 1);
  CHECK(split_batches("SELECT [a\nGO\n]").size() == 1);
  CHECK(split_batches("SELECT \"a\nGO\n\"").size() == 1);
  // A line comment ends at the line's end, so the next GO counts.
  CHECK(split_batches("SELECT 1 -- it's /* not open\nGO\nSELECT 2").size() == 2);
}

TEST_CASE("batches: words that start with GO are not separators") {
  CHECK(split_batches("GOTO done\nGOX\nGO_1\n").size() == 1);
}

TEST_CASE("batches: GO; counts, as migration tools that split on GO accept it") {
  const auto b = split_batches("SELECT 1\nGO;\nSELECT 2\ngo ; -- done\nSELECT 3");
  REQUIRE(b.size() == 3);
  CHECK(b[1].text == "SELECT 2\n");
  CHECK(split_batches("SELECT 1\nGO;x\n").size() == 1);
}

TEST_CASE("batches: blank trailing text after the last GO is no batch; empty batches count") {
  CHECK(split_batches("SELECT 1\nGO\n\n  \n").size() == 1);
  CHECK(split_batches("").empty());
  CHECK(split_batches("GO\nGO\n").size() == 2);
}

TEST_CASE("batches: a run of GO words ending a line separates, as migration runners split") {
  auto b = split_batches("DROP TYPE IF EXISTS dbo.T GO;\nCREATE TYPE dbo.T FROM int\n");
  REQUIRE(b.size() == 2);
  CHECK(b[0].text == "DROP TYPE IF EXISTS dbo.T ");
  CHECK(b[0].end_line == 1);
  CHECK(b[1].text == "CREATE TYPE dbo.T FROM int\n");
  CHECK(b[1].first_line == 2);
  b = split_batches("SELECT c FROM t;GO;GO;;\nSELECT 2");
  REQUIRE(b.size() == 2);
  CHECK(b[0].text == "SELECT c FROM t;");
  CHECK(split_batches("SELECT foo FROM bar GO GO\nSELECT 2").size() == 2);
  CHECK(split_batches("GO;GO;;\nSELECT 2").size() == 2);
  CHECK(split_batches("ALTER TABLE t SET (SYSTEM_VERSIONING = ON); GO -- done\nSELECT 2").size() ==
        2);
}

TEST_CASE("batches: GO as a name at the end of a line stays a name") {
  CHECK(split_batches("SELECT 1 AS GO\nSELECT 2").size() == 1);
  CHECK(split_batches("SELECT a,\n  b, GO\nFROM t").size() == 1);
  CHECK(split_batches("SELECT * FROM dbo.GO\nSELECT 2").size() == 1);
  CHECK(split_batches("SELECT @GO\nSELECT 2").size() == 1);
  CHECK(split_batches("SELECT 'x GO'\nSELECT 2").size() == 1);
  CHECK(split_batches("SELECT 'a\nb GO\n'").size() == 1);
  CHECK(split_batches("SELECT 1 -- then GO\nSELECT 2").size() == 1);
  CHECK(split_batches("SELECT 1 /* GO\n*/ SELECT 2").size() == 1);
  CHECK(split_batches("SELECT 1 FROM t WHERE x = GO\nSELECT 2").size() == 1);
}

TEST_CASE("batches: a lone CR ends a -- comment, as SQL Server's parser reads it") {
  std::vector<pf::ast::SourcePosition> crs;
  // The `/*` after the CR opens a block comment, so the GO inside it splits nothing.
  const auto b = split_batches("-- x\r/*\nGO\n*/ SELECT 1;\nGO\nSELECT 2;", nullptr, &crs);
  CHECK(b.size() == 2);
  REQUIRE(crs.size() == 1);
  CHECK(crs[0] == pf::ast::SourcePosition{1, 5});
  // CRLF is one line end, not a lone CR.
  crs.clear();
  CHECK(split_batches("SELECT 1; -- a\r\nGO\r\nSELECT 2;\r\n", nullptr, &crs).size() == 2);
  CHECK(crs.empty());
}

TEST_CASE("batches: a GO line with a lone CR in it is no GO line") {
  // A reader that breaks lines at CR sees `GO` and then a DROP; sqlcmd sees one line. Neither is
  // trusted: the text stays in the batch, for the parser to report.
  const auto b = split_batches("SELECT 1;\nGO -- done\rDROP TABLE t;\nSELECT 2;");
  REQUIRE(b.size() == 1);
  CHECK(b[0].text.find("DROP TABLE t") != std::string_view::npos);
}

TEST_CASE("batches: GO 0 keeps its count of 0 (sqlcmd does not run the batch)") {
  const auto b = split_batches("CREATE TABLE t (a int);\nGO 0\nSELECT 1;");
  REQUIRE(b.size() == 2);
  CHECK(b[0].repeat == 0);
}
