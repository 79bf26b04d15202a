// The deployment's scope (docs/deployments.md "Deployment scope"): which inputs are history, in
// what order they come, what becomes of undo scripts; versions as --applied-through reads them.
#include "deploy/scope.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using namespace pf::deploy;

// A folder of empty scripts, removed at the end of the test.
struct Folder {
  std::filesystem::path path;
  explicit Folder(const std::vector<std::string>& names) {
    std::string pattern = (std::filesystem::temp_directory_path() / "pf_scope_XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
    for (const std::string& name : names) std::ofstream(path / name) << "SELECT 1;\n";
  }
  ~Folder() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

std::vector<std::string> names(const std::vector<Input>& inputs, bool history) {
  std::vector<std::string> out;
  for (const Input& input : inputs) {
    if (input.history == history) out.push_back(input.relative);
  }
  return out;
}

// The disk, as the CLI reads scripts (a journal's checksums are compared through it).
ScopeFiles disk() {
  static const pf::deploy::ScriptFiles files;
  return ScopeFiles{&files, pf::source::ReadLimits{}.max_file_bytes};
}

}  // namespace

TEST_CASE("scope: leading_version reads the number a name starts with") {
  using V = std::vector<std::string>;
  CHECK(leading_version("0003-drop.sql") == V{"3"});
  CHECK(leading_version("2017-08-19_00_Init.sql") == V{"2017", "8", "19", "0"});
  CHECK(leading_version("1.2.3__x.sql") == V{"1", "2", "3"});
  CHECK(leading_version("14") == V{"14"});
  CHECK(leading_version("V1__x.sql").empty());
  CHECK(leading_version("init.sql").empty());
  CHECK(leading_version("").empty());
}

TEST_CASE("scope: --applied-through puts history first, keeps the undo of pending scripts only") {
  const Folder folder({"V1__a.sql", "V2__b.sql", "V3__c.sql", "V10__d.sql", "R__views.sql",
                       "U2__b.sql", "U3__c.sql"});
  ScopeRequest scope;
  scope.applied_through = "2";
  const pf::source::Expected<OrderedInputs> ordered =
      scoped_inputs({folder.path.string()}, "", FileRules{}, scope, disk());
  REQUIRE(ordered);
  const OrderedInputs& o = ordered.value();
  CHECK(names(o.forward, true) == std::vector<std::string>{"V1__a.sql", "V2__b.sql"});
  // V10 after V3 (versions compare as numbers); the repeatable stays pending: nothing says it ran.
  CHECK(names(o.forward, false) ==
        std::vector<std::string>{"V3__c.sql", "V10__d.sql", "R__views.sql"});
  CHECK(o.scope == "--applied-through 2");
  // U2 undoes an applied script: left out. U3 keeps its pairing, at V3's new place.
  REQUIRE(o.undo.size() == 1);
  CHECK(o.undo[0].input.relative == "U3__c.sql");
  REQUIRE(o.undo[0].forward);
  CHECK(o.forward[*o.undo[0].forward].relative == "V3__c.sql");
  CHECK(o.undo[0].runs_after == 3);
}

TEST_CASE("scope: --applied-through compares versions as the order does, and refuses the rest") {
  const Folder folder({"V1__a.sql", "V1_1__b.sql", "V1.2__c.sql", "V2__d.sql"});
  ScopeRequest scope;
  scope.applied_through = "V1.1";
  const auto ordered = scoped_inputs({folder.path.string()}, "", FileRules{}, scope, disk());
  REQUIRE(ordered);
  CHECK(names(ordered.value().forward, true) ==
        std::vector<std::string>{"V1__a.sql", "V1_1__b.sql"});
  scope.applied_through = "1.x";
  CHECK_FALSE(scoped_inputs({folder.path.string()}, "", FileRules{}, scope, disk()));
  scope.applied_through = "2";
  const auto lexical = scoped_inputs({folder.path.string()}, "lexical", FileRules{}, scope, disk());
  REQUIRE_FALSE(lexical);
  CHECK(lexical.error().message.find("lexical order") != std::string::npos);
}

TEST_CASE("scope: natural order reads the leading number") {
  const Folder folder({"0001-create.sql", "0002-seed.sql", "0010-drop.sql", "notes.sql"});
  ScopeRequest scope;
  scope.applied_through = "2";
  const auto ordered = scoped_inputs({folder.path.string()}, "", FileRules{}, scope, disk());
  REQUIRE(ordered);
  CHECK(names(ordered.value().forward, true) ==
        std::vector<std::string>{"0001-create.sql", "0002-seed.sql"});
  CHECK(names(ordered.value().forward, false) ==
        std::vector<std::string>{"0010-drop.sql", "notes.sql"});
}

TEST_CASE("scope: one way at a time, and none leaves everything pending") {
  const Folder folder({"V1__a.sql"});
  ScopeRequest scope;
  scope.applied_through = "1";
  scope.journal = "j.txt";
  CHECK_FALSE(scoped_inputs({folder.path.string()}, "", FileRules{}, scope, disk()));
  const auto none = scoped_inputs({folder.path.string()}, "", FileRules{}, ScopeRequest{}, disk());
  REQUIRE(none);
  CHECK(none.value().scope.empty());
  CHECK(names(none.value().forward, false) == std::vector<std::string>{"V1__a.sql"});
}
