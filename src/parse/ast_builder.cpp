#include "parse/ast_builder.h"

#include "source/source.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_set>

namespace pf::parse {
namespace {

using Ctx = TSqlParser;
using antlr4::ParserRuleContext;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;

std::uint32_t to_u32(std::size_t v) { return static_cast<std::uint32_t>(v); }

ast::SourceRange range_of(ParserRuleContext* ctx) {
  return token_range(ctx->getStart(), ctx->getStop());
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// The script's own text of a context, comments and spacing included.
std::string text_of(ParserRuleContext* ctx) {
  const antlr4::Token* start = ctx->getStart();
  const antlr4::Token* stop = ctx->getStop();
  if (stop == nullptr || stop->getTokenIndex() < start->getTokenIndex()) return {};
  return start->getInputStream()->getText(
      antlr4::misc::Interval(start->getStartIndex(), stop->getStopIndex()));
}

// ---------------------------------------------------------------- parse-tree navigation

// The direct children of `ctx` of context type T, in order.
template <class T>
std::vector<T*> children_of(ParseTree* ctx) {
  std::vector<T*> out;
  for (ParseTree* child : ctx->children) {
    if (auto* c = dynamic_cast<T*>(child)) out.push_back(c);
  }
  return out;
}

template <class T>
T* first_child(ParseTree* ctx) {
  for (ParseTree* child : ctx->children) {
    if (auto* c = dynamic_cast<T*>(child)) return c;
  }
  return nullptr;
}

std::size_t token_type(ParseTree* node) {
  auto* t = dynamic_cast<TerminalNode*>(node);
  return t != nullptr ? t->getSymbol()->getType() : 0;
}

// The rule index of a node that has children (a token never has any), else none. The tree walks
// below visit every node of every statement; a dynamic_cast per node and candidate type cost more
// than the parse itself (callgrind: 46% of the instructions on a script of UPDATEs).
constexpr std::size_t kNoRule = static_cast<std::size_t>(-1);
std::size_t rule_index(ParseTree* node) {
  return node->children.empty() ? kNoRule : static_cast<ParserRuleContext*>(node)->getRuleIndex();
}

// Whether a direct child of `ctx` is a token of this type.
bool has_token(ParseTree* ctx, std::size_t type) {
  return std::any_of(ctx->children.begin(), ctx->children.end(),
                     [&](ParseTree* c) { return token_type(c) == type; });
}

// Index in ctx->children of the first direct token of this type, or children.size().
std::size_t token_position(ParseTree* ctx, std::size_t type, std::size_t from = 0) {
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

ast::ObjectName dml_target(Ctx::DmlTargetContext* ctx) {
  return ctx->qualifiedName() ? object_name(ctx->qualifiedName()) : variable_name(ctx->LOCAL_ID());
}

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

void add_hints(Ctx::TableHintContext* hint, ast::RareList<std::string>& out) {
  if (hint->INDEX()) {
    out.push_back("INDEX");
  } else if (hint->dataType() == nullptr) {
    out.push_back(id_upper(hint->id(0)));
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
    for (std::string& hint : hints) ref.hints.push_back(std::move(hint));
  }
  if (Ctx::ParenListContext* list = ctx->parenList()) {
    for (Ctx::TableHintContext* hint : list->tableHint()) add_hints(hint, ref.hints);
  }
  for (Ctx::TableHintsContext* hints : ctx->tableHints()) {
    for (Ctx::TableHintContext* hint : hints->tableHint()) add_hints(hint, ref.hints);
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
    for (Ctx::TableHintContext* hint : hints->tableHint()) add_hints(hint, ref.hints);
  }
  return ref;
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

// ---------------------------------------------------------------- tables and columns

ast::ConstraintKind constraint_kind(Ctx::ConstraintBodyContext* body) {
  if (auto* key = dynamic_cast<Ctx::KeyConstraintContext*>(body)) {
    return key->PRIMARY() ? ast::ConstraintKind::PrimaryKey : ast::ConstraintKind::Unique;
  }
  if (dynamic_cast<Ctx::CheckConstraintContext*>(body)) return ast::ConstraintKind::Check;
  if (dynamic_cast<Ctx::DefaultConstraintContext*>(body)) return ast::ConstraintKind::Default;
  return ast::ConstraintKind::ForeignKey;
}

ast::TableConstraint table_constraint(Ctx::TableConstraintContext* c) {
  return ast::TableConstraint{c->id() ? std::optional<std::string>(id_text(c->id())) : std::nullopt,
                              constraint_kind(c->constraintBody()), range_of(c)};
}

ast::ColumnDefinition column_definition(Ctx::ColumnDefinitionContext* ctx) {
  ast::ColumnDefinition column;
  column.name = identifier(ctx->id(0));
  column.range = range_of(ctx);
  if (ctx->dataType() == nullptr) {
    column.computed = ctx->AS() != nullptr;
    // A typeless `timestamp NOT NULL` states its nullability before any other option.
    if (ctx->NULL_()) column.nullable = ctx->NOT() == nullptr;
  } else {
    column.type = data_type(ctx->dataType());
  }
  for (Ctx::ColumnOptionContext* option : ctx->columnOption()) {
    if (auto* nullability = dynamic_cast<Ctx::ColumnNullabilityContext*>(option)) {
      column.nullable = nullability->NOT() == nullptr;
    } else if (dynamic_cast<Ctx::ColumnDefaultContext*>(option)) {
      column.has_default = true;
    } else if (dynamic_cast<Ctx::ColumnIdentityContext*>(option)) {
      column.identity = true;
    }
  }
  return column;
}

void table_elements(const std::vector<Ctx::TableElementContext*>& elements,
                    std::vector<ast::ColumnDefinition>& columns,
                    std::vector<ast::TableConstraint>& constraints) {
  for (Ctx::TableElementContext* element : elements) {
    if (element->columnDefinition()) {
      columns.push_back(column_definition(element->columnDefinition()));
      for (Ctx::ColumnOptionContext* option : element->columnDefinition()->columnOption()) {
        if (auto* c = dynamic_cast<Ctx::ColumnConstraintContext*>(option)) {
          constraints.push_back(ast::TableConstraint{
              c->id() ? std::optional<std::string>(id_text(c->id())) : std::nullopt,
              constraint_kind(c->constraintBody()), range_of(c)});
        }
      }
    } else if (element->tableConstraint()) {
      constraints.push_back(table_constraint(element->tableConstraint()));
    }
  }
}

std::unique_ptr<ast::CreateTable> create_table(Ctx::CreateTableContext* ctx) {
  auto node = std::make_unique<ast::CreateTable>(range_of(ctx));
  node->name = object_name(ctx->qualifiedName());
  table_elements(ctx->tableElement(), node->columns, node->constraints);
  for (Ctx::TableOptionContext* option : ctx->tableOption()) {
    if (option->parenSoup() == nullptr) continue;
    const std::string text = upper(text_of(option->parenSoup()));
    const std::size_t at = text.find("SYSTEM_VERSIONING");
    if (at != std::string::npos && text.find("ON", at) != std::string::npos) {
      node->system_versioned = true;
    }
  }
  return node;
}

std::unique_ptr<ast::DropTable> drop_table(Ctx::DropTableContext* ctx) {
  auto node = std::make_unique<ast::DropTable>(range_of(ctx));
  node->if_exists = ctx->IF() != nullptr;
  for (Ctx::QualifiedNameContext* name : ctx->qualifiedName()) {
    node->tables.push_back(object_name(name));
  }
  return node;
}

std::optional<bool> with_check(ParseTree* ctx) {
  if (!has_token(ctx, TSqlLexer::WITH)) return std::nullopt;
  const std::size_t with = token_position(ctx, TSqlLexer::WITH);
  return token_type(ctx->children[with + 1]) == TSqlLexer::CHECK;
}

std::unique_ptr<ast::AlterTable> alter_table(Ctx::AlterTableContext* ctx) {
  auto node = std::make_unique<ast::AlterTable>(range_of(ctx));
  node->name = object_name(ctx->qualifiedName());
  Ctx::AlterTableActionContext* action = ctx->alterTableAction();
  using Type = ast::AlterTableAction::Type;
  auto make = [&](Type type) {
    ast::AlterTableAction a;
    a.type = type;
    a.range = range_of(action);
    return a;
  };
  if (auto* add = dynamic_cast<Ctx::AlterTableAddContext*>(action)) {
    const std::optional<bool> check = with_check(add);
    for (Ctx::AlterTableAddItemContext* item : add->alterTableAddItem()) {
      ast::AlterTableAction a = make(Type::AddColumn);
      a.range = range_of(item);
      a.with_check = check;
      if (item->columnDefinition()) {
        a.column = column_definition(item->columnDefinition());
      } else if (item->tableConstraint()) {
        a.type = Type::AddConstraint;
        a.constraint = table_constraint(item->tableConstraint());
        if (a.constraint->name) a.names.push_back(*a.constraint->name);
      } else if (item->tableIndex()) {
        a.type = Type::AddIndex;
        a.names.push_back(id_text(item->tableIndex()->id(0)));
      } else {
        a.type = Type::AddPeriod;
      }
      node->actions.push_back(std::move(a));
    }
  } else if (auto* alter = dynamic_cast<Ctx::AlterTableAlterColumnContext*>(action)) {
    ast::AlterTableAction a = make(Type::AlterColumn);
    ast::ColumnDefinition column;
    column.name = identifier(alter->id(0));
    column.range = range_of(alter);
    if (alter->dataType()) column.type = data_type(alter->dataType());
    if (!alter->NULL_().empty()) column.nullable = alter->NOT().empty();
    a.names.push_back(column.name.value);
    a.column = std::move(column);
    node->actions.push_back(std::move(a));
  } else if (auto* drop = dynamic_cast<Ctx::AlterTableDropContext*>(action)) {
    // `DROP COLUMN a, b` drops two columns; a bare name after DROP is a constraint.
    Type current = Type::DropConstraint;
    for (Ctx::AlterTableDropItemContext* item : drop->alterTableDropItem()) {
      if (item->COLUMN()) current = Type::DropColumn;
      if (item->CONSTRAINT()) current = Type::DropConstraint;
      if (item->INDEX()) current = Type::DropIndex;
      ast::AlterTableAction a = make(current);
      a.range = range_of(item);
      if (item->FOR()) {
        a.type = Type::DropPeriod;
      } else {
        a.names.push_back(id_text(item->id(0)));
      }
      a.if_exists = item->IF() != nullptr;
      node->actions.push_back(std::move(a));
    }
  } else if (auto* check = dynamic_cast<Ctx::AlterTableCheckContext*>(action)) {
    const std::size_t constraint = token_position(check, TSqlLexer::CONSTRAINT);
    const bool enable = token_type(check->children[constraint - 1]) == TSqlLexer::CHECK;
    ast::AlterTableAction a = make(enable ? Type::CheckConstraint : Type::NocheckConstraint);
    a.with_check = with_check(check);
    a.all = check->ALL() != nullptr;
    if (check->idList()) {
      for (Ctx::IdContext* id : check->idList()->id()) a.names.push_back(id_text(id));
    }
    node->actions.push_back(std::move(a));
  } else if (auto* trigger = dynamic_cast<Ctx::AlterTableTriggerContext*>(action)) {
    ast::AlterTableAction a = make(trigger->ENABLE() ? Type::EnableTrigger : Type::DisableTrigger);
    a.all = trigger->ALL() != nullptr;
    if (trigger->idList()) {
      for (Ctx::IdContext* id : trigger->idList()->id()) a.names.push_back(id_text(id));
    }
    node->actions.push_back(std::move(a));
  } else if (auto* sw = dynamic_cast<Ctx::AlterTableSwitchContext*>(action)) {
    ast::AlterTableAction a = make(Type::Switch);
    a.switch_target = object_name(sw->qualifiedName());
    node->actions.push_back(std::move(a));
  } else if (dynamic_cast<Ctx::AlterTableSetContext*>(action)) {
    node->actions.push_back(make(Type::Set));
  } else if (dynamic_cast<Ctx::AlterTableRebuildContext*>(action) ||
             dynamic_cast<Ctx::AlterTableAlterIndexContext*>(action) ||
             dynamic_cast<Ctx::AlterTableRangeContext*>(action)) {
    // ALTER INDEX ... REBUILD and MERGE / SPLIT RANGE maintain the table's storage as REBUILD does.
    node->actions.push_back(make(Type::Rebuild));
  } else {
    node->actions.push_back(make(Type::ChangeTracking));
  }
  return node;
}

std::unique_ptr<ast::CreateIndex> create_index(Ctx::CreateIndexContext* ctx) {
  auto node = std::make_unique<ast::CreateIndex>(range_of(ctx));
  node->name = id_text(ctx->id());
  node->table = object_name(ctx->qualifiedName());
  node->unique = ctx->UNIQUE().size() > 0;
  if (!ctx->CLUSTERED().empty()) node->clustered = true;
  if (!ctx->NONCLUSTERED().empty()) node->clustered = false;
  for (TerminalNode* word : ctx->ID()) {
    if (upper(word->getText()) == "COLUMNSTORE") node->columnstore = true;
  }
  for (Ctx::IndexColumnContext* column : ctx->indexColumn()) {
    node->columns.push_back(id_text(column->id()));
  }
  if (ctx->idList()) {
    for (Ctx::IdContext* id : ctx->idList()->id()) node->included.push_back(id_text(id));
  }
  node->filtered = ctx->WHERE() != nullptr;
  return node;
}

std::unique_ptr<ast::AlterIndex> alter_index(Ctx::AlterIndexContext* ctx) {
  auto node = std::make_unique<ast::AlterIndex>(range_of(ctx));
  node->table = object_name(ctx->qualifiedName());
  node->all = token_type(ctx->children[2]) == TSqlLexer::ALL;
  std::vector<Ctx::IdContext*> ids = ctx->id();
  std::size_t next = 0;
  if (!node->all) node->name = id_text(ids[next++]);
  if (ctx->DISABLE()) {
    node->action = "DISABLE";
  } else if (ctx->FOR()) {
    node->action = "FOR";  // a selective XML index's paths
  } else if (ctx->SET()) {
    node->action = "SET";
  } else if (next < ids.size()) {
    node->action = id_upper(ids[next]);
  }
  return node;
}

std::string words_upper(ParserRuleContext* ctx) {
  std::vector<antlr4::Token*> tokens;
  collect_tokens(ctx, tokens);
  std::string out;
  for (antlr4::Token* t : tokens) {
    if (!out.empty()) out += ' ';
    out += upper(t->getText());
  }
  return out;
}

std::unique_ptr<ast::Drop> drop_index(Ctx::DropIndexContext* ctx) {
  auto node = std::make_unique<ast::Drop>(range_of(ctx));
  node->object_type = "INDEX";
  node->if_exists = ctx->IF() != nullptr;
  for (Ctx::DropIndexItemContext* item : ctx->dropIndexItem()) {
    ast::DropTarget target;
    target.name = object_name(item->qualifiedName(0));
    if (item->qualifiedName().size() > 1) target.table = object_name(item->qualifiedName(1));
    node->targets.push_back(std::move(target));
  }
  return node;
}

std::unique_ptr<ast::Drop> drop_object(Ctx::DropObjectContext* ctx) {
  auto node = std::make_unique<ast::Drop>(range_of(ctx));
  node->if_exists = ctx->IF() != nullptr;
  if (ctx->dropObjectType() == nullptr) {
    // DROP MASTER KEY, DROP DATABASE ENCRYPTION KEY (no name), DROP FULLTEXT INDEX ON t (the
    // table).
    std::vector<antlr4::Token*> tokens;
    collect_tokens(ctx, tokens);
    for (std::size_t i = 1; i < tokens.size() && tokens[i]->getType() != TSqlLexer::ON; ++i) {
      if (!node->object_type.empty()) node->object_type += ' ';
      node->object_type += upper(tokens[i]->getText());
    }
    if (Ctx::QualifiedNameContext* table = ctx->qualifiedName(0)) {
      node->targets.push_back(ast::DropTarget{object_name(table), std::nullopt});
    }
    return node;
  }
  node->object_type = words_upper(ctx->dropObjectType());
  for (ParseTree* child : ctx->children) {
    if (token_type(child) == TSqlLexer::ON) break;
    if (auto* name = dynamic_cast<Ctx::QualifiedNameContext*>(child)) {
      node->targets.push_back(ast::DropTarget{object_name(name), std::nullopt});
    }
  }
  return node;
}

// ---------------------------------------------------------------- queries

Ctx::QuerySpecificationContext* first_query(Ctx::QueryExpressionContext* expression) {
  Ctx::QueryTermContext* term = expression->queryTerm(0);
  while (term->querySpecification() == nullptr) term = term->queryExpression()->queryTerm(0);
  return term->querySpecification();
}

std::unique_ptr<ast::Select> select(Ctx::SelectStatementContext* ctx, ParserRuleContext* whole) {
  auto node = std::make_unique<ast::Select>(range_of(whole));
  // Only the first query of a UNION may have INTO.
  if (Ctx::QuerySpecificationContext* spec = first_query(ctx->queryExpression()); spec->INTO()) {
    node->into = object_name(spec->qualifiedName());
  }
  node->has_cte = whole != ctx;
  node->table_references = collect_table_references(whole);
  return node;
}

std::unique_ptr<ast::Insert> insert(Ctx::InsertStatementContext* c, ParserRuleContext* whole) {
  auto node = std::make_unique<ast::Insert>(range_of(whole));
  node->target = dml_target(c->dmlTarget());
  node->has_output = c->outputClause() != nullptr;
  if (c->selectStatement() || c->cteSelect()) {
    node->source = ast::Insert::Source::Select;
  } else if (c->executeStatement()) {
    node->source = ast::Insert::Source::Execute;
  } else if (c->DEFAULT()) {
    node->source = ast::Insert::Source::DefaultValues;
  }
  return node;
}

// ---------------------------------------------------------------- constant conditions

// What a condition is for every row: certainly TRUE, certainly FALSE, certainly UNKNOWN (NULL), or
// something that depends on the row (Varies). Only literals are folded; anything Preflight cannot
// evaluate varies, so a condition is never taken for constant by mistake the other way round.
enum class Truth { True, False, Null, Varies };

Truth truth_not(Truth t) {
  if (t == Truth::True) return Truth::False;
  if (t == Truth::False) return Truth::True;
  return t;
}

// SQL's three-valued AND and OR: FALSE AND anything is FALSE, TRUE OR anything is TRUE.
Truth truth_and(Truth a, Truth b) {
  if (a == Truth::False || b == Truth::False) return Truth::False;
  if (a == Truth::Varies || b == Truth::Varies) return Truth::Varies;
  if (a == Truth::Null || b == Truth::Null) return Truth::Null;
  return Truth::True;
}

Truth truth_or(Truth a, Truth b) {
  if (a == Truth::True || b == Truth::True) return Truth::True;
  if (a == Truth::Varies || b == Truth::Varies) return Truth::Varies;
  if (a == Truth::Null || b == Truth::Null) return Truth::Null;
  return Truth::False;
}

Truth truth_of(bool b) { return b ? Truth::True : Truth::False; }

// A literal value, folded: numbers (integer arithmetic for integers, as SQL Server does: 3 / 2 is
// 1), strings, NULL.
struct Constant {
  enum class Type { Number, String, Binary, Null };
  Type type = Type::Null;
  long double number = 0;
  bool integer = false;
  std::string text;
};

std::optional<Constant> constant_value(Ctx::ScalarExpressionContext* ctx);
Truth truth(Ctx::ExpressionContext* ctx);

// The single expression inside `( ... )`, or null for a row constructor, a method call or
// anything else.
Ctx::ExpressionContext* parenthesized(Ctx::PrimaryContext* primary) {
  auto* paren = dynamic_cast<Ctx::ParenthesizedPrimaryContext*>(primary);
  if (paren == nullptr || paren->expression().size() != 1 || paren->children.size() != 3) {
    return nullptr;
  }
  return paren->expression(0);
}

// The scalar of a predicate that is only a scalar expression (`(1)` in `(1) = 1`), else null.
Ctx::ScalarExpressionContext* bare_scalar(Ctx::ExpressionContext* ctx) {
  auto* p = dynamic_cast<Ctx::PredicateExpressionContext*>(ctx);
  if (p == nullptr) return nullptr;
  Ctx::PredicateContext* predicate = p->predicate();
  if (predicate->children.size() != 1) return nullptr;
  return predicate->scalarExpression(0);
}

std::optional<Constant> constant_value(Ctx::ScalarExpressionContext* ctx) {
  if (ctx == nullptr) return std::nullopt;
  if (auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(ctx)) {
    if (Ctx::ExpressionContext* inner = parenthesized(p->primary())) {
      return constant_value(bare_scalar(inner));
    }
    auto* literal_primary = dynamic_cast<Ctx::LiteralPrimaryContext*>(p->primary());
    if (literal_primary == nullptr) return std::nullopt;
    Ctx::LiteralContext* literal = literal_primary->literal();
    Constant c;
    if (literal->NULL_()) return c;
    if (literal->STRING()) {
      c.type = Constant::Type::String;
      c.text = string_value(literal->STRING()->getSymbol());
      return c;
    }
    if (literal->INTEGER() || literal->DECIMAL() || literal->FLOAT()) {
      c.type = Constant::Type::Number;
      c.integer = literal->INTEGER() != nullptr;
      c.number = std::strtold(literal->getText().c_str(), nullptr);
      return c;
    }
    if (literal->BINARY()) {
      // Compared byte for byte, with no collation: only identical constants are folded.
      c.type = Constant::Type::Binary;
      c.text = upper(literal->getText());
      return c;
    }
    return std::nullopt;  // MONEY, DEFAULT, ?
  }
  if (auto* u = dynamic_cast<Ctx::UnaryExpressionContext*>(ctx)) {
    std::optional<Constant> v = constant_value(u->scalarExpression());
    if (!v || v->type != Constant::Type::Number)
      return v && v->type == Constant::Type::Null ? v : std::nullopt;
    if (u->op->getType() == TSqlLexer::MINUS) v->number = -v->number;
    if (u->op->getType() == TSqlLexer::BIT_NOT) return std::nullopt;
    return v;
  }
  Ctx::ScalarExpressionContext* left = nullptr;
  Ctx::ScalarExpressionContext* right = nullptr;
  std::size_t op = 0;
  if (auto* m = dynamic_cast<Ctx::MultiplicativeExpressionContext*>(ctx)) {
    left = m->scalarExpression(0);
    right = m->scalarExpression(1);
    op = m->op->getType();
  } else if (auto* a = dynamic_cast<Ctx::AdditiveExpressionContext*>(ctx)) {
    left = a->scalarExpression(0);
    right = a->scalarExpression(1);
    op = a->op->getType();
  } else {
    return std::nullopt;
  }
  std::optional<Constant> l = constant_value(left);
  std::optional<Constant> r = constant_value(right);
  if (!l || !r) return std::nullopt;
  if (l->type == Constant::Type::Null || r->type == Constant::Type::Null) return Constant{};
  if (l->type == Constant::Type::String && r->type == Constant::Type::String &&
      op == TSqlLexer::PLUS) {
    l->text += r->text;
    return l;
  }
  if (l->type != Constant::Type::Number || r->type != Constant::Type::Number) return std::nullopt;
  Constant out;
  out.type = Constant::Type::Number;
  out.integer = l->integer && r->integer;
  switch (op) {
    case TSqlLexer::PLUS:
      out.number = l->number + r->number;
      break;
    case TSqlLexer::MINUS:
      out.number = l->number - r->number;
      break;
    case TSqlLexer::STAR:
      out.number = l->number * r->number;
      break;
    case TSqlLexer::DIVIDE:
      if (r->number == 0) return std::nullopt;  // an error at run time, not a value
      out.number = l->number / r->number;
      if (out.integer) out.number = std::trunc(out.number);
      break;
    default:
      return std::nullopt;
  }
  return out;
}

// `'a ' = 'a'` is true in every collation (trailing spaces do not count); `'a' = 'A'` depends on
// the collation, so strings that differ are never folded.
std::string without_trailing_spaces(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

Truth compare(const Constant& l, const std::string& op, const Constant& r) {
  if (l.type == Constant::Type::Null || r.type == Constant::Type::Null) return Truth::Null;
  if (l.type == Constant::Type::Number && r.type == Constant::Type::Number) {
    if (op == "=") return truth_of(l.number == r.number);
    if (op == "<>" || op == "!=") return truth_of(l.number != r.number);
    if (op == "<" || op == "!>=") return truth_of(l.number < r.number);
    if (op == ">") return truth_of(l.number > r.number);
    if (op == "<=" || op == "!>") return truth_of(l.number <= r.number);
    if (op == ">=" || op == "!<") return truth_of(l.number >= r.number);
    return Truth::Varies;
  }
  const bool same_string = l.type == Constant::Type::String && r.type == Constant::Type::String &&
                           without_trailing_spaces(l.text) == without_trailing_spaces(r.text);
  const bool same_binary =
      l.type == Constant::Type::Binary && r.type == Constant::Type::Binary && l.text == r.text;
  if (same_string || same_binary) {
    if (op == "=" || op == "<=" || op == ">=" || op == "!<" || op == "!>") return Truth::True;
    if (op == "<>" || op == "!=" || op == "<" || op == ">") return Truth::False;
  }
  return Truth::Varies;
}

// `o.Status` and `[o].[status]` in `o.Status = [o].[status]`: the same column, compared with
// itself (names compared ignoring case, as a case-insensitive database does).
std::optional<std::string> column_key(Ctx::ScalarExpressionContext* ctx) {
  auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(ctx);
  if (p == nullptr) return std::nullopt;
  auto* column = dynamic_cast<Ctx::ColumnPrimaryContext*>(p->primary());
  if (column == nullptr) return std::nullopt;
  std::string key;
  for (Ctx::IdContext* part : column->qualifiedName()->id()) key += upper(id_text(part)) + '.';
  return key;
}

// A query that returns exactly one row whatever the data: `SELECT 1`, `SELECT 1 AS x WHERE 1 = 1`
// (no FROM, no TOP, no GROUP BY or HAVING, a WHERE that is certainly true if any).
// `COUNT(*)` in `SELECT COUNT(*) FROM t WHERE ...`: an aggregate without OVER.
bool aggregate_call(Ctx::ScalarExpressionContext* ctx) {
  auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(ctx);
  if (p == nullptr) return false;
  auto* call = dynamic_cast<Ctx::FunctionCallPrimaryContext*>(p->primary());
  if (call == nullptr || call->overClause() || call->methodCall().size() > 0 ||
      call->functionName()->qualifiedName() == nullptr ||
      call->functionName()->qualifiedName()->id().size() != 1) {
    return false;
  }
  static const std::unordered_set<std::string> kAggregates = {"COUNT",
                                                              "COUNT_BIG",
                                                              "SUM",
                                                              "MIN",
                                                              "MAX",
                                                              "AVG",
                                                              "STDEV",
                                                              "STDEVP",
                                                              "VAR",
                                                              "VARP",
                                                              "STRING_AGG",
                                                              "CHECKSUM_AGG",
                                                              "APPROX_COUNT_DISTINCT"};
  return kAggregates.count(id_upper(call->functionName()->qualifiedName()->id(0))) > 0;
}

// A query that returns exactly one row whatever the data: `SELECT 1`, `SELECT 1 AS x WHERE 1 = 1`
// (no FROM, a WHERE that is certainly true if any), and an aggregate without GROUP BY,
// `SELECT COUNT(*) FROM t WHERE ...`, which has its one row even when no row of t qualifies. Never
// with TOP, GROUP BY or HAVING, which can leave no row.
bool one_row_query(Ctx::SelectStatementContext* ctx) {
  Ctx::QueryExpressionContext* expression = ctx->queryExpression();
  if (expression->queryTerm().size() != 1) return false;
  Ctx::QuerySpecificationContext* spec = expression->queryTerm(0)->querySpecification();
  if (spec == nullptr || spec->topClause() || spec->groupByClause() || spec->HAVING() ||
      spec->INTO()) {
    return false;
  }
  if (spec->fromClause() == nullptr) {
    return spec->whereClause() == nullptr ||
           truth(spec->whereClause()->expression()) == Truth::True;
  }
  bool aggregate = false;
  for (Ctx::SelectItemContext* item : spec->selectItem()) {
    Ctx::ScalarExpressionContext* scalar = item->scalarExpression();
    if (scalar == nullptr && item->EQUAL() != nullptr && item->LOCAL_ID() == nullptr) {
      scalar = bare_scalar(item->expression());  // `n = COUNT(*)`
    }
    if (scalar != nullptr && aggregate_call(scalar)) {
      aggregate = true;
    } else if (scalar == nullptr || !constant_value(scalar)) {
      return false;
    }
  }
  return aggregate;
}

Truth predicate_truth(Ctx::PredicateContext* ctx) {
  if (ctx->EXISTS()) return one_row_query(ctx->selectStatement()) ? Truth::True : Truth::Varies;
  std::vector<Ctx::ScalarExpressionContext*> scalars = ctx->scalarExpression();
  Ctx::ScalarExpressionContext* left = scalars.at(0);
  if (ctx->children.size() == 1) {
    // `(1 = 1)`: a parenthesized condition.
    auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(left);
    if (p == nullptr) return Truth::Varies;
    Ctx::ExpressionContext* inner = parenthesized(p->primary());
    return inner != nullptr ? truth(inner) : Truth::Varies;
  }
  const bool negated = ctx->NOT() != nullptr;
  auto apply_not = [&](Truth t) { return negated ? truth_not(t) : t; };
  std::optional<Constant> l = constant_value(left);
  if (Ctx::ComparisonOperatorContext* op = ctx->comparisonOperator()) {
    if (ctx->selectStatement() != nullptr) return Truth::Varies;  // = ANY (SELECT ...)
    std::string op_text;
    std::vector<antlr4::Token*> tokens;
    collect_tokens(op, tokens);
    for (antlr4::Token* t : tokens) op_text += t->getText();
    std::optional<Constant> r = constant_value(scalars.at(1));
    if (l && r) return compare(*l, op_text, *r);
    // `x = x` holds for every row where x is not NULL: as good as every row.
    std::optional<std::string> lc = column_key(left);
    if (lc && lc == column_key(scalars.at(1)) &&
        (op_text == "=" || op_text == "<=" || op_text == ">=" || op_text == "!<" ||
         op_text == "!>")) {
      return Truth::True;
    }
    return Truth::Varies;
  }
  if (ctx->IS() && ctx->DISTINCT() == nullptr) {
    if (!l) return Truth::Varies;
    return apply_not(truth_of(l->type == Constant::Type::Null));
  }
  if (ctx->BETWEEN()) {
    std::optional<Constant> low = constant_value(scalars.at(1));
    std::optional<Constant> high = constant_value(scalars.at(2));
    if (!l || !low || !high) return Truth::Varies;
    return apply_not(truth_and(compare(*l, ">=", *low), compare(*l, "<=", *high)));
  }
  if (ctx->IN()) {
    if (!l || ctx->selectStatement() != nullptr) return Truth::Varies;
    Truth any = Truth::False;
    for (Ctx::ExpressionContext* item : ctx->expression()) {
      std::optional<Constant> v = constant_value(bare_scalar(item));
      any = truth_or(any, v ? compare(*l, "=", *v) : Truth::Varies);
    }
    return apply_not(any);
  }
  if (ctx->LIKE() && !negated && ctx->ESCAPE() == nullptr) {
    // `LIKE '%'` matches every value that is not NULL, like `x = x`.
    std::optional<Constant> pattern = constant_value(scalars.at(1));
    if (!pattern || pattern->type != Constant::Type::String) return Truth::Varies;
    if (l && l->type == Constant::Type::Null) return Truth::Null;
    if (!pattern->text.empty() && pattern->text.find_first_not_of('%') == std::string::npos) {
      return Truth::True;
    }
    // `'abc' LIKE 'abc'`: a pattern without wildcards that is the same string.
    const bool wildcards = pattern->text.find_first_of("%_[") != std::string::npos;
    if (l && l->type == Constant::Type::String && !wildcards && l->text == pattern->text) {
      return Truth::True;
    }
    return Truth::Varies;
  }
  return Truth::Varies;
}

Truth truth(Ctx::ExpressionContext* ctx) {
  if (auto* n = dynamic_cast<Ctx::NotExpressionContext*>(ctx))
    return truth_not(truth(n->expression()));
  // A generated `a = 1 OR a = 2 OR ...` is a left spine thousands deep: walk it in a loop.
  if (dynamic_cast<Ctx::AndExpressionContext*>(ctx) ||
      dynamic_cast<Ctx::OrExpressionContext*>(ctx)) {
    const bool is_and = dynamic_cast<Ctx::AndExpressionContext*>(ctx) != nullptr;
    Truth result = is_and ? Truth::True : Truth::False;
    Ctx::ExpressionContext* node = ctx;
    while (true) {
      Ctx::ExpressionContext* right = nullptr;
      Ctx::ExpressionContext* left = nullptr;
      if (auto* a = is_and ? dynamic_cast<Ctx::AndExpressionContext*>(node) : nullptr) {
        left = a->expression(0);
        right = a->expression(1);
      } else if (auto* o = is_and ? nullptr : dynamic_cast<Ctx::OrExpressionContext*>(node)) {
        left = o->expression(0);
        right = o->expression(1);
      }
      Ctx::ExpressionContext* operand = right != nullptr ? right : node;
      const Truth t = truth(operand);
      result = is_and ? truth_and(result, t) : truth_or(result, t);
      if (right == nullptr) break;
      node = left;
    }
    return result;
  }
  if (auto* p = dynamic_cast<Ctx::PredicateExpressionContext*>(ctx)) {
    return predicate_truth(p->predicate());
  }
  return Truth::Varies;
}

// A row source that has at least one row whatever the data: `(VALUES (1))`, `(SELECT 1 AS x)`.
// Joining to it keeps every row.
bool constant_row_source(Ctx::TablePrimaryContext* primary) {
  if (dynamic_cast<Ctx::ValuesTableContext*>(primary) != nullptr) return true;
  if (auto* derived = dynamic_cast<Ctx::DerivedTableContext*>(primary)) {
    return one_row_query(derived->selectStatement());
  }
  return false;
}

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::toupper(x) == std::toupper(y);
         });
}

// Whether the FROM clause names the DML target, as a table or an alias, outside subqueries. A
// target that is not in its FROM is cross joined with it: `UPDATE dbo.Orders SET ... FROM dbo.A
// JOIN dbo.B ON ...` writes every row of Orders when the join has a row.
bool from_names_target(Ctx::FromClauseContext* from, const ast::ObjectName& target) {
  if (target.empty()) return false;
  const std::string_view wanted = target.object();
  std::vector<ParseTree*> stack{from};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    const std::size_t rule = rule_index(n);
    if (rule == kNoRule || rule == TSqlParser::RuleSelectStatement) continue;
    if (rule == TSqlParser::RuleTablePrimary) {
      auto* primary = static_cast<ParserRuleContext*>(n);
      if (auto* alias = first_child<Ctx::AliasContext>(primary)) {
        const std::string text =
            alias->id() ? id_text(alias->id()) : string_value(alias->getStart());
        if (same_word(text, wanted)) return true;
      }
      if (auto* named = dynamic_cast<Ctx::NamedTableContext*>(primary)) {
        if (same_word(object_name(named->qualifiedName(0)).object(), wanted)) return true;
      }
      if (auto* variable = dynamic_cast<Ctx::VariableTableContext*>(primary)) {
        if (same_word(variable->LOCAL_ID()->getText(), wanted)) return true;
      }
    }
    for (ParseTree* child : n->children) stack.push_back(child);
  }
  return false;
}

// Whether a FROM clause limits the rows an UPDATE or DELETE writes: an INNER JOIN whose ON is not
// certainly true, or a CROSS APPLY of a row source that may have no row. A CROSS APPLY of
// `(SELECT 1 AS x)` or `(VALUES ...)`, an `INNER JOIN ... ON 1 = 1`, outer and cross joins keep
// every row; so does any join when the target is not in the FROM at all.
bool joins_restrict_rows(Ctx::FromClauseContext* from, const ast::ObjectName& target) {
  if (from == nullptr || !from_names_target(from, target)) return false;
  std::vector<ParseTree*> stack{from};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    const std::size_t rule = rule_index(n);
    if (rule == kNoRule) continue;
    if (rule == TSqlParser::RuleJoinPart) {
      auto* join = static_cast<Ctx::JoinPartContext*>(n);
      const bool inner_join = join->JOIN() != nullptr && join->ON() != nullptr &&
                              join->LEFT() == nullptr && join->RIGHT() == nullptr &&
                              join->FULL() == nullptr;
      if (inner_join && truth(join->expression()) != Truth::True) return true;
      const bool cross_apply = join->APPLY() != nullptr && join->CROSS() != nullptr;
      if (cross_apply && !constant_row_source(join->tablePrimary())) return true;
    }
    // Subqueries have joins of their own that say nothing about the rows written.
    if (rule == TSqlParser::RuleSelectStatement) continue;
    for (ParseTree* child : n->children) stack.push_back(child);
  }
  return false;
}

template <class Node, class C>
std::unique_ptr<Node> update_or_delete(C* c, ParserRuleContext* whole) {
  auto node = std::make_unique<Node>(range_of(whole));
  node->target = dml_target(c->dmlTarget());
  node->has_from = c->fromClause() != nullptr;
  node->joins_restrict_rows = joins_restrict_rows(c->fromClause(), node->target);
  node->has_where = c->WHERE() != nullptr;
  node->where_always_true = c->expression() != nullptr && truth(c->expression()) == Truth::True;
  node->current_of = c->CURRENT() != nullptr;
  node->has_top = c->topClause() != nullptr;
  return node;
}

std::unique_ptr<ast::Merge> merge(Ctx::MergeStatementContext* c, ParserRuleContext* whole) {
  auto node = std::make_unique<ast::Merge>(range_of(whole));
  node->target = dml_target(c->dmlTarget());
  node->on_always_true = truth(c->expression()) == Truth::True;
  for (Ctx::MergeWhenContext* when : c->mergeWhen()) {
    if (when->DELETE()) node->has_delete = true;
    if (when->UPDATE()) node->has_update = true;
    if (when->INSERT()) node->has_insert = true;
    const bool matched = when->NOT() == nullptr && when->BY() == nullptr;
    const bool unconditional =
        when->expression() == nullptr || truth(when->expression()) == Truth::True;
    if (matched && when->UPDATE() && unconditional) node->matched_update_unconditional = true;
  }
  return node;
}

ast::StatementPtr dml(ParserRuleContext* c, ParserRuleContext* whole) {
  if (auto* s = dynamic_cast<Ctx::SelectStatementContext*>(c)) return select(s, whole);
  if (auto* s = dynamic_cast<Ctx::InsertStatementContext*>(c)) return insert(s, whole);
  if (auto* s = dynamic_cast<Ctx::UpdateStatementContext*>(c)) {
    return update_or_delete<ast::Update>(s, whole);
  }
  if (auto* s = dynamic_cast<Ctx::DeleteStatementContext*>(c)) {
    return update_or_delete<ast::Delete>(s, whole);
  }
  return merge(dynamic_cast<Ctx::MergeStatementContext*>(c), whole);
}

// ---------------------------------------------------------------- modules

void module_verb(Ctx::CreateOrAlterContext* verb, ast::Module& node) {
  node.is_alter = verb->CREATE() == nullptr;
  node.or_alter = verb->CREATE() != nullptr && verb->ALTER() != nullptr;
}

ast::Parameter parameter(Ctx::ProcedureParameterContext* ctx) {
  ast::Parameter p;
  p.name = ctx->LOCAL_ID()->getText();
  if (ctx->dataType()) {
    p.type = data_type(ctx->dataType());
  } else {
    p.type.name = "CURSOR";
    p.type.range = range_of(ctx);
  }
  p.has_default = ctx->EQUAL() != nullptr;
  p.output = !ctx->OUTPUT().empty();
  for (Ctx::IdContext* word : ctx->id()) {
    const std::string w = id_upper(word);
    if (w == "OUT" || w == "OUTPUT") p.output = true;
    if (w == "READONLY") p.read_only = true;
  }
  return p;
}

std::unique_ptr<ast::CreateProcedure> create_procedure(Ctx::CreateProcedureContext* ctx) {
  auto node = std::make_unique<ast::CreateProcedure>(range_of(ctx));
  module_verb(ctx->createOrAlter(), *node);
  node->name = object_name(ctx->qualifiedName(0));
  for (Ctx::ProcedureParameterContext* p : ctx->procedureParameter()) {
    node->parameters.push_back(parameter(p));
  }
  node->external = ctx->EXTERNAL() != nullptr;
  node->body_runs_to_end_of_batch = !node->external;
  return node;
}

std::unique_ptr<ast::CreateFunction> create_function(Ctx::CreateFunctionContext* ctx) {
  auto node = std::make_unique<ast::CreateFunction>(range_of(ctx));
  module_verb(ctx->createOrAlter(), *node);
  node->name = object_name(ctx->qualifiedName());
  for (Ctx::ProcedureParameterContext* p : ctx->procedureParameter()) {
    node->parameters.push_back(parameter(p));
  }
  Ctx::FunctionReturnContext* returns = ctx->functionReturn();
  if (auto* inline_fn = dynamic_cast<Ctx::InlineFunctionContext*>(returns)) {
    node->form = ast::CreateFunction::Form::InlineTable;
    Ctx::InlineQueryContext* query = inline_fn->inlineQuery();
    node->body.push_back(select(query->selectStatement(), query));
  } else if (dynamic_cast<Ctx::ClrTableFunctionContext*>(returns)) {
    node->form = ast::CreateFunction::Form::ClrTable;
    node->external = true;
  } else if (dynamic_cast<Ctx::MultiStatementFunctionContext*>(returns)) {
    node->form = ast::CreateFunction::Form::MultiStatementTable;
    node->body_runs_to_end_of_batch = true;
  } else {
    auto* scalar = dynamic_cast<Ctx::ScalarFunctionContext*>(returns);
    node->form = ast::CreateFunction::Form::Scalar;
    node->return_type = data_type(scalar->dataType());
    node->external = scalar->EXTERNAL() != nullptr;
    node->body_runs_to_end_of_batch = !node->external;
  }
  return node;
}

std::unique_ptr<ast::CreateTrigger> create_trigger(Ctx::CreateTriggerContext* ctx) {
  auto node = std::make_unique<ast::CreateTrigger>(range_of(ctx));
  module_verb(ctx->createOrAlter(), *node);
  node->name = object_name(ctx->qualifiedName(0));
  const std::size_t on = token_position(ctx, TSqlLexer::ON);
  ParseTree* target = ctx->children[on + 1];
  if (auto* table = dynamic_cast<Ctx::QualifiedNameContext*>(target)) {
    node->table = object_name(table);
  } else if (token_type(target) == TSqlLexer::DATABASE) {
    node->scope = "DATABASE";
  } else {
    node->scope = "ALL SERVER";
  }
  // The word before the first event: FOR, AFTER, or INSTEAD OF.
  std::size_t first_event = 0;
  while (dynamic_cast<Ctx::TriggerEventContext*>(ctx->children[first_event]) == nullptr) {
    ++first_event;
  }
  const std::size_t timing = token_type(ctx->children[first_event - 1]);
  node->timing = timing == TSqlLexer::FOR  ? ast::CreateTrigger::Timing::For
                 : timing == TSqlLexer::OF ? ast::CreateTrigger::Timing::InsteadOf
                                           : ast::CreateTrigger::Timing::After;
  for (Ctx::TriggerEventContext* event : ctx->triggerEvent()) {
    node->events.push_back(upper(event->getText()));
  }
  node->external = ctx->EXTERNAL() != nullptr;
  node->body_runs_to_end_of_batch = !node->external;
  return node;
}

std::unique_ptr<ast::CreateView> create_view(Ctx::CreateViewContext* ctx) {
  auto node = std::make_unique<ast::CreateView>(range_of(ctx));
  module_verb(ctx->createOrAlter(), *node);
  node->name = object_name(ctx->qualifiedName());
  Ctx::SelectStatementContext* query = ctx->selectStatement();
  if (Ctx::WithClauseContext* with = ctx->withClause()) {
    // The CTE and the query form one statement: its range starts at WITH.
    auto body = select(query, query);
    body->range.begin = range_of(with).begin;
    body->has_cte = true;
    std::vector<ast::TableReference> more = collect_table_references(with);
    body->table_references.insert(body->table_references.begin(), more.begin(), more.end());
    node->body.push_back(std::move(body));
  } else {
    node->body.push_back(select(query, query));
  }
  return node;
}

// ---------------------------------------------------------------- procedural

ast::StatementPtr statement_of(Ctx::StatementEntryContext* entry) {
  return build_statement(entry->statement());
}

// Whether an expression is one literal (`'x'`, `N'x'`, `42`, `-1`, `NULL`); its only STRING token
// is returned through `string`.
bool is_literal_expression(ParserRuleContext* e, antlr4::Token** string) {
  std::vector<antlr4::Token*> tokens;
  collect_tokens(e, tokens);
  *string = nullptr;
  std::size_t i = 0;
  if (tokens.size() == 2 &&
      (tokens[0]->getType() == TSqlLexer::MINUS || tokens[0]->getType() == TSqlLexer::PLUS)) {
    i = 1;
  }
  if (tokens.size() != i + 1) return false;
  switch (tokens[i]->getType()) {
    case TSqlLexer::STRING:
      *string = tokens[i];
      return i == 0;
    case TSqlLexer::INTEGER:
    case TSqlLexer::DECIMAL:
    case TSqlLexer::FLOAT:
    case TSqlLexer::MONEY:
    case TSqlLexer::BINARY:
      return true;
    case TSqlLexer::NULL_:
      return i == 0;
    default:
      return false;
  }
}

ast::ExecuteArgument execute_argument(Ctx::ExecuteArgumentContext* ctx) {
  ast::ExecuteArgument arg;
  arg.range = range_of(ctx);
  if (ctx->EQUAL()) arg.name = ctx->LOCAL_ID()->getText();
  Ctx::ExpressionContext* value = ctx->expression();
  arg.value_range = range_of(value);
  arg.text = text_of(value);
  antlr4::Token* string = nullptr;
  arg.is_literal = is_literal_expression(value, &string);
  if (string != nullptr) arg.string_value = string_value(string);
  std::vector<antlr4::Token*> tokens;
  collect_tokens(value, tokens);
  arg.is_variable = tokens.size() == 1 && tokens[0]->getType() == TSqlLexer::LOCAL_ID;
  arg.output = ctx->OUTPUT() != nullptr;
  if (Ctx::IdContext* word = ctx->id()) {
    const std::string w = id_upper(word);
    arg.output = arg.output || w == "OUT" || w == "OUTPUT";
  }
  return arg;
}

// A call of a procedure that runs its argument as SQL text (sp_executesql, ...) runs SQL as
// EXEC (...) does.
void mark_sql_text_procedure(ast::Execute& node) {
  if (!node.procedure) return;
  if (const ast::SqlTextProcedure* p = ast::find_sql_text_procedure(node.procedure->object())) {
    node.runs_sql_text = true;
    node.runs_per_object = p->per_object;
  }
}

std::unique_ptr<ast::Execute> execute(Ctx::ExecuteStatementContext* ctx) {
  auto node = std::make_unique<ast::Execute>(range_of(ctx));
  if (auto* proc = dynamic_cast<Ctx::ExecuteProcedureContext*>(ctx)) {
    std::size_t i = 1;
    if (proc->EQUAL()) {
      node->return_status = dynamic_cast<TerminalNode*>(proc->children[1])->getText();
      i = 3;
    }
    if (auto* name = dynamic_cast<Ctx::QualifiedNameContext*>(proc->children[i])) {
      node->procedure = object_name(name);
    } else if (auto* remote = dynamic_cast<Ctx::RemoteProcedureContext*>(proc->children[i])) {
      node->procedure = object_name(remote->qualifiedName());
    } else {
      node->procedure_variable = proc->children[i]->getText();
    }
    for (Ctx::ExecuteArgumentContext* arg : proc->executeArgument()) {
      node->arguments.push_back(execute_argument(arg));
    }
    mark_sql_text_procedure(*node);
    return node;
  }
  auto* str = dynamic_cast<Ctx::ExecuteStringContext*>(ctx);
  node->is_string = true;
  node->runs_sql_text = true;
  // Literal when every token of the string expression is a string literal or `+`.
  std::vector<antlr4::Token*> literals;
  bool literal = true;
  // Only the first expression is the batch text: the rest are its parameters (`AT server`).
  for (Ctx::ExpressionContext* e : {str->expression()}) {
    std::vector<antlr4::Token*> tokens;
    collect_tokens(e, tokens);
    for (antlr4::Token* t : tokens) {
      if (t->getType() == TSqlLexer::STRING) {
        literals.push_back(t);
      } else if (t->getType() != TSqlLexer::PLUS && t->getType() != TSqlLexer::LPAREN &&
                 t->getType() != TSqlLexer::RPAREN) {
        literal = false;
      }
    }
  }
  node->string_is_literal = literal && !literals.empty();
  if (node->string_is_literal) {
    for (antlr4::Token* t : literals) node->string_value += string_value(t);
    if (literals.size() == 1) node->literal_range = token_range(literals[0], literals[0]);
  }
  if (str->STRING()) node->as_principal = string_value(str->STRING()->getSymbol());
  // `AT server`, `AT DATA_SOURCE name`: the last word names where the text runs.
  if (str->id().size() >= 2) node->at_server = id_text(str->id().back());
  return node;
}

std::string cursor_name(Ctx::CursorNameContext* ctx) {
  if (ctx->LOCAL_ID()) return ctx->LOCAL_ID()->getText();
  return id_text(ctx->id().back());  // `GLOBAL c`: the name is the last word
}

std::unique_ptr<ast::DeclareCursor> cursor_body(Ctx::CursorBodyContext* body,
                                                std::unique_ptr<ast::DeclareCursor> node) {
  for (Ctx::IdContext* option : body->id()) node->options.push_back(id_upper(option));
  Ctx::SelectStatementContext* query =
      body->selectStatement() ? body->selectStatement() : body->cteSelect()->selectStatement();
  node->for_update = query->forClause() != nullptr && query->forClause()->UPDATE() != nullptr;
  return node;
}

ast::StatementPtr set_statement(Ctx::SetStatementContext* ctx) {
  if (auto* c = dynamic_cast<Ctx::SetCursorContext*>(ctx)) {
    auto node = std::make_unique<ast::DeclareCursor>(range_of(c));
    node->name = c->LOCAL_ID()->getText();
    node->cursor_variable = true;
    return cursor_body(c->cursorBody(), std::move(node));
  }
  if (auto* c = dynamic_cast<Ctx::SetVariableContext*>(ctx)) {
    auto node = std::make_unique<ast::SetVariable>(range_of(c));
    node->variable = c->LOCAL_ID()->getText();
    node->op = c->assignmentOperator()->getText();
    return node;
  }
  if (auto* c = dynamic_cast<Ctx::SetMethodContext*>(ctx)) {
    auto node = std::make_unique<ast::SetVariable>(range_of(c));
    node->variable = c->LOCAL_ID()->getText();
    node->op = "." + id_text(c->id()) + "()";
    return node;
  }
  if (auto* c = dynamic_cast<Ctx::SetIsolationContext*>(ctx)) {
    auto node = std::make_unique<ast::SetTransactionIsolation>(range_of(c));
    // SET TRANSACTION ISOLATION LEVEL <level words>
    std::vector<Ctx::IdContext*> words = c->id();
    for (std::size_t i = 2; i < words.size(); ++i) {
      if (!node->level.empty()) node->level += ' ';
      node->level += id_upper(words[i]);
    }
    return node;
  }
  auto node = std::make_unique<ast::SetOption>(range_of(ctx));
  if (auto* c = dynamic_cast<Ctx::SetOnOffContext*>(ctx)) {
    for (Ctx::IdContext* id : c->id()) node->options.push_back(id_upper(id));
    node->value = c->ON() ? "ON" : "OFF";
  } else if (auto* c = dynamic_cast<Ctx::SetNamedOnOffContext*>(ctx)) {
    node->options.push_back(id_upper(c->id()));
    if (node->options[0] == "IDENTITY_INSERT") {
      node->table = object_name(c->qualifiedName(0));
    } else {
      for (Ctx::QualifiedNameContext* name : c->qualifiedName()) {
        node->options.push_back(upper(object_name(name).display()));
      }
    }
    node->value = c->ON() ? "ON" : "OFF";
  } else if (auto* c = dynamic_cast<Ctx::SetValueContext*>(ctx)) {
    node->options.push_back(id_upper(c->id()));
    node->value = text_of(c->scalarExpression());
  }
  return node;
}

std::unique_ptr<ast::Permission> permission(Ctx::PermissionStatementContext* ctx) {
  const std::size_t first = token_type(ctx->children[0]);
  const auto action = first == TSqlLexer::GRANT  ? ast::Permission::Action::Grant
                      : first == TSqlLexer::DENY ? ast::Permission::Action::Deny
                                                 : ast::Permission::Action::Revoke;
  auto node = std::make_unique<ast::Permission>(range_of(ctx), action);
  for (Ctx::PermissionContext* p : ctx->permission()) {
    std::string words;
    for (Ctx::PermissionWordContext* w : p->permissionWord()) {
      if (!words.empty()) words += ' ';
      words += upper(w->getText());
    }
    node->permissions.push_back(std::move(words));
  }
  if (Ctx::PermissionOnContext* on = ctx->permissionOn()) {
    if (on->permissionClass()) node->object_class = words_upper(on->permissionClass());
    node->on = object_name(on->qualifiedName());
  }
  for (Ctx::PrincipalContext* p : ctx->principal()) {
    node->principals.push_back(p->id() ? id_text(p->id()) : p->getText());
  }
  node->with_grant_option = action != ast::Permission::Action::Revoke && ctx->OPTION() != nullptr;
  node->cascade = ctx->CASCADE() != nullptr;
  return node;
}

std::vector<ast::DatabaseOption> database_set_options(Ctx::AlterDatabaseContext* ctx) {
  std::vector<ast::DatabaseOption> out;
  if (ctx->SET() == nullptr) return out;
  const std::size_t set = token_position(ctx, TSqlLexer::SET);
  std::vector<ParseTree*> items(ctx->children.begin() + static_cast<long>(set) + 1,
                                ctx->children.end());
  // `name [=] value [(...)]`, separated by commas, until WITH (termination options).
  std::size_t i = 0;
  auto token_at = [&](std::size_t k) -> antlr4::Token* {
    if (k >= items.size()) return nullptr;
    if (auto* terminal = dynamic_cast<TerminalNode*>(items[k])) return terminal->getSymbol();
    auto* item = dynamic_cast<ParserRuleContext*>(items[k]);
    if (item == nullptr || first_child<Ctx::ParenSoupContext>(item) != nullptr) return nullptr;
    return item->getStart();
  };
  while (i < items.size()) {
    antlr4::Token* name = token_at(i);
    if (name == nullptr) {
      ++i;
      continue;
    }
    if (name->getType() == TSqlLexer::WITH) break;
    if (name->getType() == TSqlLexer::COMMA) {
      ++i;
      continue;
    }
    ast::DatabaseOption option;
    option.name = upper(identifier_text(name));
    ++i;
    if (antlr4::Token* t = token_at(i); t != nullptr && t->getType() == TSqlLexer::EQUAL) ++i;
    if (antlr4::Token* t = token_at(i);
        t != nullptr && t->getType() != TSqlLexer::COMMA && t->getType() != TSqlLexer::WITH) {
      option.value = t->getType() == TSqlLexer::STRING ? t->getText() : upper(t->getText());
      ++i;
    }
    out.push_back(std::move(option));
    while (i < items.size()) {
      antlr4::Token* t = token_at(i);
      if (t != nullptr && (t->getType() == TSqlLexer::COMMA || t->getType() == TSqlLexer::WITH)) {
        break;
      }
      ++i;
    }
  }
  return out;
}

// The words among `tokens` from `first` on, upper case: keywords and plain identifiers (bracketed
// and quoted ones too), not strings, numbers or punctuation.
std::vector<std::string> upper_words(const std::vector<antlr4::Token*>& tokens, std::size_t first) {
  std::vector<std::string> out;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    const std::size_t type = tokens[i]->getType();
    if (type == TSqlLexer::BRACKET_ID || type == TSqlLexer::QUOTED_ID) {
      out.push_back(upper(identifier_text(tokens[i])));
      continue;
    }
    if (type == TSqlLexer::STRING) continue;
    const std::string text = tokens[i]->getText();
    if (text.empty() || !(std::isalpha(static_cast<unsigned char>(text[0])) || text[0] == '_')) {
      continue;
    }
    out.push_back(upper(text));
  }
  return out;
}

