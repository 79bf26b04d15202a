#include "cli/cli.h"
#include "cli/parallel.h"
#include "deploy/includes.h"
#include "model/model.h"
#include "model/rollback.h"
#include "parse/parse.h"
#include "policy/policy.h"
#include "report/report.h"
#include "report/visible_text.h"
#include "rules/rules.h"
#include "source/source.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <new>
#include <pthread.h>
#include <set>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace pf::cli {
namespace {

constexpr std::string_view kVersion = PF_VERSION;
// Where SARIF consumers link the tool's name; set at configure time (-DPREFLIGHT_INFORMATION_URI=),
// empty (omitted) by default, since the project has no public home yet.
constexpr std::string_view kInformationUri = PF_INFORMATION_URI;

// One `--report F=PATH`.
struct ReportRequest {
  report::Format format;
  std::filesystem::path path;
  std::string spelled;  // PATH as given, for messages and the Octopus artifact
  bool stream = false;  // a character device or FIFO: written straight into, not replaced
};

// Symbolic links and `..` resolved, so another spelling of a path is still recognised. When a
// path cannot be resolved, its absolute form stands in: an empty path would compare equal to
// every other unresolvable one.
[[nodiscard]] std::filesystem::path resolved(const std::filesystem::path& p) {
  std::error_code ec;
  std::filesystem::path r = std::filesystem::weakly_canonical(p, ec);
  if (ec || r.empty()) r = std::filesystem::absolute(p, ec).lexically_normal();
  return r;
}

// Parses every --report value, and refuses any that would overwrite an input script or a folder,
// or name the same file twice. Nothing is written here.
[[nodiscard]] source::Expected<std::vector<ReportRequest>> parse_report_requests(
    const std::vector<std::string>& specs, const std::vector<std::string>& input_paths) {
  std::vector<ReportRequest> out;
  for (const std::string& spec : specs) {
    const std::size_t eq = spec.find('=');
    if (eq == std::string::npos || eq + 1 == spec.size()) {
      return source::Error{
          fmt::format(FMT_STRING("--report '{}': expected FORMAT=PATH, e.g. sarif=out.sarif"),
                      spec),
          std::nullopt};
    }
    const std::string name = spec.substr(0, eq);
    const std::optional<report::Format> format = report::parse_format(name);
    if (!format) {
      return source::Error{fmt::format(FMT_STRING("--report '{}': unknown format '{}' (one of {})"),
                                       spec, name, fmt::join(report::format_names(), ", ")),
                           std::nullopt};
    }
    out.push_back(ReportRequest{*format, spec.substr(eq + 1), spec.substr(eq + 1)});
  }
  std::error_code ec;
  std::vector<std::filesystem::path> inputs;
  for (const Input& input : collect_inputs(input_paths)) {
    if (input.file) inputs.push_back(resolved(*input.file));
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::filesystem::path target = resolved(out[i].path);
    if (std::filesystem::is_directory(out[i].path, ec)) {
      return source::Error{
          fmt::format(FMT_STRING("--report: {} is a folder, not a file"), out[i].spelled),
          std::nullopt};
    }
    for (const std::filesystem::path& in : inputs) {
      if (in == target) {
        return source::Error{
            fmt::format(FMT_STRING("--report: {} is an input script; refusing to overwrite it"),
                        out[i].spelled),
            std::nullopt};
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (resolved(out[j].path) == target) {
        return source::Error{fmt::format(FMT_STRING("--report: {} is named twice"), out[i].spelled),
                             std::nullopt};
      }
    }
  }
  return out;
}

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

// What a report path is, from lstat: the kind of file that decides how it is written.
enum class ReportTarget { Missing, Regular, Stream, Refused };

[[nodiscard]] std::string file_kind(mode_t mode) {
  return S_ISDIR(mode)    ? "a folder"
         : S_ISLNK(mode)  ? "a symbolic link"
         : S_ISBLK(mode)  ? "a block device"
         : S_ISSOCK(mode) ? "a socket"
         : S_ISCHR(mode)  ? "a character device"
         : S_ISFIFO(mode) ? "a FIFO (named pipe)"
                          : "not a regular file";
}

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

// --color: `auto` colours only a terminal, and never when NO_COLOR is set (no-color.org);
// `always` is an explicit request and wins over NO_COLOR.
[[nodiscard]] bool use_color(std::string_view mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

struct Limits {
  std::uint64_t max_file_bytes = source::ReadLimits{}.max_file_bytes;
  std::size_t max_depth = parse::ParseOptions{}.max_nesting_depth;
  std::size_t max_tokens = parse::ParseOptions{}.max_tokens_per_batch;
  // Not a limit, but how a script is read too: the SQLCMD values it starts with (`--var`, or the
  // script that reads it through `:r`), by lower-case name.
  std::map<std::string, std::string> sqlcmd_values;

  // `batch_jobs` > 1: the batches of the file are parsed on that many threads.
  [[nodiscard]] parse::ParseOptions parse_options(std::size_t batch_jobs = 1) const {
    parse::ParseOptions options;
    options.max_nesting_depth = max_depth;
    options.max_tokens_per_batch = max_tokens;
    options.sqlcmd_values = sqlcmd_values;
    options.max_substituted_bytes = static_cast<std::size_t>(max_file_bytes);
    if (batch_jobs > 1) {
      options.for_each_batch = [batch_jobs](std::size_t count,
                                            const std::function<void(std::size_t)>& work) {
        for_each_index(count, batch_jobs, work);
      };
    }
    return options;
  }
};

// Where `:r` may read from and how much it may read (README "SQLCMD mode", "Limits").
struct IncludeFlags {
  std::vector<std::string> roots;  // --include-root DIR, repeatable
  std::size_t max_includes = deploy::IncludeOptions{}.max_includes;
  std::uint64_t max_include_bytes = deploy::IncludeOptions{}.max_include_bytes;
};

// Where the policy comes from: shared by `check` and `config`.
struct PolicyOptions {
  std::string config;  // --config FILE; empty: look for .preflight.yml
  bool no_config = false;
  std::string environment;  // --environment; empty: PREFLIGHT_ENVIRONMENT, else none
  std::string today;        // --today YYYY-MM-DD; empty: the system date (UTC)
};

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::vector<std::string> reports;  // --report F=PATH, as given
  std::string color = "auto";
  std::string order;                  // --order; empty: files.order of the policy, else detected
  std::vector<std::string> baseline;  // --baseline: files or folders describing the database
  int review_exit_code = kExitReview;
  bool strict_waivers = false;
  std::vector<std::string> variables;  // --var Name=value: SQLCMD variables the deployment sets
  Limits limits;
  IncludeFlags includes;
  std::size_t jobs = default_jobs();  // --jobs: threads that read and parse files
  PolicyOptions policy;
};

// A path as messages show it: relative to the working folder when it is inside it.
[[nodiscard]] std::string display_path(const std::filesystem::path& path) {
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (!ec) {
    const std::filesystem::path relative = path.lexically_relative(cwd);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  }
  return path.generic_string();
}

// The policy in force: --config, else the nearest .preflight.yml above `start`, else defaults;
// then the environment from --environment or PREFLIGHT_ENVIRONMENT.
[[nodiscard]] source::Expected<policy::Policy> load_policy(const PolicyOptions& options,
                                                           const std::filesystem::path& start) {
  policy::Config config;
  if (!options.no_config) {
    std::optional<std::filesystem::path> file;
    if (!options.config.empty()) {
      file = options.config;
    } else {
      file = policy::find_config(start);
    }
    if (file) {
      source::Expected<policy::Config> loaded =
          policy::load_config(*file, options.config.empty() ? display_path(*file) : options.config);
      if (!loaded) return loaded.error();
      config = std::move(loaded).value();
    }
  }
  std::string environment = options.environment;
  if (environment.empty()) {
    // Read here, in the CLI, and passed in: the policy stage never reads the process environment.
    if (const char* from_env = std::getenv("PREFLIGHT_ENVIRONMENT")) environment = from_env;
  }
  return policy::resolve(config, environment);
}

// --today, or the system date in UTC: waivers expire on calendar days, the same everywhere.
[[nodiscard]] std::optional<policy::Date> today_of(const PolicyOptions& options) {
  if (!options.today.empty()) return policy::parse_date(options.today);
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return policy::Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
}

void print_config_error(const source::Error& error) {
  fmt::print(std::cerr, FMT_STRING("preflight: {}\n"), report::visible(error.message));
}

void print_input_error(const std::string& path, const source::Error& error) {
  // A file name or a `:r` argument is the script author's text: a newline and `verdict: pass` in
  // one must not make a line of their own.
  fmt::print(std::cerr, FMT_STRING("preflight: {}: {}{}\n"), report::visible(path),
             report::visible(error.message),
             error.byte_offset ? fmt::format(FMT_STRING(" at byte offset {}"), *error.byte_offset)
                               : std::string());
}

using deploy::LoadedRun;
using deploy::LoadedScript;
using deploy::ReadScript;

// The order in force: --order, else the policy's files.order, else detected from the names.
[[nodiscard]] OrderedInputs ordered_inputs(std::vector<Input> inputs, const std::string& option,
                                           const policy::Policy& policy) {
  // The command line wins over the policy file: it is the more specific statement.
  std::optional<Order> requested;
  std::string requested_by;
  if (!option.empty()) {
    requested = parse_order(option);
    requested_by = "--order";
  } else if (!policy.files.order.empty()) {
    requested = parse_order(policy.files.order);
    requested_by = policy.config_path.empty()
                       ? std::string("files.order")
                       : fmt::format(FMT_STRING("files.order in {}"), policy.config_path);
  }
  return order_inputs(std::move(inputs), requested, requested_by, policy.files.undo);
}

// The scripts of the deployment on the command line: `files:` selects among the files found in
// folders (a file named on the command line is always checked, since naming it is the clearest
// selection there is), in the order in force.
//
// A folder whose `.sql` files `files:` leaves out, every one, is an input error like a folder
// without `.sql` files: a policy written for another layout (`**/migrations/**`) must not turn a
// deployment into zero files and a pass.
[[nodiscard]] OrderedInputs deployment_inputs(const std::vector<std::string>& paths,
                                              const std::string& order,
                                              const policy::Policy& policy) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    std::size_t found = 0, selected = 0;
    for (Input& input : collect_inputs({path}, paths)) {
      if (input.from_folder) {
        ++found;
        if (!policy.files.selects(input.display)) continue;
        ++selected;
      }
      inputs.push_back(std::move(input));
    }
    if (found > 0 && selected == 0) {
      inputs.push_back(Input{
          path, std::nullopt,
          fmt::format(FMT_STRING("files.include/files.exclude of {} select none of the {} .sql "
                                 "file{} in this folder, so none would be checked"),
                      policy.config_path.empty() ? std::string("the policy") : policy.config_path,
                      found, found == 1 ? "" : "s")});
    }
  }
  return ordered_inputs(std::move(inputs), order, policy);
}

