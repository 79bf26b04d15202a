// "Created by the deployment" must be earned (issue "Close every route to a false pass", point 4):
// only a CREATE that certainly took effect, in the same database, under the same name, exempts a
// later DROP, TRUNCATE, DELETE or ALTER.
#include "test_support.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using pf::test::Linted;
namespace model = pf::model;

// The lines of PF101 findings of a one-script deployment.
std::vector<std::uint32_t> drop_lines(const Linted& linted) {
  std::vector<std::uint32_t> lines;
  for (const auto& f : linted.of("PF101")) lines.push_back(f.range.begin.line);
  return lines;
}

std::vector<std::uint32_t> drop_lines(const std::string& sql) { return drop_lines(Linted(sql)); }

using Lines = std::vector<std::uint32_t>;

}  // namespace

TEST_CASE("certainty: a plain CREATE exempts the later DROP") {
  CHECK(drop_lines("CREATE TABLE dbo.Orders (Id int);\nGO\nDROP TABLE dbo.Orders;\n").empty());
}

TEST_CASE("certainty: a CREATE inside TRY or CATCH exempts nothing, unless CATCH re-raises") {
  const Linted in_try(
      "BEGIN TRY\n  CREATE TABLE dbo.Orders (Id int);\nEND TRY\nBEGIN CATCH\n  PRINT 'x';\n"
      "END CATCH;\nDROP TABLE dbo.Orders;\n");
  REQUIRE(drop_lines(in_try) == Lines{7});
  CHECK(in_try.of("PF101")[0].message ==
        "DROP TABLE dbo.Orders destroys the table and its rows (created at script0.sql:2 only "
        "inside TRY, so it may have existed before)");
  CHECK(drop_lines("BEGIN TRY\n  SELECT 1;\nEND TRY\nBEGIN CATCH\n  CREATE TABLE dbo.Orders (Id "
                   "int);\nEND CATCH;\nDROP TABLE dbo.Orders;\n") == Lines{7});
  CHECK(drop_lines("BEGIN TRY\n  CREATE TABLE dbo.Orders (Id int);\nEND TRY\nBEGIN CATCH\n  "
                   "THROW;\nEND CATCH;\nDROP TABLE dbo.Orders;\n")
            .empty());
  // A RETURN before the THROW lets the failure pass silently.
  CHECK(drop_lines("BEGIN TRY\n  CREATE TABLE dbo.Orders (Id int);\nEND TRY\nBEGIN CATCH\n  IF "
                   "@@TRANCOUNT = 0 RETURN;\n  THROW;\nEND CATCH;\nDROP TABLE dbo.Orders;\n") ==
        Lines{8});
}

TEST_CASE("certainty: GOTO in the batch before the CREATE, or a label before it") {
  CHECK(drop_lines(
            "GOTO done;\nCREATE TABLE dbo.Orders (Id int);\ndone:\nDROP TABLE dbo.Orders;\n") ==
        Lines{4});
  CHECK(drop_lines("again:\nCREATE TABLE dbo.Orders (Id int);\nIF @@ERROR <> 0 GOTO again;\nGO\n"
                   "DROP TABLE dbo.Orders;\n") == Lines{5});
  // A GOTO in another batch, or after the CREATE with no label before it, skips nothing.
  CHECK(drop_lines("GOTO x;\nx:\nGO\nCREATE TABLE dbo.Orders (Id int);\nDROP TABLE dbo.Orders;\n")
            .empty());
  CHECK(drop_lines("CREATE TABLE dbo.Orders (Id int);\nGOTO x;\nx:\nDROP TABLE dbo.Orders;\n")
            .empty());
}

TEST_CASE("certainty: RETURN ends the batch, also inside IF") {
  const Linted after("RETURN;\nCREATE TABLE dbo.Orders (Id int);\nGO\nDROP TABLE dbo.Orders;\n");
  REQUIRE(drop_lines(after) == Lines{4});
  CHECK(after.of("PF101")[0].message.find("after RETURN") != std::string::npos);
  CHECK(drop_lines("IF DB_NAME() = 'x' RETURN;\nCREATE TABLE dbo.Orders (Id int);\nGO\nDROP TABLE "
                   "dbo.Orders;\n") == Lines{4});
  CHECK(drop_lines("RETURN;\nGO\nCREATE TABLE dbo.Orders (Id int);\nDROP TABLE dbo.Orders;\n")
            .empty());
  // RETURN inside dynamic SQL ends only the dynamic batch.
  CHECK(drop_lines("EXEC (N'RETURN');\nCREATE TABLE dbo.Orders (Id int);\nDROP TABLE "
                   "dbo.Orders;\n")
            .empty());
}