std::unique_ptr<ast::OtherStatement> other_statement(Ctx::OtherStatementContext* ctx) {
  auto node = std::make_unique<ast::OtherStatement>(range_of(ctx));
  std::vector<antlr4::Token*> tokens;
  collect_tokens(ctx, tokens);
  // The verb is the first two words (CREATE CERTIFICATE, BACKUP DATABASE); the name follows.
  node->verb = upper(tokens[0]->getText());
  // SHUTDOWN WITH NOWAIT: the verb is one word.
  if (tokens.size() > 1 && tokens[1]->getType() != TSqlLexer::WITH) {
    node->verb += " " + upper(tokens[1]->getText());
  }
  if (tokens.size() > 2) {
    const std::size_t type = tokens[2]->getType();
    if (type == TSqlLexer::ID || type == TSqlLexer::BRACKET_ID || type == TSqlLexer::QUOTED_ID) {
      node->name = identifier_text(tokens[2]);
    }
  }
  node->words = upper_words(tokens, node->verb.find(' ') == std::string::npos ? 1 : 2);
  return node;
}

// Statements no rule reads, named by their leading words up to the first operand: `SEND ON
// CONVERSATION`, `END CONVERSATION`, `GET CONVERSATION GROUP`, `RECEIVE`, `READTEXT`.
std::unique_ptr<ast::OtherStatement> verb_statement(antlr4::ParserRuleContext* ctx) {
  auto node = std::make_unique<ast::OtherStatement>(range_of(ctx));
  std::vector<antlr4::Token*> tokens;
  collect_tokens(ctx, tokens);
  node->verb = upper(tokens[0]->getText());
  for (std::size_t i = 1; i < tokens.size() && i < 4; ++i) {
    const std::size_t type = tokens[i]->getType();
    if (type != TSqlLexer::ON && type != TSqlLexer::CONVERSATION && type != TSqlLexer::GROUP) break;
    node->verb += " " + upper(tokens[i]->getText());
  }
  return node;
}

