#include "driver/report_files.h"

#include "deploy/inputs.h"
#include "driver/report_write.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <system_error>
#include <utility>

namespace pf::driver {
namespace {

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
source::Expected<std::vector<ReportRequest>> parse_report_requests(
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
  for (const deploy::Input& input : deploy::collect_inputs(input_paths)) {
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

}  // namespace

source::Expected<std::vector<ReportRequest>> report_requests(
    const std::vector<std::string>& specs, const std::vector<std::string>& input_paths) {
  source::Expected<std::vector<ReportRequest>> parsed = parse_report_requests(specs, input_paths);
  if (!parsed) return parsed;
  std::vector<ReportRequest> requests = std::move(parsed).value();
  for (ReportRequest& r : requests) {
    const auto [kind, refusal] = classify_report_path(r.path, r.spelled);
    if (kind == ReportTarget::Refused) return source::Error{refusal, std::nullopt};
    r.stream = kind == ReportTarget::Stream;
  }
  return requests;
}

std::optional<std::string> refuse_policy_file(const std::vector<ReportRequest>& requests,
                                              const std::string& config_path) {
  if (config_path.empty()) return std::nullopt;
  for (const ReportRequest& r : requests) {
    if (resolved(r.path) == resolved(config_path)) {
      return fmt::format(FMT_STRING("--report: {} is the policy file; refusing to overwrite it"),
                         r.spelled);
    }
  }
  return std::nullopt;
}

source::Expected<std::uint64_t> write_report_file(const ReportRequest& request,
                                                  const std::string& content) {
  return request.stream ? write_stream(request.path, content)
                        : write_file_atomically(request.path, content);
}

}  // namespace pf::driver
