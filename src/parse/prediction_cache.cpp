// The DFA caches prediction fills in, one set per thread. The generated lexer and parser share one
// static set, which the 4.9 runtime fills without full synchronisation (docs/dev/architecture.md
// "ANTLR 4.7.2 tool and 4.9 C++ runtime": races when threads start cold). With a set per thread,
// `check --jobs N` shares only the read-only ATN; the price is that each thread warms up its own
// cache.
//
// Because no DFA is ever shared, the simulators below read DFA edges without the runtime's
// process-wide edge lock: the 4.9 runtime takes it (two mutex round trips) for every character
// the lexer reads and every token the parser predicts over, which was 10% of all instructions
// on the 100k-line bundle. Edges are only ever added, by the thread that owns the DFA.
#include "parse/prediction_cache.h"

#include "TSqlLexer.h"
#include "TSqlParser.h"
#include "parse/parse.h"
#include "parse/prediction_snapshot.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <array>
#include <deque>
#include <initializer_list>
#include <ostream>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pf::parse {
namespace {

// This thread's own T, made on first use. With MinGW (preflight.exe) a thread_local object with a
// destructor crashed the process as its thread ended: emutls may free the object's storage before
// its destructor runs (docs/windows.md). There it lives on the heap until the process ends, one per
// thread; elsewhere it is an ordinary thread_local.
template <class T, class... Args>
T& thread_own(Args&&... args) {
#ifdef _WIN32
  thread_local T* const object = new T(std::forward<Args>(args)...);
  return *object;
#else
  thread_local T object(std::forward<Args>(args)...);
  return object;
#endif
}

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
    PredictionCache& cache = thread_own<PredictionCache>(atn);
    if (this_thread == nullptr) this_thread = &cache;
    return cache;
  }
  // The cache of_this_thread has made, if it has: what write_prediction_snapshot records.
  static thread_local PredictionCache* this_thread;
};
template <class Recognizer>
thread_local PredictionCache<Recognizer>* PredictionCache<Recognizer>::this_thread = nullptr;

const PredictionSnapshot* installed_snapshot = nullptr;

// The alternative the snapshot predicts at the input's position, or 0 where the snapshot has no
// answer and the runtime must predict. This is the walk the runtime's execATN makes over a warm
// DFA: the first edge is always taken, and the walk ends at the first accept state.
std::size_t predict_from_snapshot(const PredictionSnapshot& snapshot, std::size_t decision,
                                  int precedence, antlr4::TokenStream& input, bool sll) {
  using Snapshot = PredictionSnapshot;
  const Snapshot::Decision& entry = snapshot.decisions[decision];
  const Snapshot::Start* start = snapshot.starts + entry.first_start;
  const Snapshot::Start* const starts_end = start + entry.starts;
  if (entry.precedence) {
    start = std::lower_bound(start, starts_end, precedence,
                             [](const Snapshot::Start& s, int p) { return s.precedence < p; });
    if (start == starts_end || start->precedence != precedence) return 0;
  } else if (start == starts_end) {
    return 0;
  }
  const Snapshot::State* state = snapshot.states + start->state;
  for (ssize_t ahead = 1;; ++ahead) {
    // EOF (size_t(-1)) becomes -1, as the trainer wrote it.
    const auto token = static_cast<std::int32_t>(input.LA(ahead));
    const Snapshot::Edge* first = snapshot.edges + state->first_edge;
    const Snapshot::Edge* const last = first + state->edges;
    first = std::lower_bound(first, last, token,
                             [](const Snapshot::Edge& e, std::int32_t t) { return e.token < t; });
    if (first == last || first->token != token) return 0;
    state = snapshot.states + first->target;
    if (state->prediction != 0) {
      if ((state->flags & Snapshot::kHasPredicates) != 0) return 0;
      if ((state->flags & Snapshot::kRequiresFullContext) != 0 && !sll) return 0;
      return static_cast<std::size_t>(state->prediction);
    }
  }
}

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

