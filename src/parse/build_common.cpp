// Shared by the statement builders: parse-tree navigation, names, literals, types, table
// references.
#include "parse/build_common.h"

#include "source/source.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace pf::parse::build {

// The script's own text of a context, comments and spacing included. In the SQL of an EXEC
// literal (dynamic_sql.h) the tokens' indices were moved to the file's characters
// (move_tokens_into_file) and no longer index the text they were lexed from: there the text is
// the tokens' own, one space apart.
std::string text_of(ParserRuleContext* ctx) {
  const antlr4::Token* start = ctx->getStart();
  const antlr4::Token* stop = ctx->getStop();
  if (stop == nullptr || stop->getTokenIndex() < start->getTokenIndex()) return {};
  antlr4::CharStream* chars = start->getInputStream();
  const auto own_text = [&](const antlr4::Token* t) {
    return t->getStopIndex() < chars->size() &&
           chars->getText(antlr4::misc::Interval(t->getStartIndex(), t->getStopIndex())) ==
               t->getText();
  };
  const bool moved = chars == nullptr || !own_text(start) || !own_text(stop);
  if (!moved) {
    return chars->getText(antlr4::misc::Interval(start->getStartIndex(), stop->getStopIndex()));
  }
  std::vector<antlr4::Token*> tokens;
  collect_tokens(ctx, tokens);
  std::string out;
  for (const antlr4::Token* t : tokens) {
    if (!out.empty()) out += ' ';
    out += t->getText();
  }
  return out;
}

std::vector<ast::SecretLiteral> secret_literals(const std::vector<antlr4::Token*>& tokens) {
  std::vector<ast::SecretLiteral> out;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i + 1]->getType() != TSqlLexer::EQUAL) continue;
    const std::size_t value = tokens[i + 2]->getType();
    if (value != TSqlLexer::STRING && value != TSqlLexer::BINARY) continue;
    const std::string option = upper(tokens[i]->getText());
    if (option != "PASSWORD" && option != "OLD_PASSWORD" && option != "NEW_PASSWORD" &&
        option != "MEDIAPASSWORD" && option != "SECRET") {
      continue;
    }
    ast::SecretLiteral secret;
    secret.option = option;
    secret.range = token_range(tokens[i + 2], tokens[i + 2]);
    secret.hashed = value == TSqlLexer::BINARY ||
                    (i + 3 < tokens.size() && upper(tokens[i + 3]->getText()) == "HASHED");
    out.push_back(std::move(secret));
  }
  return out;
}

void add_secret_literals(ParseTree* root, ast::RareList<ast::SecretLiteral>& out) {
  std::vector<antlr4::Token*> tokens;
  collect_tokens(root, tokens);
  for (ast::SecretLiteral& secret : secret_literals(tokens)) out.push_back(std::move(secret));
}

// Whether a direct child of `ctx` is a token of this type.
bool has_token(ParseTree* ctx, std::size_t type) {
  return std::any_of(ctx->children.begin(), ctx->children.end(),
                     [&](ParseTree* c) { return token_type(c) == type; });
}

// Index in ctx->children of the first direct token of this type, or children.size().
std::size_t token_position(ParseTree* ctx, std::size_t type, std::size_t from) {
  for (std::size_t i = from; i < ctx->children.size(); ++i) {
    if (token_type(ctx->children[i]) == type) return i;
  }
  return ctx->children.size();
}

// Every token under `node`, depth first.
void collect_tokens(ParseTree* node, std::vector<antlr4::Token*>& out) {
  std::vector<ParseTree*> stack{node};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    if (auto* t = dynamic_cast<TerminalNode*>(n)) {
      out.push_back(t->getSymbol());
      continue;
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(*it);
  }
}

// ---------------------------------------------------------------- names and literals

// `[a]]b]` -> `a]b`, `"a""b"` -> `a"b`; other identifiers as written.
std::string identifier_text(antlr4::Token* token) {
  std::string text = token->getText();
  const std::size_t type = token->getType();
  // getText converts from UTF-32 into a buffer sized for four bytes a character; the copy is sized
  // to the text (inline when short). Names are most of an AST, 850,000 statements' in a 50 MB
  // script.
  if (type != TSqlLexer::BRACKET_ID && type != TSqlLexer::QUOTED_ID) return std::string(text);
  const char closing = type == TSqlLexer::BRACKET_ID ? ']' : '"';
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    out += text[i];
    if (text[i] == closing && i + 2 < text.size() && text[i + 1] == closing) ++i;
  }
  return out;
}