TEST_CASE("certainty: SET NOEXEC, PARSEONLY and FMTONLY ON span batches and scripts") {
  CHECK(drop_lines("SET NOEXEC ON;\nGO\nCREATE TABLE dbo.Orders (Id int);\nGO\nSET NOEXEC OFF;\n"
                   "GO\nDROP TABLE dbo.Orders;\n") == Lines{7});
  CHECK(drop_lines("SET PARSEONLY ON;\nCREATE TABLE dbo.Orders (Id int);\nSET PARSEONLY OFF;\n"
                   "DROP TABLE dbo.Orders;\n") == Lines{4});
  CHECK(drop_lines("SET NOEXEC ON;\nSET NOEXEC OFF;\nCREATE TABLE dbo.Orders (Id int);\nDROP "
                   "TABLE dbo.Orders;\n")
            .empty());
  // Turned off only under IF: it may still be on.
  CHECK(drop_lines("SET NOEXEC ON;\nIF 1 = 1 SET NOEXEC OFF;\nCREATE TABLE dbo.Orders (Id int);\n"
                   "SET NOEXEC OFF;\nDROP TABLE dbo.Orders;\n") == Lines{5});
  const Linted two({"SET NOEXEC ON;\nCREATE TABLE dbo.Orders (Id int);\n",
                    "SET NOEXEC OFF;\nDROP TABLE dbo.Orders;\n"});
  CHECK(two.of("PF101").size() == 1);
}

TEST_CASE("certainty: names are compared with their database") {
  CHECK(drop_lines("USE Staging;\nGO\nCREATE TABLE dbo.Orders (Id int);\nGO\nUSE Sales;\nGO\n"
                   "DROP TABLE dbo.Orders;\n") == Lines{7});
  CHECK(drop_lines("CREATE TABLE Staging.dbo.Orders (Id int);\nDROP TABLE dbo.Orders;\n") ==
        Lines{2});
  CHECK(drop_lines("CREATE TABLE dbo.Orders (Id int);\nDROP TABLE Staging.dbo.Orders;\n") ==
        Lines{2});
  CHECK(drop_lines("CREATE TABLE dbo.Orders (Id int);\nDROP TABLE Srv.Sales.dbo.Orders;\n") ==
        Lines{2});
  // The first USE selects the deployment's database; back in it, names match again.
  CHECK(drop_lines("USE Sales;\nCREATE TABLE dbo.Orders (Id int);\nUSE Staging;\nUSE Sales;\n"
                   "DROP TABLE dbo.Orders;\nCREATE TABLE dbo.Lines (Id int);\n"
                   "DROP TABLE Sales.dbo.Lines;\n")
            .empty());
  CHECK(drop_lines("CREATE TABLE Staging.dbo.Orders (Id int);\nUSE Staging;\nDROP TABLE "
                   "dbo.Orders;\n")
            .empty());
  // A USE under IF leaves the database unknown.
  CHECK(drop_lines("CREATE TABLE dbo.Orders (Id int);\nIF 1 = 1 USE Other;\nDROP TABLE "
                   "dbo.Orders;\n") == Lines{3});
  // A USE inside dynamic SQL ends with it; a CREATE after it is in that other database.
  CHECK(drop_lines("EXEC (N'USE Other; CREATE TABLE dbo.Orders (Id int);');\nDROP TABLE "
                   "dbo.Orders;\n") == Lines{2});
  CHECK(drop_lines("CREATE TABLE dbo.Orders (Id int);\nEXEC (N'USE Other');\nDROP TABLE "
                   "dbo.Orders;\n")
            .empty());
  // The next script may run in the database the last one switched to, or not.
  const Linted two({"CREATE TABLE dbo.Orders (Id int);\nUSE Other;\n", "DROP TABLE dbo.Orders;\n"});
  CHECK(two.of("PF101").size() == 1);
  // Schemas belong to a database too.
  const Linted schema("CREATE SCHEMA app;\nGO\nUSE Other;\nGO\nDROP SCHEMA app;\n");
  CHECK(schema.of("PF104").size() == 1);
}

TEST_CASE("certainty: a batch with an unparsed statement may not run at all") {
  CHECK(drop_lines("CREATE TABLE dbo.Orders (Id int);\nWIDGET FROB 1;\nGO\nDROP TABLE "
                   "dbo.Orders;\n") == Lines{4});
  CHECK(drop_lines("WIDGET FROB 1;\nGO\nCREATE TABLE dbo.Orders (Id int);\nGO\nDROP TABLE "
                   "dbo.Orders;\n")
            .empty());
}

