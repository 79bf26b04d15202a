// PF803 trigger-left-disabled: docs, rationale and examples in
// rules/PF803-trigger-left-disabled.yaml.
#include "rules/rule.h"
#include "rules/script_order.h"

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pf::rules {
namespace {

// One ENABLE or DISABLE TRIGGER, in either form: `DISABLE TRIGGER x ON t` or `ALTER TABLE t
// DISABLE TRIGGER x`.
struct Toggle {
  bool enable = false;
  bool all = false;
  std::vector<std::string> triggers;  // the trigger's own name, without its schema
  std::string scope_key;              // the table's object_key, or `DATABASE` / `ALL SERVER`
  std::string scope_shown;            // as the message shows it
  ast::SourceRange range;
};

std::vector<Toggle> toggles(const ast::Statement& s) {
  std::vector<Toggle> out;
  if (s.kind == ast::Kind::TriggerToggle) {
    const auto& t = static_cast<const ast::TriggerToggle&>(s);
    Toggle toggle{t.enable, t.all, {}, {}, t.scope, t.range};
    for (const ast::ObjectName& name : t.triggers) toggle.triggers.emplace_back(name.object());
    const bool server_level = t.scope == "DATABASE" || t.scope == "ALL SERVER";
    toggle.scope_key =
        server_level ? t.scope : model::object_key(ast::ObjectName::from_text(t.scope));
    out.push_back(std::move(toggle));
  } else if (s.kind == ast::Kind::AlterTable) {
    const auto& alter = static_cast<const ast::AlterTable&>(s);
    for (const ast::AlterTableAction& a : alter.actions) {
      if (a.type != ast::AlterTableAction::Type::EnableTrigger &&
          a.type != ast::AlterTableAction::Type::DisableTrigger) {
        continue;
      }
      out.push_back(Toggle{a.type == ast::AlterTableAction::Type::EnableTrigger, a.all, a.names,
                           model::object_key(alter.name), alter.name.display(), a.range});
    }
  }
  return out;
}

// A DROP TRIGGER of `trigger` (its own name): once dropped it is not left disabled.
bool drops(const ast::Statement& s, const std::string& trigger) {
  if (s.kind != ast::Kind::Drop) return false;
  const auto& drop = static_cast<const ast::Drop&>(s);
  if (drop.object_type != "TRIGGER") return false;
  for (const ast::DropTarget& target : drop.targets) {
    if (same_name(target.name.object(), trigger)) return true;
  }
  return false;
}

class TriggerLeftDisabledRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    const std::vector<PlacedStatement> all = statements_in_order(
        script, of_kind({ast::Kind::TriggerToggle, ast::Kind::AlterTable, ast::Kind::Drop}));
    for (std::size_t i = 0; i < all.size(); ++i) {
      for (const Toggle& disable : toggles(*all[i].statement)) {
        if (disable.enable) continue;
        // Empty: ALL.
        const std::vector<std::string> triggers =
            disable.all ? std::vector<std::string>{std::string()} : disable.triggers;
        std::vector<std::string> left;
        for (const std::string& trigger : triggers) {
          if (!enabled_later(all, i, disable.scope_key, trigger)) {
            left.push_back(trigger.empty() ? std::string("ALL") : trigger);
          }
        }
        if (left.empty()) continue;
        std::string names;
        for (const std::string& n : left) names += (names.empty() ? "" : ", ") + n;
        const std::string what = disable.all ? "every trigger on " + disable.scope_shown
                                             : (left.size() == 1 ? "trigger " : "triggers ") +
                                                   names + " on " + disable.scope_shown;
        report_in(ctx, all[i].module, disable.range,
                  left.size() == 1 && !disable.all ? names : disable.scope_shown,
                  fmt::format(FMT_STRING("DISABLE TRIGGER switches off {}, and the script never "
                                         "enables it again: whatever the trigger does (audit, "
                                         "history, derived data, checks) stops for every write "
                                         "from now on; end the script with ENABLE TRIGGER {} ON "
                                         "{}"),
                              what, disable.all ? std::string("ALL") : names, disable.scope_shown));
      }
    }
  }

 private:
  // Whether a statement after `at`, in the same body or at deployment level and whatever IF it
  // is under, enables `trigger` (empty: ALL) on the scope again, or drops it, before another
  // DISABLE of it takes over the question.
  static bool enabled_later(const std::vector<PlacedStatement>& all, std::size_t at,
                            const std::string& scope, const std::string& trigger) {
    for (std::size_t j = at + 1; j < all.size(); ++j) {
      if (all[j].module != all[at].module) continue;
      if (!trigger.empty() && drops(*all[j].statement, trigger)) return true;
      for (const Toggle& t : toggles(*all[j].statement)) {
        if (t.scope_key != scope) continue;
        // Enabling names does not cover ALL: the script does not say which triggers exist.
        if (!(trigger.empty() ? t.all : covers(t.all, t.triggers, trigger))) continue;
        return true;  // enabled, or disabled again: that later DISABLE is judged on its own
      }
    }
    return false;
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_trigger_left_disabled_rule() {
  return std::make_unique<TriggerLeftDisabledRule>();
}

}  // namespace pf::rules
