// Flyway's checksum of a SQL migration, reproduced so that a journal's checksum can tell an
// applied migration that was edited afterwards (issue #18).
#pragma once

#include <cstdint>
#include <string_view>

namespace pf::deploy {

// The checksum Flyway records in `flyway_schema_history.checksum` for a script with these bytes
// (as read from disk, BOM and line endings included: Flyway's own rules decide what counts).
[[nodiscard]] std::int32_t flyway_checksum(std::string_view bytes);

}  // namespace pf::deploy
