// PF801 nocheck-constraint: docs, rationale and examples in rules/PF801-nocheck-constraint.yaml.
#include "rules/rule.h"
#include "rules/script_order.h"

#include <fmt/format.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pf::rules {
namespace {

using Type = ast::AlterTableAction::Type;

// What the rest of the script does to one constraint (or ALL) switched off by NOCHECK.
// Superseded: a later NOCHECK of it comes first, and that one's fate is the question.
enum class Fate { Validated, Superseded, EnabledUntrusted, LeftOff };

class NocheckConstraintRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    const std::vector<PlacedStatement> all =
        statements_in_order(script, of_kind({ast::Kind::AlterTable}));
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].statement->kind != ast::Kind::AlterTable) continue;
      const auto& alter = static_cast<const ast::AlterTable&>(*all[i].statement);
      if (alter.name.is_temporary() || alter.name.is_variable()) continue;
      for (const ast::AlterTableAction& action : alter.actions) {
        if (action.type == Type::NocheckConstraint) check(all, i, alter, action, ctx);
      }
    }
  }

 private:
  static void check(const std::vector<PlacedStatement>& all, std::size_t at,
                    const ast::AlterTable& alter, const ast::AlterTableAction& action,
                    RuleContext& ctx) {
    // Empty: ALL.
    const std::vector<std::string> constraints =
        action.all ? std::vector<std::string>{std::string()} : action.names;
    std::vector<std::string> left_off;
    std::vector<std::string> untrusted;
    std::optional<std::uint32_t> untrusted_line;
    for (const std::string& constraint : constraints) {
      std::uint32_t line = 0;
      switch (fate(all, at, alter, constraint, line)) {
        case Fate::Validated:
        case Fate::Superseded:
          break;
        case Fate::EnabledUntrusted:
          untrusted.push_back(shown(constraint));
          if (!untrusted_line) untrusted_line = line;
          break;
        case Fate::LeftOff:
          left_off.push_back(shown(constraint));
          break;
      }
    }
    if (left_off.empty() && untrusted.empty()) return;
    const std::string table = alter.name.display();
    const std::string object =
        table + (constraints.size() == 1 && !action.all ? "." + constraints.front() : "");
    std::string message;
    if (!left_off.empty()) {
      message = fmt::format(
          FMT_STRING("NOCHECK switches off {} of {}, and the script never enables it again: rows "
                     "written from now on are not checked against it; end the script with ALTER "
                     "TABLE {} WITH CHECK CHECK CONSTRAINT {}"),
          describe(left_off), table, table, join(left_off));
    } else {
      message = fmt::format(
          FMT_STRING("NOCHECK switches off {} of {}: rows written meanwhile are not checked, and "
                     "the CHECK CONSTRAINT at line {} enables it again without WITH CHECK, so "
                     "those rows are never validated and the constraint stays not trusted; write "
                     "WITH CHECK CHECK CONSTRAINT there"),
          describe(untrusted), table, *untrusted_line);
    }
    report_in(ctx, all[at].module, action.range, object, std::move(message));
  }

  // What happens to `constraint` (empty: ALL) after the NOCHECK at `at`, up to the next NOCHECK
  // of it, which takes over the question. A re-enable counts only in the same body (or at
  // deployment level) and in source order, whatever IF it is under.
  static Fate fate(const std::vector<PlacedStatement>& all, std::size_t at,
                   const ast::AlterTable& alter, const std::string& constraint,
                   std::uint32_t& untrusted_line) {
    const std::string table = model::object_key(alter.name);
    bool enabled = false;
    for (std::size_t j = at + 1; j < all.size(); ++j) {
      if (all[j].module != all[at].module || all[j].statement->kind != ast::Kind::AlterTable) {
        continue;
      }
      const auto& later = static_cast<const ast::AlterTable&>(*all[j].statement);
      if (model::object_key(later.name) != table) continue;
      for (const ast::AlterTableAction& a : later.actions) {
        // Enabling names does not cover ALL: the script does not say which constraints exist.
        const bool same = constraint.empty() ? a.all : covers(a.all, a.names, constraint);
        if (!same) continue;
        if (a.type == Type::NocheckConstraint)
          return enabled ? Fate::EnabledUntrusted : Fate::Superseded;
        if (a.type != Type::CheckConstraint) continue;
        if (a.with_check == true) return Fate::Validated;
        if (!enabled) untrusted_line = later.range.begin.line;
        enabled = true;
      }
    }
    return enabled ? Fate::EnabledUntrusted : Fate::LeftOff;
  }

  static std::string shown(const std::string& constraint) {
    return constraint.empty() ? std::string("ALL") : constraint;
  }
  static std::string describe(const std::vector<std::string>& names) {
    if (names.size() == 1 && names.front() == "ALL") return "every constraint";
    return (names.size() == 1 ? "constraint " : "constraints ") + join(names);
  }
  static std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_nocheck_constraint_rule() {
  return std::make_unique<NocheckConstraintRule>();
}

}  // namespace pf::rules
