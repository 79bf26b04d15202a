// The change summary (model/changes.h): what the pending scripts change, in the order they run,
// and nothing hidden: what is conditional says so, what Preflight cannot read is listed.
#include "model/changes.h"

#include "test_support.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using pf::model::Change;
using pf::test::Linted;

std::vector<Change> changes_of(const Linted& linted) {
  return pf::model::summarize_changes(linted.deployment());
}

std::vector<Change> changes_of(const std::string& sql) { return changes_of(Linted(sql)); }

// `action kind object` of each change, for compact expectations.
std::vector<std::string> heads(const std::vector<Change>& changes) {
  std::vector<std::string> out;
  for (const Change& c : changes) {
    out.push_back(std::string(pf::model::change_action_name(c.action)) + " " + c.kind + " " +
                  c.object);
  }
  return out;
}

}  // namespace

TEST_CASE("changes: objects created, altered, dropped and renamed, in order, with their lines") {
  const auto changes = changes_of(
      "CREATE TABLE dbo.Orders (Id int NOT NULL, Total int NULL);\n"
      "ALTER TABLE dbo.Orders ADD Note nvarchar(200) NULL;\n"
      "ALTER TABLE dbo.Orders ALTER COLUMN Total bigint NULL;\n"
      "CREATE INDEX IX_Total ON dbo.Orders (Total);\n"
      "GO\n"
      "CREATE VIEW dbo.V AS SELECT Id FROM dbo.Orders;\n"
      "GO\n"
      "DROP TABLE dbo.Legacy;\n"
      "EXEC sp_rename 'dbo.Orders.Note', 'Remark', 'COLUMN';\n"
      "ALTER SCHEMA archive TRANSFER dbo.Old;\n");
  CHECK(heads(changes) == std::vector<std::string>{
                              "create table dbo.Orders",
                              "create column dbo.Orders.Note",
                              "alter column dbo.Orders.Total",
                              "create index dbo.Orders.IX_Total",
                              "create view dbo.V",
                              "drop table dbo.Legacy",
                              "rename column dbo.Orders.Note",
                              "rename object dbo.Old",
                          });
  REQUIRE(changes.size() == 8);
  CHECK(changes[0].detail == "2 columns");
  CHECK(changes[1].detail == "nvarchar(200) NULL");
  CHECK(changes[1].position.line == 2);
  // The old type comes from the model: the CREATE TABLE above.
  CHECK(changes[2].detail == "int NULL → bigint NULL");
  CHECK(changes[2].position.line == 3);
  CHECK(changes[5].position.line == 8);
  CHECK(changes[5].position.column == 12);  // the table's name, not DROP
  CHECK(changes[6].detail == "→ Remark");
  CHECK(changes[7].detail == "→ schema archive");
  for (const Change& c : changes) {
    CHECK(c.path == "script0.sql");
    CHECK_FALSE(c.conditional);
    CHECK(c.condition.empty());
    CHECK(c.rows == Change::Rows::None);
  }
}

TEST_CASE("changes: an ALTER COLUMN of a table the deployment did not define has an unknown type") {
  const auto changes = changes_of("ALTER TABLE dbo.Orders ALTER COLUMN Total bigint NOT NULL;\n");
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].detail == "unknown type → bigint NOT NULL");
}

TEST_CASE("changes: data touched per table, bounded or whole-table") {
  const auto changes = changes_of(
      "INSERT dbo.T (a) VALUES (1);\n"
      "INSERT dbo.T (a) VALUES (2);\n"
      "UPDATE dbo.T SET a = 0;\n"
      "UPDATE dbo.T SET a = 0 WHERE 1 = 1;\n"
      "DELETE FROM dbo.T WHERE a = 3;\n"
      "DELETE o FROM dbo.Orders AS o JOIN dbo.Gone AS g ON g.Id = o.Id;\n"
      "DELETE TOP (100) FROM dbo.Log;\n"
      "TRUNCATE TABLE dbo.Stage;\n"
      "MERGE dbo.T AS t USING dbo.S AS s ON t.a = s.a WHEN NOT MATCHED BY SOURCE THEN DELETE;\n"
      "INSERT #tmp (a) VALUES (1);\n");
  CHECK(heads(changes) == std::vector<std::string>{
                              "insert table dbo.T",
                              "update table dbo.T",
                              "update table dbo.T",
                              "delete table dbo.T",
                              "delete table dbo.Orders",  // the alias resolved
                              "delete table dbo.Log",
                              "truncate table dbo.Stage",
                              "merge table dbo.T",
                          });
  REQUIRE(changes.size() == 8);
  CHECK(changes[0].statements == 2);  // counted in one entry at the first one's line
  CHECK(changes[0].position.line == 1);
  CHECK(changes[1].rows == Change::Rows::WholeTable);
  CHECK(changes[1].detail == "whole table; sets a");
  CHECK(changes[2].rows == Change::Rows::WholeTable);  // WHERE 1 = 1 bounds nothing
  CHECK(changes[3].rows == Change::Rows::Bounded);
  CHECK(changes[4].rows == Change::Rows::Bounded);
  CHECK(changes[5].rows == Change::Rows::Bounded);
  CHECK(changes[6].rows == Change::Rows::WholeTable);
  CHECK(changes[7].detail.find("DELETE") != std::string::npos);
}

