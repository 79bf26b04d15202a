#include "source/source.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>

using pf::source::decode_source;
using pf::source::Encoding;
using pf::source::read_source_file;

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

TEST_CASE("decode: mostly-CJK UTF-16 without a BOM is named, not called binary, and not read") {
  std::u16string text;
  for (int i = 0; i < 10; ++i) text += u"-- \u5220\u9664\u65e7\u7684\u5ba2\u6237\u8868\u3002\n";
  text += u"DROP TABLE dbo.\u5ba2\u6237;\n";
  auto le = decode_source("a b.sql", utf16le(text, false));
  REQUIRE_FALSE(le.ok());
  CHECK(le.error().message.find("probably UTF-16LE text") != std::string::npos);
  CHECK(le.error().message.find("iconv -f UTF-16LE -t UTF-8 'a b.sql'") != std::string::npos);
  CHECK(le.error().message.find("binary") == std::string::npos);
  auto be = decode_source("a.sql", utf16be(text, false));
  REQUIRE_FALSE(be.ok());
  CHECK(be.error().message.find("iconv -f UTF-16BE -t UTF-8 a.sql") != std::string::npos);
  // One control character, U+0000 or lone surrogate in it and it is binary again.
  for (char16_t bad : {u'\u0001', u'\u0000', u'\xD800', u'\xE000'}) {
    std::u16string broken = text;
    broken[20] = bad;
    auto f = decode_source("a.sql", utf16le(broken, false));
    REQUIRE_FALSE(f.ok());
    CHECK(f.error().message.find("binary file") == 0u);
  }
  // 8-bit text with a stray NUL byte: its pairs of letters read as CJK, but there is no line
  // break in that reading.
  auto stray = decode_source("a.sql", std::string("SELECTcolumnFROMtable\0xy", 24));
  REQUIRE_FALSE(stray.ok());
  CHECK(stray.error().message == "binary file: NUL byte");
  // CJK only, no ASCII code unit (hence no NUL byte): invalid UTF-8, as before.
  auto no_ascii = decode_source("a.sql", utf16le(u"\u5220\u9664\u65e7\u7684", false));
  REQUIRE_FALSE(no_ascii.ok());
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

TEST_CASE("decode: a NUL byte in otherwise valid UTF-8 is binary, at its offset") {
  auto f = decode_source("a.sql", std::string("DROP TABLE dbo.A;\nSELECT 1;\0\n", 29));
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().message == "binary file: NUL byte");
  CHECK(f.error().byte_offset == 27u);
  // U+0000 in UTF-16 is refused the same way: no T-SQL text contains it.
  auto g = decode_source("a.sql", utf16le(u"AB", true) + std::string("\0\0", 2));
  REQUIRE_FALSE(g.ok());
  CHECK(g.error().message == "binary file: NUL character");
  CHECK(g.error().byte_offset == 6u);
}

TEST_CASE("decode: lone UTF-16BE surrogates are errors with their offset") {
  auto f = decode_source("a.sql",
                         utf16be(u"A", true) + std::string("\xD8\x00", 2) + utf16be(u"B", false));
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().message == "invalid UTF-16: high surrogate without a low surrogate");
  CHECK(f.error().byte_offset == 4u);
  auto g = decode_source("a.sql", utf16be(u"AB", true) + std::string("\xDC\x00", 2));
  REQUIRE_FALSE(g.ok());
  CHECK(g.error().message == "invalid UTF-16: low surrogate without a high surrogate");
  CHECK(g.error().byte_offset == 6u);
}

namespace {
// A fresh folder under the system's temporary folder, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pf-source-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return path / name;
  }
};
}  // namespace

TEST_CASE("read: a file is read whole and decoded") {
  const TempDir dir;
  auto f = read_source_file(dir.write("a.sql", "SELECT 1;\n"), "a.sql");
  REQUIRE(f.ok());
  CHECK(f.value().text() == "SELECT 1;\n");
  CHECK(f.value().path() == "a.sql");
}

TEST_CASE("read: what is not a regular file is refused without being read") {
  const TempDir dir;
  // Reading a FIFO would wait for a writer forever: it is refused by its type.
  REQUIRE(::mkfifo((dir.path / "f.sql").c_str(), 0600) == 0);
  auto fifo = read_source_file(dir.path / "f.sql", "f.sql");
  REQUIRE_FALSE(fifo.ok());
  CHECK(fifo.error().message == "is a FIFO (named pipe), not a regular file; not read");
  auto folder = read_source_file(dir.path, "d");
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.error().message == "is a directory, not a regular file; not read");
  auto device = read_source_file("/dev/null", "/dev/null");
  REQUIRE_FALSE(device.ok());
  CHECK(device.error().message == "is a character device, not a regular file; not read");
}

TEST_CASE("read: a missing file, a dangling link and a link loop each say so") {
  const TempDir dir;
  CHECK(read_source_file(dir.path / "none.sql", "none.sql").error().message == "no such file");
  std::filesystem::create_symlink(dir.path / "none.sql", dir.path / "link.sql");
  CHECK(read_source_file(dir.path / "link.sql", "link.sql").error().message ==
        "no such file: a symbolic link to a file that does not exist");
  std::filesystem::create_symlink(dir.path / "b.sql", dir.path / "a.sql");
  std::filesystem::create_symlink(dir.path / "a.sql", dir.path / "b.sql");
  CHECK(read_source_file(dir.path / "a.sql", "a.sql").error().message ==
        "cannot open: a loop of symbolic links");
}

TEST_CASE("read: the size limit names both sizes and its flag") {
  const TempDir dir;
  const std::filesystem::path file = dir.write("big.sql", std::string(3 * 1024 * 1024, ' '));
  auto f = read_source_file(file, "big.sql", pf::source::ReadLimits{2 * 1024 * 1024});
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().message ==
        "file is 3 MiB (3145728 bytes), over the --max-file-bytes limit of 2 MiB (2097152 bytes)");
  CHECK(read_source_file(file, "big.sql", pf::source::ReadLimits{3 * 1024 * 1024}).ok());
}

TEST_CASE("read: a file whose size says 0 is still read to its end") {
  // /proc files report size 0 and have content; reading to EOF, not to st_size, gets all of it.
  auto f = read_source_file("/proc/self/status", "status");
  REQUIRE(f.ok());
  CHECK(f.value().text().find("Name:") == 0);
}