// `primary` chooses between `( selectStatement )` and `( expression, ... )` at a `(`, and
// `tablePrimary` between a derived table, `( dml )`, `( VALUES ... )` and `( tableSource )`. The
// alternatives may open with any number of further `(`, so the runtime's prediction reads ahead
// to the first token after the run of `(`: at every level of `((((1))))`, which made nesting cost
// the square of its depth (docs/usage.md "Limits"). Only a query (or DML, VALUES) can follow the
// run in the other alternatives, so when what follows cannot start one, the answer is the plain
// parenthesized alternative; and the run, read once, answers for every `(` in it.
class ParenthesisShortcut {
 public:
  explicit ParenthesisShortcut(const antlr4::atn::ATN& atn) {
    antlr4::misc::IntervalSet queries =
        atn.nextTokens(atn.ruleToStartState[TSqlParser::RuleSelectStatement]);
    queries.addAll(atn.nextTokens(atn.ruleToStartState[TSqlParser::RuleQueryExpression]));
    add(atn, TSqlParser::RulePrimary, TSqlParser::RuleExpression, {TSqlParser::RuleSelectStatement},
        queries);
    antlr4::misc::IntervalSet sources = queries;
    sources.addAll(atn.nextTokens(atn.ruleToStartState[TSqlParser::RuleDmlSource]));
    sources.add(static_cast<ssize_t>(TSqlLexer::VALUES));
    add(atn, TSqlParser::RuleTablePrimary, TSqlParser::RuleTableSource,
        {TSqlParser::RuleSelectStatement, TSqlParser::RuleDmlSource}, sources);
  }

  // The alternative at `input`, or 0 when the runtime must predict.
  std::size_t predict(std::size_t decision, antlr4::TokenStream& input) {
    const Shortcut* shortcut = nullptr;
    for (const Shortcut& s : shortcuts_) {
      if (s.decision == decision) shortcut = &s;
    }
    if (shortcut == nullptr || input.LA(1) != TSqlLexer::LPAREN) return 0;
    const std::size_t at = input.index();
    if (&input != run_input_ || at < run_begin_ || at >= run_end_) {
      // By index, not LA(k): the stream finds the k-th token by walking from the first.
      std::size_t i = at;
      const std::size_t size = input.size();
      for (; i + 1 < size; ++i) {
        const antlr4::Token* t = input.get(i);
        if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL &&
            t->getType() != TSqlLexer::LPAREN) {
          break;
        }
      }
      run_input_ = &input;
      run_begin_ = at;
      run_end_ = i;
      run_after_ = input.get(i)->getType();
    }
    return shortcut->others_start.contains(run_after_) ? 0 : shortcut->alternative;
  }

 private:
  struct Shortcut {
    std::size_t decision = 0;
    std::size_t alternative = 0;  // `( rule )`
    // What can follow the run of `(` in the other alternatives that open with `(`.
    antlr4::misc::IntervalSet others_start;
  };

  // Installs the shortcut for the decision at the start of `rule` when its alternatives that open
  // with `(` are one that calls `plain` and others that call `others` (and nothing else), so that
  // a grammar change that breaks the reasoning leaves prediction to the runtime.
  void add(const antlr4::atn::ATN& atn, std::size_t rule, std::size_t plain,
           std::initializer_list<std::size_t> others, antlr4::misc::IntervalSet others_start) {
    const antlr4::atn::ATNState* start = atn.ruleToStartState[rule];
    if (start->transitions.size() != 1) return;
    const auto* block =
        dynamic_cast<const antlr4::atn::DecisionState*>(start->transitions[0]->target);
    if (block == nullptr || block->decision < 0) return;
    // A query's further `(` lead to a query again (queryTerm); any other rule opening with `(`
    // could lead anywhere.
    for (const std::size_t other : others) {
      if (other != TSqlParser::RuleSelectStatement &&
          atn.nextTokens(atn.ruleToStartState[other])
              .contains(static_cast<std::size_t>(TSqlLexer::LPAREN))) {
        return;
      }
    }
    Shortcut shortcut;
    shortcut.decision = static_cast<std::size_t>(block->decision);
    for (std::size_t alt = 0; alt < block->transitions.size(); ++alt) {
      const antlr4::atn::ATNState* first = block->transitions[alt]->target;
      if (!atn.nextTokens(const_cast<antlr4::atn::ATNState*>(first))
               .contains(static_cast<std::size_t>(TSqlLexer::LPAREN))) {
        continue;
      }
      const Opening opening = after_lparen(first);
      if (opening.rule == plain && shortcut.alternative == 0) {
        shortcut.alternative = alt + 1;
      } else if (!(opening.rule != kNone &&
                   std::find(others.begin(), others.end(), opening.rule) != others.end()) &&
                 !(opening.token != kNone && others_start.contains(opening.token))) {
        return;  // opens with `(` in a way not understood here: the runtime predicts
      }
    }
    others_start.remove(static_cast<ssize_t>(TSqlLexer::LPAREN));
    if (shortcut.alternative == 0 || others_start.isEmpty()) return;
    shortcut.others_start = std::move(others_start);
    shortcuts_.push_back(std::move(shortcut));
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // What an alternative does right after opening with `(`: call a rule or match a token.
  struct Opening {
    std::size_t rule = kNone;
    std::size_t token = kNone;
  };
  static Opening after_lparen(const antlr4::atn::ATNState* state) {
    using antlr4::atn::Transition;
    bool seen_lparen = false;
    for (int step = 0; step < 8 && state != nullptr && state->transitions.size() == 1; ++step) {
      const Transition* t = state->transitions[0];
      switch (t->getSerializationType()) {
        case Transition::EPSILON:
          break;
        case Transition::ATOM: {
          const auto token = static_cast<std::size_t>(t->label().getSingleElement());
          if (seen_lparen) return Opening{kNone, token};
          if (token != static_cast<std::size_t>(TSqlLexer::LPAREN)) return Opening{};
          seen_lparen = true;
          break;
        }
        case Transition::RULE:
          if (!seen_lparen) return Opening{};
          return Opening{static_cast<const antlr4::atn::RuleTransition*>(t)->ruleIndex, kNone};
        default:
          return Opening{};
      }
      state = t->target;
    }
    return Opening{};
  }

  std::vector<Shortcut> shortcuts_;
  // The last run of `(` read: token indices [begin, end) and the type of the token after it.
  const antlr4::TokenStream* run_input_ = nullptr;
  std::size_t run_begin_ = 0;
  std::size_t run_end_ = 0;
  std::size_t run_after_ = 0;
};

