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
  const pf::ast::Script main = pf::parse::parse_script(main_file).value();
  const pf::ast::Script inc = pf::parse::parse_script(inc_file).value();
  const pf::ast::Script other = pf::parse::parse_script(other_file).value();
  std::vector<pf::model::ScriptInput> inputs{
      {&main_file, &main}, {&inc_file, &inc}, {&other_file, &other}};
  inputs[0].includes = {std::optional<std::size_t>(1)};
  inputs[1].included = true;
  const pf::model::Deployment deployment(inputs, {}, {}, {"c"});
  CHECK(deployment.sqlcmd_variable_defined(0, main.sqlcmd_variables[0]));  // A: :setvar
  CHECK(deployment.sqlcmd_variable_defined(0, main.sqlcmd_variables[1]));  // B: from inc.sql
  CHECK(deployment.sqlcmd_variable_defined(1, inc.sqlcmd_variables[0]));   // A: from main.sql
  CHECK_FALSE(deployment.sqlcmd_variable_defined(2, other.sqlcmd_variables[0]));  // A: not here
  CHECK(deployment.sqlcmd_variable_defined(2, other.sqlcmd_variables[1]));  // C: --var, any case
}
