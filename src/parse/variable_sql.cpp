#include "parse/variable_sql.h"

#include "TSqlLexer.h"
#include "parse/ast_builder.h"
#include "parse/build_common.h"
#include "source/source.h"

#include <cstdlib>
#include <vector>

namespace pf::parse {
namespace {

using Tokens = std::vector<antlr4::Token*>;

// The default-channel tokens of the batch, in order.
Tokens code_tokens(antlr4::CommonTokenStream& tokens) {
  Tokens out;
  for (antlr4::Token* t : tokens.getTokens()) {
    if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL && t->getType() != antlr4::Token::EOF) {
      out.push_back(t);
    }
  }
  return out;
}

bool at(const antlr4::Token* t, ast::SourcePosition p) {
  return t->getLine() == p.line && t->getCharPositionInLine() + 1 == p.column;
}

std::size_t type_at(const Tokens& t, std::size_t i) {
  return i < t.size() ? t[i]->getType() : antlr4::Token::EOF;
}

// Whether the literal at `i` is the whole value: what follows it cannot continue an expression.
bool ends_value(const Tokens& t, std::size_t i) {
  switch (type_at(t, i)) {
    case TSqlLexer::PLUS:
    case TSqlLexer::MINUS:
    case TSqlLexer::STAR:
    case TSqlLexer::DIVIDE:
    case TSqlLexer::MODULE:
    case TSqlLexer::BIT_AND:
    case TSqlLexer::BIT_OR:
    case TSqlLexer::BIT_XOR:
    case TSqlLexer::COLLATE:
    case TSqlLexer::DOT:
    case TSqlLexer::LPAREN:
    case TSqlLexer::EQUAL:
      return false;
    default:
      return true;
  }
}

// How many characters a variable of the type at `i` (after DECLARE @v [AS]) holds, and whether it
// is Unicode; nothing for a type that is not a character string. `next` is set after the type.
struct Capacity {
  std::size_t chars;
  bool unicode;
};
std::optional<Capacity> declared_capacity(const Tokens& t, std::size_t i, std::size_t& next) {
  if (i >= t.size()) return std::nullopt;
  const std::string name = source::ascii_lower(t[i]->getText());
  next = i + 1;
  if (name == "sysname") return Capacity{128, true};
  const bool unicode = name == "nvarchar" || name == "nchar";
  if (!unicode && name != "varchar" && name != "char") return std::nullopt;
  if (type_at(t, next) != TSqlLexer::LPAREN) return Capacity{1, unicode};  // `nvarchar` is (1)
  if (type_at(t, next + 2) != TSqlLexer::RPAREN) return std::nullopt;
  const antlr4::Token* size = t[next + 1];
  next += 3;
  if (size->getType() == TSqlLexer::MAX) return Capacity{static_cast<std::size_t>(-1), unicode};
  if (size->getType() != TSqlLexer::INTEGER || size->getText().size() > 6) return std::nullopt;
  return Capacity{static_cast<std::size_t>(std::strtoul(size->getText().c_str(), nullptr, 10)),
                  unicode};
}

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// The token index of the variable the EXEC runs, or nothing.
std::optional<std::size_t> executed_variable(const ast::Execute& exec, const Tokens& t) {
  if (exec.is_string) {
    // EXEC (@v): exactly these four tokens.
    for (std::size_t i = 0; i + 3 < t.size(); ++i) {
      if (!at(t[i], exec.range.begin)) continue;
      if ((t[i]->getType() == TSqlLexer::EXEC || t[i]->getType() == TSqlLexer::EXECUTE) &&
          t[i + 1]->getType() == TSqlLexer::LPAREN && t[i + 2]->getType() == TSqlLexer::LOCAL_ID &&
          t[i + 3]->getType() == TSqlLexer::RPAREN) {
        return i + 2;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }
  // sp_executesql @v [, ...]: its statement is the first argument (or @stmt = @v).
  if (!exec.procedure || !source::equal_ignoring_case(exec.procedure->object(), "sp_executesql")) {
    return std::nullopt;
  }
  const ast::ExecuteArgument* statement = nullptr;
  for (const ast::ExecuteArgument& a : exec.arguments) {
    if (a.name && source::equal_ignoring_case(*a.name, "@stmt")) statement = &a;
  }
  if (statement == nullptr && !exec.arguments.empty() && !exec.arguments[0].name) {
    statement = &exec.arguments[0];
  }
  if (statement == nullptr || !statement->is_variable) return std::nullopt;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (at(t[i], statement->value_range.begin)) {
      if (t[i]->getType() == TSqlLexer::LOCAL_ID) return i;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<VariableLiteral> executed_variable_literal(const ast::Execute& exec,
                                                         antlr4::CommonTokenStream& tokens) {
  const Tokens t = code_tokens(tokens);
  const std::optional<std::size_t> use = executed_variable(exec, t);
  if (!use) return std::nullopt;
  const std::string name = source::ascii_lower(t[*use]->getText());
  std::optional<Capacity> capacity;
  std::optional<std::size_t> literal;  // token index of the one literal assigned
  bool declared = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i == *use || t[i]->getType() != TSqlLexer::LOCAL_ID ||
        source::ascii_lower(t[i]->getText()) != name) {
      continue;
    }
    if (i > *use) return std::nullopt;  // used again after the EXEC: not this batch's simple case
    // `@stmt = @v`: the parameter's name, not the variable.
    if (!exec.is_string && i + 2 == *use && t[i + 1]->getType() == TSqlLexer::EQUAL) continue;
    const std::size_t before = i == 0 ? antlr4::Token::EOF : t[i - 1]->getType();
    if (before == TSqlLexer::DECLARE && !declared) {
      declared = true;
      std::size_t next = i + 1;
      if (type_at(t, next) == TSqlLexer::AS) ++next;
      capacity = declared_capacity(t, next, next);
      if (!capacity) return std::nullopt;
      if (type_at(t, next) != TSqlLexer::EQUAL) continue;  // declared without a value
      if (literal || type_at(t, next + 1) != TSqlLexer::STRING || !ends_value(t, next + 2)) {
        return std::nullopt;
      }
      literal = next + 1;
    } else if (before == TSqlLexer::SET && declared && !literal &&
               type_at(t, i + 1) == TSqlLexer::EQUAL && type_at(t, i + 2) == TSqlLexer::STRING &&
               ends_value(t, i + 3)) {
      literal = i + 2;
    } else {
      return std::nullopt;  // read, assigned another way, or declared twice
    }
  }
  if (!literal || !capacity) return std::nullopt;
  const antlr4::Token* token = t[*literal];
  std::string value = build::string_value(token);
  // A literal the variable cannot hold unchanged: cut to the declared length, or converted to a
  // code page (a non-Unicode variable, or a literal without N).
  const bool n_literal =
      !token->getText().empty() && (token->getText()[0] == 'N' || token->getText()[0] == 'n');
  if (source::count_code_points(value) > capacity->chars) return std::nullopt;
  if (!is_ascii(value) && (!capacity->unicode || !n_literal)) return std::nullopt;
  return VariableLiteral{token_range(token, token), std::move(value)};
}

}  // namespace pf::parse
