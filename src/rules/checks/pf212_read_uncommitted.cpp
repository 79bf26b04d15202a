// PF212 read-uncommitted: docs, rationale and examples in rules/PF212-read-uncommitted.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class ReadUncommittedRule final : public Rule {
 public:
  void on(const ast::SetTransactionIsolation& statement, RuleContext& ctx) const override {
    if (statement.level != "READ UNCOMMITTED") return;
    ctx.report(statement.range, "",
               "READ UNCOMMITTED makes every later read in the session a dirty read");
  }
};

}  // namespace

std::unique_ptr<const Rule> make_read_uncommitted_rule() {
  return std::make_unique<ReadUncommittedRule>();
}

}  // namespace pf::rules
