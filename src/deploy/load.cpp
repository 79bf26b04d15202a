#include "deploy/load.h"

#include "deploy/parallel.h"

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <utility>

namespace pf::deploy {
namespace {

// The order in force: --order, else `files.order`, else detected from the names.
[[nodiscard]] OrderedInputs ordered_inputs(std::vector<Input> inputs, const std::string& option,
                                           const FileRules& rules) {
  // The command line wins over the policy file: it is the more specific statement.
  std::optional<Order> requested;
  std::string requested_by;
  if (!option.empty()) {
    requested = parse_order(option);
    requested_by = "--order";
  } else if (!rules.order.empty()) {
    requested = parse_order(rules.order);
    requested_by = rules.config_path.empty()
                       ? std::string("files.order")
                       : fmt::format(FMT_STRING("files.order in {}"), rules.config_path);
  }
  return order_inputs(std::move(inputs), requested, requested_by, rules.undo_patterns);
}

// The top of the git work tree that holds `folder` (the nearest folder above it, or itself, with a
// `.git` entry: a folder, or a file in a linked work tree or submodule); none outside git. A
// script cannot widen this: git will not check out a `.git` of its own, and a nearer one only
// narrows it.
[[nodiscard]] std::optional<std::filesystem::path> git_work_tree_of(
    const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::path at = std::filesystem::canonical(folder, ec);
  if (ec) return std::nullopt;
  for (;;) {
    if (std::filesystem::exists(at / ".git", ec)) return at;
    if (!at.has_relative_path()) return std::nullopt;  // the file system's root: no work tree
    at = at.parent_path();
  }
}

[[nodiscard]] const ScriptFiles& disk_files() {
  static const ScriptFiles files;
  return files;
}

// The first file among `script`'s `:r` files, at any depth, that the scope knows changed since
// what ran, with why.
std::optional<std::string> changed_include(const OrderedInputs& ordered, const LoadedRun& run,
                                           std::size_t script) {
  if (ordered.changed_files.empty()) return std::nullopt;
  std::vector<std::size_t> todo(1, script);
  std::set<std::size_t> seen;
  while (!todo.empty()) {
    const std::size_t at = todo.back();
    todo.pop_back();
    for (const std::optional<std::size_t>& child : run.scripts[at].includes) {
      if (!child || !seen.insert(*child).second) continue;
      const std::string& path = run.scripts[*child].file->path();
      std::error_code ec;
      const std::filesystem::path resolved = std::filesystem::canonical(path, ec);
      if (!ec) {
        const auto found = ordered.changed_files.find(resolved.string());
        if (found != ordered.changed_files.end()) {
          return fmt::format(FMT_STRING("its `:r` file {} {}"), path, found->second);
        }
      }
      todo.push_back(*child);
    }
  }
  return std::nullopt;
}

// History inputs, and the files their `:r` lines read, take the role; each input's scope notes go
// to its script. A history input whose `:r` files changed since it ran is not history: what it
// runs now differs from what ran, so it is pending (its rules run on the new text) and edited.
void mark_history(const OrderedInputs& ordered, LoadedRun& run) {
  std::vector<std::size_t> pending;
  for (std::size_t i = 0; i < ordered.forward.size() && i < run.script_of_input.size(); ++i) {
    const std::optional<std::size_t> script = run.script_of_input[i];
    if (!script) continue;
    run.scripts[*script].notes = ordered.forward[i].notes;
    if (!ordered.forward[i].history) continue;
    if (const std::optional<std::string> changed = changed_include(ordered, run, *script)) {
      run.files[run.file_of_script[*script]].role = Role::Pending;
      run.scripts[*script].notes.push_back(
          model::ScopeNote{model::ScopeNote::Kind::Edited, *changed});
      continue;
    }
    pending.push_back(*script);
  }
  while (!pending.empty()) {
    const std::size_t script = pending.back();
    pending.pop_back();
    if (run.scripts[script].history) continue;
    run.scripts[script].history = true;
    run.files[run.file_of_script[script]].role = Role::History;
    for (const std::optional<std::size_t>& child : run.scripts[script].includes) {
      if (child) pending.push_back(*child);
    }
  }
}

// An applied migration that is no longer in the folder: an empty history script under its name,
// which the `history` rules report on. Its report entry has no source (nothing was read).
void add_missing(const OrderedInputs::Missing& missing, LoadedRun& run) {
  LoadedScript placeholder;
  placeholder.file = std::make_unique<source::SourceFile>(missing.display, std::string(),
                                                          source::Encoding::Utf8, std::string());
  placeholder.script = std::make_unique<ast::Script>();
  model::ScriptInput script{placeholder.file.get(), placeholder.script.get()};
  script.history = true;
  script.notes.push_back(missing.note);
  run.file_of_script.push_back(run.files.size());
  run.scripts.push_back(std::move(script));
  FileStatus status;
  status.path = missing.display;
  status.role = Role::History;
  run.files.push_back(std::move(status));
  run.loaded.push_back(std::move(placeholder));
}

}  // namespace

OrderedInputs deployment_inputs(const std::vector<std::string>& paths,
                                const std::string& order_option, const FileRules& rules) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    std::size_t found = 0, selected = 0;
    for (Input& input : collect_inputs({path}, paths)) {
      if (input.from_folder) {
        ++found;
        if (rules.selects && !rules.selects(input.display)) continue;
        ++selected;
      }
      inputs.push_back(std::move(input));
    }
    if (found > 0 && selected == 0) {
      inputs.push_back(Input{
          {path, std::nullopt,
           fmt::format(FMT_STRING("files.include/files.exclude of {} select none of the {} .sql "
                                  "file{} in this folder, so none would be checked"),
                       rules.config_path.empty() ? std::string("the policy") : rules.config_path,
                       found, found == 1 ? "" : "s")}});
    }
  }
  return ordered_inputs(std::move(inputs), order_option, rules);
}

