// Undo scripts (issue 7, item 5): each forward change held against its undo script (PF405), data
// no undo can restore (PF134), and the inverses the model reads from both scripts.
#include "model/rollback.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace pf;

namespace {

// "line object" of each finding of `rule`, in order.
std::vector<std::string> found(const test::Linted& linted, std::string_view rule) {
  std::vector<std::string> out;
  for (const rules::Finding& f : linted.of(rule)) {
    out.push_back(std::to_string(f.range.begin.line) + " " + f.object);
  }
  return out;
}

// A forward script with its undo script, as V1/U1 of a Flyway folder.
test::Linted paired(const std::string& forward, const std::string& undo) {
  return test::Linted({forward}, {}, {test::UndoSql{undo, 0}});
}

std::vector<std::string> missing_objects(const model::UndoReview& review) {
  std::vector<std::string> out;
  for (const model::UndoStep& step : review.missing) out.push_back(step.object);
  return out;
}

}  // namespace

TEST_CASE("undo: every kind of reversible change needs its inverse") {
  const std::string forward =
      "CREATE TABLE dbo.Invoices (Id int);\n"                                       // 1
      "CREATE INDEX IX_Orders_Date ON dbo.Orders (OrderDate);\n"                    // 2
      "GO\nCREATE VIEW dbo.V AS SELECT 1 AS One;\n"                                 // 4
      "GO\nCREATE PROCEDURE dbo.P AS SELECT 1;\n"                                   // 6
      "GO\nCREATE FUNCTION dbo.F() RETURNS int AS BEGIN RETURN 1 END;\n"            // 8
      "GO\nCREATE TRIGGER dbo.Tr ON dbo.Orders AFTER INSERT AS SELECT 1;\n"         // 10
      "GO\nALTER TABLE dbo.Orders ADD Notes nvarchar(100) NULL;\n"                  // 12
      "ALTER TABLE dbo.Orders ADD CONSTRAINT CK_Orders_Total CHECK (Total > 0);\n"  // 13
      "EXEC sp_rename 'dbo.Customers', 'Clients';\n"                                // 14
      "EXEC sp_rename 'dbo.Orders.Total', 'Amount', 'COLUMN';\n"                    // 15
      "GO\nALTER PROCEDURE dbo.Existing AS SELECT 2;\n";                            // 17
  const test::Linted none = paired(forward, "PRINT 'nothing';");
  CHECK(found(none, "PF405") ==
        std::vector<std::string>{"1 dbo.Invoices", "2 dbo.Orders.IX_Orders_Date", "4 dbo.V",
                                 "6 dbo.P", "8 dbo.F", "10 dbo.Tr", "12 dbo.Orders.Notes",
                                 "13 dbo.Orders.CK_Orders_Total", "14 dbo.Customers",
                                 "15 dbo.Orders.Total", "17 dbo.Existing"});
  const std::vector<rules::Finding> first = none.of("PF405");
  REQUIRE_FALSE(first.empty());
  CHECK(first[0].message ==
        "undo script undo0.sql does not reverse this change to dbo.Invoices (expected: DROP TABLE "
        "dbo.Invoices)");
  CHECK(first.back().message ==
        "undo script undo0.sql does not reverse this change to dbo.Existing (expected: ALTER "
        "PROCEDURE dbo.Existing back, or DROP it)");

  // The same inverses, in any order and spelling, some guarded: nothing is missing.
  const std::string undo =
      "ALTER PROCEDURE dbo.Existing AS SELECT 1;\nGO\n"
      "EXEC sys.sp_rename N'[dbo].[Orders].[Amount]', N'Total', N'COLUMN';\n"
      "EXEC sp_rename 'Clients', 'Customers';\n"
      "IF OBJECT_ID(N'dbo.CK_Orders_Total') IS NOT NULL\n"
      "  ALTER TABLE dbo.Orders DROP CONSTRAINT CK_Orders_Total;\n"
      "ALTER TABLE [dbo].[orders] DROP COLUMN IF EXISTS notes;\n"
      "DROP TRIGGER IF EXISTS dbo.Tr;\nDROP FUNCTION dbo.F;\nDROP PROC dbo.P;\nDROP VIEW V;\n"
      "DROP INDEX dbo.Orders.IX_Orders_Date;\nDROP TABLE IF EXISTS dbo.Invoices;\n";
  CHECK(found(paired(forward, undo), "PF405").empty());
}

TEST_CASE("undo: dropping a table undoes what the forward script added to it") {
  const std::string forward =
      "CREATE TABLE dbo.Invoices (Id int);\n"
      "CREATE INDEX IX_Invoices_Id ON dbo.Invoices (Id);\n"
      "ALTER TABLE dbo.Invoices ADD Total money NULL;\n"
      "ALTER TABLE dbo.Invoices ADD CONSTRAINT CK_Total CHECK (Total >= 0);\n"
      "ALTER TABLE dbo.Orders ADD InvoiceId int NULL;\n";
  const test::Linted linted = paired(forward, "DROP TABLE dbo.Invoices;");
  CHECK(found(linted, "PF405") == std::vector<std::string>{"5 dbo.Orders.InvoiceId"});
}

