// PF231 large-table-backfill: docs, rationale and examples in
// rules/PF231-large-table-backfill.yaml.
#include "rules/backfill.h"
#include "rules/rule.h"

#include <memory>

namespace pf::rules {
namespace {

class LargeTableBackfillRule final : public Rule {
 public:
  void on(const ast::Update& statement, RuleContext& ctx) const override {
    report_unbatched_backfill(statement, ctx, /*large=*/true);
  }
};

}  // namespace

std::unique_ptr<const Rule> make_large_table_backfill_rule() {
  return std::make_unique<LargeTableBackfillRule>();
}

}  // namespace pf::rules
