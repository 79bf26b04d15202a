// Regressions: one minimal example, written here, for each construct that made corpus files fail.
#include "test_support.h"

#include <string>
#include <vector>

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
    const std::string sql = c.sql;
    CAPTURE(sql);
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
      {"SELECT\x01\x1f 1\nSELECT\u0085\u2028\u202F\u205F 2", ast::Kind::Select, 2},
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
      {"SELECT * FROM .db..t1 WHERE t1.c1 > 1", ast::Kind::Select, 1},
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

TEST_CASE("regressions: tables, indexes and data types") {
  check_cases({
      {"CREATE TABLE t (c1 CHAR VARYING(10), c2 CHARACTER VARYING, c3 NATIONAL CHARACTER "
       "VARYING(5), "
       "c4 NATIONAL CHAR(2), c5 DOUBLE PRECISION, c6 varchar(max))",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE g (timestamp NOT NULL PRIMARY KEY, CHECK (1 < 2)) TEXTIMAGE_ON [default]",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE t (c INT INDEX ix NONCLUSTERED (c) INCLUDE (d) WHERE c > 10, d INT)",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE t (c INT, INDEX ix (c) WITH (PAD_INDEX = ON) ON fg FILESTREAM_ON fs)",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE t (c INT PRIMARY KEY NONCLUSTERED NOT ENFORCED, d INT UNIQUE NOT ENFORCED)",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE t (c1 INT CONSTRAINT k PRIMARY KEY WITH sorted_data fillfactor = 1 ON g)",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE dbo.T1 (c1, c2) WITH (DISTRIBUTION = ROUND_ROBIN) AS SELECT a, b FROM t",
       ast::Kind::CreateTable, 1},
      {"CREATE TABLE t1 (c1 bigint PRIMARY KEY) FEDERATED ON (c1 = c1)", ast::Kind::CreateTable, 1},
      {"ALTER TABLE t1 ALTER COLUMN c1 varbinary(85) GENERATED ALWAYS AS SUSER_SID START HIDDEN "
       "NOT NULL",
       ast::Kind::AlterTable, 1},
      {"ALTER TABLE t1 ALTER COLUMN c1 xml COLUMN_SET FOR ALL_SPARSE_COLUMNS NULL",
       ast::Kind::AlterTable, 1},
      {"ALTER TABLE t1 ALTER INDEX i1 REBUILD WITH (BUCKET_COUNT = 1)", ast::Kind::AlterTable, 1},
      {"ALTER TABLE t1 DROP INDEX i1", ast::Kind::AlterTable, 1},
      {"ALTER TABLE T MERGE RANGE ('2004-01-01');\nALTER TABLE T SPLIT RANGE (10)",
       ast::Kind::AlterTable, 2},
      {"ALTER TABLE s SWITCH TO t WITH WAIT_AT_LOW_PRIORITY (MAX_DURATION = 0 MINUTES, "
       "ABORT_AFTER_WAIT = NONE)",
       ast::Kind::AlterTable, 1},
      {"CREATE INDEX i ON t (c) WITH pad_index, fillfactor = 23, sort_in_tempdb ON [default]",
       ast::Kind::CreateIndex, 1},
      {"CREATE INDEX i ON t (c) WITH DATA_COMPRESSION = ROW ON PARTITIONS (2, 4 TO 8)",
       ast::Kind::CreateIndex, 1},
      {"ALTER INDEX sxi ON t1 WITH XMLNAMESPACES ('x' AS ns) FOR (ADD p = '/a' AS XQUERY "
       "'xs:string', "
       "REMOVE p2)",
       ast::Kind::AlterIndex, 1},
      {"CREATE FUNCTION f() RETURNS TABLE (c1 int) ORDER (c1 ASC) AS EXTERNAL NAME a.c.f",
       ast::Kind::CreateFunction, 1},
      {"CREATE SEQUENCE s START WITH 1 AS INT NO CACHE NO CYCLE", ast::Kind::Sequence, 1},
      {"UPDATE STATISTICS t (s) WITH FULLSCAN, RESAMPLE ON PARTITIONS (1, 3 TO 7);\n"
       "UPDATE STATISTICS t (c) WITH ALL;\nUPDATE STATISTICS t (c) WITH SAMPLE 11 ROWS, INDEX",
       ast::Kind::UpdateStatistics, 3},
      {"BULK INSERT dbo.t1 FROM someFile\nBULK INSERT v1 FROM 11", ast::Kind::BulkInsert, 2},
      {"INSERT BULK dbo.t1 (c1 int NOT NULL, c2 char, timestamp) WITH (KEEPNULLS)",
       ast::Kind::BulkInsert, 1},
  });
}

