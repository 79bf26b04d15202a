// Front door of the model stage: the scripts of one deployment, in the order they run, and what
// the deployment itself creates, adds and redefines. Rules ask it whether an object or column
// existed before the deployment, and what a column's type was at a given point.
#pragma once

#include "ast/ast.h"
#include "source/source.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace pf::model {

// What the deployment's scope (docs/deployments.md "Deployment scope") found about one file
// rather than about a statement in it; the `history` rules report it.
struct ScopeNote {
  enum class Kind {
    Edited,             // applied, and changed since: its checksum or git says so
    Missing,            // applied, and no longer in the folder (a placeholder script stands in)
    OutOfOrder,         // pending, versioned below the highest applied version
    RepeatableChanged,  // a changed `R__` script: Flyway runs it again, in full
  };
  Kind kind;
  std::string detail;  // how it was found out, for the message
};

struct ScriptInput {
  const source::SourceFile* file;  // not owned; outlives the Deployment
  const ast::Script* script;       // not owned; outlives the Deployment
  // For each `:r` command of the script, in order: the index of the script it reads, which runs
  // as part of this one; none when it could not be read (an input error of its own).
  std::vector<std::optional<std::size_t>> includes = {};
  bool included = false;  // read through another script's `:r`, so runs as part of it
  // Already applied on the target (or read through the `:r` of a script that was): replayed for
  // the state it leaves, but what it creates existed before the deployment, and no rule but the
  // `history` ones runs on it. History scripts come before every other script.
  bool history = false;
  std::vector<ScopeNote> notes = {};
};

// A point in the deployment: which script, and where in it.
struct Location {
  std::size_t script_index = 0;
  source::SourcePosition position;

  friend bool operator<(const Location& a, const Location& b) {
    return a.script_index != b.script_index ? a.script_index < b.script_index
                                            : a.position < b.position;
  }
};

// Kinds of objects the deployment can create. Objects of different kinds live in different
// namespaces here (an index and a table may share a name).
enum class ObjectType {
  Table,
  View,
  Procedure,
  Function,
  Trigger,
  Synonym,
  Type,
  Sequence,
  Schema,
  Database,
  Index,
  Constraint,
  User,
  Login,
  Role,
};

struct CreationSite {
  Location location;
  std::string path;       // the script that created the object
  bool baseline = false;  // in the baseline schema: `location.script_index` counts baseline files
  // For a creation that may not have taken effect: why, as a phrase that follows "created at
  // a.sql:2" ("only under IF or WHILE", "only inside TRY", "after RETURN", ...). Empty when
  // certain.
  std::string uncertain = {};
  // The name took another object's content here (sp_rename onto it, ALTER TABLE ... SWITCH into
  // it): what it holds may have existed before the deployment.
  bool foreign = false;
};

// How the model compares names (docs/configuration.md, `names:`).
struct ModelOptions {
  // Names that differ only in letter case name different objects, as under a case-sensitive
  // collation. The default follows SQL Server's default collations: case-insensitive.
  bool case_sensitive_names = false;
};

// A column as a statement of the deployment last defined it.
struct ColumnDefinition {
  Location location;
  std::optional<ast::DataType> type;  // absent for a computed column
  std::optional<bool> nullable;
  bool has_default = false;
  bool created_by_deployment = false;  // the column (or its table) did not exist before
  std::string path = {};               // the script that defined it (deployment or baseline)
  bool from_baseline = false;          // the baseline's definition: nothing in the deployment
  std::string name = {};               // as last written
  bool dropped = false;                // ALTER TABLE ... DROP COLUMN: gone from here on
  std::size_t order = 0;  // when it was recorded, counting every column: the table's column order
};

// One object as it stands once the whole deployment has run (`preflight model`).
struct FinalObject {
  ObjectType type;
  std::string key;    // object_key(); `table key/name` for indexes and constraints
  CreationSite site;  // its last creation, in the deployment or the baseline
  // Created only under IF or WHILE, by sp_rename, or dropped only under IF: it may or may not
  // exist, depending on state the model does not know.
  bool possibly = false;
  std::vector<ColumnDefinition> columns;  // tables: in declaration order, as SQL Server lists them
};

[[nodiscard]] std::string_view object_type_name(ObjectType type);

// The object type a DROP statement names (`DROP PROC` is a procedure), if the model tracks it.
[[nodiscard]] std::optional<ObjectType> drop_object_type(std::string_view object_type);

