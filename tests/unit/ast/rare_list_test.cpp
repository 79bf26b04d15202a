// ast::RareList: a pointer that is null while the list is empty, so copies and moves must keep
// the items and leave no list that is neither empty nor readable.
#include "ast/ast.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

using pf::ast::RareList;

namespace {

std::vector<std::string> items(const RareList<std::string>& list) {
  return std::vector<std::string>(list.begin(), list.end());
}

}  // namespace

TEST_CASE("RareList: empty until the first push_back, then in order") {
  RareList<std::string> list;
  CHECK(list.empty());
  CHECK(list.size() == 0);
  CHECK(list.begin() == list.end());
  list.push_back("NOLOCK");
  list.push_back("INDEX");
  CHECK_FALSE(list.empty());
  CHECK(list.size() == 2);
  CHECK(list[0] == "NOLOCK");
  CHECK(list[1] == "INDEX");
  CHECK(items(list) == std::vector<std::string>{"NOLOCK", "INDEX"});
}

TEST_CASE("RareList: a copy is independent of the original") {
  RareList<std::string> original;
  original.push_back("a");
  RareList<std::string> copy = original;
  copy.push_back("b");
  CHECK(items(original) == std::vector<std::string>{"a"});
  CHECK(items(copy) == std::vector<std::string>{"a", "b"});

  RareList<std::string> assigned;
  assigned.push_back("x");
  assigned = original;
  CHECK(items(assigned) == std::vector<std::string>{"a"});
  assigned = RareList<std::string>();
  CHECK(assigned.empty());

  const RareList<std::string> empty_copy = RareList<std::string>();
  CHECK(empty_copy.empty());
}

TEST_CASE("RareList: a move takes the items, and move-only items work") {
  RareList<std::unique_ptr<int>> list;
  list.push_back(std::make_unique<int>(7));
  RareList<std::unique_ptr<int>> moved = std::move(list);
  REQUIRE(moved.size() == 1);
  CHECK(*moved[0] == 7);
  int sum = 0;
  for (const std::unique_ptr<int>& p : moved) sum += *p;
  CHECK(sum == 7);
}
