// Private to the rules stage: what the environment rules (PF601-PF619) share, which is how to tell
// a name that ties a script to one server or database from one that does not.
#pragma once

#include "rules/rule.h"

#include <string_view>

namespace pf::rules {

// Whether `range` holds a sqlcmd variable (`$(Db)`), whose value the deployment chooses per
// environment, so the name written there is not fixed. An undefined variable stays in the text, a
// defined one was put in before parsing; both count.
[[nodiscard]] inline bool written_with_sqlcmd_variable(const RuleContext& ctx,
                                                       const ast::SourceRange& range,
                                                       std::string_view text = {}) {
  if (text.find("$(") != std::string_view::npos) return true;
  const ast::Script* script = ctx.model().scripts()[ctx.script_index()].script;
  if (script == nullptr) return false;
  for (const ast::SqlcmdVariableUse& use : script->sqlcmd_variables) {
    if (!(use.range.begin < range.begin) && use.range.begin < range.end) return true;
  }
  return false;
}

// The system databases have the same name on every SQL Server instance, so naming one ties a
// script to no particular server.
[[nodiscard]] inline bool is_system_database(std::string_view name) {
  for (std::string_view system : {"master", "msdb", "model", "tempdb", "mssqlsystemresource"}) {
    if (same_name(name, system)) return true;
  }
  return false;
}

}  // namespace pf::rules
