// `preflight rules` (the catalogue) and `preflight explain RULE` (one rule's documentation).
#include "rules/rules.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace pf::cli {
namespace {

int run_rules_list() {
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

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  return s;
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

int run_explain(const std::string& id) {
  const rules::CatalogueEntry* e = rules::find_entry(id);
  if (e == nullptr) {
    fmt::print(std::cerr, FMT_STRING("preflight: no rule '{}' (see `preflight rules`)\n"),
               report::visible(id));
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
  CLI::App* command = app.add_subcommand("rules", "List the rule catalogue");
  return Subcommand{command, [] { return run_rules_list(); }};
}

Subcommand add_explain(CLI::App& app) {
  auto id = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("explain", "Show a rule's documentation");
  command->add_option("rule", *id, "Rule id or name, e.g. PF101 or drop-table")->required();
  return Subcommand{command, [id] { return run_explain(*id); }};
}

}  // namespace pf::cli