TEST_CASE("certainty: a ROLLBACK may undo the CREATE; COMMIT keeps it") {
  const Linted rolled(
      "BEGIN TRAN;\nCREATE TABLE dbo.Orders (Id int);\nROLLBACK;\nDROP TABLE dbo.Orders;\n");
  REQUIRE(drop_lines(rolled) == Lines{4});
  CHECK(rolled.of("PF101")[0].message.find("in a transaction rolled back at script0.sql:3") !=
        std::string::npos);
  CHECK(drop_lines("BEGIN TRAN;\nCREATE TABLE dbo.Orders (Id int);\nIF @@ERROR <> 0 ROLLBACK;\n"
                   "COMMIT;\nDROP TABLE dbo.Orders;\n") == Lines{5});
  CHECK(drop_lines("BEGIN TRAN;\nCREATE TABLE dbo.Orders (Id int);\nCOMMIT;\nROLLBACK;\nDROP "
                   "TABLE dbo.Orders;\n")
            .empty());
  // Nested: the inner COMMIT commits nothing, the outer ROLLBACK undoes all.
  CHECK(drop_lines("BEGIN TRAN;\nBEGIN TRAN;\nCREATE TABLE dbo.Orders (Id int);\nCOMMIT;\n"
                   "ROLLBACK;\nDROP TABLE dbo.Orders;\n") == Lines{6});
  CHECK(drop_lines("SET IMPLICIT_TRANSACTIONS ON;\nCREATE TABLE dbo.Orders (Id int);\nROLLBACK;\n"
                   "DROP TABLE dbo.Orders;\n") == Lines{4});
  // The usual wrapper: a failure rolls back and raises the error again, so the deployment stops.
  CHECK(drop_lines("BEGIN TRAN;\nBEGIN TRY\n  CREATE TABLE dbo.Orders (Id int);\nEND TRY\n"
                   "BEGIN CATCH\n  IF @@TRANCOUNT > 0 ROLLBACK;\n  THROW;\nEND CATCH;\nCOMMIT;\n"
                   "DROP TABLE dbo.Orders;\n")
            .empty());
  CHECK(drop_lines("BEGIN TRAN;\nBEGIN TRY\n  CREATE TABLE dbo.Orders (Id int);\nEND TRY\n"
                   "BEGIN CATCH\n  IF @@TRANCOUNT > 0 ROLLBACK;\nEND CATCH;\nCOMMIT;\n"
                   "DROP TABLE dbo.Orders;\n") == Lines{9});
  const Linted open(
      {"BEGIN TRAN;\nCREATE TABLE dbo.Orders (Id int);\n", "DROP TABLE dbo.Orders;\n"});
  CHECK(open.of("PF101").size() == 1);
}

TEST_CASE("certainty: rows switched into a new table are not the deployment's own") {
  const Linted switched(
      "CREATE TABLE dbo.New (Id int);\nALTER TABLE dbo.Orders SWITCH TO dbo.New;\n"
      "DROP TABLE dbo.New;\n");
  REQUIRE(drop_lines(switched) == Lines{3});
  CHECK(switched.of("PF101")[0].message ==
        "DROP TABLE dbo.New destroys the table and its rows (rows were switched into it at "
        "script0.sql:2, so it may hold rows from before)");
  CHECK(Linted("CREATE TABLE dbo.New (Id int);\nALTER TABLE dbo.Orders SWITCH PARTITION 2 TO "
               "dbo.New;\nDELETE FROM dbo.New;\n")
            .of("PF121")
            .size() == 1);
  // Its columns now hold rows from before too.
  CHECK(Linted("CREATE TABLE dbo.New (Id int, Note int);\nALTER TABLE dbo.Orders SWITCH TO "
               "dbo.New;\nALTER TABLE dbo.New DROP COLUMN Note;\n")
            .of("PF102")
            .size() == 1);
  // Re-created after the switch: the deployment's own again.
  CHECK(drop_lines("CREATE TABLE dbo.New (Id int);\nALTER TABLE dbo.Orders SWITCH TO dbo.New;\n"
                   "DROP TABLE dbo.New;\nCREATE TABLE dbo.New (Id int);\nDROP TABLE dbo.New;\n") ==
        Lines{3});
  // From a table the deployment created: its rows are the deployment's own.
  CHECK(drop_lines("CREATE TABLE dbo.Stage (Id int);\nCREATE TABLE dbo.New (Id int);\n"
                   "ALTER TABLE dbo.Stage SWITCH TO dbo.New;\nDROP TABLE dbo.New;\n")
            .empty());
  // The model's final state shows dbo.New, with its columns, as the CREATE made it; the switch
  // does not make dbo.Orders one of the deployment's objects.
  const Linted kept("CREATE TABLE dbo.New (Id int);\nALTER TABLE dbo.Orders SWITCH TO dbo.New;\n");
  const auto objects = kept.deployment().final_state();
  const auto made = std::find_if(objects.begin(), objects.end(),
                                 [](const model::FinalObject& o) { return o.key == "dbo.new"; });
  REQUIRE(made != objects.end());
  CHECK(made->site.location.position.line == 1);
  CHECK_FALSE(made->possibly);
  CHECK(made->columns.size() == 1);
  CHECK(std::none_of(objects.begin(), objects.end(),
                     [](const model::FinalObject& o) { return o.key == "dbo.orders"; }));
}

