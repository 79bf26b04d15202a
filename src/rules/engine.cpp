#include "rules/rule.h"
#include "rules/rules.h"

#include <algorithm>
#include <tuple>

namespace pf::rules {
namespace {

void dispatch(const Rule& rule, const ast::Statement& statement, RuleContext& ctx) {
  switch (statement.kind) {
#define PF_DISPATCH(kind)                                   \
  case ast::Kind::kind:                                     \
    rule.on(static_cast<const ast::kind&>(statement), ctx); \
    break;
    PF_AST_STATEMENT_KINDS(PF_DISPATCH)
#undef PF_DISPATCH
  }
}

}  // namespace

void RuleContext::report(const ast::SourceRange& range, std::string object, std::string message) {
  sink_.push_back(Finding{script_index_, rule_, range, std::move(object), std::move(message)});
}

std::vector<Finding> run_rules(const model::Deployment& deployment) {
  std::vector<Finding> findings;
  std::vector<std::pair<const Rule*, const CatalogueEntry*>> rules;
  for (const auto& rule : builtin_rules()) {
    // The catalogue test guarantees every registered rule has an entry.
    rules.emplace_back(rule.get(), find_entry(rule->id()));
  }
  for (std::size_t i = 0; i < deployment.scripts().size(); ++i) {
    RuleContext ctx(deployment, i, findings);
    for (const auto& [rule, entry] : rules) {
      ctx.set_rule(entry);
      rule->on_script(*deployment.scripts()[i].script, ctx);
    }
    ast::walk(*deployment.scripts()[i].script, [&](const ast::Statement& statement) {
      for (const auto& [rule, entry] : rules) {
        ctx.set_rule(entry);
        dispatch(*rule, statement, ctx);
      }
    });
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.script_index, a.range.begin.line, a.range.begin.column, a.rule->id) <
           std::tie(b.script_index, b.range.begin.line, b.range.begin.column, b.rule->id);
  });
  return findings;
}

}  // namespace pf::rules
