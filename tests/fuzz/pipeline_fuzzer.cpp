// libFuzzer entry point: every input runs through the whole pipeline (pipeline.h). Build and run
// it as docs/dev/fuzzing.md says.
#include "pipeline.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Reinterpreting bytes as chars is how every stage reads a file's bytes.
  const pf::fuzz::PipelineResult result =
      pf::fuzz::run_pipeline(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!result.problems.empty()) {
    for (const std::string& p : result.problems) std::fprintf(stderr, "pipeline: %s\n", p.c_str());
    // A broken invariant is a finding like a crash: abort, so libFuzzer keeps the input.
    std::abort();
  }
  return 0;
}
