// PF211 nolock-hint: docs, rationale and examples in rules/PF211-nolock-hint.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class NolockHintRule final : public Rule {
 public:
  void on_statement(const ast::Statement& statement, RuleContext& ctx) const override {
    for (const ast::TableReference& table : statement.table_references) {
      for (const std::string& hint : table.hints) {
        if (hint != "NOLOCK" && hint != "READUNCOMMITTED") continue;
        ctx.report(statement.range, table.name.display(),
                   fmt::format(FMT_STRING("{} hint on {} reads uncommitted, inconsistent data"),
                               hint, table.name.display()));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_nolock_hint_rule() { return std::make_unique<NolockHintRule>(); }

}  // namespace pf::rules