ast::Identifier identifier(Ctx::IdContext* ctx) {
  return ast::Identifier{identifier_text(ctx->getStart()), range_of(ctx)};
}

std::string id_text(Ctx::IdContext* ctx) {
  return ctx != nullptr ? identifier_text(ctx->getStart()) : std::string();
}

std::string id_upper(Ctx::IdContext* ctx) { return upper(id_text(ctx)); }

ast::ObjectName object_name(Ctx::QualifiedNameContext* ctx) {
  ast::ObjectName name;
  name.range = range_of(ctx);
  std::size_t dots = 0;
  // Leading dots (`.db..t`) are outside the name in the grammar: they omit the server and
  // database, which is what a name without them means too.
  for (ParseTree* child : ctx->children) {
    if (auto* id = dynamic_cast<Ctx::IdContext*>(child)) {
      // Each dot after the first in a run stands for an omitted part: `db..t`.
      for (std::size_t i = 1; i < dots; ++i) name.push_back({});
      name.push_back(identifier_text(id->getStart()));
      dots = 0;
    } else {
      ++dots;
    }
  }
  return name;
}

ast::ObjectName variable_name(TerminalNode* local_id) {
  ast::ObjectName name;
  name.push_back(local_id->getText());
  name.range = token_range(local_id->getSymbol(), local_id->getSymbol());
  return name;
}

// The value of a string literal: `N'It''s'` -> `It's`.
std::string string_value(const antlr4::Token* token) {
  const std::string text = token->getText();
  std::size_t begin = text.find('\'');
  if (begin == std::string::npos) return text;
  std::string out;
  for (std::size_t i = begin + 1; i + 1 < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\'' && text[i + 1] == '\'') ++i;
  }
  return out;
}

std::optional<ast::NonUnicodeString> non_unicode_string(ParseTree* expression, std::string column) {
  ParseTree* n = expression;
  // Down the chain of single-child rules (expression, predicate, primary, literal), and through
  // `( ... )`, to the one token.
  while (n != nullptr && !n->children.empty()) {
    if (n->children.size() == 1) {
      n = n->children[0];
    } else if (rule_index(n) == TSqlParser::RulePrimary && n->children.size() == 3 &&
               token_type(n->children[0]) == TSqlLexer::LPAREN &&
               token_type(n->children[2]) == TSqlLexer::RPAREN) {
      n = n->children[1];
    } else {
      return std::nullopt;
    }
  }
  auto* terminal = dynamic_cast<TerminalNode*>(n);
  if (terminal == nullptr || terminal->getSymbol()->getType() != TSqlLexer::STRING) {
    return std::nullopt;
  }
  antlr4::Token* token = terminal->getSymbol();
  const std::string text = token->getText();
  if (text.empty() || text[0] != '\'') return std::nullopt;  // N'...'
  // The text is UTF-8 (source/decode.cpp): a character outside ASCII is a byte from 0x80 on.
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return std::nullopt;
  }
  return ast::NonUnicodeString{std::move(column), token_range(token, token)};
}

ast::ObjectName dml_target(Ctx::DmlTargetContext* ctx) {
  return ctx->qualifiedName() ? object_name(ctx->qualifiedName()) : variable_name(ctx->LOCAL_ID());
}

namespace {

// The ISO spellings (CHARACTER VARYING, NATIONAL CHAR, DOUBLE PRECISION) name SQL Server types;
// the rules know the types by their SQL Server names.
std::string iso_type_name(Ctx::DataTypeContext* ctx, std::string name) {
  const bool national = ctx->NATIONAL() != nullptr;
  const bool varying = ctx->VARYING() != nullptr;
  const std::string base = source::ascii_lower(name);
  if (base == "char" || base == "character") {
    if (national) return varying ? "nvarchar" : "nchar";
    return varying ? "varchar" : "char";
  }
  if (base == "binary" && varying) return "varbinary";
  if (base == "double" && ctx->PRECISION()) return "float";
  if (national) name = "national " + name;
  if (varying) name += " varying";
  if (ctx->PRECISION()) name += " precision";
  return name;
}

}  // namespace

ast::DataType data_type(Ctx::DataTypeContext* ctx) {
  ast::DataType type;
  type.name = iso_type_name(
      ctx, ctx->qualifiedName() ? object_name(ctx->qualifiedName()).display() : id_text(ctx->id()));
  for (Ctx::DataTypeArgContext* arg : ctx->dataTypeArg()) {
    type.args.push_back(arg->MAX() ? std::string("max") : arg->getText());
  }
  type.range = range_of(ctx);
  return type;
}

