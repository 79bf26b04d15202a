// Helpers shared by the unit tests.
#pragma once

#include "ast/ast.h"
#include "model/model.h"
#include "parse/parse.h"
#include "rules/rules.h"
#include "source/source.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <deque>
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
                  model::ModelOptions options = {}) {
    std::vector<model::ScriptInput> inputs;
    for (std::size_t i = 0; i < scripts.size(); ++i) {
      files_.push_back(std::make_unique<source::SourceFile>(
          source_of(scripts[i], "script" + std::to_string(i) + ".sql")));
      asts_.push_back(std::make_unique<ast::Script>(parse_sql(scripts[i])));
      inputs.push_back(model::ScriptInput{files_.back().get(), asts_.back().get()});
    }
    std::vector<model::ScriptInput> before;
    for (std::size_t i = 0; i < baseline.size(); ++i) {
      baseline_files_.push_back(std::make_unique<source::SourceFile>(
          source_of(baseline[i], "baseline" + std::to_string(i) + ".sql")));
      baseline_asts_.push_back(std::make_unique<ast::Script>(parse_sql(baseline[i])));
      before.push_back(
          model::ScriptInput{baseline_files_.back().get(), baseline_asts_.back().get()});
    }
    model::UndoPlan plan;
    for (std::size_t i = 0; i < undo.size(); ++i) {
      baseline_files_.push_back(std::make_unique<source::SourceFile>(
          source_of(undo[i].sql, "undo" + std::to_string(i) + ".sql")));
      baseline_asts_.push_back(std::make_unique<ast::Script>(parse_sql(undo[i].sql)));
      plan.scripts.push_back(model::UndoScript{
          model::ScriptInput{baseline_files_.back().get(), baseline_asts_.back().get()},
          undo[i].forward});
    }
    plan.missing = std::move(missing_undo);
    deployment_ =
        std::make_unique<model::Deployment>(std::move(inputs), std::move(before), std::move(plan),
                                            std::map<std::string, std::string>{}, options);
    findings_ = rules::run_rules(*deployment_);
  }
  explicit Linted(std::string_view sql) : Linted(std::vector<std::string>{std::string(sql)}) {}

  [[nodiscard]] const std::vector<rules::Finding>& findings() const { return findings_; }
  [[nodiscard]] const model::Deployment& deployment() const { return *deployment_; }
  [[nodiscard]] const ast::Script& script(std::size_t i) const { return *asts_.at(i); }
  [[nodiscard]] const std::string& path(std::size_t i) const { return files_.at(i)->path(); }
  [[nodiscard]] std::size_t size() const { return asts_.size(); }
  [[nodiscard]] std::vector<rules::Finding> of(std::string_view rule_id) const {
    std::vector<rules::Finding> out;
    for (const rules::Finding& f : findings_) {
      if (f.rule->id == rule_id) out.push_back(f);
    }
    return out;
  }

 private:
  std::vector<std::unique_ptr<source::SourceFile>> files_;
  std::vector<std::unique_ptr<ast::Script>> asts_;
  std::vector<std::unique_ptr<source::SourceFile>> baseline_files_;
  std::vector<std::unique_ptr<ast::Script>> baseline_asts_;
  std::unique_ptr<model::Deployment> deployment_;
  std::vector<rules::Finding> findings_;
};

}  // namespace pf::test
