#include "model/model.h"

#include "ast/lookup.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <type_traits>

namespace pf::model {
namespace {

// A part of a key: lower case unless names are case-sensitive; bracketed (`]` doubled) when it
// holds anything but letters, digits, `_`, `@`, `#` and `$`, so that a dot or bracket inside a
// quoted name never reads as a separator, and no name equals a context token (`?1`).
std::string key_part(std::string_view part, bool case_sensitive) {
  std::string p = case_sensitive ? std::string(part) : source::ascii_lower(part);
  const bool plain = std::all_of(p.begin(), p.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) != 0 || c == '_' || c == '@' || c == '#' || c == '$';
  });
  if (plain) return p;
  std::string quoted = "[";
  for (char c : p) {
    quoted += c;
    if (c == ']') quoted += ']';
  }
  quoted += ']';
  return quoted;
}

}  // namespace

std::string object_key(const ast::ObjectName& name, bool case_sensitive) {
  std::string key;
  if (name.size() >= 4) key = key_part(name.part(name.size() - 4), case_sensitive) + ".";
  if (!name.database().empty()) key += key_part(name.database(), case_sensitive) + ".";
  // Temp tables and table variables live outside any schema.
  if (!name.is_temporary() && !name.is_variable()) {
    key += name.schema().empty() ? std::string("dbo") : key_part(name.schema(), case_sensitive);
    key += '.';
  }
  key += key_part(name.object(), case_sensitive);
  return key;
}

