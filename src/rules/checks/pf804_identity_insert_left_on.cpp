// PF804 identity-insert-left-on: docs, rationale and examples in
// rules/PF804-identity-insert-left-on.yaml.
#include "rules/rule.h"
#include "rules/script_order.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

namespace pf::rules {
namespace {

// SET IDENTITY_INSERT t ON|OFF at deployment level, outside dynamic SQL: the session's own
// setting. In a module body or an EXEC's text SQL Server restores it when that returns.
const ast::SetOption* session_identity_insert(const PlacedStatement& p) {
  if (p.module != nullptr || p.dynamic != nullptr || p.statement->kind != ast::Kind::SetOption) {
    return nullptr;
  }
  const auto& set = static_cast<const ast::SetOption&>(*p.statement);
  if (!set.table || set.options.empty() || set.options.front() != "IDENTITY_INSERT") {
    return nullptr;
  }
  return &set;
}

class IdentityInsertLeftOnRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    const std::vector<PlacedStatement> all =
        statements_in_order(script, of_kind({ast::Kind::SetOption}));
    for (std::size_t i = 0; i < all.size(); ++i) {
      const ast::SetOption* on = session_identity_insert(all[i]);
      if (on == nullptr || on->value != "ON") continue;
      const std::string table = model::object_key(*on->table);
      bool switched_off = false;
      for (std::size_t j = i + 1; j < all.size() && !switched_off; ++j) {
        const ast::SetOption* later = session_identity_insert(all[j]);
        // Another ON for the same table leaves the question to that one.
        switched_off = later != nullptr && model::object_key(*later->table) == table;
      }
      if (switched_off) continue;
      const std::string shown = on->table->display();
      ctx.report(on->range, shown,
                 fmt::format(FMT_STRING("SET IDENTITY_INSERT {} ON is never switched OFF in this "
                                        "script: it stays on for the rest of the session, so a "
                                        "later SET IDENTITY_INSERT ... ON for another table fails "
                                        "(one table per session), and an INSERT into {} without "
                                        "an explicit identity value fails; end with SET "
                                        "IDENTITY_INSERT {} OFF"),
                             shown, shown, shown));
    }
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_identity_insert_left_on_rule() {
  return std::make_unique<IdentityInsertLeftOnRule>();
}

}  // namespace pf::rules
