// PF802 constraint-not-trusted: docs, rationale and examples in
// rules/PF802-constraint-not-trusted.yaml.
#include "rules/locking.h"
#include "rules/rule.h"
#include "rules/script_order.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

namespace pf::rules {
namespace {

using Type = ast::AlterTableAction::Type;

class ConstraintNotTrustedRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    const std::vector<PlacedStatement> all =
        statements_in_order(script, of_kind({ast::Kind::AlterTable}));
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].statement->kind != ast::Kind::AlterTable) continue;
      const auto& alter = static_cast<const ast::AlterTable&>(*all[i].statement);
      for (const ast::AlterTableAction& action : alter.actions) {
        const bool added_unchecked = action.type == Type::AddConstraint &&
                                     action.with_check == false && action.constraint &&
                                     (action.constraint->kind == ast::ConstraintKind::ForeignKey ||
                                      action.constraint->kind == ast::ConstraintKind::Check);
        const bool enabled_unchecked =
            action.type == Type::CheckConstraint && action.with_check != true;
        if (!added_unchecked && !enabled_unchecked) continue;
        // A table the deployment created holds only the deployment's rows: nothing from before
        // escapes the check.
        ctx.set_module(all[i].module);
        const bool old_rows = existed_before(ctx, alter.name, alter);
        ctx.set_module(nullptr);
        if (!old_rows) continue;
        if (added_unchecked) {
          added(all, i, alter, action, ctx);
        } else {
          enabled(all, i, alter, action, ctx);
        }
      }
    }
  }

 private:
  static void added(const std::vector<PlacedStatement>& all, std::size_t at,
                    const ast::AlterTable& alter, const ast::AlterTableAction& action,
                    RuleContext& ctx) {
    const ast::TableConstraint& c = *action.constraint;
    if (validated_later(all, at, alter, c.name.value_or(std::string()))) return;
    const std::string table = alter.name.display();
    const std::string name = c.name.value_or("(unnamed)");
    report_in(ctx, all[at].module, c.range, table + (c.name ? "." + *c.name : ""),
              fmt::format(FMT_STRING("{} constraint {} is added WITH NOCHECK: the rows already in "
                                     "{} are not checked, and SQL Server marks it not trusted, so "
                                     "the optimizer cannot rely on it, until ALTER TABLE {} WITH "
                                     "CHECK CHECK CONSTRAINT {} validates them; that is the way "
                                     "to add it to a large table without a long lock (PF223), so "
                                     "plan the validation for a quiet window"),
                          c.kind == ast::ConstraintKind::ForeignKey ? "FOREIGN KEY" : "CHECK", name,
                          table, table, c.name ? *c.name : std::string("<name>")));
  }

  static void enabled(const std::vector<PlacedStatement>& all, std::size_t at,
                      const ast::AlterTable& alter, const ast::AlterTableAction& action,
                      RuleContext& ctx) {
    // Empty: ALL.
    const std::vector<std::string> constraints =
        action.all ? std::vector<std::string>{std::string()} : action.names;
    std::vector<std::string> untrusted;
    for (const std::string& constraint : constraints) {
      // Scripted by SSMS and SSDT after every ADD CONSTRAINT: enabling a constraint the script
      // has just added (checked, or flagged above) changes nothing.
      if (!constraint.empty() && added_earlier(all, at, alter, constraint)) continue;
      if (validated_later(all, at, alter, constraint)) continue;
      untrusted.push_back(constraint.empty() ? std::string("ALL") : constraint);
    }
    if (untrusted.empty()) return;
    std::string names;
    for (const std::string& n : untrusted) names += (names.empty() ? "" : ", ") + n;
    const std::string table = alter.name.display();
    const std::string what = action.all ? "every constraint of " + table
                                        : (untrusted.size() == 1 ? "constraint " : "constraints ") +
                                              names + " of " + table;
    report_in(ctx, all[at].module, action.range,
              table + (untrusted.size() == 1 && !action.all ? "." + untrusted.front() : ""),
              fmt::format(FMT_STRING("{}CHECK CONSTRAINT enables {} without validating the rows "
                                     "written while it was off: any that break it stay, and SQL "
                                     "Server keeps it not trusted, so the optimizer cannot rely "
                                     "on it; write ALTER TABLE {} WITH CHECK CHECK CONSTRAINT {} "
                                     "(it reads every row: in a quiet window for a large table)"),
                          action.with_check == false ? "WITH NOCHECK " : "", what, table, names));
  }

  // A later WITH CHECK CHECK CONSTRAINT of `constraint` (empty: ALL, or an unnamed constraint,
  // which only ALL can name) on the same table, in the same body or at deployment level.
  static bool validated_later(const std::vector<PlacedStatement>& all, std::size_t at,
                              const ast::AlterTable& alter, const std::string& constraint) {
    const std::string table = model::object_key(alter.name);
    for (std::size_t j = at + 1; j < all.size(); ++j) {
      if (all[j].module != all[at].module || all[j].statement->kind != ast::Kind::AlterTable) {
        continue;
      }
      const auto& later = static_cast<const ast::AlterTable&>(*all[j].statement);
      if (model::object_key(later.name) != table) continue;
      for (const ast::AlterTableAction& a : later.actions) {
        if (a.type != Type::CheckConstraint || a.with_check != true) continue;
        if (constraint.empty() ? a.all : covers(a.all, a.names, constraint)) return true;
      }
    }
    return false;
  }

  static bool added_earlier(const std::vector<PlacedStatement>& all, std::size_t at,
                            const ast::AlterTable& alter, const std::string& constraint) {
    const std::string table = model::object_key(alter.name);
    for (std::size_t j = 0; j < at; ++j) {
      if (all[j].module != all[at].module || all[j].statement->kind != ast::Kind::AlterTable) {
        continue;
      }
      const auto& earlier = static_cast<const ast::AlterTable&>(*all[j].statement);
      if (model::object_key(earlier.name) != table) continue;
      for (const ast::AlterTableAction& a : earlier.actions) {
        if (a.type == Type::AddConstraint && a.constraint && a.constraint->name &&
            same_name(*a.constraint->name, constraint)) {
          return true;
        }
      }
    }
    return false;
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_constraint_not_trusted_rule() {
  return std::make_unique<ConstraintNotTrustedRule>();
}

}  // namespace pf::rules
