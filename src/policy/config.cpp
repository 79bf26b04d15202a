// .preflight.yml -> policy::Config. yaml-cpp is used only in this stage; its one throwing call
// (YAML::Load) is wrapped in parse_config, and every mistake becomes an Error value.
#include "policy/policy.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <system_error>

namespace pf::policy {
namespace {

// Reads the YAML tree into a Config. The first mistake is kept as an Error value and every
// reader returns false (or nothing) from then on, so the callers only pass failure upwards.
class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  // Records the first mistake (later ones are consequences of it).
  void record(const YAML::Mark& mark, std::string_view message) {
    if (error_) return;
    // yaml-cpp marks are 0-based; a node without a place has -1.
    error_ = source::Error{mark.line < 0 ? fmt::format(FMT_STRING("{}: {}"), path_, message)
                                         : fmt::format(FMT_STRING("{}:{}:{}: {}"), path_,
                                                       mark.line + 1, mark.column + 1, message),
                           {}};
  }
  [[nodiscard]] bool fail(const YAML::Mark& mark, std::string_view message) {
    record(mark, message);
    return false;
  }
  [[nodiscard]] std::nullopt_t none(const YAML::Mark& mark, std::string_view message) {
    record(mark, message);
    return std::nullopt;
  }
  [[nodiscard]] const source::Error& error() const { return *error_; }

  [[nodiscard]] std::optional<std::string> scalar(const YAML::Node& node, std::string_view what) {
    if (!node.IsScalar()) {
      return none(node.Mark(), fmt::format(FMT_STRING("{} must be a string"), what));
    }
    return node.Scalar();
  }

  [[nodiscard]] std::optional<std::string> text(const YAML::Node& node, std::string_view what) {
    std::optional<std::string> value = scalar(node, what);
    if (value && value->find_first_not_of(" \t") == std::string::npos) {
      return none(node.Mark(), fmt::format(FMT_STRING("{} must not be empty"), what));
    }
    return value;
  }

  [[nodiscard]] std::optional<bool> boolean(const YAML::Node& node, std::string_view what) {
    const std::string value = node.IsScalar() ? node.Scalar() : std::string();
    if (value == "true") return true;
    if (value == "false") return false;
    return none(node.Mark(), fmt::format(FMT_STRING("{} must be true or false"), what));
  }

  [[nodiscard]] bool strings(const YAML::Node& node, std::string_view what,
                             std::vector<std::string>& out) {
    if (!node.IsSequence()) {
      return fail(node.Mark(), fmt::format(FMT_STRING("{} must be a list of strings"), what));
    }
    for (const YAML::Node& item : node) {
      std::optional<std::string> value = text(item, what);
      if (!value) return false;
      out.push_back(std::move(*value));
    }
    return true;
  }

  // Checks that `node` is a map whose keys are all in `allowed`, each at most once.
  [[nodiscard]] bool expect_map(const YAML::Node& node, std::string_view what,
                                const std::vector<std::string_view>& allowed) {
    if (!node.IsMap()) return fail(node.Mark(), fmt::format(FMT_STRING("{} must be a map"), what));
    std::set<std::string> seen;
    for (const auto& kv : node) {
      const std::optional<std::string> key = scalar(kv.first, "a key");
      if (!key) return false;
      if (std::find(allowed.begin(), allowed.end(), *key) == allowed.end()) {
        std::string expected;
        for (std::string_view a : allowed) {
          expected += (expected.empty() ? "" : ", ") + std::string(a);
        }
        return fail(kv.first.Mark(),
                    fmt::format(FMT_STRING("unknown key '{}' in {} (expected one of: {})"), *key,
                                what, expected));
      }
      if (!seen.insert(*key).second) {
        return fail(kv.first.Mark(),
                    fmt::format(FMT_STRING("'{}' is given twice in {}"), *key, what));
      }
    }
    return true;
  }

