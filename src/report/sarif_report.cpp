// SARIF 2.1.0 (OASIS), the format GitHub code scanning and Azure DevOps read.
#include "report/json_text.h"
#include "report/level_words.h"
#include "report/report.h"
#include "report/summary_json.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>

namespace pf::report {
namespace {

using Json = nlohmann::ordered_json;

// SARIF has no "review": a finding that holds the deployment for a person is a warning, one that
// stops it is an error, and a warn-level finding (never changes the verdict) is a note.
std::string_view sarif_level(rules::Level level) {
  return in_words(level, {"error", "warning", "note", "none"});
}

// artifactLocation.uri is a URI reference: a relative path stays relative (GitHub resolves it
// against the checkout), an absolute one becomes a file: URI; anything outside the unreserved
// set and '/' is percent-encoded.
std::string path_uri(std::string_view path) {
  std::string out;
  if (!path.empty() && path.front() == '/') out = "file://";
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += c;
    } else {
      out += fmt::format(FMT_STRING("%{:02X}"), u);
    }
  }
  return out;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  return std::string(s);
}

Json rule_json(const rules::CatalogueEntry& e) {
  const std::string help =
      fmt::format(FMT_STRING("{}\n\nInstead: {}"), trimmed(e.rationale), trimmed(e.instead));
  const std::string help_markdown =
      fmt::format(FMT_STRING("{}\n\n**Instead:** {}"), trimmed(e.rationale), trimmed(e.instead));
  return Json{{"id", e.id},
              {"name", e.name},
              {"shortDescription", Json{{"text", e.summary}}},
              {"fullDescription", Json{{"text", trimmed(e.rationale)}}},
              {"help", Json{{"text", help}, {"markdown", help_markdown}}},
              {"defaultConfiguration",
               Json{{"enabled", e.level != rules::Level::Off}, {"level", sarif_level(e.level)}}},
              {"properties", Json{{"category", e.category},
                                  {"reversible", e.reversible},
                                  {"preflightLevel", rules::level_name(e.level)},
                                  {"tags", Json::array({e.category})}}}};
}

Json region_json(const source::SourceRange& r) {
  return Json{{"startLine", r.begin.line},
              {"startColumn", r.begin.column},
              {"endLine", r.end.line},
              {"endColumn", r.end.column}};
}

}  // namespace

void write_sarif(std::ostream& out, const RunReport& report, const WriteOptions& options) {
  Json rules_json = Json::array();
  std::map<std::string_view, std::size_t> rule_index;
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    rule_index.emplace(e.id, rules_json.size());
    rules_json.push_back(rule_json(e));
  }

  Json artifacts = Json::array();
  Json results = Json::array();
  Json notifications = Json::array();
  for (const FileReport& file : report.files) {
    const std::size_t artifact_index = artifacts.size();
    Json artifact{{"location", Json{{"uri", path_uri(file.path)}}}};
    if (file.source != nullptr) {
      artifact["encoding"] = source::encoding_name(file.source->encoding());
      artifact["sourceLanguage"] = "sql";
      artifact["hashes"] = Json{{"sha-256", file.source->sha256()}};
    }
    artifacts.push_back(std::move(artifact));
    const Json location{{"uri", path_uri(file.path)}, {"index", artifact_index}};
    if (file.error) {
      notifications.push_back(
          Json{{"level", "error"},
               {"message",
                Json{{"text", fmt::format(FMT_STRING("{}: {}"), file.path, file.error->message)}}},
               {"locations",
                Json::array({Json{{"physicalLocation", Json{{"artifactLocation", location}}}}})}});
    }
    for (const ReportedFinding& f : file.findings) {
      Json result{
          {"ruleId", f.rule->id},
          {"ruleIndex", rule_index.at(f.rule->id)},
          {"level", sarif_level(f.level)},
          // Cut, so a name or literal of megabytes cannot make the report as large: SARIF is read
          // by people too (code scanning). The JSON report keeps the whole text.
          {"message", Json{{"text", bounded(f.message, kMaxQuotedChars)}}},
          {"locations",
           Json::array({Json{{"physicalLocation", Json{{"artifactLocation", location},
                                                       {"region", region_json(f.range)}}}}})}};
      if (f.suppressed_by) {
        // A waiver lives in the policy file, outside the script: `external`. An inline directive
        // is in the script itself: `inSource`.
        Json suppression{
            {"kind", f.suppressed_by->kind == "waiver" ? "external" : "inSource"},
            {"status", "accepted"},
        };
        if (!f.suppressed_by->reason.empty())
          suppression["justification"] = f.suppressed_by->reason;
        if (!f.suppressed_by->approved_by.empty()) {
          suppression["properties"] = Json{{"approvedBy", f.suppressed_by->approved_by}};
        }
        result["suppressions"] = Json::array({std::move(suppression)});
      }
      Json properties{{"category", f.rule->category},
                      {"preflightLevel", rules::level_name(f.level)}};
      if (!f.object.empty()) properties["object"] = bounded(f.object, kMaxQuotedChars);
      result["properties"] = std::move(properties);
      results.push_back(std::move(result));
    }
  }

  Json driver{{"name", "preflight"}, {"version", options.tool_version}};
  if (!options.information_uri.empty()) driver["informationUri"] = options.information_uri;
  driver["rules"] = std::move(rules_json);

  Json invocation{{"executionSuccessful", report.summary.errors == 0}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  if (!report.policy_warnings.empty()) {
    Json config_notes = Json::array();
    for (const std::string& w : report.policy_warnings) {
      config_notes.push_back(Json{{"level", "warning"}, {"message", Json{{"text", w}}}});
    }
    invocation["toolConfigurationNotifications"] = std::move(config_notes);
  }

  const Summary& s = report.summary;
  Json run{
      {"tool", Json{{"driver", std::move(driver)}}},
      {"invocations", Json::array({std::move(invocation)})},
      // Our columns count Unicode code points of the decoded text (docs/reports.md).
      {"columnKind", "unicodeCodePoints"},
      {"artifacts", std::move(artifacts)},
      {"results", std::move(results)},
      {"properties",
       Json{{"verdict", policy::verdict_name(report.verdict)},
            {"environment", report.environment.empty() ? Json(nullptr) : Json(report.environment)},
            {"summary", summary_json(s)}}}};
  const Json doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", "2.1.0"},
                 {"runs", Json::array({std::move(run)})}};
  write_json_document(out, doc);
}

}  // namespace pf::report
