// Private to the cli stage: what a mistyped word probably meant, and the words it is checked
// against (subcommands, options, rule ids and names, categories).
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::cli {

// `; did you mean 'X'?` for the nearest candidate (source::nearest), escaped, or nothing.
[[nodiscard]] std::string did_you_mean(std::string_view word,
                                       const std::vector<std::string>& candidates);

// Every spelling of `command`'s named options (`--format`, `-h`), in definition order.
[[nodiscard]] std::vector<std::string> option_names(const CLI::App& command);

// Refuses, before CLI11 parses, an unknown subcommand or an option its subcommand does not have,
// naming the nearest; prints the message. CLI11's own message would not suggest, and would print
// the unknown word among every later argument. Returns the exit code, or none to parse.
[[nodiscard]] std::optional<int> refuse_unknown_words(CLI::App& app, int argc,
                                                      const char* const* argv);

}  // namespace pf::cli
