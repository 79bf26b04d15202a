#include "policy/policy.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace pf::policy {
namespace {

constexpr std::string_view kUnsuppressible = "PF002";

using source::equal_ignoring_case;

// The setting of `settings` that names `rule` by id or name, else by its category.
const RuleSetting* find_setting(const std::vector<RuleSetting>& settings,
                                const rules::CatalogueEntry& rule, bool by_category) {
  for (const RuleSetting& s : settings) {
    const bool hit = by_category ? s.key == rule.category : rules::find_entry(s.key) == &rule;
    if (hit) return &s;
  }
  return nullptr;
}

// A setting that would lower a rule whose catalogue level is `fail`, written as a category or a
// rule name rather than the rule's id.
bool lowers_fail_rule(const rules::CatalogueEntry& rule, const RuleSetting& setting) {
  return rule.level == rules::Level::Fail && setting.level < rules::Level::Fail &&
         !equal_ignoring_case(setting.key, rule.id);
}

InlinePolicy apply(InlinePolicy base, const InlineSettings& settings) {
  if (settings.enabled) base.enabled = *settings.enabled;
  if (settings.allow) base.allow = *settings.allow;
  if (settings.require_reason) base.require_reason = *settings.require_reason;
  return base;
}

std::string levels_list(const std::vector<rules::Level>& levels) {
  std::string out;
  for (rules::Level l : levels)
    out += (out.empty() ? "" : ", ") + std::string(rules::level_name(l));
  return "[" + out + "]";
}

std::string_view scope_name(ast::SuppressionDirective::Scope scope) {
  switch (scope) {
    case ast::SuppressionDirective::Scope::NextStatement:
      return "next-statement";
    case ast::SuppressionDirective::Scope::File:
      return "file";
    case ast::SuppressionDirective::Scope::Unknown:
      break;
  }
  return "unknown";
}

// Why a directive cannot apply at all, before looking at any finding; empty when it may.
std::string rejection(const ast::SuppressionDirective& d, const InlinePolicy& policy) {
  if (d.scope == ast::SuppressionDirective::Scope::Unknown) {
    return fmt::format(FMT_STRING("'{}' is not a directive (PF002)"), d.keyword);
  }
  if (d.rules.empty()) return "it names no rule (PF002)";
  if (const std::optional<std::string> prose = rules::unmarked_suppression_reason(d)) {
    return fmt::format(FMT_STRING("'{}' is not a rule; did you forget ' -- ' before the reason? "
                                  "(PF002)"),
                       *prose);
  }
  for (const std::string& r : d.rules) {
    const rules::CatalogueEntry* entry = rules::find_entry(r);
    if (entry == nullptr) {
      return fmt::format(FMT_STRING("'{}' is not a rule{} (PF002)"), r,
                         rules::nearest_reference(r, false));
    }
    if (entry->id == kUnsuppressible) return "PF002 cannot be suppressed (PF002)";
    // A script that could hide what it runs must not also be able to vouch for it.
    if (entry->could_not_check) {
      return fmt::format(FMT_STRING("{} means Preflight could not check what runs: only a waiver "
                                    "in the policy (with approver and expiry) can accept it"),
                         entry->id);
    }
  }
  if (!policy.enabled) return "inline suppressions are off in this policy";
  if (policy.require_reason && d.reason.empty()) {
    return "no reason given, and the policy requires one (write `-- reason` after the rules)";
  }
  return {};
}

// The first statement, at any depth, that begins after `after`: walk() visits parents before
// children in source order, so the first one found begins earliest.
std::optional<source::SourceRange> next_statement(const ast::Script& script,
                                                  source::SourcePosition after) {
  std::optional<source::SourceRange> found;
  ast::walk(script, [&](const ast::Statement& s) {
    if (!found && !(s.range.begin < after)) found = s.range;
  });
  return found;
}

bool names(const ast::SuppressionDirective& d, const rules::CatalogueEntry& rule) {
  return std::any_of(d.rules.begin(), d.rules.end(),
                     [&](const std::string& r) { return rules::find_entry(r) == &rule; });
}

std::string rules_text(const std::vector<std::string>& refs) {
  std::string out;
  for (const std::string& r : refs) out += (out.empty() ? "" : ", ") + r;
  return out;
}

}  // namespace

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass:
      return "pass";
    case Verdict::ManualReview:
      return "manual-review";
    case Verdict::Fail:
      return "fail";
  }
  return "fail";
}

