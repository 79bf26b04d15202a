// PF312 grant-to-public: docs, rationale and examples in rules/PF312-grant-to-public.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class GrantToPublicRule final : public Rule {
 public:
  void on(const ast::Permission& statement, RuleContext& ctx) const override {
    if (statement.action != ast::Permission::Action::Grant) return;
    for (const std::string& principal : statement.principals) {
      if (!same_name(principal, "public")) continue;
      const std::string object =
          statement.on ? statement.on->display() : std::string("the database");
      ctx.report(statement.range, statement.on ? statement.on->display() : std::string(),
                 fmt::format(FMT_STRING("GRANT to public gives every user of the database this "
                                        "permission on {}"),
                             object));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_grant_to_public_rule() {
  return std::make_unique<GrantToPublicRule>();
}

}  // namespace pf::rules
