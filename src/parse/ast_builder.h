// Private to the parse stage: parse-tree contexts -> ast nodes.
#pragma once

#include "TSqlLexer.h"
#include "TSqlParser.h"
#include "ast/ast.h"

#include <antlr4-runtime.h>

namespace pf::parse {

// Position of a token's first character, and just past its last one.
[[nodiscard]] ast::SourcePosition token_begin(const antlr4::Token* token);
[[nodiscard]] ast::SourcePosition token_end(const antlr4::Token* token);
[[nodiscard]] ast::SourceRange token_range(const antlr4::Token* first, const antlr4::Token* last);

// Builds one statement. The contexts belong to the parser and die at its next reset(), so the
// builder copies every string and range it keeps.
[[nodiscard]] ast::StatementPtr build_statement(TSqlParser::StatementContext* ctx);
// The first statement of a batch, which may be a procedure call without EXEC.
[[nodiscard]] ast::StatementPtr build_batch_start(TSqlParser::BatchStartEntryContext* ctx);

// The compound statements, from their parts: whether the parser read one whole (the builders) or
// the batch driver put it together statement by statement around a syntax error inside.
[[nodiscard]] std::unique_ptr<ast::Block> make_block(ast::SourceRange range,
                                                     ast::StatementList statements);
[[nodiscard]] std::unique_ptr<ast::TryCatch> make_try_catch(ast::SourceRange range,
                                                            ast::StatementList try_statements,
                                                            ast::StatementList catch_statements);
[[nodiscard]] std::unique_ptr<ast::If> make_if(ast::SourceRange range,
                                               std::vector<ast::TableReference> tables,
                                               ast::StatementPtr then_branch,
                                               ast::StatementPtr else_branch);
[[nodiscard]] std::unique_ptr<ast::While> make_while(ast::SourceRange range,
                                                     std::vector<ast::TableReference> tables,
                                                     ast::StatementPtr body);

// The tables named under `ctx` (an IF or WHILE condition the driver parsed on its own).
[[nodiscard]] std::vector<ast::TableReference> table_references_of(antlr4::ParserRuleContext* ctx);

}  // namespace pf::parse
