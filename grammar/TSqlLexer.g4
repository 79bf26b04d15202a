// Preflight's T-SQL lexer.
//
// Keywords are written in upper case: the driver feeds this lexer through a case-folding character
// stream (src/parse/case_folding_stream.h), because the ANTLR 4.7.2 tool has no caseInsensitive
// option. Token text keeps the script's own spelling.
//
// `GO` never reaches this lexer: it is a client-side batch separator, and src/parse/batch_splitter
// cuts the script into batches before lexing.
//
// Every delimited token (comment, string, bracketed or quoted identifier) also has an UNTERMINATED_
// form that runs to the end of input, so an unterminated one costs linear time and becomes an
// `unparsed` finding at its position instead of a lexer error.
lexer grammar TSqlLexer;

options { superClass = TSqlLexerBase; }

@lexer::header {
#include "TSqlLexerBase.h"
#include "UnicodeClasses.h"

#include <string>
#include <unordered_map>
}

tokens { UNTERMINATED_COMMENT }

@lexer::members {
  // Block comments nest in T-SQL (/* /* */ */). A recursive lexer rule for that is exponential on
  // unterminated input (see DESIGN.md §9), so the nesting is counted here in one linear pass.
  void scanBlockCommentRest() {
    auto* sim = simulator();
    size_t depth = 1;
    while (depth > 0) {
      size_t c = _input->LA(1);
      if (c == antlr4::Token::EOF) {
        setType(UNTERMINATED_COMMENT);
        return;
      }
      if (c == '/' && _input->LA(2) == '*') {
        sim->consume(_input);
        sim->consume(_input);
        ++depth;
      } else if (c == '*' && _input->LA(2) == '/') {
        sim->consume(_input);
        sim->consume(_input);
        --depth;
      } else {
        sim->consume(_input);
      }
    }
    setChannel(antlr4::Token::HIDDEN_CHANNEL);
  }

  // The action of NON_ASCII_ID and NON_ASCII_LOCAL_ID, once matched: the token becomes
  // `identifier` (ID or LOCAL_ID) up to its first character outside ASCII that the Unicode classes
  // do not allow there. That character starts the next token; at the very start of an identifier it
  // is an UNEXPECTED_CHAR of its own, as the rules below would have lexed it.
  void settleIdentifier(size_t identifier) {
    const size_t start = tokenStartCharIndex;
    const size_t end = _input->index();
    setType(identifier);
    for (size_t i = start; i < end; ++i) {
      const auto c = static_cast<char32_t>(matchedChar(i));
      if (c < 0x80) continue;
      const bool first = i == start;  // never for LOCAL_ID, which starts with '@'
      if (first ? pf::grammar::is_unicode_letter(c) : pf::grammar::is_unicode_letter_or_number(c)) {
        continue;
      }
      size_t cut = i;
      if (first) {
        setType(UNEXPECTED_CHAR);
        cut = i + 1;
      } else if (identifier == ID) {
        setType(keywordOr(ID, start, cut));
      }
      _input->seek(cut);
      // Identifiers hold no line breaks, so only the column moves back.
      simulator()->setCharPositionInLine(tokenStartCharPositionInLine + (cut - start));
      return;
    }
  }

  // The character at index i of the input, before the current position (LA(-k) is the k-th
  // character before it).
  size_t matchedChar(size_t i) {
    return _input->LA(static_cast<ssize_t>(i) - static_cast<ssize_t>(_input->index()));
  }

  // The keyword spelt by the characters [start, end) of the input, if it is one, else
  // `identifier`. For a cut identifier only: where a keyword and ID match the same characters, the
  // keyword, being the earlier rule, wins.
  size_t keywordOr(size_t identifier, size_t start, size_t end) {
    static const std::unordered_map<std::string, size_t> keywords = [this] {
      std::unordered_map<std::string, size_t> map;
      const antlr4::dfa::Vocabulary& vocabulary = getVocabulary();
      for (size_t type = 1; type < ID; ++type) {
        const std::string literal = vocabulary.getLiteralName(type);  // 'SELECT'
        if (literal.size() > 2) map.emplace(literal.substr(1, literal.size() - 2), type);
      }
      return map;
    }();
    std::string text;
    for (size_t i = start; i < end; ++i) {
      const size_t c = matchedChar(i);
      if (c >= 0x80) return identifier;  // keywords are ASCII
      text += static_cast<char>(c);     // upper case: the input stream folds case
    }
    const auto found = keywords.find(text);
    return found != keywords.end() ? found->second : identifier;
  }
}