// An undo script (Flyway `U<version>__`, or one matched by `files.undo`): it never runs forward;
// during a rollback it runs after the forward script it reverses.
struct UndoScript {
  ScriptInput script;
  std::optional<std::size_t> forward;  // index into Deployment::scripts(); none when unpaired
};

// The undo scripts of a deployment, and the forward scripts that have none although the
// deployment keeps undo scripts for its other versions.
struct UndoPlan {
  std::vector<UndoScript> scripts;
  std::map<std::size_t, std::string> missing;  // forward script index -> the undo name expected
};

// The key under which an object is known: lower-case parts (SQL Server's default collations are
// case-insensitive) unless `case_sensitive`, schema `dbo` when none is written, database (and
// server) kept only when written. A part that holds anything but letters, digits, `_`, `@`, `#`
// and `$` is bracketed, so `[Prod.dbo].Orders` (a schema named `Prod.dbo`) and `Prod.dbo.Orders`
// get different keys.
[[nodiscard]] std::string object_key(const ast::ObjectName& name, bool case_sensitive = false);

class Deployment {
 public:
  // `baseline` (may be empty) describes the database before the deployment, e.g. an SSMS
  // "Generate Scripts" output: its objects and columns exist before, and were not created by the
  // deployment.
  // `undo` describes the undo scripts kept beside the forward scripts; they are not replayed.
  // `sqlcmd_values` are the SQLCMD variables defined before any script runs (`--var`), by
  // lower-case name. `options` says how names compare.
  explicit Deployment(std::vector<ScriptInput> scripts, std::vector<ScriptInput> baseline = {},
                      UndoPlan undo = {},
                      const std::map<std::string, std::string>& sqlcmd_values = {},
                      ModelOptions options = {});

  [[nodiscard]] const std::vector<ScriptInput>& scripts() const { return scripts_; }
  [[nodiscard]] const UndoPlan& undo_plan() const { return undo_; }
  // Whether a rollback of forward script `script_index` is expected to run an undo script: it has
  // one, or the deployment keeps undo scripts and this one lacks its own.
  [[nodiscard]] bool expects_undo(std::size_t script_index) const {
    return undo_of(script_index) != nullptr || undo_.missing.count(script_index) != 0;
  }
  // The undo script paired with forward script `script_index`, or null.
  [[nodiscard]] const UndoScript* undo_of(std::size_t script_index) const;
  [[nodiscard]] bool has_baseline() const { return !baseline_.empty(); }
  // The history scripts that hold statements Preflight could not parse: what those did is
  // unknown, so the column definitions of history are not used (fail closed).
  [[nodiscard]] const std::vector<std::string>& history_not_understood() const {
    return history_not_understood_;
  }

  // Where the baseline defines the object, if it does.
  [[nodiscard]] std::optional<CreationSite> in_baseline(ObjectType type,
                                                        const ast::ObjectName& name,
                                                        std::string_view scope = {}) const;

  // Why the object certainly does not exist at `at`, or nothing when it exists or may exist: the
  // deployment dropped it earlier, or (only with a baseline: without one, anything may exist
  // before) the baseline lacks it and the deployment has not created it.
  // Creations and drops under IF or WHILE are possibilities, never certainties.
  [[nodiscard]] std::optional<std::string> missing_at(ObjectType type, const ast::ObjectName& name,
                                                      const Location& at,
                                                      std::string_view scope = {}) const;

  // Whether the deployment defines the object (in any way, possibly) before `at`.
  [[nodiscard]] bool defined_before(ObjectType type, const ast::ObjectName& name,
                                    const Location& at, std::string_view scope = {}) const;

  // Whether the statement at `at` runs only under IF or WHILE (so may not run at all).
  [[nodiscard]] bool runs_conditionally(const Location& at) const {
    return conditional_statements_.count(at) != 0;
  }

  // Why the statement at `at` may not take effect while the deployment goes on ("only under IF
  // or WHILE", "after RETURN", "only inside TRY", ...: see created_before), or none when it
  // certainly does.
  [[nodiscard]] std::optional<std::string> may_not_take_effect(const Location& at) const {
    const auto found = uncertain_statements_.find(at);
    if (found == uncertain_statements_.end()) return std::nullopt;
    return reasons_[found->second];
  }

