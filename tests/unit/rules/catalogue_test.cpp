// Every catalogue entry, checked against the registry, and every example run as a test, with the
// variants derived from it (Unicode names, CRLF line ends, inside a comment or a string, as dynamic
// SQL, under an inline suppression), each expected to keep or lose the finding as it should.
#include "policy/policy.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

using namespace pf;

namespace {

// An example with its «…» markers removed, and the ranges they marked.
struct MarkedSql {
  std::string sql;
  std::vector<source::SourceRange> ranges;
};

MarkedSql read_markers(std::string_view marked) {
  MarkedSql out;
  source::SourcePosition pos{1, 1};
  std::vector<source::SourcePosition> open;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    const std::string_view rest = marked.substr(i);
    if (rest.substr(0, 2) == "\xC2\xAB") {  // «
      open.push_back(pos);
      ++i;
      continue;
    }
    if (rest.substr(0, 2) == "\xC2\xBB") {  // »
      REQUIRE_MESSAGE(!open.empty(), "» without «");
      out.ranges.push_back({open.back(), pos});
      open.pop_back();
      ++i;
      continue;
    }
    const char c = marked[i];
    out.sql += c;
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  REQUIRE_MESSAGE(open.empty(), "« without »");
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

bool has_go_line(const std::string& sql) {
  for (const auto& batch : parse::split_batches(sql)) {
    if (batch.text.size() != sql.size()) return true;
  }
  return false;
}

bool skips(const rules::RuleExample& ex, std::string_view variant) {
  return ex.skip.find(variant) != std::string_view::npos;
}

// "1:1-1:22 2:1-2:9": sorted, so that a mismatch prints readably.
std::string as_set(const std::vector<source::SourceRange>& ranges) {
  std::vector<std::string> parts;
  for (const auto& r : ranges) {
    parts.push_back(std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column) + "-" +
                    std::to_string(r.end.line) + ":" + std::to_string(r.end.column));
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

std::vector<source::SourceRange> ranges_of(const std::vector<rules::Finding>& findings) {
  std::vector<source::SourceRange> out;
  for (const auto& f : findings) out.push_back(f.range);
  return out;
}

// The example's SQL alone, or as a forward script paired with the example's undo script.
// Examples run under the built-in defaults, except that the policy lists one table as large
// (`target.large_tables`), so that PF231 can show what it flags; the examples that use it say so.
test::Linted lint(const std::string& sql, std::string_view undo) {
  const rules::RuleSettings settings{rules::Edition::Unknown, {"dbo.BigTable"}};
  std::vector<test::UndoSql> undos;
  if (!undo.empty()) undos.push_back(test::UndoSql{std::string(undo), 0});
  return test::Linted({sql}, {}, undos, {}, {}, 0, settings);
}

// The rule raises exactly the marked ranges on `marked`; unparsed statements only where the rule
// under test is the unparsed rule itself.
void check_bad(const rules::CatalogueEntry& rule, const std::string& marked,
               std::string_view undo) {
  CAPTURE(marked);
  CAPTURE(undo);
  const MarkedSql m = read_markers(marked);
  const test::Linted linted = lint(m.sql, undo);
  CHECK(as_set(ranges_of(linted.of(rule.id))) == as_set(m.ranges));
  CHECK(linted.of(rule.id).size() == m.ranges.size());
  if (rule.category != "unparsed") CHECK(linted.of("PF001").empty());
}

void check_silent(const rules::CatalogueEntry& rule, const std::string& sql,
                  std::string_view undo) {
  CAPTURE(sql);
  CAPTURE(undo);
  const test::Linted linted = lint(sql, undo);
  CHECK(linted.of(rule.id).empty());
  if (rule.category != "unparsed") CHECK(linted.of("PF001").empty());
}

// `-- preflight-disable-next-statement <id> -- reason` before each marked statement: under the
// default policy the findings are suppressed exactly when scripts may suppress the rule's level,
// and no directive is ever reported as unused (it always precedes its finding). A mark that opens
// inside a statement (a finding on a hint or an option) gets its directive at the start of its
// line, once per line; one that opens a statement, right before it.
void check_suppressed(const rules::CatalogueEntry& rule, std::string_view marked,
                      std::string_view undo) {
  std::string with_directives;
  const std::string directive =
      "-- preflight-disable-next-statement " + std::string(rule.id) + " -- catalogue example\n";
  std::size_t line_start = 0;  // in with_directives
  bool line_has_directive = false;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    const bool opens = marked.substr(i, 2) == "\xC2\xAB";
    const bool after_open = i >= 2 && marked.substr(i - 2, 2) == "\xC2\xAB";
    if (opens && !after_open) {
      std::string_view before(with_directives);
      before = before.substr(line_start);
      while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) {
        before.remove_suffix(1);
      }
      if (before.empty() || before.back() == ';') {
        with_directives += directive;
      } else if (!line_has_directive) {
        with_directives.insert(line_start, directive);
        line_has_directive = true;
      }
    }
    with_directives += marked[i];
    if (marked[i] == '\n') {
      line_start = with_directives.size();
      line_has_directive = false;
    }
  }
  const std::string sql = read_markers(with_directives).sql;
  CAPTURE(sql);
  const test::Linted linted = lint(sql, undo);
  const policy::Outcome outcome =
      policy::decide(policy::default_policy(), linted.findings(),
                     {policy::ScriptView{linted.path(0), &linted.script(0)}}, policy::Date{}, 0);
  // A "could not check" finding is never the script's to suppress (docs/configuration.md).
  const bool allowed =
      policy::default_policy().inline_suppressions.allows(rule.level) && !rule.could_not_check;
  std::size_t found = 0;
  for (std::size_t i = 0; i < linted.findings().size(); ++i) {
    if (linted.findings()[i].rule != &rule) continue;
    ++found;
    CHECK(outcome.decisions[i].suppressed_by.has_value() == allowed);
  }
  CHECK(found == read_markers(marked).ranges.size());
  for (const policy::SuppressionReport& s : outcome.suppressions) {
    CHECK(s.status != policy::SuppressionStatus::Unused);
    CHECK(s.status ==
          (allowed ? policy::SuppressionStatus::Applied : policy::SuppressionStatus::Rejected));
  }
}

}  // namespace

