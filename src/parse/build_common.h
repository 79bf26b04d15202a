// Private to the statement builders (build_*.cpp, dispatch.cpp): the helpers they share and the
// builder of each statement kind, which dispatch() calls by the context's rule index.
#pragma once

#include "parse/ast_builder.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pf::parse::build {

using Ctx = TSqlParser;
using antlr4::ParserRuleContext;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;

// The statement whose rule context is `c` (an alternative of `statement`, the inner statement of
// a derived DML source, or the procedure call of a batch's first statement); null for a rule
// without a builder.
[[nodiscard]] ast::StatementPtr dispatch(ParserRuleContext* c);

// ---------------------------------------------------------------- helpers (build_common.cpp)

inline std::uint32_t to_u32(std::size_t v) { return static_cast<std::uint32_t>(v); }

inline ast::SourceRange range_of(ParserRuleContext* ctx) {
  return token_range(ctx->getStart(), ctx->getStop());
}

inline std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// The script's own text of a context, comments and spacing included.
std::string text_of(ParserRuleContext* ctx);

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

inline std::size_t token_type(ParseTree* node) {
  auto* t = dynamic_cast<TerminalNode*>(node);
  return t != nullptr ? t->getSymbol()->getType() : 0;
}

// The rule index of a node that has children (a token never has any), else none. The tree walks
// below visit every node of every statement; a dynamic_cast per node and candidate type cost more
// than the parse itself (callgrind: 46% of the instructions on a script of UPDATEs).
constexpr std::size_t kNoRule = static_cast<std::size_t>(-1);
inline std::size_t rule_index(ParseTree* node) {
  return node->children.empty() ? kNoRule : static_cast<ParserRuleContext*>(node)->getRuleIndex();
}

bool has_token(ParseTree* ctx, std::size_t type);
std::size_t token_position(ParseTree* ctx, std::size_t type, std::size_t from = 0);
void collect_tokens(ParseTree* node, std::vector<antlr4::Token*>& out);
std::string identifier_text(antlr4::Token* token);
ast::Identifier identifier(Ctx::IdContext* ctx);
std::string id_text(Ctx::IdContext* ctx);
std::string id_upper(Ctx::IdContext* ctx);
ast::ObjectName object_name(Ctx::QualifiedNameContext* ctx);
ast::ObjectName variable_name(TerminalNode* local_id);
std::string string_value(const antlr4::Token* token);
ast::ObjectName dml_target(Ctx::DmlTargetContext* ctx);
ast::DataType data_type(Ctx::DataTypeContext* ctx);
std::vector<ast::TableReference> collect_table_references(ParseTree* root);
// The literals among `tokens` written as the value of PASSWORD, OLD_PASSWORD, NEW_PASSWORD,
// MEDIAPASSWORD or SECRET (`PASSWORD = N'x'`, `SECRET = 'x'`, `PASSWORD = 0x02... HASHED`), in
// order.
std::vector<ast::SecretLiteral> secret_literals(const std::vector<antlr4::Token*>& tokens);
// The same under `root`, added to `out`.
void add_secret_literals(ParseTree* root, ast::RareList<ast::SecretLiteral>& out);
// `expression` (an INSERT value, a SET value, a DEFAULT) when it is one string literal, in
// parentheses or not, without the N prefix and with a character outside ASCII; else none.
std::optional<ast::NonUnicodeString> non_unicode_string(ParseTree* expression, std::string column);
// The string literals under `root` that name a file on the server: the value of `DISK =`,
// `FILENAME =`, `FORMATFILE =` or `ERRORFILE =`, and the one after `from_keyword` when it is
// given (BULK INSERT t FROM '...').
std::vector<ast::FilePath> file_paths(ParseTree* root, std::size_t from_keyword = 0);

// ---------------------------------------------------------------- tables (build_tables.cpp)

void table_elements(const std::vector<Ctx::TableElementContext*>& elements,
                    std::vector<ast::ColumnDefinition>& columns,
                    std::vector<ast::TableConstraint>& constraints);
std::string words_upper(ParserRuleContext* ctx);
// ONLINE and WAIT_AT_LOW_PRIORITY among the WITH options `with` (may be null).
ast::OnlineOption online_option(ParseTree* with);
std::unique_ptr<ast::CreateTable> create_table(Ctx::CreateTableContext* ctx);
std::unique_ptr<ast::DropTable> drop_table(Ctx::DropTableContext* ctx);
std::unique_ptr<ast::AlterTable> alter_table(Ctx::AlterTableContext* ctx);
std::unique_ptr<ast::CreateIndex> create_index(Ctx::CreateIndexContext* ctx);
std::unique_ptr<ast::AlterIndex> alter_index(Ctx::AlterIndexContext* ctx);
std::unique_ptr<ast::Drop> drop_index(Ctx::DropIndexContext* ctx);
std::unique_ptr<ast::Drop> drop_object(Ctx::DropObjectContext* ctx);

// ---------------------------------------------------------------- DML (build_dml.cpp)

std::unique_ptr<ast::Select> select(Ctx::SelectStatementContext* ctx, ParserRuleContext* whole);
// SELECT, INSERT, UPDATE, DELETE or MERGE `c`, ranging over `whole` (a CTE's WITH included).
ast::StatementPtr dml(ParserRuleContext* c, ParserRuleContext* whole);
void attach_dml_sources(ParseTree* root, ast::Statement& node);

