// Procedures, functions, triggers and views.
#include "parse/build_common.h"

namespace pf::parse::build {

namespace {

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

}  // namespace

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

}  // namespace pf::parse::build
