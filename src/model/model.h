// Front door of the model stage: the scripts of one deployment, in the order they run, and what
// the deployment itself creates. Rules ask it whether an object existed before the deployment.
#pragma once

#include "ast/ast.h"
#include "source/source.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
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

struct CreationSite {
  Location location;
  std::string path;  // the script that created the object
};

// The key under which an object is known: lower-case parts (SQL Server's default collations are
// case-insensitive), schema `dbo` when none is written, database kept only when written.
[[nodiscard]] std::string object_key(const ast::ObjectName& name);

class Deployment {
 public:
  explicit Deployment(std::vector<ScriptInput> scripts);

  [[nodiscard]] const std::vector<ScriptInput>& scripts() const { return scripts_; }

  // The statement of this deployment that created table `name` (CREATE TABLE, SELECT ... INTO)
  // before `at`, if there is one.
  [[nodiscard]] std::optional<CreationSite> table_created_before(const ast::ObjectName& name,
                                                                 const Location& at) const;

 private:
  std::vector<ScriptInput> scripts_;
  std::map<std::string, std::vector<Location>> created_tables_;  // each list in deployment order
};

}  // namespace pf::model
