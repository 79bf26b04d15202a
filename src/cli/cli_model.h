// Private to the cli stage: the command line as data, read from the CLI11 definitions, for what
// is generated from them (shell completion, the man page): one source, so they never disagree
// with `--help`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace pf::cli {

struct OptionModel {
  std::vector<std::string> names;    // `--format`, `-q`; empty for an operand
  std::string value_name;            // `FILE`, `DIR`, `PATH`, `RULE`, `TEXT`, ...; empty: a flag
  std::vector<std::string> choices;  // the only values it takes (an IsMember check), or rule ids
  std::string description;
};

struct CommandModel {
  std::string name;
  std::string description;
  std::vector<OptionModel> options;   // named, in definition order, --help first
  std::vector<OptionModel> operands;  // positional
};

// The visible subcommands of `app`, in definition order.
[[nodiscard]] std::vector<CommandModel> command_models(const CLI::App& app);

// Whether a value names a file or folder (completion offers file names for it).
[[nodiscard]] inline bool is_path_value(const std::string& value_name) {
  return value_name == "FILE" || value_name == "DIR" || value_name == "PATH";
}

}  // namespace pf::cli
