#include "parse/char_map.h"

#include <utility>

namespace pf::parse {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

CharMap::CharMap(Kind kind, std::string_view raw, ast::SourcePosition start)
    : kind_(kind), raw_(raw), start_(start), position_(start) {}

CharMap CharMap::of_batch(std::string_view raw, ast::SourcePosition start,
                          std::vector<Replacement> replacements) {
  CharMap map(Kind::Batch, raw, start);
  map.replacements_ = std::move(replacements);
  map.enter_replacements();
  return map;
}

CharMap CharMap::of_literal(std::string_view raw, ast::SourcePosition start) {
  return CharMap(Kind::Literal, raw, start);
}

CharMap CharMap::uniform(std::size_t chars, ast::SourcePosition at, std::size_t width,
                         ast::SourcePosition end) {
  CharMap map(Kind::Uniform, {}, at);
  map.uniform_chars_ = chars;
  map.uniform_width_ = width;
  map.uniform_end_ = end;
  return map;
}

void CharMap::restart() {
  index_ = 0;
  offset_ = 0;
  position_ = start_;
  raw_index_ = 0;
  next_replacement_ = 0;
  value_left_ = 0;
  enter_replacements();
}

// A `$(Name)` at the current place: its value's characters come next; an empty value has none.
void CharMap::enter_replacements() {
  while (value_left_ == 0 && next_replacement_ < replacements_.size() &&
         replacements_[next_replacement_].offset == offset_) {
    const Replacement& r = replacements_[next_replacement_];
    if (r.value_chars > 0) {
      value_left_ = r.value_chars;
      return;
    }
    position_.column += r.raw_width;
    raw_index_ += r.raw_width;
    offset_ += r.raw_bytes;
    ++next_replacement_;
  }
}

bool CharMap::at_end() const {
  if (kind_ == Kind::Uniform) return index_ >= uniform_chars_;
  return value_left_ == 0 && offset_ >= raw_.size();
}

MappedChar CharMap::current() const {
  if (kind_ == Kind::Uniform) {
    return at_end() ? MappedChar{uniform_end_, uniform_width_, 1}
                    : MappedChar{start_, 0, uniform_width_};
  }
  if (value_left_ > 0) {
    return MappedChar{position_, raw_index_, replacements_[next_replacement_].raw_width};
  }
  const bool escaped_quote = kind_ == Kind::Literal && offset_ + 1 < raw_.size() &&
                             raw_[offset_] == '\'' && raw_[offset_ + 1] == '\'';
  return MappedChar{position_, raw_index_, escaped_quote ? 2u : 1u};
}

void CharMap::step() {
  ++index_;
  if (kind_ == Kind::Uniform) return;
  if (value_left_ > 0) {
    if (--value_left_ == 0) {
      const Replacement& r = replacements_[next_replacement_];
      position_.column += r.raw_width;
      raw_index_ += r.raw_width;
      offset_ += r.raw_bytes;
      ++next_replacement_;
      enter_replacements();
    }
    return;
  }
  const MappedChar here = current();
  if (here.raw_width == 2) {  // `''`
    position_.column += 2;
    offset_ += 2;
  } else {
    if (raw_[offset_] == '\n') {
      ++position_.line;
      position_.column = 1;
    } else {
      ++position_.column;
    }
    ++offset_;
    while (offset_ < raw_.size() && is_continuation(raw_[offset_])) ++offset_;
  }
  raw_index_ += here.raw_width;
  enter_replacements();
}

MappedChar CharMap::at(std::size_t index) {
  if (index < index_) restart();
  while (index_ < index && !at_end()) step();
  return current();
}

}  // namespace pf::parse