class ThreadParserSimulator final : public antlr4::atn::ParserATNSimulator {
 public:
  ThreadParserSimulator(TSqlParser& parser, PredictionCache<TSqlParser>& cache)
      : ParserATNSimulator(&parser, parser.getATN(), cache.decisions, cache.contexts),
        snapshot_(installed_snapshot != nullptr &&
                          installed_snapshot->decision_count == cache.decisions.size()
                      ? installed_snapshot
                      : nullptr),
        shortcut_(parser.getATN()) {}

  PredictionCounts counts;

  // The prediction snapshot answers first. Otherwise, once this thread's DFA has the decision's
  // start state, prediction is a walk of that DFA. The runtime's adaptivePredict also takes the
  // state lock and wraps its clean-up in a std::function, which cost 6% of the bundle's
  // instructions; this is that walk with the same clean-up, and a decision this thread meets for
  // the first time still goes through the runtime's own code.
  size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                         antlr4::ParserRuleContext* outer) override {
    // Not counted: the counts measure the DFA's work, with and without the snapshot.
    if (const std::size_t alternative = shortcut_.predict(decision, *input)) return alternative;
    ++counts.predictions;
    if (snapshot_ != nullptr) {
      const std::size_t alternative =
          predict_from_snapshot(*snapshot_, decision, parser->getPrecedence(), *input,
                                getPredictionMode() == antlr4::atn::PredictionMode::SLL);
      if (alternative != 0) return alternative;
    }
    ++counts.from_runtime;
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

 private:
  const PredictionSnapshot* snapshot_;
  ParenthesisShortcut shortcut_;
};

}  // namespace

// setInterpreter deletes the interpreter it replaces, and the generated destructor deletes the new
// one.
void use_thread_cache(TSqlLexer& lexer) {
  auto& cache = PredictionCache<TSqlLexer>::of_this_thread(lexer.getATN());
  LexerEdgeTables& tables = thread_own<LexerEdgeTables>();
  lexer.setInterpreter(new ThreadLexerSimulator(lexer, cache, tables));
}

void use_thread_cache(TSqlParser& parser) {
  auto& cache = PredictionCache<TSqlParser>::of_this_thread(parser.getATN());
  parser.setInterpreter(new ThreadParserSimulator(parser, cache));
}

PredictionCounts prediction_counts(TSqlParser& parser) {
  const auto* simulator = dynamic_cast<ThreadParserSimulator*>(
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>());
  return simulator != nullptr ? simulator->counts : PredictionCounts{};
}

void use_prediction_snapshot(const PredictionSnapshot* snapshot) { installed_snapshot = snapshot; }

