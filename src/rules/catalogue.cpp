#include "rules/rules.h"
#include "source/nearest.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace pf::rules {

// Defined in the catalogue_data.cpp that pf_catalogue_compiler writes from rules/*.yaml.
Span<CatalogueEntry> compiled_catalogue();
const std::vector<std::string_view>& compiled_categories();

std::string_view level_name(Level level) {
  switch (level) {
    case Level::Off:
      return "off";
    case Level::Warn:
      return "warn";
    case Level::Review:
      return "review";
    case Level::Fail:
      return "fail";
  }
  return "off";
}

std::optional<Level> parse_level(std::string_view name) {
  for (Level level : {Level::Off, Level::Warn, Level::Review, Level::Fail}) {
    if (level_name(level) == name) return level;
  }
  return std::nullopt;
}

Span<CatalogueEntry> catalogue() { return compiled_catalogue(); }

const CatalogueEntry* find_entry(std::string_view id_or_name) {
  for (const CatalogueEntry& entry : catalogue()) {
    if (source::equal_ignoring_case(entry.id, id_or_name) || entry.name == id_or_name)
      return &entry;
  }
  return nullptr;
}

const std::vector<std::string_view>& categories() { return compiled_categories(); }

std::string nearest_reference(std::string_view word, bool with_categories) {
  std::vector<std::string> known;
  for (const CatalogueEntry& e : catalogue()) {
    known.emplace_back(e.id);
    known.emplace_back(e.name);
  }
  if (with_categories) {
    for (const std::string_view c : categories()) known.emplace_back(c);
  }
  const std::optional<std::string> guess = source::nearest(word, known);
  return guess ? fmt::format(FMT_STRING("; did you mean '{}'?"), *guess) : std::string();
}

std::optional<std::string> unmarked_suppression_reason(const ast::SuppressionDirective& d) {
  if (!d.reason.empty()) return std::nullopt;
  std::size_t first = 0;
  while (first < d.rules.size() && find_entry(d.rules[first]) != nullptr) ++first;
  // A single unknown word is more likely a misspelt rule than a reason.
  if (d.rules.size() - first < 2) return std::nullopt;
  std::string words;
  for (std::size_t i = first; i < d.rules.size(); ++i) {
    if (!words.empty()) words += ' ';
    words += d.rules[i];
  }
  // The message quotes it; a paragraph of reason would drown the question.
  constexpr std::size_t kShown = 60;
  if (words.size() > kShown) {
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80) --cut;
    words = words.substr(0, cut) + "...";
  }
  return words;
}

}  // namespace pf::rules
