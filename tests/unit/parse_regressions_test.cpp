// Regressions: one minimal example, written here, for each construct that made corpus files fail.
#include "test_support.h"

#include <string>

namespace pf {
namespace {

struct Case {
  const char* sql;
  ast::Kind first_kind;    // kind of the first top-level statement
  std::size_t statements;  // top-level statements in the script (all batches)
};

std::string describe(const ast::Script& script) {
  std::string out;
  ast::walk(script, [&](const ast::Statement& s) {
    out += std::string(ast::kind_name(s.kind));
    if (s.kind == ast::Kind::Unparsed)
      out += "(" + static_cast<const ast::Unparsed&>(s).reason + ")";
    out += ' ';
  });
  return out;
}

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.sql);
    const ast::Script script = test::parse_sql(c.sql);
    CAPTURE(describe(script));
    CHECK(ast::count_statements(script).unparsed == 0);
    std::size_t top = 0;
    for (const ast::Batch& b : script.batches) top += b.statements.size();
    CHECK(top == c.statements);
    REQUIRE(!script.batches.empty());
    REQUIRE(!script.batches[0].statements.empty());
    CHECK(script.batches[0].statements[0]->kind == c.first_kind);
  }
}

TEST_CASE("regressions: blocks, batches and SQLCMD lines") {
  check_cases({
      {"IF 1 = 1\nBEGIN;\n  SELECT 1;\nEND;", ast::Kind::If, 1},
      {"BEGIN TRY; SELECT 1; END TRY\nBEGIN CATCH; THROW; END CATCH;", ast::Kind::TryCatch, 1},
      {"SELECT 1\nGO;\nSELECT 2", ast::Kind::Select, 2},
      {":setvar Env \"prod\"\n:on error exit\nSELECT '$(Env)'\n:r .\\next.sql\n", ast::Kind::Select,
       1},
      {"CREATE PROCEDURE p AS BEGIN ATOMIC WITH (TRANSACTION ISOLATION LEVEL = SNAPSHOT, "
       "LANGUAGE = N'English') SELECT 1 END",
       ast::Kind::CreateProcedure, 1},
      {"SAVE TRANSACTION;", ast::Kind::Transaction, 1},
      {"BEGIN DIALOG CONVERSATION @h FROM SERVICE [a] TO SERVICE 'b' ON CONTRACT [c] WITH "
       "ENCRYPTION = OFF;",
       ast::Kind::OtherStatement, 1},
  });
}

TEST_CASE("regressions: table sources and functions") {
  check_cases({
      {"SELECT c.Content FROM OPENJSON(@j, '$.a') WITH (Content nvarchar(max) '$.c' AS JSON) AS c",
       ast::Kind::Select, 1},
      {"SELECT * FROM OPENROWSET(BULK 'p.dat', DATA_SOURCE = 'blob', FORMATFILE = 'p.fmt') AS r",
       ast::Kind::Select, 1},
      {"SELECT * FROM ::fn_listextendedproperty(NULL, 'user', 'dbo', NULL, NULL, NULL, NULL)",
       ast::Kind::Select, 1},
      {"SELECT * FROM CONTAINSTABLE(dbo.Doc, *, @s, LANGUAGE @lang) AS k", ast::Kind::Select, 1},
      {"SELECT * FROM CHANGETABLE(CHANGES dbo.T, @v) AS c", ast::Kind::Select, 1},
      {"SELECT JSON_OBJECT('a': 1, 'b': NULL ABSENT ON NULL), JSON_VALUE(@j, '$.a' RETURNING int)",
       ast::Kind::Select, 1},
      {"SELECT JSON_QUERY(@j, '$.a' WITH ARRAY WRAPPER)", ast::Kind::Select, 1},
      {"SELECT a FROM t WHERE a IS NOT DISTINCT FROM b", ast::Kind::Select, 1},
      {"SELECT p.$node_id FROM dbo.Person p", ast::Kind::Select, 1},
      {"SELECT @n = tSQLt.Private::CreateUniqueObjectName()", ast::Kind::Select, 1},
      {"SELECT SUM(a) OVER w FROM t", ast::Kind::Select, 1},
      {"SELECT x FROM dbo.P FOR SYSTEM_TIME ALL", ast::Kind::Select, 1},
      // An argument that starts with a word must not make prediction scan the whole call.
      {"SELECT REPLACE(REPLACE(a + b - c, 'x', 'y'), N'-', N'')", ast::Kind::Select, 1},
  });
}

