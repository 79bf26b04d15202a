#include "rules/rules.h"

#include <algorithm>
#include <cctype>

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

}  // namespace pf::rules
