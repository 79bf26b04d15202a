// Private to the rules stage: what a rule is and what it may do.
#pragma once

#include "ast/ast.h"
#include "ast/lookup.h"
#include "model/model.h"
#include "rules/rules.h"

#include <fmt/format.h>

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
              std::vector<Finding>& sink, const RuleSettings& settings = {})
      : deployment_(deployment), script_index_(script_index), sink_(sink), settings_(settings) {}

  [[nodiscard]] const model::Deployment& model() const { return deployment_; }
  [[nodiscard]] const RuleSettings& settings() const { return settings_; }
  // The script being walked, as an index into model().scripts().
  [[nodiscard]] std::size_t script_index() const { return script_index_; }

  // Whether this deployment created the table before `statement` runs: then nothing that existed
  // before the deployment is at stake.
  //
  // Inside a module body the answer is always no: the body runs later, when the module is called,
  // and by then whatever the deployment created may hold data.
  [[nodiscard]] std::optional<model::CreationSite> created_by_deployment(
      model::ObjectType type, const ast::ObjectName& name, const ast::Statement& statement,
      std::string_view scope = {}) const {
    if (module_ != nullptr) return std::nullopt;
    return deployment_.created_before(type, name, location(statement), scope);
  }
  [[nodiscard]] std::optional<model::CreationSite> created_by_deployment(
      const ast::ObjectName& table, const ast::Statement& statement) const {
    return created_by_deployment(model::ObjectType::Table, table, statement);
  }
  // An index or constraint `name` of `table`.
  [[nodiscard]] std::optional<model::CreationSite> created_by_deployment(
      model::ObjectType type, const ast::ObjectName& name, const ast::Statement& statement,
      const ast::ObjectName& table) const {
    return created_by_deployment(type, name, statement,
                                 deployment_.scope_key(table, location(statement)));
  }

  // Whether the deployment defines the object again after `statement` (drop and re-create). Not
  // inside a module body, which runs after the deployment.
  [[nodiscard]] bool recreated_later(model::ObjectType type, const ast::ObjectName& name,
                                     const ast::Statement& statement,
                                     std::string_view scope = {}) const {
    return module_ == nullptr &&
           deployment_.recreated_after(type, name, location(statement), scope);
  }
  // An index or constraint `name` of `table`.
  [[nodiscard]] bool recreated_later(model::ObjectType type, const ast::ObjectName& name,
                                     const ast::Statement& statement,
                                     const ast::ObjectName& table) const {
    return recreated_later(type, name, statement,
                           deployment_.scope_key(table, location(statement)));
  }

  // Whether the deployment renames `table` after `statement` and then certainly adds the index or
  // constraint `name` back to it under its new name.
  [[nodiscard]] bool recreated_after_rename(model::ObjectType type, const ast::ObjectName& name,
                                            const ast::Statement& statement,
                                            const ast::ObjectName& table) const {
    return module_ == nullptr &&
           deployment_.recreated_after_move(type, name, table, location(statement));
  }

  // Whether the deployment drops the table after `statement` (not inside a module body, which runs
  // later): a finding about one of its parts (an index, a constraint, a column) is then part of
  // the finding about the table's drop, which the reviewer sees anyway.
  [[nodiscard]] bool table_dropped_later(const ast::ObjectName& table,
                                         const ast::Statement& statement) const {
    return module_ == nullptr &&
           deployment_.dropped_after(model::ObjectType::Table, table, location(statement));
  }

  // Whether `table` may hold rows that existed before the deployment: not a temporary table, not
  // a table variable, and not created by this deployment before `statement`.
  [[nodiscard]] bool holds_rows_from_before(const ast::ObjectName& table,
                                            const ast::Statement& statement) const {
    return !table.is_temporary() && !table.is_variable() &&
           !created_by_deployment(table, statement);
  }

  // The column as the deployment last defined it before `statement` (never inside a module).
  [[nodiscard]] std::optional<model::ColumnDefinition> column_before(
      const ast::ObjectName& table, std::string_view column,
      const ast::Statement& statement) const {
    if (module_ != nullptr) return std::nullopt;
    return deployment_.column_before(table, column, location(statement));
  }

  // Why the object certainly does not exist when `statement` runs (only with a baseline, never
  // inside a module body, never for a statement under IF or WHILE, which may be its guard).
  [[nodiscard]] std::optional<std::string> missing(model::ObjectType type,
                                                   const ast::ObjectName& name,
                                                   const ast::Statement& statement) const {
    if (module_ != nullptr || deployment_.runs_conditionally(location(statement))) {
      return std::nullopt;
    }
    return deployment_.missing_at(type, name, location(statement));
  }

  // Where the table that `statement` puts at risk came from, for messages: " (in the baseline at
  // schema.sql:3)", " (created at a.sql:2 only under IF or WHILE, so it may have existed
  // before)", " (created at a.sql:2 only inside TRY, ...)", " (rows were switched into it at
  // a.sql:5, so it may hold rows from before)", or "".
  [[nodiscard]] std::string origin_note(const ast::ObjectName& table,
                                        const ast::Statement& statement) const {
    if (module_ != nullptr) return {};
    if (const auto c = deployment_.conditionally_created_before(model::ObjectType::Table, table,
                                                                location(statement))) {
      if (c->foreign) {
        return fmt::format(FMT_STRING(" ({} at {}:{}, so it may hold rows from before)"),
                           c->uncertain, c->path, c->location.position.line);
      }
      return fmt::format(FMT_STRING(" (created at {}:{} {}, so it may have existed before)"),
                         c->path, c->location.position.line, c->uncertain);
    }
    if (const auto h =
            deployment_.created_in_history(model::ObjectType::Table, table, location(statement))) {
      return fmt::format(FMT_STRING(" (created at {}:{}, an applied migration: it holds rows from "
                                    "before this deployment)"),
                         h->path, h->location.position.line);
    }
    if (const auto b = deployment_.in_baseline(model::ObjectType::Table, table)) {
      return fmt::format(FMT_STRING(" (in the baseline at {}:{})"), b->path,
                         b->location.position.line);
    }
    return {};
  }

  [[nodiscard]] model::Location location(const ast::Statement& statement) const {
    return model::Location{script_index_, statement.range.begin};
  }

  void report(const ast::SourceRange& range, std::string object, std::string message);

  // The catalogue entry of the rule being called: a rule's id and name live there only.
  [[nodiscard]] const CatalogueEntry& rule() const { return *rule_; }
  // Set by the engine before it calls a rule.
  void set_rule(const CatalogueEntry* rule) { rule_ = rule; }
  // The module whose body the engine is in, or null at deployment level.
  void set_module(const ast::Module* module) { module_ = module; }
  [[nodiscard]] bool in_module() const { return module_ != nullptr; }
  // The module whose body is being walked, or null at deployment level.
  [[nodiscard]] const ast::Module* module() const { return module_; }

 private:
  const model::Deployment& deployment_;
  std::size_t script_index_;
  std::vector<Finding>& sink_;
  RuleSettings settings_;  // a copy: a few plain values
  const CatalogueEntry* rule_ = nullptr;
  const ast::Module* module_ = nullptr;
};

