// Runs the real binary and checks the JSON report against the contract of docs/reports.md.
#include "test_support.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

using Run = pf::test::CommandRun;

Run run_preflight(const std::string& args) {
  return pf::test::run_command(std::string("cd '") + PF_SOURCE_DIR + "' && '" + PF_BINARY + "' " +
                               args + " 2>/dev/null");
}

nlohmann::json report_of(const Run& run) {
  nlohmann::json j;
  REQUIRE_NOTHROW(j = nlohmann::json::parse(run.out));
  return j;
}

void check_contract(const nlohmann::json& r) {
  CHECK(r.at("schema_version") == 1);
  CHECK(r.at("tool").at("name") == "preflight");
  CHECK(r.at("tool").at("version").is_string());
  const std::string verdict = r.at("verdict");
  CHECK((verdict == "pass" || verdict == "manual-review" || verdict == "fail"));
  for (const auto& file : r.at("files")) {
    CHECK(file.at("path").is_string());
    const std::string role = file.at("role");
    CHECK((role == "pending" || role == "history" || role == "undo" || role == "baseline"));
    // An undo script names the forward script it undoes (null when it has none).
    CHECK(file.contains("undoes") == (role == "undo"));
    CHECK(file.contains("sha256"));
    CHECK(file.contains("encoding"));
    for (const char* key : {"batches", "statements", "unparsed"}) {
      CHECK(file.at(key).is_number_unsigned());
    }
    for (const auto& f : file.at("findings")) {
      for (const char* key : {"rule", "name", "category", "level", "default_level", "message"}) {
        CHECK(f.at(key).is_string());
      }
      for (const char* key : {"line", "column", "end_line", "end_column"}) {
        CHECK(f.at(key).is_number_unsigned());
        CHECK(f.at(key) >= 1);
      }
      CHECK(f.contains("object"));
      CHECK(f.contains("suppressed_by"));
    }
  }
  const auto& scope = r.at("scope");
  CHECK((scope.at("by").is_null() || scope.at("by").is_string()));
  for (const char* key : {"pending", "history", "undo"}) {
    CHECK(scope.at(key).is_number_unsigned());
  }
  for (const char* key :
       {"files", "statements", "unparsed", "fail", "review", "warn", "suppressed"}) {
    CHECK(r.at("summary").at(key).is_number_unsigned());
  }
}

}  // namespace

TEST_CASE("cli: DROP TABLE exits 2 with a drop finding at its line") {
  const Run run = run_preflight("check --format json tests/e2e/drop_table_json/input/drop.sql");
  CHECK(run.exit_code == 2);
  const auto r = report_of(run);
  check_contract(r);
  CHECK(r["verdict"] == "manual-review");
  const auto& findings = r["files"][0]["findings"];
  REQUIRE(findings.size() == 1);
  CHECK(findings[0]["category"] == "drop");
  CHECK(findings[0]["rule"] == "PF101");
  CHECK(findings[0]["line"] == 4);
  CHECK(findings[0]["object"] == "dbo.X");
  CHECK(r["summary"]["review"] == 1);
}

TEST_CASE("cli: a clean CREATE TABLE script exits 0") {
  const Run run =
      run_preflight("check --format json tests/e2e/clean_create_table/input/V1__orders.sql");
  CHECK(run.exit_code == 0);
  const auto r = report_of(run);
  check_contract(r);
  CHECK(r["verdict"] == "pass");
  CHECK(r["files"][0]["findings"].empty());
  CHECK(r["files"][0]["statements"] == 1);
}

TEST_CASE("cli: undo scripts are reported after the forward scripts, marked as undo") {
  const Run run = run_preflight("check --format json tests/e2e/undo_down_pattern/db");
  CHECK(run.exit_code == 2);  // its CHECK constraint on an existing table is PF223's review
  const auto r = report_of(run);
  check_contract(r);
  REQUIRE(r["files"].size() == 4);
  CHECK(r["files"][0]["role"] == "pending");
  CHECK(r["files"][1]["role"] == "pending");
  CHECK(r["files"][2]["role"] == "undo");
  CHECK(r["files"][2]["undoes"] == "tests/e2e/undo_down_pattern/db/001_add_notes.sql");
  CHECK(r["files"][3]["undoes"] == "tests/e2e/undo_down_pattern/db/002_status.up.sql");
  CHECK(r["summary"]["files"] == 4);
}

TEST_CASE("cli: invalid UTF-8 exits 4 and names the byte offset") {
  const Run run = run_preflight("check --format json tests/e2e/invalid_utf8/input/latin1.sql");
  CHECK(run.exit_code == 4);
  const auto r = report_of(run);
  check_contract(r);
  CHECK(r["files"][0]["error"]["byte_offset"] == 11);
  CHECK(r["summary"]["errors"] == 1);
}

TEST_CASE("cli: an input error does not hide the other files' findings") {
  const Run run = run_preflight(
      "check --format json no/such/file.sql tests/e2e/drop_table_json/input/drop.sql");
  CHECK(run.exit_code == 4);
  const auto r = report_of(run);
  check_contract(r);
  REQUIRE(r["files"].size() == 2);
  // Natural order (detected) puts drop.sql before file.sql.
  CHECK(r["order"] == "natural");
  REQUIRE(r["files"][1]["path"] == "no/such/file.sql");
  CHECK(r["files"][1]["error"]["message"] == "no such file");
  CHECK(r["files"][0]["findings"].size() == 1);
}

TEST_CASE("cli: the bundled examples lint with one review finding") {
  const Run run = run_preflight("check --format json examples");
  CHECK(run.exit_code == 2);
  const auto r = report_of(run);
  check_contract(r);
  CHECK(r["summary"]["unparsed"] == 0);
  CHECK(r["summary"]["review"] == 1);
}

TEST_CASE("cli: usage errors exit 3") {
  CHECK(run_preflight("check").exit_code == 3);
  CHECK(run_preflight("frobnicate").exit_code == 3);
  CHECK(run_preflight("explain PF999").exit_code == 3);
}
