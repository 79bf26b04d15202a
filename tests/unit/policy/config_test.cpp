// .preflight.yml: parsing, mistakes with their place, and the effective level of each rule.
#include "policy/policy.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace pf;
using rules::Level;

namespace {

policy::Config config_of(std::string_view yaml) {
  source::Expected<policy::Config> config = policy::parse_config(yaml, "p.yml");
  REQUIRE_MESSAGE(config.ok(), (config.ok() ? std::string() : config.error().message));
  return std::move(config).value();
}

std::string error_of(std::string_view yaml) {
  const source::Expected<policy::Config> config = policy::parse_config(yaml, "p.yml");
  REQUIRE_FALSE(config.ok());
  return config.error().message;
}

policy::Policy policy_of(std::string_view yaml, std::string_view environment = "") {
  source::Expected<policy::Policy> p = policy::resolve(config_of(yaml), environment);
  REQUIRE_MESSAGE(p.ok(), (p.ok() ? std::string() : p.error().message));
  return std::move(p).value();
}

const policy::RuleLevel& level(const policy::Policy& p, std::string_view rule) {
  return p.level_of(*rules::find_entry(rule));
}

}  // namespace

TEST_CASE("policy config: an empty file and no file give the catalogue defaults") {
  const policy::Policy p = policy_of("");
  CHECK(level(p, "PF101").level == Level::Review);
  CHECK(level(p, "PF101").from == "default");
  CHECK(level(p, "PF002").level == Level::Fail);
  CHECK(p.inline_suppressions.enabled);
  CHECK(p.inline_suppressions.allows(Level::Warn));
  CHECK(p.inline_suppressions.allows(Level::Review));
  CHECK_FALSE(p.inline_suppressions.allows(Level::Fail));
  CHECK(p.inline_suppressions.require_reason);
  CHECK(policy::default_policy().levels.size() == rules::catalogue().size);
}

TEST_CASE("policy config: an id or a name wins over a category, whatever the order") {
  const policy::Policy p = policy_of(
      "rules:\n  drop-table: fail\n  drop: warn\n  unbounded-dml: off\n  PF122: review\n");
  CHECK(level(p, "PF101").level == Level::Fail);
  CHECK(level(p, "PF101").from == "rules.drop-table");
  CHECK(level(p, "PF121").level == Level::Off);
  CHECK(level(p, "PF121").from == "rules.unbounded-dml");
  CHECK(level(p, "PF122").level == Level::Review);
  CHECK(level(p, "PF122").from == "rules.PF122");
  CHECK(level(p, "PF001").from == "default");
}

TEST_CASE("policy config: an environment's entries win for every rule they mention") {
  const std::string yaml =
      "rules:\n  PF122: warn\n  drop: warn\n"
      "environments:\n"
      "  Production:\n    rules:\n      unbounded-dml: fail\n      PF101: fail\n"
      "  Development:\n    rules:\n      drop: off\n";
  const policy::Policy prod = policy_of(yaml, "Production");
  CHECK(prod.environment == "Production");
  CHECK(level(prod, "PF101").level == Level::Fail);
  // The environment's category beats the top-level id: lookup order env id/name, env category,
  // base id/name, base category, catalogue.
  CHECK(level(prod, "PF122").level == Level::Fail);
  CHECK(level(prod, "PF122").from == "environments.Production.rules.unbounded-dml");
  const policy::Policy dev = policy_of(yaml, "Development");
  CHECK(level(dev, "PF101").level == Level::Off);
  CHECK(level(dev, "PF122").level == Level::Warn);
  CHECK(level(dev, "PF122").from == "rules.PF122");
  const policy::Policy none = policy_of(yaml);
  CHECK(level(none, "PF101").level == Level::Warn);
}

TEST_CASE("policy config: a category or a name never lowers a rule that fails by default") {
  // Every rule whose catalogue level is fail, by its category and by its name, to each lower
  // level, at the top level and in an environment: the rule stays fail.
  std::size_t fail_rules = 0;
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    if (e.level != Level::Fail) continue;
    ++fail_rules;
    for (const char* lower : {"review", "warn", "off"}) {
      for (const std::string& key : {std::string(e.category), std::string(e.name)}) {
        CAPTURE(e.id);
        CAPTURE(key);
        CAPTURE(lower);
        const std::string setting = key + ": " + lower + "\n";
        const policy::Policy top = policy_of("rules:\n  " + setting);
        CHECK(level(top, e.id).level == Level::Fail);
        CHECK(level(top, e.id).from.rfind("default; not applied: rules." + key + ": " + lower, 0) ==
              0);
        CHECK(level(top, e.id).from.find("; to lower it, write " + std::string(e.id) + ": " +
                                         lower + ")") != std::string::npos);
        REQUIRE(top.notes.size() >= 1);
        const policy::Policy env =
            policy_of("environments:\n  Dev:\n    rules:\n      " + setting, "Dev");
        CHECK(level(env, e.id).level == Level::Fail);
        CHECK(level(env, e.id).from.rfind("default; not applied: environments.Dev.rules." + key,
                                          0) == 0);
      }
    }
  }
  CHECK(fail_rules >= 5);  // PF002, PF103, PF211, PF212, PF311
}

