// PF229 select-into-table: docs, rationale and examples in rules/PF229-select-into-table.yaml.
#include "rules/locking.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class SelectIntoTableRule final : public Rule {
 public:
  void on(const ast::Select& statement, RuleContext& ctx) const override {
    if (!statement.into || statement.into->is_temporary() || statement.into->is_variable()) return;
    // A procedure's copy runs on each call, on whatever its tables then hold (test frameworks
    // build their result tables this way): the copy at stake is the deployment's own.
    if (ctx.in_module()) return;
    // What is copied: the first table read that holds rows from before the deployment.
    for (const ast::TableReference& table : statement.table_references) {
      // The AST does not name a statement's CTEs, and `FROM a` after `WITH a AS (...)` reads the
      // CTE: under a WITH only a schema-qualified name is surely a table.
      if (statement.has_cte && table.name.schema().empty()) continue;
      if (table.name == *statement.into || table.name.is_temporary() || table.name.is_variable() ||
          !existed_before(ctx, table.name, statement)) {
        continue;
      }
      ctx.report(statement.into->range, statement.into->display(),
                 fmt::format(FMT_STRING("SELECT ... INTO {} copies what it reads of {} in one "
                                        "statement: a large copy holds its locks and log space "
                                        "until it ends, and the new table has no keys, indexes "
                                        "or constraints; create the table first and copy in "
                                        "batches, or accept it for a small table"),
                             statement.into->display(), table.name.display()));
      return;
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_select_into_table_rule() {
  return std::make_unique<SelectIntoTableRule>();
}

}  // namespace pf::rules
