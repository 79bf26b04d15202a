// Front door of the rules stage: AST + deployment model -> findings, and the rule catalogue.
#pragma once

#include "ast/ast.h"
#include "model/model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::rules {

// Ordered from least to most severe, so levels compare with < and >.
enum class Level { Off, Warn, Review, Fail };

[[nodiscard]] std::string_view level_name(Level level);
[[nodiscard]] std::optional<Level> parse_level(std::string_view name);

// Read-only view of a compiled-in array.
template <class T>
struct Span {
  const T* data = nullptr;
  std::size_t size = 0;
  [[nodiscard]] const T* begin() const { return data; }
  [[nodiscard]] const T* end() const { return data + size; }
  [[nodiscard]] const T& operator[](std::size_t i) const { return data[i]; }
};

struct RuleExample {
  std::string_view sql;   // «…» marks the range of each expected finding
  std::string_view skip;  // variants this example opts out of, comma-separated (e.g. "dynamic")
  // An undo script paired with `sql` (as `U1__*.sql` with `V1__*.sql`); empty when there is none.
  std::string_view undo;
};

// One entry of rules/<id>-<name>.yaml, compiled into the binary at build time.
struct CatalogueEntry {
  std::string_view id;
  std::string_view name;
  std::string_view category;
  Level level;  // the default; policy may change it
  bool reversible;
  // The finding means Preflight could not see what runs (an unparsed statement, dynamic SQL, an
  // unknown SQLCMD value): a script cannot suppress it inline, only a policy waiver accepts it.
  bool could_not_check;
  std::string_view summary;
  std::string_view rationale;
  std::string_view instead;
  Span<RuleExample> bad;
  Span<RuleExample> good;
  std::string_view file;  // rules/PF101-drop-table.yaml
};

// Every entry, in id order.
[[nodiscard]] Span<CatalogueEntry> catalogue();
// By id (`PF101`, any case) or name (`drop-table`).
[[nodiscard]] const CatalogueEntry* find_entry(std::string_view id_or_name);

// `; did you mean 'PF101'?` for the rule id, name (or, with `categories`, category) nearest to
// an unknown `word`, or nothing when none is close.
[[nodiscard]] std::string nearest_reference(std::string_view word, bool with_categories);

// An inline suppression's words after its rules when ` -- ` was left out before the reason
// (`PF101 because we must`): from the first word that is no rule on, more than one word, joined
// by spaces and shortened for a message; none otherwise. PF002 and the policy word it alike.
[[nodiscard]] std::optional<std::string> unmarked_suppression_reason(
    const ast::SuppressionDirective& directive);

// The category of the rules about a deployment's scope (applied migrations edited, missing, out of
// order): the only rules that run on history scripts.
inline constexpr std::string_view kHistoryCategory = "history";

// The categories of docs/dev/adding-a-rule.md, the only ones an entry may use.
[[nodiscard]] const std::vector<std::string_view>& categories();

struct Finding {
  std::size_t script_index;    // into model::Deployment::scripts()
  const CatalogueEntry* rule;  // never null
  ast::SourceRange range;
  std::string object;  // `dbo.Orders`; empty when the finding names no object
  std::string message;
  // The innermost statement the finding lies in (reports show two findings of one rule on one
  // statement together); empty when it lies in none (a comment, a whole-file finding).
  ast::SourceRange statement = {};
};

// The SQL Server edition the deployment runs on (policy `target.edition`): what runs online and
// what is metadata-only depends on it. Unknown: rules give the answer that holds on every edition.
enum class Edition { Unknown, Enterprise, Standard, AzureSql };

// The plain values of the policy that change what a rule finds, as the driver passes them in (the
// policy stage itself runs after the rules).
struct RuleSettings {
  Edition edition = Edition::Unknown;
  // Policy `target.large_tables`: the tables the policy owner knows are big, as written there
  // (`dbo.Orders`, `Orders`); a whole-table backfill of one of them is a review (PF231).
  std::vector<std::string> large_tables = {};
};

// Runs every rule over every script of the deployment. Findings come sorted by
// (script, line, column, rule id), whatever order the rules ran in.
[[nodiscard]] std::vector<Finding> run_rules(const model::Deployment& deployment,
                                             const RuleSettings& settings = {});
// The same for one script of the deployment only, the others serving as its context (an undo
// script linted against the forward scripts before it).
[[nodiscard]] std::vector<Finding> run_rules(const model::Deployment& deployment,
                                             std::size_t only_script,
                                             const RuleSettings& settings = {});

// The findings of an undo script, linted against the state a rollback runs it in: after
// `replayed` (its forward script and every script before that) on top of `baseline`. Dropping what
// its forward script created loses nothing; dropping what existed before does.
[[nodiscard]] std::vector<Finding> run_rules_on_undo(
    std::vector<model::ScriptInput> replayed, const model::ScriptInput& undo,
    const std::vector<model::ScriptInput>& baseline, const RuleSettings& settings = {});

// The ids of the rules registered in the binary, in id order (the catalogue test checks that they
// match the catalogue one to one).
[[nodiscard]] std::vector<std::string_view> registered_rule_ids();
[[nodiscard]] std::vector<std::string_view> registered_rule_names();

}  // namespace pf::rules
