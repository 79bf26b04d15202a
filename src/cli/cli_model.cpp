#include "cli/cli_model.h"

#include "rules/rules.h"

namespace pf::cli {
namespace {

// CLI11 writes an IsMember check's set into the type name: `TEXT:{text,json}`.
std::vector<std::string> choices_of(const std::string& type_name) {
  const std::size_t open = type_name.find(":{");
  const std::size_t close = type_name.rfind('}');
  std::vector<std::string> out;
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string current;
  for (std::size_t at = open + 2; at < close; ++at) {
    if (type_name[at] == ',') {
      out.push_back(current);
      current.clear();
    } else {
      current += type_name[at];
    }
  }
  out.push_back(current);
  return out;
}

OptionModel option_model(const CLI::Option& option) {
  OptionModel model;
  for (const std::string& l : option.get_lnames()) model.names.push_back("--" + l);
  for (const std::string& s : option.get_snames()) model.names.push_back("-" + s);
  model.description = option.get_description();
  if (option.get_expected_min() > 0 || !option.nonpositional()) {
    const std::string type = option.get_type_name();
    model.value_name = type.substr(0, type.find(':'));
    model.choices = choices_of(type);
    if (model.value_name == "RULE") {
      // `explain` takes any word, to suggest the nearest; these are the words it knows.
      for (const rules::CatalogueEntry& e : rules::catalogue()) model.choices.emplace_back(e.id);
      for (const rules::CatalogueEntry& e : rules::catalogue()) model.choices.emplace_back(e.name);
      for (const std::string_view c : rules::categories()) model.choices.emplace_back(c);
    }
  }
  if (!option.nonpositional()) model.names.clear();
  return model;
}

}  // namespace

std::vector<CommandModel> command_models(const CLI::App& app) {
  std::vector<CommandModel> out;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (command->get_group().empty()) continue;  // hidden
    CommandModel model{command->get_name(), command->get_description(), {}, {}};
    for (const CLI::Option* option : command->get_options()) {
      (option->nonpositional() ? model.options : model.operands).push_back(option_model(*option));
    }
    out.push_back(std::move(model));
  }
  return out;
}

}  // namespace pf::cli
