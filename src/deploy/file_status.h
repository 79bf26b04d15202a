// What the deploy stage says of each file it read; the reports start from it.
#pragma once

#include "source/source.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pf::deploy {

// What a file is to the deployment (docs/deployments.md "Deployment scope"): `pending` runs in it
// (rules run, findings count), `history` already ran on the target (replayed for state only),
// `undo` reverses a forward script, `baseline` describes the database before it all.
enum class Role { Pending, History, Undo, Baseline };

[[nodiscard]] constexpr const char* role_name(Role role) {
  switch (role) {
    case Role::Pending:
      return "pending";
    case Role::History:
      return "history";
    case Role::Undo:
      return "undo";
    case Role::Baseline:
      return "baseline";
  }
  return "pending";
}

// What became of one file of the deployment: what every report says of it, before the findings
// (report::FileReport adds them).
struct FileStatus {
  std::string path;
  Role role = Role::Pending;  // a `:r` file takes its includer's
  // An undo script (never run forward; linted against the state after its forward script), and
  // the forward script it undoes (empty when it has none).
  bool undo = false;
  std::string undoes;
  const source::SourceFile* source = nullptr;  // null when the file could not be read
  std::optional<source::Error> error;          // why it could not be read or parsed
  // Literals that hold a password or secret (ast::Script::secrets): reports show them masked.
  std::vector<source::SourceRange> secrets;
  std::size_t batches = 0;
  std::size_t statements = 0;
  std::size_t unparsed = 0;
  std::string included_from;  // `path:line` of the `:r` that read it; empty for a deployment input
};

}  // namespace pf::deploy
