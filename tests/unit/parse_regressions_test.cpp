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

TEST_CASE("regressions: query and expression forms") {
  check_cases({
      {"SELECT TOP 10.5 PERCENT * FROM t ORDER BY a", ast::Kind::Select, 1},
      {"SELECT TOP 10 WITH APPROXIMATE * FROM t ORDER BY a", ast::Kind::Select, 1},
      {"SELECT '1' || '2', 1 << 2 >> 1", ast::Kind::Select, 1},
      {"UPDATE t1 SET @a ||= 'x'", ast::Kind::Update, 1},
      {"SELECT c AT TIME ZONE 'UTC' AT TIME ZONE tz FROM t", ast::Kind::Select, 1},
      {"SELECT SUM(a) OVER w1 FROM t WINDOW w1 AS (PARTITION BY b), w2 AS (w1 ORDER BY c)",
       ast::Kind::Select, 1},
      {"SELECT FIRST_VALUE(a) IGNORE NULLS OVER (ORDER BY b), LAST_VALUE(a RESPECT NULLS) OVER () "
       "FROM t",
       ast::Kind::Select, 1},
      {"SELECT * FROM t WHERE ID = ?", ast::Kind::Select, 1},
      {"SELECT {fn convert(@a, sql_int)}, {fn database()}, {d '2020-01-01'}", ast::Kind::Select, 1},
      {"SELECT a FROM t1, t2 WHERE t1.a *= t2.a AND t1.b =* t2.b", ast::Kind::Select, 1},
      {"SELECT JSON_ARRAY('a', 1, NULL ON NULL), JSON_ARRAYAGG(v ORDER BY v) FROM t",
       ast::Kind::Select, 1},
      {"SELECT AI_GENERATE_EMBEDDINGS(N'text' USE MODEL m1)", ast::Kind::Select, 1},
      {"SELECT TRIM(LEADING 'x' FROM @s)", ast::Kind::Select, 1},
      {"SELECT * FROM t WHERE CONTAINS((t.*), 'x') AND FREETEXT((a, b), 'y', LANGUAGE 1033)",
       ast::Kind::Select, 1},
      {"SELECT * FROM CONTAINSTABLE(t, *, 'x', LANGUAGE N'English') AS k", ast::Kind::Select, 1},
      {"SELECT * FROM .db..t1 WHERE ..t1.c1 > 1", ast::Kind::Select, 1},
      {"WITH CHANGE_TRACKING_CONTEXT (0xff) INSERT @v DEFAULT VALUES", ast::Kind::Insert, 1},
      {"SELECT * FROM t1 EXCEPT ALL SELECT * FROM t2", ast::Kind::Select, 1},
      {"SELECT a INTO t2 ON fg FROM t1 GROUP BY a WITH (DISTRIBUTED_AGG), b", ast::Kind::Select, 1},
      {"SELECT CAST FROM (SELECT 1 AS CAST) t", ast::Kind::Select, 1},
      {"SELECT * FROM T FOR SYSTEM_TIME AS OF @t AS X TABLESAMPLE(100) WITH (TABLOCK)",
       ast::Kind::Select, 1},
      {"SELECT * FROM OPENXML(@h, '/r', 1) WITH T1", ast::Kind::Select, 1},
      {"SELECT a.* FROM OPENROWSET('Microsoft.Jet.OLEDB.4.0', 'C:\\n.mdb';'admin';'pw', T) AS a",
       ast::Kind::Select, 1},
      {"SELECT CASE WHEN 1 > = 1 AND 1 < = 2 AND 1 < > 2 AND 1 ! = 2 AND 1 ! < 2 THEN 1 END",
       ast::Kind::Select, 1},
      {"SELECT {fn truncate(10 + 12, @b)}, {fn user()}, {fn extract(hour FROM getdate())}",
       ast::Kind::Select, 1},
      {"SELECT * FROM N, E WHERE MATCH(LAST_NODE(a) = LAST_NODE(b) AND SHORTEST_PATH(N "
       "(-(E)->N2)+))",
       ast::Kind::Select, 1},
      {"SELECT * FROM N, E, N2 WHERE MATCH(SHORTEST_PATH(N (-(E)->N2)+) AND N-(E)->N2)",
       ast::Kind::Select, 1},
      {"SELECT STRING_AGG(N2.a, '->') WITHIN GROUP (GRAPH PATH) FROM N, E FOR PATH AS E, N FOR "
       "PATH "
       "AS N2 WHERE MATCH(SHORTEST_PATH((N-(E)->){1,3} N2))",
       ast::Kind::Select, 1},
      {"SELECT * FROM PREDICT(MODEL = @m, DATA = dbo.t AS d) WITH (p float NOT NULL) AS p",
       ast::Kind::Select, 1},
      {"SELECT * FROM VECTOR_SEARCH(TABLE = t AS s, COLUMN = e, SIMILAR_TO = @v, METRIC = "
       "'cosine', "
       "TOP_N = 5) AS r",
       ast::Kind::Select, 1},
      {"SELECT * FROM OPENROWSET(BULK 'f', FORMATFILE = 'ff', ORDER (c1 ASC) UNIQUE) AS a",
       ast::Kind::Select, 1},
      {"SELECT a FROM t ORDER BY a FETCH APPROXIMATE NEXT 20 ROWS ONLY", ast::Kind::Select, 1},
      {"SELECT (c1).Prop COLLATE Latin1_General_BIN, {fn insert(@a, 1, 2, 'x')}", ast::Kind::Select,
       1},
      {"SELECT * FROM OPENJSON(@j) WITH (c nvarchar(max) COLLATE Latin1_General_BIN2 '$.c')",
       ast::Kind::Select, 1},
      {"INSERT INTO t2 VALUES (1) OPTION (MAXDOP 2)", ast::Kind::Insert, 1},
      // SQL Server skips control characters and Unicode spaces such as U+202F between tokens.
      {"SELECT\x01 1\xe2\x80\xaf AS a", ast::Kind::Select, 1},
  });
}

