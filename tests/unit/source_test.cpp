#include "source/source.h"

#include <doctest/doctest.h>

#include <string>

using pf::source::decode_source;
using pf::source::Encoding;

namespace {
std::string utf16le(std::u16string_view s, bool bom) {
  std::string out = bom ? std::string("\xFF\xFE") : std::string();
  for (char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}
std::string utf16be(std::u16string_view s, bool bom) {
  std::string out = bom ? std::string("\xFE\xFF") : std::string();
  for (char16_t c : s) {
    out += static_cast<char>(c >> 8);
    out += static_cast<char>(c & 0xFF);
  }
  return out;
}
}  // namespace

TEST_CASE("decode: plain UTF-8 is kept byte for byte") {
  auto f = decode_source("a.sql", "SELECT N'Ωμέγα';\n");
  REQUIRE(f.ok());
  CHECK(f.value().encoding() == Encoding::Utf8);
  CHECK(f.value().text() == "SELECT N'Ωμέγα';\n");
}

TEST_CASE("decode: a UTF-8 BOM is recognised and removed from the text") {
  auto f = decode_source("a.sql", "\xEF\xBB\xBFSELECT 1;");
  REQUIRE(f.ok());
  CHECK(f.value().encoding() == Encoding::Utf8Bom);
  CHECK(f.value().text() == "SELECT 1;");
}

TEST_CASE("decode: UTF-16 with a BOM, both byte orders") {
  auto le = decode_source("a.sql", utf16le(u"DROP TABLE t; -- \u65e5", true));
  REQUIRE(le.ok());
  CHECK(le.value().encoding() == Encoding::Utf16Le);
  CHECK(le.value().text() == "DROP TABLE t; -- \xE6\x97\xA5");
  auto be = decode_source("a.sql", utf16be(u"SELECT 1;", true));
  REQUIRE(be.ok());
  CHECK(be.value().encoding() == Encoding::Utf16Be);
  CHECK(be.value().text() == "SELECT 1;");
}

TEST_CASE("decode: UTF-16 surrogate pairs become one character") {
  auto f = decode_source("a.sql", utf16le(u"SELECT '\U0001F600';", true));
  REQUIRE(f.ok());
  CHECK(f.value().text() == "SELECT '\xF0\x9F\x98\x80';");
}

TEST_CASE("decode: UTF-16 without a BOM only when the NUL pattern is unmistakable") {
  auto le = decode_source("a.sql", utf16le(u"SELECT 1;\nGO\n", false));
  REQUIRE(le.ok());
  CHECK(le.value().encoding() == Encoding::Utf16Le);
  auto be = decode_source("a.sql", utf16be(u"SELECT 1;\nGO\n", false));
  REQUIRE(be.ok());
  CHECK(be.value().encoding() == Encoding::Utf16Be);
  // A few NUL bytes in otherwise 8-bit data are binary, not UTF-16.
  auto bin = decode_source("a.sql", std::string("SELECT\0\0\x01\x02 1;", 14));
  REQUIRE_FALSE(bin.ok());
  CHECK(bin.error().message.find("binary") != std::string::npos);
  CHECK(bin.error().byte_offset == 6u);
}

TEST_CASE("decode: invalid UTF-8 is an error at the first bad byte, never replaced") {
  auto f = decode_source("a.sql", "SELECT 'caf\xE9';");
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().byte_offset == 11u);
  CHECK(f.error().message.find("invalid UTF-8") != std::string::npos);
  CHECK(f.error().message.find("0xE9") != std::string::npos);
}

TEST_CASE("decode: overlong forms, UTF-8 surrogates and code points above U+10FFFF are invalid") {
  CHECK(decode_source("a.sql", "x\xC0\xAF").error().byte_offset == 1u);           // overlong '/'
  CHECK(decode_source("a.sql", "xy\xE0\x80\xAF").error().byte_offset == 2u);      // overlong 3-byte
  CHECK(decode_source("a.sql", "\xED\xA0\x80").error().byte_offset == 0u);        // U+D800
  CHECK(decode_source("a.sql", "ab\xF4\x90\x80\x80").error().byte_offset == 2u);  // > U+10FFFF
  CHECK(decode_source("a.sql", "abc\xE2\x82").error().byte_offset == 3u);         // truncated
  CHECK(decode_source("a.sql", "\x80").error().byte_offset == 0u);  // lone continuation
}

TEST_CASE("decode: offsets after a BOM count the BOM's bytes") {
  auto f = decode_source("a.sql", "\xEF\xBB\xBFSELECT \xFF;");
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().byte_offset == 10u);
}

TEST_CASE("decode: lone UTF-16 surrogates are errors with their offset") {
  std::string high = utf16le(u"AB", true);
  high += std::string("\x00\xD8", 2);  // high surrogate at the end
  auto f = decode_source("a.sql", high);
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().byte_offset == 6u);
  std::string low = utf16le(u"A", true) + std::string("\x00\xDC", 2) + utf16le(u"B", false);
  auto g = decode_source("a.sql", low);
  REQUIRE_FALSE(g.ok());
  CHECK(g.error().byte_offset == 4u);
}

TEST_CASE("decode: UTF-32 is refused with a clear message") {
  auto f = decode_source("a.sql", std::string("\xFF\xFE\0\0S\0\0\0", 8));
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().message.find("UTF-32") != std::string::npos);
}

TEST_CASE("decode: an empty file is valid") {
  auto f = decode_source("a.sql", "");
  REQUIRE(f.ok());
  CHECK(f.value().text().empty());
  CHECK(f.value().line_count() == 1);
}

TEST_CASE("sha256 of the bytes as read, including any BOM") {
  // FIPS 180-2 test vector for "abc".
  CHECK(pf::source::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  auto f = decode_source("a.sql", "abc");
  CHECK(f.value().sha256() == pf::source::sha256_hex("abc"));
}

TEST_CASE("line map: lines end at LF, a CR before it is not shown, columns count characters") {
  auto f = decode_source("a.sql", "SELECT 1;\r\n/* é */ DROP TABLE t;\nlast");
  REQUIRE(f.ok());
  const auto& file = f.value();
  CHECK(file.line_count() == 3);
  CHECK(file.line(1) == "SELECT 1;");
  CHECK(file.line(2) == "/* é */ DROP TABLE t;");
  CHECK(file.line(3) == "last");
  CHECK(file.line(4).empty());
  // Column 9 of line 2 is the D of DROP: 8 characters before it, 9 bytes (é is two bytes).
  CHECK(file.offset_of({2, 9}) == 11 + 9);
  CHECK(file.text().substr(file.offset_of({2, 9}), 4) == "DROP");
}

TEST_CASE("count_code_points counts characters, not bytes") {
  CHECK(pf::source::count_code_points("abc") == 3);
  CHECK(pf::source::count_code_points("Ωμέγα 日本語") == 9);
}
