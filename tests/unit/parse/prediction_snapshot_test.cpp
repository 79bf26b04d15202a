// The prediction snapshot (src/parse/prediction_snapshot.h) may change how fast the parser
// predicts, never what it predicts: every script must parse to the same tree with it and without.
#include "parse/prediction_snapshot.h"

#include "deploy/inputs.h"
#include "report/report.h"
#include "test_support.h"

#include <filesystem>
#include <sstream>

namespace pf {
namespace {

namespace fs = std::filesystem;

struct Parsed {
  std::string tree;  // the AST's JSON, or the error
  std::size_t predictions = 0;
  std::size_t runtime_predictions = 0;
};

Parsed parse_with(const source::SourceFile& file, const parse::PredictionSnapshot* snapshot) {
  parse::use_prediction_snapshot(snapshot);
  const source::Expected<ast::Script> script = parse::parse_script(file);
  parse::use_prediction_snapshot(&parse::trained_prediction_snapshot());
  Parsed parsed;
  if (!script) {
    parsed.tree = "error: " + script.error().message;
    return parsed;
  }
  std::ostringstream json;
  report::write_ast_json(json, file, script.value());
  parsed.tree = json.str();
  for (const ast::Batch& batch : script.value().batches) {
    parsed.predictions += batch.predictions;
    parsed.runtime_predictions += batch.runtime_predictions;
  }
  return parsed;
}

// Every `every`-th of the .sql files `check` would read from `root`, in its order.
std::vector<fs::path> sql_files(const fs::path& root, std::size_t every = 1) {
  std::vector<fs::path> chosen;
  std::size_t seen = 0;
  for (const deploy::Input& input : deploy::collect_inputs({root.string()})) {
    if (input.file && seen++ % every == 0) chosen.push_back(*input.file);
  }
  return chosen;
}

struct Comparison {
  std::size_t files = 0;
  std::size_t predictions = 0;
  std::size_t runtime_predictions = 0;  // with the snapshot
};

Comparison compare_with_and_without(const std::vector<fs::path>& files) {
  Comparison totals;
  for (const fs::path& path : files) {
    const source::Expected<source::SourceFile> file = source::read_source_file(path, path.string());
    if (!file) continue;  // bad inputs of the end-to-end tests: nothing to parse
    const Parsed with = parse_with(file.value(), &parse::trained_prediction_snapshot());
    const Parsed without = parse_with(file.value(), nullptr);
    INFO(path.string());
    CHECK(with.tree == without.tree);
    CHECK(with.predictions == without.predictions);
    CHECK(without.runtime_predictions == without.predictions);
    ++totals.files;
    totals.predictions += with.predictions;
    totals.runtime_predictions += with.runtime_predictions;
  }
  return totals;
}

}  // namespace

TEST_CASE("prediction snapshot: the build recorded the training run") {
  const parse::PredictionSnapshot& snapshot = parse::trained_prediction_snapshot();
  CHECK(snapshot.decision_count > 100);
  CHECK(snapshot.state_count > 1000);
  CHECK(snapshot.edge_count >= snapshot.state_count / 2);
}

TEST_CASE("prediction snapshot: it answers what training met, the runtime the rest") {
  // Training met CREATE TABLE and SELECT; nothing in it mentions this XML index.
  const source::SourceFile common = test::source_of(
      "CREATE TABLE dbo.Orders (Id int NOT NULL PRIMARY KEY, Note nvarchar(100) NULL);\n"
      "SELECT o.Id, o.Note FROM dbo.Orders AS o WHERE o.Id > 10 ORDER BY o.Id;\n");
  const Parsed trained = parse_with(common, &parse::trained_prediction_snapshot());
  CHECK(trained.predictions > 10);
  CHECK(trained.runtime_predictions == 0);

  // The snapshot records no error edges: where the input goes wrong, the runtime predicts, and
  // reports the error as it would without a snapshot.
  const source::SourceFile wrong = test::source_of("SELECT Id FROM WHERE Id = 1;\n");
  const Parsed with = parse_with(wrong, &parse::trained_prediction_snapshot());
  const Parsed without = parse_with(wrong, nullptr);
  CHECK(with.runtime_predictions > 0);
  CHECK(with.runtime_predictions < without.runtime_predictions);
  CHECK(with.tree == without.tree);
  CHECK(with.tree.find("\"kind\": \"Unparsed\"") != std::string::npos);
}

TEST_CASE("prediction snapshot: the repository's scripts parse the same with and without it") {
  std::vector<fs::path> files;
  for (const char* folder : {"tests", "examples", "grammar"}) {
    const std::vector<fs::path> found = sql_files(fs::path(PF_SOURCE_DIR) / folder);
    files.insert(files.end(), found.begin(), found.end());
  }
  const Comparison totals = compare_with_and_without(files);
  CHECK(totals.files > 50);
  MESSAGE(totals.files << " files, " << totals.predictions << " predictions, "
                       << totals.runtime_predictions << " not in the snapshot");
}

TEST_CASE("prediction snapshot: the corpus parses the same with and without it (every 8th file)") {
  const fs::path corpus = fs::path(PF_SOURCE_DIR) / ".." / "shared" / "corpus";
  if (!fs::is_directory(corpus)) {
    MESSAGE("../shared/corpus is not beside the repository; skipped");
    return;
  }
  const Comparison totals = compare_with_and_without(sql_files(corpus, 8));
  CHECK(totals.files > 100);
  MESSAGE(totals.files << " files, " << totals.predictions << " predictions, "
                       << totals.runtime_predictions << " not in the snapshot");
}

}  // namespace pf
