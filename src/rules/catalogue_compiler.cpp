// Build-time tool: validates rules/*.yaml and writes them out as C++ data for the rules stage,
// with the table of rule factories (the registry) and the rule reference docs/rules.md.
//
//   pf_catalogue_compiler OUTPUT.cpp [--docs RULES.md] rules/PF001-unparsed-statement.yaml ...
//                         src/rules/checks/pf001_unparsed_statement.cpp ...
//
// Any problem in an entry is reported as `file:line:column: message` and fails the build, so a
// malformed catalogue can never ship; so does an entry without its rule file or the reverse.
#include "rules/catalogue_compiler.h"

#include "tools/generated_file.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

// docs/dev/adding-a-rule.md: the only categories a rule may have.
const std::vector<std::string> kCategories = {
    "drop",          "truncate",    "cursor",   "nolock",          "data-loss",
    "unbounded-dml", "dynamic-sql", "security", "breaking-change", "unparsed",
    "style",         "server",      "history"};
const std::set<std::string> kLevels = {"fail", "review", "warn", "off"};
const std::set<std::string> kKeys = {"id",         "name",    "category",        "level",
                                     "reversible", "summary", "could_not_check", "rationale",
                                     "instead",    "examples"};
const std::set<std::string> kVariants = {"comment", "string", "dynamic",
                                         "unicode", "crlf",   "suppression"};

using pf::tools::Entry;
using pf::tools::Example;

struct CatalogueError {
  std::string message;
};

[[noreturn]] void fail(const std::string& file, const YAML::Mark& mark, const std::string& what) {
  throw CatalogueError{
      fmt::format(FMT_STRING("{}:{}:{}: {}"), file, mark.line + 1, mark.column + 1, what)};
}

std::string scalar(const std::string& file, const YAML::Node& map, const char* key) {
  const YAML::Node node = map[key];
  if (!node) fail(file, map.Mark(), fmt::format(FMT_STRING("missing key '{}'"), key));
  if (!node.IsScalar()) fail(file, node.Mark(), fmt::format(FMT_STRING("'{}' must be text"), key));
  return node.as<std::string>();
}

std::vector<Example> examples(const std::string& file, const YAML::Node& list, const char* kind) {
  if (!list || !list.IsSequence() || list.size() < 2) {
    fail(file, list ? list.Mark() : YAML::Mark(),
         fmt::format(FMT_STRING("examples.{} needs at least two examples"), kind));
  }
  std::vector<Example> out;
  for (const YAML::Node& item : list) {
    if (item.IsScalar()) {
      out.push_back({item.as<std::string>(), "", ""});
      continue;
    }
    if (!item.IsMap() || !item["sql"]) {
      fail(file, item.Mark(),
           "an example is a string or a map with 'sql' and optional 'skip' and 'undo'");
    }
    Example example{item["sql"].as<std::string>(), "", ""};
    for (const auto& kv : item) {
      const std::string key = kv.first.as<std::string>();
      if (key != "sql" && key != "skip" && key != "undo") {
        fail(file, kv.first.Mark(), fmt::format(FMT_STRING("unknown example key '{}'"), key));
      }
    }
    if (const YAML::Node skip = item["skip"]) {
      for (const YAML::Node& variant : skip) {
        const std::string name = variant.as<std::string>();
        if (kVariants.count(name) == 0) {
          fail(file, variant.Mark(), fmt::format(FMT_STRING("unknown variant '{}'"), name));
        }
        example.skip += (example.skip.empty() ? "" : ",") + name;
      }
    }
    if (const YAML::Node undo = item["undo"]) {
      if (!undo.IsScalar()) fail(file, undo.Mark(), "'undo' must be text");
      example.undo = undo.as<std::string>();
    }
    out.push_back(example);
  }
  return out;
}

// `PF` and three digits. (std::regex would do, but GCC 12 warns inside it under sanitizers.)
bool is_rule_id(const std::string& id) {
  return id.size() == 5 && id[0] == 'P' && id[1] == 'F' &&
         std::all_of(id.begin() + 2, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Lower-case words of letters and digits joined by single hyphens, starting with a letter.
bool is_kebab_case(const std::string& name) {
  if (name.empty() || name.front() < 'a' || name.front() > 'z' || name.back() == '-') return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && !(c == '-' && name[i - 1] != '-')) return false;
  }
  return true;
}

