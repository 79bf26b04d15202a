// PF230 unbatched-backfill: docs, rationale and examples in rules/PF230-unbatched-backfill.yaml.
#include "rules/backfill.h"
#include "rules/rule.h"

#include <memory>

namespace pf::rules {
namespace {

class UnbatchedBackfillRule final : public Rule {
 public:
  void on(const ast::Update& statement, RuleContext& ctx) const override {
    report_unbatched_backfill(statement, ctx, /*large=*/false);
  }
};

}  // namespace

std::unique_ptr<const Rule> make_unbatched_backfill_rule() {
  return std::make_unique<UnbatchedBackfillRule>();
}

}  // namespace pf::rules
