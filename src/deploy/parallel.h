// Runs work on threads with a stack large enough to parse: pieces of it in parallel, or all of it.
#pragma once

#include <cstddef>
#include <functional>

namespace pf::deploy {

// Parsing recurses once per nesting level of the script, in ANTLR's generated code and in ours.
// The nesting limit keeps that bounded, and a large stack keeps the bound far from the default
// 8 MiB (docs/dev/architecture.md "ANTLR 4.7.2 tool and 4.9 C++ runtime": ~9,000 nested parentheses
// overflow it). Pages are only committed as used.
constexpr std::size_t kParserStackBytes = 512ull * 1024 * 1024;

// Runs work() on a new thread with a parser's stack and returns its result; on the calling thread
// if no such thread can be started. For the entry points (the CLI's main, the unit tests, the
// fuzz pipeline), whose own thread has 8 MiB or less.
int run_on_parser_stack(const std::function<int()>& work);

// Calls work(i) for every i in [0, count), on up to `jobs` threads (the calling thread is one of
// them). Each index is taken exactly once; results written by index keep the order of the input,
// whatever the threads do. An exception thrown by work is rethrown here after all threads stop.
void for_each_index(std::size_t count, std::size_t jobs,
                    const std::function<void(std::size_t)>& work);

// The default for --jobs: the cores this process may run on.
[[nodiscard]] std::size_t default_jobs();

}  // namespace pf::deploy
