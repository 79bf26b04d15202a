// Statement kind -> builder: one line per alternative of `statement`, chosen by the context's rule
// index (a virtual call, where a dynamic_cast per candidate walks the class hierarchy).
#include "parse/build_common.h"

namespace pf::parse::build {
namespace {

template <class Context>
Context* as(ParserRuleContext* c) {
  return static_cast<Context*>(c);
}

}  // namespace

ast::StatementPtr dispatch(ParserRuleContext* c) {
  // clang-format off
  switch (c->getRuleIndex()) {
    case Ctx::RuleCreateTable: return create_table(as<Ctx::CreateTableContext>(c));
    case Ctx::RuleAlterTable: return alter_table(as<Ctx::AlterTableContext>(c));
    case Ctx::RuleDropTable: return drop_table(as<Ctx::DropTableContext>(c));
    case Ctx::RuleTruncateTable: return truncate_table(as<Ctx::TruncateTableContext>(c));
    case Ctx::RuleCreateIndex: return create_index(as<Ctx::CreateIndexContext>(c));
    case Ctx::RuleAlterIndex: return alter_index(as<Ctx::AlterIndexContext>(c));
    case Ctx::RuleDropIndex: return drop_index(as<Ctx::DropIndexContext>(c));
    case Ctx::RuleDropObject: return drop_object(as<Ctx::DropObjectContext>(c));
    case Ctx::RuleCreateStatistics: return create_statistics(as<Ctx::CreateStatisticsContext>(c));
    case Ctx::RuleUpdateStatistics: return update_statistics(as<Ctx::UpdateStatisticsContext>(c));
    case Ctx::RuleCreateSchema: return create_schema(as<Ctx::CreateSchemaContext>(c));
    case Ctx::RuleCreateType: return create_type(as<Ctx::CreateTypeContext>(c));
    case Ctx::RuleSequenceStatement: return sequence_statement(as<Ctx::SequenceStatementContext>(c));
    case Ctx::RuleCreateSynonym: return create_synonym(as<Ctx::CreateSynonymContext>(c));
    case Ctx::RulePartitionStatement: return partition_statement(as<Ctx::PartitionStatementContext>(c));
    case Ctx::RuleTriggerToggle: return trigger_toggle(as<Ctx::TriggerToggleContext>(c));
    case Ctx::RuleCreateDatabase: return create_database(as<Ctx::CreateDatabaseContext>(c));
    case Ctx::RuleAlterDatabase: return alter_database(as<Ctx::AlterDatabaseContext>(c));
    case Ctx::RuleCteStatement: return cte_statement(as<Ctx::CteStatementContext>(c));
    case Ctx::RuleBulkInsert: return bulk_insert(as<Ctx::BulkInsertContext>(c));
    case Ctx::RuleCreateProcedure: return create_procedure(as<Ctx::CreateProcedureContext>(c));
    case Ctx::RuleCreateFunction: return create_function(as<Ctx::CreateFunctionContext>(c));
    case Ctx::RuleCreateTrigger: return create_trigger(as<Ctx::CreateTriggerContext>(c));
    case Ctx::RuleCreateView: return create_view(as<Ctx::CreateViewContext>(c));
    case Ctx::RuleBlock: return block(as<Ctx::BlockContext>(c));
    case Ctx::RuleTryCatch: return try_catch(as<Ctx::TryCatchContext>(c));
    case Ctx::RuleIfStatement: return if_statement(as<Ctx::IfStatementContext>(c));
    case Ctx::RuleWhileStatement: return while_statement(as<Ctx::WhileStatementContext>(c));
    case Ctx::RuleDeclareStatement: return declare_statement(as<Ctx::DeclareStatementContext>(c));
    case Ctx::RuleDeclareCursor: return declare_cursor(as<Ctx::DeclareCursorContext>(c));
    case Ctx::RuleSetStatement: return set_statement(as<Ctx::SetStatementContext>(c));
    case Ctx::RuleGotoStatement: return goto_statement(as<Ctx::GotoStatementContext>(c));
    case Ctx::RuleLabelStatement: return label_statement(as<Ctx::LabelStatementContext>(c));
    case Ctx::RuleReturnStatement: return return_statement(as<Ctx::ReturnStatementContext>(c));
    case Ctx::RuleBreakStatement: return break_statement(as<Ctx::BreakStatementContext>(c));
    case Ctx::RuleContinueStatement: return continue_statement(as<Ctx::ContinueStatementContext>(c));
    case Ctx::RuleWaitforStatement: return waitfor_statement(as<Ctx::WaitforStatementContext>(c));
    case Ctx::RuleRaiserrorStatement: return raiserror_statement(as<Ctx::RaiserrorStatementContext>(c));
    case Ctx::RuleThrowStatement: return throw_statement(as<Ctx::ThrowStatementContext>(c));
    case Ctx::RuleCursorStatement: return cursor_statement(as<Ctx::CursorStatementContext>(c));
    case Ctx::RulePrintStatement: return print_statement(as<Ctx::PrintStatementContext>(c));
    case Ctx::RuleTransactionStatement: return transaction(as<Ctx::TransactionStatementContext>(c));
    case Ctx::RuleExecuteStatement: return execute(as<Ctx::ExecuteStatementContext>(c));
    case Ctx::RuleProcedureCallWithoutExec: return procedure_call_without_exec(as<Ctx::ProcedureCallWithoutExecContext>(c));
    case Ctx::RuleExecuteAsStatement: return execute_as_statement(as<Ctx::ExecuteAsStatementContext>(c));
    case Ctx::RuleRevertStatement: return revert_statement(as<Ctx::RevertStatementContext>(c));
    case Ctx::RulePermissionStatement: return permission(as<Ctx::PermissionStatementContext>(c));
    case Ctx::RuleAlterAuthorization: return alter_authorization(as<Ctx::AlterAuthorizationContext>(c));
    case Ctx::RuleCreatePrincipal: return create_principal(as<Ctx::CreatePrincipalContext>(c));
    case Ctx::RuleAlterPrincipal: return alter_principal(as<Ctx::AlterPrincipalContext>(c));
    case Ctx::RuleAlterRole: return alter_role(as<Ctx::AlterRoleContext>(c));
    case Ctx::RuleUseStatement: return use_statement(as<Ctx::UseStatementContext>(c));
    case Ctx::RuleDbccStatement: return dbcc_statement(as<Ctx::DbccStatementContext>(c));
    case Ctx::RuleCheckpointStatement: return checkpoint_statement(as<Ctx::CheckpointStatementContext>(c));
    case Ctx::RuleKillStatement: return kill_statement(as<Ctx::KillStatementContext>(c));
    case Ctx::RuleReconfigureStatement: return reconfigure_statement(as<Ctx::ReconfigureStatementContext>(c));
    case Ctx::RuleOtherStatement: return other_statement(as<Ctx::OtherStatementContext>(c));
    case Ctx::RuleBrokerStatement: return verb_statement(c);
    case Ctx::RuleTextPointerStatement: return verb_statement(c);
    case Ctx::RuleSetuserStatement: return setuser_statement(as<Ctx::SetuserStatementContext>(c));
    case Ctx::RuleSelectStatement:
    case Ctx::RuleInsertStatement:
    case Ctx::RuleUpdateStatement:
    case Ctx::RuleDeleteStatement:
    case Ctx::RuleMergeStatement: return dml(c, c);
    case Ctx::RuleLesserStatement: return dispatch(static_cast<ParserRuleContext*>(c->children.at(0)));
    default: return nullptr;
  }
  // clang-format on
}

namespace {

// The statement whose rule context is `c`, with the tables it names and the statements it runs as
// table sources.
ast::StatementPtr build_from(ParserRuleContext* c) {
  ast::StatementPtr node = dispatch(c);
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
}  // namespace pf::parse::build

namespace pf::parse {

ast::StatementPtr build_statement(TSqlParser::StatementContext* ctx) {
  return build::build_from(static_cast<antlr4::ParserRuleContext*>(ctx->children.at(0)));
}

ast::StatementPtr build_batch_start(TSqlParser::BatchStartEntryContext* ctx) {
  if (TSqlParser::StatementContext* statement = ctx->statement()) return build_statement(statement);
  return build::build_from(ctx->procedureCallWithoutExec());
}

}  // namespace pf::parse
