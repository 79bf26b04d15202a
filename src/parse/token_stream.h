// Private to the parse stage: a batch's text -> its tokens, all fetched at once and bounded, and
// placed where their characters are in the file when the text read is not the file's own.
#pragma once

#include "TSqlLexer.h"
#include "parse/char_map.h"
#include "parse/char_stream.h"
#include "parse/hidden_characters.h"
#include "parse/parse.h"

#include <antlr4-runtime.h>

#include <memory>
#include <vector>

namespace pf::parse {

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

// A batch lexed: its tokens, with the character stream and lexer they point into.
struct Lexed {
  explicit Lexed(const BatchText& batch,
                 std::size_t max_tokens = ParseOptions{}.max_tokens_per_batch);
  CaseFoldingStream chars;
  TSqlLexer lexer;
  BoundedTokenStream tokens;
  bool within_token_limit = true;
};

// Moves every token of a literal's value to where its characters are in the file, so that the
// AST built from them carries file positions.
void move_tokens_into_file(antlr4::CommonTokenStream& tokens, CharMap& chars);

// Adds a data scope for every string literal among `tokens` that holds a hidden character (PF317).
// `chars` maps a text that is not the file's own back to the file; without it the tokens' own
// positions are the file's.
void add_literal_scopes(antlr4::CommonTokenStream& tokens, CharMap* chars,
                        std::vector<LiteralScope>* scopes);

}  // namespace pf::parse
