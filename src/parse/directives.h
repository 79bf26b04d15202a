// Private to the parse stage: inline suppression directives read from comment tokens.
#pragma once

#include "ast/ast.h"

#include <antlr4-runtime.h>

#include <optional>
#include <string_view>
#include <vector>

namespace pf::parse {

// The directive a comment's text holds (`-- preflight-disable-...` or `/* preflight-disable-...
// */`), or nothing when the comment is ordinary prose. `range` is the comment's range.
[[nodiscard]] std::optional<ast::SuppressionDirective> read_directive(std::string_view comment,
                                                                      ast::SourceRange range);

// Appends the directives of one batch's comments (hidden channel), in source order.
void collect_directives(antlr4::CommonTokenStream& tokens,
                        std::vector<ast::SuppressionDirective>& out);

}  // namespace pf::parse
