// PF319 password-literal: docs, rationale and examples in rules/PF319-password-literal.yaml.
// No message names the literal's text: reports mask it (ast::Script::secrets), and a message
// must not undo that.
#include "rules/rule.h"
#include "source/source.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

// A secret written as `'$(Name)'` comes from outside the script: sqlcmd puts the value in.
struct VariableSource {
  bool variable = false;                       // the literal holds a `$(Name)`
  const ast::SqlcmdCommand* setvar = nullptr;  // this script's `:setvar Name value` before it
};

VariableSource variable_source(const ast::SourceRange& range, const RuleContext& ctx) {
  VariableSource out;
  const ast::Script* script = ctx.model().scripts()[ctx.script_index()].script;
  if (script == nullptr) return out;
  for (const ast::SqlcmdVariableUse& use : script->sqlcmd_variables) {
    if (use.range.begin < range.begin || range.end < use.range.end) continue;
    out.variable = true;
    // ... unless the script itself gives the variable a value: then the secret is in the script.
    for (const ast::SqlcmdCommand& c : script->sqlcmd_commands) {
      if (c.type == ast::SqlcmdCommand::Type::SetVar && c.range.begin < range.begin &&
          source::equal_ignoring_case(c.argument, use.name)) {
        out.setvar = c.value && !c.value->empty() ? &c : nullptr;
      }
    }
    if (out.setvar != nullptr) return out;
  }
  return out;
}

std::string what_is_written(const ast::SecretLiteral& secret) {
  if (secret.hashed) return "a password hash";
  if (secret.option == "SECRET") return "a credential's secret";
  if (secret.option == "OLD_PASSWORD") return "the old password";
  return "a password";
}

void report(const ast::SourceRange& range, std::string_view statement, std::string_view written,
            bool hashed, const std::string& object, RuleContext& ctx) {
  const VariableSource from = variable_source(range, ctx);
  if (from.variable && from.setvar == nullptr) return;
  const std::string where =
      from.setvar == nullptr
          ? std::string(" as a literal")
          : fmt::format(FMT_STRING(" through sqlcmd variable {}, which the script's own :setvar "
                                   "at line {} gives a literal value"),
                        from.setvar->argument, from.setvar->range.begin.line);
  ctx.report(
      range, object,
      fmt::format(FMT_STRING("{} writes {}{}: anyone who can read the script, its history "
                             "in version control or the deployment log has it{}"),
                  statement, written, where,
                  hashed ? ", and can create the same login elsewhere or crack it offline" : ""));
}

void report_all(const ast::RareList<ast::SecretLiteral>& secrets, std::string_view statement,
                const std::string& object, RuleContext& ctx) {
  for (const ast::SecretLiteral& secret : secrets) {
    report(secret.range, statement, what_is_written(secret), secret.hashed, object, ctx);
  }
}

// `CREATE MASTER KEY`, `OPEN SYMMETRIC KEY`, `CREATE APPLICATION ROLE`, `ALTER SERVICE MASTER
// KEY`: the verb is two words, and the object type may go on for one or two more.
std::string statement_words(const ast::OtherStatement& s) {
  const std::string_view second = std::string_view(s.verb).substr(s.verb.find(' ') + 1);
  std::string out = s.verb;
  if (second != "MASTER" && second != "SYMMETRIC" && second != "ASYMMETRIC" &&
      second != "APPLICATION" && second != "SERVICE") {
    return out;
  }
  for (std::size_t i = 0; i < s.words.size() && i < 2; ++i) {
    if (s.words[i] != "MASTER" && s.words[i] != "KEY" && s.words[i] != "ROLE") break;
    out += " " + s.words[i];
  }
  return out;
}

class PasswordLiteralRule final : public Rule {
 public:
  void on(const ast::CreatePrincipal& s, RuleContext& ctx) const override {
    report_all(s.secrets, "CREATE " + s.principal_type, s.name, ctx);
  }
  void on(const ast::AlterPrincipal& s, RuleContext& ctx) const override {
    report_all(s.secrets, "ALTER " + s.principal_type, s.name, ctx);
  }
  void on(const ast::OtherStatement& s, RuleContext& ctx) const override {
    report_all(s.secrets, statement_words(s), s.name, ctx);
  }
  // CREATE / ALTER DATABASE SCOPED CREDENTIAL read as a database named SCOPED.
  void on(const ast::CreateDatabase& s, RuleContext& ctx) const override {
    report_all(
        s.secrets,
        same_name(s.name, "SCOPED") ? "CREATE DATABASE SCOPED CREDENTIAL" : "CREATE DATABASE", "",
        ctx);
  }
  void on(const ast::AlterDatabase& s, RuleContext& ctx) const override {
    report_all(s.secrets,
               same_name(s.name, "SCOPED") ? "ALTER DATABASE SCOPED CREDENTIAL" : "ALTER DATABASE",
               "", ctx);
  }
  void on(const ast::Execute& s, RuleContext& ctx) const override {
    for (const ast::ExecuteArgument* a : ast::secret_arguments(s)) {
      // NULL is no password (sp_addlinkedsrvlogin @rmtpassword = NULL); a variable comes from
      // elsewhere.
      if (!a->is_literal || source::equal_ignoring_case(a->text, "NULL")) continue;
      report(a->value_range, s.procedure->object(), "a password", false, "", ctx);
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_password_literal_rule() {
  return std::make_unique<PasswordLiteralRule>();
}

}  // namespace pf::rules
