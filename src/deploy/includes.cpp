#include "deploy/includes.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <new>
#include <set>
#include <stdexcept>
#include <utility>

namespace pf::deploy {
namespace {

// The file a `:r` line reads: relative paths are relative to the including script's folder (as
// SSDT resolves them), and `\` separates folders, since these scripts are written on Windows.
[[nodiscard]] ScriptRef included_ref(const ScriptRef& includer, const std::string& argument) {
  std::string spelled = argument;
  std::replace(spelled.begin(), spelled.end(), '\\', '/');
  const std::filesystem::path written(spelled);
  ScriptRef ref;
  const std::filesystem::path base = includer.file ? includer.file->parent_path() : "";
  ref.file = (written.is_absolute() ? written : base / written).lexically_normal();
  const std::filesystem::path shown =
      written.is_absolute() ? written
                            : std::filesystem::path(includer.display).parent_path() / written;
  ref.display = shown.lexically_normal().generic_string();
  return ref;
}

[[nodiscard]] bool uses_variable(const ast::SqlcmdCommand& c) {
  return c.argument.find("$(") != std::string::npos;
}

[[nodiscard]] std::string roots_shown(const std::vector<IncludeRoot>& roots) {
  std::vector<std::string> shown;
  for (const IncludeRoot& r : roots) shown.push_back(r.display);
  return shown.empty() ? std::string("none")
                       : fmt::format(FMT_STRING("{}"), fmt::join(shown, ", "));
}

[[nodiscard]] ReadScript read_unguarded(const std::filesystem::path& path, std::string display,
                                        const ReadOptions& options, const ScriptFiles& files) {
  ReadScript out;
  out.status.path = display;
  source::Expected<source::SourceFile> source =
      files.read(path, std::move(display), options.max_file_bytes);
  if (!source) {
    out.status.error = source.error();
    return out;
  }
  out.loaded.file = std::make_unique<source::SourceFile>(std::move(source).value());
  // Kept even when parsing fails: the report still shows the file's hash and encoding.
  out.status.source = out.loaded.file.get();
  source::Expected<ast::Script> script = parse::parse_script(*out.loaded.file, options.parse);
  if (!script) {
    out.status.error = script.error();
    return out;
  }
  const ast::StatementCounts counts = ast::count_statements(script.value());
  out.status.batches = script.value().batches.size();
  out.status.statements = counts.statements;
  out.status.unparsed = counts.unparsed;
  out.status.secrets = script.value().secrets;
  out.loaded.script = std::make_unique<ast::Script>(std::move(script).value());
  return out;
}

// Running out of memory on one file is an input error for that file, as a limit would be: the
// memory its text, tokens and tree held is free again once the exception has left, so the other
// files are still read and each problem is reported (docs/usage.md "Limits").
[[nodiscard]] ReadScript read_from(const std::filesystem::path& path, const std::string& display,
                                   const ReadOptions& options, const ScriptFiles& files) {
  std::string what;
  try {
    return read_unguarded(path, display, options, files);
  } catch (const std::bad_alloc&) {
    what = "out of memory";
  } catch (const std::length_error&) {
    what = "a string or table too large for memory";
  }
  ReadScript out;
  out.status.path = display;
  out.status.error = source::Error{
      fmt::format(FMT_STRING("{} while reading and parsing it; give preflight more memory (README "
                             "\"Limits\") or split the script"),
                  what),
      std::nullopt};
  return out;
}

// The walk over a deployment's `:r` lines, depth first, in the order sqlcmd runs them.
class Expansion {
 public:
  Expansion(const ReadOptions& options, const IncludeOptions& includes, const ScriptFiles& files)
      : options_(options), includes_(includes), files_(files) {}

