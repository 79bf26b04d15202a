// `preflight model`: the schema state after the deployment, for review and debugging.
#include "report/json_text.h"
#include "report/report.h"

#include <nlohmann/json.hpp>

#include <string>

namespace pf::report {
namespace {

using Json = nlohmann::ordered_json;

std::string type_text(const ast::DataType& type) {
  std::string out = type.name;
  if (!type.args.empty()) {
    out += '(';
    for (std::size_t i = 0; i < type.args.size(); ++i) out += (i ? ", " : "") + type.args[i];
    out += ')';
  }
  return out;
}

Json site_json(const model::CreationSite& site) {
  return Json{
      {"path", site.path}, {"line", site.location.position.line}, {"baseline", site.baseline}};
}

Json column_json(const model::ColumnDefinition& c) {
  return Json{
      {"name", c.name},
      {"type", c.type ? Json(type_text(*c.type)) : Json(nullptr)},
      {"nullable", c.nullable ? Json(*c.nullable) : Json(nullptr)},
      {"default", c.has_default},
      {"defined_at",
       Json{{"path", c.path}, {"line", c.location.position.line}, {"baseline", c.from_baseline}}}};
}

}  // namespace

void write_model_json(std::ostream& out, const model::Deployment& deployment, const ModelInfo& info,
                      std::string_view tool_version) {
  Json objects = Json::array();
  for (const model::FinalObject& o : deployment.final_state()) {
    Json object{{"type", model::object_type_name(o.type)},
                {"name", o.key},
                {"created_at", site_json(o.site)},
                {"possibly", o.possibly}};
    if (o.type == model::ObjectType::Table) {
      Json columns = Json::array();
      for (const model::ColumnDefinition& c : o.columns) columns.push_back(column_json(c));
      object["columns"] = std::move(columns);
    }
    objects.push_back(std::move(object));
  }
  // Each script with its role: history ones already ran on the target, so what they create
  // existed before the deployment (docs/deployments.md "Deployment scope").
  Json scripts = Json::array();
  for (const model::ScriptInput& s : deployment.scripts()) {
    scripts.push_back(Json{{"path", s.file->path()}, {"role", s.history ? "history" : "pending"}});
  }
  const Json doc{{"schema_version", 2},
                 {"tool", Json{{"name", "preflight"}, {"version", tool_version}}},
                 {"order", info.order},
                 {"order_reason", info.order_reason},
                 {"scope", info.scope.empty() ? Json(nullptr) : Json(info.scope)},
                 {"baseline", info.baseline_files},
                 {"scripts", std::move(scripts)},
                 {"objects", std::move(objects)}};
  write_json_document(out, doc);
}

}  // namespace pf::report
