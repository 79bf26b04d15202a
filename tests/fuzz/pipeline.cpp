#include "pipeline.h"

#include "ast/ast.h"
#include "cli/parallel.h"
#include "deploy/includes.h"
#include "deploy/script_files.h"
#include "model/model.h"
#include "parse/parse.h"
#include "policy/policy.h"
#include "report/report.h"
#include "rules/rules.h"
#include "source/source.h"

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <utility>

namespace pf::fuzz {
namespace {

enum class Role { Forward, Undo, Baseline, Policy, File };

struct Section {
  Role role;
  std::string_view bytes;
  std::string_view name;  // a File's path, as `:r` lines name it
};

constexpr std::string_view kMarker = "\n--@";
// More sections add nothing the fuzzer cannot reach with fewer, and bound the work per input.
constexpr std::size_t kMaxSections = 16;

[[nodiscard]] Role role_of(std::string_view word) {
  if (word == "undo") return Role::Undo;
  if (word == "baseline") return Role::Baseline;
  if (word == "policy") return Role::Policy;
  if (word.substr(0, 5) == "file ") return Role::File;
  return Role::Forward;
}

[[nodiscard]] std::vector<Section> split_sections(std::string_view bytes) {
  std::vector<Section> out;
  Role role = Role::Forward;
  std::string_view name;
  std::size_t start = 0;
  for (;;) {
    const std::size_t at =
        out.size() + 1 < kMaxSections ? bytes.find(kMarker, start) : std::string_view::npos;
    if (at == std::string_view::npos) {
      out.push_back(Section{role, bytes.substr(start), name});
      return out;
    }
    out.push_back(Section{role, bytes.substr(start, at - start), name});
    const std::size_t word = at + kMarker.size();
    const std::size_t eol = bytes.find('\n', word);
    const std::string_view line =
        bytes.substr(word, eol == std::string_view::npos ? eol : eol - word);
    role = role_of(line);
    name = role == Role::File ? line.substr(5) : std::string_view();
    start = eol == std::string_view::npos ? bytes.size() : eol + 1;
  }
}

// One script section, read as the CLI's read_script reads a file.
struct Loaded {
  Role role = Role::Forward;
  std::optional<std::size_t> forward;  // an undo script's forward section (index into `forward`)
  report::FileReport report;
  std::unique_ptr<source::SourceFile> file;
  std::unique_ptr<ast::Script> script;
};

void load(Loaded& out, std::string path, std::string_view bytes) {
  out.report.path = path;
  source::Expected<source::SourceFile> decoded = source::decode_source(std::move(path), bytes);
  if (!decoded) {
    out.report.error = decoded.error();
    return;
  }
  out.file = std::make_unique<source::SourceFile>(std::move(decoded).value());
  out.report.source = out.file.get();
  // As `check --var Env=Test` reads a script: the value is put into the text before parsing.
  parse::ParseOptions options;
  options.sqlcmd_values = {{"env", "Test"}};
  source::Expected<ast::Script> parsed = parse::parse_script(*out.file, options);
  if (!parsed) {
    out.report.error = parsed.error();
    return;
  }
  const ast::StatementCounts counts = ast::count_statements(parsed.value());
  out.report.batches = parsed.value().batches.size();
  out.report.statements = counts.statements;
  out.report.unparsed = counts.unparsed;
  out.script = std::make_unique<ast::Script>(std::move(parsed).value());
}

[[nodiscard]] model::ScriptInput script_input(const Loaded& l) {
  model::ScriptInput input{l.file.get(), l.script.get()};
  // The CLI reads each `:r` file; here none exists, as when an included file cannot be read.
  for (const ast::SqlcmdCommand& c : l.script->sqlcmd_commands) {
    if (c.type == ast::SqlcmdCommand::Type::Include) input.includes.push_back(std::nullopt);
  }
  return input;
}

// The stages wired as run_check (src/cli/commands.cpp) wires them, minus the file system: no
// ordering by name, no `:r` files, reports into strings.
[[nodiscard]] PipelineResult run(std::string_view bytes) {
  PipelineResult result;
  const std::vector<Section> sections = split_sections(bytes);

  policy::Policy policy = policy::default_policy();
  for (const Section& s : sections) {
    if (s.role != Role::Policy) continue;
    source::Expected<policy::Config> config = policy::parse_config(s.bytes, ".preflight.yml");
    if (!config) {
      result.config_error = true;
      return result;
    }
    // The first environment the file defines, so environment overrides are reached too.
    const std::string environment =
        config.value().environments.empty() ? "" : config.value().environments.front().name;
    source::Expected<policy::Policy> resolved = policy::resolve(config.value(), environment);
    if (!resolved) {
      result.config_error = true;
      return result;
    }
    policy = std::move(resolved).value();
  }

  // The forward scripts and the `--@file` sections are files of one folder in memory, the only
  // one `:r` may read; they go through the CLI's own expansion (src/deploy/includes.h), with caps
  // small enough that a fan-out costs little.
  deploy::MemoryFiles files;
  const std::filesystem::path root = "/fuzz";
  for (const Section& s : sections) {
    if (s.role == Role::File) files.add(root / std::string(s.name), std::string(s.bytes));
  }
  std::vector<deploy::ScriptRef> forward;
  std::vector<Loaded> undo, baseline;
  for (const Section& s : sections) {
    switch (s.role) {
      case Role::Forward: {
        std::string name = fmt::format(FMT_STRING("V{}__fuzz.sql"), forward.size() + 1);
        files.add(root / name, std::string(s.bytes));
        forward.push_back(deploy::ScriptRef{name, root / name, std::nullopt});
        break;
      }
      case Role::Undo:
        undo.emplace_back();
        undo.back().role = Role::Undo;
        if (!forward.empty()) undo.back().forward = forward.size() - 1;
        load(undo.back(), fmt::format(FMT_STRING("U{}__fuzz.sql"), forward.size()), s.bytes);
        break;
      case Role::Baseline:
        baseline.emplace_back();
        load(baseline.back(), fmt::format(FMT_STRING("baseline/{}.sql"), baseline.size()), s.bytes);
        break;
      case Role::Policy:
      case Role::File:
        break;
    }
  }
  result.scripts = forward.size() + undo.size() + baseline.size();

  deploy::ReadOptions read_options;
  read_options.parse.sqlcmd_values = {{"env", "Test"}};
  deploy::IncludeOptions includes;
  includes.roots.push_back(deploy::IncludeRoot{root, "fuzz"});
  includes.max_includes = 32;
  includes.max_include_bytes = 64 * 1024;
  std::vector<deploy::ReadScript> read;
  for (const deploy::ScriptRef& f : forward) {
    read.push_back(deploy::read_script(f, read_options, files));
  }
  deploy::LoadedRun loaded =
      deploy::expand_includes(forward, std::move(read), read_options, includes, files);

  // A baseline that cannot be read stops the CLI before any report (exit 4).
  for (const Loaded& b : baseline) {
    if (!b.script) {
      ++result.input_errors;
      return result;
    }
  }

  report::RunReport run;
  run.environment = policy.environment;
  run.order = "given";
  run.order_reason = "fuzz input";
  run.files = std::move(loaded.files);
  const std::vector<model::ScriptInput>& forward_scripts = loaded.scripts;
  std::vector<std::size_t> file_of_script = loaded.file_of_script;
  const std::vector<std::optional<std::size_t>>& script_of_forward = loaded.script_of_input;
  model::UndoPlan plan;
  std::vector<std::pair<model::ScriptInput, const Loaded*>> undo_scripts;
  for (Loaded& u : undo) {
    u.report.undo = true;
    if (u.forward) u.report.undoes = forward[*u.forward].display;
    if (u.script) {
      undo_scripts.emplace_back(script_input(u), &u);
      file_of_script.push_back(run.files.size());
      plan.scripts.push_back(model::UndoScript{
          script_input(u), u.forward ? script_of_forward[*u.forward] : std::nullopt});
    }
    run.files.push_back(u.report);
  }
  // As Flyway's naming does: once the deployment keeps undo scripts, a version without one is
  // expected to have one.
  if (!undo.empty()) {
    for (std::size_t i = 0; i < forward.size(); ++i) {
      bool has_undo = false;
      for (const Loaded& u : undo) has_undo = has_undo || u.forward == i;
      if (!has_undo && script_of_forward[i]) {
        plan.missing[*script_of_forward[i]] = fmt::format(FMT_STRING("U{}__fuzz.sql"), i + 1);
      }
    }
  }
  for (const report::FileReport& file : run.files) {
    if (file.error) ++run.summary.errors;
    run.summary.statements += file.statements;
    run.summary.unparsed += file.unparsed;
  }
  run.summary.files = run.files.size();
  result.input_errors = run.summary.errors;

  std::vector<model::ScriptInput> baseline_scripts;
  for (const Loaded& b : baseline) baseline_scripts.push_back(script_input(b));
  const model::Deployment deployment(forward_scripts, baseline_scripts, std::move(plan),
                                     {{"env", "Test"}});
  std::vector<rules::Finding> findings = rules::run_rules(deployment);
  std::vector<policy::ScriptView> views;
  for (const model::ScriptInput& s : deployment.scripts()) {
    views.push_back(policy::ScriptView{s.file->path(), s.script});
  }
  for (const auto& [script, u] : undo_scripts) {
    // A rollback runs the undo script after its forward script and every one before it.
    const std::size_t runs_after = u->forward ? *u->forward + 1 : forward.size();
    std::vector<model::ScriptInput> replayed = deploy::scripts_after_inputs(loaded, runs_after);
    for (rules::Finding& f :
         rules::run_rules_on_undo(std::move(replayed), script, baseline_scripts)) {
      f.script_index = views.size();
      findings.push_back(std::move(f));
    }
    views.push_back(policy::ScriptView{script.file->path(), script.script});
  }
  result.findings = findings.size();

  const policy::Outcome outcome =
      policy::decide(policy, findings, views, policy::Date{2026, 1, 1}, run.summary.errors);
  report::record_outcome(run, findings, outcome, file_of_script);

  report::WriteOptions options;
  options.tool_version = "0.0.0-fuzz";
  options.information_uri = "https://example.invalid/preflight";
  options.artifacts.push_back(report::Artifact{"out/report.html", "report.html", 1234});
  for (std::string_view name : report::format_names()) {
    const std::optional<report::Format> format = report::parse_format(name);
    if (!format) {
      result.problems.push_back(fmt::format(FMT_STRING("format_names() lists '{}'"), name));
      continue;
    }
    for (const bool color : {false, true}) {
      if (color && *format != report::Format::Text) continue;
      options.text.color = color;
      std::ostringstream out;
      report::write_report(out, *format, run, options);
      // JSON and SARIF are nlohmann::json dumps, valid by construction; text nlohmann cannot
      // encode (invalid UTF-8) throws, which the fuzzer reports as a crash.
      result.report_bytes += out.str().size();
    }
  }
  std::ostringstream model_json;
  report::write_model_json(model_json, deployment, report::ModelInfo{"given", "fuzz input", {}},
                           options.tool_version);
  result.report_bytes += model_json.str().size();
  for (const deploy::LoadedScript& f : loaded.loaded) {
    if (!f.script) continue;
    std::ostringstream ast_json;
    report::write_ast_json(ast_json, *f.file, *f.script);
    result.report_bytes += ast_json.str().size();
  }
  return result;
}

}  // namespace

// The CLI parses on its large stack (src/cli/main.cpp), which the nesting limit is measured
// against; libFuzzer's thread has 8 MiB, and sanitizers make frames larger.
PipelineResult run_pipeline(std::string_view bytes) {
  // The CLI's prediction snapshot too (src/cli/main.cpp): its misses fall back to the runtime.
  static const bool snapshot_installed = [] {
    parse::use_prediction_snapshot(&parse::trained_prediction_snapshot());
    return true;
  }();
  (void)snapshot_installed;
  PipelineResult result;
  cli::run_on_parser_stack([&] {
    result = run(bytes);
    return 0;
  });
  return result;
}

}  // namespace pf::fuzz
