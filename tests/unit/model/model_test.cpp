// The deployment model with a baseline schema and conditional DDL (issue 7), through the rules
// that use it.
#include "test_support.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using pf::test::Linted;

const std::vector<std::string> kBaseline{
    "CREATE TABLE [dbo].[Orders] (\n"
    "  [Id] int NOT NULL,\n"
    "  [Code] nvarchar(50) NULL,\n"
    "  [Note] varchar(200) NULL\n"
    ");\nGO\n"
    "CREATE VIEW dbo.OrderCodes AS SELECT Code FROM dbo.Orders;\nGO\n"};

}  // namespace

TEST_CASE("baseline: narrowing ALTER COLUMN is caught, widening passes, PF133 is silent") {
  // Code is narrowed, Note widened.
  const std::string alters =
      "ALTER TABLE dbo.Orders ALTER COLUMN Code nvarchar(20) NULL;\n"
      "ALTER TABLE dbo.Orders ALTER COLUMN Note varchar(400) NULL;\n";
  const Linted linted({alters}, kBaseline);
  const auto narrowing = linted.of("PF132");
  REQUIRE(narrowing.size() == 1);
  CHECK(narrowing[0].range.begin.line == 1);
  CHECK(narrowing[0].message ==
        "ALTER COLUMN dbo.Orders.Code nvarchar(20) is shorter (was nvarchar(50)) in the baseline "
        "at baseline0.sql:1: existing values can be cut or rejected");
  CHECK(linted.of("PF133").empty());
  // Without the baseline both types are unknown: PF133 twice, no PF132.
  const Linted alone(std::vector<std::string>{alters});
  CHECK(alone.of("PF132").empty());
  CHECK(alone.of("PF133").size() == 2);
}

TEST_CASE("baseline: its tables are not the deployment's own; the message says where they are") {
  const Linted linted({"DROP TABLE dbo.Orders;\n"}, kBaseline);
  const auto drops = linted.of("PF101");
  REQUIRE(drops.size() == 1);
  CHECK(drops[0].message ==
        "DROP TABLE dbo.Orders destroys the table and its rows (in the baseline at "
        "baseline0.sql:1)");
  CHECK(linted.of("PF404").empty());
}

TEST_CASE("baseline: ADD NOT NULL without default flags a baseline table, not a new one") {
  const Linted linted({"ALTER TABLE dbo.Orders ADD Region char(2) NOT NULL;\n"
                       "CREATE TABLE dbo.Regions (Id int NOT NULL);\n"
                       "ALTER TABLE dbo.Regions ADD Name nvarchar(20) NOT NULL;\n"},
                      kBaseline);
  const auto found = linted.of("PF402");
  REQUIRE(found.size() == 1);
  CHECK(found[0].range.begin.line == 1);
  CHECK(linted.of("PF404").empty());
}

TEST_CASE("baseline: statements on a table that does not exist are PF404") {
  const Linted linted({"INSERT INTO dbo.Customers (Id) VALUES (1);\n"
                       "ALTER TABLE dbo.Customers ADD Name nvarchar(20) NULL;\n"
                       "TRUNCATE TABLE dbo.Customers;\n"
                       "DROP TABLE dbo.Customers;\n"
                       "DROP TABLE IF EXISTS dbo.Customers;\n"               // guarded
                       "INSERT INTO dbo.OrderCodes (Code) VALUES (N'x');\n"  // a baseline view
                       "INSERT INTO #work (Id) VALUES (1);\n"                // temporary
                       "IF OBJECT_ID(N'dbo.Gone') IS NOT NULL DROP TABLE dbo.Gone;\n"},
                      kBaseline);
  const auto found = linted.of("PF404");
  REQUIRE(found.size() == 4);
  CHECK(found[0].range.begin.line == 1);
  CHECK(found[0].message ==
        "INSERT INTO dbo.Customers fails here: it is neither in the baseline nor created earlier "
        "in the deployment");
  CHECK(found[1].range.begin.line == 2);
  CHECK(found[2].range.begin.line == 3);
  CHECK(found[3].range.begin.line == 4);
}

TEST_CASE("baseline: a table created earlier, in another file, exists; one dropped does not") {
  const Linted linted({"CREATE TABLE dbo.Customers (Id int NOT NULL);\n",
                       "INSERT INTO dbo.Customers (Id) VALUES (1);\nDROP TABLE dbo.Orders;\n",
                       "INSERT INTO dbo.Orders (Id) VALUES (1);\n"},
                      kBaseline);
  const auto found = linted.of("PF404");
  REQUIRE(found.size() == 1);
  CHECK(found[0].script_index == 2);
  CHECK(found[0].message == "INSERT INTO dbo.Orders fails here: it was dropped at script1.sql:2");
}

TEST_CASE("baseline: sp_rename makes the new name possibly there") {
  const Linted linted({"EXEC sp_rename 'dbo.Orders', 'OrdersOld';\n"
                       "INSERT INTO dbo.OrdersOld (Id) VALUES (1);\n"},
                      kBaseline);
  CHECK(linted.of("PF404").empty());
}

TEST_CASE("conditional DDL: a table created under IF NOT EXISTS may have existed before") {
  const Linted linted(
      "IF NOT EXISTS (SELECT 1 FROM sys.tables WHERE name = N'Audit')\n"
      "  CREATE TABLE dbo.Audit (Id int NOT NULL, Note nvarchar(100) NULL);\n"
      "GO\n"
      "ALTER TABLE dbo.Audit ALTER COLUMN Note nvarchar(50) NULL;\n"
      "GO\n"
      "DROP TABLE dbo.Audit;\n");
  const auto drops = linted.of("PF101");
  REQUIRE(drops.size() == 1);
  CHECK(drops[0].message ==
        "DROP TABLE dbo.Audit destroys the table and its rows (created at script0.sql:2 only "
        "under IF or WHILE, so it may have existed before)");
  // The conditional definition is the best known type: narrowing it is still flagged.
  CHECK(linted.of("PF132").size() == 1);
}