TEST_CASE("policy config: a category still lowers its other rules and raises any rule") {
  const policy::Policy p = policy_of("rules:\n  drop: off\n  security: fail\n");
  CHECK(level(p, "PF101").level == Level::Off);  // review by default: the category applies
  CHECK(level(p, "PF105").level == Level::Off);
  CHECK(level(p, "PF103").level == Level::Fail);
  CHECK(level(p, "PF312").level == Level::Fail);  // raised from review
  CHECK(level(p, "PF312").from == "rules.security");
  CHECK(level(p, "PF311").level == Level::Fail);  // fail already; set again by the category
  CHECK(level(p, "PF311").from == "rules.security");
  // Exactly one note: drop: off was passed over for PF103, and for nothing else.
  REQUIRE(p.notes.size() == 1);
  CHECK(p.notes[0] ==
        "p.yml: rules.drop: off was not applied to PF103 drop-database, which is fail (default): a "
        "category never lowers a rule whose built-in level is fail; to lower it, write PF103: off");
  // A rule that fails by default, raised by nothing, lowered by nothing: no note.
  CHECK(policy_of("rules:\n  drop: fail\n").notes.empty());
}

TEST_CASE("policy config: only an id lowers a rule that fails by default, in any case") {
  CHECK(level(policy_of("rules:\n  PF103: review\n"), "PF103").level == Level::Review);
  CHECK(level(policy_of("rules:\n  pf103: off\n"), "PF103").level == Level::Off);
  CHECK(policy_of("rules:\n  pf103: off\n").notes.empty());
  // A passed-over setting does not end the lookup: the next one that may apply does.
  const std::string yaml =
      "rules:\n  PF103: review\n  drop: warn\n"
      "environments:\n  Dev:\n    rules:\n      drop: off\n      drop-database: off\n"
      "  Ops:\n    rules:\n      PF311: warn\n      security: off\n";
  const policy::Policy dev = policy_of(yaml, "Dev");
  CHECK(level(dev, "PF103").level == Level::Review);
  CHECK(level(dev, "PF103").from ==
        "rules.PF103; not applied: environments.Dev.rules.drop-database: off (a rule name never "
        "lowers a rule whose built-in level is fail; to lower it, write PF103: off); not "
        "applied: environments.Dev.rules.drop: off (a category never lowers a rule whose "
        "built-in level is fail; to lower it, write PF103: off)");
  CHECK(level(dev, "PF101").level == Level::Off);
  CHECK(dev.notes.size() == 2);
  const policy::Policy ops = policy_of(yaml, "Ops");
  CHECK(level(ops, "PF311").level == Level::Warn);  // the environment's id wins
  CHECK(level(ops, "PF311").from == "environments.Ops.rules.PF311");
  CHECK(level(ops, "PF312").level == Level::Off);
  // An id setting that raises or keeps fail is no lowering either.
  CHECK(level(policy_of("rules:\n  PF103: fail\n  drop: off\n"), "PF103").from == "rules.PF103");
}

TEST_CASE("policy config: an unknown environment is an error naming the ones defined") {
  const source::Expected<policy::Policy> p =
      policy::resolve(config_of("environments:\n  Production: {}\n"), "production");
  REQUIRE_FALSE(p.ok());
  CHECK(p.error().message == "unknown environment 'production' (p.yml defines: Production)");
  CHECK_FALSE(policy::resolve(policy::Config{}, "Production").ok());
}

