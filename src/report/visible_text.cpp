#include "report/visible_text.h"

#include "source/source.h"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace pf::report {
namespace {

// Besides Unicode's Default_Ignorable_Code_Point (source::is_default_ignorable: characters a
// renderer shows as nothing, the bidirectional controls among them): the interlinear annotation
// controls U+FFF9..U+FFFB (format characters that make a renderer hide or move text), the controls
// — C0 but tab (a frame keeps the script's tabs so its marker lines up), DEL, C1 — and the line and
// paragraph separators U+2028/U+2029 (a line break to a browser or an editor). U+FFFE and U+FFFF,
// which are no characters and which XML 1.0 cannot carry at all, are escaped too.
constexpr std::array<std::pair<char32_t, char32_t>, 6> kAlsoHidden{{
    {0x0000, 0x0008},
    {0x000A, 0x001F},
    {0x007F, 0x009F},
    {0x2028, 0x2029},
    {0xFFF9, 0xFFFB},
    {0xFFFE, 0xFFFF},
}};

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `out` ends with `tail` (lower case), ignoring the case of ASCII letters.
bool ends_with_ignoring_case(const std::string& out, std::string_view tail) {
  if (out.size() < tail.size()) return false;
  for (std::size_t i = 0; i < tail.size(); ++i) {
    if (lower_ascii(out[out.size() - tail.size() + i]) != tail[i]) return false;
  }
  return true;
}

bool ends_with_command_prefix(const std::string& out) {
  // GitHub's runner matches `##[` as written; `vso` is matched in any case, as some of Azure's
  // own filters do (ContainsOrdinalIgnoreCase("##vso[")).
  return ends_with_ignoring_case(out, "##") || ends_with_ignoring_case(out, "##vso");
}

// Octopus's service-message prefix. Calamari's parser (ServiceMessageParser) is a state machine
// over the whole output with the line breaks left out: it finds `##octopus` anywhere, with or
// without the `[` after it, and a `#` it is still matching at the end of one line carries into
// the next. Matched in any case, though Calamari compares exactly: the cost is nil.
constexpr std::string_view kOctopusPrefix = "##octopus";

// How many characters at the end of `out` are a proper, non-empty prefix of `##octopus`.
std::size_t octopus_prefix_at_end(const std::string& out) {
  for (std::size_t n = kOctopusPrefix.size() - 1; n > 0; --n) {
    if (ends_with_ignoring_case(out, kOctopusPrefix.substr(0, n))) return n;
  }
  return 0;
}

// Escapes the `#` of a partial `##octopus` that `out` ends with: the reporter may print anything
// after it, even a service message of its own, whose `##` would then complete a message the
// input started (or be swallowed by the parser, and a verdict never reach Octopus).
void escape_open_octopus_prefix(std::string& out) {
  const std::size_t n = octopus_prefix_at_end(out);
  if (n == 0) return;
  std::string tail = out.substr(out.size() - n);
  out.resize(out.size() - n);
  for (const char c : tail) {
    if (c == '#') {
      out += "\\x23";
    } else {
      out += c;
    }
  }
}

}  // namespace

bool is_hidden_code_point(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return false;  // the common case: printable ASCII
  if (source::is_default_ignorable(c)) return true;
  for (const auto& [first, last] : kAlsoHidden) {
    if (c >= first && c <= last) return true;
  }
  return false;
}

TextChar char_at(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  TextChar c;
  if (lead < 0x80) {
    c.size = 1;
    c.code_point = lead;
    c.hidden = is_hidden_code_point(lead);
    return c;
  }
  // Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
  std::size_t size = 0;
  char32_t cp = 0, min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    size = 2, cp = lead & 0x1F, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    size = 3, cp = lead & 0x0F, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    size = 4, cp = lead & 0x07, min = 0x10000;
  }
  bool ok = size > 0 && at + size <= text.size();
  for (std::size_t i = 1; ok && i < size; ++i) {
    ok = (byte(at + i) & 0xC0) == 0x80;
    cp = (cp << 6) | (byte(at + i) & 0x3F);
  }
  ok = ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
  if (!ok) {
    c.size = 1;
    c.code_point = lead;
    c.valid = false;
    c.hidden = true;
    return c;
  }
  c.size = size;
  c.code_point = cp;
  c.hidden = is_hidden_code_point(cp);
  return c;
}

void append_escape(std::string& out, const TextChar& c) {
  if (!c.valid || c.code_point < 0x80) {
    out += fmt::format(FMT_STRING("\\x{:02X}"), static_cast<unsigned>(c.code_point));
  } else {
    out += fmt::format(FMT_STRING("\\u{{{:04X}}}"), static_cast<unsigned>(c.code_point));
  }
}

void append_visible(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const TextChar c = char_at(text, i);
    if (c.hidden) {
      append_escape(out, c);
    } else if (text[i] == '[' && ends_with_command_prefix(out)) {
      out += "\\x5B";
    } else if (octopus_prefix_at_end(out) == kOctopusPrefix.size() - 1 &&
               lower_ascii(text[i]) == kOctopusPrefix.back()) {
      // `##octopu` + `s`: the second `#` becomes `\x23`, so the prefix never forms.
      out.replace(out.size() - (kOctopusPrefix.size() - 2), 1, "\\x23");
      out += text[i];
    } else {
      out.append(text, i, c.size);
    }
    i += c.size;
  }
  escape_open_octopus_prefix(out);
}

std::string visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_visible(out, text);
  return out;
}

namespace {

// Bytes of the first `max_chars` characters of `text`.
std::size_t prefix_bytes(std::string_view text, std::size_t max_chars) {
  std::size_t end = 0;
  for (std::size_t chars = 0; end < text.size() && chars < max_chars; ++chars) {
    end += char_at(text, end).size;
  }
  return end;
}

std::string cut_mark(std::string_view rest) {
  std::size_t more = 0;
  for (std::size_t i = 0; i < rest.size(); i += char_at(rest, i).size) ++more;
  return fmt::format(FMT_STRING("… ({} more characters)"), more);
}

}  // namespace

std::string visible_bounded(std::string_view text, std::size_t max_chars) {
  const std::size_t end = prefix_bytes(text, max_chars);
  std::string out = visible(text.substr(0, end));
  if (end < text.size()) out += cut_mark(text.substr(end));
  return out;
}

std::string bounded(std::string_view text, std::size_t max_chars) {
  const std::size_t end = prefix_bytes(text, max_chars);
  std::string out(text.substr(0, end));
  if (end < text.size()) out += cut_mark(text.substr(end));
  return out;
}

std::string one_paragraph(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace pf::report