[[nodiscard]] std::vector<model::ScriptInput> script_inputs(
    const std::vector<LoadedScript>& loaded) {
  std::vector<model::ScriptInput> scripts;
  for (const LoadedScript& l : loaded) {
    if (l.script) scripts.push_back(model::ScriptInput{l.file.get(), l.script.get()});
  }
  return scripts;
}

// Every command reads the real file system.
[[nodiscard]] const deploy::ScriptFiles& disk_files() {
  static const deploy::DiskFiles files;
  return files;
}

[[nodiscard]] deploy::ScriptRef ref_of(const Input& input) {
  return deploy::ScriptRef{input.display, input.file, input.problem};
}

[[nodiscard]] deploy::ReadOptions read_options(const Limits& limits, std::size_t batch_jobs = 1) {
  return deploy::ReadOptions{limits.max_file_bytes, limits.parse_options(batch_jobs)};
}

[[nodiscard]] ReadScript read_script(const Input& input, const Limits& limits,
                                     std::size_t batch_jobs = 1) {
  return deploy::read_script(ref_of(input), read_options(limits, batch_jobs), disk_files());
}

// Every input read and parsed on `jobs` threads, in input order. With fewer files than threads
// (one big script), each file's batches share the threads instead.
[[nodiscard]] std::vector<ReadScript> read_all(const std::vector<Input>& inputs,
                                               const Limits& limits, std::size_t jobs) {
  std::vector<ReadScript> read(inputs.size());
  const std::size_t batch_jobs = inputs.size() < jobs ? jobs : 1;
  for_each_index(inputs.size(), batch_jobs > 1 ? 1 : jobs,
                 [&](std::size_t i) { read[i] = read_script(inputs[i], limits, batch_jobs); });
  return read;
}

