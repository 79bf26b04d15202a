// PF607 schema-unqualified-create: docs, rationale and examples in
// rules/PF607-schema-unqualified-create.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string_view>

namespace pf::rules {
namespace {

void check(const ast::ObjectName& name, const ast::Statement& statement, std::string_view what,
           RuleContext& ctx) {
  if (name.empty() || name.size() > 1 || name.is_temporary() || name.is_variable()) return;
  const ast::SourceRange range = name.range.begin == name.range.end ? statement.range : name.range;
  ctx.report(range, name.display(),
             fmt::format(FMT_STRING("CREATE {} {} names no schema: it is created in the default "
                                    "schema of whoever runs the deployment, which is not dbo for "
                                    "every login"),
                         what, name.display()));
}

class SchemaUnqualifiedCreateRule final : public Rule {
 public:
  void on(const ast::CreateTable& s, RuleContext& ctx) const override {
    check(s.name, s, "TABLE", ctx);
  }
  void on(const ast::CreateView& s, RuleContext& ctx) const override {
    if (!s.is_alter) check(s.name, s, "VIEW", ctx);
  }
  void on(const ast::CreateProcedure& s, RuleContext& ctx) const override {
    if (!s.is_alter) check(s.name, s, "PROCEDURE", ctx);
  }
  void on(const ast::CreateFunction& s, RuleContext& ctx) const override {
    if (!s.is_alter) check(s.name, s, "FUNCTION", ctx);
  }
};

}  // namespace

std::unique_ptr<const Rule> make_schema_unqualified_create_rule() {
  return std::make_unique<SchemaUnqualifiedCreateRule>();
}

}  // namespace pf::rules