  // `values`: the SQLCMD values when the script starts, left as they are when it ends, since a
  // `:r` file runs as if its text stood at that line (its `:setvar`s last after it).
  std::optional<std::size_t> add(const ScriptRef& ref, ReadScript script,
                                 const std::string& included_from,
                                 std::map<std::string, std::string>& values) {
    script.status.included_from = included_from;
    const std::size_t file_index = run_.files.size();
    run_.files.push_back(std::move(script.status));
    if (!script.loaded.script) {
      if (script.loaded.file) run_.loaded.push_back(std::move(script.loaded));
      return std::nullopt;
    }
    const std::size_t index = run_.scripts.size();
    run_.scripts.push_back(
        model::ScriptInput{script.loaded.file.get(), script.loaded.script.get()});
    run_.scripts[index].included = !included_from.empty();
    run_.file_of_script.push_back(file_index);
    const ast::Script& parsed = *script.loaded.script;
    const std::string path = script.loaded.file->path();
    run_.loaded.push_back(std::move(script.loaded));
    stack_.push_back(ref.file ? files_.resolve(*ref.file) : std::filesystem::path(ref.display));
    walked_.insert(stack_.back());
    for (const ast::SqlcmdCommand& c : parsed.sqlcmd_commands) {
      parse::apply_setvar(c, values);
      if (c.type != ast::SqlcmdCommand::Type::Include) continue;
      // Not pushed in one expression: the include grows run_.scripts, moving this script.
      const std::optional<std::size_t> child = include(ref, c, path, values);
      run_.scripts[index].includes.push_back(child);
    }
    stack_.pop_back();
    return index;
  }

  LoadedRun take() { return std::move(run_); }
  [[nodiscard]] bool walked(const std::filesystem::path& resolved) const {
    return walked_.count(resolved) != 0;
  }

 private:
  std::optional<std::size_t> include(const ScriptRef& includer, const ast::SqlcmdCommand& c,
                                     const std::string& includer_path,
                                     std::map<std::string, std::string>& values) {
    // Past a cap, the run is already an input error that names it: the rest is not even listed,
    // so a file of a million `:r` lines costs no more than the cap.
    if (capped_) return std::nullopt;
    const std::string from = fmt::format(FMT_STRING("{}:{}"), includer_path, c.range.begin.line);
    ScriptRef child = included_ref(includer, c.argument);
    const std::optional<std::string> refusal = refuse(child, c, from);
    if (refusal) {
      run_.files.push_back(FileStatus{});
      run_.files.back().path = child.display;
      run_.files.back().error = source::Error{*refusal, std::nullopt};
      run_.files.back().included_from = from;
      return std::nullopt;
    }
    ReadOptions child_options = options_;
    child_options.parse.sqlcmd_values = values;
    // The resolved path is the one confinement approved: opening it follows no link.
    ReadScript script =
        read_from(files_.resolve(*child.file), child.display, child_options, files_);
    if (script.status.error && !script.loaded.file) {
      script.status.error->message += fmt::format(FMT_STRING(" (included from {})"), from);
    }
    return add(child, std::move(script), from, values);
  }

  // Why the `:r` is not followed, checked before anything is opened; none: read it.
  std::optional<std::string> refuse(const ScriptRef& child, const ast::SqlcmdCommand& c,
                                    const std::string& from) {
    if (++count_ > includes_.max_includes) {
      capped_ = true;
      return fmt::format(
          FMT_STRING(":r {} (included from {}) is one include too many: the run follows at most "
                     "{} `:r` line{} (the --max-includes limit; the same file read twice counts "
                     "twice); the rest are not read"),
          c.argument, from, includes_.max_includes, includes_.max_includes == 1 ? "" : "s");
    }
    if (uses_variable(c)) {
      // The path depends on a value Preflight does not substitute: it cannot know the file.
      return fmt::format(
          FMT_STRING("cannot tell which file ':r {}' reads (included from {}): its path uses a "
                     "SQLCMD variable"),
          c.argument, from);
    }
    const std::filesystem::path resolved = files_.resolve(*child.file);
    const bool allowed =
        std::any_of(includes_.roots.begin(), includes_.roots.end(),
                    [&](const IncludeRoot& root) { return is_within(resolved, root.path); });
    if (!allowed) {
      return fmt::format(
          FMT_STRING(":r {} (included from {}) resolves to {}, outside the folders `:r` may read "
                     "({}); not read. Check the folder that holds both scripts, or allow the "
                     "folder with --include-root DIR (or files.include_roots in .preflight.yml)"),
          c.argument, from, resolved.generic_string(), roots_shown(includes_.roots));
    }
    if (std::find(stack_.begin(), stack_.end(), resolved) != stack_.end()) {
      return fmt::format(
          FMT_STRING(":r {} (included from {}) reads a script that is already being read: an "
                     "include cycle, which sqlcmd would follow until it fails"),
          c.argument, from);
    }
    if (stack_.size() > includes_.max_nesting) {
      return fmt::format(FMT_STRING(":r {} (included from {}) nests more than {} files deep"),
                         c.argument, from, includes_.max_nesting);
    }
    // Counted from the size before the file is opened; a file that grows while it is read is
    // still bounded by --max-file-bytes.
    if (const std::optional<std::uint64_t> size = files_.size_of(resolved)) {
      bytes_ += *size;
      if (bytes_ > includes_.max_include_bytes) {
        capped_ = true;
        return fmt::format(
            FMT_STRING(":r {} (included from {}) takes the files read through `:r` to {} bytes, "
                       "over the --max-include-bytes limit of {} bytes; the rest are not read"),
            c.argument, from, bytes_, includes_.max_include_bytes);
      }
    }
    return std::nullopt;
  }

