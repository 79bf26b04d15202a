// Running git on Windows (git_command.h): CreateProcessW with the argument vector quoted as the C
// runtime's parser (CommandLineToArgvW) reads it back, so every argument arrives as one word
// whatever it holds; no shell (cmd.exe) ever sees it.
#include "deploy/git_command.h"

#include <fmt/format.h>

#include <thread>
#include <windows.h>

namespace pf::deploy {
namespace {

std::wstring wide(const std::string& utf8) {
  if (utf8.empty()) return {};
  const int n =
      ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring out(static_cast<std::size_t>(n), L'\0');
  ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
  return out;
}

// One argument, quoted for CommandLineToArgvW: backslashes are literal except before a quote,
// where each is doubled and the quote escaped.
void append_quoted(std::wstring& line, const std::wstring& arg) {
  if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) {
    line += arg;
    return;
  }
  line += L'"';
  std::size_t backslashes = 0;
  for (wchar_t c : arg) {
    if (c == L'\\') {
      ++backslashes;
      continue;
    }
    line.append(c == L'"' ? 2 * backslashes + 1 : backslashes, L'\\');
    backslashes = 0;
    line += c;
  }
  line.append(2 * backslashes, L'\\');
  line += L'"';
}

std::string last_error() { return fmt::format(FMT_STRING("Windows error {}"), ::GetLastError()); }

// Closes a handle however the function returns.
struct Handle {
  HANDLE h = nullptr;
  ~Handle() { reset(); }
  void reset() {
    if (h != nullptr && h != INVALID_HANDLE_VALUE) ::CloseHandle(h);
    h = nullptr;
  }
};

void read_all(HANDLE from, std::string& into) {
  char buffer[65536];
  DWORD n = 0;
  while (::ReadFile(from, buffer, sizeof buffer, &n, nullptr) && n > 0) into.append(buffer, n);
}

}  // namespace

source::Expected<GitOutput> run_git(const std::vector<std::string>& args) {
  std::wstring line = L"git";
  for (const std::string& a : args) {
    line += L' ';
    append_quoted(line, wide(a));
  }
  SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
  Handle out_read, out_write, err_read, err_write, nul;
  if (!::CreatePipe(&out_read.h, &out_write.h, &inherit, 0) ||
      !::CreatePipe(&err_read.h, &err_write.h, &inherit, 0)) {
    return source::Error{fmt::format(FMT_STRING("cannot start git: {}"), last_error()),
                         std::nullopt};
  }
  // Only the child's ends are inherited.
  ::SetHandleInformation(out_read.h, HANDLE_FLAG_INHERIT, 0);
  ::SetHandleInformation(err_read.h, HANDLE_FLAG_INHERIT, 0);
  nul.h = ::CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                        OPEN_EXISTING, 0, nullptr);
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  startup.dwFlags = STARTF_USESTDHANDLES;
  startup.hStdInput = nul.h;
  startup.hStdOutput = out_write.h;
  startup.hStdError = err_write.h;
  PROCESS_INFORMATION process{};
  const BOOL started = ::CreateProcessW(nullptr, line.data(), nullptr, nullptr, TRUE,
                                        CREATE_NO_WINDOW, nullptr, nullptr, &startup, &process);
  const std::string start_error = started ? std::string() : last_error();
  out_write.reset();
  err_write.reset();
  if (!started) {
    return source::Error{
        fmt::format(FMT_STRING("cannot run git (is it installed and on PATH?): {}"), start_error),
        std::nullopt};
  }
  Handle process_handle, thread_handle;
  process_handle.h = process.hProcess;
  thread_handle.h = process.hThread;
  // Both pipes are read to their ends together, so that git never blocks on a full stderr while
  // Preflight waits on stdout.
  GitOutput result;
  std::thread err_reader([&] { read_all(err_read.h, result.err); });
  read_all(out_read.h, result.out);
  err_reader.join();
  ::WaitForSingleObject(process.hProcess, INFINITE);
  DWORD code = 0;
  ::GetExitCodeProcess(process.hProcess, &code);
  result.exit_code = static_cast<int>(code);
  return result;
}

}  // namespace pf::deploy
