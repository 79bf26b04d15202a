#include "source/file_bytes.h"
#include "source/source.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <iterator>

namespace pf::source {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::uint8_t byte_at(std::string_view bytes, std::size_t i) {
  return static_cast<std::uint8_t>(bytes[i]);
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Returns the offset of the first byte that is not part of well-formed UTF-8 (Unicode 15, table
// 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or npos.
std::size_t first_invalid_utf8(std::string_view s) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const std::uint8_t b = byte_at(s, i);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    const std::uint8_t b1 = byte_at(s, i + 1);
    if (b1 < lo || b1 > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      const std::uint8_t bk = byte_at(s, i + k);
      if (bk < 0x80 || bk > 0xBF) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

// A file without a BOM is read as UTF-16 only when its NUL bytes sit where ASCII text in UTF-16
// puts them: in (nearly) every code unit of the first 4 KiB, on one side only. Anything less
// certain is treated as binary rather than guessed at.
std::optional<Encoding> sniff_utf16(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0) return std::nullopt;
  const std::size_t units = std::min<std::size_t>(bytes.size(), 4096) / 2;
  std::size_t zero_high = 0, zero_low = 0;
  for (std::size_t u = 0; u < units; ++u) {
    const bool first_zero = byte_at(bytes, 2 * u) == 0;
    const bool second_zero = byte_at(bytes, 2 * u + 1) == 0;
    if (second_zero && !first_zero) ++zero_high;
    if (first_zero && !second_zero) ++zero_low;
  }
  if (zero_low == 0 && zero_high * 10 >= units * 9) return Encoding::Utf16Le;
  if (zero_high == 0 && zero_low * 10 >= units * 9) return Encoding::Utf16Be;
  return std::nullopt;
}

// A file without a BOM whose NUL bytes are too few for sniff_utf16 (the ASCII part is small: a
// script of mostly Chinese, Japanese or Korean text) but that reads, in one byte order only, as
// nothing but plausible text: printable ASCII (its NUL bytes) with at least one line break, and
// letters and punctuation, at least nine in ten of them CJK (ideographs, kana, Hangul, CJK and
// full-width punctuation). Anything a text editor does not write (U+0000, control characters, a
// lone surrogate, U+FFFE/U+FFFF, private use) rules a byte order out, which random or structured
// binary data does within a few code units. Used only to name the probable encoding in the
// error: the file is still not read.
std::optional<Encoding> probable_utf16_text(std::string_view bytes) {
  if (bytes.size() < 8 || bytes.size() % 2 != 0) return std::nullopt;
  auto plausible = [&](bool little_endian) {
    std::size_t ascii = 0, cjk = 0, other = 0, line_breaks = 0;
    const std::size_t units = bytes.size() / 2;
    for (std::size_t u = 0; u < units; ++u) {
      const std::uint8_t a = byte_at(bytes, 2 * u), b = byte_at(bytes, 2 * u + 1);
      const char32_t c =
          little_endian ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
      if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E)) {
        ++ascii;
        if (c == '\n' || c == '\r') ++line_breaks;
      } else if (c < 0xA0 || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xFFFE || c == 0xFEFF) {
        return false;
      } else if (c >= 0xD800 && c <= 0xDBFF) {
        if (u + 1 >= units) return false;
        const std::uint8_t a2 = byte_at(bytes, 2 * u + 2), b2 = byte_at(bytes, 2 * u + 3);
        const char32_t low = little_endian ? static_cast<char32_t>(a2 | (b2 << 8))
                                           : static_cast<char32_t>((a2 << 8) | b2);
        if (low < 0xDC00 || low > 0xDFFF) return false;
        ++other;
        ++u;
      } else if (c >= 0xDC00 && c <= 0xDFFF) {
        return false;
      } else if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3000 && c <= 0x9FFF) ||
                 (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                 (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF)) {
        ++cjk;
      } else {
        ++other;
      }
    }
    // A line break too: text read in the wrong byte width (8-bit text with a stray NUL byte) has
    // none, its pairs of letters landing in the CJK blocks.
    return line_breaks > 0 && cjk > 0 && other * 10 <= (cjk + other);
  };
  const bool le = plausible(true), be = plausible(false);
  if (le == be) return std::nullopt;
  return le ? Encoding::Utf16Le : Encoding::Utf16Be;
}

