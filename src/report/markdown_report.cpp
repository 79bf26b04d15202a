// GitHub-flavoured Markdown for a pull request comment or a CI job summary (docs/reports.md,
// "Output formats"). What comes from the input (file names, messages quoting SQL, the policy's
// reasons and approvers) is written so that no character of it is read as Markdown or HTML, and so
// that nothing in it pings a person or cross-references an issue when GitHub renders the comment.
// The document is cut, between whole blocks, to fit the platform's size limit.
#include "report/code_frame.h"
#include "report/report.h"
#include "report/shown_source.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace pf::report {
namespace {

// Rules named in the verdict's reason at most; the counts table has every finding.
// Files without findings named at most.
constexpr std::size_t kQuietFilesNamed = 200;

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// Prose that is already visible() (no control, no line break, no hidden character): every ASCII
// punctuation character backslash-escaped, which CommonMark defines for exactly that set (spec
// 0.29 §2.4), so none opens emphasis, a link, a code span, raw HTML (`<`), an entity (`&`), a
// table cell (`|`: GFM's table parser honours `\|`), a heading or a list at a line's start. The
// one exception: `@name` and `#123` stay plain text after escaping, and GitHub turns such text
// into a mention (a notification to that user or team) or an issue cross-reference; its
// filters leave the text of code elements alone, so a run of `@`/`#` followed by a name is
// written as a code span (T-SQL's `@variable` and `#temp` read naturally so).
void append_escaped(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '@' || c == '#') {
      std::size_t end = i;
      while (end < text.size() && (text[end] == '@' || text[end] == '#')) ++end;
      std::size_t name_end = end;
      while (name_end < text.size() && is_word_byte(text[name_end])) ++name_end;
      if (name_end > end) {
        out += '`';
        out.append(text, i, name_end - i);
        out += '`';
        i = name_end;
        continue;
      }
    }
    if (is_ascii_punctuation(c)) out += '\\';
    out += c;
    ++i;
  }
}

// Input text as Markdown prose: visible and bounded (report/visible_text.h), then escaped.
std::string md_text(std::string_view input) {
  std::string out;
  append_escaped(out, visible_bounded(input, kMaxQuotedChars));
  return out;
}

// Input text as one code span: a backtick fence longer than any run of backticks in it, and a
// space inside each end when it starts or ends with a backtick or a space (CommonMark strips one
// space from each end). Not for table cells: there `|` would end the cell.
std::string md_code(std::string_view input) {
  const std::string shown = visible_bounded(input, kMaxQuotedChars);
  std::size_t longest = 0, run = 0;
  for (const char c : shown) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool pad = shown.empty() || shown.front() == '`' || shown.back() == '`' ||
                   shown.front() == ' ' || shown.back() == ' ';
  return fence + (pad ? " " : "") + shown + (pad ? " " : "") + fence;
}

// The catalogue's own text (summary, instead): written by this project, with `code` in backticks.
// Its code spans are kept; the rest is escaped like input, so a `*` or `<` in it stays literal.
std::string md_catalogue(std::string_view text) {
  std::string joined;
  for (const char c : text) joined += (c == '\n' || c == '\r') ? ' ' : c;
  while (!joined.empty() && joined.back() == ' ') joined.pop_back();
  if (std::count(joined.begin(), joined.end(), '`') % 2 != 0) return md_text(joined);
  std::string out;
  std::size_t at = 0;
  while (at < joined.size()) {
    const std::size_t open = joined.find('`', at);
    if (open == std::string::npos) {
      append_escaped(out, visible(std::string_view(joined).substr(at)));
      break;
    }
    const std::size_t close = joined.find('`', open + 1);
    append_escaped(out, visible(std::string_view(joined).substr(at, open - at)));
    out += md_code(std::string_view(joined).substr(open + 1, close - open - 1));
    at = close + 1;
  }
  return out;
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format(FMT_STRING("{} {}{}"), n, word, n == 1 ? "" : "s");
}

// What a block of the document holds, for the note that says what a cut left out.
enum class Part { Head, Finding, Suppressed, Other };

// The document as whole blocks, cut to the limit when written. A block ends with a line end, and
// one holding a fence closes it; any prefix of the blocks is whole Markdown but for a list or a
// table left without its blank line, which the note's own blank line ends.
class Document {
 public:
  void add(Part part, std::string text) { blocks_.push_back(Block{part, std::move(text)}); }

