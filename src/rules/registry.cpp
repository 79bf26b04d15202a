#include "rules/builtin_rules.h"
#include "rules/rules.h"

namespace pf::rules {

const std::vector<std::unique_ptr<const Rule>>& builtin_rules() {
  // Built once, never changed: rules are stateless and shared.
  static const std::vector<std::unique_ptr<const Rule>> rules = [] {
    std::vector<std::unique_ptr<const Rule>> all;
    // In id order.
    all.push_back(make_unparsed_statement_rule());
    all.push_back(make_invalid_suppression_rule());
    all.push_back(make_undefined_sqlcmd_variable_rule());
    all.push_back(make_statements_after_include_rule());
    all.push_back(make_ambiguous_line_break_rule());
    all.push_back(make_drop_table_rule());
    all.push_back(make_drop_column_rule());
    all.push_back(make_drop_database_rule());
    all.push_back(make_drop_schema_rule());
    all.push_back(make_drop_index_rule());
    all.push_back(make_drop_constraint_rule());
    all.push_back(make_drop_code_object_rule());
    all.push_back(make_truncate_table_rule());
    all.push_back(make_delete_without_where_rule());
    all.push_back(make_update_without_where_rule());
    all.push_back(make_merge_delete_rule());
    all.push_back(make_alter_column_narrowing_rule());
    all.push_back(make_alter_column_unknown_type_rule());
    all.push_back(make_undo_cannot_restore_rule());
    all.push_back(make_restore_database_rule());
    all.push_back(make_dbcc_data_loss_rule());
    all.push_back(make_shutdown_rule());
    all.push_back(make_database_unavailable_rule());
    all.push_back(make_cursor_rule());
    all.push_back(make_nolock_hint_rule());
    all.push_back(make_read_uncommitted_rule());
    all.push_back(make_dynamic_sql_rule());
    all.push_back(make_xp_cmdshell_rule());
    all.push_back(make_grant_to_public_rule());
    all.push_back(make_trustworthy_on_rule());
    all.push_back(make_privileged_role_member_rule());
    all.push_back(make_drop_principal_rule());
    all.push_back(make_sqlcmd_shell_command_rule());
    all.push_back(make_hidden_character_rule());
    all.push_back(make_sp_rename_rule());
    all.push_back(make_add_not_null_column_rule());
    all.push_back(make_alter_column_not_null_rule());
    all.push_back(make_missing_object_rule());
    all.push_back(make_undo_missing_inverse_rule());
    return all;
  }();
  return rules;
}

std::vector<std::string_view> registered_rule_ids() {
  std::vector<std::string_view> ids;
  for (const auto& rule : builtin_rules()) ids.push_back(rule->id());
  return ids;
}

std::vector<std::string_view> registered_rule_names() {
  std::vector<std::string_view> names;
  for (const auto& rule : builtin_rules()) names.push_back(rule->name());
  return names;
}

}  // namespace pf::rules
