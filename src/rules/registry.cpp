// The built-in rules, made from the table the catalogue compiler generates: no rule registers
// itself, and a catalogue entry without its rule (or the reverse) already failed the build.
#include "rules/rule.h"
#include "rules/rules.h"

namespace pf::rules {

const std::vector<BuiltinRule>& builtin_rules() {
  // Built once, never changed: rules are stateless and shared.
  static const std::vector<BuiltinRule> rules = [] {
    std::vector<BuiltinRule> all;
    const Span<CatalogueEntry> entries = catalogue();
    const Span<RuleFactory> factories = compiled_rule_factories();
    for (std::size_t i = 0; i < entries.size && i < factories.size; ++i) {
      all.push_back(BuiltinRule{&entries[i], factories[i]()});
    }
    return all;
  }();
  return rules;
}

std::vector<std::string_view> registered_rule_ids() {
  std::vector<std::string_view> ids;
  for (const BuiltinRule& rule : builtin_rules()) ids.push_back(rule.entry->id);
  return ids;
}

std::vector<std::string_view> registered_rule_names() {
  std::vector<std::string_view> names;
  for (const BuiltinRule& rule : builtin_rules()) names.push_back(rule.entry->name);
  return names;
}

}  // namespace pf::rules