TEST_CASE("catalogue: entries are well formed") {
  const auto& cats = rules::categories();
  std::set<std::string_view> ids, names;
  REQUIRE(rules::catalogue().size > 0);
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    CAPTURE(e.id);
    CHECK(e.file == "rules/" + std::string(e.id) + "-" + std::string(e.name) + ".yaml");
    CHECK(std::find(cats.begin(), cats.end(), e.category) != cats.end());
    CHECK(ids.insert(e.id).second);
    CHECK(names.insert(e.name).second);
    CHECK_FALSE(e.summary.empty());
    CHECK_FALSE(e.rationale.empty());
    CHECK_FALSE(e.instead.empty());
    CHECK(e.bad.size >= 2);
    CHECK(e.good.size >= 2);
    CHECK(rules::find_entry(e.id) == &e);
    CHECK(rules::find_entry(e.name) == &e);
  }
  CHECK(rules::find_entry("pf101") == rules::find_entry("PF101"));
  CHECK(rules::find_entry("no-such-rule") == nullptr);
}

TEST_CASE("catalogue: registered rules and catalogue entries match one to one") {
  std::vector<std::string_view> catalogue_ids, catalogue_names;
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    catalogue_ids.push_back(e.id);
    catalogue_names.push_back(e.name);
  }
  CHECK(rules::registered_rule_ids() == catalogue_ids);
  CHECK(rules::registered_rule_names() == catalogue_names);
}

TEST_CASE("catalogue: every bad example raises its rule exactly at the marked ranges") {
  for (const rules::CatalogueEntry& rule : rules::catalogue()) {
    for (const rules::RuleExample& ex : rule.bad) {
      CAPTURE(rule.id);
      check_bad(rule, std::string(ex.sql), ex.undo);
      // Characters, not bytes: a prefix of 16 non-ASCII-heavy characters shifts columns by 16.
      if (!skips(ex, "unicode")) {
        check_bad(rule, "/* Ωμέγα 日本語 */ " + std::string(ex.sql), ex.undo);
      }
      if (!skips(ex, "crlf")) {
        check_bad(rule, replace_all(std::string(ex.sql), "\n", "\r\n"), ex.undo);
      }
      const std::string plain = read_markers(ex.sql).sql;
      if (!skips(ex, "comment") && plain.find("*/") == std::string::npos) {
        check_silent(rule, "/* " + plain + " */", ex.undo);
      }
      if (!skips(ex, "string")) {
        check_silent(rule, "SELECT N'" + replace_all(plain, "'", "''") + "';", ex.undo);
      }
      // Inside EXEC (N'...'): the same findings, at their positions inside the literal. Dynamic
      // SQL is one batch, so examples with GO lines have no dynamic form.
      if (!skips(ex, "dynamic") && !has_go_line(plain)) {
        check_bad(rule, "EXEC (N'" + replace_all(std::string(ex.sql), "'", "''") + "');", ex.undo);
      }
      if (!skips(ex, "suppression")) check_suppressed(rule, ex.sql, ex.undo);
    }
  }
}

TEST_CASE("catalogue: no good example raises its rule") {
  for (const rules::CatalogueEntry& rule : rules::catalogue()) {
    for (const rules::RuleExample& ex : rule.good) {
      CAPTURE(rule.id);
      check_silent(rule, std::string(ex.sql), ex.undo);
    }
  }
}
