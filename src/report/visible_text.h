// The one escaping layer of the human-readable reports (text, github, octopus, junit, html) and
// of the CLI's messages: text that came from the input (object names, messages quoting SQL,
// code-frame lines, file names) is written so that a reader sees every character in it, and no
// character in it can move the cursor, start a new line, recolour the terminal, reorder the
// line or hide. docs/reports.md documents the notation.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pf::report {

// One character of input text: a code point of valid UTF-8, or a single byte that is not.
struct TextChar {
  std::size_t size = 0;   // bytes it takes in the text
  char32_t code_point{};  // the byte itself when !valid
  bool valid = true;
  bool hidden = false;  // must be written as an escape (see escape_of)
};

// The character that starts at text[at] (at < text.size()).
[[nodiscard]] TextChar char_at(std::string_view text, std::size_t at);

// Whether a code point is one a reader must be shown as an escape: C0 controls but tab, DEL, C1
// controls, line and paragraph separators, the bidirectional controls, and every
// Default_Ignorable_Code_Point of Unicode (zero-width, invisible, variation selectors, tags).
[[nodiscard]] bool is_hidden_code_point(char32_t c);

// `\xNN` for a C0 control, DEL or a byte that is not UTF-8; `\u{NNNN}` (4 to 6 hex digits, upper
// case) for any other hidden code point.
void append_escape(std::string& out, const TextChar& c);

// Appends `text` to `out` with every hidden character escaped. Also writes the `[` of `##[` and
// `##vso[` as `\x5B`: GitHub's runner and the Azure Pipelines agent read those anywhere in a log
// line as commands (add-mask, stop-commands, task.complete ...). The check looks at what `out`
// already ends with, so build a whole line into one string. Octopus's `##octopus` is broken as
// `#\x23octopus`, and a `#`, `##`, `##o` … that `out` ends with is escaped too: Calamari matches
// the prefix anywhere and across line ends, so a line ending in `#` could complete or swallow the
// next line's service message.
void append_visible(std::string& out, std::string_view text);

// `text` with every hidden character escaped (append_visible to an empty string).
[[nodiscard]] std::string visible(std::string_view text);

// visible(), cut after `max_chars` characters of `text` with `… (N more characters)`: a message
// that quotes an input (a name, a literal) cannot make a report line unbounded.
[[nodiscard]] std::string visible_bounded(std::string_view text, std::size_t max_chars);

// `text` (UTF-8 or not) cut after `max_chars` characters with `… (N more characters)`, nothing
// escaped: for a machine format (SARIF) whose strings must stay bounded.
[[nodiscard]] std::string bounded(std::string_view text, std::size_t max_chars);

// The catalogue's prose (a rule's `instead`, written as folded YAML) as one paragraph: every run
// of spaces, tabs and line breaks one space, none at either end. For reports that show it on one
// line or in one block.
[[nodiscard]] std::string one_paragraph(std::string_view text);

// Characters a report line quotes from the input at most (names, messages, file names): SQL
// Server's names are at most 128 characters, four-part ones with brackets about 520.
inline constexpr std::size_t kMaxQuotedChars = 1000;

}  // namespace pf::report
