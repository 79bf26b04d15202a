// Finds the characters PF317 reports. See hidden_characters.h.
#include "parse/hidden_characters.h"

#include "source/source.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <queue>
#include <utility>

namespace pf::parse {
namespace {

// Decodes the code point at `i` of valid UTF-8 text and moves `i` past it.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (i + length > text.size()) length = text.size() - i;
  char32_t c = length == 1   ? lead
               : length == 2 ? (lead & 0x1F)
               : length == 3 ? (lead & 0x0F)
                             : (lead & 0x07);
  for (std::size_t k = 1; k < length; ++k) {
    c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  i += length;
  return c;
}

// At most this many distinct code points are named per run; the count covers them all.
constexpr std::size_t kNamedPerRun = 8;

}  // namespace

bool is_hidden_character(char32_t c) {
  return source::is_default_ignorable(c) && !source::is_variation_selector(c);
}

bool contains_hidden_character(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    if (is_hidden_character(next_code_point(utf8, i))) return true;
  }
  return false;
}

std::vector<ast::HiddenCharacters> find_hidden_characters(std::string_view text,
                                                          std::vector<LiteralScope> scopes) {
  std::vector<ast::HiddenCharacters> runs;
  if (!contains_hidden_character(text)) return runs;
  std::sort(scopes.begin(), scopes.end(), [](const LiteralScope& a, const LiteralScope& b) {
    return a.range.begin < b.range.begin;
  });
  // The scopes around the current position, by where they end (the earliest on top).
  using Open = std::pair<ast::SourcePosition, int>;
  auto ends_later = [](const Open& a, const Open& b) { return b.first < a.first; };
  std::priority_queue<Open, std::vector<Open>, decltype(ends_later)> open(ends_later);
  std::size_t next_scope = 0;
  int weight = 0;
  ast::SourcePosition at{1, 1};
  for (std::size_t i = 0; i < text.size();) {
    const char byte = text[i];
    if (static_cast<unsigned char>(byte) < 0x80) {
      ++i;
      if (byte == '\n') {
        ++at.line;
        at.column = 1;
      } else {
        ++at.column;
      }
      continue;
    }
    const char32_t c = next_code_point(text, i);
    if (is_hidden_character(c)) {
      for (; next_scope < scopes.size() && !(at < scopes[next_scope].range.begin); ++next_scope) {
        open.emplace(scopes[next_scope].range.end, scopes[next_scope].weight);
        weight += scopes[next_scope].weight;
      }
      while (!open.empty() && !(at < open.top().first)) {
        weight -= open.top().second;
        open.pop();
      }
      if (weight <= 0) {
        const ast::SourcePosition after{at.line, at.column + 1};
        if (!runs.empty() && runs.back().range.end == at) {
          runs.back().range.end = after;
        } else {
          runs.push_back(ast::HiddenCharacters{ast::SourceRange{at, after}, 0, {}});
        }
        ast::HiddenCharacters& run = runs.back();
        ++run.count;
        if (run.code_points.size() < kNamedPerRun &&
            std::find(run.code_points.begin(), run.code_points.end(), c) == run.code_points.end()) {
          run.code_points.push_back(static_cast<std::uint32_t>(c));
        }
      }
    }
    ++at.column;
  }
  return runs;
}

}  // namespace pf::parse
