#define DOCTEST_CONFIG_IMPLEMENT
#include "deploy/parallel.h"
#include "parse/parse.h"

#include <doctest/doctest.h>

// The tests parse on the stack the CLI gives the parser (src/cli/main.cpp): nesting within the
// limit must parse, and under ASan 900 nested parentheses overflow the main thread's 8 MiB.
int main(int argc, char** argv) {
  // As the CLI does; tests that compare with and without it switch it themselves.
  pf::parse::use_prediction_snapshot(&pf::parse::trained_prediction_snapshot());
  return pf::deploy::run_on_parser_stack([&] {
    doctest::Context context(argc, argv);
    return context.run();
  });
}
