// Reading a script's bytes on Windows (file_bytes.h). std::filesystem and std::ifstream take the
// path as UTF-16, so any file name Windows allows opens; Windows has no FIFOs in the file system,
// and its devices (NUL, CON, COM1) are not regular files either.
#include "source/file_bytes.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace pf::source {
namespace {

std::string not_regular(std::filesystem::file_type type) {
  const char* what = type == std::filesystem::file_type::directory   ? "a directory"
                     : type == std::filesystem::file_type::character ? "a character device"
                     : type == std::filesystem::file_type::block     ? "a block device"
                     : type == std::filesystem::file_type::fifo      ? "a FIFO (named pipe)"
                                                                     : "not a file";
  return fmt::format(FMT_STRING("is {}, not a regular file; not read"), what);
}

Error missing(const std::filesystem::path& file) {
  std::error_code ec;
  // A dangling link is the one case where the name is there but the file is not.
  if (std::filesystem::is_symlink(file, ec)) {
    return Error{"no such file: a symbolic link to a file that does not exist", std::nullopt};
  }
  return Error{"no such file", std::nullopt};
}

}  // namespace

Expected<std::string> read_file_bytes(const std::filesystem::path& file, std::uint64_t max_bytes) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(file, ec);
  if (status.type() == std::filesystem::file_type::not_found) return missing(file);
  if (ec) return Error{fmt::format(FMT_STRING("cannot open: {}"), ec.message()), std::nullopt};
  if (status.type() != std::filesystem::file_type::regular) {
    return Error{not_regular(status.type()), std::nullopt};
  }
  const std::uint64_t size = std::filesystem::file_size(file, ec);
  if (!ec && size > max_bytes) return file_too_big(size, max_bytes);
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Error{fmt::format(FMT_STRING("cannot open: {}"), std::strerror(errno)), std::nullopt};
  }
  // Read to the end rather than trusting the size: a file may grow while it is read.
  std::string bytes(std::min<std::uint64_t>(ec ? 0 : size, max_bytes) + 1, '\0');
  std::size_t done = 0;
  while (true) {
    if (done == bytes.size()) {
      if (done > max_bytes) return file_too_big(done, max_bytes);
      bytes.resize(std::min<std::uint64_t>(std::max<std::size_t>(2 * done, 4096), max_bytes + 1));
    }
    in.read(bytes.data() + done, static_cast<std::streamsize>(bytes.size() - done));
    done += static_cast<std::size_t>(in.gcount());
    if (in.bad()) return Error{"cannot read: read error", std::nullopt};
    if (in.eof()) break;
  }
  bytes.resize(done);
  return bytes;
}

}  // namespace pf::source
