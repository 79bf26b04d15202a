// PF141 restore-database: docs, rationale and examples in rules/PF141-restore-database.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>

namespace pf::rules {
namespace {

class RestoreDatabaseRule final : public Rule {
 public:
  void on(const ast::OtherStatement& statement, RuleContext& ctx) const override {
    // RESTORE DATABASE and RESTORE LOG write a database from a backup (or, FROM
    // DATABASE_SNAPSHOT, revert it to a snapshot). RESTORE VERIFYONLY, HEADERONLY, FILELISTONLY,
    // LABELONLY and REWINDONLY only read the backup. `RESTORE DATABASE d WITH RECOVERY` without
    // FROM only brings a database that is already restoring online.
    if (statement.verb != "RESTORE DATABASE" && statement.verb != "RESTORE LOG") return;
    const auto has = [&](std::string_view word) {
      return std::find(statement.words.begin(), statement.words.end(), word) !=
             statement.words.end();
    };
    if (!has("FROM")) return;
    // `RESTORE DATABASE @name ...` names it in a variable.
    const std::string database =
        statement.name.empty() ? "a database named at run time" : "database " + statement.name;
    ctx.report(statement.range, statement.name,
               has("REPLACE")
                   ? fmt::format(FMT_STRING("RESTORE ... WITH REPLACE overwrites {} and every "
                                            "row in it"),
                                 database)
                   : fmt::format(FMT_STRING("{} overwrites {} with the backup's contents"),
                                 statement.verb, database));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_restore_database_rule() {
  return std::make_unique<RestoreDatabaseRule>();
}

}  // namespace pf::rules
