// `preflight rules` (the catalogue) and `preflight explain RULE` (one rule's documentation).
#include "rules/rules.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/suggest.h"
#include "report/visible_text.h"
#include "source/source.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace pf::cli {
namespace {

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

// `rules --format json`: the catalogue for tools (completion, editors, dashboards); the fields
// are docs/reports.md "Rule catalogue".
int run_rules_json() {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    rules.push_back(nlohmann::ordered_json{{"id", e.id},
                                           {"name", e.name},
                                           {"category", e.category},
                                           {"level", rules::level_name(e.level)},
                                           {"reversible", e.reversible},
                                           {"could_not_check", e.could_not_check},
                                           {"summary", e.summary},
                                           {"instead", trim_end(e.instead)},
                                           {"source", e.file}});
  }
  const nlohmann::ordered_json doc{{"schema_version", 1},
                                   {"tool", {{"name", "preflight"}, {"version", kVersion}}},
                                   {"categories", rules::categories()},
                                   {"rules", std::move(rules)}};
  std::cout << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  return kExitPass;
}

int run_rules_list(const std::string& format) {
  if (format == "json") return run_rules_json();
  std::size_t name_width = 4;
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    name_width = std::max(name_width, e.name.size());
  }
  fmt::print(FMT_STRING("{:<6} {:<{}} {:<16} {:<7} {}\n"), "id", "name", name_width, "category",
             "level", "summary");
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    fmt::print(FMT_STRING("{:<6} {:<{}} {:<16} {:<7} {}\n"), e.id, e.name, name_width, e.category,
               rules::level_name(e.level), e.summary);
  }
  return kExitPass;
}

std::string without_markers(std::string_view sql) {
  std::string out;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    // « is C2 AB and » is C2 BB in UTF-8.
    if (sql[i] == '\xC2' && i + 1 < sql.size() && (sql[i + 1] == '\xAB' || sql[i + 1] == '\xBB')) {
      ++i;
      continue;
    }
    out += sql[i];
  }
  return out;
}

// `explain CATEGORY`: the category's rules, as `rules` lists them.
int run_explain_category(std::string_view category) {
  fmt::print(FMT_STRING("category {}\n\n"), category);
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    if (e.category != category) continue;
    fmt::print(FMT_STRING("{:<6} {:<7} {}: {}\n"), e.id, rules::level_name(e.level), e.name,
               e.summary);
  }
  fmt::print(FMT_STRING("\nMore on one rule: preflight explain PFnnn\n"));
  return kExitPass;
}

int run_explain(const std::string& id) {
  const rules::CatalogueEntry* e = rules::find_entry(id);
  if (e == nullptr) {
    for (const std::string_view category : rules::categories()) {
      if (source::equal_ignoring_case(category, id)) return run_explain_category(category);
    }
    std::vector<std::string> known;
    for (const rules::CatalogueEntry& entry : rules::catalogue()) {
      known.emplace_back(entry.id);
      known.emplace_back(entry.name);
    }
    for (const std::string_view category : rules::categories()) known.emplace_back(category);
    print_error(fmt::format(FMT_STRING("no rule or category '{}'{} (see `preflight rules`)"),
                            id.substr(0, report::kMaxQuotedChars), did_you_mean(id, known)));
    return kExitUsage;
  }
  fmt::print(FMT_STRING("{} {}\n\n{}\n\ncategory: {}\ndefault level: {}\nreversible: {}\n\n"),
             e->id, e->name, e->summary, e->category, rules::level_name(e->level),
             e->reversible ? "yes" : "no (only a backup brings the data back)");
  if (e->could_not_check) {
    fmt::print(
        FMT_STRING("suppression: only a policy waiver; a script cannot suppress it inline "
                   "(it means Preflight could not check what runs)\n\n"));
  }
  fmt::print(FMT_STRING("Why\n{}\n\nInstead\n{}\n"), trim_end(e->rationale), trim_end(e->instead));
  // Each example indented as a block, so multi-line examples stay readable.
  auto print_examples = [](std::string_view title, rules::Span<rules::RuleExample> examples) {
    fmt::print(FMT_STRING("\n{}\n"), title);
    for (const rules::RuleExample& ex : examples) {
      std::string text = without_markers(ex.sql);
      for (std::size_t at = text.find('\n'); at != std::string::npos;
           at = text.find('\n', at + 1)) {
        text.insert(at + 1, "    ");
      }
      fmt::print(FMT_STRING("  - {}\n"), text);
      if (!ex.undo.empty()) {
        std::string undo(ex.undo);
        for (std::size_t at = undo.find('\n'); at != std::string::npos;
             at = undo.find('\n', at + 1)) {
          undo.insert(at + 1, "          ");
        }
        fmt::print(FMT_STRING("    undo: {}\n"), undo);
      }
    }
  };
  print_examples("Flagged", e->bad);
  print_examples("Not flagged", e->good);
  fmt::print(FMT_STRING("\nSource: {}\n"), e->file);
  return kExitPass;
}

}  // namespace

Subcommand add_rules(CLI::App& app) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* command = app.add_subcommand("rules", "List the rule catalogue");
  command->add_option("--format", *format, "Output format: text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  return Subcommand{command, [format] { return run_rules_list(*format); }};
}

Subcommand add_explain(CLI::App& app) {
  auto id = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("explain", "Show a rule's documentation");
  command
      ->add_option("rule", *id,
                   "Rule id or name (PF101, drop-table), or a category (drop) to list its rules")
      ->required()
      ->type_name("RULE");
  return Subcommand{command, [id] { return run_explain(*id); }};
}

}  // namespace pf::cli