TEST_CASE("policy config: a deployment's environment the file does not define gets the top level") {
  const std::string yaml =
      "rules:\n  drop: warn\nenvironments:\n  Production:\n    rules:\n      drop: fail\n";
  const policy::Config config = config_of(yaml);
  using policy::EnvironmentSource;
  const source::Expected<policy::Policy> staging =
      policy::resolve(config, "Staging", EnvironmentSource::FromDeployment);
  REQUIRE(staging.ok());
  CHECK(staging.value().environment.empty());
  CHECK(level(staging.value(), "PF101").level == Level::Warn);
  REQUIRE_FALSE(staging.value().notes.empty());
  CHECK(staging.value().notes.front() ==
        "the deployment's environment 'Staging' is not defined in p.yml: its top-level policy "
        "applies");
  // One it defines applies as --environment would, with no note.
  const source::Expected<policy::Policy> production =
      policy::resolve(config, "Production", EnvironmentSource::FromDeployment);
  REQUIRE(production.ok());
  CHECK(level(production.value(), "PF101").level == Level::Fail);
  CHECK(production.value().notes.empty());
  // No policy file at all: the built-in defaults, said so.
  const source::Expected<policy::Policy> none =
      policy::resolve(policy::Config{}, "Staging", EnvironmentSource::FromDeployment);
  REQUIRE(none.ok());
  CHECK(none.value().notes.front().find("no policy file was found") != std::string::npos);
  // Typed by a person, the same name is still an error.
  CHECK_FALSE(policy::resolve(config, "Staging").ok());
}

TEST_CASE("policy config: inline suppression policy, top level and per environment") {
  const std::string yaml =
      "inline_suppressions:\n  allow: [warn]\n  require_reason: false\n"
      "environments:\n"
      "  Production:\n    inline_suppressions: off\n"
      "  Test:\n    inline_suppressions:\n      allow: [warn, review, fail]\n";
  const policy::Policy base = policy_of(yaml);
  CHECK(base.inline_suppressions.allows(Level::Warn));
  CHECK_FALSE(base.inline_suppressions.allows(Level::Review));
  CHECK_FALSE(base.inline_suppressions.require_reason);
  CHECK_FALSE(policy_of(yaml, "Production").inline_suppressions.enabled);
  const policy::Policy test = policy_of(yaml, "Test");
  CHECK(test.inline_suppressions.allows(Level::Fail));
  CHECK_FALSE(test.inline_suppressions.require_reason);  // inherited from the top level
  CHECK_FALSE(policy_of("inline_suppressions: off\n").inline_suppressions.allows(Level::Warn));
}

TEST_CASE("policy config: waivers and files are read completely") {
  const policy::Config c = config_of(
      "files:\n  include: ['**/*.sql']\n  exclude: ['**/seed/**']\n  order: flyway\n"
      "waivers:\n"
      "  - rule: drop-table\n    path: 'db/V4__*.sql'\n    object: dbo.Legacy\n"
      "    reason: archived\n    approved_by: Jane\n    expires: 2027-02-28\n");
  REQUIRE(c.waivers.size() == 1);
  const policy::Waiver& w = c.waivers[0];
  CHECK(w.entry == rules::find_entry("PF101"));
  CHECK(w.rule == "drop-table");
  CHECK(w.path == "db/V4__*.sql");
  CHECK(w.object == "dbo.Legacy");
  CHECK(w.expires == policy::Date{2027, 2, 28});
  CHECK(w.line == 6);
  CHECK(c.files.order == "flyway");
  CHECK(c.files.selects("db/V1__a.sql"));
  CHECK_FALSE(c.files.selects("db/seed/V1__a.sql"));
  CHECK_FALSE(c.files.selects("db/notes.txt"));
  // The extension in any case, as folders find it: a script is not left out for its `.SQL`.
  CHECK(c.files.selects("db/V2__drop.SQL"));
  CHECK(c.files.selects("db/V2__drop.Sql"));
  CHECK_FALSE(c.files.selects("db/seed/V2__drop.SQL"));
  CHECK_FALSE(c.files.selects("db/V2__drop.SQL.txt"));
}

