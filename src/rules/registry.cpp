#include "rules/builtin_rules.h"
#include "rules/rules.h"

namespace pf::rules {

const std::vector<std::unique_ptr<const Rule>>& builtin_rules() {
  // Built once, never changed: rules are stateless and shared.
  static const std::vector<std::unique_ptr<const Rule>> rules = [] {
    std::vector<std::unique_ptr<const Rule>> all;
    // In id order.
    all.push_back(make_unparsed_statement_rule());
    all.push_back(make_invalid_suppression_rule());
    all.push_back(make_drop_table_rule());
    all.push_back(make_delete_without_where_rule());
    all.push_back(make_update_without_where_rule());
    return all;
  }();
  return rules;
}

std::vector<std::string_view> registered_rule_ids() {
  std::vector<std::string_view> ids;
  for (const auto& rule : builtin_rules()) ids.push_back(rule->id());
  return ids;
}

std::vector<std::string_view> registered_rule_names() {
  std::vector<std::string_view> names;
  for (const auto& rule : builtin_rules()) names.push_back(rule->name());
  return names;
}

}  // namespace pf::rules
