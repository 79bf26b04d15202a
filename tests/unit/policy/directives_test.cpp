// Inline suppression directives as the parse stage records them, and PF002 on the bad ones.
#include "test_support.h"

#include <doctest/doctest.h>

using namespace pf;
using Scope = ast::SuppressionDirective::Scope;

TEST_CASE("directives: line and block comments, several rules, reason after --") {
  const ast::Script script = test::parse_sql(
      "-- preflight-disable-next-statement PF101 -- archived in CHG-1\n"
      "DROP TABLE dbo.A;\n"
      "/* preflight-disable-next-statement PF121, drop-table -- two rules */ DELETE FROM t;\n"
      "-- preflight-disable-file PF122\n"
      "-- an ordinary comment\n");
  REQUIRE(script.directives.size() == 3);
  const ast::SuppressionDirective& a = script.directives[0];
  CHECK(a.scope == Scope::NextStatement);
  CHECK(a.rules == std::vector<std::string>{"PF101"});
  CHECK(a.reason == "archived in CHG-1");
  CHECK(a.range.begin == source::SourcePosition{1, 1});
  CHECK(a.range.end == source::SourcePosition{1, 63});
  const ast::SuppressionDirective& b = script.directives[1];
  CHECK(b.rules == std::vector<std::string>{"PF121", "drop-table"});
  CHECK(b.reason == "two rules");
  CHECK(b.range.end == source::SourcePosition{3, 70});
  const ast::SuppressionDirective& c = script.directives[2];
  CHECK(c.scope == Scope::File);
  CHECK(c.rules == std::vector<std::string>{"PF122"});
  CHECK(c.reason.empty());
}

TEST_CASE("directives: a misspelt directive is kept as Unknown; strings are not comments") {
  const ast::Script script = test::parse_sql(
      "-- preflight-disable-nxt-statement PF101\nSELECT '-- preflight-disable-file';");
  REQUIRE(script.directives.size() == 1);
  CHECK(script.directives[0].scope == Scope::Unknown);
  CHECK(script.directives[0].keyword == "preflight-disable-nxt-statement");
}

TEST_CASE("PF002: a misspelt rule id is an error at the comment, never a blanket disable") {
  const test::Linted linted(
      "SELECT 1;\n-- preflight-disable-next-statement PF10l, PF002 -- typo\nDROP TABLE dbo.A;");
  const auto found = linted.of("PF002");
  REQUIRE(found.size() == 2);
  CHECK(found[0].range.begin == source::SourcePosition{2, 1});
  CHECK(found[0].message ==
        "'PF10l' is not a rule id or name, so this suppression disables nothing");
  CHECK(found[1].message == "PF002 invalid-suppression cannot be suppressed");
  CHECK(linted.of("PF101").size() == 1);
}
