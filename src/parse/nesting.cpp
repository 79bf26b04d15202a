#include "parse/nesting.h"

#include "TSqlLexer.h"
#include "TSqlParser.h"
#include "parse/char_stream.h"

#include <fmt/format.h>

#include <vector>

namespace pf::parse {

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

}  // namespace pf::parse
