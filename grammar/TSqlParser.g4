// Preflight's T-SQL parser grammar.
//
// Shaped for speed on the ANTLR 4.9 C++ runtime (DESIGN.md §9):
// - the driver (src/parse/statement_parser.cpp) calls `statementEntry` once per statement, with SLL
//   prediction first and full LL only when SLL fails, and turns a statement that fails both into an
//   `Unparsed` node, so the grammar itself has no error-recovery rules;
// - every statement starts with its own keyword, so the choice of statement is LL(1);
// - names are `id (DOT+ id)*`, and only non-reserved keywords may be used as identifiers;
// - the grammar accepts a superset of T-SQL where that avoids long lookahead: a search condition is
//   an expression with boolean operators, and `(condition)` is an ordinary parenthesised primary.
parser grammar TSqlParser;

options { tokenVocab = TSqlLexer; }

statementEntry
  : statement SEMI?
  ;

statement
  : createTable
  | dropTable
  | selectStatement
  | insertStatement
  | updateStatement
  | deleteStatement
  | block
  | ifStatement
  | useStatement
  | printStatement
  | transactionStatement
  ;

// ---------------------------------------------------------------- DDL

createTable
  : CREATE TABLE qualifiedName LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN
    (ON storage=id)?
  ;

tableElement
  : columnDefinition
  | tableConstraint
  ;

columnDefinition
  : id dataType columnOption*
  | id AS expression
  ;

columnOption
  : NOT? NULL_                                                  # columnNullability
  | (CONSTRAINT id)? DEFAULT expression                         # columnDefault
  | IDENTITY (LPAREN signedNumber COMMA signedNumber RPAREN)?   # columnIdentity
  | (CONSTRAINT id)? constraintBody                             # columnConstraint
  | COLLATE id                                                  # columnCollation
  ;

tableConstraint
  : (CONSTRAINT id)? constraintBody
  ;

constraintBody
  : (PRIMARY KEY | UNIQUE) (CLUSTERED | NONCLUSTERED)? (LPAREN indexColumn (COMMA indexColumn)* RPAREN)?
    indexWith? (ON storage=id)?
  | (FOREIGN KEY LPAREN idList RPAREN)? REFERENCES qualifiedName (LPAREN idList RPAREN)?
    referentialAction*
  | CHECK (NOT FOR id)? LPAREN expression RPAREN
  ;

indexColumn
  : id (ASC | DESC)?
  ;

indexWith
  : WITH LPAREN optionAssignment (COMMA optionAssignment)* RPAREN
  ;

optionAssignment
  : id EQUAL (id | ON | OFF | signedNumber | STRING)
  ;

referentialAction
  : ON (DELETE | UPDATE) (CASCADE | SET NULL_ | SET DEFAULT | NO ACTION)
  ;

dataType
  : qualifiedName (LPAREN (MAX | signedNumber) (COMMA signedNumber)? RPAREN)?
  ;

dropTable
  : DROP TABLE (IF EXISTS)? qualifiedName (COMMA qualifiedName)*
  ;

// ---------------------------------------------------------------- DML

selectStatement
  : queryExpression orderByClause?
  ;

queryExpression
  : queryTerm ((UNION ALL? | EXCEPT | INTERSECT) queryTerm)*
  ;

queryTerm
  : querySpecification
  | LPAREN queryExpression RPAREN
  ;

querySpecification
  : SELECT (ALL | DISTINCT)? topClause? selectItem (COMMA selectItem)*
    (INTO qualifiedName)?
    fromClause?
    whereClause?
    (GROUP BY expression (COMMA expression)*)?
    (HAVING expression)?
  ;

topClause
  : TOP (LPAREN expression RPAREN | INTEGER) PERCENT? (WITH TIES)?
  ;

selectItem
  : STAR
  | qualifiedName DOT STAR
  | LOCAL_ID assignmentOperator expression
  | id EQUAL expression
  | scalarExpression (AS? alias)?
  ;

alias
  : id
  | STRING
  ;

fromClause
  : FROM tableSource (COMMA tableSource)*
  ;

tableSource
  : tablePrimary joinPart*
  ;

tablePrimary
  : qualifiedName (AS? id)?
  | LOCAL_ID (AS? id)?
  | LPAREN selectStatement RPAREN AS? id
  | LPAREN tableSource RPAREN
  ;

joinPart
  : (INNER | (LEFT | RIGHT | FULL) OUTER?)? JOIN tableSource ON expression
  | CROSS JOIN tablePrimary
  | (CROSS | OUTER) APPLY tablePrimary
  ;

whereClause
  : WHERE expression
  ;

orderByClause
  : ORDER BY orderItem (COMMA orderItem)*
  ;

orderItem
  : expression (ASC | DESC)?
  ;

