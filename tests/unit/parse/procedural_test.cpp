// Procedural statements: variables, cursors, SET, control flow, EXEC, security and server commands.
#include "test_support.h"

namespace pf {
namespace {

using test::only_statement;

// Keeps each script alive, so a statement reference taken from it stays valid.
const auto& parse_sql = test::parse_kept;

TEST_CASE("DECLARE: scalar, table and cursor variables") {
  const auto& d = only_statement<ast::Declare>(
      parse_sql("DECLARE @n int = 0, @name nvarchar(50), @t TABLE (Id int NOT NULL), @c CURSOR"));
  REQUIRE(d.variables.size() == 4);
  CHECK(d.variables[0].has_initial_value);
  REQUIRE(d.variables[1].type);
  CHECK(d.variables[1].type->args == std::vector<std::string>{"50"});
  CHECK(d.variables[2].is_table);
  REQUIRE(d.variables[2].columns.size() == 1);
  CHECK(d.variables[2].columns[0].nullable == false);
  CHECK(d.variables[3].is_cursor);
}

TEST_CASE("cursor declarations in T-SQL and ISO syntax, and cursor variables") {
  const auto& tsql = only_statement<ast::DeclareCursor>(
      parse_sql("DECLARE c CURSOR LOCAL FAST_FORWARD FOR SELECT Id FROM dbo.T"));
  CHECK(tsql.name == "c");
  CHECK(tsql.options == std::vector<std::string>{"LOCAL", "FAST_FORWARD"});
  CHECK_FALSE(tsql.cursor_variable);

  const auto& iso = only_statement<ast::DeclareCursor>(
      parse_sql("DECLARE c INSENSITIVE SCROLL CURSOR FOR SELECT 1 FOR UPDATE OF a"));
  CHECK(iso.options == std::vector<std::string>{"INSENSITIVE", "SCROLL"});
  CHECK(iso.for_update);

  const auto& variable = only_statement<ast::DeclareCursor>(
      parse_sql("SET @c = CURSOR FORWARD_ONLY STATIC FOR SELECT name FROM sys.objects"));
  CHECK(variable.cursor_variable);
  CHECK(variable.name == "@c");
}

TEST_CASE("OPEN, FETCH, CLOSE and DEALLOCATE name their cursor") {
  const ast::Script& script =
      parse_sql("OPEN c FETCH NEXT FROM c INTO @a, @b CLOSE c DEALLOCATE GLOBAL c");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 4);
  const auto& fetch = static_cast<const ast::CursorOperation&>(*s[1]);
  CHECK(fetch.action == ast::CursorOperation::Action::Fetch);
  CHECK(fetch.cursor == "c");
  const auto& deallocate = static_cast<const ast::CursorOperation&>(*s[3]);
  CHECK(deallocate.action == ast::CursorOperation::Action::Deallocate);
  CHECK(deallocate.cursor == "c");
}

TEST_CASE("SET: variables, session options and the isolation level") {
  const ast::Script& script = parse_sql(
      "SET @x += 1\n"
      "SET NOCOUNT ON\n"
      "SET ANSI_NULLS, QUOTED_IDENTIFIER OFF\n"
      "SET IDENTITY_INSERT dbo.T ON\n"
      "SET ROWCOUNT 0\n"
      "SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 6);
  CHECK(static_cast<const ast::SetVariable&>(*s[0]).op == "+=");
  const auto& nocount = static_cast<const ast::SetOption&>(*s[1]);
  CHECK(nocount.options == std::vector<std::string>{"NOCOUNT"});
  CHECK(nocount.value == "ON");
  const auto& two = static_cast<const ast::SetOption&>(*s[2]);
  CHECK(two.options == std::vector<std::string>{"ANSI_NULLS", "QUOTED_IDENTIFIER"});
  CHECK(two.value == "OFF");
  const auto& identity = static_cast<const ast::SetOption&>(*s[3]);
  REQUIRE(identity.table);
  CHECK(identity.table->display() == "dbo.T");
  CHECK(static_cast<const ast::SetOption&>(*s[4]).value == "0");
  CHECK(static_cast<const ast::SetTransactionIsolation&>(*s[5]).level == "READ UNCOMMITTED");
}

TEST_CASE("control flow: IF/ELSE, WHILE, TRY/CATCH, GOTO and labels") {
  const ast::Script& script = parse_sql(
      "WHILE @i < 10 BEGIN SET @i += 1; IF @i = 5 BREAK; ELSE CONTINUE; END\n"
      "BEGIN TRY; SELECT 1/0; END TRY BEGIN CATCH THROW; END CATCH\n"
      "GOTO done\n"
      "done:\n"
      "RETURN\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 5);
  const auto& loop = static_cast<const ast::While&>(*s[0]);
  REQUIRE(loop.body);
  CHECK(loop.body->kind == ast::Kind::Block);
  const auto& tc = static_cast<const ast::TryCatch&>(*s[1]);
  REQUIRE(tc.try_statements.size() == 1);
  REQUIRE(tc.catch_statements.size() == 1);
  CHECK(static_cast<const ast::Throw&>(*tc.catch_statements[0]).rethrow);
  CHECK(static_cast<const ast::Goto&>(*s[2]).label == "done");
  CHECK(static_cast<const ast::Label&>(*s[3]).name == "done");
  CHECK(s[4]->kind == ast::Kind::Return);
  CHECK(ast::count_statements(script).unparsed == 0);
}

TEST_CASE("transactions: named, distributed, save points") {
  const ast::Script& script = parse_sql(
      "BEGIN DISTRIBUTED TRANSACTION t1\n"
      "SAVE TRAN sp\n"
      "ROLLBACK TRAN sp\n"
      "COMMIT WORK\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 4);
  const auto& begin = static_cast<const ast::Transaction&>(*s[0]);
  CHECK(begin.distributed);
  CHECK(begin.name == "t1");
  CHECK(static_cast<const ast::Transaction&>(*s[1]).action == ast::Transaction::Action::Save);
  CHECK(static_cast<const ast::Transaction&>(*s[2]).name == "sp");
  CHECK(static_cast<const ast::Transaction&>(*s[3]).name.empty());
}

TEST_CASE("EXEC of a procedure: return status, named, positional and OUTPUT arguments") {
  const auto& e = only_statement<ast::Execute>(
      parse_sql("EXEC @rc = dbo.Load @Mode = N'full', 42, @Out OUTPUT, DEFAULT WITH RECOMPILE"));
  REQUIRE(e.return_status);
  CHECK(*e.return_status == "@rc");
  REQUIRE(e.procedure);
  CHECK(e.procedure->display() == "dbo.Load");
  REQUIRE(e.arguments.size() == 4);
  CHECK(e.arguments[0].name == std::optional<std::string>("@Mode"));
  CHECK(e.arguments[0].is_literal);
  CHECK(e.arguments[0].string_value == std::optional<std::string>("full"));
  CHECK(e.arguments[1].text == "42");
  CHECK(e.arguments[1].is_literal);
  CHECK(e.arguments[2].output);
  CHECK(e.arguments[2].is_variable);
  CHECK_FALSE(e.is_string);
}

TEST_CASE("EXEC of a string: literal or not, AT a linked server") {
  const auto& literal = only_statement<ast::Execute>(parse_sql("EXEC (N'DROP TABLE dbo.T')"));
  CHECK(literal.is_string);
  CHECK(literal.string_is_literal);
  CHECK(literal.string_value == "DROP TABLE dbo.T");
  REQUIRE(literal.literal_range);
  CHECK(literal.literal_range->begin.column == 7);

  const auto& dynamic =
      only_statement<ast::Execute>(parse_sql("EXECUTE (@sql + N' x') AT remote1"));
  CHECK(dynamic.is_string);
  CHECK_FALSE(dynamic.string_is_literal);
  CHECK(dynamic.at_server == std::optional<std::string>("remote1"));

  const auto& sp = only_statement<ast::Execute>(
      parse_sql("EXEC sys.sp_executesql N'SELECT @a', N'@a int', @a = 1"));
  REQUIRE(sp.procedure);
  CHECK(sp.procedure->object() == "sp_executesql");
  CHECK(sp.arguments[0].string_value == std::optional<std::string>("SELECT @a"));
}

TEST_CASE("a procedure call without EXEC is accepted only as the first statement of a batch") {
  const auto& first = only_statement<ast::Execute>(parse_sql("sp_who2 'active'"));
  CHECK(first.without_exec_keyword);
  const ast::Script& later = parse_sql("SELECT 1\nsp_who2 'active'");
  REQUIRE(later.batches[0].statements.size() == 2);
  CHECK(later.batches[0].statements[1]->kind == ast::Kind::Unparsed);
  // Without the `;`, `sp_who2` is the alias of `1`, and SQL Server too stops at 'active'.
  const ast::Script& after_semicolon = parse_sql("SELECT 1;\nsp_who2 'active'");
  REQUIRE(after_semicolon.batches[0].statements.size() == 2);
  const ast::Statement& call = *after_semicolon.batches[0].statements[1];
  REQUIRE(call.kind == ast::Kind::Unparsed);
  CHECK(static_cast<const ast::Unparsed&>(call).reason ==
        "unexpected 'sp_who2': it reads as a procedure called without EXEC, which SQL Server "
        "accepts only as the first statement of a batch; if it is one, write EXEC before it");
  // Nor inside a block, even the batch's first one (ScriptDom's BeginEndStatementErrorTests):
  // such a block used to parse, so a stray word in a procedure passed as a call.
  const ast::Script& block = parse_sql("BEGIN\n  BREA\nEND");
  REQUIRE(block.batches[0].statements.size() == 1);
  CHECK(block.batches[0].statements[0]->kind == ast::Kind::Block);
  const auto& inner = static_cast<const ast::Block&>(*block.batches[0].statements[0]);
  REQUIRE(inner.statements.size() == 1);
  CHECK(inner.statements[0]->kind == ast::Kind::Unparsed);
}

TEST_CASE("GRANT, DENY and REVOKE name permissions, object and principals") {
  const auto& grant = only_statement<ast::Permission>(
      parse_sql("GRANT SELECT, INSERT ON OBJECT::dbo.T TO public, [app user] WITH GRANT OPTION"));
  CHECK(grant.action == ast::Permission::Action::Grant);
  CHECK(grant.permissions == std::vector<std::string>{"SELECT", "INSERT"});
  CHECK(grant.object_class == "OBJECT");
  REQUIRE(grant.on);
  CHECK(grant.on->display() == "dbo.T");
  CHECK(grant.principals == std::vector<std::string>{"public", "app user"});
  CHECK(grant.with_grant_option);

  const auto& deny =
      only_statement<ast::Permission>(parse_sql("DENY VIEW DEFINITION TO u CASCADE"));
  CHECK(deny.permissions == std::vector<std::string>{"VIEW DEFINITION"});
  CHECK_FALSE(deny.on);
  CHECK(deny.cascade);

  const auto& revoke =
      only_statement<ast::Permission>(parse_sql("REVOKE EXECUTE ON SCHEMA::dbo FROM r"));
  CHECK(revoke.action == ast::Permission::Action::Revoke);
  CHECK(revoke.principals == std::vector<std::string>{"r"});
}

TEST_CASE("server commands: DBCC, CHECKPOINT, KILL, RECONFIGURE, WAITFOR, RAISERROR, USE") {
  const ast::Script& script = parse_sql(
      "USE [Sales]\n"
      "DBCC CHECKIDENT ('dbo.T', RESEED, 0) WITH NO_INFOMSGS\n"
      "CHECKPOINT\n"
      "KILL 53\n"
      "RECONFIGURE WITH OVERRIDE\n"
      "WAITFOR DELAY '00:00:05'\n"
      "RAISERROR (N'failed %s', 16, 1, @name) WITH NOWAIT\n"
      "ALTER AUTHORIZATION ON SCHEMA::app TO dbo\n"
      "EXECUTE AS USER = 'auditor'\n"
      "REVERT\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 10);
  CHECK(static_cast<const ast::Use&>(*s[0]).database == "Sales");
  CHECK(static_cast<const ast::Dbcc&>(*s[1]).command == "CHECKIDENT");
  CHECK(s[2]->kind == ast::Kind::Checkpoint);
  CHECK(static_cast<const ast::Kill&>(*s[3]).target == "53");
  CHECK(static_cast<const ast::Reconfigure&>(*s[4]).with_override);
  CHECK(static_cast<const ast::WaitFor&>(*s[5]).mode == "DELAY");
  CHECK(static_cast<const ast::Raiserror&>(*s[6]).severity == std::optional<std::string>("16"));
  CHECK(static_cast<const ast::AlterAuthorization&>(*s[7]).principal == "dbo");
  CHECK(static_cast<const ast::ExecuteAs&>(*s[8]).principal == "auditor");
  CHECK(s[9]->kind == ast::Kind::Revert);
}

}  // namespace
}  // namespace pf
