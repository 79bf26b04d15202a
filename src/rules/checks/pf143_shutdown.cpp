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
    // The reason may go on after the word (": it reads as a procedure called without EXEC ...").
    constexpr std::string_view kUnexpected = "unexpected 'SHUTDOWN'";
    const std::string_view reason = statement.reason;
    if (reason.size() < kUnexpected.size() ||
        !same_name(reason.substr(0, kUnexpected.size()), kUnexpected) ||
        (reason.size() > kUnexpected.size() && reason[kUnexpected.size()] != ':')) {
      return;
    }
    ctx.report(statement.range, "", std::string(kMessage));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_shutdown_rule() { return std::make_unique<ShutdownRule>(); }

}  // namespace pf::rules
