// Private to the cli stage: `check -`, a script read from standard input (an editor's buffer, a
// generated script piped in), checked as the one file of the deployment.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace pf::cli {

// Standard input copied to a private temporary folder, removed again when this goes away. The
// copy keeps the file name of `--stdin-filename` (ordering and `files:` patterns see it); reports
// show the whole name as given.
class StdinScript {
 public:
  StdinScript() = default;
  StdinScript(const StdinScript&) = delete;
  StdinScript& operator=(const StdinScript&) = delete;
  ~StdinScript();

  // Reads at most `max_bytes` (--max-file-bytes: an endless stream ends there, an input error).
  [[nodiscard]] std::optional<source::Error> read(const std::string& name, std::uint64_t max_bytes);

  [[nodiscard]] const std::filesystem::path& file() const { return file_; }
  [[nodiscard]] const std::string& name() const { return name_; }

 private:
  std::filesystem::path folder_, file_;
  std::string name_;
};

// The name reports give standard input when --stdin-filename does not.
inline constexpr std::string_view kStdinName = "<stdin>";

}  // namespace pf::cli
