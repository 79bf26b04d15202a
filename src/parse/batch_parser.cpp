#include "parse/batch_parser.h"

#include "TSqlParser.h"
#include "parse/ast_builder.h"
#include "parse/nesting.h"
#include "parse/prediction_cache.h"

#include <fmt/format.h>

#include <algorithm>

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

std::string describe(const antlr4::Token* token) {
  switch (token->getType()) {
    case antlr4::Token::EOF:
      return "the batch ends in the middle of a statement";
    case TSqlLexer::UNTERMINATED_STRING:
      return "unterminated string literal";
    case TSqlLexer::UNTERMINATED_COMMENT:
      return "unterminated block comment";
    // Never the literal's text: it may be a password (PF319), and the reason is in every report.
    case TSqlLexer::STRING:
      return "unexpected string literal";
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
    ast::StatementPtr unparsed = skip_unparsed(start, offending, in_block);
    // Only a name can be a procedure: a reserved word such as SHUTDOWN keeps its plain message.
    const std::size_t first_type = type_at(start);
    if (procedure_call && (first_type == TSqlLexer::ID || first_type == TSqlLexer::BRACKET_ID ||
                           first_type == TSqlLexer::QUOTED_ID)) {
      static_cast<ast::Unparsed&>(*unparsed).reason +=
          ": it reads as a procedure called without EXEC, which SQL Server accepts only as the "
          "first statement of a batch; if it is one, write EXEC before it";
    }
    return unparsed;
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
      ast::StatementPtr then_branch = parse_statement(false, true);
      ast::StatementPtr else_branch;
      while (tokens_.LA(1) == TSqlLexer::SEMI) tokens_.consume();
      if (tokens_.LA(1) == TSqlLexer::ELSE) {
        tokens_.consume();
        if (!at_block_end()) else_branch = parse_statement(false, true);
      }
      const ast::SourcePosition end = (else_branch ? *else_branch : *then_branch).range.end;
      return make_if(ast::SourceRange{token_begin(tokens_.get(start)), end}, std::move(tables),
                     std::move(then_branch), std::move(else_branch));
    }
    if (first == TSqlLexer::WHILE) {
      std::vector<ast::TableReference> tables;
      if (!parse_head(start, [&] { tables = table_references_of(parser_.whileHead()); })) {
        return nullptr;
      }
      tokens_.seek(parser_.getCurrentToken()->getTokenIndex());
      if (at_block_end()) return nullptr;
      ast::StatementPtr body = parse_statement(false, true);
      const ast::SourcePosition end = body->range.end;
      return make_while(ast::SourceRange{token_begin(tokens_.get(start)), end}, std::move(tables),
                        std::move(body));
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
    ast::StatementList statements;
    if (!statements_until_end(statements)) return nullptr;
    const antlr4::Token* end = tokens_.LT(1);
    tokens_.consume();  // END
    return make_block(token_range(tokens_.get(start), end), std::move(statements));
  }

  ast::StatementPtr rebuild_try_catch(std::size_t start) {
    tokens_.seek(start);
    tokens_.consume();  // BEGIN
    tokens_.consume();  // TRY
    ast::StatementList try_statements;
    ast::StatementList catch_statements;
    if (!statements_until_end(try_statements)) return nullptr;
    tokens_.consume();  // END
    if (tokens_.LA(1) != TSqlLexer::TRY) return nullptr;
    tokens_.consume();
    while (tokens_.LA(1) == TSqlLexer::SEMI) tokens_.consume();
    if (tokens_.LA(1) != TSqlLexer::BEGIN || tokens_.LA(2) != TSqlLexer::CATCH) return nullptr;
    tokens_.consume();
    tokens_.consume();
    if (!statements_until_end(catch_statements)) return nullptr;
    tokens_.consume();  // END
    if (tokens_.LA(1) != TSqlLexer::CATCH) return nullptr;
    const antlr4::Token* last = tokens_.LT(1);
    tokens_.consume();
    return make_try_catch(token_range(tokens_.get(start), last), std::move(try_statements),
                          std::move(catch_statements));
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

}  // namespace

void parse_statements(Lexed& lexed, ast::Batch& batch) { BatchParser(lexed).parse_into(batch); }

}  // namespace pf::parse
