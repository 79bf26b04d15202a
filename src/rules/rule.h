// Private to the rules stage: what a rule is and what it may do.
#pragma once

#include "ast/ast.h"
#include "model/model.h"
#include "rules/rules.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::rules {

// Per-script state while the engine walks one script. Rules are stateless and shared; everything
// that changes lives here.
class RuleContext {
 public:
  RuleContext(const model::Deployment& deployment, std::size_t script_index,
              std::vector<Finding>& sink)
      : deployment_(deployment), script_index_(script_index), sink_(sink) {}

  [[nodiscard]] const model::Deployment& model() const { return deployment_; }

  // Whether this deployment created the table before `statement` runs: then nothing that existed
  // before the deployment is at stake.
  [[nodiscard]] std::optional<model::CreationSite> created_by_deployment(
      const ast::ObjectName& table, const ast::Statement& statement) const {
    return deployment_.table_created_before(table,
                                            model::Location{script_index_, statement.range.begin});
  }

  // Whether `table` may hold rows that existed before the deployment: not a temporary table, not
  // a table variable, and not created by this deployment before `statement`.
  [[nodiscard]] bool holds_rows_from_before(const ast::ObjectName& table,
                                            const ast::Statement& statement) const {
    return !table.is_temporary() && !table.is_variable() &&
           !created_by_deployment(table, statement);
  }

  void report(const ast::SourceRange& range, std::string object, std::string message);

  // Set by the engine before it calls a rule.
  void set_rule(const CatalogueEntry* rule) { rule_ = rule; }

 private:
  const model::Deployment& deployment_;
  std::size_t script_index_;
  std::vector<Finding>& sink_;
  const CatalogueEntry* rule_ = nullptr;
};

// A rule overrides `on` for the node kinds it inspects. The engine walks every statement, nested
// ones included, so a rule never recurses itself.
class Rule {
 public:
  virtual ~Rule() = default;
  [[nodiscard]] virtual std::string_view id() const = 0;
  [[nodiscard]] virtual std::string_view name() const = 0;

  // Called once per script, before its statements, for checks that are not about one statement
  // (e.g. the script's inline suppression directives).
  virtual void on_script(const ast::Script& /*script*/, RuleContext& /*ctx*/) const {}

#define PF_RULE_HOOK(kind) \
  virtual void on(const ast::kind& /*statement*/, RuleContext& /*ctx*/) const {}
  PF_AST_STATEMENT_KINDS(PF_RULE_HOOK)
#undef PF_RULE_HOOK
};

// Every built-in rule, in id order (registry.cpp).
[[nodiscard]] const std::vector<std::unique_ptr<const Rule>>& builtin_rules();

}  // namespace pf::rules
