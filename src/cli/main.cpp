#include "cli/cli.h"
#include "cli/parallel.h"

#include <pthread.h>

namespace {

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
  if (pthread_attr_init(&attr) == 0 &&
      pthread_attr_setstacksize(&attr, pf::cli::kParserStackBytes) == 0 &&
      pthread_create(&thread, &attr, run_call, &call) == 0) {
    pthread_join(thread, nullptr);
  } else {
    run_call(&call);
  }
  return call.exit_code;
}
