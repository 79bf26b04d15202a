// PF121 delete-without-where: docs, rationale and examples in
// rules/PF121-delete-without-where.yaml.
#include "rules/every_row.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DeleteWithoutWhereRule final : public Rule {
 public:
  void on(const ast::Delete& statement, RuleContext& ctx) const override {
    report_every_row(statement, ctx, "DELETE", "removes");
  }
};

}  // namespace

std::unique_ptr<const Rule> make_delete_without_where_rule() {
  return std::make_unique<DeleteWithoutWhereRule>();
}

}  // namespace pf::rules
