// The parse limits (docs/usage.md "Limits"): tokens per batch and nesting depth, including IF and
// WHILE.
#include "test_support.h"

#include <string>

namespace {

using pf::parse::ParseOptions;

std::string repeat(std::string_view text, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += text;
  return out;
}

pf::source::Expected<pf::ast::Script> parse_with(const std::string& sql,
                                                 const ParseOptions& options) {
  const pf::source::SourceFile file = pf::test::source_of(sql);
  return pf::parse::parse_script(file, options);
}

}  // namespace

TEST_CASE("limits: tokens are counted per batch, EOF not included") {
  // `SELECT 1;` is 3 tokens (whitespace is skipped): 3,000 in one batch.
  const std::string one_batch = repeat("SELECT 1;\n", 1000);
  auto over = parse_with(one_batch, ParseOptions{1000, 2999, {}, {}});
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().message ==
        "more than 2999 tokens (the --max-tokens limit) in the batch at line 1");
  CHECK(parse_with(one_batch, ParseOptions{1000, 3000, {}, {}}).ok());
  // The batch named is the one over the limit: here the second, after a GO on line 2.
  auto second = parse_with("SELECT 1;\nGO\n" + one_batch, ParseOptions{1000, 2999, {}, {}});
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().message ==
        "more than 2999 tokens (the --max-tokens limit) in the batch at line 3");
  CHECK(parse_with(repeat("SELECT 1;\nGO\n", 1000), ParseOptions{1000, 3, {}, {}}).ok());
  // Comments are tokens too (hidden ones): they take memory like any other.
  CHECK_FALSE(parse_with("SELECT 1; -- a\n", ParseOptions{1000, 3, {}, {}}).ok());
}

TEST_CASE("limits: a dynamic SQL literal over the token limit is left unparsed") {
  auto script = parse_with("EXEC (N'SELECT 1; SELECT 2;');", ParseOptions{1000, 5, {}, {}});
  REQUIRE(script.ok());  // the batch itself is 5 tokens: EXEC ( literal ) ;
  const auto& exec = static_cast<const pf::ast::Execute&>(*script.value().batches[0].statements[0]);
  CHECK_FALSE(exec.dynamic_parsed);
  auto within = parse_with("EXEC (N'SELECT 1; SELECT 2;');", ParseOptions{1000, 6, {}, {}});
  REQUIRE(within.ok());
  CHECK(static_cast<const pf::ast::Execute&>(*within.value().batches[0].statements[0])
            .dynamic_parsed);
}

TEST_CASE("limits: nested IF and WHILE count toward the depth, sequential ones do not") {
  const ParseOptions ten{10, ParseOptions{}.max_tokens_per_batch, {}, {}};
  // Eleven IFs, each the statement of the one before: the eleventh is too deep.
  auto nested = parse_with(repeat("IF 1 = 1\n", 11) + "PRINT 1;", ten);
  REQUIRE_FALSE(nested.ok());
  CHECK(nested.error().message ==
        "nesting deeper than 10 levels (the --max-depth limit) at line 11, column 1");
  CHECK(parse_with(repeat("IF 1 = 1\n", 10) + "PRINT 1;", ten).ok());
  CHECK_FALSE(parse_with(repeat("WHILE 1 = 1\n", 11) + "BREAK;", ten).ok());
  // Each ELSE IF nests in the IF before it.
  auto chain = parse_with("IF @a = 0 PRINT 0\n" + repeat("ELSE IF @a = 1 PRINT 1\n", 10), ten);
  REQUIRE_FALSE(chain.ok());
  CHECK(chain.error().message ==
        "nesting deeper than 10 levels (the --max-depth limit) at line 11, column 6");
  // Sequential statements close the IF before them, with or without semicolons, with blocks,
  // with conditions in parentheses and with an ELSE.
  CHECK(parse_with(repeat("IF @a = 1 SET @b = 1;\n", 100), ten).ok());
  CHECK(parse_with(repeat("IF @a = 1 PRINT 1\n", 100), ten).ok());
  CHECK(parse_with(repeat("IF EXISTS (SELECT 1 FROM dbo.T) BEGIN PRINT 1 END\n", 100), ten).ok());
  CHECK(parse_with(repeat("IF @a = 1 BEGIN PRINT 1 END ELSE BEGIN PRINT 2 END\n", 100), ten).ok());
  CHECK(parse_with(repeat("WHILE @a < 1 BEGIN SET @a += 1; END\n", 100), ten).ok());
  CHECK(parse_with(repeat("IF @a = 1 BEGIN TRAN;\n", 100), ten).ok());
  // Transactions and dialogs open no level: no END closes them.
  CHECK(parse_with(repeat("BEGIN TRAN; COMMIT;\n", 100), ten).ok());
  CHECK(parse_with(repeat("BEGIN /* why */ DISTRIBUTED TRANSACTION; COMMIT;\n", 100), ten).ok());
  CHECK(parse_with(repeat("BEGIN DIALOG @h FROM SERVICE s TO SERVICE 't';\n", 100), ten).ok());
  // IF and BEGIN levels add up: five IF ... BEGIN pairs are ten levels, six are twelve.
  CHECK(parse_with(repeat("IF 1 = 1 BEGIN\n", 5) + "PRINT 1;\n" + repeat("END\n", 5), ten).ok());
  CHECK_FALSE(
      parse_with(repeat("IF 1 = 1 BEGIN\n", 6) + "PRINT 1;\n" + repeat("END\n", 6), ten).ok());
}
