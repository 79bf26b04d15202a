// The reviewer's change summary (docs/reports.md "changes"): what the pending scripts of a
// deployment do to the database, statement by statement, in the order they run. It is a
// reading aid, not a verdict: what Preflight cannot read is listed as not understood rather than
// left out, so the summary never looks shorter than the deployment is.
#pragma once

#include "model/model.h"
#include "source/source.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pf::model {

struct Change {
  enum class Action {
    Create,
    Alter,
    Drop,
    Rename,  // sp_rename, ALTER SCHEMA ... TRANSFER
    Insert,  // data: INSERT, BULK INSERT
    Update,
    Delete,
    Merge,
    Truncate,
    Grant,
    Deny,
    Revoke,
    Set,            // a server or database setting
    Run,            // a procedure, DBCC, BACKUP, ...: what it does is not summarized
    NotUnderstood,  // unparsed, dynamic SQL whose text is unknown, a `:r` file not read
  };
  // Which rows a data change writes; None for everything but data.
  enum class Rows {
    None,
    Bounded,     // a WHERE (not always true), TOP, an inner join, CURRENT OF, some partitions
    WholeTable,  // every row of the table
  };

  Action action = Action::NotUnderstood;
  // Lower-case words: table, column, index, constraint, view, procedure, function, trigger,
  // schema, synonym, type, sequence, user, login, role, server role, database, statistics,
  // partition function, partition scheme, permission, server setting, database setting,
  // dynamic SQL, statement, ... (a DROP of another object type gives that type's words).
  std::string kind;
  // The object as the script names it (`dbo.Orders`, `dbo.Orders.Amount` for a column,
  // `dbo.Orders.IX_Date` for an index or constraint); empty when there is none. Names only: no
  // literal value of the script is ever copied here or into `detail`.
  std::string object;
  // What else a reviewer needs, short: `int → bigint`, `whole table`, `SELECT to app_reader`,
  // `RECOVERY SIMPLE`, `→ dbo.OrdersOld`. Empty when nothing.
  std::string detail;
  Rows rows = Rows::None;
  std::string path;                 // the script, or the `:r` file, that holds the construct
  std::size_t script_index = 0;     // into Deployment::scripts()
  source::SourcePosition position;  // of the construct (the column added, the table dropped)
  // Runs only under IF or WHILE (or once per object, sp_MSforeachtable): it may not run at all.
  bool conditional = false;
  // Why it may not take effect, as the model says it ("only under IF or WHILE", "after RETURN",
  // "only inside TRY", ...); empty when it certainly does.
  std::string condition;
  // Data changes and runs of one file with the same action, object, detail and condition are
  // counted in one entry (a data script has a million INSERTs); the entry keeps the first one's
  // position. Always 1 for the other actions.
  std::size_t statements = 1;
};

// `create`, `alter`, ..., `not-understood`: the JSON spelling.
[[nodiscard]] std::string_view change_action_name(Change::Action action);
// `bounded`, `whole-table`; empty for Rows::None.
[[nodiscard]] std::string_view change_rows_name(Change::Rows rows);

// What the pending scripts of `deployment` change, in the order they run: a script's `:r` files
// where its `:r` lines stand. History scripts (already applied), undo scripts and the baseline
// are not part of it. Statements in a module's body run when the module is called, so only the
// CREATE or ALTER of the module is listed; dynamic SQL is listed where Preflight parsed it.
[[nodiscard]] std::vector<Change> summarize_changes(const Deployment& deployment);

}  // namespace pf::model
