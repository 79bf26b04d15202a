// The rule reference (docs/rules.md), written from the catalogue so it cannot drift from it.
#include "rules/catalogue_compiler.h"

#include <cctype>
#include <sstream>

namespace pf::tools {
namespace {

// YAML block scalars end with a newline; Markdown paragraphs need none.
std::string trimmed(const std::string& text) {
  const auto end = text.find_last_not_of(" \n");
  return end == std::string::npos ? std::string() : text.substr(0, end + 1);
}

// GitHub's heading anchors: lower case, spaces to hyphens.
std::string anchor(const Entry& e) {
  std::string out;
  for (char c : e.id + " " + e.name) {
    if (c == ' ') {
      out += '-';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

// The summary in a table cell: one line, no pipe.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : trimmed(text)) out += c == '\n' ? ' ' : c;
  std::string escaped;
  for (char c : out) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
  return escaped;
}

void examples(std::ostringstream& out, const char* title, const std::vector<Example>& list) {
  out << "**" << title << "**\n\n";
  for (const Example& ex : list) {
    out << "```sql\n" << trimmed(ex.sql) << "\n```\n\n";
    if (!ex.undo.empty()) {
      out << "with the undo script\n\n```sql\n" << trimmed(ex.undo) << "\n```\n\n";
    }
  }
}

}  // namespace

std::string rules_markdown(const std::vector<Entry>& entries) {
  std::ostringstream out;
  out << "<!-- Generated from rules/*.yaml by pf_catalogue_compiler; do not edit. Regenerate with\n"
         "     cmake --build build --target rules_doc -->\n"
         "# Rule reference\n\n"
         "Every rule of the catalogue (`rules/PFNNN-name.yaml`), as `preflight explain` shows it. "
         "The level is the default; a policy may change it. In the examples, `\u00ab\u2026\u00bb` "
         "marks the range of each finding.\n\n"
         "| Id | Name | Category | Level | Summary |\n|---|---|---|---|---|\n";
  for (const Entry& e : entries) {
    out << "| [" << e.id << "](#" << anchor(e) << ") | `" << e.name << "` | " << e.category << " | "
        << e.level << " | " << cell(e.summary) << " |\n";
  }
  for (const Entry& e : entries) {
    out << "\n## " << e.id << " " << e.name << "\n\n"
        << "Category `" << e.category << "`, default level `" << e.level << "`, "
        << (e.reversible ? "reversible" : "not reversible")
        << (e.could_not_check ? "; a could-not-check finding: only a policy waiver accepts it" : "")
        << ". Entry: `" << e.file << "`.\n\n"
        << trimmed(e.summary) << "\n\n"
        << "**Why.** " << trimmed(e.rationale) << "\n\n"
        << "**Instead.** " << trimmed(e.instead) << "\n\n";
    examples(out, "Flagged", e.bad);
    examples(out, "Not flagged", e.good);
  }
  std::string text = out.str();
  text.pop_back();  // one newline at the end, not a blank line
  return text;
}

}  // namespace pf::tools
