#define DOCTEST_CONFIG_IMPLEMENT
#include "cli/parallel.h"

#include <doctest/doctest.h>

#include <cstddef>
#include <pthread.h>

namespace {

// The tests parse on the stack the CLI gives the parser (src/cli/main.cpp): nesting within the
// limit must parse, and under ASan 900 nested parentheses overflow the main thread's 8 MiB.
constexpr std::size_t kStackBytes = pf::cli::kParserStackBytes;

struct Call {
  int argc;
  char** argv;
  int exit_code;
};

void* run_tests(void* arg) {
  auto* call = static_cast<Call*>(arg);
  doctest::Context context(call->argc, call->argv);
  call->exit_code = context.run();
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  Call call{argc, argv, 1};
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kStackBytes) == 0 &&
      pthread_create(&thread, &attr, run_tests, &call) == 0) {
    pthread_join(thread, nullptr);
  } else {
    run_tests(&call);
  }
  return call.exit_code;
}