std::unique_ptr<ast::Transaction> transaction(Ctx::TransactionStatementContext* c) {
  const std::size_t first = token_type(c->children[0]);
  const auto action = first == TSqlLexer::BEGIN    ? ast::Transaction::Action::Begin
                      : first == TSqlLexer::COMMIT ? ast::Transaction::Action::Commit
                      : first == TSqlLexer::SAVE   ? ast::Transaction::Action::Save
                                                   : ast::Transaction::Action::Rollback;
  auto node = std::make_unique<ast::Transaction>(range_of(c), action);
  node->distributed = c->DISTRIBUTED() != nullptr;
  if (c->LOCAL_ID()) {
    node->name = c->LOCAL_ID()->getText();
    return node;
  }
  std::vector<Ctx::IdContext*> ids = c->id();
  std::size_t i = 0;
  // COMMIT WORK / ROLLBACK WORK: WORK is a keyword, not a transaction name.
  if (action != ast::Transaction::Action::Begin && c->TRAN() == nullptr &&
      c->TRANSACTION() == nullptr && !ids.empty() && id_upper(ids[0]) == "WORK") {
    i = 1;
  }
  // BEGIN TRAN t WITH MARK: MARK is in its own rule, never the name.
  if (i < ids.size()) {
    node->name = id_text(ids[i]);
  }
  return node;
}

}  // namespace

