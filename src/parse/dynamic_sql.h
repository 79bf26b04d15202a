// Private to the parse stage: the SQL text an EXEC runs, when it is a literal, parsed as statements
// placed at the literal's characters in the file.
#pragma once

#include "ast/ast.h"
#include "parse/hidden_characters.h"
#include "parse/parse.h"
#include "source/source.h"

#include <antlr4-runtime.h>

#include <vector>

namespace pf::parse {

// Finds the EXECs of literal SQL among `statements` and their children and parses what they run
// into their `dynamic_statements`: a literal, or a variable of the batch (`tokens`) that certainly
// holds one (variable_sql.h). `substituted`: the batch was read with SQLCMD values put in.
// `scopes`, when given, receives the literals read as code (PF317).
void parse_dynamic_sql(ast::StatementList& statements, antlr4::CommonTokenStream& tokens,
                       const source::SourceFile& file, const ParseOptions& options,
                       bool substituted, std::vector<LiteralScope>* scopes);

}  // namespace pf::parse
