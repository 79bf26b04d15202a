// PF311 xp-cmdshell: docs, rationale and examples in rules/PF311-xp-cmdshell.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class XpCmdshellRule final : public Rule {
 public:
  void on(const ast::Execute& statement, RuleContext& ctx) const override {
    if (calls_procedure(statement, "xp_cmdshell")) {
      ctx.report(statement.range, statement.procedure->display(),
                 "xp_cmdshell runs an operating-system command as the SQL Server service account");
      return;
    }
    if (!calls_procedure(statement, "sp_configure")) return;
    const ast::ExecuteArgument* option = argument(statement, 0, "@configname");
    const ast::ExecuteArgument* value = argument(statement, 1, "@configvalue");
    if (option == nullptr || !option->string_value ||
        !same_name(*option->string_value, "xp_cmdshell")) {
      return;
    }
    // Turning it off is the fix, not the problem.
    if (value != nullptr && value->is_literal && value->text == "0") return;
    ctx.report(statement.range, "xp_cmdshell",
               "sp_configure enables xp_cmdshell, a shell on the database server");
  }
};

}  // namespace

std::unique_ptr<const Rule> make_xp_cmdshell_rule() { return std::make_unique<XpCmdshellRule>(); }

}  // namespace pf::rules
