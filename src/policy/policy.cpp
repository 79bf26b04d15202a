#include "policy/policy.h"

namespace pf::policy {

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass:
      return "pass";
    case Verdict::ManualReview:
      return "manual-review";
    case Verdict::Fail:
      return "fail";
  }
  return "fail";
}

Outcome decide(const std::vector<rules::Finding>& findings, std::size_t input_errors) {
  Outcome outcome;
  outcome.decisions.reserve(findings.size());
  for (const rules::Finding& finding : findings) {
    const Decision decision{finding.rule->level, std::nullopt};
    if (decision.suppressed_by) {
      ++outcome.suppressed;
    } else {
      switch (decision.level) {
        case rules::Level::Fail:
          ++outcome.fail;
          break;
        case rules::Level::Review:
          ++outcome.review;
          break;
        case rules::Level::Warn:
          ++outcome.warn;
          break;
        case rules::Level::Off:
          break;
      }
    }
    outcome.decisions.push_back(decision);
  }
  if (outcome.fail > 0 || input_errors > 0) {
    outcome.verdict = Verdict::Fail;
  } else if (outcome.review > 0) {
    outcome.verdict = Verdict::ManualReview;
  }
  return outcome;
}

}  // namespace pf::policy