// ---------------------------------------------------------------- modules (build_modules.cpp)

std::unique_ptr<ast::CreateProcedure> create_procedure(Ctx::CreateProcedureContext* ctx);
std::unique_ptr<ast::CreateFunction> create_function(Ctx::CreateFunctionContext* ctx);
std::unique_ptr<ast::CreateTrigger> create_trigger(Ctx::CreateTriggerContext* ctx);
std::unique_ptr<ast::CreateView> create_view(Ctx::CreateViewContext* ctx);

// ---------------------------------------------------------------- EXEC (build_execute.cpp)

bool is_literal_expression(ParserRuleContext* e, antlr4::Token** string);
std::unique_ptr<ast::Execute> execute(Ctx::ExecuteStatementContext* ctx);
// The EXEC that OPENQUERY or OPENROWSET runs as a table source `whole`, else null.
std::unique_ptr<ast::Execute> pass_through_query(Ctx::QualifiedNameContext* name,
                                                 Ctx::FunctionArgumentsContext* arguments,
                                                 ParserRuleContext* whole);

// ---------------------------------------------------------------- procedural
// (build_procedural.cpp)

ast::StatementPtr block(Ctx::BlockContext* s);
ast::StatementPtr try_catch(Ctx::TryCatchContext* s);
ast::StatementPtr if_statement(Ctx::IfStatementContext* s);
ast::StatementPtr while_statement(Ctx::WhileStatementContext* s);
ast::StatementPtr set_statement(Ctx::SetStatementContext* ctx);
std::unique_ptr<ast::Transaction> transaction(Ctx::TransactionStatementContext* c);

// ---------------------------------------------------------------- security (build_security.cpp)

std::unique_ptr<ast::Permission> permission(Ctx::PermissionStatementContext* ctx);

// ---------------------------------------------------------------- server (build_server.cpp)

std::unique_ptr<ast::OtherStatement> other_statement(Ctx::OtherStatementContext* ctx);
std::unique_ptr<ast::OtherStatement> verb_statement(antlr4::ParserRuleContext* ctx);
ast::StatementPtr use_statement(Ctx::UseStatementContext* s);

// ---------------------------------------------------------------- one per statement kind

ast::StatementPtr create_statistics(Ctx::CreateStatisticsContext* s);
ast::StatementPtr update_statistics(Ctx::UpdateStatisticsContext* s);
ast::StatementPtr create_schema(Ctx::CreateSchemaContext* s);
ast::StatementPtr create_type(Ctx::CreateTypeContext* s);
ast::StatementPtr sequence_statement(Ctx::SequenceStatementContext* s);
ast::StatementPtr create_synonym(Ctx::CreateSynonymContext* s);
ast::StatementPtr partition_statement(Ctx::PartitionStatementContext* s);
ast::StatementPtr trigger_toggle(Ctx::TriggerToggleContext* s);
ast::StatementPtr create_database(Ctx::CreateDatabaseContext* s);
ast::StatementPtr alter_database(Ctx::AlterDatabaseContext* s);
ast::StatementPtr cte_statement(Ctx::CteStatementContext* s);
ast::StatementPtr truncate_table(Ctx::TruncateTableContext* s);
ast::StatementPtr bulk_insert(Ctx::BulkInsertContext* s);
ast::StatementPtr declare_statement(Ctx::DeclareStatementContext* s);
ast::StatementPtr declare_cursor(Ctx::DeclareCursorContext* s);
ast::StatementPtr goto_statement(Ctx::GotoStatementContext* s);
ast::StatementPtr label_statement(Ctx::LabelStatementContext* s);
ast::StatementPtr return_statement(Ctx::ReturnStatementContext* s);
ast::StatementPtr break_statement(Ctx::BreakStatementContext* s);
ast::StatementPtr continue_statement(Ctx::ContinueStatementContext* s);
ast::StatementPtr waitfor_statement(Ctx::WaitforStatementContext* s);
ast::StatementPtr raiserror_statement(Ctx::RaiserrorStatementContext* s);
ast::StatementPtr throw_statement(Ctx::ThrowStatementContext* s);
ast::StatementPtr cursor_statement(Ctx::CursorStatementContext* s);
ast::StatementPtr print_statement(Ctx::PrintStatementContext* s);
ast::StatementPtr procedure_call_without_exec(Ctx::ProcedureCallWithoutExecContext* s);
ast::StatementPtr execute_as_statement(Ctx::ExecuteAsStatementContext* s);
ast::StatementPtr revert_statement(Ctx::RevertStatementContext* s);
// SETUSER ['user']: an OtherStatement whose name is the user (empty for SETUSER alone).
ast::StatementPtr setuser_statement(Ctx::SetuserStatementContext* s);
ast::StatementPtr alter_authorization(Ctx::AlterAuthorizationContext* s);
ast::StatementPtr create_principal(Ctx::CreatePrincipalContext* s);
ast::StatementPtr alter_principal(Ctx::AlterPrincipalContext* s);
ast::StatementPtr alter_role(Ctx::AlterRoleContext* s);
ast::StatementPtr dbcc_statement(Ctx::DbccStatementContext* s);
ast::StatementPtr checkpoint_statement(Ctx::CheckpointStatementContext* s);
ast::StatementPtr kill_statement(Ctx::KillStatementContext* s);
ast::StatementPtr reconfigure_statement(Ctx::ReconfigureStatementContext* s);

}  // namespace pf::parse::build
