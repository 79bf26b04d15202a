#include "model/rollback.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>

namespace pf::model {
namespace {

// The statement's inverse, or why there is none. Only what the AST states exactly is inverted.
void invert(const ast::Statement& s, const std::string& path, bool guarded, RollbackDraft& out) {
  auto undo = [&](std::string sql) {
    if (guarded) {
      out.irreversible.push_back(UndoStep{
          path,
          s.range.begin,
          {},
          fmt::format(FMT_STRING("{} under IF or WHILE: its inverse ({}) needs the same condition"),
                      ast::kind_name(s.kind), sql)});
      return;
    }
    out.undo.push_back(UndoStep{path, s.range.begin, std::move(sql), {}});
  };
  auto lost = [&](std::string why) {
    out.irreversible.push_back(UndoStep{path, s.range.begin, {}, std::move(why)});
  };
  switch (s.kind) {
    case ast::Kind::CreateTable:
      undo(fmt::format(FMT_STRING("DROP TABLE {};"),
                       static_cast<const ast::CreateTable&>(s).name.display()));
      break;
    case ast::Kind::CreateIndex: {
      const auto& index = static_cast<const ast::CreateIndex&>(s);
      undo(fmt::format(FMT_STRING("DROP INDEX {} ON {};"), index.name, index.table.display()));
      break;
    }
    case ast::Kind::CreateView:
    case ast::Kind::CreateProcedure:
    case ast::Kind::CreateFunction:
    case ast::Kind::CreateTrigger: {
      const auto& module = static_cast<const ast::Module&>(s);
      const std::string_view word = s.kind == ast::Kind::CreateView        ? "VIEW"
                                    : s.kind == ast::Kind::CreateProcedure ? "PROCEDURE"
                                    : s.kind == ast::Kind::CreateFunction  ? "FUNCTION"
                                                                           : "TRIGGER";
      if (module.is_alter || module.or_alter) {
        lost(fmt::format(FMT_STRING("{} {} {}: the previous definition is not in the scripts"),
                         module.is_alter ? "ALTER" : "CREATE OR ALTER", word,
                         module.name.display()));
      } else {
        undo(fmt::format(FMT_STRING("DROP {} {};"), word, module.name.display()));
      }
      break;
    }
    case ast::Kind::AlterTable: {
      const auto& alter = static_cast<const ast::AlterTable&>(s);
      for (const ast::AlterTableAction& a : alter.actions) {
        using Type = ast::AlterTableAction::Type;
        if (a.type == Type::AddColumn && a.column) {
          undo(fmt::format(FMT_STRING("ALTER TABLE {} DROP COLUMN {};"), alter.name.display(),
                           a.column->name.value));
        } else if (a.type == Type::AddConstraint && a.constraint && a.constraint->name) {
          undo(fmt::format(FMT_STRING("ALTER TABLE {} DROP CONSTRAINT {};"), alter.name.display(),
                           *a.constraint->name));
        } else if (a.type == Type::DropColumn) {
          for (const std::string& c : a.names) {
            lost(fmt::format(FMT_STRING("ALTER TABLE {} DROP COLUMN {}: the column's values"),
                             alter.name.display(), c));
          }
        } else if (a.type == Type::AlterColumn && a.column) {
          lost(fmt::format(FMT_STRING("ALTER TABLE {} ALTER COLUMN {}: the previous type and "
                                      "any values the change cut"),
                           alter.name.display(), a.column->name.value));
        }
      }
      break;
    }
    case ast::Kind::DropTable:
      for (const ast::ObjectName& t : static_cast<const ast::DropTable&>(s).tables) {
        lost(fmt::format(FMT_STRING("DROP TABLE {}: the table and its rows"), t.display()));
      }
      break;
    case ast::Kind::Truncate:
      lost(fmt::format(FMT_STRING("TRUNCATE TABLE {}: every row"),
                       static_cast<const ast::Truncate&>(s).table.display()));
      break;
    case ast::Kind::Delete:
      lost(fmt::format(FMT_STRING("DELETE FROM {}: the deleted rows"),
                       static_cast<const ast::Delete&>(s).target.display()));
      break;
    case ast::Kind::Update:
      lost(fmt::format(FMT_STRING("UPDATE {}: the previous values"),
                       static_cast<const ast::Update&>(s).target.display()));
      break;
    case ast::Kind::Execute: {
      const auto& exec = static_cast<const ast::Execute&>(s);
      if (!exec.procedure || source::ascii_lower(exec.procedure->object()) != "sp_rename") break;
      const auto& args = exec.arguments;
      if (args.size() < 2 || !args[0].string_value || !args[1].string_value) {
        lost("sp_rename with names that are not literals");
        break;
      }
      // sp_rename 'dbo.T.Old', 'New' [, 'COLUMN'] -> sp_rename 'dbo.T.New', 'Old' [, 'COLUMN']
      const std::string& from = *args[0].string_value;
      const std::size_t dot = from.find_last_of('.');
      const std::string prefix = dot == std::string::npos ? std::string() : from.substr(0, dot + 1);
      const std::string old_name = dot == std::string::npos ? from : from.substr(dot + 1);
      std::string sql = fmt::format(FMT_STRING("EXEC sp_rename N'{}{}', N'{}'"), prefix,
                                    *args[1].string_value, old_name);
      if (args.size() > 2 && args[2].string_value) {
        sql += fmt::format(FMT_STRING(", N'{}'"), *args[2].string_value);
      }
      undo(sql + ";");
      break;
    }
    default:
      break;
  }
}

void walk(const ast::Statement& s, bool guarded, const std::string& path, RollbackDraft& out) {
  invert(s, path, guarded, out);
  if (dynamic_cast<const ast::Module*>(&s) != nullptr) return;  // bodies run later
  const bool branches = s.kind == ast::Kind::If || s.kind == ast::Kind::While;
  s.for_each_child(
      [&](const ast::Statement& child) { walk(child, guarded || branches, path, out); });
}

}  // namespace

RollbackDraft draft_rollback(const std::vector<ScriptInput>& scripts) {
  RollbackDraft out;
  for (const ScriptInput& script : scripts) {
    for (const ast::Batch& batch : script.script->batches) {
      for (const ast::StatementPtr& s : batch.statements) walk(*s, false, script.file->path(), out);
    }
  }
  std::reverse(out.undo.begin(), out.undo.end());
  return out;
}

}  // namespace pf::model