std::string_view status_name(SuppressionStatus status) {
  switch (status) {
    case SuppressionStatus::Applied:
      return "applied";
    case SuppressionStatus::Unused:
      return "unused";
    case SuppressionStatus::Rejected:
      return "rejected";
  }
  return "rejected";
}

std::string_view status_name(WaiverStatus status) {
  switch (status) {
    case WaiverStatus::Applied:
      return "applied";
    case WaiverStatus::Expired:
      return "expired";
    case WaiverStatus::Unused:
      return "unused";
  }
  return "unused";
}

bool InlinePolicy::allows(rules::Level level) const {
  return enabled && std::find(allow.begin(), allow.end(), level) != allow.end();
}

const RuleLevel& Policy::level_of(const rules::CatalogueEntry& rule) const {
  // `levels` is in catalogue order, so the entry's index finds its level without a search.
  const auto index = static_cast<std::size_t>(&rule - rules::catalogue().data);
  if (index < levels.size() && levels[index].rule == &rule) return levels[index];
  for (const RuleLevel& l : levels) {
    if (l.rule == &rule) return l;
  }
  // Every catalogue entry has a level (resolve and default_policy build one per entry).
  return levels.front();
}

Policy default_policy() {
  Policy policy;
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    policy.levels.push_back(RuleLevel{&e, e.level, "default"});
  }
  return policy;
}

source::Expected<Policy> resolve(const Config& config, std::string_view environment,
                                 EnvironmentSource source) {
  const Environment* env = nullptr;
  std::optional<std::string> undefined_note;
  if (!environment.empty()) {
    for (const Environment& e : config.environments) {
      if (e.name == environment) env = &e;
    }
    if (env == nullptr && source == EnvironmentSource::FromDeployment) {
      undefined_note =
          config.path.empty()
              ? fmt::format(FMT_STRING("the deployment's environment '{}': no policy file was "
                                       "found or given, so the built-in defaults apply"),
                            environment)
              : fmt::format(FMT_STRING("the deployment's environment '{}' is not defined in {}: "
                                       "its top-level policy applies"),
                            environment, config.path);
      environment = {};
    } else if (env == nullptr) {
      std::string known;
      for (const Environment& e : config.environments)
        known += (known.empty() ? "" : ", ") + e.name;
      const std::string source =
          config.path.empty()
              ? std::string("no configuration file was found or given")
              : config.path + (known.empty() ? " defines none" : " defines: " + known);
      return source::Error{
          fmt::format(FMT_STRING("unknown environment '{}' ({})"), environment, source), {}};
    }
  }
  Policy policy;
  policy.config_path = config.path;
  policy.environment = std::string(environment);
  policy.waivers = config.waivers;
  policy.files = config.files;
  policy.case_sensitive_names = config.case_sensitive_names;
  policy.edition = config.edition;
  policy.large_tables = config.large_tables;
  policy.inline_suppressions = apply(InlinePolicy{}, config.inline_suppressions);
  if (env != nullptr) {
    policy.inline_suppressions = apply(policy.inline_suppressions, env->inline_suppressions);
  }
  const std::string env_prefix = env ? "environments." + env->name + ".rules." : std::string();
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    // Most specific first: the environment's entries win for every rule they mention. Each
    // candidate is (settings, by category, prefix of `from`).
    struct Candidate {
      const std::vector<RuleSetting>* settings;
      bool by_category;
      std::string prefix;
    };
    std::vector<Candidate> candidates;
    if (env != nullptr) {
      candidates.push_back({&env->rules, false, env_prefix});
      candidates.push_back({&env->rules, true, env_prefix});
    }
    candidates.push_back({&config.rules, false, "rules."});
    candidates.push_back({&config.rules, true, "rules."});
    RuleLevel level{&e, e.level, "default"};
    struct NotApplied {
      const RuleSetting* setting;
      std::string place;  // as `from` would have named it
      bool by_category;
    };
    std::vector<NotApplied> not_applied;
    for (const Candidate& c : candidates) {
      const RuleSetting* s = find_setting(*c.settings, e, c.by_category);
      if (s == nullptr) continue;
      if (lowers_fail_rule(e, *s)) {
        // A rule that fails by default is lowered only by its id: a category or name setting
        // meant for its milder neighbours never takes it along.
        not_applied.push_back(NotApplied{s, c.prefix + s->key, c.by_category});
        continue;
      }
      level = RuleLevel{&e, s->level, c.prefix + s->key};
      break;
    }
    const std::string applied_from = level.from;
    for (const NotApplied& n : not_applied) {
      const RuleSetting* s = n.setting;
      const std::string& place = n.place;
      const std::string why = fmt::format(
          FMT_STRING("a {} never lowers a rule whose built-in level is fail; to lower it, write "
                     "{}: {}"),
          n.by_category ? "category" : "rule name", e.id, rules::level_name(s->level));
      level.from += fmt::format(FMT_STRING("; not applied: {}: {} ({})"), place,
                                rules::level_name(s->level), why);
      policy.notes.push_back(
          fmt::format(FMT_STRING("{}{}: {} was not applied to {} {}, which is {} ({}): {}"),
                      config.path.empty() ? std::string() : config.path + ": ", place,
                      rules::level_name(s->level), e.id, e.name, rules::level_name(level.level),
                      applied_from, why));
    }
    policy.levels.push_back(std::move(level));
  }
  if (undefined_note) policy.notes.insert(policy.notes.begin(), *undefined_note);
  return policy;
}