ast::SourcePosition token_begin(const antlr4::Token* token) {
  return ast::SourcePosition{to_u32(token->getLine()), to_u32(token->getCharPositionInLine() + 1)};
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
        end.column =
            to_u32(source::count_code_points(std::string_view(text).substr(last_newline + 1)) + 1);
        return end;
      }
      break;
    }
    default:
      break;
  }
  end.column += to_u32(length);
  return end;
}

ast::SourceRange token_range(const antlr4::Token* first, const antlr4::Token* last) {
  return ast::SourceRange{token_begin(first), token_end(last)};
}

namespace {

// `c` as the context class of its rule, if that rule is `rule`. build_other tries dozens of
// statement kinds; comparing rule indexes costs a virtual call, where each failed dynamic_cast
// walks the class hierarchy comparing type names (2% of the bundle's instructions).
template <class Context>
Context* as(ParserRuleContext* c, std::size_t rule) {
  return c->getRuleIndex() == rule ? static_cast<Context*>(c) : nullptr;
}

ast::StatementPtr build_other(ParserRuleContext* c);
void attach_dml_sources(ParseTree* root, ast::Statement& node);

}  // namespace

std::vector<ast::TableReference> table_references_of(antlr4::ParserRuleContext* ctx) {
  return collect_table_references(ctx);
}

