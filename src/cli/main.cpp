#include "cli/cli.h"

#include <pthread.h>

namespace {

// Parsing recurses once per nesting level of the script, in ANTLR's generated code and in ours.
// The nesting limit keeps that bounded, and a large stack keeps the bound far from the default
// 8 MiB (DESIGN.md §9: ~9,000 nested parentheses overflow it). Pages are only committed as used.
constexpr std::size_t kStackBytes = 512ull * 1024 * 1024;

struct Call {
  int argc;
  char** argv;
  int exit_code;
};

void* run_call(void* arg) {
  auto* call = static_cast<Call*>(arg);
  call->exit_code = pf::cli::run(call->argc, call->argv);
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  Call call{argc, argv, pf::cli::kExitInputError};
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kStackBytes) == 0 &&
      pthread_create(&thread, &attr, run_call, &call) == 0) {
    pthread_join(thread, nullptr);
  } else {
    run_call(&call);
  }
  return call.exit_code;
}
