// Inline suppressions: `-- preflight-disable-next-statement PF101, drop-table -- reason`.
// Only the comment's words are read here; whether the rules exist is PF002's job (rules stage)
// and whether the suppression applies is the policy's.
#include "parse/directives.h"

#include "TSqlLexer.h"
#include "parse/ast_builder.h"
#include "source/source.h"

#include <algorithm>
#include <cctype>

namespace pf::parse {
namespace {

constexpr std::string_view kPrefix = "preflight-disable";
constexpr std::string_view kNextStatement = "preflight-disable-next-statement";
constexpr std::string_view kFile = "preflight-disable-file";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

using source::equal_ignoring_case;

}  // namespace

std::optional<ast::SuppressionDirective> read_directive(std::string_view comment,
                                                        ast::SourceRange range) {
  std::string_view body;
  if (comment.substr(0, 2) == "--") {
    body = comment.substr(2);
  } else if (comment.substr(0, 2) == "/*" && comment.size() >= 4 &&
             comment.substr(comment.size() - 2) == "*/") {
    body = comment.substr(2, comment.size() - 4);
  } else {
    return std::nullopt;
  }
  body = trim(body);
  // Any spelling of the prefix is a directive, so that a misspelt one is reported (PF002)
  // instead of silently suppressing nothing.
  if (body.size() < kPrefix.size() ||
      !equal_ignoring_case(body.substr(0, kPrefix.size()), kPrefix)) {
    return std::nullopt;
  }
  ast::SuppressionDirective directive;
  directive.range = range;
  std::size_t word_end = 0;
  while (word_end < body.size() && !is_space(body[word_end])) ++word_end;
  directive.keyword = std::string(body.substr(0, word_end));
  if (equal_ignoring_case(directive.keyword, kNextStatement)) {
    directive.scope = ast::SuppressionDirective::Scope::NextStatement;
  } else if (equal_ignoring_case(directive.keyword, kFile)) {
    directive.scope = ast::SuppressionDirective::Scope::File;
  } else {
    directive.scope = ast::SuppressionDirective::Scope::Unknown;
  }
  std::string_view rest = body.substr(word_end);
  std::string_view list = rest;
  if (const std::size_t dashes = rest.find("--"); dashes != std::string_view::npos) {
    list = rest.substr(0, dashes);
    directive.reason = std::string(trim(rest.substr(dashes + 2)));
  }
  std::string current;
  for (const char c : list) {
    if (c == ',' || is_space(c)) {
      if (!current.empty()) directive.rules.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) directive.rules.push_back(std::move(current));
  return directive;
}

void collect_directives(antlr4::CommonTokenStream& tokens,
                        std::vector<ast::SuppressionDirective>& out) {
  for (const antlr4::Token* token : tokens.getTokens()) {
    const std::size_t type = token->getType();
    if (type != TSqlLexer::LINE_COMMENT && type != TSqlLexer::BLOCK_COMMENT) continue;
    std::string text = token->getText();
    ast::SourceRange range = token_range(token, token);
    if (type == TSqlLexer::LINE_COMMENT) {
      // A CRLF script leaves the CR in the line comment's text; it is not part of the comment.
      while (!text.empty() && text.back() == '\r') text.pop_back();
      range.end = range.begin;
      range.end.column += static_cast<std::uint32_t>(source::count_code_points(text));
    }
    if (std::optional<ast::SuppressionDirective> directive = read_directive(text, range)) {
      out.push_back(std::move(*directive));
    }
  }
}

}  // namespace pf::parse