namespace {

// The statement whose rule context is `c`: an alternative of `statement`, or the procedure call of
// a batch's first statement.
ast::StatementPtr build_from(ParserRuleContext* c) {
  ast::StatementPtr node = build_other(c);
  if (node == nullptr) {
    // Every alternative of `statement` is handled; a new one without a builder is a bug that must
    // not pass silently, so it becomes an unparsed statement (fail closed).
    auto unparsed = std::make_unique<ast::Unparsed>(range_of(c));
    unparsed->reason = "statement kind not yet supported by Preflight's AST";
    return unparsed;
  }
  // Queries collect their own references (a CTE spans the statement); modules hold theirs in the
  // body; every other statement collects here.
  const bool collected = node->kind == ast::Kind::Select || dynamic_cast<ast::Module*>(node.get());
  if (!collected && node->table_references.empty()) {
    node->table_references = collect_table_references(c);
  }
  attach_dml_sources(c, *node);
  return node;
}

}  // namespace

ast::StatementPtr build_statement(TSqlParser::StatementContext* ctx) {
  return build_from(static_cast<ParserRuleContext*>(ctx->children.at(0)));
}

ast::StatementPtr build_batch_start(TSqlParser::BatchStartEntryContext* ctx) {
  if (Ctx::StatementContext* statement = ctx->statement()) return build_statement(statement);
  return build_from(ctx->procedureCallWithoutExec());
}

