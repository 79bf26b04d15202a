// Private to the report stage: how the human formats say why a finding does not count.
#pragma once

#include "policy/policy.h"
#include "report/visible_text.h"

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace pf::report {

// `<kind> (approved by <who>): <reason>`, the approver and reason escaped and bounded. `kind` is
// how the format names the suppression's kind.
[[nodiscard]] inline std::string suppression_text(const policy::Suppression& s,
                                                  std::string_view kind) {
  return fmt::format(FMT_STRING("{}{}: {}"), kind,
                     s.approved_by.empty()
                         ? std::string()
                         : fmt::format(FMT_STRING(" (approved by {})"),
                                       visible_bounded(s.approved_by, kMaxQuotedChars)),
                     s.reason.empty() ? std::string("no reason given")
                                      : visible_bounded(s.reason, kMaxQuotedChars));
}

}  // namespace pf::report
