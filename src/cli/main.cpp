#include "cli/cli.h"
#include "deploy/parallel.h"
#include "parse/parse.h"

int main(int argc, char** argv) {
  pf::parse::use_prediction_snapshot(&pf::parse::trained_prediction_snapshot());
  return pf::deploy::run_on_parser_stack([&] { return pf::cli::run(argc, argv); });
}
