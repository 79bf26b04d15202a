// PF701 transaction-left-open: docs, rationale and examples in
// rules/PF701-transaction-left-open.yaml.
#include "rules/rule.h"
#include "rules/transactions.h"

#include <memory>
#include <vector>

namespace pf::rules {
namespace {

class TransactionLeftOpenRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    std::vector<const ast::Statement*> begins;  // the BEGIN of each transaction still open
    const TransactionState end =
        TransactionWalk::run(script, [&](const ast::Statement& s, const TransactionState& before) {
          if (begins.size() > static_cast<std::size_t>(before.open)) begins.resize(before.open);
          if (s.kind == ast::Kind::Transaction &&
              static_cast<const ast::Transaction&>(s).action == ast::Transaction::Action::Begin) {
            begins.push_back(&s);
          }
        });
    if (begins.size() > static_cast<std::size_t>(end.open)) begins.resize(end.open);
    if (begins.empty()) return;
    ctx.report(begins.front()->range, {},
               end.open == 1
                   ? "BEGIN TRANSACTION is never committed or rolled back in this script: its "
                     "locks are held until the connection closes, and what happens to its work "
                     "then depends on the deployment tool"
                   : fmt::format(FMT_STRING("{} transactions begun in this script are never "
                                            "committed or rolled back: their locks are held until "
                                            "the connection closes"),
                                 end.open));
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_transaction_left_open_rule() {
  return std::make_unique<TransactionLeftOpenRule>();
}

}  // namespace pf::rules