// Every input read and parsed, or nothing (after printing each problem, in input order) when one
// fails.
[[nodiscard]] std::optional<std::vector<LoadedScript>> load_all(const std::vector<Input>& inputs,
                                                                const Limits& limits,
                                                                std::size_t jobs) {
  std::vector<ReadScript> read = read_all(inputs, limits, jobs);
  std::vector<LoadedScript> out;
  bool failed = false;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (read[i].report.error) {
      print_input_error(inputs[i].display, *read[i].report.error);
      failed = true;
      continue;
    }
    out.push_back(std::move(read[i].loaded));
  }
  if (failed) return std::nullopt;
  return out;
}

[[nodiscard]] std::optional<std::vector<LoadedScript>> load_baseline(
    const std::vector<std::string>& paths, const Limits& limits, std::size_t jobs) {
  return load_all(collect_inputs(paths), limits, jobs);
}

// The top of the git work tree that holds `folder` (the nearest folder above it, or itself, with a
// `.git` entry: a folder, or a file in a linked work tree or submodule); none outside git. A
// script cannot widen this: git will not check out a `.git` of its own, and a nearer one only
// narrows it.
[[nodiscard]] std::optional<std::filesystem::path> git_work_tree_of(
    const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::path at = std::filesystem::canonical(folder, ec);
  if (ec) return std::nullopt;
  for (;;) {
    if (std::filesystem::exists(at / ".git", ec)) return at;
    if (!at.has_relative_path()) return std::nullopt;  // the file system's root: no work tree
    at = at.parent_path();
  }
}

// The folders `:r` may read from: each command-line path's folder (a file's own folder) and the
// git work tree that holds it (so a pre-commit hook that names one changed SSDT script still lets
// it read `..\Data\Seed.sql` from its project), every
// --include-root, and every `files.include_roots` folder of the policy (relative to the policy
// file's folder); all resolved, so a root that is a link works. A root that is not a folder is a
// usage error: a typo must not leave an include refused for a reason nobody sees.
[[nodiscard]] source::Expected<deploy::IncludeOptions> include_options(
    const IncludeFlags& flags, const std::vector<std::string>& paths,
    const policy::Policy& policy) {
  deploy::IncludeOptions options;
  options.max_includes = flags.max_includes;
  options.max_include_bytes = flags.max_include_bytes;
  const auto add = [&](const std::filesystem::path& folder,
                       const std::string& named_by) -> std::optional<source::Error> {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
      return source::Error{
          fmt::format(FMT_STRING("{}: {} is not a folder"), named_by, folder.generic_string()),
          std::nullopt};
    }
    options.roots.push_back(
        deploy::IncludeRoot{disk_files().resolve(folder), display_path(folder)});
    return std::nullopt;
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    std::filesystem::path folder(path);
    if (!std::filesystem::is_directory(folder, ec)) folder = folder.parent_path();
    if (folder.empty()) folder = ".";
    // A path that does not exist is an input error of its own; it allows nothing.
    if (!std::filesystem::is_directory(folder, ec)) continue;
    (void)add(folder, path);
    if (std::optional<std::filesystem::path> top = git_work_tree_of(folder)) (void)add(*top, path);
  }
  for (const std::string& root : flags.roots) {
    if (std::optional<source::Error> error = add(root, "--include-root")) return *error;
  }
  const std::filesystem::path policy_folder =
      std::filesystem::path(policy.config_path).parent_path();
  for (const std::string& root : policy.files.include_roots) {
    const std::filesystem::path folder = std::filesystem::path(root).is_absolute()
                                             ? std::filesystem::path(root)
                                             : policy_folder / root;
    if (std::optional<source::Error> error =
            add(folder.lexically_normal(),
                fmt::format(FMT_STRING("files.include_roots in {}"), policy.config_path))) {
      return *error;
    }
  }
  return options;
}

// The forward scripts, read on `jobs` threads, each followed by the files its `:r` lines read.
[[nodiscard]] LoadedRun load_run(const std::vector<Input>& inputs, const Limits& limits,
                                 const deploy::IncludeOptions& includes, std::size_t jobs) {
  std::vector<deploy::ScriptRef> refs;
  for (const Input& input : inputs) refs.push_back(ref_of(input));
  return deploy::expand_includes(refs, read_all(inputs, limits, jobs), read_options(limits),
                                 includes, disk_files());
}

// `--var Name=value` assignments by lower-case name (sqlcmd compares names without case); a later
// one wins, as with sqlcmd -v.
[[nodiscard]] std::map<std::string, std::string> sqlcmd_values_of(
    const std::vector<std::string>& assignments) {
  std::map<std::string, std::string> values;
  for (const std::string& a : assignments) {
    const std::size_t equals = a.find('=');
    values[source::ascii_lower(a.substr(0, equals))] = a.substr(equals + 1);
  }
  return values;
}