TEST_CASE("certainty: sp_rename onto a name the deployment dropped brings another table's rows") {
  CHECK(drop_lines("CREATE TABLE dbo.T (Id int);\nDROP TABLE dbo.T;\nEXEC sp_rename 'dbo.Orders', "
                   "'T';\nDROP TABLE dbo.T;\n") == Lines{4});
  CHECK(drop_lines("CREATE TABLE dbo.T (Id int);\nDROP TABLE dbo.T;\nEXEC sp_rename @newname = "
                   "'T', @objname = 'dbo.Orders';\nDROP TABLE dbo.T;\n") == Lines{4});
  CHECK(drop_lines("CREATE TABLE dbo.T (Id int);\nDROP TABLE dbo.T;\nEXEC sp_rename 'dbo.Orders', "
                   "'T', 'OBJECT';\nDROP TABLE dbo.T;\n") == Lines{4});
  // ALTER SCHEMA ... TRANSFER moves a table, rows and all, under another schema.
  const Linted moved(
      "CREATE TABLE app.Orders (Id int);\nDROP TABLE app.Orders;\nGO\nALTER SCHEMA app TRANSFER "
      "dbo.Orders;\nGO\nDROP TABLE app.Orders;\n");
  REQUIRE(drop_lines(moved) == Lines{6});
  CHECK(moved.of("PF404").empty());
  CHECK(drop_lines("CREATE TABLE app.Orders (Id int);\nDROP TABLE app.Orders;\nALTER SCHEMA [app] "
                   "TRANSFER OBJECT::[dbo].[Orders];\nTRUNCATE TABLE app.Orders;\n")
            .empty());
  CHECK(Linted("CREATE TABLE app.Orders (Id int);\nDROP TABLE app.Orders;\nALTER SCHEMA [app] "
               "TRANSFER OBJECT::[dbo].[Orders];\nTRUNCATE TABLE app.Orders;\n")
            .of("PF111")
            .size() == 1);
  // A column rename leaves the table the deployment's own.
  CHECK(drop_lines("CREATE TABLE dbo.T (Id int);\nEXEC sp_rename 'dbo.T.Id', 'Key', 'COLUMN';\n"
                   "DROP TABLE dbo.T;\n")
            .empty());
}

TEST_CASE("certainty: bracketed names with dots are not multi-part names") {
  CHECK(model::object_key(pf::ast::ObjectName{"Prod.dbo", "Orders"}) !=
        model::object_key(pf::ast::ObjectName{"Prod", "dbo", "Orders"}));
  CHECK(model::object_key(pf::ast::ObjectName{"a]b", "c"}) == "[a]]b].c");
  CHECK(drop_lines("CREATE TABLE [Prod.dbo].Orders (Id int);\nDROP TABLE Prod.dbo.Orders;\n") ==
        Lines{2});
  CHECK(drop_lines("CREATE TABLE Prod.dbo.Orders (Id int);\nDROP TABLE [Prod.dbo].Orders;\n") ==
        Lines{2});
  CHECK(drop_lines("CREATE TABLE [Prod.dbo].Orders (Id int);\nDROP TABLE [Prod.dbo].[Orders];\n")
            .empty());
}