TEST_CASE("regressions: DML targets and procedural forms") {
  check_cases({
      {"UPDATE t1 SET @a = c1 += 1, @b = a.b = 23", ast::Kind::Update, 1},
      {"UPDATE OPENQUERY(srv, 'SELECT a FROM t') SET a = 1", ast::Kind::Update, 1},
      {"DELETE OPENDATASOURCE('SQLNCLI', 'Data Source=s').db.dbo.t WHERE a = 1", ast::Kind::Delete,
       1},
      {"INSERT OPENQUERY(srv, 'SELECT a FROM t') VALUES (1)", ast::Kind::Insert, 1},
      {"DELETE dbo.f1()", ast::Kind::Delete, 1},
      {"EXEC OPENDATASOURCE('SQLNCLI', 'Data Source=s').db.dbo.p", ast::Kind::Execute, 1},
      {"EXECUTE ('SELECT ?', @v OUTPUT) AT linked", ast::Kind::Execute, 1},
      {"EXECUTE ('SELECT 1') AT DATA_SOURCE ds", ast::Kind::Execute, 1},
      {"EXECUTE ('sp_who2') AS USER = 'dbo' WITH RESULT SETS UNDEFINED", ast::Kind::Execute, 1},
      {"EXEC p WITH RESULT SETS NONE", ast::Kind::Execute, 1},
      {"DECLARE @c CURSOR LOCAL FAST_FORWARD FOR SELECT a FROM t FOR UPDATE",
       ast::Kind::DeclareCursor, 1},
      {"DECLARE c INSENSITIVE SCROLL CURSOR FOR SELECT a FROM t", ast::Kind::DeclareCursor, 1},
      {"DECLARE @t1 int = -10 + 1, @t3 AS CURSOR = @other", ast::Kind::Declare, 1},
      {"raiserror 721350 \"Fehler %1!.\", @err", ast::Kind::Raiserror, 1},
      {"PRINT \"Error: %1!\", @a", ast::Kind::Print, 1},
      {"BEGIN TRAN t1 WITH MARK @desc", ast::Kind::Transaction, 1},
      {"WAITFOR (RECEIVE TOP (1) @h = conversation_handle FROM dbo.Q), TIMEOUT 3000",
       ast::Kind::WaitFor, 1},
      {"WAITFOR (GET CONVERSATION GROUP @g FROM dbo.Q)", ast::Kind::WaitFor, 1},
      {"GET CONVERSATION GROUP @g FROM dbo.Q", ast::Kind::OtherStatement, 1},
      {"SEND ON CONVERSATION (@h1, @h2) MESSAGE TYPE [//m] (@body)", ast::Kind::OtherStatement, 1},
      {"END CONVERSATION @h WITH ERROR = 1 DESCRIPTION = 'x'", ast::Kind::OtherStatement, 1},
      {"END CONVERSATION @h WITH CLEANUP", ast::Kind::OtherStatement, 1},
      {"MOVE CONVERSATION @h TO @g", ast::Kind::OtherStatement, 1},
      {"BEGIN CONVERSATION TIMER (@h) TIMEOUT = 120", ast::Kind::OtherStatement, 1},
      {"READTEXT t1.c1 @ptr 1 25 HOLDLOCK", ast::Kind::OtherStatement, 1},
      {"USE FEDERATION f1 (d1 = 20) WITH FILTERING = ON, RESET", ast::Kind::OtherStatement, 1},
      {"USE FEDERATION ROOT WITH RESET", ast::Kind::OtherStatement, 1},
      {"RECEIVE TOP (1) * FROM dbo.Q", ast::Kind::OtherStatement, 1},
      {"SETUSER @u WITH NORESET\nSETUSER", ast::Kind::OtherStatement, 2},
      {"SELECT * FROM t WITH (FORCESEEK(1(c1))) WHERE c1 = 0", ast::Kind::Select, 1},
      {"WRITETEXT t1.c1 100 'hello'", ast::Kind::OtherStatement, 1},
      {"DECLARE c CURSOR FOR SELECT a FROM t FOR UPDATE OF a", ast::Kind::DeclareCursor, 1},
      {"WRITETEXT BULK t1.c1 @ptr WITH LOG 'hi'", ast::Kind::OtherStatement, 1},
      {"READTEXT t1.c1 @p 1 2\nREADTEXT ..t1.c1 0xAB 1 2", ast::Kind::OtherStatement, 2},
      {"UPDATETEXT t1.c1 @ptr NULL 0 t2.c2 @ptr2", ast::Kind::OtherStatement, 1},
  });
}

