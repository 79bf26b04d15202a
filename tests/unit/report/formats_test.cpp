// The report writers, in process: escaping, levels and counts of each format on crafted reports.
#include "report/report.h"
#include "test_support.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace {

using pf::report::FileReport;
using pf::report::Format;
using pf::report::ReportedFinding;
using pf::report::RunReport;
namespace rules = pf::rules;
namespace source = pf::source;

// A message with everything an escaper must handle: markup, quotes, a CDATA end, CR/LF, a
// control character, `%`, `:` and `,`.
const std::string kNasty = "drop <b>\"x\"</b> & 'y' ]]> 100% a:b,c\r\nnext\x01line";

ReportedFinding finding(std::string_view rule, rules::Level level, std::uint32_t line,
                        std::string message) {
  const rules::CatalogueEntry* entry = rules::find_entry(rule);
  REQUIRE(entry != nullptr);
  return ReportedFinding{
      entry,       level, source::SourceRange{{line, 1}, {line, 28}}, "dbo.X", std::move(message),
      std::nullopt};
}

// One file with a fail, a review, a warn and a waived finding; the path needs escaping too.
struct Fixture {
  source::SourceFile file = pf::test::source_of(
      "SELECT 1;\nDROP TABLE dbo.X;\nDROP TABLE dbo.Y;\nTRUNCATE TABLE dbo.Z;\nSELECT 2;\n",
      "a,b:c%.sql");
  RunReport report;
  Fixture() {
    FileReport f;
    f.path = "dir/a,b:c%.sql";
    f.source = &file;
    f.findings.push_back(finding("PF101", rules::Level::Fail, 2, kNasty));
    f.findings.push_back(finding("PF101", rules::Level::Review, 3, "review me"));
    f.findings.push_back(finding("PF111", rules::Level::Warn, 4, "only a warning"));
    ReportedFinding waived = finding("PF101", rules::Level::Review, 5, "waived one");
    waived.suppressed_by =
        pf::policy::Suppression{"waiver", "archived <first>", "DBA & co", "2027-06-30"};
    f.findings.push_back(waived);
    report.files.push_back(std::move(f));
    report.verdict = pf::policy::Verdict::Fail;
    report.summary = pf::report::Summary{1, 5, 0, 1, 1, 1, 1, 0};
    report.policy_warnings.push_back("waiver 'x' expired");
  }
};

std::string render(Format format, const RunReport& report,
                   const pf::report::WriteOptions& options = {}) {
  std::ostringstream out;
  pf::report::write_report(out, format, report, options);
  return out.str();
}

}  // namespace

TEST_CASE("report: every format name round-trips and unknown names are refused") {
  for (std::string_view name : pf::report::format_names()) {
    const std::optional<Format> f = pf::report::parse_format(name);
    REQUIRE(f.has_value());
    CHECK(pf::report::format_name(*f) == name);
  }
  CHECK_FALSE(pf::report::parse_format("xml").has_value());
  CHECK_FALSE(pf::report::parse_format("").has_value());
}

TEST_CASE("report: github escapes data and properties exactly as GitHub specifies") {
  const Fixture fx;
  const std::string out = render(Format::Github, fx.report);
  // fail -> error, review -> warning, warn -> notice; `,` `:` `%` escaped in properties only; the
  // message's CR, LF and control character are shown as escapes (visible_text.h).
  CHECK(out.find("::error file=dir/a%2Cb%3Ac%25.sql,line=2,col=1,endLine=2,endColumn=28,"
                 "title=PF101 drop-table::drop <b>\"x\"</b> & 'y' ]]> 100%25 a:b,c\\x0D\\x0Anext"
                 "\\x01line\n") != std::string::npos);
  CHECK(out.find("::warning file=dir/a%2Cb%3Ac%25.sql,line=3,col=1,endLine=3,endColumn=28,"
                 "title=PF101 drop-table::review me\n") != std::string::npos);
  CHECK(out.find("::notice file=dir/a%2Cb%3Ac%25.sql,line=4,") != std::string::npos);
  CHECK(out.find("waived one") == std::string::npos);  // suppressed: no annotation
  CHECK(out.find("::warning title=preflight policy::waiver 'x' expired\n") != std::string::npos);
  CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) ==
        "preflight: verdict fail: 1 file, 1 fail, 1 review, 1 warn, 1 suppressed, 0 input "
        "errors\n");
}

