// Report files on POSIX systems (report_write.h).
#include "driver/report_write.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace pf::driver {
namespace {

// The temporary file being written, for the signal handler: a fixed buffer, read and unlinked
// there with async-signal-safe calls only. Set and cleared with the signals blocked, so the
// handler never sees half a name.
char g_temp_path[4096];
volatile std::sig_atomic_t g_temp_set = 0;

extern "C" void remove_temp_and_reraise(int signal_number) {
  if (g_temp_set) ::unlink(g_temp_path);
  // The default action again, so the exit status says "killed by this signal".
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(signal_number, &dfl, nullptr);
  ::raise(signal_number);
}

constexpr std::array<int, 3> kCleanupSignals = {SIGTERM, SIGINT, SIGHUP};

// Installs the handler once; a signal the parent told us to ignore (a background job's SIGINT)
// stays ignored.
void install_temp_cleanup() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int sig : kCleanupSignals) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction sa {};
    sa.sa_handler = remove_temp_and_reraise;
    sigemptyset(&sa.sa_mask);
    ::sigaction(sig, &sa, nullptr);
  }
}

// Blocks the cleanup signals for its lifetime.
class SignalsBlocked {
 public:
  SignalsBlocked() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : kCleanupSignals) sigaddset(&set, sig);
    ::pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~SignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  SignalsBlocked(const SignalsBlocked&) = delete;
  SignalsBlocked& operator=(const SignalsBlocked&) = delete;

 private:
  sigset_t old_{};
};

// Writes all of `content` to `fd` in pieces (a signal is handled between them); false with errno
// set on failure.
[[nodiscard]] bool write_all(int fd, const std::string& content) {
  constexpr std::size_t kChunk = 1 << 20;
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, std::min(kChunk, content.size() - done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

[[nodiscard]] std::string file_kind(mode_t mode) {
  return S_ISDIR(mode)    ? "a folder"
         : S_ISLNK(mode)  ? "a symbolic link"
         : S_ISBLK(mode)  ? "a block device"
         : S_ISSOCK(mode) ? "a socket"
         : S_ISCHR(mode)  ? "a character device"
         : S_ISFIFO(mode) ? "a FIFO (named pipe)"
                          : "not a regular file";
}

}  // namespace

// A report replaces a regular file (through a rename) and writes straight into a character device
// or a FIFO (/dev/null, a pipe a reader waits on): renaming onto a device node would put a
// regular file in its place, for every process on the machine. Anything else is refused with a
// message: a symbolic link is never followed nor replaced.
[[nodiscard]] std::pair<ReportTarget, std::string> classify_report_path(
    const std::filesystem::path& path, const std::string& spelled) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return {ReportTarget::Missing, {}};
  if (S_ISREG(st.st_mode)) return {ReportTarget::Regular, {}};
  if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) return {ReportTarget::Stream, {}};
  if (S_ISLNK(st.st_mode)) {
    std::error_code ec;
    const std::filesystem::path target = std::filesystem::read_symlink(path, ec);
    return {ReportTarget::Refused,
            fmt::format(FMT_STRING("--report: {} is a symbolic link (to {}); refusing to write "
                                   "through or replace it: name the file itself"),
                        spelled, ec ? std::string("?") : target.string())};
  }
  if (S_ISDIR(st.st_mode)) {
    return {ReportTarget::Refused,
            fmt::format(FMT_STRING("--report: {} is a folder, not a file"), spelled)};
  }
  return {ReportTarget::Refused,
          fmt::format(FMT_STRING("--report: {} is {}, not a regular file; refusing to write it"),
                      spelled, file_kind(st.st_mode))};
}

// Writes straight into a character device or a FIFO, which is opened without following a link
// and checked again once open. A FIFO blocks until a reader opens it, as `cat > fifo` does.
[[nodiscard]] source::Expected<std::uint64_t> write_stream(const std::filesystem::path& path,
                                                           const std::string& content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: {}"), path.generic_string(), std::strerror(errno)),
        std::nullopt};
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
    ::close(fd);
    return source::Error{fmt::format(FMT_STRING("cannot write {}: it changed while being checked"),
                                     path.generic_string()),
                         std::nullopt};
  }
  // A FIFO whose reader has gone is EPIPE (exit 4, with a message), not death by SIGPIPE.
  struct sigaction ignore {};
  struct sigaction old {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  ::sigaction(SIGPIPE, &ignore, &old);
  const bool written = write_all(fd, content);
  const int write_errno = errno;
  const bool closed = ::close(fd) == 0;
  ::sigaction(SIGPIPE, &old, nullptr);
  if (!written || !closed) {
    return source::Error{fmt::format(FMT_STRING("cannot write {}: {}"), path.generic_string(),
                                     std::strerror(written ? errno : write_errno)),
                         std::nullopt};
  }
  return static_cast<std::uint64_t>(content.size());
}

// Writes `content` to `path` through a temporary file in the same folder and a rename, so a
// reader never sees half a report and nothing but `path` is left behind, even when the run is
// stopped by SIGTERM, SIGINT or SIGHUP while it writes (the handler removes the temporary file).
[[nodiscard]] source::Expected<std::uint64_t> write_file_atomically(
    const std::filesystem::path& path, const std::string& content) {
  const std::filesystem::path folder =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string pattern = (folder / ("." + path.filename().string() + ".preflight-XXXXXX")).string();
  if (pattern.size() >= sizeof g_temp_path) {
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: the path is too long"), path.generic_string()),
        std::nullopt};
  }
  install_temp_cleanup();
  int fd = -1;
  {
    const SignalsBlocked blocked;
    fd = mkstemp(pattern.data());
    if (fd >= 0) {
      std::memcpy(g_temp_path, pattern.c_str(), pattern.size() + 1);
      g_temp_set = 1;
    }
  }
  if (fd < 0) {
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: {}"), path.generic_string(), std::strerror(errno)),
        std::nullopt};
  }
  const auto forget_temp = [&](bool remove) {
    const SignalsBlocked blocked;
    if (remove) ::unlink(pattern.c_str());
    g_temp_set = 0;
  };
  bool written = write_all(fd, content);
  int error_number = written ? 0 : errno;
  // mkstemp creates 0600; a report is an ordinary file, readable as the umask allows. POSIX
  // reads the umask only by setting it: it is put back at once, and no other thread of this
  // process creates files by now (the checks are done).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (written && ::fchmod(fd, 0666 & ~mask) != 0) {
    written = false;
    error_number = errno;
  }
  if (::close(fd) != 0 && written) {
    written = false;
    error_number = errno;
  }
  if (!written) {
    forget_temp(true);
    return source::Error{fmt::format(FMT_STRING("cannot write {}: {}"), path.generic_string(),
                                     std::strerror(error_number)),
                         std::nullopt};
  }
  // The target is checked again right before it is replaced: what was a regular file (or
  // nothing) when the run started may have become a link or a device since.
  const auto [kind, refusal] = classify_report_path(path, path.generic_string());
  if (kind != ReportTarget::Missing && kind != ReportTarget::Regular) {
    forget_temp(true);
    return source::Error{fmt::format(FMT_STRING("cannot write {}: it is no longer a regular file"),
                                     path.generic_string()),
                         std::nullopt};
  }
  std::error_code ec;
  {
    const SignalsBlocked blocked;
    std::filesystem::rename(pattern, path, ec);
    if (ec) ::unlink(pattern.c_str());
    g_temp_set = 0;
  }
  if (ec) {
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: {}"), path.generic_string(), ec.message()),
        std::nullopt};
  }
  return static_cast<std::uint64_t>(content.size());
}

}  // namespace pf::driver
