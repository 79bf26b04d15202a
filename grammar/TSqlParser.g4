// Preflight's T-SQL parser grammar.
//
// Shaped for speed on the ANTLR 4.9 C++ runtime (DESIGN.md §9):
// - the driver (src/parse/script_parser.cpp) calls `statementEntry` once per statement, with SLL
//   prediction first and full LL only when SLL fails, and turns a statement that fails both into an
//   `Unparsed` node, so the grammar itself has no error-recovery rules;
// - every statement starts with its own keyword, so the choice of statement is LL(1) or close to it;
//   the exceptions are a label (`name:`) and a procedure call without EXEC, which SQL Server only
//   allows as the first statement of a batch;
// - names are `id (DOT+ id)*`, and only a short list of non-reserved keywords may be used as
//   identifiers; most T-SQL words that are not reserved (NOCOUNT, ROWS, AFTER, ...) are plain IDs,
//   matched here as `id` and told apart by their text in src/parse/ast_builder.cpp;
// - the grammar accepts a superset of T-SQL where that avoids long lookahead: a search condition is
//   an expression with boolean operators, `(condition)` is an ordinary parenthesised primary, and
//   option lists nobody lints (`WITH (FILLFACTOR = 80, ...)`) are balanced token runs (`parenSoup`).
//
// Module bodies: CREATE PROCEDURE / TRIGGER and scalar or multi-statement functions end their header
// at `AS`; in T-SQL the body runs to the end of the batch, so the driver appends every following
// statement of the batch to the module's body. Views and inline table-valued functions hold a single
// query, parsed here as part of the statement.
parser grammar TSqlParser;

options { tokenVocab = TSqlLexer; superClass = TSqlParserBase; contextSuperClass = TSqlContextBase; }

@parser::header {
#include "TSqlContextBase.h"
#include "TSqlParserBase.h"
}

statementEntry
  : statement SEMI?
  ;

// The first statement of a batch, the only place where SQL Server reads a bare name as a procedure
// call (`p 1, 2`). Inside `statement`, a call would also be accepted in blocks, IF branches and
// bodies, where SQL Server rejects it; and SLL prediction, which looks past the end of a rule into
// every statement that may follow, had to consider a call at every name in the grammar (4% of the
// bundle's instructions, 8% of a pre-commit run's). `statement` comes first: where both read the
// same words, the statement wins, as it did when the call was the last alternative of `statement`.
batchStartEntry
  : (statement | procedureCallWithoutExec) SEMI?
  ;

// Never called: it puts EOF among the tokens that may follow a statement. SLL prediction knows only
// the grammar's own follow links, so without it a decision that must see where a statement ends
// (`DROP CERTIFICATE c` as the last words of a batch: is `c` a type word or the name?) fails at
// the end of a batch, and LL, which starts with the same SLL simulation, fails too.
batchEntry
  : batchStartEntry? statementEntry* EOF
  ;

// Entry points the driver uses to rebuild IF and WHILE statement by statement when a branch or body
// does not parse as a whole (src/parse/script_parser.cpp): the rest is parsed statement by statement.
ifHead
  : IF expression
  ;

whileHead
  : WHILE expression
  ;

// At most 64 alternatives: past that the C++ runtime (4.9) mispredicts the later ones (a procedure
// call without EXEC, then the last, stopped parsing at 65). Rare statements go under
// `lesserStatement`.
statement
  : createTable
  | dropTable
  | cteStatement
  | selectStatement
  | insertStatement
  | updateStatement
  | deleteStatement
  | mergeStatement
  | block
  | tryCatch
  | ifStatement
  | whileStatement
  | useStatement
  | printStatement
  | transactionStatement
  | createProcedure
  | createFunction
  | createTrigger
  | createView
  | declareStatement
  | declareCursor
  | setStatement
  | gotoStatement
  | labelStatement
  | returnStatement
  | breakStatement
  | continueStatement
  | waitforStatement
  | raiserrorStatement
  | throwStatement
  | cursorStatement
  | executeStatement
  | lesserStatement
  | executeAsStatement
  | revertStatement
  | permissionStatement
  | alterAuthorization
  | dbccStatement
  | checkpointStatement
  | killStatement
  | reconfigureStatement
  | alterTable
  | createIndex
  | alterIndex
  | dropIndex
  | dropObject
  | createSchema
  | createType
  | sequenceStatement
  | createSynonym
  | createStatistics
  | updateStatistics
  | createDatabase
  | alterDatabase
  | createPrincipal
  | alterPrincipal
  | alterRole
  | partitionStatement
  | truncateTable
  | bulkInsert
  | triggerToggle
  | otherStatement
  ;

// ---------------------------------------------------------------- generic option runs

// A balanced run of tokens in parentheses: options that rules never read.
parenSoup
  : LPAREN (~(LPAREN | RPAREN) | parenSoup)* RPAREN
  ;

// One token of an option run outside parentheses. It never matches a token that starts a statement
// (or END / ELSE, which close the enclosing block), so an option run cannot swallow the next statement.
soupItem
  : ~(SEMI | LPAREN | RPAREN | END | ELSE | SELECT | INSERT | UPDATE | DELETE | MERGE | DECLARE | SET
      | IF | WHILE | BEGIN | CREATE | ALTER | DROP | EXEC | EXECUTE | PRINT | RAISERROR | THROW
      | RETURN | GOTO | BREAK | CONTINUE | WAITFOR | USE | GRANT | DENY | REVOKE | COMMIT | ROLLBACK
      | SAVE | TRUNCATE | BULK | DBCC | CHECKPOINT | KILL | RECONFIGURE | OPEN | CLOSE | FETCH
      | DEALLOCATE | BACKUP | RESTORE | REVERT | ENABLE | DISABLE | TRY | CATCH
      | READTEXT | WRITETEXT | UPDATETEXT | SETUSER)
  | parenSoup
  ;

// An option run of ALTER DATABASE ... SET without WITH: `WITH ROLLBACK IMMEDIATE` ends the options,
// and SLL prediction, which cannot see the statement boundary, must not read ROLLBACK as a new statement.
databaseOptionItem
  : ~(SEMI | WITH | LPAREN | RPAREN | END | ELSE | SELECT | INSERT | UPDATE | DELETE | MERGE | DECLARE | SET
      | IF | WHILE | BEGIN | CREATE | ALTER | DROP | EXEC | EXECUTE | PRINT | RAISERROR | THROW
      | RETURN | GOTO | BREAK | CONTINUE | WAITFOR | USE | GRANT | DENY | REVOKE | COMMIT | ROLLBACK
      | SAVE | TRUNCATE | BULK | DBCC | CHECKPOINT | KILL | RECONFIGURE | OPEN | CLOSE | FETCH
      | DEALLOCATE | BACKUP | RESTORE | REVERT | ENABLE | DISABLE | TRY | CATCH
      | READTEXT | WRITETEXT | UPDATETEXT | SETUSER)
  | parenSoup
  ;

