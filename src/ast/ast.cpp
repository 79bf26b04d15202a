#include "ast/ast.h"

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

std::string_view part_from_end(const std::vector<std::string>& parts, std::size_t from_end) {
  return parts.size() > from_end ? std::string_view(parts[parts.size() - 1 - from_end])
                                 : std::string_view();
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

std::string_view ObjectName::object() const { return part_from_end(parts, 0); }
std::string_view ObjectName::schema() const { return part_from_end(parts, 1); }
std::string_view ObjectName::database() const { return part_from_end(parts, 2); }

bool ObjectName::is_temporary() const { return !object().empty() && object().front() == '#'; }

bool ObjectName::is_variable() const { return !object().empty() && object().front() == '@'; }

std::string ObjectName::display() const {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '.';
    const std::string& part = parts[i];
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
      name.parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  name.parts.push_back(part);
  return name;
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
