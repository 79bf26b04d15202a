// PF316 sqlcmd-shell-command: docs, rationale and examples in
// rules/PF316-sqlcmd-shell-command.yaml.
#include "rules/rule.h"

#include <memory>

namespace pf::rules {
namespace {

class SqlcmdShellCommandRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    for (const ast::SqlcmdCommand& command : script.sqlcmd_commands) {
      if (command.type != ast::SqlcmdCommand::Type::Shell) continue;
      ctx.report(command.range, "",
                 "!! runs an operating-system command on the machine that runs sqlcmd (the "
                 "deployment worker), outside SQL Server and outside anything Preflight checks");
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_sqlcmd_shell_command_rule() {
  return std::make_unique<SqlcmdShellCommandRule>();
}

}  // namespace pf::rules
