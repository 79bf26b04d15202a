// PF104 drop-schema: docs, rationale and examples in rules/PF104-drop-schema.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DropSchemaRule final : public Rule {
 public:
  void on(const ast::Drop& statement, RuleContext& ctx) const override {
    if (statement.object_type != "SCHEMA") return;
    for (const ast::DropTarget& target : statement.targets) {
      if (ctx.created_by_deployment(model::ObjectType::Schema, target.name, statement)) continue;
      ctx.report(statement.range, target.name.display(),
                 fmt::format(FMT_STRING("DROP SCHEMA {} removes the schema and every permission "
                                        "granted on it"),
                             target.name.display()));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_schema_rule() { return std::make_unique<DropSchemaRule>(); }

}  // namespace pf::rules
