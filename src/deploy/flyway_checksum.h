// Flyway's checksum of a SQL migration, reproduced so that a journal's checksum can tell an
// applied migration that was edited afterwards (issue #18).
#pragma once

#include <cstdint>
#include <string_view>

namespace pf::deploy {

// The checksum Flyway records in `flyway_schema_history.checksum` for a versioned SQL script with
// these bytes (as read from disk, BOM and line endings included: Flyway's own rules decide what
// counts). Flyway 6.0 and later (unchanged through 13.0) read the script as UTF-8 line by line
// and feed each line, without its terminator, to a CRC-32; a UTF-8 BOM at the start is dropped.
// So CR/LF/CRLF and a missing last newline do not change the checksum; trailing spaces do.
// Not reproduced: a repeatable script with placeholder replacement on (Flyway checksums the
// replaced text), `flyway.encoding` other than UTF-8, and Flyway 5.x (5.1 trimmed each line).
[[nodiscard]] std::int32_t flyway_checksum(std::string_view bytes);

// False when Flyway's UTF-8 reader would refuse these bytes (it stops with "Unable to calculate
// checksum"): the journal's checksum then came from another `flyway.encoding`, and comparing it
// with flyway_checksum would report an edit that did not happen.
[[nodiscard]] bool flyway_reads_as_utf8(std::string_view bytes);

}  // namespace pf::deploy
