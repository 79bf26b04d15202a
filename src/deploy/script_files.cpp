#include "deploy/script_files.h"

#include <fmt/format.h>

#include <system_error>
#include <utility>

namespace pf::deploy {

void MemoryFiles::add(const std::filesystem::path& path, std::string bytes) {
  memory_[resolve(path).generic_string()] = std::move(bytes);
}

std::filesystem::path ScriptFiles::resolve(const std::filesystem::path& path) const {
  if (where_ == Where::Memory) return (std::filesystem::path("/") / path).lexically_normal();
  std::error_code ec;
  std::filesystem::path resolved = std::filesystem::weakly_canonical(path, ec);
  // Only when the process cannot even stat the parts (a folder without search permission): then
  // the lexical form, which confinement still compares, and reading fails on its own.
  if (ec) resolved = std::filesystem::absolute(path, ec).lexically_normal();
  return resolved;
}

std::optional<std::uint64_t> ScriptFiles::size_of(const std::filesystem::path& path) const {
  if (where_ == Where::Memory) {
    const auto it = memory_.find(resolve(path).generic_string());
    if (it == memory_.end()) return std::nullopt;
    return it->second.size();
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return std::nullopt;
  return static_cast<std::uint64_t>(size);
}

source::Expected<source::SourceFile> ScriptFiles::read(const std::filesystem::path& path,
                                                       std::string display,
                                                       std::uint64_t max_bytes) const {
  if (where_ == Where::Disk) {
    return source::read_source_file(path, std::move(display), source::ReadLimits{max_bytes});
  }
  const auto it = memory_.find(resolve(path).generic_string());
  if (it == memory_.end()) return source::Error{"no such file", std::nullopt};
  if (it->second.size() > max_bytes) {
    return source::Error{fmt::format(FMT_STRING("file is {} bytes, over the --max-file-bytes "
                                                "limit of {} bytes"),
                                     it->second.size(), max_bytes),
                         std::nullopt};
  }
  return source::decode_source(std::move(display), it->second);
}

}  // namespace pf::deploy
