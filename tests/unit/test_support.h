// Helpers shared by the unit tests.
#pragma once

#include "ast/ast.h"
#include "deploy/load.h"
#include "deploy/script_files.h"
#include "model/model.h"
#include "parse/parse.h"
#include "rules/rules.h"
#include "source/source.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <vector>

namespace pf::test {

// A decoded in-memory script; aborts the test if the text is not valid UTF-8.
inline source::SourceFile source_of(std::string_view sql, std::string path = "test.sql") {
  source::Expected<source::SourceFile> file = source::decode_source(std::move(path), sql);
  REQUIRE_MESSAGE(file.ok(), (file.ok() ? std::string() : file.error().message));
  return std::move(file).value();
}

inline ast::Script parse_sql(std::string_view sql) {
  const source::SourceFile file = source_of(sql);
  source::Expected<ast::Script> script = parse::parse_script(file);
  REQUIRE_MESSAGE(script.ok(), (script.ok() ? std::string() : script.error().message));
  return std::move(script).value();
}

// Parses and keeps the script for the rest of the test run, so that a statement reference taken
// from it in one expression stays valid.
inline const ast::Script& parse_kept(std::string_view sql) {
  static std::deque<ast::Script> scripts;
  scripts.push_back(parse_sql(sql));
  return scripts.back();
}

// What a shell command printed on stdout, and its exit code.
struct CommandRun {
  int exit_code;
  std::string out;
};

inline CommandRun run_command(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe);
  REQUIRE(WIFEXITED(status));
  return CommandRun{WEXITSTATUS(status), out};
}

// A script parsed from a temporary would die before the reference is used.
template <class T>
const T& only_statement(ast::Script&& script) = delete;

// The only statement of a one-statement script, checked to be of type T.
template <class T>
const T& only_statement(const ast::Script& script) {
  REQUIRE(script.batches.size() == 1);
  REQUIRE(script.batches[0].statements.size() == 1);
  const ast::Statement& s = *script.batches[0].statements[0];
  REQUIRE_MESSAGE(dynamic_cast<const T*>(&s) != nullptr,
                  "statement kind is " << std::string(ast::kind_name(s.kind)));
  return static_cast<const T&>(s);
}

// An undo script of a test deployment: its text, and the forward script it undoes (an index).
struct UndoSql {
  std::string sql;
  std::optional<std::size_t> forward;
};

// Scripts linted together as one deployment, in order; everything stays alive for the checks.
class Linted {
 public:
  // `baseline` scripts (named baseline0.sql, ...) describe the database before the deployment.
  // `undo` scripts are named undo0.sql, ...; `missing_undo` maps forward scripts without one to
  // the name expected.
  explicit Linted(const std::vector<std::string>& scripts,
                  const std::vector<std::string>& baseline = {},
                  const std::vector<UndoSql>& undo = {},
                  std::map<std::size_t, std::string> missing_undo = {},
                  model::ModelOptions options = {}, std::size_t history = 0,
                  const rules::RuleSettings& settings = {}) {
    // Read and paired by the deploy stage, as `preflight check` reads a folder, from memory.
    deploy::MemoryFiles files;
    const auto input = [&files](const std::string& name, const std::string& sql) {
      const std::filesystem::path path = std::filesystem::path("/linted") / name;
      files.add(path, sql);
      return deploy::Input{{name, path, std::nullopt}, false, name};
    };
    deploy::DeploymentRequest request;
    for (std::size_t i = 0; i < scripts.size(); ++i) {
      request.ordered.forward.push_back(input("script" + std::to_string(i) + ".sql", scripts[i]));
      request.ordered.forward.back().history = i < history;  // the first `history` already ran
    }
    for (std::size_t i = 0; i < baseline.size(); ++i) {
      request.baseline.push_back(input("baseline" + std::to_string(i) + ".sql", baseline[i]));
    }
    for (std::size_t i = 0; i < undo.size(); ++i) {
      request.ordered.undo.push_back(deploy::UndoInput{
          input("undo" + std::to_string(i) + ".sql", undo[i].sql), undo[i].forward,
          undo[i].forward ? *undo[i].forward + 1 : scripts.size()});
    }
    request.ordered.missing_undo = std::move(missing_undo);
    loaded_ = deploy::load_deployment(request, files);
    // A `:r` line reads nothing here (no folder is allowed): the model knows the include but not
    // its text, as when an included file cannot be read.
    for (const deploy::FileStatus& status : loaded_.run.files) {
      if (!status.included_from.empty()) continue;
      REQUIRE_MESSAGE(!status.error, status.path << ": " << status.error->message);
    }
    REQUIRE(loaded_.baseline_errors.empty());
    deployment_ = std::make_unique<model::Deployment>(
        loaded_.run.scripts, deploy::script_inputs(loaded_.baseline), std::move(loaded_.plan),
        std::map<std::string, std::string>{}, options);
    findings_ = rules::run_rules(*deployment_, settings);
  }
  explicit Linted(std::string_view sql) : Linted(std::vector<std::string>{std::string(sql)}) {}

  [[nodiscard]] const std::vector<rules::Finding>& findings() const { return findings_; }
  [[nodiscard]] const model::Deployment& deployment() const { return *deployment_; }
  [[nodiscard]] const ast::Script& script(std::size_t i) const {
    return *loaded_.run.scripts.at(i).script;
  }
  [[nodiscard]] const std::string& path(std::size_t i) const {
    return loaded_.run.scripts.at(i).file->path();
  }
  [[nodiscard]] std::size_t size() const { return loaded_.run.scripts.size(); }
  [[nodiscard]] std::vector<rules::Finding> of(std::string_view rule_id) const {
    std::vector<rules::Finding> out;
    for (const rules::Finding& f : findings_) {
      if (f.rule->id == rule_id) out.push_back(f);
    }
    return out;
  }

 private:
  deploy::LoadedDeployment loaded_;
  std::unique_ptr<model::Deployment> deployment_;
  std::vector<rules::Finding> findings_;
};

}  // namespace pf::test
