// PF821 statement-absorbed-into-module: docs, rationale and examples in
// rules/PF821-statement-absorbed-into-module.yaml.
#include "rules/rule.h"
#include "rules/script_order.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pf::rules {
namespace {

bool permanent(const ast::ObjectName& name) {
  return !name.empty() && !name.is_temporary() && !name.is_variable();
}

// The permanent objects a statement itself defines, drops, alters or grants on (not those of
// the statements nested in it), by object_key.
std::vector<std::string> ddl_objects(const ast::Statement& s) {
  std::vector<std::string> out;
  auto add = [&](const ast::ObjectName& name) {
    if (permanent(name)) out.push_back(model::object_key(name));
  };
  switch (s.kind) {
    case ast::Kind::CreateTable:
      add(static_cast<const ast::CreateTable&>(s).name);
      break;
    case ast::Kind::DropTable:
      for (const ast::ObjectName& t : static_cast<const ast::DropTable&>(s).tables) add(t);
      break;
    case ast::Kind::Drop: {
      const auto& drop = static_cast<const ast::Drop&>(s);
      for (const ast::DropTarget& t : drop.targets) {
        // An index is known by its table here: `DROP INDEX ix ON t`.
        if (!t.table) add(t.name);
      }
      break;
    }
    case ast::Kind::AlterTable:
      add(static_cast<const ast::AlterTable&>(s).name);
      break;
    case ast::Kind::CreateIndex:
      add(static_cast<const ast::CreateIndex&>(s).table);
      break;
    case ast::Kind::Permission:
      if (const auto& on = static_cast<const ast::Permission&>(s).on) add(*on);
      break;
    case ast::Kind::CreateProcedure:
    case ast::Kind::CreateFunction:
    case ast::Kind::CreateTrigger:
    case ast::Kind::CreateView:
      add(static_cast<const ast::Module&>(s).name);
      break;
    default:
      break;
  }
  return out;
}

// The same statement and what is nested in it, without entering a module or dynamic SQL.
void walk_here(const ast::Statement& s, const std::function<void(const ast::Statement&)>& visit) {
  visit(s);
  if (dynamic_cast<const ast::Module*>(&s) != nullptr || s.kind == ast::Kind::Execute) return;
  s.for_each_child([&](const ast::Statement& child) { walk_here(child, visit); });
}

bool names_module(const ast::ObjectName& name, const ast::Module& module) {
  return permanent(name) && model::object_key(name) == model::object_key(module.name);
}

// `EXEC sp_addextendedproperty ..., @level1name = N'p'` documenting the module: scripted after
// it by SSMS and SSDT.
bool documents(const ast::Execute& exec, const ast::Module& module) {
  if (!calls_procedure(exec, "sp_addextendedproperty") &&
      !calls_procedure(exec, "sp_updateextendedproperty")) {
    return false;
  }
  const ast::ExecuteArgument* level1 = argument(exec, 5, "@level1name");
  return level1 != nullptr && level1->string_value &&
         same_name(*level1->string_value, module.name.object());
}

class StatementAbsorbedIntoModuleRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    const std::vector<PlacedStatement> all = statements_in_order(script);
    // Where the deployment itself (not a module body) defines, drops, alters or grants on each
    // object: the first such statement after a module shows that the module's body was not
    // meant to do it at run time.
    std::map<std::string, std::vector<ast::SourcePosition>> deployment_ddl;
    for (const PlacedStatement& p : all) {
      if (p.module != nullptr) continue;
      for (const std::string& key : ddl_objects(*p.statement)) {
        deployment_ddl[key].push_back(p.statement->range.begin);
      }
    }
    for (const PlacedStatement& p : all) {
      if (p.module != nullptr) continue;
      if (p.statement->kind != ast::Kind::CreateProcedure &&
          p.statement->kind != ast::Kind::CreateTrigger) {
        continue;
      }
      const auto& module = static_cast<const ast::Module&>(*p.statement);
      if (!module.body_runs_to_end_of_batch) continue;
      if (const auto found = first_absorbed(module, deployment_ddl)) {
        report(module, found->first, found->second, ctx);
      }
    }
  }

 private:
  using Found = std::pair<std::size_t, std::string>;  // body index, why

  static std::optional<Found> first_absorbed(
      const ast::Module& module,
      const std::map<std::string, std::vector<ast::SourcePosition>>& deployment_ddl) {
    const ast::StatementList& body = module.body;
    if (body.size() < 2) return std::nullopt;
    // The body written as one BEGIN ... END: what follows its END is outside what the author
    // wrapped. A SET option or RETURN there is still the procedure's (SET NOCOUNT OFF after the
    // END is a habit).
    const bool wrapped = body.front()->kind == ast::Kind::Block;
    for (std::size_t k = 1; k < body.size(); ++k) {
      const ast::Statement& s = *body[k];
      // CREATE PROCEDURE, VIEW, ... must start a batch: SQL Server rejects the whole batch, so
      // nothing is silently absorbed.
      if (dynamic_cast<const ast::Module*>(&s) != nullptr) return std::nullopt;
      if (wrapped && s.kind != ast::Kind::SetOption && s.kind != ast::Kind::Return) {
        return Found{k, "follows the END that closes the BEGIN ... END around the body"};
      }
      if (s.kind == ast::Kind::Execute) {
        const auto& exec = static_cast<const ast::Execute&>(s);
        if (exec.procedure && names_module(*exec.procedure, module)) {
          return Found{k, "calls the procedure itself"};
        }
        if (documents(exec, module))
          return Found{k, "documents the module (sp_addextendedproperty)"};
      }
      std::optional<std::string> why;
      walk_here(s, [&](const ast::Statement& inner) {
        if (why) return;
        if (inner.kind == ast::Kind::Permission) {
          const auto& permission = static_cast<const ast::Permission&>(inner);
          if (permission.on && names_module(*permission.on, module)) {
            why = "grants, denies or revokes a permission on the module itself";
            return;
          }
        }
        for (const std::string& key : ddl_objects(inner)) {
          const auto found = deployment_ddl.find(key);
          if (found == deployment_ddl.end()) continue;
          for (const ast::SourcePosition& at : found->second) {
            if (module.range.end < at) {
              why =
                  "works on an object that the deployment itself creates or changes after "
                  "the module";
              return;
            }
          }
        }
      });
      if (why) return Found{k, *why};
    }
    return std::nullopt;
  }

  static void report(const ast::Module& module, std::size_t k, const std::string& why,
                     RuleContext& ctx) {
    const std::string name = module.name.display();
    const bool trigger = module.kind == ast::Kind::CreateTrigger;
    const std::string_view type = trigger ? "trigger" : "procedure";
    const std::size_t more = module.body.size() - k - 1;
    const std::string with_rest =
        more == 0 ? std::string("it runs")
                  : fmt::format(FMT_STRING("it and the {} statement{} after it run"), more,
                                more == 1 ? "" : "s");
    ctx.report(module.body[k]->range, name,
               fmt::format(FMT_STRING("this statement is part of {} {}'s body, not of the "
                                      "deployment: it {}, but a body runs to the end of the "
                                      "batch, so {} every time the {} {}, not once now; put GO "
                                      "after the {}'s last statement (line {})"),
                           type, name, why, with_rest, type, trigger ? "fires" : "is called", type,
                           module.body[k - 1]->range.end.line));
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_statement_absorbed_into_module_rule() {
  return std::make_unique<StatementAbsorbedIntoModuleRule>();
}

}  // namespace pf::rules
