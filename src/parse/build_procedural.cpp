// Control flow, variables, cursors and SET.
#include "parse/build_common.h"

namespace pf::parse {

std::unique_ptr<ast::Block> make_block(ast::SourceRange range, ast::StatementList statements) {
  auto node = std::make_unique<ast::Block>(range);
  node->statements = std::move(statements);
  return node;
}

std::unique_ptr<ast::TryCatch> make_try_catch(ast::SourceRange range,
                                              ast::StatementList try_statements,
                                              ast::StatementList catch_statements) {
  auto node = std::make_unique<ast::TryCatch>(range);
  node->try_statements = std::move(try_statements);
  node->catch_statements = std::move(catch_statements);
  return node;
}

std::unique_ptr<ast::If> make_if(ast::SourceRange range, std::vector<ast::TableReference> tables,
                                 ast::StatementPtr then_branch, ast::StatementPtr else_branch) {
  auto node = std::make_unique<ast::If>(range);
  node->table_references = std::move(tables);
  node->then_branch = std::move(then_branch);
  node->else_branch = std::move(else_branch);
  return node;
}

std::unique_ptr<ast::While> make_while(ast::SourceRange range,
                                       std::vector<ast::TableReference> tables,
                                       ast::StatementPtr body) {
  auto node = std::make_unique<ast::While>(range);
  node->table_references = std::move(tables);
  node->body = std::move(body);
  return node;
}

}  // namespace pf::parse

namespace pf::parse::build {

namespace {

ast::StatementPtr statement_of(Ctx::StatementEntryContext* entry) {
  return build_statement(entry->statement());
}

}  // namespace

ast::StatementPtr block(Ctx::BlockContext* s) {
  ast::StatementList statements;
  for (Ctx::StatementEntryContext* entry : s->statementEntry()) {
    statements.push_back(statement_of(entry));
  }
  return make_block(range_of(s), std::move(statements));
}

ast::StatementPtr try_catch(Ctx::TryCatchContext* s) {
  ast::StatementList try_statements;
  ast::StatementList catch_statements;
  bool in_catch = false;
  for (ParseTree* child : s->children) {
    if (token_type(child) == TSqlLexer::CATCH) in_catch = true;
    if (auto* entry = dynamic_cast<Ctx::StatementEntryContext*>(child)) {
      (in_catch ? catch_statements : try_statements).push_back(statement_of(entry));
    }
  }
  return make_try_catch(range_of(s), std::move(try_statements), std::move(catch_statements));
}

// The condition's tables are left to the caller, which collects them from the whole statement.
ast::StatementPtr if_statement(Ctx::IfStatementContext* s) {
  ast::StatementPtr then_branch = statement_of(s->statementEntry(0));
  ast::StatementPtr else_branch;
  if (s->statementEntry().size() > 1) else_branch = statement_of(s->statementEntry(1));
  return make_if(range_of(s), {}, std::move(then_branch), std::move(else_branch));
}

ast::StatementPtr while_statement(Ctx::WhileStatementContext* s) {
  return make_while(range_of(s), {}, statement_of(s->statementEntry()));
}

namespace {

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

}  // namespace

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

ast::StatementPtr declare_statement(Ctx::DeclareStatementContext* s) {
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

ast::StatementPtr declare_cursor(Ctx::DeclareCursorContext* s) {
  auto node = std::make_unique<ast::DeclareCursor>(range_of(s));
  std::vector<Ctx::IdContext*> ids = s->id();
  const std::size_t first_option = s->LOCAL_ID() ? 0 : 1;
  node->name = s->LOCAL_ID() ? s->LOCAL_ID()->getText() : id_text(ids[0]);
  for (std::size_t i = first_option; i < ids.size(); ++i) node->options.push_back(id_upper(ids[i]));
  return cursor_body(s->cursorBody(), std::move(node));
}

ast::StatementPtr goto_statement(Ctx::GotoStatementContext* s) {
  auto node = std::make_unique<ast::Goto>(range_of(s));
  node->label = id_text(s->id());
  return node;
}

ast::StatementPtr label_statement(Ctx::LabelStatementContext* s) {
  auto node = std::make_unique<ast::Label>(range_of(s));
  node->name = id_text(s->id());
  return node;
}

ast::StatementPtr return_statement(Ctx::ReturnStatementContext* s) {
  auto node = std::make_unique<ast::Return>(range_of(s));
  node->has_value = s->expression() != nullptr;
  return node;
}

ast::StatementPtr break_statement(Ctx::BreakStatementContext* s) {
  return std::make_unique<ast::Break>(range_of(s));
}

ast::StatementPtr continue_statement(Ctx::ContinueStatementContext* s) {
  return std::make_unique<ast::Continue>(range_of(s));
}

ast::StatementPtr waitfor_statement(Ctx::WaitforStatementContext* s) {
  auto node = std::make_unique<ast::WaitFor>(range_of(s));
  // `WAITFOR (RECEIVE ...)` waits for a message: its mode is the word inside.
  node->mode = s->id() ? id_upper(s->id()) : id_upper(s->brokerQuery()->id());
  return node;
}

ast::StatementPtr raiserror_statement(Ctx::RaiserrorStatementContext* s) {
  auto node = std::make_unique<ast::Raiserror>(range_of(s));
  if (s->expression().size() > 1) {
    antlr4::Token* ignored = nullptr;
    if (is_literal_expression(s->expression(1), &ignored)) {
      node->severity = text_of(s->expression(1));
    }
  }
  return node;
}

ast::StatementPtr throw_statement(Ctx::ThrowStatementContext* s) {
  auto node = std::make_unique<ast::Throw>(range_of(s));
  node->rethrow = s->scalarExpression().empty();
  return node;
}

ast::StatementPtr cursor_statement(Ctx::CursorStatementContext* s) {
  const std::size_t first = token_type(s->children[0]);
  const auto action = first == TSqlLexer::OPEN    ? ast::CursorOperation::Action::Open
                      : first == TSqlLexer::CLOSE ? ast::CursorOperation::Action::Close
                      : first == TSqlLexer::FETCH ? ast::CursorOperation::Action::Fetch
                                                  : ast::CursorOperation::Action::Deallocate;
  auto node = std::make_unique<ast::CursorOperation>(range_of(s), action);
  node->cursor = cursor_name(s->cursorName());
  return node;
}

ast::StatementPtr print_statement(Ctx::PrintStatementContext* s) {
  return std::make_unique<ast::Print>(range_of(s));
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

}  // namespace pf::parse::build
