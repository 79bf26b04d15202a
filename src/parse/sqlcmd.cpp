#include "parse/sqlcmd.h"

#include "source/source.h"

#include <cctype>

namespace pf::parse {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// sqlcmd takes a value in double quotes as written inside them, a doubled quote standing for one.
std::string unquote(std::string_view s) {
  if (s.size() < 2 || s.front() != '"') return std::string(s);
  std::string out;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] == '"') {
      if (i + 1 < s.size() && s[i + 1] == '"') {
        out += '"';
        ++i;
        continue;
      }
      break;
    }
    out += s[i];
  }
  return out;
}

// The value of `:setvar Name VALUE` as sqlcmd takes it, or none where sqlcmd versions disagree.
// go-sqlcmd's ParseValue (pkg/sqlcmd/variables.go) requires quotes around a value with blanks and
// reads `""` inside them as `"`; a value that names another variable would need sqlcmd's order of
// replacement. Neither is guessed.
std::optional<std::string> setvar_value(std::string_view written) {
  std::string value;
  if (!written.empty() && written.front() == '"') {
    if (written.size() < 2 || written.back() != '"') return std::nullopt;
    const std::string_view inside = written.substr(1, written.size() - 2);
    for (std::size_t i = 0; i < inside.size(); ++i) {
      if (inside[i] == '"') {
        if (i + 1 >= inside.size() || inside[i + 1] != '"') return std::nullopt;
        ++i;  // `""` stands for one quote
      }
      value += inside[i];
    }
  } else {
    for (char c : written) {
      if (is_blank(c)) return std::nullopt;
    }
    value = std::string(written);
  }
  if (value.find("$(") != std::string::npos) return std::nullopt;
  return value;
}

}  // namespace

bool is_sqlcmd_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

ast::SqlcmdCommand read_sqlcmd_command(const SqlcmdLine& line) {
  ast::SqlcmdCommand command;
  command.batch = line.batches_before;
  std::string_view rest = trim(line.text);
  command.range = ast::SourceRange{
      ast::SourcePosition{line.line, 1},
      ast::SourcePosition{line.line,
                          static_cast<std::uint32_t>(source::count_code_points(
                              line.text.substr(0, line.text.find_last_not_of(" \t\r") + 1))) +
                              1}};
  // The splitter hands over lines that start with a colon, or with one of the words sqlcmd also
  // takes without it (EXIT, QUIT, RESET, ED, !!).
  if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
  if (rest.substr(0, 2) == "!!") {
    command.type = ast::SqlcmdCommand::Type::Shell;
    command.word = "!!";
    command.argument = std::string(trim(rest.substr(2)));
    return command;
  }
  std::size_t word_end = 0;
  while (word_end < rest.size() && std::isalpha(static_cast<unsigned char>(rest[word_end]))) {
    ++word_end;
  }
  command.word = source::ascii_lower(rest.substr(0, word_end));
  rest = trim(rest.substr(word_end));
  if (command.word == "setvar") {
    command.type = ast::SqlcmdCommand::Type::SetVar;
    std::size_t name_end = 0;
    while (name_end < rest.size() && !is_blank(rest[name_end])) ++name_end;
    command.argument = std::string(rest.substr(0, name_end));
    const std::string_view written = trim(rest.substr(name_end));
    if (written.empty()) {
      command.removes = true;
    } else {
      command.value = setvar_value(written);
    }
  } else if (command.word == "r") {
    command.type = ast::SqlcmdCommand::Type::Include;
    command.argument = unquote(rest);
  } else if (command.word == "exit") {
    command.type = ast::SqlcmdCommand::Type::Exit;
    command.argument = std::string(rest);
  } else {
    command.argument = std::string(rest);
  }
  return command;
}

std::optional<SubstitutedText> substitute_variables(
    const BatchText& batch, const std::map<std::string, std::string>& values,
    std::vector<ast::SqlcmdVariableUse>& uses, std::size_t budget, bool& over_budget) {
  const std::string_view text = batch.text;
  if (text.find("$(") == std::string_view::npos) return std::nullopt;
  SubstitutedText out;
  out.raw = text;
  out.start = ast::SourcePosition{batch.first_line, batch.first_column};
  bool replaced = false;
  ast::SourcePosition pos{batch.first_line, batch.first_column};
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '(') {
      std::size_t end = i + 2;
      while (end < text.size() && is_sqlcmd_name_char(text[end])) ++end;
      if (end > i + 2 && end < text.size() && text[end] == ')') {
        const std::string_view name = text.substr(i + 2, end - i - 2);
        const auto width = static_cast<std::uint32_t>(source::count_code_points(name) + 3);
        ast::SqlcmdVariableUse use{
            std::string(name),
            ast::SourceRange{pos, ast::SourcePosition{pos.line, pos.column + width}}, std::nullopt};
        const auto value = values.find(source::ascii_lower(name));
        if (value != values.end()) {
          if (value->second.size() > budget - std::min(budget, out.text.size())) {
            over_budget = true;
            return std::nullopt;
          }
          use.substituted = value->second;
          replaced = true;
          out.text += value->second;
          out.replacements.push_back(
              Replacement{i, end + 1 - i, width, source::count_code_points(value->second)});
        } else {
          out.text.append(text.substr(i, end + 1 - i));
        }
        uses.push_back(std::move(use));
        pos.column += width;
        i = end + 1;
        continue;
      }
    }
    const char c = text[i];
    out.text += c;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      if (c == '\n') {
        ++pos.line;
        pos.column = 1;
      } else {
        ++pos.column;
      }
    }
    ++i;
  }
  if (!replaced) return std::nullopt;
  return out;
}

}  // namespace pf::parse