// ---------------------------------------------------------------- modules

createOrAlter
  : CREATE (OR ALTER)?
  | ALTER
  ;

createProcedure
  : createOrAlter (PROC | PROCEDURE) qualifiedName (SEMI INTEGER)?
    (LPAREN (procedureParameter (COMMA procedureParameter)*)? RPAREN
     | procedureParameter (COMMA procedureParameter)*)?
    (WITH moduleOption (COMMA moduleOption)*)?
    (FOR id)?
    AS (EXTERNAL id qualifiedName)?
  ;

procedureParameter
  : LOCAL_ID AS? (dataType | CURSOR) VARYING? (NOT? NULL_)? (EQUAL expression)? (OUTPUT | id)*
  ;

moduleOption
  : (EXEC | EXECUTE) AS (id | STRING | USER)
  | RETURNS NULL_ ON NULL_ id
  | id ON NULL_ id
  | id (EQUAL (ON | OFF))?
  ;

createFunction
  : createOrAlter FUNCTION qualifiedName LPAREN (procedureParameter (COMMA procedureParameter)*)? RPAREN
    RETURNS functionReturn
  ;

// The alternatives that carry no body leave it to the driver (it runs to the end of the batch).
functionReturn
  : TABLE functionOptions? AS? RETURN inlineQuery                         # inlineFunction
  | TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN functionOptions?
    (ORDER LPAREN indexColumn (COMMA indexColumn)* RPAREN)? AS EXTERNAL id qualifiedName
                                                                           # clrTableFunction
  | LOCAL_ID TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN functionOptions? AS?
                                                                           # multiStatementFunction
  | dataType functionOptions? AS? (EXTERNAL id qualifiedName)?            # scalarFunction
  ;

functionOptions
  : WITH moduleOption (COMMA moduleOption)*
  ;

inlineQuery
  : withClause? selectStatement
  | LPAREN withClause selectStatement RPAREN
  ;

createTrigger
  : createOrAlter TRIGGER qualifiedName ON (ALL id | DATABASE | qualifiedName)
    (WITH moduleOption (COMMA moduleOption)*)?
    (FOR | id OF?) triggerEvent (COMMA triggerEvent)*
    (WITH id)? (NOT FOR id)?
    AS (EXTERNAL id qualifiedName)?
  ;

triggerEvent
  : INSERT
  | UPDATE
  | DELETE
  | id
  ;

createView
  : createOrAlter VIEW qualifiedName (LPAREN idList RPAREN)? (WITH idList)?
    AS withClause? selectStatement (WITH CHECK OPTION)?
  ;

// ---------------------------------------------------------------- DDL

createTable
  : CREATE TABLE DOT* qualifiedName (LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN)?
    tableOption* (AS (id tableOption* | withClause? selectStatement))?
  ;

// `FEDERATED ON (c1 = c1)` (Azure federations), `TEXTIMAGE_ON [default]`, `WITH (...)`.
tableOption
  : ON storage
  | id (storage | ON parenSoup)
  | WITH parenSoup
  ;

storage
  : id (LPAREN id RPAREN)?
  | PRIMARY
  | DEFAULT
  | STRING
  ;

tableElement
  : columnDefinition
  | tableConstraint
  | tableIndex
  | periodForSystemTime
  ;

// A column without a type: the column list of CREATE TABLE ... AS SELECT (`(c1, c2)`), and the
// legacy `timestamp` column, which names its type by its name.
columnDefinition
  : id dataType columnOption*
  | id AS expression columnOption*
  | id ((CONSTRAINT id)? NOT? NULL_ columnOption*)?
  ;

columnOption
  : (CONSTRAINT id)? NOT? NULL_                                 # columnNullability
  | (CONSTRAINT id)? DEFAULT expression (WITH VALUES)?          # columnDefault
  | IDENTITY (LPAREN signedNumber COMMA signedNumber RPAREN)?   # columnIdentity
  | (CONSTRAINT id)? constraintBody                             # columnConstraint
  | COLLATE id                                                  # columnCollation
  | NOT FOR id                                                  # columnNotForReplication
  | id FOR id                                                   # columnSet
  | INDEX id (UNIQUE | CLUSTERED | NONCLUSTERED | id)* (LPAREN indexColumn (COMMA indexColumn)* RPAREN)?
    (INCLUDE LPAREN idList RPAREN)? (WHERE expression)? indexWith? (ON storage)? (id storage)?
                                                                # columnIndex
  | columnGeneratedAs                                           # columnGenerated
  | id (WITH parenSoup)?                                        # columnFlag
  ;

// `GENERATED ALWAYS AS ROW START HIDDEN`, `... AS SUSER_SNAME END`, `... AS TRANSACTION_ID START`.
columnGeneratedAs
  : id id AS id (id | END) id?
  ;

tableConstraint
  : (CONSTRAINT id)? constraintBody
  ;

tableIndex
  : INDEX id (UNIQUE | CLUSTERED | NONCLUSTERED | id)* (LPAREN indexColumn (COMMA indexColumn)* RPAREN)?
    (INCLUDE LPAREN idList RPAREN)? (WHERE expression)? (WITH parenSoup)? (ON storage)? (id storage)?
  ;

periodForSystemTime
  : id FOR id LPAREN id COMMA id RPAREN
  ;

constraintBody
  : (PRIMARY KEY | UNIQUE) (CLUSTERED | NONCLUSTERED)? id?
    (LPAREN indexColumn (COMMA indexColumn)* RPAREN)? indexWith? (ON storage)? (NOT id)?   # keyConstraint
  | (FOREIGN KEY (LPAREN idList RPAREN)?)? REFERENCES qualifiedName (LPAREN idList RPAREN)?
    (referentialAction | NOT FOR id | NOT id)*                                 # foreignKeyConstraint
  | CHECK (NOT FOR id)? LPAREN expression RPAREN                               # checkConstraint
  | DEFAULT expression FOR id (WITH VALUES)?                                   # defaultConstraint
  | id LPAREN qualifiedName TO qualifiedName (COMMA qualifiedName TO qualifiedName)* RPAREN
    referentialAction*                                                         # connectionConstraint
  ;

indexColumn
  : id (ASC | DESC)?
  ;

// `WITH (FILLFACTOR = 80)`, and the legacy list without parentheses:
// `WITH PAD_INDEX, FILLFACTOR = 23, SORTED_DATA_REORG`.
indexWith
  : WITH (parenSoup | legacyIndexOption (COMMA? legacyIndexOption)*)
  ;

