// Private to the parse stage: the pre-scan of a batch's tokens that bounds the parser's recursion.
#pragma once

#include "source/source.h"

#include <antlr4-runtime.h>

#include <cstddef>
#include <optional>

namespace pf::parse {

// Nesting that drives recursion in the parser; checked before parsing so that hostile input is
// an error with a position instead of a stack overflow.
std::optional<source::Error> check_nesting(antlr4::CommonTokenStream& tokens, std::size_t limit);

// Tokens that may start a statement: the parser resumes at one of them after an unparsed one.
// Derived from the grammar so that it follows every new statement. `(` and WITH are left out:
// both appear inside statements far more often than at their start; so are names.
const antlr4::misc::IntervalSet& statement_starts();

}  // namespace pf::parse