// Keywords. Reserved words of SQL Server can never be identifiers without brackets.
ADD: 'ADD';
ALL: 'ALL';
ALTER: 'ALTER';
AND: 'AND';
ANY: 'ANY';
AS: 'AS';
ASC: 'ASC';
AUTHORIZATION: 'AUTHORIZATION';
BACKUP: 'BACKUP';
BEGIN: 'BEGIN';
BETWEEN: 'BETWEEN';
BREAK: 'BREAK';
BULK: 'BULK';
BY: 'BY';
CASCADE: 'CASCADE';
CASE: 'CASE';
CAST: 'CAST';
CHECK: 'CHECK';
CHECKPOINT: 'CHECKPOINT';
CLOSE: 'CLOSE';
CLUSTERED: 'CLUSTERED';
COLLATE: 'COLLATE';
COLUMN: 'COLUMN';
COMMIT: 'COMMIT';
CONSTRAINT: 'CONSTRAINT';
CONTINUE: 'CONTINUE';
CONVERT: 'CONVERT';
CREATE: 'CREATE';
CROSS: 'CROSS';
CURRENT: 'CURRENT';
CURSOR: 'CURSOR';
DATABASE: 'DATABASE';
DBCC: 'DBCC';
DEALLOCATE: 'DEALLOCATE';
DECLARE: 'DECLARE';
DEFAULT: 'DEFAULT';
DELETE: 'DELETE';
DENY: 'DENY';
DESC: 'DESC';
DISTINCT: 'DISTINCT';
DISTRIBUTED: 'DISTRIBUTED';
DROP: 'DROP';
ELSE: 'ELSE';
END: 'END';
ESCAPE: 'ESCAPE';
EXCEPT: 'EXCEPT';
EXEC: 'EXEC';
EXECUTE: 'EXECUTE';
EXISTS: 'EXISTS';
EXTERNAL: 'EXTERNAL';
FETCH: 'FETCH';
FOR: 'FOR';
FOREIGN: 'FOREIGN';
FROM: 'FROM';
FULL: 'FULL';
FUNCTION: 'FUNCTION';
GOTO: 'GOTO';
GRANT: 'GRANT';
GROUP: 'GROUP';
HAVING: 'HAVING';
IDENTITY: 'IDENTITY';
IF: 'IF';
IN: 'IN';
INDEX: 'INDEX';
INNER: 'INNER';
INSERT: 'INSERT';
INTERSECT: 'INTERSECT';
INTO: 'INTO';
IS: 'IS';
JOIN: 'JOIN';
KEY: 'KEY';
KILL: 'KILL';
LEFT: 'LEFT';
LIKE: 'LIKE';
MERGE: 'MERGE';
NOCHECK: 'NOCHECK';
NONCLUSTERED: 'NONCLUSTERED';
NOT: 'NOT';
NULL_: 'NULL';
OF: 'OF';
OFF: 'OFF';
ON: 'ON';
OPEN: 'OPEN';
OPTION: 'OPTION';
OR: 'OR';
ORDER: 'ORDER';
OUTER: 'OUTER';
OVER: 'OVER';
PERCENT: 'PERCENT';
PIVOT: 'PIVOT';
PRIMARY: 'PRIMARY';
PRINT: 'PRINT';
PROC: 'PROC';
PROCEDURE: 'PROCEDURE';
PUBLIC: 'PUBLIC';
RAISERROR: 'RAISERROR';
READTEXT: 'READTEXT';
RECONFIGURE: 'RECONFIGURE';
REFERENCES: 'REFERENCES';
RESTORE: 'RESTORE';
RETURN: 'RETURN';
REVERT: 'REVERT';
REVOKE: 'REVOKE';
RIGHT: 'RIGHT';
ROLLBACK: 'ROLLBACK';
RULE: 'RULE';
SAVE: 'SAVE';
SCHEMA: 'SCHEMA';
SELECT: 'SELECT';
SET: 'SET';
SETUSER: 'SETUSER';
SOME: 'SOME';
TABLE: 'TABLE';
TABLESAMPLE: 'TABLESAMPLE';
THEN: 'THEN';
TO: 'TO';
TOP: 'TOP';
TRAN: 'TRAN';
TRANSACTION: 'TRANSACTION';
TRIGGER: 'TRIGGER';
TRUNCATE: 'TRUNCATE';
TRY_CAST: 'TRY_CAST';
TRY_CONVERT: 'TRY_CONVERT';
UNION: 'UNION';
UNIQUE: 'UNIQUE';
UNPIVOT: 'UNPIVOT';
UPDATE: 'UPDATE';
UPDATETEXT: 'UPDATETEXT';
USE: 'USE';
USER: 'USER';
VALUES: 'VALUES';
VARYING: 'VARYING';
VIEW: 'VIEW';
WAITFOR: 'WAITFOR';
WHEN: 'WHEN';
WHERE: 'WHERE';
WHILE: 'WHILE';
WITH: 'WITH';
WRITETEXT: 'WRITETEXT';

