// PF226 exclusive-lock-hint: docs, rationale and examples in rules/PF226-exclusive-lock-hint.yaml.
#include "rules/lock_hints.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class ExclusiveLockHintRule final : public Rule {
 public:
  void on_statement(const ast::Statement& statement, RuleContext& ctx) const override {
    for_each_hint_on_existing_table(
        statement, ctx,
        [&](const ast::TableReference& table, const ast::ObjectName& name, const std::string& hint,
            const ast::SourceRange& range) {
          if (hint == "TABLOCKX" || (hint == "XLOCK" && has_hint(table, "TABLOCK"))) {
            ctx.report(range, name.display(),
                       fmt::format(FMT_STRING("{} locks all of {} exclusively until the "
                                              "transaction ends: every query on it waits"),
                                   hint, name.display()));
          } else if (hint == "XLOCK" && !has_hint(table, "ROWLOCK")) {
            ctx.report(range, name.display(),
                       fmt::format(FMT_STRING("XLOCK holds exclusive locks on what it reads of "
                                              "{} until the transaction ends, and SQL Server may "
                                              "take them per page or for the whole table: "
                                              "readers wait as well as writers"),
                                   name.display()));
          }
        });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_exclusive_lock_hint_rule() {
  return std::make_unique<ExclusiveLockHintRule>();
}

}  // namespace pf::rules
