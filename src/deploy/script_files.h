// Where the deploy stage reads scripts from: the file system for the CLI, memory for the fuzzer,
// so that both run the same `:r` expansion (includes.h), confinement and caps included.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace pf::deploy {

class ScriptFiles {
 public:
  virtual ~ScriptFiles() = default;

  // The absolute path the file system would open for `path`: `.`, `..` and symbolic links
  // resolved; the parts after the last one that exists are resolved lexically. Opens nothing.
  [[nodiscard]] virtual std::filesystem::path resolve(const std::filesystem::path& path) const = 0;
  // The size of the regular file at `path`; none when there is no such file (read() says why).
  [[nodiscard]] virtual std::optional<std::uint64_t> size_of(
      const std::filesystem::path& path) const = 0;
  // Reads and decodes the file; `display` is the name every report uses for it.
  [[nodiscard]] virtual source::Expected<source::SourceFile> read(
      const std::filesystem::path& path, std::string display, std::uint64_t max_bytes) const = 0;
};

// The real file system (source::read_source_file).
class DiskFiles final : public ScriptFiles {
 public:
  [[nodiscard]] std::filesystem::path resolve(const std::filesystem::path& path) const override;
  [[nodiscard]] std::optional<std::uint64_t> size_of(
      const std::filesystem::path& path) const override;
  [[nodiscard]] source::Expected<source::SourceFile> read(const std::filesystem::path& path,
                                                          std::string display,
                                                          std::uint64_t max_bytes) const override;
};

// Files held in memory under absolute paths; no links. Relative paths are taken from `/`.
class MemoryFiles final : public ScriptFiles {
 public:
  void add(const std::filesystem::path& path, std::string bytes);

  [[nodiscard]] std::filesystem::path resolve(const std::filesystem::path& path) const override;
  [[nodiscard]] std::optional<std::uint64_t> size_of(
      const std::filesystem::path& path) const override;
  [[nodiscard]] source::Expected<source::SourceFile> read(const std::filesystem::path& path,
                                                          std::string display,
                                                          std::uint64_t max_bytes) const override;

 private:
  std::map<std::string, std::string> files_;  // by resolved path
};

}  // namespace pf::deploy
