// Deployment order of a folder's scripts (issue 7): flyway, natural, lexical, given, and detection.
#include "cli/cli.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using pf::cli::Input;
using pf::cli::Order;
using pf::cli::OrderedInputs;

std::vector<Input> inputs_named(const std::vector<std::string>& relatives) {
  std::vector<Input> out;
  for (const std::string& r : relatives) {
    out.push_back(Input{"db/" + r, std::filesystem::path("db") / r, std::nullopt, true, r});
  }
  return out;
}

std::vector<std::string> relatives(const std::vector<Input>& inputs) {
  std::vector<std::string> out;
  for (const Input& i : inputs) out.push_back(i.relative);
  return out;
}

}  // namespace

TEST_CASE("order: natural compares digit runs by value") {
  CHECK(pf::cli::natural_less("2_x.sql", "10_x.sql"));
  CHECK_FALSE(pf::cli::natural_less("10_x.sql", "2_x.sql"));
  CHECK(pf::cli::natural_less("a/9.sql", "a/10.sql"));
  CHECK(pf::cli::natural_less("2017-08-19_00_Init.sql", "2017-08-19_01_Next.sql"));
  CHECK(pf::cli::natural_less("2017-08-19_09_A.sql", "2017-08-30_00_B.sql"));
  CHECK(pf::cli::natural_less("x.sql", "x1.sql"));  // a prefix sorts first
  // Same value, different padding: still a strict, total order.
  CHECK(pf::cli::natural_less("01.sql", "1.sql") != pf::cli::natural_less("1.sql", "01.sql"));
  CHECK_FALSE(pf::cli::natural_less("a.sql", "a.sql"));
}

TEST_CASE("order: Flyway names") {
  const auto v = pf::cli::parse_flyway_name("V1_2__Add_orders.sql");
  REQUIRE(v);
  CHECK(v->kind == 'V');
  CHECK(v->version == std::vector<std::string>{"1", "2"});
  CHECK(v->description == "Add_orders");
  const auto dotted = pf::cli::parse_flyway_name("sub/V1.02__x.sql");
  REQUIRE(dotted);
  CHECK(dotted->version == std::vector<std::string>{"1", "2"});
  const auto undo = pf::cli::parse_flyway_name("U3__x.SQL");
  REQUIRE(undo);
  CHECK(undo->kind == 'U');
  const auto repeatable = pf::cli::parse_flyway_name("R__views.sql");
  REQUIRE(repeatable);
  CHECK(repeatable->version.empty());
  CHECK_FALSE(pf::cli::parse_flyway_name("v1__lower.sql"));
  CHECK_FALSE(pf::cli::parse_flyway_name("V__noversion.sql"));
  CHECK_FALSE(pf::cli::parse_flyway_name("V1_x.sql"));
  CHECK_FALSE(pf::cli::parse_flyway_name("V1.__x.sql"));
  CHECK_FALSE(pf::cli::parse_flyway_name("R1__x.sql"));
  CHECK_FALSE(pf::cli::parse_flyway_name("V1__x.txt"));
}

TEST_CASE("order: flyway sorts versions numerically, repeatables last, undo scripts apart") {
  const OrderedInputs o = pf::cli::order_inputs(
      inputs_named({"R__b_views.sql", "V10__ten.sql", "U2__two.sql", "V2__two.sql", "V1.1__one.sql",
                    "R__a_procs.sql", "V1__first.sql"}),
      std::nullopt, "");
  CHECK(o.order == Order::Flyway);
  CHECK(o.reason.find("detected") != std::string::npos);
  CHECK(o.reason.find("1 undo script(s) not run forward") != std::string::npos);
  CHECK(relatives(o.forward) == std::vector<std::string>{"V1__first.sql", "V1.1__one.sql",
                                                         "V2__two.sql", "V10__ten.sql",
                                                         "R__a_procs.sql", "R__b_views.sql"});
  CHECK(relatives(o.undo) == std::vector<std::string>{"U2__two.sql"});
}

TEST_CASE("order: forced flyway keeps other names, last, and counts unpaired undo scripts") {
  const OrderedInputs o =
      pf::cli::order_inputs(inputs_named({"readme.sql", "V2__b.sql", "U7__gone.sql", "V1__a.sql"}),
                            Order::Flyway, "--order");
  CHECK(relatives(o.forward) == std::vector<std::string>{"V1__a.sql", "V2__b.sql", "readme.sql"});
  CHECK(o.reason.find("chosen by --order") == 0);
  CHECK(o.reason.find("1 file(s) without a Flyway name run last") != std::string::npos);
  CHECK(o.reason.find("1 without a matching V") != std::string::npos);
}

TEST_CASE("order: detection falls back to natural when one name is not Flyway's") {
  const OrderedInputs o =
      pf::cli::order_inputs(inputs_named({"V10__a.sql", "V2__b.sql", "fix.sql"}), std::nullopt, "");
  CHECK(o.order == Order::Natural);
  CHECK(o.reason.find("db/fix.sql") != std::string::npos);
  CHECK(relatives(o.forward) == std::vector<std::string>{"V2__b.sql", "V10__a.sql", "fix.sql"});
  CHECK(o.undo.empty());
}

TEST_CASE("order: natural, lexical and given differ on numbered names") {
  const std::vector<std::string> names{"10_drop.sql", "2_create.sql", "1_schema.sql"};
  CHECK(relatives(pf::cli::order_inputs(inputs_named(names), Order::Natural, "--order").forward) ==
        std::vector<std::string>{"1_schema.sql", "2_create.sql", "10_drop.sql"});
  CHECK(relatives(pf::cli::order_inputs(inputs_named(names), Order::Lexical, "--order").forward) ==
        std::vector<std::string>{"10_drop.sql", "1_schema.sql", "2_create.sql"});
  CHECK(relatives(pf::cli::order_inputs(inputs_named(names), Order::Given, "--order").forward) ==
        names);
}

TEST_CASE("order: option names") {
  CHECK(pf::cli::parse_order("flyway") == Order::Flyway);
  CHECK(pf::cli::parse_order("given") == Order::Given);
  CHECK_FALSE(pf::cli::parse_order("Flyway"));
  CHECK(pf::cli::order_name(Order::Lexical) == "lexical");
}
