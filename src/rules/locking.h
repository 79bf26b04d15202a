// Private to the rules stage: what the locking rules (PF221-PF249) say about the target edition.
#pragma once

#include "rules/rule.h"
#include "rules/rules.h"

#include <optional>
#include <string>
#include <string_view>

namespace pf::rules {

// Whether ONLINE = ON index operations exist on the edition (SQL Server documents them for
// Enterprise, Developer and Azure SQL only).
[[nodiscard]] inline bool has_online_index_operations(Edition edition) {
  return edition == Edition::Enterprise || edition == Edition::AzureSql;
}

// What to do about an index operation that runs offline, for the end of a message.
[[nodiscard]] inline std::string_view online_advice(Edition edition) {
  switch (edition) {
    case Edition::Enterprise:
    case Edition::AzureSql:
      return "write WITH (ONLINE = ON)";
    case Edition::Standard:
      return "Standard edition has no online index operations: run it in a quiet window";
    case Edition::Unknown:
      break;
  }
  return "on Enterprise or Azure SQL write WITH (ONLINE = ON); Standard edition cannot, so run it "
         "in a quiet window there (policy target.edition says which applies)";
}

// Whether whenever `statement` runs, the deployment's uncertain creation of `table` before it ran
// too, so the table is new: a CREATE TABLE before it in the same block (or batch, TRY part, module
// body), with `statement` in it or nested deeper; a creation under IF or WHILE in the same script
// (the idempotent guard of the script that introduces the table); or a creation under SET NOEXEC
// ON, or in a transaction left open, with no such SET option or transaction statement between. The
// model counts such creations as uncertain, which they are for the rest of the deployment, but `IF
// OBJECT_ID(...) IS NULL BEGIN CREATE TABLE t ...; CREATE INDEX ... ON t ... END` builds its index
// on an empty table all the same.
[[nodiscard]] bool created_earlier_in_same_block(const RuleContext& ctx,
                                                 const ast::ObjectName& table,
                                                 const ast::Statement& statement);

// Whether `table` may hold rows from before the deployment when `statement` runs, for the locking
// rules: holds_rows_from_before, and not an indexed view the deployment created, and not created
// just before in the same block.
[[nodiscard]] bool existed_before(const RuleContext& ctx, const ast::ObjectName& table,
                                  const ast::Statement& statement);

// A statement that changes a table's schema and, while it runs (and inside a transaction, until it
// ends), holds a lock that keeps other sessions off the table: ALTER TABLE, CREATE INDEX, ALTER
// INDEX other than REORGANIZE (which takes row and page locks only).
struct SchemaChange {
  const ast::ObjectName* table;  // into the statement
  std::string what;              // `ALTER TABLE`, `CREATE INDEX`, `ALTER INDEX … REBUILD`
  bool waits_at_low_priority;    // WAIT_AT_LOW_PRIORITY written: the lock wait is bounded
};
[[nodiscard]] std::optional<SchemaChange> schema_change(const ast::Statement& statement);

}  // namespace pf::rules
