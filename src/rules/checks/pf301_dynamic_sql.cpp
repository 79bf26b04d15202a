// PF301 dynamic-sql: docs, rationale and examples in rules/PF301-dynamic-sql.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DynamicSqlRule final : public Rule {
 public:
  void on(const ast::Execute& statement, RuleContext& ctx) const override {
    // A literal SQL text is parsed, and its statements are checked like any others.
    if (statement.dynamic_parsed) return;
    if (statement.is_string) {
      ctx.report(statement.range, "",
                 statement.string_is_literal
                     ? "EXEC of SQL text inside dynamic SQL: Preflight does not check what it runs"
                     : "EXEC of a string built at run time: Preflight cannot see what it runs");
      return;
    }
    if (statement.procedure_variable) {
      ctx.report(statement.range, *statement.procedure_variable,
                 fmt::format(FMT_STRING("EXEC of the procedure named by {}: Preflight cannot see "
                                        "what it runs"),
                             *statement.procedure_variable));
      return;
    }
    if (statement.procedure && !statement.runs_sql_text) {
      // A synonym for a procedure that runs SQL text runs it as well, unread.
      for (const ast::ObjectName& target : ctx.model().synonym_targets(*statement.procedure)) {
        if (ast::find_sql_text_procedure(target.object()) == nullptr) continue;
        ctx.report(statement.range, statement.procedure->display(),
                   fmt::format(FMT_STRING("{} is a synonym for {}, which runs SQL text: Preflight "
                                          "does not read text run through a synonym"),
                               statement.procedure->display(), target.display()));
        return;
      }
    }
    if (!statement.runs_sql_text || !statement.procedure) return;
    ctx.report(statement.range, "",
               fmt::format(FMT_STRING("{} runs SQL text that is not one literal Preflight can "
                                      "read (built at run time, or a fragment of its own query): "
                                      "Preflight cannot see what it runs"),
                           statement.procedure->object()));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_dynamic_sql_rule() { return std::make_unique<DynamicSqlRule>(); }

}  // namespace pf::rules
