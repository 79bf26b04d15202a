// Undo scripts: the inverse of each reversible statement of the given scripts, newest first, and
// what no script can undo without a backup (`preflight rollback`); and the same inverses checked
// against an undo script written by hand (Flyway `U<version>__`, `*.down.sql`).
#pragma once

#include "model/model.h"

#include <optional>
#include <string>
#include <vector>

namespace pf::model {

// What an undo script must do to reverse one forward change.
struct Inverse {
  enum class Action {
    Drop,            // DROP the created table, index, view, procedure, function or trigger
    DropColumn,      // ALTER TABLE ... DROP COLUMN the added column
    DropConstraint,  // ALTER TABLE ... DROP CONSTRAINT the added constraint
    RenameBack,      // sp_rename the new name back to the old one
    Redefine,        // ALTER (or drop) the module the forward script redefined
  };
  Action action = Action::Drop;
  ObjectType type = ObjectType::Table;  // Drop and Redefine: the object's type
  // object_key() of the object; for columns, constraints and indexes, of their table.
  std::string key;
  // Lower case: the column, constraint or index name; for RenameBack, the name to rename back to.
  std::string member;
  // RenameBack: the key of what sp_rename's first argument must name (see rename_key).
  std::string renamed;
};

// What an irreversible forward change loses: data only a backup brings back (a table, a column,
// values a type change may cut, every row, some rows, previous values), a definition the scripts
// do not hold, or an inverse Preflight cannot state.
enum class Loss {
  None,
  Table,
  Column,
  ColumnType,
  AllRows,
  SomeRows,
  Values,
  Definition,
  Unknown,
};

struct UndoStep {
  std::string path;  // the forward script
  source::SourcePosition position;
  std::string sql;                            // the inverse statement, or empty when there is none
  std::string why;                            // for an irreversible statement: what is lost
  const ast::Statement* statement = nullptr;  // the forward statement
  std::string object;                         // `dbo.Orders`, `dbo.Orders.Amount`
  // What a hand-written undo script must do; also set for steps the draft cannot write itself
  // (under IF or WHILE, a module's previous definition).
  std::optional<Inverse> inverse;
  std::string expected;  // the inverse in words or SQL, for messages; empty when there is none
  Loss loss = Loss::None;
  std::optional<ast::ObjectName> table;           // the table a data loss is on
  std::string column;                             // Loss::Column, ColumnType: as written
  const ast::AlterTableAction* action = nullptr;  // Loss::ColumnType: the new definition
};

struct RollbackDraft {
  std::vector<UndoStep> undo;          // in the order they must run: the reverse of deployment
  std::vector<UndoStep> irreversible;  // in deployment order
};

// Statements inside module bodies never run during the deployment and get no inverse; neither do
// statements under IF or WHILE (their inverse would need the same guard: listed as irreversible
// with that reason, so a reviewer writes it).
[[nodiscard]] RollbackDraft draft_rollback(const std::vector<ScriptInput>& scripts);

// A forward script held against its undo script.
struct UndoReview {
  std::vector<UndoStep> missing;       // changes with an inverse the undo lacks, forward order
  std::vector<UndoStep> unrestorable;  // changes whose data no undo restores, forward order
};

// `undo` may be null (the forward script has no undo script): then every inverse is missing.
// An inverse counts wherever it stands in the undo script, under IF or TRY included (an undo is
// often guarded with IF EXISTS); dropping a table also undoes what the forward script added to it.
[[nodiscard]] UndoReview review_undo(const ScriptInput& forward, const ScriptInput* undo);

// Forward script `script_index` of the deployment held against its undo script, when the
// deployment expects one (it keeps undo scripts): the review, and where the undo is or should be.
struct ForwardScriptReview {
  UndoReview review;
  const UndoScript* undo = nullptr;  // null: the script has none
  std::string missing_undo;          // when `undo` is null: the undo script's expected name
};
[[nodiscard]] std::optional<ForwardScriptReview> review_forward_script(const Deployment& deployment,
                                                                       std::size_t script_index);

}  // namespace pf::model
