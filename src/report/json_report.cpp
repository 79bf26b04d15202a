#include "report/json_text.h"
#include "report/report.h"
#include "report/summary_json.h"

#include <nlohmann/json.hpp>

namespace pf::report {
namespace {

using Json = nlohmann::ordered_json;

Json finding_json(const ReportedFinding& f) {
  Json suppressed = nullptr;
  if (f.suppressed_by) {
    suppressed = Json{
        {"kind", f.suppressed_by->kind},
        {"reason", f.suppressed_by->reason.empty() ? Json(nullptr) : Json(f.suppressed_by->reason)},
        {"approved_by", f.suppressed_by->approved_by.empty() ? Json(nullptr)
                                                             : Json(f.suppressed_by->approved_by)}};
  }
  return Json{{"rule", f.rule->id},
              {"name", f.rule->name},
              {"category", f.rule->category},
              {"level", rules::level_name(f.level)},
              {"default_level", rules::level_name(f.rule->level)},
              {"line", f.range.begin.line},
              {"column", f.range.begin.column},
              {"end_line", f.range.end.line},
              {"end_column", f.range.end.column},
              {"message", f.message},
              {"object", f.object.empty() ? Json(nullptr) : Json(f.object)},
              {"suppressed_by", suppressed}};
}

Json suppression_json(const policy::SuppressionReport& s) {
  return Json{{"line", s.range.begin.line},
              {"column", s.range.begin.column},
              {"rules", s.rules},
              {"reason", s.reason.empty() ? Json(nullptr) : Json(s.reason)},
              {"scope", s.scope},
              {"status", policy::status_name(s.status)},
              {"why", s.why.empty() ? Json(nullptr) : Json(s.why)},
              {"suppressed", s.suppressed}};
}

Json waiver_json(const policy::WaiverReport& r) {
  const policy::Waiver& w = r.waiver;
  return Json{{"rule", w.entry->id},
              {"path", w.path},
              {"object", w.object.empty() ? Json(nullptr) : Json(w.object)},
              {"reason", w.reason},
              {"approved_by", w.approved_by},
              {"expires", w.expires.iso()},
              {"status", policy::status_name(r.status)},
              {"matched", r.matched}};
}

Json file_json(const FileReport& file) {
  Json findings = Json::array();
  for (const ReportedFinding& f : file.findings) findings.push_back(finding_json(f));
  Json suppressions = Json::array();
  for (const policy::SuppressionReport& s : file.suppressions) {
    suppressions.push_back(suppression_json(s));
  }
  Json out{{"path", file.path}, {"role", deploy::role_name(file.role)}};
  if (file.undo) out["undoes"] = file.undoes.empty() ? Json(nullptr) : Json(file.undoes);
  out["sha256"] = file.source ? Json(file.source->sha256()) : Json(nullptr);
  out["encoding"] =
      file.source ? Json(source::encoding_name(file.source->encoding())) : Json(nullptr);
  out["batches"] = file.batches;
  out["statements"] = file.statements;
  out["unparsed"] = file.unparsed;
  out["findings"] = std::move(findings);
  out["suppressions"] = std::move(suppressions);
  // Only on files read through `:r`: a deployment input has no includer.
  if (!file.included_from.empty()) out["included_from"] = file.included_from;
  if (file.error) {
    out["error"] = Json{
        {"message", file.error->message},
        {"byte_offset", file.error->byte_offset ? Json(*file.error->byte_offset) : Json(nullptr)}};
  }
  return out;
}

// docs/reports.md "changes": optional fields are left out rather than null, as `included_from`.
Json change_json(const model::Change& c) {
  Json out{{"action", model::change_action_name(c.action)},
           {"kind", c.kind},
           {"object", c.object.empty() ? Json(nullptr) : Json(c.object)},
           {"detail", c.detail.empty() ? Json(nullptr) : Json(c.detail)},
           {"path", c.path},
           {"line", c.position.line},
           {"column", c.position.column}};
  if (c.rows != model::Change::Rows::None) out["rows"] = model::change_rows_name(c.rows);
  out["conditional"] = c.conditional;
  out["condition"] = c.condition.empty() ? Json(nullptr) : Json(c.condition);
  out["statements"] = c.statements;
  out["summary"] = describe(c);
  return out;
}

}  // namespace

void write_json(std::ostream& out, const RunReport& report, std::string_view tool_version) {
  Json files = Json::array();
  for (const FileReport& file : report.files) files.push_back(file_json(file));
  Json changes = Json::array();
  for (const model::Change& c : report.changes) changes.push_back(change_json(c));
  Json waivers = Json::array();
  for (const policy::WaiverReport& w : report.waivers) waivers.push_back(waiver_json(w));
  // The input errors stderr shows, in one place: a consumer need not walk every file for them.
  Json errors = Json::array();
  for (const FileReport& file : report.files) {
    if (!file.error) continue;
    errors.push_back(Json{
        {"path", file.path},
        {"message", file.error->message},
        {"byte_offset", file.error->byte_offset ? Json(*file.error->byte_offset) : Json(nullptr)}});
  }
  const Summary& s = report.summary;
  const RoleCounts counts = role_counts(report);
  const Json doc{
      {"schema_version", 1},
      {"tool", Json{{"name", "preflight"}, {"version", tool_version}}},
      {"verdict", policy::verdict_name(report.verdict)},
      {"verdict_reason", verdict_reason(report)},
      {"environment", report.environment.empty() ? Json(nullptr) : Json(report.environment)},
      {"order", report.order.empty() ? Json(nullptr) : Json(report.order)},
      {"order_reason", report.order_reason.empty() ? Json(nullptr) : Json(report.order_reason)},
      {"scope", Json{{"by", report.scope.empty() ? Json(nullptr) : Json(report.scope)},
                     {"pending", counts.pending},
                     {"history", counts.history},
                     {"undo", counts.undo}}},
      {"files", std::move(files)},
      {"changes", std::move(changes)},
      {"summary", summary_json(s)},
      {"waivers", std::move(waivers)},
      {"policy_warnings", report.policy_warnings},
      {"errors", std::move(errors)}};
  // Source text is valid UTF-8 by construction; `replace` only guards against a bug elsewhere.
  write_json_document(out, doc);
}

}  // namespace pf::report