Entry load(const std::filesystem::path& path) {
  const std::string file = "rules/" + path.filename().string();
  YAML::Node root;
  try {
    root = YAML::LoadFile(path.string());
  } catch (const YAML::Exception& e) {
    fail(file, e.mark, e.msg);
  }
  if (!root.IsMap()) fail(file, root.Mark(), "a catalogue entry is a YAML mapping");
  for (const auto& kv : root) {
    const std::string key = kv.first.as<std::string>();
    if (kKeys.count(key) == 0) fail(file, kv.first.Mark(), "unknown key '" + key + "'");
  }
  Entry e;
  e.file = file;
  e.id = scalar(file, root, "id");
  e.name = scalar(file, root, "name");
  e.category = scalar(file, root, "category");
  e.level = scalar(file, root, "level");
  e.summary = scalar(file, root, "summary");
  e.rationale = scalar(file, root, "rationale");
  e.instead = scalar(file, root, "instead");
  const std::string reversible = scalar(file, root, "reversible");
  if (reversible != "true" && reversible != "false") {
    fail(file, root["reversible"].Mark(), "'reversible' must be true or false");
  }
  e.reversible = reversible == "true";
  // Optional: true for findings that mean Preflight could not see what runs (docs/configuration.md
  // "Inline suppressions": only a policy waiver accepts them).
  if (const YAML::Node node = root["could_not_check"]) {
    const std::string value = node.IsScalar() ? node.as<std::string>() : "";
    if (value != "true" && value != "false") {
      fail(file, node.Mark(), "'could_not_check' must be true or false");
    }
    e.could_not_check = value == "true";
  }
  if (!is_rule_id(e.id)) {
    fail(file, root["id"].Mark(), "id must look like PF123");
  }
  if (!is_kebab_case(e.name)) {
    fail(file, root["name"].Mark(), "name must be kebab-case");
  }
  if (std::find(kCategories.begin(), kCategories.end(), e.category) == kCategories.end()) {
    fail(file, root["category"].Mark(), "unknown category '" + e.category + "'");
  }
  if (kLevels.count(e.level) == 0)
    fail(file, root["level"].Mark(), "unknown level '" + e.level + "'");
  if (path.filename().string() != e.id + "-" + e.name + ".yaml") {
    fail(file, root.Mark(), "file name must be <id>-<name>.yaml: " + e.id + "-" + e.name + ".yaml");
  }
  const YAML::Node ex = root["examples"];
  if (!ex || !ex.IsMap()) fail(file, root.Mark(), "missing 'examples' with 'bad' and 'good'");
  e.bad = examples(file, ex["bad"], "bad");
  e.good = examples(file, ex["good"], "good");
  return e;
}

// A C++ string literal with every byte that is not plain printable ASCII written as an octal
// escape, so the output is independent of the compiler's source character set.
std::string literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7F && c != '?') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format(FMT_STRING("\\{:03o}"), c);
    }
  }
  return out + "\"";
}

std::string level_enum(const std::string& level) {
  std::string name = level;
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return "Level::" + name;
}

// The naming convention that replaces a hand-kept registry: entry PF101 `drop-table` is
// src/rules/checks/pf101_drop_table.cpp, which defines make_drop_table_rule().
std::string underscored(const std::string& name) {
  std::string out = name;
  std::replace(out.begin(), out.end(), '-', '_');
  return out;
}

