// EXEC in its forms: of a procedure, of SQL text, without the EXEC keyword at a batch's start, and
// the query OPENQUERY and OPENROWSET send to another server.
#include "parse/build_common.h"
#include "source/source.h"

#include <optional>

namespace pf::parse::build {

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

namespace {

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

}  // namespace

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
      node->rowset_function = id_upper(remote->id());
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

ast::StatementPtr procedure_call_without_exec(Ctx::ProcedureCallWithoutExecContext* s) {
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
  node->rowset_function = upper(function);
  return node;
}

}  // namespace pf::parse::build
