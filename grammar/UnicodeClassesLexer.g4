// The Unicode classes an identifier may use outside ASCII, read once at build time by
// grammar/unicode_classes_writer.cpp, which writes them as code point ranges
// (generated/unicode_classes.cpp, used through UnicodeClasses.h). Preflight never runs this lexer.
//
// TSqlLexer used to say [\p{L}_#] and [\p{L}\p{N}_@#$] itself. Those sets have about 600 and 700
// ranges, and the 4.9 runtime deserialises a set in time quadratic in its ranges: 25 M
// instructions, a third of a small script's whole run, at the start of every process. Taking the
// classes from the same ANTLR tool keeps them exactly as they were.
lexer grammar UnicodeClassesLexer;

LETTER: [\p{L}];
LETTER_OR_NUMBER: [\p{L}\p{N}];
