// What a code frame shows of a source line: a window of at most kFrameColumns characters around
// the finding's range, so a finding on a 10 MB one-line script gives a frame of a few hundred
// bytes (issue #16: a 419 MB text report repeated such a line and a caret line as long).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

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

// The same, from the byte where the range starts and the number of characters it marks: costs
// only the window, not the line.
[[nodiscard]] LineWindow window_at(std::string_view line, std::size_t mark_begin,
                                   std::size_t mark_chars);

// Byte offsets of columns in the lines of one file. Lookups on a line at increasing columns go
// on from the previous one, so a file's findings (sorted by line and column) cost one pass over
// each line: 60,000 findings on a 1 MB line took 508 s when each scanned its line from the start.
class ColumnIndex {
 public:
  [[nodiscard]] std::size_t byte_of(std::uint32_t line_number, std::string_view line,
                                    std::uint32_t column);

 private:
  struct Cursor {
    std::uint32_t column = 1;
    std::size_t byte = 0;
  };
  std::unordered_map<std::uint32_t, Cursor> cursors_;
};

// window_of with the range's start looked up in `columns`.
[[nodiscard]] LineWindow window_of(ColumnIndex& columns, std::uint32_t line_number,
                                   std::string_view line, std::uint32_t from, std::uint32_t to);

// The text report's frame for one line: ` N | text` and ` ` + gutter + ` | ` + a marker under
// the range (^ then ~), both with the window's cut marks; hidden characters escaped, tabs kept in
// the marker's white space so it lines up however a terminal expands them. `red` and `reset`
// colour the marker (empty strings when colour is off).
void append_text_frame(std::string& out, std::uint32_t line_number, const LineWindow& window,
                       std::string_view red, std::string_view reset);

}  // namespace pf::report
