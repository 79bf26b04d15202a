// The deployment's scope (docs/deployments.md "Deployment scope"): which of the scripts given
// already ran on the target (history) and which the deployment runs (pending), from the version
// applied, git, the target's journal, or the migration folder of a pre-commit run; and what that
// knowledge says about the files themselves (an applied migration edited or missing, a pending one
// out of order, a repeatable changed).
#pragma once

#include "deploy/load.h"
#include "deploy/order.h"
#include "deploy/script_files.h"
#include "source/source.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pf::deploy {

// At most one of the three; none: `files.migrations` may still apply, else everything is pending.
struct ScopeRequest {
  std::string applied_through;  // --applied-through VERSION
  std::string since;            // --since GIT_REF
  std::string journal;          // --journal FILE
};

// The scripts of the deployment as deployment_inputs() gives them, each marked history or not,
// history first (each part in deployment order), with the applied migrations no longer in the
// folder in `missing_history`. An Error (a usage error: exit 3) when the scope cannot be decided:
// two ways at once, --applied-through with an order that has no versions, --since outside a git
// work tree or with a ref that does not resolve, a journal that cannot be read or parsed.
// Where a journal's checksums are compared with the scripts: the loader's files and size limit,
// so a script is read one way only. No files: checksums are not compared.
struct ScopeFiles {
  const ScriptFiles* files = nullptr;
  std::uint64_t max_file_bytes = 0;
};

[[nodiscard]] source::Expected<OrderedInputs> scoped_inputs(const std::vector<std::string>& paths,
                                                            const std::string& order_option,
                                                            const FileRules& rules,
                                                            const ScopeRequest& scope,
                                                            const ScopeFiles& files);

// The version a file name starts with under natural order (`0003-drop.sql`: 3;
// `2017-08-19_00_Init.sql`: 2017.8.19.0), or under flyway order a `V` script's version; as digit
// strings without leading zeros, compared with compare_version. Empty when it has none.
[[nodiscard]] std::vector<std::string> leading_version(std::string_view file_name);

}  // namespace pf::deploy
