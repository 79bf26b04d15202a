// PF105 drop-index: docs, rationale and examples in rules/PF105-drop-index.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DropIndexRule final : public Rule {
 public:
  void on(const ast::Drop& statement, RuleContext& ctx) const override {
    if (statement.object_type != "INDEX") return;
    for (const ast::DropTarget& target : statement.targets) {
      // `DROP INDEX ix ON t`, or the legacy `DROP INDEX t.ix`.
      ast::ObjectName table = target.table ? *target.table : target.name;
      if (!target.table) table.pop_back();
      const ast::ObjectName index{target.name.object()};
      if (table.is_temporary() || ctx.created_by_deployment(table, statement) ||
          ctx.created_by_deployment(model::ObjectType::Index, index, statement, table) ||
          ctx.recreated_later(model::ObjectType::Index, index, statement, table) ||
          ctx.recreated_after_rename(model::ObjectType::Index, index, statement, table) ||
          ctx.table_dropped_later(table, statement)) {
        continue;
      }
      const std::string object = table.display() + "." + index.display();
      ctx.report(
          statement.range, object,
          fmt::format(FMT_STRING("DROP INDEX {} can slow down the queries that use it"), object));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_index_rule() { return std::make_unique<DropIndexRule>(); }

}  // namespace pf::rules
