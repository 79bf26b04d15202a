// A script file's bytes from the disk, refusing what is not a regular file (a folder, a device, a
// FIFO) before it is opened. One implementation per platform: file_bytes_posix.cpp and
// file_bytes_windows.cpp; decode.cpp turns the bytes into a SourceFile.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace pf::source {

// All bytes of `file`, or an Error saying why not (missing, not a regular file, over `max_bytes`).
[[nodiscard]] Expected<std::string> read_file_bytes(const std::filesystem::path& file,
                                                    std::uint64_t max_bytes);

// The message for a file over the --max-file-bytes limit, the same on every platform.
[[nodiscard]] Error file_too_big(std::uint64_t size, std::uint64_t limit);

}  // namespace pf::source
