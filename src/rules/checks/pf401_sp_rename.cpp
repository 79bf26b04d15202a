// PF401 sp-rename: docs, rationale and examples in rules/PF401-sp-rename.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

// Whether the deployment created, before `statement` and unconditionally, the object `name` names
// (for a column or an index: its table; `@objtype` says which) — a table, view, procedure,
// function, trigger, synonym, type or sequence.
bool created_here(ast::ObjectName name, const ast::ExecuteArgument* kind,
                  const ast::Execute& statement, const RuleContext& ctx) {
  const std::string type = kind != nullptr && kind->string_value ? *kind->string_value : "";
  if (same_name(type, "COLUMN") || same_name(type, "INDEX") || same_name(type, "STATISTICS")) {
    if (name.size() < 2) return false;
    name.pop_back();
    return !ctx.holds_rows_from_before(name, statement);
  }
  if (!type.empty() && !same_name(type, "OBJECT")) return false;  // DATABASE, USERDATATYPE
  if (!ctx.holds_rows_from_before(name, statement)) return true;
  for (const model::ObjectType t :
       {model::ObjectType::View, model::ObjectType::Procedure, model::ObjectType::Function,
        model::ObjectType::Trigger, model::ObjectType::Synonym, model::ObjectType::Sequence}) {
    if (ctx.created_by_deployment(t, name, statement)) return true;
  }
  return false;
}

class SpRenameRule final : public Rule {
 public:
  void on(const ast::Execute& statement, RuleContext& ctx) const override {
    if (!calls_procedure(statement, "sp_rename")) return;
    const ast::ExecuteArgument* old_name = argument(statement, 0, "@objname");
    const ast::ExecuteArgument* new_name = argument(statement, 1, "@newname");
    const ast::ExecuteArgument* kind = argument(statement, 2, "@objtype");
    const std::string from = old_name && old_name->string_value ? *old_name->string_value
                             : old_name                         ? old_name->text
                                                                : std::string();
    // A rename of, or inside, something this deployment certainly created breaks nothing that
    // existed before: no caller outside the deployment knows the old name.
    if (old_name != nullptr && old_name->string_value &&
        created_here(ast::ObjectName::from_text(*old_name->string_value), kind, statement, ctx)) {
      return;
    }
    ctx.report(statement.range, from,
               fmt::format(FMT_STRING("sp_rename of {}{} breaks code that still uses the old name"),
                           from.empty() ? std::string("an object") : from,
                           new_name && new_name->string_value ? " to " + *new_name->string_value
                                                              : std::string()));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_sp_rename_rule() { return std::make_unique<SpRenameRule>(); }

}  // namespace pf::rules
