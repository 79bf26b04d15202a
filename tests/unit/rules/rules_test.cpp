#include "policy/policy.h"
#include "test_support.h"

#include <doctest/doctest.h>

using namespace pf;
using pf::test::Linted;

TEST_CASE("PF101: names each dropped table and says what is lost") {
  const Linted linted("DROP TABLE dbo.A, [Sales].[Order Lines], #tmp;");
  const auto found = linted.of("PF101");
  REQUIRE(found.size() == 2);
  CHECK(found[0].object == "dbo.A");
  CHECK(found[0].message == "DROP TABLE dbo.A destroys the table and its rows");
  CHECK(found[1].object == "Sales.[Order Lines]");
  CHECK(found[0].rule->level == rules::Level::Review);
  CHECK(found[0].rule->category == "drop");
}

TEST_CASE("PF101: a table created earlier in the deployment, in another file, is not flagged") {
  const Linted linted(std::vector<std::string>{"CREATE TABLE Staging (Id int);",
                                               "DROP TABLE dbo.staging; DROP TABLE dbo.Other;"});
  const auto found = linted.of("PF101");
  REQUIRE(found.size() == 1);
  CHECK(found[0].object == "dbo.Other");
  CHECK(found[0].script_index == 1);
}

TEST_CASE("PF101: a table created only after the drop still counts as existing before") {
  const Linted linted("DROP TABLE dbo.T;\nCREATE TABLE dbo.T (Id int);");
  CHECK(linted.of("PF101").size() == 1);
}

TEST_CASE("PF101: statements nested in IF and BEGIN/END are checked too") {
  const Linted linted("IF 1 = 1 BEGIN DROP TABLE dbo.A; END ELSE DROP TABLE dbo.B;");
  CHECK(linted.of("PF101").size() == 2);
}

TEST_CASE("rules: findings come sorted by script, line, column and rule id") {
  const Linted linted("DROP TABLE b;\nWHAT IS THIS;\nDROP TABLE a;");
  const auto& f = linted.findings();
  REQUIRE(f.size() == 3);
  CHECK(f[0].rule->id == "PF101");
  CHECK(f[1].rule->id == "PF001");
  CHECK(f[2].range.begin.line == 3);
}

TEST_CASE("verdict: fail over manual-review over pass; warnings never change it") {
  const Linted none("SELECT 1;");
  CHECK(policy::decide(none.findings(), 0).verdict == policy::Verdict::Pass);
  const Linted review("DROP TABLE dbo.A;");
  const policy::Outcome o = policy::decide(review.findings(), 0);
  CHECK(o.verdict == policy::Verdict::ManualReview);
  CHECK(o.review == 1);
  CHECK(o.fail == 0);
  // A file that could not be read is never a pass.
  CHECK(policy::decide(none.findings(), 1).verdict == policy::Verdict::Fail);
  CHECK(policy::verdict_name(policy::Verdict::ManualReview) == "manual-review");
}
