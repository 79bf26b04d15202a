// The command line: CLI11 parses it, one subcommand runs, and whatever happens the process ends
// with an exit code a pipeline can act on.
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/suggest.h"
#include "report/visible_text.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace pf::cli {
namespace {

// CLI11 refuses a value outside a set as `--format: jsn not in {text,json,...}`: add the
// nearest member, as for an unknown option.
std::string value_hint(const std::string& message) {
  const std::size_t in = message.find(" not in {");
  const std::size_t colon = message.find(": ");
  if (in == std::string::npos || colon == std::string::npos || colon > in ||
      message.back() != '}') {
    return {};
  }
  std::vector<std::string> members;
  std::string current;
  for (std::size_t at = in + 9; at + 1 < message.size(); ++at) {
    if (message[at] == ',') {
      members.push_back(current);
      current.clear();
    } else {
      current += message[at];
    }
  }
  members.push_back(current);
  return did_you_mean(message.substr(colon + 2, in - colon - 2), members);
}

int run_guarded(int argc, char** argv) {
  CLI::App app{"Preflight checks SQL Server deployment scripts before they reach a database.",
               "preflight"};
  app.set_version_flag("--version", std::string("preflight ") + std::string(kVersion));
  app.require_subcommand(1);

  // In the order `--help` lists them.
  const std::vector<Subcommand> subcommands = {
      add_check(app),   add_config(app),     add_init(app),     add_parse(app),
      add_lex(app),     add_model(app),      add_rollback(app), add_rules(app),
      add_explain(app), add_completion(app), add_manpage(app)};

  // One value per occurrence, for every option of every command (docs/usage.md): a list is
  // given by repeating the option. An option that took every word after it would swallow the
  // scripts to check: `check --baseline schema/ V8.sql V9.sql` made V8.sql part of the baseline.
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    for (CLI::Option* option : command->get_options()) {
      if (option->nonpositional()) option->allow_extra_args(false);
    }
  }
  if (const std::optional<int> refused = refuse_unknown_words(app, argc, argv)) return *refused;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::ostringstream out, err;
    const int code = app.exit(e, out, err);
    std::cout << out.str();  // --help, --version
    if (code == 0) return kExitPass;
    // Every message starts `preflight:`, once, on stderr; the error quotes the argument it
    // refused, which may be a file name holding a line break or an escape sequence.
    const std::vector<CLI::App*> chosen = app.get_subcommands();
    const std::string command =
        chosen.empty() ? std::string("preflight") : "preflight " + chosen.front()->get_name();
    print_usage_error(report::visible(e.what()) + value_hint(e.what()), command);
    return kExitUsage;
  }
  for (const Subcommand& subcommand : subcommands) {
    if (*subcommand.command) return subcommand.run();
  }
  return kExitUsage;
}

// The report on stdout is the run's result: a write that failed (a full disk, `> /dev/full`, a
// closed pipe) is an input error with a message, never the verdict's exit code.
int checked_stdout(int code) {
  errno = 0;
  std::cout.flush();
  const int flush_errno = errno;
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!failed) return code;
  const int error_number = errno != 0 ? errno : flush_errno;
  fmt::print(std::cerr, FMT_STRING("preflight: cannot write to stdout{}\n"),
             error_number != 0 ? fmt::format(FMT_STRING(": {}"), std::strerror(error_number))
                               : std::string());
  return code == kExitUsage ? code : kExitInputError;
}

}  // namespace

int run(int argc, char** argv) {
  // Bugs may throw; none may end the process with a code a pipeline reads as success.
  try {
    return checked_stdout(run_guarded(argc, argv));
  } catch (const std::bad_alloc&) {
    // Not a bug but a limit of the machine: an input error, as when one file alone runs out.
    fmt::print(std::cerr, FMT_STRING("preflight: out of memory; give preflight more memory "
                                     "(README \"Limits\") or check fewer files at once\n"));
  } catch (const std::exception& e) {
    fmt::print(std::cerr, FMT_STRING("preflight: internal error: {}\n"), report::visible(e.what()));
  } catch (...) {
    fmt::print(std::cerr, FMT_STRING("preflight: internal error\n"));
  }
  return checked_stdout(kExitInputError);
}

}  // namespace pf::cli
