// Front door of the source stage: file bytes -> decoded UTF-8 text with a line map.
// It also owns the vocabulary every later stage shares: positions, ranges and Expected<T>.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pf::source {

// 1-based line and column; columns count characters (Unicode code points) of the decoded text.
struct SourcePosition {
  std::uint32_t line = 1;
  std::uint32_t column = 1;

  friend bool operator==(SourcePosition a, SourcePosition b) {
    return a.line == b.line && a.column == b.column;
  }
  friend bool operator!=(SourcePosition a, SourcePosition b) { return !(a == b); }
  friend bool operator<(SourcePosition a, SourcePosition b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  }
};

// `end` is exclusive: the position just after the last character, as SARIF regions count it.
struct SourceRange {
  SourcePosition begin;
  SourcePosition end;

  friend bool operator==(const SourceRange& a, const SourceRange& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

// An input or configuration problem that stops one file (or the run) but is not a script defect.
struct Error {
  std::string message;
  std::optional<std::uint64_t> byte_offset;  // where in the file's bytes, when there is a place
};

// A value or the Error that prevented it. Errors are values at stage boundaries.
template <class T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Expected(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] T& value() & { return std::get<0>(state_); }
  [[nodiscard]] const T& value() const& { return std::get<0>(state_); }
  [[nodiscard]] T&& value() && { return std::get<0>(std::move(state_)); }
  [[nodiscard]] const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be };

[[nodiscard]] std::string_view encoding_name(Encoding encoding);

// A decoded script: the text is valid UTF-8 without a BOM; nothing in it was replaced or dropped.
class SourceFile {
 public:
  SourceFile(std::string path, std::string sha256, Encoding encoding, std::string text);

  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] const std::string& sha256() const { return sha256_; }
  [[nodiscard]] Encoding encoding() const { return encoding_; }
  [[nodiscard]] const std::string& text() const { return text_; }

  // Lines end at LF (a CR before it stays part of the line's text but is not shown by line()).
  [[nodiscard]] std::size_t line_count() const { return line_starts_.size(); }
  [[nodiscard]] std::string_view line(std::uint32_t line_number) const;
  // Byte offset in text() of a position; clamped to the end of its line.
  [[nodiscard]] std::size_t offset_of(SourcePosition position) const;

 private:
  std::string path_;
  std::string sha256_;
  Encoding encoding_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

struct ReadLimits {
  std::uint64_t max_file_bytes = 256ull * 1024 * 1024;
};

// Reads and decodes one file. `display_path` is the name every report uses for it.
[[nodiscard]] Expected<SourceFile> read_source_file(const std::filesystem::path& file,
                                                    std::string display_path,
                                                    const ReadLimits& limits = {});

// Decodes bytes already in memory (BOM: UTF-8, UTF-16LE/BE; no BOM: UTF-8, or UTF-16 when the
// pattern of NUL bytes leaves no doubt). Invalid input is an Error naming the byte offset.
[[nodiscard]] Expected<SourceFile> decode_source(std::string display_path, std::string_view bytes);

// Lower-case hex SHA-256 of bytes.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

// SQL Server's default collations compare names without regard to case; keywords, file
// extensions and option names are ASCII, so ASCII case folding is enough for all of them.
[[nodiscard]] std::string ascii_lower(std::string_view text);
[[nodiscard]] bool equal_ignoring_case(std::string_view a, std::string_view b);

// Number of code points in valid UTF-8 text.
[[nodiscard]] std::size_t count_code_points(std::string_view utf8);

// Unicode's Default_Ignorable_Code_Point: characters a renderer shows as nothing (zero-width,
// invisible, the bidirectional controls, variation selectors, tags). One table for the parse
// stage, which reports them in code, and the reports, which escape them.
[[nodiscard]] bool is_default_ignorable(char32_t c);
// The variation selectors among them (U+180B..U+180D, U+180F, U+FE00..U+FE0F, U+E0100..U+E01EF):
// emoji carry them, so text holding one hides nothing.
[[nodiscard]] bool is_variation_selector(char32_t c);

}  // namespace pf::source
