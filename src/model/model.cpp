#include "model/model.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace pf::model {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string column_key(const ast::ObjectName& table, std::string_view column) {
  return object_key(table) + "." + lower(column);
}

}  // namespace

std::string object_key(const ast::ObjectName& name) {
  std::string key;
  if (!name.database().empty()) key = lower(name.database()) + ".";
  // Temp tables and table variables live outside any schema.
  if (!name.is_temporary() && !name.is_variable()) {
    key += name.schema().empty() ? std::string("dbo") : lower(name.schema());
    key += '.';
  }
  key += lower(name.object());
  return key;
}

namespace {

ast::ObjectName single_part(const std::string& name) {
  ast::ObjectName n;
  n.parts.push_back(name);
  return n;
}

// Statements the deployment itself runs: module bodies run later, when the module is called, so
// the model does not replay them.
void walk_deployed(const ast::Statement& statement,
                   const std::function<void(const ast::Statement&)>& visit) {
  visit(statement);
  if (dynamic_cast<const ast::Module*>(&statement) != nullptr) return;
  statement.for_each_child([&](const ast::Statement& child) { walk_deployed(child, visit); });
}

}  // namespace

Deployment::Deployment(std::vector<ScriptInput> scripts) : scripts_(std::move(scripts)) {
  for (std::size_t i = 0; i < scripts_.size(); ++i) {
    for (const ast::Batch& batch : scripts_[i].script->batches) {
      for (const ast::StatementPtr& statement : batch.statements) {
        walk_deployed(*statement, [&](const ast::Statement& s) { replay(i, s); });
      }
    }
  }
}

void Deployment::record_creation(ObjectType type, const std::string& key, const Location& at,
                                 bool replaces) {
  creations_[{type, key}].push_back(Creation{at, replaces});
}

void Deployment::record_column(const ast::ObjectName& table, std::string_view column,
                               ColumnDefinition definition) {
  columns_[column_key(table, column)].push_back(std::move(definition));
}

void Deployment::replay_alter_table(const ast::AlterTable& alter, const Location& at) {
  const bool new_table = created_before(ObjectType::Table, alter.name, at).has_value();
  for (const ast::AlterTableAction& action : alter.actions) {
    if (action.constraint && action.constraint->name) {
      record_creation(
          ObjectType::Constraint,
          object_key(alter.name) + "/" + object_key(single_part(*action.constraint->name)), at);
    }
    if (!action.column) continue;
    const ast::ColumnDefinition& c = *action.column;
    if (action.type == ast::AlterTableAction::Type::AddColumn) {
      record_column(alter.name, c.name.value,
                    ColumnDefinition{at, c.type, c.nullable, c.has_default, true});
    } else if (action.type == ast::AlterTableAction::Type::AlterColumn) {
      const std::optional<ColumnDefinition> before = column_before(alter.name, c.name.value, at);
      const bool created = new_table || (before && before->created_by_deployment);
      record_column(
          alter.name, c.name.value,
          ColumnDefinition{at, c.type, c.nullable, before ? before->has_default : false, created});
    }
  }
}

