#include "model/changes.h"

#include "model/change_summarizer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace pf::model {

std::string_view change_action_name(Change::Action action) {
  switch (action) {
    case Change::Action::Create:
      return "create";
    case Change::Action::Alter:
      return "alter";
    case Change::Action::Drop:
      return "drop";
    case Change::Action::Rename:
      return "rename";
    case Change::Action::Insert:
      return "insert";
    case Change::Action::Update:
      return "update";
    case Change::Action::Delete:
      return "delete";
    case Change::Action::Merge:
      return "merge";
    case Change::Action::Truncate:
      return "truncate";
    case Change::Action::Grant:
      return "grant";
    case Change::Action::Deny:
      return "deny";
    case Change::Action::Revoke:
      return "revoke";
    case Change::Action::Set:
      return "set";
    case Change::Action::Run:
      return "run";
    case Change::Action::NotUnderstood:
      return "not-understood";
  }
  return "not-understood";
}

std::string_view change_rows_name(Change::Rows rows) {
  switch (rows) {
    case Change::Rows::Bounded:
      return "bounded";
    case Change::Rows::WholeTable:
      return "whole-table";
    case Change::Rows::None:
      break;
  }
  return {};
}
namespace change_walk {
namespace {

std::string_view module_kind(ast::Kind kind) {
  switch (kind) {
    case ast::Kind::CreateProcedure:
      return "procedure";
    case ast::Kind::CreateFunction:
      return "function";
    case ast::Kind::CreateTrigger:
      return "trigger";
    default:
      return "view";
  }
}

// `PROC` is a procedure; other object types keep their words, lower case.
std::string drop_kind(std::string_view object_type) {
  if (object_type == "PROC") return "procedure";
  return lower(object_type);
}

}  // namespace

template <class RowWrite>
void Summarizer::visit_row_write(std::size_t index, Action action, const RowWrite& write) {
  const ast::ObjectName& table = resolve_alias(write.target, write);
  if (is_session_table(table)) return;
  std::string detail;
  Rows rows = Rows::Bounded;
  if (write.current_of) {
    detail = "WHERE CURRENT OF a cursor";
  } else if (write.has_where && !write.where_always_true) {
    detail = "bounded by WHERE";
  } else if (write.joins_restrict_rows) {
    detail = "bounded by a join";
  } else if (write.has_top) {
    detail = "bounded by TOP";
  } else {
    rows = Rows::WholeTable;
    detail = write.has_where ? "whole table (its WHERE is always true)" : "whole table";
  }
  if constexpr (std::is_same_v<RowWrite, ast::Update>) {
    std::vector<std::string> columns;
    for (const ast::Identifier& c : write.set_columns) columns.push_back(c.value);
    if (!columns.empty()) detail += "; sets " + joined(columns);
  }
  data(index, action, table, std::move(detail), rows);
}

void Summarizer::visit(std::size_t index, const ast::Statement& s) {
  switch (s.kind) {
    case ast::Kind::CreateTable: {
      const auto& create = static_cast<const ast::CreateTable&>(s);
      if (is_session_table(create.name)) break;
      emit(index, Action::Create, "table", create.name.display(),
           fmt::format(FMT_STRING("{} column{}"), create.columns.size(),
                       create.columns.size() == 1 ? "" : "s"),
           create.name.range.begin);
      break;
    }
    case ast::Kind::DropTable: {
      for (const ast::ObjectName& table : static_cast<const ast::DropTable&>(s).tables) {
        if (is_session_table(table)) continue;
        emit(index, Action::Drop, "table", table.display(), {}, table.range.begin);
      }
      break;
    }
    case ast::Kind::Select: {
      const auto& select = static_cast<const ast::Select&>(s);
      if (select.into && !is_session_table(*select.into)) {
        emit(index, Action::Create, "table", select.into->display(), "SELECT INTO, with its rows",
             select.into->range.begin);
      }
      break;
    }
    case ast::Kind::Insert: {
      const auto& insert = static_cast<const ast::Insert&>(s);
      const ast::ObjectName& table = resolve_alias(insert.target, insert);
      if (is_session_table(table)) break;
      const char* source = insert.source == ast::Insert::Source::Values    ? "VALUES"
                           : insert.source == ast::Insert::Source::Select  ? "from a query"
                           : insert.source == ast::Insert::Source::Execute ? "from EXEC"
                                                                           : "DEFAULT VALUES";
      data(index, Action::Insert, table, source, Rows::None);
      break;
    }
    case ast::Kind::Update:
      visit_row_write(index, Action::Update, static_cast<const ast::Update&>(s));
      break;
    case ast::Kind::Delete:
      visit_row_write(index, Action::Delete, static_cast<const ast::Delete&>(s));
      break;
    case ast::Kind::Merge: {
      const auto& merge = static_cast<const ast::Merge&>(s);
      const ast::ObjectName& table = resolve_alias(merge.target, merge);
      if (is_session_table(table)) break;
      std::vector<std::string> clauses;
      if (merge.has_insert) clauses.emplace_back("INSERT");
      if (merge.has_update) clauses.emplace_back("UPDATE");
      if (merge.has_delete) clauses.emplace_back("DELETE");
      std::string detail = clauses.empty() ? std::string("rows chosen by ON and WHEN")
                                           : joined(clauses) + " as ON and WHEN choose";
      if (merge.on_always_true) detail += "; its ON is always true: every row matches";
      data(index, Action::Merge, table, std::move(detail),
           merge.on_always_true ? Rows::WholeTable : Rows::None);
      break;
    }
    case ast::Kind::Truncate: {
      const auto& truncate = static_cast<const ast::Truncate&>(s);
      if (is_session_table(truncate.table)) break;
      data(index, Action::Truncate, truncate.table,
           truncate.partitions ? "some partitions" : "whole table",
           truncate.partitions ? Rows::Bounded : Rows::WholeTable);
      break;
    }
    case ast::Kind::BulkInsert: {
      const auto& bulk = static_cast<const ast::BulkInsert&>(s);
      data(index, Action::Insert, bulk.table, "BULK INSERT from a file", Rows::None);
      break;
    }
    case ast::Kind::CreateProcedure:
    case ast::Kind::CreateFunction:
    case ast::Kind::CreateTrigger:
    case ast::Kind::CreateView: {
      const auto& module = static_cast<const ast::Module&>(s);
      std::string detail;
      if (s.kind == ast::Kind::CreateTrigger) {
        const auto& trigger = static_cast<const ast::CreateTrigger&>(s);
        detail = trigger.table           ? "on " + trigger.table->display()
                 : trigger.scope.empty() ? std::string()
                                         : "on " + trigger.scope;
      }
      if (module.or_alter)
        detail = detail.empty() ? "CREATE OR ALTER" : "CREATE OR ALTER, " + detail;
      emit(index, module.is_alter ? Action::Alter : Action::Create,
           std::string(module_kind(s.kind)), module.name.display(), std::move(detail),
           module.name.range.begin);
      break;
    }
    case ast::Kind::AlterTable:
      visit_alter_table(index, static_cast<const ast::AlterTable&>(s));
      break;
    case ast::Kind::CreateIndex: {
      const auto& index_ = static_cast<const ast::CreateIndex&>(s);
      std::vector<std::string> words;
      if (index_.unique) words.emplace_back("UNIQUE");
      if (index_.clustered) words.emplace_back(*index_.clustered ? "CLUSTERED" : "NONCLUSTERED");
      if (index_.columnstore) words.emplace_back("COLUMNSTORE");
      std::string detail = joined(words, " ");
      if (!index_.columns.empty()) {
        detail += (detail.empty() ? "(" : " (") + joined(index_.columns) + ")";
      }
      if (index_.filtered) detail += " filtered";
      emit(index, Action::Create, "index", index_.table.display() + "." + index_.name,
           std::move(detail));
      break;
    }
    case ast::Kind::AlterIndex: {
      const auto& alter = static_cast<const ast::AlterIndex&>(s);
      emit(index, Action::Alter, "index",
           alter.table.display() + "." + (alter.all ? std::string("ALL") : alter.name),
           alter.action);
      break;
    }
    case ast::Kind::Drop: {
      const auto& drop = static_cast<const ast::Drop&>(s);
      const std::string kind = drop_kind(drop.object_type);
      for (const ast::DropTarget& target : drop.targets) {
        std::string object = target.table ? target.table->display() + "." + target.name.display()
                                          : target.name.display();
        emit(index, Action::Drop, kind, std::move(object), {}, target.name.range.begin);
      }
      if (drop.targets.empty()) emit(index, Action::Drop, kind, {});
      break;
    }
    case ast::Kind::CreateSchema: {
      const auto& create = static_cast<const ast::CreateSchema&>(s);
      emit(index, Action::Create, "schema", create.name,
           create.owner ? "owner " + *create.owner : std::string());
      break;
    }
    case ast::Kind::CreateType: {
      const auto& create = static_cast<const ast::CreateType&>(s);
      emit(index, Action::Create, "type", create.name.display(),
           create.is_table    ? std::string("table type")
           : create.base_type ? "from " + type_text(*create.base_type)
                              : std::string(),
           create.name.range.begin);
      break;
    }
    case ast::Kind::Sequence: {
      const auto& sequence = static_cast<const ast::Sequence&>(s);
      emit(index, sequence.is_alter ? Action::Alter : Action::Create, "sequence",
           sequence.name.display(), {}, sequence.name.range.begin);
      break;
    }
    case ast::Kind::CreateSynonym: {
      const auto& synonym = static_cast<const ast::CreateSynonym&>(s);
      emit(index, Action::Create, "synonym", synonym.name.display(),
           "for " + synonym.target.display(), synonym.name.range.begin);
      break;
    }
    case ast::Kind::CreateStatistics: {
      const auto& stats = static_cast<const ast::CreateStatistics&>(s);
      emit(index, Action::Create, "statistics", stats.table.display() + "." + stats.name);
      break;
    }
    case ast::Kind::UpdateStatistics: {
      const auto& stats = static_cast<const ast::UpdateStatistics&>(s);
      emit(index, Action::Run, "statistics", stats.table.display(), "UPDATE STATISTICS");
      break;
    }
    case ast::Kind::CreateDatabase: {
      const auto& create = static_cast<const ast::CreateDatabase&>(s);
      if (create.name == "SCOPED") {
        emit(index, Action::Create, "database scoped credential", {});
      } else {
        emit(index, Action::Create, "database", create.name);
      }
      break;
    }
    case ast::Kind::AlterDatabase: {
      const auto& alter = static_cast<const ast::AlterDatabase&>(s);
      // ALTER DATABASE AUDIT SPECIFICATION, ALTER DATABASE ENCRYPTION KEY: not a database.
      if (alter.name == "AUDIT" || alter.name == "ENCRYPTION") {
        emit(index, Action::Alter,
             alter.name == "AUDIT" ? "database audit specification" : "database encryption key",
             {});
        break;
      }
      const bool scoped = alter.name == "SCOPED";
      if (alter.set_options.empty()) {
        emit(index, Action::Alter, scoped ? "database scoped object" : "database",
             scoped ? std::string() : alter.name,
             alter.secrets.empty() ? "files or other options" : "a secret (not shown)");
        break;
      }
      for (const ast::DatabaseOption& option : alter.set_options) {
        std::string detail = option.name;
        if (is_word(option.value)) detail += " " + option.value;
        emit(index, Action::Set, scoped ? "database scoped configuration" : "database setting",
             scoped ? std::string() : alter.name, std::move(detail), option.range.begin);
      }
      break;
    }
    case ast::Kind::CreatePrincipal: {
      const auto& create = static_cast<const ast::CreatePrincipal&>(s);
      emit(index, Action::Create, lower(create.principal_type), create.name);
      break;
    }
    case ast::Kind::AlterPrincipal: {
      const auto& alter = static_cast<const ast::AlterPrincipal&>(s);
      std::string detail = alter.enable ? "ENABLE" : "";
      if (!alter.secrets.empty()) detail += detail.empty() ? "password (not shown)" : ", password";
      emit(index, Action::Alter, lower(alter.principal_type), alter.name, std::move(detail),
           alter.name_range.begin);
      break;
    }
    case ast::Kind::AlterRole: {
      const auto& alter = static_cast<const ast::AlterRole&>(s);
      std::string detail;
      if (alter.added_member) detail = "add member " + *alter.added_member;
      if (alter.dropped_member) detail = "drop member " + *alter.dropped_member;
      emit(index, Action::Alter, alter.server_role ? "server role" : "role", alter.role,
           std::move(detail));
      break;
    }
    case ast::Kind::Permission: {
      const auto& permission = static_cast<const ast::Permission&>(s);
      const Action action = permission.action == ast::Permission::Action::Grant  ? Action::Grant
                            : permission.action == ast::Permission::Action::Deny ? Action::Deny
                                                                                 : Action::Revoke;
      std::string object = "database";
      if (permission.on) {
        object = permission.object_class.empty()
                     ? permission.on->display()
                     : permission.object_class + "::" + permission.on->display();
      }
      std::string detail = joined(permission.permissions) +
                           (action == Action::Revoke ? " from " : " to ") +
                           joined(permission.principals);
      if (permission.with_grant_option) detail += " WITH GRANT OPTION";
      if (permission.cascade) detail += " CASCADE";
      emit(index, action, "permission", std::move(object), std::move(detail));
      break;
    }
    case ast::Kind::AlterAuthorization: {
      const auto& alter = static_cast<const ast::AlterAuthorization&>(s);
      emit(index, Action::Alter, "owner",
           alter.object_class.empty() ? alter.on.display()
                                      : alter.object_class + "::" + alter.on.display(),
           "owner → " + alter.principal);
      break;
    }
    case ast::Kind::PartitionObject: {
      const auto& partition = static_cast<const ast::PartitionObject&>(s);
      std::string detail = partition.action;
      const std::size_t space = detail.find(' ');
      if (space != std::string::npos) detail.resize(space);  // SPLIT, not its boundary value
      emit(index, partition.is_alter ? Action::Alter : Action::Create,
           partition.is_scheme ? "partition scheme" : "partition function", partition.name,
           std::move(detail));
      break;
    }
    case ast::Kind::TriggerToggle: {
      const auto& toggle = static_cast<const ast::TriggerToggle&>(s);
      std::string detail = std::string(toggle.enable ? "enabled" : "disabled") +
                           (toggle.scope.empty() ? std::string() : " on " + toggle.scope);
      if (toggle.all || toggle.triggers.empty()) {
        emit(index, Action::Alter, "trigger", "ALL", std::move(detail));
      }
      for (const ast::ObjectName& trigger : toggle.triggers) {
        emit(index, Action::Alter, "trigger", trigger.display(), detail, trigger.range.begin);
      }
      break;
    }
    case ast::Kind::Execute:
      visit_execute(index, static_cast<const ast::Execute&>(s));
      break;
    case ast::Kind::Reconfigure: {
      const auto& reconfigure = static_cast<const ast::Reconfigure&>(s);
      emit(index, Action::Set, "server setting", "RECONFIGURE",
           reconfigure.with_override ? "applies pending sp_configure changes, WITH OVERRIDE"
                                     : "applies pending sp_configure changes");
      break;
    }
    case ast::Kind::Dbcc:
      emit(index, Action::Run, "dbcc", static_cast<const ast::Dbcc&>(s).command);
      break;
    case ast::Kind::Kill:
      emit(index, Action::Run, "session", {}, "KILL");
      break;
    case ast::Kind::OtherStatement:
      visit_other(index, static_cast<const ast::OtherStatement&>(s));
      break;
    case ast::Kind::Unparsed: {
      // Not its text or the parser's reason: either may hold a literal (a password).
      Change& change = emit(index, Action::NotUnderstood, "statement", {},
                            "Preflight could not parse it: what it changes is unknown");
      // The batch's reason is this statement itself.
      if (change.condition == "in a batch with a statement Preflight could not parse") {
        change.condition.clear();
      }
      break;
    }
    default:
      // Queries, variables, control flow, transactions, session options, PRINT, ...: nothing of
      // the database changes (their children are walked).
      break;
  }
}

}  // namespace change_walk

std::vector<Change> summarize_changes(const Deployment& deployment) {
  return change_walk::Summarizer(deployment).run();
}

}  // namespace pf::model
