// ast::ObjectName: its parts live in one string, so the edge cases of that encoding (no parts, an
// empty part, a name too long to be stored inline) must read back exactly as they were written.
#include "ast/ast.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using pf::ast::ObjectName;

TEST_CASE("ObjectName: parts read back in order, outermost first") {
  const ObjectName name{"srv", "db", "dbo", "Orders"};
  REQUIRE(name.size() == 4);
  CHECK(name.part(0) == "srv");
  CHECK(name.part(1) == "db");
  CHECK(name.part(2) == "dbo");
  CHECK(name.part(3) == "Orders");
  CHECK(name.parts() == std::vector<std::string>{"srv", "db", "dbo", "Orders"});
  CHECK(name.object() == "Orders");
  CHECK(name.schema() == "dbo");
  CHECK(name.database() == "db");
}

TEST_CASE("ObjectName: no parts is not one empty part") {
  const ObjectName none;
  CHECK(none.empty());
  CHECK(none.size() == 0);
  CHECK(none.parts().empty());
  CHECK(none.object().empty());
  CHECK(none.display().empty());

  ObjectName one_empty;
  one_empty.push_back("");
  CHECK_FALSE(one_empty.empty());
  CHECK(one_empty.size() == 1);
  CHECK(one_empty.parts() == std::vector<std::string>{""});
  CHECK(none != one_empty);
}

TEST_CASE("ObjectName: an omitted middle part stays an empty part") {
  const ObjectName name{"db", "", "t"};
  CHECK(name.size() == 3);
  CHECK(name.part(1).empty());
  CHECK(name.schema().empty());
  CHECK(name.database() == "db");
  CHECK(name.display() == "db..t");

  const ObjectName leading_empty{"", "t"};
  CHECK(leading_empty.parts() == std::vector<std::string>{"", "t"});
  CHECK(leading_empty.object() == "t");
}

TEST_CASE("ObjectName: push_back and pop_back change the last part only") {
  ObjectName name;
  name.push_back("dbo");
  name.push_back("Orders");
  name.push_back("Amount");
  CHECK(name.size() == 3);
  name.pop_back();
  CHECK(name.parts() == std::vector<std::string>{"dbo", "Orders"});
  name.pop_back();
  CHECK(name.parts() == std::vector<std::string>{"dbo"});
  name.pop_back();
  CHECK(name.empty());
  CHECK(name == ObjectName{});

  ObjectName empty_last{"dbo", ""};
  empty_last.pop_back();
  CHECK(empty_last.parts() == std::vector<std::string>{"dbo"});
  ObjectName empty_first{"", "t"};
  empty_first.pop_back();
  CHECK(empty_first.parts() == std::vector<std::string>{""});
}

TEST_CASE("ObjectName: long parts and many parts are kept whole") {
  const std::string long_part(200, 'x');
  ObjectName name{"dbo", long_part};
  CHECK(name.object() == long_part);
  name.push_back("Column With Spaces");
  CHECK(name.parts() == std::vector<std::string>{"dbo", long_part, "Column With Spaces"});
  CHECK(name.display() == "dbo." + long_part + ".[Column With Spaces]");
}

TEST_CASE("ObjectName: equality is the same parts at the same place") {
  CHECK(ObjectName{"dbo", "T"} == ObjectName{"dbo", "T"});
  CHECK(ObjectName{"dbo", "T"} != ObjectName{"dbo", "t"});  // not SQL Server's comparison
  CHECK(ObjectName{"dbo", "T"} != ObjectName{"dboT"});
  CHECK(ObjectName{"db", "", "T"} != ObjectName{"db", "T"});
  ObjectName moved{"dbo", "T"};
  moved.range.begin.line = 2;
  CHECK(moved != ObjectName{"dbo", "T"});
}

TEST_CASE("ObjectName: from_text splits on dots outside brackets") {
  CHECK(ObjectName::from_text("dbo.Orders.Amount").parts() ==
        std::vector<std::string>{"dbo", "Orders", "Amount"});
  CHECK(ObjectName::from_text("[dbo].[Or.ders]").parts() ==
        std::vector<std::string>{"dbo", "Or.ders"});
  CHECK(ObjectName::from_text("db..t").parts() == std::vector<std::string>{"db", "", "t"});
  CHECK(ObjectName::from_text("").parts() == std::vector<std::string>{""});
}

TEST_CASE("ObjectName: temporary tables and table variables") {
  CHECK(ObjectName{"#t"}.is_temporary());
  CHECK(ObjectName{"tempdb", "", "##t"}.is_temporary());
  CHECK_FALSE(ObjectName{"#t", "x"}.is_temporary());
  CHECK(ObjectName{"@t"}.is_variable());
  CHECK_FALSE(ObjectName{}.is_variable());
}
