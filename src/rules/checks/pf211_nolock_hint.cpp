// PF211 nolock-hint: docs, rationale and examples in rules/PF211-nolock-hint.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

// The catalog: views of metadata that a guard or a metadata query reads (IF EXISTS (SELECT 1
// FROM sys.indexes WITH (NOLOCK) …)). A dirty read there sees the state of an object in flux,
// not uncommitted rows of user data: no finding.
bool is_catalog_view(const ast::ObjectName& name) {
  if (same_name(name.schema(), "sys") || same_name(name.schema(), "INFORMATION_SCHEMA")) {
    return true;
  }
  if (!name.schema().empty() && !same_name(name.schema(), "dbo")) return false;
  // The SQL Server 2000 compatibility views, in every database (and master's).
  for (std::string_view view :
       {"sysobjects",    "syscolumns",   "sysindexes",      "sysindexkeys",  "syscomments",
        "sysusers",      "sysdatabases", "sysfiles",        "sysfilegroups", "sysforeignkeys",
        "sysreferences", "systypes",     "sysconstraints",  "sysdepends",    "syspermissions",
        "sysprotects",   "sysmembers",   "syslogins",       "sysservers",    "sysprocesses",
        "syslocks",      "sysaltfiles",  "syscacheobjects", "sysconfigures", "syscurconfigs",
        "syslanguages",  "sysmessages"}) {
    if (same_name(name.object(), view)) return true;
  }
  return false;
}

class NolockHintRule final : public Rule {
 public:
  void on_statement(const ast::Statement& statement, RuleContext& ctx) const override {
    for (const ast::TableReference& table : statement.table_references) {
      if (is_catalog_view(table.name)) continue;
      for (std::size_t i = 0; i < table.hints.size(); ++i) {
        const std::string& hint = table.hints[i];
        if (hint != "NOLOCK" && hint != "READUNCOMMITTED") continue;
        ctx.report(hint_range(table, i), table.name.display(),
                   fmt::format(FMT_STRING("{} hint on {} reads uncommitted, inconsistent data"),
                               hint, table.name.display()));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_nolock_hint_rule() { return std::make_unique<NolockHintRule>(); }

}  // namespace pf::rules
