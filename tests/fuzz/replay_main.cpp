// Replays inputs through the fuzzer's pipeline (pipeline.h) without libFuzzer, so reproducers
// run in the ordinary build and under g++'s sanitizers:
//   pf_fuzz_replay FILE_OR_FOLDER...
// Folders are read recursively, files in name order. Exit 0 when every input ran cleanly.
#include "pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace {

[[nodiscard]] std::vector<std::filesystem::path> inputs_of(const std::filesystem::path& arg) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  if (std::filesystem::is_directory(arg, ec)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(arg, ec)) {
      if (entry.is_regular_file(ec)) out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
  } else {
    out.push_back(arg);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, FMT_STRING("usage: pf_fuzz_replay FILE_OR_FOLDER...\n"));
    return 2;
  }
  int status = 0;
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    for (const std::filesystem::path& path : inputs_of(argv[i])) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        fmt::print(stderr, FMT_STRING("{}: cannot read\n"), path.string());
        status = 1;
        continue;
      }
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      const pf::fuzz::PipelineResult result = pf::fuzz::run_pipeline(bytes);
      ++count;
      for (const std::string& p : result.problems) {
        fmt::print(stderr, FMT_STRING("{}: {}\n"), path.string(), p);
        status = 1;
      }
      if (argc == 2 && !std::filesystem::is_directory(argv[1])) {
        fmt::print(FMT_STRING("{}: {} scripts, {} input errors{}, {} findings, {} report bytes\n"),
                   path.string(), result.scripts, result.input_errors,
                   result.config_error ? ", policy refused" : "", result.findings,
                   result.report_bytes);
      }
    }
  }
  fmt::print(FMT_STRING("replayed {} inputs{}\n"), count, status == 0 ? "" : " (problems above)");
  return status;
}
