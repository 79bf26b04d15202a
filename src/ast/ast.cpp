#include "ast/ast.h"

#include <algorithm>
#include <cassert>
#include <cctype>

namespace pf::ast {
namespace {

// SQL Server's rule for a regular identifier, restricted to ASCII: anything else is shown in
// brackets so the displayed name can be pasted back into a script.
bool is_regular_identifier(std::string_view s) {
  if (s.empty()) return false;
  const auto first = static_cast<unsigned char>(s.front());
  if (!(std::isalpha(first) || first == '_' || first == '#' || first == '@')) return false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || u == '_' || u == '#' || u == '@' || u == '$')) return false;
  }
  return true;
}

}  // namespace

std::string_view kind_name(Kind kind) {
  switch (kind) {
#define PF_AST_NAME(name) \
  case Kind::name:        \
    return #name;
    PF_AST_STATEMENT_KINDS(PF_AST_NAME)
#undef PF_AST_NAME
  }
  return "Unknown";
}

ObjectName::ObjectName(std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) push_back(part);
}

std::size_t ObjectName::size() const {
  return static_cast<std::size_t>(std::count(parts_.begin(), parts_.end(), '\0'));
}

std::string_view ObjectName::part(std::size_t i) const {
  std::size_t begin = 0;
  for (; i > 0; --i) begin = parts_.find('\0', begin) + 1;
  return std::string_view(parts_).substr(begin, parts_.find('\0', begin) - begin);
}

std::vector<std::string> ObjectName::parts() const {
  std::vector<std::string> out;
  out.reserve(size());
  for (std::size_t i = 0; i < size(); ++i) out.emplace_back(part(i));
  return out;
}

void ObjectName::push_back(std::string_view part) {
  assert(part.find('\0') == std::string_view::npos);
  parts_.append(part);
  parts_ += '\0';
}

void ObjectName::pop_back() {
  assert(!parts_.empty());
  parts_.pop_back();  // the last part's terminator
  const std::size_t previous = parts_.rfind('\0');
  parts_.resize(previous == std::string::npos ? 0 : previous + 1);
}

std::string_view ObjectName::object() const {
  const std::size_t n = size();
  return n > 0 ? part(n - 1) : std::string_view();
}

std::string_view ObjectName::schema() const {
  const std::size_t n = size();
  return n > 1 ? part(n - 2) : std::string_view();
}

std::string_view ObjectName::database() const {
  const std::size_t n = size();
  return n > 2 ? part(n - 3) : std::string_view();
}

bool ObjectName::is_temporary() const { return !object().empty() && object().front() == '#'; }

bool ObjectName::is_variable() const { return !object().empty() && object().front() == '@'; }

std::string ObjectName::display() const {
  std::string out;
  for (std::size_t i = 0; i < size(); ++i) {
    if (i > 0) out += '.';
    const std::string_view part = this->part(i);
    if (part.empty() || is_regular_identifier(part)) {
      out += part;
    } else {
      out += '[';
      for (char c : part) {
        out += c;
        if (c == ']') out += ']';
      }
      out += ']';
    }
  }
  return out;
}