TEST_CASE("regressions: DROP of every object kind is a Drop") {
  check_cases({
      {"DROP DATABASE AUDIT SPECIFICATION s", ast::Kind::Drop, 1},
      {"DROP SERVER AUDIT SPECIFICATION s", ast::Kind::Drop, 1},
      {"DROP DATABASE SCOPED CREDENTIAL c", ast::Kind::Drop, 1},
      {"DROP MASTER KEY;\nDROP DATABASE ENCRYPTION KEY", ast::Kind::Drop, 2},
      {"DROP FULLTEXT INDEX ON dbo.t", ast::Kind::Drop, 1},
      {"DROP EXTERNAL LIBRARY lib AUTHORIZATION u", ast::Kind::Drop, 1},
      {"DROP EXTERNAL LANGUAGE l AUTHORIZATION u", ast::Kind::Drop, 1},
      {"DROP SEARCH PROPERTY LIST spl1\nDROP REMOTE SERVICE BINDING b", ast::Kind::Drop, 2},
      {"DROP EVENT NOTIFICATION n ON DATABASE\nDROP FEDERATION f", ast::Kind::Drop, 2},
      {"DROP ASYMMETRIC KEY k1 REMOVE PROVIDER KEY", ast::Kind::Drop, 1},
      {"DROP TABLE t RESTRICT;\nDROP TABLE t CASCADE", ast::Kind::DropTable, 2},
      {"DROP VIEW v CASCADE", ast::Kind::Drop, 1},
      // Signatures and classifications hold no data: OtherStatement.
      {"DROP SIGNATURE FROM dbo.p BY CERTIFICATE c", ast::Kind::OtherStatement, 1},
      {"DROP SENSITIVITY CLASSIFICATION FROM t.c1, t.c2", ast::Kind::OtherStatement, 1},
      {"ADD SENSITIVITY CLASSIFICATION TO t.c1 WITH (LABEL = 'x')", ast::Kind::OtherStatement, 1},
  });
  const ast::Script script = test::parse_sql("DROP FULLTEXT INDEX ON dbo.t\nDROP MASTER KEY");
  const auto& fulltext = static_cast<const ast::Drop&>(*script.batches[0].statements[0]);
  CHECK(fulltext.object_type == "FULLTEXT INDEX");
  REQUIRE(fulltext.targets.size() == 1);
  CHECK(fulltext.targets[0].name.display() == "dbo.t");
  const auto& master = static_cast<const ast::Drop&>(*script.batches[0].statements[1]);
  CHECK(master.object_type == "MASTER KEY");
  CHECK(master.targets.empty());
}

TEST_CASE("regressions: server and security objects with ADD and DROP inside") {
  check_cases({
      {"ALTER SERVER AUDIT SPECIFICATION s FOR SERVER AUDIT a ADD (X_GROUP), DROP (Y_GROUP) WITH "
       "(STATE = ON)",
       ast::Kind::OtherStatement, 1},
      {"ALTER DATABASE AUDIT SPECIFICATION s ADD (SELECT ON t1 BY dbo), DROP (INSERT, UPDATE ON t1 "
       "BY dbo)",
       ast::Kind::AlterDatabase, 1},
      {"ALTER EVENT SESSION s ON SERVER DROP EVENT a.b, DROP TARGET c.d WITH (MAX_MEMORY = 4 KB)",
       ast::Kind::OtherStatement, 1},
      {"ALTER SECURITY POLICY p DROP FILTER PREDICATE ON dbo.t1, ADD FILTER PREDICATE dbo.f(c) ON "
       "dbo.t2, ALTER BLOCK PREDICATE dbo.g(c) ON dbo.t3 AFTER INSERT",
       ast::Kind::OtherStatement, 1},
      {"ALTER SECURITY POLICY p DROP NOT FOR REPLICATION", ast::Kind::OtherStatement, 1},
      {"ALTER FULLTEXT INDEX ON t DROP (c1, c2) WITH NO POPULATION", ast::Kind::OtherStatement, 1},
      {"ALTER FULLTEXT INDEX ON t ALTER COLUMN c DROP STATISTICAL_SEMANTICS",
       ast::Kind::OtherStatement, 1},
      {"ALTER FULLTEXT STOPLIST s DROP 'sw' LANGUAGE 1033;\nALTER FULLTEXT STOPLIST s DROP ALL",
       ast::Kind::OtherStatement, 2},
      {"ALTER COLUMN ENCRYPTION KEY k DROP VALUE (COLUMN_MASTER_KEY = m)",
       ast::Kind::OtherStatement, 1},
      {"ALTER SYMMETRIC KEY k DROP ENCRYPTION BY CERTIFICATE c", ast::Kind::OtherStatement, 1},
      {"ALTER FEDERATION f DROP AT (LOW k1 = 20)", ast::Kind::OtherStatement, 1},
      {"ALTER AVAILABILITY GROUP ag GRANT CREATE ANY DATABASE", ast::Kind::OtherStatement, 1},
      {"COPY INTO dbo.t FROM 'https://a/b.csv', 'https://a/c.csv' WITH (FILE_TYPE = 'CSV')",
       ast::Kind::OtherStatement, 1},
      {"DBCC SHRINKLOG (SIZE = 100 MB)\nDBCC x WITH STAT_HEADER JOIN DENSITY_VECTOR",
       ast::Kind::Dbcc, 2},
      {"KILL QUERY NOTIFICATION SUBSCRIPTION ALL\nKILL STATS JOB 53\nKILL -12 WITH STATUSONLY",
       ast::Kind::Kill, 3},
      {"SHUTDOWN WITH NOWAIT", ast::Kind::OtherStatement, 1},
      {"RENAME OBJECT :: dbo.[T1] TO T2", ast::Kind::OtherStatement, 1},
      {"COPY INTO t (c1 DEFAULT 'x' 1, c2 DEFAULT 1 3) FROM 'https://a/t.txt'",
       ast::Kind::OtherStatement, 1},
      {"USE FEDERATION f1 (d1 = 20) WITH FILTERING = ON, RESET", ast::Kind::OtherStatement, 1},
      {"GRANT EXECUTE ON EXTERNAL MODEL::m TO analyst;\nDENY SELECT ON t2 TO NULL",
       ast::Kind::Permission, 2},
  });
}