namespace {

ast::ObjectName single_part(const std::string& name) { return ast::ObjectName{name}; }

constexpr std::string_view kUnderIf = "only under IF or WHILE";

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

// Whether `statement` or a statement nested in it (not in a module body) is of `kind`.
bool contains(const ast::Statement& statement, ast::Kind kind) {
  bool found = false;
  walk_deployed(statement, false, [&](const ast::Statement& s, bool) {
    if (s.kind == kind) found = true;
  });
  return found;
}

bool contains(const ast::StatementList& statements, ast::Kind kind) {
  return std::any_of(statements.begin(), statements.end(),
                     [&](const ast::StatementPtr& s) { return contains(*s, kind); });
}

// Whether the CATCH block always raises an error again (a THROW at its top level, with no RETURN
// or GOTO before it): then a failure inside TRY stops the deployment as it would without TRY.
bool catch_always_throws(const ast::TryCatch& block) {
  for (const ast::StatementPtr& s : block.catch_statements) {
    if (s->kind == ast::Kind::Throw) return true;
    if (contains(*s, ast::Kind::Return) || contains(*s, ast::Kind::Goto)) return false;
  }
  return false;
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string lower(std::string_view text) { return source::ascii_lower(text); }

// A database name as USE writes it, brackets or quotes removed.
std::string_view unquoted(std::string_view name) {
  if (name.size() >= 2 && ((name.front() == '[' && name.back() == ']') ||
                           (name.front() == '"' && name.back() == '"'))) {
    return name.substr(1, name.size() - 2);
  }
  return name;
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

// Pass one's view of one batch: a script's batch, or the text of an EXEC of dynamic SQL.
struct BatchState {
  std::string reason;       // for every statement of the batch: unparsed statement, `GO 0`
  bool has_goto = false;    // a GOTO anywhere in the batch
  bool goto_seen = false;   // a GOTO before the statement
  bool label_seen = false;  // a label before the statement
  std::string ended;        // "after RETURN"
  bool dynamic = false;
  std::string context;  // dynamic SQL: its database context (a USE in it ends with it)
};

}  // namespace

Deployment::Deployment(std::vector<ScriptInput> scripts, std::vector<ScriptInput> baseline,
                       UndoPlan undo, const std::map<std::string, std::string>& sqlcmd_values,
                       ModelOptions options)
    : scripts_(std::move(scripts)),
      baseline_(std::move(baseline)),
      undo_(std::move(undo)),
      options_(options) {
  resolve_sqlcmd_variables(sqlcmd_values);
  for (const ScriptInput& script : scripts_) {
    if (!script.history) continue;
    const bool unparsed = std::any_of(
        script.script->batches.begin(), script.script->batches.end(), [](const ast::Batch& b) {
          return std::any_of(
              b.statements.begin(), b.statements.end(),
              [](const ast::StatementPtr& s) { return s->kind == ast::Kind::Unparsed; });
        });
    if (unparsed) history_not_understood_.push_back(script.file->path());
  }
  if (!baseline_.empty()) {
    // The baseline is replayed as a deployment of its own; what stands at its end is the state
    // before this deployment.
    const Deployment before(baseline_, {}, {}, {}, options_);
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
      d.order = definitions.front().order;
      d.created_by_deployment = false;
      d.from_baseline = true;
      baseline_columns_[key] = d;
    }
  }
  analyse();
  replay_all(scripts_, [&](std::size_t i, const ast::Statement& s, bool conditional) {
    const Location at{i, s.range.begin};
    if (conditional) conditional_statements_.insert(at);
    const auto found = uncertain_statements_.find(at);
    uncertain_ = found == uncertain_statements_.end() ? std::string() : reasons_[found->second];
    context_ = context_at(at);
    replay(i, s);
  });
  uncertain_.clear();
  context_.clear();
}

// Pass one: for every statement the deployment runs, what may keep it from taking effect while
// the deployment goes on, and the database it runs in. The deployment is taken to stop at an
// error (sqlcmd -b, Flyway, SSDT) unless the script catches it (TRY) or says `:on error ignore`.
void Deployment::analyse() {
  std::vector<Location> journal;               // statements inside an open transaction, in order
  int depth = 0;                               // BEGIN TRAN nesting
  bool implicit = false;                       // SET IMPLICIT_TRANSACTIONS ON
  std::map<std::string, std::string> not_run;  // NOEXEC, PARSEONLY, FMTONLY: possibly ON
  std::string on_error;                        // after `:on error ignore`
  std::string context;
  bool touched = false;  // some statement other than USE, SET or PRINT has run
  int unknown = 0;
  int rethrowing_catch = 0;  // inside a CATCH block that always raises the error again
  std::map<std::string, std::uint32_t> reason_ids;  // reasons_ by text
  const auto unknown_context = [&] { return "?" + std::to_string(++unknown); };
  const auto set_context = [&](const Location& at, std::string c) {
    if (c == context) return;
    context = std::move(c);
    context_changes_.emplace_back(at, context);
  };
  const auto mark = [&](const Location& at, const std::string& why) {
    const auto id = reason_ids.emplace(why, static_cast<std::uint32_t>(reasons_.size()));
    if (id.second) reasons_.push_back(why);
    uncertain_statements_.emplace(at, id.first->second);  // the first reason found stays
  };
  const auto database_token = [&](std::string_view name) {
    std::string token = key_part(unquoted(name), options_.case_sensitive_names);
    return token == target_database_ ? std::string() : token;
  };

  // The statement list each visited statement runs in (a block, a TRY or CATCH part, a branch of
  // IF or WHILE), and for each open BEGIN TRAN the list it was in, or null when it ran certainly.
  // A COMMIT in the same list as its uncertain BEGIN runs whenever that BEGIN did: `IF ... BEGIN
  // BEGIN TRAN; ...; COMMIT; END` leaves no transaction open.
  std::vector<const void*> lists{nullptr};
  std::vector<const void*> begun_in;
  const auto in_list = [&](const void* list, const auto& body) {
    lists.push_back(list);
    body();
    lists.pop_back();
  };
  std::function<void(std::size_t, const ast::Statement&, const std::string&, BatchState&)> visit;
  visit = [&](std::size_t i, const ast::Statement& s, const std::string& inherited,
              BatchState& batch) {
    const Location at{i, s.range.begin};
    // What keeps the statement from running, apart from session options (SET NOEXEC OFF itself
    // runs under NOEXEC ON).
    std::string why = batch.reason;
    if (why.empty()) why = batch.ended;
    if (why.empty() && (batch.goto_seen || (batch.has_goto && batch.label_seen))) {
      why = "in a batch whose GOTO may skip it";
    }
    if (why.empty()) why = inherited;
    if (why.empty()) why = on_error;
    const std::string session = not_run.empty() ? std::string() : not_run.begin()->second;
    const bool certain = why.empty() && session.empty();
    if (!certain) mark(at, why.empty() ? session : why);
    if (depth > 0 || implicit) journal.push_back(at);
    if (batch.dynamic && batch.context != context) dynamic_contexts_[at] = batch.context;
    if (s.kind != ast::Kind::Use && s.kind != ast::Kind::SetOption && s.kind != ast::Kind::Print) {
      touched = true;
    }
    switch (s.kind) {
      case ast::Kind::Goto:
        batch.goto_seen = true;
        break;
      case ast::Kind::Label:
        batch.label_seen = true;
        break;
      case ast::Kind::Return:
        batch.ended = "after RETURN";
        break;
      case ast::Kind::SetOption: {
        const auto& set = static_cast<const ast::SetOption&>(s);
        const std::string value = upper(set.value);
        for (const std::string& option : set.options) {
          if (option == "NOEXEC" || option == "PARSEONLY" || option == "FMTONLY") {
            if (value == "ON") {
              not_run.emplace(option, "under SET " + option + " ON");
            } else if (why.empty()) {
              not_run.erase(option);
            }
          } else if (option == "IMPLICIT_TRANSACTIONS") {
            if (value == "ON") {
              implicit = true;
            } else if (certain) {
              implicit = false;
            }
          }
        }
        break;
      }
      case ast::Kind::Transaction: {
        const auto& tx = static_cast<const ast::Transaction&>(s);
        if (tx.action == ast::Transaction::Action::Begin) {
          ++depth;
          begun_in.push_back(certain ? nullptr : lists.back());
          journal.push_back(at);
        } else if (tx.action == ast::Transaction::Action::Commit) {
          const bool pairs = depth > 0 && !begun_in.empty() && begun_in.back() != nullptr &&
                             begun_in.back() == lists.back();
          if (certain || pairs) {
            if (depth > 0) --depth;
            if (!begun_in.empty()) begun_in.pop_back();
            if (depth == 0) journal.clear();
          }
        } else if (tx.action == ast::Transaction::Action::Rollback) {
          const std::string note = fmt::format(FMT_STRING("in a transaction rolled back at {}:{}"),
                                               scripts_[i].file->path(), at.position.line);
          // In a CATCH that raises the error again, the deployment stops right after: nothing
          // later runs without what the ROLLBACK undid.
          if (rethrowing_catch == 0) {
            for (const Location& l : journal) mark(l, note);
          }
          // ROLLBACK TRAN name may roll back to a savepoint only: the transaction stays open.
          if (certain && tx.name.empty()) {
            depth = 0;
            begun_in.clear();
            journal.clear();
          }
        }
        break;
      }
      case ast::Kind::Use: {
        const auto& use = static_cast<const ast::Use&>(s);
        std::string c;
        if (!certain) {
          c = unknown_context();
        } else if (!touched && !batch.dynamic && context.empty() && target_database_.empty()) {
          // USE before anything else selects the database the deployment is for.
          target_database_ = key_part(unquoted(use.database), options_.case_sensitive_names);
        } else {
          c = database_token(use.database);
        }
        if (batch.dynamic) {
          batch.context = c;
        } else {
          set_context(at, c);
        }
        break;
      }
      default:
        break;
    }
    if (dynamic_cast<const ast::Module*>(&s) != nullptr) return;
    if (s.kind == ast::Kind::If || s.kind == ast::Kind::While) {
      const std::string branch = inherited.empty() ? std::string(kUnderIf) : inherited;
      // Each branch is a list of its own, even a single statement: THEN and ELSE never pair.
      s.for_each_child([&](const ast::Statement& child) {
        in_list(&child, [&] { visit(i, child, branch, batch); });
      });
    } else if (s.kind == ast::Kind::TryCatch) {
      const auto& block = static_cast<const ast::TryCatch&>(s);
      const bool rethrows = catch_always_throws(block);
      const std::string in_try = inherited.empty() && !rethrows ? "only inside TRY" : inherited;
      const std::string in_catch = inherited.empty() ? "only inside CATCH" : inherited;
      in_list(&block.try_statements, [&] {
        for (const ast::StatementPtr& child : block.try_statements) {
          visit(i, *child, in_try, batch);
        }
      });
      if (rethrows) ++rethrowing_catch;
      in_list(&block.catch_statements, [&] {
        for (const ast::StatementPtr& child : block.catch_statements) {
          visit(i, *child, in_catch, batch);
        }
      });
      if (rethrows) --rethrowing_catch;
    } else if (s.kind == ast::Kind::Execute && static_cast<const ast::Execute&>(s).dynamic_parsed) {
      // Dynamic SQL is a batch of its own: its RETURN, GOTO and USE end with it.
      const auto& exec = static_cast<const ast::Execute&>(s);
      BatchState inner;
      inner.dynamic = true;
      inner.context = batch.dynamic ? batch.context : context;
      if (exec.at_server) {
        inner.reason = "in dynamic SQL run on a linked server";
      } else if (exec.procedure && !exec.procedure->database().empty()) {
        inner.context = database_token(exec.procedure->database());  // db.sys.sp_executesql
      }
      if (contains(exec.dynamic_statements, ast::Kind::Unparsed)) {
        inner.reason = "in dynamic SQL with a statement Preflight could not parse";
      }
      inner.has_goto = contains(exec.dynamic_statements, ast::Kind::Goto);
      for (const ast::StatementPtr& child : exec.dynamic_statements) {
        visit(i, *child, inherited, inner);
      }
    } else {
      in_list(&s, [&] {
        s.for_each_child([&](const ast::Statement& child) { visit(i, child, inherited, batch); });
      });
    }
  };

  for (std::size_t i = 0; i < scripts_.size(); ++i) {
    const ScriptInput& input = scripts_[i];
    const source::SourceFile& file = *input.file;
    // Whether a script starts in the database where the one before it ended depends on how the
    // scripts are run (one session or one each): unknown, unless no USE ever changed it.
    if (i > 0 && (input.included || !context.empty())) {
      set_context(Location{i, source::SourcePosition{0, 0}}, unknown_context());
    }
    const std::vector<ast::SqlcmdCommand>& commands = input.script->sqlcmd_commands;
    std::size_t next_command = 0;
    const auto commands_before = [&](const source::SourcePosition& position) {
      for (; next_command < commands.size() && commands[next_command].range.begin < position;
           ++next_command) {
        const ast::SqlcmdCommand& command = commands[next_command];
        const Location at{i, command.range.begin};
        const std::string word = lower(command.word);
        if (command.type == ast::SqlcmdCommand::Type::Include || word == "connect") {
          // The included script may USE another database; :connect opens another session.
          set_context(at, unknown_context());
        } else if (word == "on") {
          const std::string line = lower(file.line(command.range.begin.line));
          if (line.find("ignore") != std::string::npos) {
            on_error = "after :on error ignore";
          } else if (line.find("exit") != std::string::npos) {
            on_error.clear();
          }
        }
      }
    };
    for (const ast::Batch& batch : input.script->batches) {
      BatchState state;
      if (batch.repeat == 0) state.reason = "in a batch that `GO 0` never runs";
      if (contains(batch.statements, ast::Kind::Unparsed)) {
        state.reason = "in a batch with a statement Preflight could not parse";
      }
      state.has_goto = contains(batch.statements, ast::Kind::Goto);
      for (const ast::StatementPtr& statement : batch.statements) {
        commands_before(statement->range.begin);
        visit(i, *statement, std::string(), state);
      }
    }
    // A transaction still open at the end of a script is rolled back if the script runs in a
    // session of its own.
    if (depth > 0 || implicit) {
      const std::string note =
          fmt::format(FMT_STRING("in a transaction still open at the end of {}"), file.path());
      for (const Location& l : journal) mark(l, note);
      journal.clear();  // marked once is enough; the transaction itself stays open
    }
  }
}

std::string Deployment::context_at(const Location& at) const {
  if (const auto found = dynamic_contexts_.find(at); found != dynamic_contexts_.end()) {
    return found->second;
  }
  const auto after = std::upper_bound(
      context_changes_.begin(), context_changes_.end(), at,
      [](const Location& l, const std::pair<Location, std::string>& c) { return l < c.first; });
  if (after == context_changes_.begin()) return {};
  return std::prev(after)->second;
}

std::string Deployment::name_key(const ast::ObjectName& name, const std::string& context) const {
  const bool cs = options_.case_sensitive_names;
  // Temp tables live in tempdb, table variables in the batch: no database context.
  if (name.is_temporary() || name.is_variable() || !name.database().empty() || context.empty()) {
    if (name.size() < 4 && !name.database().empty() &&
        key_part(name.database(), cs) == target_database_) {
      // `Target.dbo.t` where `USE Target` selected the deployment's database.
      ast::ObjectName local;
      for (std::size_t p = 1; p < name.size(); ++p) local.push_back(name.part(p));
      return object_key(local, cs);
    }
    return object_key(name, cs);
  }
  return context + "." + object_key(name, cs);
}

std::string Deployment::unqualified_key(ObjectType type, std::string_view name,
                                        const std::string& context) const {
  std::string key = key_part(name, options_.case_sensitive_names);
  // Databases and logins belong to the server; schemas, users and roles to a database.
  if (type == ObjectType::Database || type == ObjectType::Login || context.empty()) return key;
  return context + "/" + key;
}

std::string Deployment::column_key(const ast::ObjectName& table, std::string_view column,
                                   const std::string& context) const {
  return name_key(table, context) + "." + key_part(column, options_.case_sensitive_names);
}

std::optional<CreationSite> Deployment::in_baseline(ObjectType type, const ast::ObjectName& name,
                                                    std::string_view scope) const {
  // The baseline describes the deployment's own database.
  const auto found = baseline_objects_.find({type, key_in(type, name, scope, std::string())});
  if (found == baseline_objects_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string> Deployment::missing_at(ObjectType type, const ast::ObjectName& name,
                                                  const Location& at,
                                                  std::string_view scope) const {
  const std::tuple<ObjectType, std::string> key{type, key_of(type, name, scope, at)};
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
  // The baseline says nothing about another database.
  if (std::get<1>(key) != key_in(type, name, scope, std::string())) return std::nullopt;
  return std::string("it is neither in the baseline nor created earlier in the deployment");
}

bool Deployment::defined_before(ObjectType type, const ast::ObjectName& name, const Location& at,
                                std::string_view scope) const {
  const auto found = creations_.find({type, key_of(type, name, scope, at)});
  return found != creations_.end() && found->second.front().location < at;
}

std::optional<CreationSite> Deployment::conditionally_created_before(ObjectType type,
                                                                     const ast::ObjectName& name,
                                                                     const Location& at,
                                                                     std::string_view scope) const {
  if (created_before(type, name, at, scope)) return std::nullopt;
  const auto found = creations_.find({type, key_of(type, name, scope, at)});
  if (found == creations_.end()) return std::nullopt;
  // The last one before `at` that may not have taken effect, or that brought another object's
  // content.
  std::optional<CreationSite> site;
  for (const Creation& c : found->second) {
    if (!(c.location < at)) break;
    // History's objects exist before the deployment whether its creation was certain or not.
    if (scripts_[c.location.script_index].history) {
      site.reset();
      continue;
    }
    if (!c.uncertain.empty() || c.foreign != Creation::Foreign::No) {
      site = CreationSite{c.location, scripts_[c.location.script_index].file->path(), false,
                          c.uncertain, c.foreign != Creation::Foreign::No};
    }
  }
  return site;
}

std::optional<CreationSite> Deployment::created_in_history(ObjectType type,
                                                           const ast::ObjectName& name,
                                                           const Location& at,
                                                           std::string_view scope) const {
  const auto found = creations_.find({type, key_of(type, name, scope, at)});
  if (found == creations_.end()) return std::nullopt;
  std::optional<CreationSite> site;
  for (const Creation& c : found->second) {
    if (!(c.location < at)) break;
    if (!scripts_[c.location.script_index].history) return std::nullopt;
    site = CreationSite{c.location, scripts_[c.location.script_index].file->path()};
  }
  return site;
}

void Deployment::record_creation(ObjectType type, const std::string& key, const Location& at,
                                 bool replaces, Creation::Foreign foreign) {
  creations_[{type, key}].push_back(Creation{at, replaces, uncertain_, foreign});
}

void Deployment::record_drop(ObjectType type, const std::string& key, const Location& at,
                             std::string moved_to) {
  const bool moved = !moved_to.empty();
  drops_[{type, key}].push_back(Drop{at, !uncertain_.empty(), moved, std::move(moved_to)});
}

void Deployment::record_column(const ast::ObjectName& table, std::string_view column,
                               ColumnDefinition definition) {
  definition.path = scripts_[definition.location.script_index].file->path();
  definition.name = std::string(column);
  if (scripts_[definition.location.script_index].history) definition.created_by_deployment = false;
  definition.order = ++columns_recorded_;
  columns_[column_key(table, column, context_)].push_back(std::move(definition));
}

void Deployment::replay_alter_table(const ast::AlterTable& alter, const Location& at) {
  const bool new_table = created_before(ObjectType::Table, alter.name, at).has_value();
  const bool cs = options_.case_sensitive_names;
  for (const ast::AlterTableAction& action : alter.actions) {
    if (action.constraint && action.constraint->name) {
      record_creation(
          ObjectType::Constraint,
          name_key(alter.name) + "/" + object_key(single_part(*action.constraint->name), cs), at);
    }
    if (action.type == ast::AlterTableAction::Type::Switch && action.switch_target) {
      // The target now holds the source's rows (or a partition of them): whatever the deployment
      // created there, it is no longer only the deployment's own, unless the source was.
      if (new_table) continue;
      const std::string was = uncertain_;
      uncertain_ = "rows were switched into it";
      record_creation(ObjectType::Table, name_key(*action.switch_target), at, false,
                      Creation::Foreign::Rows);
      uncertain_ = was;
      continue;
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
      // Under IF COL_LENGTH(...) IS NULL, inside TRY, ...: the column may have been there before.
      record_column(alter.name, c.name.value,
                    ColumnDefinition{at, c.type, c.nullable, c.has_default, uncertain_.empty()});
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
  const bool cs = options_.case_sensitive_names;
  auto created = [&](ObjectType type, const ast::ObjectName& name) {
    record_creation(type, name_key(name), at);
  };
  switch (statement.kind) {
    case ast::Kind::CreateTable: {
      const auto& create = static_cast<const ast::CreateTable&>(statement);
      created(ObjectType::Table, create.name);
      for (const ast::TableConstraint& constraint : create.constraints) {
        if (constraint.name) {
          record_creation(
              ObjectType::Constraint,
              name_key(create.name) + "/" + object_key(single_part(*constraint.name), cs), at);
        }
      }
      for (const ast::ColumnDefinition& c : create.columns) {
        // Under IF NOT EXISTS (or inside TRY, ...) the table may have existed, with whatever
        // columns it had.
        record_column(create.name, c.name.value,
                      ColumnDefinition{at, c.type, c.nullable, c.has_default, uncertain_.empty()});
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
        record_drop(ObjectType::Table, name_key(table), at);
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
                        name_key(*target.table) + "/" +
                            object_key(single_part(std::string(target.name.object())), cs),
                        at);
          }
        } else {
          record_drop(*type, name_key(target.name), at);
        }
      }
      break;
    }
    case ast::Kind::Execute: {
      // sp_rename moves a table (or other object) to a new name: the new name exists from here,
      // possibly (the model does not know the object's kind), with another object's content.
      const auto& exec = static_cast<const ast::Execute&>(statement);
      if (!exec.procedure || lower(exec.procedure->object()) != "sp_rename") break;
      // Positional, or named in any order (`@newname = 'T', @objname = 'dbo.Orders'`).
      const ast::ExecuteArgument* old_name = ast::argument(exec, 0, "@objname");
      const ast::ExecuteArgument* new_name = ast::argument(exec, 1, "@newname");
      const ast::ExecuteArgument* kind = ast::argument(exec, 2, "@objtype");
      if (old_name == nullptr || new_name == nullptr || !old_name->string_value ||
          !new_name->string_value) {
        break;
      }
      // A column or index rename: the table stays.
      if (kind != nullptr && (!kind->string_value || lower(*kind->string_value) != "object")) break;
      const ast::ObjectName from = ast::ObjectName::from_text(*old_name->string_value);
      ast::ObjectName to = from;
      to.pop_back();
      to.push_back(*new_name->string_value);
      const std::string was = uncertain_;
      if (uncertain_.empty()) uncertain_ = "another table was renamed to it";
      record_creation(ObjectType::Table, name_key(to), at, false, Creation::Foreign::Object);
      record_drop(ObjectType::Table, name_key(from), at, name_key(to));
      uncertain_ = was;
      break;
    }
    case ast::Kind::OtherStatement: {
      // ALTER SCHEMA app TRANSFER dbo.Orders moves dbo.Orders, rows and all, to app.Orders.
      const auto& other = static_cast<const ast::OtherStatement&>(statement);
      if (other.verb != "ALTER SCHEMA") break;
      const source::SourceFile& file = *scripts_[script_index].file;
      const std::size_t begin = file.offset_of(statement.range.begin);
      const std::size_t end = std::min(file.text().size(), file.offset_of(statement.range.end) + 1);
      if (end <= begin) break;
      const std::string text = file.text().substr(begin, end - begin);
      const std::string folded = lower(text);
      const std::size_t transfer = folded.find("transfer");
      if (transfer == std::string::npos) break;
      std::size_t from_at = transfer + 8;
      while (from_at < text.size() && std::isspace(static_cast<unsigned char>(text[from_at]))) {
        ++from_at;
      }
      if (folded.compare(from_at, 8, "object::") == 0) {
        from_at += 8;
      } else if (folded.find("::", from_at) != std::string::npos) {
        break;  // TYPE:: or XML SCHEMA COLLECTION::, not a table
      }
      std::size_t from_end = text.size();
      while (from_end > from_at && (std::isspace(static_cast<unsigned char>(text[from_end - 1])) ||
                                    text[from_end - 1] == ';')) {
        --from_end;
      }
      if (from_end <= from_at) break;
      const ast::ObjectName from =
          ast::ObjectName::from_text(std::string_view(text).substr(from_at, from_end - from_at));
      if (from.empty()) break;
      ast::ObjectName to;
      to.push_back(std::string(unquoted(other.name)));
      to.push_back(from.object());
      const std::string was = uncertain_;
      if (uncertain_.empty()) uncertain_ = "another table was moved to it by ALTER SCHEMA TRANSFER";
      record_creation(ObjectType::Table, name_key(to), at, false, Creation::Foreign::Object);
      record_drop(ObjectType::Table, name_key(from), at, name_key(to));
      uncertain_ = was;
      break;
    }
    case ast::Kind::CreateIndex: {
      const auto& index = static_cast<const ast::CreateIndex&>(statement);
      record_creation(ObjectType::Index,
                      name_key(index.table) + "/" + object_key(single_part(index.name), cs), at);
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
      record_creation(type, name_key(module.name), at, module.or_alter);
      break;
    }
    case ast::Kind::CreateSchema:
      record_creation(
          ObjectType::Schema,
          unqualified_key(ObjectType::Schema, static_cast<const ast::CreateSchema&>(statement).name,
                          context_),
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
      record_creation(
          ObjectType::Database,
          unqualified_key(ObjectType::Database,
                          static_cast<const ast::CreateDatabase&>(statement).name, context_),
          at);
      break;
    case ast::Kind::CreatePrincipal: {
      const auto& principal = static_cast<const ast::CreatePrincipal&>(statement);
      const ObjectType type = principal.principal_type == "USER"    ? ObjectType::User
                              : principal.principal_type == "LOGIN" ? ObjectType::Login
                                                                    : ObjectType::Role;
      record_creation(type, unqualified_key(type, principal.name, context_), at);
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
  // The first certain, plain creation before `at` since the name last took another object's
  // content: what the name holds at `at` is the deployment's own.
  std::optional<CreationSite> site;
  for (const Creation& c : found->second) {
    if (!(c.location < at)) break;
    if (c.foreign != Creation::Foreign::No || scripts_[c.location.script_index].history) {
      // An applied migration's object existed before this deployment, rows and all.
      site.reset();
    } else if (!site && !c.replaces && c.uncertain.empty()) {
      site = CreationSite{c.location, scripts_[c.location.script_index].file->path()};
    }
  }
  return site;
}

std::string Deployment::key_in(ObjectType type, const ast::ObjectName& name, std::string_view scope,
                               const std::string& context) const {
  // Schemas, databases and principals are single names, not schema-qualified objects.
  const bool unqualified = type == ObjectType::Schema || type == ObjectType::Database ||
                           type == ObjectType::User || type == ObjectType::Login ||
                           type == ObjectType::Role;
  // Inside a scope (an index or constraint of a table: scope_key()), the name is the table's.
  if (!scope.empty()) {
    return std::string(scope) + "/" + object_key(name, options_.case_sensitive_names);
  }
  return unqualified ? unqualified_key(type, name.object(), context) : name_key(name, context);
}

std::string Deployment::key_of(ObjectType type, const ast::ObjectName& name, std::string_view scope,
                               const Location& at) const {
  return key_in(type, name, scope, context_at(at));
}

bool Deployment::recreated_after(ObjectType type, const ast::ObjectName& name, const Location& at,
                                 std::string_view scope) const {
  const auto found = creations_.find({type, key_of(type, name, scope, at)});
  if (found == creations_.end()) return false;
  // Only a creation that certainly takes effect puts the object back.
  return std::any_of(found->second.begin(), found->second.end(), [&](const Creation& c) {
    return at < c.location && c.uncertain.empty() && c.foreign == Creation::Foreign::No;
  });
}

bool Deployment::dropped_after(ObjectType type, const ast::ObjectName& name,
                               const Location& at) const {
  const std::tuple<ObjectType, std::string> key{type, key_of(type, name, {}, at)};
  const auto found = drops_.find(key);
  if (found == drops_.end()) return false;
  // The first drop after `at`, if the name still means the object it meant at `at`: not renamed
  // away first, and not created again in between (then the later drop is of another object).
  const auto first = std::find_if(found->second.begin(), found->second.end(),
                                  [&](const Drop& d) { return at < d.location; });
  if (first == found->second.end() || first->moved) return false;
  const auto created = creations_.find(key);
  return created == creations_.end() ||
         std::none_of(created->second.begin(), created->second.end(), [&](const Creation& c) {
           return at < c.location && c.location < first->location;
         });
}

bool Deployment::recreated_after_move(ObjectType type, const ast::ObjectName& name,
                                      const ast::ObjectName& table, const Location& at) const {
  const auto found = drops_.find({ObjectType::Table, scope_key(table, at)});
  if (found == drops_.end()) return false;
  return std::any_of(found->second.begin(), found->second.end(), [&](const Drop& d) {
    if (!d.moved || !(at < d.location)) return false;
    const auto created = creations_.find({type, key_of(type, name, d.moved_to, d.location)});
    return created != creations_.end() &&
           std::any_of(created->second.begin(), created->second.end(), [&](const Creation& c) {
             return d.location < c.location && c.uncertain.empty() &&
                    c.foreign == Creation::Foreign::No;
           });
  });
}

std::optional<CreationSite> Deployment::created_before(ObjectType type, const ast::ObjectName& name,
                                                       const Location& at,
                                                       std::string_view scope) const {
  return created_before_key(type, key_of(type, name, scope, at), at);
}

std::optional<ColumnDefinition> Deployment::column_before(const ast::ObjectName& table,
                                                          std::string_view column,
                                                          const Location& at) const {
  const std::string context = context_at(at);
  const std::string key = column_key(table, column, context);
  // The last time before `at` that the table's name took another table's content.
  std::optional<Creation> taken;
  if (const auto found = creations_.find({ObjectType::Table, name_key(table, context)});
      found != creations_.end()) {
    for (const Creation& c : found->second) {
      if (!(c.location < at)) break;
      if (c.foreign != Creation::Foreign::No) taken = c;
    }
  }
  std::optional<ColumnDefinition> last;
  if (const auto found = columns_.find(key); found != columns_.end()) {
    for (const ColumnDefinition& d : found->second) {
      if (!(d.location < at)) break;
      last = d;
    }
  }
  // A history script that did not parse may have changed the column in a statement the model
  // never saw: its recorded type is no answer then.
  if (last && !history_not_understood_.empty() && scripts_[last->location.script_index].history) {
    return std::nullopt;
  }
  if (taken && last && last->location < taken->location) {
    // SWITCH keeps the columns (both tables must match) but brings rows from before; after
    // sp_rename the columns are another table's, unknown.
    if (taken->foreign == Creation::Foreign::Object) return std::nullopt;
    last->created_by_deployment = false;
  }
  if (!last && !taken) {
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

namespace {

template <class Creations>
bool only_switched_into(const Creations& creations) {
  return std::all_of(creations.begin(), creations.end(), [](const auto& c) {
    return c.foreign == std::decay_t<decltype(c)>::Foreign::Rows;
  });
}

}  // namespace

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
    if (created != creations_.end() && !only_switched_into(created->second)) {
      // Rows switched in change the content, not the definition.
      const Creation& last =
          *std::find_if(created->second.rbegin(), created->second.rend(),
                        [](const Creation& c) { return c.foreign != Creation::Foreign::Rows; });
      object.site = CreationSite{last.location, scripts_[last.location.script_index].file->path()};
      object.possibly = !last.uncertain.empty() || last.foreign == Creation::Foreign::Object;
      since = last.location;
      if (dropped != drops_.end() && last.location < dropped->second.back().location) {
        if (!dropped->second.back().conditional) continue;
        object.possibly = true;
      }
    } else {
      if (baseline_objects_.count(key) == 0) continue;  // only rows switched into it
      object.site = baseline_objects_.at(key);
      if (dropped != drops_.end()) {
        if (!dropped->second.back().conditional) continue;
        object.possibly = true;
      }
    }
    if (object.type == ObjectType::Table) {
      const std::string prefix = object.key + ".";
      // Declaration order, as sys.columns has it: the baseline's columns first, then each column
      // where the deployment first defined it (since the table's last creation); an ALTER COLUMN
      // changes a column, not its place.
      std::map<std::string, std::pair<std::pair<int, std::size_t>, ColumnDefinition>> columns;
      if (!since) {
        for (auto it = baseline_columns_.lower_bound(prefix);
             it != baseline_columns_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
             ++it) {
          columns[it->first] = {{0, it->second.order}, it->second};
        }
      }
      for (auto it = columns_.lower_bound(prefix);
           it != columns_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const ColumnDefinition& last = it->second.back();
        if (since && last.location < *since) continue;
        // A column dropped and added again takes the place of the last ADD.
        std::size_t first = it->second.size() - 1;
        while (first > 0 && !it->second[first - 1].dropped &&
               !(since && it->second[first - 1].location < *since)) {
          --first;
        }
        const auto found = columns.find(it->first);
        const std::pair<int, std::size_t> place =
            found != columns.end() && !it->second[first].created_by_deployment
                ? found->second.first
                : std::pair<int, std::size_t>{1, it->second[first].order};
        columns[it->first] = {place, last};
      }
      std::vector<std::pair<std::pair<int, std::size_t>, ColumnDefinition>> ordered;
      for (auto& [name_key, entry] : columns) {
        // A column name holds no dot, so the prefix match never reaches another table's column.
        if (name_key.find('.', prefix.size()) != std::string::npos) continue;
        if (!entry.second.dropped) ordered.push_back(std::move(entry));
      }
      std::stable_sort(ordered.begin(), ordered.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto& entry : ordered) object.columns.push_back(std::move(entry.second));
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
