#include "model/changes.h"

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

namespace {

using Action = Change::Action;
using Rows = Change::Rows;

std::string lower(std::string_view text) { return source::ascii_lower(text); }

std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string type_text(const ast::DataType& type) {
  std::string out = type.name;
  if (!type.args.empty()) out += "(" + joined(type.args) + ")";
  return out;
}

std::string type_text(const std::optional<ast::DataType>& type, std::optional<bool> nullable) {
  std::string out = type ? type_text(*type) : std::string("computed");
  if (nullable) out += *nullable ? " NULL" : " NOT NULL";
  return out;
}

// A word such as SIMPLE or ON, as opposed to a literal the script wrote (a number, a string, a
// path): only words are shown, so no value of the script reaches the summary.
bool is_word(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
  });
}

// Temp tables and table variables vanish with the session: nothing of the database changes.
bool is_session_table(const ast::ObjectName& name) {
  return name.is_temporary() || name.is_variable();
}

// `o` in `DELETE o FROM dbo.Orders AS o`: the table the alias stands for.
const ast::ObjectName& resolve_alias(const ast::ObjectName& target,
                                     const ast::Statement& statement) {
  if (target.size() != 1) return target;
  const std::string alias = lower(target.object());
  for (const ast::TableReference& ref : statement.table_references) {
    if (!ref.alias.empty() && lower(ref.alias) == alias) return ref.name;
  }
  return target;
}

const ast::ExecuteArgument* argument(const ast::Execute& exec, std::size_t position,
                                     std::string_view name) {
  for (const ast::ExecuteArgument& a : exec.arguments) {
    if (a.name && lower(*a.name) == name) return &a;
  }
  if (position < exec.arguments.size() && !exec.arguments[position].name) {
    return &exec.arguments[position];
  }
  return nullptr;
}

// A name argument as the summary shows it: the string's value, or the variable or expression as
// written (`@name`), never another literal.
std::string name_argument(const ast::ExecuteArgument* a) {
  if (a == nullptr) return "?";
  if (a->string_value) return *a->string_value;
  if (a->is_variable) return a->text;
  return "?";
}

class Summarizer {
 public:
  explicit Summarizer(const Deployment& deployment)
      : deployment_(deployment), on_stack_(deployment.scripts().size(), false) {}

  std::vector<Change> run() {
    const std::vector<ScriptInput>& scripts = deployment_.scripts();
    for (std::size_t i = 0; i < scripts.size(); ++i) {
      if (scripts[i].history || scripts[i].included) continue;
      script(i);
    }
    return std::move(out_);
  }

 private:
  void script(std::size_t index) {
    if (on_stack_[index]) return;  // the deploy stage refuses cycles; harmless here all the same
    on_stack_[index] = true;
    const ScriptInput& input = deployment_.scripts()[index];
    const std::vector<ast::SqlcmdCommand>& commands = input.script->sqlcmd_commands;
    std::size_t next = 0;
    std::size_t next_include = 0;
    // sqlcmd runs a command line (reads a `:r` file) where it stands, before the statements after
    // it.
    const auto includes_before = [&](const source::SourcePosition* at) {
      for (; next < commands.size() && (at == nullptr || commands[next].range.begin < *at);
           ++next) {
        command(index, commands[next], next_include);
      }
    };
    for (const ast::Batch& batch : input.script->batches) {
      for (const ast::StatementPtr& statement : batch.statements) {
        includes_before(&statement->range.begin);
        walk(index, *statement, false);
      }
    }
    includes_before(nullptr);
    on_stack_[index] = false;
  }