namespace {

// ---------------------------------------------------------------- table references

// Hints SQL Server accepts in the legacy form `FROM t (NOLOCK)`, where they look like the arguments
// of a table-valued function call.
bool is_table_hint_name(const std::string& upper_name) {
  static const std::unordered_set<std::string> names{"NOLOCK",         "READUNCOMMITTED",
                                                     "READCOMMITTED",  "READCOMMITTEDLOCK",
                                                     "REPEATABLEREAD", "SERIALIZABLE",
                                                     "HOLDLOCK",       "UPDLOCK",
                                                     "XLOCK",          "ROWLOCK",
                                                     "PAGLOCK",        "TABLOCK",
                                                     "TABLOCKX",       "READPAST",
                                                     "NOWAIT",         "NOEXPAND",
                                                     "FORCESEEK",      "FORCESCAN",
                                                     "SNAPSHOT",       "KEEPIDENTITY",
                                                     "KEEPDEFAULTS",   "IGNORE_CONSTRAINTS",
                                                     "IGNORE_TRIGGERS"};
  return names.count(upper_name) > 0;
}

void add_hints(Ctx::TableHintContext* hint, ast::TableReference& ref) {
  if (hint->INDEX()) {
    ref.hints.push_back("INDEX");
    ref.hint_ranges.push_back(range_of(hint));
  } else if (hint->dataType() == nullptr) {
    ref.hints.push_back(id_upper(hint->id(0)));
    ref.hint_ranges.push_back(range_of(hint));
  }
  // `name type 'path'` is a column of OPENJSON / OPENXML ... WITH, not a hint.
}

// A bare single-part column name, as in the legacy `t (NOLOCK)`: its upper-case text, else empty.
std::string bare_name(Ctx::ExpressionContext* e) {
  std::vector<antlr4::Token*> tokens;
  collect_tokens(e, tokens);
  if (tokens.size() != 1) return {};
  const std::size_t type = tokens[0]->getType();
  if (type != TSqlLexer::ID) return {};
  return upper(tokens[0]->getText());
}

// `AS o` -> `o`; a string alias (`AS 'o'`) loses its quotes.
std::string alias_text(Ctx::AliasContext* ctx) {
  if (ctx == nullptr) return {};
  if (ctx->id()) return identifier_text(ctx->id()->getStart());
  std::string text = ctx->getText();
  return text.size() >= 2 ? text.substr(1, text.size() - 2) : text;
}

ast::TableReference named_table_reference(Ctx::NamedTableContext* ctx) {
  ast::TableReference ref;
  ref.name = object_name(ctx->qualifiedName(0));
  if (ctx->alias()) {
    ref.alias = alias_text(ctx->alias());
  } else if (ctx->graphPathAlias()) {
    ref.alias = alias_text(ctx->graphPathAlias()->alias());
  }
  ref.range = range_of(ctx);
  std::vector<Ctx::ExpressionContext*> args;
  if (Ctx::FunctionArgumentsContext* list = ctx->functionArguments()) {
    for (Ctx::FunctionArgumentContext* arg : list->functionArgument()) {
      if (arg->expression().size() != 1 || arg->children.size() != 1) {
        args.clear();
        break;
      }
      args.push_back(arg->expression(0));
    }
  }
  if (!args.empty()) {
    std::vector<std::string> hints;
    for (Ctx::ExpressionContext* e : args) {
      std::string name = bare_name(e);
      if (!is_table_hint_name(name)) {
        hints.clear();
        break;
      }
      hints.push_back(std::move(name));
    }
    for (std::size_t i = 0; i < hints.size(); ++i) {
      ref.hints.push_back(std::move(hints[i]));
      ref.hint_ranges.push_back(range_of(args[i]));
    }
  }
  if (Ctx::ParenListContext* list = ctx->parenList()) {
    for (Ctx::TableHintContext* hint : list->tableHint()) add_hints(hint, ref);
  }
  for (Ctx::TableHintsContext* hints : ctx->tableHints()) {
    for (Ctx::TableHintContext* hint : hints->tableHint()) add_hints(hint, ref);
  }
  return ref;
}

// The table a tablePrimary or dmlTarget node names, if it names one.
std::optional<ast::TableReference> table_reference_at(ParseTree* n) {
  if (auto* named = dynamic_cast<Ctx::NamedTableContext*>(n)) return named_table_reference(named);
  ast::TableReference ref;
  Ctx::TableHintsContext* hints = nullptr;
  if (auto* variable = dynamic_cast<Ctx::VariableTableContext*>(n)) {
    ref.name = variable_name(variable->LOCAL_ID());
    ref.alias = alias_text(variable->alias());
    ref.range = range_of(variable);
    hints = variable->tableHints();
  } else if (auto* target = dynamic_cast<Ctx::DmlTargetContext*>(n)) {
    ref.name = dml_target(target);
    ref.range = range_of(target);
    hints = target->tableHints();
  } else {
    return std::nullopt;
  }
  if (hints != nullptr) {
    for (Ctx::TableHintContext* hint : hints->tableHint()) add_hints(hint, ref);
  }
  return ref;
}

}  // namespace

