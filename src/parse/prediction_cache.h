// The lexer's and the parser's DFA caches, one set per thread, and the simulators that use them.
#pragma once

class TSqlLexer;
class TSqlParser;

namespace pf::parse {

// Points a recognizer at this thread's DFA cache. Call once per recognizer, before it reads input.
void use_thread_cache(TSqlLexer& lexer);
void use_thread_cache(TSqlParser& parser);

}  // namespace pf::parse