  // A SQLCMD command line: a `:r` file runs here; a shell command, `:exit(query)` and `:connect`
  // run what the summary cannot see. Their text is not shown: it may hold a password (`-P`).
  void command(std::size_t index, const ast::SqlcmdCommand& command, std::size_t& next_include) {
    using Type = ast::SqlcmdCommand::Type;
    conditional_ = false;
    const auto listed = [&](Action action, std::string kind, std::string object,
                            std::string detail) {
      Change change = base(index, command.range.begin, command.range.begin, action, std::move(kind),
                           std::move(object));
      change.detail = std::move(detail);
      add(std::move(change));
    };
    if (command.type == Type::Include) {
      const ScriptInput& input = deployment_.scripts()[index];
      const std::size_t which = next_include++;
      if (which < input.includes.size() && input.includes[which]) {
        script(*input.includes[which]);
        return;
      }
      listed(Action::NotUnderstood, ":r file", command.argument,
             "the file was not read (missing, refused or over a limit): what it runs is unknown");
    } else if (command.type == Type::Shell) {
      listed(Action::NotUnderstood, "shell command", {},
             "runs an operating-system command: what it changes is unknown");
    } else if (command.type == Type::Exit && !command.argument.empty() &&
               command.argument != "()") {
      listed(Action::NotUnderstood, ":exit query", {},
             "runs a query Preflight does not read: what it changes is unknown");
    } else if (command.word == "connect") {
      listed(Action::Run, ":connect", {},
             "what follows runs in another session, possibly on another server");
    }
  }

  // The statements the deployment itself runs: a module's body runs when the module is called.
  void walk(std::size_t index, const ast::Statement& statement, bool conditional) {
    statement_ = &statement;
    conditional_ = conditional;
    visit(index, statement);
    if (dynamic_cast<const ast::Module*>(&statement) != nullptr) return;
    bool branches = statement.kind == ast::Kind::If || statement.kind == ast::Kind::While;
    if (statement.kind == ast::Kind::Execute) {
      const auto& exec = static_cast<const ast::Execute&>(statement);
      if (exec.at_server) return;  // runs on another server: listed as such by visit()
      branches = branches || exec.runs_per_object;
    }
    statement.for_each_child(
        [&](const ast::Statement& child) { walk(index, child, conditional || branches); });
  }

  Change base(std::size_t index, source::SourcePosition statement_at,
              source::SourcePosition construct_at, Action action, std::string kind,
              std::string object) const {
    Change change;
    change.action = action;
    change.kind = std::move(kind);
    change.object = std::move(object);
    change.path = deployment_.scripts()[index].file->path();
    change.script_index = index;
    change.position = construct_at;
    const Location at{index, statement_at};
    change.conditional = conditional_ || deployment_.runs_conditionally(at);
    if (std::optional<std::string> why = deployment_.may_not_take_effect(at)) {
      change.condition = std::move(*why);
    } else if (change.conditional) {
      change.condition = "only under IF or WHILE";
    }
    return change;
  }

  // A change of the current statement, at `construct_at` (the statement's start by default).
  Change& emit(std::size_t index, Action action, std::string kind, std::string object,
               std::string detail = {}, std::optional<source::SourcePosition> construct_at = {}) {
    Change change =
        base(index, statement_->range.begin, construct_at ? *construct_at : statement_->range.begin,
             action, std::move(kind), std::move(object));
    change.detail = std::move(detail);
    return add(std::move(change));
  }

  Change& add(Change change) {
    // Each statement Preflight could not read keeps its own entry: its place is what a reviewer
    // has to look at.
    const bool counted = change.action == Action::Insert || change.action == Action::Update ||
                         change.action == Action::Delete || change.action == Action::Merge ||
                         change.action == Action::Truncate || change.action == Action::Run;
    if (counted) {
      auto key = std::make_tuple(change.path, change.action, change.kind, change.object,
                                 change.detail, change.rows, change.conditional, change.condition);
      const auto found = counted_.find(key);
      if (found != counted_.end()) {
        ++out_[found->second].statements;
        return out_[found->second];
      }
      counted_.emplace(std::move(key), out_.size());
    }
    out_.push_back(std::move(change));
    return out_.back();
  }

  // Data changes are counted per table: add() merges them only when rows and detail agree.
  Change& data(std::size_t index, Action action, const ast::ObjectName& table, std::string detail,
               Rows rows) {
    Change change = base(index, statement_->range.begin, statement_->range.begin, action, "table",
                         table.display());
    change.detail = std::move(detail);
    change.rows = rows;
    return add(std::move(change));
  }

