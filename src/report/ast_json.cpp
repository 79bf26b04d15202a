#include "report/json_text.h"
#include "report/report.h"
#include "report/shown_source.h"

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

void fields(const ast::Module& m, Json& out) {
  out["name"] = name_json(m.name);
  out["is_alter"] = m.is_alter;
  out["or_alter"] = m.or_alter;
  out["external"] = m.external;
}

// Sets each key to its value, in order (the JSON keeps that order).
void put(Json&) {}

template <class Value, class... Rest>
void put(Json& out, const char* key, const Value& value, const Rest&... rest) {
  out[key] = value;
  put(out, rest...);
}

// The fields each statement kind adds to its JSON object, one overload per kind; a kind without
// one falls back to its base (a view is a Module) or to Statement, which adds none.
void fields(const ast::Statement&, Json&) {}

void fields(const ast::CreateTable& n, Json& out) {
  out["table"] = name_json(n.name);
  out["columns"] = columns_json(n.columns);
  Json constraints = Json::array();
  for (const ast::TableConstraint& c : n.constraints) constraints.push_back(constraint_json(c));
  out["constraints"] = std::move(constraints);
  out["system_versioned"] = n.system_versioned;
}

void fields(const ast::DropTable& n, Json& out) {
  put(out, "if_exists", n.if_exists, "tables", names_json(n.tables));
}

void fields(const ast::Select& n, Json& out) {
  put(out, "into", opt_name(n.into), "has_cte", n.has_cte);
}

void fields(const ast::Insert& n, Json& out) {
  out["target"] = name_json(n.target);
  static constexpr const char* kSources[] = {"values", "select", "execute", "default_values"};
  out["source"] = kSources[static_cast<int>(n.source)];
  out["has_output"] = n.has_output;
}

void fields(const ast::RowWrite& n, Json& out) {
  put(out, "target", name_json(n.target), "has_from", n.has_from, "has_where", n.has_where,
      "joins_restrict_rows", n.joins_restrict_rows, "current_of", n.current_of, "has_top",
      n.has_top);
}

void fields(const ast::Merge& n, Json& out) {
  put(out, "target", name_json(n.target), "has_delete", n.has_delete, "has_update", n.has_update,
      "has_insert", n.has_insert);
}

void fields(const ast::Use& n, Json& out) { out["database"] = n.database; }

void fields(const ast::Transaction& n, Json& out) {
  static constexpr const char* kActions[] = {"begin", "commit", "rollback", "save"};
  out["action"] = kActions[static_cast<int>(n.action)];
  out["name"] = n.name;
  out["distributed"] = n.distributed;
}

void fields(const ast::CreateProcedure& n, Json& out) {
  fields(static_cast<const ast::Module&>(n), out);
  out["parameters"] = parameters_json(n.parameters);
}

void fields(const ast::CreateFunction& n, Json& out) {
  fields(static_cast<const ast::Module&>(n), out);
  static constexpr const char* kForms[] = {"scalar", "inline_table", "multi_statement_table",
                                           "clr_table"};
  out["form"] = kForms[static_cast<int>(n.form)];
  out["parameters"] = parameters_json(n.parameters);
  out["return_type"] = n.return_type ? type_json(*n.return_type) : Json(nullptr);
}

void fields(const ast::CreateTrigger& n, Json& out) {
  fields(static_cast<const ast::Module&>(n), out);
  out["table"] = opt_name(n.table);
  out["scope"] = n.scope;
  static constexpr const char* kTimings[] = {"for", "after", "instead_of"};
  out["timing"] = kTimings[static_cast<int>(n.timing)];
  out["events"] = n.events;
}

void fields(const ast::Declare& n, Json& out) {
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
}

void fields(const ast::DeclareCursor& n, Json& out) {
  put(out, "name", n.name, "cursor_variable", n.cursor_variable, "options", n.options, "for_update",
      n.for_update);
}

void fields(const ast::SetVariable& n, Json& out) { put(out, "variable", n.variable, "op", n.op); }

void fields(const ast::SetOption& n, Json& out) {
  put(out, "options", n.options, "table", opt_name(n.table), "value", n.value);
}

void fields(const ast::SetTransactionIsolation& n, Json& out) { out["level"] = n.level; }

void fields(const ast::Goto& n, Json& out) { out["label"] = n.label; }

void fields(const ast::Label& n, Json& out) { out["name"] = n.name; }

void fields(const ast::Return& n, Json& out) { out["has_value"] = n.has_value; }

void fields(const ast::WaitFor& n, Json& out) { out["mode"] = n.mode; }