TEST_CASE("report: junit escapes markup, CDATA ends and control characters") {
  const Fixture fx;
  const std::string out = render(Format::Junit, fx.report);
  CHECK(out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  // CR, LF and the control character of the input become visible text (visible_text.h).
  CHECK(out.find("message=\"drop &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &apos;y&apos; ]]&gt; "
                 "100% a:b,c\\x0D\\x0Anext\\x01line\"") != std::string::npos);
  CHECK(out.find("]]>") == std::string::npos);
  CHECK(out.find('\x01') == std::string::npos);
  CHECK(out.find("name=\"dir/a,b:c%.sql\"") != std::string::npos);
  // Two failures (fail + review), the warn in system-out, the waiver as skipped with its reason.
  std::size_t failures = 0;
  for (std::size_t at = out.find("<failure "); at != std::string::npos;
       at = out.find("<failure ", at + 1)) {
    ++failures;
  }
  CHECK(failures == 2);
  CHECK(out.find("<skipped message=\"PF101 drop-table suppressed by waiver (approved by DBA "
                 "&amp; co): archived &lt;first&gt;\"/>") != std::string::npos);
  CHECK(out.find("<system-out>dir/a,b:c%.sql:4:1: warn PF111 truncate-table: only a warning\n"
                 "</system-out>") != std::string::npos);
  CHECK(out.find("tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\"") != std::string::npos);
  CHECK(out.find("<property name=\"verdict\" value=\"fail\"/>") != std::string::npos);
}

TEST_CASE("report: sarif levels, regions, suppressions and rule metadata") {
  const Fixture fx;
  pf::report::WriteOptions options;
  options.tool_version = "9.9.9";
  const nlohmann::json doc = nlohmann::json::parse(render(Format::Sarif, fx.report, options));
  CHECK(doc.at("version") == "2.1.0");
  REQUIRE(doc.at("runs").size() == 1);
  const nlohmann::json& run = doc.at("runs")[0];
  CHECK(run.at("tool").at("driver").at("version") == "9.9.9");
  const nlohmann::json& rules_json = run.at("tool").at("driver").at("rules");
  CHECK(rules_json.size() == rules::catalogue().size);
  const nlohmann::json& results = run.at("results");
  REQUIRE(results.size() == 4);
  CHECK(results[0].at("level") == "error");
  CHECK(results[1].at("level") == "warning");
  CHECK(results[2].at("level") == "note");
  CHECK(results[0].at("message").at("text") == kNasty);
  for (const nlohmann::json& r : results) {
    const nlohmann::json& rule = rules_json.at(r.at("ruleIndex").get<std::size_t>());
    CHECK(rule.at("id") == r.at("ruleId"));
  }
  const nlohmann::json& region = results[0].at("locations")[0].at("physicalLocation").at("region");
  CHECK(region ==
        nlohmann::json{{"startLine", 2}, {"startColumn", 1}, {"endLine", 2}, {"endColumn", 28}});
  CHECK(results[0].at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri") ==
        "dir/a%2Cb%3Ac%25.sql");
  CHECK_FALSE(results[0].contains("suppressions"));
  const nlohmann::json& s = results[3].at("suppressions")[0];
  CHECK(s.at("kind") == "external");
  CHECK(s.at("justification") == "archived <first>");
  CHECK(s.at("properties").at("approvedBy") == "DBA & co");
  CHECK(run.at("artifacts")[0].at("hashes").at("sha-256") == fx.file.sha256());
  CHECK(run.at("properties").at("verdict") == "fail");
  // The catalogue's default level and help text reach the driver's rule.
  const rules::CatalogueEntry* pf101 = rules::find_entry("PF101");
  const nlohmann::json& r101 = rules_json.at(results[0].at("ruleIndex").get<std::size_t>());
  CHECK(r101.at("shortDescription").at("text") == std::string(pf101->summary));
  CHECK(r101.at("defaultConfiguration").at("level") ==
        (pf101->level == rules::Level::Review ? "warning" : "error"));
  CHECK(r101.at("help").at("text").get<std::string>().find("Instead: ") != std::string::npos);
  CHECK(r101.at("properties").at("reversible") == pf101->reversible);
}

TEST_CASE("report: octopus sets base64 output variables and highlights findings") {
  const Fixture fx;
  const std::string out = render(Format::Octopus, fx.report);
  // base64("Verdict") = VmVyZGljdA==, base64("fail") = ZmFpbA==, "1" = MQ==.
  CHECK(out.find("##octopus[setVariable name='VmVyZGljdA==' value='ZmFpbA==']\n") !=
        std::string::npos);
  CHECK(out.find("##octopus[setVariable name='RmFpbENvdW50' value='MQ==']\n") != std::string::npos);
  CHECK(out.find("##octopus[setVariable name='UmV2aWV3Q291bnQ=' value='MQ==']\n") !=
        std::string::npos);
  CHECK(out.find("##octopus[setVariable name='V2FybkNvdW50' value='MQ==']\n") != std::string::npos);
  CHECK(out.find("##octopus[stdout-highlight]\ndir/a,b:c%.sql:3:1: review PF101 drop-table: "
                 "review me\n##octopus[stdout-default]\n") != std::string::npos);
  // The CR/LF in a message cannot break out of the highlight block.
  CHECK(out.find("a:b,c\\x0D\\x0Anext\\x01line\n") != std::string::npos);
  CHECK(out.find("createArtifact") == std::string::npos);
  pf::report::WriteOptions options;
  options.artifacts.push_back(pf::report::Artifact{"out/report.html", "report.html", 1234});
  const std::string with = render(Format::Octopus, fx.report, options);
  // base64("out/report.html"), base64("report.html"), base64("1234").
  CHECK(with.find("##octopus[createArtifact path='b3V0L3JlcG9ydC5odG1s' "
                  "name='cmVwb3J0Lmh0bWw=' length='MTIzNA==']\n") != std::string::npos);
}

TEST_CASE("report: html escapes everything and marks the range in context") {
  const Fixture fx;
  const std::string out = render(Format::Html, fx.report);
  CHECK(out.find("<b>\"x\"") == std::string::npos);
  CHECK(out.find("drop &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39; ]]&gt; 100% a:b,c"
                 "<span class=\"esc\">\\x0D</span><span class=\"esc\">\\x0A</span>next"
                 "<span class=\"esc\">\\x01</span>line") != std::string::npos);
  CHECK(out.find("data-verdict=\"fail\"") != std::string::npos);
  CHECK(out.find("<mark>DROP TABLE dbo.X;</mark>") != std::string::npos);
  CHECK(out.find("approved by <strong>DBA &amp; co</strong>, expires <strong "
                 "class=\"expires\">2027-06-30</strong>. Reason: archived &lt;first&gt;") !=
        std::string::npos);
  CHECK(out.find("<li>waiver &#39;x&#39; expired</li>") != std::string::npos);
  // Self-contained: nothing is fetched.
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find("http://") == std::string::npos);
  CHECK(out.find("https://") == std::string::npos);
  CHECK(out.find("url(") == std::string::npos);
}