TEST_CASE("regressions: DDL forms") {
  check_cases({
      {"CREATE TABLE t (Id int CONSTRAINT pk PRIMARY KEY CONSTRAINT nn NOT NULL)",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE friends AS EDGE;", ast::Kind::CreateTable, 1},
      {"CREATE TABLE t (a int NOT NULL INDEX ix NONCLUSTERED HASH (a) WITH (BUCKET_COUNT = 64)) "
       "WITH (MEMORY_OPTIMIZED = ON)",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE t (cs xml COLUMN_SET FOR ALL_SPARSE_COLUMNS, d xml(DOCUMENT dbo.S))",
       ast::Kind::CreateTable, 1},
      {"DECLARE @d datetime2 NOT NULL = SYSDATETIME()", ast::Kind::Declare, 1},
      {"CREATE CLUSTERED COLUMNSTORE INDEX cci ON t ORDER (a, b)", ast::Kind::CreateIndex, 1},
      {"CREATE SCHEMA AUTHORIZATION dev", ast::Kind::CreateSchema, 1},
      {"ALTER TABLE t ALTER COLUMN ssn char(11) COLLATE Latin1_General_BIN2 ENCRYPTED WITH "
       "(COLUMN_ENCRYPTION_KEY = k) NOT NULL WITH (ONLINE = ON)",
       ast::Kind::AlterTable, 1},
      {"DROP EXTERNAL TABLE dbo.Ext", ast::Kind::Drop, 1},
      {"DROP ASYMMETRIC KEY k1", ast::Kind::Drop, 1},
      {"ALTER FULLTEXT INDEX ON dbo.T SET CHANGE_TRACKING = AUTO", ast::Kind::OtherStatement, 1},
      {"ALTER CRYPTOGRAPHIC PROVIDER p DISABLE", ast::Kind::OtherStatement, 1},
      {"ALTER SCHEMA hr TRANSFER Person.Address", ast::Kind::OtherStatement, 1},
      {"OPEN MASTER KEY DECRYPTION BY PASSWORD = 'x'", ast::Kind::OtherStatement, 1},
      {"CREATE SECURITY POLICY p ADD BLOCK PREDICATE f(a) ON dbo.T AFTER INSERT WITH (STATE = ON)",
       ast::Kind::OtherStatement, 1},
      {"ALTER DATABASE d SET SINGLE_USER WITH ROLLBACK IMMEDIATE", ast::Kind::AlterDatabase, 1},
      {"UPDATE STATISTICS t1 (a) WITH INCREMENTAL = ON", ast::Kind::UpdateStatistics, 1},
      {"DBCC CHECKDB (db) WITH NO_INFOMSGS, MAXDOP = 8", ast::Kind::Dbcc, 1},
      {"GRANT ALTER ANY AVAILABILITY GROUP TO someone", ast::Kind::Permission, 1},
      {"GRANT ADMINISTER BULK OPERATIONS TO r", ast::Kind::Permission, 1},
      {"CREATE TABLE t (fId int CONSTRAINT fk FOREIGN KEY REFERENCES dbo.u (Id))",
       ast::Kind::CreateTable, 1},
      {"DROP RESOURCE POOL p1", ast::Kind::Drop, 1},
      {"ALTER LOGIN l1 DROP CREDENTIAL cr1", ast::Kind::AlterPrincipal, 1},
      {"ALTER TABLE t1 ALTER COLUMN c1 ADD NOT FOR REPLICATION WITH (ONLINE = ON)",
       ast::Kind::AlterTable, 1},
      {"CREATE TABLE t1 AS FILETABLE WITH (FILETABLE_DIRECTORY = NULL)", ast::Kind::CreateTable, 1},
      {"CREATE TABLE dbo.FriendOf (CONSTRAINT ec CONNECTION (Person TO Person) ON DELETE CASCADE) "
       "AS EDGE",
       ast::Kind::CreateTable, 1},
      {"SELECT p2.name FROM Person p1, friends f, Person p2 WHERE MATCH(p1-(f)->p2 AND p2<-(f)-p1)",
       ast::Kind::Select, 1},
  });
}

TEST_CASE("regressions: one bad statement deep in a procedure costs that statement only") {
  const ast::Script script = test::parse_sql(
      "CREATE PROCEDURE p AS\n"
      "BEGIN\n"
      "  IF @a = 1\n"
      "  BEGIN\n"
      "    FROBNICATE 1 2 3;\n"
      "    DELETE FROM dbo.T;\n"
      "  END\n"
      "  ELSE\n"
      "    WIDGET x\n"
      "  UPDATE dbo.U SET a = 1\n"
      "END\n");
  const ast::StatementCounts counts = ast::count_statements(script);
  CHECK(counts.unparsed == 2);
  std::size_t deletes = 0;
  std::size_t updates = 0;
  ast::walk(script, [&](const ast::Statement& s) {
    deletes += s.kind == ast::Kind::Delete ? 1 : 0;
    updates += s.kind == ast::Kind::Update ? 1 : 0;
  });
  CHECK(deletes == 1);
  CHECK(updates == 1);
  REQUIRE(script.batches[0].statements.size() == 1);
  CHECK(script.batches[0].statements[0]->range.end.line == 11);
}

}  // namespace
}  // namespace pf
