// PF144 database-unavailable: docs, rationale and examples in
// rules/PF144-database-unavailable.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class DatabaseUnavailableRule final : public Rule {
 public:
  void on(const ast::AlterDatabase& statement, RuleContext& ctx) const override {
    for (const ast::DatabaseOption& option : statement.set_options) {
      // OFFLINE and EMERGENCY are database states (`SET OFFLINE`), SINGLE_USER an access mode;
      // each shuts out the applications that use the database.
      const bool state = option.name == "OFFLINE" || option.name == "EMERGENCY";
      if (!state && option.name != "SINGLE_USER") continue;
      ctx.report(statement.range, statement.name,
                 fmt::format(FMT_STRING("SET {} makes database {} unavailable to its "
                                        "applications"),
                             option.name, statement.name));
    }
  }

  // sp_detach_db removes the database from the server altogether (its files stay on disk).
  void on(const ast::Execute& statement, RuleContext& ctx) const override {
    if (!calls_procedure(statement, "sp_detach_db")) return;
    const ast::ExecuteArgument* database = argument(statement, 0, "@dbname");
    const std::string name =
        database != nullptr && database->string_value ? *database->string_value : std::string();
    ctx.report(statement.range, name,
               fmt::format(FMT_STRING("sp_detach_db removes database {} from the server"),
                           name.empty() ? "?" : name));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_database_unavailable_rule() {
  return std::make_unique<DatabaseUnavailableRule>();
}

}  // namespace pf::rules
