// How a --report path is classified and written, one implementation per platform
// (report_write_posix.cpp, report_write_windows.cpp); report_files.cpp decides what to write.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>

namespace pf::driver {

// What a report path is: the kind of file that decides how it is written.
enum class ReportTarget { Missing, Regular, Stream, Refused };

// A report replaces a regular file (through a rename) and writes straight into a stream (a device
// such as /dev/null or NUL, a FIFO a reader waits on). Anything else is Refused, with the message.
[[nodiscard]] std::pair<ReportTarget, std::string> classify_report_path(
    const std::filesystem::path& path, const std::string& spelled);

// Writes into a stream the path names; the byte count or why not.
[[nodiscard]] source::Expected<std::uint64_t> write_stream(const std::filesystem::path& path,
                                                           const std::string& content);

// Replaces `path` with `content` through a temporary file in the same folder and a rename, so a
// reader never sees half a report and nothing but `path` is left behind, even when the run is
// interrupted while it writes.
[[nodiscard]] source::Expected<std::uint64_t> write_file_atomically(
    const std::filesystem::path& path, const std::string& content);

}  // namespace pf::driver
