// PF628 server-trigger: docs, rationale and examples in rules/PF628-server-trigger.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace pf::rules {
namespace {

class ServerTriggerRule final : public Rule {
 public:
  void on(const ast::CreateTrigger& s, RuleContext& ctx) const override {
    if (s.scope != "ALL SERVER") return;
    const bool logon = std::find(s.events.begin(), s.events.end(), "LOGON") != s.events.end();
    ctx.report(s.range, s.name.display(),
               logon ? fmt::format(FMT_STRING("LOGON trigger {} runs at every login to the "
                                              "server: if it fails or is slow, nobody can "
                                              "connect"),
                                   s.name.display())
                     : fmt::format(FMT_STRING("trigger {} ON ALL SERVER runs for every database "
                                              "on the server"),
                                   s.name.display()));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_server_trigger_rule() {
  return std::make_unique<ServerTriggerRule>();
}

}  // namespace pf::rules