TEST_CASE("changes: permissions and settings") {
  const auto changes = changes_of(
      "GRANT SELECT, INSERT ON dbo.Orders TO app_reader;\n"
      "REVOKE EXECUTE ON SCHEMA::app FROM legacy;\n"
      "DENY VIEW DEFINITION TO intern;\n"
      "ALTER DATABASE CURRENT SET RECOVERY SIMPLE;\n"
      "EXEC sp_configure 'max degree of parallelism', 4;\n"
      "RECONFIGURE;\n"
      "CREATE LOGIN app WITH PASSWORD = 'S3cret!pass';\n"
      "ALTER ROLE db_owner ADD MEMBER app;\n");
  CHECK(heads(changes) == std::vector<std::string>{
                              "grant permission dbo.Orders",
                              "revoke permission SCHEMA::app",
                              "deny permission database",
                              "set database setting CURRENT",
                              "set server setting max degree of parallelism",
                              "set server setting RECONFIGURE",
                              "create login app",
                              "alter role db_owner",
                          });
  REQUIRE(changes.size() == 8);
  CHECK(changes[0].detail == "SELECT, INSERT to app_reader");
  CHECK(changes[1].detail == "EXECUTE from legacy");
  CHECK(changes[3].detail == "RECOVERY SIMPLE");
  CHECK(changes[7].detail == "add member app");
  // No literal value of the script is shown: not the password, not the configuration value.
  for (const Change& c : changes) {
    CHECK(c.detail.find("S3cret") == std::string::npos);
    CHECK(c.object.find("S3cret") == std::string::npos);
    CHECK(c.detail.find('4') == std::string::npos);
  }
}

TEST_CASE("changes: module bodies run when called; the CREATE is the change") {
  const auto changes = changes_of(
      "CREATE PROCEDURE dbo.Purge AS\nBEGIN\n  DROP TABLE dbo.Everything;\n  DELETE dbo.T;\nEND\n"
      "GO\nCREATE OR ALTER TRIGGER dbo.Tr ON dbo.T AFTER INSERT AS DELETE dbo.Audit;\n");
  CHECK(heads(changes) ==
        std::vector<std::string>{"create procedure dbo.Purge", "create trigger dbo.Tr"});
  REQUIRE(changes.size() == 2);
  CHECK(changes[1].detail == "CREATE OR ALTER, on dbo.T");
}

TEST_CASE("changes: a DROP cannot hide: under IF, after RETURN, in dynamic SQL, unparsed") {
  const auto changes = changes_of(
      "IF OBJECT_ID('dbo.A') IS NOT NULL DROP TABLE dbo.A;\n"
      "GO\n"
      "EXEC (N'DROP TABLE dbo.B');\n"
      "EXEC sp_executesql N'DROP TABLE dbo.C';\n"
      "DECLARE @sql nvarchar(max) = N'DROP TABLE dbo.D';\n"
      "EXEC (@sql);\n"
      "SELECT @sql = Body FROM dbo.Scripts;\n"
      "EXEC (@sql);\n"
      "GO\n"
      "RETURN;\n"
      "DROP TABLE dbo.E;\n"
      "GO\n"
      "DROP TABLE dbo.F WIDGET WIDGET;\n");
  const auto h = heads(changes);
  REQUIRE(changes.size() == 8);
  CHECK(h[0] == "drop table dbo.A");
  CHECK(changes[0].conditional);
  CHECK(changes[0].condition == "only under IF or WHILE");
  CHECK(h[1] == "drop table dbo.B");
  CHECK(changes[1].position.line == 3);
  CHECK(h[2] == "drop table dbo.C");
  // A variable whose text is not known where the EXEC runs (assigned from a query here).
  CHECK(h[3] == "not-understood dynamic SQL EXEC");
  CHECK(changes[3].position.line == 6);
  CHECK(h[4] == "not-understood dynamic SQL EXEC");
  CHECK(changes[4].position.line == 8);
  CHECK(h[5] == "drop table dbo.E");
  CHECK(changes[5].condition == "after RETURN");
  CHECK_FALSE(changes[5].conditional);
  // The DROP parsed; the rest of its line did not, and says so.
  CHECK(h[6] == "drop table dbo.F");
  CHECK(changes[6].condition == "in a batch with a statement Preflight could not parse");
  CHECK(h.back() == "not-understood statement ");
  CHECK(changes.back().position.line == 13);
}

