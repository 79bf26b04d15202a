// SQLCMD mode (issue 3): command lines and `$(Name)` variables as the parse stage records them,
// and which uses the model finds defined across `:r`.
#include "test_support.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using pf::ast::SqlcmdCommand;

TEST_CASE("sqlcmd: :setvar and :r lines are commands with their arguments unquoted") {
  const pf::ast::Script script = pf::test::parse_sql(
      ":SETVAR Env \"Te\"\"st\"\n"
      "SELECT 1;\n"
      ":r \".\\My Scripts\\seed.sql\"\n"
      "  :on error exit\n"
      "/*\n:r commented.sql\n*/\n"
      "SELECT ':r in a string\n:r still in it';\n");
  REQUIRE(script.sqlcmd_commands.size() == 3);
  const SqlcmdCommand& setvar = script.sqlcmd_commands[0];
  CHECK(setvar.type == SqlcmdCommand::Type::SetVar);
  CHECK(setvar.argument == "Env");
  CHECK(setvar.value == "Te\"st");
  CHECK(setvar.batch == 0);
  const SqlcmdCommand& include = script.sqlcmd_commands[1];
  CHECK(include.type == SqlcmdCommand::Type::Include);
  CHECK(include.argument == ".\\My Scripts\\seed.sql");
  CHECK(include.range.begin.line == 3);
  CHECK(include.batch == 1);  // `SELECT 1;` is the batch before it
  CHECK(script.sqlcmd_commands[2].type == SqlcmdCommand::Type::Other);
  CHECK(script.sqlcmd_commands[2].word == "on");
}

TEST_CASE("sqlcmd: $(Name) is found in names, strings and comments, at character positions") {
  const pf::ast::Script script = pf::test::parse_sql(
      "SELECT N'Ω $(A)' FROM [$(B)].t; -- $(C)\n"
      "SELECT '$(not a name)', '$()', $(D-1.x);\n");
  std::vector<std::string> names;
  for (const auto& use : script.sqlcmd_variables) names.push_back(use.name);
  CHECK(names == std::vector<std::string>{"A", "B", "C", "D-1.x"});
  REQUIRE(script.sqlcmd_variables.size() == 4);
  CHECK(script.sqlcmd_variables[0].range.begin.column == 12);  // Ω is one character
  CHECK(script.sqlcmd_variables[0].range.end.column == 16);
  CHECK(script.sqlcmd_variables[3].range.begin.line == 2);
}

TEST_CASE("sqlcmd: a definition flows into a :r file and back out; each top script starts anew") {
  const pf::source::SourceFile main_file =
      pf::test::source_of(":setvar A 1\n:r inc.sql\nSELECT $(A), $(B);\n", "main.sql");
  const pf::source::SourceFile inc_file =
      pf::test::source_of("SELECT $(A);\n:setvar B 2\n", "inc.sql");
  const pf::source::SourceFile other_file =
      pf::test::source_of("SELECT $(A), $(C);\n", "other.sql");
  // As the CLI reads them: a top script with the --var values, a :r file with its includer's
  // values at the :r line.
  pf::parse::ParseOptions with_var;
  with_var.sqlcmd_values = {{"c", "3"}};
  pf::parse::ParseOptions from_main;
  from_main.sqlcmd_values = {{"c", "3"}, {"a", "1"}};
  const pf::ast::Script main = pf::parse::parse_script(main_file, with_var).value();
  const pf::ast::Script inc = pf::parse::parse_script(inc_file, from_main).value();
  const pf::ast::Script other = pf::parse::parse_script(other_file, with_var).value();
  std::vector<pf::model::ScriptInput> inputs{
      {&main_file, &main}, {&inc_file, &inc}, {&other_file, &other}};
  inputs[0].includes = {std::optional<std::size_t>(1)};
  inputs[1].included = true;
  const pf::model::Deployment deployment(inputs, {}, {}, {{"c", "3"}});
  CHECK_FALSE(deployment.sqlcmd_variable_problem(0, main.sqlcmd_variables[0]));   // A: :setvar
  CHECK_FALSE(deployment.sqlcmd_variable_problem(1, inc.sqlcmd_variables[0]));    // A: from main
  CHECK_FALSE(deployment.sqlcmd_variable_problem(2, other.sqlcmd_variables[1]));  // C: --var
  // B has a value when sqlcmd reaches it (inc.sql set it), but main.sql was read before inc.sql:
  // the text Preflight read is not the text that runs.
  const auto b = deployment.sqlcmd_variable_problem(0, main.sqlcmd_variables[1]);
  REQUIRE(b);
  CHECK(b->find("inc.sql:2") != std::string::npos);
  const auto a = deployment.sqlcmd_variable_problem(2, other.sqlcmd_variables[0]);  // A: not here
  REQUIRE(a);
  CHECK(a->find("not defined") != std::string::npos);
}

