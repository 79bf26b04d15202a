// The DFA caches prediction fills in, one set per thread. The generated lexer and parser share one
// static set, which the 4.9 runtime fills without full synchronisation (DESIGN.md §9: races when
// threads start cold). With a set per thread, `check --jobs N` shares only the read-only ATN; the
// price is that each thread warms up its own cache.
//
// Because no DFA is ever shared, the simulators below read DFA edges without the runtime's
// process-wide edge lock: the 4.9 runtime takes it (two mutex round trips) for every character
// the lexer reads and every token the parser predicts over, which was 10% of all instructions
// on the 100k-line bundle. Edges are only ever added, by the thread that owns the DFA.
#include "parse/prediction_cache.h"

#include "TSqlLexer.h"
#include "TSqlParser.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <array>
#include <vector>

namespace pf::parse {
namespace {

template <class Recognizer>
struct PredictionCache {
  std::vector<antlr4::dfa::DFA> decisions;
  antlr4::atn::PredictionContextCache contexts;

  explicit PredictionCache(const antlr4::atn::ATN& atn) {
    for (std::size_t i = 0; i < atn.getNumberOfDecisions(); ++i) {
      decisions.emplace_back(atn.getDecisionState(i), i);
    }
  }

  static PredictionCache& of_this_thread(const antlr4::atn::ATN& atn) {
    thread_local PredictionCache cache(atn);
    return cache;
  }
};

// The runtime caches lexer edges for characters 0..127 only, in a hash map per state; this keeps
// a flat table per state in front of that map, so the common step is one indexed load. The tables
// live as long as the thread's DFA, since a lexer (one per batch) is short-lived.
class LexerEdgeTables {
 public:
  using DFAState = antlr4::dfa::DFAState;
  static constexpr std::size_t kEdges = antlr4::atn::LexerATNSimulator::MAX_DFA_EDGE + 1;

  DFAState* find(const DFAState* s, std::size_t t) const {
    const auto number = static_cast<std::size_t>(s->stateNumber);
    return number < tables_.size() && tables_[number].state == s ? tables_[number].edges[t]
                                                                 : nullptr;
  }

  void add(const DFAState* s, std::size_t t, DFAState* target) {
    const auto number = static_cast<std::size_t>(s->stateNumber);
    // The runtime's error state has the largest number there is, and is never a source.
    if (number >= kMaxTables) return;
    if (number >= tables_.size()) tables_.resize(std::max(number + 1, 2 * tables_.size()));
    Table& table = tables_[number];
    // State numbers restart in each mode's DFA; a table belongs to the state that filled it last.
    if (table.state != s) table = Table{s, {}};
    table.edges[t] = target;
  }

 private:
  static constexpr std::size_t kMaxTables = 1 << 15;  // 32 MiB of tables at most
  struct Table {
    const DFAState* state = nullptr;
    std::array<DFAState*, kEdges> edges{};
  };
  std::vector<Table> tables_;
};

class ThreadLexerSimulator final : public antlr4::atn::LexerATNSimulator {
 public:
  ThreadLexerSimulator(TSqlLexer& lexer, PredictionCache<TSqlLexer>& cache, LexerEdgeTables& tables)
      : LexerATNSimulator(&lexer, lexer.getATN(), cache.decisions, cache.contexts),
        tables_(tables) {}

 protected:
  antlr4::dfa::DFAState* getExistingTargetState(antlr4::dfa::DFAState* s, size_t t) override {
    if (t > MAX_DFA_EDGE || s->stateNumber < 0) return nullptr;
    if (antlr4::dfa::DFAState* target = tables_.find(s, t)) return target;
    const auto found = s->edges.find(t - MIN_DFA_EDGE);
    if (found == s->edges.end()) return nullptr;
    tables_.add(s, t, found->second);
    return found->second;
  }

 private:
  LexerEdgeTables& tables_;
};

class ThreadParserSimulator final : public antlr4::atn::ParserATNSimulator {
 public:
  using ParserATNSimulator::ParserATNSimulator;

  // Once a decision has its start state, prediction is a walk of the DFA. The runtime's
  // adaptivePredict also takes the state lock and wraps its clean-up in a std::function, which
  // cost 6% of the bundle's instructions; this is that walk with the same clean-up, and a
  // decision met for the first time still goes through the runtime's own code.
  size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                         antlr4::ParserRuleContext* outer) override {
    antlr4::dfa::DFA& dfa = decisionToDFA[decision];
    antlr4::dfa::DFAState* start =
        dfa.isPrecedenceDfa() ? dfa.getPrecedenceStartState(parser->getPrecedence()) : dfa.s0;
    if (start == nullptr) return ParserATNSimulator::adaptivePredict(input, decision, outer);
    _input = input;
    _startIndex = input->index();
    _outerContext = outer;
    _dfa = &dfa;
    struct Restore {
      ThreadParserSimulator& simulator;
      antlr4::TokenStream* input;
      size_t index;
      ssize_t marker;
      ~Restore() {
        simulator.mergeCache.clear();
        simulator._dfa = nullptr;
        input->seek(index);
        input->release(marker);
      }
    } restore{*this, input, _startIndex, input->mark()};
    return execATN(dfa, start, input, _startIndex,
                   outer != nullptr ? outer : &antlr4::ParserRuleContext::EMPTY);
  }

 protected:
  antlr4::dfa::DFAState* getExistingTargetState(antlr4::dfa::DFAState* previous,
                                                size_t t) override {
    const auto found = previous->edges.find(t);
    return found == previous->edges.end() ? nullptr : found->second;
  }
};

}  // namespace

// setInterpreter deletes the interpreter it replaces, and the generated destructor deletes the new
// one.
void use_thread_cache(TSqlLexer& lexer) {
  auto& cache = PredictionCache<TSqlLexer>::of_this_thread(lexer.getATN());
  thread_local LexerEdgeTables tables;
  lexer.setInterpreter(new ThreadLexerSimulator(lexer, cache, tables));
}

void use_thread_cache(TSqlParser& parser) {
  auto& cache = PredictionCache<TSqlParser>::of_this_thread(parser.getATN());
  parser.setInterpreter(
      new ThreadParserSimulator(&parser, parser.getATN(), cache.decisions, cache.contexts));
}

}  // namespace pf::parse
