// DML and expressions: queries, table references with hints, INSERT/UPDATE/DELETE/MERGE.
#include "test_support.h"

namespace pf {
namespace {

using test::only_statement;

// Keeps each script alive, so a statement reference taken from it stays valid.
const auto& parse_sql = test::parse_kept;

std::vector<std::string> hints_of(const ast::Statement& s, std::string_view table) {
  for (const ast::TableReference& r : s.table_references) {
    if (r.name.object() == table) return {r.hints.begin(), r.hints.end()};
  }
  FAIL("no reference to " << std::string(table));
  return {};
}

TEST_CASE("table hints in every form, subqueries included") {
  const auto& q = only_statement<ast::Select>(
      parse_sql("SELECT a.x FROM dbo.A a WITH (NOLOCK, INDEX(ix_a))\n"
                "JOIN dbo.B b (NOLOCK) ON b.id = a.id\n"
                "LEFT JOIN dbo.C (READUNCOMMITTED) ON 1 = 1\n"
                "WHERE EXISTS (SELECT 1 FROM dbo.D AS d WITH (UPDLOCK) WHERE d.id = a.id)"));
  REQUIRE(q.table_references.size() == 4);
  CHECK(hints_of(q, "A") == std::vector<std::string>{"NOLOCK", "INDEX"});
  CHECK(hints_of(q, "B") == std::vector<std::string>{"NOLOCK"});
  CHECK(hints_of(q, "C") == std::vector<std::string>{"READUNCOMMITTED"});
  CHECK(hints_of(q, "D") == std::vector<std::string>{"UPDLOCK"});
}

TEST_CASE("a table-valued function call is not mistaken for legacy hints") {
  const auto& q = only_statement<ast::Select>(parse_sql(
      "SELECT * FROM dbo.Split(@list, ',') s CROSS APPLY OPENJSON(s.v) WITH (a int '$.a') j"));
  CHECK(hints_of(q, "Split").empty());
  CHECK(hints_of(q, "OPENJSON").empty());
}

TEST_CASE("queries: CTEs, set operators, windows, grouping, pivot, paging, FOR XML, OPTION") {
  const ast::Script& script = parse_sql(
      "WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10)\n"
      "SELECT n, ROW_NUMBER() OVER (PARTITION BY n % 2 ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING "
      "AND CURRENT ROW) AS rn\n"
      "FROM r ORDER BY n OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY OPTION (MAXRECURSION 100);\n"
      "SELECT a, b, SUM(c) FROM t GROUP BY GROUPING SETS ((a, b), (a), ()) HAVING SUM(c) > 0;\n"
      "SELECT * FROM (SELECT k, v FROM t) s PIVOT (SUM(v) FOR k IN ([x], [y])) p;\n"
      "SELECT TOP (5) WITH TIES name FROM sys.objects ORDER BY name FOR XML PATH('o'), ROOT('r'), "
      "TYPE;\n"
      "SELECT IIF(a > 1, 'y', 'n') COLLATE Latin1_General_BIN, CAST(x AS nvarchar(max)), "
      "TRY_CONVERT(int, '1'), NEXT VALUE FOR dbo.Seq, @x.value('(/a)[1]', 'int'), "
      "$PARTITION.pf(a), "
      "CASE WHEN a BETWEEN 1 AND 2 THEN 0 ELSE 1 END, 0x1F, $12.50, @@ROWCOUNT\n"
      "FROM t WHERE a NOT IN (1, 2) AND b LIKE 'x%' ESCAPE '!' AND c = ANY (SELECT c FROM u);\n"
      "SELECT * INTO #copy FROM t;\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 6);
  CHECK(static_cast<const ast::Select&>(*s[0]).has_cte);
  const auto& into = static_cast<const ast::Select&>(*s[5]);
  REQUIRE(into.into);
  CHECK(into.into->is_temporary());
  CHECK(ast::count_statements(script).unparsed == 0);
}

TEST_CASE("INSERT: VALUES, SELECT, EXEC, DEFAULT VALUES, OUTPUT INTO") {
  const ast::Script& script = parse_sql(
      "INSERT INTO dbo.T (a, b) OUTPUT inserted.a INTO @log (a) VALUES (1, DEFAULT), (2, 3)\n"
      "INSERT dbo.T WITH (TABLOCK) SELECT a, b FROM dbo.U\n"
      "INSERT INTO #t EXEC dbo.p 1\n"
      "INSERT INTO dbo.T DEFAULT VALUES\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 4);
  const auto& values = static_cast<const ast::Insert&>(*s[0]);
  CHECK(values.target.display() == "dbo.T");
  CHECK(values.source == ast::Insert::Source::Values);
  CHECK(values.has_output);
  CHECK(static_cast<const ast::Insert&>(*s[1]).source == ast::Insert::Source::Select);
  CHECK(hints_of(*s[1], "T") == std::vector<std::string>{"TABLOCK"});
  CHECK(static_cast<const ast::Insert&>(*s[2]).source == ast::Insert::Source::Execute);
  CHECK(static_cast<const ast::Insert&>(*s[3]).source == ast::Insert::Source::DefaultValues);
}

TEST_CASE("UPDATE and DELETE: joins, TOP, OUTPUT, WHERE presence, CURRENT OF") {
  const ast::Script& script = parse_sql(
      "UPDATE TOP (10) o SET o.Total += 1, @n = @n + 1 OUTPUT deleted.Total FROM dbo.Orders o "
      "JOIN dbo.C c ON c.Id = o.CId\n"
      "DELETE FROM dbo.Orders\n"
      "DELETE dbo.Orders WHERE CURRENT OF order_cursor\n"
      "UPDATE t SET x.modify('delete /a') WHERE id = 1\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 4);
  const auto& update = static_cast<const ast::Update&>(*s[0]);
  CHECK(update.has_top);
  CHECK(update.has_from);
  CHECK_FALSE(update.has_where);
  const auto& unbounded = static_cast<const ast::Delete&>(*s[1]);
  CHECK_FALSE(unbounded.has_where);
  CHECK(unbounded.target.display() == "dbo.Orders");
  const auto& current = static_cast<const ast::Delete&>(*s[2]);
  CHECK(current.has_where);
  CHECK(current.current_of);
  CHECK(static_cast<const ast::Update&>(*s[3]).has_where);
}

TEST_CASE("a WHERE that is true for every row, folded in three-valued logic") {
  // Certainly true for every row (x = x and LIKE '%': every row whose x is not NULL).
  for (const char* condition : {"1 = 1",
                                "1=1",
                                "'a' = 'a'",
                                "N'a' = 'a  '",
                                "1 = 1 OR x = 2",
                                "x = 2 OR 1 = 1",
                                "NOT 1 = 0",
                                "NOT (1 = 0)",
                                "0 = 0 AND 1 = 1",
                                "(1=1)",
                                "((1 = 1))",
                                "2 > 1",
                                "1 <> 2",
                                "-1 < 0",
                                "1 + 1 = 2",
                                "3 / 2 = 1",
                                "1.5 >= 1",
                                "1 IN (1)",
                                "1 IN (3, 2, 1)",
                                "1 NOT IN (2, 3)",
                                "1 BETWEEN 0 AND 2",
                                "NULL IS NULL",
                                "1 IS NOT NULL",
                                "EXISTS (SELECT 1)",
                                "EXISTS (SELECT 1 WHERE 1 = 1)",
                                "EXISTS (SELECT COUNT(*) FROM dbo.U WHERE U.Id = T.Id)",
                                "x = x",
                                "o.x = [o].[X]",
                                "Name LIKE '%'",
                                "'abc' LIKE 'abc'",
                                "0x01 = 0x01",
                                "NOT (1 = 0 AND x = 1)",
                                "(1 = 1) OR (x = 1 AND y = 2)"}) {
    CAPTURE(condition);
    const auto& d =
        only_statement<ast::Delete>(parse_sql(std::string("DELETE FROM dbo.T WHERE ") + condition));
    CHECK(d.has_where);
    CHECK(d.where_always_true);
  }
  // A real condition, certainly false, NULL (UNKNOWN), or one whose value depends on the
  // collation, a variable or the data.
  for (const char* condition : {"x = 1",
                                "1 = 0",
                                "1 = 1 AND x = 2",
                                "NOT 1 = 1",
                                "'a' = 'A'",
                                "NULL = NULL",
                                "NOT (NULL = 1)",
                                "1 = NULL OR 1 = 0",
                                "x = y",
                                "o.x = p.x",
                                "@a = @a",
                                "1 IN (2, 3)",
                                "1 NOT IN (1, 2)",
                                "1 NOT IN (2, NULL)",
                                "EXISTS (SELECT 1 FROM dbo.U)",
                                "EXISTS (SELECT TOP (0) 1)",
                                "EXISTS (SELECT COUNT(*) FROM dbo.U GROUP BY U.k)",
                                "EXISTS (SELECT MAX(Id) OVER () FROM dbo.U)",
                                "x LIKE 'a%'",
                                "'0x01' = 0x01",
                                "x NOT LIKE '%'",
                                "1 / 0 = 1",
                                "x IS NULL",
                                "3 / 2 = 1.5",
                                "x = x + 1"}) {
    CAPTURE(condition);
    const auto& d =
        only_statement<ast::Delete>(parse_sql(std::string("DELETE FROM dbo.T WHERE ") + condition));
    CHECK(d.has_where);
    CHECK_FALSE(d.where_always_true);
  }
}

TEST_CASE("a long generated OR chain is folded without deep recursion") {
  std::string sql = "UPDATE dbo.T SET y = 1 WHERE x = 0";
  for (int i = 1; i < 20000; ++i) sql += " OR x = " + std::to_string(i);
  const auto& u = only_statement<ast::Update>(parse_sql(sql + " OR 1 = 1"));
  CHECK(u.where_always_true);
}

TEST_CASE("which joins bound an UPDATE or DELETE") {
  for (const char* bounded :
       {"DELETE o FROM dbo.Orders o JOIN dbo.P p ON p.Id = o.Id",
        "DELETE o FROM dbo.Orders o INNER JOIN dbo.P p ON p.Id = o.Id AND 1 = 1",
        "DELETE o FROM dbo.Orders o CROSS APPLY dbo.f(o.Id) x",
        "DELETE o FROM dbo.Orders o CROSS APPLY (SELECT 1 AS x FROM dbo.P p WHERE p.Id = o.Id) a",
        "DELETE dbo.Orders FROM dbo.Orders JOIN dbo.P p ON p.Id = Orders.Id",
        "DELETE o FROM dbo.Orders o JOIN (VALUES (1)) v(n) ON v.n = o.Kind",
        "UPDATE o SET x = 1 FROM dbo.P p JOIN dbo.Orders o ON p.Id = o.Id"}) {
    CAPTURE(bounded);
    const ast::Script& script = parse_sql(bounded);
    const ast::Statement& s = *script.batches.at(0).statements.at(0);
    const bool restrict = s.kind == ast::Kind::Delete
                              ? static_cast<const ast::Delete&>(s).joins_restrict_rows
                              : static_cast<const ast::Update&>(s).joins_restrict_rows;
    CHECK(restrict);
  }
  for (const char* unbounded :
       {"DELETE o FROM dbo.Orders o CROSS APPLY (SELECT 1 AS x) a",
        "DELETE o FROM dbo.Orders o CROSS APPLY (VALUES (1), (2)) v(n)",
        "DELETE o FROM dbo.Orders o CROSS APPLY (SELECT COUNT(*) AS n FROM dbo.L l WHERE l.Id = "
        "o.Id) c",
        "DELETE o FROM dbo.Orders o INNER JOIN dbo.P p ON 1 = 1",
        "DELETE o FROM dbo.Orders o JOIN dbo.P p ON NOT 1 = 0",
        "DELETE o FROM dbo.Orders o LEFT JOIN dbo.P p ON p.Id = o.Id",
        "DELETE o FROM dbo.Orders o CROSS JOIN dbo.P p",
        "DELETE o FROM dbo.Orders o OUTER APPLY dbo.f(o.Id) x",
        "DELETE dbo.Orders FROM dbo.P p JOIN dbo.Q q ON q.Id = p.Id",
        "UPDATE dbo.Orders SET x = 1 FROM dbo.P p JOIN dbo.Q q ON q.Id = p.Id",
        "DELETE o FROM dbo.Orders o WHERE EXISTS (SELECT 1 FROM dbo.A a JOIN dbo.B b ON a.x = "
        "b.x)"}) {
    CAPTURE(unbounded);
    const ast::Script& script = parse_sql(unbounded);
    const ast::Statement& s = *script.batches.at(0).statements.at(0);
    const bool restrict = s.kind == ast::Kind::Delete
                              ? static_cast<const ast::Delete&>(s).joins_restrict_rows
                              : static_cast<const ast::Update&>(s).joins_restrict_rows;
    CHECK_FALSE(restrict);
  }
}

TEST_CASE("MERGE: target and which WHEN actions it has") {
  const auto& m = only_statement<ast::Merge>(
      parse_sql("MERGE INTO dbo.T WITH (HOLDLOCK) AS t USING (SELECT 1 AS id) AS s ON t.id = s.id\n"
                "WHEN MATCHED AND t.x <> 1 THEN UPDATE SET t.x = 1\n"
                "WHEN NOT MATCHED BY TARGET THEN INSERT (id) VALUES (s.id)\n"
                "WHEN NOT MATCHED BY SOURCE THEN DELETE\n"
                "OUTPUT $action, inserted.id;"));
  CHECK(m.target.display() == "dbo.T");
  CHECK(m.has_delete);
  CHECK(m.has_update);
  CHECK(m.has_insert);
  CHECK(hints_of(m, "T") == std::vector<std::string>{"HOLDLOCK"});
}

TEST_CASE("BULK INSERT names its table") {
  const auto& b = only_statement<ast::BulkInsert>(
      parse_sql("BULK INSERT dbo.Staging FROM 'C:\\data\\x.csv' WITH (FIELDTERMINATOR = ',')"));
  CHECK(b.table.display() == "dbo.Staging");
}

}  // namespace
}  // namespace pf
