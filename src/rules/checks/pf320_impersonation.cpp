// PF320 impersonation: docs, rationale and examples in rules/PF320-impersonation.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

class ImpersonationRule final : public Rule {
 public:
  // The statement, not a module's `WITH EXECUTE AS OWNER` clause (that is no ExecuteAs node), and
  // not EXECUTE AS CALLER, which returns to the caller's own identity.
  void on(const ast::ExecuteAs& s, RuleContext& ctx) const override {
    if (s.principal_type != "LOGIN" && s.principal_type != "USER") return;
    const bool login = s.principal_type == "LOGIN";
    ctx.report(s.principal_range == ast::SourceRange{} ? s.range : s.principal_range, s.principal,
               fmt::format(FMT_STRING("EXECUTE AS {} = '{}' runs what follows with {}'s "
                                      "permissions{}, until REVERT: what the script may do is no "
                                      "longer what the account that runs it may do"),
                           s.principal_type, s.principal, s.principal,
                           login ? " on the whole server" : " in the database"));
  }

  // EXEC (...) AS LOGIN = '...' / AS USER = '...': the same switch, for one string of SQL.
  void on(const ast::Execute& s, RuleContext& ctx) const override {
    if (!s.as_principal) return;
    ctx.report(s.range, *s.as_principal,
               fmt::format(FMT_STRING("EXEC (...) AS '{}' runs its SQL text with {}'s permissions, "
                                      "not those of the account that runs the script"),
                           *s.as_principal, *s.as_principal));
  }

  // SETUSER 'user': the deprecated form, for a sysadmin or db_owner; SETUSER alone reverts it.
  void on(const ast::OtherStatement& s, RuleContext& ctx) const override {
    if (s.verb != "SETUSER" || s.name.empty()) return;
    // The user as written: a string's value quoted again, a variable as it is.
    const std::string written = s.name[0] == '@' ? s.name : "'" + s.name + "'";
    ctx.report(s.range, s.name,
               fmt::format(FMT_STRING("SETUSER {} runs what follows as database user {}, until "
                                      "SETUSER alone: the deprecated form of EXECUTE AS USER"),
                           written, s.name));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_impersonation_rule() {
  return std::make_unique<ImpersonationRule>();
}

}  // namespace pf::rules
