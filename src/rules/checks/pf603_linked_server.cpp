// PF603 linked-server: docs, rationale and examples in rules/PF603-linked-server.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

bool names_server(const ast::ObjectName& name) { return name.size() == 4 && !name.part(0).empty(); }

ast::SourceRange range_of(const ast::ObjectName& name, const ast::Statement& statement) {
  return name.range.begin == name.range.end ? statement.range : name.range;
}

void report(const ast::SourceRange& range, std::string_view server, std::string_view what,
            RuleContext& ctx) {
  ctx.report(range, std::string(server),
             fmt::format(FMT_STRING("{} runs on linked server {}: the script depends on a linked "
                                    "server of that name, its login mapping, and, inside a "
                                    "transaction, a distributed transaction"),
                         what, server));
}

class LinkedServerRule final : public Rule {
 public:
  void on_statement(const ast::Statement& statement, RuleContext& ctx) const override {
    for (const ast::TableReference& ref : statement.table_references) {
      if (names_server(ref.name)) {
        report(range_of(ref.name, statement), ref.name.part(0), ref.name.display(), ctx);
      }
    }
  }

  void on(const ast::Execute& s, RuleContext& ctx) const override {
    // OPENQUERY's query is this EXEC, with the server as at_server; OPENROWSET and OPENDATASOURCE
    // name a data source in the script, which is PF604's.
    if (s.rowset_function == "OPENQUERY") {
      report(s.range, s.at_server.value_or(""), "OPENQUERY", ctx);
    } else if (!s.rowset_function.empty()) {
      return;
    } else if (s.procedure && names_server(*s.procedure)) {
      report(range_of(*s.procedure, s), s.procedure->part(0),
             fmt::format(FMT_STRING("EXEC {}"), s.procedure->display()), ctx);
    } else if (s.at_server) {
      report(s.range, *s.at_server, "EXEC ... AT", ctx);
    }
  }

  void on(const ast::CreateSynonym& s, RuleContext& ctx) const override {
    if (names_server(s.target)) {
      report(range_of(s.target, s), s.target.part(0),
             fmt::format(FMT_STRING("synonym target {}"), s.target.display()), ctx);
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_linked_server_rule() {
  return std::make_unique<LinkedServerRule>();
}

}  // namespace pf::rules
