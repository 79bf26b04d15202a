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

bool is_name_token(const antlr4::Token* token) {
  const std::size_t type = token->getType();
  if (type == TSqlLexer::BRACKET_ID || type == TSqlLexer::QUOTED_ID) return true;
  const std::string text = token->getText();
  return !text.empty() &&
         (std::isalpha(static_cast<unsigned char>(text[0])) || text[0] == '_' || text[0] == '#');
}

// ALTER SCHEMA s TRANSFER [class::]a.b: the class (words before `::`, upper case) and the name.
void transferred(const std::vector<antlr4::Token*>& tokens, ast::OtherStatement& node) {
  std::size_t i = 3;
  if (tokens.size() <= i || upper(tokens[i]->getText()) != "TRANSFER") return;
  ++i;
  std::size_t colons = i;
  while (colons < tokens.size() && tokens[colons]->getType() != TSqlLexer::DOUBLE_COLON) ++colons;
  std::string object_class;
  if (colons < tokens.size()) {
    for (std::size_t k = i; k < colons; ++k) {
      if (!object_class.empty()) object_class += ' ';
      object_class += upper(tokens[k]->getText());
    }
    i = colons + 1;
  }
  ast::ObjectName name;
  std::size_t last = i;
  // Name parts alternate with dots: step over both at once.
  for (std::size_t k = i; k < tokens.size(); k += 2) {
    if (!is_name_token(tokens[k])) return;  // not a plain dotted name: leave it unknown
    name.push_back(identifier_text(tokens[k]));
    last = k;
    if (k + 1 == tokens.size() || tokens[k + 1]->getType() == TSqlLexer::SEMI) break;
    if (tokens[k + 1]->getType() != TSqlLexer::DOT) return;
  }
  if (name.empty()) return;
  name.range = token_range(tokens[i], tokens[last]);
  node.transferred = std::move(name);
  node.transferred_class = object_class == "OBJECT" ? std::string() : object_class;
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
  if (node->verb == "ALTER SCHEMA") transferred(tokens, *node);
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
