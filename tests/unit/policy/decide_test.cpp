// policy::decide: waivers, inline suppressions under the inline policy, and the verdict.
#include "policy/policy.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <string>

using namespace pf;
using rules::Level;

namespace {

constexpr policy::Date kToday{2026, 11, 24};

policy::Policy policy_of(std::string_view yaml, std::string_view environment = "") {
  source::Expected<policy::Config> config = policy::parse_config(yaml, "p.yml");
  REQUIRE_MESSAGE(config.ok(), (config.ok() ? std::string() : config.error().message));
  source::Expected<policy::Policy> p = policy::resolve(config.value(), environment);
  REQUIRE(p.ok());
  return std::move(p).value();
}

policy::Outcome decide(const test::Linted& linted, const policy::Policy& p,
                       policy::Date today = kToday) {
  std::vector<policy::ScriptView> views;
  for (std::size_t i = 0; i < linted.size(); ++i) {
    views.push_back(policy::ScriptView{linted.path(i), &linted.script(i)});
  }
  return policy::decide(p, linted.findings(), views, today, 0);
}

std::string waiver_yaml(std::string_view rest) {
  return "waivers:\n  - rule: drop-table\n    reason: archived\n    approved_by: Jane\n" +
         std::string(rest);
}

}  // namespace

TEST_CASE("decide: a waiver takes matching findings by rule, path glob and object") {
  const test::Linted linted("DROP TABLE dbo.Legacy;\nDROP TABLE dbo.Other;");
  const policy::Outcome o = decide(
      linted, policy_of(waiver_yaml("    path: 'script*.sql'\n    object: DBO.LEGACY\n"
                                    "    expires: 2026-11-24\n")));  // expires today: still valid
  REQUIRE(o.decisions.size() == 2);
  REQUIRE(o.decisions[0].suppressed_by);
  CHECK(o.decisions[0].suppressed_by->kind == "waiver");
  CHECK(o.decisions[0].suppressed_by->reason == "archived");
  CHECK(o.decisions[0].suppressed_by->approved_by == "Jane");
  CHECK_FALSE(o.decisions[1].suppressed_by);
  CHECK(o.suppressed == 1);
  CHECK(o.review == 1);
  CHECK(o.verdict == policy::Verdict::ManualReview);
  REQUIRE(o.waivers.size() == 1);
  CHECK(o.waivers[0].status == policy::WaiverStatus::Applied);
  CHECK(o.waivers[0].matched == 1);
  CHECK(o.warnings.empty());
}

TEST_CASE("decide: an expired waiver no longer applies and a warning names it") {
  const test::Linted linted("DROP TABLE dbo.Legacy;");
  const policy::Outcome o =
      decide(linted, policy_of(waiver_yaml("    path: '**'\n    expires: 2026-11-23\n")));
  CHECK_FALSE(o.decisions[0].suppressed_by);
  CHECK(o.verdict == policy::Verdict::ManualReview);
  CHECK(o.waivers[0].status == policy::WaiverStatus::Expired);
  REQUIRE(o.warnings.size() == 1);
  CHECK(o.warnings[0] ==
        "p.yml:2: waiver for drop-table on '**' (approved by Jane) expired on 2026-11-23 and no "
        "longer applies to 1 finding");
}

TEST_CASE("decide: a waiver that matches nothing is reported as unused") {
  const test::Linted linted("DROP TABLE dbo.Legacy;");
  const policy::Outcome o =
      decide(linted, policy_of(waiver_yaml("    path: 'other/*.sql'\n    expires: 2030-01-01\n")));
  CHECK(o.waivers[0].status == policy::WaiverStatus::Unused);
  CHECK(o.waivers[0].matched == 0);
  REQUIRE(o.warnings.size() == 1);
  CHECK(o.warnings[0] == "p.yml:2: waiver for drop-table on 'other/*.sql' matched no finding");
}

TEST_CASE("decide: an inline suppression covers the next statement only, at any depth") {
  const test::Linted linted(
      "IF 1 = 1\nBEGIN\n  -- preflight-disable-next-statement PF101 -- archived\n"
      "  DROP TABLE dbo.A;\n  DROP TABLE dbo.B;\nEND\n"
      "-- preflight-disable-next-statement drop-table -- the whole IF\n"
      "IF 1 = 1 DROP TABLE dbo.C;\n");
  const policy::Outcome o = decide(linted, policy::default_policy());
  REQUIRE(o.decisions.size() == 3);
  REQUIRE(o.decisions[0].suppressed_by);
  CHECK(o.decisions[0].suppressed_by->kind == "inline");
  CHECK(o.decisions[0].suppressed_by->reason == "archived");
  CHECK(o.decisions[0].suppressed_by->approved_by.empty());
  CHECK_FALSE(o.decisions[1].suppressed_by);  // dbo.B: not the next statement
  CHECK(o.decisions[2].suppressed_by);        // dbo.C: inside the IF that follows
  REQUIRE(o.suppressions.size() == 2);
  CHECK(o.suppressions[0].status == policy::SuppressionStatus::Applied);
  CHECK(o.suppressions[0].suppressed == 1);
  CHECK(o.suppressions[0].scope == "next-statement");
  CHECK(o.suppressions[0].range.begin == source::SourcePosition{3, 3});
  CHECK(o.warnings.empty());
}

