// Every option takes one value per occurrence (docs/usage.md, "Commands"): the words after an
// option's value are the scripts to check, never more values of the option. `check --baseline
// schema/ V8.sql V9.sql` once made V8.sql part of the baseline, whose findings are never reported.
#include "test_support.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Run = pf::test::CommandRun;

// A fresh folder with a small deployment: a baseline that defines dbo.Orders (schema/) and one
// that defines dbo.Customers (schema2/); V8 drops dbo.Orders, V9 alters dbo.Customers.
class Deployment {
 public:
  Deployment() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pf-options-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
    write("schema/Orders.sql", "CREATE TABLE dbo.Orders (Id int NOT NULL);\n");
    write("schema2/Customers.sql", "CREATE TABLE dbo.Customers (Id int NOT NULL);\n");
    write("V8__drop_orders.sql", "DROP TABLE dbo.Orders;\n");
    write("V9__customer_note.sql", "ALTER TABLE dbo.Customers ADD Note nvarchar(50) NULL;\n");
  }
  ~Deployment() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  Deployment(const Deployment&) = delete;
  Deployment& operator=(const Deployment&) = delete;

  void write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name) << text;
  }
  [[nodiscard]] bool exists(const std::string& name) const {
    return std::filesystem::exists(path_ / name);
  }
  // Runs the binary in the folder; stderr is dropped, so stdout is the report alone.
  [[nodiscard]] Run run(const std::string& args) const {
    return pf::test::run_command("cd '" + path_.string() + "' && env -u PREFLIGHT_ENVIRONMENT '" +
                                 PF_BINARY + "' " + args + " 2>/dev/null");
  }

 private:
  std::filesystem::path path_;
};

// The paths of the files the JSON report lists, and the rules of their findings.
struct Checked {
  std::vector<std::string> files;
  std::vector<std::string> rules;
};

Checked checked(const Run& run) {
  nlohmann::json report;
  REQUIRE_NOTHROW(report = nlohmann::json::parse(run.out));
  Checked out;
  for (const auto& file : report.at("files")) {
    out.files.push_back(file.at("path"));
    for (const auto& f : file.at("findings")) out.rules.push_back(f.at("rule"));
  }
  return out;
}

const std::vector<std::string> kBoth{"V8__drop_orders.sql", "V9__customer_note.sql"};

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("cli options: --baseline takes one value; the scripts after it are checked") {
  const Deployment d;
  for (const char* spelling : {"--baseline schema", "--baseline=schema"}) {
    CAPTURE(spelling);
    const Run run = d.run(std::string("check --no-config --format json ") + spelling +
                          " --baseline schema2 V8__drop_orders.sql V9__customer_note.sql");
    CHECK(run.exit_code == 2);
    const Checked c = checked(run);
    CHECK(c.files == kBoth);
    CHECK(has(c.rules, "PF101"));
    // Both baselines were read: dbo.Customers exists, so V9 is no PF404.
    CHECK_FALSE(has(c.rules, "PF404"));
  }
  // `--` does not end an option's values and start them again: the scripts stay scripts.
  const Run dashes =
      d.run("check --no-config --format json --baseline schema -- V8__drop_orders.sql");
  CHECK(dashes.exit_code == 2);
  CHECK(checked(dashes).files == std::vector<std::string>{"V8__drop_orders.sql"});
}

TEST_CASE("cli options: model --baseline takes one value too") {
  const Deployment d;
  const Run run =
      d.run("model --no-config --baseline schema V8__drop_orders.sql V9__customer_note.sql");
  CHECK(run.exit_code == 0);
  nlohmann::json model;
  REQUIRE_NOTHROW(model = nlohmann::json::parse(run.out));
  const std::string text = model.dump();
  CHECK(text.find("V8__drop_orders.sql") != std::string::npos);
  CHECK(text.find("V9__customer_note.sql") != std::string::npos);
}

TEST_CASE("cli options: --var and --report take one value each and are repeated for more") {
  const Deployment d;
  const Run vars = d.run(
      "check --no-config --format json --var Schema=dbo --var Db=Sales V8__drop_orders.sql "
      "V9__customer_note.sql");
  CHECK(vars.exit_code == 2);
  CHECK(checked(vars).files == kBoth);

  const Run reports = d.run(
      "check --no-config --format json --report sarif=out.sarif --report junit=out.xml "
      "V8__drop_orders.sql V9__customer_note.sql");
  CHECK(reports.exit_code == 2);
  CHECK(checked(reports).files == kBoth);
  CHECK(d.exists("out.sarif"));
  CHECK(d.exists("out.xml"));
  // A second value after one --report is a script, not a report: here one that does not exist.
  const Run swallowed = d.run(
      "check --no-config --format json --report sarif=a.sarif junit=b.xml V8__drop_orders.sql");
  CHECK(swallowed.exit_code == 4);
  CHECK_FALSE(d.exists("b.xml"));
}

TEST_CASE("cli options: an option that takes one value, given twice, is a usage error") {
  const Deployment d;
  d.write(".preflight.yml", "environments:\n  Production: {}\n  Development: {}\n");
  for (const char* args :
       {"--format json --format text",
        "--environment Production "
        "--environment Development",
        "--config .preflight.yml --config .preflight.yml", "--order flyway --order natural",
        "--today 2026-01-01 --today 2026-01-02", "--review-exit-code 0 --review-exit-code 2"}) {
    CAPTURE(args);
    CHECK(d.run(std::string("check ") + args + " V8__drop_orders.sql").exit_code == 3);
  }
  CHECK(d.run("config --environment Production --environment Development").exit_code == 3);
}
