// Deployment order of a folder's scripts (issue 7): flyway, natural, lexical, given, and detection.
#include "deploy/order.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

namespace {

using pf::deploy::Input;
using pf::deploy::Order;
using pf::deploy::OrderedInputs;

std::vector<Input> inputs_named(const std::vector<std::string>& relatives) {
  std::vector<Input> out;
  for (const std::string& r : relatives) {
    out.push_back(Input{{"db/" + r, std::filesystem::path("db") / r, std::nullopt}, true, r});
  }
  return out;
}

std::vector<std::string> relatives(const std::vector<Input>& inputs) {
  std::vector<std::string> out;
  for (const Input& i : inputs) out.push_back(i.relative);
  return out;
}

std::vector<std::string> relatives(const std::vector<pf::deploy::UndoInput>& undo) {
  std::vector<std::string> out;
  for (const pf::deploy::UndoInput& u : undo) out.push_back(u.input.relative);
  return out;
}

// "U2__two.sql -> V2__two.sql after 3": each undo script, what it undoes and the state it runs in.
std::vector<std::string> pairs(const OrderedInputs& o) {
  std::vector<std::string> out;
  for (const pf::deploy::UndoInput& u : o.undo) {
    out.push_back(u.input.relative + " -> " +
                  (u.forward ? o.forward[*u.forward].relative : std::string("(none)")) + " after " +
                  std::to_string(u.runs_after));
  }
  return out;
}

}  // namespace

TEST_CASE("order: natural compares digit runs by value") {
  CHECK(pf::deploy::natural_less("2_x.sql", "10_x.sql"));
  CHECK_FALSE(pf::deploy::natural_less("10_x.sql", "2_x.sql"));
  CHECK(pf::deploy::natural_less("a/9.sql", "a/10.sql"));
  CHECK(pf::deploy::natural_less("2017-08-19_00_Init.sql", "2017-08-19_01_Next.sql"));
  CHECK(pf::deploy::natural_less("2017-08-19_09_A.sql", "2017-08-30_00_B.sql"));
  CHECK(pf::deploy::natural_less("x.sql", "x1.sql"));  // a prefix sorts first
  // Same value, different padding: still a strict, total order.
  CHECK(pf::deploy::natural_less("01.sql", "1.sql") != pf::deploy::natural_less("1.sql", "01.sql"));
  CHECK_FALSE(pf::deploy::natural_less("a.sql", "a.sql"));
}

TEST_CASE("order: Flyway names") {
  const auto v = pf::deploy::parse_flyway_name("V1_2__Add_orders.sql");
  REQUIRE(v);
  CHECK(v->kind == 'V');
  CHECK(v->version == std::vector<std::string>{"1", "2"});
  CHECK(v->description == "Add_orders");
  const auto dotted = pf::deploy::parse_flyway_name("sub/V1.02__x.sql");
  REQUIRE(dotted);
  CHECK(dotted->version == std::vector<std::string>{"1", "2"});
  const auto undo = pf::deploy::parse_flyway_name("U3__x.SQL");
  REQUIRE(undo);
  CHECK(undo->kind == 'U');
  const auto repeatable = pf::deploy::parse_flyway_name("R__views.sql");
  REQUIRE(repeatable);
  CHECK(repeatable->version.empty());
  CHECK_FALSE(pf::deploy::parse_flyway_name("v1__lower.sql"));
  CHECK_FALSE(pf::deploy::parse_flyway_name("V__noversion.sql"));
  CHECK_FALSE(pf::deploy::parse_flyway_name("V1_x.sql"));
  CHECK_FALSE(pf::deploy::parse_flyway_name("V1.__x.sql"));
  CHECK_FALSE(pf::deploy::parse_flyway_name("R1__x.sql"));
  CHECK_FALSE(pf::deploy::parse_flyway_name("V1__x.txt"));
}