  // A creation of the object before `at` that may or may not have taken effect (under IF or
  // WHILE, inside TRY, after RETURN, ...: CreationSite::uncertain says why), or that gave the name
  // another object's content (CreationSite::foreign), when no certain one stands at `at`: the
  // object may have existed before, so it is not the deployment's own.
  [[nodiscard]] std::optional<CreationSite> conditionally_created_before(
      ObjectType type, const ast::ObjectName& name, const Location& at,
      std::string_view scope = {}) const;

  // The last creation of the object before `at` in a history script (an applied migration), for
  // messages: what it created existed before this deployment.
  [[nodiscard]] std::optional<CreationSite> created_in_history(ObjectType type,
                                                               const ast::ObjectName& name,
                                                               const Location& at,
                                                               std::string_view scope = {}) const;

  // The statement of this deployment that certainly created the object before `at`, if there is
  // one, and the name has not taken another object's content since (sp_rename, SWITCH).
  // "Certainly": it runs unconditionally, in the same database, and nothing can make it not take
  // effect while the deployment goes on (docs/deployments.md): not under IF or WHILE, not
  // inside TRY or CATCH, not after RETURN or a GOTO in its batch, not under SET NOEXEC,
  // PARSEONLY or FMTONLY ON, not in a batch with an unparsed statement or run `GO 0` times, not in
  // a transaction that a ROLLBACK may undo or that is never committed, not after `:on error
  // ignore`.
  // `scope` qualifies names that live inside another object: an index is looked up with its
  // table's scope_key() as scope.
  [[nodiscard]] std::optional<CreationSite> created_before(ObjectType type,
                                                           const ast::ObjectName& name,
                                                           const Location& at,
                                                           std::string_view scope = {}) const;

  // The scope under which an index or constraint of `table` is known at `at`.
  [[nodiscard]] std::string scope_key(const ast::ObjectName& table, const Location& at) const {
    return name_key(table, context_at(at));
  }

  // Whether the deployment certainly (re)creates the object after `at`: a drop followed by a new
  // definition (`CREATE OR ALTER` counts here) leaves nothing missing once the deployment has run.
  [[nodiscard]] bool recreated_after(ObjectType type, const ast::ObjectName& name,
                                     const Location& at, std::string_view scope = {}) const;

  // Whether a statement of the deployment after `at` drops the object, certainly or not (a rename
  // or a schema transfer moves it and does not count).
  [[nodiscard]] bool dropped_after(ObjectType type, const ast::ObjectName& name,
                                   const Location& at) const;

  // Whether, after `at`, the deployment renames (or moves to another schema) the table and then
  // certainly creates the index or constraint `name` on it under its new name: a key dropped, the
  // table renamed, and the key added back is not lost.
  [[nodiscard]] bool recreated_after_move(ObjectType type, const ast::ObjectName& name,
                                          const ast::ObjectName& table, const Location& at) const;

  [[nodiscard]] std::optional<CreationSite> table_created_before(const ast::ObjectName& name,
                                                                 const Location& at) const {
    return created_before(ObjectType::Table, name, at);
  }

  // Why the text sqlcmd runs at `$(Name)` (`use`, in script `script_index`) is unknown, or none
  // when the parse stage put in the value sqlcmd has there. sqlcmd's value comes from `--var`, or a
  // `:setvar` before it in the script, in a script that includes this one before its `:r`, or in
  // a script it included earlier; names compare case-insensitively, as in sqlcmd.
  [[nodiscard]] std::optional<std::string> sqlcmd_variable_problem(
      std::size_t script_index, const ast::SqlcmdVariableUse& use) const {
    const auto found = sqlcmd_problems_.find(Location{script_index, use.range.begin});
    if (found == sqlcmd_problems_.end()) return std::nullopt;
    return found->second;
  }

  // What a synonym of this name stands for, wherever the baseline or the deployment defines one
  // (CREATE SYNONYM dbo.Run FOR sys.sp_executesql), every definition of the name.
  [[nodiscard]] std::vector<ast::ObjectName> synonym_targets(const ast::ObjectName& name) const {
    const auto found = synonym_targets_.find(object_key(name));
    return found == synonym_targets_.end() ? std::vector<ast::ObjectName>() : found->second;
  }

  // Every object that exists, or may exist, after the deployment, by type and key.
  [[nodiscard]] std::vector<FinalObject> final_state() const;

  // The column's last definition before `at` in this deployment, else the baseline's, if any
  // (none when the deployment dropped it).
  [[nodiscard]] std::optional<ColumnDefinition> column_before(const ast::ObjectName& table,
                                                              std::string_view column,
                                                              const Location& at) const;

