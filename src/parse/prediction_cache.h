// The lexer's and the parser's DFA caches, one set per thread, and the simulators that use them.
#pragma once

#include <cstddef>

class TSqlLexer;
class TSqlParser;

namespace pf::parse {

// Points a recognizer at this thread's DFA cache. Call once per recognizer, before it reads input.
void use_thread_cache(TSqlLexer& lexer);
void use_thread_cache(TSqlParser& parser);

// What a parser given use_thread_cache has predicted so far, and how much of it the prediction
// snapshot could not answer.
struct PredictionCounts {
  std::size_t predictions = 0;
  std::size_t from_runtime = 0;
};
[[nodiscard]] PredictionCounts prediction_counts(TSqlParser& parser);

}  // namespace pf::parse