int run_check(const CheckOptions& options) {
  Limits limits = options.limits;
  limits.sqlcmd_values = sqlcmd_values_of(options.variables);
  const source::Expected<std::vector<ReportRequest>> requests =
      parse_report_requests(options.reports, options.paths);
  if (!requests) {
    fmt::print(std::cerr, FMT_STRING("preflight: {}\n"), report::visible(requests.error().message));
    return kExitUsage;
  }
  std::vector<ReportRequest> report_requests = requests.value();
  for (ReportRequest& r : report_requests) {
    const auto [kind, refusal] = classify_report_path(r.path, r.spelled);
    if (kind == ReportTarget::Refused) {
      fmt::print(std::cerr, FMT_STRING("preflight: {}\n"), report::visible(refusal));
      return kExitUsage;
    }
    r.stream = kind == ReportTarget::Stream;
  }
  const std::optional<policy::Date> today = today_of(options.policy);
  if (!today) {
    fmt::print(std::cerr, FMT_STRING("preflight: --today '{}' is not a date (YYYY-MM-DD)\n"),
               report::visible(options.policy.today));
    return kExitUsage;
  }
  const source::Expected<policy::Policy> loaded_policy =
      load_policy(options.policy, options.paths.front());
  if (!loaded_policy) {
    print_config_error(loaded_policy.error());
    return kExitUsage;
  }
  const policy::Policy& policy = loaded_policy.value();
  if (!policy.config_path.empty()) {
    // The policy file is reviewed work, like the scripts: a report never replaces it.
    for (const ReportRequest& r : requests.value()) {
      if (resolved(r.path) == resolved(policy.config_path)) {
        fmt::print(std::cerr,
                   FMT_STRING("preflight: --report: {} is the policy file; refusing to overwrite "
                              "it\n"),
                   report::visible(r.spelled));
        return kExitUsage;
      }
    }
  }
  const source::Expected<deploy::IncludeOptions> includes =
      include_options(options.includes, options.paths, policy);
  if (!includes) {
    print_config_error(includes.error());
    return kExitUsage;
  }
  // A baseline file that cannot be read hides nothing: the deployment is still checked and
  // reported, without the baseline (checking against part of the schema would report the objects
  // of the missing part as absent), and the run ends in exit 4 with that file listed.
  std::vector<report::FileReport> baseline_errors;
  std::optional<std::vector<LoadedScript>> baseline = std::vector<LoadedScript>();
  for (ReadScript& read : read_all(collect_inputs(options.baseline), limits, options.jobs)) {
    if (read.loaded.script) {
      baseline->push_back(std::move(read.loaded));
      continue;
    }
    read.report.source = nullptr;  // its bytes are not kept
    read.report.error->message = "--baseline file: " + read.report.error->message;
    baseline_errors.push_back(std::move(read.report));
  }
  if (!baseline_errors.empty()) baseline->clear();

  OrderedInputs ordered = deployment_inputs(options.paths, options.order, policy);
  report::RunReport run;
  run.environment = policy.environment;
  run.order = std::string(order_name(ordered.order));
  run.order_reason = ordered.reason;
  // The forward scripts, each followed by the files its `:r` lines read; then the undo scripts,
  // which never run forward and are linted apart below.
  LoadedRun loaded = load_run(ordered.forward, limits, includes.value(), options.jobs);
  std::vector<std::size_t>& file_of_script = loaded.file_of_script;
  const std::vector<model::ScriptInput>& forward_scripts = loaded.scripts;
  const std::vector<std::optional<std::size_t>>& script_of_input = loaded.script_of_input;
  std::vector<std::pair<model::ScriptInput, const UndoInput*>> undo_scripts;
  for (const UndoInput& undo : ordered.undo) {
    ReadScript read = read_script(undo.input, limits);
    read.report.undo = true;
    if (undo.forward) read.report.undoes = ordered.forward[*undo.forward].display;
    if (read.loaded.script) {
      undo_scripts.emplace_back(
          model::ScriptInput{read.loaded.file.get(), read.loaded.script.get()}, &undo);
      file_of_script.push_back(loaded.files.size());
    }
    loaded.files.push_back(std::move(read.report));
    if (read.loaded.file) loaded.loaded.push_back(std::move(read.loaded));
  }
  for (report::FileReport& file : loaded.files) {
    if (file.error) {
      print_input_error(file.path, *file.error);
      ++run.summary.errors;
    }
    run.summary.statements += file.statements;
    run.summary.unparsed += file.unparsed;
    run.files.push_back(std::move(file));
  }
  for (report::FileReport& file : baseline_errors) {
    print_input_error(file.path, *file.error);
    ++run.summary.errors;
    run.files.push_back(std::move(file));
  }
  run.summary.files = run.files.size();

  model::UndoPlan plan;
  for (const auto& [script, undo] : undo_scripts) {
    plan.scripts.push_back(
        model::UndoScript{script, undo->forward ? script_of_input[*undo->forward] : std::nullopt});
  }
  for (const auto& [input_index, expected] : ordered.missing_undo) {
    if (script_of_input[input_index]) plan.missing[*script_of_input[input_index]] = expected;
  }
  const std::vector<model::ScriptInput> baseline_scripts = script_inputs(*baseline);
  const model::Deployment deployment(forward_scripts, baseline_scripts, std::move(plan),
                                     limits.sqlcmd_values,
                                     model::ModelOptions{policy.case_sensitive_names});
  std::vector<rules::Finding> findings = rules::run_rules(deployment);
  std::vector<policy::ScriptView> views;
  for (std::size_t i = 0; i < deployment.scripts().size(); ++i) {
    views.push_back(
        policy::ScriptView{deployment.scripts()[i].file->path(), deployment.scripts()[i].script});
  }
  // Each undo script is linted on its own, against the state a rollback runs it in.
  for (const auto& [script, undo] : undo_scripts) {
    std::vector<model::ScriptInput> replayed =
        deploy::scripts_after_inputs(loaded, undo->runs_after);
    for (rules::Finding& f :
         rules::run_rules_on_undo(std::move(replayed), script, baseline_scripts)) {
      f.script_index = views.size();
      findings.push_back(std::move(f));
    }
    views.push_back(policy::ScriptView{script.file->path(), script.script});
  }
  const policy::Outcome outcome =
      policy::decide(policy, findings, views, *today, run.summary.errors);
  if (options.strict_waivers) {
    bool strict_failure = false;
    for (const policy::WaiverReport& w : outcome.waivers) {
      if (w.status == policy::WaiverStatus::Applied) continue;
      fmt::print(std::cerr,
                 FMT_STRING("preflight: {}:{}: waiver for {} on '{}' is {} "
                            "(--strict-waivers)\n"),
                 report::visible(policy.config_path), w.waiver.line, w.waiver.rule,
                 report::visible(w.waiver.path), policy::status_name(w.status));
      strict_failure = true;
    }
    if (strict_failure) return kExitUsage;
  }
  // Settings of the policy file that were not applied (a category or name that would lower a
  // rule that fails by default): the file does not do what it seems to say.
  run.policy_warnings.insert(run.policy_warnings.end(), policy.notes.begin(), policy.notes.end());
  if (!baseline_errors.empty()) {
    run.policy_warnings.push_back(fmt::format(
        FMT_STRING("checked without --baseline: {} of its files could not be read or parsed"),
        baseline_errors.size()));
  }
  report::record_outcome(run, findings, outcome, file_of_script);

  report::WriteOptions write_options;
  write_options.tool_version = std::string(kVersion);
  write_options.information_uri = std::string(kInformationUri);
  bool write_failed = false;
  std::vector<report::Artifact> artifacts;
  for (const ReportRequest& r : report_requests) {
    // A report file is the same whatever else the run writes: only stdout, which Octopus reads,
    // announces the artifacts.
    std::ostringstream content;
    report::write_report(content, r.format, run, write_options);
    const source::Expected<std::uint64_t> written =
        r.stream ? write_stream(r.path, content.str())
                 : write_file_atomically(r.path, content.str());
    if (!written) {
      fmt::print(std::cerr, FMT_STRING("preflight: {}\n"),
                 report::visible(written.error().message));
      write_failed = true;
      continue;
    }
    // Octopus uploads an artifact from its path: a device or a pipe is no file to keep.
    if (r.stream) continue;
    artifacts.push_back(report::Artifact{r.spelled, r.path.filename().string(), written.value()});
  }
  write_options.artifacts = std::move(artifacts);
  const report::Format format = report::parse_format(options.format).value_or(report::Format::Text);
  write_options.text.color = format == report::Format::Text && use_color(options.color);
  report::write_report(std::cout, format, run, write_options);

  // A report that could not be written is never a pass: the pipeline would lose the evidence.
  if (run.summary.errors > 0 || write_failed) return kExitInputError;
  switch (run.verdict) {
    case policy::Verdict::Pass:
      return kExitPass;
    case policy::Verdict::ManualReview:
      return options.review_exit_code;
    case policy::Verdict::Fail:
      return kExitFail;
  }
  return kExitInputError;
}

