// `preflight man`, hidden: the man page (roff, man(7) macros) written from the CLI11 definitions
// (cli_model.h), so it says what `--help` says. The build's `man` target writes preflight.1 with
// it; the package installs that.
#include "cli/cli.h"
#include "cli/cli_model.h"
#include "cli/commands.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <iostream>
#include <memory>
#include <string>

namespace pf::cli {
namespace {

// Text in roff: a backslash is `\e`, a hyphen `\-` (an ASCII minus, so a copied option works), and
// a line starting with `.` or `'` would be a request, so `\&` goes before it (groff_man(7)).
std::string roff(std::string_view s) {
  std::string out;
  bool line_start = true;
  for (const char c : s) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
    line_start = c == '\n';
  }
  return out;
}

void write_man(std::ostream& out, const CLI::App& app) {
  fmt::print(out, ".TH PREFLIGHT 1 \"\" \"preflight {}\" \"User Commands\"\n", kVersion);
  out << ".SH NAME\npreflight \\- check SQL Server deployment scripts before they reach a "
         "database\n.SH SYNOPSIS\n.B preflight\n.I command\n[\\fIoptions\\fR] [\\fIoperands\\fR]\n"
         ".br\n.B preflight \\-\\-help\n.br\n.B preflight \\-\\-version\n"
         ".SH DESCRIPTION\n";
  out << roff(app.get_description()) << "\n";
  out << "The verdict is the exit status: pass, manual review or fail (EXIT STATUS). "
         "Each command's options follow; \\fBpreflight\\fR \\fIcommand\\fR \\fB\\-\\-help\\fR "
         "prints the same.\n.SH COMMANDS\n";
  for (const CommandModel& c : command_models(app)) {
    std::string synopsis = "preflight " + c.name + " [options]";
    for (const OptionModel& o : c.operands) synopsis += " " + o.value_name;
    fmt::print(out, ".SS \"{}\"\n{}\n", roff(synopsis), roff(c.description));
    for (const OptionModel& o : c.operands) {
      fmt::print(out, ".TP\n.I {}\n{}\n", roff(o.value_name), roff(o.description));
      if (!o.choices.empty() && o.value_name != "RULE") {
        fmt::print(out, ".br\nOne of: {}.\n", roff(fmt::format("{}", fmt::join(o.choices, ", "))));
      }
    }
    for (const OptionModel& o : c.options) {
      std::string names;
      for (const std::string& n : o.names) {
        if (!names.empty()) names += ", ";
        names += "\\fB" + roff(n) + "\\fR";
      }
      if (!o.value_name.empty()) names += " \\fI" + roff(o.value_name) + "\\fR";
      fmt::print(out, ".TP\n{}\n{}\n", names, roff(o.description));
      if (!o.choices.empty()) {
        fmt::print(out, ".br\nOne of: {}.\n", roff(fmt::format("{}", fmt::join(o.choices, ", "))));
      }
    }
  }
  fmt::print(out,
             ".SH EXIT STATUS\n.TP\n{}\npass\n.TP\n{}\nfail\n.TP\n{}\nmanual review (check "
             "\\-\\-review\\-exit\\-code changes it)\n.TP\n{}\nusage or configuration error\n"
             ".TP\n{}\ninput error: a file that cannot be read, decoded or parsed\n",
             static_cast<int>(kExitPass), static_cast<int>(kExitFail),
             static_cast<int>(kExitReview), static_cast<int>(kExitUsage),
             static_cast<int>(kExitInputError));
  out << ".SH FILES\n.TP\n.I .preflight.yml\nThe policy: found in the first input's folder or the "
         "nearest folder above it (for \\fBconfig\\fR without a path, and for standard input, "
         "from the current folder); \\fB\\-\\-config\\fR names another, \\fB\\-\\-no\\-config\\fR "
         "ignores it.\n"
         ".SH ENVIRONMENT\n.TP\n.B PREFLIGHT_ENVIRONMENT\nThe policy's environment when "
         "\\fB\\-\\-environment\\fR is not given.\n.TP\n.B NO_COLOR\nNo colour in text output "
         "unless \\fB\\-\\-color always\\fR.\n"
         ".SH SEE ALSO\nThe documentation in the source tree: README.md, docs/usage.md, "
         "docs/configuration.md, docs/reports.md; \\fBpreflight rules\\fR and "
         "\\fBpreflight explain\\fR \\fIRULE\\fR for the rules.\n";
}

}  // namespace

Subcommand add_manpage(CLI::App& app) {
  // Hidden (no group): a build step, not something a user runs.
  CLI::App* command = app.add_subcommand("man", "Print the man page (roff)")->group("");
  const CLI::App* parent = &app;
  return Subcommand{command, [parent] {
                      write_man(std::cout, *parent);
                      return kExitPass;
                    }};
}

}  // namespace pf::cli
