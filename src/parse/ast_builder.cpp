#include "parse/ast_builder.h"

#include <string>

namespace pf::parse {
namespace {

using Ctx = TSqlParser;

std::uint32_t to_u32(std::size_t v) { return static_cast<std::uint32_t>(v); }

ast::SourceRange range_of(antlr4::ParserRuleContext* ctx) {
  return token_range(ctx->getStart(), ctx->getStop());
}

// `[a]]b]` -> `a]b`, `"a""b"` -> `a"b`; other identifiers as written.
std::string identifier_text(antlr4::Token* token) {
  std::string text = token->getText();
  const std::size_t type = token->getType();
  if (type != TSqlLexer::BRACKET_ID && type != TSqlLexer::QUOTED_ID) return text;
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

ast::ObjectName object_name(Ctx::QualifiedNameContext* ctx) {
  ast::ObjectName name;
  name.range = range_of(ctx);
  std::size_t dots = 0;
  for (antlr4::tree::ParseTree* child : ctx->children) {
    if (auto* id = dynamic_cast<Ctx::IdContext*>(child)) {
      // Each dot after the first in a run stands for an omitted part: `db..t`.
      for (std::size_t i = 1; i < dots; ++i) name.parts.emplace_back();
      name.parts.push_back(identifier_text(id->getStart()));
      dots = 0;
    } else {
      ++dots;
    }
  }
  return name;
}

ast::ObjectName variable_name(antlr4::tree::TerminalNode* local_id) {
  ast::ObjectName name;
  name.parts.push_back(local_id->getText());
  name.range = token_range(local_id->getSymbol(), local_id->getSymbol());
  return name;
}

ast::ObjectName dml_target(Ctx::DmlTargetContext* ctx) {
  return ctx->qualifiedName() ? object_name(ctx->qualifiedName()) : variable_name(ctx->LOCAL_ID());
}

ast::DataType data_type(Ctx::DataTypeContext* ctx) {
  ast::DataType type;
  type.name = object_name(ctx->qualifiedName()).display();
  if (ctx->MAX()) type.args.push_back("max");
  for (Ctx::SignedNumberContext* n : ctx->signedNumber()) type.args.push_back(n->getText());
  type.range = range_of(ctx);
  return type;
}

ast::ConstraintKind constraint_kind(Ctx::ConstraintBodyContext* body) {
  if (body->PRIMARY()) return ast::ConstraintKind::PrimaryKey;
  if (body->UNIQUE()) return ast::ConstraintKind::Unique;
  if (body->CHECK()) return ast::ConstraintKind::Check;
  return ast::ConstraintKind::ForeignKey;
}

ast::ColumnDefinition column_definition(Ctx::ColumnDefinitionContext* ctx) {
  ast::ColumnDefinition column;
  column.name = identifier(ctx->id());
  column.range = range_of(ctx);
  if (ctx->dataType() == nullptr) {
    column.computed = true;
    return column;
  }
  column.type = data_type(ctx->dataType());
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

std::unique_ptr<ast::CreateTable> create_table(Ctx::CreateTableContext* ctx) {
  auto node = std::make_unique<ast::CreateTable>(range_of(ctx));
  node->name = object_name(ctx->qualifiedName());
  for (Ctx::TableElementContext* element : ctx->tableElement()) {
    if (element->columnDefinition()) {
      node->columns.push_back(column_definition(element->columnDefinition()));
      for (Ctx::ColumnOptionContext* option : element->columnDefinition()->columnOption()) {
        if (auto* c = dynamic_cast<Ctx::ColumnConstraintContext*>(option)) {
          node->constraints.push_back(ast::TableConstraint{
              c->id() ? std::optional<std::string>(identifier(c->id()).value) : std::nullopt,
              constraint_kind(c->constraintBody()), range_of(c)});
        }
      }
    } else {
      Ctx::TableConstraintContext* c = element->tableConstraint();
      node->constraints.push_back(ast::TableConstraint{
          c->id() ? std::optional<std::string>(identifier(c->id()).value) : std::nullopt,
          constraint_kind(c->constraintBody()), range_of(c)});
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

std::unique_ptr<ast::Select> select(Ctx::SelectStatementContext* ctx) {
  auto node = std::make_unique<ast::Select>(range_of(ctx));
  // Only the first query of a UNION may have INTO.
  Ctx::QueryTermContext* term = ctx->queryExpression()->queryTerm(0);
  while (term->querySpecification() == nullptr) term = term->queryExpression()->queryTerm(0);
  if (Ctx::QuerySpecificationContext* spec = term->querySpecification(); spec->INTO()) {
    node->into = object_name(spec->qualifiedName());
  }
  return node;
}

ast::StatementPtr statement_of(Ctx::StatementEntryContext* entry) {
  return build_statement(entry->statement());
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

ast::StatementPtr build_statement(TSqlParser::StatementContext* ctx) {
  if (auto* c = ctx->createTable()) return create_table(c);
  if (auto* c = ctx->dropTable()) return drop_table(c);
  if (auto* c = ctx->selectStatement()) return select(c);
  if (auto* c = ctx->insertStatement()) {
    auto node = std::make_unique<ast::Insert>(range_of(c));
    node->target = dml_target(c->dmlTarget());
    return node;
  }
  if (auto* c = ctx->updateStatement()) {
    auto node = std::make_unique<ast::Update>(range_of(c));
    node->target = dml_target(c->dmlTarget());
    node->has_from = c->fromClause() != nullptr;
    node->has_where = c->whereClause() != nullptr;
    return node;
  }
  if (auto* c = ctx->deleteStatement()) {
    auto node = std::make_unique<ast::Delete>(range_of(c));
    node->target = dml_target(c->dmlTarget());
    node->has_from = c->fromClause() != nullptr;
    node->has_where = c->whereClause() != nullptr;
    return node;
  }
  if (auto* c = ctx->block()) {
    auto node = std::make_unique<ast::Block>(range_of(c));
    for (Ctx::StatementEntryContext* entry : c->statementEntry()) {
      node->statements.push_back(statement_of(entry));
    }
    return node;
  }
  if (auto* c = ctx->ifStatement()) {
    auto node = std::make_unique<ast::If>(range_of(c));
    node->then_branch = statement_of(c->statementEntry(0));
    if (c->statementEntry().size() > 1) node->else_branch = statement_of(c->statementEntry(1));
    return node;
  }
  if (auto* c = ctx->useStatement()) {
    auto node = std::make_unique<ast::Use>(range_of(c));
    node->database = identifier(c->id()).value;
    return node;
  }
  if (auto* c = ctx->printStatement()) return std::make_unique<ast::Print>(range_of(c));
  if (auto* c = ctx->transactionStatement()) {
    const auto action = c->BEGIN()    ? ast::Transaction::Action::Begin
                        : c->COMMIT() ? ast::Transaction::Action::Commit
                                      : ast::Transaction::Action::Rollback;
    return std::make_unique<ast::Transaction>(range_of(c), action);
  }
  // Every alternative of `statement` is handled above; a new one without a builder is a bug that
  // must not pass silently, so it becomes an unparsed statement (fail closed).
  auto node = std::make_unique<ast::Unparsed>(range_of(ctx));
  node->reason = "statement kind not yet supported by Preflight's AST";
  return node;
}

}  // namespace pf::parse