insertStatement
  : INSERT topClause? INTO? dmlTarget (LPAREN idList RPAREN)?
    (VALUES valuesRow (COMMA valuesRow)* | selectStatement | DEFAULT VALUES)
  ;

valuesRow
  : LPAREN expression (COMMA expression)* RPAREN
  ;

updateStatement
  : UPDATE topClause? dmlTarget SET setItem (COMMA setItem)* fromClause? whereClause?
  ;

setItem
  : (qualifiedName | LOCAL_ID) assignmentOperator expression
  ;

deleteStatement
  : DELETE topClause? FROM? dmlTarget fromClause? whereClause?
  ;

dmlTarget
  : qualifiedName
  | LOCAL_ID
  ;

// ---------------------------------------------------------------- control flow and session

block
  : BEGIN statementEntry* END
  ;

ifStatement
  : IF expression statementEntry (ELSE statementEntry)?
  ;

useStatement
  : USE id
  ;

printStatement
  : PRINT expression
  ;

transactionStatement
  : BEGIN (TRAN | TRANSACTION) id?
  | COMMIT (TRAN | TRANSACTION)? id?
  | ROLLBACK (TRAN | TRANSACTION)? id?
  ;

// ---------------------------------------------------------------- expressions

// Two layers keep BETWEEN ... AND ... apart from the boolean AND: `expression` is the boolean layer
// (NOT, AND, OR over predicates), `scalarExpression` the arithmetic one. A predicate may be a bare
// scalar, so `expression` accepts every scalar too; that superset costs nothing for a linter and
// keeps prediction short. Both rules are left-recursive, which ANTLR turns into precedence climbing;
// alternatives go from the tightest binding to the loosest, as in SQL Server's precedence table.
expression
  : NOT expression                # notExpression
  | expression AND expression     # andExpression
  | expression OR expression      # orExpression
  | predicate                     # predicateExpression
  ;

predicate
  : EXISTS LPAREN selectStatement RPAREN
  | scalarExpression
    ( comparisonOperator (scalarExpression | (ALL | SOME | ANY) LPAREN selectStatement RPAREN)
    | IS NOT? NULL_
    | NOT? BETWEEN scalarExpression AND scalarExpression
    | NOT? IN LPAREN (selectStatement | expression (COMMA expression)*) RPAREN
    | NOT? LIKE scalarExpression (ESCAPE scalarExpression)?
    )?
  ;

scalarExpression
  : primary                                                                    # primaryExpression
  | op=(BIT_NOT | PLUS | MINUS) scalarExpression                               # unaryExpression
  | scalarExpression op=(STAR | DIVIDE | MODULE) scalarExpression              # multiplicativeExpression
  | scalarExpression op=(PLUS | MINUS | BIT_AND | BIT_XOR | BIT_OR) scalarExpression  # additiveExpression
  | scalarExpression COLLATE id                                                # collateExpression
  ;

primary
  : literal                                                              # literalPrimary
  | LOCAL_ID                                                             # variablePrimary
  | CASE expression? (WHEN expression THEN expression)+ (ELSE expression)? END  # casePrimary
  | (CAST | TRY_CAST) LPAREN expression AS dataType RPAREN              # castPrimary
  | CONVERT LPAREN dataType COMMA expression (COMMA expression)? RPAREN  # convertPrimary
  | functionName LPAREN (STAR | (ALL | DISTINCT)? expression (COMMA expression)*)? RPAREN  # functionCallPrimary
  | qualifiedName                                                        # columnPrimary
  | LPAREN selectStatement RPAREN                                        # subqueryPrimary
  | LPAREN expression RPAREN                                             # parenthesizedPrimary
  ;

functionName
  : qualifiedName
  | LEFT
  | RIGHT
  ;

literal
  : STRING
  | INTEGER
  | DECIMAL
  | FLOAT
  | MONEY
  | BINARY
  | NULL_
  ;

comparisonOperator
  : EQUAL | NOT_EQUAL | LESS | GREATER | LESS_EQUAL | GREATER_EQUAL | NOT_LESS | NOT_GREATER
  ;

assignmentOperator
  : EQUAL | PLUS_ASSIGN | MINUS_ASSIGN | MULT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
  | XOR_ASSIGN | OR_ASSIGN
  ;

signedNumber
  : (PLUS | MINUS)? (INTEGER | DECIMAL | FLOAT)
  ;

// ---------------------------------------------------------------- names

// `server.database.schema.object`, `database..object` (an empty part is the default schema).
qualifiedName
  : id (DOT+ id)*
  ;

idList
  : id (COMMA id)*
  ;

id
  : ID
  | BRACKET_ID
  | QUOTED_ID
  | keywordAsIdentifier
  ;

keywordAsIdentifier
  : ACTION
  | APPLY
  | MAX
  | NO
  | TIES
  ;
