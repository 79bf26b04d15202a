// Server and session statements no other family holds: USE, DBCC, KILL, RECONFIGURE, and the
// statements named by their leading words.
#include "parse/build_common.h"

namespace pf::parse::build {

namespace {

// The words among `tokens` from `first` on, upper case: keywords and plain identifiers (bracketed
// and quoted ones too), not strings, numbers or punctuation.
// `ranges`, when given, receives where each word is written.
std::vector<std::string> upper_words(const std::vector<antlr4::Token*>& tokens, std::size_t first,
                                     std::vector<ast::SourceRange>* ranges = nullptr) {
  std::vector<std::string> out;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    const std::size_t type = tokens[i]->getType();
    std::string word;
    if (type == TSqlLexer::BRACKET_ID || type == TSqlLexer::QUOTED_ID) {
      word = upper(identifier_text(tokens[i]));
    } else {
      if (type == TSqlLexer::STRING) continue;
      const std::string text = tokens[i]->getText();
      if (text.empty() || !(std::isalpha(static_cast<unsigned char>(text[0])) || text[0] == '_')) {
        continue;
      }
      word = upper(text);
    }
    out.push_back(std::move(word));
    if (ranges != nullptr) ranges->push_back(token_range(tokens[i], tokens[i]));
  }
  return out;
}

}  // namespace

std::unique_ptr<ast::OtherStatement> other_statement(Ctx::OtherStatementContext* ctx) {
  auto node = std::make_unique<ast::OtherStatement>(range_of(ctx));
  std::vector<antlr4::Token*> tokens;
  collect_tokens(ctx, tokens);
  // The verb is the first two words (CREATE CERTIFICATE, BACKUP DATABASE); the name follows.
  node->verb = upper(tokens[0]->getText());
  // SHUTDOWN WITH NOWAIT: the verb is one word.
  if (tokens.size() > 1 && tokens[1]->getType() != TSqlLexer::WITH) {
    node->verb += " " + upper(tokens[1]->getText());
  }
  if (tokens.size() > 2) {
    const std::size_t type = tokens[2]->getType();
    if (type == TSqlLexer::ID || type == TSqlLexer::BRACKET_ID || type == TSqlLexer::QUOTED_ID) {
      node->name = identifier_text(tokens[2]);
    }
  }
  node->words =
      upper_words(tokens, node->verb.find(' ') == std::string::npos ? 1 : 2, &node->word_ranges);
  node->file_paths = file_paths(ctx);
  for (ast::SecretLiteral& secret : secret_literals(tokens)) node->secrets.push_back(secret);
  return node;
}

// Statements no rule reads, named by their leading words up to the first operand: `SEND ON
// CONVERSATION`, `END CONVERSATION`, `GET CONVERSATION GROUP`, `RECEIVE`, `READTEXT`.
std::unique_ptr<ast::OtherStatement> verb_statement(antlr4::ParserRuleContext* ctx) {
  auto node = std::make_unique<ast::OtherStatement>(range_of(ctx));
  std::vector<antlr4::Token*> tokens;
  collect_tokens(ctx, tokens);
  node->verb = upper(tokens[0]->getText());
  for (std::size_t i = 1; i < tokens.size() && i < 4; ++i) {
    const std::size_t type = tokens[i]->getType();
    if (type != TSqlLexer::ON && type != TSqlLexer::CONVERSATION && type != TSqlLexer::GROUP) break;
    node->verb += " " + upper(tokens[i]->getText());
  }
  return node;
}

ast::StatementPtr use_statement(Ctx::UseStatementContext* s) {
  if (s->useFederation()) {
    auto node = verb_statement(s);
    node->verb = "USE FEDERATION";
    node->name = id_text(s->useFederation()->id(0));
    return node;
  }
  auto node = std::make_unique<ast::Use>(range_of(s));
  node->database = id_text(s->id());
  return node;
}

ast::StatementPtr dbcc_statement(Ctx::DbccStatementContext* s) {
  auto node = std::make_unique<ast::Dbcc>(range_of(s));
  node->command = id_upper(s->id(0));
  std::vector<antlr4::Token*> tokens;
  collect_tokens(s, tokens);
  node->words = upper_words(tokens, 2);
  for (std::size_t i = 2; i < tokens.size(); ++i) {
    if (tokens[i]->getType() == TSqlLexer::BINARY) node->binary_argument = true;
    if (tokens[i]->getType() != TSqlLexer::INTEGER) continue;
    const bool negative = tokens[i - 1]->getType() == TSqlLexer::MINUS;
    node->numbers.push_back((negative ? "-" : "") + tokens[i]->getText());
  }
  return node;
}

ast::StatementPtr checkpoint_statement(Ctx::CheckpointStatementContext* s) {
  return std::make_unique<ast::Checkpoint>(range_of(s));
}

ast::StatementPtr kill_statement(Ctx::KillStatementContext* s) {
  auto node = std::make_unique<ast::Kill>(range_of(s));
  node->target = s->MINUS() ? "-" + s->INTEGER()->getText() : s->children[1]->getText();
  return node;
}

ast::StatementPtr reconfigure_statement(Ctx::ReconfigureStatementContext* s) {
  auto node = std::make_unique<ast::Reconfigure>(range_of(s));
  node->with_override = s->WITH() != nullptr;
  return node;
}

}  // namespace pf::parse::build
