#include "source/nearest.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace pf::source {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
// neighbours, each one edit (`chekc` is one edit from `check`).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

// Dashes say nothing about which option was meant: `--formt` is compared as `formt`.
std::string_view without_dashes(std::string_view s) {
  while (!s.empty() && s.front() == '-') s.remove_prefix(1);
  return s;
}

}  // namespace

std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  const std::string_view bare = without_dashes(word);
  // A third of the word, at least one edit: `chek` finds `check`, `xyz` finds nothing.
  const std::size_t limit = std::max<std::size_t>(1, bare.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    const std::string_view other = without_dashes(candidate);
    // The distance is at least the difference in length: a long word (an argument of a megabyte)
    // is never measured against short names.
    const std::size_t apart =
        bare.size() > other.size() ? bare.size() - other.size() : other.size() - bare.size();
    if (apart >= best_distance) continue;
    const std::size_t distance = edit_distance(bare, other);
    if (distance < best_distance && distance < bare.size()) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace pf::source
