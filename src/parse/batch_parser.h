// Private to the parse stage: the statements of one lexed batch, each parsed on its own so that a
// syntax error costs the statement it is in.
#pragma once

#include "ast/ast.h"
#include "parse/token_stream.h"

namespace pf::parse {

// Parses every statement of `lexed` into `batch`, with the batch's prediction counts.
void parse_statements(Lexed& lexed, ast::Batch& batch);

}  // namespace pf::parse
