#include "cli/cli.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace pf::cli {
namespace {

bool has_sql_extension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".sql";
}

// `dir` as the user wrote it, joined with a relative path, with forward slashes.
std::string join_display(const std::string& dir, const std::filesystem::path& relative) {
  std::string base = dir;
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  return base + "/" + relative.generic_string();
}

void collect_folder(const std::string& arg, const std::filesystem::path& dir,
                    std::vector<Input>& out) {
  std::error_code ec;
  std::vector<std::filesystem::path> found;
  std::filesystem::recursive_directory_iterator it(
      dir, std::filesystem::directory_options::skip_permission_denied, ec);
  for (; !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code status_ec;
    if (it->is_regular_file(status_ec) && has_sql_extension(it->path())) {
      found.push_back(it->path().lexically_relative(dir));
    }
  }
  if (ec) {
    out.push_back(Input{arg, std::nullopt, "cannot list folder: " + ec.message()});
    return;
  }
  if (found.empty()) {
    out.push_back(Input{arg, std::nullopt, "folder has no .sql files"});
    return;
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.generic_string() < b.generic_string(); });
  for (const std::filesystem::path& relative : found) {
    out.push_back(Input{join_display(arg, relative), dir / relative, std::nullopt, true});
  }
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<Input> out;
  for (const std::string& arg : paths) {
    std::error_code ec;
    const std::filesystem::path path(arg);
    const std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) {
      collect_folder(arg, path, out);
    } else {
      // Existence and type are checked when the file is read, with one clear message.
      out.push_back(Input{arg, path, std::nullopt});
    }
  }
  return out;
}

}  // namespace pf::cli
