// Private to the cli stage: each subcommand adds itself to the application and says how to run
// it. One file each: check.cpp, model.cpp, rollback.cpp, parse.cpp (parse, lex), rules.cpp
// (rules, explain), config.cpp (config, init). app.cpp parses the command line and runs the one
// chosen.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string_view>

namespace pf::cli {

// A subcommand's parsed options live in its `run`, which returns the process exit code.
struct Subcommand {
  CLI::App* command = nullptr;
  std::function<int()> run;
};

// The version `--version` and the reports show; where SARIF consumers link the tool's name (set
// at configure time, -DPREFLIGHT_INFORMATION_URI=; empty, omitted, by default).
inline constexpr std::string_view kVersion = PF_VERSION;
inline constexpr std::string_view kInformationUri = PF_INFORMATION_URI;

Subcommand add_check(CLI::App& app);
Subcommand add_config(CLI::App& app);
Subcommand add_init(CLI::App& app);
Subcommand add_parse(CLI::App& app);
Subcommand add_lex(CLI::App& app);
Subcommand add_model(CLI::App& app);
Subcommand add_rollback(CLI::App& app);
Subcommand add_rules(CLI::App& app);
Subcommand add_explain(CLI::App& app);
Subcommand add_completion(CLI::App& app);
Subcommand add_manpage(CLI::App& app);

}  // namespace pf::cli
