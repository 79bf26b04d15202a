// The batch driver: a script -> its batches and SQLCMD lines in file order -> each batch lexed,
// bounded, parsed and its literal SQL parsed -> one ast::Script.
#include "parse/batch_parser.h"
#include "parse/char_map.h"
#include "parse/directives.h"
#include "parse/dynamic_sql.h"
#include "parse/hidden_characters.h"
#include "parse/nesting.h"
#include "parse/parse.h"
#include "parse/sqlcmd.h"
#include "parse/token_stream.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>

namespace pf::parse {
namespace {

ast::SourceRange batch_range(const BatchText& batch, const source::SourceFile& file) {
  const std::string_view last_line = file.line(batch.end_line);
  return ast::SourceRange{
      ast::SourcePosition{batch.first_line, 1},
      ast::SourcePosition{batch.end_line,
                          static_cast<std::uint32_t>(source::count_code_points(last_line) + 1)}};
}

// One batch read: its statements and suppression comments, or the limit it broke.
struct ParsedBatch {
  ast::Batch batch;
  std::vector<ast::SuppressionDirective> directives;
  std::vector<LiteralScope> literal_scopes;  // of its literals holding hidden characters
  std::optional<source::Error> error;
};

ParsedBatch parse_batch(const BatchText& text, const source::SourceFile& file,
                        const ParseOptions& options, const SubstitutedText* substituted,
                        bool has_hidden_characters) {
  ParsedBatch out;
  BatchText read = text;
  if (substituted != nullptr) read.text = substituted->text;
  Lexed lexed(read, options.max_tokens_per_batch);
  // Only a file with hidden characters needs to know where its literals are (PF317).
  std::vector<LiteralScope>* scopes = has_hidden_characters ? &out.literal_scopes : nullptr;
  if (lexed.within_token_limit && scopes != nullptr) {
    std::optional<CharMap> chars;
    if (substituted != nullptr) chars = substituted->chars();
    add_literal_scopes(lexed.tokens, chars ? &*chars : nullptr, scopes);
  }
  if (substituted != nullptr && lexed.within_token_limit) {
    CharMap chars = substituted->chars();
    move_tokens_into_file(lexed.tokens, chars);
  }
  if (!lexed.within_token_limit) {
    out.error = source::Error{
        fmt::format(FMT_STRING("more than {} tokens (the --max-tokens limit) in the batch at "
                               "line {}"),
                    options.max_tokens_per_batch, text.first_line),
        std::nullopt};
    return out;
  }
  if (std::optional<source::Error> error = check_nesting(lexed.tokens, options.max_nesting_depth)) {
    out.error = std::move(error);
    return out;
  }
  out.batch.range = batch_range(text, file);
  out.batch.repeat = text.repeat;
  parse_statements(lexed, out.batch);
  collect_directives(lexed.tokens, out.directives);
  parse_dynamic_sql(out.batch.statements, lexed.tokens, file, options, substituted != nullptr,
                    scopes);
  return out;
}

// The query of `:exit(query)` as a batch of its own: sqlcmd runs it before it exits (go-sqlcmd
// pkg/sqlcmd/commands.go, exitCommand: the text between the outer parentheses).
std::optional<BatchText> exit_query(const SqlcmdLine& line) {
  const std::size_t open = line.text.find('(');
  const std::size_t close = line.text.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close <= open + 1) {
    return std::nullopt;
  }
  BatchText query;
  query.text = line.text.substr(open + 1, close - open - 1);
  query.offset = line.offset + open + 1;
  query.first_line = query.end_line = line.line;
  query.first_column =
      static_cast<std::uint32_t>(source::count_code_points(line.text.substr(0, open + 1)) + 1);
  return query;
}

}  // namespace