OrderedInputs order_deployment(std::vector<Input> inputs, const std::string& order_option,
                               const FileRules& rules) {
  return ordered_inputs(std::move(inputs), order_option, rules);
}

// Each command-line path's git work tree is a root so that a pre-commit hook that names one
// changed SSDT script still lets it read `..\Data\Seed.sql` from its project.
source::Expected<IncludeOptions> include_options(const std::vector<std::string>& paths,
                                                 const IncludeRequest& request) {
  IncludeOptions options;
  options.max_includes = request.max_includes;
  options.max_include_bytes = request.max_include_bytes;
  const auto add = [&](const std::filesystem::path& folder,
                       const std::string& named_by) -> std::optional<source::Error> {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
      return source::Error{
          fmt::format(FMT_STRING("{}: {} is not a folder"), named_by, folder.generic_string()),
          std::nullopt};
    }
    options.roots.push_back(IncludeRoot{disk_files().resolve(folder), display_path(folder)});
    return std::nullopt;
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    std::filesystem::path folder(path);
    if (!std::filesystem::is_directory(folder, ec)) folder = folder.parent_path();
    if (folder.empty()) folder = ".";
    // A path that does not exist is an input error of its own; it allows nothing.
    if (!std::filesystem::is_directory(folder, ec)) continue;
    (void)add(folder, path);
    if (std::optional<std::filesystem::path> top = git_work_tree_of(folder)) (void)add(*top, path);
  }
  for (const std::string& root : request.roots) {
    if (std::optional<source::Error> error = add(root, "--include-root")) return *error;
  }
  const std::filesystem::path config_folder =
      std::filesystem::path(request.config_path).parent_path();
  for (const std::string& root : request.config_roots) {
    const std::filesystem::path folder = std::filesystem::path(root).is_absolute()
                                             ? std::filesystem::path(root)
                                             : config_folder / root;
    if (std::optional<source::Error> error =
            add(folder.lexically_normal(),
                fmt::format(FMT_STRING("files.include_roots in {}"), request.config_path))) {
      return *error;
    }
  }
  return options;
}

