// SHA-256 of a file's bytes (source.h, sha256_hex), in two implementations that must agree.
//
// Every file's digest goes into the reports, and libmd's portable code was 5% of a run's
// instructions on the 100k-line bundle. x86-64 processors with the SHA extensions (Intel since
// Goldmont and Ice Lake, AMD since Zen) do a block in a few dozen instructions; OpenSSL would
// use them too, but costs about a millisecond of initialisation per process, against the
// pre-commit target. So: our own block function where the processor has the instructions,
// libmd everywhere else.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace pf::source {

using Sha256Digest = std::array<std::uint8_t, 32>;

// libmd's implementation; runs everywhere.
[[nodiscard]] Sha256Digest sha256_portable(std::string_view bytes);

// With the processor's SHA extensions; nullopt where it has none.
[[nodiscard]] std::optional<Sha256Digest> sha256_with_cpu_extensions(std::string_view bytes);

}  // namespace pf::source