TEST_CASE("order: flyway sorts versions numerically, repeatables last, undo scripts apart") {
  const OrderedInputs o = pf::deploy::order_inputs(
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
  // V2 is the third versioned script: its undo runs after V1, V1.1 and V2, never the repeatables.
  CHECK(pairs(o) == std::vector<std::string>{"U2__two.sql -> V2__two.sql after 3"});
  // The other versions have no undo script, while V2 has one; repeatables never have one.
  CHECK(o.missing_undo == std::map<std::size_t, std::string>{
                              {0, "U1__*.sql"}, {1, "U1.1__*.sql"}, {3, "U10__*.sql"}});
}

TEST_CASE("undo pairing: flyway compares versions part by part, as the ordering does") {
  const OrderedInputs o = pf::deploy::order_inputs(
      inputs_named({"V1.2__add.sql", "U1_2__add.sql", "V1.10__more.sql", "U1.10.0__more.sql",
                    "U01.1__old.sql", "V1.1__base.sql", "U3__future.sql"}),
      std::nullopt, "");
  REQUIRE(o.order == Order::Flyway);
  CHECK(relatives(o.forward) ==
        std::vector<std::string>{"V1.1__base.sql", "V1.2__add.sql", "V1.10__more.sql"});
  CHECK(pairs(o) == std::vector<std::string>{"U01.1__old.sql -> V1.1__base.sql after 1",
                                             "U1_2__add.sql -> V1.2__add.sql after 2",
                                             "U1.10.0__more.sql -> V1.10__more.sql after 3",
                                             // Unpaired: after every version up to its own.
                                             "U3__future.sql -> (none) after 3"});
  CHECK(o.missing_undo.empty());
}

TEST_CASE("undo pairing: a files.undo pattern pairs by name in the same folder") {
  const std::vector<std::string> patterns{"*.down.sql"};
  const OrderedInputs o = pf::deploy::order_inputs(
      inputs_named({"002_orders.up.sql", "001_add.sql", "001_add.down.sql", "002_orders.down.sql",
                    "sub/001_add.down.sql", "003_more.sql", "004_extra.up.sql"}),
      std::nullopt, "", patterns);
  // Undo scripts take no part in detection or in the forward order.
  CHECK(o.order == Order::Natural);
  CHECK(relatives(o.forward) == std::vector<std::string>{"001_add.sql", "002_orders.up.sql",
                                                         "003_more.sql", "004_extra.up.sql"});
  CHECK(o.reason.find("3 undo script(s) matched by files.undo") != std::string::npos);
  // `.up.sql` is preferred, then `.sql`; a forward script must be in the undo script's folder.
  CHECK(pairs(o) == std::vector<std::string>{"001_add.down.sql -> 001_add.sql after 1",
                                             "002_orders.down.sql -> 002_orders.up.sql after 2",
                                             "sub/001_add.down.sql -> (none) after 4"});
  CHECK(o.missing_undo ==
        std::map<std::size_t, std::string>{{2, "003_more.down.sql"}, {3, "004_extra.down.sql"}});
}

TEST_CASE("undo pairing: pattern stems and forward names") {
  CHECK(pf::deploy::undo_pattern_stem("db/001_add.down.sql", "*.down.sql") == "001_add");
  CHECK(pf::deploy::undo_pattern_stem("undo_001.sql", "undo_*.sql") == "001");
  CHECK_FALSE(pf::deploy::undo_pattern_stem(".down.sql", "*.down.sql"));  // no stem
  CHECK_FALSE(pf::deploy::undo_pattern_stem("001_add.sql", "*.down.sql"));
  CHECK_FALSE(pf::deploy::undo_pattern_stem("001_add.DOWN.sql", "*.down.sql"));  // as written
  CHECK(pf::deploy::undo_forward_names("001_add", "*.down.sql") ==
        std::vector<std::string>{"001_add.up.sql", "001_add.sql"});
  CHECK(pf::deploy::undo_forward_names("001", "undo_*.sql") == std::vector<std::string>{"001.sql"});
  CHECK(pf::deploy::undo_forward_names("001", "down_*.sql") ==
        std::vector<std::string>{"up_001.sql", "001.sql"});
}

TEST_CASE("undo pairing: without undo scripts nothing is expected") {
  const OrderedInputs o = pf::deploy::order_inputs(inputs_named({"V1__a.sql", "V2__b.sql"}),
                                                   std::nullopt, "", {"*.down.sql"});
  CHECK(o.undo.empty());
  CHECK(o.missing_undo.empty());
}

TEST_CASE("order: forced flyway keeps other names, last, and counts unpaired undo scripts") {
  const OrderedInputs o = pf::deploy::order_inputs(
      inputs_named({"readme.sql", "V2__b.sql", "U7__gone.sql", "V1__a.sql"}), Order::Flyway,
      "--order");
  CHECK(relatives(o.forward) == std::vector<std::string>{"V1__a.sql", "V2__b.sql", "readme.sql"});
  CHECK(o.reason.find("chosen by --order") == 0);
  CHECK(o.reason.find("1 file(s) without a Flyway name run last") != std::string::npos);
  CHECK(o.reason.find("1 without a matching V") != std::string::npos);
}

TEST_CASE("order: detection falls back to natural when one name is not Flyway's") {
  const OrderedInputs o = pf::deploy::order_inputs(
      inputs_named({"V10__a.sql", "V2__b.sql", "fix.sql"}), std::nullopt, "");
  CHECK(o.order == Order::Natural);
  CHECK(o.reason.find("db/fix.sql") != std::string::npos);
  CHECK(relatives(o.forward) == std::vector<std::string>{"V2__b.sql", "V10__a.sql", "fix.sql"});
  CHECK(o.undo.empty());
}

TEST_CASE("order: natural, lexical and given differ on numbered names") {
  const std::vector<std::string> names{"10_drop.sql", "2_create.sql", "1_schema.sql"};
  CHECK(
      relatives(pf::deploy::order_inputs(inputs_named(names), Order::Natural, "--order").forward) ==
      std::vector<std::string>{"1_schema.sql", "2_create.sql", "10_drop.sql"});
  CHECK(
      relatives(pf::deploy::order_inputs(inputs_named(names), Order::Lexical, "--order").forward) ==
      std::vector<std::string>{"10_drop.sql", "1_schema.sql", "2_create.sql"});
  CHECK(relatives(pf::deploy::order_inputs(inputs_named(names), Order::Given, "--order").forward) ==
        names);
}

TEST_CASE("order: option names") {
  CHECK(pf::deploy::parse_order("flyway") == Order::Flyway);
  CHECK(pf::deploy::parse_order("given") == Order::Given);
  CHECK_FALSE(pf::deploy::parse_order("Flyway"));
  CHECK(pf::deploy::order_name(Order::Lexical) == "lexical");
}
