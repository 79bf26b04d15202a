// PF228 partition-split-merge: docs, rationale and examples in
// rules/PF228-partition-split-merge.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class PartitionSplitMergeRule final : public Rule {
 public:
  // The model does not track partition functions, so one the deployment created is reported too:
  // the finding says what happens if its partitions hold rows.
  void on(const ast::PartitionObject& statement, RuleContext& ctx) const override {
    if (!statement.is_alter || statement.is_scheme) return;
    const bool written = statement.action_range.begin != statement.action_range.end;
    ctx.report(written ? statement.action_range : statement.range, statement.name,
               fmt::format(FMT_STRING("{} RANGE on partition function {} moves the rows of the "
                                      "partitions it changes, in every table and index "
                                      "partitioned by it, under a schema-modification lock: "
                                      "queries on those tables wait until the rows are moved, "
                                      "and every moved row is logged; split or merge only "
                                      "empty partitions"),
                           statement.action == "MERGE" ? "MERGE" : "SPLIT", statement.name));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_partition_split_merge_rule() {
  return std::make_unique<PartitionSplitMergeRule>();
}

}  // namespace pf::rules