  [[nodiscard]] std::optional<rules::Level> level(const YAML::Node& node, bool allow_off) {
    const std::string_view expected =
        allow_off ? "fail, review, warn or off" : "fail, review or warn";
    if (!node.IsScalar()) {
      return none(node.Mark(), fmt::format(FMT_STRING("expected a level ({})"), expected));
    }
    const std::optional<rules::Level> parsed = rules::parse_level(node.Scalar());
    if (!parsed || (!allow_off && *parsed == rules::Level::Off)) {
      return none(node.Mark(), fmt::format(FMT_STRING("'{}' is not a level (expected {})"),
                                           node.Scalar(), expected));
    }
    return parsed;
  }

  // A `rules:` map. Keys are rule ids, names or categories; giving one rule two different levels
  // by its id and its name is a mistake, not a precedence question.
  [[nodiscard]] bool rule_map(const YAML::Node& node, std::string_view what,
                              std::vector<RuleSetting>& out) {
    if (!node.IsMap()) return fail(node.Mark(), fmt::format(FMT_STRING("{} must be a map"), what));
    std::map<std::string_view, std::pair<std::string, rules::Level>> by_rule;  // id -> key, level
    std::set<std::string> keys;
    for (const auto& kv : node) {
      const std::optional<std::string> key = scalar(kv.first, "a rule id, name or category");
      if (!key) return false;
      if (!keys.insert(*key).second) {
        return fail(kv.first.Mark(),
                    fmt::format(FMT_STRING("'{}' is given twice in {}"), *key, what));
      }
      const std::optional<rules::Level> lvl = level(kv.second, true);
      if (!lvl) return false;
      const rules::CatalogueEntry* entry = rules::find_entry(*key);
      const auto& cats = rules::categories();
      if (entry == nullptr && std::find(cats.begin(), cats.end(), *key) == cats.end()) {
        return fail(kv.first.Mark(),
                    fmt::format(FMT_STRING("'{}' is not a rule id, rule name or category{} (see "
                                           "`preflight rules`)"),
                                *key, rules::nearest_reference(*key, true)));
      }
      if (entry != nullptr) {
        const auto [it, inserted] = by_rule.emplace(entry->id, std::make_pair(*key, *lvl));
        if (!inserted && it->second.second != *lvl) {
          return fail(kv.first.Mark(),
                      fmt::format(FMT_STRING("'{}' and '{}' are the same rule ({}) with different "
                                             "levels"),
                                  it->second.first, *key, entry->id));
        }
      }
      out.push_back(RuleSetting{*key, *lvl, static_cast<std::uint32_t>(kv.first.Mark().line + 1)});
    }
    return true;
  }

  [[nodiscard]] bool inline_settings(const YAML::Node& node, std::string_view what,
                                     InlineSettings& out) {
    if (node.IsScalar() && node.Scalar() == "off") {
      out.enabled = false;
      return true;
    }
    if (!node.IsMap()) {
      return fail(node.Mark(), fmt::format(FMT_STRING("{} must be `off` or a map with allow and "
                                                      "require_reason"),
                                           what));
    }
    if (!expect_map(node, what, {"allow", "require_reason"})) return false;
    out.enabled = true;
    if (const YAML::Node allow = node["allow"]) {
      if (!allow.IsSequence()) {
        return fail(allow.Mark(),
                    fmt::format(FMT_STRING("{}.allow must be a list of levels"), what));
      }
      std::vector<rules::Level> levels;
      for (const YAML::Node& item : allow) {
        const std::optional<rules::Level> lvl = level(item, false);
        if (!lvl) return false;
        levels.push_back(*lvl);
      }
      out.allow = levels;
    }
    if (const YAML::Node require = node["require_reason"]) {
      out.require_reason = boolean(require, fmt::format(FMT_STRING("{}.require_reason"), what));
      if (!out.require_reason) return false;
    }
    return true;
  }

