// Front door of the cli stage: the command line, the only place that knows exit codes.
#pragma once

namespace pf::cli {

// Exit codes: docs/usage.md "Exit codes".
enum ExitCode : int {
  kExitPass = 0,
  kExitFail = 1,
  kExitReview = 2,
  kExitUsage = 3,
  kExitInputError = 4,
};

// Runs the command line; returns the process exit code. Never throws.
[[nodiscard]] int run(int argc, char** argv);

}  // namespace pf::cli
