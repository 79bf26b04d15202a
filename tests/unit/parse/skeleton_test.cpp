// The first cut of the grammar (issue #2): names, literals, comments, recovery and positions.
#include "test_support.h"

#include <doctest/doctest.h>

using namespace pf;
using pf::test::only_statement;
using pf::test::parse_sql;

TEST_CASE("parse: CREATE TABLE keeps columns, types, nullability, defaults and identity") {
  const auto script = parse_sql(
      "CREATE TABLE [dbo].[Orders] (\n"
      "  Id int IDENTITY(1, 1) NOT NULL CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED,\n"
      "  Amount decimal(18, 2) NULL DEFAULT 0,\n"
      "  Note nvarchar(max),\n"
      "  Total AS Amount * 2,\n"
      "  CONSTRAINT UQ_Note UNIQUE (Note),\n"
      "  FOREIGN KEY (Id) REFERENCES dbo.Other (Id) ON DELETE CASCADE\n"
      ") ON [PRIMARY];");
  const auto& t = only_statement<ast::CreateTable>(script);
  CHECK(t.name.display() == "dbo.Orders");
  REQUIRE(t.columns.size() == 4);
  CHECK(t.columns[0].name.value == "Id");
  CHECK(t.columns[0].type->name == "int");
  CHECK(t.columns[0].identity);
  CHECK(t.columns[0].nullable == false);
  CHECK(t.columns[1].type->name == "decimal");
  CHECK(t.columns[1].type->args == std::vector<std::string>{"18", "2"});
  CHECK(t.columns[1].nullable == true);
  CHECK(t.columns[1].has_default);
  CHECK(t.columns[2].type->args == std::vector<std::string>{"max"});
  CHECK_FALSE(t.columns[2].nullable.has_value());
  CHECK(t.columns[3].computed);
  REQUIRE(t.constraints.size() == 3);
  CHECK(t.constraints[0].kind == ast::ConstraintKind::PrimaryKey);
  CHECK(t.constraints[0].name == "PK_Orders");
  CHECK(t.constraints[1].kind == ast::ConstraintKind::Unique);
  CHECK(t.constraints[2].kind == ast::ConstraintKind::ForeignKey);
}

TEST_CASE("parse: DROP TABLE [IF EXISTS] with several multi-part names") {
  const auto script = parse_sql("drop table if exists srv.db.dbo.A, db..B, #t, ##g, [x]]y], \"q\"");
  const auto& d = only_statement<ast::DropTable>(script);
  CHECK(d.if_exists);
  REQUIRE(d.tables.size() == 6);
  CHECK(d.tables[0].parts() == std::vector<std::string>{"srv", "db", "dbo", "A"});
  CHECK(d.tables[1].parts() == std::vector<std::string>{"db", "", "B"});
  CHECK(d.tables[1].database() == "db");
  CHECK(d.tables[1].schema().empty());
  CHECK(d.tables[2].is_temporary());
  CHECK(d.tables[3].is_temporary());
  CHECK(d.tables[4].object() == "x]y");
  CHECK(d.tables[4].display() == "[x]]y]");
  CHECK(d.tables[5].object() == "q");
}

TEST_CASE("parse: keywords are case-insensitive and semicolons optional") {
  const auto script = parse_sql("sElEcT 1 FROM t\nDrop Table a\nUPDATE t SET x = 1");
  REQUIRE(script.batches.size() == 1);
  const auto& s = script.batches[0].statements;
  REQUIRE(s.size() == 3);
  CHECK(s[0]->kind == ast::Kind::Select);
  CHECK(s[1]->kind == ast::Kind::DropTable);
  CHECK(s[2]->kind == ast::Kind::Update);
}

TEST_CASE("parse: UPDATE and DELETE record WHERE and FROM") {
  const auto a = parse_sql("UPDATE dbo.T SET a = 1, @v += 2 WHERE id = 3 AND b BETWEEN 1 AND 2");
  CHECK(only_statement<ast::Update>(a).has_where);
  const auto b = parse_sql("UPDATE t SET a = 1 FROM t JOIN u ON u.id = t.id");
  CHECK_FALSE(only_statement<ast::Update>(b).has_where);
  CHECK(only_statement<ast::Update>(b).has_from);
  const auto c = parse_sql("DELETE FROM dbo.T");
  CHECK(only_statement<ast::Delete>(c).target.display() == "dbo.T");
  CHECK_FALSE(only_statement<ast::Delete>(c).has_where);
  const auto d = parse_sql("DELETE TOP (10) t WHERE x IN (SELECT y FROM z) OR x IS NOT NULL");
  CHECK(only_statement<ast::Delete>(d).has_where);
}

TEST_CASE("parse: INSERT targets and SELECT INTO") {
  const auto a = parse_sql("INSERT INTO dbo.T (a, b) VALUES (1, N'x''y'), (2, NULL)");
  CHECK(only_statement<ast::Insert>(a).target.display() == "dbo.T");
  const auto b = parse_sql("INSERT @t SELECT a FROM b");
  CHECK(only_statement<ast::Insert>(b).target.is_variable());
  const auto c = parse_sql("SELECT a, b AS c INTO #copy FROM dbo.T WHERE a > 0 ORDER BY a DESC");
  REQUIRE(only_statement<ast::Select>(c).into.has_value());
  CHECK(only_statement<ast::Select>(c).into->object() == "#copy");
}

