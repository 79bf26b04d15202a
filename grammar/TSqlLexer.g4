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

@lexer::header { #include "TSqlLexerBase.h" }

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
// identifiers; letters outside ASCII are allowed as SQL Server allows them.
BRACKET_ID: '[' (~']' | ']]')* ']';
UNTERMINATED_BRACKET_ID: '[' (~']' | ']]')*;
QUOTED_ID: '"' (~'"' | '""')* '"';
UNTERMINATED_QUOTED_ID: '"' (~'"' | '""')*;
LOCAL_ID: '@' [\p{L}\p{N}_@#$]*;
ID: [\p{L}_#] [\p{L}\p{N}_@#$]*;

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
LINE_COMMENT: '--' ~[\n]* -> channel(HIDDEN);
// SQL Server also separates tokens with the C0 control characters and the Unicode spaces (NEL,
// OGHAM, LINE/PARAGRAPH SEPARATOR, NARROW NBSP, MEDIUM MATHEMATICAL SPACE), as ScriptDom's tests show.
WHITESPACE
  : [ \t\r\n\u0001-\u0008\u000B\u000C\u000E-\u001F\u0085\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+
    -> skip
  ;

// Anything else reaches the parser as one token, so the statement around it is `unparsed` rather
// than a lexer error on stderr.
UNEXPECTED_CHAR: .;