TEST_CASE("undo: a rename must be renamed back to the old name, on the renamed object") {
  const std::string forward = "EXEC sp_rename 'dbo.Orders.Total', 'Amount', 'COLUMN';";
  CHECK(found(paired(forward, "EXEC sp_rename 'Orders.Amount', 'Total', 'COLUMN';"), "PF405")
            .empty());
  // Renamed back on another table, or to another name: still missing.
  CHECK(found(paired(forward, "EXEC sp_rename 'dbo.Invoices.Amount', 'Total', 'COLUMN';"),
              "PF405") == std::vector<std::string>{"1 dbo.Orders.Total"});
  CHECK(found(paired(forward, "EXEC sp_rename 'dbo.Orders.Amount', 'Totals', 'COLUMN';"),
              "PF405") == std::vector<std::string>{"1 dbo.Orders.Total"});
}

TEST_CASE("undo: statements inside module bodies and ALTER COLUMN need no inverse") {
  const std::string forward =
      "CREATE OR ALTER PROCEDURE dbo.Rebuild AS BEGIN CREATE TABLE dbo.Work (Id int); END;\nGO\n"
      "ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(100);\n"
      "INSERT INTO dbo.Orders (Id) VALUES (1);\n";
  // The module itself is redefined by the undo; its body's CREATE TABLE runs only when called.
  CHECK(found(paired(forward, "DROP PROCEDURE dbo.Rebuild;"), "PF405").empty());
}

TEST_CASE("undo: a guarded forward change needs a guarded inverse too") {
  const std::string forward =
      "IF OBJECT_ID(N'dbo.Invoices') IS NULL\n  CREATE TABLE dbo.Invoices (Id int);\n";
  CHECK(found(paired(forward, "PRINT 'x';"), "PF405") ==
        std::vector<std::string>{"2 dbo.Invoices"});
  CHECK(found(paired(forward, "DROP TABLE IF EXISTS dbo.Invoices;"), "PF405").empty());
}

TEST_CASE("undo: a forward script without an undo script, while others have one") {
  const test::Linted linted(
      {"CREATE TABLE dbo.A (Id int);", "CREATE TABLE dbo.B (Id int);", "DROP TABLE dbo.Legacy;"},
      {}, {test::UndoSql{"DROP TABLE dbo.A;", 0}}, {{1, "U2__*.sql"}, {2, "U3__*.sql"}});
  const std::vector<rules::Finding> missing = linted.of("PF405");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].script_index == 1);
  CHECK(missing[0].message ==
        "no undo script reverses this change to dbo.B (U2__*.sql is missing; expected: DROP "
        "TABLE dbo.B)");
  const std::vector<rules::Finding> lost = linted.of("PF134");
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].script_index == 2);
  CHECK(lost[0].message ==
        "DROP TABLE dbo.Legacy destroys its rows; no undo script (U3__*.sql) could restore them");
}

TEST_CASE("undo: without undo scripts in the deployment neither rule speaks") {
  const test::Linted linted("CREATE TABLE dbo.A (Id int);\nDROP TABLE dbo.Legacy;");
  CHECK(linted.of("PF405").empty());
  CHECK(linted.of("PF134").empty());
  CHECK_FALSE(linted.deployment().expects_undo(0));
}

TEST_CASE("undo: data loss is judged with the deployment's model") {
  const std::string forward =
      "CREATE TABLE dbo.Scratch (Id int, Note varchar(50));\nGO\n"    // 1
      "ALTER TABLE dbo.Scratch DROP COLUMN Note;\n"                   // 3
      "TRUNCATE TABLE dbo.Scratch;\n"                                 // 4
      "DROP TABLE dbo.Scratch;\n"                                     // 5
      "TRUNCATE TABLE #work;\n"                                       // 6
      "ALTER TABLE dbo.Orders ADD Code varchar(10) NULL;\n"           // 7
      "ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(5);\n"        // 8
      "ALTER TABLE dbo.Customers ALTER COLUMN Email varchar(100);\n"  // 9
      "ALTER TABLE dbo.Customers DROP COLUMN Fax;\n";                 // 10
  const test::Linted linted({forward}, {"CREATE TABLE dbo.Customers (Email nvarchar(320));"},
                            {test::UndoSql{"PRINT 'undo';", 0}});
  // Created by the deployment (lines 3-5, 7-8) or temporary (6): nothing from before is lost.
  CHECK(found(linted, "PF134") ==
        std::vector<std::string>{"9 dbo.Customers.Email", "10 dbo.Customers.Fax"});
}

TEST_CASE("undo: review_undo lists the missing inverses in forward order") {
  const ast::Script& forward = test::parse_kept(
      "CREATE TABLE dbo.A (Id int);\nCREATE TABLE dbo.B (Id int);\nDROP TABLE dbo.C;\n");
  const ast::Script& undo = test::parse_kept("DROP TABLE dbo.A;");
  const source::SourceFile forward_file = test::source_of("", "V1__x.sql");
  const source::SourceFile undo_file = test::source_of("", "U1__x.sql");
  const model::ScriptInput forward_input{&forward_file, &forward};
  const model::ScriptInput undo_input{&undo_file, &undo};
  const model::UndoReview review = model::review_undo(forward_input, &undo_input);
  CHECK(missing_objects(review) == std::vector<std::string>{"dbo.B"});
  REQUIRE(review.unrestorable.size() == 1);
  CHECK(review.unrestorable[0].object == "dbo.C");
  CHECK(review.unrestorable[0].loss == model::Loss::Table);
  CHECK(missing_objects(model::review_undo(forward_input, nullptr)) ==
        std::vector<std::string>{"dbo.A", "dbo.B"});
}
