// PF232 schema-lock-held-during-backfill: docs, rationale and examples in
// rules/PF232-schema-lock-held-during-backfill.yaml.
#include "rules/locking.h"
#include "rules/rule.h"
#include "rules/transactions.h"

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pf::rules {
namespace {

// A schema change to a table that holds rows, made inside the open transaction.
struct LockedTable {
  ast::ObjectName table;
  std::string what;  // `ALTER TABLE`, `CREATE INDEX`, ...
  std::uint32_t line;
};

// The table `s` writes rows of in bulk: UPDATE, DELETE, MERGE, INSERT … SELECT / EXEC.
const ast::ObjectName* rows_written(const ast::Statement& s) {
  switch (s.kind) {
    case ast::Kind::Update:
    case ast::Kind::Delete: {
      const auto& write = static_cast<const ast::RowWrite&>(s);
      return &resolve_alias(write.target, s);
    }
    case ast::Kind::Merge:
      return &resolve_alias(static_cast<const ast::Merge&>(s).target, s);
    case ast::Kind::Insert: {
      const auto& insert = static_cast<const ast::Insert&>(s);
      if (insert.source == ast::Insert::Source::Values ||
          insert.source == ast::Insert::Source::DefaultValues) {
        return nullptr;  // a few literal rows: over in no time
      }
      return &insert.target;
    }
    default:
      return nullptr;
  }
}

class SchemaLockHeldDuringBackfillRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    std::vector<LockedTable> locked;
    std::uint32_t begin_line = 0;
    TransactionWalk::run(script, [&](const ast::Statement& s, const TransactionState& before) {
      if (before.open == 0) {
        locked.clear();
        if (s.kind == ast::Kind::Transaction &&
            static_cast<const ast::Transaction&>(s).action == ast::Transaction::Action::Begin) {
          begin_line = s.range.begin.line;
        }
        return;
      }
      if (const auto change = schema_change(s)) {
        if (existed_before(ctx, *change->table, s)) {
          locked.push_back(LockedTable{*change->table, change->what, s.range.begin.line});
        }
        return;
      }
      const ast::ObjectName* written = rows_written(s);
      if (written == nullptr) return;
      for (const LockedTable& l : locked) {
        if (!same_table(l.table, *written)) continue;
        ctx.report(s.range, written->display(),
                   fmt::format(FMT_STRING("this statement writes the rows of {} inside the "
                                          "transaction begun at line {}, after {} at line {} "
                                          "changed its schema: the lock that change took is held "
                                          "until COMMIT, so every query on {} waits while the "
                                          "rows are written; commit the schema change first, "
                                          "then fill the rows in batches of their own"),
                               written->display(), begin_line, l.what, l.line, written->display()));
        return;
      }
    });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_schema_lock_held_during_backfill_rule() {
  return std::make_unique<SchemaLockHeldDuringBackfillRule>();
}

}  // namespace pf::rules
