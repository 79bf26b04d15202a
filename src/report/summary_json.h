// Private to the report stage: the run's counts as the JSON report and SARIF's run properties
// both write them (one object, so the two never disagree on a field).
#pragma once

#include "report/report.h"

#include <nlohmann/json.hpp>

namespace pf::report {

[[nodiscard]] inline nlohmann::ordered_json summary_json(const Summary& s) {
  return nlohmann::ordered_json{{"files", s.files},           {"statements", s.statements},
                                {"unparsed", s.unparsed},     {"fail", s.fail},
                                {"review", s.review},         {"warn", s.warn},
                                {"suppressed", s.suppressed}, {"errors", s.errors}};
}

}  // namespace pf::report
