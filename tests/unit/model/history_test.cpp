// History scripts (docs/deployments.md "Deployment scope"): replayed for state, what they create
// existed before the deployment, nothing in them is reported, and a history script that did not
// parse makes history's column types unknown (fail closed).
#include "test_support.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using pf::test::Linted;

// The first `history` scripts already ran on the target.
Linted with_history(const std::vector<std::string>& scripts, std::size_t history) {
  return Linted(scripts, {}, {}, {}, {}, history);
}

const std::string kCreate = "CREATE TABLE dbo.Orders (Id int NOT NULL, Note nvarchar(200) NULL);\n";

}  // namespace

TEST_CASE("history: a table an applied migration created is not the deployment's own") {
  const std::vector<std::string> scripts{kCreate, "INSERT dbo.Orders (Id) VALUES (1);\n",
                                         "DROP TABLE dbo.Orders;\n"};
  // All pending: the deployment created the table, so the DROP is exempt (the false pass).
  CHECK(with_history(scripts, 0).of("PF101").empty());
  const Linted scoped = with_history(scripts, 2);
  const auto drops = scoped.of("PF101");
  REQUIRE(drops.size() == 1);
  CHECK(drops[0].script_index == 2);
  CHECK(drops[0].message.find("(created at script0.sql:1, an applied migration") !=
        std::string::npos);
  CHECK(scoped.deployment().scripts()[0].history);
  CHECK_FALSE(scoped.deployment().scripts()[2].history);
}

TEST_CASE("history: nothing in a history script is reported") {
  const Linted scoped =
      with_history({"DROP TABLE dbo.Legacy;\nTRUNCATE TABLE dbo.X;\n", "SELECT 1;\n"}, 1);
  CHECK(scoped.findings().empty());
  // The same script pending is reported.
  CHECK(with_history({"DROP TABLE dbo.Legacy;\nTRUNCATE TABLE dbo.X;\n", "SELECT 1;\n"}, 0)
            .findings()
            .size() == 2);
}

TEST_CASE("history: its column types are known, and not the deployment's own") {
  const Linted scoped =
      with_history({kCreate, "ALTER TABLE dbo.Orders ALTER COLUMN Note nvarchar(50) NULL;\n"}, 1);
  CHECK(scoped.of("PF132").size() == 1);
  CHECK(scoped.of("PF133").empty());
  CHECK(scoped.deployment().history_not_understood().empty());
}

TEST_CASE("history: a history script that did not parse makes history's column types unknown") {
  // The unparsed statement may have changed the column: comparing with V1's type could pass a
  // narrowing, so the previous type is unknown (PF133), and the model says which file.
  const Linted scoped =
      with_history({kCreate, "ALTER TABLE dbo.Orders ALTER COLUMN ((( ;\n",
                    "ALTER TABLE dbo.Orders ALTER COLUMN Note nvarchar(500) NULL;\n"},
                   2);
  CHECK(scoped.of("PF132").empty());
  CHECK(scoped.of("PF133").size() == 1);
  REQUIRE(scoped.deployment().history_not_understood().size() == 1);
  CHECK(scoped.deployment().history_not_understood()[0] == "script1.sql");
  CHECK(scoped.of("PF001").empty());  // not reported in history either
}