  void write(std::ostream& out, const MarkdownOptions& options) const {
    std::size_t total = 0;
    for (const Block& b : blocks_) total += b.text.size();
    if (options.limit == 0 || total <= options.limit) {
      for (const Block& b : blocks_) out << b.text;
      return;
    }
    // Room for the note whatever it ends up counting: its longest form counts every block.
    const std::size_t reserve = note(blocks_.size(), blocks_.size(), true, options).size();
    std::string written;
    std::size_t i = 0;
    for (; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      // The verdict always shows; the CLI keeps the limit above what it and the note take.
      if (b.part != Part::Head && written.size() + b.text.size() + reserve > options.limit) break;
      written += b.text;
    }
    std::size_t findings = 0, suppressed = 0;
    bool other = false;
    for (std::size_t j = i; j < blocks_.size(); ++j) {
      findings += blocks_[j].part == Part::Finding ? 1 : 0;
      suppressed += blocks_[j].part == Part::Suppressed ? 1 : 0;
      other = other || blocks_[j].part == Part::Other;
    }
    out << written << note(findings, suppressed, other, options);
  }

 private:
  struct Block {
    Part part;
    std::string text;
  };

  static std::string note(std::size_t findings, std::size_t suppressed, bool other,
                          const MarkdownOptions& options) {
    std::vector<std::string> left;
    if (findings > 0) left.push_back(plural(findings, "finding"));
    if (suppressed > 0) left.push_back(plural(suppressed, "suppressed finding"));
    if (other) left.push_back("the rest of the policy's notes and lists");
    std::string what;
    for (std::size_t k = 0; k < left.size(); ++k) {
      what += k == 0 ? "" : (k + 1 == left.size() ? " and " : ", ");
      what += left[k];
    }
    std::string out = fmt::format(
        FMT_STRING("\n---\n\n**Cut to fit {} bytes:** {} not shown here. "), options.limit, what);
    if (!options.link.empty()) {
      // `<...>` keeps the address one destination whatever it holds (the CLI accepts only URL
      // characters, so no `<`, `>`, space or backslash); each `&` written as `&amp;`, so that
      // `&lt;` in a query stays those characters (CommonMark decodes entities in destinations,
      // and cmark-gfm does so even after a backslash).
      std::string link;
      for (const char c : options.link) {
        if (c == '&') {
          link += "&amp;";
        } else {
          link += c;
        }
      }
      out += fmt::format(FMT_STRING("Every finding is in the [full report](<{}>).\n"), link);
    } else {
      out +=
          "Every finding is in the full report: write it in the same run with `--report "
          "html=PATH` (or `json`, `sarif`) and keep it with the CI run.\n";
    }
    return out;
  }

  std::vector<Block> blocks_;
};

// `**review**`, or `**suppressed** (review)` with the level it would have had.
std::string level_words(const ReportedFinding& f) {
  if (!f.suppressed_by) return fmt::format(FMT_STRING("**{}**"), rules::level_name(f.level));
  return fmt::format(FMT_STRING("**suppressed** ({})"), rules::level_name(f.level));
}

// The first line of the finding with a marker under its range, in a fence longer than any
// backtick run in it. The code comes through ShownSource, so no secret is shown.
std::string code_block(const ShownSource& file, const source::SourceRange& range,
                       ColumnIndex& columns) {
  const std::uint32_t n = range.begin.line;
  const std::uint32_t to =
      range.end.line == n ? file.column(n, range.end.column, true) : UINT32_MAX;
  std::string frame;
  append_text_frame(
      frame, n, window_of(columns, n, file.line(n), file.column(n, range.begin.column, false), to),
      "", "");
  std::size_t longest = 0, run = 0;
  for (const char c : frame) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  if (!frame.empty() && frame.back() != '\n') frame += '\n';
  return fence + "text\n" + frame + fence + "\n\n";
}

// The waiver that suppressed a finding, for its expiry date: the applied one of the same rule,
// reason and approver.
const policy::Waiver* waiver_of(const RunReport& report, const ReportedFinding& f) {
  for (const policy::WaiverReport& w : report.waivers) {
    if (w.status == policy::WaiverStatus::Applied && w.waiver.entry == f.rule &&
        w.waiver.reason == f.suppressed_by->reason &&
        w.waiver.approved_by == f.suppressed_by->approved_by) {
      return &w.waiver;
    }
  }
  return nullptr;
}

// Rules whose guidance the report has given: the first finding of a rule says what to do
// instead, the later ones point back to it (a cut keeps the first, which comes before them).
using Advised = std::set<std::string_view>;