  [[nodiscard]] bool waiver(const YAML::Node& node, Waiver& w) {
    if (!expect_map(node, "a waiver",
                    {"rule", "path", "object", "reason", "approved_by", "expires"})) {
      return false;
    }
    for (std::string_view required : {"rule", "path", "reason", "approved_by", "expires"}) {
      if (!node[std::string(required)]) {
        return fail(node.Mark(), fmt::format(FMT_STRING("a waiver needs '{}'"), required));
      }
    }
    w.line = static_cast<std::uint32_t>(node.Mark().line + 1);
    std::optional<std::string> rule = text(node["rule"], "waiver rule");
    if (!rule) return false;
    w.rule = std::move(*rule);
    w.entry = rules::find_entry(w.rule);
    if (w.entry == nullptr) {
      return fail(node["rule"].Mark(),
                  fmt::format(FMT_STRING("'{}' is not a rule id or name{} (see `preflight rules`)"),
                              w.rule, rules::nearest_reference(w.rule, false)));
    }
    if (w.entry->id == "PF002") {
      return fail(node["rule"].Mark(), "PF002 invalid-suppression cannot be waived");
    }
    for (auto [key, field] : {std::pair{"path", &w.path}, std::pair{"reason", &w.reason},
                              std::pair{"approved_by", &w.approved_by}}) {
      std::optional<std::string> value = text(node[key], fmt::format(FMT_STRING("waiver {}"), key));
      if (!value) return false;
      *field = std::move(*value);
    }
    if (const YAML::Node object = node["object"]) {
      std::optional<std::string> value = text(object, "waiver object");
      if (!value) return false;
      w.object = std::move(*value);
    }
    const std::optional<std::string> expires = scalar(node["expires"], "waiver expires");
    if (!expires) return false;
    const std::optional<Date> date = parse_date(*expires);
    if (!date) {
      return fail(node["expires"].Mark(),
                  fmt::format(FMT_STRING("'{}' is not a date (expected YYYY-MM-DD, a day that "
                                         "exists)"),
                              *expires));
    }
    w.expires = *date;
    return true;
  }

  [[nodiscard]] bool environments(const YAML::Node& envs, std::vector<Environment>& out) {
    if (!envs.IsMap()) return fail(envs.Mark(), "environments must be a map of names to settings");
    for (const auto& kv : envs) {
      Environment env;
      std::optional<std::string> name = text(kv.first, "an environment name");
      if (!name) return false;
      env.name = std::move(*name);
      const std::string what = "environments." + env.name;
      if (!kv.second.IsNull()) {
        if (!expect_map(kv.second, what, {"rules", "inline_suppressions"})) return false;
        if (const YAML::Node r = kv.second["rules"]) {
          if (!rule_map(r, what + ".rules", env.rules)) return false;
        }
        if (const YAML::Node i = kv.second["inline_suppressions"]) {
          if (!inline_settings(i, what + ".inline_suppressions", env.inline_suppressions)) {
            return false;
          }
        }
      }
      for (const Environment& other : out) {
        if (other.name == env.name) {
          return fail(kv.first.Mark(),
                      fmt::format(FMT_STRING("environment '{}' is given twice"), env.name));
        }
      }
      out.push_back(std::move(env));
    }
    return true;
  }

  [[nodiscard]] bool files(const YAML::Node& node, FileSelection& out) {
    if (!expect_map(node, "files",
                    {"include", "exclude", "order", "undo", "include_roots", "migrations"})) {
      return false;
    }
    if (const YAML::Node n = node["migrations"]) {
      std::optional<std::string> folder = scalar(n, "files.migrations");
      if (!folder) return false;
      if (folder->empty()) return fail(n.Mark(), "files.migrations names a folder: it is empty");
      out.migrations = std::move(*folder);
    }
    if (const YAML::Node n = node["include"]) {
      if (!strings(n, "files.include", out.include)) return false;
    }
    if (const YAML::Node n = node["exclude"]) {
      if (!strings(n, "files.exclude", out.exclude)) return false;
    }
    if (const YAML::Node n = node["order"]) {
      std::optional<std::string> order = scalar(n, "files.order");
      if (!order) return false;
      const std::vector<std::string_view> orders{"flyway", "natural", "lexical", "given"};
      if (std::find(orders.begin(), orders.end(), *order) == orders.end()) {
        return fail(n.Mark(), fmt::format(FMT_STRING("'{}' is not an order (expected flyway, "
                                                     "natural, lexical or given)"),
                                          *order));
      }
      out.order = std::move(*order);
    }
    if (const YAML::Node n = node["undo"]) {
      if (!undo_patterns(n, out.undo)) return false;
    }
    if (const YAML::Node n = node["include_roots"]) {
      if (!strings(n, "files.include_roots", out.include_roots)) return false;
    }
    return true;
  }