TEST_CASE("certainty: names compare case-insensitively unless the policy says case-sensitive") {
  const std::vector<std::string> sql{"CREATE TABLE dbo.orders (Id int);\nDROP TABLE dbo.Orders;\n"};
  CHECK(drop_lines(Linted(sql)).empty());
  model::ModelOptions sensitive;
  sensitive.case_sensitive_names = true;
  CHECK(drop_lines(Linted(sql, {}, {}, {}, sensitive)) == Lines{2});
  CHECK(drop_lines(Linted({"CREATE TABLE dbo.Orders (Id int);\nDROP TABLE dbo.Orders;\n"}, {}, {},
                          {}, sensitive))
            .empty());
  // Indexes of a table: the table's name is compared the same way.
  const Linted index({"CREATE INDEX IX ON dbo.orders (Id);\nDROP INDEX IX ON dbo.Orders;\n"}, {},
                     {}, {}, sensitive);
  CHECK(index.of("PF105").size() == 1);
}

TEST_CASE("certainty: other things that only look like the deployment's own table") {
  CHECK(drop_lines("CREATE TABLE #Orders (Id int);\nDROP TABLE dbo.Orders;\n") == Lines{2});
  CHECK(drop_lines("CREATE PROCEDURE dbo.p AS CREATE TABLE dbo.Orders (Id int);\nGO\nDROP TABLE "
                   "dbo.Orders;\n") == Lines{3});
  CHECK(drop_lines("IF 1 = 0 CREATE TABLE dbo.Orders (Id int);\nDROP TABLE dbo.Orders;\n") ==
        Lines{2});
  CHECK(drop_lines("WHILE 1 = 0 CREATE TABLE dbo.Orders (Id int);\nDROP TABLE dbo.Orders;\n") ==
        Lines{2});
  CHECK(drop_lines("EXEC ('CREATE TABLE dbo.Orders (Id int)') AT Remote;\nDROP TABLE "
                   "dbo.Orders;\n") == Lines{2});
  CHECK(drop_lines("EXEC Other.sys.sp_executesql N'CREATE TABLE dbo.Orders (Id int)';\nDROP TABLE "
                   "dbo.Orders;\n") == Lines{2});
  CHECK(
      drop_lines(":on error ignore\nCREATE TABLE dbo.Orders (Id int);\nDROP TABLE dbo.Orders;\n") ==
      Lines{3});
  CHECK(Linted("CREATE SYNONYM dbo.O FOR dbo.Orders;\nDELETE FROM dbo.O;\n").of("PF121").size() ==
        1);
}

TEST_CASE("certainty: columns, indexes and re-creations follow the same rule") {
  // ADD under IF COL_LENGTH(...) IS NULL: the column may have been there, with data.
  CHECK(Linted("IF COL_LENGTH('dbo.Orders', 'Note') IS NULL ALTER TABLE dbo.Orders ADD Note int;\n"
               "ALTER TABLE dbo.Orders DROP COLUMN Note;\n")
            .of("PF102")
            .size() == 1);
  CHECK(Linted("BEGIN TRY ALTER TABLE dbo.Orders ADD Note int; END TRY BEGIN CATCH END CATCH;\n"
               "ALTER TABLE dbo.Orders DROP COLUMN Note;\n")
            .of("PF102")
            .size() == 1);
  CHECK(Linted("ALTER TABLE dbo.Orders ADD Note int;\nALTER TABLE dbo.Orders DROP COLUMN Note;\n")
            .of("PF102")
            .empty());
  // A table created inside TRY may be the old one, with the old columns.
  CHECK(Linted("BEGIN TRY CREATE TABLE dbo.Orders (Note int); END TRY BEGIN CATCH END CATCH;\n"
               "ALTER TABLE dbo.Orders DROP COLUMN Note;\n")
            .of("PF102")
            .size() == 1);
  CHECK(Linted("BEGIN TRY CREATE INDEX IX ON dbo.Orders (Id); END TRY BEGIN CATCH END CATCH;\n"
               "DROP INDEX IX ON dbo.Orders;\n")
            .of("PF105")
            .size() == 1);
  CHECK(Linted("CREATE INDEX IX ON dbo.Orders (Id);\nDROP INDEX IX ON dbo.Orders;\n")
            .of("PF105")
            .empty());
  // Dropped to be re-created, but the re-creation never runs.
  CHECK(Linted("DROP INDEX IX ON dbo.Orders;\nRETURN;\nCREATE INDEX IX ON dbo.Orders (Id);\n")
            .of("PF105")
            .size() == 1);
  CHECK(Linted("DROP INDEX IX ON dbo.Orders;\nCREATE INDEX IX ON dbo.Orders (Id);\n")
            .of("PF105")
            .empty());
  CHECK(Linted("DROP PROCEDURE dbo.p;\nGO\nSET NOEXEC ON;\nGO\nCREATE PROCEDURE dbo.p AS SELECT "
               "1;\nGO\n")
            .of("PF107")
            .size() == 1);
}
