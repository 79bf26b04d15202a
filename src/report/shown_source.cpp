#include "report/shown_source.h"

#include "report/visible_text.h"

#include <algorithm>

namespace pf::report {
namespace {

// Byte offset of a 1-based column in a line (clamped to its end).
std::size_t byte_of_column(std::string_view line, std::uint32_t column) {
  std::size_t at = 0;
  for (std::uint32_t c = 1; c < column && at < line.size(); ++c) at += char_at(line, at).size;
  return at;
}

}  // namespace

ShownSource::ShownSource(const source::SourceFile& file,
                         const std::vector<source::SourceRange>& secrets)
    : file_(file) {
  // Cuts per line first; the masked text after, once each line has all of its own.
  std::map<std::uint32_t, std::vector<Cut>> cuts;
  const auto mask_chars = static_cast<std::uint32_t>(kSecretMask.size());
  for (const source::SourceRange& r : secrets) {
    if (r.end.line < r.begin.line || r.begin.line == 0) continue;
    for (std::uint32_t n = r.begin.line; n <= r.end.line && n <= file.line_count(); ++n) {
      const auto width = static_cast<std::uint32_t>(source::count_code_points(file.line(n)));
      const std::uint32_t from = n == r.begin.line ? r.begin.column : 1;
      const std::uint32_t to = n == r.end.line ? std::min(r.end.column, width + 1) : width + 1;
      if (to <= from && !(n == r.begin.line)) continue;
      // The mask stands where the literal starts; the rest of it, on later lines, shows nothing.
      cuts[n].push_back(Cut{from, std::max(from, to), n == r.begin.line ? mask_chars : 0});
    }
  }
  for (auto& [n, line_cuts] : cuts) {
    std::sort(line_cuts.begin(), line_cuts.end(),
              [](const Cut& a, const Cut& b) { return a.from < b.from; });
    MaskedLine masked;
    const std::string_view line = file.line(n);
    std::uint32_t column = 1;
    std::size_t byte = 0;
    for (const Cut& c : line_cuts) {
      if (c.from < column) continue;  // overlaps the previous cut, which hides it already
      const std::size_t from = byte + byte_of_column(line.substr(byte), c.from - column + 1);
      const std::size_t to = from + byte_of_column(line.substr(from), c.to - c.from + 1);
      masked.text.append(line.substr(byte, from - byte));
      if (c.shown > 0) masked.text.append(kSecretMask);
      masked.cuts.push_back(c);
      byte = to;
      column = c.to;
    }
    masked.text.append(line.substr(byte));
    masked_.emplace(n, std::move(masked));
  }
}

std::string_view ShownSource::line(std::uint32_t n) const {
  const auto it = masked_.find(n);
  return it == masked_.end() ? file_.line(n) : std::string_view(it->second.text);
}

std::uint32_t ShownSource::column(std::uint32_t n, std::uint32_t column, bool end) const {
  const auto it = masked_.find(n);
  if (it == masked_.end()) return column;
  std::int64_t shift = 0;
  for (const Cut& c : it->second.cuts) {
    const bool before = end ? column <= c.from : column < c.from;
    if (before) break;
    if (column < c.to || (end && column == c.to)) {
      return static_cast<std::uint32_t>(c.from + shift + (end ? c.shown : 0));
    }
    shift += static_cast<std::int64_t>(c.shown) - (c.to - c.from);
  }
  return static_cast<std::uint32_t>(std::max<std::int64_t>(1, column + shift));
}

}  // namespace pf::report
