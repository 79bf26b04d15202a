// PF103 drop-database: docs, rationale and examples in rules/PF103-drop-database.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DropDatabaseRule final : public Rule {
 public:
  void on(const ast::Drop& statement, RuleContext& ctx) const override {
    if (statement.object_type != "DATABASE") return;
    for (const ast::DropTarget& target : statement.targets) {
      if (ctx.created_by_deployment(model::ObjectType::Database, target.name, statement)) continue;
      ctx.report(
          statement.range, target.name.display(),
          fmt::format(FMT_STRING("DROP DATABASE {} deletes the database, its data and its files"),
                      target.name.display()));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_database_rule() {
  return std::make_unique<DropDatabaseRule>();
}

}  // namespace pf::rules