struct ModelOptions {
  std::vector<std::string> paths;
  std::vector<std::string> baseline;
  std::string order;
  std::string format = "json";
  Limits limits;
  IncludeFlags includes;
  std::size_t jobs = default_jobs();
  PolicyOptions policy;
};

// `preflight model`: the state after the deployment. Any file that cannot be read or parsed is an
// input error, since a model without it would be wrong in ways nobody could see.
int run_model(const ModelOptions& options) {
  const source::Expected<policy::Policy> loaded_policy =
      load_policy(options.policy, options.paths.front());
  if (!loaded_policy) {
    print_config_error(loaded_policy.error());
    return kExitUsage;
  }
  const policy::Policy& policy = loaded_policy.value();
  const std::optional<std::vector<LoadedScript>> baseline =
      load_baseline(options.baseline, options.limits, options.jobs);
  if (!baseline) return kExitInputError;
  const OrderedInputs ordered = deployment_inputs(options.paths, options.order, policy);
  const source::Expected<deploy::IncludeOptions> includes =
      include_options(options.includes, options.paths, policy);
  if (!includes) {
    print_config_error(includes.error());
    return kExitUsage;
  }
  const LoadedRun loaded =
      load_run(ordered.forward, options.limits, includes.value(), options.jobs);
  bool failed = false;
  for (const report::FileReport& file : loaded.files) {
    if (!file.error) continue;
    print_input_error(file.path, *file.error);
    failed = true;
  }
  if (failed) return kExitInputError;
  const model::Deployment deployment(loaded.scripts, script_inputs(*baseline), {}, {},
                                     model::ModelOptions{policy.case_sensitive_names});
  report::ModelInfo info{std::string(order_name(ordered.order)), ordered.reason, {}};
  for (const LoadedScript& l : *baseline) info.baseline_files.push_back(l.file->path());
  report::write_model_json(std::cout, deployment, info, kVersion);
  return kExitPass;
}

// `preflight rollback`: a draft undo script for the deployment, newest change first, and a
// commented list of what only a backup brings back. A draft: a reviewer reads it before use.
int run_rollback(const std::vector<std::string>& paths, const std::string& order,
                 const Limits& limits, const PolicyOptions& policy_options) {
  // The policy's `files:` (include, exclude, order, undo) says which files are the forward
  // scripts: a draft that inverted the undo scripts too would undo the rollback itself.
  const source::Expected<policy::Policy> policy = load_policy(policy_options, paths.front());
  if (!policy) {
    print_config_error(policy.error());
    return kExitUsage;
  }
  const OrderedInputs ordered = deployment_inputs(paths, order, policy.value());
  const std::optional<std::vector<LoadedScript>> loaded =
      load_all(ordered.forward, limits, default_jobs());
  if (!loaded) return kExitInputError;
  const model::RollbackDraft draft = model::draft_rollback(script_inputs(*loaded));
  fmt::print(FMT_STRING("-- Draft undo script (preflight rollback), order: {} ({}).\n"
                        "-- Review it before use: it inverts only what the scripts state.\n"),
             order_name(ordered.order), report::visible(ordered.reason));
  for (const model::UndoStep& step : draft.undo) {
    // The path is in a comment line: a newline in a file name would put SQL after it.
    fmt::print(FMT_STRING("\n-- undoes {}:{}\n{}\nGO\n"), report::visible(step.path),
               step.position.line, step.sql);
  }
  if (draft.undo.empty()) fmt::print(FMT_STRING("\n-- (nothing reversible)\n"));
  if (!draft.irreversible.empty()) {
    fmt::print(
        FMT_STRING("\n-- Not undone by this script (restore from a backup, or write it by "
                   "hand):\n"));
    for (const model::UndoStep& step : draft.irreversible) {
      fmt::print(FMT_STRING("--   {}:{}: {}\n"), report::visible(step.path), step.position.line,
                 report::visible(step.why));
    }
  }
  return kExitPass;
}

int run_config(const PolicyOptions& options) {
  const std::optional<policy::Date> today = today_of(options);
  if (!today) {
    fmt::print(std::cerr, FMT_STRING("preflight: --today '{}' is not a date (YYYY-MM-DD)\n"),
               report::visible(options.today));
    return kExitUsage;
  }
  const source::Expected<policy::Policy> policy = load_policy(options, ".");
  if (!policy) {
    print_config_error(policy.error());
    return kExitUsage;
  }
  fmt::print(FMT_STRING("{}"), policy::effective_policy_yaml(policy.value(), *today));
  return kExitPass;
}