legacyIndexOption
  : id (EQUAL (signedNumber | id | ON | OFF) (ON id parenSoup)?)?
  ;

referentialAction
  : ON (DELETE | UPDATE) (CASCADE | SET NULL_ | SET DEFAULT | NO ACTION)
  ;

// `CHAR VARYING`, `DOUBLE PRECISION`, `NATIONAL CHARACTER VARYING(10)`: the ISO spellings.
dataType
  : (NATIONAL id | qualifiedName) (VARYING | PRECISION)? (LPAREN dataTypeArg (COMMA dataTypeArg)? RPAREN)?
  ;

dataTypeArg
  : MAX
  | signedNumber
  | id? qualifiedName
  ;

// `CASCADE` / `RESTRICT` after the names: the ANSI form, which sqlfluff's fixtures write.
dropTable
  : DROP TABLE (IF EXISTS)? DOT* qualifiedName (COMMA DOT* qualifiedName)* (CASCADE | RESTRICT)?
  ;

alterTable
  : ALTER TABLE qualifiedName alterTableAction
  ;

alterTableAction
  : (WITH (CHECK | NOCHECK))? ADD alterTableAddItem (COMMA alterTableAddItem)*     # alterTableAdd
  | ALTER COLUMN id
    ( dataType (COLLATE id | columnGeneratedAs | id FOR id | id (WITH parenSoup)? | NOT? NULL_)*
      (WITH parenSoup)?
    | (ADD | DROP) (NOT FOR id | id) (WITH parenSoup)?
    )                                                                              # alterTableAlterColumn
  | ALTER INDEX id id (WITH parenSoup)?                                            # alterTableAlterIndex
  | DROP alterTableDropItem (COMMA alterTableDropItem)*                            # alterTableDrop
  | (WITH (CHECK | NOCHECK))? (CHECK | NOCHECK) CONSTRAINT (ALL | idList)          # alterTableCheck
  | (ENABLE | DISABLE) TRIGGER (ALL | idList)                                      # alterTableTrigger
  | SWITCH (PARTITION scalarExpression)? TO qualifiedName (PARTITION scalarExpression)?
    (WITH id? parenSoup)?                                                          # alterTableSwitch
  | SET parenSoup                                                                  # alterTableSet
  | (MERGE | id) id LPAREN expression RPAREN                                       # alterTableRange
  | id (PARTITION EQUAL (ALL | scalarExpression))? (WITH parenSoup)?               # alterTableRebuild
  | (ENABLE | DISABLE) id (WITH parenSoup)?                                        # alterTableChangeTracking
  ;

alterTableAddItem
  : columnDefinition
  | tableConstraint
  | tableIndex
  | periodForSystemTime
  ;

alterTableDropItem
  : COLUMN (IF EXISTS)? id
  | CONSTRAINT (IF EXISTS)? id (WITH parenSoup)?
  | INDEX (IF EXISTS)? id (WITH parenSoup)?
  | id FOR id
  | (IF EXISTS)? id (WITH parenSoup)?
  ;

createIndex
  : CREATE (UNIQUE | CLUSTERED | NONCLUSTERED | PRIMARY | ID)* INDEX id ON qualifiedName
    (LPAREN indexColumn (COMMA indexColumn)* RPAREN)?
    (INCLUDE LPAREN idList RPAREN)?
    (WHERE expression)?
    indexTail*
  ;

indexTail
  : indexWith
  | ORDER LPAREN idList RPAREN
  | ON storage
  | USING id
  | id storage
  ;

// The selective XML index forms `FOR (ADD path = '/a', REMOVE path2)` and `WITH XMLNAMESPACES (...)`
// keep their paths in the run.
alterIndex
  : ALTER INDEX (id | ALL) ON DOT* qualifiedName
    ( DISABLE
    | SET parenSoup
    | id (PARTITION EQUAL (ALL | scalarExpression))? (WITH parenSoup)?
    | (WITH id parenSoup)? FOR parenSoup
    )
  ;

dropIndex
  : DROP INDEX (IF EXISTS)? dropIndexItem (COMMA dropIndexItem)*
  ;

dropIndexItem
  : qualifiedName (ON qualifiedName)? (WITH parenSoup)?
  ;

// Every DROP of an object is a Drop node, so the PF10x rules see each one. The object type is
// its words (`SERVER AUDIT SPECIFICATION`, `EXTERNAL LIBRARY`); MASTER KEY and DATABASE ENCRYPTION
// KEY have no name, and DROP FULLTEXT INDEX names the table. `AUTHORIZATION u` (external library and
// language) and the ANSI `CASCADE` / `RESTRICT` sqlfluff writes follow the names.
dropObject
  : DROP dropObjectType (IF EXISTS)? DOT* qualifiedName (COMMA DOT* qualifiedName)*
    (ON (DATABASE | ALL id | qualifiedName))? (AUTHORIZATION id)? (CASCADE | RESTRICT | ID ID KEY)?
  | DROP (DATABASE ID | ID) KEY
  | DROP ID INDEX ON qualifiedName
  ;

dropObjectType
  : VIEW | PROC | PROCEDURE | FUNCTION | TRIGGER | SYNONYM | TYPE | SEQUENCE | SCHEMA
  | DATABASE (ID ID?)?
  | USER | LOGIN | ROLE | STATISTICS | DEFAULT | RULE
  | PARTITION (FUNCTION | ID)
  | EXTERNAL (TABLE | ID ID?)
  | COLUMN ID KEY
  | ID (TYPE | ROLE | KEY | GROUP | SCHEMA ID | ID ID?)?
  ;

createSchema
  : CREATE SCHEMA id? (AUTHORIZATION id)?
  ;

createType
  : CREATE TYPE qualifiedName
    ( FROM dataType (NOT? NULL_)?
    | AS TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN (WITH parenSoup)?
    | EXTERNAL id qualifiedName
    )
  ;

sequenceStatement
  : (CREATE | ALTER) SEQUENCE qualifiedName (AS dataType)? sequenceOption*
  ;

sequenceOption
  : AS dataType
  | NO id
  | id (WITH | BY)? signedNumber?
  ;

createSynonym
  : CREATE SYNONYM qualifiedName FOR qualifiedName
  ;

createStatistics
  : CREATE STATISTICS id ON qualifiedName LPAREN idList RPAREN (WHERE expression)?
    (WITH statisticsOption (COMMA statisticsOption)*)?
  ;

updateStatistics
  : UPDATE STATISTICS qualifiedName (id | LPAREN idList RPAREN)?
    (WITH statisticsOption (COMMA statisticsOption)*)?
  ;

