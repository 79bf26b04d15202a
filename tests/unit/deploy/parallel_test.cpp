#include "deploy/parallel.h"

#include "parse/parse.h"
#include "report/report.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <atomic>
#include <functional>
#include <new>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace pf {
namespace {

TEST_CASE("parallel: every index runs exactly once, whatever the number of threads") {
  for (std::size_t jobs : {1u, 2u, 3u, 16u}) {
    CAPTURE(jobs);
    std::vector<std::atomic<int>> runs(1000);
    deploy::for_each_index(runs.size(), jobs, [&](std::size_t i) { ++runs[i]; });
    std::size_t once = 0;
    for (const std::atomic<int>& r : runs) once += r.load() == 1 ? 1 : 0;
    CHECK(once == runs.size());
  }
  std::size_t calls = 0;
  deploy::for_each_index(0, 4, [&](std::size_t) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("parallel: one job runs in order on the calling thread") {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<std::size_t> order;
  bool same_thread = true;
  deploy::for_each_index(5, 1, [&](std::size_t i) {
    order.push_back(i);
    same_thread = same_thread && std::this_thread::get_id() == caller;
  });
  CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4});
  CHECK(same_thread);
}

TEST_CASE("parallel: an exception in one piece of work reaches the caller") {
  CHECK_THROWS_WITH_AS(deploy::for_each_index(50, 2,
                                              [](std::size_t i) {
                                                if (i == 7)
                                                  throw std::runtime_error("piece 7 failed");
                                              }),
                       "piece 7 failed", std::runtime_error);
}

// Running out of memory on a helper thread must not end the process (an exception leaving a
// thread's function calls std::terminate): the CLI turns it into exit 4 (docs/usage.md, "Limits").
TEST_CASE("parallel: running out of memory in a piece of work reaches the caller as bad_alloc") {
  CHECK_THROWS_AS(deploy::for_each_index(50, 2,
                                         [](std::size_t i) {
                                           if (i % 10 == 3) throw std::bad_alloc();
                                         }),
                  std::bad_alloc);
}

// Each thread predicts with its own ANTLR DFA cache (src/parse/script_parser.cpp); threads that
// start cold at the same moment must build the same trees as one thread does.
TEST_CASE("parallel: scripts parsed on several threads at once give the same AST as one thread") {
  const std::vector<std::string> scripts = {
      "CREATE TABLE dbo.T (Id int NOT NULL PRIMARY KEY, Name nvarchar(50) NULL);",
      "UPDATE dbo.T SET Name = N'x' WHERE Id = 1; DELETE FROM dbo.T WHERE Id IN (SELECT Id FROM "
      "dbo.U);",
      "CREATE PROCEDURE dbo.P @a int AS BEGIN SET NOCOUNT ON; IF @a > 1 SELECT a.b FROM dbo.A a "
      "WITH (NOLOCK) JOIN dbo.B b ON a.Id = b.Id; END",
      "DECLARE c CURSOR FOR SELECT 1; OPEN c; FETCH NEXT FROM c; CLOSE c; DEALLOCATE c;",
      "MERGE dbo.T AS t USING dbo.S AS s ON t.Id = s.Id WHEN MATCHED THEN UPDATE SET Name = s.Name "
      "WHEN NOT MATCHED BY SOURCE THEN DELETE;",
      "ALTER TABLE dbo.T ADD Created datetime2(3) NOT NULL CONSTRAINT DF_T DEFAULT "
      "SYSUTCDATETIME();",
  };
  std::vector<source::SourceFile> files;
  for (std::size_t i = 0; i < scripts.size() * 8; ++i) {
    files.push_back(test::source_of(scripts[i % scripts.size()], "s.sql"));
  }
  auto ast_text = [&](std::size_t i) {
    source::Expected<ast::Script> script = parse::parse_script(files[i]);
    if (!script) return "error: " + script.error().message;
    std::ostringstream out;
    report::write_ast_json(out, files[i], script.value());
    return out.str();
  };
  std::vector<std::string> alone(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) alone[i] = ast_text(i);
  std::vector<std::string> together(files.size());
  deploy::for_each_index(files.size(), 4, [&](std::size_t i) { together[i] = ast_text(i); });
  for (std::size_t i = 0; i < files.size(); ++i) {
    CAPTURE(i);
    CHECK(alone[i].find("\"kind\"") != std::string::npos);
    CHECK(together[i] == alone[i]);
  }
}

TEST_CASE("parallel: the batches of one script parsed at once give the same script") {
  std::string sql;
  for (int i = 0; i < 60; ++i) {
    // The comment makes the script large enough (parse::kParallelBatchBytes) to be parsed in
    // parallel.
    sql += "/*" + std::string(20000, 'x') + "*/\n";
    sql += "-- preflight-disable-next-line PF101\nDROP TABLE dbo.T" + std::to_string(i) +
           ";\nUPDATE dbo.U SET a = $(V) WHERE b = " + std::to_string(i) + ";\nGO\n";
  }
  REQUIRE(sql.size() >= parse::kParallelBatchBytes);
  const source::SourceFile file = test::source_of(sql);
  auto json = [&](const source::Expected<ast::Script>& script) {
    REQUIRE(script.ok());
    std::ostringstream out;
    report::write_ast_json(out, file, script.value());
    return out.str();
  };
  parse::ParseOptions threads;
  std::size_t parallel_runs = 0;
  threads.for_each_batch = [&](std::size_t count, const std::function<void(std::size_t)>& work) {
    ++parallel_runs;
    deploy::for_each_index(count, 3, work);
  };
  const source::Expected<ast::Script> alone = parse::parse_script(file);
  const source::Expected<ast::Script> together = parse::parse_script(file, threads);
  CHECK(parallel_runs == 1);
  CHECK(json(together) == json(alone));
  REQUIRE(together.ok());
  CHECK(together.value().batches.size() == 60);
  CHECK(together.value().directives.size() == alone.value().directives.size());
  CHECK(together.value().directives.size() == 60);
  CHECK(together.value().sqlcmd_variables.size() == 60);
  // The error is the first batch over a limit, as when the batches are parsed one by one.
  const std::string deep = "SELECT " + std::string(30, '(') + "1" + std::string(30, ')') + "\nGO\n";
  const source::SourceFile bad = test::source_of("SELECT 1\nGO\n" + deep + deep + sql);
  threads.max_nesting_depth = 10;
  const source::Expected<ast::Script> failed = parse::parse_script(bad, threads);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message.find("at line 3,") != std::string::npos);
}

}  // namespace
}  // namespace pf