std::string check_file_name(const Entry& e) {
  std::string id = e.id;
  std::transform(id.begin(), id.end(), id.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return id + "_" + underscored(e.name) + ".cpp";
}

std::string factory_name(const Entry& e) { return "make_" + underscored(e.name) + "_rule"; }

// Every entry has its rule file defining its factory, and every rule file has its entry; the
// messages say which file to add, rename or remove.
void match_checks(const std::vector<Entry>& entries,
                  const std::vector<std::filesystem::path>& checks) {
  std::map<std::string, std::filesystem::path> files;
  for (const auto& path : checks) files.emplace(path.filename().string(), path);
  std::vector<std::string> problems;
  for (const Entry& e : entries) {
    const auto found = files.find(check_file_name(e));
    if (found == files.end()) {
      problems.push_back(fmt::format(
          FMT_STRING("{}: no rule file src/rules/checks/{} (tools/new_rule.py scaffolds one)"),
          e.file, check_file_name(e)));
      continue;
    }
    std::ifstream in(found->second, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (text.find(factory_name(e) + "()") == std::string::npos) {
      problems.push_back(fmt::format(FMT_STRING("src/rules/checks/{}: does not define {}() for {}"),
                                     found->first, factory_name(e), e.file));
    }
    files.erase(found);
  }
  for (const auto& [name, path] : files) {
    problems.push_back(fmt::format(
        FMT_STRING("src/rules/checks/{}: no catalogue entry rules/PFNNN-<name>.yaml names this "
                   "file (pfNNN_<name with _ for ->.cpp)"),
        name));
  }
  if (!problems.empty()) {
    std::string all;
    for (const std::string& p : problems) all += (all.empty() ? "" : "\n") + p;
    throw CatalogueError{all};
  }
}

std::string emit(const std::vector<Entry>& entries) {
  std::ostringstream out;
  out << "// Generated by pf_catalogue_compiler from rules/*.yaml. Do not edit.\n"
         "#include \"rules/rule.h\"\n#include \"rules/rules.h\"\n\nnamespace pf::rules {\n\n";
  // Declared here, not in a hand-kept header: the checks' file names are the list.
  for (const Entry& e : entries) {
    out << "std::unique_ptr<const Rule> " << factory_name(e) << "();\n";
  }
  out << "\nnamespace {\n\n";
  auto emit_examples = [&](const std::string& var, const std::vector<Example>& list) {
    out << "const RuleExample " << var << "[] = {\n";
    for (const Example& ex : list)
      out << "    {" << literal(ex.sql) << ", " << literal(ex.skip) << ", " << literal(ex.undo)
          << "},\n";
    out << "};\n";
  };
  for (const Entry& e : entries) {
    emit_examples("k" + e.id + "Bad", e.bad);
    emit_examples("k" + e.id + "Good", e.good);
  }
  out << "\nconst CatalogueEntry kEntries[] = {\n";
  for (const Entry& e : entries) {
    out << "    {" << literal(e.id) << ", " << literal(e.name) << ", " << literal(e.category)
        << ", " << level_enum(e.level) << ", " << (e.reversible ? "true" : "false") << ", "
        << (e.could_not_check ? "true" : "false") << ",\n     " << literal(e.summary) << ",\n     "
        << literal(e.rationale) << ",\n     " << literal(e.instead) << ",\n     {k" << e.id
        << "Bad, " << e.bad.size() << "}, {k" << e.id << "Good, " << e.good.size() << "}, "
        << literal(e.file) << "},\n";
  }
  out << "};\n\n}  // namespace\n\n"
         "const std::vector<std::string_view>& compiled_categories() {\n"
         "  static const std::vector<std::string_view> all = {";
  for (const std::string& category : kCategories) out << literal(category) << ", ";
  out << "};\n  return all;\n}\n\n"
         "Span<CatalogueEntry> compiled_catalogue() {\n"
         "  return {kEntries, sizeof(kEntries) / sizeof(kEntries[0])};\n}\n\n"
         "Span<RuleFactory> compiled_rule_factories() {\n"
         "  static const RuleFactory factories[] = {\n";
  for (const Entry& e : entries) out << "      " << factory_name(e) << ",\n";
  out << "  };\n  return {factories, sizeof(factories) / sizeof(factories[0])};\n}\n\n"
         "}  // namespace pf::rules\n";
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pf_catalogue_compiler OUTPUT.cpp [--docs RULES.md] ENTRY.yaml... "
                 "CHECK.cpp...\n";
    return 2;
  }
  try {
    std::vector<Entry> entries;
    std::vector<std::filesystem::path> checks;
    std::string docs;
    for (int i = 2; i < argc; ++i) {
      const std::filesystem::path arg = argv[i];
      if (arg == "--docs" && i + 1 < argc) {
        docs = argv[++i];
      } else if (arg.extension() == ".cpp") {
        checks.push_back(arg);
      } else {
        entries.push_back(load(arg));
      }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.id < b.id; });
    std::map<std::string, std::string> seen;
    for (const Entry& e : entries) {
      for (const std::string& key : {e.id, e.name}) {
        if (!seen.emplace(key, e.file).second) {
          throw CatalogueError{e.file + ": '" + key + "' is already used by " + seen[key]};
        }
      }
    }
    match_checks(entries, checks);
    std::string problem = pf::tools::write_generated_file(argv[1], emit(entries));
    if (problem.empty() && !docs.empty()) {
      problem = pf::tools::write_generated_file(docs, pf::tools::rules_markdown(entries));
    }
    if (!problem.empty()) throw CatalogueError{problem};
  } catch (const CatalogueError& e) {
    std::cerr << e.message << "\n";
    return 1;
  }
  return 0;
}