namespace {

// `OPENQUERY(server, 'query')` and `OPENROWSET('provider', 'connection', 'query')` send their
// query text to another server, which runs whatever it says (`'DELETE FROM t; SELECT 1'`): an
// EXEC of that text AT the server, for rules and the parse of literal SQL. Null for any other
// function, and for OPENROWSET(BULK ...) or OPENROWSET with a table name instead of a query.
std::unique_ptr<ast::Execute> pass_through_query(Ctx::QualifiedNameContext* name,
                                                 Ctx::FunctionArgumentsContext* arguments,
                                                 ParserRuleContext* whole) {
  if (name == nullptr || arguments == nullptr) return nullptr;
  const std::string function = source::ascii_lower(object_name(name).object());
  std::size_t query_argument = 0;
  if (function == "openquery") {
    query_argument = 1;
  } else if (function == "openrowset") {
    query_argument = 2;
  } else {
    return nullptr;
  }
  const std::vector<Ctx::FunctionArgumentContext*> args = arguments->functionArgument();
  if (args.size() <= query_argument) return nullptr;
  std::vector<antlr4::Token*> tokens;
  collect_tokens(args[query_argument], tokens);
  if (tokens.size() != 1 || tokens[0]->getType() != TSqlLexer::STRING) return nullptr;
  auto node = std::make_unique<ast::Execute>(range_of(whole));
  node->is_string = true;
  node->runs_sql_text = true;
  node->string_is_literal = true;
  node->string_value = string_value(tokens[0]);
  node->literal_range = token_range(tokens[0], tokens[0]);
  node->at_server = text_of(args[0]);
  return node;
}

// The DML statements used as table sources under `root` (not inside nested statements), each built
// as a statement of its own with its own sources; likewise the EXEC of `INSERT ... EXEC` and the
// query text of OPENQUERY and OPENROWSET, which run SQL as an EXEC does.
void attach_dml_sources(ParseTree* root, ast::Statement& node) {
  std::vector<ParseTree*> stack{root};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    const std::size_t rule = rule_index(n);
    if (rule == kNoRule || (n != root && rule == TSqlParser::RuleStatementEntry)) continue;
    if (n != root && rule == TSqlParser::RuleExecuteStatement) {
      node.dml_sources.push_back(execute(static_cast<Ctx::ExecuteStatementContext*>(n)));
      continue;
    }
    if (rule == TSqlParser::RuleTablePrimary || rule == TSqlParser::RuleDmlTarget) {
      std::unique_ptr<ast::Execute> query;
      if (auto* named = dynamic_cast<Ctx::NamedTableContext*>(n)) {
        query = pass_through_query(named->qualifiedName(0), named->functionArguments(), named);
      } else if (auto* target = dynamic_cast<Ctx::DmlTargetContext*>(n)) {
        query = pass_through_query(target->qualifiedName(), target->functionArguments(), target);
      }
      if (query) node.dml_sources.push_back(std::move(query));
    }
    auto* derived = rule == TSqlParser::RuleTablePrimary
                        ? dynamic_cast<Ctx::DmlDerivedTableContext*>(n)
                        : nullptr;
    if (derived != nullptr) {
      auto* inner = dynamic_cast<ParserRuleContext*>(derived->dmlSource()->children.at(0));
      ast::StatementPtr dml = build_other(inner);
      if (dml == nullptr) continue;
      if (dml->table_references.empty()) dml->table_references = collect_table_references(inner);
      attach_dml_sources(inner, *dml);
      node.dml_sources.push_back(std::move(dml));
      continue;
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(*it);
  }
}

}  // namespace

