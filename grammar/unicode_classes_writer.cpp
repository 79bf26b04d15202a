// Build-time tool: reads the two Unicode classes of UnicodeClassesLexer.g4 from the ATN the ANTLR
// tool generated for it and writes them as C++ code point ranges (UnicodeClasses.h).
//
//   pf_unicode_classes_writer OUTPUT.cpp
#include "UnicodeClassesLexer.h"
#include "tools/generated_file.h"

#include <antlr4-runtime.h>

#include <cstdio>
#include <map>
#include <sstream>
#include <string>

namespace {

void write_ranges(std::ostream& out, const char* name, const char* count_name,
                  const antlr4::misc::IntervalSet& set) {
  out << "const CodePointRange " << name << "[] = {\n";
  for (const antlr4::misc::Interval& interval : set.getIntervals()) {
    out << "{0x" << std::hex << interval.a << ", 0x" << interval.b << std::dec << "},\n";
  }
  out << "};\nconst std::size_t " << count_name << " = " << set.getIntervals().size() << ";\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: pf_unicode_classes_writer OUTPUT.cpp\n");
    return 2;
  }
  UnicodeClassesLexer lexer(nullptr);
  const antlr4::atn::ATN& atn = lexer.getATN();
  std::map<std::string, antlr4::misc::IntervalSet> classes;
  for (const antlr4::atn::ATNState* state : atn.states) {
    for (const antlr4::atn::Transition* transition : state->transitions) {
      if (transition->getSerializationType() == antlr4::atn::Transition::SET ||
          transition->getSerializationType() == antlr4::atn::Transition::RANGE ||
          transition->getSerializationType() == antlr4::atn::Transition::ATOM) {
        classes[lexer.getRuleNames()[state->ruleIndex]].addAll(transition->label());
      }
    }
  }
  const antlr4::misc::IntervalSet& letters = classes["LETTER"];
  const antlr4::misc::IntervalSet& letters_and_numbers = classes["LETTER_OR_NUMBER"];
  // \p{L} has hundreds of ranges; a handful means the tool read the grammar some other way.
  if (letters.getIntervals().size() < 100 ||
      letters_and_numbers.getIntervals().size() < letters.getIntervals().size()) {
    std::fprintf(stderr, "pf_unicode_classes_writer: unexpected classes (%zu, %zu ranges)\n",
                 letters.getIntervals().size(), letters_and_numbers.getIntervals().size());
    return 1;
  }
  std::ostringstream out;
  out << "// Generated at build time by pf_unicode_classes_writer from "
         "grammar/UnicodeClassesLexer.g4."
         "\n// Do not edit.\n#include \"UnicodeClasses.h\"\n\nnamespace pf::grammar {\n\n";
  write_ranges(out, "kUnicodeLetters", "kUnicodeLetterRanges", letters);
  write_ranges(out, "kUnicodeLettersAndNumbers", "kUnicodeLetterAndNumberRanges",
               letters_and_numbers);
  out << "\n}  // namespace pf::grammar\n";
  const std::string problem = pf::tools::write_generated_file(argv[1], out.str());
  if (!problem.empty()) {
    std::fprintf(stderr, "pf_unicode_classes_writer: %s\n", problem.c_str());
    return 1;
  }
  std::printf("unicode classes: %zu letter ranges, %zu letter-or-number ranges\n",
              letters.getIntervals().size(), letters_and_numbers.getIntervals().size());
  return 0;
}
