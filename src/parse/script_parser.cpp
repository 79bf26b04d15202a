// Drives the ANTLR lexer and parser over a script, batch by batch and statement by statement.
#include "TSqlLexer.h"
#include "TSqlParser.h"
#include "parse/ast_builder.h"
#include "parse/directives.h"
#include "parse/parse.h"
#include "parse/prediction_cache.h"
#include "parse/sqlcmd.h"

#include <antlr4-runtime.h>
#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace pf::parse {
namespace {

// T-SQL keywords are case-insensitive and the 4.7.2 tool has no caseInsensitive option: the lexer
// sees upper-cased ASCII, while token text still comes from the original characters.
class CaseFoldingStream final : public antlr4::ANTLRInputStream {
 public:
  explicit CaseFoldingStream(std::string_view text)
      : antlr4::ANTLRInputStream(text.data(), text.size()) {}

  size_t LA(ssize_t i) override {
    const size_t c = antlr4::ANTLRInputStream::LA(i);
    return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
  }
};

// Gives up at the first syntax error (no recovery inside a statement), remembering where it was.
class BailAtFirstError final : public antlr4::BailErrorStrategy {
 public:
  void recover(antlr4::Parser* parser, std::exception_ptr e) override {
    try {
      std::rethrow_exception(e);
    } catch (const antlr4::RecognitionException& error) {
      offending_ = error.getOffendingToken();
    }
    antlr4::BailErrorStrategy::recover(parser, e);
  }
  antlr4::Token* recoverInline(antlr4::Parser* parser) override {
    offending_ = parser->getCurrentToken();
    return antlr4::BailErrorStrategy::recoverInline(parser);
  }
  antlr4::Token* offending() const { return offending_; }
  void clear() { offending_ = nullptr; }

 private:
  antlr4::Token* offending_ = nullptr;
};

// Counts tokens as they are fetched, so a pathological batch stops at the limit instead of after
// its tokens (and the parse after them) have filled memory.
class BoundedTokenStream final : public antlr4::CommonTokenStream {
 public:
  using antlr4::CommonTokenStream::CommonTokenStream;

  // Fetches every token of the source; false, with only part of them fetched, when there are more
  // than `limit` (EOF not counted).
  bool fill_within(std::size_t limit) {
    lazyInit();
    constexpr std::size_t kChunk = 1000;
    // Of the tokens fetched, at most the last is EOF.
    while (fetch(kChunk) == kChunk) {
      if (_tokens.size() - 1 > limit) return false;
    }
    return _tokens.size() - 1 <= limit;
  }

