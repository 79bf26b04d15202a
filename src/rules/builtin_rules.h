// Private to the rules stage: one factory per built-in rule, each defined in its own file.
#pragma once

#include "rules/rule.h"

#include <memory>

namespace pf::rules {

[[nodiscard]] std::unique_ptr<const Rule> make_unparsed_statement_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_invalid_suppression_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_table_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_delete_without_where_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_update_without_where_rule();

}  // namespace pf::rules
