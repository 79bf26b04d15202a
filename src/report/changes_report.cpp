// What every human format says alike of the change summary and of the verdict's reason.
#include "report/report.h"

#include <fmt/format.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pf::report {

std::string describe(const model::Change& change) {
  using Action = model::Change::Action;
  std::string out;
  switch (change.action) {
    case Action::Insert:
    case Action::Update:
    case Action::Delete:
    case Action::Merge:
    case Action::Truncate:
      // Data: the kind is always a table, and the verb says enough.
      out =
          fmt::format(FMT_STRING("{} {}"), model::change_action_name(change.action), change.object);
      break;
    case Action::Grant:
    case Action::Deny:
    case Action::Revoke:
      out = fmt::format(FMT_STRING("{} on {}"), model::change_action_name(change.action),
                        change.object);
      break;
    case Action::NotUnderstood:
      out = "not understood: " + change.kind;
      if (!change.object.empty()) out += " " + change.object;
      break;
    default:
      out = fmt::format(FMT_STRING("{} {}"), model::change_action_name(change.action), change.kind);
      if (!change.object.empty()) out += " " + change.object;
      break;
  }
  if (!change.detail.empty()) out += ": " + change.detail;
  if (change.statements > 1) {
    out += fmt::format(FMT_STRING(" (×{} statements)"), change.statements);
  }
  if (!change.condition.empty()) {
    out += " [" + change.condition + "]";
  } else if (change.conditional) {
    out += " [conditional]";
  }
  return out;
}

namespace {

// `2 findings need review: PF101 drop-table ×1, PF221 offline-index-build ×1`, rules by id.
std::string counted(const RunReport& report, rules::Level level, std::string_view one,
                    std::string_view many) {
  std::map<std::string, std::pair<std::string, std::size_t>> by_rule;
  std::size_t total = 0;
  for (const FileReport& file : report.files) {
    for (const ReportedFinding& f : file.findings) {
      if (f.suppressed_by || f.level != level) continue;
      auto& entry = by_rule[std::string(f.rule->id)];
      entry.first = std::string(f.rule->name);
      ++entry.second;
      ++total;
    }
  }
  if (total == 0) return {};
  std::string rules;
  for (const auto& [id, entry] : by_rule) {
    if (!rules.empty()) rules += ", ";
    rules += fmt::format(FMT_STRING("{} {} ×{}"), id, entry.first, entry.second);
  }
  return fmt::format(FMT_STRING("{} finding{} {}: {}"), total, total == 1 ? "" : "s",
                     total == 1 ? one : many, rules);
}

}  // namespace

std::string verdict_reason(const RunReport& report) {
  std::vector<std::string> parts;
  if (report.summary.errors > 0) {
    parts.push_back(fmt::format(FMT_STRING("{} input error{}"), report.summary.errors,
                                report.summary.errors == 1 ? "" : "s"));
  }
  std::string fail = counted(report, rules::Level::Fail, "fails", "fail");
  if (!fail.empty()) parts.push_back(std::move(fail));
  std::string review = counted(report, rules::Level::Review, "needs review", "need review");
  if (!review.empty()) parts.push_back(std::move(review));
  if (parts.empty()) {
    // The verdict follows the counts; a verdict other than pass with nothing counted would be a
    // bug elsewhere, and is not worded as a standard change.
    if (report.verdict != policy::Verdict::Pass) return "see the findings";
    return "standard change: no finding at review or fail";
  }
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += "; ";
    out += part;
  }
  return out;
}

}  // namespace pf::report