TEST_CASE("policy config: every mistake is an error with file, line and column") {
  CHECK(error_of("rules:\n  PF101: fail\nrulez:\n  PF121: off\n") ==
        "p.yml:3:1: unknown key 'rulez' in the configuration (expected one of: rules, "
        "environments, files, waivers, inline_suppressions, names, target)");
  CHECK(error_of("rules:\n  PF101: failing\n") ==
        "p.yml:2:10: 'failing' is not a level (expected fail, review, warn or off)");
  CHECK(error_of("rules:\n  PF999: fail\n") ==
        "p.yml:2:3: 'PF999' is not a rule id, rule name or category (see `preflight rules`)");
  CHECK(error_of("rules:\n  PF101: fail\n  drop-table: warn\n") ==
        "p.yml:3:3: 'PF101' and 'drop-table' are the same rule (PF101) with different levels");
  CHECK(error_of("rules: [PF101]\n") == "p.yml:1:8: rules must be a map");
  CHECK(error_of("environments:\n  Prod:\n    rulez: {}\n")
            .find("p.yml:3:5: unknown key 'rulez' in environments.Prod") == 0);
  CHECK(error_of("inline_suppressions:\n  require_reason: yes\n") ==
        "p.yml:2:19: inline_suppressions.require_reason must be true or false");
  CHECK(error_of("inline_suppressions:\n  allow: [off]\n") ==
        "p.yml:2:11: 'off' is not a level (expected fail, review or warn)");
  CHECK(error_of("inline_suppressions: none\n").find("p.yml:1:22: inline_suppressions must be") ==
        0);
  CHECK(error_of("files:\n  order: alphabetical\n")
            .find("p.yml:2:10: 'alphabetical' is not an "
                  "order") == 0);
  const std::string waiver =
      "waivers:\n  - rule: PF101\n    path: '*.sql'\n    reason: r\n    approved_by: a\n";
  CHECK(error_of(waiver) == "p.yml:2:5: a waiver needs 'expires'");
  CHECK(error_of(waiver + "    expires: 2026-13-01\n") ==
        "p.yml:6:14: '2026-13-01' is not a date (expected YYYY-MM-DD, a day that exists)");
  CHECK(error_of(waiver + "    expires: 31/12/2026\n").find("p.yml:6:14:") == 0);
  CHECK(error_of(waiver + "    expires: 2026-12-31\n    expiry: 2027-01-01\n") ==
        "p.yml:7:5: unknown key 'expiry' in a waiver (expected one of: rule, path, object, "
        "reason, approved_by, expires)");
  CHECK(error_of("waivers:\n  - rule: PF002\n    path: '*'\n    reason: r\n    approved_by: a\n"
                 "    expires: 2030-01-01\n") ==
        "p.yml:2:11: PF002 invalid-suppression cannot be waived");
  CHECK(error_of("rules:\n  PF101: [fail\n").find("p.yml:") == 0);  // bad YAML
  CHECK(error_of("- a\n- b\n") == "p.yml:1:1: the configuration must be a map");
}

TEST_CASE("policy config: files.undo is a list of file-name patterns with one *") {
  CHECK(config_of("files:\n  undo: ['*.down.sql', 'undo_*.sql']\n").files.undo ==
        std::vector<std::string>{"*.down.sql", "undo_*.sql"});
  CHECK(config_of("").files.undo.empty());
  CHECK(error_of("files:\n  undo: '*.down.sql'\n") ==
        "p.yml:2:9: files.undo must be a list of file-name patterns, e.g. [\"*.down.sql\"]");
  CHECK(error_of("files:\n  undo: [{a: 1}]\n").find("p.yml:2:10:") == 0);
  CHECK(error_of("files:\n  undo: ['*.down.sql', 'down/*.sql']\n") ==
        "p.yml:2:24: files.undo pattern 'down/*.sql' is matched against file names only: write "
        "it without a folder");
  CHECK(error_of("files:\n  undo: ['rollback.sql']\n") ==
        "p.yml:2:10: files.undo pattern 'rollback.sql' needs exactly one '*', standing for the "
        "forward script's name");
  CHECK(error_of("files:\n  undo: ['*.down.*.sql']\n").find("needs exactly one '*'") !=
        std::string::npos);
  CHECK(error_of("files:\n  undo: ['*.down?.sql']\n") ==
        "p.yml:2:10: files.undo pattern '*.down?.sql' may use only '*' as a wildcard");
  CHECK(error_of("files:\n  undo: ['*.down']\n") ==
        "p.yml:2:10: files.undo pattern '*.down' must end in .sql (only .sql files are read)");
  CHECK(error_of("files:\n  undo: ['*.sql']\n") ==
        "p.yml:2:10: files.undo pattern '*.sql' would make every script an undo script: name the "
        "undo part, e.g. *.down.sql");
  CHECK(error_of("files:\n  undo_pattern: ['*.down.sql']\n")
            .find("p.yml:2:3: unknown key 'undo_pattern' in files (expected one of: include, "
                  "exclude, order, undo, include_roots, migrations)") == 0);
}

TEST_CASE("policy config: files.include_roots is a list of folders, kept as written") {
  const pf::source::Expected<pf::policy::Config> config =
      pf::policy::parse_config("files:\n  include_roots: [shared, ../common]\n", "p.yml");
  REQUIRE(config.ok());
  CHECK(config.value().files.include_roots == std::vector<std::string>{"shared", "../common"});
  CHECK(error_of("files:\n  include_roots: shared\n") ==
        "p.yml:2:18: files.include_roots must be a list of strings");
}

