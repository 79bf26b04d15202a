// The statements of the change summary whose shape needs more than a name: ALTER TABLE's actions,
// EXECUTE of the system procedures that change objects or settings, and the statements the
// grammar keeps as words (CREATE EXTERNAL DATA SOURCE, BACKUP, ...).
#include "model/change_summarizer.h"

namespace pf::model::change_walk {
namespace {

// Words that continue an object type after CREATE / ALTER / DROP and its first word.
bool is_type_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "APPLICATION", "AUDIT",        "BINDING",    "CATALOG",       "CLASSIFIER",    "COLLECTION",
      "CONTRACT",    "DATA",         "ENCRYPTION", "FILE",          "FORMAT",        "GOVERNOR",
      "GROUP",       "INDEX",        "KEY",        "LANGUAGE",      "LIBRARY",       "LIST",
      "MASTER",      "NOTIFICATION", "POLICY",     "POOL",          "PRIORITY",      "PROPERTY",
      "PROVIDER",    "QUEUE",        "ROLE",       "ROUTE",         "SCHEMA",        "SEARCH",
      "SERVICE",     "SESSION",      "SOURCE",     "SPECIFICATION", "STOPLIST",      "TABLE",
      "TYPE",        "VIEW",         "XML",        "CREDENTIAL",    "CONFIGURATION", "EXTERNAL"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace

void Summarizer::visit_alter_table(std::size_t index, const ast::AlterTable& alter) {
  using Type = ast::AlterTableAction::Type;
  if (is_session_table(alter.name)) return;
  const std::string table = alter.name.display();
  const Location at{index, alter.range.begin};
  for (const ast::AlterTableAction& action : alter.actions) {
    const source::SourcePosition where = action.range.begin;
    switch (action.type) {
      case Type::AddColumn:
        if (action.column) {
          const ast::ColumnDefinition& c = *action.column;
          std::string detail = type_text(c.type, c.nullable);
          if (c.has_default) detail += " with a DEFAULT";
          emit(index, Action::Create, "column", table + "." + c.name.value, std::move(detail),
               c.name.range.begin);
        }
        break;
      case Type::AlterColumn:
        if (action.column) {
          const ast::ColumnDefinition& c = *action.column;
          const std::optional<ColumnDefinition> before =
              deployment_.column_before(alter.name, c.name.value, at);
          const std::string old_type = before && (before->type || before->nullable)
                                           ? type_text(before->type, before->nullable)
                                           : std::string("unknown type");
          emit(index, Action::Alter, "column", table + "." + c.name.value,
               old_type + " → " + type_text(c.type, c.nullable), c.name.range.begin);
        }
        break;
      case Type::DropColumn:
        for (const std::string& name : action.names) {
          emit(index, Action::Drop, "column", table + "." + name, {}, where);
        }
        break;
      case Type::AddConstraint:
        if (action.constraint) {
          static constexpr const char* kinds[] = {"PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK",
                                                  "DEFAULT"};
          const ast::TableConstraint& c = *action.constraint;
          std::string detail = kinds[static_cast<int>(c.kind)];
          if (action.with_check) detail += *action.with_check ? " WITH CHECK" : " WITH NOCHECK";
          emit(index, Action::Create, "constraint",
               table + "." + (c.name ? *c.name : std::string("(unnamed)")), std::move(detail),
               c.range.begin);
        }
        break;
      case Type::AddIndex:
        emit(index, Action::Create, "index", table, "inline index", where);
        break;
      case Type::DropConstraint:
        for (const std::string& name : action.names) {
          emit(index, Action::Drop, "constraint", table + "." + name, {}, where);
        }
        break;
      case Type::DropIndex:
        for (const std::string& name : action.names) {
          emit(index, Action::Drop, "index", table + "." + name, {}, where);
        }
        break;
      case Type::CheckConstraint:
      case Type::NocheckConstraint: {
        const bool check = action.type == Type::CheckConstraint;
        std::string detail = check ? "enabled" : "disabled (NOCHECK)";
        if (check && action.with_check) {
          detail += *action.with_check ? ", WITH CHECK" : ", WITH NOCHECK";
        }
        if (action.all || action.names.empty()) {
          emit(index, Action::Alter, "constraint", table + ".ALL", detail, where);
        }
        for (const std::string& name : action.names) {
          emit(index, Action::Alter, "constraint", table + "." + name, detail, where);
        }
        break;
      }
      case Type::EnableTrigger:
      case Type::DisableTrigger: {
        const std::string detail = action.type == Type::EnableTrigger ? "enabled" : "disabled";
        if (action.all || action.names.empty()) {
          emit(index, Action::Alter, "trigger", table + ".ALL", detail, where);
        }
        for (const std::string& name : action.names) {
          emit(index, Action::Alter, "trigger", table + "." + name, detail, where);
        }
        break;
      }
      case Type::Switch:
        emit(index, Action::Alter, "table", table,
             action.switch_target ? "rows switched to " + action.switch_target->display()
                                  : std::string("SWITCH"),
             where);
        break;
      case Type::AddPeriod:
        emit(index, Action::Alter, "table", table, "ADD PERIOD FOR SYSTEM_TIME", where);
        break;
      case Type::DropPeriod:
        emit(index, Action::Alter, "table", table, "DROP PERIOD FOR SYSTEM_TIME", where);
        break;
      case Type::Set:
        emit(index, Action::Alter, "table", table, "SET options", where);
        break;
      case Type::Rebuild:
        emit(index, Action::Alter, "table", table, "REBUILD", where);
        break;
      case Type::ChangeTracking:
        emit(index, Action::Alter, "table", table, "change tracking", where);
        break;
    }
  }
  if (alter.actions.empty()) emit(index, Action::Alter, "table", table);
}

void Summarizer::visit_execute(std::size_t index, const ast::Execute& exec) {
  if (exec.at_server) {
    emit(index, Action::Run, "remote SQL", *exec.at_server,
         "runs on a linked server: not summarized");
    return;
  }
  if (exec.runs_sql_text) {
    // Parsed text is walked as the children of this EXEC; unknown text is listed as such.
    if (!exec.dynamic_parsed) {
      emit(index, Action::NotUnderstood, "dynamic SQL",
           exec.procedure ? exec.procedure->display() : std::string("EXEC"),
           "its text is not known before it runs: what it changes is unknown");
    }
    return;
  }
  if (exec.procedure_variable) {
    emit(index, Action::NotUnderstood, "procedure", *exec.procedure_variable,
         "the procedure is named by a variable: what it changes is unknown");
    return;
  }
  if (!exec.procedure) return;
  const std::string name = lower(exec.procedure->object());
  if (name == "sp_rename") {
    const ast::ExecuteArgument* type = argument(exec, 2, "@objtype");
    std::string kind = "object";
    if (type != nullptr) {
      kind = type->string_value ? lower(*type->string_value) : std::string("?");
      if (kind == "userdatatype") kind = "type";
    }
    emit(index, Action::Rename, std::move(kind), name_argument(argument(exec, 0, "@objname")),
         "→ " + name_argument(argument(exec, 1, "@newname")));
    return;
  }
  if (name == "sp_configure") {
    // Without a value it only shows the options.
    if (argument(exec, 1, "@configvalue") == nullptr) return;
    emit(index, Action::Set, "server setting", name_argument(argument(exec, 0, "@configname")),
         "sp_configure");
    return;
  }
  if (name == "sp_addrolemember" || name == "sp_droprolemember") {
    emit(index, Action::Alter, "role", name_argument(argument(exec, 0, "@rolename")),
         (name == "sp_addrolemember" ? "add member " : "drop member ") +
             name_argument(argument(exec, 1, "@membername")));
    return;
  }
  if (name == "sp_addsrvrolemember" || name == "sp_dropsrvrolemember") {
    emit(index, Action::Alter, "server role", name_argument(argument(exec, 1, "@rolename")),
         (name == "sp_addsrvrolemember" ? "add member " : "drop member ") +
             name_argument(argument(exec, 0, "@loginame")));
    return;
  }
  emit(index, Action::Run, "procedure", exec.procedure->display(),
       "what it does is not summarized");
}

// The name written at `range`, up to the first blank, parenthesis, semicolon, comma or quote: a
// name (`dbo.Lib`, `[lib]`), never a literal.
std::string Summarizer::name_at(std::size_t index, const source::SourceRange& range) const {
  const source::SourceFile& file = *deployment_.scripts()[index].file;
  const std::string& text = file.text();
  const std::size_t begin = file.offset_of(range.begin);
  std::size_t end = begin;
  while (end < text.size() && end - begin < 256) {
    const char c = text[end];
    if (std::isspace(static_cast<unsigned char>(c)) != 0 || c == '(' || c == ';' || c == ',' ||
        c == '\'' || c == '"') {
      break;
    }
    ++end;
  }
  return text.substr(begin, end - begin);
}

void Summarizer::visit_other(std::size_t index, const ast::OtherStatement& other) {
  if (other.transferred) {
    emit(index, Action::Rename,
         other.transferred_class.empty() ? "object" : lower(other.transferred_class),
         other.transferred->display(), "→ schema " + other.name);
    return;
  }
  if (other.verb == "ALTER SERVER") {
    emit(index, Action::Set, "server setting",
         other.words.empty() ? std::string("CONFIGURATION") : other.words.front());
    return;
  }
  const std::size_t space = other.verb.find(' ');
  const std::string first = other.verb.substr(0, space);
  std::string rest =
      space == std::string::npos ? std::string() : lower(other.verb.substr(space + 1));
  if (!rest.empty() && (first == "CREATE" || first == "ALTER" || first == "DROP")) {
    const Action action = first == "CREATE"  ? Action::Create
                          : first == "ALTER" ? Action::Alter
                                             : Action::Drop;
    // The verb holds the first word of the object type (CREATE EXTERNAL, ALTER FULLTEXT); the
    // rest of it follows (LIBRARY, DATA SOURCE, CATALOG), then the object's name.
    std::size_t i = 0;
    for (; i < other.words.size() && i < 3 && is_type_word(other.words[i]); ++i) {
      rest += " " + lower(other.words[i]);
    }
    std::string object = other.name;
    if (i > 0) {
      object = i < other.word_ranges.size() ? name_at(index, other.word_ranges[i]) : std::string();
      // CREATE FULLTEXT INDEX ON dbo.T: the index is the table's.
      if (i < other.words.size() && other.words[i] == "ON" && i + 1 < other.word_ranges.size()) {
        object = name_at(index, other.word_ranges[i + 1]);
      } else if (i < other.words.size() &&
                 (other.words[i] == "BY" || other.words[i] == "WITH" || other.words[i] == "FROM" ||
                  other.words[i] == "FOR" || other.words[i] == "AS" || other.words[i] == "ADD")) {
        object.clear();  // CREATE MASTER KEY ENCRYPTION BY ...: no name
      }
    }
    emit(index, action, std::move(rest), std::move(object));
    return;
  }
  // BACKUP DATABASE d, RESTORE DATABASE d, SHUTDOWN, ...: the verb is the kind; SHUTDOWN's only
  // word is an option, not an object.
  emit(index, Action::Run, lower(other.verb),
       other.verb == "SHUTDOWN" ? std::string() : other.name);
}

}  // namespace pf::model::change_walk
