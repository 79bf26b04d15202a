// Which `$(Name)` uses sqlcmd can replace, and with what (docs/deployments.md). sqlcmd reads a
// script top to bottom, and a `:r` file as if its text stood at that line, so definitions flow from
// an including script into the file it reads and back out again. The parse stage already put the
// values it could know into the text; here every use is checked against sqlcmd's value.
#include "model/model.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>

namespace pf::model {
namespace {

// A variable sqlcmd has, and its value when Preflight can read it the way every sqlcmd does.
struct Value {
  std::optional<std::string> text;
  std::string where;  // `a.sql:3`, or `--var`
};

}  // namespace

void Deployment::resolve_sqlcmd_variables(const std::map<std::string, std::string>& predefined) {
  std::map<std::string, Value> base;
  for (const auto& [name, value] : predefined) base[source::ascii_lower(name)] = {value, "--var"};

  std::vector<bool> on_stack(scripts_.size(), false);
  // Recursion depth is bounded by the include chain, which the CLI keeps free of cycles; the
  // stack check makes a cycle harmless here all the same.
  auto walk = [&](auto& self, std::size_t index, std::map<std::string, Value>& defined) -> void {
    if (on_stack[index]) return;
    on_stack[index] = true;
    const ScriptInput& input = scripts_[index];
    const std::vector<ast::SqlcmdCommand>& commands = input.script->sqlcmd_commands;
    std::size_t next_command = 0;
    std::size_t next_include = 0;
    auto run_command = [&](const ast::SqlcmdCommand& command) {
      if (command.type == ast::SqlcmdCommand::Type::SetVar) {
        const std::string name = source::ascii_lower(command.argument);
        if (command.removes) {
          defined.erase(name);
        } else {
          defined[name] = Value{command.value, fmt::format(FMT_STRING("{}:{}"), input.file->path(),
                                                           command.range.begin.line)};
        }
      } else if (command.type == ast::SqlcmdCommand::Type::Include) {
        if (next_include < input.includes.size() && input.includes[next_include]) {
          self(self, *input.includes[next_include], defined);
        }
        ++next_include;
      }
    };
    for (const ast::SqlcmdVariableUse& use : input.script->sqlcmd_variables) {
      // A command line runs before the uses on lines after it; a use on the command's own line
      // (`:r $(Folder)/x.sql`) needs a definition from before that line.
      while (next_command < commands.size() &&
             commands[next_command].range.begin.line < use.range.begin.line) {
        run_command(commands[next_command++]);
      }
      const Location at{index, use.range.begin};
      const auto found = defined.find(source::ascii_lower(use.name));
      if (found == defined.end()) {
        sqlcmd_problems_[at] = fmt::format(
            FMT_STRING("$({}) is not defined by :setvar before this line nor by --var, so the "
                       "text that would run is unknown"),
            use.name);
        continue;
      }
      if (use.in_command) continue;  // a command's own argument: nothing was put in there
      const Value& value = found->second;
      if (!value.text) {
        sqlcmd_problems_[at] = fmt::format(
            FMT_STRING("$({}) takes its value from {}, which sqlcmd versions read differently "
                       "(an unquoted value with blanks, or one that names another variable), so "
                       "the text that would run is unknown"),
            use.name, value.where);
      } else if (use.substituted != value.text) {
        sqlcmd_problems_[at] = fmt::format(
            FMT_STRING("$({}) takes its value from {} when sqlcmd runs this script through :r, "
                       "and Preflight read this text without that value, so the text that would "
                       "run is unknown"),
            use.name, value.where);
      } else if (value.text->find("/*") != std::string::npos ||
                 value.text->find("*/") != std::string::npos) {
        // sqlcmd (ODBC) replaces variables inside comments too, go-sqlcmd does not
        // (pkg/sqlcmd/batch.go skips comments before it looks for `$(`): a comment delimiter in
        // the value makes the two run different text.
        sqlcmd_problems_[at] = fmt::format(
            FMT_STRING("$({}) has a value with a comment delimiter (from {}); sqlcmd versions "
                       "differ on replacing variables inside comments, so the text that would "
                       "run is unknown"),
            use.name, value.where);
      }
    }
    while (next_command < commands.size()) run_command(commands[next_command++]);
    on_stack[index] = false;
  };
  for (std::size_t i = 0; i < scripts_.size(); ++i) {
    if (scripts_[i].included) continue;
    // Each script a migration tool runs is its own sqlcmd session: definitions do not carry over.
    std::map<std::string, Value> defined = base;
    walk(walk, i, defined);
  }
}

}  // namespace pf::model