ObjectName ObjectName::from_text(std::string_view text) {
  ObjectName name;
  std::string part;
  bool bracketed = false;
  for (char c : text) {
    if (c == '[' && !bracketed) {
      bracketed = true;
    } else if (c == ']' && bracketed) {
      bracketed = false;
    } else if (c == '.' && !bracketed) {
      name.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  name.push_back(part);
  return name;
}

std::vector<const ExecuteArgument*> secret_arguments(const Execute& exec) {
  constexpr std::size_t kNamedOnly = static_cast<std::size_t>(-1);
  struct PasswordParameter {
    std::string_view procedure;  // lower case
    std::size_t position;
    std::string_view name;
  };
  // The parameters as SQL Server's documentation of each procedure names them.
  static constexpr PasswordParameter kParameters[] = {
      {"sp_addlogin", 1, "@passwd"},
      {"sp_password", 0, "@old"},
      {"sp_password", 1, "@new"},
      {"sp_addlinkedsrvlogin", 4, "@rmtpassword"},
      {"sp_addapprole", 1, "@password"},
      {"sp_approlepassword", 1, "@newpwd"},
      {"sp_setapprole", 1, "@password"},
      {"sp_change_users_login", 3, "@password"},
      {"sp_control_dbmasterkey_password", 1, "@password"},
      // Replication: the agents' and the distributor's passwords, by name only.
      {"sp_adddistributor", 1, "@password"},
      {"sp_changedistributor_password", 0, "@password"},
      {"sp_adddistpublisher", kNamedOnly, "@password"},
      {"sp_addsubscription", kNamedOnly, "@subscriber_password"},
      {"sp_addpushsubscription_agent", kNamedOnly, "@subscriber_password"},
      {"sp_addpullsubscription_agent", kNamedOnly, "@publisher_password"},
      {"sp_addpullsubscription_agent", kNamedOnly, "@distributor_password"},
      {"sp_addmergepullsubscription_agent", kNamedOnly, "@publisher_password"},
      {"sp_addmergepullsubscription_agent", kNamedOnly, "@distributor_password"},
      {"sp_addpublication_snapshot", kNamedOnly, "@publisher_password"},
      {"sp_addlogreader_agent", kNamedOnly, "@publisher_password"},
  };
  std::vector<const ExecuteArgument*> out;
  if (!exec.procedure) return out;
  const std::string_view procedure = exec.procedure->object();
  for (const PasswordParameter& p : kParameters) {
    if (!source::equal_ignoring_case(procedure, p.procedure)) continue;
    const ExecuteArgument* found = nullptr;
    for (const ExecuteArgument& a : exec.arguments) {
      if (a.name && source::equal_ignoring_case(*a.name, p.name)) found = &a;
    }
    if (found == nullptr && p.position < exec.arguments.size() &&
        !exec.arguments[p.position].name) {
      found = &exec.arguments[p.position];
    }
    if (found != nullptr) out.push_back(found);
  }
  std::sort(out.begin(), out.end(), [](const ExecuteArgument* a, const ExecuteArgument* b) {
    return a->range.begin < b->range.begin;
  });
  return out;
}

const SqlTextProcedure* find_sql_text_procedure(std::string_view name) {
  static const std::vector<SqlTextProcedure> all = {
      {"sp_executesql", {{0, "@stmt"}}},
      {"sp_sqlexec", {{0, "@p1"}}},
      {"sp_prepexec", {{2, "@stmt"}}},
      {"sp_prepare", {{2, "@stmt"}}},
      {"sp_cursoropen", {{1, "@stmt"}}},
      {"sp_cursorprepare", {{2, "@stmt"}}},
      {"sp_cursorprepexec", {{3, "@stmt"}}},
      {"sp_msforeachtable",
       {{0, "@command1"},
        {2, "@command2"},
        {3, "@command3"},
        {4, "@whereand"},
        {5, "@precommand"},
        {6, "@postcommand"}},
       true},
      {"sp_msforeachdb",
       {{0, "@command1"},
        {2, "@command2"},
        {3, "@command3"},
        {4, "@precommand"},
        {5, "@postcommand"}},
       true},
  };
  for (const SqlTextProcedure& p : all) {
    if (source::equal_ignoring_case(p.name, name)) return &p;
  }
  return nullptr;
}

void Statement::for_each_child(const std::function<void(const Statement&)>& visit) const {
  for (const StatementPtr& s : dml_sources) visit(*s);
}

void Execute::for_each_child(const std::function<void(const Statement&)>& visit) const {
  for (const StatementPtr& s : dynamic_statements) visit(*s);
}

void Block::for_each_child(const std::function<void(const Statement&)>& visit) const {
  for (const StatementPtr& s : statements) visit(*s);
}

void If::for_each_child(const std::function<void(const Statement&)>& visit) const {
  if (then_branch) visit(*then_branch);
  if (else_branch) visit(*else_branch);
}

void While::for_each_child(const std::function<void(const Statement&)>& visit) const {
  if (body) visit(*body);
}

void TryCatch::for_each_child(const std::function<void(const Statement&)>& visit) const {
  for (const StatementPtr& s : try_statements) visit(*s);
  for (const StatementPtr& s : catch_statements) visit(*s);
}

void Module::for_each_child(const std::function<void(const Statement&)>& visit) const {
  for (const StatementPtr& s : body) visit(*s);
}

namespace {
void walk_statement(const Statement& statement,
                    const std::function<void(const Statement&)>& visit) {
  visit(statement);
  statement.for_each_child([&](const Statement& child) { walk_statement(child, visit); });
}
}  // namespace

void walk(const Script& script, const std::function<void(const Statement&)>& visit) {
  for (const Batch& batch : script.batches) {
    for (const StatementPtr& s : batch.statements) walk_statement(*s, visit);
  }
}

StatementCounts count_statements(const Script& script) {
  StatementCounts counts;
  walk(script, [&](const Statement& s) {
    ++counts.statements;
    if (s.kind == Kind::Unparsed) ++counts.unparsed;
  });
  return counts;
}

}  // namespace pf::ast
