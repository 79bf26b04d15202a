#include "model/model.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

namespace pf::model {
namespace {

std::string column_key(const ast::ObjectName& table, std::string_view column) {
  return object_key(table) + "." + source::ascii_lower(column);
}

}  // namespace

std::string object_key(const ast::ObjectName& name) {
  std::string key;
  if (!name.database().empty()) key = source::ascii_lower(name.database()) + ".";
  // Temp tables and table variables live outside any schema.
  if (!name.is_temporary() && !name.is_variable()) {
    key += name.schema().empty() ? std::string("dbo") : source::ascii_lower(name.schema());
    key += '.';
  }
  key += source::ascii_lower(name.object());
  return key;
}

namespace {

ast::ObjectName single_part(const std::string& name) { return ast::ObjectName{name}; }

// Statements the deployment itself runs: module bodies run later, when the module is called, so
// the model does not replay them.
// `conditional` is true for statements under IF or WHILE: whether they run depends on state the
// model may not know (IF NOT EXISTS, IF OBJECT_ID(...) IS NULL, a loop that runs zero times).
void walk_deployed(const ast::Statement& statement, bool conditional,
                   const std::function<void(const ast::Statement&, bool)>& visit) {
  visit(statement, conditional);
  if (dynamic_cast<const ast::Module*>(&statement) != nullptr) return;
  bool branches = statement.kind == ast::Kind::If || statement.kind == ast::Kind::While;
  if (statement.kind == ast::Kind::Execute) {
    const auto& exec = static_cast<const ast::Execute&>(statement);
    // Text that runs on another server (EXEC ... AT, OPENQUERY) changes nothing here; text that
    // runs once per table or database (sp_MSforeachdb) does not certainly change this database.
    if (exec.at_server) return;
    branches = branches || exec.runs_per_object;
  }
  statement.for_each_child(
      [&](const ast::Statement& child) { walk_deployed(child, conditional || branches, visit); });
}

}  // namespace

std::optional<ObjectType> drop_object_type(std::string_view object_type) {
  if (object_type == "VIEW") return ObjectType::View;
  if (object_type == "PROCEDURE" || object_type == "PROC") return ObjectType::Procedure;
  if (object_type == "FUNCTION") return ObjectType::Function;
  if (object_type == "TRIGGER") return ObjectType::Trigger;
  if (object_type == "SYNONYM") return ObjectType::Synonym;
  if (object_type == "TYPE") return ObjectType::Type;
  if (object_type == "SEQUENCE") return ObjectType::Sequence;
  if (object_type == "INDEX") return ObjectType::Index;
  return std::nullopt;
}

namespace {

void replay_all(const std::vector<ScriptInput>& scripts,
                const std::function<void(std::size_t, const ast::Statement&, bool)>& replay) {
  for (std::size_t i = 0; i < scripts.size(); ++i) {
    for (const ast::Batch& batch : scripts[i].script->batches) {
      for (const ast::StatementPtr& statement : batch.statements) {
        walk_deployed(*statement, false, [&](const ast::Statement& s, bool conditional) {
          replay(i, s, conditional);
        });
      }
    }
  }
}

}  // namespace

Deployment::Deployment(std::vector<ScriptInput> scripts, std::vector<ScriptInput> baseline,
                       UndoPlan undo, const std::map<std::string, std::string>& sqlcmd_values)
    : scripts_(std::move(scripts)), baseline_(std::move(baseline)), undo_(std::move(undo)) {
  resolve_sqlcmd_variables(sqlcmd_values);
  if (!baseline_.empty()) {
    // The baseline is replayed as a deployment of its own; what stands at its end is the state
    // before this deployment.
    const Deployment before(baseline_);
    for (const auto& [key, creations] : before.creations_) {
      const Creation& last = creations.back();
      const auto drops = before.drops_.find(key);
      if (drops != before.drops_.end() && last.location < drops->second.back().location) continue;
      baseline_objects_[key] =
          CreationSite{last.location, baseline_[last.location.script_index].file->path(), true};
    }
    synonym_targets_ = before.synonym_targets_;
    for (const auto& [key, definitions] : before.columns_) {
      ColumnDefinition d = definitions.back();
      d.created_by_deployment = false;
      d.from_baseline = true;
      baseline_columns_[key] = d;
    }
  }
  replay_all(scripts_, [&](std::size_t i, const ast::Statement& s, bool conditional) {
    conditional_ = conditional;
    if (conditional) conditional_statements_.insert(Location{i, s.range.begin});
    replay(i, s);
  });
  conditional_ = false;
}

std::optional<CreationSite> Deployment::in_baseline(ObjectType type, const ast::ObjectName& name,
                                                    std::string_view scope) const {
  const auto found = baseline_objects_.find({type, key_of(type, name, scope)});
  if (found == baseline_objects_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string> Deployment::missing_at(ObjectType type, const ast::ObjectName& name,
                                                  const Location& at,
                                                  std::string_view scope) const {
  const std::tuple<ObjectType, std::string> key{type, key_of(type, name, scope)};
  // The last event before `at` decides; a conditional one leaves the object possibly there.
  std::optional<Location> last_create;
  if (const auto c = creations_.find(key); c != creations_.end()) {
    for (const Creation& creation : c->second) {
      if (!(creation.location < at)) break;
      last_create = creation.location;
    }
  }
  std::optional<Drop> last_drop;
  if (const auto d = drops_.find(key); d != drops_.end()) {
    for (const Drop& drop : d->second) {
      if (!(drop.location < at)) break;
      last_drop = drop;
    }
  }
  auto where = [&](const Location& l) {
    return fmt::format(FMT_STRING("{}:{}"), scripts_[l.script_index].file->path(), l.position.line);
  };
  if (last_drop && (!last_create || *last_create < last_drop->location)) {
    if (last_drop->conditional) return std::nullopt;
    return fmt::format(FMT_STRING("it was dropped at {}"), where(last_drop->location));
  }
  if (last_create) return std::nullopt;
  if (baseline_.empty() || baseline_objects_.count(key) != 0) return std::nullopt;
  return std::string("it is neither in the baseline nor created earlier in the deployment");
}

bool Deployment::defined_before(ObjectType type, const ast::ObjectName& name, const Location& at,
                                std::string_view scope) const {
  const auto found = creations_.find({type, key_of(type, name, scope)});
  return found != creations_.end() && found->second.front().location < at;
}

std::optional<CreationSite> Deployment::conditionally_created_before(ObjectType type,
                                                                     const ast::ObjectName& name,
                                                                     const Location& at,
                                                                     std::string_view scope) const {
  if (created_before(type, name, at, scope)) return std::nullopt;
  const auto found = creations_.find({type, key_of(type, name, scope)});
  if (found == creations_.end()) return std::nullopt;
  for (const Creation& c : found->second) {
    if (!(c.location < at)) break;
    if (c.conditional) {
      return CreationSite{c.location, scripts_[c.location.script_index].file->path()};
    }
  }
  return std::nullopt;
}

void Deployment::record_creation(ObjectType type, const std::string& key, const Location& at,
                                 bool replaces) {
  creations_[{type, key}].push_back(Creation{at, replaces, conditional_});
}

void Deployment::record_drop(ObjectType type, const std::string& key, const Location& at) {
  drops_[{type, key}].push_back(Drop{at, conditional_});
}

void Deployment::record_column(const ast::ObjectName& table, std::string_view column,
                               ColumnDefinition definition) {
  definition.path = scripts_[definition.location.script_index].file->path();
  definition.name = std::string(column);
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
    if (action.type == ast::AlterTableAction::Type::DropColumn) {
      for (const std::string& name : action.names) {
        ColumnDefinition gone{at, std::nullopt, std::nullopt, false, false};
        gone.dropped = true;
        record_column(alter.name, name, std::move(gone));
      }
      continue;
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
        // Under IF NOT EXISTS the table may have existed, with whatever columns it had.
        record_column(create.name, c.name.value,
                      ColumnDefinition{at, c.type, c.nullable, c.has_default, !conditional_});
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
    case ast::Kind::DropTable: {
      const auto& drop = static_cast<const ast::DropTable&>(statement);
      for (const ast::ObjectName& table : drop.tables) {
        record_drop(ObjectType::Table, object_key(table), at);
      }
      break;
    }
    case ast::Kind::Drop: {
      const auto& drop = static_cast<const ast::Drop&>(statement);
      const std::optional<ObjectType> type = drop_object_type(drop.object_type);
      if (!type) break;
      for (const ast::DropTarget& target : drop.targets) {
        if (*type == ObjectType::Index) {
          if (target.table) {
            record_drop(*type,
                        object_key(*target.table) + "/" +
                            object_key(single_part(std::string(target.name.object()))),
                        at);
          }
        } else {
          record_drop(*type, object_key(target.name), at);
        }
      }
      break;
    }
    case ast::Kind::Execute: {
      // sp_rename moves a table (or other object) to a new name: the new name exists from here,
      // possibly (the model does not know the object's kind), so it is recorded as conditional.
      const auto& exec = static_cast<const ast::Execute&>(statement);
      if (!exec.procedure || source::ascii_lower(exec.procedure->object()) != "sp_rename") break;
      if (exec.arguments.size() < 2 || !exec.arguments[0].string_value ||
          !exec.arguments[1].string_value) {
        break;
      }
      if (exec.arguments.size() > 2) break;  // a column or index rename: the table stays
      const ast::ObjectName from = ast::ObjectName::from_text(*exec.arguments[0].string_value);
      ast::ObjectName to = from;
      to.pop_back();
      to.push_back(*exec.arguments[1].string_value);
      const bool was = conditional_;
      conditional_ = true;
      record_creation(ObjectType::Table, object_key(to), at);
      record_drop(ObjectType::Table, object_key(from), at);
      conditional_ = was;
      break;
    }
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
                      source::ascii_lower(static_cast<const ast::CreateSchema&>(statement).name),
                      at);
      break;
    case ast::Kind::CreateType:
      created(ObjectType::Type, static_cast<const ast::CreateType&>(statement).name);
      break;
    case ast::Kind::Sequence: {
      const auto& sequence = static_cast<const ast::Sequence&>(statement);
      if (!sequence.is_alter) created(ObjectType::Sequence, sequence.name);
      break;
    }
    case ast::Kind::CreateSynonym: {
      const auto& synonym = static_cast<const ast::CreateSynonym&>(statement);
      created(ObjectType::Synonym, synonym.name);
      synonym_targets_[object_key(synonym.name)].push_back(synonym.target);
      break;
    }
    case ast::Kind::CreateDatabase:
      record_creation(ObjectType::Database,
                      source::ascii_lower(static_cast<const ast::CreateDatabase&>(statement).name),
                      at);
      break;
    case ast::Kind::CreatePrincipal: {
      const auto& principal = static_cast<const ast::CreatePrincipal&>(statement);
      const ObjectType type = principal.principal_type == "USER"    ? ObjectType::User
                              : principal.principal_type == "LOGIN" ? ObjectType::Login
                                                                    : ObjectType::Role;
      record_creation(type, source::ascii_lower(principal.name), at);
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
    if (!c.replaces && !c.conditional)
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
  std::string key = unqualified ? source::ascii_lower(name.object()) : object_key(name);
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
  const std::string key = column_key(table, column);
  std::optional<ColumnDefinition> last;
  if (const auto found = columns_.find(key); found != columns_.end()) {
    for (const ColumnDefinition& d : found->second) {
      if (!(d.location < at)) break;
      last = d;
    }
  }
  if (!last) {
    if (const auto found = baseline_columns_.find(key); found != baseline_columns_.end()) {
      last = found->second;
    }
  }
  if (last && last->dropped) return std::nullopt;
  return last;
}

std::string_view object_type_name(ObjectType type) {
  switch (type) {
    case ObjectType::Table:
      return "table";
    case ObjectType::View:
      return "view";
    case ObjectType::Procedure:
      return "procedure";
    case ObjectType::Function:
      return "function";
    case ObjectType::Trigger:
      return "trigger";
    case ObjectType::Synonym:
      return "synonym";
    case ObjectType::Type:
      return "type";
    case ObjectType::Sequence:
      return "sequence";
    case ObjectType::Schema:
      return "schema";
    case ObjectType::Database:
      return "database";
    case ObjectType::Index:
      return "index";
    case ObjectType::Constraint:
      return "constraint";
    case ObjectType::User:
      return "user";
    case ObjectType::Login:
      return "login";
    case ObjectType::Role:
      return "role";
  }
  return "object";
}

std::vector<FinalObject> Deployment::final_state() const {
  std::set<std::tuple<ObjectType, std::string>> keys;
  for (const auto& entry : creations_) keys.insert(entry.first);
  for (const auto& entry : baseline_objects_) keys.insert(entry.first);
  std::vector<FinalObject> out;
  for (const auto& key : keys) {
    FinalObject object{std::get<0>(key), std::get<1>(key), {}, false, {}};
    std::optional<Location> since;  // the deployment's last creation: older columns are stale
    const auto created = creations_.find(key);
    const auto dropped = drops_.find(key);
    if (created != creations_.end()) {
      const Creation& last = created->second.back();
      object.site = CreationSite{last.location, scripts_[last.location.script_index].file->path()};
      object.possibly = last.conditional;
      since = last.location;
      if (dropped != drops_.end() && last.location < dropped->second.back().location) {
        if (!dropped->second.back().conditional) continue;
        object.possibly = true;
      }
    } else {
      object.site = baseline_objects_.at(key);
      if (dropped != drops_.end()) {
        if (!dropped->second.back().conditional) continue;
        object.possibly = true;
      }
    }
    if (object.type == ObjectType::Table) {
      const std::string prefix = object.key + ".";
      std::map<std::string, ColumnDefinition> columns;
      if (!since) {
        for (auto it = baseline_columns_.lower_bound(prefix);
             it != baseline_columns_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
             ++it) {
          columns[it->first] = it->second;
        }
      }
      for (auto it = columns_.lower_bound(prefix);
           it != columns_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const ColumnDefinition& last = it->second.back();
        if (since && last.location < *since) continue;
        columns[it->first] = last;
      }
      for (auto& [name_key, definition] : columns) {
        // A column name holds no dot, so the prefix match never reaches another table's column.
        if (name_key.find('.', prefix.size()) != std::string::npos) continue;
        if (!definition.dropped) object.columns.push_back(std::move(definition));
      }
    }
    out.push_back(std::move(object));
  }
  return out;
}

const UndoScript* Deployment::undo_of(std::size_t script_index) const {
  for (const UndoScript& u : undo_.scripts) {
    if (u.forward == script_index) return &u;
  }
  return nullptr;
}

}  // namespace pf::model
