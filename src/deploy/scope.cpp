#include "deploy/scope.h"

#include "deploy/flyway_checksum.h"
#include "deploy/git_command.h"
#include "deploy/journal.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <utility>

namespace pf::deploy {
namespace {

using Kind = model::ScopeNote::Kind;

// What becomes of one forward input.
enum class Keep { Drop, History, Pending };

[[nodiscard]] source::Error usage(std::string message) {
  return source::Error{std::move(message), std::nullopt};
}

[[nodiscard]] bool is_digit(char c) { return c >= '0' && c <= '9'; }

[[nodiscard]] std::string without_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return std::string(digits);
}

[[nodiscard]] std::string_view file_name_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The version an input's name carries under `order`: a Flyway `V` script's, or the leading
// number of a natural-order name; empty when none.
[[nodiscard]] std::vector<std::string> version_of(const Input& input, Order order) {
  if (order == Order::Flyway) {
    const std::optional<FlywayName> name = parse_flyway_name(input.relative);
    if (name && name->kind == 'V') return name->version;
    return {};
  }
  return leading_version(file_name_of(input.relative));
}

[[nodiscard]] bool is_repeatable(const Input& input) {
  const std::optional<FlywayName> name = parse_flyway_name(input.relative);
  return name && name->kind == 'R';
}

[[nodiscard]] std::string version_text(const std::vector<std::string>& version) {
  std::string out;
  for (const std::string& part : version) out += (out.empty() ? "" : ".") + part;
  return out;
}

// The deployment with history first, then pending, each in deployment order; dropped inputs left
// out. Undo scripts stay only with a pending forward script, or unpaired: the undo of an applied
// migration was checked when that migration was pending.
[[nodiscard]] OrderedInputs partitioned(OrderedInputs ordered, const std::vector<Keep>& keep) {
  std::vector<std::size_t> order;  // old indices in their new order
  for (Keep wanted : {Keep::History, Keep::Pending}) {
    for (std::size_t i = 0; i < keep.size(); ++i) {
      if (keep[i] == wanted) order.push_back(i);
    }
  }
  std::vector<std::optional<std::size_t>> new_index(keep.size());
  OrderedInputs out;
  for (std::size_t n = 0; n < order.size(); ++n) {
    new_index[order[n]] = n;
    Input input = std::move(ordered.forward[order[n]]);
    input.history = keep[order[n]] == Keep::History;
    out.forward.push_back(std::move(input));
  }
  for (UndoInput& undo : ordered.undo) {
    if (undo.forward && keep[*undo.forward] != Keep::Pending) continue;
    // It runs after every kept script that ran before it, wherever the partition put them.
    std::size_t runs_after = 0;
    for (std::size_t i = 0; i < undo.runs_after && i < keep.size(); ++i) {
      if (new_index[i]) runs_after = std::max(runs_after, *new_index[i] + 1);
    }
    undo.runs_after = runs_after;
    if (undo.forward) undo.forward = new_index[*undo.forward];
    out.undo.push_back(std::move(undo));
  }
  for (auto& [index, expected] : ordered.missing_undo) {
    if (keep[index] == Keep::Pending) out.missing_undo[*new_index[index]] = std::move(expected);
  }
  out.order = ordered.order;
  out.reason = std::move(ordered.reason);
  out.scope = std::move(ordered.scope);
  out.missing_history = std::move(ordered.missing_history);
  out.changed_files = std::move(ordered.changed_files);
  return out;
}

// A pending versioned script below the highest applied version: Flyway refuses it unless
// `outOfOrder` is set, and where it does run, it runs after scripts written after it.
void note_out_of_order(OrderedInputs& ordered, const std::vector<Keep>& keep,
                       std::vector<std::string> highest) {
  for (std::size_t i = 0; i < keep.size(); ++i) {
    if (keep[i] != Keep::History) continue;
    const std::vector<std::string> version = version_of(ordered.forward[i], ordered.order);
    if (!version.empty() && (highest.empty() || compare_version(version, highest) > 0)) {
      highest = version;
    }
  }
  if (highest.empty()) return;
  for (std::size_t i = 0; i < keep.size(); ++i) {
    if (keep[i] != Keep::Pending) continue;
    // An edited applied migration is no new one: its own finding says what is wrong with it.
    const std::vector<model::ScopeNote>& notes = ordered.forward[i].notes;
    if (std::any_of(notes.begin(), notes.end(),
                    [](const model::ScopeNote& n) { return n.kind == Kind::Edited; })) {
      continue;
    }
    const std::vector<std::string> version = version_of(ordered.forward[i], ordered.order);
    if (version.empty() || compare_version(version, highest) >= 0) continue;
    ordered.forward[i].notes.push_back(model::ScopeNote{
        Kind::OutOfOrder,
        fmt::format(FMT_STRING("version {} is below {}, the highest version already applied"),
                    version_text(version), version_text(highest))});
  }
}

// ---- --applied-through ----------------------------------------------------------------------

[[nodiscard]] source::Expected<OrderedInputs> applied_through(OrderedInputs ordered,
                                                              const std::string& text) {
  if (ordered.order != Order::Flyway && ordered.order != Order::Natural) {
    return usage(fmt::format(
        FMT_STRING("--applied-through needs versioned file names (flyway or natural order); this "
                   "deployment is in {} order ({}): use --since or --journal"),
        order_name(ordered.order), ordered.reason));
  }
  std::string_view spelled = text;
  if (!spelled.empty() && (spelled.front() == 'V' || spelled.front() == 'v')) {
    spelled.remove_prefix(1);
  }
  const std::vector<std::string> through = leading_version(spelled);
  std::size_t used = 0;  // the version must be the whole text: `14abc` is a typo, not 14
  for (char c : spelled) used += is_digit(c) || c == '.' || c == '_' || c == '-';
  if (through.empty() || used != spelled.size() || !is_digit(spelled.back())) {
    return usage(fmt::format(
        FMT_STRING("--applied-through '{}' is not a version (digits separated by '.', '_' or "
                   "'-', e.g. 14 or 1.2)"),
        text));
  }
  std::vector<Keep> keep;
  for (const Input& input : ordered.forward) {
    const std::vector<std::string> version = version_of(input, ordered.order);
    // Without a version (an `R__` repeatable, a name without a number) nothing says it ran.
    const bool applied = input.file && !version.empty() && compare_version(version, through) <= 0;
    keep.push_back(applied ? Keep::History : Keep::Pending);
  }
  ordered.scope = fmt::format(FMT_STRING("--applied-through {}"), text);
  return partitioned(std::move(ordered), keep);
}

// ---- --since -----------------------------------------------------------------------------

// What git knows of one work tree at REF.
struct GitState {
  std::filesystem::path top;      // the work tree's top folder, resolved
  std::set<std::string> at_ref;   // files in REF's tree, relative to top
  std::set<std::string> changed;  // differ between REF and the work tree (or the index)
};

[[nodiscard]] std::vector<std::string> split_z(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find('\0', at);
    if (end == std::string::npos) {
      out.push_back(text.substr(at));
      break;
    }
    out.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

[[nodiscard]] std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

// The top of the git work tree that holds `folder`, resolved.
[[nodiscard]] source::Expected<std::filesystem::path> work_tree_of(
    const std::filesystem::path& folder) {
  const std::string dir = folder.string();
  source::Expected<GitOutput> top = run_git({"-C", dir, "rev-parse", "--show-toplevel"});
  if (!top) return usage("--since: " + top.error().message);
  if (top.value().exit_code != 0) {
    return usage(fmt::format(FMT_STRING("--since: {} is not inside a git work tree ({})"),
                             folder.generic_string(), first_line(top.value().err)));
  }
  std::error_code ec;
  std::filesystem::path resolved = std::filesystem::canonical(first_line(top.value().out), ec);
  if (ec) return usage(fmt::format(FMT_STRING("--since: cannot resolve the work tree of {}"), dir));
  return resolved;
}

[[nodiscard]] source::Expected<GitState> git_state(const std::filesystem::path& top,
                                                   const std::string& ref) {
  GitState state;
  state.top = top;
  const std::string top_dir = state.top.string();
  const std::string commit = ref + "^{commit}";
  source::Expected<GitOutput> resolved =
      run_git({"-C", top_dir, "rev-parse", "--verify", "--quiet", commit});
  if (!resolved) return usage("--since: " + resolved.error().message);
  if (resolved.value().exit_code != 0) {
    return usage(fmt::format(
        FMT_STRING("--since: '{}' does not name a commit in {} (in CI, fetch it: a shallow clone "
                   "has no history, e.g. actions/checkout with fetch-depth: 0)"),
        ref, top_dir));
  }
  const std::string id = first_line(resolved.value().out);
  source::Expected<GitOutput> tree =
      run_git({"-C", top_dir, "ls-tree", "-r", "-z", "--name-only", "--full-tree", id});
  if (!tree) return usage("--since: " + tree.error().message);
  if (tree.value().exit_code != 0) {
    return usage(fmt::format(FMT_STRING("--since: git ls-tree {} failed: {}"), ref,
                             first_line(tree.value().err)));
  }
  for (std::string& name : split_z(tree.value().out)) state.at_ref.insert(std::move(name));
  // The work tree against REF: committed, staged and unstaged changes alike. Renames are a
  // deletion and an addition, as for Flyway (a renamed applied script is a missing one).
  source::Expected<GitOutput> diff = run_git(
      {"-C", top_dir, "diff", "-z", "--name-only", "--no-renames", "--no-ext-diff", id, "--"});
  if (!diff) return usage("--since: " + diff.error().message);
  if (diff.value().exit_code != 0) {
    return usage(fmt::format(FMT_STRING("--since: git diff {} failed: {}"), ref,
                             first_line(diff.value().err)));
  }
  for (std::string& name : split_z(diff.value().out)) state.changed.insert(std::move(name));
  return state;
}

// `path` relative to `top`, `/`-separated, when it is inside it.
[[nodiscard]] std::optional<std::string> relative_to(const std::filesystem::path& path,
                                                     const std::filesystem::path& top) {
  if (!is_within(path, top)) return std::nullopt;
  return path.lexically_relative(top).generic_string();
}

[[nodiscard]] std::string join_display(std::string base, std::string_view relative) {
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  return base + "/" + std::string(relative);
}

[[nodiscard]] bool looks_like_undo(std::string_view name, const FileRules& rules) {
  const std::optional<FlywayName> flyway = parse_flyway_name(name);
  if (flyway && flyway->kind == 'U') return true;
  return std::any_of(
      rules.undo_patterns.begin(), rules.undo_patterns.end(),
      [&](const std::string& p) { return undo_pattern_stem(file_name_of(name), p).has_value(); });
}

[[nodiscard]] source::Expected<OrderedInputs> since(OrderedInputs ordered,
                                                    const std::vector<std::string>& paths,
                                                    const FileRules& rules,
                                                    const std::string& ref) {
  if (ref.empty() || ref.front() == '-') {
    return usage(fmt::format(FMT_STRING("--since '{}' is not a git revision"), ref));
  }
  std::map<std::filesystem::path, GitState> states;  // by work tree top
  std::map<std::filesystem::path, const GitState*> state_of_folder;
  const auto state_for =
      [&](const std::filesystem::path& folder) -> source::Expected<const GitState*> {
    if (const auto found = state_of_folder.find(folder); found != state_of_folder.end()) {
      return found->second;
    }
    // One `rev-parse` per folder; the tree and the diff once per work tree.
    source::Expected<std::filesystem::path> top = work_tree_of(folder);
    if (!top) return top.error();
    auto found = states.find(top.value());
    if (found == states.end()) {
      source::Expected<GitState> state = git_state(top.value(), ref);
      if (!state) return state.error();
      found = states.emplace(top.value(), std::move(state).value()).first;
    }
    state_of_folder[folder] = &found->second;
    return &found->second;
  };

  // Every path's folder must be in a work tree, even one that holds no script yet.
  for (const std::string& path : paths) {
    std::error_code ec;
    std::filesystem::path folder = std::filesystem::canonical(path, ec);
    if (ec) continue;  // an input error of its own
    if (!std::filesystem::is_directory(folder, ec)) folder = folder.parent_path();
    source::Expected<const GitState*> state = state_for(folder);
    if (!state) return state.error();
  }

  std::vector<Keep> keep;
  for (Input& input : ordered.forward) {
    std::error_code ec;
    const std::filesystem::path file =
        input.file ? std::filesystem::canonical(*input.file, ec) : std::filesystem::path();
    if (!input.file || ec) {
      keep.push_back(Keep::Pending);  // reading it reports why
      continue;
    }
    source::Expected<const GitState*> state = state_for(file.parent_path());
    if (!state) return state.error();
    const std::optional<std::string> relative = relative_to(file, state.value()->top);
    const bool existed = relative && state.value()->at_ref.count(*relative) != 0;
    const bool changed = relative && state.value()->changed.count(*relative) != 0;
    if (!existed) {
      keep.push_back(Keep::Pending);  // added since REF, or never committed
    } else if (!changed) {
      keep.push_back(Keep::History);
    } else {
      keep.push_back(Keep::Pending);
      input.notes.push_back(
          model::ScopeNote{is_repeatable(input) ? Kind::RepeatableChanged : Kind::Edited,
                           fmt::format(FMT_STRING("changed since {} (git diff)"), ref)});
    }
  }

  // Scripts REF had in a folder checked that the folder no longer holds.
  for (const std::string& path : paths) {
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::canonical(path, ec);
    if (ec || !std::filesystem::is_directory(folder, ec)) continue;
    const GitState* state = state_for(folder).value();
    const std::optional<std::string> prefix = relative_to(folder, state->top);
    if (!prefix) continue;
    const std::string under = *prefix == "." || prefix->empty() ? std::string() : *prefix + "/";
    for (auto it = state->at_ref.lower_bound(under);
         it != state->at_ref.end() && it->compare(0, under.size(), under) == 0; ++it) {
      const std::string& name = *it;
      if (name.size() < 4 || source::ascii_lower(name.substr(name.size() - 4)) != ".sql") continue;
      if (std::filesystem::exists(std::filesystem::symlink_status(state->top / name, ec))) {
        continue;
      }
      const std::string inside = name.substr(under.size());
      const std::string display = join_display(path, inside);
      if (rules.selects && !rules.selects(display)) continue;
      if (looks_like_undo(inside, rules)) continue;
      ordered.missing_history.push_back(OrderedInputs::Missing{
          display, model::ScopeNote{Kind::Missing, fmt::format(FMT_STRING("it is in {}"), ref)}});
    }
  }
  for (const auto& [top, state] : states) {
    for (const std::string& name : state.changed) {
      ordered.changed_files.emplace((top / name).lexically_normal().string(),
                                    fmt::format(FMT_STRING("changed since {} (git diff)"), ref));
    }
  }
  note_out_of_order(ordered, keep, {});
  ordered.scope = fmt::format(FMT_STRING("--since {}"), ref);
  return partitioned(std::move(ordered), keep);
}

// ---- --journal ---------------------------------------------------------------------------

// A journal is a table export: 64 MiB is far beyond any real one, and keeps a wrong file (an
// image, a dump) from being read into memory whole.
constexpr std::uintmax_t kMaxJournalBytes = 64ull * 1024 * 1024;

[[nodiscard]] source::Expected<std::string> read_bytes(const std::filesystem::path& path,
                                                       std::uintmax_t limit,
                                                       const std::string& what) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return usage(fmt::format(FMT_STRING("{}: cannot read: {}"), what, ec.message()));
  if (size > limit) {
    return usage(fmt::format(FMT_STRING("{}: {} bytes, more than the {} a journal may have"), what,
                             size, limit));
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return usage(fmt::format(FMT_STRING("{}: cannot read"), what));
  return bytes;
}

// What the journal's checksum says of the file now, when it has one: that the file changed since
// it was applied. Read through `files`, with the loader's limits, like every script. Flyway reads
// a script as UTF-8 and drops a BOM: for a UTF-8 file the decoded text is exactly what it
// checksums. A UTF-16 file, or one that does not decode, was checksummed under another
// `flyway.encoding`, which Preflight does not reproduce: no claim either way.
[[nodiscard]] std::optional<std::string> checksum_change(const Input& input,
                                                         const JournalEntry& entry,
                                                         const std::string& journal_path,
                                                         const ScopeFiles& files) {
  if (!entry.checksum || !input.file || files.files == nullptr) return std::nullopt;
  const source::Expected<source::SourceFile> read =
      files.files->read(*input.file, input.display, files.max_file_bytes);
  if (!read) return std::nullopt;  // loading the file reports why
  const source::Encoding encoding = read.value().encoding();
  if (encoding != source::Encoding::Utf8 && encoding != source::Encoding::Utf8Bom) {
    return std::nullopt;
  }
  const std::int32_t now = flyway_checksum(read.value().text());
  if (now == *entry.checksum) return std::nullopt;
  return fmt::format(
      FMT_STRING("changed since it ran: its Flyway checksum is {}, {} line {} recorded {}"), now,
      journal_path, entry.line, *entry.checksum);
}

// Rows that stand for a script: Flyway's also records baselines, schema creation and deletes.
[[nodiscard]] bool records_script(const JournalEntry& entry) {
  const std::string type = source::ascii_lower(entry.type);
  return type.empty() || type == "sql";
}

[[nodiscard]] source::Expected<OrderedInputs> journal_scope(OrderedInputs ordered,
                                                            const std::vector<std::string>& paths,
                                                            const FileRules& rules,
                                                            const std::string& journal_path,
                                                            const ScopeFiles& files) {
  const std::string what = "--journal " + journal_path;
  source::Expected<std::string> text = read_bytes(journal_path, kMaxJournalBytes, what);
  if (!text) return text.error();
  source::Expected<Journal> parsed = parse_journal(text.value());
  if (!parsed) return usage(fmt::format(FMT_STRING("{}: {}"), what, parsed.error().message));
  const Journal& journal = parsed.value();

  std::vector<Keep> keep;
  std::set<std::string> found;  // journal scripts that a file of the folder answers
  for (Input& input : ordered.forward) {
    const JournalEntry* entry = input.file ? find_entry(journal, input.relative) : nullptr;
    if (entry != nullptr) found.insert(entry->script);
    if (entry == nullptr || !entry->success) {
      keep.push_back(Keep::Pending);
      continue;
    }
    const std::optional<std::string> changed = checksum_change(input, *entry, journal_path, files);
    if (changed && is_repeatable(input)) {
      // Flyway runs a repeatable again whenever its checksum changes.
      keep.push_back(Keep::Pending);
      input.notes.push_back(model::ScopeNote{Kind::RepeatableChanged, *changed});
      continue;
    }
    keep.push_back(Keep::History);
    if (changed) input.notes.push_back(model::ScopeNote{Kind::Edited, *changed});
  }

  std::vector<std::string> highest;
  for (const JournalEntry& entry : journal.entries) {
    if (!entry.success || !records_script(entry)) continue;
    const std::vector<std::string> version = leading_version(entry.version);
    if (!version.empty() && (highest.empty() || compare_version(version, highest) > 0)) {
      highest = version;
    }
    if (found.count(entry.script) != 0 || entry.script.empty()) continue;
    found.insert(entry.script);  // once per script, however often it ran
    if (looks_like_undo(entry.script, rules)) continue;
    // Below the baseline: Flyway never needs the file again.
    if (source::ascii_lower(entry.state).find("baseline") != std::string::npos) continue;
    // Where a lone folder is checked, the script's path below it is its place; a path the
    // journal recorded whole (flyway info's `filepath`) is shown as it is.
    const bool whole =
        entry.script.front() == '/' || (entry.script.size() > 1 && entry.script[1] == ':');
    const std::string display =
        !whole && paths.size() == 1 && std::filesystem::is_directory(paths.front())
            ? join_display(paths.front(), entry.script)
            : entry.script;
    ordered.missing_history.push_back(OrderedInputs::Missing{
        display, model::ScopeNote{Kind::Missing, fmt::format(FMT_STRING("{} line {} records it"),
                                                             journal_path, entry.line)}});
  }
  if (ordered.order == Order::Flyway) note_out_of_order(ordered, keep, highest);
  ordered.scope = fmt::format(FMT_STRING("--journal {}"), journal_path);
  return partitioned(std::move(ordered), keep);
}

// ---- files.migrations --------------------------------------------------------------------

// The migrations folder, resolved, when every path is a file inside it (a pre-commit hook names
// the staged files); none otherwise.
[[nodiscard]] std::optional<std::filesystem::path> migrations_folder(
    const std::vector<std::string>& paths, const FileRules& rules) {
  if (rules.migrations.empty() || rules.config_path.empty() || paths.empty()) return std::nullopt;
  std::filesystem::path folder(rules.migrations);
  if (folder.is_relative()) {
    folder = std::filesystem::path(rules.config_path).parent_path() / folder;
  }
  std::error_code ec;
  folder = std::filesystem::canonical(folder, ec);
  if (ec || !std::filesystem::is_directory(folder, ec)) return std::nullopt;
  for (const std::string& path : paths) {
    const std::filesystem::path file = std::filesystem::canonical(path, ec);
    if (ec || std::filesystem::is_directory(file, ec) || !is_within(file, folder)) {
      return std::nullopt;
    }
  }
  return folder;
}

[[nodiscard]] OrderedInputs migrations_scope(const std::vector<std::string>& paths,
                                             const std::filesystem::path& folder,
                                             const std::string& order_option,
                                             const FileRules& rules) {
  std::vector<Input> inputs = collect_inputs(paths);
  std::set<std::filesystem::path> named;
  for (const Input& input : inputs) {
    std::error_code ec;
    if (input.file) named.insert(std::filesystem::canonical(*input.file, ec));
  }
  const std::string shown = display_path(folder);
  for (Input& input : collect_inputs({shown})) {
    if (!input.file) continue;  // the folder's own problems are not this run's inputs
    if (rules.selects && !rules.selects(input.display)) continue;
    std::error_code ec;
    if (named.count(std::filesystem::canonical(*input.file, ec)) != 0) continue;
    input.history = true;  // a candidate: kept only when it sorts before a named file
    inputs.push_back(std::move(input));
  }
  OrderedInputs ordered = order_deployment(std::move(inputs), order_option, rules);
  std::size_t last_named = 0;
  bool any_named = false;
  for (std::size_t i = 0; i < ordered.forward.size(); ++i) {
    if (!ordered.forward[i].history) {
      last_named = i;
      any_named = true;
    }
  }
  std::vector<Keep> keep;
  std::size_t history = 0;
  for (std::size_t i = 0; i < ordered.forward.size(); ++i) {
    if (!ordered.forward[i].history) {
      keep.push_back(Keep::Pending);
    } else if (any_named && i < last_named) {
      keep.push_back(Keep::History);
      ++history;
    } else {
      keep.push_back(Keep::Drop);
    }
  }
  // Undo scripts of the folder that nobody named are not this run's.
  ordered.undo.erase(std::remove_if(ordered.undo.begin(), ordered.undo.end(),
                                    [](const UndoInput& u) { return u.input.history; }),
                     ordered.undo.end());
  ordered.scope = fmt::format(FMT_STRING("files.migrations in {}: the {} earlier file{} of {}"),
                              rules.config_path, history, history == 1 ? "" : "s", shown);
  return partitioned(std::move(ordered), keep);
}

}  // namespace

std::vector<std::string> leading_version(std::string_view name) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < name.size() && is_digit(name[at])) {
    std::size_t end = at;
    while (end < name.size() && is_digit(name[end])) ++end;
    out.push_back(without_leading_zeros(name.substr(at, end - at)));
    // One separator between numbers; anything else ends the version.
    if (end + 1 < name.size() && (name[end] == '.' || name[end] == '_' || name[end] == '-') &&
        is_digit(name[end + 1])) {
      at = end + 1;
    } else {
      break;
    }
  }
  return out;
}

source::Expected<OrderedInputs> scoped_inputs(const std::vector<std::string>& paths,
                                              const std::string& order_option,
                                              const FileRules& rules, const ScopeRequest& scope,
                                              const ScopeFiles& files) {
  const int ways =
      int(!scope.applied_through.empty()) + int(!scope.since.empty()) + int(!scope.journal.empty());
  if (ways > 1) {
    return usage(
        "--applied-through, --since and --journal each say what already ran: give only one");
  }
  if (ways == 0) {
    if (const std::optional<std::filesystem::path> folder = migrations_folder(paths, rules)) {
      return migrations_scope(paths, *folder, order_option, rules);
    }
    return deployment_inputs(paths, order_option, rules);
  }
  OrderedInputs ordered = deployment_inputs(paths, order_option, rules);
  if (!scope.applied_through.empty())
    return applied_through(std::move(ordered), scope.applied_through);
  if (!scope.since.empty()) return since(std::move(ordered), paths, rules, scope.since);
  return journal_scope(std::move(ordered), paths, rules, scope.journal, files);
}

}  // namespace pf::deploy