TEST_CASE("regressions: DML as a table source is a child statement that rules see") {
  const ast::Script script =
      test::parse_sql("INSERT INTO t1 SELECT id FROM (DELETE FROM t2 OUTPUT deleted.id) AS d (id)");
  CHECK(ast::count_statements(script).unparsed == 0);
  REQUIRE(script.batches[0].statements.size() == 1);
  const ast::Statement& insert = *script.batches[0].statements[0];
  CHECK(insert.kind == ast::Kind::Insert);
  REQUIRE(insert.dml_sources.size() == 1);
  const ast::Statement& del = *insert.dml_sources[0];
  CHECK(del.kind == ast::Kind::Delete);
  CHECK_FALSE(static_cast<const ast::Delete&>(del).has_where);
  // The outer statement names only its own tables; the DELETE names t2.
  for (const ast::TableReference& r : insert.table_references) CHECK(r.name.display() != "t2");
  REQUIRE(del.table_references.size() == 1);
  CHECK(del.table_references[0].name.display() == "t2");
  std::size_t deletes = 0;
  ast::walk(script, [&](const ast::Statement& s) { deletes += s.kind == ast::Kind::Delete; });
  CHECK(deletes == 1);
  check_cases({
      {"SELECT * FROM (MERGE t USING s ON t.a = s.a WHEN MATCHED THEN DELETE OUTPUT $action) AS m "
       "(a)",
       ast::Kind::Select, 1},
      {"SELECT * FROM (UPDATE t SET a = 1 OUTPUT inserted.a) AS u", ast::Kind::Select, 1},
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
