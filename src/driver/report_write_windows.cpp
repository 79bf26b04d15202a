// Report files on Windows (report_write.h). A report replaces a regular file through a temporary
// file and MoveFileExW, and writes straight into a device (NUL, CON): Windows has no FIFOs in the
// file system, and a device name is a device in every folder. A symbolic link or junction is never
// followed nor replaced. Ctrl+C and Ctrl+Break (and the console closing) reach a console control
// handler on a thread of its own, which removes the temporary file; a mutex stands in for POSIX's
// blocked signals while the file is created or renamed.
#include "driver/report_write.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <random>
#include <system_error>
#include <windows.h>

namespace pf::driver {
namespace {

std::mutex g_temp_mutex;
std::wstring g_temp_path;  // the temporary file being written; empty when none

BOOL WINAPI remove_temp(DWORD /*event*/) {
  const std::lock_guard<std::mutex> lock(g_temp_mutex);
  if (!g_temp_path.empty()) ::DeleteFileW(g_temp_path.c_str());
  return FALSE;  // the default handler then ends the process, as without this one
}

void install_temp_cleanup() {
  static const bool installed = ::SetConsoleCtrlHandler(remove_temp, TRUE) != 0;
  (void)installed;
}

std::string shown(const std::filesystem::path& path) { return path.u8string(); }

std::string windows_error(DWORD code) {
  return std::system_category().message(static_cast<int>(code));
}

// NUL, CON, PRN, AUX, COM1-9 and LPT1-9, with or without an extension, name a device in every
// folder; `\\.\` names one explicitly.
bool is_device(const std::filesystem::path& path) {
  const std::wstring whole = path.wstring();
  if (whole.rfind(L"\\\\.\\", 0) == 0) return true;
  std::string stem = path.stem().u8string();
  std::transform(stem.begin(), stem.end(), stem.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (stem == "NUL" || stem == "CON" || stem == "PRN" || stem == "AUX") return true;
  return stem.size() == 4 && (stem.rfind("COM", 0) == 0 || stem.rfind("LPT", 0) == 0) &&
         stem[3] >= '1' && stem[3] <= '9';
}

bool write_all(HANDLE file, const std::string& content) {
  constexpr std::size_t kChunk = 1 << 20;
  std::size_t done = 0;
  while (done < content.size()) {
    DWORD n = 0;
    const DWORD piece = static_cast<DWORD>(std::min(kChunk, content.size() - done));
    if (!::WriteFile(file, content.data() + done, piece, &n, nullptr)) return false;
    done += n;
  }
  return true;
}

}  // namespace

std::pair<ReportTarget, std::string> classify_report_path(const std::filesystem::path& path,
                                                          const std::string& spelled) {
  if (is_device(path)) return {ReportTarget::Stream, {}};
  const DWORD attributes = ::GetFileAttributesW(path.c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES) return {ReportTarget::Missing, {}};
  if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
    std::error_code ec;
    const std::filesystem::path target = std::filesystem::read_symlink(path, ec);
    return {ReportTarget::Refused,
            fmt::format(FMT_STRING("--report: {} is a symbolic link (to {}); refusing to write "
                                   "through or replace it: name the file itself"),
                        spelled, ec ? std::string("?") : shown(target))};
  }
  if ((attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
    return {ReportTarget::Refused,
            fmt::format(FMT_STRING("--report: {} is a folder, not a file"), spelled)};
  }
  return {ReportTarget::Regular, {}};
}

source::Expected<std::uint64_t> write_stream(const std::filesystem::path& path,
                                             const std::string& content) {
  const HANDLE file = ::CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                    nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) {
    return source::Error{fmt::format(FMT_STRING("cannot write {}: {}"), shown(path),
                                     windows_error(::GetLastError())),
                         std::nullopt};
  }
  const bool written = write_all(file, content);
  const DWORD error = ::GetLastError();
  ::CloseHandle(file);
  if (!written) {
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: {}"), shown(path), windows_error(error)),
        std::nullopt};
  }
  return static_cast<std::uint64_t>(content.size());
}

source::Expected<std::uint64_t> write_file_atomically(const std::filesystem::path& path,
                                                      const std::string& content) {
  const std::filesystem::path folder =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  install_temp_cleanup();
  std::random_device random;
  std::wstring temp;
  HANDLE file = INVALID_HANDLE_VALUE;
  for (int attempt = 0; attempt < 100 && file == INVALID_HANDLE_VALUE; ++attempt) {
    const std::wstring name =
        L"." + path.filename().wstring() + L".preflight-" + std::to_wstring(random() % 1000000);
    temp = (folder / name).wstring();
    const std::lock_guard<std::mutex> lock(g_temp_mutex);
    file = ::CreateFileW(temp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL,
                         nullptr);
    if (file != INVALID_HANDLE_VALUE) g_temp_path = temp;
    if (file == INVALID_HANDLE_VALUE && ::GetLastError() != ERROR_FILE_EXISTS) break;
  }
  if (file == INVALID_HANDLE_VALUE) {
    return source::Error{fmt::format(FMT_STRING("cannot write {}: {}"), shown(path),
                                     windows_error(::GetLastError())),
                         std::nullopt};
  }
  const auto forget_temp = [&] {
    const std::lock_guard<std::mutex> lock(g_temp_mutex);
    ::DeleteFileW(temp.c_str());
    g_temp_path.clear();
  };
  const bool written = write_all(file, content);
  const DWORD write_error = ::GetLastError();
  if (!::CloseHandle(file) || !written) {
    forget_temp();
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: {}"), shown(path), windows_error(write_error)),
        std::nullopt};
  }
  // The target is checked again right before it is replaced: what was a regular file (or
  // nothing) when the run started may have become a link or a device since.
  const ReportTarget kind = classify_report_path(path, shown(path)).first;
  if (kind != ReportTarget::Missing && kind != ReportTarget::Regular) {
    forget_temp();
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: it is no longer a regular file"), shown(path)),
        std::nullopt};
  }
  DWORD move_error = 0;
  {
    const std::lock_guard<std::mutex> lock(g_temp_mutex);
    if (!::MoveFileExW(temp.c_str(), path.c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
      move_error = ::GetLastError();
      ::DeleteFileW(temp.c_str());
    }
    g_temp_path.clear();
  }
  if (move_error != 0) {
    return source::Error{
        fmt::format(FMT_STRING("cannot write {}: {}"), shown(path), windows_error(move_error)),
        std::nullopt};
  }
  return static_cast<std::uint64_t>(content.size());
}

}  // namespace pf::driver
