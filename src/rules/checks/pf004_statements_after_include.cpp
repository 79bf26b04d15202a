// PF004 statements-after-include: docs, rationale and examples in
// rules/PF004-statements-after-include.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class StatementsAfterIncludeRule final : public Rule {
 public:
  // The model replays a `:r` file after the whole script that reads it. Where the script goes on
  // after the `:r` line, the real order differs, and the model could call a drop of a table that
  // existed "created by this deployment": fail closed rather than trust that order.
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    for (const ast::SqlcmdCommand& command : script.sqlcmd_commands) {
      if (command.type != ast::SqlcmdCommand::Type::Include) continue;
      const ast::Statement* later = first_statement_from(script, command.batch);
      if (later == nullptr) continue;
      ctx.report(command.range, command.argument,
                 fmt::format(FMT_STRING("the script goes on after ':r {}' (line {}), but "
                                        "Preflight replays the file it reads after the whole "
                                        "script, so what depends on that order is not checked"),
                             command.argument, later->range.begin.line));
    }
  }

 private:
  // PRINT changes nothing that the order could matter for: SSDT scripts print between includes.
  static const ast::Statement* first_statement_from(const ast::Script& script, std::size_t batch) {
    for (std::size_t b = batch; b < script.batches.size(); ++b) {
      for (const ast::StatementPtr& s : script.batches[b].statements) {
        if (s->kind != ast::Kind::Print) return s.get();
      }
    }
    return nullptr;
  }
};

}  // namespace

std::unique_ptr<const Rule> make_statements_after_include_rule() {
  return std::make_unique<StatementsAfterIncludeRule>();
}

}  // namespace pf::rules
