// Flyway's migration checksum (see the header for the rules and the versions they hold for).
#include "deploy/flyway_checksum.h"

#include <array>
#include <cstddef>

namespace pf::deploy {

namespace {

// The reflected CRC-32 of zlib and java.util.zip.CRC32 (polynomial 0xEDB88320).
constexpr std::array<std::uint32_t, 256> crc_table() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t n = 0; n < 256; ++n) {
    std::uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

constexpr std::array<std::uint32_t, 256> kCrcTable = crc_table();

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace

std::int32_t flyway_checksum(std::string_view bytes) {
  // Flyway strips a BOM from the first line only; a BOM is U+FEFF, three bytes in UTF-8.
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  // Feeding the lines one by one to the CRC equals one CRC over their concatenation, and
  // BufferedReader.readLine ends a line at LF, CR or CRLF and returns it without them: so the CRC
  // runs over every byte but CR and LF (decoding and re-encoding valid UTF-8 is the identity).
  std::uint32_t crc = 0xFFFFFFFFU;
  for (const char ch : bytes) {
    if (ch == '\n' || ch == '\r') continue;
    crc = kCrcTable[(crc ^ static_cast<unsigned char>(ch)) & 0xFFU] ^ (crc >> 8);
  }
  // Java's `(int) crc32.getValue()`: the low 32 bits as a two's complement int.
  return static_cast<std::int32_t>(crc ^ 0xFFFFFFFFU);
}

bool flyway_reads_as_utf8(std::string_view bytes) {
  // Java's UTF-8 decoder, which Flyway sets to report malformed input: no overlong forms, no
  // encoded surrogates, nothing above U+10FFFF.
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b0 < 0x80) {
      ++i;
      continue;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      if (b0 == 0xE0) low = 0xA0;
      if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      if (b0 == 0xF0) low = 0x90;
      if (b0 == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (bytes.size() - i < length) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto b = static_cast<unsigned char>(bytes[i + k]);
      const unsigned char lo = k == 1 ? low : 0x80;
      const unsigned char hi = k == 1 ? high : 0xBF;
      if (b < lo || b > hi) return false;
    }
    i += length;
  }
  return true;
}

}  // namespace pf::deploy
