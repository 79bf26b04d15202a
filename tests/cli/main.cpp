// The command-line tests start the real binary (PF_BINARY); they need no parser stack of their own.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
