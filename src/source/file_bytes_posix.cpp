// Reading a script's bytes on POSIX systems (file_bytes.h).
#include "source/file_bytes.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pf::source {
namespace {

// What is at a path that stat says is not a regular file.
std::string not_regular(mode_t mode) {
  const char* what = S_ISDIR(mode)    ? "a directory"
                     : S_ISFIFO(mode) ? "a FIFO (named pipe)"
                     : S_ISCHR(mode)  ? "a character device"
                     : S_ISBLK(mode)  ? "a block device"
                     : S_ISSOCK(mode) ? "a socket"
                                      : "not a file";
  return fmt::format(FMT_STRING("is {}, not a regular file; not read"), what);
}

Error open_error(const std::filesystem::path& file, int error_number) {
  if (error_number == ENOENT) {
    // A dangling link is the one case where the name is there but the file is not.
    struct stat link {};
    if (::lstat(file.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      return Error{"no such file: a symbolic link to a file that does not exist", std::nullopt};
    }
    return Error{"no such file", std::nullopt};
  }
  if (error_number == ELOOP) {
    return Error{"cannot open: a loop of symbolic links", std::nullopt};
  }
  return Error{fmt::format(FMT_STRING("cannot open: {}"), std::strerror(error_number)),
               std::nullopt};
}

}  // namespace

Expected<std::string> read_file_bytes(const std::filesystem::path& file, std::uint64_t max_bytes) {
  // Refused by its type before it is opened: opening a device can have effects, and reading a
  // FIFO waits for a writer that may never come.
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return open_error(file, errno);
  if (!S_ISREG(st.st_mode)) return Error{not_regular(st.st_mode), std::nullopt};
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    return file_too_big(static_cast<std::uint64_t>(st.st_size), max_bytes);
  }
  // O_NONBLOCK: should the path have become a FIFO since stat, open returns instead of waiting;
  // fstat then refuses it. For a regular file the flag changes nothing.
  const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return open_error(file, errno);
  std::string bytes;
  std::optional<Error> error;
  if (::fstat(fd, &st) != 0) {
    error = Error{fmt::format(FMT_STRING("cannot read: {}"), std::strerror(errno)), std::nullopt};
  } else if (!S_ISREG(st.st_mode)) {
    error = Error{not_regular(st.st_mode), std::nullopt};
  } else {
    // Read to the end rather than trusting the size: a file may grow while it is read, and files
    // such as those in /proc report a size of 0.
    bytes.resize(std::min<std::uint64_t>(static_cast<std::uint64_t>(st.st_size), max_bytes) + 1);
    std::size_t done = 0;
    while (!error) {
      if (done == bytes.size()) {
        if (done > max_bytes) {
          error = file_too_big(done, max_bytes);
          break;
        }
        bytes.resize(std::min<std::uint64_t>(2 * done, max_bytes + 1));
      }
      const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error =
            Error{fmt::format(FMT_STRING("cannot read: {}"), std::strerror(errno)), std::nullopt};
      } else if (n == 0) {
        break;
      } else {
        done += static_cast<std::size_t>(n);
      }
    }
    bytes.resize(done);
  }
  ::close(fd);
  if (error) return *error;
  return bytes;
}

}  // namespace pf::source
