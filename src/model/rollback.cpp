#include "model/rollback.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

namespace pf::model {
namespace {

using Type = ast::AlterTableAction::Type;

std::optional<ObjectType> module_type(ast::Kind kind) {
  switch (kind) {
    case ast::Kind::CreateView:
      return ObjectType::View;
    case ast::Kind::CreateProcedure:
      return ObjectType::Procedure;
    case ast::Kind::CreateFunction:
      return ObjectType::Function;
    case ast::Kind::CreateTrigger:
      return ObjectType::Trigger;
    default:
      return std::nullopt;
  }
}

// What sp_rename's first argument names, as a key both directions of a rename compare equal on:
// `dbo.T.Col` with 'COLUMN' (or 'INDEX') is the table's key and the member; anything else is an
// object name.
std::string rename_key(std::string_view name, const std::optional<std::string>& type_argument) {
  const ast::ObjectName parsed = ast::ObjectName::from_text(name);
  const std::string type = type_argument ? source::ascii_lower(*type_argument) : std::string();
  if ((type == "column" || type == "index") && parsed.size() >= 2) {
    ast::ObjectName table = parsed;
    table.pop_back();
    return object_key(table) + "." + source::ascii_lower(parsed.object());
  }
  return object_key(parsed);
}

bool is_sp_rename(const ast::Execute& exec) {
  return exec.procedure && source::ascii_lower(exec.procedure->object()) == "sp_rename";
}

std::optional<std::string> third_argument(const ast::Execute& exec) {
  if (exec.arguments.size() > 2 && exec.arguments[2].string_value) {
    return exec.arguments[2].string_value;
  }
  return std::nullopt;
}

std::string column_display(const ast::ObjectName& table, std::string_view column) {
  return fmt::format(FMT_STRING("{}.{}"), table.display(), column);
}

// The statement's inverse, or why there is none. Only what the AST states exactly is inverted.
void invert(const ast::Statement& s, const std::string& path, bool guarded,
            std::vector<UndoStep>& out) {
  auto undo = [&](std::string sql, std::string object, Inverse inverse) {
    UndoStep step;
    step.path = path;
    step.position = s.range.begin;
    step.statement = &s;
    step.object = std::move(object);
    step.inverse = std::move(inverse);
    step.expected = sql;
    if (guarded) {
      step.why =
          fmt::format(FMT_STRING("{} under IF or WHILE: its inverse ({}) needs the same condition"),
                      ast::kind_name(s.kind), sql);
    } else {
      step.sql = std::move(sql);
    }
    out.push_back(std::move(step));
  };
  auto lost = [&](std::string why, std::string object, Loss loss) -> UndoStep& {
    UndoStep& step = out.emplace_back();
    step.path = path;
    step.position = s.range.begin;
    step.why = std::move(why);
    step.statement = &s;
    step.object = std::move(object);
    step.loss = loss;
    return step;
  };
  // Rows or values of one table, which no statement can bring back.
  auto lost_rows = [&](std::string_view statement, const ast::ObjectName& table,
                       std::string_view what, Loss loss) -> UndoStep& {
    return lost(fmt::format(FMT_STRING("{} {}: {}"), statement, table.display(), what),
                table.display(), loss);
  };
  switch (s.kind) {
    case ast::Kind::CreateTable: {
      const ast::ObjectName& table = static_cast<const ast::CreateTable&>(s).name;
      undo(fmt::format(FMT_STRING("DROP TABLE {};"), table.display()), table.display(),
           Inverse{Inverse::Action::Drop, ObjectType::Table, object_key(table), {}, {}});
      break;
    }
    case ast::Kind::CreateIndex: {
      const auto& index = static_cast<const ast::CreateIndex&>(s);
      undo(fmt::format(FMT_STRING("DROP INDEX {} ON {};"), index.name, index.table.display()),
           column_display(index.table, index.name),
           Inverse{Inverse::Action::Drop,
                   ObjectType::Index,
                   object_key(index.table),
                   source::ascii_lower(index.name),
                   {}});
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
      const ObjectType type = *module_type(s.kind);
      if (module.is_alter || module.or_alter) {
        // A hand-written undo can restate the previous definition; the draft cannot.
        lost(
            fmt::format(FMT_STRING("{} {} {}: the previous definition is not in the scripts"),
                        module.is_alter ? "ALTER" : "CREATE OR ALTER", word, module.name.display()),
            module.name.display(), Loss::Definition);
        UndoStep& step = out.back();
        step.inverse = Inverse{Inverse::Action::Redefine, type, object_key(module.name), {}, {}};
        step.expected =
            fmt::format(FMT_STRING("ALTER {} {} back, or DROP it"), word, module.name.display());
      } else {
        undo(fmt::format(FMT_STRING("DROP {} {};"), word, module.name.display()),
             module.name.display(),
             Inverse{Inverse::Action::Drop, type, object_key(module.name), {}, {}});
      }
      break;
    }
    case ast::Kind::AlterTable: {
      const auto& alter = static_cast<const ast::AlterTable&>(s);
      const std::string table_key = object_key(alter.name);
      for (const ast::AlterTableAction& a : alter.actions) {
        if (a.type == Type::AddColumn && a.column) {
          undo(fmt::format(FMT_STRING("ALTER TABLE {} DROP COLUMN {};"), alter.name.display(),
                           a.column->name.value),
               column_display(alter.name, a.column->name.value),
               Inverse{Inverse::Action::DropColumn,
                       ObjectType::Table,
                       table_key,
                       source::ascii_lower(a.column->name.value),
                       {}});
        } else if (a.type == Type::AddConstraint && a.constraint && a.constraint->name) {
          undo(fmt::format(FMT_STRING("ALTER TABLE {} DROP CONSTRAINT {};"), alter.name.display(),
                           *a.constraint->name),
               column_display(alter.name, *a.constraint->name),
               Inverse{Inverse::Action::DropConstraint,
                       ObjectType::Constraint,
                       table_key,
                       source::ascii_lower(*a.constraint->name),
                       {}});
        } else if (a.type == Type::DropColumn) {
          for (const std::string& c : a.names) {
            UndoStep& step =
                lost(fmt::format(FMT_STRING("ALTER TABLE {} DROP COLUMN {}: the column's values"),
                                 alter.name.display(), c),
                     column_display(alter.name, c), Loss::Column);
            step.table = alter.name;
            step.column = c;
          }
        } else if (a.type == Type::AlterColumn && a.column) {
          UndoStep& step =
              lost(fmt::format(FMT_STRING("ALTER TABLE {} ALTER COLUMN {}: the "
                                          "previous type and any values the change cut"),
                               alter.name.display(), a.column->name.value),
                   column_display(alter.name, a.column->name.value), Loss::ColumnType);
          step.table = alter.name;
          step.column = a.column->name.value;
          step.action = &a;
        }
      }
      break;
    }
    case ast::Kind::DropTable:
      for (const ast::ObjectName& t : static_cast<const ast::DropTable&>(s).tables) {
        lost_rows("DROP TABLE", t, "the table and its rows", Loss::Table).table = t;
      }
      break;
    case ast::Kind::Truncate: {
      const ast::ObjectName& table = static_cast<const ast::Truncate&>(s).table;
      lost_rows("TRUNCATE TABLE", table, "every row", Loss::AllRows).table = table;
      break;
    }
    case ast::Kind::Delete:
      lost_rows("DELETE FROM", static_cast<const ast::Delete&>(s).target, "the deleted rows",
                Loss::SomeRows);
      break;
    case ast::Kind::Update:
      lost_rows("UPDATE", static_cast<const ast::Update&>(s).target, "the previous values",
                Loss::Values);
      break;
    case ast::Kind::Execute: {
      const auto& exec = static_cast<const ast::Execute&>(s);
      if (!is_sp_rename(exec)) break;
      const auto& args = exec.arguments;
      if (args.size() < 2 || !args[0].string_value || !args[1].string_value) {
        lost("sp_rename with names that are not literals", "sp_rename", Loss::Unknown);
        break;
      }
      // sp_rename 'dbo.T.Old', 'New' [, 'COLUMN'] -> sp_rename 'dbo.T.New', 'Old' [, 'COLUMN']
      const std::string& from = *args[0].string_value;
      const std::size_t dot = from.find_last_of('.');
      const std::string prefix = dot == std::string::npos ? std::string() : from.substr(0, dot + 1);
      const std::string old_name = dot == std::string::npos ? from : from.substr(dot + 1);
      const std::string renamed = prefix + *args[1].string_value;
      std::string sql = fmt::format(FMT_STRING("EXEC sp_rename N'{}', N'{}'"), renamed, old_name);
      const std::optional<std::string> type = third_argument(exec);
      if (type) sql += fmt::format(FMT_STRING(", N'{}'"), *type);
      undo(sql + ";", from,
           Inverse{Inverse::Action::RenameBack,
                   ObjectType::Table,
                   {},
                   source::ascii_lower(old_name),
                   rename_key(renamed, type)});
      break;
    }
    default:
      break;
  }
}

// The statements a script runs when it runs: module bodies run later, when the module is called.
void walk_run(const ast::Statement& s, bool guarded,
              const std::function<void(const ast::Statement&, bool)>& visit) {
  visit(s, guarded);
  if (dynamic_cast<const ast::Module*>(&s) != nullptr) return;
  const bool branches = s.kind == ast::Kind::If || s.kind == ast::Kind::While;
  s.for_each_child(
      [&](const ast::Statement& child) { walk_run(child, guarded || branches, visit); });
}

void for_each_run(const ScriptInput& script,
                  const std::function<void(const ast::Statement&, bool)>& visit) {
  for (const ast::Batch& batch : script.script->batches) {
    for (const ast::StatementPtr& s : batch.statements) walk_run(*s, false, visit);
  }
}

// Every change the scripts make, in deployment order, each with its inverse or its loss.
std::vector<UndoStep> forward_changes(const std::vector<ScriptInput>& scripts) {
  std::vector<UndoStep> out;
  for (const ScriptInput& script : scripts) {
    for_each_run(script, [&](const ast::Statement& s, bool guarded) {
      invert(s, script.file->path(), guarded, out);
    });
  }
  return out;
}

// What an undo script does that can reverse a forward change, by the keys Inverse uses.
struct UndoActions {
  std::set<std::tuple<ObjectType, std::string>> dropped;  // indexes: table key + "/" + name
  std::set<std::string> dropped_members;  // table key + "." + column, "/" + constraint
  std::set<std::tuple<std::string, std::string>> renames;  // rename_key of the source, new name
  std::set<std::tuple<ObjectType, std::string>> redefined;

