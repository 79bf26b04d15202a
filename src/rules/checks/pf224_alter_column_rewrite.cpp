// PF224 alter-column-rewrite: docs, rationale and examples in
// rules/PF224-alter-column-rewrite.yaml.
#include "rules/column_types.h"
#include "rules/locking.h"
#include "rules/retyped_columns.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AlterColumnRewriteRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    const Edition edition = ctx.settings().edition;
    for_each_retyped_column(
        statement, ctx,
        [&](const ast::ColumnDefinition& c, const auto& before, const std::string& object) {
          // An unknown current type is PF133's finding; a narrowing one PF132's, whose review
          // already holds the script.
          if (!before || !before->type || narrowing(*before->type, *c.type)) return;
          if (created_earlier_in_same_block(ctx, statement.name, statement)) return;
          const std::optional<std::string> change = rewrites_rows(*before->type, *c.type);
          if (!change) return;
          const ast::OnlineOption& online = online_of(statement, c);
          if (online.online == true) {
            if (edition != Edition::Standard) return;
            ctx.report(online.range, object,
                       fmt::format(FMT_STRING("ONLINE = ON fails on Standard edition (the "
                                              "policy's target.edition): {} is not changed and "
                                              "the script stops"),
                                   object));
            return;
          }
          ctx.report(
              c.type->range, object,
              fmt::format(FMT_STRING("changing {} {} rewrites every row of {} under a "
                                     "schema-modification lock: every query on the table waits "
                                     "until it ends, and the log grows with the table{}; {}"),
                          object, *change, statement.name.display(),
                          ctx.origin_note(statement.name, statement),
                          has_online_index_operations(edition)
                              ? "write WITH (ONLINE = ON), or add a new column, backfill it "
                                "in batches and swap the names"
                          : edition == Edition::Standard
                              ? "add a new column, backfill it in batches and swap the "
                                "names, or run it in a quiet window"
                              : "on Enterprise or Azure SQL write WITH (ONLINE = ON); "
                                "elsewhere add a new column, backfill it in batches and "
                                "swap the names, or run it in a quiet window"));
        });
  }

 private:
  static const ast::OnlineOption& online_of(const ast::AlterTable& statement,
                                            const ast::ColumnDefinition& column) {
    static const ast::OnlineOption none;
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.column && &*action.column == &column) return action.online;
    }
    return none;
  }
};

}  // namespace

std::unique_ptr<const Rule> make_alter_column_rewrite_rule() {
  return std::make_unique<AlterColumnRewriteRule>();
}

}  // namespace pf::rules
