#include "cli/cli.h"
#include "deploy/parallel.h"
#include "parse/parse.h"

#ifdef _WIN32
#include <cstdio>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

int main(int argc, char** argv) {
#ifdef _WIN32
  // The same bytes as on Linux: reports on stdout keep LF line ends (the C runtime's text mode
  // would write CRLF), and a console shows the UTF-8 they are written in. The manifest
  // (windows/preflight.manifest) makes argv and file names UTF-8 too.
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  // `check -` checks the bytes given: text mode would turn CRLF into LF and end the input at the
  // first Ctrl-Z (0x1A), so whatever follows it would never be checked.
  _setmode(_fileno(stdin), _O_BINARY);
  ::SetConsoleOutputCP(CP_UTF8);
#endif
  pf::parse::use_prediction_snapshot(&pf::parse::trained_prediction_snapshot());
  return pf::deploy::run_on_parser_stack([&] { return pf::cli::run(argc, argv); });
}
