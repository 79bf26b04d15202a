#include "ast/lookup.h"

#include "source/source.h"

namespace pf::ast {

const ExecuteArgument* argument(const Execute& exec, std::size_t position, std::string_view name) {
  for (const ExecuteArgument& a : exec.arguments) {
    if (a.name && source::equal_ignoring_case(*a.name, name)) return &a;
  }
  if (position < exec.arguments.size() && !exec.arguments[position].name) {
    return &exec.arguments[position];
  }
  return nullptr;
}

const ObjectName& resolve_alias(const ObjectName& target, const Statement& statement) {
  if (target.size() != 1) return target;
  for (const TableReference& table : statement.table_references) {
    if (!table.alias.empty() && source::equal_ignoring_case(table.alias, target.object())) {
      return table.name;
    }
  }
  return target;
}

}  // namespace pf::ast