  void visit(std::size_t index, const ast::Statement& s);
  void visit_alter_table(std::size_t index, const ast::AlterTable& alter);
  void visit_execute(std::size_t index, const ast::Execute& exec);
  void visit_other(std::size_t index, const ast::OtherStatement& other);
  [[nodiscard]] std::string name_at(std::size_t index, const source::SourceRange& range) const;
  template <class RowWrite>
  void visit_row_write(std::size_t index, Action action, const RowWrite& write);

  const Deployment& deployment_;
  std::vector<bool> on_stack_;
  std::vector<Change> out_;
  std::map<std::tuple<std::string, Action, std::string, std::string, std::string, Rows, bool,
                      std::string>,
           std::size_t>
      counted_;
  const ast::Statement* statement_ = nullptr;
  bool conditional_ = false;
};

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

void Summarizer::visit_alter_table(std::size_t index, const ast::AlterTable& alter) {
  using Type = ast::AlterTableAction::Type;
  if (is_session_table(alter.name)) return;
  const std::string table = alter.name.display();
  const Location at{index, alter.range.begin};
  for (const ast::AlterTableAction& action : alter.actions) {
    const source::SourcePosition where = action.range.begin;
    switch (action.type) {
      case Type::AddColumn:
        if (action.column) {
          const ast::ColumnDefinition& c = *action.column;
          std::string detail = type_text(c.type, c.nullable);
          if (c.has_default) detail += " with a DEFAULT";
          emit(index, Action::Create, "column", table + "." + c.name.value, std::move(detail),
               c.name.range.begin);
        }
        break;
      case Type::AlterColumn:
        if (action.column) {
          const ast::ColumnDefinition& c = *action.column;
          const std::optional<ColumnDefinition> before =
              deployment_.column_before(alter.name, c.name.value, at);
          const std::string old_type = before && (before->type || before->nullable)
                                           ? type_text(before->type, before->nullable)
                                           : std::string("unknown type");
          emit(index, Action::Alter, "column", table + "." + c.name.value,
               old_type + " → " + type_text(c.type, c.nullable), c.name.range.begin);
        }
        break;
      case Type::DropColumn:
        for (const std::string& name : action.names) {
          emit(index, Action::Drop, "column", table + "." + name, {}, where);
        }
        break;
      case Type::AddConstraint:
        if (action.constraint) {
          static constexpr const char* kinds[] = {"PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK",
                                                  "DEFAULT"};
          const ast::TableConstraint& c = *action.constraint;
          std::string detail = kinds[static_cast<int>(c.kind)];
          if (action.with_check) detail += *action.with_check ? " WITH CHECK" : " WITH NOCHECK";
          emit(index, Action::Create, "constraint",
               table + "." + (c.name ? *c.name : std::string("(unnamed)")), std::move(detail),
               c.range.begin);
        }
        break;
      case Type::AddIndex:
        emit(index, Action::Create, "index", table, "inline index", where);
        break;
      case Type::DropConstraint:
        for (const std::string& name : action.names) {
          emit(index, Action::Drop, "constraint", table + "." + name, {}, where);
        }
        break;
      case Type::DropIndex:
        for (const std::string& name : action.names) {
          emit(index, Action::Drop, "index", table + "." + name, {}, where);
        }
        break;
      case Type::CheckConstraint:
      case Type::NocheckConstraint: {
        const bool check = action.type == Type::CheckConstraint;
        std::string detail = check ? "enabled" : "disabled (NOCHECK)";
        if (check && action.with_check) {
          detail += *action.with_check ? ", WITH CHECK" : ", WITH NOCHECK";
        }
        if (action.all || action.names.empty()) {
          emit(index, Action::Alter, "constraint", table + ".ALL", detail, where);
        }
        for (const std::string& name : action.names) {
          emit(index, Action::Alter, "constraint", table + "." + name, detail, where);
        }
        break;
      }
      case Type::EnableTrigger:
      case Type::DisableTrigger: {
        const std::string detail = action.type == Type::EnableTrigger ? "enabled" : "disabled";
        if (action.all || action.names.empty()) {
          emit(index, Action::Alter, "trigger", table + ".ALL", detail, where);
        }
        for (const std::string& name : action.names) {
          emit(index, Action::Alter, "trigger", table + "." + name, detail, where);
        }
        break;
      }
      case Type::Switch:
        emit(index, Action::Alter, "table", table,
             action.switch_target ? "rows switched to " + action.switch_target->display()
                                  : std::string("SWITCH"),
             where);
        break;
      case Type::AddPeriod:
        emit(index, Action::Alter, "table", table, "ADD PERIOD FOR SYSTEM_TIME", where);
        break;
      case Type::DropPeriod:
        emit(index, Action::Alter, "table", table, "DROP PERIOD FOR SYSTEM_TIME", where);
        break;
      case Type::Set:
        emit(index, Action::Alter, "table", table, "SET options", where);
        break;
      case Type::Rebuild:
        emit(index, Action::Alter, "table", table, "REBUILD", where);
        break;
      case Type::ChangeTracking:
        emit(index, Action::Alter, "table", table, "change tracking", where);
        break;
    }
  }
  if (alter.actions.empty()) emit(index, Action::Alter, "table", table);
}

