// The characters the T-SQL lexer reads, straight from the UTF-8 text of a batch.
#pragma once

#include <antlr4-runtime.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pf::parse {

// ANTLR's own ANTLRInputStream copies the text and widens it to UTF-32; the runtime's converter
// leaves the buffer at 20 bytes per input byte (docs/usage.md "Limits": a 200 MB one-line file
// peaked at 4.5 GB). This stream reads the caller's text in place: indices are code points, as the
// lexer and every token position expect, and a table of every 64th code point's byte offset makes a
// random index cheap (none is needed for ASCII text, where they coincide).
//
// T-SQL keywords are case-insensitive and the 4.7.2 tool has no caseInsensitive option: the lexer
// sees upper-cased ASCII through LA, while getText gives the original characters.
//
// A code point is a byte that is not a UTF-8 continuation byte with the continuation bytes after
// it, as source::count_code_points counts them, so positions agree even for text that is not
// valid UTF-8 (a `--var` value).
class CaseFoldingStream final : public antlr4::CharStream {
 public:
  // `text` must outlive the stream and every token read from it.
  explicit CaseFoldingStream(std::string_view text);

  void consume() override;
  std::size_t LA(ssize_t i) override;
  ssize_t mark() override { return -1; }
  void release(ssize_t /*marker*/) override {}
  std::size_t index() override { return index_; }
  void seek(std::size_t index) override;
  std::size_t size() override { return size_; }
  std::string getSourceName() const override { return antlr4::IntStream::UNKNOWN_SOURCE_NAME; }
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string toString() const override { return std::string(text_); }

 private:
  static constexpr std::size_t kStride = 64;

  [[nodiscard]] std::size_t offset_of(std::size_t index) const;
  [[nodiscard]] std::size_t next_offset(std::size_t offset) const;
  [[nodiscard]] std::size_t previous_offset(std::size_t offset) const;
  [[nodiscard]] char32_t code_point_at(std::size_t offset) const;

  std::string_view text_;
  std::size_t size_ = 0;  // code points
  bool ascii_ = true;
  std::vector<std::size_t> checkpoints_;  // byte offset of code point k * kStride; empty if ASCII
  std::size_t index_ = 0;                 // the current code point
  std::size_t offset_ = 0;                // its byte offset
};

}  // namespace pf::parse
