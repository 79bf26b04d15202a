// The Markdown report in process: what input text becomes, fences, secrets and the cut. What a
// renderer makes of it is tested through cmark-gfm (tests/integration/markdown_render.sh).
#include "report/report.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>

namespace {

using pf::report::FileReport;
using pf::report::MarkdownOptions;
using pf::report::ReportedFinding;
using pf::report::RunReport;
namespace rules = pf::rules;
namespace source = pf::source;

ReportedFinding finding(std::uint32_t line, std::string message) {
  const rules::CatalogueEntry* entry = rules::find_entry("PF101");
  REQUIRE(entry != nullptr);
  return ReportedFinding{entry,   rules::Level::Review, source::SourceRange{{line, 1}, {line, 5}},
                         "dbo.X", std::move(message),   std::nullopt};
}

std::string render(const RunReport& report, MarkdownOptions options = {}) {
  std::ostringstream out;
  pf::report::write_markdown(out, report, options);
  return out.str();
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("markdown: input text cannot form markup, a mention or an issue reference") {
  const source::SourceFile file = pf::test::source_of("DROP TABLE dbo.X;\n", "x.sql");
  RunReport run;
  FileReport f;
  f.path = "dir/x<img src=y>|@org/team `a``b`.sql";
  f.source = &file;
  f.findings.push_back(finding(1, "a | b <script>*x* _y_ [l](u) & @octocat #12 \\ `c` ~z~ $m$"));
  run.files.push_back(std::move(f));
  run.verdict = pf::policy::Verdict::ManualReview;
  run.summary.review = 1;
  const std::string out = render(run);
  // Every ASCII punctuation character escaped; `@name` and `#12` as code spans, whose text
  // GitHub does not link.
  CHECK(out.find(": a \\| b \\<script\\>\\*x\\* \\_y\\_ \\[l\\]\\(u\\) \\& `@octocat` `#12` \\\\ "
                 "\\`c\\` \\~z\\~ \\$m\\$\n") != std::string::npos);
  // A file name is a code span fenced by more backticks than its longest run (two).
  CHECK(out.find("#### ```dir/x<img src=y>|@org/team `a``b`.sql```\n") != std::string::npos);
  CHECK(out.find("<img") == out.find("dir/x<img") + 5);  // only inside the code span
}

TEST_CASE("markdown: a code block's fence is longer than any backtick run in the code") {
  const source::SourceFile file = pf::test::source_of("DROP TABLE [a````b]; -- ``````\n", "x.sql");
  RunReport run;
  FileReport f;
  f.path = "`x.sql";
  f.source = &file;
  f.findings.push_back(finding(1, "m"));
  run.files.push_back(std::move(f));
  const std::string out = render(run);
  // A name starting with a backtick is padded inside its fence (CommonMark strips one space).
  CHECK(out.find("#### `` `x.sql ``\n") != std::string::npos);
  CHECK(out.find("```````text\n 1 | DROP TABLE [a````b]; -- ``````\n") != std::string::npos);
  CHECK(out.find("\n```````\n") != std::string::npos);
}

TEST_CASE("markdown: a secret in the code is masked") {
  const std::string sql = "CREATE LOGIN L WITH PASSWORD = 'Hunter2_MARKER';\n";
  const source::SourceFile file = pf::test::source_of(sql, "x.sql");
  RunReport run;
  FileReport f;
  f.path = "x.sql";
  f.source = &file;
  const auto col = static_cast<std::uint32_t>(sql.find('\'') + 1);
  f.secrets.push_back(source::SourceRange{{1, col}, {1, col + 16}});
  f.findings.push_back(finding(1, "m"));
  run.files.push_back(std::move(f));
  const std::string out = render(run);
  CHECK(out.find("Hunter2") == std::string::npos);
  CHECK(out.find("PASSWORD = '********';") != std::string::npos);
}

TEST_CASE("markdown: the verdict says why, then what the deployment changes") {
  RunReport run;
  FileReport f;
  f.path = "x.sql";
  f.findings.push_back(finding(1, "m"));
  f.findings.push_back(finding(2, "m"));
  run.files.push_back(std::move(f));
  run.verdict = pf::policy::Verdict::ManualReview;
  run.summary.review = 2;
  // The reason is the one every format gives (report::verdict_reason), escaped as prose.
  CHECK(render(run).rfind("## Preflight verdict: manual-review\n\nWhy: 2 findings need review\\: "
                          "PF101 drop\\-table ×2.\n\n### What this deployment changes\n\nNothing: "
                          "the pending scripts change no object, data, permission or "
                          "setting.\n\ndeployment\\: ",
                          0) == 0);
  RunReport pass;
  pass.summary.warn = 1;
  CHECK(render(pass).rfind(
            "## Preflight verdict: pass\n\nWhy: standard change\\: no finding at review or "
            "fail.\n\n",
            0) == 0);

  // Each change one list item with its place; a name that would mention someone is code.
  for (int i = 0; i < 60; ++i) {
    pf::model::Change c;
    c.action = pf::model::Change::Action::Drop;
    c.kind = "table";
    c.object = i == 0 ? "dbo.@octocat" : "dbo.T" + std::to_string(i);
    c.path = "V2__x.sql";
    c.position = {static_cast<std::uint32_t>(i + 1), 1};
    run.changes.push_back(c);
  }
  const std::string out = render(run);
  CHECK(out.find("### What this deployment changes\n\n60 changes:\n\n- drop table dbo\\.`@octocat` "
                 "— `V2__x.sql`:1\n- drop table dbo\\.T1 — `V2__x.sql`:2\n") != std::string::npos);
  // At most 50 listed; the rest counted, and the findings still follow.
  CHECK(out.find("dbo\\.T49 — `V2__x.sql`:50\n- and 10 more: the JSON and HTML reports list every "
                 "change\n\n") != std::string::npos);
  CHECK(out.find("dbo\\.T50 ") == std::string::npos);
  CHECK(out.find("drop\\-table") != std::string::npos);
}

TEST_CASE("markdown: a cut falls between whole findings and says how many were left out") {
  std::string sql;
  for (int i = 0; i < 500; ++i) sql += "DROP TABLE dbo.T" + std::to_string(i) + "; -- ```\n";
  const source::SourceFile file = pf::test::source_of(sql, "x.sql");
  RunReport run;
  FileReport f;
  f.path = "x.sql";
  f.source = &file;
  for (std::uint32_t i = 1; i <= 500; ++i) f.findings.push_back(finding(i, "m"));
  run.files.push_back(std::move(f));
  run.verdict = pf::policy::Verdict::ManualReview;
  MarkdownOptions options;
  options.limit = 8192;
  const std::string out = render(run, options);
  CHECK(out.size() <= 8192);
  const std::size_t shown = count(out, "**review** PF101 ");
  CHECK(shown > 5);
  CHECK(count(out, "\n````text\n") == shown);
  CHECK(count(out, "\n````\n") == shown);  // every fence closed
  const std::string note =
      "\n---\n\n**Cut to fit 8192 bytes:** " + std::to_string(500 - shown) + " findings not shown";
  CHECK(out.find(note) != std::string::npos);
  CHECK(out.find("`--report html=PATH`") != std::string::npos);

  options.link = "https://ci.example/runs/1?a=1&lt;=2";
  const std::string linked = render(run, options);
  CHECK(linked.size() <= 8192);
  CHECK(linked.find("[full report](<https://ci.example/runs/1?a=1&amp;lt;=2>)") !=
        std::string::npos);

  options.limit = 0;
  CHECK(count(render(run, options), "**review** PF101 ") == 500);
}
