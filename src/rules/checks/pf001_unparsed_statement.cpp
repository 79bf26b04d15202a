// PF001 unparsed-statement: docs, rationale and examples in rules/PF001-unparsed-statement.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class UnparsedStatementRule final : public Rule {
 public:
  // Fail closed: what Preflight cannot read, a person must.
  void on(const ast::Unparsed& statement, RuleContext& ctx) const override {
    ctx.report(statement.range, "",
               fmt::format(FMT_STRING("Preflight could not parse this statement ({}), so it "
                                      "cannot vouch for it"),
                           statement.reason));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_unparsed_statement_rule() {
  return std::make_unique<UnparsedStatementRule>();
}

}  // namespace pf::rules