TEST_CASE("decide: a file-level suppression covers every finding of its rules in the file") {
  const test::Linted linted(std::vector<std::string>{
      "-- preflight-disable-file PF101 -- legacy tables retired in CHG-9\nDROP TABLE dbo.A;\n"
      "DELETE FROM dbo.T;\nDROP TABLE dbo.B;",
      "DROP TABLE dbo.C;"});
  const policy::Outcome o = decide(linted, policy::default_policy());
  REQUIRE(o.decisions.size() == 4);
  CHECK(o.decisions[0].suppressed_by);
  CHECK_FALSE(o.decisions[1].suppressed_by);  // PF121 is not named
  CHECK(o.decisions[2].suppressed_by);
  CHECK_FALSE(o.decisions[3].suppressed_by);  // another file
  CHECK(o.suppressions[0].suppressed == 2);
  CHECK(o.suppressions[0].scope == "file");
}

TEST_CASE("decide: no reason, a level above the allowed ones, or `off`: not applied, and why") {
  const std::string sql =
      "-- preflight-disable-next-statement PF101\nDROP TABLE dbo.A;\n"
      "-- preflight-disable-next-statement PF121 -- intended\nDELETE FROM dbo.T;\n"
      "-- preflight-disable-next-statement PF122 -- nothing to suppress\nSELECT 1;\n";
  const test::Linted linted(sql);
  const policy::Outcome o = decide(linted, policy_of("rules:\n  PF121: fail\n"));
  REQUIRE(o.suppressions.size() == 3);
  CHECK(o.suppressions[0].status == policy::SuppressionStatus::Rejected);
  CHECK(o.suppressions[0].why.find("no reason given") == 0);
  CHECK(o.suppressions[1].status == policy::SuppressionStatus::Rejected);
  CHECK(o.suppressions[1].why ==
        "level fail is not one a script may suppress (inline_suppressions.allow: [warn, review])");
  CHECK(o.suppressions[2].status == policy::SuppressionStatus::Unused);
  CHECK(o.suppressed == 0);
  CHECK(o.verdict == policy::Verdict::Fail);
  REQUIRE(o.warnings.size() == 3);
  CHECK(o.warnings[2] ==
        "script0.sql:5:1: suppression of PF122 suppressed nothing: no finding of these rules in "
        "the next statement");

  // The policy decides: `fail` listed explicitly and no reason required make both apply.
  const policy::Outcome lenient = decide(
      linted, policy_of("rules:\n  PF121: fail\ninline_suppressions:\n  allow: [review, fail]\n"
                        "  require_reason: false\n"));
  CHECK(lenient.suppressed == 2);
  CHECK(lenient.verdict == policy::Verdict::Pass);

  const policy::Outcome off = decide(linted, policy_of("inline_suppressions: off\n"));
  CHECK(off.suppressed == 0);
  CHECK(off.suppressions[1].why == "inline suppressions are off in this policy");
}

TEST_CASE("decide: a misspelt rule id suppresses nothing and PF002 is never suppressed") {
  const test::Linted linted(
      "-- preflight-disable-file PF002 -- try to silence the checker\n"
      "-- preflight-disable-next-statement PF101, PF10l -- typo\nDROP TABLE dbo.A;\n");
  const policy::Outcome o =
      decide(linted, policy_of("inline_suppressions:\n  allow: [warn, review, fail]\n"));
  CHECK(o.suppressed == 0);
  CHECK(o.fail == 2);  // PF002 at each comment: naming PF002, and the typo `PF10l`
  CHECK(o.review == 1);
  CHECK(o.verdict == policy::Verdict::Fail);
  REQUIRE(o.suppressions.size() == 2);
  CHECK(o.suppressions[0].status == policy::SuppressionStatus::Rejected);
  CHECK(o.suppressions[1].status == policy::SuppressionStatus::Rejected);
  CHECK(o.suppressions[1].why == "'PF10l' is not a rule; did you mean 'PF101'? (PF002)");
}

TEST_CASE("decide: a rule set to off is neither counted nor matched") {
  const test::Linted linted("-- preflight-disable-next-statement PF101 -- x\nDROP TABLE dbo.A;");
  const policy::Outcome o = decide(linted, policy_of("rules:\n  drop: off\n"));
  CHECK(o.decisions[0].level == Level::Off);
  CHECK(o.review + o.fail + o.warn + o.suppressed == 0);
  CHECK(o.verdict == policy::Verdict::Pass);
  CHECK(o.suppressions[0].status == policy::SuppressionStatus::Unused);
}
