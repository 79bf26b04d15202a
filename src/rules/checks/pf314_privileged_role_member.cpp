// PF314 privileged-role-member: docs, rationale and examples in
// rules/PF314-privileged-role-member.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class PrivilegedRoleMemberRule final : public Rule {
 public:
  void on(const ast::AlterRole& statement, RuleContext& ctx) const override {
    if (!statement.added_member || !is_privileged(statement.role)) return;
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
    if (role == nullptr || !role->string_value || !is_privileged(*role->string_value)) return;
    report(statement, *role->string_value,
           member != nullptr && member->string_value ? *member->string_value
           : member                                  ? member->text
                                                     : "",
           ctx);
  }

 private:
  static bool is_privileged(std::string_view role) {
    return same_name(role, "sysadmin") || same_name(role, "db_owner");
  }
  static void report(const ast::Statement& statement, const std::string& role,
                     const std::string& member, RuleContext& ctx) {
    ctx.report(statement.range, member,
               fmt::format(FMT_STRING("adding {} to {} hands out full control"),
                           member.empty() ? std::string("a member") : member, role));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_privileged_role_member_rule() {
  return std::make_unique<PrivilegedRoleMemberRule>();
}

}  // namespace pf::rules
