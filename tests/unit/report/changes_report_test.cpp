// The change summary and the verdict's reason as the human formats word them (report.h describe,
// verdict_reason), and what no format may show of a change's text.
#include "report/report.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace {

using pf::model::Change;
using pf::report::ReportedFinding;
using pf::report::RunReport;
namespace rules = pf::rules;

ReportedFinding finding(std::string_view rule, rules::Level level) {
  const rules::CatalogueEntry* entry = rules::find_entry(rule);
  REQUIRE(entry != nullptr);
  return ReportedFinding{entry, level, {{1, 1}, {1, 2}}, "dbo.X", "m", std::nullopt};
}

Change change(Change::Action action, std::string kind, std::string object, std::string detail) {
  Change c;
  c.action = action;
  c.kind = std::move(kind);
  c.object = std::move(object);
  c.detail = std::move(detail);
  c.path = "V1__x.sql";
  c.position = {3, 1};
  return c;
}

}  // namespace

TEST_CASE("describe: one change as a short line") {
  CHECK(pf::report::describe(
            change(Change::Action::Alter, "column", "dbo.Orders.Total", "int → bigint")) ==
        "alter column dbo.Orders.Total: int → bigint");
  // Data: the verb says it is a table's rows.
  Change del = change(Change::Action::Delete, "table", "dbo.Audit", "whole table");
  del.statements = 3;
  CHECK(pf::report::describe(del) == "delete dbo.Audit: whole table (×3 statements)");
  CHECK(pf::report::describe(
            change(Change::Action::Grant, "permission", "dbo.Orders", "SELECT to app_reader")) ==
        "grant on dbo.Orders: SELECT to app_reader");
  Change drop = change(Change::Action::Drop, "table", "dbo.Old", "");
  drop.conditional = true;
  drop.condition = "only under IF or WHILE";
  CHECK(pf::report::describe(drop) == "drop table dbo.Old [only under IF or WHILE]");
  drop.condition.clear();
  CHECK(pf::report::describe(drop) == "drop table dbo.Old [conditional]");
  CHECK(pf::report::describe(change(Change::Action::NotUnderstood, "statement", "", "unknown")) ==
        "not understood: statement: unknown");
}

TEST_CASE("verdict_reason: a pass is a standard change; otherwise the rules, counted") {
  RunReport report;
  CHECK(pf::report::verdict_reason(report) == "standard change: no finding at review or fail");
  pf::report::FileReport file;
  file.findings.push_back(finding("PF221", rules::Level::Review));
  file.findings.push_back(finding("PF101", rules::Level::Review));
  file.findings.push_back(finding("PF101", rules::Level::Review));
  file.findings.push_back(finding("PF111", rules::Level::Warn));  // warn: not a reason
  ReportedFinding waived = finding("PF103", rules::Level::Fail);
  waived.suppressed_by =
      pf::policy::Suppression{"waiver", "r", "a", "2027-01-01"};  // suppressed: not either
  file.findings.push_back(waived);
  report.files.push_back(file);
  report.verdict = pf::policy::Verdict::ManualReview;
  CHECK(pf::report::verdict_reason(report) ==
        "3 findings need review: PF101 drop-table ×2, PF221 offline-index-build ×1");
  report.files[0].findings.push_back(finding("PF103", rules::Level::Fail));
  report.summary.errors = 2;
  report.verdict = pf::policy::Verdict::Fail;
  CHECK(pf::report::verdict_reason(report) ==
        "2 input errors; 1 finding fails: PF103 drop-database ×1; 3 findings need review: PF101 "
        "drop-table ×2, PF221 offline-index-build ×1");
}

TEST_CASE("text: --summary off leaves the changes block out, and the verdict says why") {
  RunReport report;
  report.changes.push_back(change(Change::Action::Drop, "table", "dbo.Old", ""));
  std::ostringstream on;
  pf::report::write_text(on, report);
  CHECK(on.str().find("changes (1):\n  V1__x.sql:3: drop table dbo.Old\n") != std::string::npos);
  CHECK(on.str().find("verdict: pass (standard change: no finding at review or fail)\n") !=
        std::string::npos);
  pf::report::TextOptions options;
  options.changes = false;
  std::ostringstream off;
  pf::report::write_text(off, report, options);
  CHECK(off.str().find("changes") == std::string::npos);
  CHECK(off.str().find("dbo.Old") == std::string::npos);
}

TEST_CASE("text and octopus: a change's hostile name is escaped on one line") {
  RunReport report;
  report.changes.push_back(
      change(Change::Action::Drop, "table", "[x\n##octopus[setVariable name='V']", ""));
  std::ostringstream text;
  pf::report::write_text(text, report);
  CHECK(text.str().find("\n##octopus") == std::string::npos);
  std::ostringstream octopus;
  pf::report::write_octopus(octopus, report, {});
  CHECK(octopus.str().find("\n##octopus[setVariable name='V'") == std::string::npos);
  CHECK(octopus.str().find("[x\\x0A") != std::string::npos);
}