// Not reserved by SQL Server, but never identifiers here: each starts a statement or a clause right
// where an identifier (an alias) could also stand, so allowing both would blur statement boundaries.
CATCH: 'CATCH';
DISABLE: 'DISABLE';
ENABLE: 'ENABLE';
OUTPUT: 'OUTPUT';
THROW: 'THROW';
TRY: 'TRY';
USING: 'USING';

// Reserved words of the ISO type names DOUBLE PRECISION and NATIONAL CHARACTER VARYING.
NATIONAL: 'NATIONAL';

// Non-reserved keywords, listed in TSqlParser's `keywordAsIdentifier` so they still work as names.
// Most other T-SQL words (AFTER, NOCOUNT, ROWS, ...) are plain IDs that the parser matches as `id`
// and the AST builder reads by text: fewer tokens keep `id` small and prediction cheap.
ACTION: 'ACTION';
APPLY: 'APPLY';
CONVERSATION: 'CONVERSATION';
DIALOG: 'DIALOG';
GROUPING: 'GROUPING';
INCLUDE: 'INCLUDE';
LOGIN: 'LOGIN';
MAX: 'MAX';
NEXT: 'NEXT';
NO: 'NO';
OFFSET: 'OFFSET';
PRECISION: 'PRECISION';
RESTRICT: 'RESTRICT';
PARTITION: 'PARTITION';
RETURNS: 'RETURNS';
ROLE: 'ROLE';
SEQUENCE: 'SEQUENCE';
SETS: 'SETS';
STATISTICS: 'STATISTICS';
SWITCH: 'SWITCH';
SYNONYM: 'SYNONYM';
TIES: 'TIES';
TYPE: 'TYPE';

// Literals.
STRING: 'N'? '\'' (~'\'' | '\'\'')* '\'';
UNTERMINATED_STRING: 'N'? '\'' (~'\'' | '\'\'')*;
BINARY: '0X' [0-9A-F]*;
INTEGER: [0-9]+;
DECIMAL: [0-9]+ '.' [0-9]* | '.' [0-9]+;
FLOAT: ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+) 'E' [+-]? [0-9]+;
DOLLAR_ID: '$' [A-Z_] [A-Z_0-9]*;
// A SQLCMD variable, `$(Name)`: replaced by sqlcmd before SQL Server sees the text.
SQLCMD_VAR: '$(' [A-Z_0-9.\-]+ ')';
MONEY: '$' [+-]? ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+);

