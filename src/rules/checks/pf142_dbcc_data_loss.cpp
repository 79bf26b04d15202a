// PF142 dbcc-data-loss: docs, rationale and examples in rules/PF142-dbcc-data-loss.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace pf::rules {
namespace {

class DbccDataLossRule final : public Rule {
 public:
  void on(const ast::Dbcc& statement, RuleContext& ctx) const override {
    if (statement.command == "WRITEPAGE") {
      ctx.report(statement.range, "",
                 "DBCC WRITEPAGE writes raw bytes into a data page, bypassing the log");
      return;
    }
    // CHECKDB, CHECKTABLE and CHECKALLOC with REPAIR_ALLOW_DATA_LOSS deallocate the pages they
    // cannot repair, rows and all.
    if (std::find(statement.words.begin(), statement.words.end(), "REPAIR_ALLOW_DATA_LOSS") ==
        statement.words.end()) {
      return;
    }
    ctx.report(statement.range, "",
               fmt::format(FMT_STRING("DBCC {} with REPAIR_ALLOW_DATA_LOSS deletes the rows on "
                                      "pages it cannot repair"),
                           statement.command));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_dbcc_data_loss_rule() {
  return std::make_unique<DbccDataLossRule>();
}

}  // namespace pf::rules
