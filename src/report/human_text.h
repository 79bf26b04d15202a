// Private to the report stage: what the human formats (text, Octopus, JUnit) word alike.
#pragma once

#include "policy/policy.h"
#include "report/report.h"
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

// `3 files, 40 statements, 0 unparsed: 1 fail, 2 review, 0 warn, 1 suppressed`.
[[nodiscard]] inline std::string counts_text(const Summary& s) {
  return fmt::format(FMT_STRING("{} file{}, {} statement{}, {} unparsed: {} fail, {} review, {} "
                                "warn, {} suppressed"),
                     s.files, s.files == 1 ? "" : "s", s.statements, s.statements == 1 ? "" : "s",
                     s.unparsed, s.fail, s.review, s.warn, s.suppressed);
}

}  // namespace pf::report
