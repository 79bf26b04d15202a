// PF233 ddl-without-lock-timeout: docs, rationale and examples in
// rules/PF233-ddl-without-lock-timeout.yaml.
#include "rules/locking.h"
#include "rules/rule.h"
#include "rules/transactions.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

// The value of SET LOCK_TIMEOUT n: n >= 0 bounds every later lock wait of the session; -1 (the
// default) waits for ever.
bool bounds_lock_waits(std::string_view value) { return !value.empty() && value.front() != '-'; }

// Off by default (docs/configuration.md shows a policy turning it on for an environment): one
// finding per script, at its first schema change of a table that holds rows with no bound on the
// wait for that table's lock.
class DdlWithoutLockTimeoutRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    bool bounded = false;
    const ast::Statement* first = nullptr;
    const ast::ObjectName* first_table = nullptr;
    std::string first_what;
    int more = 0;
    TransactionWalk::run(script, [&](const ast::Statement& s, const TransactionState&) {
      if (s.kind == ast::Kind::SetOption) {
        const auto& set = static_cast<const ast::SetOption&>(s);
        if (std::find(set.options.begin(), set.options.end(), "LOCK_TIMEOUT") !=
            set.options.end()) {
          bounded = bounds_lock_waits(set.value);
        }
        return;
      }
      if (bounded) return;
      const auto change = schema_change(s);
      if (!change || change->waits_at_low_priority || !existed_before(ctx, *change->table, s)) {
        return;
      }
      if (first == nullptr) {
        first = &s;
        first_table = change->table;
        first_what = change->what;
      } else {
        ++more;
      }
    });
    if (first == nullptr) return;
    const std::string others =
        more == 0 ? std::string()
                  : fmt::format(FMT_STRING(" (and {} more schema change{} after it)"), more,
                                more == 1 ? "" : "s");
    ctx.report(first->range, first_table->display(),
               fmt::format(FMT_STRING("{} on {} waits for its lock with no bound{}: while it "
                                      "waits behind a long query, every new query on the table "
                                      "queues behind it; write SET LOCK_TIMEOUT (milliseconds) "
                                      "before it, or WAIT_AT_LOW_PRIORITY where the statement "
                                      "takes it, and retry on error 1222"),
                           first_what, first_table->display(), others));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_ddl_without_lock_timeout_rule() {
  return std::make_unique<DdlWithoutLockTimeoutRule>();
}

}  // namespace pf::rules