 private:
  // What the deployment does to one name (see created_before).
  struct Creation {
    Location location;
    bool replaces;
    std::string uncertain = {};  // why it may not have taken effect; empty when certain
    // The name took another object's content (sp_rename: its columns too; SWITCH: its rows).
    enum class Foreign { No, Rows, Object } foreign = Foreign::No;
  };
  struct Drop {
    Location location;
    bool conditional = false;
    bool moved = false;         // sp_rename or ALTER SCHEMA TRANSFER: the content lives on, renamed
    std::string moved_to = {};  // then the name_key it lives on under
  };

  // `replaces` is true for CREATE OR ALTER, which may replace an object that existed before.
  void record_creation(ObjectType type, const std::string& key, const Location& at,
                       bool replaces = false, Creation::Foreign foreign = Creation::Foreign::No);
  // What can keep each statement from taking effect, and the database each runs in (pass one).
  void analyse();
  // The database context at `at`: "" for the deployment's own database, else the name (or, when
  // unknown, a token no name can equal).
  [[nodiscard]] std::string context_at(const Location& at) const;
  // The key of an object name in database context `context`.
  [[nodiscard]] std::string name_key(const ast::ObjectName& name, const std::string& context) const;
  [[nodiscard]] std::string name_key(const ast::ObjectName& name) const {
    return name_key(name, context_);
  }
  void record_drop(ObjectType type, const std::string& key, const Location& at,
                   std::string moved_to = {});
  [[nodiscard]] std::string key_of(ObjectType type, const ast::ObjectName& name,
                                   std::string_view scope, const Location& at) const;
  [[nodiscard]] std::string key_in(ObjectType type, const ast::ObjectName& name,
                                   std::string_view scope, const std::string& context) const;
  [[nodiscard]] std::string unqualified_key(ObjectType type, std::string_view name,
                                            const std::string& context) const;
  [[nodiscard]] std::string column_key(const ast::ObjectName& table, std::string_view column,
                                       const std::string& context) const;
  void record_column(const ast::ObjectName& table, std::string_view column,
                     ColumnDefinition definition);
  void replay(std::size_t script_index, const ast::Statement& statement);
  void resolve_sqlcmd_variables(const std::map<std::string, std::string>& predefined);
  void replay_baseline(std::size_t baseline_index, const ast::Statement& statement);
  void replay_alter_table(const ast::AlterTable& alter, const Location& at);
  [[nodiscard]] std::optional<CreationSite> created_before_key(ObjectType type,
                                                               const std::string& key,
                                                               const Location& at) const;

  std::vector<ScriptInput> scripts_;
  std::vector<ScriptInput> baseline_;
  UndoPlan undo_;
  // Each list in deployment order.
  std::map<std::tuple<ObjectType, std::string>, std::vector<Creation>> creations_;
  std::map<std::tuple<ObjectType, std::string>, std::vector<Drop>> drops_;
  std::map<std::string, std::vector<ColumnDefinition>> columns_;  // key: table key + "." + column
  std::size_t columns_recorded_ = 0;  // ColumnDefinition::order of the next column recorded
  // What the baseline defines, where; and its columns (created_by_deployment false).
  std::map<std::tuple<ObjectType, std::string>, CreationSite> baseline_objects_;
  std::map<std::string, ColumnDefinition> baseline_columns_;
  ModelOptions options_;
  std::string uncertain_;  // while replaying a statement: why it may not take effect
  std::string context_;    // while replaying a statement: its database context
  std::set<Location> conditional_statements_;
  std::map<Location, std::string> sqlcmd_problems_;
  std::map<std::string, std::vector<ast::ObjectName>> synonym_targets_;  // by object_key
  // Pass one: statements that may not take effect, and why; where the database context changes
  // (in deployment order), and the context of statements in dynamic SQL that differs from it.
  // Reasons are few and statements many (a script under SET NOEXEC ON): an index into reasons_.
  std::map<Location, std::uint32_t> uncertain_statements_;
  std::vector<std::string> reasons_;
  std::vector<std::pair<Location, std::string>> context_changes_;
  std::map<Location, std::string> dynamic_contexts_;
  std::string target_database_;  // the first USE before anything else: the deployment's own
  std::vector<std::string> history_not_understood_;
};

}  // namespace pf::model
