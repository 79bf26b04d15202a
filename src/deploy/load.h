// Loading a deployment: the scripts named on the command line selected and ordered, read and
// parsed on threads, each followed by the files its `:r` lines read; its undo scripts; its
// baseline. What `check`, `model` and the fuzzer share before the model is built.
#pragma once

#include "deploy/includes.h"
#include "deploy/inputs.h"
#include "deploy/order.h"
#include "deploy/script_files.h"
#include "model/model.h"
#include "source/source.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::deploy {

// What the policy's `files:` says, as this stage needs it (the policy stage comes later in the
// data flow, so the CLI hands over plain values).
struct FileRules {
  // Whether a file found in a folder is checked, by its displayed path; empty: every one.
  std::function<bool(std::string_view)> selects;
  std::string order;                       // `files.order`; empty when not written
  std::vector<std::string> undo_patterns;  // `files.undo`
  std::string config_path;                 // where they were written, for messages; empty: none
  // `files.migrations`: the folder of the migrations, relative to config_path's folder; empty
  // when not written (docs/deployments.md "Deployment scope").
  std::string migrations;
};

// The scripts of the deployment on the command line: `selects` chooses among the files found in
// folders (a file named on the command line is always checked, since naming it is the clearest
// selection there is), in the order in force: `order_option` (--order), else `files.order`, else
// detected from the names.
//
// A folder whose `.sql` files the rules leave out, every one, is an input error like a folder
// without `.sql` files: a policy written for another layout (`**/migrations/**`) must not turn a
// deployment into zero files and a pass.
[[nodiscard]] OrderedInputs deployment_inputs(const std::vector<std::string>& paths,
                                              const std::string& order_option,
                                              const FileRules& rules);

// `inputs` in the order in force: --order (`order_option`), else `files.order`, else detected.
[[nodiscard]] OrderedInputs order_deployment(std::vector<Input> inputs,
                                             const std::string& order_option,
                                             const FileRules& rules);

// Where `:r` may read from, on disk, and how much.
struct IncludeRequest {
  std::vector<std::string> roots;         // --include-root, relative to the working folder
  std::vector<std::string> config_roots;  // `files.include_roots`, relative to config_path's folder
  std::string config_path;
  std::size_t max_includes = IncludeOptions{}.max_includes;
  std::uint64_t max_include_bytes = IncludeOptions{}.max_include_bytes;
};

// The folders `:r` may read from: each path's folder (a file's own folder) and the git work tree
// that holds it, every --include-root and every `files.include_roots` folder; all resolved, so a
// root that is a link works. A root that is not a folder is an error: a typo must not leave an
// include refused for a reason nobody sees.
[[nodiscard]] source::Expected<IncludeOptions> include_options(
    const std::vector<std::string>& paths, const IncludeRequest& request);

// Every input read and parsed on `jobs` threads, in input order. With fewer files than threads
// (one big script), each file's batches share the threads instead.
[[nodiscard]] std::vector<ReadScript> read_all(const std::vector<Input>& inputs,
                                               const ReadOptions& options, std::size_t jobs,
                                               const ScriptFiles& files);

// The forward scripts, read on `jobs` threads, each followed by the files its `:r` lines read.
[[nodiscard]] LoadedRun load_run(const std::vector<Input>& inputs, const ReadOptions& options,
                                 const IncludeOptions& includes, std::size_t jobs,
                                 const ScriptFiles& files);

// The scripts that parsed, for the model.
[[nodiscard]] std::vector<model::ScriptInput> script_inputs(
    const std::vector<LoadedScript>& loaded);

struct DeploymentRequest {
  OrderedInputs ordered;
  std::vector<Input> baseline;  // scripts describing the database before the deployment
  ReadOptions read;             // its parse.sqlcmd_values: the values the deployment starts with
  IncludeOptions includes;
  std::size_t jobs = 1;
};

// An undo script that parsed, and how many forward inputs have run when a rollback runs it.
struct UndoRun {
  model::ScriptInput script;
  std::size_t runs_after = 0;
};

struct LoadedDeployment {
  // The forward scripts and their `:r` files, in the order they run; then the undo scripts, whose
  // status follows in `run.files` (and whose script index continues `run.file_of_script`).
  LoadedRun run;
  std::vector<UndoRun> undo;
  model::UndoPlan plan;
  // Empty when any baseline file could not be read or parsed: checking against part of the schema
  // would report the objects of the missing part as absent.
  std::vector<LoadedScript> baseline;
  std::vector<FileStatus> baseline_errors;  // each with its error, its bytes not kept
};

[[nodiscard]] LoadedDeployment load_deployment(const DeploymentRequest& request,
                                               const ScriptFiles& files);

}  // namespace pf::deploy