std::string finding_block(const RunReport& report, const ReportedFinding& f,
                          const std::optional<ShownSource>& code, ColumnIndex& columns,
                          Advised& advised) {
  std::string out =
      fmt::format(FMT_STRING("{} {} `{}`, line {}, column {}: {}\n\n"), level_words(f), f.rule->id,
                  f.rule->name, f.range.begin.line, f.range.begin.column, md_text(f.message));
  if (code) out += code_block(*code, f.range, columns);
  if (f.suppressed_by) {
    const policy::Suppression& s = *f.suppressed_by;
    std::string by = s.kind == "waiver" ? "a waiver of the policy" : "an inline directive";
    if (!s.approved_by.empty()) by += ", approved by " + md_text(s.approved_by);
    if (s.kind == "waiver") {
      if (const policy::Waiver* w = waiver_of(report, f)) {
        by += ", expires " + w->expires.iso();
      }
    }
    out += fmt::format(FMT_STRING("Suppressed by {}. Reason: {}\n\n"), by,
                       s.reason.empty() ? std::string("none given") : md_text(s.reason));
  } else if (!f.rule->instead.empty()) {
    if (advised.insert(f.rule->id).second) {
      out += fmt::format(FMT_STRING("Instead: {}\n\n"), md_catalogue(f.rule->instead));
    } else {
      out += fmt::format(FMT_STRING("Instead: as for the first {} above.\n\n"), f.rule->id);
    }
  }
  return out;
}

// One section of findings by file: the active ones, or the suppressed ones.
void add_findings(Document& doc, const RunReport& report, bool suppressed) {
  Advised advised;
  for (const FileReport& file : report.files) {
    std::string heading = fmt::format(FMT_STRING("#### {}\n\n"), md_code(file.path));
    if (!suppressed && file.error) {
      heading +=
          fmt::format(FMT_STRING("Could not be checked: {}\n\n"), md_text(file.error->message));
    }
    bool any = false;
    std::optional<ShownSource> code;
    ColumnIndex columns;
    for (const ReportedFinding& f : file.findings) {
      if (f.suppressed_by.has_value() != suppressed) continue;
      if (!code && file.source != nullptr) code.emplace(*file.source, file.secrets);
      // A file's heading goes with its first finding, so a cut never leaves it alone.
      std::string block = any ? std::string() : heading;
      block += finding_block(report, f, code, columns, advised);
      doc.add(suppressed ? Part::Suppressed : Part::Finding, std::move(block));
      any = true;
    }
    if (!any && !suppressed && file.error) doc.add(Part::Finding, heading);
  }
}

// A file that was read and checked and has no finding, not even a suppressed one.
bool is_quiet(const FileReport& file) {
  return file.source != nullptr && !file.error && file.findings.empty();
}

void add_waivers(Document& doc, const RunReport& report) {
  if (report.waivers.empty()) return;
  doc.add(Part::Other,
          "### Waivers\n\n| rule | path | object | approved by | expires | status | findings | "
          "reason |\n|---|---|---|---|---|---|---:|---|\n");
  for (const policy::WaiverReport& w : report.waivers) {
    doc.add(Part::Other,
            fmt::format(FMT_STRING("| {} | {} | {} | {} | {} | {} | {} | {} |\n"),
                        md_text(w.waiver.rule), md_text(w.waiver.path),
                        w.waiver.object.empty() ? std::string("any") : md_text(w.waiver.object),
                        md_text(w.waiver.approved_by), w.waiver.expires.iso(),
                        policy::status_name(w.status), w.matched, md_text(w.waiver.reason)));
  }
  doc.add(Part::Other, "\n");
}

void add_inline_suppressions(Document& doc, const RunReport& report) {
  bool any = false;
  for (const FileReport& file : report.files) {
    for (const policy::SuppressionReport& s : file.suppressions) {
      if (!any) {
        doc.add(Part::Other,
                "### Inline suppressions\n\n| file | line | rules | status | findings | reason "
                "|\n|---|---:|---|---|---:|---|\n");
        any = true;
      }
      std::string rules_text;
      for (const std::string& r : s.rules) rules_text += (rules_text.empty() ? "" : ", ") + r;
      std::string reason = s.reason.empty() ? std::string("none given") : md_text(s.reason);
      if (!s.why.empty()) reason += " (" + md_text(s.why) + ")";
      doc.add(Part::Other, fmt::format(FMT_STRING("| {} | {} | {} | {} | {} | {} |\n"),
                                       md_text(file.path), s.range.begin.line, md_text(rules_text),
                                       policy::status_name(s.status), s.suppressed, reason));
    }
  }
  if (any) doc.add(Part::Other, "\n");
}

void add_quiet_files(Document& doc, const RunReport& report) {
  std::vector<const FileReport*> quiet;
  for (const FileReport& file : report.files) {
    if (is_quiet(file)) quiet.push_back(&file);
  }
  if (quiet.empty()) return;
  doc.add(Part::Other,
          fmt::format(FMT_STRING("### Files without findings ({})\n\n"), quiet.size()));
  for (std::size_t i = 0; i < quiet.size() && i < kQuietFilesNamed; ++i) {
    doc.add(Part::Other, fmt::format(FMT_STRING("- {}\n"), md_code(quiet[i]->path)));
  }
  if (quiet.size() > kQuietFilesNamed) {
    doc.add(Part::Other,
            fmt::format(FMT_STRING("- and {} more\n"), quiet.size() - kQuietFilesNamed));
  }
  doc.add(Part::Other, "\n");
}