void Summarizer::visit_execute(std::size_t index, const ast::Execute& exec) {
  if (exec.at_server) {
    emit(index, Action::Run, "remote SQL", *exec.at_server,
         "runs on a linked server: not summarized");
    return;
  }
  if (exec.runs_sql_text) {
    // Parsed text is walked as the children of this EXEC; unknown text is listed as such.
    if (!exec.dynamic_parsed) {
      emit(index, Action::NotUnderstood, "dynamic SQL",
           exec.procedure ? exec.procedure->display() : std::string("EXEC"),
           "its text is not known before it runs: what it changes is unknown");
    }
    return;
  }
  if (exec.procedure_variable) {
    emit(index, Action::NotUnderstood, "procedure", *exec.procedure_variable,
         "the procedure is named by a variable: what it changes is unknown");
    return;
  }
  if (!exec.procedure) return;
  const std::string name = lower(exec.procedure->object());
  if (name == "sp_rename") {
    const ast::ExecuteArgument* type = argument(exec, 2, "@objtype");
    std::string kind = "object";
    if (type != nullptr) {
      kind = type->string_value ? lower(*type->string_value) : std::string("?");
      if (kind == "userdatatype") kind = "type";
    }
    emit(index, Action::Rename, std::move(kind), name_argument(argument(exec, 0, "@objname")),
         "→ " + name_argument(argument(exec, 1, "@newname")));
    return;
  }
  if (name == "sp_configure") {
    // Without a value it only shows the options.
    if (argument(exec, 1, "@configvalue") == nullptr) return;
    emit(index, Action::Set, "server setting", name_argument(argument(exec, 0, "@configname")),
         "sp_configure");
    return;
  }
  if (name == "sp_addrolemember" || name == "sp_droprolemember") {
    emit(index, Action::Alter, "role", name_argument(argument(exec, 0, "@rolename")),
         (name == "sp_addrolemember" ? "add member " : "drop member ") +
             name_argument(argument(exec, 1, "@membername")));
    return;
  }
  if (name == "sp_addsrvrolemember" || name == "sp_dropsrvrolemember") {
    emit(index, Action::Alter, "server role", name_argument(argument(exec, 1, "@rolename")),
         (name == "sp_addsrvrolemember" ? "add member " : "drop member ") +
             name_argument(argument(exec, 0, "@loginame")));
    return;
  }
  emit(index, Action::Run, "procedure", exec.procedure->display(),
       "what it does is not summarized");
}

