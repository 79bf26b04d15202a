#include "report/report.h"

#include <nlohmann/json.hpp>

namespace pf::report {
namespace {

using Json = nlohmann::ordered_json;

Json name_json(const ast::ObjectName& name) {
  return Json{{"name", name.display()},
              {"parts", name.parts},
              {"temporary", name.is_temporary()},
              {"line", name.range.begin.line},
              {"column", name.range.begin.column}};
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
      Json columns = Json::array();
      for (const ast::ColumnDefinition& c : n.columns) {
        Json column{{"name", c.name.value}};
        if (c.type) column["type"] = Json{{"name", c.type->name}, {"args", c.type->args}};
        column["nullable"] = c.nullable ? Json(*c.nullable) : Json(nullptr);
        column["default"] = c.has_default;
        column["identity"] = c.identity;
        column["computed"] = c.computed;
        columns.push_back(std::move(column));
      }
      out["columns"] = std::move(columns);
      out["constraints"] = n.constraints.size();
      break;
    }
    case ast::Kind::DropTable: {
      const auto& n = static_cast<const ast::DropTable&>(s);
      out["if_exists"] = n.if_exists;
      Json tables = Json::array();
      for (const ast::ObjectName& t : n.tables) tables.push_back(name_json(t));
      out["tables"] = std::move(tables);
      break;
    }
    case ast::Kind::Select: {
      const auto& n = static_cast<const ast::Select&>(s);
      out["into"] = n.into ? name_json(*n.into) : Json(nullptr);
      break;
    }
    case ast::Kind::Insert:
      out["target"] = name_json(static_cast<const ast::Insert&>(s).target);
      break;
    case ast::Kind::Update: {
      const auto& n = static_cast<const ast::Update&>(s);
      out["target"] = name_json(n.target);
      out["has_from"] = n.has_from;
      out["has_where"] = n.has_where;
      break;
    }
    case ast::Kind::Delete: {
      const auto& n = static_cast<const ast::Delete&>(s);
      out["target"] = name_json(n.target);
      out["has_from"] = n.has_from;
      out["has_where"] = n.has_where;
      break;
    }
    case ast::Kind::Use:
      out["database"] = static_cast<const ast::Use&>(s).database;
      break;
    case ast::Kind::Unparsed:
      out["reason"] = static_cast<const ast::Unparsed&>(s).reason;
      break;
    default:
      break;
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
                           {"statements", std::move(statements)}});
  }
  const Json doc{{"path", file.path()},
                 {"encoding", source::encoding_name(file.encoding())},
                 {"batches", std::move(batches)}};
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace pf::report