// Writes only the named file (or .preflight.yml in a named folder), never over an existing one
// unless --force: a policy file is reviewed work.
int run_init(std::string path, bool force) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    path = (std::filesystem::path(path) / std::string(policy::kConfigFileName)).generic_string();
  }
  if (std::filesystem::exists(path, ec) && !force) {
    fmt::print(std::cerr, FMT_STRING("preflight: {} already exists (use --force to overwrite)\n"),
               report::visible(path));
    return kExitUsage;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << policy::init_template();
  out.close();
  if (!out) {
    fmt::print(std::cerr, FMT_STRING("preflight: cannot write {}\n"), report::visible(path));
    return kExitInputError;
  }
  fmt::print(FMT_STRING("wrote {}\n"), report::visible(path));
  return kExitPass;
}

void add_policy_options(CLI::App& command, PolicyOptions& options) {
  CLI::Option* config = command.add_option("--config", options.config,
                                           "Policy file (default: nearest .preflight.yml)");
  command.add_flag("--no-config", options.no_config, "Ignore .preflight.yml; built-in defaults")
      ->excludes(config);
  command.add_option("--environment", options.environment,
                     "Environment of the policy (default: $PREFLIGHT_ENVIRONMENT)");
  command.add_option("--today", options.today,
                     "Date for waiver expiry, YYYY-MM-DD (default: today, UTC); for reproducible "
                     "runs and tests");
}

int run_parse(const std::string& path, const Limits& limits) {
  source::Expected<source::SourceFile> file =
      source::read_source_file(path, path, source::ReadLimits{limits.max_file_bytes});
  if (!file) {
    print_input_error(path, file.error());
    return kExitInputError;
  }
  source::Expected<ast::Script> script = parse::parse_script(file.value(), limits.parse_options());
  if (!script) {
    print_input_error(path, script.error());
    return kExitInputError;
  }
  report::write_ast_json(std::cout, file.value(), script.value());
  return kExitPass;
}

// `lex`: what the benchmark (tests/bench/bench.py) compares a full `check` with. Files are found,
// read and decoded as `check` does (no policy, no `:r` includes). Plain `lex` splits batches and
// lexes them, as parse::lex_only does; `--parse` parses them too, without rules or reports, and
// counts the batches whose SLL prediction failed (DESIGN.md §9), which no other command totals.
struct LexOptions {
  std::vector<std::string> paths;
  bool parse = false;
  Limits limits;
};

int run_lex(const LexOptions& options) {
  std::size_t files = 0, errors = 0, batches = 0, tokens = 0;
  std::size_t statements = 0, unparsed = 0, ll_batches = 0, ll_statements = 0;
  std::size_t predictions = 0, runtime_predictions = 0;
  for (const Input& input : collect_inputs(options.paths)) {
    if (input.problem) {
      print_input_error(input.display, source::Error{*input.problem, std::nullopt});
      ++errors;
      continue;
    }
    const source::Expected<source::SourceFile> file = source::read_source_file(
        *input.file, input.display, source::ReadLimits{options.limits.max_file_bytes});
    if (!file) {
      print_input_error(input.display, file.error());
      ++errors;
      continue;
    }
    if (options.parse) {
      const source::Expected<ast::Script> script =
          parse::parse_script(file.value(), options.limits.parse_options());
      if (!script) {
        print_input_error(input.display, script.error());
        ++errors;
        continue;
      }
      const ast::StatementCounts counts = ast::count_statements(script.value());
      statements += counts.statements;
      unparsed += counts.unparsed;
      for (const ast::Batch& batch : script.value().batches) {
        if (batch.needed_full_ll) ++ll_batches;
        ll_statements += batch.full_ll_statements;
        predictions += batch.predictions;
        runtime_predictions += batch.runtime_predictions;
      }
      batches += script.value().batches.size();
    } else {
      // Splitting again only to count is a scan for line breaks, small next to lexing.
      batches += parse::split_batches(file.value().text()).size();
      tokens += parse::lex_only(file.value());
    }
    ++files;
  }
  fmt::print(FMT_STRING("files {}\nerrors {}\nbatches {}\n"), files, errors, batches);
  if (options.parse) {
    fmt::print(FMT_STRING("statements {}\nunparsed {}\nll_batches {}\nll_statements {}\n"
                          "predictions {}\nruntime_predictions {}\n"),
               statements, unparsed, ll_batches, ll_statements, predictions, runtime_predictions);
  } else {
    fmt::print(FMT_STRING("tokens {}\n"), tokens);
  }
  return errors > 0 ? kExitInputError : kExitPass;
}

int run_rules_list() {
  std::size_t name_width = 4;
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    name_width = std::max(name_width, e.name.size());
  }
  fmt::print(FMT_STRING("{:<6} {:<{}} {:<16} {:<7} {}\n"), "id", "name", name_width, "category",
             "level", "summary");
  for (const rules::CatalogueEntry& e : rules::catalogue()) {
    fmt::print(FMT_STRING("{:<6} {:<{}} {:<16} {:<7} {}\n"), e.id, e.name, name_width, e.category,
               rules::level_name(e.level), e.summary);
  }
  return kExitPass;
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

std::string without_markers(std::string_view sql) {
  std::string out;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    // « is C2 AB and » is C2 BB in UTF-8.
    if (sql[i] == '\xC2' && i + 1 < sql.size() && (sql[i + 1] == '\xAB' || sql[i + 1] == '\xBB')) {
      ++i;
      continue;
    }
    out += sql[i];
  }
  return out;
}

