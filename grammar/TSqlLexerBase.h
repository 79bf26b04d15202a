// The base class of the generated TSqlLexer (option superClass in TSqlLexer.g4).
//
// The 4.9 runtime reaches the lexer's simulator through a dynamic_cast: three times for every
// token and every skipped run of whitespace in nextToken, twice more when it emits the token, 8%
// of all instructions on the 100k-line bundle (README "Benchmark"). A lexer's simulator is always
// a lexer simulator, so this base reaches it with a static cast; nextToken is the runtime's loop
// otherwise unchanged.
#pragma once

#include <antlr4-runtime.h>

class TSqlLexerBase : public antlr4::Lexer {
 public:
  using antlr4::Lexer::Lexer;

  std::unique_ptr<antlr4::Token> nextToken() override {
    // Keeps the token's characters in an unbuffered stream (a no-op for Preflight's streams).
    struct Release {
      antlr4::CharStream* input;
      ssize_t marker;
      ~Release() { input->release(marker); }
    } release{_input, _input->mark()};
    while (true) {
      if (hitEOF) {
        emitEOF();
        return std::move(token);
      }
      token.reset();
      channel = antlr4::Token::DEFAULT_CHANNEL;
      tokenStartCharIndex = _input->index();
      tokenStartCharPositionInLine = simulator()->getCharPositionInLine();
      tokenStartLine = simulator()->getLine();
      _text.clear();
      do {
        type = antlr4::Token::INVALID_TYPE;
        size_t matched;
        try {
          matched = simulator()->match(_input, mode);
        } catch (antlr4::LexerNoViableAltException& e) {
          notifyListeners(e);
          recover(e);
          matched = SKIP;
        }
        if (_input->LA(1) == antlr4::Token::EOF) hitEOF = true;
        // An action may have set the type already.
        if (type == antlr4::Token::INVALID_TYPE) type = matched;
      } while (type == MORE);
      if (type == SKIP) continue;
      if (token == nullptr) emit();
      return std::move(token);
    }
  }

  size_t getLine() const override { return simulator()->getLine(); }
  size_t getCharPositionInLine() override { return simulator()->getCharPositionInLine(); }

 protected:
  antlr4::atn::LexerATNSimulator* simulator() const {
    return static_cast<antlr4::atn::LexerATNSimulator*>(_interpreter);
  }
};
