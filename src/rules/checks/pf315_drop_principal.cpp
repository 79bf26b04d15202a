// PF315 drop-principal: docs, rationale and examples in rules/PF315-drop-principal.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <optional>

namespace pf::rules {
namespace {

class DropPrincipalRule final : public Rule {
 public:
  void on(const ast::Drop& statement, RuleContext& ctx) const override {
    std::optional<model::ObjectType> type;
    if (statement.object_type == "USER") type = model::ObjectType::User;
    if (statement.object_type == "LOGIN") type = model::ObjectType::Login;
    if (statement.object_type == "ROLE" || statement.object_type == "SERVER ROLE") {
      type = model::ObjectType::Role;
    }
    if (!type) return;
    for (const ast::DropTarget& target : statement.targets) {
      if (ctx.created_by_deployment(*type, target.name, statement)) continue;
      ctx.report(statement.range, target.name.display(),
                 fmt::format(FMT_STRING("DROP {} {} removes it and every permission granted to it"),
                             statement.object_type, target.name.display()));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_principal_rule() {
  return std::make_unique<DropPrincipalRule>();
}

}  // namespace pf::rules
