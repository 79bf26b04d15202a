// PF702 transaction-without-xact-abort: docs, rationale and examples in
// rules/PF702-transaction-without-xact-abort.yaml.
#include "rules/rule.h"
#include "rules/transactions.h"

#include <cstddef>
#include <memory>
#include <string>

namespace pf::rules {
namespace {

class TransactionWithoutXactAbortRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    // One finding per script, on its first such transaction: the fix (SET XACT_ABORT ON at the
    // top) is one line for all of them, and a seed script with a transaction per batch would
    // otherwise bury every other finding.
    const ast::Statement* first = nullptr;
    std::size_t count = 0;
    TransactionWalk::run(script, [&](const ast::Statement& s, const TransactionState& before) {
      if (s.kind != ast::Kind::Transaction) return;
      if (static_cast<const ast::Transaction&>(s).action != ast::Transaction::Action::Begin) return;
      // Nested BEGINs share the outer transaction's fate.
      if (before.open > 0 || before.xact_abort || before.in_try) return;
      if (first == nullptr) first = &s;
      ++count;
    });
    if (first == nullptr) return;
    ctx.report(
        first->range, {},
        fmt::format(FMT_STRING("BEGIN TRANSACTION without SET XACT_ABORT ON and outside "
                               "TRY{}: after most errors SQL Server runs the next "
                               "statements, and the COMMIT keeps a half-applied change"),
                    count > 1 ? fmt::format(FMT_STRING(" (and {} more in this script)"), count - 1)
                              : std::string()));
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_transaction_without_xact_abort_rule() {
  return std::make_unique<TransactionWithoutXactAbortRule>();
}

}  // namespace pf::rules
