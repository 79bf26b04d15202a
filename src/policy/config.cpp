// .preflight.yml -> policy::Config. yaml-cpp is used only in this stage, and its throwing calls
// are wrapped here.
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

// Carries the first configuration mistake out of the nested readers below. It never leaves this
// file: parse_config turns it into an Error value.
struct ConfigMistake {
  source::Error error;
};

class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const YAML::Mark& mark, std::string_view message) const {
    // yaml-cpp marks are 0-based; a node without a place (e.g. a missing value) has -1.
    if (mark.line < 0) {
      throw ConfigMistake{source::Error{fmt::format(FMT_STRING("{}: {}"), path_, message), {}}};
    }
    throw ConfigMistake{source::Error{
        fmt::format(FMT_STRING("{}:{}:{}: {}"), path_, mark.line + 1, mark.column + 1, message),
        {}}};
  }

  [[nodiscard]] std::string scalar(const YAML::Node& node, std::string_view what) const {
    if (!node.IsScalar()) fail(node.Mark(), fmt::format(FMT_STRING("{} must be a string"), what));
    return node.Scalar();
  }

  [[nodiscard]] std::string text(const YAML::Node& node, std::string_view what) const {
    std::string value = scalar(node, what);
    if (value.find_first_not_of(" \t") == std::string::npos) {
      fail(node.Mark(), fmt::format(FMT_STRING("{} must not be empty"), what));
    }
    return value;
  }

  [[nodiscard]] bool boolean(const YAML::Node& node, std::string_view what) const {
    const std::string value = node.IsScalar() ? node.Scalar() : std::string();
    if (value == "true") return true;
    if (value == "false") return false;
    fail(node.Mark(), fmt::format(FMT_STRING("{} must be true or false"), what));
  }

  [[nodiscard]] std::vector<std::string> strings(const YAML::Node& node,
                                                 std::string_view what) const {
    if (!node.IsSequence()) {
      fail(node.Mark(), fmt::format(FMT_STRING("{} must be a list of strings"), what));
    }
    std::vector<std::string> out;
    for (const YAML::Node& item : node) out.push_back(text(item, what));
    return out;
  }

  // Checks that `node` is a map whose keys are all in `allowed`, each at most once.
  void expect_map(const YAML::Node& node, std::string_view what,
                  const std::vector<std::string_view>& allowed) const {
    if (!node.IsMap()) fail(node.Mark(), fmt::format(FMT_STRING("{} must be a map"), what));
    std::set<std::string> seen;
    for (const auto& kv : node) {
      const std::string key = scalar(kv.first, "a key");
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string expected;
        for (std::string_view a : allowed)
          expected += (expected.empty() ? "" : ", ") + std::string(a);
        fail(kv.first.Mark(),
             fmt::format(FMT_STRING("unknown key '{}' in {} (expected one of: {})"), key, what,
                         expected));
      }
      if (!seen.insert(key).second) {
        fail(kv.first.Mark(), fmt::format(FMT_STRING("'{}' is given twice in {}"), key, what));
      }
    }
  }

  [[nodiscard]] rules::Level level(const YAML::Node& node, bool allow_off) const {
    const std::string value = node.IsScalar() ? node.Scalar() : std::string();
    const std::optional<rules::Level> parsed = rules::parse_level(value);
    if (!parsed || (!allow_off && *parsed == rules::Level::Off)) {
      fail(node.Mark(),
           fmt::format(FMT_STRING("'{}' is not a level (expected {})"), value,
                       allow_off ? "fail, review, warn or off" : "fail, review or warn"));
    }
    return *parsed;
  }

  // A `rules:` map. Keys are rule ids, names or categories; giving one rule two different levels
  // by its id and its name is a mistake, not a precedence question.
  [[nodiscard]] std::vector<RuleSetting> rule_map(const YAML::Node& node,
                                                  std::string_view what) const {
    if (!node.IsMap()) fail(node.Mark(), fmt::format(FMT_STRING("{} must be a map"), what));
    std::vector<RuleSetting> out;
    std::map<std::string_view, std::pair<std::string, rules::Level>> by_rule;  // id -> key, level
    std::set<std::string> keys;
    for (const auto& kv : node) {
      const std::string key = scalar(kv.first, "a rule id, name or category");
      if (!keys.insert(key).second) {
        fail(kv.first.Mark(), fmt::format(FMT_STRING("'{}' is given twice in {}"), key, what));
      }
      const rules::Level lvl = level(kv.second, true);
      const rules::CatalogueEntry* entry = rules::find_entry(key);
      const auto& cats = rules::categories();
      if (entry == nullptr && std::find(cats.begin(), cats.end(), key) == cats.end()) {
        fail(kv.first.Mark(),
             fmt::format(FMT_STRING("'{}' is not a rule id, rule name or category (see "
                                    "`preflight rules`)"),
                         key));
      }
      if (entry != nullptr) {
        const auto [it, inserted] = by_rule.emplace(entry->id, std::make_pair(key, lvl));
        if (!inserted && it->second.second != lvl) {
          fail(kv.first.Mark(),
               fmt::format(FMT_STRING("'{}' and '{}' are the same rule ({}) with different levels"),
                           it->second.first, key, entry->id));
        }
      }
      out.push_back(RuleSetting{key, lvl, static_cast<std::uint32_t>(kv.first.Mark().line + 1)});
    }
    return out;
  }

  [[nodiscard]] InlineSettings inline_settings(const YAML::Node& node,
                                               std::string_view what) const {
    InlineSettings out;
    if (node.IsScalar() && node.Scalar() == "off") {
      out.enabled = false;
      return out;
    }
    if (!node.IsMap()) {
      fail(node.Mark(), fmt::format(FMT_STRING("{} must be `off` or a map with allow and "
                                               "require_reason"),
                                    what));
    }
    expect_map(node, what, {"allow", "require_reason"});
    out.enabled = true;
    if (const YAML::Node allow = node["allow"]) {
      if (!allow.IsSequence()) {
        fail(allow.Mark(), fmt::format(FMT_STRING("{}.allow must be a list of levels"), what));
      }
      std::vector<rules::Level> levels;
      for (const YAML::Node& item : allow) levels.push_back(level(item, false));
      out.allow = levels;
    }
    if (const YAML::Node require = node["require_reason"]) {
      out.require_reason = boolean(require, fmt::format(FMT_STRING("{}.require_reason"), what));
    }
    return out;
  }

  [[nodiscard]] Waiver waiver(const YAML::Node& node) const {
    expect_map(node, "a waiver", {"rule", "path", "object", "reason", "approved_by", "expires"});
    for (std::string_view required : {"rule", "path", "reason", "approved_by", "expires"}) {
      if (!node[std::string(required)]) {
        fail(node.Mark(), fmt::format(FMT_STRING("a waiver needs '{}'"), required));
      }
    }
    Waiver w;
    w.line = static_cast<std::uint32_t>(node.Mark().line + 1);
    w.rule = text(node["rule"], "waiver rule");
    w.entry = rules::find_entry(w.rule);
    if (w.entry == nullptr) {
      fail(
          node["rule"].Mark(),
          fmt::format(FMT_STRING("'{}' is not a rule id or name (see `preflight rules`)"), w.rule));
    }
    if (w.entry->id == "PF002") {
      fail(node["rule"].Mark(), "PF002 invalid-suppression cannot be waived");
    }
    w.path = text(node["path"], "waiver path");
    if (const YAML::Node object = node["object"]) w.object = text(object, "waiver object");
    w.reason = text(node["reason"], "waiver reason");
    w.approved_by = text(node["approved_by"], "waiver approved_by");
    const std::string expires = scalar(node["expires"], "waiver expires");
    const std::optional<Date> date = parse_date(expires);
    if (!date) {
      fail(node["expires"].Mark(),
           fmt::format(FMT_STRING("'{}' is not a date (expected YYYY-MM-DD, a day that exists)"),
                       expires));
    }
    w.expires = *date;
    return w;
  }

  [[nodiscard]] Config config(const YAML::Node& root) const {
    Config out;
    out.path = path_;
    if (root.IsNull()) return out;  // an empty file: the built-in defaults
    expect_map(root, "the configuration",
               {"rules", "environments", "files", "waivers", "inline_suppressions"});
    if (const YAML::Node rules = root["rules"]) out.rules = rule_map(rules, "rules");
    if (const YAML::Node envs = root["environments"]) {
      if (!envs.IsMap()) fail(envs.Mark(), "environments must be a map of names to settings");
      for (const auto& kv : envs) {
        Environment env;
        env.name = text(kv.first, "an environment name");
        const std::string what = "environments." + env.name;
        if (!kv.second.IsNull()) {
          expect_map(kv.second, what, {"rules", "inline_suppressions"});
          if (const YAML::Node r = kv.second["rules"]) env.rules = rule_map(r, what + ".rules");
          if (const YAML::Node i = kv.second["inline_suppressions"]) {
            env.inline_suppressions = inline_settings(i, what + ".inline_suppressions");
          }
        }
        for (const Environment& other : out.environments) {
          if (other.name == env.name) {
            fail(kv.first.Mark(),
                 fmt::format(FMT_STRING("environment '{}' is given twice"), env.name));
          }
        }
        out.environments.push_back(std::move(env));
      }
    }
    if (const YAML::Node files = root["files"]) {
      expect_map(files, "files", {"include", "exclude", "order"});
      if (const YAML::Node n = files["include"]) out.files.include = strings(n, "files.include");
      if (const YAML::Node n = files["exclude"]) out.files.exclude = strings(n, "files.exclude");
      if (const YAML::Node n = files["order"]) {
        out.files.order = scalar(n, "files.order");
        const std::vector<std::string_view> orders{"flyway", "natural", "lexical", "given"};
        if (std::find(orders.begin(), orders.end(), out.files.order) == orders.end()) {
          fail(n.Mark(), fmt::format(FMT_STRING("'{}' is not an order (expected flyway, natural, "
                                                "lexical or given)"),
                                     out.files.order));
        }
      }
    }
    if (const YAML::Node waivers = root["waivers"]) {
      if (!waivers.IsSequence()) fail(waivers.Mark(), "waivers must be a list");
      for (const YAML::Node& w : waivers) out.waivers.push_back(waiver(w));
    }
    if (const YAML::Node i = root["inline_suppressions"]) {
      out.inline_suppressions = inline_settings(i, "inline_suppressions");
    }
    return out;
  }

 private:
  std::string path_;
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
  auto any = [&](const std::vector<std::string>& globs) {
    return std::any_of(globs.begin(), globs.end(),
                       [&](const std::string& g) { return glob_match(g, path); });
  };
  return (include.empty() || any(include)) && !any(exclude);
}

source::Expected<Config> parse_config(std::string_view yaml, std::string display_path) {
  const Reader reader(display_path);
  try {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
      reader.fail(e.mark, e.msg);
    }
    return reader.config(root);
  } catch (const ConfigMistake& mistake) {
    return mistake.error;
  } catch (const YAML::Exception& e) {
    // A conversion the readers above did not foresee: still a configuration error with a place.
    return source::Error{fmt::format(FMT_STRING("{}:{}:{}: {}"), display_path, e.mark.line + 1,
                                     e.mark.column + 1, e.msg),
                         {}};
  }
}

source::Expected<Config> load_config(const std::filesystem::path& file, std::string display_path) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
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