namespace {

ast::StatementPtr build_other(ParserRuleContext* c) {
  if (auto* s = as<Ctx::CreateTableContext>(c, TSqlParser::RuleCreateTable)) return create_table(s);
  if (auto* s = as<Ctx::DropTableContext>(c, TSqlParser::RuleDropTable)) return drop_table(s);
  if (auto* s = as<Ctx::CteStatementContext>(c, TSqlParser::RuleCteStatement)) {
    auto* inner = dynamic_cast<ParserRuleContext*>(s->children.at(1));
    ast::StatementPtr node = dml(inner, s);
    if (node->kind != ast::Kind::Select) node->table_references = collect_table_references(s);
    return node;
  }
  if (as<Ctx::SelectStatementContext>(c, TSqlParser::RuleSelectStatement) ||
      as<Ctx::InsertStatementContext>(c, TSqlParser::RuleInsertStatement) ||
      as<Ctx::UpdateStatementContext>(c, TSqlParser::RuleUpdateStatement) ||
      as<Ctx::DeleteStatementContext>(c, TSqlParser::RuleDeleteStatement) ||
      as<Ctx::MergeStatementContext>(c, TSqlParser::RuleMergeStatement)) {
    return dml(c, c);
  }
  if (auto* s = as<Ctx::BlockContext>(c, TSqlParser::RuleBlock)) {
    auto node = std::make_unique<ast::Block>(range_of(s));
    for (Ctx::StatementEntryContext* entry : s->statementEntry()) {
      node->statements.push_back(statement_of(entry));
    }
    return node;
  }
  if (auto* s = as<Ctx::TryCatchContext>(c, TSqlParser::RuleTryCatch)) {
    auto node = std::make_unique<ast::TryCatch>(range_of(s));
    bool in_catch = false;
    for (ParseTree* child : s->children) {
      if (token_type(child) == TSqlLexer::CATCH) in_catch = true;
      if (auto* entry = dynamic_cast<Ctx::StatementEntryContext*>(child)) {
        (in_catch ? node->catch_statements : node->try_statements).push_back(statement_of(entry));
      }
    }
    return node;
  }
  if (auto* s = as<Ctx::IfStatementContext>(c, TSqlParser::RuleIfStatement)) {
    auto node = std::make_unique<ast::If>(range_of(s));
    node->then_branch = statement_of(s->statementEntry(0));
    if (s->statementEntry().size() > 1) node->else_branch = statement_of(s->statementEntry(1));
    return node;
  }
  if (auto* s = as<Ctx::WhileStatementContext>(c, TSqlParser::RuleWhileStatement)) {
    auto node = std::make_unique<ast::While>(range_of(s));
    node->body = statement_of(s->statementEntry());
    return node;
  }
  if (auto* s = as<Ctx::UseStatementContext>(c, TSqlParser::RuleUseStatement);
      s && s->useFederation()) {
    auto node = verb_statement(s);
    node->verb = "USE FEDERATION";
    node->name = id_text(s->useFederation()->id(0));
    return node;
  }
  if (auto* s = as<Ctx::UseStatementContext>(c, TSqlParser::RuleUseStatement)) {
    auto node = std::make_unique<ast::Use>(range_of(s));
    node->database = id_text(s->id());
    return node;
  }
  if (auto* s = as<Ctx::PrintStatementContext>(c, TSqlParser::RulePrintStatement)) {
    return std::make_unique<ast::Print>(range_of(s));
  }
  if (auto* s = as<Ctx::TransactionStatementContext>(c, TSqlParser::RuleTransactionStatement))
    return transaction(s);
  if (auto* s = as<Ctx::CreateProcedureContext>(c, TSqlParser::RuleCreateProcedure))
    return create_procedure(s);
  if (auto* s = as<Ctx::CreateFunctionContext>(c, TSqlParser::RuleCreateFunction))
    return create_function(s);
  if (auto* s = as<Ctx::CreateTriggerContext>(c, TSqlParser::RuleCreateTrigger))
    return create_trigger(s);
  if (auto* s = as<Ctx::CreateViewContext>(c, TSqlParser::RuleCreateView)) return create_view(s);
  if (auto* s = as<Ctx::DeclareStatementContext>(c, TSqlParser::RuleDeclareStatement)) {
    auto node = std::make_unique<ast::Declare>(range_of(s));
    for (Ctx::DeclareItemContext* item : s->declareItem()) {
      ast::Variable v;
      v.name = item->LOCAL_ID()->getText();
      v.range = range_of(item);
      v.is_table = item->TABLE() != nullptr;
      v.is_cursor = item->CURSOR() != nullptr;
      if (item->dataType()) v.type = data_type(item->dataType());
      v.has_initial_value = item->EQUAL() != nullptr;
      std::vector<ast::TableConstraint> ignored;
      table_elements(item->tableElement(), v.columns, ignored);
      node->variables.push_back(std::move(v));
    }
    return node;
  }
  if (auto* s = as<Ctx::DeclareCursorContext>(c, TSqlParser::RuleDeclareCursor)) {
    auto node = std::make_unique<ast::DeclareCursor>(range_of(s));
    std::vector<Ctx::IdContext*> ids = s->id();
    const std::size_t first_option = s->LOCAL_ID() ? 0 : 1;
    node->name = s->LOCAL_ID() ? s->LOCAL_ID()->getText() : id_text(ids[0]);
    for (std::size_t i = first_option; i < ids.size(); ++i)
      node->options.push_back(id_upper(ids[i]));
    return cursor_body(s->cursorBody(), std::move(node));
  }
  if (auto* s = as<Ctx::SetStatementContext>(c, TSqlParser::RuleSetStatement))
    return set_statement(s);
  if (auto* s = as<Ctx::GotoStatementContext>(c, TSqlParser::RuleGotoStatement)) {
    auto node = std::make_unique<ast::Goto>(range_of(s));
    node->label = id_text(s->id());
    return node;
  }
  if (auto* s = as<Ctx::LabelStatementContext>(c, TSqlParser::RuleLabelStatement)) {
    auto node = std::make_unique<ast::Label>(range_of(s));
    node->name = id_text(s->id());
    return node;
  }
  if (auto* s = as<Ctx::ReturnStatementContext>(c, TSqlParser::RuleReturnStatement)) {
    auto node = std::make_unique<ast::Return>(range_of(s));
    node->has_value = s->expression() != nullptr;
    return node;
  }
  if (auto* s = as<Ctx::BreakStatementContext>(c, TSqlParser::RuleBreakStatement)) {
    return std::make_unique<ast::Break>(range_of(s));
  }
  if (auto* s = as<Ctx::ContinueStatementContext>(c, TSqlParser::RuleContinueStatement)) {
    return std::make_unique<ast::Continue>(range_of(s));
  }
  if (auto* s = as<Ctx::WaitforStatementContext>(c, TSqlParser::RuleWaitforStatement)) {
    auto node = std::make_unique<ast::WaitFor>(range_of(s));
    // `WAITFOR (RECEIVE ...)` waits for a message: its mode is the word inside.
    node->mode = s->id() ? id_upper(s->id()) : id_upper(s->brokerQuery()->id());
    return node;
  }
  if (auto* s = as<Ctx::RaiserrorStatementContext>(c, TSqlParser::RuleRaiserrorStatement)) {
    auto node = std::make_unique<ast::Raiserror>(range_of(s));
    if (s->expression().size() > 1) {
      antlr4::Token* ignored = nullptr;
      if (is_literal_expression(s->expression(1), &ignored)) {
        node->severity = text_of(s->expression(1));
      }
    }
    return node;
  }
  if (auto* s = as<Ctx::ThrowStatementContext>(c, TSqlParser::RuleThrowStatement)) {
    auto node = std::make_unique<ast::Throw>(range_of(s));
    node->rethrow = s->scalarExpression().empty();
    return node;
  }
  if (auto* s = as<Ctx::CursorStatementContext>(c, TSqlParser::RuleCursorStatement)) {
    const std::size_t first = token_type(s->children[0]);
    const auto action = first == TSqlLexer::OPEN    ? ast::CursorOperation::Action::Open
                        : first == TSqlLexer::CLOSE ? ast::CursorOperation::Action::Close
                        : first == TSqlLexer::FETCH ? ast::CursorOperation::Action::Fetch
                                                    : ast::CursorOperation::Action::Deallocate;
    auto node = std::make_unique<ast::CursorOperation>(range_of(s), action);
    node->cursor = cursor_name(s->cursorName());
    return node;
  }
  if (auto* s = as<Ctx::ExecuteStatementContext>(c, TSqlParser::RuleExecuteStatement))
    return execute(s);
  if (auto* s =
          as<Ctx::ProcedureCallWithoutExecContext>(c, TSqlParser::RuleProcedureCallWithoutExec)) {
    // SHUTDOWN is a reserved word: a batch that is only `SHUTDOWN` stops the server, it does not
    // call a procedure of that name (`[SHUTDOWN]` would).
    if (std::vector<Ctx::IdContext*> parts = s->qualifiedName()->id();
        parts.size() == 1 && s->executeArgument().empty() &&
        parts[0]->getStart()->getType() == TSqlLexer::ID &&
        upper(parts[0]->getText()) == "SHUTDOWN") {
      auto node = std::make_unique<ast::OtherStatement>(range_of(s));
      node->verb = "SHUTDOWN";
      return node;
    }
    auto node = std::make_unique<ast::Execute>(range_of(s));
    node->without_exec_keyword = true;
    node->procedure = object_name(s->qualifiedName());
    for (Ctx::ExecuteArgumentContext* arg : s->executeArgument()) {
      node->arguments.push_back(execute_argument(arg));
    }
    mark_sql_text_procedure(*node);
    return node;
  }
  if (auto* s = as<Ctx::ExecuteAsStatementContext>(c, TSqlParser::RuleExecuteAsStatement)) {
    auto node = std::make_unique<ast::ExecuteAs>(range_of(s));
    node->principal_type = upper(s->children[2]->getText());
    if (s->STRING()) node->principal = string_value(s->STRING()->getSymbol());
    return node;
  }
  if (auto* s = as<Ctx::RevertStatementContext>(c, TSqlParser::RuleRevertStatement)) {
    return std::make_unique<ast::Revert>(range_of(s));
  }
  if (auto* s = as<Ctx::PermissionStatementContext>(c, TSqlParser::RulePermissionStatement))
    return permission(s);
  if (auto* s = as<Ctx::AlterAuthorizationContext>(c, TSqlParser::RuleAlterAuthorization)) {
    auto node = std::make_unique<ast::AlterAuthorization>(range_of(s));
    if (s->permissionClass()) node->object_class = words_upper(s->permissionClass());
    node->on = object_name(s->qualifiedName());
    node->principal = id_text(s->id());
    return node;
  }
  if (auto* s = as<Ctx::DbccStatementContext>(c, TSqlParser::RuleDbccStatement)) {
    auto node = std::make_unique<ast::Dbcc>(range_of(s));
    node->command = id_upper(s->id(0));
    std::vector<antlr4::Token*> tokens;
    collect_tokens(s, tokens);
    node->words = upper_words(tokens, 2);
    return node;
  }
  if (auto* s = as<Ctx::CheckpointStatementContext>(c, TSqlParser::RuleCheckpointStatement)) {
    return std::make_unique<ast::Checkpoint>(range_of(s));
  }
  if (auto* s = as<Ctx::KillStatementContext>(c, TSqlParser::RuleKillStatement)) {
    auto node = std::make_unique<ast::Kill>(range_of(s));
    node->target = s->MINUS() ? "-" + s->INTEGER()->getText() : s->children[1]->getText();
    return node;
  }
  if (auto* s = as<Ctx::ReconfigureStatementContext>(c, TSqlParser::RuleReconfigureStatement)) {
    auto node = std::make_unique<ast::Reconfigure>(range_of(s));
    node->with_override = s->WITH() != nullptr;
    return node;
  }
  if (auto* s = as<Ctx::AlterTableContext>(c, TSqlParser::RuleAlterTable)) return alter_table(s);
  if (auto* s = as<Ctx::CreateIndexContext>(c, TSqlParser::RuleCreateIndex)) return create_index(s);
  if (auto* s = as<Ctx::AlterIndexContext>(c, TSqlParser::RuleAlterIndex)) return alter_index(s);
  if (auto* s = as<Ctx::DropIndexContext>(c, TSqlParser::RuleDropIndex)) return drop_index(s);
  if (auto* s = as<Ctx::DropObjectContext>(c, TSqlParser::RuleDropObject)) return drop_object(s);
  if (auto* s = as<Ctx::CreateSchemaContext>(c, TSqlParser::RuleCreateSchema)) {
    auto node = std::make_unique<ast::CreateSchema>(range_of(s));
    node->name = id_text(s->id(0));
    if (s->id().size() > 1) node->owner = id_text(s->id(1));
    return node;
  }
  if (auto* s = as<Ctx::CreateTypeContext>(c, TSqlParser::RuleCreateType)) {
    auto node = std::make_unique<ast::CreateType>(range_of(s));
    node->name = object_name(s->qualifiedName(0));
    node->is_table = s->TABLE() != nullptr;
    if (s->dataType()) node->base_type = data_type(s->dataType());
    std::vector<ast::TableConstraint> ignored;
    table_elements(s->tableElement(), node->columns, ignored);
    return node;
  }
  if (auto* s = as<Ctx::SequenceStatementContext>(c, TSqlParser::RuleSequenceStatement)) {
    auto node = std::make_unique<ast::Sequence>(range_of(s));
    node->name = object_name(s->qualifiedName());
    node->is_alter = s->ALTER() != nullptr;
    return node;
  }
  if (auto* s = as<Ctx::CreateSynonymContext>(c, TSqlParser::RuleCreateSynonym)) {
    auto node = std::make_unique<ast::CreateSynonym>(range_of(s));
    node->name = object_name(s->qualifiedName(0));
    node->target = object_name(s->qualifiedName(1));
    return node;
  }
  if (auto* s = as<Ctx::CreateStatisticsContext>(c, TSqlParser::RuleCreateStatistics)) {
    auto node = std::make_unique<ast::CreateStatistics>(range_of(s));
    node->name = id_text(s->id());
    node->table = object_name(s->qualifiedName());
    return node;
  }
  if (auto* s = as<Ctx::UpdateStatisticsContext>(c, TSqlParser::RuleUpdateStatistics)) {
    auto node = std::make_unique<ast::UpdateStatistics>(range_of(s));
    node->table = object_name(s->qualifiedName());
    return node;
  }
  if (auto* s = as<Ctx::CreateDatabaseContext>(c, TSqlParser::RuleCreateDatabase)) {
    auto node = std::make_unique<ast::CreateDatabase>(range_of(s));
    node->name = id_text(s->id());
    return node;
  }
  if (auto* s = as<Ctx::AlterDatabaseContext>(c, TSqlParser::RuleAlterDatabase)) {
    auto node = std::make_unique<ast::AlterDatabase>(range_of(s));
    node->name = s->CURRENT() ? std::string("CURRENT") : id_text(s->id());
    node->set_options = database_set_options(s);
    return node;
  }
  if (auto* s = as<Ctx::CreatePrincipalContext>(c, TSqlParser::RuleCreatePrincipal)) {
    auto node = std::make_unique<ast::CreatePrincipal>(range_of(s));
    node->principal_type = upper(s->children[1]->getText());
    node->name = id_text(s->id());
    return node;
  }
  if (auto* s = as<Ctx::AlterPrincipalContext>(c, TSqlParser::RuleAlterPrincipal)) {
    auto node = std::make_unique<ast::AlterPrincipal>(range_of(s));
    node->principal_type = upper(s->children[1]->getText());
    node->name = id_text(s->id(0));
    return node;
  }
  if (auto* s = as<Ctx::AlterRoleContext>(c, TSqlParser::RuleAlterRole)) {
    auto node = std::make_unique<ast::AlterRole>(range_of(s));
    node->server_role = s->ID() != nullptr;
    std::vector<Ctx::IdContext*> ids = s->id();
    node->role = id_text(ids[0]);
    if (s->ADD()) node->added_member = id_text(ids.back());
    if (s->DROP()) node->dropped_member = id_text(ids.back());
    return node;
  }
  if (auto* s = as<Ctx::PartitionStatementContext>(c, TSqlParser::RulePartitionStatement)) {
    auto node = std::make_unique<ast::PartitionObject>(range_of(s));
    node->is_alter = s->ALTER() != nullptr;
    node->is_scheme = s->FUNCTION() == nullptr;
    node->name = id_text(s->id(0));
    return node;
  }
  if (auto* s = as<Ctx::TruncateTableContext>(c, TSqlParser::RuleTruncateTable)) {
    auto node = std::make_unique<ast::Truncate>(range_of(s));
    node->table = object_name(s->qualifiedName());
    node->partitions = s->WITH() != nullptr;
    return node;
  }
  if (auto* s = as<Ctx::BulkInsertContext>(c, TSqlParser::RuleBulkInsert)) {
    auto node = std::make_unique<ast::BulkInsert>(range_of(s));
    node->table = object_name(s->qualifiedName());
    return node;
  }
  if (auto* s = as<Ctx::TriggerToggleContext>(c, TSqlParser::RuleTriggerToggle)) {
    auto node = std::make_unique<ast::TriggerToggle>(range_of(s));
    node->enable = s->ENABLE() != nullptr;
    node->all = token_type(s->children[2]) == TSqlLexer::ALL;
    const std::size_t on = token_position(s, TSqlLexer::ON);
    for (std::size_t i = 0; i < s->children.size(); ++i) {
      auto* name = dynamic_cast<Ctx::QualifiedNameContext*>(s->children[i]);
      if (name == nullptr) continue;
      if (i < on) {
        node->triggers.push_back(object_name(name));
      } else {
        node->scope = object_name(name).display();
      }
    }
    if (s->DATABASE()) node->scope = "DATABASE";
    if (node->scope.empty()) node->scope = "ALL SERVER";
    return node;
  }
  if (auto* s = as<Ctx::OtherStatementContext>(c, TSqlParser::RuleOtherStatement))
    return other_statement(s);
  if (auto* s = as<Ctx::LesserStatementContext>(c, TSqlParser::RuleLesserStatement)) {
    return build_other(dynamic_cast<ParserRuleContext*>(s->children.at(0)));
  }
  if (auto* s = as<Ctx::BrokerStatementContext>(c, TSqlParser::RuleBrokerStatement))
    return verb_statement(s);
  if (auto* s = as<Ctx::TextPointerStatementContext>(c, TSqlParser::RuleTextPointerStatement))
    return verb_statement(s);
  if (auto* s = as<Ctx::SetuserStatementContext>(c, TSqlParser::RuleSetuserStatement))
    return verb_statement(s);

  return nullptr;
}

}  // namespace

}  // namespace pf::parse