// Identifiers. `#temp`, `##global` and `@variable` follow SQL Server's rules for regular
// identifiers; letters outside ASCII are allowed as SQL Server allows them: a Unicode letter
// (\p{L}) may start one, letters and numbers (\p{N}) continue it.
BRACKET_ID: '[' (~']' | ']]')* ']';
UNTERMINATED_BRACKET_ID: '[' (~']' | ']]')*;
QUOTED_ID: '"' (~'"' | '""')* '"';
UNTERMINATED_QUOTED_ID: '"' (~'"' | '""')*;
LOCAL_ID: '@' ASCII_ID_PART*;
ID: [a-zA-Z_#] ASCII_ID_PART*;
// An identifier with a character outside ASCII. The lexer takes any such character that is not
// a blank, and settleIdentifier keeps the token up to its first character outside the Unicode
// classes, which then starts the next token, exactly as \p{L} and \p{N} in these rules would
// (UnicodeClassesLexer.g4 says why they are not). The parser never sees these two types.
NON_ASCII_LOCAL_ID: '@' ASCII_ID_PART* NON_ASCII_ID_CHAR ID_PART* { settleIdentifier(LOCAL_ID); };
NON_ASCII_ID: ([a-zA-Z_#] ASCII_ID_PART*)? NON_ASCII_ID_CHAR ID_PART* { settleIdentifier(ID); };
fragment ASCII_ID_PART: [a-zA-Z0-9_@#$];
fragment ID_PART: ASCII_ID_PART | NON_ASCII_ID_CHAR;
// Everything outside ASCII but the blanks of WHITESPACE below.
fragment NON_ASCII_ID_CHAR
  : [\u0080-\u0084\u0086-\u009F\u00A1-\u167F\u1681-\u1FFF\u200C-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u2FFF\u3001-\uFEFE\uFF00-\u{10FFFF}]
  ;

// Operators and punctuation.
CONCAT_ASSIGN: '||=';
CONCAT: '||';
SHIFT_LEFT: '<<';
SHIFT_RIGHT: '>>';
PLUS_ASSIGN: '+=';
MINUS_ASSIGN: '-=';
MULT_ASSIGN: '*=';
DIV_ASSIGN: '/=';
MOD_ASSIGN: '%=';
AND_ASSIGN: '&=';
XOR_ASSIGN: '^=';
OR_ASSIGN: '|=';
EQUAL: '=';
NOT_EQUAL: '<>' | '!=';
LESS_EQUAL: '<=';
GREATER_EQUAL: '>=';
NOT_LESS: '!<';
NOT_GREATER: '!>';
// `! =`, `! <`, `! >` with blanks inside: SQL Server reads them as the operators.
BANG: '!';
LESS: '<';
GREATER: '>';
DOUBLE_COLON: '::';
DOT: '.';
COMMA: ',';
SEMI: ';';
COLON: ':';
// An ODBC / OLE DB parameter marker, replaced by the client before SQL Server sees the text.
PARAM_MARKER: '?';
LPAREN: '(';
LBRACE: '{';
RBRACE: '}';
RPAREN: ')';
STAR: '*';
DIVIDE: '/';
MODULE: '%';
PLUS: '+';
MINUS: '-';
BIT_NOT: '~';
BIT_AND: '&';
BIT_OR: '|';
BIT_XOR: '^';

// Trivia. Comments stay on the hidden channel: inline suppressions are read from them.
BLOCK_COMMENT: '/*' { scanBlockCommentRest(); };
// A line comment ends at CR or LF, as in SQL Server's own parser (ScriptDom's SingleLineComment rule:
// "--" followed by anything but '\r' or '\n'); a lone CR that ends one is PF005.
LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
// SQL Server also separates tokens with the C0 control characters and the Unicode spaces (NEL,
// OGHAM, LINE/PARAGRAPH SEPARATOR, NARROW NBSP, MEDIUM MATHEMATICAL SPACE), as ScriptDom's tests show.
WHITESPACE
  : [ \t\r\n\u0001-\u0008\u000B\u000C\u000E-\u001F\u0085\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+
    -> skip
  ;

// Anything else reaches the parser as one token, so the statement around it is `unparsed` rather
// than a lexer error on stderr.
UNEXPECTED_CHAR: .;
