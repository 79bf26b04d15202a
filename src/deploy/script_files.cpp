#include "deploy/script_files.h"

#include <fmt/format.h>

#include <sys/stat.h>
#include <system_error>
#include <utility>

namespace pf::deploy {

std::filesystem::path DiskFiles::resolve(const std::filesystem::path& path) const {
  std::error_code ec;
  std::filesystem::path resolved = std::filesystem::weakly_canonical(path, ec);
  // Only when the process cannot even stat the parts (a folder without search permission): then
  // the lexical form, which confinement still compares, and reading fails on its own.
  if (ec) resolved = std::filesystem::absolute(path, ec).lexically_normal();
  return resolved;
}

std::optional<std::uint64_t> DiskFiles::size_of(const std::filesystem::path& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(st.st_size);
}

source::Expected<source::SourceFile> DiskFiles::read(const std::filesystem::path& path,
                                                     std::string display,
                                                     std::uint64_t max_bytes) const {
  return source::read_source_file(path, std::move(display), source::ReadLimits{max_bytes});
}

void MemoryFiles::add(const std::filesystem::path& path, std::string bytes) {
  files_[resolve(path).generic_string()] = std::move(bytes);
}

std::filesystem::path MemoryFiles::resolve(const std::filesystem::path& path) const {
  return (std::filesystem::path("/") / path).lexically_normal();
}

std::optional<std::uint64_t> MemoryFiles::size_of(const std::filesystem::path& path) const {
  const auto it = files_.find(resolve(path).generic_string());
  if (it == files_.end()) return std::nullopt;
  return it->second.size();
}

source::Expected<source::SourceFile> MemoryFiles::read(const std::filesystem::path& path,
                                                       std::string display,
                                                       std::uint64_t max_bytes) const {
  const auto it = files_.find(resolve(path).generic_string());
  if (it == files_.end()) return source::Error{"no such file", std::nullopt};
  if (it->second.size() > max_bytes) {
    return source::Error{fmt::format(FMT_STRING("file is {} bytes, over the --max-file-bytes "
                                                "limit of {} bytes"),
                                     it->second.size(), max_bytes),
                         std::nullopt};
  }
  return source::decode_source(std::move(display), it->second);
}

}  // namespace pf::deploy
