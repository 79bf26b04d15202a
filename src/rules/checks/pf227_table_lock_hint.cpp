// PF227 table-lock-hint: docs, rationale and examples in rules/PF227-table-lock-hint.yaml.
#include "rules/lock_hints.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class TableLockHintRule final : public Rule {
 public:
  void on_statement(const ast::Statement& statement, RuleContext& ctx) const override {
    for_each_hint_on_existing_table(
        statement, ctx,
        [&](const ast::TableReference& table, const ast::ObjectName& name, const std::string& hint,
            const ast::SourceRange& range) {
          if (hint == "TABLOCK" || hint == "PAGLOCK") {
            // TABLOCK with XLOCK is an exclusive table lock: PF226's finding.
            if (hint == "TABLOCK" && has_hint(table, "XLOCK")) return;
            ctx.report(
                range, name.display(),
                fmt::format(FMT_STRING("{} locks {} of {} rather than rows: writers (and, "
                                       "for a write, readers) wait for more than the rows "
                                       "the statement touches"),
                            hint, hint == "TABLOCK" ? "all" : "whole pages", name.display()));
          } else if (hint == "HOLDLOCK" || hint == "SERIALIZABLE") {
            // With UPDLOCK, or on a MERGE, it is the upsert pattern that needs the range lock to
            // stay correct under concurrency.
            if (has_hint(table, "UPDLOCK") || statement.kind == ast::Kind::Merge) return;
            ctx.report(range, name.display(),
                       fmt::format(FMT_STRING("{} keeps shared range locks on what it reads of {} "
                                              "until the transaction ends: writers to those rows "
                                              "and ranges wait that long"),
                                   hint, name.display()));
          }
        });
  }
};

}  // namespace

std::unique_ptr<const Rule> make_table_lock_hint_rule() {
  return std::make_unique<TableLockHintRule>();
}

}  // namespace pf::rules