// `RESAMPLE ON PARTITIONS (1, 3 TO 7)`; `ALL`, `INDEX` and `COLUMNS` choose the statistics.
statisticsOption
  : id ON id parenSoup
  | (id | ALL | INDEX) (EQUAL? (scalarExpression (PERCENT | id)? | ON | OFF))?
  ;

createDatabase
  : CREATE DATABASE id soupItem*
  ;

alterDatabase
  : ALTER DATABASE (id | CURRENT) otherSoup*
    (SET databaseOptionItem* (WITH ROLLBACK soupItem* | WITH databaseOptionItem*)?)?
  ;

createPrincipal
  : CREATE (USER | LOGIN | ROLE) id soupItem*
  ;

alterPrincipal
  : ALTER (USER | LOGIN) id (ENABLE | DISABLE | (ADD | DROP) id id | soupItem*)
  ;

alterRole
  : ALTER ID? ROLE id ((ADD | DROP) id id | WITH id EQUAL id)
  ;

partitionStatement
  : CREATE PARTITION FUNCTION id LPAREN dataType RPAREN AS id (LEFT | RIGHT)? FOR VALUES
    LPAREN (expression (COMMA expression)*)? RPAREN
  | CREATE PARTITION ID id AS PARTITION id ALL? TO LPAREN (PRIMARY | id) (COMMA (PRIMARY | id))* RPAREN
  | ALTER PARTITION FUNCTION id LPAREN RPAREN (MERGE | id) id LPAREN expression RPAREN
  | ALTER PARTITION ID id id id (PRIMARY | id)?
  ;

truncateTable
  : TRUNCATE TABLE DOT* qualifiedName (WITH parenSoup)?
  ;

// INSERT BULK is the form bulk-copy clients send (a table and its column definitions).
bulkInsert
  : BULK INSERT qualifiedName FROM (STRING | LOCAL_ID | INTEGER | id) (WITH parenSoup)?
  | INSERT BULK qualifiedName (LPAREN tableElement (COMMA tableElement)* RPAREN)? (WITH parenSoup)?
  ;

triggerToggle
  : (ENABLE | DISABLE) TRIGGER (ALL | qualifiedName (COMMA qualifiedName)*)
    ON (DATABASE | ALL id | qualifiedName)
  ;

// Statements no rule reads (CREATE ASSEMBLY, CREATE CERTIFICATE, BACKUP, RESTORE, ...): their kind
// and first name are kept, their options are an option run. Each starts with its own keywords; the
// few that start with a plain word have a fixed shape: COPY INTO t FROM 'url' (Azure Synapse),
// RENAME OBJECT a TO b (Synapse), SHUTDOWN WITH NOWAIT. USE FEDERATION f (k = 1) WITH FILTERING = ON,
// RESET (Azure federations) is not a USE of a database. ADD SENSITIVITY CLASSIFICATION and
// ADD SIGNATURE start with ADD, which an option run may still hold (ALTER ... ADD FILE): such a
// statement right after an option run without `;` or GO joins it; neither changes data.
otherStatement
  : CREATE (ID | DEFAULT | RULE | EXTERNAL | COLUMN) otherSoup* (SET otherSoup*)?
  | ALTER ID ID id ON (DATABASE | id) eventSessionChange (COMMA eventSessionChange)* (WITH parenSoup)?
  | ALTER (ID | EXTERNAL | COLUMN | SCHEMA) otherSoup* (SET otherSoup*)? (ENABLE | DISABLE)?
  | ALTER ID GROUP id (GRANT | DENY) CREATE ANY DATABASE
  | (BACKUP | RESTORE) soupItem*
  | (OPEN | CLOSE) ALL? ID KEY soupItem*
  | CLOSE ALL ID ID
  | BEGIN (DIALOG | CONVERSATION) soupItem*
  | ADD ID ID? TO signedObject (COMMA signedObject)* ((BY | WITH) soupItem*)?
  | DROP ID ID? FROM signedObject (COMMA signedObject)* ((BY | WITH) soupItem*)?
  | ID INTO qualifiedName parenSoup? FROM STRING (COMMA STRING)* (WITH parenSoup)?
  | ID ID DOUBLE_COLON? qualifiedName TO qualifiedName
  | ID WITH ID
  | USE ID id parenSoup? WITH id (EQUAL (ON | OFF))? (COMMA id (EQUAL (ON | OFF))?)*
  ;

// The object of ADD/DROP SIGNATURE and SENSITIVITY CLASSIFICATION: `dbo.p`, `OBJECT::dbo.p`.
// A name is never followed by a free token run here: SLL prediction follows every place a name can
// end, so a run that may start with `.` would make each `a.b` in the grammar look ahead to the end
// of the statement (it did: 4x slower parsing of real procedures).
signedObject
  : (id DOUBLE_COLON)? qualifiedName
  ;

// ALTER EVENT SESSION s ON SERVER ADD EVENT a.b (...), DROP EVENT c.d, DROP TARGET e.f: the DROPs
// are only read in this shape, after `ON SERVER` or a comma, so no DROP statement is taken in.
eventSessionChange
  : (ADD | DROP) ID qualifiedName parenSoup?
  ;

// `AFTER INSERT` in CREATE SECURITY POLICY: DML keywords right after a word stay in the run.
// DROP inside an ALTER (audit specifications, full-text indexes and stoplists, security policies,
// keys, federations) is read only in shapes no DROP statement has: DROP followed by '(', a string,
// ALL, NOT, or a word and then '(', BY or ON (DROP VALUE (...), DROP ENCRYPTION BY, DROP FILTER
// PREDICATE ON t). ALTER is read in `ALTER COLUMN c ADD x` (full-text indexes) and after a comma in
// `, ALTER FILTER PREDICATE f(c) ON t` (security policies).
otherSoup
  : COMMA ALTER ID ID qualifiedName parenSoup
  | soupItem
  | ID (INSERT | UPDATE | DELETE)
  | DROP (parenSoup | STRING | ALL | NOT | ID (parenSoup | BY | ID? ON))
  | ALTER COLUMN id (ADD | DROP) id
  ;

// ---------------------------------------------------------------- queries

cteStatement
  : withClause (selectStatement | insertStatement | updateStatement | deleteStatement | mergeStatement)
  ;

withClause
  : WITH withItem (COMMA withItem)*
  ;

withItem
  : id (LPAREN idList RPAREN)? AS LPAREN selectStatement RPAREN
  | id LPAREN xmlNamespace (COMMA xmlNamespace)* RPAREN
  | id LPAREN (BINARY | LOCAL_ID) RPAREN   // CHANGE_TRACKING_CONTEXT (0xff) before the DML
  ;

xmlNamespace
  : STRING AS id
  | DEFAULT STRING
  ;

selectStatement
  : queryExpression orderByClause? forClause? optionClause?
  ;

