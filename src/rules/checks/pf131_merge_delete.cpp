// PF131 merge-delete: docs, rationale and examples in rules/PF131-merge-delete.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class MergeDeleteRule final : public Rule {
 public:
  void on(const ast::Merge& statement, RuleContext& ctx) const override {
    if (!statement.has_delete || !ctx.holds_rows_from_before(statement.target, statement)) return;
    ctx.report(statement.range, statement.target.display(),
               fmt::format(FMT_STRING("MERGE into {} deletes the target rows its WHEN ... THEN "
                                      "DELETE clause matches"),
                           statement.target.display()));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_merge_delete_rule() { return std::make_unique<MergeDeleteRule>(); }

}  // namespace pf::rules