  // Each pattern names the undo part of a file name, so the forward script's name can be derived
  // from it (docs/deployments.md); a pattern that cannot do that is refused, not ignored.
  [[nodiscard]] bool undo_patterns(const YAML::Node& node, std::vector<std::string>& out) {
    if (node.IsScalar()) {
      return fail(node.Mark(),
                  "files.undo must be a list of file-name patterns, e.g. "
                  "[\"*.down.sql\"]");
    }
    if (!strings(node, "files.undo", out)) return false;
    std::size_t i = 0;
    for (const YAML::Node& item : node) {
      const std::string& pattern = out[i++];
      const auto stars = std::count(pattern.begin(), pattern.end(), '*');
      std::string problem;
      if (pattern.find('/') != std::string::npos || pattern.find('\\') != std::string::npos) {
        problem = "is matched against file names only: write it without a folder";
      } else if (stars != 1) {
        problem = "needs exactly one '*', standing for the forward script's name";
      } else if (pattern.find_first_of("?[]{}") != std::string::npos) {
        problem = "may use only '*' as a wildcard";
      } else if (pattern.size() < 4 ||
                 source::ascii_lower(pattern.substr(pattern.size() - 4)) != ".sql") {
        problem = "must end in .sql (only .sql files are read)";
      } else if (pattern == "*.sql") {
        problem = "would make every script an undo script: name the undo part, e.g. *.down.sql";
      }
      if (!problem.empty()) {
        return fail(item.Mark(),
                    fmt::format(FMT_STRING("files.undo pattern '{}' {}"), pattern, problem));
      }
    }
    return true;
  }

  // `target: {edition: enterprise | standard | azure-sql, large_tables: [dbo.Orders]}`
  // (docs/configuration.md).
  [[nodiscard]] bool target(const YAML::Node& node, Config& out) {
    if (!expect_map(node, "target", {"edition", "large_tables"})) return false;
    if (const YAML::Node n = node["large_tables"]) {
      if (!strings(n, "target.large_tables", out.large_tables)) return false;
      for (const std::string& table : out.large_tables) {
        if (table.empty() || table.front() == '.' || table.back() == '.' ||
            std::count(table.begin(), table.end(), '.') > 1) {
          return fail(n.Mark(), fmt::format(FMT_STRING("target.large_tables: '{}' is not a table "
                                                       "name (write `Orders` or `dbo.Orders`)"),
                                            table));
        }
      }
    }
    if (const YAML::Node n = node["edition"]) {
      const std::string value = n.IsScalar() ? n.Scalar() : std::string();
      if (value == "enterprise") {
        out.edition = rules::Edition::Enterprise;
      } else if (value == "standard") {
        out.edition = rules::Edition::Standard;
      } else if (value == "azure-sql") {
        out.edition = rules::Edition::AzureSql;
      } else {
        return fail(n.Mark(), "target.edition must be `enterprise`, `standard` or `azure-sql`");
      }
    }
    return true;
  }

  [[nodiscard]] bool config(const YAML::Node& root, Config& out) {
    out.path = path_;
    if (root.IsNull()) return true;  // an empty file: the built-in defaults
    if (!expect_map(root, "the configuration",
                    {"rules", "environments", "files", "waivers", "inline_suppressions", "names",
                     "target"})) {
      return false;
    }
    if (const YAML::Node n = root["target"]) {
      if (!target(n, out)) return false;
    }
    if (const YAML::Node n = root["names"]) {
      // How the target database compares names (its collation): docs/configuration.md.
      const std::string value = n.IsScalar() ? n.Scalar() : std::string();
      if (value != "case-insensitive" && value != "case-sensitive") {
        return fail(n.Mark(), "names must be `case-insensitive` or `case-sensitive`");
      }
      out.case_sensitive_names = value == "case-sensitive";
    }
    if (const YAML::Node n = root["rules"]) {
      if (!rule_map(n, "rules", out.rules)) return false;
    }
    if (const YAML::Node n = root["environments"]) {
      if (!environments(n, out.environments)) return false;
    }
    if (const YAML::Node n = root["files"]) {
      if (!files(n, out.files)) return false;
    }
    if (const YAML::Node n = root["waivers"]) {
      if (!n.IsSequence()) return fail(n.Mark(), "waivers must be a list");
      for (const YAML::Node& item : n) {
        Waiver w;
        if (!waiver(item, w)) return false;
        out.waivers.push_back(std::move(w));
      }
    }
    if (const YAML::Node n = root["inline_suppressions"]) {
      if (!inline_settings(n, "inline_suppressions", out.inline_suppressions)) return false;
    }
    return true;
  }

