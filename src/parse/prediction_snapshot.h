// The parser's prediction DFA, recorded by a training run at build time and compiled into the
// binary, so that a run starts warm (docs/dev/performance.md).
//
// Why: SLL prediction caches its answers in a DFA that the ANTLR 4.9 runtime cannot save, and
// filling it costs far more than using it: the first use of a decision computes a closure over
// everything that can follow its rule anywhere in the grammar. In a 200-line script that warm-up
// was 87% of all instructions. The SLL DFA does not depend on the input or on the call stack, only
// on the grammar, so a state recorded in one run is valid in every other run of the same grammar.
//
// A prediction walks the snapshot first. Any step it lacks (an edge never met in training, an
// error edge, a state whose answer needs predicates or full context) sends the decision to the
// runtime's own prediction, as if there were no snapshot; so the snapshot changes speed, never an
// answer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>

namespace pf::parse {

struct PredictionSnapshot {
  struct Decision {
    std::uint32_t first_start;  // into `starts`
    std::uint32_t starts;       // 0: never met in training
    bool precedence;            // left-recursive rule: one start state per precedence level
  };
  struct Start {
    std::int32_t precedence;  // unused unless Decision::precedence
    std::uint32_t state;
  };
  struct State {
    std::uint32_t first_edge;  // into `edges`, sorted by token
    std::uint32_t edges;
    // The alternative (from 1) in an accept state, -1 in one the runtime answers from predicates
    // (kHasPredicates), 0 in a state that is no accept state.
    std::int32_t prediction;
    std::uint8_t flags;
  };
  // An accept state whose answer the runtime computes from predicates, or (in LL mode) from the
  // full context: never answered from the snapshot.
  static constexpr std::uint8_t kHasPredicates = 1;
  static constexpr std::uint8_t kRequiresFullContext = 2;
  struct Edge {
    std::int32_t token;  // EOF is -1
    std::uint32_t target;
  };

  const Decision* decisions;
  std::size_t decision_count;  // must equal the parser ATN's
  const Start* starts;
  const State* states;
  std::size_t state_count;
  const Edge* edges;
  std::size_t edge_count;
};

// Writes the calling thread's parser DFA cache as C++ source defining
// trained_prediction_snapshot(). The trainer calls it after parsing its training files.
struct SnapshotCounts {
  std::size_t decisions = 0;  // met at least once
  std::size_t states = 0;
  std::size_t edges = 0;
};
SnapshotCounts write_prediction_snapshot(std::ostream& out);

}  // namespace pf::parse
