// What a report shows of a script's text: its lines with every literal that holds a password or
// secret (ast::Script::secrets, PF319) replaced by a mask, and columns moved to match. The text and
// HTML reports read code only through it, so no report can show a secret.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pf::report {

// What a secret literal shows as: no character of it, and not its length either.
inline constexpr std::string_view kSecretMask = "'********'";

class ShownSource {
 public:
  ShownSource(const source::SourceFile& file, const std::vector<source::SourceRange>& secrets);

  // Line `n` as shown: the file's, or a copy with the secrets on it masked.
  [[nodiscard]] std::string_view line(std::uint32_t n) const;
  // Where the file's 1-based `column` on line `n` is in line(n). A column inside a secret goes to
  // the mask's start, or its end for the (exclusive) end of a range (`end`).
  [[nodiscard]] std::uint32_t column(std::uint32_t n, std::uint32_t column, bool end) const;

 private:
  // Columns [from, to) of the file's line shown as `shown` characters.
  struct Cut {
    std::uint32_t from, to, shown;
  };
  struct MaskedLine {
    std::string text;
    std::vector<Cut> cuts;  // in column order, not overlapping
  };
  const source::SourceFile& file_;
  std::map<std::uint32_t, MaskedLine> masked_;  // only the lines a secret touches
};

}  // namespace pf::report