TEST_CASE("parse: comments nest, and nothing in comments or strings is a statement") {
  const auto script = parse_sql(
      "/* outer /* DROP TABLE a */ still comment */\n"
      "SELECT 'DROP TABLE b' -- DROP TABLE c\n");
  const auto& s = only_statement<ast::Select>(script);
  CHECK(s.range.begin.line == 2);
}

TEST_CASE("parse: ranges are 1-based, end-exclusive, in characters, without the semicolon") {
  const auto script = parse_sql("/* Ωμέγα */ DROP TABLE t;\n  SELECT\n  1;");
  const auto& s = script.batches[0].statements;
  REQUIRE(s.size() == 2);
  CHECK(s[0]->range.begin.line == 1);
  CHECK(s[0]->range.begin.column == 13);
  CHECK(s[0]->range.end.line == 1);
  CHECK(s[0]->range.end.column == 25);
  CHECK(s[1]->range.begin.line == 2);
  CHECK(s[1]->range.begin.column == 3);
  CHECK(s[1]->range.end.line == 3);
  CHECK(s[1]->range.end.column == 4);
}

TEST_CASE("parse: positions continue across GO batches") {
  const auto script = parse_sql("SELECT 1\nGO\n\nDROP TABLE t\nGO 2\n");
  REQUIRE(script.batches.size() == 2);
  CHECK(script.batches[1].repeat == 2);
  CHECK(script.batches[1].statements[0]->range.begin.line == 4);
}

TEST_CASE("parse: an unparsable statement becomes Unparsed and parsing resumes") {
  const auto script = parse_sql("SELECT 1;\nFROBNICATE the table now;\nDROP TABLE t;");
  const auto& s = script.batches[0].statements;
  REQUIRE(s.size() == 3);
  CHECK(s[0]->kind == ast::Kind::Select);
  REQUIRE(s[1]->kind == ast::Kind::Unparsed);
  const auto& u = static_cast<const ast::Unparsed&>(*s[1]);
  CHECK(u.reason.rfind("unexpected 'FROBNICATE'", 0) == 0);
  CHECK(u.range.begin == ast::SourcePosition{2, 1});
  CHECK(u.range.end == ast::SourcePosition{2, 25});
  CHECK(s[2]->kind == ast::Kind::DropTable);
}

TEST_CASE("parse: an error inside parentheses does not resume inside them") {
  const auto script = parse_sql("CREATE TABLE t (a int, b SELECT)\nDROP TABLE u");
  const auto& s = script.batches[0].statements;
  REQUIRE(s.size() == 2);
  CHECK(s[0]->kind == ast::Kind::Unparsed);
  CHECK(s[0]->range.end == ast::SourcePosition{1, 33});
  CHECK(s[1]->kind == ast::Kind::DropTable);
}

TEST_CASE("parse: unterminated string, comment and identifiers are unparsed at their position") {
  struct Case {
    const char* sql;
    const char* reason;
  };
  for (const Case& c : {Case{"SELECT 1;\nSELECT 'abc", "unterminated string literal"},
                        Case{"SELECT 1;\nSELECT /* open /* */", "unterminated block comment"},
                        Case{"SELECT 1;\nSELECT [abc", "unterminated [identifier]"},
                        Case{"SELECT 1;\nSELECT \"abc", "unterminated \"identifier\""}}) {
    CAPTURE(c.sql);
    const auto script = parse_sql(c.sql);
    const auto& s = script.batches[0].statements;
    REQUIRE(s.size() == 2);
    REQUIRE(s[1]->kind == ast::Kind::Unparsed);
    CHECK(static_cast<const ast::Unparsed&>(*s[1]).reason == c.reason);
    CHECK(s[1]->range.begin == ast::SourcePosition{2, 1});
  }
}

TEST_CASE("parse: ordinary statements stay on the SLL fast path") {
  const auto script = parse_sql(
      "CREATE TABLE t (a int NOT NULL, b varchar(10));\n"
      "INSERT INTO t (a, b) VALUES (1, 'x');\n"
      "UPDATE t SET b = 'y' WHERE a = 1 AND (b LIKE 'x%' OR b IS NULL);\n"
      "SELECT a, COUNT(*) AS n FROM t GROUP BY a HAVING COUNT(*) > 1;\n"
      "DELETE FROM t WHERE a BETWEEN 1 AND 3;\n"
      "IF EXISTS (SELECT 1 FROM t) BEGIN PRINT 'x'; END ELSE PRINT 'y';\n");
  REQUIRE(script.batches.size() == 1);
  CHECK(script.batches[0].statements.size() == 6);
  CHECK_FALSE(script.batches[0].needed_full_ll);
  CHECK(ast::count_statements(script).unparsed == 0);
}

TEST_CASE("parse: nesting deeper than the limit is an error, not a crash") {
  std::string deep = "SELECT " + std::string(200, '(') + "1" + std::string(200, ')');
  const source::SourceFile file = pf::test::source_of(deep);
  auto script = parse::parse_script(file, parse::ParseOptions{});
  REQUIRE_FALSE(script.ok());
  CHECK(script.error().message.find("nesting deeper than 100 levels") != std::string::npos);
  CHECK(script.error().message.find("--max-depth") != std::string::npos);
  // The default limit (100) is the parentheses counted, so 100 of them still parse.
  std::string ok = "SELECT " + std::string(100, '(') + "1" + std::string(100, ')');
  const source::SourceFile ok_file = pf::test::source_of(ok);
  CHECK(parse::parse_script(ok_file).ok());
}
