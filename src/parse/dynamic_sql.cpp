#include "parse/dynamic_sql.h"

#include "parse/batch_parser.h"
#include "parse/char_map.h"
#include "parse/nesting.h"
#include "parse/token_stream.h"
#include "parse/variable_sql.h"

#include <optional>
#include <string>

namespace pf::parse {
namespace {

// ---------------------------------------------------------------- dynamic SQL literals

// The value of a literal, where its characters are, and its width in the file between the quotes.
struct MappedLiteral {
  std::string value;
  CharMap chars;
  std::size_t raw_chars = 0;
};

// The value of the literal at `range` (`N'...'` or `'...'`) with the position of each character,
// or nothing when the text there is not exactly one literal.
std::optional<MappedLiteral> map_literal(const source::SourceFile& file,
                                         const ast::SourceRange& range) {
  const std::size_t begin = file.offset_of(range.begin);
  const std::size_t end = file.offset_of(range.end);
  if (end <= begin) return std::nullopt;
  std::string_view raw = std::string_view(file.text()).substr(begin, end - begin);
  ast::SourcePosition pos = range.begin;
  if (!raw.empty() && (raw[0] == 'N' || raw[0] == 'n')) {
    raw.remove_prefix(1);
    ++pos.column;
  }
  if (raw.size() < 2 || raw.front() != '\'' || raw.back() != '\'') return std::nullopt;
  raw = raw.substr(1, raw.size() - 2);
  ++pos.column;
  std::string value;
  value.reserve(raw.size());
  std::size_t raw_index = 0;
  for (std::size_t i = 0; i < raw.size();) {
    const bool escaped_quote = raw[i] == '\'' && i + 1 < raw.size() && raw[i + 1] == '\'';
    if (raw[i] == '\'' && !escaped_quote) return std::nullopt;  // two literals, not one
    std::size_t bytes = 1;
    while (i + bytes < raw.size() && (static_cast<unsigned char>(raw[i + bytes]) & 0xC0) == 0x80) {
      ++bytes;
    }
    value.append(raw.substr(i, bytes));
    raw_index += escaped_quote ? 2 : 1;
    i += escaped_quote ? 2 : bytes;
  }
  return MappedLiteral{std::move(value), CharMap::of_literal(raw, pos), raw_index};
}

const ast::SqlTextProcedure* sql_text_procedure(const ast::Execute& exec) {
  return exec.procedure ? ast::find_sql_text_procedure(exec.procedure->object()) : nullptr;
}

const ast::ExecuteArgument* argument_of(const ast::Execute& exec,
                                        const ast::SqlTextArgument& wanted) {
  for (const ast::ExecuteArgument& a : exec.arguments) {
    if (a.name && source::equal_ignoring_case(*a.name, wanted.name)) return &a;
  }
  if (wanted.position < exec.arguments.size() && !exec.arguments[wanted.position].name) {
    return &exec.arguments[wanted.position];
  }
  return nullptr;
}

// One SQL text an EXEC runs: the literal's range and value, or nothing when it is not one literal.
struct SqlText {
  std::optional<ast::SourceRange> range;
  std::optional<std::string> value;
};

// Every SQL text the EXEC runs: `EXEC (...)` has one; a procedure of sql_text_procedures() one per
// text argument given.
// A variable that certainly holds one literal (executed_variable_literal) counts as that literal.
std::vector<SqlText> sql_texts(const ast::Execute& exec, antlr4::CommonTokenStream& tokens) {
  const auto variable_text = [&]() {
    if (auto literal = executed_variable_literal(exec, tokens)) {
      return SqlText{literal->range, std::move(literal->value)};
    }
    return SqlText{};
  };
  if (exec.is_string) {
    if (exec.string_is_literal && exec.literal_range) {
      return {SqlText{exec.literal_range, exec.string_value}};
    }
    return {variable_text()};
  }
  std::vector<SqlText> texts;
  const ast::SqlTextProcedure* procedure = sql_text_procedure(exec);
  if (procedure == nullptr) return texts;
  for (const ast::SqlTextArgument& wanted : procedure->texts) {
    const ast::ExecuteArgument* a = argument_of(exec, wanted);
    if (a == nullptr) continue;
    if (wanted.name == "@whereand") {
      texts.push_back(SqlText{});
    } else if (!a->string_value) {
      texts.push_back(a->is_variable ? variable_text() : SqlText{});
    } else {
      texts.push_back(SqlText{a->value_range, a->string_value});
    }
  }
  return texts;
}

// The replace character of sp_MSforeachtable / sp_MSforeachdb (`?` unless @replacechar says).
std::string replace_char_of(const ast::Execute& exec) {
  const ast::ExecuteArgument* a = argument_of(exec, ast::SqlTextArgument{1, "@replacechar"});
  if (a != nullptr && a->string_value && !a->string_value->empty()) return *a->string_value;
  return "?";
}

// Parses one literal SQL text of an EXEC into `out`; false when it cannot be mapped or read within
// the limits. Dynamic SQL inside dynamic SQL is left unparsed (its positions would need a second
// mapping): rules treat it as unchecked.
bool parse_sql_text(const SqlText& text, const ast::Execute& exec, const source::SourceFile& file,
                    const ParseOptions& options, bool substituted, ast::StatementList& out,
                    std::vector<LiteralScope>* scopes) {
  if (!text.range || !text.value) return false;
  auto mapped = map_literal(file, *text.range);
  if (!mapped) return false;
  if (substituted && mapped->value.find("$(") != std::string::npos) {
    // The file's text is not what runs: sqlcmd put values into the literal. Its value as parsed
    // is; every character of it is placed at the literal.
    mapped->value = *text.value;
    mapped->chars = CharMap::uniform(source::count_code_points(*text.value), text.range->begin,
                                     mapped->raw_chars + 2, text.range->end);
  }
  const std::string mark = exec.runs_per_object ? replace_char_of(exec) : std::string();
  if (source::count_code_points(mark) == 1) {
    // `DROP TABLE ?` runs as `DROP TABLE [dbo].[Orders]` for every table: read with a name of one
    // character in its place, so every position stays where it is.
    for (std::size_t at = mapped->value.find(mark); at != std::string::npos;
         at = mapped->value.find(mark, at + 1)) {
      mapped->value.replace(at, mark.size(), "_");
    }
  }
  const std::string& value = mapped->value;
  BatchText batch;
  batch.text = value;
  Lexed lexed(batch, options.max_tokens_per_batch);
  if (!lexed.within_token_limit || check_nesting(lexed.tokens, options.max_nesting_depth)) {
    return false;
  }
  // Read as code, the literal's hidden characters are code too, but for those of its own literals.
  if (scopes != nullptr && contains_hidden_character(value)) {
    scopes->push_back(LiteralScope{*text.range, -1});
    add_literal_scopes(lexed.tokens, &mapped->chars, scopes);
  }
  move_tokens_into_file(lexed.tokens, mapped->chars);
  ast::Batch parsed;
  parse_statements(lexed, parsed);
  for (ast::StatementPtr& statement : parsed.statements) out.push_back(std::move(statement));
  return true;
}

// Parses the literal SQL texts of one EXEC into its `dynamic_statements`; `dynamic_parsed` only
// when every text it runs was a literal that parsed.
void parse_literal_of(ast::Execute& exec, antlr4::CommonTokenStream& tokens,
                      const source::SourceFile& file, const ParseOptions& options, bool substituted,
                      std::vector<LiteralScope>* scopes) {
  const std::vector<SqlText> texts = sql_texts(exec, tokens);
  if (texts.empty()) return;
  bool all = true;
  for (const SqlText& text : texts) {
    all = parse_sql_text(text, exec, file, options, substituted, exec.dynamic_statements, scopes) &&
          all;
  }
  exec.dynamic_parsed = all;
}

}  // namespace

// Finds the EXECs of literal SQL among `statements` and their children.
void parse_dynamic_sql(ast::StatementList& statements, antlr4::CommonTokenStream& tokens,
                       const source::SourceFile& file, const ParseOptions& options,
                       bool substituted, std::vector<LiteralScope>* scopes) {
  for (ast::StatementPtr& statement : statements) {
    std::vector<ast::Statement*> stack{statement.get()};
    while (!stack.empty()) {
      ast::Statement* s = stack.back();
      stack.pop_back();
      if (s->kind == ast::Kind::Execute) {
        parse_literal_of(static_cast<ast::Execute&>(*s), tokens, file, options, substituted,
                         scopes);
        continue;  // its own children are the literal's statements: not searched again
      }
      // for_each_child gives const access; the tree is ours to complete while parsing.
      s->for_each_child([&](const ast::Statement& child) {
        stack.push_back(const_cast<ast::Statement*>(&child));
      });
    }
  }
}

}  // namespace pf::parse
