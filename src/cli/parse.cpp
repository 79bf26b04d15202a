// `preflight parse` (the syntax tree of one script) and `preflight lex` (counts, for benchmarks).
#include "parse/parse.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "deploy/inputs.h"
#include "report/report.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace pf::cli {
namespace {

int run_parse(const std::string& path, const Limits& limits) {
  source::Expected<source::SourceFile> file =
      source::read_source_file(path, path, source::ReadLimits{limits.max_file_bytes});
  if (!file) {
    print_input_error(path, file.error());
    return kExitInputError;
  }
  source::Expected<ast::Script> script =
      parse::parse_script(file.value(), limits.read_options().parse);
  if (!script) {
    print_input_error(path, script.error());
    return kExitInputError;
  }
  report::write_ast_json(std::cout, file.value(), script.value());
  return kExitPass;
}

// `lex`: what the benchmark (tests/bench/bench.py) compares a full `check` with. Files are found,
// read and decoded as `check` does (no policy, no `:r` includes). Plain `lex` splits batches and
// lexes them, as parse::lex_only does; `--parse` parses them too, without rules or reports, and
// counts the batches whose SLL prediction failed (docs/dev/architecture.md "ANTLR 4.7.2 tool
// and 4.9 C++ runtime"), which no other command totals.
struct LexOptions {
  std::vector<std::string> paths;
  bool parse = false;
  Limits limits;
};

int run_lex(const LexOptions& options) {
  std::size_t files = 0, errors = 0, batches = 0, tokens = 0;
  std::size_t statements = 0, unparsed = 0, ll_batches = 0, ll_statements = 0;
  std::size_t predictions = 0, runtime_predictions = 0;
  for (const deploy::Input& input : deploy::collect_inputs(options.paths)) {
    if (input.problem) {
      print_input_error(input.display, source::Error{*input.problem, std::nullopt});
      ++errors;
      continue;
    }
    const source::Expected<source::SourceFile> file = source::read_source_file(
        *input.file, input.display, source::ReadLimits{options.limits.max_file_bytes});
    if (!file) {
      print_input_error(input.display, file.error());
      ++errors;
      continue;
    }
    if (options.parse) {
      const source::Expected<ast::Script> script =
          parse::parse_script(file.value(), options.limits.read_options().parse);
      if (!script) {
        print_input_error(input.display, script.error());
        ++errors;
        continue;
      }
      const ast::StatementCounts counts = ast::count_statements(script.value());
      statements += counts.statements;
      unparsed += counts.unparsed;
      for (const ast::Batch& batch : script.value().batches) {
        if (batch.needed_full_ll) ++ll_batches;
        ll_statements += batch.full_ll_statements;
        predictions += batch.predictions;
        runtime_predictions += batch.runtime_predictions;
      }
      batches += script.value().batches.size();
    } else {
      // Splitting again only to count is a scan for line breaks, small next to lexing.
      batches += parse::split_batches(file.value().text()).size();
      tokens += parse::lex_only(file.value());
    }
    ++files;
  }
  fmt::print(FMT_STRING("files {}\nerrors {}\nbatches {}\n"), files, errors, batches);
  if (options.parse) {
    fmt::print(FMT_STRING("statements {}\nunparsed {}\nll_batches {}\nll_statements {}\n"
                          "predictions {}\nruntime_predictions {}\n"),
               statements, unparsed, ll_batches, ll_statements, predictions, runtime_predictions);
  } else {
    fmt::print(FMT_STRING("tokens {}\n"), tokens);
  }
  return errors > 0 ? kExitInputError : kExitPass;
}

}  // namespace

Subcommand add_parse(CLI::App& app) {
  struct ParseOptions {
    std::string path;
    std::string format = "json";
    Limits limits;
  };
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand("parse", "Print the syntax tree of one script");
  command->add_option("file", options->path, "Script file")->required()->type_name("FILE");
  command->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"json"}));
  add_limit_options(*command, options->limits);
  return Subcommand{command, [options] { return run_parse(options->path, options->limits); }};
}

Subcommand add_lex(CLI::App& app) {
  auto options = std::make_shared<LexOptions>();
  CLI::App* command = app.add_subcommand(
      "lex",
      "Split and lex scripts (or, with --parse, parse them) and print counts; for benchmarks");
  command->add_option("paths", options->paths, "Script files or folders of .sql files")
      ->required()
      ->type_name("PATH");
  command->add_flag("--parse", options->parse,
                    "Parse too: statements, unparsed, batches and statements that needed LL, "
                    "parser predictions and those the prediction snapshot could not answer");
  add_limit_options(*command, options->limits);
  return Subcommand{command, [options] { return run_lex(*options); }};
}

}  // namespace pf::cli