queryExpression
  : queryTerm ((UNION | EXCEPT | INTERSECT) ALL? queryTerm)*
  ;

queryTerm
  : querySpecification
  | LPAREN queryExpression orderByClause? RPAREN
  ;

querySpecification
  : SELECT (ALL | DISTINCT)? topClause? selectItem (COMMA selectItem)*
    (INTO qualifiedName (ON id)?)?
    fromClause?
    whereClause?
    groupByClause?
    (HAVING expression)?
    windowClause?
  ;

// `WINDOW w AS (PARTITION BY ...)`: WINDOW is a plain word, told apart by the `name AS (` after it.
windowClause
  : id windowDefinition (COMMA windowDefinition)*
  ;

windowDefinition
  : id AS LPAREN id? (PARTITION BY expression (COMMA expression)*)? orderByClause? windowFrame? RPAREN
  ;

topClause
  : TOP (LPAREN expression RPAREN | INTEGER | DECIMAL | FLOAT | LOCAL_ID) PERCENT? (WITH (TIES | id))?
  ;

selectItem
  : STAR
  | qualifiedName DOT STAR
  | LOCAL_ID assignmentOperator expression
  | (id | STRING) EQUAL expression
  | scalarExpression (AS? alias | AS nameKeyword)?
  | nameKeyword (AS? alias | AS nameKeyword)?
  ;

// Words that are tokens here but not reserved in T-SQL, so SQL Server takes them as a column or
// an alias in a select list (`SELECT CAST FROM (SELECT 1 AS CAST) t`). Only there: elsewhere they
// start statements or clauses.
nameKeyword
  : CAST | TRY_CAST | CATCH | DISABLE | ENABLE | OUTPUT | THROW | TRY | USING
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
  : DOT* qualifiedName (LPAREN functionArguments? RPAREN (tableHints | WITH qualifiedName)?)?
    (systemTime (AS? alias parenList?)? | graphPathAlias | (AS? alias parenList?))?
    (tableHints tableSample? | tableSample tableHints?)?                        # namedTable
  | DOUBLE_COLON id LPAREN functionArguments? RPAREN (AS? alias parenList?)?     # legacyFunctionTable
  | LOCAL_ID (DOT id LPAREN (expression (COMMA expression)*)? RPAREN)?
    (AS? alias parenList?)? tableHints?                                          # variableTable
  | id DOUBLE_COLON id LPAREN (expression (COMMA expression)*)? RPAREN (AS? alias parenList?)?
                                                                                 # staticMethodTable
  | LPAREN selectStatement RPAREN (AS? alias parenList?)?                        # derivedTable
  | LPAREN dmlSource RPAREN AS? alias parenList?                                 # dmlDerivedTable
  | LPAREN VALUES valuesRow (COMMA valuesRow)* RPAREN AS? alias parenList?       # valuesTable
  | LPAREN tableSource RPAREN                                                    # nestedTable
  | tablePrimary (PIVOT | UNPIVOT) LPAREN expression FOR qualifiedName IN LPAREN
    expression (COMMA expression)* RPAREN RPAREN AS? alias                       # pivotTable
  ;

// `edge FOR PATH AS e` in a SHORTEST_PATH query: the alias is required there.
graphPathAlias
  : FOR id AS alias
  ;

// DML with OUTPUT as a table source: the builder makes it a child statement of the query.
dmlSource
  : insertStatement
  | updateStatement
  | deleteStatement
  | mergeStatement
  ;

systemTime
  : FOR id (AS OF scalarExpression | FROM scalarExpression TO scalarExpression
            | BETWEEN scalarExpression AND scalarExpression | id IN LPAREN expression COMMA expression RPAREN
            | ALL)
  ;

// `AS x (a, b)` names the columns of a derived table; after a plain table the same shape is the
// legacy hint form `t x (NOLOCK)`. The AST builder tells them apart.
parenList
  : LPAREN tableHint (COMMA tableHint)* RPAREN
  ;

tableHints
  : WITH LPAREN tableHint (COMMA tableHint)* RPAREN
  ;

// Also the column list of OPENJSON / OPENXML ... WITH (name type 'path').
tableHint
  : INDEX (LPAREN expression (COMMA expression)* RPAREN | EQUAL expression)
  | id LPAREN (INTEGER | id) LPAREN idList RPAREN RPAREN   // FORCESEEK(1 (c1)), FORCESEEK(ix (c1))
  | id dataType (COLLATE id)? (NOT? NULL_)? (STRING | INTEGER)? (AS id)?
  | id (LPAREN (expression (COMMA expression)*)? RPAREN)? (EQUAL expression)?
  ;

tableSample
  : TABLESAMPLE id? LPAREN scalarExpression (PERCENT | id)? RPAREN (id LPAREN scalarExpression RPAREN)?
  ;

joinPart
  : (INNER | (LEFT | RIGHT | FULL) OUTER?)? (MERGE | id)? JOIN tableSource ON expression
  | CROSS JOIN tablePrimary
  | (CROSS | OUTER) APPLY tablePrimary
  ;

whereClause
  : WHERE expression
  ;

groupByClause
  : GROUP BY ALL? groupByItem (COMMA groupByItem)* (WITH id)?
  ;

groupByItem
  : GROUPING SETS LPAREN groupByItem (COMMA groupByItem)* RPAREN
  | LPAREN RPAREN
  | expression (WITH parenSoup)?   // WITH (DISTRIBUTED_AGG)
  ;

orderByClause
  : ORDER BY orderItem (COMMA orderItem)*
    (OFFSET expression id fetchRows? | fetchRows)?
  ;

// FETCH NEXT n ROWS ONLY, FETCH APPROXIMATE NEXT n ROWS ONLY
fetchRows
  : FETCH id id? expression id id
  ;

orderItem
  : expression (ASC | DESC)?
  ;

forClause
  : FOR id forOption? (COMMA forOption)*
  | FOR UPDATE (OF idList)?   // a cursor's select: FOR READ ONLY is the first form
  ;

forOption
  : id (LPAREN STRING? RPAREN)? id?
  ;

optionClause
  : OPTION parenSoup
  ;

insertStatement
  : INSERT topClause? INTO? dmlTarget (LPAREN DOT* qualifiedName (COMMA DOT* qualifiedName)* RPAREN)?
    outputClause?
    (VALUES valuesRow (COMMA valuesRow)* | selectStatement | cteSelect | executeStatement | DEFAULT VALUES)
    optionClause?
  ;

cteSelect
  : withClause selectStatement
  ;

valuesRow
  : LPAREN valueItem (COMMA valueItem)* RPAREN
  ;

valueItem
  : expression
  ;

outputClause
  : OUTPUT selectItem (COMMA selectItem)*
    (INTO dmlTarget (LPAREN DOT* qualifiedName (COMMA DOT* qualifiedName)* RPAREN)?)?
    (OUTPUT selectItem (COMMA selectItem)*)?
  ;

