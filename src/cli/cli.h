// Front door of the cli stage: wires the stages together; the only place that knows exit codes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pf::cli {

// DESIGN.md §4.
enum ExitCode : int {
  kExitPass = 0,
  kExitFail = 1,
  kExitReview = 2,
  kExitUsage = 3,
  kExitInputError = 4,
};

// One script to check, or the reason a command-line path gave none.
struct Input {
  std::string display;  // the path every report shows
  std::optional<std::filesystem::path> file;
  std::optional<std::string> problem;
  bool from_folder = false;  // found in a folder (policy `files:` selects these), not named
};

// Files are taken as given; folders contribute their `.sql` files (any case), recursively, in
// lexical order of their relative paths. Symbolic links to folders are not followed.
[[nodiscard]] std::vector<Input> collect_inputs(const std::vector<std::string>& paths);

// Runs the command line; returns the process exit code. Never throws.
[[nodiscard]] int run(int argc, char** argv);

}  // namespace pf::cli