void fields(const ast::Raiserror& n, Json& out) { out["severity"] = opt(n.severity); }

void fields(const ast::Throw& n, Json& out) { out["rethrow"] = n.rethrow; }

void fields(const ast::CursorOperation& n, Json& out) {
  static constexpr const char* kActions[] = {"open", "fetch", "close", "deallocate"};
  out["action"] = kActions[static_cast<int>(n.action)];
  out["cursor"] = n.cursor;
}

void fields(const ast::Execute& n, Json& out) {
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
  if (!n.rowset_function.empty()) out["rowset_function"] = n.rowset_function;
  out["as_principal"] = opt(n.as_principal);
}

void fields(const ast::ExecuteAs& n, Json& out) {
  put(out, "principal_type", n.principal_type, "principal", n.principal);
}

void fields(const ast::Permission& n, Json& out) {
  static constexpr const char* kActions[] = {"grant", "deny", "revoke"};
  out["action"] = kActions[static_cast<int>(n.action)];
  out["permissions"] = n.permissions;
  out["object_class"] = n.object_class;
  out["on"] = opt_name(n.on);
  out["principals"] = n.principals;
  out["with_grant_option"] = n.with_grant_option;
  out["cascade"] = n.cascade;
}

void fields(const ast::AlterAuthorization& n, Json& out) {
  put(out, "object_class", n.object_class, "on", name_json(n.on), "principal", n.principal);
}

void fields(const ast::Dbcc& n, Json& out) {
  out["command"] = n.command;
  if (n.binary_argument) out["binary_argument"] = true;
}

void fields(const ast::Kill& n, Json& out) { out["target"] = n.target; }

void fields(const ast::Reconfigure& n, Json& out) { out["with_override"] = n.with_override; }

void fields(const ast::AlterTable& n, Json& out) {
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
}

void fields(const ast::CreateIndex& n, Json& out) {
  put(out, "name", n.name, "table", name_json(n.table), "unique", n.unique, "clustered",
      opt(n.clustered), "columnstore", n.columnstore, "columns", n.columns, "included", n.included,
      "filtered", n.filtered);
}

void fields(const ast::AlterIndex& n, Json& out) {
  put(out, "name", n.name, "all", n.all, "table", name_json(n.table), "action", n.action);
}

void fields(const ast::Drop& n, Json& out) {
  out["object_type"] = n.object_type;
  out["if_exists"] = n.if_exists;
  Json targets = Json::array();
  for (const ast::DropTarget& t : n.targets) {
    Json target = name_json(t.name);
    target["table"] = opt_name(t.table);
    targets.push_back(std::move(target));
  }
  out["targets"] = std::move(targets);
}

void fields(const ast::CreateSchema& n, Json& out) {
  put(out, "name", n.name, "owner", opt(n.owner));
}

void fields(const ast::CreateType& n, Json& out) {
  put(out, "name", name_json(n.name), "is_table", n.is_table, "base_type",
      n.base_type ? type_json(*n.base_type) : Json(nullptr), "columns", columns_json(n.columns));
}

void fields(const ast::Sequence& n, Json& out) {
  put(out, "name", name_json(n.name), "is_alter", n.is_alter);
}

void fields(const ast::CreateSynonym& n, Json& out) {
  put(out, "name", name_json(n.name), "target", name_json(n.target));
}

void fields(const ast::CreateStatistics& n, Json& out) {
  put(out, "name", n.name, "table", name_json(n.table));
}

void fields(const ast::UpdateStatistics& n, Json& out) { out["table"] = name_json(n.table); }

void fields(const ast::CreateDatabase& n, Json& out) { out["name"] = n.name; }

void fields(const ast::AlterDatabase& n, Json& out) {
  out["name"] = n.name;
  Json options = Json::array();
  for (const ast::DatabaseOption& o : n.set_options) {
    options.push_back(Json{{"name", o.name}, {"value", o.value}});
  }
  out["set_options"] = std::move(options);
}

void fields(const ast::CreatePrincipal& n, Json& out) {
  put(out, "principal_type", n.principal_type, "name", n.name);
}

void fields(const ast::AlterPrincipal& n, Json& out) {
  put(out, "principal_type", n.principal_type, "name", n.name);
}

void fields(const ast::AlterRole& n, Json& out) {
  put(out, "server_role", n.server_role, "role", n.role, "added_member", opt(n.added_member),
      "dropped_member", opt(n.dropped_member));
}

void fields(const ast::PartitionObject& n, Json& out) {
  put(out, "is_alter", n.is_alter, "is_scheme", n.is_scheme, "name", n.name);
}

