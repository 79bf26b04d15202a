// What the target database says already ran: a migration tool's journal, exported to a file
// (issue #18). Preflight never connects to a database; the user exports the journal table and
// passes the file with --journal. docs/journals.md shows the formats and the export commands.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::deploy {

enum class JournalFormat {
  FlywayJson,   // `flyway info -outputType=json`
  FlywayTable,  // a CSV or TSV export of `flyway_schema_history`, with its header line
  DbUp,         // an export of DbUp's `SchemaVersions` (ScriptName, Applied)
  ScriptList,   // one script name per line
};

struct JournalEntry {
  // As recorded, `\` turned to `/`: Flyway's `script` (the path below its location, e.g.
  // `V3__drop_orders.sql`), the `filepath` of `flyway info` JSON (the path on the disk of the
  // machine that ran it; empty for a Missing migration), DbUp's `ScriptName` (often an
  // embedded-resource name such as `App.Scripts.0003-drop.sql`), or the line of a plain list.
  std::string script;
  std::string version;                   // Flyway's version ("1.2"); empty when it has none
  std::optional<std::int32_t> checksum;  // Flyway's checksum, when the export has one
  std::string type;                      // Flyway's type (SQL, BASELINE, DELETE, ...); else empty
  // False when it did not apply: a failed Flyway row, or one a later DELETE (`flyway repair`) or
  // UNDO_* (`flyway undo`) row of the same version cancelled; a DELETE row is false itself.
  bool success = true;
  std::size_t line = 0;  // where in the journal file, for messages (1-based)
  // Added after the fields above so that their order stays as first published.
  std::string description;  // Flyway's description, for messages; else empty
  std::string state;        // `flyway info`'s state (Success, Below Baseline, ...); else empty
  std::optional<std::int64_t> installed_rank;  // Flyway's order of application, when exported
};

struct Journal {
  JournalFormat format = JournalFormat::ScriptList;
  std::vector<JournalEntry> entries;  // in the file's order
};

// The format is recognised from the content (JSON object, a header line naming Flyway's or
// DbUp's columns, else a list). Malformed input is an Error naming the line; an empty journal is
// valid (nothing ran yet). From `flyway info` JSON only migrations that were applied are entries
// (pending, ignored, undone, deleted and outdated ones are not), plus those below the baseline,
// which Flyway will never run; it carries no checksums.
[[nodiscard]] source::Expected<Journal> parse_journal(std::string_view text);

// The entry that records the script at `relative_path` (its path below the folder checked, `/`
// separated), if any: the same path, or the same file name where the journal records only names
// (DbUp's resource names end in `.` + the file name). A path matches when one of the two ends with
// the other at a `/` (the journal may record an absolute path, or a path below a deeper folder);
// a file name alone matches only entries that record no folder. Among several, the last applied
// (highest installed_rank, else the latest in the file), failed or not: check `success`.
[[nodiscard]] const JournalEntry* find_entry(const Journal& journal,
                                             std::string_view relative_path);

}  // namespace pf::deploy