// A path as one shell word, for a command to copy from a message.
std::string shell_word(std::string_view path) {
  const bool plain = !path.empty() && std::all_of(path.begin(), path.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("/._-+,:@%", c) != nullptr;
  });
  if (plain) return std::string(path);
  std::string out = "'";
  for (char c : path) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

Expected<std::string> decode_utf16(std::string_view bytes, std::size_t start, bool little_endian) {
  if ((bytes.size() - start) % 2 != 0) {
    return Error{"UTF-16 text has an odd number of bytes", bytes.size() - 1};
  }
  std::string out;
  out.reserve(bytes.size() - start);
  auto unit_at = [&](std::size_t i) -> char32_t {
    const std::uint8_t a = byte_at(bytes, i), b = byte_at(bytes, i + 1);
    return little_endian ? static_cast<char32_t>(a | (b << 8))
                         : static_cast<char32_t>((a << 8) | b);
  };
  for (std::size_t i = start; i < bytes.size(); i += 2) {
    char32_t cp = unit_at(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const char32_t next = i + 2 < bytes.size() ? unit_at(i + 2) : 0;
      if (next < 0xDC00 || next > 0xDFFF) {
        return Error{"invalid UTF-16: high surrogate without a low surrogate", i};
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (next - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return Error{"invalid UTF-16: low surrogate without a high surrogate", i};
    } else if (cp == 0) {
      return Error{"binary file: NUL character", i};
    }
    append_utf8(out, cp);
  }
  return out;
}

// "256 MiB (268435456 bytes)": readable, and exact for comparing with the flag's value.
std::string readable_size(std::uint64_t bytes) {
  constexpr std::uint64_t kKiB = 1024, kMiB = 1024 * 1024;
  const auto in = [&](std::uint64_t unit, std::string_view name) {
    if (bytes % unit == 0) return fmt::format(FMT_STRING("{} {}"), bytes / unit, name);
    return fmt::format(FMT_STRING("{:.1f} {}"), static_cast<double>(bytes) / unit, name);
  };
  const std::string exact = fmt::format(FMT_STRING("{} bytes"), bytes);
  if (bytes >= kMiB) return in(kMiB, "MiB") + " (" + exact + ")";
  if (bytes >= kKiB) return in(kKiB, "KiB") + " (" + exact + ")";
  return exact;
}

}  // namespace

Error file_too_big(std::uint64_t size, std::uint64_t limit) {
  return Error{fmt::format(FMT_STRING("file is {}, over the --max-file-bytes limit of {}"),
                           readable_size(size), readable_size(limit)),
               std::nullopt};
}

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8:
      return "utf-8";
    case Encoding::Utf8Bom:
      return "utf-8-bom";
    case Encoding::Utf16Le:
      return "utf-16le";
    case Encoding::Utf16Be:
      return "utf-16be";
  }
  return "unknown";
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::size_t count_code_points(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<std::uint8_t>(c) & 0xC0) != 0x80;
  }));
}

