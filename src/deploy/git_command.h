// Running the `git` command for --since (docs/deployments.md "Deployment scope"): git is on every
// CI machine and answers exactly what a clone knows, so Preflight asks it rather than reading the
// repository itself.
#pragma once

#include "source/source.h"

#include <string>
#include <vector>

namespace pf::deploy {

struct GitOutput {
  int exit_code = 0;
  std::string out;  // stdout, as written (callers ask for `-z` output: names may hold anything)
  std::string err;  // stderr, for messages
};

// Runs `git` with `args` as its argument vector: no shell ever sees them, so a file name or a ref
// with spaces, quotes, `$(...)` or newlines is only data. An Error when git cannot be started.
[[nodiscard]] source::Expected<GitOutput> run_git(const std::vector<std::string>& args);

}  // namespace pf::deploy