std::vector<ReadScript> read_all(const std::vector<Input>& inputs, const ReadOptions& options,
                                 std::size_t jobs, const ScriptFiles& files) {
  std::vector<ReadScript> read(inputs.size());
  const std::size_t batch_jobs = inputs.size() < jobs ? jobs : 1;
  ReadOptions each = options;
  if (batch_jobs > 1) {
    each.parse.for_each_batch = [batch_jobs](std::size_t count,
                                             const std::function<void(std::size_t)>& work) {
      for_each_index(count, batch_jobs, work);
    };
  }
  for_each_index(inputs.size(), batch_jobs > 1 ? 1 : jobs,
                 [&](std::size_t i) { read[i] = read_script(inputs[i], each, files); });
  return read;
}

LoadedRun load_run(const std::vector<Input>& inputs, const ReadOptions& options,
                   const IncludeOptions& includes, std::size_t jobs, const ScriptFiles& files) {
  std::vector<ScriptRef> refs;
  for (const Input& input : inputs) refs.push_back(input);
  std::vector<ReadScript> read = read_all(inputs, options, jobs, files);
  // Set before the expansion, so that an input that could not be read keeps its role too.
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].history) read[i].status.role = Role::History;
  }
  return expand_includes(refs, std::move(read), options, includes, files);
}

std::vector<model::ScriptInput> script_inputs(const std::vector<LoadedScript>& loaded) {
  std::vector<model::ScriptInput> scripts;
  for (const LoadedScript& l : loaded) {
    if (l.script) scripts.push_back(model::ScriptInput{l.file.get(), l.script.get()});
  }
  return scripts;
}

LoadedDeployment load_deployment(const DeploymentRequest& request, const ScriptFiles& files) {
  LoadedDeployment out;
  for (ReadScript& read : read_all(request.baseline, request.read, request.jobs, files)) {
    if (read.loaded.script) {
      out.baseline.push_back(std::move(read.loaded));
      continue;
    }
    read.status.source = nullptr;  // its bytes are not kept
    read.status.role = Role::Baseline;
    out.baseline_errors.push_back(std::move(read.status));
  }
  if (!out.baseline_errors.empty()) out.baseline.clear();

  const OrderedInputs& ordered = request.ordered;
  out.run = load_run(ordered.forward, request.read, request.includes, request.jobs, files);
  LoadedRun& run = out.run;
  mark_history(ordered, run);
  for (const OrderedInputs::Missing& missing : ordered.missing_history) {
    add_missing(missing, run);
  }
  // Undo scripts never run forward: each is read on its own, without its `:r` files.
  for (const UndoInput& undo : ordered.undo) {
    ReadScript read = read_script(undo.input, request.read, files);
    read.status.undo = true;
    read.status.role = Role::Undo;
    if (undo.forward) read.status.undoes = ordered.forward[*undo.forward].display;
    if (read.loaded.script) {
      const model::ScriptInput script{read.loaded.file.get(), read.loaded.script.get()};
      out.undo.push_back(UndoRun{script, undo.runs_after});
      out.plan.scripts.push_back(model::UndoScript{
          script, undo.forward ? run.script_of_input[*undo.forward] : std::nullopt});
      run.file_of_script.push_back(run.files.size());
    }
    run.files.push_back(std::move(read.status));
    if (read.loaded.file) run.loaded.push_back(std::move(read.loaded));
  }
  for (const auto& [input_index, expected] : ordered.missing_undo) {
    if (run.script_of_input[input_index])
      out.plan.missing[*run.script_of_input[input_index]] = expected;
  }
  return out;
}

}  // namespace pf::deploy