namespace {

// Decodes `bytes`; when they are `owned`'s, UTF-8 text keeps that buffer instead of a copy, so a
// file's text is in memory once, not twice, while it is read.
Expected<SourceFile> decode(std::string display_path, std::string_view bytes, std::string* owned) {
  std::string digest = sha256_hex(bytes);
  auto utf16 = [&](std::size_t start, Encoding encoding) -> Expected<SourceFile> {
    Expected<std::string> text = decode_utf16(bytes, start, encoding == Encoding::Utf16Le);
    if (!text) return text.error();
    return SourceFile(std::move(display_path), std::move(digest), encoding,
                      std::move(text).value());
  };
  if (bytes.size() >= 4 && (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
                            bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))) {
    return Error{"UTF-32 text is not supported; save the script as UTF-8", 0};
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") return utf16(2, Encoding::Utf16Le);
  if (bytes.substr(0, 2) == "\xFE\xFF") return utf16(2, Encoding::Utf16Be);

  Encoding encoding = Encoding::Utf8;
  std::string_view body = bytes;
  if (bytes.substr(0, 3) == kUtf8Bom) {
    encoding = Encoding::Utf8Bom;
    body.remove_prefix(3);
  }
  const std::size_t base = bytes.size() - body.size();
  if (const std::size_t nul = body.find('\0'); nul != std::string_view::npos) {
    if (encoding == Encoding::Utf8) {
      if (std::optional<Encoding> sniffed = sniff_utf16(bytes)) return utf16(0, *sniffed);
      if (std::optional<Encoding> probable = probable_utf16_text(bytes)) {
        const std::string name = *probable == Encoding::Utf16Le ? "UTF-16LE" : "UTF-16BE";
        return Error{fmt::format(FMT_STRING("not read: probably {} text without a byte order "
                                            "mark (mostly CJK characters), which is not detected "
                                            "reliably; convert it to UTF-8 (iconv -f {} -t UTF-8 "
                                            "{} > converted.sql) or save it with a BOM"),
                                 name, name, shell_word(display_path)),
                     std::nullopt};
      }
    }
    return Error{"binary file: NUL byte", base + nul};
  }
  if (const std::size_t bad = first_invalid_utf8(body); bad != std::string_view::npos) {
    // Where an editor shows it: the line, and the column in characters (what precedes it on the
    // line is valid UTF-8). SSMS saved "ANSI" (Windows-1252) files for decades: say how to convert.
    const std::size_t line_start = body.rfind('\n', bad == 0 ? 0 : bad - 1);
    const std::size_t from = line_start == std::string_view::npos || bad == 0 ? 0 : line_start + 1;
    const std::size_t line =
        1 + static_cast<std::size_t>(std::count(body.begin(), body.begin() + from, '\n'));
    std::size_t column = 1;
    for (std::size_t at = from; at < bad; ++at) {
      if ((static_cast<unsigned char>(body[at]) & 0xC0) != 0x80) ++column;
    }
    return Error{fmt::format(FMT_STRING("invalid UTF-8 at line {}, column {} (if the file is "
                                        "Windows-1252, as SSMS saves \"ANSI\" files, convert "
                                        "it: `iconv -f WINDOWS-1252 -t UTF-8 {} > converted.sql`"
                                        "): byte 0x{:02X}"),
                             line, column, shell_word(display_path), byte_at(body, bad)),
                 base + bad};
  }
  if (owned == nullptr) {
    return SourceFile(std::move(display_path), std::move(digest), encoding, std::string(body));
  }
  owned->erase(0, base);  // the BOM
  return SourceFile(std::move(display_path), std::move(digest), encoding, std::move(*owned));
}

}  // namespace

Expected<SourceFile> decode_source(std::string display_path, std::string_view bytes) {
  return decode(std::move(display_path), bytes, nullptr);
}

Expected<SourceFile> read_source_file(const std::filesystem::path& file, std::string display_path,
                                      const ReadLimits& limits) {
  Expected<std::string> bytes = read_file_bytes(file, limits.max_file_bytes);
  if (!bytes) return bytes.error();
  return decode(std::move(display_path), bytes.value(), &bytes.value());
}

SourceFile::SourceFile(std::string path, std::string sha256, Encoding encoding, std::string text)
    : path_(std::move(path)),
      sha256_(std::move(sha256)),
      encoding_(encoding),
      text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string_view SourceFile::line(std::uint32_t line_number) const {
  if (line_number == 0 || line_number > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[line_number - 1];
  std::size_t end =
      line_number < line_starts_.size() ? line_starts_[line_number] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

std::size_t SourceFile::offset_of(SourcePosition position) const {
  if (position.line == 0 || position.line > line_starts_.size()) return text_.size();
  std::size_t offset = line_starts_[position.line - 1];
  const std::size_t line_end =
      position.line < line_starts_.size() ? line_starts_[position.line] : text_.size();
  for (std::uint32_t column = 1; column < position.column && offset < line_end; ++column) {
    ++offset;
    while (offset < line_end && (static_cast<std::uint8_t>(text_[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

}  // namespace pf::source