Outcome decide(const Policy& policy, const std::vector<rules::Finding>& findings,
               const std::vector<ScriptView>& scripts, Date today, std::size_t input_errors) {
  Outcome outcome;
  outcome.decisions.reserve(findings.size());
  for (const rules::Finding& f : findings) {
    outcome.decisions.push_back(Decision{policy.level_of(*f.rule).level, std::nullopt});
  }
  auto path_of = [&](std::size_t script) {
    return script < scripts.size() ? scripts[script].path : std::string();
  };
  auto eligible = [&](std::size_t i) {
    return outcome.decisions[i].level != rules::Level::Off &&
           findings[i].rule->id != kUnsuppressible && !outcome.decisions[i].suppressed_by;
  };

  // Waivers, in configuration order: the first that matches a finding takes it.
  for (const Waiver& w : policy.waivers) {
    WaiverReport report{w, WaiverStatus::Unused, 0};
    const bool expired = w.expires < today;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const rules::Finding& f = findings[i];
      if (outcome.decisions[i].level == rules::Level::Off || f.rule != w.entry) continue;
      if (!glob_match(w.path, path_of(f.script_index))) continue;
      if (!w.object.empty() && !equal_ignoring_case(w.object, f.object)) continue;
      ++report.matched;
      if (!expired && eligible(i)) {
        outcome.decisions[i].suppressed_by =
            Suppression{"waiver", w.reason, w.approved_by, w.expires.iso()};
      }
    }
    const std::string where = fmt::format(
        FMT_STRING("{}:{}: waiver for {} on '{}'{}"), policy.config_path, w.line, w.rule, w.path,
        w.object.empty() ? std::string() : fmt::format(FMT_STRING(" ({})"), w.object));
    if (expired) {
      report.status = WaiverStatus::Expired;
      outcome.warnings.push_back(fmt::format(
          FMT_STRING("{} (approved by {}) expired on {} and no longer applies{}"), where,
          w.approved_by, w.expires.iso(),
          report.matched > 0 ? fmt::format(FMT_STRING(" to {} finding{}"), report.matched,
                                           report.matched == 1 ? "" : "s")
                             : std::string()));
    } else if (report.matched == 0) {
      outcome.warnings.push_back(fmt::format(FMT_STRING("{} matched no finding"), where));
    } else {
      report.status = WaiverStatus::Applied;
    }
    outcome.waivers.push_back(std::move(report));
  }

  // Inline directives, script by script, in source order.
  for (std::size_t s = 0; s < scripts.size(); ++s) {
    if (scripts[s].script == nullptr) continue;
    const ast::Script& script = *scripts[s].script;
    for (const ast::SuppressionDirective& d : script.directives) {
      SuppressionReport report;
      report.script_index = s;
      report.range = d.range;
      report.rules = d.rules;
      report.reason = d.reason;
      report.scope = std::string(scope_name(d.scope));
      // The rules it names, not the words of a reason left without ` -- ` before it.
      std::vector<std::string> named = d.rules;
      if (rules::unmarked_suppression_reason(d)) {
        named.erase(std::find_if(named.begin(), named.end(),
                                 [](const std::string& r) { return !rules::find_entry(r); }),
                    named.end());
      }
      const std::string where =
          fmt::format(FMT_STRING("{}:{}:{}: suppression of {}"), scripts[s].path,
                      d.range.begin.line, d.range.begin.column, rules_text(named));
      report.why = rejection(d, policy.inline_suppressions);
      if (!report.why.empty()) {
        report.status = SuppressionStatus::Rejected;
        outcome.warnings.push_back(
            fmt::format(FMT_STRING("{} not applied: {}"), where, report.why));
        outcome.suppressions.push_back(std::move(report));
        continue;
      }
      std::optional<source::SourceRange> target;
      if (d.scope == ast::SuppressionDirective::Scope::NextStatement) {
        target = next_statement(script, d.range.end);
      }
      std::size_t refused = 0;
      rules::Level refused_level = rules::Level::Off;
      for (std::size_t i = 0; i < findings.size(); ++i) {
        const rules::Finding& f = findings[i];
        if (f.script_index != s || !eligible(i) || !names(d, *f.rule)) continue;
        if (d.scope == ast::SuppressionDirective::Scope::NextStatement &&
            (!target || f.range.begin < target->begin || !(f.range.begin < target->end))) {
          continue;
        }
        const rules::Level level = outcome.decisions[i].level;
        if (!policy.inline_suppressions.allows(level)) {
          ++refused;
          refused_level = std::max(refused_level, level);
          outcome.warnings.push_back(fmt::format(
              FMT_STRING("{} not applied to {} at line {}: its level {} is not one a script may "
                         "suppress (inline_suppressions.allow: {})"),
              where, f.rule->id, f.range.begin.line, rules::level_name(level),
              levels_list(policy.inline_suppressions.allow)));
          continue;
        }
        outcome.decisions[i].suppressed_by = Suppression{"inline", d.reason, "", ""};
        ++report.suppressed;
      }
      if (report.suppressed > 0) {
        report.status = SuppressionStatus::Applied;
      } else if (refused > 0) {
        report.status = SuppressionStatus::Rejected;
        report.why = fmt::format(FMT_STRING("level {} is not one a script may suppress "
                                            "(inline_suppressions.allow: {})"),
                                 rules::level_name(refused_level),
                                 levels_list(policy.inline_suppressions.allow));
      } else {
        report.status = SuppressionStatus::Unused;
        report.why = d.scope == ast::SuppressionDirective::Scope::File
                         ? "no finding of these rules in this file"
                         : (target ? "no finding of these rules in the next statement"
                                   : "no statement follows it");
        outcome.warnings.push_back(
            fmt::format(FMT_STRING("{} suppressed nothing: {}"), where, report.why));
      }
      outcome.suppressions.push_back(std::move(report));
    }
  }

  for (const Decision& decision : outcome.decisions) {
    if (decision.level == rules::Level::Off) continue;
    if (decision.suppressed_by) {
      ++outcome.suppressed;
      continue;
    }
    switch (decision.level) {
      case rules::Level::Fail:
        ++outcome.fail;
        break;
      case rules::Level::Review:
        ++outcome.review;
        break;
      case rules::Level::Warn:
        ++outcome.warn;
        break;
      case rules::Level::Off:
        break;
    }
  }
  if (outcome.fail > 0 || input_errors > 0) {
    outcome.verdict = Verdict::Fail;
  } else if (outcome.review > 0) {
    outcome.verdict = Verdict::ManualReview;
  }
  return outcome;
}

Outcome decide(const std::vector<rules::Finding>& findings, std::size_t input_errors) {
  return decide(default_policy(), findings, {}, Date{}, input_errors);
}

}  // namespace pf::policy