int run_explain(const std::string& id) {
  const rules::CatalogueEntry* e = rules::find_entry(id);
  if (e == nullptr) {
    fmt::print(std::cerr, FMT_STRING("preflight: no rule '{}' (see `preflight rules`)\n"),
               report::visible(id));
    return kExitUsage;
  }
  fmt::print(FMT_STRING("{} {}\n\n{}\n\ncategory: {}\ndefault level: {}\nreversible: {}\n\n"),
             e->id, e->name, e->summary, e->category, rules::level_name(e->level),
             e->reversible ? "yes" : "no (only a backup brings the data back)");
  if (e->could_not_check) {
    fmt::print(
        FMT_STRING("suppression: only a policy waiver; a script cannot suppress it inline "
                   "(it means Preflight could not check what runs)\n\n"));
  }
  fmt::print(FMT_STRING("Why\n{}\n\nInstead\n{}\n"), trim_end(e->rationale), trim_end(e->instead));
  // Each example indented as a block, so multi-line examples stay readable.
  auto print_examples = [](std::string_view title, rules::Span<rules::RuleExample> examples) {
    fmt::print(FMT_STRING("\n{}\n"), title);
    for (const rules::RuleExample& ex : examples) {
      std::string text = without_markers(ex.sql);
      for (std::size_t at = text.find('\n'); at != std::string::npos;
           at = text.find('\n', at + 1)) {
        text.insert(at + 1, "    ");
      }
      fmt::print(FMT_STRING("  - {}\n"), text);
      if (!ex.undo.empty()) {
        std::string undo(ex.undo);
        for (std::size_t at = undo.find('\n'); at != std::string::npos;
             at = undo.find('\n', at + 1)) {
          undo.insert(at + 1, "          ");
        }
        fmt::print(FMT_STRING("    undo: {}\n"), undo);
      }
    }
  };
  print_examples("Flagged", e->bad);
  print_examples("Not flagged", e->good);
  fmt::print(FMT_STRING("\nSource: {}\n"), e->file);
  return kExitPass;
}

// A limit of 0 would refuse every input; CLI::PositiveNumber's message prints a range of 300
// digits.
[[nodiscard]] CLI::Validator at_least_one_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
          return c >= '0' && c <= '9';
        });
        if (digits && value.find_first_not_of('0') != std::string::npos) return {};
        return "expected a whole number of at least 1, got '" + value + "'";
      },
      "N>=1");
}

// README "Limits". Each error over a limit names the file, the limit's value and its flag.
void add_limit_options(CLI::App& command, Limits& limits) {
  const CLI::Validator at_least_one = at_least_one_validator();
  command
      .add_option("--max-file-bytes", limits.max_file_bytes,
                  fmt::format(FMT_STRING("Largest file read, in bytes (default {})"),
                              limits.max_file_bytes))
      ->check(at_least_one);
  command
      .add_option("--max-depth", limits.max_depth,
                  fmt::format(FMT_STRING("Deepest nesting of parentheses, BEGIN/CASE ... END, IF "
                                         "and WHILE in one batch (default {})"),
                              limits.max_depth))
      ->check(at_least_one);
  command
      .add_option(
          "--max-tokens", limits.max_tokens,
          fmt::format(FMT_STRING("Most tokens in one batch (default {})"), limits.max_tokens))
      ->check(at_least_one);
}

// README "SQLCMD mode" and "Limits": where `:r` may read, and how much per run.
void add_include_options(CLI::App& command, IncludeFlags& flags) {
  command
      .add_option("--include-root", flags.roots,
                  "Folder a `:r` line may also read from (repeatable); the folders of the "
                  "paths given are always allowed")
      ->allow_extra_args(false);
  const CLI::Validator at_least_one = at_least_one_validator();
  command
      .add_option("--max-includes", flags.max_includes,
                  fmt::format(FMT_STRING("Most `:r` lines followed in one run, the same file "
                                         "twice counting twice (default {})"),
                              flags.max_includes))
      ->check(at_least_one);
  command
      .add_option("--max-include-bytes", flags.max_include_bytes,
                  fmt::format(FMT_STRING("Most bytes read through `:r` in one run (default {})"),
                              flags.max_include_bytes))
      ->check(at_least_one);
}

