// PF322 high-privilege-grant: docs, rationale and examples in
// rules/PF322-high-privilege-grant.yaml. Role membership is PF314's (privileged-role-member).
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

// What the permission lets its grantee do, for the message; empty when it is not one of them.
std::string_view reach_of(std::string_view permission) {
  const auto starts = [&](std::string_view prefix) {
    return permission.substr(0, prefix.size()) == prefix;
  };
  if (permission == "CONTROL SERVER") return "do everything a sysadmin can";
  if (permission == "CONTROL") return "do everything on the securable, grant it to others included";
  if (starts("IMPERSONATE")) return "act as another principal, with all of its permissions";
  if (permission == "TAKE OWNERSHIP") return "become the owner, and so control it";
  if (permission == "ALTER ANY LOGIN" || permission == "ALTER ANY USER" ||
      permission == "ALTER ANY ROLE" || permission == "ALTER ANY SERVER ROLE" ||
      permission == "ALTER ANY APPLICATION ROLE") {
    return "create and change principals, their passwords and role membership included";
  }
  if (permission == "ALTER ANY SCHEMA") return "change any schema and what it owns";
  if (permission == "ALTER ANY DATABASE") return "change or drop any database on the server";
  if (permission == "ALTER ANY CREDENTIAL") return "change the secrets other logins use";
  if (permission == "UNSAFE ASSEMBLY" || permission == "EXTERNAL ACCESS ASSEMBLY") {
    return "create CLR assemblies that reach outside the database as the service account";
  }
  if (permission == "AUTHENTICATE SERVER" || permission == "AUTHENTICATE") {
    return "vouch for identities across databases and servers";
  }
  return {};
}

class HighPrivilegeGrantRule final : public Rule {
 public:
  // One finding per GRANT: the first permission of the list that reaches far, else WITH GRANT
  // OPTION. DENY and REVOKE take permissions away.
  void on(const ast::Permission& s, RuleContext& ctx) const override {
    if (s.action != ast::Permission::Action::Grant) return;
    const std::string to = s.principals.empty() ? std::string() : s.principals.front();
    const std::string_view option =
        s.with_grant_option ? ", WITH GRANT OPTION: and to hand that on to others" : "";
    for (std::size_t i = 0; i < s.permissions.size(); ++i) {
      const std::string_view reach = reach_of(s.permissions[i]);
      if (reach.empty()) continue;
      ctx.report(i < s.permission_ranges.size() ? s.permission_ranges[i] : s.range, to,
                 fmt::format(FMT_STRING("GRANT {} lets {} {}{}"), s.permissions[i],
                             to.empty() ? std::string("the grantee") : to, reach, option));
      return;
    }
    if (!s.with_grant_option) return;
    ctx.report(s.grant_option_range == ast::SourceRange{} ? s.range : s.grant_option_range, to,
               fmt::format(FMT_STRING("WITH GRANT OPTION lets {} grant the permission to anyone "
                                      "else, outside any review of this script"),
                           to.empty() ? std::string("the grantee") : to));
  }

  // The built-in sa login: a known name with sysadmin rights, the first target of password
  // guessing. Renaming or disabling it is hardening; enabling it or setting its password is not.
  void on(const ast::AlterPrincipal& s, RuleContext& ctx) const override {
    if (s.principal_type != "LOGIN" || !same_name(s.name, "sa")) return;
    bool password = false;
    for (const ast::SecretLiteral& secret : s.secrets) password |= secret.option == "PASSWORD";
    if (!s.enable && !password) return;
    ctx.report(s.name_range == ast::SourceRange{} ? s.range : s.name_range, s.name,
               s.enable ? "ALTER LOGIN sa ENABLE turns on the built-in sysadmin login that every "
                          "password-guessing attack tries first"
                        : "ALTER LOGIN sa WITH PASSWORD sets a password on the built-in sysadmin "
                          "login, the first one every password-guessing attack tries");
  }
};

}  // namespace

std::unique_ptr<const Rule> make_high_privilege_grant_rule() {
  return std::make_unique<HighPrivilegeGrantRule>();
}

}  // namespace pf::rules
