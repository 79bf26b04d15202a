#include "cli/cli.h"
#include "model/model.h"
#include "parse/parse.h"
#include "policy/policy.h"
#include "report/report.h"
#include "rules/rules.h"
#include "source/source.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace pf::cli {
namespace {

constexpr std::string_view kVersion = PF_VERSION;

struct Limits {
  std::uint64_t max_file_bytes = source::ReadLimits{}.max_file_bytes;
  std::size_t max_depth = parse::ParseOptions{}.max_nesting_depth;
};

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  int review_exit_code = kExitReview;
  Limits limits;
};

void print_input_error(const std::string& path, const source::Error& error) {
  fmt::print(std::cerr, FMT_STRING("preflight: {}: {}{}\n"), path, error.message,
             error.byte_offset ? fmt::format(FMT_STRING(" at byte offset {}"), *error.byte_offset)
                               : std::string());
}

// A script that was read and parsed, kept alive for the model and the reports.
struct LoadedScript {
  std::unique_ptr<source::SourceFile> file;
  std::unique_ptr<ast::Script> script;
};

int run_check(const CheckOptions& options) {
  const std::vector<Input> inputs = collect_inputs(options.paths);
  report::RunReport run;
  std::vector<LoadedScript> loaded;
  std::vector<std::size_t> file_of_script;  // script index -> index in run.files

  for (const Input& input : inputs) {
    report::FileReport file;
    file.path = input.display;
    if (input.problem) {
      file.error = source::Error{*input.problem, std::nullopt};
    } else {
      source::Expected<source::SourceFile> source = source::read_source_file(
          *input.file, input.display, source::ReadLimits{options.limits.max_file_bytes});
      if (!source) {
        file.error = source.error();
      } else {
        auto owned = std::make_unique<source::SourceFile>(std::move(source).value());
        source::Expected<ast::Script> script =
            parse::parse_script(*owned, parse::ParseOptions{options.limits.max_depth});
        file.source = owned.get();
        if (!script) {
          file.error = script.error();
        } else {
          const ast::StatementCounts counts = ast::count_statements(script.value());
          file.batches = script.value().batches.size();
          file.statements = counts.statements;
          file.unparsed = counts.unparsed;
          file_of_script.push_back(run.files.size());
          loaded.push_back(LoadedScript{std::move(owned),
                                        std::make_unique<ast::Script>(std::move(script).value())});
        }
        if (file.error) {
          // Keep the decoded file alive for its hash and encoding in the report.
          loaded.push_back(LoadedScript{std::move(owned), nullptr});
        }
      }
    }
    if (file.error) {
      print_input_error(file.path, *file.error);
      ++run.summary.errors;
    }
    run.summary.statements += file.statements;
    run.summary.unparsed += file.unparsed;
    run.files.push_back(std::move(file));
  }
  run.summary.files = run.files.size();

  std::vector<model::ScriptInput> scripts;
  for (const LoadedScript& l : loaded) {
    if (l.script) scripts.push_back(model::ScriptInput{l.file.get(), l.script.get()});
  }
  const model::Deployment deployment(std::move(scripts));
  const std::vector<rules::Finding> findings = rules::run_rules(deployment);
  const policy::Outcome outcome = policy::decide(findings, run.summary.errors);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const rules::Finding& f = findings[i];
    const policy::Decision& d = outcome.decisions[i];
    if (d.level == rules::Level::Off) continue;
    run.files[file_of_script[f.script_index]].findings.push_back(
        report::ReportedFinding{f.rule, d.level, f.range, f.object, f.message, d.suppressed_by});
  }
  run.verdict = outcome.verdict;
  run.summary.fail = outcome.fail;
  run.summary.review = outcome.review;
  run.summary.warn = outcome.warn;
  run.summary.suppressed = outcome.suppressed;

  if (options.format == "json") {
    report::write_json(std::cout, run, kVersion);
  } else {
    report::write_text(std::cout, run);
  }
  std::cout.flush();

  if (run.summary.errors > 0) return kExitInputError;
  switch (run.verdict) {
    case policy::Verdict::Pass:
      return kExitPass;
    case policy::Verdict::ManualReview:
      return options.review_exit_code;
    case policy::Verdict::Fail:
      return kExitFail;
  }
  return kExitInputError;
}

int run_parse(const std::string& path, const Limits& limits) {
  source::Expected<source::SourceFile> file =
      source::read_source_file(path, path, source::ReadLimits{limits.max_file_bytes});
  if (!file) {
    print_input_error(path, file.error());
    return kExitInputError;
  }
  source::Expected<ast::Script> script =
      parse::parse_script(file.value(), parse::ParseOptions{limits.max_depth});
  if (!script) {
    print_input_error(path, script.error());
    return kExitInputError;
  }
  report::write_ast_json(std::cout, file.value(), script.value());
  return kExitPass;
}

