#include "parse/char_stream.h"

#include <algorithm>

namespace pf::parse {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

CaseFoldingStream::CaseFoldingStream(std::string_view text) : text_(text) {
  ascii_ = std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii_) {
    size_ = text.size();
    return;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(text[i])) continue;
    if (size_ % kStride == 0) checkpoints_.push_back(i);
    ++size_;
  }
}

std::size_t CaseFoldingStream::next_offset(std::size_t offset) const {
  if (ascii_) return offset + 1;
  ++offset;
  while (offset < text_.size() && is_continuation(text_[offset])) ++offset;
  return offset;
}

std::size_t CaseFoldingStream::previous_offset(std::size_t offset) const {
  if (ascii_) return offset - 1;
  --offset;
  while (offset > 0 && is_continuation(text_[offset])) --offset;
  return offset;
}

std::size_t CaseFoldingStream::offset_of(std::size_t index) const {
  if (index >= size_) return text_.size();
  if (ascii_) return index;
  std::size_t offset = checkpoints_[index / kStride];
  for (std::size_t k = index % kStride; k > 0; --k) offset = next_offset(offset);
  return offset;
}

char32_t CaseFoldingStream::code_point_at(std::size_t offset) const {
  const auto lead = static_cast<unsigned char>(text_[offset]);
  if (lead < 0x80) return lead;
  // Bits of the lead byte that belong to the code point; a stray continuation or an invalid lead
  // byte keeps its own bits, so even such text gives the lexer one character per code point.
  char32_t c = lead >= 0xF0   ? lead & 0x07
               : lead >= 0xE0 ? lead & 0x0F
               : lead >= 0xC0 ? lead & 0x1F
                              : lead;
  for (std::size_t i = offset + 1; i < text_.size() && is_continuation(text_[i]); ++i) {
    c = (c << 6) | (static_cast<unsigned char>(text_[i]) & 0x3F);
  }
  return c;
}

void CaseFoldingStream::consume() {
  if (index_ >= size_) throw antlr4::IllegalStateException("cannot consume EOF");
  ++index_;
  offset_ = next_offset(offset_);
}

std::size_t CaseFoldingStream::LA(ssize_t i) {
  if (i == 0) return 0;  // undefined, as in ANTLRInputStream
  std::size_t offset = offset_;
  if (i > 0) {
    if (index_ + static_cast<std::size_t>(i - 1) >= size_) return antlr4::IntStream::EOF;
    for (ssize_t k = 1; k < i; ++k) offset = next_offset(offset);
  } else {
    if (static_cast<std::size_t>(-i) > index_) return antlr4::IntStream::EOF;
    for (ssize_t k = 0; k > i; --k) offset = previous_offset(offset);
  }
  const char32_t c = code_point_at(offset);
  return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

void CaseFoldingStream::seek(std::size_t index) {
  index = std::min(index, size_);
  if (index == index_) return;
  // The lexer seeks back by at most a token after a failed longer match: walk there.
  if (index < index_ && index_ - index <= kStride) {
    while (index_ > index) {
      --index_;
      offset_ = previous_offset(offset_);
    }
    return;
  }
  index_ = index;
  offset_ = offset_of(index);
}

std::string CaseFoldingStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < interval.a) return {};
  const auto start = static_cast<std::size_t>(interval.a);
  if (start >= size_) return {};
  const std::size_t stop = std::min(static_cast<std::size_t>(interval.b), size_ - 1);
  const std::size_t begin = offset_of(start);
  const std::size_t end = next_offset(offset_of(stop));
  return std::string(text_.substr(begin, end - begin));
}

}  // namespace pf::parse
