// Private to the report stage: a finding's level in the words of a format that has its own,
// fewer severities (GitHub annotations, SARIF).
#pragma once

#include "rules/rules.h"

#include <string_view>

namespace pf::report {

struct LevelWords {
  std::string_view fail, review, warn, off;
};

[[nodiscard]] inline std::string_view in_words(rules::Level level, const LevelWords& words) {
  switch (level) {
    case rules::Level::Fail:
      return words.fail;
    case rules::Level::Review:
      return words.review;
    case rules::Level::Warn:
      return words.warn;
    case rules::Level::Off:
      break;
  }
  return words.off;
}

}  // namespace pf::report
