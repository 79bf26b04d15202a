// `preflight config` (the effective policy as YAML) and `preflight init` (a starter file).
#include "policy/policy.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace pf::policy {
namespace {

void emit_levels(YAML::Emitter& out, const std::vector<rules::Level>& levels) {
  out << YAML::Flow << YAML::BeginSeq;
  for (rules::Level l : levels) out << std::string(rules::level_name(l));
  out << YAML::EndSeq;
}

}  // namespace

std::string effective_policy_yaml(const Policy& policy, Date today) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "config" << YAML::Value;
  if (policy.config_path.empty()) {
    out << YAML::Null;
  } else {
    out << policy.config_path;
  }
  out << YAML::Key << "environment" << YAML::Value;
  if (policy.environment.empty()) {
    out << YAML::Null;
  } else {
    out << policy.environment;
  }
  out << YAML::Key << "today" << YAML::Value << today.iso();
  out << YAML::Key << "rules" << YAML::Value << YAML::BeginMap;
  for (const RuleLevel& l : policy.levels) {
    out << YAML::Key << std::string(l.rule->id) << YAML::Value << YAML::Flow << YAML::BeginMap
        << YAML::Key << "name" << YAML::Value << std::string(l.rule->name) << YAML::Key
        << "category" << YAML::Value << std::string(l.rule->category) << YAML::Key << "level"
        << YAML::Value << std::string(rules::level_name(l.level)) << YAML::Key << "from"
        << YAML::Value << l.from << YAML::EndMap;
  }
  out << YAML::EndMap;
  out << YAML::Key << "inline_suppressions" << YAML::Value;
  if (!policy.inline_suppressions.enabled) {
    out << "off";
  } else {
    out << YAML::BeginMap << YAML::Key << "allow" << YAML::Value;
    emit_levels(out, policy.inline_suppressions.allow);
    out << YAML::Key << "require_reason" << YAML::Value << policy.inline_suppressions.require_reason
        << YAML::EndMap;
  }
  out << YAML::Key << "files" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "include" << YAML::Value << YAML::Flow << policy.files.include;
  out << YAML::Key << "exclude" << YAML::Value << YAML::Flow << policy.files.exclude;
  out << YAML::Key << "order" << YAML::Value;
  if (policy.files.order.empty()) {
    out << YAML::Null;
  } else {
    out << policy.files.order;
  }
  out << YAML::Key << "undo" << YAML::Value << YAML::Flow << policy.files.undo;
  // Only when set: the effective policy of a file without the key reads as it did before it.
  if (!policy.files.include_roots.empty()) {
    out << YAML::Key << "include_roots" << YAML::Value << YAML::Flow << policy.files.include_roots;
  }
  if (!policy.files.migrations.empty()) {
    out << YAML::Key << "migrations" << YAML::Value << policy.files.migrations;
  }
  out << YAML::EndMap;
  out << YAML::Key << "waivers" << YAML::Value;
  if (policy.waivers.empty()) {
    out << YAML::Flow;
  }
  out << YAML::BeginSeq;
  for (const Waiver& w : policy.waivers) {
    out << YAML::BeginMap << YAML::Key << "rule" << YAML::Value << std::string(w.entry->id)
        << YAML::Key << "path" << YAML::Value << w.path;
    if (!w.object.empty()) out << YAML::Key << "object" << YAML::Value << w.object;
    out << YAML::Key << "reason" << YAML::Value << w.reason << YAML::Key << "approved_by"
        << YAML::Value << w.approved_by << YAML::Key << "expires" << YAML::Value << w.expires.iso()
        << YAML::Key << "status" << YAML::Value << (w.expires < today ? "expired" : "active")
        << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

namespace {

// The starter file around the table of defaults. Concatenated rather than formatted: it is YAML,
// full of braces fmt would read.
constexpr std::string_view kInitHead =
    R"yaml(# Preflight policy: every key is described in Preflight's README, section "Configuration".
# Owned by the data guardians: script authors change scripts, not this file.
# Every key is checked: an unknown key, level, rule or date is an error (exit 3).

# Levels per rule id, rule name or category: fail | review | warn | off.
# An id or name wins over a category. A category or a name never lowers a rule whose built-in
# level is fail (it may raise any rule); lowering one takes its id, e.g. `PF103: review`.
# The built-in defaults, which this file keeps as they are:
#
)yaml";

constexpr std::string_view kInitTail = R"yaml(#
rules: {}                 # every rule at its built-in level; e.g. `truncate: fail` raises a category

# Named overrides, chosen with --environment NAME or PREFLIGHT_ENVIRONMENT.
# Within an environment, its entries win over the top-level ones.
environments:
  Production:
    rules:
      drop-table: fail    # raised from review: a production DROP TABLE takes a waiver
    inline_suppressions:
      allow: [warn]       # in production, scripts may only silence warnings
  Development: {}         # the top-level settings as they are

# Which files found in a folder are checked: globs against the path reports show
# (`*` stays within a folder, `**` crosses folders). Files named on the command line are
# always checked.
files:
  include: ["**/*.sql"]
  exclude: []
  # undo: ["*.down.sql"]  # undo scripts beside their forward scripts (Flyway U<version>__ are
  #                       # recognised without this); checked against them, linted, never run

# What a script may suppress for itself with
#   -- preflight-disable-next-statement PF101 -- reason
# `inline_suppressions: off` disables inline suppressions entirely.
inline_suppressions:
  allow: [warn, review]   # list `fail` here only if scripts may waive failures themselves
  require_reason: true

# Approved exceptions: the finding stays in every report, marked as waived, and does not count
# toward the verdict. A waiver stops applying after `expires` and says so; one that matches
# nothing is reported (an error with --strict-waivers). An example, to copy and adapt:
#
#   - rule: PF101                       # rule id or name
#     path: "**/V004__drop_legacy_orders.sql"
#     object: dbo.LegacyOrders          # optional: only findings about this object
#     reason: "Rows archived to archive.LegacyOrders (CHG-1234)"
#     approved_by: "Jane Doe (data guardian)"
#     expires: 2027-06-30               # YYYY-MM-DD; required
waivers: []
)yaml";

}  // namespace

std::string init_template() {
  std::string out(kInitHead);
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    out += fmt::format(FMT_STRING("#   {}: {:<7} # {} ({})\n"), e.id, rules::level_name(e.level),
                       e.name, e.category);
  }
  out += kInitTail;
  return out;
}

}  // namespace pf::policy