// Changes listed in the comment at most, and the share of the limit the list may take: every
// finding comes after it, and a data script's thousand tables must not push them all out of a
// comment. The JSON and HTML reports list every change.
constexpr std::size_t kMaxChangeItems = 50;
constexpr std::size_t kChangesShareOfLimit = 4;  // a quarter

// "What this deployment changes" (report/changes_report.cpp describes each entry), one block per
// entry so that a cut falls between entries.
void write_changes_section(Document& doc, const RunReport& report, std::size_t limit) {
  if (report.changes.empty()) {
    doc.add(Part::Other,
            "### What this deployment changes\n\nNothing: the pending scripts change no object, "
            "data, permission or setting.\n\n");
    return;
  }
  doc.add(Part::Other, fmt::format(FMT_STRING("### What this deployment changes\n\n{}:\n\n"),
                                   plural(report.changes.size(), "change")));
  const std::size_t budget = limit == 0 ? SIZE_MAX : limit / kChangesShareOfLimit;
  std::size_t used = 0, shown = 0;
  for (const model::Change& c : report.changes) {
    if (shown == kMaxChangeItems) break;
    std::string item = fmt::format(FMT_STRING("- {} — {}:{}\n"), md_text(describe(c)),
                                   md_code(c.path), c.position.line);
    if (used + item.size() > budget) break;
    used += item.size();
    ++shown;
    doc.add(Part::Other, std::move(item));
  }
  if (shown < report.changes.size()) {
    doc.add(Part::Other,
            fmt::format(FMT_STRING("- {} {}: the JSON and HTML reports list every change\n"),
                        shown == 0 ? "all" : "and",
                        shown == 0
                            ? plural(report.changes.size(), "change")
                            : fmt::format(FMT_STRING("{} more"), report.changes.size() - shown)));
  }
  doc.add(Part::Other, "\n");
}

}  // namespace

void write_markdown(std::ostream& out, const RunReport& report, const MarkdownOptions& options) {
  Document doc;
  const Summary& s = report.summary;
  const std::string_view verdict = policy::verdict_name(report.verdict);
  std::string head = fmt::format(FMT_STRING("## Preflight verdict: {}\n\nWhy: {}.\n\n"), verdict,
                                 md_text(verdict_reason(report)));
  doc.add(Part::Head, std::move(head));
  write_changes_section(doc, report, options.limit);

  std::string context = md_text(deployment_line(report)) + "\n\n";
  if (!report.environment.empty()) {
    context += "Environment: " + md_text(report.environment) + "\n\n";
  }
  if (!report.order.empty() && report.files.size() > 1) {
    context += fmt::format(FMT_STRING("Order: {} ({})\n\n"), md_text(report.order),
                           md_text(report.order_reason));
  }
  std::size_t quiet = 0;
  for (const FileReport& file : report.files) quiet += is_quiet(file) ? 1 : 0;
  context += fmt::format(
      FMT_STRING("| files | statements | fail | review | warn | suppressed | unparsed | input "
                 "errors |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n| {} | {} | {} | {} | {} "
                 "| {} | {} | {} |\n\n{} without findings.\n\n"),
      s.files, s.statements, s.fail, s.review, s.warn, s.suppressed, s.unparsed, s.errors,
      plural(quiet, "file"));
  doc.add(Part::Other, std::move(context));

  const bool any_active = std::any_of(report.files.begin(), report.files.end(), [](const auto& f) {
    return f.error || std::any_of(f.findings.begin(), f.findings.end(),
                                  [](const ReportedFinding& r) { return !r.suppressed_by; });
  });
  doc.add(Part::Other, any_active ? "### Findings\n\n"
                                  : "### Findings\n\nNo finding counts toward the verdict.\n\n");
  add_findings(doc, report, false);
  if (!report.policy_warnings.empty()) {
    doc.add(Part::Other, "### Policy warnings\n\n");
    for (const std::string& w : report.policy_warnings) {
      doc.add(Part::Other, "- " + md_text(w) + "\n");
    }
    doc.add(Part::Other, "\n");
  }
  if (s.suppressed > 0) {
    doc.add(Part::Other, "### Suppressed findings\n\n");
    add_findings(doc, report, true);
  }
  add_waivers(doc, report);
  add_inline_suppressions(doc, report);
  add_quiet_files(doc, report);
  doc.write(out, options);
}

}  // namespace pf::report
