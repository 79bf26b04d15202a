#include "cli/cli.h"
#include "source/source.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <system_error>
#include <utility>

namespace pf::cli {
namespace {

bool has_sql_extension(const std::filesystem::path& p) {
  return source::ascii_lower(p.extension().string()) == ".sql";
}

// `dir` as the user wrote it, joined with a relative path, with forward slashes.
std::string join_display(const std::string& dir, const std::filesystem::path& relative) {
  std::string base = dir;
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  return base + "/" + relative.generic_string();
}

// The walk of one folder given on the command line: the `.sql` files found (relative to it) and
// every folder that could not be listed, which may hold scripts too.
struct FolderWalk {
  std::vector<std::filesystem::path> found;
  std::vector<std::pair<std::filesystem::path, std::string>> unlisted;  // relative folder, why
};

// Lists `dir` (`relative` to the folder on the command line) and the folders in it, depth first.
// Links to folders are not followed, so a link loop ends. Any other `.sql` entry that is not a
// folder is an input, even a FIFO, a device or a dangling link: reading refuses it with its
// reason, rather than the deployment silently losing a script. A folder that cannot be opened or
// read to its end (no permission, removed during the walk, an I/O error) is recorded with the
// reason: what it holds is unknown, so it is never skipped quietly.
// Whether `inner` is `outer` or inside it, both canonical.
bool within(const std::filesystem::path& inner, const std::filesystem::path& outer) {
  auto o = outer.begin();
  for (auto i = inner.begin(); o != outer.end(); ++i, ++o) {
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

void walk_folder(const std::filesystem::path& dir, const std::filesystem::path& relative,
                 const std::filesystem::path& root, const std::vector<std::filesystem::path>& named,
                 FolderWalk& walk) {
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> subfolders;
  {
    // Closed before the subfolders are walked: one open folder at a time, however deep.
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
      const std::filesystem::path name = it->path().filename();
      std::error_code link_ec;
      const std::filesystem::file_status own = it->symlink_status(link_ec);
      if (link_ec && !has_sql_extension(name)) {
        // It may be a folder: what it holds is unknown.
        walk.unlisted.emplace_back(relative / name,
                                   "cannot tell whether it is a folder: " + link_ec.message());
        continue;
      }
      if (!link_ec && std::filesystem::is_directory(own)) {
        subfolders.emplace_back(it->path(), relative / name);
        continue;
      }
      std::error_code status_ec;
      const bool folder = it->is_directory(status_ec);
      if (has_sql_extension(name) && !folder) {
        if (!link_ec && std::filesystem::is_symlink(own) && !root.empty()) {
          // A link to a script outside every path named on the command line would have Preflight
          // read, and print in its code frames, a file nobody asked it to read (`x.sql ->
          // /etc/shadow`); as with `:r`, it is an input error and the file is never opened.
          std::error_code target_ec;
          const std::filesystem::path target = std::filesystem::canonical(it->path(), target_ec);
          if (!target_ec && !within(target, root) &&
              std::none_of(named.begin(), named.end(),
                           [&](const auto& n) { return within(target, n); })) {
            walk.unlisted.emplace_back(
                relative / name,
                fmt::format(FMT_STRING("a symbolic link to the file {}, outside the folder "
                                       "checked; not read: name that file or its folder to check "
                                       "it"),
                            target.generic_string()));
            continue;
          }
        }
        walk.found.push_back(relative / name);
      } else if (folder && !root.empty()) {
        // A link to a folder is not followed. Into a folder named on the command line (this one
        // included) or one of this one's parents, what it leads to is checked anyway (or it is a
        // loop); anywhere else it leads to scripts no walk would see, so it is an input error
        // rather than a folder quietly left out.
        std::error_code target_ec;
        const std::filesystem::path target = std::filesystem::canonical(it->path(), target_ec);
        if (target_ec) {
          walk.unlisted.emplace_back(relative / name,
                                     "cannot resolve the symbolic link: " + target_ec.message());
        } else if (!within(root, target) &&
                   std::none_of(named.begin(), named.end(),
                                [&](const auto& n) { return within(target, n); })) {
          walk.unlisted.emplace_back(
              relative / name,
              fmt::format(FMT_STRING("a symbolic link to the folder {}, outside the folder "
                                     "checked; not followed: name that folder to check it"),
                          target.generic_string()));
        }
      }
    }
    // What was listed before an error is still checked; the folder is an input error.
    if (ec) walk.unlisted.emplace_back(relative, "cannot list folder: " + ec.message());
  }
  for (const auto& [path, rel] : subfolders) walk_folder(path, rel, root, named, walk);
}

void collect_folder(const std::string& arg, const std::filesystem::path& dir,
                    const std::vector<std::filesystem::path>& named, std::vector<Input>& out) {
  FolderWalk walk;
  std::error_code ec;
  // Empty when it cannot be resolved: links to folders are then left alone, as before.
  const std::filesystem::path root = std::filesystem::canonical(dir, ec);
  walk_folder(dir, {}, ec ? std::filesystem::path() : root, named, walk);
  // A folder that could not be listed is an input error naming it, whatever else was found.
  for (const auto& [relative, why] : walk.unlisted) {
    const std::string shown = relative.empty() ? arg : join_display(arg, relative);
    out.push_back(Input{shown, std::nullopt, why, false, relative.generic_string()});
  }
  if (walk.found.empty()) {
    if (walk.unlisted.empty()) out.push_back(Input{arg, std::nullopt, "folder has no .sql files"});
    return;
  }
  std::vector<std::filesystem::path>& found = walk.found;
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return natural_less(a.generic_string(), b.generic_string());
  });
  for (const std::filesystem::path& relative : found) {
    out.push_back(Input{join_display(arg, relative), dir / relative, std::nullopt, true,
                        relative.generic_string()});
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view without_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

// Compares two digit strings without leading zeros by value: -1, 0 or 1.
int compare_number(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  const int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::string_view file_name_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// Flyway compares versions part by part as numbers, and `1.0` is the same version as `1`.
int compare_version(std::vector<std::string> a, std::vector<std::string> b) {
  while (!a.empty() && a.back() == "0") a.pop_back();
  while (!b.empty() && b.back() == "0") b.pop_back();
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (const int c = compare_number(a[i], b[i]); c != 0) return c;
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

std::string_view folder_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash + 1);
}

std::string replace_star(std::string_view pattern, std::string_view stem) {
  const std::size_t star = pattern.find('*');
  return std::string(pattern.substr(0, star)) + std::string(stem) +
         std::string(pattern.substr(star + 1));
}

// The first pattern `relative`'s file name matches, with the stem it gives.
std::optional<std::pair<std::string, std::string>> matching_undo_pattern(
    std::string_view relative, const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    if (std::optional<std::string> stem = undo_pattern_stem(relative, pattern)) {
      return std::pair{pattern, std::move(*stem)};
    }
  }
  return std::nullopt;
}

// Pairs pattern undo scripts with forward scripts of the same folder, and names the undo script
// each unpaired forward script would have.
void pair_pattern_undo(std::vector<Input> pattern_undo, const std::vector<std::string>& patterns,
                       OrderedInputs& out) {
  std::stable_sort(pattern_undo.begin(), pattern_undo.end(), [](const Input& a, const Input& b) {
    return natural_less(a.relative, b.relative);
  });
  std::vector<bool> paired(out.forward.size(), false);
  for (Input& input : pattern_undo) {
    const auto [pattern, stem] = *matching_undo_pattern(input.relative, patterns);
    const std::string folder(folder_of(input.relative));
    UndoInput undo{std::move(input), std::nullopt, 0};
    for (const std::string& name : undo_forward_names(stem, pattern)) {
      for (std::size_t i = 0; i < out.forward.size() && !undo.forward; ++i) {
        if (!paired[i] && out.forward[i].relative == folder + name) undo.forward = i;
      }
      if (undo.forward) break;
    }
    if (undo.forward) {
      paired[*undo.forward] = true;
      undo.runs_after = *undo.forward + 1;
    } else {
      const std::string would_undo = folder + stem + ".sql";
      while (undo.runs_after < out.forward.size() &&
             !natural_less(would_undo, out.forward[undo.runs_after].relative)) {
        ++undo.runs_after;
      }
    }
    out.undo.push_back(std::move(undo));
  }
  if (pattern_undo.empty()) return;
  for (std::size_t i = 0; i < out.forward.size(); ++i) {
    if (paired[i] || out.missing_undo.count(i) != 0) continue;
    const std::string_view relative = out.forward[i].relative;
    const std::optional<FlywayName> flyway = parse_flyway_name(relative);
    if (flyway && flyway->kind == 'R') continue;  // repeatables are re-applied, never undone
    const std::string& pattern = patterns.front();
    const std::string name(file_name_of(relative));
    std::string stem = name.substr(0, name.size() - std::min<std::size_t>(4, name.size()));
    const std::vector<std::string> forward_names = undo_forward_names("*", pattern);
    if (forward_names.size() > 1) {
      // `001_add.up.sql` expects `001_add.down.sql`, not `001_add.up.down.sql`.
      if (std::optional<std::string> up_stem = undo_pattern_stem(name, forward_names.front())) {
        stem = *up_stem;
      }
    }
    out.missing_undo[i] = replace_star(pattern, stem);
  }
}

}  // namespace

std::optional<std::string> undo_pattern_stem(std::string_view file_name, std::string_view pattern) {
  file_name = file_name_of(file_name);
  const std::size_t star = pattern.find('*');
  if (star == std::string_view::npos) return std::nullopt;
  const std::string_view prefix = pattern.substr(0, star);
  const std::string_view suffix = pattern.substr(star + 1);
  // A stem of at least one character: `.down.sql` alone names no forward script.
  if (file_name.size() <= prefix.size() + suffix.size()) return std::nullopt;
  if (file_name.substr(0, prefix.size()) != prefix) return std::nullopt;
  if (file_name.substr(file_name.size() - suffix.size()) != suffix) return std::nullopt;
  return std::string(
      file_name.substr(prefix.size(), file_name.size() - prefix.size() - suffix.size()));
}

std::vector<std::string> undo_forward_names(std::string_view stem, std::string_view pattern) {
  std::vector<std::string> out;
  const std::size_t down = pattern.find("down");
  if (down != std::string_view::npos) {
    std::string up(pattern);
    up.replace(down, 4, "up");
    out.push_back(replace_star(up, stem));
  }
  out.push_back(std::string(stem) + ".sql");
  return out;
}

bool natural_less(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t i_end = i;
      std::size_t j_end = j;
      while (i_end < a.size() && is_digit(a[i_end])) ++i_end;
      while (j_end < b.size() && is_digit(b[j_end])) ++j_end;
      const int c = compare_number(without_leading_zeros(a.substr(i, i_end - i)),
                                   without_leading_zeros(b.substr(j, j_end - j)));
      if (c != 0) return c < 0;
      i = i_end;
      j = j_end;
      continue;
    }
    if (a[i] != b[j]) {
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    }
    ++i;
    ++j;
  }
  if ((i < a.size()) != (j < b.size())) return j < b.size();
  return a < b;  // same values, different zero padding: byte order keeps the order total
}

