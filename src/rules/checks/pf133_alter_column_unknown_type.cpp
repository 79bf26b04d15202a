// PF133 alter-column-unknown-type: docs, rationale and examples in
// rules/PF133-alter-column-unknown-type.yaml.
#include "rules/column_types.h"
#include "rules/retyped_columns.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AlterColumnUnknownTypeRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    for_each_retyped_column(
        statement, ctx,
        [&](const ast::ColumnDefinition& c, const auto& before, const std::string& object) {
          if (before && before->type) return;
          ctx.report(
              statement.range, object,
              fmt::format(
                  FMT_STRING("Preflight cannot see the current type of {}, so it cannot tell "
                             "whether {} narrows it; run the script that creates the table "
                             "earlier in the same check, or confirm by hand"),
                  object, type_display(*c.type)));
        });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_alter_column_unknown_type_rule() {
  return std::make_unique<AlterColumnUnknownTypeRule>();
}

}  // namespace pf::rules
