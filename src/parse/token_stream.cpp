#include "parse/token_stream.h"

#include "parse/prediction_cache.h"
#include "source/source.h"

#include <algorithm>

namespace pf::parse {

Lexed::Lexed(const BatchText& batch, std::size_t max_tokens)
    : chars(batch.text), lexer(&chars), tokens(&lexer) {
  use_thread_cache(lexer);
  lexer.removeErrorListeners();
  lexer.setLine(batch.first_line);
  lexer.setCharPositionInLine(batch.first_column - 1);
  within_token_limit = tokens.fill_within(max_tokens);
}

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

}  // namespace pf::parse
