// The scripts of a deployment read and parsed (the stage's front door is load.h), each followed by
// the files its `:r` lines read (docs/deployments.md "SQLCMD mode"), confined to the allowed
// folders and capped per run (docs/usage.md "Limits"). The CLI reads from disk, the fuzzer from
// memory, through one ScriptFiles.
#pragma once

#include "ast/ast.h"
#include "deploy/file_status.h"
#include "deploy/inputs.h"
#include "deploy/script_files.h"
#include "model/model.h"
#include "parse/parse.h"
#include "source/source.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pf::deploy {

// A script that was read and parsed, kept alive for the model and the reports.
struct LoadedScript {
  std::unique_ptr<source::SourceFile> file;
  std::unique_ptr<ast::Script> script;
};

// One script read and parsed; `loaded.script` is null when it could not be.
struct ReadScript {
  FileStatus status;
  LoadedScript loaded;
};

struct ReadOptions {
  std::uint64_t max_file_bytes = source::ReadLimits{}.max_file_bytes;
  parse::ParseOptions parse;  // its sqlcmd_values: the values the script starts with
};

[[nodiscard]] ReadScript read_script(const ScriptRef& ref, const ReadOptions& options,
                                     const ScriptFiles& files);

// A folder `:r` may read from: resolved by ScriptFiles::resolve, shown as `display`.
struct IncludeRoot {
  std::filesystem::path path;
  std::string display;
};

struct IncludeOptions {
  // A `:r` whose file resolves (links followed) outside every root is refused unread. None: every
  // `:r` is refused.
  std::vector<IncludeRoot> roots;
  // Every `:r` line acted on counts, the same file read twice twice; the bytes are the sizes of
  // the files read through `:r`. docs/usage.md "Limits" says why these defaults.
  std::size_t max_includes = 10000;
  std::uint64_t max_include_bytes = 32ull * 1024 * 1024;
  std::size_t max_nesting = 64;  // files deep, not an option
};

// What was read: the report entry of every script in the order it runs, and the scripts that
// parsed, for the model. A script's `:r` files run as part of it: each follows its includer.
struct LoadedRun {
  std::vector<FileStatus> files;
  std::vector<LoadedScript> loaded;         // owns what `scripts` points at
  std::vector<model::ScriptInput> scripts;  // in the order they run
  std::vector<std::size_t> file_of_script;  // script index -> index in files
  // Input index -> its script index; none when it did not parse, or runs inside another's `:r`.
  std::vector<std::optional<std::size_t>> script_of_input;
};

// `read[i]` is `inputs[i]` already read with read_script (the CLI reads them in parallel). A file
// that another input reads through `:r` runs there, not on its own as well. `options` is how each
// included file is read, its SQLCMD values those of the `:r` line.
[[nodiscard]] LoadedRun expand_includes(const std::vector<ScriptRef>& inputs,
                                        std::vector<ReadScript> read, const ReadOptions& options,
                                        const IncludeOptions& includes, const ScriptFiles& files);

// The scripts that have run once the first `inputs` inputs have, their `:r` files included: a
// prefix of `run.scripts`, so each `includes` index in it stays valid (an undo script's replay).
[[nodiscard]] std::vector<model::ScriptInput> scripts_after_inputs(const LoadedRun& run,
                                                                   std::size_t inputs);

// Whether `path` is `root` or below it; both resolved, compared part by part.
[[nodiscard]] bool is_within(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace pf::deploy
