// Which `$(Name)` uses sqlcmd can replace (README "SQLCMD mode"). sqlcmd reads a script top to
// bottom, and a `:r` file as if its text stood at that line, so definitions flow from an including
// script into the file it reads and back out again.
#include "model/model.h"

#include <set>
#include <string>

namespace pf::model {

void Deployment::resolve_sqlcmd_variables(const std::vector<std::string>& predefined) {
  std::set<std::string> base;
  for (const std::string& name : predefined) base.insert(source::ascii_lower(name));

  std::vector<bool> on_stack(scripts_.size(), false);
  // Recursion depth is bounded by the include chain, which the CLI keeps free of cycles; the
  // stack check makes a cycle harmless here all the same.
  auto walk = [&](auto& self, std::size_t index, std::set<std::string>& defined) -> void {
    if (on_stack[index]) return;
    on_stack[index] = true;
    const ScriptInput& input = scripts_[index];
    const std::vector<ast::SqlcmdCommand>& commands = input.script->sqlcmd_commands;
    std::size_t next_command = 0;
    std::size_t next_include = 0;
    auto run_command = [&](const ast::SqlcmdCommand& command) {
      if (command.type == ast::SqlcmdCommand::Type::SetVar) {
        defined.insert(source::ascii_lower(command.argument));
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
      if (defined.count(source::ascii_lower(use.name)) == 0) {
        undefined_sqlcmd_variables_.insert(Location{index, use.range.begin});
      }
    }
    while (next_command < commands.size()) run_command(commands[next_command++]);
    on_stack[index] = false;
  };
  for (std::size_t i = 0; i < scripts_.size(); ++i) {
    if (scripts_[i].included) continue;
    // Each script a migration tool runs is its own sqlcmd session: definitions do not carry over.
    std::set<std::string> defined = base;
    walk(walk, i, defined);
  }
}

}  // namespace pf::model
