// The order a deployment's scripts run in (flyway, natural, lexical, given) and its undo scripts,
// from their names alone (docs/deployments.md "Deployment order", "Undo scripts").
#pragma once

#include "deploy/inputs.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::deploy {

// How the scripts of a deployment are ordered (docs/deployments.md "Deployment order").
enum class Order { Flyway, Natural, Lexical, Given };

[[nodiscard]] std::optional<Order> parse_order(std::string_view name);
// Every order's name, as --order and `files.order` spell them.
[[nodiscard]] const std::vector<std::string>& order_names();
[[nodiscard]] std::string_view order_name(Order order);

// Numeric-aware name order: runs of digits compare by value (`2_x` before `10_x`), everything
// else byte by byte; equal values with different zero padding fall back to byte order.
[[nodiscard]] bool natural_less(std::string_view a, std::string_view b);

// A Flyway file name (the last path component): `V<version>__<desc>.sql`, `U<version>__...`
// (undo) or `R__<desc>.sql` (repeatable). Version parts are separated by `.` or `_`.
struct FlywayName {
  char kind = 'V';                   // 'V', 'U' or 'R'
  std::vector<std::string> version;  // digit strings without leading zeros; empty for R
  std::string description;
};
[[nodiscard]] std::optional<FlywayName> parse_flyway_name(std::string_view file_name);

// Flyway's version order: part by part as numbers, `1.0` the same as `1`: -1, 0 or 1.
[[nodiscard]] int compare_version(std::vector<std::string> a, std::vector<std::string> b);

// An undo script: a Flyway `U<version>__` script (flyway order), or a file whose name matches a
// `files.undo` pattern (any order). It never runs forward.
struct UndoInput {
  Input input;
  // Index into OrderedInputs::forward of the script it undoes: the `V` of the same version, or
  // for a pattern the same name with the undo part taken out (see undo_forward_names).
  std::optional<std::size_t> forward;
  // How many forward scripts have run when it runs: its forward script and all before it. An
  // unpaired undo runs after the forward scripts that sort before it.
  std::size_t runs_after = 0;
};

// The deployment in the order it runs, plus the undo scripts, which never run forward.
struct OrderedInputs {
  std::vector<Input> forward;
  std::vector<UndoInput> undo;  // Flyway `U` scripts by version, then pattern ones by name
  // Forward scripts without an undo script although the deployment has undo scripts of the same
  // kind (Flyway `V` when some `U` exists; for a pattern, any script but an `R__` repeatable),
  // by index into `forward`, with the undo name expected.
  std::map<std::size_t, std::string> missing_undo;
  Order order = Order::Natural;
  std::string reason;  // why this order: the option or config that chose it, or what was detected
  // The deployment's scope (scope.h): how the history was told apart (`--since origin/main`),
  // empty when it was not and every forward script is pending.
  std::string scope;
  // Applied migrations the scope expects and the folder no longer holds (deleted or renamed):
  // each stands in the deployment as an empty history script, for its finding.
  struct Missing {
    std::string display;
    model::ScopeNote note;
  };
  std::vector<Missing> missing_history;
  // Files the scope knows changed since what ran (`--since`: changed since REF), by resolved path,
  // with why: a history script whose `:r` reads one ran with other text than it has now, so it is
  // loaded as pending and edited (load.cpp), not replayed unread.
  std::map<std::string, std::string> changed_files;
};

// The text a `files.undo` pattern's single `*` stands for in `file_name` (its last path
// component), if the name matches: `001_add` for `001_add.down.sql` and `*.down.sql`.
[[nodiscard]] std::optional<std::string> undo_pattern_stem(std::string_view file_name,
                                                           std::string_view pattern);

// The forward file names an undo script with `stem` under `pattern` reverses, preferred first:
// the pattern with `down` written `up` (`001_add.up.sql` for `*.down.sql`), then `<stem>.sql`.
[[nodiscard]] std::vector<std::string> undo_forward_names(std::string_view stem,
                                                          std::string_view pattern);

// `requested` comes from --order or `files.order`; `requested_by` names which, for the reason.
// Without one, all names Flyway-shaped means flyway, anything else natural. Files matching an
// `undo_patterns` entry are undo scripts whatever the order, and take no part in detection.
[[nodiscard]] OrderedInputs order_inputs(std::vector<Input> inputs, std::optional<Order> requested,
                                         std::string_view requested_by,
                                         const std::vector<std::string>& undo_patterns = {});

}  // namespace pf::deploy