// SLL prediction must be able to end a statement at the end of a batch: whether `c` is a third
// word of the object type or the name is only known from what follows it.
TEST_CASE("regressions: a DROP whose type has a word for a name ends at the end of a batch") {
  for (const std::string sql : {"DROP CERTIFICATE c", "DROP CERTIFICATE c\nGO\n",
                                "DROP SERVER AUDIT a", "DROP RESOURCE POOL p"}) {
    CAPTURE(sql);
    const ast::Script& script = test::parse_kept(sql);
    CAPTURE(describe(script));
    REQUIRE(script.batches[0].statements.size() == 1);
    CHECK(script.batches[0].statements[0]->kind == ast::Kind::Drop);
    CHECK_FALSE(script.batches[0].needed_full_ll);
  }
}

// The DROP shapes an option run takes in are never a statement's start: a real DROP on the next
// line stays its own statement, so the drop rules see it.
TEST_CASE("regressions: a DROP after an option run with DROP inside is its own statement") {
  const char* scripts[] = {
      "ALTER SERVER AUDIT SPECIFICATION s DROP (X_GROUP)\nDROP TABLE t",
      "ALTER DATABASE AUDIT SPECIFICATION s DROP (X_GROUP)\nDROP TABLE t",
      "ALTER EVENT SESSION s ON SERVER DROP EVENT a.b\nDROP TABLE t",
      "ALTER SECURITY POLICY p DROP FILTER PREDICATE ON dbo.t1\nDROP TABLE t",
      "ALTER FULLTEXT STOPLIST s DROP ALL\nDROP TABLE t",
      "ALTER SYMMETRIC KEY k DROP ENCRYPTION BY CERTIFICATE c\nDROP TABLE t",
      "ALTER FULLTEXT INDEX ON x ALTER COLUMN c DROP STATISTICAL_SEMANTICS\nDROP TABLE t",
  };
  for (const std::string sql : scripts) {
    CAPTURE(sql);
    const ast::Script script = test::parse_sql(sql);
    CAPTURE(describe(script));
    CHECK(ast::count_statements(script).unparsed == 0);
    REQUIRE(script.batches[0].statements.size() == 2);
    CHECK(script.batches[0].statements[1]->kind == ast::Kind::DropTable);
  }
  // DROP statements whose type is a plain word do not match the DROP shapes of an option run.
  const char* drops[] = {
      "ALTER SCHEMA s TRANSFER dbo.t\nDROP ASSEMBLY a",
      "ALTER FULLTEXT CATALOG c REBUILD\nDROP EVENT NOTIFICATION n ON DATABASE",
      "ALTER EVENT SESSION s ON SERVER ADD EVENT a.b\nDROP EVENT SESSION s2 ON SERVER",
      "CREATE CERTIFICATE c FROM FILE = 'x'\nDROP CERTIFICATE c2",
  };
  for (const std::string sql : drops) {
    CAPTURE(sql);
    const ast::Script script = test::parse_sql(sql);
    CAPTURE(describe(script));
    REQUIRE(script.batches[0].statements.size() == 2);
    CHECK(script.batches[0].statements[1]->kind == ast::Kind::Drop);
  }
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

// Leading dots are read before table names, DML targets and insert columns only (the grammar's
// `qualifiedName` says why); they omit the server and database, as a name without them does.
TEST_CASE("regressions: leading dots before a table name omit its first parts") {
  const ast::Script script = test::parse_sql("INSERT .db..t1 (..c1, .c2) SELECT a FROM ..t2");
  CHECK(ast::count_statements(script).unparsed == 0);
  REQUIRE(script.batches.size() == 1);
  REQUIRE(script.batches[0].statements.size() == 1);
  REQUIRE(script.batches[0].statements[0]->kind == ast::Kind::Insert);
  const auto& insert = static_cast<const ast::Insert&>(*script.batches[0].statements[0]);
  CHECK(insert.target.parts() == std::vector<std::string>{"db", "", "t1"});
}

TEST_CASE("regressions: a leading-dot column in an expression is unparsed, not misread") {
  const ast::Script script = test::parse_sql("SELECT ..t1.c1 FROM t1");
  CHECK(ast::count_statements(script).unparsed == 1);
}

}  // namespace
}  // namespace pf
