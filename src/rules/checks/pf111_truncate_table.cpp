// PF111 truncate-table: docs, rationale and examples in rules/PF111-truncate-table.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class TruncateTableRule final : public Rule {
 public:
  void on(const ast::Truncate& statement, RuleContext& ctx) const override {
    if (!ctx.holds_rows_from_before(statement.table, statement)) return;
    ctx.report(statement.range, statement.table.display(),
               fmt::format(FMT_STRING("TRUNCATE TABLE {} removes every row{}{}"),
                           statement.table.display(),
                           statement.partitions ? " of the named partitions" : "",
                           ctx.origin_note(statement.table, statement)));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_truncate_table_rule() {
  return std::make_unique<TruncateTableRule>();
}

}  // namespace pf::rules
