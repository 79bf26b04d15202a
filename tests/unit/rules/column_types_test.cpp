// Which type changes narrow a column (rules/column_types.h, used by PF132 and PF134). The rule
// scenarios that need a whole script (module bodies, dynamic SQL, the deployment model) are
// fixtures in tests/rules/PFNNN/.
#include "rules/column_types.h"

#include "ast/ast.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace pf;

namespace {
ast::DataType type(std::string name, std::vector<std::string> args = {}) {
  return ast::DataType{std::move(name), std::move(args), {}};
}
}  // namespace

TEST_CASE("types: what counts as narrowing") {
  using rules::narrowing;
  CHECK_FALSE(narrowing(type("int"), type("bigint")));
  CHECK(narrowing(type("bigint"), type("int")) == "narrows the integer type (was bigint)");
  CHECK_FALSE(narrowing(type("int"), type("decimal", {"10", "0"})));
  CHECK(narrowing(type("int"), type("decimal", {"9", "0"})));
  CHECK(narrowing(type("decimal", {"19", "4"}), type("decimal", {"19", "2"})) ==
        "has fewer decimal places (was decimal(19, 4))");
  CHECK(narrowing(type("decimal", {"19", "4"}), type("decimal", {"12", "4"})));
  CHECK_FALSE(narrowing(type("decimal", {"10", "2"}), type("numeric", {"12", "2"})));
  CHECK(narrowing(type("nvarchar", {"50"}), type("varchar", {"50"})) ==
        "goes from Unicode to non-Unicode (was nvarchar(50))");
  CHECK_FALSE(narrowing(type("varchar", {"50"}), type("nvarchar", {"50"})));
  CHECK(narrowing(type("varchar", {"max"}), type("varchar", {"8000"})));
  CHECK_FALSE(narrowing(type("varchar", {"8000"}), type("VARCHAR", {"MAX"})));
  CHECK_FALSE(narrowing(type("char", {"10"}), type("varchar", {"10"})));
  CHECK(narrowing(type("varchar"), type("varchar", {"1"})) == std::nullopt);  // default length 1
  CHECK(narrowing(type("datetime2", {"7"}), type("datetime2", {"3"})));
  CHECK(narrowing(type("datetime"), type("date")) == "drops the time of day (was datetime)");
  CHECK_FALSE(narrowing(type("date"), type("datetime2")));
  CHECK(narrowing(type("datetimeoffset"), type("datetime2")));
  CHECK(narrowing(type("varchar", {"10"}), type("int")) ==
        "changes the type family (was varchar(10))");
  CHECK_FALSE(narrowing(type("bit"), type("int")));
  CHECK_FALSE(narrowing(type("dbo.Amount"), type("dbo.Amount")));
  CHECK(narrowing(type("dbo.Amount"), type("dbo.Money")));
  CHECK_FALSE(narrowing(type("sys.int"), type("bigint")));
}