std::optional<Order> parse_order(std::string_view name) {
  if (name == "flyway") return Order::Flyway;
  if (name == "natural") return Order::Natural;
  if (name == "lexical") return Order::Lexical;
  if (name == "given") return Order::Given;
  return std::nullopt;
}

std::string_view order_name(Order order) {
  switch (order) {
    case Order::Flyway:
      return "flyway";
    case Order::Natural:
      return "natural";
    case Order::Lexical:
      return "lexical";
    case Order::Given:
      return "given";
  }
  return "natural";
}

std::optional<FlywayName> parse_flyway_name(std::string_view file_name) {
  file_name = file_name_of(file_name);
  if (file_name.size() < 4) return std::nullopt;
  if (source::ascii_lower(file_name.substr(file_name.size() - 4)) != ".sql") return std::nullopt;
  std::string_view stem = file_name.substr(0, file_name.size() - 4);
  // Flyway's default prefixes are case-sensitive: `v1__x.sql` is not a migration.
  const char kind = stem.empty() ? '\0' : stem.front();
  if (kind != 'V' && kind != 'U' && kind != 'R') return std::nullopt;
  const std::size_t separator = stem.find("__");
  if (separator == std::string_view::npos) return std::nullopt;
  FlywayName out;
  out.kind = kind;
  out.description = std::string(stem.substr(separator + 2));
  const std::string_view version = stem.substr(1, separator - 1);
  if (kind == 'R') {
    if (!version.empty()) return std::nullopt;
    return out;
  }
  if (version.empty()) return std::nullopt;
  std::size_t at = 0;
  while (at <= version.size()) {
    std::size_t end = at;
    while (end < version.size() && is_digit(version[end])) ++end;
    if (end == at) return std::nullopt;  // empty part, or a part that is not a number
    out.version.emplace_back(without_leading_zeros(version.substr(at, end - at)));
    if (end == version.size()) break;
    if (version[end] != '.' && version[end] != '_') return std::nullopt;
    at = end + 1;
    if (at == version.size()) return std::nullopt;  // a trailing separator
  }
  return out;
}