TEST_CASE("report: text colour only when asked, and the plain text is unchanged") {
  const Fixture fx;
  pf::report::WriteOptions plain;
  pf::report::WriteOptions coloured;
  coloured.text.color = true;
  const std::string p = render(Format::Text, fx.report, plain);
  const std::string c = render(Format::Text, fx.report, coloured);
  CHECK(p.find('\x1b') == std::string::npos);
  CHECK(c.find("\x1b[1;31mfail\x1b[0m") != std::string::npos);
  CHECK(c.find("verdict: \x1b[1;31mfail\x1b[0m") != std::string::npos);
  // Removing the escape sequences gives back the plain report.
  std::string stripped;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c[i] == '\x1b') {
      i = c.find('m', i);
      continue;
    }
    stripped += c[i];
  }
  CHECK(stripped == p);
}

TEST_CASE("report: the same report renders byte-identically twice in every format") {
  const Fixture fx;
  for (std::string_view name : pf::report::format_names()) {
    const Format f = *pf::report::parse_format(name);
    CHECK_MESSAGE(render(f, fx.report) == render(f, fx.report), name);
  }
}

TEST_CASE("report: text never starts a line with a GitHub workflow command taken from a path") {
  // actions/runner reads `::command` at the start of a log line after trimming white space
  // (ActionCommand.TryParseV2): a path is written `./` + itself, which names the same file.
  RunReport run;
  for (const char* path : {"::add-mask::forged.sql", " \t::stop-commands::x.sql",
                           "\xe3\x80\x80::error::ideographic-space.sql", "ok::name.sql"}) {
    FileReport f;
    f.path = path;
    f.error = source::Error{"no such file", std::nullopt};
    run.files.push_back(f);
  }
  const std::string out = render(Format::Text, run);
  // The report opens with the deployment line, which names the files inside parentheses.
  CHECK(out.rfind("deployment: ", 0) == 0);
  CHECK(out.find("\n./::add-mask::forged.sql: error") != std::string::npos);
  CHECK(out.find("\n::") == std::string::npos);
  CHECK(out.find("\n./ \t::stop-commands::x.sql: error") != std::string::npos);
  CHECK(out.find("\n./\xe3\x80\x80::error::ideographic-space.sql: error") != std::string::npos);
  CHECK(out.find("\nok::name.sql: error") != std::string::npos);
}

TEST_CASE("report: html shows a range of many lines as its first and last lines around a gap") {
  std::string sql;
  for (int i = 1; i <= 1000; ++i) sql += "SELECT " + std::to_string(i) + ";\n";
  const source::SourceFile file = pf::test::source_of(sql, "long.sql");
  RunReport run;
  FileReport f;
  f.path = "long.sql";
  f.source = &file;
  f.findings.push_back(finding("PF101", rules::Level::Review, 1, "spans the file"));
  f.findings.back().range = source::SourceRange{{1, 1}, {1000, 13}};
  run.files.push_back(f);
  const std::string out = render(Format::Html, run);
  std::size_t lines = 0;
  for (std::size_t at = out.find("<span class=\"line"); at != std::string::npos;
       at = out.find("<span class=\"line", at + 1)) {
    ++lines;
  }
  // Lines 1-6, a gap for 7-996, lines 997-1000 (the file's empty last "line" is left out).
  CHECK(lines == 11);
  CHECK(out.find("990 lines not shown") != std::string::npos);
  CHECK(out.find("<mark>SELECT 6;</mark>") != std::string::npos);
  CHECK(out.find("SELECT 7;") == std::string::npos);
  CHECK(out.find("SELECT 996;") == std::string::npos);
  CHECK(out.find("<mark>SELECT 997;</mark>") != std::string::npos);
  CHECK(out.find("<mark>SELECT 1000;</mark>") != std::string::npos);
}
