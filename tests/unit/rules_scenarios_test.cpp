// Context the catalogue examples cannot show: module bodies, dynamic SQL, the deployment model
// and type comparisons.
#include "rules/column_types.h"
#include "test_support.h"

#include <doctest/doctest.h>

using namespace pf;
using pf::test::Linted;

namespace {
ast::DataType type(std::string name, std::vector<std::string> args = {}) {
  return ast::DataType{std::move(name), std::move(args), {}};
}
}  // namespace

TEST_CASE("scenario: findings inside module bodies say when the code runs") {
  const Linted linted(
      "CREATE TABLE dbo.S (a int);\nGO\n"
      "CREATE PROCEDURE dbo.p AS\nBEGIN\n  TRUNCATE TABLE dbo.S;\nEND\nGO\n"
      "CREATE VIEW dbo.v AS SELECT a FROM dbo.S WITH (NOLOCK);\nGO\n"
      "CREATE TRIGGER dbo.t ON dbo.S AFTER INSERT AS DELETE FROM dbo.Log;\n");
  const auto truncate = linted.of("PF111");
  REQUIRE(truncate.size() == 1);
  // The deployment created dbo.S, but the procedure runs later, when the table may hold data.
  CHECK(truncate[0].message ==
        "TRUNCATE TABLE dbo.S removes every row; runs when procedure dbo.p is called, not during "
        "the deployment");
  const auto nolock = linted.of("PF211");
  REQUIRE(nolock.size() == 1);
  CHECK(nolock[0].message.find("runs when view dbo.v is queried") != std::string::npos);
  const auto del = linted.of("PF121");
  REQUIRE(del.size() == 1);
  CHECK(del[0].message.find("runs when trigger dbo.t fires") != std::string::npos);
}

TEST_CASE("scenario: a table created inside a procedure body is not created by the deployment") {
  const Linted linted(
      "CREATE PROCEDURE dbo.p AS CREATE TABLE dbo.X (a int);\nGO\nDROP TABLE dbo.X;\n");
  CHECK(linted.of("PF101").size() == 1);
}

TEST_CASE("scenario: findings in literal dynamic SQL point into the literal") {
  const Linted linted("EXEC (N'SELECT ''a'';\n  DROP TABLE dbo.A');\n");
  const auto found = linted.of("PF101");
  REQUIRE(found.size() == 1);
  CHECK(found[0].range.begin == ast::SourcePosition{2, 3});
  CHECK(found[0].range.end == ast::SourcePosition{2, 19});
  CHECK(linted.of("PF301").empty());
}

TEST_CASE("scenario: ALTER COLUMN compares with the type the deployment last gave the column") {
  const Linted linted(
      "ALTER TABLE dbo.T ADD Code nvarchar(20) NULL;\n"  // added: later changes lose nothing
      "ALTER TABLE dbo.T ALTER COLUMN Code varchar(5) NULL;\n"
      "ALTER TABLE dbo.U ALTER COLUMN Name nvarchar(50) NULL;\n"  // unknown before
      "ALTER TABLE dbo.U ALTER COLUMN Name nvarchar(40) NULL;\n"  // narrower than line 3
      "ALTER TABLE dbo.U ALTER COLUMN Name nvarchar(60) NOT NULL;\n");
  const auto narrowing = linted.of("PF132");
  REQUIRE(narrowing.size() == 1);
  CHECK(narrowing[0].range.begin.line == 4);
  CHECK(narrowing[0].message ==
        "ALTER COLUMN dbo.U.Name nvarchar(40) is shorter (was nvarchar(50)): existing values can "
        "be cut or rejected");
  const auto unknown = linted.of("PF133");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].range.begin.line == 3);
  // Line 5 makes a column NOT NULL that was nullable: PF403; line 2's column was added.
  const auto not_null = linted.of("PF403");
  REQUIRE(not_null.size() == 1);
  CHECK(not_null[0].range.begin.line == 5);
}

