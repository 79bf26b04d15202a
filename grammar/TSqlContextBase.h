// The base class of every generated parser rule context (option contextSuperClass in
// TSqlParser.g4).
//
// The generated accessors (`ctx->qualifiedName()`, `ctx->COMMA()`) find a child by trying a
// dynamic_cast on every child until one fits, and the AST builder calls them for nearly every
// node: with the runtime's own lexer actions, 10% of the 100k-line bundle's instructions were
// dynamic_cast and the comparisons of type names it makes. Whether a node of a given dynamic type
// is a T never changes, so these ask dynamic_cast once per pair of types (per thread) and remember
// the answer. The accessors call getRuleContext unqualified, so they find the member templates
// here; getToken and getTokens are virtual in the runtime and overridden.
#pragma once

#include <antlr4-runtime.h>

#include <array>
#include <cstdint>
#include <typeinfo>
#include <vector>

class TSqlContextBase : public antlr4::ParserRuleContext {
 public:
  using antlr4::ParserRuleContext::ParserRuleContext;

  template <typename T>
  T* getRuleContext(size_t i) {
    size_t found = 0;
    for (antlr4::tree::ParseTree* child : children) {
      if (is_a<T>(child) && found++ == i) return static_cast<T*>(child);
    }
    return nullptr;
  }

  template <typename T>
  std::vector<T*> getRuleContexts() {
    std::vector<T*> contexts;
    for (antlr4::tree::ParseTree* child : children) {
      if (is_a<T>(child)) contexts.push_back(static_cast<T*>(child));
    }
    return contexts;
  }

  antlr4::tree::TerminalNode* getToken(size_t type, size_t i) override {
    if (i >= children.size()) return nullptr;
    size_t found = 0;
    for (antlr4::tree::ParseTree* child : children) {
      if (!is_a<antlr4::tree::TerminalNode>(child)) continue;
      auto* terminal = static_cast<antlr4::tree::TerminalNode*>(child);
      if (terminal->getSymbol()->getType() == type && found++ == i) return terminal;
    }
    return nullptr;
  }

  std::vector<antlr4::tree::TerminalNode*> getTokens(size_t type) override {
    std::vector<antlr4::tree::TerminalNode*> tokens;
    for (antlr4::tree::ParseTree* child : children) {
      if (!is_a<antlr4::tree::TerminalNode>(child)) continue;
      auto* terminal = static_cast<antlr4::tree::TerminalNode*>(child);
      if (terminal->getSymbol()->getType() == type) tokens.push_back(terminal);
    }
    return tokens;
  }

 private:
  // Every class from ParseTree down to a context or to TerminalNode inherits non-virtually, so
  // once the answer is yes a static cast finds the T.
  template <typename T>
  static bool is_a(antlr4::tree::ParseTree* node) {
    const std::type_info& type = typeid(*node);
    Answer& answer = remembered(type, typeid(T));
    if (answer.node != &type || answer.target != &typeid(T)) {
      answer = {&type, &typeid(T), dynamic_cast<T*>(node) != nullptr};
    }
    return answer.is;
  }

  struct Answer {
    const std::type_info* node = nullptr;
    const std::type_info* target = nullptr;
    bool is = false;
  };

  // A small table per thread, indexed by both types; a collision only costs another dynamic_cast.
  static Answer& remembered(const std::type_info& node, const std::type_info& target) {
    thread_local std::array<Answer, 1024> answers{};
    const auto key = (reinterpret_cast<std::uintptr_t>(&node) >> 3) * 31 +
                     (reinterpret_cast<std::uintptr_t>(&target) >> 3);
    return answers[key % answers.size()];
  }
};
