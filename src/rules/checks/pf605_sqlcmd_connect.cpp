// PF605 sqlcmd-connect: docs, rationale and examples in rules/PF605-sqlcmd-connect.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class SqlcmdConnectRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    for (const ast::SqlcmdCommand& command : script.sqlcmd_commands) {
      if (command.word != "connect") continue;
      // The server is the first word of the argument; `-U user -P password` may follow, and a
      // password must never reach a report.
      std::string server = command.argument;
      const std::size_t blank = server.find_first_of(" \t");
      if (blank != std::string::npos) server.resize(blank);
      ctx.report(command.range, server,
                 fmt::format(FMT_STRING(":connect {} sends the batches after it to that server, "
                                        "not to the one the deployment connected to"),
                             server.empty() ? "?" : server));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_sqlcmd_connect_rule() {
  return std::make_unique<SqlcmdConnectRule>();
}

}  // namespace pf::rules