updateStatement
  : UPDATE topClause? dmlTarget SET setItem (COMMA setItem)* outputClause? fromClause?
    (WHERE (CURRENT OF id? (id | LOCAL_ID) | expression))? optionClause?
  ;

setItem
  : LOCAL_ID EQUAL qualifiedName assignmentOperator expression   // SET @a = c = c + 1
  | (qualifiedName | LOCAL_ID) assignmentOperator expression
  | qualifiedName LPAREN (expression (COMMA expression)*)? RPAREN
  | LOCAL_ID DOT id LPAREN (expression (COMMA expression)*)? RPAREN
  ;

deleteStatement
  : DELETE topClause? FROM? dmlTarget outputClause? fromClause?
    (WHERE (CURRENT OF id? (id | LOCAL_ID) | expression))? optionClause?
  ;

// A rowset function (`OPENQUERY(srv, 'q')`, `OPENDATASOURCE(...).db.s.t`, `dbo.f()`) can be the
// target too; its name is the function's.
dmlTarget
  : DOT* qualifiedName tableHints?
  | LOCAL_ID tableHints?
  | qualifiedName LPAREN functionArguments? RPAREN (DOT+ id)* tableHints?
  ;

mergeStatement
  : MERGE topClause? INTO? dmlTarget (AS? id)? USING tablePrimary ON expression
    mergeWhen+ outputClause? optionClause?
  ;

mergeWhen
  : WHEN NOT? id (BY id)? (AND expression)? THEN
    ( UPDATE SET setItem (COMMA setItem)*
    | DELETE
    | INSERT (LPAREN qualifiedName (COMMA qualifiedName)* RPAREN)? (VALUES valuesRow | DEFAULT VALUES)
    )
  ;

// ---------------------------------------------------------------- procedural

block
  : BEGIN (id WITH parenSoup)? (statementEntry | SEMI)* END
  ;

tryCatch
  : BEGIN TRY (statementEntry | SEMI)* END TRY SEMI? BEGIN CATCH (statementEntry | SEMI)* END CATCH
  ;

ifStatement
  : IF expression statementEntry (ELSE statementEntry)?
  ;

whileStatement
  : WHILE expression statementEntry
  ;

// The federation form is a tail of USE, not an alternative of its own: an alternative that ends
// early (`USE federation`) would win the prediction.
useStatement
  : USE id useFederation?
  ;

// Azure SQL federations (retired): USE FEDERATION f (k = 1) WITH FILTERING = ON, RESET
useFederation
  : id (LPAREN id EQUAL scalarExpression RPAREN)? WITH id (EQUAL (ON | OFF))?
    (COMMA id (EQUAL (ON | OFF))?)*
  ;

// `PRINT 'x %1!', @a` is the Sybase form that old scripts keep.
printStatement
  : PRINT expression (COMMA expression)*
  ;

transactionStatement
  : BEGIN DISTRIBUTED? (TRAN | TRANSACTION) (id | LOCAL_ID)? transactionMark?
  | COMMIT (TRAN | TRANSACTION | id)? (id | LOCAL_ID)? (WITH parenSoup)?
  | ROLLBACK (TRAN | TRANSACTION | id)? (id | LOCAL_ID)?
  | SAVE (TRAN | TRANSACTION) (id | LOCAL_ID)?
  ;

// WITH MARK ['description' | @description]
transactionMark
  : WITH id (STRING | LOCAL_ID)?
  ;

declareStatement
  : DECLARE declareItem (COMMA declareItem)*
  ;

declareItem
  : LOCAL_ID AS? TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN
  | LOCAL_ID AS? CURSOR (EQUAL expression)?
  | LOCAL_ID AS? dataType (NOT? NULL_)? (EQUAL expression)?
  ;

// `DECLARE @c CURSOR LOCAL ... FOR` is not T-SQL, but tools accept it and it hides nothing.
declareCursor
  : DECLARE (id | LOCAL_ID) id* CURSOR cursorBody
  ;

// FOR UPDATE [OF ...] after the query is the query's forClause.
cursorBody
  : id* FOR (selectStatement | cteSelect)
  ;

setStatement
  : SET LOCAL_ID EQUAL CURSOR cursorBody                                  # setCursor
  | SET LOCAL_ID assignmentOperator expression                            # setVariable
  | SET LOCAL_ID DOT id LPAREN (expression (COMMA expression)*)? RPAREN   # setMethod
  | SET TRANSACTION id id id id?                                          # setIsolation
  | SET id (COMMA id)* (ON | OFF)                                         # setOnOff
  | SET id qualifiedName (COMMA qualifiedName)* (ON | OFF)                # setNamedOnOff
  | SET id scalarExpression                                               # setValue
  ;

gotoStatement
  : GOTO id
  ;

labelStatement
  : id COLON
  ;

returnStatement
  : RETURN expression?
  ;

breakStatement
  : BREAK
  ;

continueStatement
  : CONTINUE
  ;

waitforStatement
  : WAITFOR (id scalarExpression | LPAREN brokerQuery RPAREN waitforTimeout?)
  ;

waitforTimeout
  : COMMA id scalarExpression
  ;

// RECEIVE ... FROM queue, GET CONVERSATION GROUP @g FROM queue: the words are plain IDs.
brokerQuery
  : id topClause? selectItem (COMMA selectItem)* FROM qualifiedName (INTO LOCAL_ID)? whereClause?
  | id CONVERSATION GROUP LOCAL_ID FROM qualifiedName
  ;

// Service Broker statements no rule reads; each starts with words no other statement starts with.
// Statements no rule reads, grouped to keep `statement` under 64 alternatives.
lesserStatement
  : brokerStatement
  | textPointerStatement
  | setuserStatement
  ;

// SETUSER ['user' [WITH NORESET]]: deprecated impersonation, SETUSER alone reverts it.
setuserStatement
  : SETUSER ((STRING | LOCAL_ID) (WITH id)?)?
  ;

// A standalone RECEIVE must start with TOP or `*`: `RECEIVE x ...` reads like a call without EXEC.
brokerStatement
  : id CONVERSATION GROUP LOCAL_ID FROM qualifiedName                           # getConversationGroup
  | id (topClause selectItem | STAR) (COMMA selectItem)* FROM qualifiedName (INTO LOCAL_ID)?
    whereClause?                                                                # receiveStatement
  | id ON CONVERSATION (LPAREN expression (COMMA expression)* RPAREN | LOCAL_ID)
    (id TYPE (id | LOCAL_ID))? (LPAREN expression RPAREN)?                      # sendStatement
  | END CONVERSATION scalarExpression (WITH (id EQUAL scalarExpression id EQUAL scalarExpression | id))?
                                                                                # endConversation
  | id CONVERSATION scalarExpression TO scalarExpression                       # moveConversation
  ;