int run_rules_list() {
  std::size_t name_width = 4;
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    name_width = std::max(name_width, e.name.size());
  }
  fmt::print(FMT_STRING("{:<6} {:<{}} {:<16} {:<7} {}\n"), "id", "name", name_width, "category",
             "level", "summary");
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    fmt::print(FMT_STRING("{:<6} {:<{}} {:<16} {:<7} {}\n"), e.id, e.name, name_width, e.category,
               rules::level_name(e.level), e.summary);
  }
  return kExitPass;
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

std::string without_markers(std::string_view sql) {
  std::string out;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    // « is C2 AB and » is C2 BB in UTF-8.
    if (sql[i] == '\xC2' && i + 1 < sql.size() && (sql[i + 1] == '\xAB' || sql[i + 1] == '\xBB')) {
      ++i;
      continue;
    }
    out += sql[i];
  }
  return out;
}

int run_explain(const std::string& id) {
  const rules::CatalogueEntry* e = rules::find_entry(id);
  if (e == nullptr) {
    fmt::print(std::cerr, FMT_STRING("preflight: no rule '{}' (see `preflight rules`)\n"), id);
    return kExitUsage;
  }
  fmt::print(FMT_STRING("{} {}\n\n{}\n\ncategory: {}\ndefault level: {}\nreversible: {}\n\n"),
             e->id, e->name, e->summary, e->category, rules::level_name(e->level),
             e->reversible ? "yes" : "no (only a backup brings the data back)");
  fmt::print(FMT_STRING("Why\n{}\n\nInstead\n{}\n"), trim_end(e->rationale), trim_end(e->instead));
  // Each example indented as a block, so multi-line examples stay readable.
  auto print_examples = [](std::string_view title, rules::Span<rules::RuleExample> examples) {
    fmt::print(FMT_STRING("\n{}\n"), title);
    for (const rules::RuleExample& ex : examples) {
      std::string text = without_markers(ex.sql);
      for (std::size_t at = text.find('\n'); at != std::string::npos;
           at = text.find('\n', at + 1)) {
        text.insert(at + 1, "    ");
      }
      fmt::print(FMT_STRING("  - {}\n"), text);
    }
  };
  print_examples("Flagged", e->bad);
  print_examples("Not flagged", e->good);
  fmt::print(FMT_STRING("\nSource: {}\n"), e->file);
  return kExitPass;
}

void add_limit_options(CLI::App& command, Limits& limits) {
  command.add_option("--max-file-bytes", limits.max_file_bytes,
                     "Largest file read, in bytes (default 268435456)");
  command.add_option("--max-depth", limits.max_depth,
                     "Deepest nesting of parentheses and blocks in one batch (default 1000)");
}

int run_guarded(int argc, char** argv) {
  CLI::App app{"Preflight checks SQL Server deployment scripts before they reach a database.",
               "preflight"};
  app.set_version_flag("--version", std::string("preflight ") + std::string(kVersion));
  app.require_subcommand(1);

  CheckOptions check;
  CLI::App* check_cmd =
      app.add_subcommand("check", "Check scripts and folders; exit code is the verdict");
  check_cmd->add_option("paths", check.paths, "Script files or folders of .sql files")->required();
  check_cmd->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  check_cmd
      ->add_option("--review-exit-code", check.review_exit_code,
                   "Exit code for a manual-review verdict (default 2)")
      ->check(CLI::Range(0, 255));
  add_limit_options(*check_cmd, check.limits);

  std::string parse_path;
  std::string parse_format = "json";
  Limits parse_limits;
  CLI::App* parse_cmd = app.add_subcommand("parse", "Print the syntax tree of one script");
  parse_cmd->add_option("file", parse_path, "Script file")->required();
  parse_cmd->add_option("--format", parse_format, "Output format")->check(CLI::IsMember({"json"}));
  add_limit_options(*parse_cmd, parse_limits);

  CLI::App* rules_cmd = app.add_subcommand("rules", "List the rule catalogue");
  std::string explain_id;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show a rule's documentation");
  explain_cmd->add_option("rule", explain_id, "Rule id or name, e.g. PF101 or drop-table")
      ->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, version or the error
    return code == 0 ? kExitPass : kExitUsage;
  }
  if (*check_cmd) return run_check(check);
  if (*parse_cmd) return run_parse(parse_path, parse_limits);
  if (*rules_cmd) return run_rules_list();
  if (*explain_cmd) return run_explain(explain_id);
  return kExitUsage;
}

}  // namespace

int run(int argc, char** argv) {
  // Bugs may throw; none may end the process with a code a pipeline reads as success.
  try {
    return run_guarded(argc, argv);
  } catch (const std::exception& e) {
    fmt::print(std::cerr, FMT_STRING("preflight: internal error: {}\n"), e.what());
  } catch (...) {
    fmt::print(std::cerr, FMT_STRING("preflight: internal error\n"));
  }
  return kExitInputError;
}

}  // namespace pf::cli
