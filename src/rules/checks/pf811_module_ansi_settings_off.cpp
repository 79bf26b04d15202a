// PF811 module-ansi-settings-off: docs, rationale and examples in
// rules/PF811-module-ansi-settings-off.yaml.
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

std::string_view module_type(ast::Kind kind) {
  switch (kind) {
    case ast::Kind::CreateView:
      return "view";
    case ast::Kind::CreateFunction:
      return "function";
    case ast::Kind::CreateTrigger:
      return "trigger";
    default:
      return "procedure";
  }
}

// What breaks besides the semantics (SQL Server requires both settings ON for these).
std::string_view consequence(ast::Kind kind) {
  switch (kind) {
    case ast::Kind::CreateView:
      return "the view cannot be indexed";
    case ast::Kind::CreateFunction:
      return "it cannot be used in an indexed view or an indexed computed column";
    default:
      return "its writes to a table with a filtered index, an indexed view or an index on a "
             "computed column fail";
  }
}

class ModuleAnsiSettingsOffRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    // The line of the SET that switched each setting OFF, while it is off. The connection's
    // settings before the script are not known: they count as ON (what SSMS, SSDT and the
    // drivers set), so only what the script itself switches off is flagged.
    std::optional<std::uint32_t> ansi_nulls_off;
    std::optional<std::uint32_t> quoted_identifier_off;
    for (const PlacedStatement& p : statements_in_order(
             script,
             of_kind({ast::Kind::SetOption, ast::Kind::CreateProcedure, ast::Kind::CreateFunction,
                      ast::Kind::CreateTrigger, ast::Kind::CreateView}))) {
      // A module body's SET applies while it runs; one in dynamic SQL ends with its EXEC.
      if (p.module != nullptr) continue;
      if (p.statement->kind == ast::Kind::SetOption && p.dynamic == nullptr) {
        const auto& set = static_cast<const ast::SetOption&>(*p.statement);
        if (set.table || (set.value != "ON" && set.value != "OFF")) continue;
        const std::optional<std::uint32_t> now =
            set.value == "OFF" ? std::optional<std::uint32_t>(set.range.begin.line) : std::nullopt;
        for (const std::string& option : set.options) {
          if (option == "ANSI_NULLS" || option == "ANSI_DEFAULTS") ansi_nulls_off = now;
          if (option == "QUOTED_IDENTIFIER" || option == "ANSI_DEFAULTS") {
            quoted_identifier_off = now;
          }
        }
        continue;
      }
      const auto* module = dynamic_cast<const ast::Module*>(p.statement);
      if (module == nullptr || module->external) continue;
      if (!ansi_nulls_off && !quoted_identifier_off) continue;
      std::string settings;
      if (ansi_nulls_off)
        settings = fmt::format(FMT_STRING("ANSI_NULLS OFF (line {})"), *ansi_nulls_off);
      if (quoted_identifier_off) {
        settings += fmt::format(FMT_STRING("{}QUOTED_IDENTIFIER OFF (line {})"),
                                settings.empty() ? "" : " and ", *quoted_identifier_off);
      }
      std::string effects;
      if (ansi_nulls_off) effects = "`= NULL` and `<> NULL` match nulls inside it";
      if (quoted_identifier_off) {
        effects += std::string(effects.empty() ? "" : ", ") +
                   "text in double quotes is a string, not a name";
      }
      const std::string name = module->name.display();
      ctx.report(module->name.range, name,
                 fmt::format(FMT_STRING("{} {} is created under SET {}: SQL Server keeps the "
                                        "{} with the {} for good, whatever the caller's, so "
                                        "{}, and {}; SET {} ON before creating it"),
                             module_type(module->kind), name, settings,
                             ansi_nulls_off && quoted_identifier_off ? "settings" : "setting",
                             module_type(module->kind), effects, consequence(module->kind),
                             ansi_nulls_off && quoted_identifier_off
                                 ? "ANSI_NULLS ON and SET QUOTED_IDENTIFIER"
                                 : (ansi_nulls_off ? "ANSI_NULLS" : "QUOTED_IDENTIFIER")));
    }
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_module_ansi_settings_off_rule() {
  return std::make_unique<ModuleAnsiSettingsOffRule>();
}

}  // namespace pf::rules
