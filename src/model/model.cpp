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
    ast::walk(*scripts_[i].script, [&](const ast::Statement& statement) {
      const ast::ObjectName* created = nullptr;
      if (statement.kind == ast::Kind::CreateTable) {
        created = &static_cast<const ast::CreateTable&>(statement).name;
      } else if (statement.kind == ast::Kind::Select) {
        const auto& select = static_cast<const ast::Select&>(statement);
        if (select.into) created = &*select.into;
      }
      if (created != nullptr) {
        created_tables_[object_key(*created)].push_back(Location{i, statement.range.begin});
      }
    });
  }
}

std::optional<CreationSite> Deployment::table_created_before(const ast::ObjectName& name,
                                                             const Location& at) const {
  const auto found = created_tables_.find(object_key(name));
  if (found == created_tables_.end()) return std::nullopt;
  const Location& first = found->second.front();
  if (!(first < at)) return std::nullopt;
  return CreationSite{first, scripts_[first.script_index].file->path()};
}

}  // namespace pf::model
