// `:r` expansion (src/deploy/includes.h) over files in memory: the code the CLI runs on disk and
// the fuzzer in memory. Confinement, the per-run caps, cycles, and what each refusal leaves in
// the report. The real binary on real files: tests/integration/include_confinement.sh.
#include "deploy/includes.h"

#include "deploy/script_files.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

namespace {

using pf::deploy::expand_includes;
using pf::deploy::IncludeOptions;
using pf::deploy::IncludeRoot;
using pf::deploy::is_within;
using pf::deploy::LoadedRun;
using pf::deploy::MemoryFiles;
using pf::deploy::ReadOptions;
using pf::deploy::ReadScript;
using pf::deploy::ScriptRef;

// The deployment /db/main.sql with `files` beside it, `/db` the only root unless given.
LoadedRun run_main(MemoryFiles& files, const std::string& main, IncludeOptions includes = {}) {
  files.add("/db/main.sql", main);
  if (includes.roots.empty()) includes.roots.push_back(IncludeRoot{"/db", "db"});
  const std::vector<ScriptRef> inputs{ScriptRef{"db/main.sql", "/db/main.sql", std::nullopt}};
  std::vector<ReadScript> read;
  read.push_back(pf::deploy::read_script(inputs[0], ReadOptions{}, files));
  return expand_includes(inputs, std::move(read), ReadOptions{}, includes, files);
}

std::vector<std::string> paths(const LoadedRun& run) {
  std::vector<std::string> out;
  for (const pf::deploy::FileStatus& f : run.files) out.push_back(f.path);
  return out;
}

std::string error_of(const LoadedRun& run, std::size_t file) {
  return run.files.at(file).error ? run.files.at(file).error->message : std::string();
}

}  // namespace

TEST_CASE("is_within compares whole path parts") {
  CHECK(is_within("/db/a.sql", "/db"));
  CHECK(is_within("/db", "/db"));
  CHECK(is_within("/db/sub/a.sql", "/db/"));
  CHECK(is_within("/etc/passwd", "/"));
  CHECK_FALSE(is_within("/dbx/a.sql", "/db"));  // a prefix of the name is not the folder
  CHECK_FALSE(is_within("/d", "/db"));
  CHECK_FALSE(is_within("/etc/passwd", "/db"));
}

TEST_CASE("includes inside the root are read, each after its includer, in `:r` order") {
  MemoryFiles files;
  files.add("/db/a.sql", "SELECT 1 AS a;\n");
  files.add("/db/sub/b.sql", ":r ..\\a.sql\n");
  const LoadedRun run = run_main(files, ":r sub\\b.sql\n:r .\\a.sql\n");
  CHECK(paths(run) ==
        std::vector<std::string>{"db/main.sql", "db/sub/b.sql", "db/a.sql", "db/a.sql"});
  REQUIRE(run.scripts.size() == 4);
  CHECK(run.scripts[0].includes == std::vector<std::optional<std::size_t>>{1, 3});
  CHECK(run.scripts[1].includes == std::vector<std::optional<std::size_t>>{2});
  CHECK(run.files[1].included_from == "db/main.sql:1");
  CHECK(run.files[2].included_from == "db/sub/b.sql:1");
}

TEST_CASE("an include outside every root is refused before it is read, and names how to allow it") {
  MemoryFiles files;
  files.add("/etc/passwd", "DROP TABLE dbo.Secret;\n");
  files.add("/shared/c.sql", "SELECT 1 AS c;\n");
  LoadedRun run = run_main(files, "PRINT 1;\nGO\n:r /etc/passwd\n:r ..\\shared\\c.sql\n");
  REQUIRE(run.files.size() == 3);
  CHECK(run.files[1].path == "/etc/passwd");
  CHECK(run.files[1].source == nullptr);  // nothing of it was read
  CHECK(error_of(run, 1) ==
        ":r /etc/passwd (included from db/main.sql:3) resolves to /etc/passwd, outside the "
        "folders `:r` may read (db); not read. Check the folder that holds both scripts, or allow "
        "the folder with --include-root DIR (or files.include_roots in .preflight.yml)");
  CHECK(run.files[2].path == "shared/c.sql");
  CHECK(error_of(run, 2).find("resolves to /shared/c.sql, outside") != std::string::npos);
  CHECK(run.scripts.size() == 1);
  CHECK(run.scripts[0].includes ==
        std::vector<std::optional<std::size_t>>{std::nullopt, std::nullopt});

  // Another root allows it.
  MemoryFiles again;
  again.add("/shared/c.sql", "SELECT 1 AS c;\n");
  IncludeOptions includes;
  includes.roots = {IncludeRoot{"/db", "db"}, IncludeRoot{"/shared", "shared"}};
  run = run_main(again, ":r ..\\shared\\c.sql\n", includes);
  CHECK(run.scripts.size() == 2);
  CHECK_FALSE(run.files[1].error);
}