// What one statement does to the schema. Statements are replayed in deployment order; a rule
// asking about a point in the deployment sees only what happened before it.
void Deployment::replay(std::size_t script_index, const ast::Statement& statement) {
  const Location at{script_index, statement.range.begin};
  auto created = [&](ObjectType type, const ast::ObjectName& name) {
    record_creation(type, object_key(name), at);
  };
  switch (statement.kind) {
    case ast::Kind::CreateTable: {
      const auto& create = static_cast<const ast::CreateTable&>(statement);
      created(ObjectType::Table, create.name);
      for (const ast::TableConstraint& constraint : create.constraints) {
        if (constraint.name) {
          record_creation(ObjectType::Constraint,
                          object_key(create.name) + "/" + object_key(single_part(*constraint.name)),
                          at);
        }
      }
      for (const ast::ColumnDefinition& c : create.columns) {
        record_column(create.name, c.name.value,
                      ColumnDefinition{at, c.type, c.nullable, c.has_default, true});
      }
      break;
    }
    case ast::Kind::Select: {
      const auto& select = static_cast<const ast::Select&>(statement);
      if (select.into) created(ObjectType::Table, *select.into);
      break;
    }
    case ast::Kind::AlterTable:
      replay_alter_table(static_cast<const ast::AlterTable&>(statement), at);
      break;
    case ast::Kind::CreateIndex: {
      const auto& index = static_cast<const ast::CreateIndex&>(statement);
      record_creation(ObjectType::Index,
                      object_key(index.table) + "/" + object_key(single_part(index.name)), at);
      break;
    }
    case ast::Kind::CreateProcedure:
    case ast::Kind::CreateFunction:
    case ast::Kind::CreateTrigger:
    case ast::Kind::CreateView: {
      // CREATE OR ALTER may replace an object that existed before: only a plain CREATE proves the
      // deployment made it, but either defines it again after a drop.
      const auto& module = static_cast<const ast::Module&>(statement);
      if (module.is_alter) break;
      const ObjectType type = statement.kind == ast::Kind::CreateProcedure  ? ObjectType::Procedure
                              : statement.kind == ast::Kind::CreateFunction ? ObjectType::Function
                              : statement.kind == ast::Kind::CreateTrigger  ? ObjectType::Trigger
                                                                            : ObjectType::View;
      record_creation(type, object_key(module.name), at, module.or_alter);
      break;
    }
    case ast::Kind::CreateSchema:
      record_creation(ObjectType::Schema,
                      lower(static_cast<const ast::CreateSchema&>(statement).name), at);
      break;
    case ast::Kind::CreateType:
      created(ObjectType::Type, static_cast<const ast::CreateType&>(statement).name);
      break;
    case ast::Kind::Sequence: {
      const auto& sequence = static_cast<const ast::Sequence&>(statement);
      if (!sequence.is_alter) created(ObjectType::Sequence, sequence.name);
      break;
    }
    case ast::Kind::CreateSynonym:
      created(ObjectType::Synonym, static_cast<const ast::CreateSynonym&>(statement).name);
      break;
    case ast::Kind::CreateDatabase:
      record_creation(ObjectType::Database,
                      lower(static_cast<const ast::CreateDatabase&>(statement).name), at);
      break;
    case ast::Kind::CreatePrincipal: {
      const auto& principal = static_cast<const ast::CreatePrincipal&>(statement);
      const ObjectType type = principal.principal_type == "USER"    ? ObjectType::User
                              : principal.principal_type == "LOGIN" ? ObjectType::Login
                                                                    : ObjectType::Role;
      record_creation(type, lower(principal.name), at);
      break;
    }
    default:
      break;
  }
}

std::optional<CreationSite> Deployment::created_before_key(ObjectType type, const std::string& key,
                                                           const Location& at) const {
  const auto found = creations_.find({type, key});
  if (found == creations_.end()) return std::nullopt;
  // Any plain creation before `at` means the object's content at `at` is the deployment's own.
  for (const Creation& c : found->second) {
    if (!(c.location < at)) break;
    if (!c.replaces)
      return CreationSite{c.location, scripts_[c.location.script_index].file->path()};
  }
  return std::nullopt;
}

std::string Deployment::key_of(ObjectType type, const ast::ObjectName& name,
                               std::string_view scope) const {
  // Schemas, databases and principals are single names, not schema-qualified objects.
  const bool unqualified = type == ObjectType::Schema || type == ObjectType::Database ||
                           type == ObjectType::User || type == ObjectType::Login ||
                           type == ObjectType::Role;
  std::string key = unqualified ? lower(name.object()) : object_key(name);
  if (!scope.empty()) key = std::string(scope) + "/" + key;
  return key;
}

bool Deployment::recreated_after(ObjectType type, const ast::ObjectName& name, const Location& at,
                                 std::string_view scope) const {
  const auto found = creations_.find({type, key_of(type, name, scope)});
  if (found == creations_.end()) return false;
  return at < found->second.back().location;
}

std::optional<CreationSite> Deployment::created_before(ObjectType type, const ast::ObjectName& name,
                                                       const Location& at,
                                                       std::string_view scope) const {
  return created_before_key(type, key_of(type, name, scope), at);
}

std::optional<ColumnDefinition> Deployment::column_before(const ast::ObjectName& table,
                                                          std::string_view column,
                                                          const Location& at) const {
  const auto found = columns_.find(column_key(table, column));
  if (found == columns_.end()) return std::nullopt;
  std::optional<ColumnDefinition> last;
  for (const ColumnDefinition& d : found->second) {
    if (!(d.location < at)) break;
    last = d;
  }
  return last;
}

}  // namespace pf::model
