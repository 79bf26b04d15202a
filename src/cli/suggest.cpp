#include "cli/suggest.h"

#include "cli/cli.h"
#include "cli/options.h"
#include "report/visible_text.h"
#include "source/nearest.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstddef>

namespace pf::cli {
namespace {

std::vector<const CLI::App*> all_commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App*) { return true; });
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command : all_commands(app)) {
    if (!command->get_group().empty()) names.push_back(command->get_name());
  }
  return names;
}

const CLI::Option* find_option(const CLI::App& command, std::string_view name) {
  for (const CLI::Option* option : command.get_options()) {
    if (!option->nonpositional()) continue;
    for (const std::string& l : option->get_lnames()) {
      if (name == "--" + l) return option;
    }
    for (const std::string& s : option->get_snames()) {
      if (name == "-" + s) return option;
    }
  }
  return nullptr;
}

}  // namespace

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::optional<std::string> guess = source::nearest(word, candidates);
  if (!guess) return {};
  return fmt::format(FMT_STRING("; did you mean '{}'?"), report::visible(*guess));
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    if (!option->nonpositional()) continue;
    for (const std::string& l : option->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : option->get_snames()) names.push_back("-" + s);
  }
  return names;
}

std::optional<int> refuse_unknown_words(CLI::App& app, int argc, const char* const* argv) {
  int at = 1;
  // Before the subcommand only --help and --version mean anything; CLI11 handles both.
  for (; at < argc; ++at) {
    const std::string_view word = argv[at];
    if (word.empty() || word.front() != '-') break;
    if (find_option(app, word.substr(0, word.find('='))) != nullptr) return std::nullopt;
    print_usage_error(fmt::format(FMT_STRING("unknown option '{}'{}"),
                                  report::visible_bounded(word, report::kMaxQuotedChars),
                                  did_you_mean(word, option_names(app))),
                      "preflight");
    return kExitUsage;
  }
  if (at >= argc) return std::nullopt;  // CLI11 says a subcommand is required
  const std::string_view name = argv[at];
  const CLI::App* command = nullptr;
  for (const CLI::App* c : all_commands(app)) {
    if (c->get_name() == name) command = c;
  }
  if (command == nullptr) {
    print_usage_error(fmt::format(FMT_STRING("unknown command '{}'{}"),
                                  report::visible_bounded(name, report::kMaxQuotedChars),
                                  did_you_mean(name, subcommand_names(app))),
                      "preflight");
    return kExitUsage;
  }
  // The next word is an option's value, not an option of its own.
  bool value_next = false;
  for (++at; at < argc; ++at) {
    const std::string_view word = argv[at];
    if (value_next) {
      value_next = false;
      continue;
    }
    if (word == "--") break;  // the rest are operands, whatever they look like
    if (word.size() < 2 || word.front() != '-') continue;  // an operand, or `-` (standard input)
    const std::size_t equals = word.find('=');
    const std::string_view option_name = word.substr(0, equals);
    if (const CLI::Option* option = find_option(*command, option_name)) {
      // Its value is the next word, even one starting with a dash (`--today -1` is CLI11's to
      // refuse, with its own message).
      value_next = equals == std::string_view::npos && option->get_expected_min() > 0;
      continue;
    }
    // An option of another command: say so rather than guess a different one.
    std::vector<std::string> elsewhere;
    for (const CLI::App* other : all_commands(app)) {
      if (other != command && !other->get_group().empty() &&
          find_option(*other, option_name) != nullptr) {
        elsewhere.push_back(other->get_name());
      }
    }
    const std::string hint = elsewhere.empty() ? did_you_mean(option_name, option_names(*command))
                                               : fmt::format(FMT_STRING(" (an option of '{}')"),
                                                             fmt::join(elsewhere, "', '"));
    print_usage_error(fmt::format(FMT_STRING("unknown option '{}' for '{}'{}"),
                                  report::visible_bounded(option_name, report::kMaxQuotedChars),
                                  command->get_name(), hint),
                      "preflight " + command->get_name());
    return kExitUsage;
  }
  return std::nullopt;
}

}  // namespace pf::cli
