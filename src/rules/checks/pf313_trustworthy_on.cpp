// PF313 trustworthy-on: docs, rationale and examples in rules/PF313-trustworthy-on.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class TrustworthyOnRule final : public Rule {
 public:
  void on(const ast::AlterDatabase& statement, RuleContext& ctx) const override {
    for (const ast::DatabaseOption& option : statement.set_options) {
      if (option.name != "TRUSTWORTHY" || option.value != "ON") continue;
      ctx.report(statement.range, statement.name,
                 fmt::format(FMT_STRING("TRUSTWORTHY ON lets code in database {} act with "
                                        "server-level rights"),
                             statement.name));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_trustworthy_on_rule() {
  return std::make_unique<TrustworthyOnRule>();
}

}  // namespace pf::rules