TEST_CASE("conditional DDL: drop-if-exists then create makes the table the deployment's own") {
  const Linted linted(
      "IF OBJECT_ID(N'dbo.Audit') IS NOT NULL DROP TABLE dbo.Audit;\n"
      "GO\n"
      "CREATE TABLE dbo.Audit (Id int NOT NULL);\n"
      "GO\n"
      "ALTER TABLE dbo.Audit ADD Note nvarchar(10) NOT NULL;\n"
      "TRUNCATE TABLE dbo.Audit;\n"
      "DROP TABLE dbo.Audit;\n");
  // Line 1 drops what may exist: flagged. The rest works on the table of line 3.
  const auto drops = linted.of("PF101");
  REQUIRE(drops.size() == 1);
  CHECK(drops[0].range.begin.line == 1);
  CHECK(linted.of("PF402").empty());
  CHECK(linted.of("PF111").empty());
}

TEST_CASE("conditional DDL: a possible creation keeps PF404 quiet, a possible drop too") {
  const Linted linted({"IF OBJECT_ID(N'dbo.Audit') IS NULL CREATE TABLE dbo.Audit (Id int);\n"
                       "INSERT INTO dbo.Audit (Id) VALUES (1);\n"
                       "IF @@ROWCOUNT = 0 DROP TABLE dbo.Orders;\n"
                       "INSERT INTO dbo.Orders (Id) VALUES (1);\n"},
                      kBaseline);
  CHECK(linted.of("PF404").empty());
}

TEST_CASE("model: baseline objects are known, not created by the deployment") {
  const Linted linted({"SELECT 1;\n"}, kBaseline);
  const pf::model::Deployment& d = linted.deployment();
  CHECK(d.has_baseline());
  const pf::ast::ObjectName orders{"dbo", "ORDERS"};
  const auto site = d.in_baseline(pf::model::ObjectType::Table, orders);
  REQUIRE(site);
  CHECK(site->baseline);
  CHECK(site->path == "baseline0.sql");
  CHECK_FALSE(
      d.created_before(pf::model::ObjectType::Table, orders, pf::model::Location{0, {2, 1}}));
  const auto code = d.column_before(orders, "code", pf::model::Location{0, {2, 1}});
  REQUIRE(code);
  CHECK(code->from_baseline);
  CHECK_FALSE(code->created_by_deployment);
}

TEST_CASE("model: final state drops what was dropped and keeps only a re-created table's columns") {
  const Linted linted({"CREATE TABLE dbo.A (Id int NOT NULL, Old int NULL);\n"
                       "ALTER TABLE dbo.A DROP COLUMN Old;\n"
                       "CREATE TABLE dbo.B (X int);\n"
                       "DROP TABLE dbo.B;\n"
                       "CREATE TABLE dbo.B (Y nvarchar(10) NOT NULL DEFAULT N'');\n"
                       "DROP TABLE dbo.Orders;\n"
                       "IF OBJECT_ID(N'dbo.C') IS NULL CREATE TABLE dbo.C (Id int);\n"},
                      kBaseline);
  std::vector<std::string> names;
  for (const pf::model::FinalObject& o : linted.deployment().final_state()) {
    if (o.type != pf::model::ObjectType::Table) continue;
    names.push_back(o.key);
    std::vector<std::string> columns;
    for (const auto& c : o.columns) columns.push_back(c.name);
    if (o.key == "dbo.a") {
      CHECK(columns == std::vector<std::string>{"Id"});
      CHECK(o.site.path == "script0.sql");
      CHECK(o.site.location.position.line == 1);
    }
    if (o.key == "dbo.b") {
      REQUIRE(o.columns.size() == 1);
      CHECK(o.columns[0].name == "Y");
      CHECK(o.columns[0].has_default);
      CHECK(o.columns[0].nullable == false);
    }
    if (o.key == "dbo.c") CHECK(o.possibly);
  }
  // dbo.Orders (baseline) was dropped.
  CHECK(names == std::vector<std::string>{"dbo.a", "dbo.b", "dbo.c"});
}

TEST_CASE("baseline: SSMS scripts with existence checks still define their objects") {
  const std::vector<std::string> ssms{
      "SET ANSI_NULLS ON\nGO\n"
      "IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[dbo].[T]') AND "
      "type in (N'U'))\nBEGIN\nCREATE TABLE [dbo].[T](\n\t[Id] [int] NOT NULL,\n\t[Name] "
      "[nvarchar](100) NULL\n) ON [PRIMARY]\nEND\nGO\n"};
  const Linted linted({"INSERT INTO dbo.T (Id) VALUES (1);\n"
                       "ALTER TABLE dbo.T ALTER COLUMN Name nvarchar(80) NULL;\n"
                       "DROP TABLE dbo.T;\n"},
                      ssms);
  CHECK(linted.of("PF404").empty());
  REQUIRE(linted.of("PF132").size() == 1);
  CHECK(linted.of("PF133").empty());
  const auto drops = linted.of("PF101");
  REQUIRE(drops.size() == 1);
  CHECK(drops[0].message ==
        "DROP TABLE dbo.T destroys the table and its rows (in the baseline at baseline0.sql:5)");
}
