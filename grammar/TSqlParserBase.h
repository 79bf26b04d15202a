// The base class of the generated TSqlParser (option superClass in TSqlParser.g4).
//
// The generated code calls enterRule, enterOuterAlt and exitRule for every rule it enters. In the
// 4.9 runtime each of them finds the parent context with a dynamic_cast, 6% of all instructions
// on the 100k-line bundle (README "Benchmark"). The parent of a parser rule context is always a
// parser rule context, so these do the same bookkeeping with a static cast, as the runtime itself
// does from 4.10 on. Parse listeners are still notified, though Preflight attaches none.
//
// Two more members hide the runtime's for the generated code, which calls them unqualified from
// TSqlParser's own members, where a member of this base is found first: `finally` and
// getInterpreter (below).
#pragma once

#include <antlr4-runtime.h>

#include <type_traits>
#include <utility>

class TSqlParserBase : public antlr4::Parser {
 public:
  using antlr4::Parser::Parser;

  void enterRule(antlr4::ParserRuleContext* localctx, size_t state, size_t /*rule*/) override {
    setState(state);
    _ctx = localctx;
    _ctx->start = _input->LT(1);
    if (_buildParseTrees && _ctx->parent != nullptr) parent_of(_ctx)->addChild(_ctx);
    if (!_parseListeners.empty()) triggerEnterRuleEvent();
  }

  void enterOuterAlt(antlr4::ParserRuleContext* localctx, size_t alt) override {
    localctx->setAltNumber(alt);
    // A left-factored rule replaces the context it entered with the one of its alternative.
    if (_buildParseTrees && _ctx != localctx) {
      if (antlr4::ParserRuleContext* parent = parent_of(_ctx)) {
        parent->removeLastChild();
        parent->addChild(localctx);
      }
    }
    _ctx = localctx;
  }

  // antlr4::Parser::exitRule is not virtual; the generated rules, being members of a class derived
  // from this one, call this one.
  void exitRule() {
    // After EOF was matched, LT(-1) is not the last token matched.
    _ctx->stop = _matchedEOF ? _input->LT(1) : _input->LT(-1);
    if (!_parseListeners.empty()) triggerExitRuleEvent();
    setState(_ctx->invokingState);
    _ctx = parent_of(_ctx);
  }

 protected:
  // Runs a rule's clean-up when the rule returns or throws. The runtime's antlrcpp::finally takes
  // a std::function: making, calling and destroying one for every rule entered was 3% of the 100k
  // bundle's instructions. This keeps the lambda as it is.
  template <class Action>
  class [[nodiscard]] ScopeExit {
   public:
    explicit ScopeExit(Action action) : action_(std::move(action)) {}
    ScopeExit(const ScopeExit&) = delete;
    ScopeExit& operator=(const ScopeExit&) = delete;
    ~ScopeExit() { action_(); }

   private:
    Action action_;
  };
  template <class Action>
  static ScopeExit<Action> finally(Action action) {
    return ScopeExit<Action>(std::move(action));
  }

 public:
  // The generated code asks for the simulator before every prediction, and the 4.9 runtime's
  // getInterpreter is a dynamic_cast. A parser's interpreter is always a parser simulator, so only
  // that type (or its base) may be asked for here, and a static cast finds it.
  template <class Simulator>
  Simulator* getInterpreter() const {
    static_assert(std::is_base_of_v<Simulator, antlr4::atn::ParserATNSimulator>,
                  "a TSqlParser's interpreter is a ParserATNSimulator");
    return static_cast<Simulator*>(static_cast<antlr4::atn::ParserATNSimulator*>(_interpreter));
  }

 private:
  static antlr4::ParserRuleContext* parent_of(antlr4::ParserRuleContext* ctx) {
    return static_cast<antlr4::ParserRuleContext*>(ctx->parent);
  }
};
