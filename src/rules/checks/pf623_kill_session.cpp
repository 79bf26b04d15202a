// PF623 kill-session: docs, rationale and examples in rules/PF623-kill-session.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class KillSessionRule final : public Rule {
 public:
  void on(const ast::Kill& s, RuleContext& ctx) const override {
    ctx.report(s.range, s.target,
               fmt::format(FMT_STRING("KILL {} ends another connection and rolls back its open "
                                      "transaction"),
                           s.target.empty() ? "?" : s.target));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_kill_session_rule() { return std::make_unique<KillSessionRule>(); }

}  // namespace pf::rules
