// The two SHA-256 implementations (src/source/sha256.h) agree, and match the standard's vectors.
#include "source/sha256.h"

#include "source/source.h"

#include <doctest/doctest.h>

#include <random>
#include <string>

namespace pf {
namespace {

std::string hex(const source::Sha256Digest& digest) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : digest) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

}  // namespace

TEST_CASE("sha256: FIPS 180-2 vectors") {
  CHECK(source::sha256_hex("") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(source::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(source::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(source::sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: the processor's extensions give libmd's digest at every padding boundary") {
  const std::optional<source::Sha256Digest> probe = source::sha256_with_cpu_extensions("");
  if (!probe) {
    MESSAGE("this processor has no SHA extensions: only libmd runs here");
    return;
  }
  std::mt19937 random(8);
  std::string bytes;
  // Every length up to five blocks covers the one- and two-block tails (55, 56, 63, 64 ...).
  for (std::size_t length = 0; length <= 320; ++length) {
    CAPTURE(length);
    CHECK(hex(*source::sha256_with_cpu_extensions(bytes)) == hex(source::sha256_portable(bytes)));
    bytes += static_cast<char>(random() & 0xFF);
  }
  bytes.resize(3 * 1024 * 1024 + 17);
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  CHECK(hex(*source::sha256_with_cpu_extensions(bytes)) == hex(source::sha256_portable(bytes)));
}

}  // namespace pf
