#include "report/code_frame.h"

#include "report/visible_text.h"

#include <algorithm>

namespace pf::report {
namespace {

std::size_t next_char(std::string_view line, std::size_t at) { return at + char_at(line, at).size; }

// The start of the character before byte `at` (source text is valid UTF-8: step back over
// continuation bytes).
std::size_t previous_char(std::string_view line, std::size_t at) {
  do {
    --at;
  } while (at > 0 && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80);
  return at;
}

std::size_t byte_of_column(std::string_view line, std::uint32_t column) {
  std::size_t at = 0;
  for (std::uint32_t c = 1; c < column && at < line.size(); ++c) at = next_char(line, at);
  return at;
}

// White space as wide as `text`, a cell per character (the escapes are ASCII; an East Asian wide
// character takes two cells in a terminal, and the marker after it then starts a cell early).
std::string white_space_under(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); i = next_char(text, i)) {
    out += text[i] == '\t' ? '\t' : ' ';
  }
  return out;
}

std::size_t width_of(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i = next_char(text, i)) ++n;
  return n;
}

}  // namespace

LineWindow window_at(std::string_view line, std::size_t mark_begin, std::size_t mark_chars) {
  mark_begin = std::min(mark_begin, line.size());
  std::size_t begin = mark_begin, end = mark_begin, mark_end = mark_begin;
  std::size_t shown = 0;
  for (; shown < kFrameColumnsBefore && begin > 0; ++shown) begin = previous_char(line, begin);
  for (std::size_t marked = 0; shown < kFrameColumns && end < line.size(); ++shown) {
    end = next_char(line, end);
    if (marked < mark_chars) {
      mark_end = end;
      ++marked;
    }
  }
  // Near the line's end, the window takes more of what comes before the range.
  for (; shown < kFrameColumns && begin > 0; ++shown) begin = previous_char(line, begin);
  LineWindow w;
  w.before = line.substr(begin, mark_begin - begin);
  w.marked = line.substr(mark_begin, mark_end - mark_begin);
  w.after = line.substr(mark_end, end - mark_end);
  w.cut_left = begin > 0;
  w.cut_right = end < line.size();
  return w;
}

LineWindow window_of(std::string_view line, std::uint32_t from, std::uint32_t to) {
  return window_at(line, byte_of_column(line, from), to > from ? to - from : 0);
}

std::size_t ColumnIndex::byte_of(std::uint32_t line_number, std::string_view line,
                                 std::uint32_t column) {
  if (column <= 1) return 0;
  Cursor& c = cursors_[line_number];
  if (column < c.column || c.byte > line.size()) c = Cursor{};
  for (; c.column < column && c.byte < line.size(); ++c.column) c.byte = next_char(line, c.byte);
  return c.byte;
}

LineWindow window_of(ColumnIndex& columns, std::uint32_t line_number, std::string_view line,
                     std::uint32_t from, std::uint32_t to) {
  return window_at(line, columns.byte_of(line_number, line, from), to > from ? to - from : 0);
}

void append_text_frame(std::string& out, std::uint32_t line_number, const LineWindow& window,
                       std::string_view red, std::string_view reset) {
  const std::string number = std::to_string(line_number);
  std::string text;
  if (window.cut_left) text += kCutMark;
  append_visible(text, window.before);
  const std::size_t marked_at = text.size();
  append_visible(text, window.marked);
  const std::size_t marked_end = text.size();
  append_visible(text, window.after);
  if (window.cut_right) text += kCutMark;
  out += ' ';
  out += number;
  out += " | ";
  out += text;
  out += '\n';

  const std::size_t marked_width =
      width_of(std::string_view(text).substr(marked_at, marked_end - marked_at));
  out += ' ';
  out.append(number.size(), ' ');
  out += " | ";
  out += white_space_under(std::string_view(text).substr(0, marked_at));
  out += red;
  out += '^';
  if (marked_width > 1) out.append(marked_width - 1, '~');
  out += reset;
  out += '\n';
}

}  // namespace pf::report
