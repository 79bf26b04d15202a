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

// The file system, or files held in memory under absolute paths (no links; relative paths are taken
// from `/`). One class rather than two implementations of an interface: memory differs from disk
// only in where the bytes are, and the fuzzer must not reach the disk by accident.
class ScriptFiles {
 public:
  enum class Where { Disk, Memory };
  explicit ScriptFiles(Where where = Where::Disk) : where_(where) {}

  // The absolute path the file system would open for `path`: `.`, `..` and symbolic links
  // resolved; the parts after the last one that exists are resolved lexically. Opens nothing.
  [[nodiscard]] std::filesystem::path resolve(const std::filesystem::path& path) const;
  // The size of the regular file at `path`; none when there is no such file (read() says why).
  [[nodiscard]] std::optional<std::uint64_t> size_of(const std::filesystem::path& path) const;
  // Reads and decodes the file; `display` is the name every report uses for it.
  [[nodiscard]] source::Expected<source::SourceFile> read(const std::filesystem::path& path,
                                                          std::string display,
                                                          std::uint64_t max_bytes) const;

 protected:
  std::map<std::string, std::string> memory_;  // by resolved path; only in memory

 private:
  Where where_;
};

// Files in memory, for the fuzzer and tests.
struct MemoryFiles : ScriptFiles {
  MemoryFiles() : ScriptFiles(Where::Memory) {}
  // Adds (or replaces) the file at `path`.
  void add(const std::filesystem::path& path, std::string bytes);
};

}  // namespace pf::deploy
