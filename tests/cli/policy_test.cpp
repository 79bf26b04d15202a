// The policy options and commands of the real binary: environment variable, init, config,
// --no-config, --today and `files:` selection.
#include "test_support.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using Run = pf::test::CommandRun;

// Runs the binary in `dir` with `env` (e.g. "PREFLIGHT_ENVIRONMENT=Production") set.
Run run_in(const std::filesystem::path& dir, const std::string& env, const std::string& args) {
  return pf::test::run_command("cd '" + dir.string() + "' && env -u PREFLIGHT_ENVIRONMENT " + env +
                               " '" + PF_BINARY + "' " + args + " 2>&1");
}

// A fresh folder under the system temporary folder, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pf-policy-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  void write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name) << text;
  }
  [[nodiscard]] std::string read(const std::string& name) const {
    std::ifstream in(path_ / name);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

 private:
  std::filesystem::path path_;
};

const char* const kEnvironments =
    "environments:\n  Production:\n    rules:\n      drop-table: fail\n"
    "  Development:\n    rules:\n      drop-table: warn\n";

}  // namespace

TEST_CASE("policy cli: PREFLIGHT_ENVIRONMENT chooses the environment; --environment wins") {
  const TempDir dir;
  dir.write(".preflight.yml", kEnvironments);
  dir.write("db/V1__drop.sql", "DROP TABLE dbo.Legacy;\n");
  CHECK(run_in(dir.path(), "PREFLIGHT_ENVIRONMENT=Production", "check db").exit_code == 1);
  CHECK(run_in(dir.path(), "PREFLIGHT_ENVIRONMENT=Development", "check db").exit_code == 0);
  CHECK(run_in(dir.path(), "PREFLIGHT_ENVIRONMENT=Production", "check --environment Development db")
            .exit_code == 0);
  const Run json = run_in(dir.path(), "PREFLIGHT_ENVIRONMENT=Production", "check --format json db");
  CHECK(nlohmann::json::parse(json.out).at("environment") == "Production");
  const Run unknown = run_in(dir.path(), "PREFLIGHT_ENVIRONMENT=Staging", "check db");
  CHECK(unknown.exit_code == 3);
  CHECK(unknown.out.find("unknown environment 'Staging'") != std::string::npos);
  // Without an environment, the top level (here: the defaults) applies.
  CHECK(run_in(dir.path(), "", "check db").exit_code == 2);
}

TEST_CASE("policy cli: --no-config ignores the file found by walking up") {
  const TempDir dir;
  dir.write(".preflight.yml", "rules:\n  drop-table: fail\n");
  dir.write("db/sub/V1__drop.sql", "DROP TABLE dbo.Legacy;\n");
  CHECK(run_in(dir.path(), "", "check db/sub/V1__drop.sql").exit_code == 1);
  CHECK(run_in(dir.path(), "", "check --no-config db/sub/V1__drop.sql").exit_code == 2);
  CHECK(run_in(dir.path(), "", "check --no-config --config .preflight.yml db").exit_code == 3);
  // A --config that cannot be read is an error, never a silent fall back to the defaults.
  const Run missing = run_in(dir.path(), "", "check --config missing.yml db");
  CHECK(missing.exit_code == 3);
  CHECK(missing.out == "preflight: missing.yml: cannot read the configuration file\n");
  CHECK(run_in(dir.path(), "", "check --config db db").exit_code == 3);
}

TEST_CASE("policy cli: files include and exclude select among the files of a folder") {
  const TempDir dir;
  dir.write(".preflight.yml", "files:\n  exclude: ['db/seed/**']\n");
  dir.write("db/V1__create.sql", "CREATE TABLE dbo.T (Id int);\n");
  dir.write("db/seed/drop.sql", "DROP TABLE dbo.Legacy;\n");
  const Run run = run_in(dir.path(), "", "check --format json db");
  CHECK(run.exit_code == 0);
  const nlohmann::json report = nlohmann::json::parse(run.out);
  REQUIRE(report.at("files").size() == 1);
  CHECK(report.at("files")[0].at("path") == "db/V1__create.sql");
  // A file named on the command line is checked whatever `files:` says.
  CHECK(run_in(dir.path(), "", "check db/seed/drop.sql").exit_code == 2);
}

TEST_CASE("policy cli: --today must be a date; it decides waiver expiry") {
  const TempDir dir;
  dir.write(".preflight.yml",
            "waivers:\n  - rule: PF101\n    path: 'db/*.sql'\n    reason: archived\n"
            "    approved_by: Jane\n    expires: 2026-06-30\n");
  dir.write("db/V1__drop.sql", "DROP TABLE dbo.Legacy;\n");
  CHECK(run_in(dir.path(), "", "check --today 2026-06-30 db").exit_code == 0);
  CHECK(run_in(dir.path(), "", "check --today 2026-07-01 db").exit_code == 2);
  CHECK(run_in(dir.path(), "", "check --today 2026-07-01 --strict-waivers db").exit_code == 3);
  CHECK(run_in(dir.path(), "", "check --today tomorrow db").exit_code == 3);
}

TEST_CASE("policy cli: init writes a valid commented file and never overwrites without --force") {
  const TempDir dir;
  const Run first = run_in(dir.path(), "", "init");
  CHECK(first.exit_code == 0);
  const std::string written = dir.read(".preflight.yml");
  CHECK(written.find("environments:") != std::string::npos);
  CHECK(written.find("#   - rule: PF101") != std::string::npos);  // the example waiver
  CHECK(written.find("#   PF101: review") != std::string::npos);  // the defaults
  // What init writes is a configuration the binary accepts, with the example environment.
  const Run config = run_in(dir.path(), "", "config --environment Production");
  CHECK(config.exit_code == 0);
  CHECK(config.out.find("PF101: {name: drop-table, category: drop, level: fail, from: "
                        "environments.Production.rules.drop-table}") != std::string::npos);

  dir.write(".preflight.yml", "rules:\n  PF101: fail\n");
  const Run refused = run_in(dir.path(), "", "init");
  CHECK(refused.exit_code == 3);
  CHECK(refused.out.find("already exists") != std::string::npos);
  CHECK(dir.read(".preflight.yml") == "rules:\n  PF101: fail\n");
  CHECK(run_in(dir.path(), "", "init --force").exit_code == 0);
  CHECK(dir.read(".preflight.yml") == written);
  // A named file, and only that file.
  CHECK(run_in(dir.path(), "", "init policy/custom.yml").exit_code != 0);  // no such folder
  std::filesystem::create_directories(dir.path() / "policy");
  CHECK(run_in(dir.path(), "", "init policy/custom.yml").exit_code == 0);
  CHECK(dir.read("policy/custom.yml") == written);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "policy" / ".preflight.yml"));
}