// A rule overrides `on` for the node kinds it inspects. The engine walks every statement, nested
// ones included, so a rule never recurses itself. Its id and name are its catalogue entry's
// (ctx.rule()), so they are written once, in rules/PFNNN-name.yaml.
class Rule {
 public:
  virtual ~Rule() = default;

  // Called for every statement, whatever its kind, before the kind's own hook: for what every
  // statement carries, such as its table references.
  virtual void on_statement(const ast::Statement& /*statement*/, RuleContext& /*ctx*/) const {}
  // Called once per script, before its statements, for checks that are not about one statement
  // (e.g. the script's inline suppression directives).
  virtual void on_script(const ast::Script& /*script*/, RuleContext& /*ctx*/) const {}

#define PF_RULE_HOOK(kind) \
  virtual void on(const ast::kind& /*statement*/, RuleContext& /*ctx*/) const {}
  PF_AST_STATEMENT_KINDS(PF_RULE_HOOK)
#undef PF_RULE_HOOK
};

// SQL Server compares names case-insensitively under its default collations.
[[nodiscard]] bool same_name(std::string_view a, std::string_view b);

// Whether two names written in the deployment's database name the same table: at most two parts
// each, the same object, and the same schema, a missing schema meaning `dbo` (compared ignoring
// case, as same_name does).
[[nodiscard]] bool same_table(const ast::ObjectName& a, const ast::ObjectName& b);

// Whether EXEC calls the system procedure `name` (`sp_rename`, `sys.sp_rename`,
// `master..xp_cmdshell`, ...).
[[nodiscard]] bool calls_procedure(const ast::Execute& exec, std::string_view name);

// `argument` (an EXEC's argument by name or position) and `resolve_alias` (the table a DML
// statement writes) are the AST's own (ast/lookup.h), shared with the model stage.
using ast::argument;
using ast::resolve_alias;

// Where the `i`th of `table`'s hints is written (the whole table reference if the parser did not
// say): a finding about a hint covers the hint.
[[nodiscard]] inline ast::SourceRange hint_range(const ast::TableReference& table, std::size_t i) {
  return i < table.hint_ranges.size() ? table.hint_ranges[i] : table.range;
}

// What src/rules/checks/pfNNN_<name>.cpp defines as make_<name>_rule() (docs/dev/adding-a-rule.md).
using RuleFactory = std::unique_ptr<const Rule> (*)();

// The factories the catalogue compiler lists from rules/*.yaml, one per catalogue entry and in the
// same (id) order, so entry i is made by factory i (generated catalogue_data.cpp).
[[nodiscard]] Span<RuleFactory> compiled_rule_factories();

struct BuiltinRule {
  const CatalogueEntry* entry;  // never null
  std::unique_ptr<const Rule> rule;
};

// Every built-in rule with its catalogue entry, in id order (registry.cpp).
[[nodiscard]] const std::vector<BuiltinRule>& builtin_rules();

}  // namespace pf::rules
