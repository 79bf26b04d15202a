#include "pipeline.h"

#include "ast/ast.h"
#include "deploy/order.h"
#include "deploy/parallel.h"
#include "deploy/script_files.h"
#include "driver/check.h"
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

// The stages wired as `preflight check` wires them (driver::check), minus the disk: the sections
// are files of one folder in memory, named as Flyway names them, so the deploy stage orders them
// and pairs each undo script with its forward script; reports go into strings.
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

  // `:r` may read the `--@file` sections and the scripts, and nothing outside `/fuzz`, with caps
  // small enough that a fan-out costs little.
  deploy::MemoryFiles files;
  const std::filesystem::path root = "/fuzz";
  std::vector<deploy::Input> scripts, baseline;
  std::size_t forward = 0, undo_after_forward = 0;
  const auto add = [&](std::vector<deploy::Input>& to, const std::string& name,
                       std::string_view text) {
    files.add(root / name, std::string(text));
    to.push_back(deploy::Input{{name, root / name, std::nullopt}, false, name});
  };
  for (const Section& s : sections) {
    switch (s.role) {
      case Role::Forward:
        undo_after_forward = 0;
        add(scripts, fmt::format(FMT_STRING("V{}__fuzz.sql"), ++forward), s.bytes);
        break;
      case Role::Undo:
        // The first undo section after a forward script undoes it (same version); more are undo
        // scripts of versions that never ran (`U<n>.<k>`), as a folder may hold.
        add(scripts,
            undo_after_forward++ == 0
                ? fmt::format(FMT_STRING("U{}__fuzz.sql"), forward)
                : fmt::format(FMT_STRING("U{}.{}__fuzz.sql"), forward, undo_after_forward),
            s.bytes);
        break;
      case Role::Baseline:
        add(baseline, fmt::format(FMT_STRING("baseline/{}.sql"), baseline.size() + 1), s.bytes);
        break;
      case Role::File:
        files.add(root / std::string(s.name), std::string(s.bytes));
        break;
      case Role::Policy:
        break;
    }
  }
  result.scripts = scripts.size() + baseline.size();

  driver::CheckRequest request;
  request.deployment.ordered =
      deploy::order_inputs(std::move(scripts), deploy::Order::Flyway, "fuzz input");
  request.deployment.baseline = std::move(baseline);
  // As `check --var Env=Test` reads a script: the value is put into the text before parsing.
  request.deployment.read.parse.sqlcmd_values = {{"env", "Test"}};
  request.deployment.includes.roots.push_back(deploy::IncludeRoot{root, "fuzz"});
  request.deployment.includes.max_includes = 32;
  request.deployment.includes.max_include_bytes = 64 * 1024;
  request.policy = std::move(policy);
  request.today = policy::Date{2026, 1, 1};
  const driver::CheckResult checked = driver::check(request, files);
  const report::RunReport& run = checked.run;
  result.input_errors = run.summary.errors;
  result.findings = checked.findings.size();

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
  report::write_model_json(model_json, *checked.model,
                           report::ModelInfo{"flyway", "fuzz input", {}, {}}, options.tool_version);
  result.report_bytes += model_json.str().size();
  for (const deploy::LoadedScript& f : checked.loaded.run.loaded) {
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
  deploy::run_on_parser_stack([&] {
    result = run(bytes);
    return 0;
  });
  return result;
}

}  // namespace pf::fuzz
