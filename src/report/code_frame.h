// What a code frame shows of a source line: a window of at most kFrameColumns characters around
// the finding's range, so a finding on a 10 MB one-line script gives a frame of a few hundred
// bytes (issue #16: a 419 MB text report repeated such a line and a caret line as long).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pf::report {

// Characters of a line a frame shows at most, and how many of them come before the range.
inline constexpr std::size_t kFrameColumns = 120;
inline constexpr std::size_t kFrameColumnsBefore = 40;
// Written where a window cuts the line.
inline constexpr std::string_view kCutMark = "…";

struct LineWindow {
  std::string_view before, marked, after;  // consecutive slices of the line
  bool cut_left = false, cut_right = false;
};

// The window of `line` around the 1-based columns [from, to) (characters; clamped to the line).
// The marked slice is cut at the window's end when the range is longer than the window.
[[nodiscard]] LineWindow window_of(std::string_view line, std::uint32_t from, std::uint32_t to);

// The text report's frame for one line: ` N | text` and ` ` + gutter + ` | ` + a marker under
// the range (^ then ~), both with the window's cut marks; hidden characters escaped, tabs kept in
// the marker's white space so it lines up however a terminal expands them. `red` and `reset`
// colour the marker (empty strings when colour is off).
void append_text_frame(std::string& out, std::uint32_t line_number, const LineWindow& window,
                       std::string_view red, std::string_view reset);

}  // namespace pf::report
