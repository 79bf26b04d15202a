// Module bodies: procedures, functions, triggers and views are statements whose bodies rules see.
#include "test_support.h"

namespace pf {
namespace {

using test::only_statement;

// Keeps each script alive, so a statement reference taken from it stays valid.
const auto& parse_sql = test::parse_kept;

std::size_t count_kind(const ast::Script& script, ast::Kind kind) {
  std::size_t n = 0;
  ast::walk(script, [&](const ast::Statement& s) { n += s.kind == kind ? 1 : 0; });
  return n;
}

TEST_CASE("CREATE PROCEDURE: parameters, and a body that runs to the end of the batch") {
  const ast::Script& script = parse_sql(
      "CREATE PROCEDURE dbo.Archive @Days int = 30, @Count int OUTPUT\n"
      "AS\n"
      "SET NOCOUNT ON;\n"
      "DELETE FROM dbo.Orders WHERE Age > @Days;\n"
      "SELECT @Count = @@ROWCOUNT\n");
  const auto& proc = only_statement<ast::CreateProcedure>(script);
  CHECK(proc.name.display() == "dbo.Archive");
  CHECK_FALSE(proc.is_alter);
  REQUIRE(proc.parameters.size() == 2);
  CHECK(proc.parameters[0].name == "@Days");
  CHECK(proc.parameters[0].has_default);
  CHECK(proc.parameters[1].output);
  REQUIRE(proc.body.size() == 3);
  CHECK(proc.body[0]->kind == ast::Kind::SetOption);
  CHECK(proc.body[1]->kind == ast::Kind::Delete);
  CHECK(proc.body[2]->kind == ast::Kind::Select);
  CHECK(proc.range.end.line == 5);
}

TEST_CASE("ALTER PROC and CREATE OR ALTER PROCEDURE set their flags") {
  const auto& altered = only_statement<ast::CreateProcedure>(parse_sql("ALTER PROC p AS RETURN 0"));
  CHECK(altered.is_alter);
  CHECK_FALSE(altered.or_alter);
  const auto& created =
      only_statement<ast::CreateProcedure>(parse_sql("CREATE OR ALTER PROCEDURE p AS SELECT 1"));
  CHECK(created.or_alter);
  CHECK_FALSE(created.is_alter);
}

TEST_CASE("a statement the grammar cannot parse stays inside the procedure body") {
  const ast::Script& script = parse_sql(
      "CREATE PROCEDURE p AS\n"
      "SELECT 1\n"
      "FROBNICATE the widgets\n"
      "DROP TABLE dbo.T\n");
  const auto& proc = only_statement<ast::CreateProcedure>(script);
  REQUIRE(proc.body.size() == 3);
  CHECK(proc.body[1]->kind == ast::Kind::Unparsed);
  CHECK(proc.body[2]->kind == ast::Kind::DropTable);
  CHECK(ast::count_statements(script).unparsed == 1);
}

TEST_CASE("functions: scalar, inline and multi-statement table-valued") {
  const auto& scalar = only_statement<ast::CreateFunction>(
      parse_sql("CREATE FUNCTION dbo.Twice (@x int) RETURNS int WITH SCHEMABINDING AS\n"
                "BEGIN RETURN @x * 2 END"));
  CHECK(scalar.form == ast::CreateFunction::Form::Scalar);
  REQUIRE(scalar.return_type);
  CHECK(scalar.return_type->name == "int");
  REQUIRE(scalar.body.size() == 1);
  CHECK(scalar.body[0]->kind == ast::Kind::Block);

  const auto& inline_fn = only_statement<ast::CreateFunction>(
      parse_sql("CREATE FUNCTION dbo.Recent (@d date) RETURNS TABLE AS RETURN\n"
                "(SELECT Id FROM dbo.Orders WITH (NOLOCK) WHERE Placed > @d)"));
  CHECK(inline_fn.form == ast::CreateFunction::Form::InlineTable);
  REQUIRE(inline_fn.body.size() == 1);
  const ast::Statement& query = *inline_fn.body[0];
  CHECK(query.kind == ast::Kind::Select);
  REQUIRE(query.table_references.size() == 1);
  REQUIRE(query.table_references[0].hints.size() == 1);
  CHECK(query.table_references[0].hints[0] == "NOLOCK");

  const auto& multi = only_statement<ast::CreateFunction>(
      parse_sql("CREATE FUNCTION f() RETURNS @t TABLE (id int) AS\n"
                "BEGIN INSERT @t VALUES (1); RETURN; END"));
  CHECK(multi.form == ast::CreateFunction::Form::MultiStatementTable);
  CHECK(multi.body.size() == 1);
}

TEST_CASE("triggers: DML timing and events, DDL scope") {
  const auto& dml = only_statement<ast::CreateTrigger>(
      parse_sql("CREATE TRIGGER trg ON dbo.Orders AFTER INSERT, UPDATE AS\n"
                "IF UPDATE(Amount) ROLLBACK"));
  REQUIRE(dml.table);
  CHECK(dml.table->display() == "dbo.Orders");
  CHECK(dml.timing == ast::CreateTrigger::Timing::After);
  CHECK(dml.events == std::vector<std::string>{"INSERT", "UPDATE"});
  CHECK(dml.body.size() == 1);

  const auto& instead = only_statement<ast::CreateTrigger>(
      parse_sql("CREATE TRIGGER t ON v INSTEAD OF DELETE AS SELECT 1"));
  CHECK(instead.timing == ast::CreateTrigger::Timing::InsteadOf);

  const auto& ddl = only_statement<ast::CreateTrigger>(
      parse_sql("CREATE TRIGGER safety ON DATABASE FOR DROP_TABLE AS ROLLBACK"));
  CHECK(ddl.scope == "DATABASE");
  CHECK(ddl.timing == ast::CreateTrigger::Timing::For);
  CHECK(ddl.events == std::vector<std::string>{"DROP_TABLE"});
}

TEST_CASE("views hold their query, CTE included") {
  const ast::Script& script = parse_sql(
      "CREATE VIEW dbo.V WITH SCHEMABINDING AS\n"
      "WITH c AS (SELECT Id FROM dbo.T) SELECT Id FROM c");
  const auto& view = only_statement<ast::CreateView>(script);
  REQUIRE(view.body.size() == 1);
  const auto& query = static_cast<const ast::Select&>(*view.body[0]);
  CHECK(query.has_cte);
  CHECK(query.table_references.size() == 2);
  CHECK(count_kind(script, ast::Kind::Select) == 1);
}

TEST_CASE("rules walking the script see inside module bodies") {
  const ast::Script& script = parse_sql(
      "CREATE PROCEDURE p AS\n"
      "BEGIN\n"
      "  IF 1 = 1 BEGIN TRUNCATE TABLE dbo.T END\n"
      "END\n");
  CHECK(count_kind(script, ast::Kind::Truncate) == 1);
}

}  // namespace
}  // namespace pf
