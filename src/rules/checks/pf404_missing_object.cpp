// PF404 missing-object: docs, rationale and examples in rules/PF404-missing-object.yaml.
#include "ast/ast.h"
#include "model/model.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

class MissingObjectRule final : public Rule {
 public:
  void on(const ast::DropTable& statement, RuleContext& ctx) const override {
    if (statement.if_exists) return;  // DROP TABLE IF EXISTS is written for a missing table
    for (const ast::ObjectName& table : statement.tables) {
      check_table(table, "DROP TABLE", statement, ctx, /*views_too=*/false);
    }
  }

  void on(const ast::Drop& statement, RuleContext& ctx) const override {
    if (statement.if_exists) return;
    const std::optional<model::ObjectType> type = module_type(statement.object_type);
    if (!type) return;
    for (const ast::DropTarget& target : statement.targets) {
      if (!persistent(target.name)) continue;
      if (const std::optional<std::string> why = ctx.missing(*type, target.name, statement)) {
        report(statement, "DROP " + statement.object_type, target.name, *why, ctx);
      }
    }
  }

  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    check_table(statement.name, "ALTER TABLE", statement, ctx, /*views_too=*/false);
  }

  void on(const ast::Truncate& statement, RuleContext& ctx) const override {
    check_table(statement.table, "TRUNCATE TABLE", statement, ctx, /*views_too=*/false);
  }

  void on(const ast::Insert& statement, RuleContext& ctx) const override {
    // INSERT may write through a view or a synonym.
    check_table(resolve_alias(statement.target, statement), "INSERT INTO", statement, ctx,
                /*views_too=*/true);
  }

 private:
  static std::optional<model::ObjectType> module_type(std::string_view object_type) {
    if (object_type == "VIEW") return model::ObjectType::View;
    if (object_type == "PROCEDURE" || object_type == "PROC") return model::ObjectType::Procedure;
    if (object_type == "FUNCTION") return model::ObjectType::Function;
    return std::nullopt;
  }

  // Temp tables and table variables belong to the session, and a name in another database is
  // outside what the baseline describes.
  static bool persistent(const ast::ObjectName& name) {
    return !name.empty() && !name.is_temporary() && !name.is_variable() && name.database().empty();
  }

  static void check_table(const ast::ObjectName& table, std::string_view what,
                          const ast::Statement& statement, RuleContext& ctx, bool views_too) {
    if (!persistent(table)) return;
    std::optional<std::string> why = ctx.missing(model::ObjectType::Table, table, statement);
    if (!why) return;
    if (views_too) {
      // Tables, views and synonyms share one namespace: the name may be a view or synonym that
      // the baseline or the deployment defines.
      for (const model::ObjectType type : {model::ObjectType::View, model::ObjectType::Synonym}) {
        if (ctx.model().defined_before(type, table, ctx.location(statement))) return;
        if (ctx.model().has_baseline() && !ctx.missing(type, table, statement)) return;
      }
    }
    report(statement, what, table, *why, ctx);
  }

  static void report(const ast::Statement& statement, std::string_view what,
                     const ast::ObjectName& name, const std::string& why, RuleContext& ctx) {
    ctx.report(statement.range, name.display(),
               fmt::format(FMT_STRING("{} {} fails here: {}"), what, name.display(), why));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_missing_object_rule() {
  return std::make_unique<MissingObjectRule>();
}

}  // namespace pf::rules
