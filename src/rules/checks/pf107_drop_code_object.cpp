// PF107 drop-code-object: docs, rationale and examples in rules/PF107-drop-code-object.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <optional>

namespace pf::rules {
namespace {

class DropCodeObjectRule final : public Rule {
 public:
  void on(const ast::Drop& statement, RuleContext& ctx) const override {
    const std::optional<model::ObjectType> type = code_object_type(statement.object_type);
    if (!type) return;
    for (const ast::DropTarget& target : statement.targets) {
      // `#name` procedures are temporary.
      if (target.name.is_temporary() || ctx.created_by_deployment(*type, target.name, statement) ||
          ctx.recreated_later(*type, target.name, statement)) {
        continue;
      }
      ctx.report(statement.range, target.name.display(),
                 fmt::format(FMT_STRING("DROP {} {} breaks whatever still uses it"),
                             statement.object_type, target.name.display()));
    }
  }

 private:
  static std::optional<model::ObjectType> code_object_type(std::string_view type) {
    if (type == "VIEW") return model::ObjectType::View;
    if (type == "PROCEDURE" || type == "PROC") return model::ObjectType::Procedure;
    if (type == "FUNCTION") return model::ObjectType::Function;
    if (type == "TRIGGER") return model::ObjectType::Trigger;
    if (type == "SYNONYM") return model::ObjectType::Synonym;
    if (type == "TYPE") return model::ObjectType::Type;
    if (type == "SEQUENCE") return model::ObjectType::Sequence;
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<const Rule> make_drop_code_object_rule() {
  return std::make_unique<DropCodeObjectRule>();
}

}  // namespace pf::rules
