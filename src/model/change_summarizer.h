// Private to the model stage: the walk behind summarize_changes() (changes.h), split over
// changes.cpp (the walk, objects and data) and change_commands.cpp (ALTER TABLE, EXECUTE and the
// statements the grammar keeps as words). Nothing outside src/model includes it.
#pragma once

#include "ast/lookup.h"
#include "model/changes.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace pf::model::change_walk {

using Action = Change::Action;
using Rows = Change::Rows;

inline std::string lower(std::string_view text) { return source::ascii_lower(text); }

inline std::string joined(const std::vector<std::string>& items,
                          std::string_view separator = ", ") {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

inline std::string type_text(const ast::DataType& type) {
  std::string out = type.name;
  if (!type.args.empty()) out += "(" + joined(type.args) + ")";
  return out;
}

inline std::string type_text(const std::optional<ast::DataType>& type,
                             std::optional<bool> nullable) {
  std::string out = type ? type_text(*type) : std::string("computed");
  if (nullable) out += *nullable ? " NULL" : " NOT NULL";
  return out;
}

// A word such as SIMPLE or ON, as opposed to a literal the script wrote (a number, a string, a
// path): only words are shown, so no value of the script reaches the summary.
inline bool is_word(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
  });
}

// Temp tables and table variables vanish with the session: nothing of the database changes.
inline bool is_session_table(const ast::ObjectName& name) {
  return name.is_temporary() || name.is_variable();
}

using ast::argument;
using ast::resolve_alias;

// A name argument as the summary shows it: the string's value, or the variable or expression as
// written (`@name`), never another literal.
inline std::string name_argument(const ast::ExecuteArgument* a) {
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

}  // namespace pf::model::change_walk
