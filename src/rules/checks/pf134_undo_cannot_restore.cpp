// PF134 undo-cannot-restore: docs, rationale and examples in rules/PF134-undo-cannot-restore.yaml.
#include "model/rollback.h"
#include "rules/column_types.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class UndoCannotRestoreRule final : public Rule {
 public:
  void on_script(const ast::Script& /*script*/, RuleContext& ctx) const override {
    const std::optional<model::ForwardScriptReview> forward =
        model::review_forward_script(ctx.model(), ctx.script_index());
    if (!forward) return;
    const std::string no_restore =
        forward->undo != nullptr ? fmt::format(FMT_STRING("undo script {} cannot restore them"),
                                               forward->undo->script.file->path())
                                 : fmt::format(FMT_STRING("no undo script ({}) could restore them"),
                                               forward->missing_undo);
    for (const model::UndoStep& step : forward->review.unrestorable) {
      if (const std::optional<std::string> loss = lost_data(step, ctx)) {
        ctx.report(step.statement->range, step.object,
                   fmt::format(FMT_STRING("{}; {}"), *loss, no_restore));
      }
    }
  }

 private:
  // What the change destroys that existed before the deployment, or nothing: tables, columns and
  // rows the deployment itself created hold no data a rollback would miss.
  static std::optional<std::string> lost_data(const model::UndoStep& step, RuleContext& ctx) {
    const ast::Statement& statement = *step.statement;
    const ast::ObjectName& table = *step.table;
    if (!ctx.holds_rows_from_before(table, statement)) return std::nullopt;
    switch (step.loss) {
      case model::Loss::Table:
        return fmt::format(FMT_STRING("DROP TABLE {} destroys its rows"), step.object);
      case model::Loss::AllRows:
        return fmt::format(FMT_STRING("TRUNCATE TABLE {} destroys every row"), step.object);
      case model::Loss::Column: {
        const auto defined = ctx.column_before(table, step.column, statement);
        if (defined && defined->created_by_deployment) return std::nullopt;
        return fmt::format(FMT_STRING("DROP COLUMN {} destroys its values"), step.object);
      }
      case model::Loss::ColumnType: {
        const ast::ColumnDefinition& column = *step.action->column;
        if (!column.type) return std::nullopt;
        const auto before = ctx.column_before(table, step.column, statement);
        // An unknown previous type is PF133's finding; a widening loses nothing.
        if (!before || before->created_by_deployment || !before->type) return std::nullopt;
        const std::optional<std::string> reason = narrowing(*before->type, *column.type);
        if (!reason) return std::nullopt;
        return fmt::format(FMT_STRING("ALTER COLUMN {} to {} can cut values: it {}"), step.object,
                           type_display(*column.type), *reason);
      }
      default:
        return std::nullopt;
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_undo_cannot_restore_rule() {
  return std::make_unique<UndoCannotRestoreRule>();
}

}  // namespace pf::rules