// READTEXT / WRITETEXT / UPDATETEXT: deprecated text-pointer statements, with positional operands.
textPointerStatement
  : (READTEXT | WRITETEXT | UPDATETEXT) BULK? DOT* qualifiedName (LOCAL_ID | BINARY | INTEGER) textOperand*
  ;

textOperand
  : LOCAL_ID
  | signedNumber
  | BINARY
  | STRING
  | NULL_
  | WITH id
  | id EQUAL BINARY
  | qualifiedName
  ;

raiserrorStatement
  : RAISERROR LPAREN expression (COMMA expression)* RPAREN (WITH idList)?
  | RAISERROR (INTEGER | LOCAL_ID) (STRING | LOCAL_ID | QUOTED_ID) (COMMA expression)*
  ;

throwStatement
  : THROW (scalarExpression COMMA scalarExpression COMMA scalarExpression)?
  ;

cursorStatement
  : OPEN cursorName
  | CLOSE cursorName
  | DEALLOCATE cursorName
  | FETCH ((id scalarExpression?)? FROM)? cursorName (INTO LOCAL_ID (COMMA LOCAL_ID)*)?
  ;

// `GLOBAL` is not a token: `OPEN GLOBAL c` reads GLOBAL as the first word and the name after it.
cursorName
  : id id?
  | LOCAL_ID
  ;

executeStatement
  : (EXEC | EXECUTE) (LOCAL_ID EQUAL)? (remoteProcedure | qualifiedName | LOCAL_ID)
    (SEMI INTEGER)?
    (executeArgument (COMMA executeArgument)*)?
    (WITH executeOption (COMMA executeOption)*)?                                 # executeProcedure
  | (EXEC | EXECUTE) LPAREN expression (COMMA executeArgument)* RPAREN
    (AS (USER | LOGIN) EQUAL STRING)? (id id id?)?
    (WITH executeOption (COMMA executeOption)*)?                                 # executeString
  ;

// `EXEC OPENDATASOURCE('SQLNCLI', '...').db.schema.proc`: the procedure is the name after the call.
remoteProcedure
  : id LPAREN functionArguments RPAREN DOT qualifiedName
  ;

executeArgument
  : (LOCAL_ID EQUAL)? expression (OUTPUT | id)?
  ;

// Longest form first: a statement may follow, and SLL resolves the overlap to the first alternative.
executeOption
  : id SETS (id | parenSoup)
  | id parenSoup
  | id
  ;

procedureCallWithoutExec
  : qualifiedName (executeArgument (COMMA executeArgument)*)?
  ;

executeAsStatement
  : (EXEC | EXECUTE) AS (USER | LOGIN | id) (EQUAL STRING)? (WITH NO REVERT | WITH id EQUAL LOCAL_ID)?
  ;

revertStatement
  : REVERT (WITH id EQUAL LOCAL_ID)?
  ;

permissionStatement
  : (GRANT | DENY) permission (COMMA permission)* permissionOn? TO principal (COMMA principal)*
    (WITH GRANT OPTION)? (CASCADE)? (AS id)?
  | REVOKE (GRANT OPTION FOR)? permission (COMMA permission)* permissionOn?
    (TO | FROM) principal (COMMA principal)* CASCADE? (AS id)?
  ;

permission
  : permissionWord+ (LPAREN idList RPAREN)?
  ;

permissionWord
  : id | SELECT | INSERT | UPDATE | DELETE | EXEC | EXECUTE | REFERENCES | ALTER | CREATE | ALL
  | VIEW | TABLE | PROCEDURE | FUNCTION | DATABASE | SCHEMA | USER | ANY | TRIGGER | INDEX
  | BACKUP | CHECKPOINT | KILL | EXTERNAL | RULE | DEFAULT | TYPE | ROLE | LOGIN | SEQUENCE
  | SYNONYM | STATISTICS | DBCC | GROUP | KEY | OPEN | CLOSE | BULK | COLUMN
  ;

permissionOn
  : ON (permissionClass DOUBLE_COLON)? DOT* qualifiedName (LPAREN idList RPAREN)?
  ;

permissionClass
  : (id | SCHEMA | DATABASE | USER | ROLE | TYPE | LOGIN | KEY | EXTERNAL)+
  ;

// `TO NULL`: an old form the ScriptDom tests keep.
principal
  : id
  | PUBLIC
  | NULL_
  ;

alterAuthorization
  : ALTER AUTHORIZATION ON (permissionClass DOUBLE_COLON)? qualifiedName TO (id | SCHEMA id)
  ;

// DBCC SHRINKLOG (SIZE = 100 MB): the arguments are an option run; `WITH STAT_HEADER JOIN
// DENSITY_VECTOR` joins the result sets of SHOW_STATISTICS.
dbccStatement
  : DBCC id parenSoup?
    (WITH id (EQUAL expression)? ((COMMA | JOIN) id (EQUAL expression)?)*)?
  ;

checkpointStatement
  : CHECKPOINT INTEGER?
  ;

// KILL 53, KILL -12, KILL 'uow', KILL QUERY NOTIFICATION SUBSCRIPTION ALL, KILL STATS JOB 53.
killStatement
  : KILL (MINUS? INTEGER | STRING | LOCAL_ID | id (id id?)? (ALL | INTEGER)?) (WITH id)?
  ;

reconfigureStatement
  : RECONFIGURE (WITH id)?
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
    | IS NOT? DISTINCT FROM (scalarExpression | (ALL | SOME | ANY) LPAREN selectStatement RPAREN)
    | NOT? BETWEEN scalarExpression AND scalarExpression
    | NOT? IN LPAREN (selectStatement | expression (COMMA expression)*) RPAREN
    | NOT? LIKE scalarExpression (ESCAPE scalarExpression)?
    )?
  ;

scalarExpression
  : primary                                                                    # primaryExpression
  | scalarExpression id id id primary                                           # atTimeZoneExpression
  | op=(BIT_NOT | PLUS | MINUS) scalarExpression                               # unaryExpression
  | scalarExpression op=(STAR | DIVIDE | MODULE) scalarExpression              # multiplicativeExpression
  | scalarExpression op=(PLUS | MINUS | BIT_AND | BIT_XOR | BIT_OR | CONCAT) scalarExpression
                                                                               # additiveExpression
  | scalarExpression op=(SHIFT_LEFT | SHIFT_RIGHT) scalarExpression            # shiftExpression
  | scalarExpression COLLATE id                                                # collateExpression
  ;