SnapshotCounts write_prediction_snapshot(std::ostream& out) {
  using Snapshot = PredictionSnapshot;
  using antlr4::dfa::DFAState;
  std::vector<Snapshot::Decision> decisions;
  std::vector<Snapshot::Start> starts;
  std::vector<Snapshot::State> states;
  std::vector<Snapshot::Edge> edges;
  SnapshotCounts counts;
  const DFAState* const error = antlr4::atn::ATNSimulator::ERROR.get();
  if (const auto* cache = PredictionCache<TSqlParser>::this_thread) {
    for (const antlr4::dfa::DFA& dfa : cache->decisions) {
      Snapshot::Decision decision{static_cast<std::uint32_t>(starts.size()), 0,
                                  dfa.isPrecedenceDfa()};
      std::vector<std::pair<std::int32_t, const DFAState*>> roots;
      if (dfa.isPrecedenceDfa()) {
        for (const auto& [precedence, state] : dfa.s0->edges) {
          if (state != nullptr && state != error) {
            roots.emplace_back(static_cast<std::int32_t>(precedence), state);
          }
        }
        std::sort(roots.begin(), roots.end());
      } else if (dfa.s0 != nullptr) {
        roots.emplace_back(0, dfa.s0);
      }
      // States are numbered breadth-first, so the file is the same for the same training run.
      const std::size_t first_state = states.size();
      std::unordered_map<const DFAState*, std::uint32_t> number;
      std::deque<const DFAState*> queue;
      const auto number_of = [&](const DFAState* state) {
        const auto [it, added] =
            number.emplace(state, static_cast<std::uint32_t>(first_state + number.size()));
        if (added) queue.push_back(state);
        return it->second;
      };
      for (const auto& [precedence, state] : roots) {
        starts.push_back({precedence, number_of(state)});
      }
      decision.starts = static_cast<std::uint32_t>(roots.size());
      while (!queue.empty()) {
        const DFAState* state = queue.front();
        queue.pop_front();
        std::vector<std::pair<std::int32_t, const DFAState*>> out_edges;
        for (const auto& [token, target] : state->edges) {
          if (target != nullptr && target != error) {
            out_edges.emplace_back(static_cast<std::int32_t>(token), target);
          }
        }
        std::sort(out_edges.begin(), out_edges.end());
        Snapshot::State entry{static_cast<std::uint32_t>(edges.size()),
                              static_cast<std::uint32_t>(out_edges.size()), 0, 0};
        if (state->isAcceptState) {
          entry.prediction = static_cast<std::int32_t>(state->prediction);
          // The runtime leaves no prediction (0) where the answer depends on predicates.
          if (!state->predicates.empty() || entry.prediction == 0) {
            entry.prediction = -1;
            entry.flags |= Snapshot::kHasPredicates;
          }
          if (state->requiresFullContext) entry.flags |= Snapshot::kRequiresFullContext;
        }
        states.push_back(entry);
        for (const auto& [token, target] : out_edges) edges.push_back({token, number_of(target)});
      }
      if (decision.starts != 0) ++counts.decisions;
      decisions.push_back(decision);
    }
  }
  counts.states = states.size();
  counts.edges = edges.size();

  out << "// Generated at build time by pf_snapshot_trainer from the training scripts: the\n"
         "// parser's prediction DFA (src/parse/prediction_snapshot.h). Do not edit.\n"
         "#include \"parse/parse.h\"\n#include \"parse/prediction_snapshot.h\"\n\n"
         "namespace pf::parse {\nnamespace {\n\n";
  // A one-element placeholder keeps every array well-formed when training met nothing.
  out << "constexpr PredictionSnapshot::Decision kDecisions[] = {\n";
  for (const auto& d : decisions) {
    out << "{" << d.first_start << "," << d.starts << "," << (d.precedence ? 1 : 0) << "},\n";
  }
  if (decisions.empty()) out << "{0,0,0},\n";
  out << "};\nconstexpr PredictionSnapshot::Start kStarts[] = {\n";
  for (const auto& s : starts) out << "{" << s.precedence << "," << s.state << "},\n";
  if (starts.empty()) out << "{0,0},\n";
  out << "};\nconstexpr PredictionSnapshot::State kStates[] = {\n";
  for (const auto& s : states) {
    out << "{" << s.first_edge << "," << s.edges << "," << s.prediction << ","
        << static_cast<int>(s.flags) << "},\n";
  }
  if (states.empty()) out << "{0,0,0,0},\n";
  out << "};\nconstexpr PredictionSnapshot::Edge kEdges[] = {\n";
  for (const auto& e : edges) out << "{" << e.token << "," << e.target << "},\n";
  if (edges.empty()) out << "{0,0},\n";
  out << "};\n\n}  // namespace\n\n"
         "const PredictionSnapshot& trained_prediction_snapshot() {\n"
         "  static constexpr PredictionSnapshot snapshot{kDecisions, "
      << decisions.size() << ", kStarts, kStates, " << states.size() << ", kEdges, " << edges.size()
      << "};\n  return snapshot;\n}\n\n}  // namespace pf::parse\n";
  return counts;
}

}  // namespace pf::parse
