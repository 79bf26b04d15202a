// Report files: `--report FORMAT=PATH` checked before the run and written after it. A regular file
// is replaced through a temporary file and a rename (removed again on SIGTERM, SIGINT, SIGHUP); a
// character device or FIFO is written straight into; anything else is refused.
#pragma once

#include "report/report.h"
#include "source/source.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pf::driver {

// One `--report F=PATH`.
struct ReportRequest {
  report::Format format;
  std::filesystem::path path;
  std::string spelled;  // PATH as given, for messages and the Octopus artifact
  bool stream = false;  // a character device or FIFO: written straight into, not replaced
};

// Parses every --report value, and refuses (with the message to print) any that would overwrite
// an input script or a folder, name the same file twice, or write through a symbolic link or onto
// anything but a regular file, a character device or a FIFO. Nothing is written here.
[[nodiscard]] source::Expected<std::vector<ReportRequest>> report_requests(
    const std::vector<std::string>& specs, const std::vector<std::string>& input_paths);

// The policy file is reviewed work, like the scripts: a report never replaces it. The message when
// a request names it.
[[nodiscard]] std::optional<std::string> refuse_policy_file(
    const std::vector<ReportRequest>& requests, const std::string& config_path);

// Writes one report; the size written, or why not.
[[nodiscard]] source::Expected<std::uint64_t> write_report_file(const ReportRequest& request,
                                                                const std::string& content);

}  // namespace pf::driver
