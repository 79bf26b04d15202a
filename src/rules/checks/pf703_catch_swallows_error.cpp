// PF703 catch-swallows-error: docs, rationale and examples in
// rules/PF703-catch-swallows-error.yaml.
#include "rules/rule.h"

#include <cstdlib>
#include <memory>
#include <string>

namespace pf::rules {
namespace {

// Whether running `s` raises an error the caller sees: THROW, or RAISERROR at severity 11 or more
// (10 and below are messages; a severity that is not a literal may be either, so it counts).
bool raises(const ast::Statement& s) {
  if (s.kind == ast::Kind::Throw) return true;
  if (s.kind != ast::Kind::Raiserror) return false;
  const auto& r = static_cast<const ast::Raiserror&>(s);
  if (!r.severity) return true;
  char* end = nullptr;
  const long severity = std::strtol(r.severity->c_str(), &end, 10);
  return end == r.severity->c_str() || *end != '\0' || severity >= 11;
}

bool raises_somewhere(const ast::Statement& s) {
  if (raises(s)) return true;
  bool found = false;
  s.for_each_child([&](const ast::Statement& child) { found = found || raises_somewhere(child); });
  return found;
}

class CatchSwallowsErrorRule final : public Rule {
 public:
  void on(const ast::TryCatch& s, RuleContext& ctx) const override {
    // A module's CATCH is the application's error handling, reviewed with its code.
    if (ctx.in_module()) return;
    for (const ast::StatementPtr& c : s.catch_statements) {
      if (raises_somewhere(*c)) return;
    }
    const ast::SourceRange range =
        s.catch_statements.empty() ? s.range : s.catch_statements.front()->range;
    ctx.report(range, {},
               s.catch_statements.empty()
                   ? "an empty CATCH block swallows the error: the script ends in success and "
                     "the deployment tool records a change that was not made"
                   : "this CATCH block neither re-raises (THROW, RAISERROR at severity 11 or "
                     "more) nor fails the script: the error is swallowed, the script ends in "
                     "success, and the deployment tool records a change that was not (fully) made");
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_catch_swallows_error_rule() {
  return std::make_unique<CatchSwallowsErrorRule>();
}

}  // namespace pf::rules
