// Agreement with TSQLLint's own test expectations (../shared/corpus/EXPECTED-tsqllint.tsv) for the
// rules both tools have, at file level: a file TSQLLint expects a violation in must raise the
// matching Preflight rule, and a file it expects none in must not.
#include "test_support.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace pf;

namespace {

const std::filesystem::path kCorpus =
    std::filesystem::path(PF_SOURCE_DIR) / ".." / "shared" / "corpus";

// TSQLLint rule -> Preflight rule id. TSQLLint flags OPEN/FETCH of a cursor; Preflight flags its
// declaration, and an OPEN only when no declaration is in sight.
const std::map<std::string, std::string> kOverlap = {
    {"delete-where", "PF121"}, {"update-where", "PF122"}, {"disallow-cursors", "PF201"}};

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("tsqllint: file-level agreement on delete-where, update-where, disallow-cursors") {
  const std::filesystem::path tsv = kCorpus / "EXPECTED-tsqllint.tsv";
  if (!std::filesystem::exists(tsv)) {
    MESSAGE("../shared/corpus is not beside the repository; skipped");
    return;
  }
  // file -> TSQLLint rules expected in it (empty set: no violation expected).
  std::map<std::string, std::set<std::string>> expected;
  std::ifstream in(tsv);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::string file, rule;
    std::getline(row, file, '\t');
    std::getline(row, rule, '\t');
    for (const auto& [tsqllint_rule, ours] : kOverlap) {
      if (file.find("/LintingRules/" + tsqllint_rule + "/") == std::string::npos) continue;
      if (rules::find_entry(ours) == nullptr) continue;  // not implemented yet
      auto& set = expected[file];
      if (rule != "-") set.insert(rule);
    }
  }
  REQUIRE_FALSE(expected.empty());
  std::size_t agree = 0;
  for (const auto& [file, tsqllint_rules] : expected) {
    CAPTURE(file);
    const std::string text = read_all(kCorpus / "tsqllint-tests" / file);
    const source::SourceFile decoded = test::source_of(text);
    const test::Linted linted(decoded.text());
    bool same = true;
    for (const auto& [tsqllint_rule, ours] : kOverlap) {
      if (file.find("/LintingRules/" + tsqllint_rule + "/") == std::string::npos) continue;
      const bool theirs = tsqllint_rules.count(tsqllint_rule) > 0;
      const bool mine = !linted.of(ours).empty();
      CHECK_MESSAGE(theirs == mine,
                    tsqllint_rule << " expected " << theirs << ", " << ours << " raised " << mine);
      same = same && theirs == mine;
    }
    agree += same ? 1 : 0;
  }
  MESSAGE("TSQLLint agreement: " << agree << " of " << expected.size() << " files");
  CHECK(agree == expected.size());
}
