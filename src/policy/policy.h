// Front door of the policy stage: findings + policy -> each finding's level, and the verdict.
#pragma once

#include "rules/rules.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::policy {

enum class Verdict { Pass, ManualReview, Fail };

[[nodiscard]] std::string_view verdict_name(Verdict verdict);

// Why a finding does not count toward the verdict. Filled by waivers and inline suppressions
// (TODO(#5)); every suppressed finding stays in every report.
struct Suppression {
  std::string kind;  // "inline" or "waiver"
  std::string reason;
  std::string approved_by;
};

struct Decision {
  rules::Level level;
  std::optional<Suppression> suppressed_by;
};

struct Outcome {
  std::vector<Decision> decisions;  // one per finding, same order
  Verdict verdict = Verdict::Pass;
  std::size_t fail = 0, review = 0, warn = 0, suppressed = 0;
};

// Built-in defaults: each rule at its catalogue level (TODO(#5): .preflight.yml, environments,
// waivers). Findings at level `off` are dropped by the caller.
//
// The verdict is `fail` if any unsuppressed finding is at `fail`, else `manual-review` if any is
// at `review`, else `pass`. Warnings never change it. `input_errors` > 0 makes it at least
// `fail`: a file Preflight could not read cannot be vouched for.
[[nodiscard]] Outcome decide(const std::vector<rules::Finding>& findings, std::size_t input_errors);

}  // namespace pf::policy
