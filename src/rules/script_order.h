// Private to the rules stage: what the rules about a switch left on share (PF801-PF811): a
// script's statements in source order, each with where it runs, so that a rule can look for the
// statement that switches something back later in the same script.
#pragma once

#include "rules/rule.h"

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pf::rules {

struct PlacedStatement {
  const ast::Statement* statement;
  // The module whose body holds the statement, or null at deployment level: a body runs when the
  // module is called, so only a statement of the same body can switch back what it switched.
  const ast::Module* module;
  // The literal dynamic SQL (EXEC (N'...'), sp_executesql) that holds it, or null: a SET option
  // set there is restored when the EXEC returns.
  const ast::Execute* dynamic;
};

// Every statement of the script that `keep` accepts (every one when `keep` is empty), parents
// before children, in source order (across GO: the connection and what was switched on it
// outlive a batch). A rule keeps only the kinds it pairs: a data script has a million INSERTs
// and a few ALTER TABLEs, and the rules scan forward from each of those few.
[[nodiscard]] inline std::vector<PlacedStatement> statements_in_order(
    const ast::Script& script, const std::function<bool(const ast::Statement&)>& keep = {}) {
  std::vector<PlacedStatement> out;
  struct Walk {
    std::vector<PlacedStatement>& out;
    const std::function<bool(const ast::Statement&)>& keep;
    void operator()(const ast::Statement& s, const ast::Module* module,
                    const ast::Execute* dynamic) const {
      if (!keep || keep(s)) out.push_back({&s, module, dynamic});
      const auto* as_module = dynamic_cast<const ast::Module*>(&s);
      const auto* as_exec =
          s.kind == ast::Kind::Execute ? static_cast<const ast::Execute*>(&s) : nullptr;
      // A module inside dynamic SQL has a body of its own: it no longer runs in the EXEC.
      const ast::Module* inner_module = as_module != nullptr ? as_module : module;
      const ast::Execute* inner_dynamic =
          as_module != nullptr ? nullptr : (as_exec != nullptr ? as_exec : dynamic);
      s.for_each_child(
          [&](const ast::Statement& child) { (*this)(child, inner_module, inner_dynamic); });
    }
  };
  const Walk walk{out, keep};
  for (const ast::Batch& batch : script.batches) {
    for (const ast::StatementPtr& s : batch.statements) walk(*s, nullptr, nullptr);
  }
  return out;
}

// A `keep` for statements_in_order: statements of these kinds.
[[nodiscard]] inline std::function<bool(const ast::Statement&)> of_kind(
    std::initializer_list<ast::Kind> kinds) {
  std::vector<ast::Kind> wanted(kinds);
  return [wanted](const ast::Statement& s) {
    for (ast::Kind k : wanted) {
      if (s.kind == k) return true;
    }
    return false;
  };
}

// Reports as the engine does for a statement in `module`'s body (null: at deployment level), so
// the message says when it runs.
inline void report_in(RuleContext& ctx, const ast::Module* module, const ast::SourceRange& range,
                      std::string object, std::string message) {
  ctx.set_module(module);
  ctx.report(range, std::move(object), std::move(message));
  ctx.set_module(nullptr);
}

// Whether a name list (`ALL`, or names) covers `name`; names compare as SQL Server's default
// collations do.
[[nodiscard]] inline bool covers(bool all, const std::vector<std::string>& names,
                                 std::string_view name) {
  if (all) return true;
  for (const std::string& n : names) {
    if (same_name(n, name)) return true;
  }
  return false;
}

}  // namespace pf::rules
