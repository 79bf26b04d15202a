// For the build-time tools only (the catalogue compiler, the prediction snapshot trainer, the
// Unicode classes writer), which write C++ that the build then compiles; no stage includes it.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace pf::tools {

// Writes `text` to `path`, creating its folder, through a temporary file beside it: a failed or
// interrupted run must not leave half a file that the build would take for up to date. Returns
// what went wrong, or an empty string.
inline std::string write_generated_file(const std::string& path, const std::string& text) {
  const std::string partial = path + ".partial";
  std::error_code error;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), error);
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return "cannot write " + partial;
  }
  std::filesystem::rename(partial, path, error);
  if (error) return "cannot write " + path + ": " + error.message();
  return {};
}

}  // namespace pf::tools