int run_guarded(int argc, char** argv) {
  CLI::App app{"Preflight checks SQL Server deployment scripts before they reach a database.",
               "preflight"};
  app.set_version_flag("--version", std::string("preflight ") + std::string(kVersion));
  app.require_subcommand(1);

  CheckOptions check;
  CLI::App* check_cmd =
      app.add_subcommand("check", "Check scripts and folders; exit code is the verdict");
  check_cmd->add_option("paths", check.paths, "Script files or folders of .sql files")->required();
  check_cmd->add_option("--format", check.format, "Output format on stdout (default text)")
      ->check(CLI::IsMember(
          std::vector<std::string>(report::format_names().begin(), report::format_names().end())));
  check_cmd
      ->add_option("--report", check.reports,
                   "Also write FORMAT to PATH (FORMAT=PATH, repeatable), e.g. "
                   "--report sarif=out.sarif --report html=report.html")
      ->allow_extra_args(false);
  check_cmd->add_option("--color", check.color, "Colour text output: auto (default), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check_cmd
      ->add_option("--review-exit-code", check.review_exit_code,
                   "Exit code for a manual-review verdict (default 2)")
      ->check(CLI::Range(0, 255));
  check_cmd
      ->add_option("--order", check.order,
                   "Order of the deployment's files: flyway, natural, lexical or given "
                   "(default: files.order, else detected from the names)")
      ->check(CLI::IsMember({"flyway", "natural", "lexical", "given"}));
  check_cmd
      ->add_option("--baseline", check.baseline,
                   "CREATE script(s) of the target database, file or folder: the state "
                   "before the deployment (one per --baseline; repeatable)")
      ->allow_extra_args(false);
  check_cmd
      ->add_option("--jobs", check.jobs,
                   "Threads that read and parse the files (default: every core); the output is "
                   "the same for any number")
      ->check(CLI::Range(1, 1024));
  check_cmd->add_flag("--strict-waivers", check.strict_waivers,
                      "Unused or expired waivers are a configuration error (exit 3)");
  check_cmd
      ->add_option("--var", check.variables,
                   "SQLCMD variable the deployment defines, as sqlcmd -v does: Name=value "
                   "(repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            const std::size_t equals = value.find('=');
            if (equals == std::string::npos || equals == 0) {
              return "expected Name=value, got '" + value + "'";
            }
            return {};
          },
          "Name=value"));
  add_limit_options(*check_cmd, check.limits);
  add_include_options(*check_cmd, check.includes);
  add_policy_options(*check_cmd, check.policy);

  PolicyOptions config_options;
  CLI::App* config_cmd =
      app.add_subcommand("config", "Print the effective policy (after the environment) as YAML");
  add_policy_options(*config_cmd, config_options);

  std::string init_path = std::string(policy::kConfigFileName);
  bool init_force = false;
  CLI::App* init_cmd = app.add_subcommand("init", "Write a commented .preflight.yml");
  init_cmd->add_option("path", init_path, "File to write (default: ./.preflight.yml)");
  init_cmd->add_flag("--force", init_force, "Overwrite an existing file");

  std::string parse_path;
  std::string parse_format = "json";
  Limits parse_limits;
  CLI::App* parse_cmd = app.add_subcommand("parse", "Print the syntax tree of one script");
  parse_cmd->add_option("file", parse_path, "Script file")->required();
  parse_cmd->add_option("--format", parse_format, "Output format")->check(CLI::IsMember({"json"}));
  add_limit_options(*parse_cmd, parse_limits);

  LexOptions lex_options;
  CLI::App* lex_cmd = app.add_subcommand(
      "lex",
      "Split and lex scripts (or, with --parse, parse them) and print counts; for benchmarks");
  lex_cmd->add_option("paths", lex_options.paths, "Script files or folders of .sql files")
      ->required();
  lex_cmd->add_flag("--parse", lex_options.parse,
                    "Parse too: statements, unparsed, batches and statements that needed LL, "
                    "parser predictions and those the prediction snapshot could not answer");
  add_limit_options(*lex_cmd, lex_options.limits);

  ModelOptions model_options;
  CLI::App* model_cmd =
      app.add_subcommand("model", "Print the schema state after the deployment (JSON)");
  model_cmd->add_option("paths", model_options.paths, "Script files or folders of .sql files")
      ->required();
  model_cmd
      ->add_option("--baseline", model_options.baseline,
                   "CREATE script(s) of the target database, file or folder (one per --baseline; "
                   "repeatable)")
      ->allow_extra_args(false);
  model_cmd
      ->add_option("--order", model_options.order,
                   "Order of the files: flyway, natural, lexical or given (default: detected)")
      ->check(CLI::IsMember({"flyway", "natural", "lexical", "given"}));
  model_cmd->add_option("--format", model_options.format, "Output format")
      ->check(CLI::IsMember({"json"}));
  add_limit_options(*model_cmd, model_options.limits);
  add_include_options(*model_cmd, model_options.includes);
  add_policy_options(*model_cmd, model_options.policy);

  std::vector<std::string> rollback_paths;
  std::string rollback_order;
  Limits rollback_limits;
  PolicyOptions rollback_policy;
  CLI::App* rollback_cmd =
      app.add_subcommand("rollback", "Print a draft undo script for the given scripts");
  rollback_cmd->add_option("paths", rollback_paths, "Script files or folders of .sql files")
      ->required();
  rollback_cmd
      ->add_option("--order", rollback_order,
                   "Order of the files: flyway, natural, lexical or given (default: detected)")
      ->check(CLI::IsMember({"flyway", "natural", "lexical", "given"}));
  add_limit_options(*rollback_cmd, rollback_limits);
  CLI::Option* rollback_config = rollback_cmd->add_option(
      "--config", rollback_policy.config, "Policy file (default: nearest .preflight.yml)");
  rollback_cmd
      ->add_flag("--no-config", rollback_policy.no_config,
                 "Ignore .preflight.yml; built-in defaults")
      ->excludes(rollback_config);

  CLI::App* rules_cmd = app.add_subcommand("rules", "List the rule catalogue");
  std::string explain_id;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show a rule's documentation");
  explain_cmd->add_option("rule", explain_id, "Rule id or name, e.g. PF101 or drop-table")
      ->required();

  // One value per occurrence, for every option of every command (README "Using it"): a list is
  // given by repeating the option. An option that took every word after it would swallow the
  // scripts to check: `check --baseline schema/ V8.sql V9.sql` made V8.sql part of the baseline.
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    for (CLI::Option* option : command->get_options()) {
      if (option->nonpositional()) option->allow_extra_args(false);
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Prints help, version or the error; the error quotes the argument it refused, which may be a
    // file name holding a line break or an escape sequence.
    std::ostringstream out, err;
    const int code = app.exit(e, out, err);
    std::string error = err.str();
    const std::string what = e.what();
    if (error.compare(0, what.size(), what) == 0)
      error.replace(0, what.size(), report::visible(what));
    std::cout << out.str();
    std::cerr << error;
    return code == 0 ? kExitPass : kExitUsage;
  }
  if (*check_cmd) return run_check(check);
  if (*parse_cmd) return run_parse(parse_path, parse_limits);
  if (*lex_cmd) return run_lex(lex_options);
  if (*model_cmd) return run_model(model_options);
  if (*rollback_cmd) {
    return run_rollback(rollback_paths, rollback_order, rollback_limits, rollback_policy);
  }
  if (*config_cmd) return run_config(config_options);
  if (*init_cmd) return run_init(init_path, init_force);
  if (*rules_cmd) return run_rules_list();
  if (*explain_cmd) return run_explain(explain_id);
  return kExitUsage;
}

// The report on stdout is the run's result: a write that failed (a full disk, `> /dev/full`, a
// closed pipe) is an input error with a message, never the verdict's exit code.
int checked_stdout(int code) {
  errno = 0;
  std::cout.flush();
  const int flush_errno = errno;
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!failed) return code;
  const int error_number = errno != 0 ? errno : flush_errno;
  fmt::print(std::cerr, FMT_STRING("preflight: cannot write to stdout{}\n"),
             error_number != 0 ? fmt::format(FMT_STRING(": {}"), std::strerror(error_number))
                               : std::string());
  return code == kExitUsage ? code : kExitInputError;
}

}  // namespace

int run(int argc, char** argv) {
  // Bugs may throw; none may end the process with a code a pipeline reads as success.
  try {
    return checked_stdout(run_guarded(argc, argv));
  } catch (const std::bad_alloc&) {
    // Not a bug but a limit of the machine: an input error, as when one file alone runs out.
    fmt::print(std::cerr, FMT_STRING("preflight: out of memory; give preflight more memory "
                                     "(README \"Limits\") or check fewer files at once\n"));
  } catch (const std::exception& e) {
    fmt::print(std::cerr, FMT_STRING("preflight: internal error: {}\n"), report::visible(e.what()));
  } catch (...) {
    fmt::print(std::cerr, FMT_STRING("preflight: internal error\n"));
  }
  return checked_stdout(kExitInputError);
}

}  // namespace pf::cli