std::vector<ast::FilePath> file_paths(ParseTree* root, std::size_t from_keyword) {
  std::vector<antlr4::Token*> tokens;
  collect_tokens(root, tokens);
  std::vector<ast::FilePath> out;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i]->getType() != TSqlLexer::STRING) continue;
    bool path = from_keyword != 0 && tokens[i - 1]->getType() == from_keyword;
    if (!path && i >= 2 && tokens[i - 1]->getType() == TSqlLexer::EQUAL) {
      const std::string option = upper(tokens[i - 2]->getText());
      path = option == "DISK" || option == "FILENAME" || option == "FORMATFILE" ||
             option == "ERRORFILE";
    }
    if (path) out.push_back({string_value(tokens[i]), token_range(tokens[i], tokens[i])});
  }
  return out;
}

// Every table named under `root`, subqueries included, but not inside nested statements.
std::vector<ast::TableReference> collect_table_references(ParseTree* root) {
  std::vector<ast::TableReference> out;
  std::vector<ParseTree*> stack{root};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    const std::size_t rule = rule_index(n);
    if (rule == kNoRule) continue;
    if (rule == TSqlParser::RuleTablePrimary || rule == TSqlParser::RuleDmlTarget) {
      if (n != root && dynamic_cast<Ctx::DmlDerivedTableContext*>(n) != nullptr) continue;
      if (std::optional<ast::TableReference> ref = table_reference_at(n)) {
        out.push_back(std::move(*ref));
      }
    } else if (n != root && rule == TSqlParser::RuleStatementEntry) {
      continue;  // nested statements carry their own references
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(*it);
  }
  std::sort(out.begin(), out.end(), [](const ast::TableReference& a, const ast::TableReference& b) {
    return std::tie(a.range.begin.line, a.range.begin.column) <
           std::tie(b.range.begin.line, b.range.begin.column);
  });
  return out;
}

}  // namespace pf::parse::build

namespace pf::parse {

ast::SourcePosition token_begin(const antlr4::Token* token) {
  return ast::SourcePosition{build::to_u32(token->getLine()),
                             build::to_u32(token->getCharPositionInLine() + 1)};
}

ast::SourcePosition token_end(const antlr4::Token* token) {
  ast::SourcePosition end = token_begin(token);
  if (token->getType() == antlr4::Token::EOF) return end;
  const std::size_t length = token->getStopIndex() + 1 - token->getStartIndex();
  switch (token->getType()) {
    // Only these tokens can contain a line break.
    case TSqlLexer::STRING:
    case TSqlLexer::UNTERMINATED_STRING:
    case TSqlLexer::BRACKET_ID:
    case TSqlLexer::UNTERMINATED_BRACKET_ID:
    case TSqlLexer::QUOTED_ID:
    case TSqlLexer::UNTERMINATED_QUOTED_ID:
    case TSqlLexer::BLOCK_COMMENT:
    case TSqlLexer::UNTERMINATED_COMMENT: {
      const std::string text = token->getText();
      const std::size_t last_newline = text.rfind('\n');
      if (last_newline != std::string::npos) {
        for (char c : text) end.line += c == '\n' ? 1 : 0;
        end.column = build::to_u32(
            source::count_code_points(std::string_view(text).substr(last_newline + 1)) + 1);
        return end;
      }
      break;
    }
    default:
      break;
  }
  end.column += build::to_u32(length);
  return end;
}

ast::SourceRange token_range(const antlr4::Token* first, const antlr4::Token* last) {
  return ast::SourceRange{token_begin(first), token_end(last)};
}

std::vector<ast::TableReference> table_references_of(antlr4::ParserRuleContext* ctx) {
  return build::collect_table_references(ctx);
}

}  // namespace pf::parse
