#include "report/report.h"

#include <nlohmann/json.hpp>

namespace pf::report {
namespace {

using Json = nlohmann::ordered_json;

Json name_json(const ast::ObjectName& name) {
  return Json{{"name", name.display()},
              {"parts", name.parts()},
              {"temporary", name.is_temporary()},
              {"line", name.range.begin.line},
              {"column", name.range.begin.column}};
}

Json names_json(const std::vector<ast::ObjectName>& names) {
  Json out = Json::array();
  for (const ast::ObjectName& n : names) out.push_back(name_json(n));
  return out;
}

Json opt_name(const std::optional<ast::ObjectName>& name) {
  return name ? name_json(*name) : Json(nullptr);
}

template <class T>
Json opt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json type_json(const ast::DataType& t) { return Json{{"name", t.name}, {"args", t.args}}; }

Json column_json(const ast::ColumnDefinition& c) {
  Json column{{"name", c.name.value}};
  column["type"] = c.type ? type_json(*c.type) : Json(nullptr);
  column["nullable"] = opt(c.nullable);
  column["default"] = c.has_default;
  column["identity"] = c.identity;
  column["computed"] = c.computed;
  return column;
}

Json columns_json(const std::vector<ast::ColumnDefinition>& columns) {
  Json out = Json::array();
  for (const ast::ColumnDefinition& c : columns) out.push_back(column_json(c));
  return out;
}

std::string_view constraint_kind_name(ast::ConstraintKind kind) {
  switch (kind) {
    case ast::ConstraintKind::PrimaryKey:
      return "primary_key";
    case ast::ConstraintKind::Unique:
      return "unique";
    case ast::ConstraintKind::ForeignKey:
      return "foreign_key";
    case ast::ConstraintKind::Check:
      return "check";
    case ast::ConstraintKind::Default:
      return "default";
  }
  return "unknown";
}

Json constraint_json(const ast::TableConstraint& c) {
  return Json{{"name", opt(c.name)}, {"kind", constraint_kind_name(c.kind)}};
}

std::string_view alter_action_name(ast::AlterTableAction::Type type) {
  using T = ast::AlterTableAction::Type;
  switch (type) {
    case T::AddColumn:
      return "add_column";
    case T::AddConstraint:
      return "add_constraint";
    case T::AddIndex:
      return "add_index";
    case T::AddPeriod:
      return "add_period";
    case T::AlterColumn:
      return "alter_column";
    case T::DropColumn:
      return "drop_column";
    case T::DropConstraint:
      return "drop_constraint";
    case T::DropPeriod:
      return "drop_period";
    case T::DropIndex:
      return "drop_index";
    case T::CheckConstraint:
      return "check_constraint";
    case T::NocheckConstraint:
      return "nocheck_constraint";
    case T::EnableTrigger:
      return "enable_trigger";
    case T::DisableTrigger:
      return "disable_trigger";
    case T::Switch:
      return "switch";
    case T::Set:
      return "set";
    case T::Rebuild:
      return "rebuild";
    case T::ChangeTracking:
      return "change_tracking";
  }
  return "unknown";
}

Json parameters_json(const std::vector<ast::Parameter>& parameters) {
  Json out = Json::array();
  for (const ast::Parameter& p : parameters) {
    out.push_back(Json{{"name", p.name},
                       {"type", type_json(p.type)},
                       {"output", p.output},
                       {"default", p.has_default},
                       {"readonly", p.read_only}});
  }
  return out;
}

void module_json(const ast::Module& m, Json& out) {
  out["name"] = name_json(m.name);
  out["is_alter"] = m.is_alter;
  out["or_alter"] = m.or_alter;
  out["external"] = m.external;
}

Json statement_json(const ast::Statement& s) {
  Json out{{"kind", ast::kind_name(s.kind)},
           {"line", s.range.begin.line},
           {"column", s.range.begin.column},
           {"end_line", s.range.end.line},
           {"end_column", s.range.end.column}};
  switch (s.kind) {
    case ast::Kind::CreateTable: {
      const auto& n = static_cast<const ast::CreateTable&>(s);
      out["table"] = name_json(n.name);
      out["columns"] = columns_json(n.columns);
      Json constraints = Json::array();
      for (const ast::TableConstraint& c : n.constraints) constraints.push_back(constraint_json(c));
      out["constraints"] = std::move(constraints);
      out["system_versioned"] = n.system_versioned;
      break;
    }
    case ast::Kind::DropTable: {
      const auto& n = static_cast<const ast::DropTable&>(s);
      out["if_exists"] = n.if_exists;
      out["tables"] = names_json(n.tables);
      break;
    }
    case ast::Kind::Select: {
      const auto& n = static_cast<const ast::Select&>(s);
      out["into"] = opt_name(n.into);
      out["has_cte"] = n.has_cte;
      break;
    }
    case ast::Kind::Insert: {
      const auto& n = static_cast<const ast::Insert&>(s);
      out["target"] = name_json(n.target);
      static constexpr const char* kSources[] = {"values", "select", "execute", "default_values"};
      out["source"] = kSources[static_cast<int>(n.source)];
      out["has_output"] = n.has_output;
      break;
    }
    case ast::Kind::Update: {
      const auto& n = static_cast<const ast::Update&>(s);
      out["target"] = name_json(n.target);
      out["has_from"] = n.has_from;
      out["has_where"] = n.has_where;
      out["joins_restrict_rows"] = n.joins_restrict_rows;
      out["current_of"] = n.current_of;
      out["has_top"] = n.has_top;
      break;
    }
    case ast::Kind::Delete: {
      const auto& n = static_cast<const ast::Delete&>(s);
      out["target"] = name_json(n.target);
      out["has_from"] = n.has_from;
      out["has_where"] = n.has_where;
      out["joins_restrict_rows"] = n.joins_restrict_rows;
      out["current_of"] = n.current_of;
      out["has_top"] = n.has_top;
      break;
    }
    case ast::Kind::Merge: {
      const auto& n = static_cast<const ast::Merge&>(s);
      out["target"] = name_json(n.target);
      out["has_delete"] = n.has_delete;
      out["has_update"] = n.has_update;
      out["has_insert"] = n.has_insert;
      break;
    }
    case ast::Kind::Use:
      out["database"] = static_cast<const ast::Use&>(s).database;
      break;
    case ast::Kind::Transaction: {
      const auto& n = static_cast<const ast::Transaction&>(s);
      static constexpr const char* kActions[] = {"begin", "commit", "rollback", "save"};
      out["action"] = kActions[static_cast<int>(n.action)];
      out["name"] = n.name;
      out["distributed"] = n.distributed;
      break;
    }
    case ast::Kind::CreateProcedure: {
      const auto& n = static_cast<const ast::CreateProcedure&>(s);
      module_json(n, out);
      out["parameters"] = parameters_json(n.parameters);
      break;
    }
    case ast::Kind::CreateFunction: {
      const auto& n = static_cast<const ast::CreateFunction&>(s);
      module_json(n, out);
      static constexpr const char* kForms[] = {"scalar", "inline_table", "multi_statement_table",
                                               "clr_table"};
      out["form"] = kForms[static_cast<int>(n.form)];
      out["parameters"] = parameters_json(n.parameters);
      out["return_type"] = n.return_type ? type_json(*n.return_type) : Json(nullptr);
      break;
    }
    case ast::Kind::CreateTrigger: {
      const auto& n = static_cast<const ast::CreateTrigger&>(s);
      module_json(n, out);
      out["table"] = opt_name(n.table);
      out["scope"] = n.scope;
      static constexpr const char* kTimings[] = {"for", "after", "instead_of"};
      out["timing"] = kTimings[static_cast<int>(n.timing)];
      out["events"] = n.events;
      break;
    }
    case ast::Kind::CreateView:
      module_json(static_cast<const ast::Module&>(s), out);
      break;
    case ast::Kind::Declare: {
      const auto& n = static_cast<const ast::Declare&>(s);
      Json variables = Json::array();
      for (const ast::Variable& v : n.variables) {
        Json var{{"name", v.name},
                 {"type", v.type ? type_json(*v.type) : Json(nullptr)},
                 {"table", v.is_table},
                 {"cursor", v.is_cursor},
                 {"initial_value", v.has_initial_value}};
        if (v.is_table) var["columns"] = columns_json(v.columns);
        variables.push_back(std::move(var));
      }
      out["variables"] = std::move(variables);
      break;
    }
    case ast::Kind::DeclareCursor: {
      const auto& n = static_cast<const ast::DeclareCursor&>(s);
      out["name"] = n.name;
      out["cursor_variable"] = n.cursor_variable;
      out["options"] = n.options;
      out["for_update"] = n.for_update;
      break;
    }
    case ast::Kind::SetVariable: {
      const auto& n = static_cast<const ast::SetVariable&>(s);
      out["variable"] = n.variable;
      out["op"] = n.op;
      break;
    }
    case ast::Kind::SetOption: {
      const auto& n = static_cast<const ast::SetOption&>(s);
      out["options"] = n.options;
      out["table"] = opt_name(n.table);
      out["value"] = n.value;
      break;
    }
    case ast::Kind::SetTransactionIsolation:
      out["level"] = static_cast<const ast::SetTransactionIsolation&>(s).level;
      break;
    case ast::Kind::Goto:
      out["label"] = static_cast<const ast::Goto&>(s).label;
      break;
    case ast::Kind::Label:
      out["name"] = static_cast<const ast::Label&>(s).name;
      break;
    case ast::Kind::Return:
      out["has_value"] = static_cast<const ast::Return&>(s).has_value;
      break;
    case ast::Kind::WaitFor:
      out["mode"] = static_cast<const ast::WaitFor&>(s).mode;
      break;
    case ast::Kind::Raiserror:
      out["severity"] = opt(static_cast<const ast::Raiserror&>(s).severity);
      break;
    case ast::Kind::Throw:
      out["rethrow"] = static_cast<const ast::Throw&>(s).rethrow;
      break;
    case ast::Kind::CursorOperation: {
      const auto& n = static_cast<const ast::CursorOperation&>(s);
      static constexpr const char* kActions[] = {"open", "fetch", "close", "deallocate"};
      out["action"] = kActions[static_cast<int>(n.action)];
      out["cursor"] = n.cursor;
      break;
    }
    case ast::Kind::Execute: {
      const auto& n = static_cast<const ast::Execute&>(s);
      out["return_status"] = opt(n.return_status);
      out["procedure"] = opt_name(n.procedure);
      out["procedure_variable"] = opt(n.procedure_variable);
      out["without_exec_keyword"] = n.without_exec_keyword;
      Json args = Json::array();
      for (const ast::ExecuteArgument& a : n.arguments) {
        args.push_back(Json{{"name", opt(a.name)},
                            {"text", a.text},
                            {"literal", a.is_literal},
                            {"string_value", opt(a.string_value)},
                            {"variable", a.is_variable},
                            {"output", a.output}});
      }
      out["arguments"] = std::move(args);
      out["is_string"] = n.is_string;
      if (n.is_string) {
        out["string_is_literal"] = n.string_is_literal;
        out["string_value"] = n.string_value;
      }
      out["at_server"] = opt(n.at_server);
      out["as_principal"] = opt(n.as_principal);
      break;
    }
    case ast::Kind::ExecuteAs: {
      const auto& n = static_cast<const ast::ExecuteAs&>(s);
      out["principal_type"] = n.principal_type;
      out["principal"] = n.principal;
      break;
    }
    case ast::Kind::Permission: {
      const auto& n = static_cast<const ast::Permission&>(s);
      static constexpr const char* kActions[] = {"grant", "deny", "revoke"};
      out["action"] = kActions[static_cast<int>(n.action)];
      out["permissions"] = n.permissions;
      out["object_class"] = n.object_class;
      out["on"] = opt_name(n.on);
      out["principals"] = n.principals;
      out["with_grant_option"] = n.with_grant_option;
      out["cascade"] = n.cascade;
      break;
    }
    case ast::Kind::AlterAuthorization: {
      const auto& n = static_cast<const ast::AlterAuthorization&>(s);
      out["object_class"] = n.object_class;
      out["on"] = name_json(n.on);
      out["principal"] = n.principal;
      break;
    }
    case ast::Kind::Dbcc:
      out["command"] = static_cast<const ast::Dbcc&>(s).command;
      break;
    case ast::Kind::Kill:
      out["target"] = static_cast<const ast::Kill&>(s).target;
      break;
    case ast::Kind::Reconfigure:
      out["with_override"] = static_cast<const ast::Reconfigure&>(s).with_override;
      break;
    case ast::Kind::AlterTable: {
      const auto& n = static_cast<const ast::AlterTable&>(s);
      out["table"] = name_json(n.name);
      Json actions = Json::array();
      for (const ast::AlterTableAction& a : n.actions) {
        Json action{{"action", alter_action_name(a.type)}};
        if (a.column) action["column"] = column_json(*a.column);
        if (a.constraint) action["constraint"] = constraint_json(*a.constraint);
        action["names"] = a.names;
        action["all"] = a.all;
        action["if_exists"] = a.if_exists;
        action["with_check"] = opt(a.with_check);
        if (a.switch_target) action["switch_target"] = name_json(*a.switch_target);
        action["line"] = a.range.begin.line;
        action["column_number"] = a.range.begin.column;
        actions.push_back(std::move(action));
      }
      out["actions"] = std::move(actions);
      break;
    }
    case ast::Kind::CreateIndex: {
      const auto& n = static_cast<const ast::CreateIndex&>(s);
      out["name"] = n.name;
      out["table"] = name_json(n.table);
      out["unique"] = n.unique;
      out["clustered"] = opt(n.clustered);
      out["columnstore"] = n.columnstore;
      out["columns"] = n.columns;
      out["included"] = n.included;
      out["filtered"] = n.filtered;
      break;
    }
    case ast::Kind::AlterIndex: {
      const auto& n = static_cast<const ast::AlterIndex&>(s);
      out["name"] = n.name;
      out["all"] = n.all;
      out["table"] = name_json(n.table);
      out["action"] = n.action;
      break;
    }
    case ast::Kind::Drop: {
      const auto& n = static_cast<const ast::Drop&>(s);
      out["object_type"] = n.object_type;
      out["if_exists"] = n.if_exists;
      Json targets = Json::array();
      for (const ast::DropTarget& t : n.targets) {
        Json target = name_json(t.name);
        target["table"] = opt_name(t.table);
        targets.push_back(std::move(target));
      }
      out["targets"] = std::move(targets);
      break;
    }
    case ast::Kind::CreateSchema: {
      const auto& n = static_cast<const ast::CreateSchema&>(s);
      out["name"] = n.name;
      out["owner"] = opt(n.owner);
      break;
    }
    case ast::Kind::CreateType: {
      const auto& n = static_cast<const ast::CreateType&>(s);
      out["name"] = name_json(n.name);
      out["is_table"] = n.is_table;
      out["base_type"] = n.base_type ? type_json(*n.base_type) : Json(nullptr);
      out["columns"] = columns_json(n.columns);
      break;
    }
    case ast::Kind::Sequence: {
      const auto& n = static_cast<const ast::Sequence&>(s);
      out["name"] = name_json(n.name);
      out["is_alter"] = n.is_alter;
      break;
    }
    case ast::Kind::CreateSynonym: {
      const auto& n = static_cast<const ast::CreateSynonym&>(s);
      out["name"] = name_json(n.name);
      out["target"] = name_json(n.target);
      break;
    }
    case ast::Kind::CreateStatistics: {
      const auto& n = static_cast<const ast::CreateStatistics&>(s);
      out["name"] = n.name;
      out["table"] = name_json(n.table);
      break;
    }
    case ast::Kind::UpdateStatistics:
      out["table"] = name_json(static_cast<const ast::UpdateStatistics&>(s).table);
      break;
    case ast::Kind::CreateDatabase:
      out["name"] = static_cast<const ast::CreateDatabase&>(s).name;
      break;
    case ast::Kind::AlterDatabase: {
      const auto& n = static_cast<const ast::AlterDatabase&>(s);
      out["name"] = n.name;
      Json options = Json::array();
      for (const ast::DatabaseOption& o : n.set_options) {
        options.push_back(Json{{"name", o.name}, {"value", o.value}});
      }
      out["set_options"] = std::move(options);
      break;
    }
    case ast::Kind::CreatePrincipal: {
      const auto& n = static_cast<const ast::CreatePrincipal&>(s);
      out["principal_type"] = n.principal_type;
      out["name"] = n.name;
      break;
    }
    case ast::Kind::AlterPrincipal: {
      const auto& n = static_cast<const ast::AlterPrincipal&>(s);
      out["principal_type"] = n.principal_type;
      out["name"] = n.name;
      break;
    }
    case ast::Kind::AlterRole: {
      const auto& n = static_cast<const ast::AlterRole&>(s);
      out["server_role"] = n.server_role;
      out["role"] = n.role;
      out["added_member"] = opt(n.added_member);
      out["dropped_member"] = opt(n.dropped_member);
      break;
    }
    case ast::Kind::PartitionObject: {
      const auto& n = static_cast<const ast::PartitionObject&>(s);
      out["is_alter"] = n.is_alter;
      out["is_scheme"] = n.is_scheme;
      out["name"] = n.name;
      break;
    }
    case ast::Kind::Truncate: {
      const auto& n = static_cast<const ast::Truncate&>(s);
      out["table"] = name_json(n.table);
      out["partitions"] = n.partitions;
      break;
    }
    case ast::Kind::BulkInsert:
      out["table"] = name_json(static_cast<const ast::BulkInsert&>(s).table);
      break;
    case ast::Kind::TriggerToggle: {
      const auto& n = static_cast<const ast::TriggerToggle&>(s);
      out["enable"] = n.enable;
      out["all"] = n.all;
      out["triggers"] = names_json(n.triggers);
      out["scope"] = n.scope;
      break;
    }
    case ast::Kind::OtherStatement: {
      const auto& n = static_cast<const ast::OtherStatement&>(s);
      out["verb"] = n.verb;
      out["name"] = n.name;
      break;
    }
    case ast::Kind::Unparsed:
      out["reason"] = static_cast<const ast::Unparsed&>(s).reason;
      break;
    default:
      break;
  }
  if (!s.table_references.empty()) {
    Json refs = Json::array();
    for (const ast::TableReference& r : s.table_references) {
      Json ref = name_json(r.name);
      if (!r.alias.empty()) ref["alias"] = r.alias;
      ref["hints"] = std::vector<std::string>(r.hints.begin(), r.hints.end());
      refs.push_back(std::move(ref));
    }
    out["table_references"] = std::move(refs);
  }
  Json children = Json::array();
  s.for_each_child([&](const ast::Statement& child) { children.push_back(statement_json(child)); });
  if (!children.empty()) out["statements"] = std::move(children);
  return out;
}

}  // namespace

void write_ast_json(std::ostream& out, const source::SourceFile& file, const ast::Script& script) {
  Json batches = Json::array();
  for (const ast::Batch& batch : script.batches) {
    Json statements = Json::array();
    for (const ast::StatementPtr& s : batch.statements) statements.push_back(statement_json(*s));
    batches.push_back(Json{{"line", batch.range.begin.line},
                           {"end_line", batch.range.end.line},
                           {"repeat", batch.repeat},
                           {"needed_full_ll", batch.needed_full_ll},
                           {"full_ll_statements", batch.full_ll_statements},
                           {"statements", std::move(statements)}});
  }
  const Json doc{{"path", file.path()},
                 {"encoding", source::encoding_name(file.encoding())},
                 {"batches", std::move(batches)}};
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace pf::report