  const ReadOptions& options_;
  const IncludeOptions& includes_;
  const ScriptFiles& files_;
  LoadedRun run_;
  std::vector<std::filesystem::path> stack_;  // resolved paths of the scripts being read
  std::set<std::filesystem::path> walked_;    // resolved paths of every script read so far
  std::size_t count_ = 0;
  std::uint64_t bytes_ = 0;
  bool capped_ = false;
};

}  // namespace

ReadScript read_script(const ScriptRef& ref, const ReadOptions& options, const ScriptFiles& files) {
  if (ref.problem || !ref.file) {
    ReadScript out;
    out.status.path = ref.display;
    out.status.error = source::Error{ref.problem.value_or("no file"), std::nullopt};
    return out;
  }
  return read_from(*ref.file, ref.display, options, files);
}

bool is_within(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    // A trailing separator is an empty last part: `/a/b/` holds what `/a/b` holds.
    if (r->empty() && std::next(r) == root.end()) break;
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

std::vector<model::ScriptInput> scripts_after_inputs(const LoadedRun& run, std::size_t inputs) {
  std::size_t end = run.scripts.size();
  for (std::size_t i = inputs; i < run.script_of_input.size(); ++i) {
    if (run.script_of_input[i]) {
      end = *run.script_of_input[i];
      break;
    }
  }
  return std::vector<model::ScriptInput>(run.scripts.begin(),
                                         run.scripts.begin() + static_cast<std::ptrdiff_t>(end));
}

LoadedRun expand_includes(const std::vector<ScriptRef>& inputs, std::vector<ReadScript> read,
                          const ReadOptions& options, const IncludeOptions& includes,
                          const ScriptFiles& files) {
  // An SSDT project folder holds both its post-deployment script and the files that script reads.
  // Only resolved (nothing is opened), and no more lines than the cap lets the walk follow.
  std::set<std::filesystem::path> included;
  std::size_t looked_at = 0;
  for (std::size_t i = 0; i < inputs.size() && looked_at < includes.max_includes; ++i) {
    if (!read[i].loaded.script || !inputs[i].file) continue;
    const std::filesystem::path self = files.resolve(*inputs[i].file);
    for (const ast::SqlcmdCommand& c : read[i].loaded.script->sqlcmd_commands) {
      if (c.type != ast::SqlcmdCommand::Type::Include || uses_variable(c)) continue;
      if (++looked_at > includes.max_includes) break;
      const std::filesystem::path child = files.resolve(*included_ref(inputs[i], c.argument).file);
      if (child != self) included.insert(child);
    }
  }
  Expansion expansion(options, includes, files);
  std::vector<std::optional<std::size_t>> script_of_input(inputs.size());
  std::vector<std::size_t> deferred;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].file && included.count(files.resolve(*inputs[i].file)) != 0) {
      deferred.push_back(i);
      continue;
    }
    std::map<std::string, std::string> values = options.parse.sqlcmd_values;
    script_of_input[i] = expansion.add(inputs[i], std::move(read[i]), "", values);
  }
  // An input that another input reads, but whose `:r` was never walked (inputs that read each
  // other in a cycle, or a refused `:r`), runs on its own after the others rather than not at all:
  // otherwise a folder of `a.sql` and `b.sql` that read each other would check nothing and pass.
  for (const std::size_t i : deferred) {
    if (expansion.walked(files.resolve(*inputs[i].file))) continue;
    std::map<std::string, std::string> values = options.parse.sqlcmd_values;
    script_of_input[i] = expansion.add(inputs[i], std::move(read[i]), "", values);
  }
  LoadedRun run = expansion.take();
  run.script_of_input = std::move(script_of_input);
  return run;
}

}  // namespace pf::deploy
