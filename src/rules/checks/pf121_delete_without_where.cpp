// PF121 delete-without-where: docs, rationale and examples in
// rules/PF121-delete-without-where.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DeleteWithoutWhereRule final : public Rule {
 public:
  void on(const ast::Delete& statement, RuleContext& ctx) const override {
    // An inner join or CROSS APPLY chooses the rows as a WHERE would; a WHERE that is true for
    // every row (`WHERE 1 = 1`) chooses none of them.
    const bool where_bounds = statement.has_where && !statement.where_always_true;
    if (where_bounds || statement.joins_restrict_rows) return;
    const ast::ObjectName& table = resolve_alias(statement.target, statement);
    if (!ctx.holds_rows_from_before(table, statement)) return;
    const char* from_note = statement.has_from ? "; its FROM has no inner join to limit them" : "";
    if (statement.has_where) {
      ctx.report(
          statement.range, table.display(),
          fmt::format(FMT_STRING("DELETE whose WHERE is always true removes every row of {}{}"),
                      table.display(), from_note));
      return;
    }
    ctx.report(statement.range, table.display(),
               fmt::format(FMT_STRING("DELETE without WHERE removes every row of {}{}"),
                           table.display(), from_note));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_delete_without_where_rule() {
  return std::make_unique<DeleteWithoutWhereRule>();
}

}  // namespace pf::rules
