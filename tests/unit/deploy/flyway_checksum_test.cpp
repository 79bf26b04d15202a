// Flyway's migration checksum (issue #18). Expected values come from Flyway itself where one could
// be found (each cited); where none could, the test says so and states what the value rests on.
//
// The rule, from Flyway's source (flyway-core, org.flywaydb.core.internal.resolver
// .ChecksumCalculator.calculateChecksumForResource, identical from 6.3 to 13.0; 6.0-6.2 had the
// same loop in LoadableResource.checksum): a BufferedReader over the UTF-8 decoded script,
// BomFilter.FilterBomFromString on the first line, then crc32.update(line.getBytes(UTF_8)) for
// every line readLine returns, and `(int) crc32.getValue()`.
#include "deploy/flyway_checksum.h"

#include <doctest/doctest.h>

#include <string>

namespace {

using pf::deploy::flyway_checksum;
using pf::deploy::flyway_reads_as_utf8;

// The script of Flyway issue #2474 ("flyway checksum wrong for unchanged sql script", Flyway
// 6.0.0, command line): V1_1__add_column_location_history_valid_until.sql holds this one
// statement, and Flyway 6.0.0 reported "Resolved locally : -1039259818".
const std::string kIssue2474 =
    "alter table location_history add column valid_until timestamp with time zone;";
constexpr std::int32_t kIssue2474Checksum = -1039259818;

// flyway-core's test resource migration/sql/V1.1__View.sql (tag flyway-4.2.0; Flyway 4.2 read
// lines with the same BufferedReader loop and had no BOM in this file). FlywayMediumTest.info()
// asserts its applied checksum: assertEquals(-133051733, flyway.info().current().getChecksum()).
const std::string kFlywayViewFixture =
    "--\n"
    "-- Copyright 2010-2017 Boxfuse GmbH\n"
    "--\n"
    "-- Licensed under the Apache License, Version 2.0 (the \"License\");\n"
    "-- you may not use this file except in compliance with the License.\n"
    "-- You may obtain a copy of the License at\n"
    "--\n"
    "--         http://www.apache.org/licenses/LICENSE-2.0\n"
    "--\n"
    "-- Unless required by applicable law or agreed to in writing, software\n"
    "-- distributed under the License is distributed on an \"AS IS\" BASIS,\n"
    "-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
    "-- See the License for the specific language governing permissions and\n"
    "-- limitations under the License.\n"
    "--\n"
    "\n"
    "CREATE VIEW all_misters AS SELECT * FROM test_user WHERE name LIKE 'Mr.%';\n";
constexpr std::int32_t kFlywayViewChecksum = -133051733;

std::string with_crlf(const std::string& lf) {
  std::string out;
  for (const char c : lf) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("flyway checksum: values Flyway itself produced") {
  CHECK(flyway_checksum(kIssue2474) == kIssue2474Checksum);
  // The issue does not say whether the file ended in a newline; readLine makes it irrelevant.
  CHECK(flyway_checksum(kIssue2474 + "\n") == kIssue2474Checksum);
  CHECK(flyway_checksum(kFlywayViewFixture) == kFlywayViewChecksum);
}

TEST_CASE("flyway checksum: CRLF and CR line ends") {
  // No Flyway-produced checksum of a CRLF file was found. Flyway's own test
  // SqlMigrationResolverSmallTest.calculateChecksum (tag flyway-4.2.0) asserts that
  // "abc\ndef efg\nxyz" and "abc\r\ndef efg\nxyz\r\n" have the same checksum; so the CRLF copy
  // of the fixture above must keep the checksum Flyway produced for it.
  CHECK(flyway_checksum("abc\r\ndef efg\nxyz\r\n") == flyway_checksum("abc\ndef efg\nxyz"));
  CHECK(flyway_checksum(with_crlf(kFlywayViewFixture)) == kFlywayViewChecksum);
  // A lone CR ends a line for BufferedReader.readLine too (java.io.BufferedReader's contract).
  std::string cr = kFlywayViewFixture;
  for (char& c : cr) c = c == '\n' ? '\r' : c;
  CHECK(flyway_checksum(cr) == kFlywayViewChecksum);
}

TEST_CASE("flyway checksum: a UTF-8 BOM") {
  // No Flyway-produced checksum of a file with a BOM was found. Flyway's source drops U+FEFF from
  // the start of the first line (BomFilter), so the BOM copy keeps the Flyway-produced value.
  CHECK(flyway_checksum("\xEF\xBB\xBF" + kIssue2474) == kIssue2474Checksum);
  CHECK(flyway_checksum("\xEF\xBB\xBF" + with_crlf(kFlywayViewFixture)) == kFlywayViewChecksum);
  // Only at the start: a BOM elsewhere is text, so the checksum changes.
  CHECK(flyway_checksum(kIssue2474 + "\n\xEF\xBB\xBF") != kIssue2474Checksum);
}

TEST_CASE("flyway checksum: what does change it") {
  // Trailing spaces count (only Flyway 5.1 trimmed lines); a blank line adds no bytes to the CRC,
  // a line of text does.
  CHECK(flyway_checksum(kIssue2474 + " ") != kIssue2474Checksum);
  CHECK(flyway_checksum(kFlywayViewFixture + "\n") == kFlywayViewChecksum);  // an empty last line
  CHECK(flyway_checksum("-- edited\n" + kFlywayViewFixture) != kFlywayViewChecksum);
}

TEST_CASE("flyway checksum: non-ASCII text") {
  // No Flyway-produced checksum of a non-ASCII script was found. Flyway hashes each line's UTF-8
  // bytes, so the value is the standard CRC-32 (the one of zlib and java.util.zip.CRC32) of the
  // text's UTF-8 bytes without line ends: -1621800940 was computed with Python's zlib.crc32, not
  // with this code. The CRC's own check value (CRC-32 of "123456789" is 0xCBF43926) anchors it.
  CHECK(flyway_checksum("123456789") == -873187034);
  const std::string text =
      "INSERT INTO t (name) VALUES (N'M\xC3\xBCller \xE2\x80\x93 \xE6\x9D\xB1\xE4\xBA\xAC');";
  CHECK(flyway_checksum(text) == -1621800940);
  CHECK(flyway_checksum("\xEF\xBB\xBF" + with_crlf(text + "\n")) == -1621800940);
}

TEST_CASE("flyway checksum: an empty file") {
  // No Flyway-produced value was found. With no line, Flyway never updates the CRC and records
  // (int) new CRC32().getValue(), which is 0; a lone BOM or line end reads as one empty line.
  CHECK(flyway_checksum("") == 0);
  CHECK(flyway_checksum("\xEF\xBB\xBF") == 0);
  CHECK(flyway_checksum("\r\n") == 0);
}

TEST_CASE("flyway checksum: bytes Flyway's UTF-8 reader refuses") {
  CHECK(flyway_reads_as_utf8(""));
  CHECK(flyway_reads_as_utf8("plain ascii\n"));
  CHECK(flyway_reads_as_utf8("M\xC3\xBCller \xF0\x9F\x98\x80"));
  CHECK_FALSE(flyway_reads_as_utf8("M\xFCller"));         // Latin-1 (Flyway issue #2744's "ä")
  CHECK_FALSE(flyway_reads_as_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(flyway_reads_as_utf8("\xED\xA0\x80"));      // an encoded surrogate
  CHECK_FALSE(flyway_reads_as_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(flyway_reads_as_utf8("\xE2\x80"));          // cut short
}
