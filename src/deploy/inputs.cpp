#include "deploy/inputs.h"

#include "deploy/order.h"
#include "source/source.h"

#include <fmt/format.h>

#include <algorithm>
#include <system_error>
#include <utility>

namespace pf::deploy {
namespace {

bool has_sql_extension(const std::filesystem::path& p) {
  return source::ascii_lower(p.extension().string()) == ".sql";
}

// A path as the user wrote it, for reports. On Windows `\` and `/` both separate folders, and
// reports use `/` (as on Linux), so that a waiver's or a journal's path matches however the path
// was typed (docs/windows.md); elsewhere `\` is a character of a file name.
std::string typed_display(const std::string& arg) {
#ifdef _WIN32
  std::string shown = arg;
  std::replace(shown.begin(), shown.end(), '\\', '/');
  return shown;
#else
  return arg;
#endif
}

// `dir` as the user wrote it, joined with a relative path, with forward slashes.
std::string join_display(const std::string& dir, const std::filesystem::path& relative) {
  std::string base = typed_display(dir);
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
    out.push_back(Input{{shown, std::nullopt, why}, false, relative.generic_string()});
  }
  if (walk.found.empty()) {
    if (walk.unlisted.empty())
      out.push_back(Input{{arg, std::nullopt, "folder has no .sql files"}});
    return;
  }
  std::vector<std::filesystem::path>& found = walk.found;
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return natural_less(a.generic_string(), b.generic_string());
  });
  for (const std::filesystem::path& relative : found) {
    out.push_back(Input{{join_display(arg, relative), dir / relative, std::nullopt},
                        true,
                        relative.generic_string()});
  }
}

}  // namespace

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
      out.push_back(
          Input{{typed_display(arg), path, std::nullopt}, false, path.filename().generic_string()});
    }
  }
  return out;
}

std::string display_path(const std::filesystem::path& path) {
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (!ec) {
    const std::filesystem::path relative = path.lexically_relative(cwd);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  }
  return path.generic_string();
}

}  // namespace pf::deploy
