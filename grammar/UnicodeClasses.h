// The Unicode classes of identifier characters outside ASCII (UnicodeClassesLexer.g4): \p{L} may
// start an identifier, \p{L} and \p{N} may continue one. The ranges are generated at build time.
#pragma once

#include <algorithm>
#include <cstddef>

namespace pf::grammar {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

// Sorted, disjoint.
extern const CodePointRange kUnicodeLetters[];
extern const std::size_t kUnicodeLetterRanges;
extern const CodePointRange kUnicodeLettersAndNumbers[];
extern const std::size_t kUnicodeLetterAndNumberRanges;

inline bool in_ranges(const CodePointRange* ranges, std::size_t count, char32_t c) {
  const CodePointRange* end = ranges + count;
  const CodePointRange* after = std::upper_bound(
      ranges, end, c, [](char32_t v, const CodePointRange& r) { return v < r.first; });
  return after != ranges && c <= (after - 1)->last;
}

inline bool is_unicode_letter(char32_t c) {
  return in_ranges(kUnicodeLetters, kUnicodeLetterRanges, c);
}

inline bool is_unicode_letter_or_number(char32_t c) {
  return in_ranges(kUnicodeLettersAndNumbers, kUnicodeLetterAndNumberRanges, c);
}

}  // namespace pf::grammar
