// PF401 sp-rename: docs, rationale and examples in rules/PF401-sp-rename.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

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
    // A rename inside something this deployment created breaks nothing that existed before.
    if (old_name != nullptr && old_name->string_value) {
      ast::ObjectName table = ast::ObjectName::from_text(*old_name->string_value);
      const bool is_column =
          kind != nullptr && kind->string_value && same_name(*kind->string_value, "COLUMN");
      if (is_column && table.size() > 1) table.pop_back();
      if (!ctx.holds_rows_from_before(table, statement)) return;
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
