// The batch driver: a script -> its batches and SQLCMD lines in file order -> each batch lexed,
// bounded, parsed and its literal SQL parsed -> one ast::Script.
#include "parse/batch_parser.h"
#include "parse/build_common.h"
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
#include <optional>

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
  std::vector<ast::SourceRange> secrets;     // literals written as PASSWORD = or SECRET =
  std::optional<source::Error> error;
};

// The literals of `tokens` written as the value of PASSWORD or SECRET, in statements that parsed
// or not: a statement the grammar does not know still shows its text in reports.
void scan_secrets(antlr4::CommonTokenStream& tokens, std::vector<ast::SourceRange>& out) {
  std::vector<antlr4::Token*> code;
  for (antlr4::Token* t : tokens.getTokens()) {
    if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL && t->getType() != antlr4::Token::EOF) {
      code.push_back(t);
    }
  }
  for (const ast::SecretLiteral& secret : build::secret_literals(code)) {
    out.push_back(secret.range);
  }
  // Masked only, never a finding: a literal given to a variable or parameter named for a
  // password (`SET @distributor_password = N'...'`, `DECLARE @pwd sysname = '...'`, `@pwd = '...'`
  // of any procedure).
  for (std::size_t k = 2; k < code.size(); ++k) {
    if (code[k]->getType() != TSqlLexer::STRING || code[k - 1]->getType() != TSqlLexer::EQUAL) {
      continue;
    }
    // The variable, or the variable and its type in a DECLARE: `@p nvarchar(128) =`.
    for (std::size_t i = k - 1; i-- > 0 && i + 8 > k;) {
      const std::size_t type = code[i]->getType();
      if (type == TSqlLexer::COMMA || type == TSqlLexer::SEMI || type == TSqlLexer::EQUAL ||
          type == TSqlLexer::STRING) {
        break;
      }
      if (type != TSqlLexer::LOCAL_ID) continue;
      const std::string name = source::ascii_lower(code[i]->getText());
      if (name.find("password") != std::string::npos || name.find("pwd") != std::string::npos ||
          name.find("passwd") != std::string::npos || name.find("secret") != std::string::npos) {
        out.push_back(token_range(code[k], code[k]));
      }
      break;
    }
  }
}

// Every literal the reports mask (ast::Script::secrets): what the token scan found, and what
// only the tree knows: the password arguments of procedure calls, and the secrets of statements
// inside literal SQL (a CREATE LOGIN in `EXEC (N'...')`), which no scan of the outer tokens sees.
void collect_secrets(ast::Script& script, std::vector<ast::SourceRange> ranges) {
  const auto add = [&](const ast::RareList<ast::SecretLiteral>& secrets) {
    for (const ast::SecretLiteral& secret : secrets) ranges.push_back(secret.range);
  };
  ast::walk(script, [&](const ast::Statement& statement) {
    switch (statement.kind) {
      case ast::Kind::CreatePrincipal:
        add(static_cast<const ast::CreatePrincipal&>(statement).secrets);
        break;
      case ast::Kind::AlterPrincipal:
        add(static_cast<const ast::AlterPrincipal&>(statement).secrets);
        break;
      case ast::Kind::OtherStatement:
        add(static_cast<const ast::OtherStatement&>(statement).secrets);
        break;
      case ast::Kind::CreateDatabase:
        add(static_cast<const ast::CreateDatabase&>(statement).secrets);
        break;
      case ast::Kind::AlterDatabase:
        add(static_cast<const ast::AlterDatabase&>(statement).secrets);
        break;
      case ast::Kind::Execute:
        for (const ast::ExecuteArgument* a :
             ast::secret_arguments(static_cast<const ast::Execute&>(statement))) {
          if (!a->is_variable) ranges.push_back(a->value_range);
        }
        break;
      default:
        break;
    }
  });
  std::sort(ranges.begin(), ranges.end(), [](const ast::SourceRange& a, const ast::SourceRange& b) {
    return a.begin < b.begin || (a.begin == b.begin && b.end < a.end);
  });
  ranges.erase(std::unique(ranges.begin(), ranges.end()), ranges.end());
  script.secrets = std::move(ranges);
}

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
  scan_secrets(lexed.tokens, out.secrets);
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

// Where the value of a `:setvar Name value` line starts: after the command word and the name.
std::optional<ast::SourceRange> setvar_value_range(const source::SourceFile& file,
                                                   const ast::SqlcmdCommand& command) {
  const std::string_view line = file.line(command.range.begin.line);
  const std::string lower = source::ascii_lower(line);
  std::size_t at = lower.find("setvar");
  if (at == std::string::npos) return std::nullopt;
  at += 6;
  const auto skip_blanks = [&] {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  };
  skip_blanks();
  at += command.argument.size();
  skip_blanks();
  std::size_t end = line.size();
  while (end > at && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r')) {
    --end;
  }
  if (end <= at) return std::nullopt;
  const auto column = [&](std::size_t byte) {
    return static_cast<std::uint32_t>(source::count_code_points(line.substr(0, byte)) + 1);
  };
  const std::uint32_t n = command.range.begin.line;
  return ast::SourceRange{ast::SourcePosition{n, column(at)}, ast::SourcePosition{n, column(end)}};
}

// A `:setvar` of this script that gives a secret literal's `$(Name)` a value puts the secret in
// the script after all: reports mask that value as they mask the literal (PF319 reports the use).
void add_setvar_secrets(const source::SourceFile& file, ast::Script& script) {
  std::vector<ast::SourceRange> added;
  for (const ast::SqlcmdVariableUse& use : script.sqlcmd_variables) {
    if (use.in_command) continue;
    const bool in_secret =
        std::any_of(script.secrets.begin(), script.secrets.end(), [&](const ast::SourceRange& r) {
          return !(use.range.begin < r.begin) && !(r.end < use.range.end);
        });
    if (!in_secret) continue;
    for (const ast::SqlcmdCommand& c : script.sqlcmd_commands) {
      if (c.type != ast::SqlcmdCommand::Type::SetVar ||
          !source::equal_ignoring_case(c.argument, use.name)) {
        continue;
      }
      if (const std::optional<ast::SourceRange> value = setvar_value_range(file, c)) {
        added.push_back(*value);
      }
    }
  }
  if (added.empty()) return;
  added.insert(added.end(), script.secrets.begin(), script.secrets.end());
  std::sort(added.begin(), added.end(), [](const ast::SourceRange& a, const ast::SourceRange& b) {
    return a.begin < b.begin || (a.begin == b.begin && b.end < a.end);
  });
  added.erase(std::unique(added.begin(), added.end()), added.end());
  script.secrets = std::move(added);
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
  std::vector<ast::SourceRange> secrets;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (parsed[i].error) return *parsed[i].error;
    secrets.insert(secrets.end(), parsed[i].secrets.begin(), parsed[i].secrets.end());
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
  collect_secrets(script, std::move(secrets));
  add_setvar_secrets(file, script);
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
