#include "cli/stdin_script.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <random>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace pf::cli {
namespace {

// The copy's file name: `stdin-` and the last part of the name given, each character that is
// not a letter, digit, `.`, `_` or `-` written `_`. Windows refuses `<stdin>` (`<`, `>`, `:`, `"`,
// `|`, `?`, `*` are not allowed in its file names), and a bare `CON` or `NUL.sql` is a device
// there: the prefix keeps every name a plain file on every system.
std::string copy_name(const std::string& name) {
  const std::size_t slash = name.find_last_of("/\\");
  const std::string last = slash == std::string::npos ? name : name.substr(slash + 1);
  std::string out = "stdin-";
  for (const char c : last.substr(0, 100)) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '_' || c == '-';
    out += plain ? c : '_';
  }
  return out;
}

}  // namespace

StdinScript::~StdinScript() {
  if (folder_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove_all(folder_, ignored);
}

std::optional<source::Error> StdinScript::read(const std::string& name, std::uint64_t max_bytes) {
  name_ = name;
  // A terminal would wait for a script typed by hand: a mistake far more often than a wish.
  if (::isatty(STDIN_FILENO) == 1) {
    return source::Error{"standard input is a terminal; pipe or redirect a script into `check -`",
                         std::nullopt};
  }
  std::string bytes;
  std::vector<char> buffer(1 << 16);
  while (true) {
    const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), stdin);
    bytes.append(buffer.data(), got);
    if (bytes.size() > max_bytes) {
      return source::Error{
          fmt::format(FMT_STRING("standard input is over the --max-file-bytes limit of {} bytes"),
                      max_bytes),
          std::nullopt};
    }
    if (got < buffer.size()) {
      if (std::ferror(stdin) != 0) {
        return source::Error{
            fmt::format(FMT_STRING("cannot read standard input: {}"), std::strerror(errno)),
            std::nullopt};
      }
      if (std::feof(stdin) != 0) break;
    }
  }
  std::error_code ec;
  const std::filesystem::path temp = std::filesystem::temp_directory_path(ec);
  if (ec) {
    return source::Error{fmt::format(FMT_STRING("no temporary folder: {}"), ec.message()),
                         std::nullopt};
  }
  // A new folder, never one that exists (create_directory is atomic and says whether it made it):
  // another user's folder or link of the same name is skipped, not written into. Portable, where
  // mkdtemp is not (the Windows build).
  std::random_device seed;
  for (int attempt = 0; attempt < 100 && folder_.empty(); ++attempt) {
    const std::filesystem::path candidate =
        temp / fmt::format(FMT_STRING("preflight-stdin-{:08x}{:08x}"), seed(), seed());
    if (std::filesystem::create_directory(candidate, ec)) folder_ = candidate;
  }
  if (folder_.empty()) {
    return source::Error{fmt::format(FMT_STRING("cannot create a folder in {}"), temp.string()),
                         std::nullopt};
  }
  file_ = folder_ / copy_name(name);
  std::ofstream out(file_, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    return source::Error{"cannot write standard input to a temporary file", std::nullopt};
  }
  return std::nullopt;
}

}  // namespace pf::cli