TEST_CASE("changes: a :r file that could not be read is listed, not skipped") {
  // Linted allows no folder: the `:r` reads nothing, as when the file is missing.
  const auto changes =
      changes_of("CREATE TABLE dbo.A (Id int);\n:r other.sql\nDROP TABLE dbo.B;\n");
  CHECK(heads(changes) == std::vector<std::string>{"create table dbo.A",
                                                   "not-understood :r file other.sql",
                                                   "drop table dbo.B"});
}

TEST_CASE("changes: history scripts are not part of it") {
  const Linted linted({"CREATE TABLE dbo.Orders (Id int);\nDROP TABLE dbo.Old;\n",
                       "ALTER TABLE dbo.Orders ALTER COLUMN Id bigint;\n"},
                      {}, {}, {}, {}, 1);
  const auto changes = changes_of(linted);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].path == "script1.sql");
  // History still gives the type before.
  CHECK(changes[0].detail == "int → bigint");
}

TEST_CASE("changes: temp tables and table variables change nothing in the database") {
  CHECK(changes_of("CREATE TABLE #t (a int);\nINSERT #t VALUES (1);\nDECLARE @v TABLE (a int);\n"
                   "DELETE @v;\nDROP TABLE #t;\nSELECT 1 AS a INTO #u;\n")
            .empty());
}

TEST_CASE(
    "changes: SQLCMD lines that run what Preflight cannot see are listed, without their text") {
  const auto changes = changes_of(
      "CREATE TABLE dbo.A (Id int);\n"
      ":!! sqlcmd -U sa -P Hunter2 -Q \"DROP DATABASE Shop\"\n"
      ":setvar X 1\n"
      "DROP TABLE dbo.B;\n");
  CHECK(heads(changes) == std::vector<std::string>{"create table dbo.A",
                                                   "not-understood shell command ",
                                                   "drop table dbo.B"});
  for (const Change& c : changes) CHECK(c.detail.find("Hunter2") == std::string::npos);
}

TEST_CASE("changes: dynamic SQL from a variable whose text is known is read where it runs") {
  const auto changes =
      changes_of("DECLARE @sql nvarchar(max) = N'DROP TABLE dbo.D';\nEXEC (@sql);\n");
  CHECK(heads(changes) == std::vector<std::string>{"drop table dbo.D"});
}

TEST_CASE("changes: other object types are named by their type words and name, never a literal") {
  const auto changes = changes_of(
      "CREATE FULLTEXT INDEX ON dbo.Docs (Body) KEY INDEX PK_Docs;\n"
      "CREATE CREDENTIAL c WITH IDENTITY = 'u', SECRET = 'Sup3rS3cret';\n"
      "CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Pw123456!';\n"
      "RESTORE DATABASE Shop FROM DISK = 'D:\\b\\shop.bak';\n"
      "CREATE EXTERNAL DATA SOURCE Lake WITH (LOCATION = 'abfss://x');\n");
  CHECK(heads(changes) ==
        std::vector<std::string>{"create fulltext index dbo.Docs", "create credential c",
                                 "create master key encryption ", "run restore database Shop",
                                 "create external data source Lake"});
  for (const Change& c : changes) {
    for (const char* literal : {"Sup3rS3cret", "Pw123456", "shop.bak", "abfss", "'u'"}) {
      CHECK(c.object.find(literal) == std::string::npos);
      CHECK(c.detail.find(literal) == std::string::npos);
    }
  }
}
