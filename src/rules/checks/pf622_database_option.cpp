// PF622 database-option: docs, rationale and examples in rules/PF622-database-option.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string_view>

namespace pf::rules {
namespace {

// Options other rules judge (PF144: OFFLINE, EMERGENCY, SINGLE_USER; PF313: TRUSTWORTHY), and
// the ones that give the database back to its applications.
bool judged_elsewhere(std::string_view option) {
  for (std::string_view name :
       {"OFFLINE", "EMERGENCY", "SINGLE_USER", "TRUSTWORTHY", "ONLINE", "MULTI_USER"}) {
    if (option == name) return true;
  }
  return false;
}

class DatabaseOptionRule final : public Rule {
 public:
  void on(const ast::AlterDatabase& s, RuleContext& ctx) const override {
    // A database this deployment created has no applications yet.
    if (s.name != "CURRENT" &&
        ctx.created_by_deployment(model::ObjectType::Database, ast::ObjectName{s.name}, s)) {
      return;
    }
    for (const ast::DatabaseOption& option : s.set_options) {
      if (judged_elsewhere(option.name)) continue;
      const std::string shown =
          option.value.empty() ? option.name : fmt::format("{} {}", option.name, option.value);
      const ast::SourceRange range =
          option.range.begin == option.range.end ? s.range : option.range;
      // ALTER DATABASE SCOPED CONFIGURATION SET MAXDOP = 1 reads as a database named SCOPED.
      const bool scoped = same_name(s.name, "SCOPED");
      ctx.report(range, scoped ? std::string() : s.name,
                 scoped ? fmt::format(FMT_STRING("DATABASE SCOPED CONFIGURATION SET {} changes "
                                                 "the current database for every application "
                                                 "that uses it"),
                                      shown)
                        : fmt::format(FMT_STRING("SET {} changes database {} for every "
                                                 "application that uses it"),
                                      shown, s.name));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_database_option_rule() {
  return std::make_unique<DatabaseOptionRule>();
}

}  // namespace pf::rules
