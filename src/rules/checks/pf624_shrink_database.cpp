// PF624 shrink-database: docs, rationale and examples in rules/PF624-shrink-database.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class ShrinkDatabaseRule final : public Rule {
 public:
  void on(const ast::Dbcc& s, RuleContext& ctx) const override {
    if (s.command != "SHRINKFILE" && s.command != "SHRINKDATABASE") return;
    ctx.report(s.range, "",
               fmt::format(FMT_STRING("DBCC {} moves pages to the front of the file: it "
                                      "fragments every index it touches, and the file grows "
                                      "back"),
                           s.command));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_shrink_database_rule() {
  return std::make_unique<ShrinkDatabaseRule>();
}

}  // namespace pf::rules
