#include "cli/cli.h"
#include "cli/parallel.h"

int main(int argc, char** argv) {
  return pf::cli::run_on_parser_stack([&] { return pf::cli::run(argc, argv); });
}