 private:
  std::string path_;
  std::optional<source::Error> error_;
};

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string Date::iso() const {
  return fmt::format(FMT_STRING("{:04}-{:02}-{:02}"), year, month, day);
}

std::optional<Date> parse_date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !is_digits(iso.substr(0, 4)) ||
      !is_digits(iso.substr(5, 2)) || !is_digits(iso.substr(8, 2))) {
    return std::nullopt;
  }
  const Date d{std::stoi(std::string(iso.substr(0, 4))), std::stoi(std::string(iso.substr(5, 2))),
               std::stoi(std::string(iso.substr(8, 2)))};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  if (d.day > kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0)) return std::nullopt;
  return d;
}

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return path.empty();
  if (pattern.substr(0, 2) == "**") {
    std::string_view rest = pattern.substr(2);
    if (rest.substr(0, 1) == "/" && glob_match(rest.substr(1), path)) return true;  // no folder
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (glob_match(rest, path.substr(i))) return true;
    }
    return false;
  }
  if (pattern.front() == '*') {
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (glob_match(pattern.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') break;
    }
    return false;
  }
  if (path.empty()) return false;
  if (pattern.front() == '?') {
    return path.front() != '/' && glob_match(pattern.substr(1), path.substr(1));
  }
  return pattern.front() == path.front() && glob_match(pattern.substr(1), path.substr(1));
}

bool FileSelection::selects(std::string_view path) const {
  // Folders contribute `.sql` files in any case of the extension: `**/*.sql` selects `V2.SQL`
  // too, rather than leave a script out of the deployment for the case of its extension.
  std::string lowered(path);
  if (lowered.size() >= 4 && source::ascii_lower(lowered.substr(lowered.size() - 4)) == ".sql") {
    lowered.replace(lowered.size() - 4, 4, ".sql");
  }
  auto any = [&](const std::vector<std::string>& globs) {
    return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) {
      return glob_match(g, path) || glob_match(g, lowered);
    });
  };
  return (include.empty() || any(include)) && !any(exclude);
}

source::Expected<Config> parse_config(std::string_view yaml, std::string display_path) {
  Reader reader(display_path);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    // Bad YAML (a missing bracket, a tab for indentation): the parser's own message and place.
    reader.record(e.mark, e.msg);
    return reader.error();
  }
  Config config;
  // The readers check each node's type before converting it, so nothing below throws for a
  // well-formed YAML document.
  if (!reader.config(root, config)) return reader.error();
  return config;
}

source::Expected<Config> load_config(const std::filesystem::path& file, std::string display_path) {
  std::error_code ec;
  // A folder opens as a stream on Linux and reads as empty, which would mean "defaults": refuse.
  std::ifstream in;
  if (std::filesystem::is_regular_file(file, ec)) in.open(file, std::ios::binary);
  if (!in.is_open() || !in) {
    return source::Error{
        fmt::format(FMT_STRING("{}: cannot read the configuration file"), display_path), {}};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), std::move(display_path));
}

std::optional<std::filesystem::path> find_config(const std::filesystem::path& start) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(start, ec);
  if (ec) return std::nullopt;
  if (!std::filesystem::is_directory(dir, ec)) dir = dir.parent_path();
  while (true) {
    const std::filesystem::path candidate = dir / std::string(kConfigFileName);
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

}  // namespace pf::policy
