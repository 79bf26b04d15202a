#include "rules/locking.h"

#include <functional>
#include <optional>
#include <string>

namespace pf::rules {
namespace {

bool contains(const ast::Statement& root, const ast::Statement& target) {
  if (&root == &target) return true;
  bool found = false;
  root.for_each_child([&](const ast::Statement& child) {
    if (!found && contains(child, target)) found = true;
  });
  return found;
}

// Looks for a statement list (a batch, block, TRY or CATCH part, module body or literal dynamic
// SQL) where a CREATE TABLE of `key` comes before the statement that holds `target`.
class SameListSearch {
 public:
  SameListSearch(std::string key, const ast::Statement& target)
      : key_(std::move(key)), target_(target) {}

  bool in_script(const ast::Script& script) const {
    for (const ast::Batch& batch : script.batches) {
      if (in_list(batch.statements)) return true;
    }
    return false;
  }

  bool in_list(const ast::StatementList& list) const {
    bool created = false;
    for (const ast::StatementPtr& s : list) {
      if (created && contains(*s, target_)) return true;
      if (const auto* table = dynamic_cast<const ast::CreateTable*>(s.get())) {
        if (model::object_key(table->name) == key_) created = true;
      }
    }
    for (const ast::StatementPtr& s : list) {
      if (contains(*s, target_)) return nested(*s);
    }
    return false;
  }

 private:
  bool nested(const ast::Statement& s) const {
    if (const auto* block = dynamic_cast<const ast::Block*>(&s)) return in_list(block->statements);
    if (const auto* tc = dynamic_cast<const ast::TryCatch*>(&s)) {
      return in_list(tc->try_statements) || in_list(tc->catch_statements);
    }
    if (const auto* module = dynamic_cast<const ast::Module*>(&s)) return in_list(module->body);
    if (const auto* exec = dynamic_cast<const ast::Execute*>(&s)) {
      return in_list(exec->dynamic_statements);
    }
    bool found = false;
    s.for_each_child([&](const ast::Statement& child) {
      if (!found && contains(child, target_)) found = nested(child);
    });
    return found;
  }

  std::string key_;
  const ast::Statement& target_;
};

}  // namespace

bool created_earlier_in_same_block(const RuleContext& ctx, const ast::ObjectName& table,
                                   const ast::Statement& statement) {
  // Only a creation the model found uncertain, in this script, can be the one: the walk below
  // is then paid for the few statements it concerns.
  const std::optional<model::CreationSite> site = ctx.model().conditionally_created_before(
      model::ObjectType::Table, table, ctx.location(statement));
  const ast::Script& script = *ctx.model().scripts()[ctx.script_index()].script;
  // The model keeps no creations inside a module body, which runs later, and what the deployment
  // created may hold rows by then: there only the same block can tell (a procedure that creates a
  // table and then indexes it).
  if (ctx.in_module()) {
    return SameListSearch(model::object_key(table), statement).in_script(script);
  }
  if (!site) return false;
  if (site->foreign || site->location.script_index != ctx.script_index()) return false;
  // The idempotent `IF OBJECT_ID(N't') IS NULL CREATE TABLE t ...` is not taken at its word: the
  // table it then indexes may be one that was there before, with its rows (as PF402 counts it).
  // A scope (history, journal) or a baseline is what tells.
  // A creation that may not take effect because of session state (SET NOEXEC ON, a transaction
  // left open) holds for everything after it in the script until that state may change: when the
  // later statement runs, so did the creation.
  const ast::SourcePosition from = site->location.position;
  const ast::SourcePosition to = statement.range.begin;
  const bool noexec = site->uncertain == "under SET NOEXEC ON" ||
                      site->uncertain == "under SET PARSEONLY ON" ||
                      site->uncertain == "under SET FMTONLY ON";
  const bool open_transaction =
      site->uncertain.rfind("in a transaction still open at the end of ", 0) == 0;
  if (noexec || open_transaction) {
    bool changes = false;
    ast::walk(script, [&](const ast::Statement& s) {
      if (changes || s.range.begin < from || !(s.range.begin < to)) return;
      if (noexec && s.kind == ast::Kind::SetOption) {
        for (const std::string& option : static_cast<const ast::SetOption&>(s).options) {
          if (option == "NOEXEC" || option == "PARSEONLY" || option == "FMTONLY") changes = true;
        }
      }
      if (open_transaction && s.kind == ast::Kind::Transaction) changes = true;
    });
    if (!changes) return true;
  }
  return SameListSearch(model::object_key(table), statement).in_script(script);
}

bool existed_before(const RuleContext& ctx, const ast::ObjectName& table,
                    const ast::Statement& statement) {
  return ctx.holds_rows_from_before(table, statement) &&
         !ctx.created_by_deployment(model::ObjectType::View, table, statement) &&
         !created_earlier_in_same_block(ctx, table, statement);
}

std::optional<SchemaChange> schema_change(const ast::Statement& statement) {
  switch (statement.kind) {
    case ast::Kind::AlterTable: {
      const auto& alter = static_cast<const ast::AlterTable&>(statement);
      bool low_priority = !alter.actions.empty();
      for (const ast::AlterTableAction& action : alter.actions) {
        low_priority = low_priority && action.online.wait_at_low_priority;
      }
      return SchemaChange{&alter.name, "ALTER TABLE", low_priority};
    }
    case ast::Kind::CreateIndex: {
      const auto& create = static_cast<const ast::CreateIndex&>(statement);
      return SchemaChange{&create.table, "CREATE INDEX", create.online.wait_at_low_priority};
    }
    case ast::Kind::AlterIndex: {
      const auto& alter = static_cast<const ast::AlterIndex&>(statement);
      if (alter.action == "REORGANIZE") return std::nullopt;
      return SchemaChange{&alter.table, "ALTER INDEX … " + alter.action,
                          alter.online.wait_at_low_priority};
    }
    default:
      return std::nullopt;
  }
}

}  // namespace pf::rules
