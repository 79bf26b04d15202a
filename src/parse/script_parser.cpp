// Drives the ANTLR lexer and parser over a script, batch by batch and statement by statement.
#include "TSqlLexer.h"
#include "TSqlParser.h"
#include "parse/ast_builder.h"
#include "parse/char_map.h"
#include "parse/char_stream.h"
#include "parse/directives.h"
#include "parse/hidden_characters.h"
#include "parse/parse.h"
#include "parse/prediction_cache.h"
#include "parse/sqlcmd.h"

#include <antlr4-runtime.h>
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>

namespace pf::parse {
namespace {

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
    lexer.setCharPositionInLine(batch.first_column - 1);
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

// Moves every token of a literal's value to where its characters are in the file, so that the
// AST built from them carries file positions.
void move_tokens_into_file(antlr4::CommonTokenStream& tokens, CharMap& chars) {
  for (antlr4::Token* token : tokens.getTokens()) {
    auto* t = dynamic_cast<antlr4::CommonToken*>(token);
    if (t == nullptr) continue;
    if (t->getType() == antlr4::Token::EOF) {
      const MappedChar end = chars.end();
      t->setLine(end.position.line);
      t->setCharPositionInLine(end.position.column - 1);
      continue;
    }
    t->setText(t->getText());  // keep the value's text once the indices change
    const MappedChar first = chars.at(t->getStartIndex());
    const MappedChar last = chars.at(t->getStopIndex());
    t->setLine(first.position.line);
    t->setCharPositionInLine(first.position.column - 1);
    t->setStartIndex(first.raw_index);
    t->setStopIndex(last.raw_index + last.raw_width - 1);
  }
}

// Adds a data scope for every string literal among `tokens` that holds a hidden character (PF317).
// `chars` maps a text that is not the file's own back to the file; without it the tokens' own
// positions are the file's.
void add_literal_scopes(antlr4::CommonTokenStream& tokens, CharMap* chars,
                        std::vector<LiteralScope>* scopes) {
  if (scopes == nullptr) return;
  for (antlr4::Token* t : tokens.getTokens()) {
    if (t->getType() != TSqlLexer::STRING) continue;
    const std::string text = t->getText();
    if (!contains_hidden_character(text)) continue;
    ast::SourceRange range;
    if (chars != nullptr) {
      const MappedChar first = chars->at(t->getStartIndex());
      const MappedChar last = chars->at(t->getStopIndex());
      range.begin = first.position;
      range.end = ast::SourcePosition{
          last.position.line, static_cast<std::uint32_t>(last.position.column + last.raw_width)};
    } else {
      range.begin = ast::SourcePosition{static_cast<std::uint32_t>(t->getLine()),
                                        static_cast<std::uint32_t>(t->getCharPositionInLine() + 1)};
      range.end = range.begin;
      const std::size_t newline = text.rfind('\n');
      if (newline == std::string::npos) {
        range.end.column += static_cast<std::uint32_t>(source::count_code_points(text));
      } else {
        range.end.line += static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
        range.end.column = static_cast<std::uint32_t>(
            source::count_code_points(std::string_view(text).substr(newline + 1)) + 1);
      }
    }
    scopes->push_back(LiteralScope{range, 1});
  }
}

// A batch's text with the SQLCMD values put in, as sqlcmd sends it, and where its characters are.
struct SubstitutedText {
  std::string text;
  std::vector<Replacement> replacements;
  ast::SourcePosition start;
  std::string_view raw;  // the batch's text in the file

  [[nodiscard]] CharMap chars() const { return CharMap::of_batch(raw, start, replacements); }
};

// Finds the `$(Name)` uses of `batch` (appended to `uses`) and, when any has a value in `values`,
// the text with each such use replaced by its value. sqlcmd replaces them everywhere in the batch,
// strings and comments included, and does not replace again inside a value.
// `budget` is what the text may still grow to (std::size_t(-1): no limit); a text that would pass
// it is not made: the result is none and `over_budget` is set.
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
std::vector<SqlText> sql_texts(const ast::Execute& exec) {
  if (exec.is_string) {
    if (exec.string_is_literal && exec.literal_range) {
      return {SqlText{exec.literal_range, exec.string_value}};
    }
    return {SqlText{}};
  }
  std::vector<SqlText> texts;
  const ast::SqlTextProcedure* procedure = sql_text_procedure(exec);
  if (procedure == nullptr) return texts;
  for (const ast::SqlTextArgument& wanted : procedure->texts) {
    const ast::ExecuteArgument* a = argument_of(exec, wanted);
    if (a == nullptr) continue;
    if (wanted.name == "@whereand" || !a->string_value) {
      texts.push_back(SqlText{});
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

void parse_dynamic_sql(ast::StatementList& statements, const source::SourceFile& file,
                       const ParseOptions& options, bool substituted,
                       std::vector<LiteralScope>* scopes);

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
  BatchParser(lexed).parse_into(parsed);
  for (ast::StatementPtr& statement : parsed.statements) out.push_back(std::move(statement));
  return true;
}

// Parses the literal SQL texts of one EXEC into its `dynamic_statements`; `dynamic_parsed` only
// when every text it runs was a literal that parsed.
void parse_literal_of(ast::Execute& exec, const source::SourceFile& file,
                      const ParseOptions& options, bool substituted,
                      std::vector<LiteralScope>* scopes) {
  const std::vector<SqlText> texts = sql_texts(exec);
  if (texts.empty()) return;
  bool all = true;
  for (const SqlText& text : texts) {
    all = parse_sql_text(text, exec, file, options, substituted, exec.dynamic_statements, scopes) &&
          all;
  }
  exec.dynamic_parsed = all;
}

// Finds the EXECs of literal SQL among `statements` and their children.
void parse_dynamic_sql(ast::StatementList& statements, const source::SourceFile& file,
                       const ParseOptions& options, bool substituted,
                       std::vector<LiteralScope>* scopes) {
  for (ast::StatementPtr& statement : statements) {
    std::vector<ast::Statement*> stack{statement.get()};
    while (!stack.empty()) {
      ast::Statement* s = stack.back();
      stack.pop_back();
      if (s->kind == ast::Kind::Execute) {
        parse_literal_of(static_cast<ast::Execute&>(*s), file, options, substituted, scopes);
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
  BatchParser(lexed).parse_into(out.batch);
  collect_directives(lexed.tokens, out.directives);
  parse_dynamic_sql(out.batch.statements, file, options, substituted != nullptr, scopes);
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
