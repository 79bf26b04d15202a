// Private to the rules stage: one factory per built-in rule, each defined in its own file.
#pragma once

#include "rules/rule.h"

#include <memory>

namespace pf::rules {

[[nodiscard]] std::unique_ptr<const Rule> make_unparsed_statement_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_invalid_suppression_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_undefined_sqlcmd_variable_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_statements_after_include_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_ambiguous_line_break_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_table_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_column_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_database_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_schema_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_index_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_constraint_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_code_object_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_truncate_table_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_delete_without_where_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_update_without_where_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_merge_delete_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_alter_column_narrowing_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_alter_column_unknown_type_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_undo_cannot_restore_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_restore_database_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_dbcc_data_loss_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_shutdown_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_database_unavailable_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_cursor_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_nolock_hint_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_read_uncommitted_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_dynamic_sql_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_xp_cmdshell_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_grant_to_public_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_trustworthy_on_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_privileged_role_member_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_drop_principal_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_sqlcmd_shell_command_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_hidden_character_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_sp_rename_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_add_not_null_column_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_alter_column_not_null_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_missing_object_rule();
[[nodiscard]] std::unique_ptr<const Rule> make_undo_missing_inverse_rule();

}  // namespace pf::rules
