// PF003 undefined-sqlcmd-variable: docs, rationale and examples in
// rules/PF003-undefined-sqlcmd-variable.yaml.
#include "rules/rule.h"

#include <memory>

namespace pf::rules {
namespace {

class UndefinedSqlcmdVariableRule final : public Rule {
 public:
  // sqlcmd stops at a variable it cannot replace, and a tool that is not sqlcmd sends `$(Name)`
  // to SQL Server as it stands; and a value Preflight did not put into the text it read may be
  // anything (`DROP TABLE dbo.Orders`): either way Preflight cannot know the text that would run.
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    for (const ast::SqlcmdVariableUse& use : script.sqlcmd_variables) {
      if (auto problem = ctx.model().sqlcmd_variable_problem(ctx.script_index(), use)) {
        ctx.report(use.range, "", std::move(*problem));
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_undefined_sqlcmd_variable_rule() {
  return std::make_unique<UndefinedSqlcmdVariableRule>();
}

}  // namespace pf::rules
