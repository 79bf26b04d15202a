// The whole pipeline on one input, in memory: what the fuzzer (pipeline_fuzzer.cpp) and the
// regression replay (replay_main.cpp) share, so a reproducer found by clang's libFuzzer runs
// through the same code in the ordinary g++ build.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pf::fuzz {

// The input is one or more sections. The first is a forward script; a line `--@undo`,
// `--@baseline`, `--@policy` or `--@script` starts the next section with that role (an undo script
// pairs with the forward script before it; `--@policy` is a .preflight.yml). `--@file NAME`
// starts a file that forward scripts read with `:r NAME`: forward scripts and files live in one
// folder in memory, the only one `:r` may read, with caps of 32 includes and 64 KiB per input
// (a NAME with `..` or a leading `/` lies outside it). Plain SQL is thus one forward script, and
// the dictionary teaches the fuzzer the markers.
struct PipelineResult {
  std::size_t scripts = 0;       // sections read as scripts
  std::size_t input_errors = 0;  // scripts that could not be decoded or parsed
  bool config_error = false;     // the policy section was refused (the CLI's exit 3)
  std::size_t findings = 0;
  std::size_t report_bytes = 0;  // all reports together
  // Broken invariants of the harness itself (a format name that does not parse). Empty on success.
  std::vector<std::string> problems;
};

// Decode, parse, model, rules, policy and every reporter (each format of report::format_names(),
// the model and AST dumps), into memory. Runs on a thread with the CLI's large stack.
[[nodiscard]] PipelineResult run_pipeline(std::string_view bytes);

}  // namespace pf::fuzz
