// The scripts named on a command line: files as given, folders walked for their `.sql` files.
#pragma once

#include "model/model.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pf::deploy {

// One script to read, or the reason there is none: a command-line input or a `:r` include.
struct ScriptRef {
  std::string display;  // the path every report shows
  std::optional<std::filesystem::path> file;
  std::optional<std::string> problem;
};

// One script to check, or the reason a command-line path gave none.
struct Input : ScriptRef {
  bool from_folder = false;  // found in a folder (policy `files:` selects these), not named
  // The name orderings compare: the path relative to the folder it was found in, or, for a file
  // named on the command line, its file name.
  std::string relative = {};
  // The deployment's scope (scope.h): already applied on the target, and what it found about the
  // file.
  bool history = false;
  std::vector<model::ScopeNote> notes = {};
};

// Files are taken as given; folders contribute their `.sql` files (any case), recursively, in
// natural order of their relative paths (see natural_less). Symbolic links to folders are not
// followed; a `.sql` entry that is not a regular file is kept, for reading to refuse. A folder
// that cannot be listed, and a link to a folder outside every folder of `named` (default: `paths`)
// and not a parent of the folder walked, is an Input with a problem, never skipped.
[[nodiscard]] std::vector<Input> collect_inputs(const std::vector<std::string>& paths,
                                                const std::vector<std::string>& named = {});

// A path as messages show it: relative to the working folder when it is inside it.
[[nodiscard]] std::string display_path(const std::filesystem::path& path);

}  // namespace pf::deploy
