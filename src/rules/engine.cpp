#include "rules/rule.h"
#include "rules/rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <tuple>

namespace pf::rules {
namespace {

void dispatch(const Rule& rule, const ast::Statement& statement, RuleContext& ctx) {
  rule.on_statement(statement, ctx);
  switch (statement.kind) {
#define PF_DISPATCH(kind)                                   \
  case ast::Kind::kind:                                     \
    rule.on(static_cast<const ast::kind&>(statement), ctx); \
    break;
    PF_AST_STATEMENT_KINDS(PF_DISPATCH)
#undef PF_DISPATCH
  }
}

std::string module_clause(const ast::Module& module) {
  const std::string name = module.name.display();
  switch (module.kind) {
    case ast::Kind::CreateView:
      return fmt::format(FMT_STRING("; runs when view {} is queried, not during the deployment"),
                         name);
    case ast::Kind::CreateTrigger:
      return fmt::format(FMT_STRING("; runs when trigger {} fires, not during the deployment"),
                         name);
    case ast::Kind::CreateFunction:
      return fmt::format(FMT_STRING("; runs when function {} is called, not during the deployment"),
                         name);
    default:
      return fmt::format(
          FMT_STRING("; runs when procedure {} is called, not during the deployment"), name);
  }
}

}  // namespace

void RuleContext::report(const ast::SourceRange& range, std::string object, std::string message) {
  if (module_ != nullptr) message += module_clause(*module_);
  sink_.push_back(Finding{script_index_, rule_, range, std::move(object), std::move(message)});
}

bool same_name(std::string_view a, std::string_view b) { return source::equal_ignoring_case(a, b); }

bool same_table(const ast::ObjectName& a, const ast::ObjectName& b) {
  const auto schema = [](std::string_view s) { return s.empty() ? std::string_view("dbo") : s; };
  return !a.empty() && !b.empty() && a.size() <= 2 && b.size() <= 2 &&
         same_name(a.object(), b.object()) && same_name(schema(a.schema()), schema(b.schema()));
}

bool calls_procedure(const ast::Execute& exec, std::string_view name) {
  return exec.procedure && same_name(exec.procedure->object(), name);
}

namespace {

// Walks one statement and its children, telling the context which module body it is in.
void visit(const ast::Statement& statement, const ast::Module* module,
           const std::vector<std::pair<const Rule*, const CatalogueEntry*>>& rules,
           RuleContext& ctx) {
  ctx.set_module(module);
  for (const auto& [rule, entry] : rules) {
    ctx.set_rule(entry);
    dispatch(*rule, statement, ctx);
  }
  const auto* as_module = dynamic_cast<const ast::Module*>(&statement);
  const ast::Module* inner = as_module != nullptr ? as_module : module;
  statement.for_each_child([&](const ast::Statement& child) { visit(child, inner, rules, ctx); });
}

// Sets each finding's `statement`: the innermost statement of its script whose range holds the
// finding's start. `findings` are one script's, sorted by position.
void find_statements(const ast::Script& script, std::vector<Finding>::iterator begin,
                     std::vector<Finding>::iterator end) {
  if (begin == end) return;
  // Parents come before their children, in source order: sorted by start, so the last statement
  // starting at or before a position that also ends after it is the innermost one holding it.
  std::vector<ast::SourceRange> ranges;
  ast::walk(script, [&](const ast::Statement& s) { ranges.push_back(s.range); });
  for (auto f = begin; f != end; ++f) {
    const ast::SourcePosition at = f->range.begin;
    auto after = std::upper_bound(
        ranges.begin(), ranges.end(), at,
        [](const ast::SourcePosition& p, const ast::SourceRange& r) { return p < r.begin; });
    while (after != ranges.begin()) {
      --after;
      if (at < after->end) {
        f->statement = *after;
        break;
      }
    }
  }
}

std::vector<Finding> run_rules_on(const model::Deployment& deployment, std::size_t first,
                                  std::size_t end, const RuleSettings& settings) {
  std::vector<Finding> findings;
  std::vector<std::pair<const Rule*, const CatalogueEntry*>> rules;
  for (const BuiltinRule& rule : builtin_rules()) rules.emplace_back(rule.rule.get(), rule.entry);
  for (std::size_t i = first; i < end && i < deployment.scripts().size(); ++i) {
    RuleContext ctx(deployment, i, findings, settings);
    if (deployment.scripts()[i].history) {
      // An applied migration is state, not the deployment: only what the scope found about the
      // file itself (edited, missing) is reported, and its statements are never walked.
      for (const auto& [rule, entry] : rules) {
        if (entry->category != kHistoryCategory) continue;
        ctx.set_rule(entry);
        rule->on_script(*deployment.scripts()[i].script, ctx);
      }
      continue;
    }
    for (const auto& [rule, entry] : rules) {
      ctx.set_rule(entry);
      rule->on_script(*deployment.scripts()[i].script, ctx);
    }
    for (const ast::Batch& batch : deployment.scripts()[i].script->batches) {
      for (const ast::StatementPtr& statement : batch.statements) {
        visit(*statement, nullptr, rules, ctx);
      }
    }
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.script_index, a.range.begin.line, a.range.begin.column, a.rule->id) <
           std::tie(b.script_index, b.range.begin.line, b.range.begin.column, b.rule->id);
  });
  for (auto from = findings.begin(); from != findings.end();) {
    const std::size_t index = from->script_index;
    const auto to = std::find_if(from, findings.end(),
                                 [&](const Finding& f) { return f.script_index != index; });
    find_statements(*deployment.scripts()[index].script, from, to);
    from = to;
  }
  return findings;
}

}  // namespace

std::vector<Finding> run_rules(const model::Deployment& deployment, const RuleSettings& settings) {
  return run_rules_on(deployment, 0, deployment.scripts().size(), settings);
}

std::vector<Finding> run_rules(const model::Deployment& deployment, std::size_t only_script,
                               const RuleSettings& settings) {
  return run_rules_on(deployment, only_script, only_script + 1, settings);
}
std::vector<Finding> run_rules_on_undo(std::vector<model::ScriptInput> replayed,
                                       const model::ScriptInput& undo,
                                       const std::vector<model::ScriptInput>& baseline,
                                       const RuleSettings& settings) {
  const std::size_t undo_index = replayed.size();
  replayed.push_back(undo);
  const model::Deployment rollback_state(std::move(replayed), baseline);
  return run_rules(rollback_state, undo_index, settings);
}

}  // namespace pf::rules