// Words that continue an object type after CREATE / ALTER / DROP and its first word.
bool is_type_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "APPLICATION", "AUDIT",        "BINDING",    "CATALOG",       "CLASSIFIER",    "COLLECTION",
      "CONTRACT",    "DATA",         "ENCRYPTION", "FILE",          "FORMAT",        "GOVERNOR",
      "GROUP",       "INDEX",        "KEY",        "LANGUAGE",      "LIBRARY",       "LIST",
      "MASTER",      "NOTIFICATION", "POLICY",     "POOL",          "PRIORITY",      "PROPERTY",
      "PROVIDER",    "QUEUE",        "ROLE",       "ROUTE",         "SCHEMA",        "SEARCH",
      "SERVICE",     "SESSION",      "SOURCE",     "SPECIFICATION", "STOPLIST",      "TABLE",
      "TYPE",        "VIEW",         "XML",        "CREDENTIAL",    "CONFIGURATION", "EXTERNAL"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// The name written at `range`, up to the first blank, parenthesis, semicolon, comma or quote: a
// name (`dbo.Lib`, `[lib]`), never a literal.
std::string Summarizer::name_at(std::size_t index, const source::SourceRange& range) const {
  const source::SourceFile& file = *deployment_.scripts()[index].file;
  const std::string& text = file.text();
  const std::size_t begin = file.offset_of(range.begin);
  std::size_t end = begin;
  while (end < text.size() && end - begin < 256) {
    const char c = text[end];
    if (std::isspace(static_cast<unsigned char>(c)) != 0 || c == '(' || c == ';' || c == ',' ||
        c == '\'' || c == '"') {
      break;
    }
    ++end;
  }
  return text.substr(begin, end - begin);
}

void Summarizer::visit_other(std::size_t index, const ast::OtherStatement& other) {
  if (other.transferred) {
    emit(index, Action::Rename,
         other.transferred_class.empty() ? "object" : lower(other.transferred_class),
         other.transferred->display(), "→ schema " + other.name);
    return;
  }
  if (other.verb == "ALTER SERVER") {
    emit(index, Action::Set, "server setting",
         other.words.empty() ? std::string("CONFIGURATION") : other.words.front());
    return;
  }
  const std::size_t space = other.verb.find(' ');
  const std::string first = other.verb.substr(0, space);
  std::string rest =
      space == std::string::npos ? std::string() : lower(other.verb.substr(space + 1));
  if (!rest.empty() && (first == "CREATE" || first == "ALTER" || first == "DROP")) {
    const Action action = first == "CREATE"  ? Action::Create
                          : first == "ALTER" ? Action::Alter
                                             : Action::Drop;
    // The verb holds the first word of the object type (CREATE EXTERNAL, ALTER FULLTEXT); the
    // rest of it follows (LIBRARY, DATA SOURCE, CATALOG), then the object's name.
    std::size_t i = 0;
    for (; i < other.words.size() && i < 3 && is_type_word(other.words[i]); ++i) {
      rest += " " + lower(other.words[i]);
    }
    std::string object = other.name;
    if (i > 0) {
      object = i < other.word_ranges.size() ? name_at(index, other.word_ranges[i]) : std::string();
      // CREATE FULLTEXT INDEX ON dbo.T: the index is the table's.
      if (i < other.words.size() && other.words[i] == "ON" && i + 1 < other.word_ranges.size()) {
        object = name_at(index, other.word_ranges[i + 1]);
      } else if (i < other.words.size() &&
                 (other.words[i] == "BY" || other.words[i] == "WITH" || other.words[i] == "FROM" ||
                  other.words[i] == "FOR" || other.words[i] == "AS" || other.words[i] == "ADD")) {
        object.clear();  // CREATE MASTER KEY ENCRYPTION BY ...: no name
      }
    }
    emit(index, action, std::move(rest), std::move(object));
    return;
  }
  // BACKUP DATABASE d, RESTORE DATABASE d, SHUTDOWN, ...: the verb is the kind; SHUTDOWN's only
  // word is an option, not an object.
  emit(index, Action::Run, lower(other.verb),
       other.verb == "SHUTDOWN" ? std::string() : other.name);
}

}  // namespace

std::vector<Change> summarize_changes(const Deployment& deployment) {
  return Summarizer(deployment).run();
}

}  // namespace pf::model