OrderedInputs order_inputs(std::vector<Input> all_inputs, std::optional<Order> requested,
                           std::string_view requested_by,
                           const std::vector<std::string>& undo_patterns) {
  OrderedInputs out;
  std::vector<Input> inputs;
  std::vector<Input> pattern_undo;
  for (Input& input : all_inputs) {
    const bool undo =
        !input.problem && matching_undo_pattern(input.relative, undo_patterns).has_value();
    (undo ? pattern_undo : inputs).push_back(std::move(input));
  }
  if (requested) {
    out.order = *requested;
    out.reason = fmt::format(FMT_STRING("chosen by {}"), requested_by);
  } else {
    std::size_t files = 0;
    const Input* other = nullptr;
    for (const Input& input : inputs) {
      if (input.problem) continue;
      ++files;
      if (other == nullptr && !parse_flyway_name(input.relative)) other = &input;
    }
    if (files > 0 && other == nullptr) {
      out.order = Order::Flyway;
      out.reason = "detected: every file name is a Flyway migration (V/U<version>__, R__)";
    } else {
      out.order = Order::Natural;
      out.reason = other != nullptr
                       ? fmt::format(FMT_STRING("detected: '{}' is not a Flyway name, so "
                                                "numeric-aware name order"),
                                     other->display)
                       : std::string("default");
    }
  }

  switch (out.order) {
    case Order::Given:
      out.forward = std::move(inputs);
      break;
    case Order::Lexical:
      std::stable_sort(inputs.begin(), inputs.end(),
                       [](const Input& a, const Input& b) { return a.relative < b.relative; });
      out.forward = std::move(inputs);
      break;
    case Order::Natural:
      std::stable_sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) {
        return natural_less(a.relative, b.relative);
      });
      out.forward = std::move(inputs);
      break;
    case Order::Flyway: {
      // Rank: versioned, then repeatable, then names Flyway would not run (kept, checked last,
      // so a forced --order flyway never silently skips a script).
      struct Keyed {
        Input input;
        std::optional<FlywayName> name;
      };
      std::vector<Keyed> versioned, repeatable, undo, other;
      for (Input& input : inputs) {
        std::optional<FlywayName> name = parse_flyway_name(input.relative);
        const char kind = name ? name->kind : '?';
        Keyed keyed{std::move(input), std::move(name)};
        if (kind == 'V') {
          versioned.push_back(std::move(keyed));
        } else if (kind == 'U') {
          undo.push_back(std::move(keyed));
        } else if (kind == 'R') {
          repeatable.push_back(std::move(keyed));
        } else {
          other.push_back(std::move(keyed));
        }
      }
      auto by_version = [](const Keyed& a, const Keyed& b) {
        const int c = compare_version(a.name->version, b.name->version);
        return c != 0 ? c < 0 : natural_less(a.input.relative, b.input.relative);
      };
      std::stable_sort(versioned.begin(), versioned.end(), by_version);
      std::stable_sort(undo.begin(), undo.end(), by_version);
      std::stable_sort(repeatable.begin(), repeatable.end(), [](const Keyed& a, const Keyed& b) {
        return a.name->description != b.name->description
                   ? natural_less(a.name->description, b.name->description)
                   : natural_less(a.input.relative, b.input.relative);
      });
      std::stable_sort(other.begin(), other.end(), [](const Keyed& a, const Keyed& b) {
        return natural_less(a.input.relative, b.input.relative);
      });
      for (auto* group : {&versioned, &repeatable, &other}) {
        for (Keyed& k : *group) out.forward.push_back(std::move(k.input));
      }
      for (Keyed& u : undo) {
        UndoInput paired{std::move(u.input), std::nullopt, 0};
        // Versioned scripts come first in the forward order, by version.
        for (std::size_t i = 0; i < versioned.size(); ++i) {
          const int c = compare_version(versioned[i].name->version, u.name->version);
          if (c <= 0) paired.runs_after = i + 1;
          if (c == 0 && !paired.forward) paired.forward = i;
        }
        if (paired.forward) paired.runs_after = *paired.forward + 1;
        out.undo.push_back(std::move(paired));
      }
      if (!undo.empty()) {
        for (std::size_t i = 0; i < versioned.size(); ++i) {
          const bool has_undo = std::any_of(out.undo.begin(), out.undo.end(),
                                            [&](const UndoInput& u) { return u.forward == i; });
          if (!has_undo) {
            // The version as the V script writes it (`V001__x.sql` expects `U001__*.sql`).
            const std::string_view name = file_name_of(out.forward[i].relative);
            out.missing_undo[i] =
                fmt::format(FMT_STRING("U{}__*.sql"), name.substr(1, name.find("__") - 1));
          }
        }
      }
      // Inputs that could not be found or listed have no name to run by; they are not counted.
      const auto unnamed = std::count_if(other.begin(), other.end(),
                                         [](const Keyed& k) { return !k.input.problem; });
      if (unnamed > 0) {
        out.reason +=
            fmt::format(FMT_STRING("; {} file(s) without a Flyway name run last"), unnamed);
      }
      if (!undo.empty()) {
        std::size_t unpaired = 0;
        for (const Keyed& u : undo) {
          const bool paired = std::any_of(versioned.begin(), versioned.end(), [&](const Keyed& v) {
            return compare_version(v.name->version, u.name->version) == 0;
          });
          if (!paired) ++unpaired;
        }
        out.reason += fmt::format(FMT_STRING("; {} undo script(s) not run forward"), undo.size());
        if (unpaired > 0) {
          out.reason += fmt::format(FMT_STRING(" ({} without a matching V)"), unpaired);
        }
      }
      break;
    }
  }
  if (!pattern_undo.empty()) {
    out.reason +=
        fmt::format(FMT_STRING("; {} undo script(s) matched by files.undo"), pattern_undo.size());
  }
  pair_pattern_undo(std::move(pattern_undo), undo_patterns, out);
  return out;
}

std::vector<Input> collect_inputs(const std::vector<std::string>& paths,
                                  const std::vector<std::string>& named) {
  // Every folder and file named on the command line, resolved: what a link in a walked folder may
  // lead to without hiding or exposing anything.
  std::vector<std::filesystem::path> named_paths;
  for (const std::string& arg : named.empty() ? paths : named) {
    std::error_code ec;
    std::filesystem::path resolved = std::filesystem::canonical(arg, ec);
    if (!ec) named_paths.push_back(std::move(resolved));
  }
  std::vector<Input> out;
  for (const std::string& arg : paths) {
    std::error_code ec;
    const std::filesystem::path path(arg);
    const std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) {
      collect_folder(arg, path, named_paths, out);
    } else {
      // Existence and type are checked when the file is read, with one clear message.
      out.push_back(Input{arg, path, std::nullopt, false, path.filename().generic_string()});
    }
  }
  return out;
}

}  // namespace pf::cli
