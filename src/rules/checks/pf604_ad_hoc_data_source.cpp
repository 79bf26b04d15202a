// PF604 ad-hoc-data-source: docs, rationale and examples in rules/PF604-ad-hoc-data-source.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class AdHocDataSourceRule final : public Rule {
 public:
  // OPENROWSET and OPENDATASOURCE as table sources (and INSERT/UPDATE targets) keep their
  // function name as the table reference's one-part name.
  void on_statement(const ast::Statement& statement, RuleContext& ctx) const override {
    for (const ast::TableReference& ref : statement.table_references) {
      if (ref.name.size() != 1) continue;
      const std::string_view function = ref.name.object();
      if (same_name(function, "OPENROWSET")) {
        ctx.report(ref.range, "OPENROWSET",
                   "OPENROWSET opens a connection string or a file written into the script, "
                   "from the database server, outside any linked server the DBA manages");
      } else if (same_name(function, "OPENDATASOURCE")) {
        ctx.report(ref.range, "OPENDATASOURCE",
                   "OPENDATASOURCE opens a connection string written into the script, from the "
                   "database server, outside any linked server the DBA manages");
      }
    }
  }

  void on(const ast::Execute& s, RuleContext& ctx) const override {
    if (s.rowset_function != "OPENDATASOURCE") return;
    ctx.report(s.range, "OPENDATASOURCE",
               "EXEC OPENDATASOURCE(...) runs a procedure over a connection string written into "
               "the script, outside any linked server the DBA manages");
  }
};

}  // namespace

std::unique_ptr<const Rule> make_ad_hoc_data_source_rule() {
  return std::make_unique<AdHocDataSourceRule>();
}

}  // namespace pf::rules
