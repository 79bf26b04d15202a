// Private to the rules stage: what the transaction rules (PF701-PF749) share, a walk of a
// script's deployment-level statements that knows, before each one, how many explicit
// transactions the script has open, whether SET XACT_ABORT ON is in force, and whether the
// statement is inside a TRY block.
#pragma once

#include "rules/rule.h"

#include <functional>
#include <set>
#include <string>

namespace pf::rules {

struct TransactionState {
  int open = 0;             // BEGIN TRAN not yet committed or rolled back, as the script is written
  bool xact_abort = false;  // SET XACT_ABORT ON in force
  bool in_try = false;      // inside BEGIN TRY … END TRY
};

// Calls `visit` for every statement outside module bodies (a procedure's body runs when it is
// called, not during the deployment), parents before children, in source order, across the
// script's batches (a transaction outlives GO), with the state before the statement.
//
// The count follows the text, not the paths: BEGIN TRAN adds one, COMMIT takes one, ROLLBACK
// closes all (ROLLBACK of a SAVE TRAN name closes none), and a COMMIT under IF or in CATCH counts
// like any other. Where the text cannot tell which path runs, the walk assumes the transaction is
// closed: the rules built on it miss an open transaction rather than flag a closed one.
class TransactionWalk {
 public:
  using Visit = std::function<void(const ast::Statement&, const TransactionState&)>;

  // Returns the state at the end of the script.
  static TransactionState run(const ast::Script& script, const Visit& visit) {
    TransactionWalk walk(visit);
    for (const ast::Batch& batch : script.batches) {
      for (const ast::StatementPtr& s : batch.statements) walk.statement(*s);
    }
    return walk.state_;
  }

 private:
  explicit TransactionWalk(const Visit& visit) : visit_(visit) {}

  void statement(const ast::Statement& s) {
    if (dynamic_cast<const ast::Module*>(&s) != nullptr) return;
    visit_(s, state_);
    after(s);
    if (s.kind == ast::Kind::TryCatch) {
      const auto& tc = static_cast<const ast::TryCatch&>(s);
      const bool was_in_try = state_.in_try;
      state_.in_try = true;
      for (const ast::StatementPtr& c : tc.try_statements) statement(*c);
      state_.in_try = was_in_try;
      for (const ast::StatementPtr& c : tc.catch_statements) statement(*c);
      return;
    }
    s.for_each_child([&](const ast::Statement& child) { statement(child); });
  }

  void after(const ast::Statement& s) {
    if (s.kind == ast::Kind::SetOption) {
      const auto& set = static_cast<const ast::SetOption&>(s);
      for (const std::string& option : set.options) {
        if (option == "XACT_ABORT") state_.xact_abort = set.value == "ON";
      }
      return;
    }
    if (s.kind != ast::Kind::Transaction) return;
    const auto& t = static_cast<const ast::Transaction&>(s);
    switch (t.action) {
      case ast::Transaction::Action::Begin:
        ++state_.open;
        break;
      case ast::Transaction::Action::Commit:
        if (state_.open > 0) --state_.open;
        break;
      case ast::Transaction::Action::Rollback:
        if (t.name.empty() || savepoints_.count(t.name) == 0) state_.open = 0;
        break;
      case ast::Transaction::Action::Save:
        savepoints_.insert(t.name);
        break;
    }
  }

  const Visit& visit_;
  TransactionState state_;
  std::set<std::string> savepoints_;
};

}  // namespace pf::rules
