#include "cli/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <vector>

namespace pf::cli {
namespace {

struct Shared {
  std::size_t count;
  const std::function<void(std::size_t)>* work;
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
};

void drain(Shared& shared) {
  for (std::size_t i = shared.next++; i < shared.count; i = shared.next++) {
    try {
      (*shared.work)(i);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(shared.failure_mutex);
      if (!shared.failure) shared.failure = std::current_exception();
      shared.next = shared.count;  // the run fails: start nothing new
    }
  }
}

void* drain_thread(void* arg) {
  drain(*static_cast<Shared*>(arg));
  return nullptr;
}

}  // namespace

void for_each_index(std::size_t count, std::size_t jobs,
                    const std::function<void(std::size_t)>& work) {
  Shared shared;
  shared.count = count;
  shared.work = &work;
  // std::thread cannot choose its stack size; a parser thread needs a large one.
  std::vector<pthread_t> threads;
  const std::size_t helpers = std::min(jobs, count) > 1 ? std::min(jobs, count) - 1 : 0;
  pthread_attr_t attr;
  const bool attr_ok =
      pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kParserStackBytes) == 0;
  for (std::size_t t = 0; attr_ok && t < helpers; ++t) {
    pthread_t thread;
    // A thread that cannot start leaves its share to the others.
    if (pthread_create(&thread, &attr, drain_thread, &shared) != 0) break;
    threads.push_back(thread);
  }
  if (attr_ok) pthread_attr_destroy(&attr);
  drain(shared);  // the calling thread already has a parser's stack (main.cpp)
  for (pthread_t thread : threads) pthread_join(thread, nullptr);
  if (shared.failure) std::rethrow_exception(shared.failure);
}

std::size_t default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace pf::cli
