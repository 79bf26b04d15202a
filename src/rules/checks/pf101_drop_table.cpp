// PF101 drop-table: docs, rationale and examples in rules/PF101-drop-table.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DropTableRule final : public Rule {
 public:
  void on(const ast::DropTable& statement, RuleContext& ctx) const override {
    for (const ast::ObjectName& table : statement.tables) {
      if (!ctx.holds_rows_from_before(table, statement)) continue;
      ctx.report(statement.range, table.display(),
                 fmt::format(FMT_STRING("DROP TABLE {} destroys the table and its rows{}"),
                             table.display(), ctx.origin_note(table, statement)));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_table_rule() { return std::make_unique<DropTableRule>(); }

}  // namespace pf::rules