  void record(const ast::Statement& s) {
    switch (s.kind) {
      case ast::Kind::DropTable:
        for (const ast::ObjectName& t : static_cast<const ast::DropTable&>(s).tables) {
          dropped.emplace(ObjectType::Table, object_key(t));
        }
        break;
      case ast::Kind::Drop: {
        const auto& drop = static_cast<const ast::Drop&>(s);
        const std::optional<ObjectType> type = drop_object_type(drop.object_type);
        if (!type) break;
        for (const ast::DropTarget& target : drop.targets) {
          if (*type != ObjectType::Index) {
            dropped.emplace(*type, object_key(target.name));
          } else if (target.table) {
            dropped.emplace(
                *type, object_key(*target.table) + "/" + source::ascii_lower(target.name.object()));
          } else if (target.name.size() >= 2) {
            // The old form, DROP INDEX table.index.
            ast::ObjectName table = target.name;
            table.pop_back();
            dropped.emplace(*type,
                            object_key(table) + "/" + source::ascii_lower(target.name.object()));
          }
        }
        break;
      }
      case ast::Kind::AlterTable: {
        const auto& alter = static_cast<const ast::AlterTable&>(s);
        const std::string table_key = object_key(alter.name);
        for (const ast::AlterTableAction& a : alter.actions) {
          if (a.type != Type::DropColumn && a.type != Type::DropConstraint) continue;
          const char separator = a.type == Type::DropColumn ? '.' : '/';
          for (const std::string& name : a.names) {
            dropped_members.insert(table_key + separator + source::ascii_lower(name));
          }
        }
        break;
      }
      case ast::Kind::Execute: {
        const auto& exec = static_cast<const ast::Execute&>(s);
        if (!is_sp_rename(exec) || exec.arguments.size() < 2 || !exec.arguments[0].string_value ||
            !exec.arguments[1].string_value) {
          break;
        }
        renames.emplace(rename_key(*exec.arguments[0].string_value, third_argument(exec)),
                        source::ascii_lower(*exec.arguments[1].string_value));
        break;
      }
      default:
        if (const std::optional<ObjectType> type = module_type(s.kind)) {
          redefined.emplace(*type, object_key(static_cast<const ast::Module&>(s).name));
        }
        break;
    }
  }

