#include "model/model.h"

#include <algorithm>
#include <cctype>

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

Deployment::Deployment(std::vector<ScriptInput> scripts) : scripts_(std::move(scripts)) {
  for (std::size_t i = 0; i < scripts_.size(); ++i) {
    ast::walk(*scripts_[i].script, [&](const ast::Statement& statement) { replay(i, statement); });
  }
}

void Deployment::record_creation(ObjectType type, const std::string& key, const Location& at) {
  creations_[{type, key}].push_back(at);
}

void Deployment::record_column(const ast::ObjectName& table, std::string_view column,
                               ColumnDefinition definition) {
  columns_[column_key(table, column)].push_back(std::move(definition));
}

// What one statement does to the schema. Statements are replayed in deployment order; a rule
// asking about a point in the deployment sees only what happened before it.
void Deployment::replay(std::size_t script_index, const ast::Statement& statement) {
  const Location at{script_index, statement.range.begin};
  switch (statement.kind) {
    case ast::Kind::CreateTable: {
      const auto& create = static_cast<const ast::CreateTable&>(statement);
      record_creation(ObjectType::Table, object_key(create.name), at);
      for (const ast::ColumnDefinition& c : create.columns) {
        record_column(create.name, c.name.value,
                      ColumnDefinition{at, c.type, c.nullable, c.has_default, true});
      }
      break;
    }
    case ast::Kind::Select: {
      const auto& select = static_cast<const ast::Select&>(statement);
      if (select.into) record_creation(ObjectType::Table, object_key(*select.into), at);
      break;
    }
    default:
      break;
  }
}

std::optional<CreationSite> Deployment::created_before(ObjectType type, const ast::ObjectName& name,
                                                       const Location& at,
                                                       std::string_view scope) const {
  std::string key = object_key(name);
  if (!scope.empty()) key = std::string(scope) + "/" + key;
  const auto found = creations_.find({type, key});
  if (found == creations_.end()) return std::nullopt;
  // Any creation before `at` means the object's content at `at` is the deployment's own.
  const Location& first = found->second.front();
  if (!(first < at)) return std::nullopt;
  return CreationSite{first, scripts_[first.script_index].file->path()};
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