TEST_CASE("types: what counts as narrowing") {
  using rules::narrowing;
  CHECK_FALSE(narrowing(type("int"), type("bigint")));
  CHECK(narrowing(type("bigint"), type("int")) == "narrows the integer type (was bigint)");
  CHECK_FALSE(narrowing(type("int"), type("decimal", {"10", "0"})));
  CHECK(narrowing(type("int"), type("decimal", {"9", "0"})));
  CHECK(narrowing(type("decimal", {"19", "4"}), type("decimal", {"19", "2"})) ==
        "has fewer decimal places (was decimal(19, 4))");
  CHECK(narrowing(type("decimal", {"19", "4"}), type("decimal", {"12", "4"})));
  CHECK_FALSE(narrowing(type("decimal", {"10", "2"}), type("numeric", {"12", "2"})));
  CHECK(narrowing(type("nvarchar", {"50"}), type("varchar", {"50"})) ==
        "goes from Unicode to non-Unicode (was nvarchar(50))");
  CHECK_FALSE(narrowing(type("varchar", {"50"}), type("nvarchar", {"50"})));
  CHECK(narrowing(type("varchar", {"max"}), type("varchar", {"8000"})));
  CHECK_FALSE(narrowing(type("varchar", {"8000"}), type("VARCHAR", {"MAX"})));
  CHECK_FALSE(narrowing(type("char", {"10"}), type("varchar", {"10"})));
  CHECK(narrowing(type("varchar"), type("varchar", {"1"})) == std::nullopt);  // default length 1
  CHECK(narrowing(type("datetime2", {"7"}), type("datetime2", {"3"})));
  CHECK(narrowing(type("datetime"), type("date")) == "drops the time of day (was datetime)");
  CHECK_FALSE(narrowing(type("date"), type("datetime2")));
  CHECK(narrowing(type("datetimeoffset"), type("datetime2")));
  CHECK(narrowing(type("varchar", {"10"}), type("int")) ==
        "changes the type family (was varchar(10))");
  CHECK_FALSE(narrowing(type("bit"), type("int")));
  CHECK_FALSE(narrowing(type("dbo.Amount"), type("dbo.Amount")));
  CHECK(narrowing(type("dbo.Amount"), type("dbo.Money")));
  CHECK_FALSE(narrowing(type("sys.int"), type("bigint")));
}

TEST_CASE("scenario: OPEN is flagged only when no declaration of the cursor is in sight") {
  CHECK(Linted("OPEN c;").of("PF201").size() == 1);
  const Linted declared("DECLARE c CURSOR FOR SELECT 1;\nOPEN c;\nFETCH NEXT FROM c;");
  const auto found = declared.of("PF201");
  REQUIRE(found.size() == 1);
  CHECK(found[0].range.begin.line == 1);
}

TEST_CASE("scenario: legacy DROP INDEX table.index names both") {
  const auto found = Linted("DROP INDEX dbo.Orders.IX_Old;").of("PF105");
  REQUIRE(found.size() == 1);
  CHECK(found[0].object == "dbo.Orders.IX_Old");
}

TEST_CASE("scenario: NOT NULL columns that fill existing rows are not breaking") {
  const Linted linted(
      "ALTER TABLE dbo.T ADD Id2 int IDENTITY(1, 1) NOT NULL;\n"
      "ALTER TABLE dbo.T ADD Total AS Price * Qty;\n"
      "ALTER TABLE dbo.T ADD Flag bit NOT NULL DEFAULT 0;\n"
      "ALTER TABLE dbo.T ADD Region char(2) NOT NULL;\n");
  const auto found = linted.of("PF402");
  REQUIRE(found.size() == 1);
  CHECK(found[0].object == "dbo.T.Region");
}

TEST_CASE("scenario: sp_rename of an object the deployment created is not flagged") {
  const Linted linted(
      "CREATE TABLE dbo.New (a int);\nGO\nEXEC sp_rename 'dbo.New.a', 'b', 'COLUMN';\n"
      "EXEC sp_rename N'[dbo].[Old]', N'Older';\n");
  const auto found = linted.of("PF401");
  REQUIRE(found.size() == 1);
  CHECK(found[0].object == "[dbo].[Old]");
  CHECK(found[0].message ==
        "sp_rename of [dbo].[Old] to Older breaks code that still uses the old name");
}