TEST_CASE("sqlcmd: values are put into the text before parsing, at the positions of $(Name)") {
  pf::parse::ParseOptions options;
  options.sqlcmd_values = {{"t", "dbo.Orders"}};
  const pf::source::SourceFile file = pf::test::source_of(
      ":setvar Stmt \"DROP TABLE dbo.Sales\"\nSELECT 1; $(Stmt);\nDELETE FROM $(T);\n", "a.sql");
  const pf::ast::Script script = pf::parse::parse_script(file, options).value();
  REQUIRE(script.batches.size() == 1);
  const auto& statements = script.batches[0].statements;
  REQUIRE(statements.size() == 3);
  CHECK(statements[1]->kind == pf::ast::Kind::DropTable);
  // The statement from the value sits where `$(Stmt)` is: line 2, columns 11 to 18.
  CHECK(statements[1]->range.begin.line == 2);
  CHECK(statements[1]->range.begin.column == 11);
  CHECK(statements[1]->range.end.column == 18);
  CHECK(statements[2]->kind == pf::ast::Kind::Delete);
  REQUIRE(script.sqlcmd_variables.size() == 2);
  CHECK(script.sqlcmd_variables[0].substituted == "DROP TABLE dbo.Sales");
  CHECK(script.sqlcmd_variables[1].substituted == "dbo.Orders");
}

TEST_CASE("sqlcmd: :setvar values as go-sqlcmd's ParseValue reads them") {
  const pf::ast::Script script = pf::test::parse_sql(
      ":setvar A \"a \"\"b\"\"\"\n:setvar B plain\n:setvar C two words\n:setvar D \"x\"y\"\n"
      ":setvar E \"$(A)\"\n:setvar F\n");
  REQUIRE(script.sqlcmd_commands.size() == 6);
  CHECK(script.sqlcmd_commands[0].value == std::optional<std::string>("a \"b\""));
  CHECK(script.sqlcmd_commands[1].value == std::optional<std::string>("plain"));
  CHECK_FALSE(script.sqlcmd_commands[2].value);  // blanks without quotes: go-sqlcmd refuses it
  CHECK_FALSE(script.sqlcmd_commands[3].value);  // a lone quote inside quotes
  CHECK_FALSE(script.sqlcmd_commands[4].value);  // names another variable
  CHECK(script.sqlcmd_commands[5].removes);
}

TEST_CASE("sqlcmd: EXIT, QUIT, RESET, ED and !! are commands with or without the colon") {
  const pf::ast::Script script = pf::test::parse_sql(
      "SELECT 1;\nexit(DROP TABLE dbo.A)\n  !! dir\n:!! ls\nreset\nSELECT reset FROM t;\n");
  REQUIRE(script.sqlcmd_commands.size() == 4);
  CHECK(script.sqlcmd_commands[0].type == SqlcmdCommand::Type::Exit);
  CHECK(script.sqlcmd_commands[1].type == SqlcmdCommand::Type::Shell);
  CHECK(script.sqlcmd_commands[1].argument == "dir");
  CHECK(script.sqlcmd_commands[2].type == SqlcmdCommand::Type::Shell);
  CHECK(script.sqlcmd_commands[3].word == "reset");
  // The query of exit(...) is a batch of its own, at its place in the line.
  bool found = false;
  pf::ast::walk(script, [&](const pf::ast::Statement& s) {
    if (s.kind == pf::ast::Kind::DropTable) {
      found = true;
      CHECK(s.range.begin.line == 2);
      CHECK(s.range.begin.column == 6);
    }
  });
  CHECK(found);
}
