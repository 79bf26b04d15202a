#include "deploy/parallel.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <exception>
#include <mutex>
#include <thread>
#ifdef _WIN32
#include <process.h>
#include <windows.h>
#else
#include <pthread.h>
#include <sys/resource.h>
#endif
#include <vector>

namespace pf::deploy {
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

// Under an address-space limit (`ulimit -v`) a stack's whole reservation counts: 512 MiB of a
// 700 MB limit left too little to read a 200 MiB file. There a parser thread takes an eighth of the
// limit, at least 64 MiB: ~60,000 levels of nesting, where the default --max-depth needs ~1 MiB
// (docs/dev/architecture.md "ANTLR 4.7.2 tool and 4.9 C++ runtime": ~9,000 nested parentheses fill
// 8 MiB).
#ifndef _WIN32
std::size_t parser_stack_bytes() {
  constexpr std::size_t kLeast = 64ull * 1024 * 1024;
  rlimit limit{};
  if (getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
    return kParserStackBytes;
  }
  return std::clamp(static_cast<std::size_t>(limit.rlim_cur / 8), kLeast, kParserStackBytes);
}

using ParserThread = pthread_t;

// std::thread cannot choose its stack size; a parser thread needs a large one. False when the
// thread cannot be started.
bool start_parser_thread(pthread_t& thread, void* (*body)(void*), void* arg) {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return false;
  const bool started = pthread_attr_setstacksize(&attr, parser_stack_bytes()) == 0 &&
                       pthread_create(&thread, &attr, body, arg) == 0;
  pthread_attr_destroy(&attr);
  return started;
}

void join_parser_thread(pthread_t thread) { pthread_join(thread, nullptr); }
#else
using ParserThread = HANDLE;

// winpthreads passes a thread's stack size to _beginthreadex as the size to commit: 512 MiB of
// commit charge per parser thread. Reserved instead, pages are committed as the stack grows, as on
// Linux.
bool start_parser_thread(HANDLE& thread, void* (*body)(void*), void* arg) {
  struct Start {
    void* (*body)(void*);
    void* arg;
  };
  auto* start = new Start{body, arg};
  const auto run = [](void* p) -> unsigned {
    const Start s = *static_cast<Start*>(p);
    delete static_cast<Start*>(p);
    s.body(s.arg);
    return 0;
  };
  const std::uintptr_t handle =
      _beginthreadex(nullptr, static_cast<unsigned>(kParserStackBytes), run, start,
                     STACK_SIZE_PARAM_IS_A_RESERVATION, nullptr);
  if (handle == 0) {
    delete start;
    return false;
  }
  thread = reinterpret_cast<HANDLE>(handle);
  return true;
}

void join_parser_thread(HANDLE thread) {
  ::WaitForSingleObject(thread, INFINITE);
  ::CloseHandle(thread);
}
#endif

}  // namespace

void for_each_index(std::size_t count, std::size_t jobs,
                    const std::function<void(std::size_t)>& work) {
  Shared shared;
  shared.count = count;
  shared.work = &work;
  std::vector<ParserThread> threads;
  const std::size_t helpers = std::min(jobs, count) > 1 ? std::min(jobs, count) - 1 : 0;
  for (std::size_t t = 0; t < helpers; ++t) {
    ParserThread thread;
    // A thread that cannot start leaves its share to the others.
    if (!start_parser_thread(thread, drain_thread, &shared)) break;
    threads.push_back(thread);
  }
  drain(shared);  // the calling thread already has a parser's stack (main.cpp)
  for (ParserThread thread : threads) join_parser_thread(thread);
  if (shared.failure) std::rethrow_exception(shared.failure);
}

int run_on_parser_stack(const std::function<int()>& work) {
  struct Call {
    const std::function<int()>* work;
    int result;
  } call{&work, 0};
  auto body = [](void* arg) -> void* {
    auto* c = static_cast<Call*>(arg);
    c->result = (*c->work)();
    return nullptr;
  };
  ParserThread thread;
  if (!start_parser_thread(thread, body, &call)) return work();
#ifndef _WIN32
  // This thread only waits: SIGTERM, SIGINT and SIGHUP go to the command's thread, whose handler
  // removes a temporary report file and which blocks them while it creates or renames one. (On
  // Windows a console control handler does that, on a thread of its own: report_write_windows.cpp.)
  sigset_t cleanup_signals;
  sigemptyset(&cleanup_signals);
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&cleanup_signals, sig);
  pthread_sigmask(SIG_BLOCK, &cleanup_signals, nullptr);
#endif
  join_parser_thread(thread);
  return call.result;
}

std::size_t default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace pf::deploy