void fields(const ast::Truncate& n, Json& out) {
  put(out, "table", name_json(n.table), "partitions", n.partitions);
}

void fields(const ast::BulkInsert& n, Json& out) { out["table"] = name_json(n.table); }

void fields(const ast::TriggerToggle& n, Json& out) {
  put(out, "enable", n.enable, "all", n.all, "triggers", names_json(n.triggers), "scope", n.scope);
}

void fields(const ast::OtherStatement& n, Json& out) { put(out, "verb", n.verb, "name", n.name); }

void fields(const ast::Unparsed& n, Json& out) { out["reason"] = n.reason; }

// Keeps the script's secrets (ast::Script::secrets) out of the tree's JSON, which copies literals:
// an EXEC argument that is one shows as the mask, and one that holds one (SQL text with a CREATE
// LOGIN in it) shows it masked in its text and value.
class SecretMask {
 public:
  SecretMask(const source::SourceFile& file, const std::vector<ast::SourceRange>& secrets)
      : file_(file), secrets_(secrets) {}

  void apply(const ast::Execute& n, Json& out) const {
    if (secrets_.empty()) return;
    Json& args = out["arguments"];
    for (std::size_t i = 0; i < n.arguments.size(); ++i) {
      const ast::ExecuteArgument& a = n.arguments[i];
      for (const ast::SourceRange& secret : secrets_) {
        if (!inside(secret, a.value_range)) continue;
        if (secret == a.value_range) {
          args[i]["text"] = kSecretMask;
          if (a.string_value) args[i]["string_value"] = kSecretMask;
          continue;
        }
        args[i]["text"] = replaced(args[i]["text"].get<std::string>(), raw(secret));
        if (a.string_value) {
          args[i]["string_value"] =
              replaced(args[i]["string_value"].get<std::string>(), undoubled(raw(secret)));
        }
      }
    }
    if (!n.is_string || !n.literal_range) return;
    for (const ast::SourceRange& secret : secrets_) {
      if (inside(secret, *n.literal_range)) {
        out["string_value"] =
            replaced(out["string_value"].get<std::string>(), undoubled(raw(secret)));
      }
    }
  }

 private:
  static bool inside(const ast::SourceRange& inner, const ast::SourceRange& outer) {
    return !(inner.begin < outer.begin) && !(outer.end < inner.end);
  }
  std::string raw(const ast::SourceRange& r) const {
    const std::size_t begin = file_.offset_of(r.begin);
    const std::size_t end = file_.offset_of(r.end);
    return end > begin ? file_.text().substr(begin, end - begin) : std::string();
  }
  // A literal inside a literal is written with its quotes doubled; the outer value has them single.
  static std::string undoubled(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      out += text[i];
      if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;
    }
    return out;
  }
  static std::string replaced(std::string text, const std::string& secret) {
    if (secret.empty()) return text;
    for (std::size_t at = text.find(secret); at != std::string::npos;
         at = text.find(secret, at + kSecretMask.size())) {
      text.replace(at, secret.size(), kSecretMask);
    }
    return text;
  }

  const source::SourceFile& file_;
  const std::vector<ast::SourceRange>& secrets_;
};

Json statement_json(const ast::Statement& s, const SecretMask& mask) {
  Json out{{"kind", ast::kind_name(s.kind)},
           {"line", s.range.begin.line},
           {"column", s.range.begin.column},
           {"end_line", s.range.end.line},
           {"end_column", s.range.end.column}};
  switch (s.kind) {
#define PF_AST_FIELDS(kind)                        \
  case ast::Kind::kind:                            \
    fields(static_cast<const ast::kind&>(s), out); \
    break;
    PF_AST_STATEMENT_KINDS(PF_AST_FIELDS)
#undef PF_AST_FIELDS
  }
  if (s.kind == ast::Kind::Execute) mask.apply(static_cast<const ast::Execute&>(s), out);
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
  s.for_each_child(
      [&](const ast::Statement& child) { children.push_back(statement_json(child, mask)); });
  if (!children.empty()) out["statements"] = std::move(children);
  return out;
}

}  // namespace

void write_ast_json(std::ostream& out, const source::SourceFile& file, const ast::Script& script) {
  Json batches = Json::array();
  const SecretMask mask(file, script.secrets);
  for (const ast::Batch& batch : script.batches) {
    Json statements = Json::array();
    for (const ast::StatementPtr& s : batch.statements) {
      statements.push_back(statement_json(*s, mask));
    }
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
  write_json_document(out, doc);
}

}  // namespace pf::report