source::Expected<ast::Script> parse_script(const source::SourceFile& file,
                                           const ParseOptions& options) {
  ast::Script script;
  std::vector<SqlcmdLine> sqlcmd_lines;
  std::vector<ast::SourcePosition> comment_crs;
  const std::vector<BatchText> split = split_batches(file.text(), &sqlcmd_lines, &comment_crs);
  for (ast::SourcePosition at : comment_crs) {
    script.comment_crs.push_back(ast::SourceRange{at, ast::SourcePosition{at.line, at.column + 1}});
  }

  // Command lines and batches in file order: `:setvar` changes the values of the batches after
  // it, and `:exit(query)` adds its query as a batch where it stands.
  std::vector<BatchText> texts;
  std::vector<std::optional<SubstitutedText>> substituted;
  std::vector<std::vector<ast::SqlcmdVariableUse>> batch_uses;
  std::map<std::string, std::string> values = options.sqlcmd_values;
  std::size_t next_line = 0;
  // sqlcmd puts a value in for every use, so a long `:setvar` value used many times makes text far
  // longer than the file: together, the batches with values put in may be as long as a file may.
  std::size_t substitution_budget = options.max_substituted_bytes;
  std::optional<std::uint32_t> over_budget_at;
  auto add_batch = [&](const BatchText& text) {
    texts.push_back(text);
    batch_uses.emplace_back();
    bool over = false;
    substituted.push_back(
        substitute_variables(text, values, batch_uses.back(), substitution_budget, over));
    if (over && !over_budget_at) over_budget_at = text.first_line;
    if (substituted.back()) substitution_budget -= substituted.back()->text.size();
  };
  auto run_lines_before = [&](std::size_t batch_index) {
    for (; next_line < sqlcmd_lines.size() && sqlcmd_lines[next_line].batches_before <= batch_index;
         ++next_line) {
      const SqlcmdLine& line = sqlcmd_lines[next_line];
      ast::SqlcmdCommand command = read_sqlcmd_command(line);
      apply_setvar(command, values);
      if (command.type == ast::SqlcmdCommand::Type::Exit) {
        if (const std::optional<BatchText> query = exit_query(line)) add_batch(*query);
      } else {
        // A command's own `$(Name)` (`:r $(Path)`) is found as in a batch; nothing is put in.
        BatchText command_text;
        command_text.text = line.text;
        command_text.first_line = line.line;
        std::vector<ast::SqlcmdVariableUse> uses;
        bool over = false;
        (void)substitute_variables(command_text, {}, uses, static_cast<std::size_t>(-1), over);
        for (ast::SqlcmdVariableUse& use : uses) {
          use.in_command = true;
          script.sqlcmd_variables.push_back(std::move(use));
        }
      }
      script.sqlcmd_commands.push_back(std::move(command));
    }
  };
  for (std::size_t i = 0; i < split.size(); ++i) {
    run_lines_before(i);
    add_batch(split[i]);
  }
  run_lines_before(split.size());
  if (over_budget_at) {
    return source::Error{
        fmt::format(FMT_STRING("with the SQLCMD values put in, the batches from line {} on are "
                               "longer than {} bytes (the --max-file-bytes limit)"),
                    *over_budget_at, options.max_substituted_bytes),
        std::nullopt};
  }

  // Batches are independent, so they may be parsed at once; everything after is in batch order,
  // and the first batch over a limit is the error, as if they had been parsed one by one.
  std::vector<ParsedBatch> parsed(texts.size());
  const bool has_hidden_characters = contains_hidden_character(file.text());
  const std::function<void(std::size_t)> parse_one = [&](std::size_t i) {
    parsed[i] = parse_batch(texts[i], file, options, substituted[i] ? &*substituted[i] : nullptr,
                            has_hidden_characters);
  };
  if (options.for_each_batch && texts.size() > 1 && file.text().size() >= kParallelBatchBytes) {
    options.for_each_batch(texts.size(), parse_one);
  } else {
    for (std::size_t i = 0; i < texts.size(); ++i) parse_one(i);
  }
  std::vector<LiteralScope> literal_scopes;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (parsed[i].error) return *parsed[i].error;
    literal_scopes.insert(literal_scopes.end(), parsed[i].literal_scopes.begin(),
                          parsed[i].literal_scopes.end());
    script.sqlcmd_variables.insert(script.sqlcmd_variables.end(),
                                   std::make_move_iterator(batch_uses[i].begin()),
                                   std::make_move_iterator(batch_uses[i].end()));
    script.directives.insert(script.directives.end(),
                             std::make_move_iterator(parsed[i].directives.begin()),
                             std::make_move_iterator(parsed[i].directives.end()));
    script.batches.push_back(std::move(parsed[i].batch));
  }
  std::stable_sort(script.sqlcmd_variables.begin(), script.sqlcmd_variables.end(),
                   [](const ast::SqlcmdVariableUse& a, const ast::SqlcmdVariableUse& b) {
                     return a.range.begin < b.range.begin;
                   });
  if (has_hidden_characters) {
    script.hidden_characters = find_hidden_characters(file.text(), std::move(literal_scopes));
  }
  return script;
}

void apply_setvar(const ast::SqlcmdCommand& command, std::map<std::string, std::string>& values) {
  if (command.type != ast::SqlcmdCommand::Type::SetVar) return;
  if (command.value) {
    values[source::ascii_lower(command.argument)] = *command.value;
  } else {
    values.erase(source::ascii_lower(command.argument));
  }
}

std::size_t lex_only(const source::SourceFile& file) {
  std::size_t count = 0;
  for (const BatchText& text : split_batches(file.text())) {
    Lexed lexed(text, std::numeric_limits<std::size_t>::max());
    count += lexed.tokens.size();
  }
  return count;
}

}  // namespace pf::parse