TEST_CASE("no roots: every include is refused") {
  MemoryFiles files;
  files.add("/db/a.sql", "SELECT 1 AS a;\n");
  files.add("/db/main.sql", ":r a.sql\n");
  const std::vector<ScriptRef> inputs{ScriptRef{"db/main.sql", "/db/main.sql", std::nullopt}};
  std::vector<ReadScript> read;
  read.push_back(pf::deploy::read_script(inputs[0], ReadOptions{}, files));
  const LoadedRun run = expand_includes(inputs, std::move(read), ReadOptions{}, {}, files);
  REQUIRE(run.files.size() == 2);
  CHECK(error_of(run, 1).find("outside the folders `:r` may read (none)") != std::string::npos);
}

TEST_CASE("--max-includes counts every `:r`, the same file twice twice, and is reported once") {
  MemoryFiles files;
  files.add("/db/a.sql", "SELECT 1 AS a;\n");
  IncludeOptions includes;
  includes.max_includes = 2;
  const LoadedRun run = run_main(files, ":r a.sql\n:r a.sql\n:r a.sql\n:r a.sql\n", includes);
  CHECK(paths(run) == std::vector<std::string>{"db/main.sql", "db/a.sql", "db/a.sql", "db/a.sql"});
  CHECK(error_of(run, 3) ==
        ":r a.sql (included from db/main.sql:3) is one include too many: the run follows at most "
        "2 `:r` lines (the --max-includes limit; the same file read twice counts twice); the rest "
        "are not read");
  CHECK(run.scripts[0].includes ==
        std::vector<std::optional<std::size_t>>{1, 2, std::nullopt, std::nullopt});
}

TEST_CASE("a fan-out of 2^25 includes stops at the cap") {
  MemoryFiles files;
  for (int i = 1; i < 25; ++i) {
    files.add("/db/f" + std::to_string(i) + ".sql",
              ":r f" + std::to_string(i + 1) + ".sql\n:r f" + std::to_string(i + 1) + ".sql\n");
  }
  files.add("/db/f25.sql", "SELECT 1 AS one;\n");
  IncludeOptions includes;
  includes.max_includes = 100;
  const LoadedRun run = run_main(files, ":r f1.sql\n:r f1.sql\n", includes);
  CHECK(run.files.size() == 1 + 100 + 1);  // the input, the includes followed, one refusal
  CHECK(error_of(run, run.files.size() - 1).find("--max-includes") != std::string::npos);
}

TEST_CASE("--max-include-bytes adds the size of every file read through `:r`") {
  MemoryFiles files;
  files.add("/db/a.sql", std::string(99, ' ') + "\n");  // 100 bytes
  IncludeOptions includes;
  includes.max_include_bytes = 250;
  const LoadedRun run = run_main(files, ":r a.sql\n:r a.sql\n:r a.sql\n:r a.sql\n", includes);
  REQUIRE(run.files.size() == 4);
  CHECK_FALSE(run.files[2].error);
  CHECK(error_of(run, 3) ==
        ":r a.sql (included from db/main.sql:3) takes the files read through `:r` to 300 bytes, "
        "over the --max-include-bytes limit of 250 bytes; the rest are not read");
}

TEST_CASE("cycles and nesting are still refused") {
  MemoryFiles files;
  files.add("/db/a.sql", ":r main.sql\n");
  LoadedRun run = run_main(files, ":r a.sql\n");
  REQUIRE(run.files.size() == 3);
  CHECK(error_of(run, 2).find("an include cycle") != std::string::npos);

  MemoryFiles deep;
  for (int i = 1; i <= 70; ++i) {
    deep.add("/db/d" + std::to_string(i) + ".sql", ":r d" + std::to_string(i + 1) + ".sql\n");
  }
  run = run_main(deep, ":r d1.sql\n");
  CHECK(error_of(run, run.files.size() - 1).find("nests more than 64 files deep") !=
        std::string::npos);
}