 protected:
  // As the runtime's fetch, without its dynamic_cast per token (2% of the bundle's instructions):
  // the lexer's token factory makes CommonTokens, which are writable.
  size_t fetch(size_t n) override {
    if (_fetchedEOF) return 0;
    for (size_t i = 0; i < n; ++i) {
      std::unique_ptr<antlr4::Token> token = _tokenSource->nextToken();
      static_cast<antlr4::WritableToken*>(token.get())->setTokenIndex(_tokens.size());
      const bool eof = token->getType() == antlr4::Token::EOF;
      _tokens.push_back(std::move(token));
      if (eof) {
        _fetchedEOF = true;
        return i + 1;
      }
    }
    return n;
  }
};

struct Lexed {
  explicit Lexed(const BatchText& batch,
                 std::size_t max_tokens = ParseOptions{}.max_tokens_per_batch)
      : chars(batch.text), lexer(&chars), tokens(&lexer) {
    use_thread_cache(lexer);
    lexer.removeErrorListeners();
    lexer.setLine(batch.first_line);
    lexer.setCharPositionInLine(0);
    within_token_limit = tokens.fill_within(max_tokens);
  }
  CaseFoldingStream chars;
  TSqlLexer lexer;
  BoundedTokenStream tokens;
  bool within_token_limit = true;
};

const antlr4::misc::IntervalSet& statement_starts();

// Nesting that drives recursion in the parser; checked before parsing so that hostile input is
// an error with a position instead of a stack overflow.
std::optional<source::Error> check_nesting(antlr4::CommonTokenStream& tokens, std::size_t limit) {
  const std::vector<antlr4::Token*> all = tokens.getTokens();
  std::size_t depth = 0;
  // IF and WHILE nest the statement they govern, so `IF a IF b ...` and `ELSE IF` chains recurse
  // in the parser as parentheses do: 1,000,000 nested IFs overflowed the 512 MiB stack, 300,000
  // took 1 GB. `control` counts the heads open at the current parenthesis or block level,
  // `outer_control` those of the levels around it. Without parsing, a head closes when a sibling
  // IF or WHILE follows the statement it governs; an ELSE keeps it open.
  std::size_t control = 0;
  std::size_t outer_control = 0;
  std::vector<std::size_t> saved_control;
  bool governed_begun = false;
  auto too_deep = [&](const antlr4::Token* t) {
    return source::Error{
        fmt::format(FMT_STRING("nesting deeper than {} levels (the --max-depth limit) at line "
                               "{}, column {}"),
                    limit, t->getLine(), t->getCharPositionInLine() + 1),
        // The line and column say where; the batch's offset would point elsewhere.
        std::nullopt};
  };
  for (std::size_t i = 0; i < all.size(); ++i) {
    const antlr4::Token* t = all[i];
    if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    const std::size_t type = t->getType();
    switch (type) {
      case TSqlLexer::IF:
      case TSqlLexer::WHILE:
        if (governed_begun) control = 0;
        governed_begun = false;
        if (depth + outer_control + ++control > limit) return too_deep(t);
        break;
      case TSqlLexer::ELSE:
        governed_begun = false;
        break;
      case TSqlLexer::BEGIN: {
        // BEGIN TRAN, BEGIN DISTRIBUTED TRAN and BEGIN DIALOG / CONVERSATION open no block: no END
        // closes them, so counting them would add a level per transaction.
        std::size_t j = i + 1;
        while (j < all.size() && all[j]->getChannel() != antlr4::Token::DEFAULT_CHANNEL) ++j;
        const std::size_t next = j < all.size() ? all[j]->getType() : 0;
        if (next == TSqlLexer::TRAN || next == TSqlLexer::TRANSACTION ||
            next == TSqlLexer::DISTRIBUTED || next == TSqlLexer::DIALOG ||
            next == TSqlLexer::CONVERSATION) {
          if (control > 0) governed_begun = true;
          break;
        }
        [[fallthrough]];
      }
      case TSqlLexer::LPAREN:
      case TSqlLexer::CASE:
        saved_control.push_back(control);
        outer_control += control;
        control = 0;
        if (++depth + outer_control > limit) return too_deep(t);
        break;
      case TSqlLexer::RPAREN:
      case TSqlLexer::END:
        if (depth > 0) {
          --depth;
          control = saved_control.back();
          saved_control.pop_back();
          outer_control -= control;
        }
        if (type == TSqlLexer::END && control > 0) governed_begun = true;
        break;
      default:
        if (control > 0 && !governed_begun &&
            (type == TSqlLexer::SEMI || statement_starts().contains(type))) {
          governed_begun = true;
        }
        break;
    }
  }
  return std::nullopt;
}

// Tokens that may start a statement: the parser resumes at one of them after an unparsed one.
// Derived from the grammar so that it follows every new statement. `(` and WITH are left out:
// both appear inside statements far more often than at their start; so are names.
const antlr4::misc::IntervalSet& statement_starts() {
  static const antlr4::misc::IntervalSet starts = [] {
    CaseFoldingStream chars("");
    TSqlLexer lexer(&chars);
    antlr4::CommonTokenStream tokens(&lexer);
    TSqlParser parser(&tokens);
    const antlr4::atn::ATN& atn = parser.getATN();
    antlr4::misc::IntervalSet set = atn.nextTokens(atn.ruleToStartState[TSqlParser::RuleStatement]);
    set.remove(static_cast<ssize_t>(TSqlLexer::LPAREN));
    set.remove(static_cast<ssize_t>(TSqlLexer::WITH));
    // `.` starts a name with omitted parts and END starts END CONVERSATION, but both are far more
    // often inside a statement (`t.c`, CASE ... END) than at its start.
    set.remove(static_cast<ssize_t>(TSqlLexer::DOT));
    set.remove(static_cast<ssize_t>(TSqlLexer::END));
    // A label starts with a name (and so does a procedure call without EXEC, at a batch's start),
    // but names are everywhere inside statements: resuming at one would cut a broken statement in
    // two.
    for (ssize_t type : atn.nextTokens(atn.ruleToStartState[TSqlParser::RuleId]).toList()) {
      set.remove(type);
    }
    return set;
  }();
  return starts;
}

std::string describe(const antlr4::Token* token) {
  switch (token->getType()) {
    case antlr4::Token::EOF:
      return "the batch ends in the middle of a statement";
    case TSqlLexer::UNTERMINATED_STRING:
      return "unterminated string literal";
    case TSqlLexer::UNTERMINATED_COMMENT:
      return "unterminated block comment";
    case TSqlLexer::UNTERMINATED_BRACKET_ID:
      return "unterminated [identifier]";
    case TSqlLexer::UNTERMINATED_QUOTED_ID:
      return "unterminated \"identifier\"";
    default:
      break;
  }
  std::string text = token->getText();
  if (source::count_code_points(text) > 40) {
    std::size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return fmt::format(FMT_STRING("unexpected '{}'"), text);
}

class BatchParser {
 public:
  BatchParser(Lexed& lexed) : tokens_(lexed.tokens), parser_(&tokens_) {
    use_thread_cache(parser_);
    parser_.removeErrorListeners();
    parser_.setErrorHandler(strategy_);
  }

  void parse_into(ast::Batch& batch) {
    batch_ = &batch;
    // A procedure, trigger or function whose body runs to the end of the batch: every statement
    // after its header is part of its body, parsed or not (SQL Server reads the batch that way).
    ast::Module* open_module = nullptr;
    while (true) {
      while (tokens_.LA(1) == TSqlLexer::SEMI) tokens_.consume();
      if (tokens_.LA(1) == antlr4::Token::EOF) break;
      const bool first_in_batch = batch.statements.empty() && open_module == nullptr;
      ast::StatementPtr statement = parse_statement(first_in_batch, /*in_block=*/false);
      if (open_module != nullptr) {
        open_module->range.end = statement->range.end;
        open_module->body.push_back(std::move(statement));
        continue;
      }
      if (auto* module = dynamic_cast<ast::Module*>(statement.get());
          module != nullptr && module->body_runs_to_end_of_batch) {
        open_module = module;
      }
      batch.statements.push_back(std::move(statement));
    }
    const PredictionCounts counts = prediction_counts(parser_);
    batch.predictions = static_cast<std::uint32_t>(counts.predictions);
    batch.runtime_predictions = static_cast<std::uint32_t>(counts.from_runtime);
  }

 private:
  // One statement from the current position: the whole statement by SLL, then LL; if neither
  // parses it and it is a block, IF or WHILE, its parts one by one, so that one bad statement deep
  // in a procedure costs that statement only; else an Unparsed statement.
  ast::StatementPtr parse_statement(bool first_in_batch, bool in_block) {
    const std::size_t start = tokens_.index();
    if (ast::StatementPtr statement = attempt_statement(start, first_in_batch)) return statement;
    const antlr4::Token* offending = strategy_->offending();
    // Words that would call a procedure at the start of a batch are wrong from their first word on
    // anywhere else, which is also where SQL Server reports them.
    bool procedure_call = false;
    if (!first_in_batch) {
      run(start, antlr4::atn::PredictionMode::SLL, [&] {
        procedure_call = parser_.batchStartEntry()->procedureCallWithoutExec() != nullptr;
      });
    }
    if (procedure_call) offending = tokens_.get(start);
    if (ast::StatementPtr rebuilt = rebuild_compound(start)) return rebuilt;
    tokens_.seek(start);
    return skip_unparsed(start, offending, in_block);
  }

  // A procedure call without EXEC is T-SQL only as the first statement of a batch; anywhere else
  // the words are something the grammar does not know.
  ast::StatementPtr attempt_statement(std::size_t start, bool first_in_batch) {
    ast::StatementPtr statement;
    auto parse = [&] {
      statement = first_in_batch ? build_batch_start(parser_.batchStartEntry())
                                 : build_statement(parser_.statementEntry()->statement());
    };
    run(start, antlr4::atn::PredictionMode::SLL, parse);
    if (!statement) {
      batch_->needed_full_ll = true;
      run(start, antlr4::atn::PredictionMode::LL, parse);
      if (statement) ++batch_->full_ll_statements;
    }
    return statement;
  }

  // Runs one parser entry rule from `start`; false on a syntax error.
  template <class F>
  bool run(std::size_t start, antlr4::atn::PredictionMode mode, F&& parse) {
    parser_.reset();
    tokens_.seek(start);
    strategy_->clear();
    parser_.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(mode);
    try {
      parse();
      return true;
    } catch (const antlr4::ParseCancellationException&) {
      return false;
    }
  }

  // Parses `IF cond` / `WHILE cond`; the stream is then after the condition.
  template <class F>
  bool parse_head(std::size_t start, F&& parse) {
    if (run(start, antlr4::atn::PredictionMode::SLL, parse)) return true;
    batch_->needed_full_ll = true;
    return run(start, antlr4::atn::PredictionMode::LL, parse);
  }

  std::size_t type_at(std::size_t index) { return tokens_.get(index)->getType(); }

  // Index of the next default-channel token after `index`.
  std::size_t next_index(std::size_t index) {
    std::size_t i = index + 1;
    while (tokens_.get(i)->getChannel() != antlr4::Token::DEFAULT_CHANNEL &&
           tokens_.get(i)->getType() != antlr4::Token::EOF) {
      ++i;
    }
    return i;
  }

  bool at_block_end() {
    const std::size_t t = tokens_.LA(1);
    return t == antlr4::Token::EOF || t == TSqlLexer::END;
  }

  ast::StatementPtr rebuild_compound(std::size_t start) {
    const std::size_t first = type_at(start);
    const std::size_t second = type_at(next_index(start));
    if (first == TSqlLexer::BEGIN) {
      if (second == TSqlLexer::TRY) return rebuild_try_catch(start);
      if (second == TSqlLexer::TRAN || second == TSqlLexer::TRANSACTION ||
          second == TSqlLexer::DISTRIBUTED || second == TSqlLexer::DIALOG ||
          second == TSqlLexer::CONVERSATION || second == TSqlLexer::CATCH ||
          // BEGIN ATOMIC WITH (...): natively compiled bodies stay whole.
          (second == TSqlLexer::ID && type_at(next_index(next_index(start))) == TSqlLexer::WITH)) {
        return nullptr;
      }
      return rebuild_block(start);
    }
    if (first == TSqlLexer::IF) {
      std::vector<ast::TableReference> tables;
      if (!parse_head(start, [&] { tables = table_references_of(parser_.ifHead()); })) {
        return nullptr;
      }
      tokens_.seek(parser_.getCurrentToken()->getTokenIndex());
      if (at_block_end()) return nullptr;
      auto node = std::make_unique<ast::If>(ast::SourceRange{});
      node->table_references = std::move(tables);
      node->then_branch = parse_statement(false, true);
      while (tokens_.LA(1) == TSqlLexer::SEMI) tokens_.consume();
      if (tokens_.LA(1) == TSqlLexer::ELSE) {
        tokens_.consume();
        if (!at_block_end()) node->else_branch = parse_statement(false, true);
      }
      const ast::Statement& last = node->else_branch ? *node->else_branch : *node->then_branch;
      node->range = ast::SourceRange{token_begin(tokens_.get(start)), last.range.end};
      return node;
    }
    if (first == TSqlLexer::WHILE) {
      std::vector<ast::TableReference> tables;
      if (!parse_head(start, [&] { tables = table_references_of(parser_.whileHead()); })) {
        return nullptr;
      }
      tokens_.seek(parser_.getCurrentToken()->getTokenIndex());
      if (at_block_end()) return nullptr;
      auto node = std::make_unique<ast::While>(ast::SourceRange{});
      node->table_references = std::move(tables);
      node->body = parse_statement(false, true);
      node->range = ast::SourceRange{token_begin(tokens_.get(start)), node->body->range.end};
      return node;
    }
    return nullptr;
  }

  // Statements up to the END that closes the block; false if the batch ends first.
  bool statements_until_end(ast::StatementList& out) {
    while (true) {
      while (tokens_.LA(1) == TSqlLexer::SEMI) tokens_.consume();
      if (tokens_.LA(1) == antlr4::Token::EOF) return false;
      if (tokens_.LA(1) == TSqlLexer::END) return true;
      out.push_back(parse_statement(false, true));
    }
  }

  ast::StatementPtr rebuild_block(std::size_t start) {
    tokens_.seek(start);
    tokens_.consume();  // BEGIN
    auto node = std::make_unique<ast::Block>(ast::SourceRange{});
    if (!statements_until_end(node->statements)) return nullptr;
    const antlr4::Token* end = tokens_.LT(1);
    tokens_.consume();  // END
    node->range = token_range(tokens_.get(start), end);
    return node;
  }

  ast::StatementPtr rebuild_try_catch(std::size_t start) {
    tokens_.seek(start);
    tokens_.consume();  // BEGIN
    tokens_.consume();  // TRY
    auto node = std::make_unique<ast::TryCatch>(ast::SourceRange{});
    if (!statements_until_end(node->try_statements)) return nullptr;
    tokens_.consume();  // END
    if (tokens_.LA(1) != TSqlLexer::TRY) return nullptr;
    tokens_.consume();
    while (tokens_.LA(1) == TSqlLexer::SEMI) tokens_.consume();
    if (tokens_.LA(1) != TSqlLexer::BEGIN || tokens_.LA(2) != TSqlLexer::CATCH) return nullptr;
    tokens_.consume();
    tokens_.consume();
    if (!statements_until_end(node->catch_statements)) return nullptr;
    tokens_.consume();  // END
    if (tokens_.LA(1) != TSqlLexer::CATCH) return nullptr;
    const antlr4::Token* last = tokens_.LT(1);
    tokens_.consume();
    node->range = token_range(tokens_.get(start), last);
    return node;
  }

  // BEGIN TRAN, BEGIN DISTRIBUTED TRAN, BEGIN DIALOG / CONVERSATION open no BEGIN ... END block.
  bool opens_no_block(std::size_t index) {
    const std::size_t next = type_at(next_index(index));
    return next == TSqlLexer::TRAN || next == TSqlLexer::TRANSACTION ||
           next == TSqlLexer::DISTRIBUTED || next == TSqlLexer::DIALOG ||
           next == TSqlLexer::CONVERSATION;
  }

  // Turns the tokens from `start` up to the next plausible statement start after the error into
  // one Unparsed statement, and leaves the stream there.
  // Inside a block it also stops before an END or ELSE that the skipped text did not open, so the
  // enclosing block or IF keeps its shape.
  ast::StatementPtr skip_unparsed(std::size_t start, const antlr4::Token* offending,
                                  bool in_block) {
    const std::size_t error_index =
        offending != nullptr ? std::max(offending->getTokenIndex(), start) : start;
    const antlr4::misc::IntervalSet& starts = statement_starts();
    std::size_t index = start;
    std::size_t last = start;
    long depth = 0;
    long blocks = 0;  // BEGIN / CASE ... END opened inside the skipped text
    bool after_semicolon = false;
    while (true) {
      const antlr4::Token* t = tokens_.get(index);
      const std::size_t type = t->getType();
      if (type == antlr4::Token::EOF) break;
      if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
        if (index > start && index >= error_index && depth <= 0 &&
            (after_semicolon || starts.contains(type))) {
          break;
        }
        if (in_block && index > start && depth <= 0 && blocks == 0 &&
            (type == TSqlLexer::END || type == TSqlLexer::ELSE)) {
          break;
        }
        if (type == TSqlLexer::CASE || (type == TSqlLexer::BEGIN && !opens_no_block(index))) {
          ++blocks;
        }
        if (type == TSqlLexer::END && blocks > 0) --blocks;
        after_semicolon = type == TSqlLexer::SEMI;
        if (type == TSqlLexer::LPAREN) ++depth;
        if (type == TSqlLexer::RPAREN) --depth;
        if (type != TSqlLexer::SEMI) last = index;
      }
      ++index;
    }
    tokens_.seek(index);
    auto node = std::make_unique<ast::Unparsed>(token_range(tokens_.get(start), tokens_.get(last)));
    node->reason = describe(offending != nullptr ? offending : tokens_.get(start));
    return node;
  }

  antlr4::CommonTokenStream& tokens_;
  ast::Batch* batch_ = nullptr;
  TSqlParser parser_;
  std::shared_ptr<BailAtFirstError> strategy_ = std::make_shared<BailAtFirstError>();
};

ast::SourceRange batch_range(const BatchText& batch, const source::SourceFile& file) {
  const std::string_view last_line = file.line(batch.end_line);
  return ast::SourceRange{
      ast::SourcePosition{batch.first_line, 1},
      ast::SourcePosition{batch.end_line,
                          static_cast<std::uint32_t>(source::count_code_points(last_line) + 1)}};
}

// ---------------------------------------------------------------- dynamic SQL literals

// Where each character of a literal's value sits in the file: `''` in the file is one `'` in the
// value, and lines and columns continue from the literal's position.
struct LiteralChar {
  ast::SourcePosition position;
  std::size_t raw_index;  // code points from the start of the literal's content
  std::size_t raw_width;  // 2 for an escaped quote
};

// The value of the literal at `range` (`N'...'` or `'...'`) with the position of each character,
// or nothing when the text there is not exactly one literal.
std::optional<std::pair<std::string, std::vector<LiteralChar>>> map_literal(
    const source::SourceFile& file, const ast::SourceRange& range) {
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
  std::vector<LiteralChar> chars;
  std::size_t raw_index = 0;
  for (std::size_t i = 0; i < raw.size();) {
    const bool escaped_quote = raw[i] == '\'' && i + 1 < raw.size() && raw[i + 1] == '\'';
    if (raw[i] == '\'' && !escaped_quote) return std::nullopt;  // two literals, not one
    std::size_t bytes = 1;
    while (i + bytes < raw.size() && (static_cast<unsigned char>(raw[i + bytes]) & 0xC0) == 0x80) {
      ++bytes;
    }
    chars.push_back(LiteralChar{pos, raw_index, escaped_quote ? 2u : 1u});
    value.append(raw.substr(i, bytes));
    if (raw[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      pos.column += escaped_quote ? 2 : 1;
    }
    raw_index += escaped_quote ? 2 : 1;
    i += escaped_quote ? 2 : bytes;
  }
  chars.push_back(LiteralChar{pos, raw_index, 1});  // where EOF sits
  return std::make_pair(std::move(value), std::move(chars));
}

// Moves every token of a literal's value to where its characters are in the file, so that the
// AST built from them carries file positions.
void move_tokens_into_file(antlr4::CommonTokenStream& tokens,
                           const std::vector<LiteralChar>& chars) {
  for (antlr4::Token* token : tokens.getTokens()) {
    auto* t = dynamic_cast<antlr4::CommonToken*>(token);
    if (t == nullptr) continue;
    if (t->getType() == antlr4::Token::EOF) {
      t->setLine(chars.back().position.line);
      t->setCharPositionInLine(chars.back().position.column - 1);
      continue;
    }
    t->setText(t->getText());  // keep the value's text once the indices change
    const LiteralChar& first = chars[std::min(t->getStartIndex(), chars.size() - 1)];
    const LiteralChar& last = chars[std::min(t->getStopIndex(), chars.size() - 1)];
    t->setLine(first.position.line);
    t->setCharPositionInLine(first.position.column - 1);
    t->setStartIndex(first.raw_index);
    t->setStopIndex(last.raw_index + last.raw_width - 1);
  }
}

// The literal SQL text an EXEC runs, if it has one.
std::optional<ast::SourceRange> literal_sql(const ast::Execute& exec) {
  if (exec.is_string) {
    if (exec.string_is_literal && exec.literal_range) return exec.literal_range;
    return std::nullopt;
  }
  if (!exec.procedure) return std::nullopt;
  if (!source::equal_ignoring_case(exec.procedure->object(), "sp_executesql") ||
      exec.arguments.empty()) {
    return std::nullopt;
  }
  const ast::ExecuteArgument& stmt = exec.arguments.front();
  if (stmt.name && *stmt.name != "@stmt") return std::nullopt;
  if (!stmt.string_value) return std::nullopt;
  return stmt.range;
}

void parse_dynamic_sql(ast::StatementList& statements, const source::SourceFile& file,
                       const ParseOptions& options);

// Parses the literal of one EXEC into its `dynamic_statements`. Dynamic SQL inside dynamic SQL is
// left unparsed (its positions would need a second mapping): rules treat it as unchecked.
void parse_literal_of(ast::Execute& exec, const source::SourceFile& file,
                      const ParseOptions& options) {
  const std::optional<ast::SourceRange> range = literal_sql(exec);
  if (!range) return;
  auto mapped = map_literal(file, *range);
  if (!mapped) return;
  const std::string& value = mapped->first;
  BatchText text;
  text.text = value;
  Lexed lexed(text, options.max_tokens_per_batch);
  if (!lexed.within_token_limit || check_nesting(lexed.tokens, options.max_nesting_depth)) return;
  move_tokens_into_file(lexed.tokens, mapped->second);
  ast::Batch batch;
  BatchParser(lexed).parse_into(batch);
  exec.dynamic_statements = std::move(batch.statements);
  exec.dynamic_parsed = true;
}

// Finds the EXECs of literal SQL among `statements` and their children.
void parse_dynamic_sql(ast::StatementList& statements, const source::SourceFile& file,
                       const ParseOptions& options) {
  for (ast::StatementPtr& statement : statements) {
    std::vector<ast::Statement*> stack{statement.get()};
    while (!stack.empty()) {
      ast::Statement* s = stack.back();
      stack.pop_back();
      if (s->kind == ast::Kind::Execute) {
        parse_literal_of(static_cast<ast::Execute&>(*s), file, options);
        continue;  // its own children are the literal's statements: not searched again
      }
      // for_each_child gives const access; the tree is ours to complete while parsing.
      s->for_each_child([&](const ast::Statement& child) {
        stack.push_back(const_cast<ast::Statement*>(&child));
      });
    }
  }
}

// One batch read: its statements and suppression comments, or the limit it broke.
struct ParsedBatch {
  ast::Batch batch;
  std::vector<ast::SuppressionDirective> directives;
  std::optional<source::Error> error;
};

ParsedBatch parse_batch(const BatchText& text, const source::SourceFile& file,
                        const ParseOptions& options) {
  ParsedBatch out;
  Lexed lexed(text, options.max_tokens_per_batch);
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
  BatchParser(lexed).parse_into(out.batch);
  collect_directives(lexed.tokens, out.directives);
  parse_dynamic_sql(out.batch.statements, file, options);
  return out;
}

}  // namespace

source::Expected<ast::Script> parse_script(const source::SourceFile& file,
                                           const ParseOptions& options) {
  ast::Script script;
  std::vector<SqlcmdLine> sqlcmd_lines;
  const std::vector<BatchText> texts = split_batches(file.text(), &sqlcmd_lines);
  // Batches are independent, so they may be parsed at once; everything after is in batch order,
  // and the first batch over a limit is the error, as if they had been parsed one by one.
  std::vector<ParsedBatch> parsed(texts.size());
  const std::function<void(std::size_t)> parse_one = [&](std::size_t i) {
    parsed[i] = parse_batch(texts[i], file, options);
  };
  if (options.for_each_batch && texts.size() > 1 && file.text().size() >= kParallelBatchBytes) {
    options.for_each_batch(texts.size(), parse_one);
  } else {
    for (std::size_t i = 0; i < texts.size(); ++i) parse_one(i);
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (parsed[i].error) return *parsed[i].error;
    collect_sqlcmd_variables(texts[i].text, texts[i].first_line, script.sqlcmd_variables);
    script.directives.insert(script.directives.end(),
                             std::make_move_iterator(parsed[i].directives.begin()),
                             std::make_move_iterator(parsed[i].directives.end()));
    script.batches.push_back(std::move(parsed[i].batch));
  }
  for (const SqlcmdLine& line : sqlcmd_lines) {
    script.sqlcmd_commands.push_back(read_sqlcmd_command(line));
    collect_sqlcmd_variables(line.text, line.line, script.sqlcmd_variables);
  }
  std::stable_sort(script.sqlcmd_variables.begin(), script.sqlcmd_variables.end(),
                   [](const ast::SqlcmdVariableUse& a, const ast::SqlcmdVariableUse& b) {
                     return a.range.begin < b.range.begin;
                   });
  return script;
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
