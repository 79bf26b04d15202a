// Helpers shared by the unit tests.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "ast/ast.h"
#include "parse/parse.h"
#include "source/source.h"

namespace pf::test {

// A decoded in-memory script; aborts the test if the text is not valid UTF-8.
inline source::SourceFile source_of(std::string_view sql, std::string path = "test.sql") {
  source::Expected<source::SourceFile> file = source::decode_source(std::move(path), sql);
  REQUIRE_MESSAGE(file.ok(), (file.ok() ? std::string() : file.error().message));
  return std::move(file).value();
}

inline ast::Script parse_sql(std::string_view sql) {
  const source::SourceFile file = source_of(sql);
  source::Expected<ast::Script> script = parse::parse_script(file);
  REQUIRE_MESSAGE(script.ok(), (script.ok() ? std::string() : script.error().message));
  return std::move(script).value();
}

// The only statement of a one-statement script, checked to be of type T.
template <class T>
const T& only_statement(const ast::Script& script) {
  REQUIRE(script.batches.size() == 1);
  REQUIRE(script.batches[0].statements.size() == 1);
  const ast::Statement& s = *script.batches[0].statements[0];
  REQUIRE_MESSAGE(dynamic_cast<const T*>(&s) != nullptr,
                  "statement kind is " << std::string(ast::kind_name(s.kind)));
  return static_cast<const T&>(s);
}

}  // namespace pf::test
