// Front door of the model stage: the scripts of one deployment, in the order they run, and what
// the deployment itself creates, adds and redefines. Rules ask it whether an object or column
// existed before the deployment, and what a column's type was at a given point.
#pragma once

#include "ast/ast.h"
#include "source/source.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace pf::model {

struct ScriptInput {
  const source::SourceFile* file;  // not owned; outlives the Deployment
  const ast::Script* script;       // not owned; outlives the Deployment
};

// A point in the deployment: which script, and where in it.
struct Location {
  std::size_t script_index = 0;
  source::SourcePosition position;

  friend bool operator<(const Location& a, const Location& b) {
    return a.script_index != b.script_index ? a.script_index < b.script_index
                                            : a.position < b.position;
  }
};

// Kinds of objects the deployment can create. Objects of different kinds live in different
// namespaces here (an index and a table may share a name).
enum class ObjectType {
  Table,
  View,
  Procedure,
  Function,
  Trigger,
  Synonym,
  Type,
  Sequence,
  Schema,
  Database,
  Index,
  Constraint,
  User,
  Login,
  Role,
};

struct CreationSite {
  Location location;
  std::string path;  // the script that created the object
};

// A column as a statement of the deployment last defined it.
struct ColumnDefinition {
  Location location;
  std::optional<ast::DataType> type;  // absent for a computed column
  std::optional<bool> nullable;
  bool has_default = false;
  bool created_by_deployment = false;  // the column (or its table) did not exist before
};

// The key under which an object is known: lower-case parts (SQL Server's default collations are
// case-insensitive), schema `dbo` when none is written, database kept only when written.
[[nodiscard]] std::string object_key(const ast::ObjectName& name);

class Deployment {
 public:
  explicit Deployment(std::vector<ScriptInput> scripts);

  [[nodiscard]] const std::vector<ScriptInput>& scripts() const { return scripts_; }

  // The statement of this deployment that created the object before `at`, if there is one.
  // `scope` qualifies names that live inside another object: an index is looked up with its
  // table's object_key() as scope.
  [[nodiscard]] std::optional<CreationSite> created_before(ObjectType type,
                                                           const ast::ObjectName& name,
                                                           const Location& at,
                                                           std::string_view scope = {}) const;

  // Whether the deployment (re)creates the object after `at`: a drop followed by a new definition
  // (`CREATE OR ALTER` counts here) leaves nothing missing once the deployment has run.
  [[nodiscard]] bool recreated_after(ObjectType type, const ast::ObjectName& name,
                                     const Location& at, std::string_view scope = {}) const;

  [[nodiscard]] std::optional<CreationSite> table_created_before(const ast::ObjectName& name,
                                                                 const Location& at) const {
    return created_before(ObjectType::Table, name, at);
  }

  // The column's last definition before `at` in this deployment, if any.
  [[nodiscard]] std::optional<ColumnDefinition> column_before(const ast::ObjectName& table,
                                                              std::string_view column,
                                                              const Location& at) const;

 private:
  // `replaces` is true for CREATE OR ALTER, which may replace an object that existed before.
  void record_creation(ObjectType type, const std::string& key, const Location& at,
                       bool replaces = false);
  [[nodiscard]] std::string key_of(ObjectType type, const ast::ObjectName& name,
                                   std::string_view scope) const;
  void record_column(const ast::ObjectName& table, std::string_view column,
                     ColumnDefinition definition);
  void replay(std::size_t script_index, const ast::Statement& statement);
  void replay_alter_table(const ast::AlterTable& alter, const Location& at);
  [[nodiscard]] std::optional<CreationSite> created_before_key(ObjectType type,
                                                               const std::string& key,
                                                               const Location& at) const;

  std::vector<ScriptInput> scripts_;
  // Each list in deployment order.
  struct Creation {
    Location location;
    bool replaces;
  };
  std::map<std::tuple<ObjectType, std::string>, std::vector<Creation>> creations_;
  std::map<std::string, std::vector<ColumnDefinition>> columns_;  // key: table key + "." + column
};

}  // namespace pf::model
