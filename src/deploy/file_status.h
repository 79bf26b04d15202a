// What the deploy stage says of each file it read; the reports start from it.
#pragma once

#include "source/source.h"

#include <cstddef>
#include <optional>
#include <string>

namespace pf::deploy {

// What became of one file of the deployment: what every report says of it, before the findings
// (report::FileReport adds them).
struct FileStatus {
  std::string path;
  // An undo script (never run forward; linted against the state after its forward script), and
  // the forward script it undoes (empty when it has none).
  bool undo = false;
  std::string undoes;
  const source::SourceFile* source = nullptr;  // null when the file could not be read
  std::optional<source::Error> error;          // why it could not be read or parsed
  std::size_t batches = 0;
  std::size_t statements = 0;
  std::size_t unparsed = 0;
  std::string included_from;  // `path:line` of the `:r` that read it; empty for a deployment input
};

}  // namespace pf::deploy
