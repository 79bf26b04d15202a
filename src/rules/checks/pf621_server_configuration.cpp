// PF621 server-configuration: docs, rationale and examples in
// rules/PF621-server-configuration.yaml.
#include "rules/rule.h"
#include "rules/security.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

// sp_configure with a value changes an option; without one it only shows them. xp_cmdshell is
// PF311's.
bool changes_configuration(const ast::Execute& exec) {
  if (!calls_procedure(exec, "sp_configure")) return false;
  const ast::ExecuteArgument* option = argument(exec, 0, "@configname");
  if (argument(exec, 1, "@configvalue") == nullptr) return false;
  // 'show advanced options' only lets sp_configure show and set the other options.
  return option == nullptr || !option->string_value ||
         (!same_name(*option->string_value, "xp_cmdshell") &&
          !same_name(*option->string_value, "show advanced options"));
}

class ServerConfigurationRule final : public Rule {
 public:
  void on(const ast::Execute& s, RuleContext& ctx) const override {
    if (!changes_configuration(s) || turns_off_clr_strict_security(s)) return;
    const ast::ExecuteArgument* option = argument(s, 0, "@configname");
    const std::string name = option != nullptr && option->string_value ? *option->string_value
                             : option != nullptr                       ? option->text
                                                                       : std::string();
    ctx.report(s.range, name,
               fmt::format(FMT_STRING("sp_configure '{}' changes a setting of the whole server, "
                                      "for every database on it"),
                           name));
  }

  // RECONFIGURE applies every pending sp_configure change, made by anyone. After this script's
  // own sp_configure it adds nothing to that finding; without one it applies changes nobody
  // reviewed here.
  void on(const ast::Reconfigure& s, RuleContext& ctx) const override {
    const ast::Script* script = ctx.model().scripts()[ctx.script_index()].script;
    bool configures = false;
    if (script != nullptr) {
      ast::walk(*script, [&](const ast::Statement& statement) {
        if (statement.kind == ast::Kind::Execute &&
            calls_procedure(static_cast<const ast::Execute&>(statement), "sp_configure")) {
          configures = true;
        }
      });
    }
    if (configures) return;
    ctx.report(s.range, "",
               s.with_override
                   ? "RECONFIGURE WITH OVERRIDE applies every pending server configuration "
                     "change, out-of-range values included, made by anyone since the last one"
                   : "RECONFIGURE applies every pending server configuration change, made by "
                     "anyone since the last one");
  }

  // ALTER SERVER CONFIGURATION (process affinity, failover cluster, buffer pool extension, ...),
  // and the other server-scoped objects under the same verb (ALTER SERVER AUDIT [SPECIFICATION]),
  // named as written.
  void on(const ast::OtherStatement& s, RuleContext& ctx) const override {
    if (s.verb != "ALTER SERVER") return;
    const std::string object = s.words.empty() ? std::string() : s.words.front();
    if (object.empty() || object == "CONFIGURATION") {
      ctx.report(s.range, "", "ALTER SERVER CONFIGURATION changes the whole server");
      return;
    }
    const bool specification =
        object == "AUDIT" && s.words.size() > 1 && s.words[1] == "SPECIFICATION";
    ctx.report(s.range, "",
               fmt::format(FMT_STRING("ALTER SERVER {}{} changes a server-level object that every "
                                      "database on the instance shares"),
                           object, specification ? " SPECIFICATION" : ""));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_server_configuration_rule() {
  return std::make_unique<ServerConfigurationRule>();
}

}  // namespace pf::rules
