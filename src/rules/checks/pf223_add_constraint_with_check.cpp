// PF223 add-constraint-with-check: docs, rationale and examples in
// rules/PF223-add-constraint-with-check.yaml.
#include "rules/locking.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

class AddConstraintWithCheckRule final : public Rule {
 public:
  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    using Type = ast::AlterTableAction::Type;
    for (const ast::AlterTableAction& action : statement.actions) {
      // WITH CHECK is the default for ADD; re-enabling with CHECK CONSTRAINT validates only when
      // WITH CHECK is written.
      if (action.with_check == false) continue;
      if (action.type == Type::CheckConstraint) {
        if (action.with_check != true || !existed_before(ctx, statement.name, statement)) {
          continue;
        }
        const std::string names = action.all ? std::string("ALL") : join(action);
        ctx.report(action.range, statement.name.display(),
                   fmt::format(FMT_STRING("WITH CHECK CHECK CONSTRAINT {} reads every row of {} "
                                          "to validate it, holding a lock that makes queries on "
                                          "the table wait{}; validate in a quiet window, or "
                                          "accept it for a small table"),
                               names, statement.name.display(),
                               ctx.origin_note(statement.name, statement)));
        continue;
      }
      if (action.type != Type::AddConstraint || !action.constraint) continue;
      const ast::TableConstraint& c = *action.constraint;
      if (c.kind != ast::ConstraintKind::ForeignKey && c.kind != ast::ConstraintKind::Check) {
        continue;
      }
      if (!existed_before(ctx, statement.name, statement)) return;
      const std::string object = statement.name.display() + (c.name ? "." + *c.name : "");
      ctx.report(
          c.range, object,
          fmt::format(FMT_STRING("adding {} constraint {} checks every existing row of {} "
                                 "while holding a schema-modification lock: every query "
                                 "on the table waits until the scan ends{}; add it WITH "
                                 "NOCHECK and validate it in a quiet window, or accept "
                                 "the wait for a small table"),
                      c.kind == ast::ConstraintKind::ForeignKey ? "FOREIGN KEY" : "CHECK", object,
                      statement.name.display(), ctx.origin_note(statement.name, statement)));
    }
  }

 private:
  static std::string join(const ast::AlterTableAction& action) {
    std::string out;
    for (const std::string& name : action.names) out += (out.empty() ? "" : ", ") + name;
    return out;
  }
};

}  // namespace

std::unique_ptr<const Rule> make_add_constraint_with_check_rule() {
  return std::make_unique<AddConstraintWithCheckRule>();
}

}  // namespace pf::rules
