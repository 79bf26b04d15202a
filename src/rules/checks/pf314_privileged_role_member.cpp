// PF314 privileged-role-member: docs, rationale and examples in
// rules/PF314-privileged-role-member.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

class PrivilegedRoleMemberRule final : public Rule {
 public:
  void on(const ast::AlterRole& statement, RuleContext& ctx) const override {
    if (!statement.added_member || power_of(statement.role).empty()) return;
    report(statement, statement.role, *statement.added_member, ctx);
  }

  void on(const ast::Execute& statement, RuleContext& ctx) const override {
    // sp_addrolemember @rolename, @membername; sp_addsrvrolemember @loginame, @rolename.
    const ast::ExecuteArgument* role = nullptr;
    const ast::ExecuteArgument* member = nullptr;
    if (calls_procedure(statement, "sp_addrolemember")) {
      role = argument(statement, 0, "@rolename");
      member = argument(statement, 1, "@membername");
    } else if (calls_procedure(statement, "sp_addsrvrolemember")) {
      member = argument(statement, 0, "@loginame");
      role = argument(statement, 1, "@rolename");
    }
    if (role == nullptr || !role->string_value || power_of(*role->string_value).empty()) return;
    report(statement, *role->string_value,
           member != nullptr && member->string_value ? *member->string_value
           : member                                  ? member->text
                                                     : "",
           ctx);
  }

 private:
  // What a member of the fixed role can do; empty for a role that is not one of these. The
  // administration roles below sysadmin and db_owner reach them in a step or two (securityadmin
  // grants itself anything, db_securityadmin adds members to any role but db_owner).
  static std::string_view power_of(std::string_view role) {
    if (same_name(role, "sysadmin") || same_name(role, "db_owner")) return "full control";
    if (same_name(role, "securityadmin")) {
      return "control of logins and server permissions, sysadmin's in effect";
    }
    if (same_name(role, "serveradmin")) {
      return "control of server-wide configuration, shutting the server down included";
    }
    if (same_name(role, "db_securityadmin")) {
      return "control of the database's roles and permissions, close to db_owner's";
    }
    if (same_name(role, "db_accessadmin")) {
      return "control of which logins can enter the database";
    }
    if (same_name(role, "db_ddladmin")) {
      return "the right to create, alter and drop any object in the database";
    }
    return {};
  }
  static void report(const ast::Statement& statement, const std::string& role,
                     const std::string& member, RuleContext& ctx) {
    ctx.report(
        statement.range, member,
        fmt::format(FMT_STRING("adding {} to {} hands out {}"),
                    member.empty() ? std::string("a member") : member, role, power_of(role)));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_privileged_role_member_rule() {
  return std::make_unique<PrivilegedRoleMemberRule>();
}

}  // namespace pf::rules