  [[nodiscard]] bool reverses(const Inverse& inverse) const {
    const bool table_dropped = dropped.count({ObjectType::Table, inverse.key}) != 0;
    switch (inverse.action) {
      case Inverse::Action::Drop:
        if (inverse.type == ObjectType::Index) {
          return table_dropped ||
                 dropped.count({ObjectType::Index, inverse.key + "/" + inverse.member}) != 0;
        }
        return dropped.count({inverse.type, inverse.key}) != 0;
      case Inverse::Action::DropColumn:
        return table_dropped || dropped_members.count(inverse.key + "." + inverse.member) != 0;
      case Inverse::Action::DropConstraint:
        return table_dropped || dropped_members.count(inverse.key + "/" + inverse.member) != 0;
      case Inverse::Action::RenameBack:
        return renames.count({inverse.renamed, inverse.member}) != 0;
      case Inverse::Action::Redefine:
        return redefined.count({inverse.type, inverse.key}) != 0 ||
               dropped.count({inverse.type, inverse.key}) != 0;
    }
    return false;
  }
};

}  // namespace

RollbackDraft draft_rollback(const std::vector<ScriptInput>& scripts) {
  RollbackDraft out;
  for (UndoStep& step : forward_changes(scripts)) {
    (step.sql.empty() ? out.irreversible : out.undo).push_back(std::move(step));
  }
  std::reverse(out.undo.begin(), out.undo.end());
  return out;
}

UndoReview review_undo(const ScriptInput& forward, const ScriptInput* undo) {
  UndoActions actions;
  if (undo != nullptr) {
    for_each_run(*undo, [&](const ast::Statement& s, bool /*guarded*/) { actions.record(s); });
  }
  UndoReview out;
  for (UndoStep& step : forward_changes({forward})) {
    if (step.inverse && !actions.reverses(*step.inverse)) {
      out.missing.push_back(std::move(step));
    } else if (step.loss == Loss::Table || step.loss == Loss::Column ||
               step.loss == Loss::ColumnType || step.loss == Loss::AllRows) {
      out.unrestorable.push_back(std::move(step));
    }
  }
  return out;
}

std::optional<ForwardScriptReview> review_forward_script(const Deployment& deployment,
                                                         std::size_t script_index) {
  if (!deployment.expects_undo(script_index)) return std::nullopt;
  ForwardScriptReview out;
  out.undo = deployment.undo_of(script_index);
  if (out.undo == nullptr) out.missing_undo = deployment.undo_plan().missing.at(script_index);
  out.review = review_undo(deployment.scripts()[script_index],
                           out.undo != nullptr ? &out.undo->script : nullptr);
  return out;
}

}  // namespace pf::model
