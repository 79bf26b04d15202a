// PF143 shutdown: docs, rationale and examples in rules/PF143-shutdown.yaml.
#include "rules/rule.h"

#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

constexpr std::string_view kMessage =
    "SHUTDOWN stops the SQL Server instance and every database on it";

class ShutdownRule final : public Rule {
 public:
  void on(const ast::OtherStatement& statement, RuleContext& ctx) const override {
    if (statement.verb != "SHUTDOWN") return;
    ctx.report(statement.range, "", std::string(kMessage));
  }

  // SHUTDOWN is a reserved word that only starts the SHUTDOWN statement, but the grammar reads a
  // bare `SHUTDOWN` only at the start of a batch; after another statement it is unparsed. That is
  // PF001's review, and this rule makes it the failure it is.
  void on(const ast::Unparsed& statement, RuleContext& ctx) const override {
    if (!same_name(statement.reason, "unexpected 'SHUTDOWN'")) return;
    ctx.report(statement.range, "", std::string(kMessage));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_shutdown_rule() { return std::make_unique<ShutdownRule>(); }

}  // namespace pf::rules
