// For the catalogue compiler only (a build-time tool): one catalogue entry as read from
// rules/PFNNN-name.yaml, shared by the C++ writer and the Markdown writer.
#pragma once

#include <string>
#include <vector>

namespace pf::tools {

struct Example {
  std::string sql;
  std::string skip;
  std::string undo;
};

struct Entry {
  std::string file;
  std::string id, name, category, level, summary, rationale, instead;
  bool reversible = false;
  bool could_not_check = false;
  std::vector<Example> bad, good;
};

// docs/rules.md: the rule reference, entries in the order given (id order).
[[nodiscard]] std::string rules_markdown(const std::vector<Entry>& entries);

}  // namespace pf::tools
