// PF601 use-database: docs, rationale and examples in rules/PF601-use-database.yaml.
#include "rules/environment.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class UseDatabaseRule final : public Rule {
 public:
  void on(const ast::Use& statement, RuleContext& ctx) const override {
    // `USE [$(DatabaseName)]`, as SSDT writes it, switches to whichever database the deployment
    // targets: nothing is fixed there.
    if (written_with_sqlcmd_variable(ctx, statement.range, statement.database)) return;
    ctx.report(
        statement.range, statement.database,
        fmt::format(
            FMT_STRING("USE {} switches the connection to database {}: what follows runs there, "
                       "whatever database the deployment targets"),
            statement.database, statement.database));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_use_database_rule() { return std::make_unique<UseDatabaseRule>(); }

}  // namespace pf::rules