primary
  : literal                                                              # literalPrimary
  | LOCAL_ID methodCall*                                                 # variablePrimary
  | CASE expression? (WHEN expression THEN expression)+ (ELSE expression)? END  # casePrimary
  | (CAST | TRY_CAST) LPAREN expression AS dataType RPAREN methodCall*  # castPrimary
  | (CONVERT | TRY_CONVERT) LPAREN dataType COMMA expression (COMMA expression)? RPAREN methodCall*
                                                                         # convertPrimary
  | NEXT id FOR qualifiedName overClause?                                # nextValuePrimary
  | functionName LPAREN functionArguments? RPAREN withinGroup? ((id id)? overClause)? methodCall*
                                                                         # functionCallPrimary
  | qualifiedName DOUBLE_COLON id (LPAREN functionArguments? RPAREN)?    # staticCallPrimary
  | qualifiedName                                                        # columnPrimary
  | LPAREN selectStatement RPAREN methodCall*                            # subqueryPrimary
  | LPAREN expression (COMMA expression)* RPAREN (methodCall | DOT id)*  # parenthesizedPrimary
  | USER                                                                 # userPrimary
  | LBRACE id (expression | (CONVERT | DATABASE | USER | INSERT | TRUNCATE) LPAREN functionArguments? RPAREN) RBRACE
                                                                         # odbcPrimary
  ;

functionArguments
  : STAR
  | (ALL | DISTINCT)? functionArgument (COMMA functionArgument)* functionTail*
  | functionTail+
  ;

// JSON_OBJECT(... ABSENT ON NULL), JSON_VALUE(... RETURNING int).
functionTail
  : (NULL_ | id)? ON NULL_
  | id dataType
  | WITH id id
  | orderByClause
  ;

// `PARSE(x AS date USING 'de-DE')`, `TRIM(' ' FROM x)`, `OPENROWSET(BULK 'f', SINGLE_BLOB)`.
functionArgument
  : expression (AS dataType (USING expression)? | FROM expression | COLON expression
                | USE id id (id expression)?)?
  | BULK expression
  | ORDER LPAREN orderItem (COMMA orderItem)* RPAREN UNIQUE?   // OPENROWSET(BULK ..., ORDER (c))
  | (TABLE | COLUMN) EQUAL expression (AS id)?                 // VECTOR_SEARCH(TABLE = t AS s, ...)
  | STRING SEMI STRING SEMI STRING   // OPENROWSET('provider', 'server';'user';'password', ...)
  | STAR
  | id (LOCAL_ID | qualifiedName | STRING | INTEGER) (FROM expression)?
    // CONTAINSTABLE(t, *, 'x', LANGUAGE 1033), CHANGETABLE(CHANGES t, 0), TRIM(LEADING 'x' FROM s)
  | LPAREN (STAR | qualifiedName DOT STAR) RPAREN   // CONTAINS((t.*), 'x')
  | qualifiedName DOT STAR
  | graphPattern (AND graphPattern)*
  ;

// MATCH (a-(knows)->b AND b<-(likes)-c), MATCH (SHORTEST_PATH(a (-(knows)->b)+))
graphPattern
  : id graphStep+
  | id LPAREN graphPath RPAREN
  | id LPAREN id RPAREN EQUAL id LPAREN id RPAREN   // LAST_NODE(a) = LAST_NODE(b)
  ;

// The repeated part of a SHORTEST_PATH: `a (-(e)->b)+` or `(a-(e)->)+ b`, `{1,3}` for a range.
graphPath
  : id LPAREN graphStep+ RPAREN graphQuantifier
  | LPAREN id graphStep* graphArrow RPAREN graphQuantifier id
  ;

graphQuantifier
  : PLUS
  | LBRACE INTEGER COMMA INTEGER RBRACE
  ;

graphStep
  : graphArrow id
  ;

graphArrow
  : MINUS LPAREN id RPAREN MINUS GREATER
  | LESS MINUS LPAREN id RPAREN MINUS
  ;

methodCall
  : DOT id LPAREN functionArguments? RPAREN
  ;

// WITHIN GROUP (ORDER BY ...), and WITHIN GROUP (GRAPH PATH) over a SHORTEST_PATH match.
withinGroup
  : id GROUP LPAREN (orderByClause | id id) RPAREN
  ;

overClause
  : OVER LPAREN id? (PARTITION BY expression (COMMA expression)*)? orderByClause? windowFrame? RPAREN
  | OVER id
  ;

windowFrame
  : id (BETWEEN windowBound AND windowBound | windowBound)
  ;

windowBound
  : (CURRENT | scalarExpression) id
  ;

functionName
  : qualifiedName
  | LEFT
  | RIGHT
  | IDENTITY
  | UPDATE
  ;

literal
  : STRING
  | INTEGER
  | DECIMAL
  | FLOAT
  | MONEY
  | BINARY
  | NULL_
  | DEFAULT
  | PARAM_MARKER
  ;

// `*=` and `=*` are the legacy outer-join comparisons; SQL Server also takes `> =`, `< =`, `< >`
// with blanks between the characters.
comparisonOperator
  : EQUAL STAR? | MULT_ASSIGN | LESS EQUAL | GREATER EQUAL | LESS GREATER | BANG (EQUAL | LESS | GREATER)
  | NOT_EQUAL | LESS | GREATER | LESS_EQUAL | GREATER_EQUAL | NOT_LESS | NOT_GREATER
  ;

assignmentOperator
  : EQUAL | PLUS_ASSIGN | MINUS_ASSIGN | MULT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
  | XOR_ASSIGN | OR_ASSIGN | CONCAT_ASSIGN
  ;

signedNumber
  : (PLUS | MINUS)? (INTEGER | DECIMAL | FLOAT)
  ;

// ---------------------------------------------------------------- names

// `server.database.schema.object`, `database..object` (an empty part is the default schema).
// Leading dots, which omit the first parts (`.db..t`), are read only where a keyword comes just
// before the name (`FROM`, `TABLE`, `ON`, `INTO`: `DOT* qualifiedName`): SLL prediction follows every
// place a name can end, so a name that may start with `.` anywhere else (a procedure call, an
// expression) makes every `a.b` in the grammar look ahead to the end of its statement.
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
  | SQLCMD_VAR
  | DOLLAR_ID
  | keywordAsIdentifier
  ;

keywordAsIdentifier
  : ACTION
  | APPLY
  | CONVERSATION
  | DIALOG
  | GROUPING
  | INCLUDE
  | LOGIN
  | MAX
  | NEXT
  | NO
  | OFFSET
  | PARTITION
  | PRECISION
  | RESTRICT
  | RETURNS
  | ROLE
  | SEQUENCE
  | SETS
  | STATISTICS
  | SWITCH
  | SYNONYM
  | TIES
  | TYPE
  ;
