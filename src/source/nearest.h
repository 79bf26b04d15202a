// What a mistyped word probably meant: the command line's did-you-mean and the policy file's
// unknown rule names use the same measure, so they suggest alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::source {

// The candidate closest to `word` (ASCII case and leading dashes ignored; a swapped pair of
// letters is one edit), or none when none is within a third of the word's length (at least one
// edit): a guess far from what was typed misleads more than it helps.
[[nodiscard]] std::optional<std::string> nearest(std::string_view word,
                                                 const std::vector<std::string>& candidates);

}  // namespace pf::source
