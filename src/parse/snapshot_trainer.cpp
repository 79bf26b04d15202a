// Build-time tool: parses the training scripts (grammar/training/, examples/) and writes the
// parser's prediction DFA as C++ source, the prediction snapshot compiled into every executable
// that parses (prediction_snapshot.h). It links no snapshot itself, so it starts cold and records
// every state its parses create.
//
//   pf_snapshot_trainer OUTPUT.cpp SCRIPT...
#include "parse/parse.h"
#include "parse/prediction_snapshot.h"
#include "tools/generated_file.h"

#include <cstdio>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: pf_snapshot_trainer OUTPUT.cpp SCRIPT...\n");
    return 2;
  }
  std::size_t statements = 0;
  std::size_t unparsed = 0;
  for (int i = 2; i < argc; ++i) {
    auto file = pf::source::read_source_file(argv[i], argv[i]);
    if (!file) {
      std::fprintf(stderr, "pf_snapshot_trainer: %s: %s\n", argv[i], file.error().message.c_str());
      return 1;
    }
    auto script = pf::parse::parse_script(file.value());
    if (!script) {
      std::fprintf(stderr, "pf_snapshot_trainer: %s: %s\n", argv[i],
                   script.error().message.c_str());
      return 1;
    }
    const pf::ast::StatementCounts counts = pf::ast::count_statements(script.value());
    statements += counts.statements;
    unparsed += counts.unparsed;
  }
  std::ostringstream source;
  const pf::parse::SnapshotCounts counts = pf::parse::write_prediction_snapshot(source);
  const std::string problem = pf::tools::write_generated_file(argv[1], source.str());
  if (!problem.empty()) {
    std::fprintf(stderr, "pf_snapshot_trainer: %s\n", problem.c_str());
    return 1;
  }
  std::printf(
      "prediction snapshot: %d scripts, %zu statements (%zu unparsed), %zu decisions, %zu "
      "states, %zu edges\n",
      argc - 2, statements, unparsed, counts.decisions, counts.states, counts.edges);
  return 0;
}