TEST_CASE("policy: dates are real calendar days in ISO form") {
  CHECK(policy::parse_date("2024-02-29") == policy::Date{2024, 2, 29});
  CHECK_FALSE(policy::parse_date("2023-02-29"));
  CHECK_FALSE(policy::parse_date("2026-1-01"));
  CHECK_FALSE(policy::parse_date("2026-01-01T00:00"));
  CHECK(policy::Date{2026, 1, 31} < policy::Date{2026, 2, 1});
  CHECK(policy::Date{2026, 2, 1}.iso() == "2026-02-01");
}

TEST_CASE("policy: globs; * and ? stay within a folder, ** crosses them") {
  CHECK(policy::glob_match("migrations/*.sql", "migrations/V1__a.sql"));
  CHECK_FALSE(policy::glob_match("migrations/*.sql", "migrations/old/V1__a.sql"));
  CHECK(policy::glob_match("migrations/**/*.sql", "migrations/old/x/V1__a.sql"));
  CHECK(policy::glob_match("migrations/**/*.sql", "migrations/V1__a.sql"));
  CHECK(policy::glob_match("**/V4__*.sql", "V4__drop.sql"));
  CHECK(policy::glob_match("**/V4__*.sql", "a/b/V4__drop.sql"));
  CHECK_FALSE(policy::glob_match("**/V4__*.sql", "a/b/V40__drop.sql.bak"));
  CHECK(policy::glob_match("V?__a.sql", "V1__a.sql"));
  CHECK_FALSE(policy::glob_match("a?b", "a/b"));
  CHECK_FALSE(policy::glob_match("*.sql", "dir/a.sql"));
}

namespace {

std::string read_repo_file(const std::string& relative) {
  std::ifstream in(std::string(PF_SOURCE_DIR) + "/" + relative);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("policy config: the README's example and examples/.preflight.yml are valid") {
  const std::string readme = read_repo_file("docs/configuration.md");
  const std::size_t section = readme.find("# Configuration");
  REQUIRE(section != std::string::npos);
  const std::size_t begin = readme.find("```yaml\n", section);
  REQUIRE(begin != std::string::npos);
  const std::size_t end = readme.find("```", begin + 8);
  const policy::Config example = config_of(readme.substr(begin + 8, end - begin - 8));
  CHECK(example.environments.size() == 2);
  CHECK(example.waivers.size() == 1);
  CHECK(example.files.order == "flyway");
  CHECK(level(policy_of(readme.substr(begin + 8, end - begin - 8), "Production"), "PF101").level ==
        Level::Fail);

  const policy::Config shipped = config_of(read_repo_file("examples/.preflight.yml"));
  CHECK(shipped.environments.size() == 2);
  CHECK(shipped.files.selects("examples/migrations/V004__drop_legacy_orders.sql"));
  // `init`'s template is valid too, and names every rule's default.
  const policy::Config init = config_of(policy::init_template());
  CHECK(init.environments.size() == 2);
  CHECK(policy::init_template().find("#   PF002: fail") != std::string::npos);
}

TEST_CASE("policy config: the starter files never lower a built-in level, in any environment") {
  // What people copy: `preflight init`, examples/.preflight.yml and the complete example of
  // docs/configuration.md.
  // Each, with no environment and with each of its environments, keeps every rule at its
  // catalogue level or above, and passes over no setting (the file says what it does).
  const std::string readme = read_repo_file("docs/configuration.md");
  const std::size_t section = readme.find("# Configuration");
  const std::size_t begin = readme.find("```yaml\n", section);
  const std::size_t end = readme.find("```", begin + 8);
  const std::vector<std::pair<std::string, std::string>> starters{
      {"preflight init", policy::init_template()},
      {"examples/.preflight.yml", read_repo_file("examples/.preflight.yml")},
      {"docs/configuration.md", readme.substr(begin + 8, end - begin - 8)}};
  for (const auto& [name, yaml] : starters) {
    const policy::Config config = config_of(yaml);
    std::vector<std::string> environments{""};
    for (const policy::Environment& e : config.environments) environments.push_back(e.name);
    for (const std::string& environment : environments) {
      const policy::Policy p = policy_of(yaml, environment);
      CHECK(p.notes.empty());
      for (const rules::CatalogueEntry& e : rules::catalogue()) {
        CAPTURE(name);
        CAPTURE(environment);
        CAPTURE(e.id);
        CHECK(level(p, e.id).level >= e.level);
      }
    }
  }
}
