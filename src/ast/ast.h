// Front door of the AST stage: Preflight's own typed syntax tree, with source ranges.
// Nothing here knows about ANTLR; src/parse/ builds these nodes and copies what rules need.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pf::ast {

using source::SourcePosition;
using source::SourceRange;

// Every statement kind, once. The list generates the Kind enum, kind names, the rule hooks
// (rules/rule.h) and their dispatch, so adding a node kind is one line here plus its struct.
#define PF_AST_STATEMENT_KINDS(X) \
  X(CreateTable)                  \
  X(DropTable)                    \
  X(Select)                       \
  X(Insert)                       \
  X(Update)                       \
  X(Delete)                       \
  X(Merge)                        \
  X(Block)                        \
  X(If)                           \
  X(While)                        \
  X(TryCatch)                     \
  X(Use)                          \
  X(Print)                        \
  X(Transaction)                  \
  X(CreateProcedure)              \
  X(CreateFunction)               \
  X(CreateTrigger)                \
  X(CreateView)                   \
  X(Declare)                      \
  X(DeclareCursor)                \
  X(SetVariable)                  \
  X(SetOption)                    \
  X(SetTransactionIsolation)      \
  X(Goto)                         \
  X(Label)                        \
  X(Return)                       \
  X(Break)                        \
  X(Continue)                     \
  X(WaitFor)                      \
  X(Raiserror)                    \
  X(Throw)                        \
  X(CursorOperation)              \
  X(Execute)                      \
  X(ExecuteAs)                    \
  X(Revert)                       \
  X(Permission)                   \
  X(AlterAuthorization)           \
  X(Dbcc)                         \
  X(Checkpoint)                   \
  X(Kill)                         \
  X(Reconfigure)                  \
  X(AlterTable)                   \
  X(CreateIndex)                  \
  X(AlterIndex)                   \
  X(Drop)                         \
  X(CreateSchema)                 \
  X(CreateType)                   \
  X(Sequence)                     \
  X(CreateSynonym)                \
  X(CreateStatistics)             \
  X(UpdateStatistics)             \
  X(CreateDatabase)               \
  X(AlterDatabase)                \
  X(CreatePrincipal)              \
  X(AlterPrincipal)               \
  X(AlterRole)                    \
  X(PartitionObject)              \
  X(Truncate)                     \
  X(BulkInsert)                   \
  X(TriggerToggle)                \
  X(OtherStatement)               \
  X(Unparsed)

enum class Kind {
#define PF_AST_ENUM(name) name,
  PF_AST_STATEMENT_KINDS(PF_AST_ENUM)
#undef PF_AST_ENUM
};

[[nodiscard]] std::string_view kind_name(Kind kind);

// A list that stays empty in almost every node that has one: one pointer while empty, where an
// empty std::vector takes three. A 50 MB script has close to a million statements, so two words
// saved in each is tens of megabytes (issue 8). Only what the AST needs: append, read, iterate.
template <class T>
class RareList {
 public:
  RareList() = default;
  RareList(const RareList& other)
      : items_(other.items_ ? std::make_unique<std::vector<T>>(*other.items_) : nullptr) {}
  RareList(RareList&&) noexcept = default;
  RareList& operator=(const RareList& other) {
    if (this != &other) *this = RareList(other);
    return *this;
  }
  RareList& operator=(RareList&&) noexcept = default;
  ~RareList() = default;

  [[nodiscard]] bool empty() const { return items_ == nullptr; }
  [[nodiscard]] std::size_t size() const { return items_ ? items_->size() : 0; }
  [[nodiscard]] const T& operator[](std::size_t i) const { return (*items_)[i]; }  // i < size()
  [[nodiscard]] const T* begin() const { return items_ ? items_->data() : nullptr; }
  [[nodiscard]] const T* end() const { return begin() + size(); }
  void push_back(T item) {
    if (!items_) items_ = std::make_unique<std::vector<T>>();
    items_->push_back(std::move(item));
  }

 private:
  std::unique_ptr<std::vector<T>> items_;  // null while empty, never an empty vector
};

struct Identifier {
  std::string value;  // without brackets or quotes, escapes resolved (`]]` -> `]`)
  SourceRange range;
};

// A multi-part name: `server.database.schema.object`, `database..object`, `#temp`, `@table`.
class ObjectName {
 public:
  ObjectName() = default;
  // As written, outermost first: `ObjectName{"dbo", "Orders"}`.
  explicit ObjectName(std::initializer_list<std::string_view> parts);

  // The parts as written, outermost first; an omitted middle part (`db..t`) is an empty string.
  [[nodiscard]] std::size_t size() const;
  [[nodiscard]] bool empty() const { return parts_.empty(); }
  [[nodiscard]] std::string_view part(std::size_t i) const;  // i < size()
  [[nodiscard]] std::vector<std::string> parts() const;
  // `part` must not contain a NUL character (see parts_).
  void push_back(std::string_view part);
  void pop_back();  // not empty()

  [[nodiscard]] std::string_view object() const;
  [[nodiscard]] std::string_view schema() const;    // empty when not written
  [[nodiscard]] std::string_view database() const;  // empty when not written
  [[nodiscard]] bool is_temporary() const;          // `#local` or `##global`
  [[nodiscard]] bool is_variable() const;           // a table variable, `@t`
  // `dbo.Orders`; a part that is not a regular identifier is shown in brackets.
  [[nodiscard]] std::string display() const;

  // A name written inside a string, as sp_rename takes it: `dbo.Orders.Amount` or
  // `[dbo].[Orders]` -> parts, brackets removed.
  [[nodiscard]] static ObjectName from_text(std::string_view text);

  // The same parts, byte for byte, at the same place. This is not SQL Server's comparison of
  // names, which ignores case: model::object_key gives that.
  friend bool operator==(const ObjectName& a, const ObjectName& b) {
    return a.parts_ == b.parts_ && a.range == b.range;
  }
  friend bool operator!=(const ObjectName& a, const ObjectName& b) { return !(a == b); }

  SourceRange range;

 private:
  // Every part followed by a NUL: `dbo\0Orders\0`. A script has millions of names, and one string
  // keeps a short one inline (small-string optimisation) where a vector of strings costs a heap
  // buffer for the vector and more for long parts. NUL cannot occur in a part: decoding rejects
  // it in a source file (source/decode.cpp), and every part comes from a script's text.
  // Terminators rather than separators keep `{}` and `{""}` apart.
  std::string parts_;
};

struct DataType {
  std::string name;               // as written, e.g. `nvarchar` or `dbo.Amount`
  std::vector<std::string> args;  // `max`, `10`, `2`
  SourceRange range;
};

// A string literal without the N prefix that holds a character outside ASCII, written into a
// column as it stands (an INSERT ... VALUES item, UPDATE ... SET c = '...', a DEFAULT). SQL Server
// reads such a literal in the database's code page, where the character may not exist (PF823).
struct NonUnicodeString {
  std::string column;  // the column it is written into, when the statement names it
  SourceRange range;   // the literal
};

struct ColumnDefinition {
  Identifier name;
  std::optional<DataType> type;  // absent for a computed column
  std::optional<bool> nullable;  // absent when neither NULL nor NOT NULL is written
  bool has_default = false;
  bool identity = false;
  bool computed = false;
  bool persisted = false;  // a computed column stored in every row: `AS a * b PERSISTED`
  // The DEFAULT gives each row its own value (NEWID(), NEWSEQUENTIALID()), so adding the column
  // writes every row; a literal or a runtime constant such as SYSDATETIME() does not.
  bool default_per_row = false;
  bool default_with_values =
      false;  // DEFAULT ... WITH VALUES: fills existing rows of a NULL column
  std::optional<NonUnicodeString> non_unicode_default;  // DEFAULT 'é'
  SourceRange range;
};

enum class ConstraintKind { PrimaryKey, Unique, ForeignKey, Check, Default };

struct TableConstraint {
  std::optional<std::string> name;
  ConstraintKind kind;
  SourceRange range;
  std::optional<NonUnicodeString> non_unicode_default = {};  // DEFAULT 'é' FOR c
};

// A table (or table-valued function, view, table variable) a statement reads or writes, with the
// table hints written for it: `WITH (NOLOCK)`, the legacy `t x (NOLOCK)`, or `t (NOLOCK)`.
// `ONLINE = ON | OFF` and `WAIT_AT_LOW_PRIORITY` in the WITH options of an index build or
// rebuild (CREATE INDEX, ALTER INDEX, ALTER TABLE ... REBUILD, ADD PRIMARY KEY / UNIQUE).
struct OnlineOption {
  std::optional<bool> online;  // when ONLINE is written
  bool wait_at_low_priority = false;
  SourceRange range;  // `ONLINE = OFF` as written; empty when not written
};

struct TableReference {
  ObjectName name;
  std::string alias;                  // `o` in `dbo.Orders AS o`; empty when none
  RareList<std::string> hints;        // upper case, e.g. `NOLOCK`, `INDEX`; most tables have none
  RareList<SourceRange> hint_ranges;  // where each of `hints` is written, in the same order
  SourceRange range;
};

struct Statement {
  Statement(Kind k, SourceRange r) : kind(k), range(r) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  virtual ~Statement() = default;

  // Statements nested in this one (block, branch and module bodies), in source order.
  virtual void for_each_child(const std::function<void(const Statement&)>& visit) const;

  const Kind kind;
  // From the first token to the last, without leading comments or the closing `;`.
  SourceRange range;
  // Every table this statement itself names, subqueries included; statements nested in it (a
  // block's statements, a module's body) carry their own.
  std::vector<TableReference> table_references;
  // DML used as a table source, `FROM (DELETE ... OUTPUT deleted.*) AS d`: it writes as well, so
  // it is a child statement that rules see like any other.
  RareList<std::unique_ptr<Statement>> dml_sources;
};

using StatementPtr = std::unique_ptr<Statement>;
using StatementList = std::vector<StatementPtr>;

// ---------------------------------------------------------------- modules

// CREATE / ALTER / CREATE OR ALTER of a procedure, function, trigger or view. One kind per object
// type; `is_alter` and `or_alter` say which verb was written.
struct Module : Statement {
  Module(Kind k, SourceRange r) : Statement(k, r) {}
  void for_each_child(const std::function<void(const Statement&)>& visit) const override;
  ObjectName name;
  bool is_alter = false;  // ALTER PROCEDURE ...
  bool or_alter = false;  // CREATE OR ALTER PROCEDURE ...
  bool external = false;  // AS EXTERNAL NAME (CLR): no T-SQL body
  // The body. For a procedure, trigger, scalar or multi-statement function it is every statement
  // after `AS` up to the end of the batch, as SQL Server reads it; for a view or an inline function
  // it is the one query.
  StatementList body;
  // Set while parsing: the driver appends the rest of the batch to `body`.
  bool body_runs_to_end_of_batch = false;
};

struct Parameter {
  std::string name;  // `@id`
  DataType type;
  bool output = false;
  bool has_default = false;
  bool read_only = false;
};

struct CreateProcedure final : Module {
  explicit CreateProcedure(SourceRange r) : Module(Kind::CreateProcedure, r) {}
  std::vector<Parameter> parameters;
};

struct CreateFunction final : Module {
  enum class Form { Scalar, InlineTable, MultiStatementTable, ClrTable };
  explicit CreateFunction(SourceRange r) : Module(Kind::CreateFunction, r) {}
  Form form = Form::Scalar;
  std::vector<Parameter> parameters;
  std::optional<DataType> return_type;  // scalar functions
};

struct CreateTrigger final : Module {
  enum class Timing { For, After, InsteadOf };
  explicit CreateTrigger(SourceRange r) : Module(Kind::CreateTrigger, r) {}
  std::optional<ObjectName> table;  // DML trigger
  std::string scope;                // `DATABASE` or `ALL SERVER` for a DDL trigger
  Timing timing = Timing::For;
  std::vector<std::string> events;  // upper case: INSERT, UPDATE, DELETE, CREATE_TABLE, ...
};

struct CreateView final : Module {
  explicit CreateView(SourceRange r) : Module(Kind::CreateView, r) {}
};

// ---------------------------------------------------------------- DDL

struct CreateTable final : Statement {
  explicit CreateTable(SourceRange r) : Statement(Kind::CreateTable, r) {}
  ObjectName name;
  std::vector<ColumnDefinition> columns;
  std::vector<TableConstraint> constraints;
  bool system_versioned = false;  // WITH (SYSTEM_VERSIONING = ON ...)
};

struct DropTable final : Statement {
  explicit DropTable(SourceRange r) : Statement(Kind::DropTable, r) {}
  bool if_exists = false;
  std::vector<ObjectName> tables;
};

struct AlterTableAction {
  enum class Type {
    AddColumn,
    AddConstraint,
    AddIndex,
    AddPeriod,
    AlterColumn,
    DropColumn,
    DropConstraint,
    DropPeriod,
    DropIndex,          // memory-optimized tables: ALTER TABLE t DROP INDEX i
    CheckConstraint,    // CHECK CONSTRAINT (re-enable)
    NocheckConstraint,  // NOCHECK CONSTRAINT (disable)
    EnableTrigger,
    DisableTrigger,
    Switch,
    Set,
    Rebuild,
    ChangeTracking,
  };
  Type type;
  std::optional<ColumnDefinition> column;     // AddColumn, AlterColumn (type, nullability)
  std::optional<TableConstraint> constraint;  // AddConstraint
  std::vector<std::string> names;  // dropped columns/constraints, checked constraints, triggers
  bool all = false;                // CHECK CONSTRAINT ALL, ENABLE TRIGGER ALL
  bool if_exists = false;
  std::optional<bool> with_check;  // WITH CHECK (true) / WITH NOCHECK (false)
  std::optional<ObjectName> switch_target;
  OnlineOption online;  // Rebuild, AlterColumn, and AddConstraint of a PRIMARY KEY or UNIQUE
  SourceRange range;
};

struct AlterTable final : Statement {
  explicit AlterTable(SourceRange r) : Statement(Kind::AlterTable, r) {}
  ObjectName name;
  std::vector<AlterTableAction> actions;
};

struct CreateIndex final : Statement {
  explicit CreateIndex(SourceRange r) : Statement(Kind::CreateIndex, r) {}
  std::string name;
  ObjectName table;
  bool unique = false;
  std::optional<bool> clustered;  // CLUSTERED / NONCLUSTERED when written
  bool columnstore = false;
  std::vector<std::string> columns;
  std::vector<std::string> included;
  bool filtered = false;  // WHERE ...
  OnlineOption online;
};

struct AlterIndex final : Statement {
  explicit AlterIndex(SourceRange r) : Statement(Kind::AlterIndex, r) {}
  std::string name;  // empty for ALL
  bool all = false;
  ObjectName table;
  std::string action;  // upper case: REBUILD, REORGANIZE, DISABLE, SET, ...
  OnlineOption online;
};

struct DropTarget {
  ObjectName name;
  std::optional<ObjectName> table;  // DROP INDEX ix ON t
};

// DROP of everything but tables (those are DropTable): INDEX, VIEW, PROCEDURE, FUNCTION, TRIGGER,
// SYNONYM, TYPE, SEQUENCE, SCHEMA, DATABASE, USER, LOGIN, ROLE, STATISTICS, ...
struct Drop final : Statement {
  explicit Drop(SourceRange r) : Statement(Kind::Drop, r) {}
  std::string object_type;  // upper case, words joined by a space: `PROCEDURE`, `PARTITION SCHEME`
  bool if_exists = false;
  std::vector<DropTarget> targets;
};

struct CreateSchema final : Statement {
  explicit CreateSchema(SourceRange r) : Statement(Kind::CreateSchema, r) {}
  std::string name;
  std::optional<std::string> owner;
};

struct CreateType final : Statement {
  explicit CreateType(SourceRange r) : Statement(Kind::CreateType, r) {}
  ObjectName name;
  bool is_table = false;
  std::optional<DataType> base_type;  // CREATE TYPE x FROM nvarchar(20)
  std::vector<ColumnDefinition> columns;
};

struct Sequence final : Statement {
  explicit Sequence(SourceRange r) : Statement(Kind::Sequence, r) {}
  ObjectName name;
  bool is_alter = false;
};

struct CreateSynonym final : Statement {
  explicit CreateSynonym(SourceRange r) : Statement(Kind::CreateSynonym, r) {}
  ObjectName name;
  ObjectName target;
};

struct CreateStatistics final : Statement {
  explicit CreateStatistics(SourceRange r) : Statement(Kind::CreateStatistics, r) {}
  std::string name;
  ObjectName table;
};

struct UpdateStatistics final : Statement {
  explicit UpdateStatistics(SourceRange r) : Statement(Kind::UpdateStatistics, r) {}
  ObjectName table;
};

// A file on the database server's own disks or shares, written as a string literal where a
// statement takes one: `FILENAME = 'D:\data\x.mdf'`, `TO DISK = '...'`, `BULK INSERT t FROM '...'`.
struct FilePath {
  std::string value;  // quotes and escapes removed
  SourceRange range;  // the literal
};

// A password or secret written in a statement as a literal: `PASSWORD = 'x'`, `OLD_PASSWORD =
// N'x'`, `SECRET = 'x'`, `PASSWORD = 0x0200... HASHED` (PF319). Reports never show its text.
struct SecretLiteral {
  std::string option;   // upper case: PASSWORD, OLD_PASSWORD, SECRET
  SourceRange range;    // the literal, `N` and quotes included
  bool hashed = false;  // a password hash (`0x...` or `... HASHED`), not the password itself
};

struct CreateDatabase final : Statement {
  explicit CreateDatabase(SourceRange r) : Statement(Kind::CreateDatabase, r) {}
  std::string name;                  // `SCOPED` for CREATE DATABASE SCOPED CREDENTIAL
  std::vector<FilePath> file_paths;  // FILENAME = '...'
  RareList<SecretLiteral> secrets;   // CREATE DATABASE SCOPED CREDENTIAL c WITH ..., SECRET = '...'
};

// `SET TRUSTWORTHY ON` -> {TRUSTWORTHY, ON}; `SET RECOVERY SIMPLE` -> {RECOVERY, SIMPLE}.
struct DatabaseOption {
  std::string name;   // upper case
  std::string value;  // upper case for words, as written for literals; empty if none
  SourceRange range;  // from the name to the value
};

struct AlterDatabase final : Statement {
  explicit AlterDatabase(SourceRange r) : Statement(Kind::AlterDatabase, r) {}
  std::string name;  // `CURRENT` for ALTER DATABASE CURRENT
  std::vector<DatabaseOption> set_options;
  std::vector<FilePath> file_paths;  // ADD FILE / MODIFY FILE (FILENAME = '...')
  RareList<SecretLiteral> secrets;   // ALTER DATABASE SCOPED CREDENTIAL c WITH ..., SECRET = '...'
};

// CREATE USER / LOGIN / ROLE.
struct CreatePrincipal final : Statement {
  explicit CreatePrincipal(SourceRange r) : Statement(Kind::CreatePrincipal, r) {}
  std::string principal_type;  // USER, LOGIN, ROLE
  std::string name;
  RareList<SecretLiteral> secrets;  // WITH PASSWORD = '...'
};

// ALTER USER / LOGIN.
struct AlterPrincipal final : Statement {
  explicit AlterPrincipal(SourceRange r) : Statement(Kind::AlterPrincipal, r) {}
  std::string principal_type;
  std::string name;
  SourceRange name_range;
  bool enable = false;              // ALTER LOGIN x ENABLE
  RareList<SecretLiteral> secrets;  // WITH PASSWORD = '...' [OLD_PASSWORD = '...']
};

// ALTER [SERVER] ROLE r ADD|DROP MEMBER m, ALTER ROLE r WITH NAME = n.
struct AlterRole final : Statement {
  explicit AlterRole(SourceRange r) : Statement(Kind::AlterRole, r) {}
  bool server_role = false;
  std::string role;
  std::optional<std::string> added_member;
  std::optional<std::string> dropped_member;
};

// CREATE / ALTER PARTITION FUNCTION / SCHEME.
struct PartitionObject final : Statement {
  explicit PartitionObject(SourceRange r) : Statement(Kind::PartitionObject, r) {}
  bool is_alter = false;
  bool is_scheme = false;
  std::string name;
  // ALTER PARTITION FUNCTION: `SPLIT` or `MERGE`, and `SPLIT RANGE (100)` as written.
  std::string action;
  SourceRange action_range;
};

struct Truncate final : Statement {
  explicit Truncate(SourceRange r) : Statement(Kind::Truncate, r) {}
  ObjectName table;
  bool partitions = false;  // WITH (PARTITIONS (...)): only some partitions
};

struct BulkInsert final : Statement {
  explicit BulkInsert(SourceRange r) : Statement(Kind::BulkInsert, r) {}
  ObjectName table;
  std::vector<FilePath> file_paths;  // FROM '...', and FORMATFILE / ERRORFILE = '...'
};

// ENABLE / DISABLE TRIGGER.
struct TriggerToggle final : Statement {
  explicit TriggerToggle(SourceRange r) : Statement(Kind::TriggerToggle, r) {}
  bool enable = false;
  bool all = false;
  std::vector<ObjectName> triggers;
  std::string scope;  // the table, `DATABASE` or `ALL SERVER`
};

// Statements no rule inspects (CREATE ASSEMBLY, CERTIFICATE, EVENT SESSION, BACKUP, RESTORE, ...):
// only their leading keywords and object name are kept; their options are skipped as balanced runs.
struct OtherStatement final : Statement {
  explicit OtherStatement(SourceRange r) : Statement(Kind::OtherStatement, r) {}
  std::string verb;  // upper case: `CREATE ASSEMBLY`, `BACKUP DATABASE`, ...
  std::string name;  // the first name after the verb, when there is one
  // Every word after the verb, upper case, in order, parentheses included (`FROM`, `DISK`, `WITH`,
  // `REPLACE` in RESTORE DATABASE d FROM DISK = 'f' WITH REPLACE); strings and numbers left out.
  std::vector<std::string> words;
  std::vector<SourceRange> word_ranges;  // where each of `words` is written
  std::vector<FilePath> file_paths;  // BACKUP ... TO DISK = '...', RESTORE ... FROM DISK = '...'
  // CREATE CREDENTIAL ... SECRET = '...', CREATE MASTER KEY ENCRYPTION BY PASSWORD = '...', ...
  RareList<SecretLiteral> secrets;
  // ALTER SCHEMA s TRANSFER [class::]name: the object moved into schema `name`, and its class,
  // upper case (`TYPE`, `XML SCHEMA COLLECTION`), empty for a plain or `OBJECT::` name.
  std::optional<ObjectName> transferred;
  std::string transferred_class;
};

// ---------------------------------------------------------------- DML

struct Select final : Statement {
  explicit Select(SourceRange r) : Statement(Kind::Select, r) {}
  std::optional<ObjectName> into;  // SELECT ... INTO creates this table
  bool has_cte = false;
  // `*` and `t.*` in the select lists of the query itself (every branch of a UNION), not in its
  // subqueries or CTEs: the columns it returns follow the tables' columns.
  RareList<SourceRange> star_columns;
};

struct Insert final : Statement {
  enum class Source { Values, Select, Execute, DefaultValues };
  explicit Insert(SourceRange r) : Statement(Kind::Insert, r) {}
  ObjectName target;
  Source source = Source::Values;
  bool has_output = false;
  // A column list is written: `INSERT t (a, b) ...`. Only whether, not the names: a data script
  // has a million INSERTs, each with its list.
  bool has_column_list = false;
  RareList<NonUnicodeString> non_unicode_values;  // VALUES items
};

// UPDATE and DELETE: they choose the rows they write the same way.
struct RowWrite : Statement {
  RowWrite(Kind k, SourceRange r) : Statement(k, r) {}
  ObjectName target;
  bool has_from = false;
  bool has_where = false;
  // The WHERE is certainly true for every row it can see (`1 = 1`, `NOT 1 = 0`, `x = x`,
  // `EXISTS (SELECT 1)`): it bounds nothing.
  bool where_always_true = false;
  // The FROM clause names the target and joins with an INNER JOIN whose ON is not certainly true
  // or a CROSS APPLY of a row source that may be empty, which limits the rows written to those with
  // a match (outer and cross joins, and joins to a constant row such as `(SELECT 1 AS x)`, do not).
  bool joins_restrict_rows = false;
  bool current_of = false;  // WHERE CURRENT OF cursor
  bool has_top = false;
};

struct Update final : RowWrite {
  explicit Update(SourceRange r) : RowWrite(Kind::Update, r) {}
  // The columns the SET clause assigns, as written (last name part): `Total` for `SET o.Total = 0`
  // and for `SET @t = Total = 0`; variables alone are not columns. Each with where it is written.
  std::vector<Identifier> set_columns;
  RareList<NonUnicodeString> non_unicode_values;  // SET c = '...'
};

struct Delete final : RowWrite {
  explicit Delete(SourceRange r) : RowWrite(Kind::Delete, r) {}
};

struct Merge final : Statement {
  explicit Merge(SourceRange r) : Statement(Kind::Merge, r) {}
  ObjectName target;
  bool has_delete = false;  // some WHEN ... THEN DELETE
  bool has_update = false;
  bool has_insert = false;
  // ON is certainly true (`ON 1 = 1`): every target row matches every source row.
  bool on_always_true = false;
  // A WHEN MATCHED THEN UPDATE with no AND condition (or one that is certainly true).
  bool matched_update_unconditional = false;
};

// ---------------------------------------------------------------- control flow

struct Block final : Statement {
  explicit Block(SourceRange r) : Statement(Kind::Block, r) {}
  void for_each_child(const std::function<void(const Statement&)>& visit) const override;
  StatementList statements;
};

struct If final : Statement {
  explicit If(SourceRange r) : Statement(Kind::If, r) {}
  void for_each_child(const std::function<void(const Statement&)>& visit) const override;
  StatementPtr then_branch;
  StatementPtr else_branch;  // may be null
};

struct While final : Statement {
  explicit While(SourceRange r) : Statement(Kind::While, r) {}
  void for_each_child(const std::function<void(const Statement&)>& visit) const override;
  StatementPtr body;
};

struct TryCatch final : Statement {
  explicit TryCatch(SourceRange r) : Statement(Kind::TryCatch, r) {}
  void for_each_child(const std::function<void(const Statement&)>& visit) const override;
  StatementList try_statements;
  StatementList catch_statements;
};

struct Use final : Statement {
  explicit Use(SourceRange r) : Statement(Kind::Use, r) {}
  std::string database;
};

struct Print final : Statement {
  explicit Print(SourceRange r) : Statement(Kind::Print, r) {}
};

struct Transaction final : Statement {
  enum class Action { Begin, Commit, Rollback, Save };
  Transaction(SourceRange r, Action a) : Statement(Kind::Transaction, r), action(a) {}
  Action action;
  std::string name;  // empty when not written
  bool distributed = false;
};

struct Goto final : Statement {
  explicit Goto(SourceRange r) : Statement(Kind::Goto, r) {}
  std::string label;
};

struct Label final : Statement {
  explicit Label(SourceRange r) : Statement(Kind::Label, r) {}
  std::string name;
};

struct Return final : Statement {
  explicit Return(SourceRange r) : Statement(Kind::Return, r) {}
  bool has_value = false;
};

struct Break final : Statement {
  explicit Break(SourceRange r) : Statement(Kind::Break, r) {}
};

struct Continue final : Statement {
  explicit Continue(SourceRange r) : Statement(Kind::Continue, r) {}
};

struct WaitFor final : Statement {
  explicit WaitFor(SourceRange r) : Statement(Kind::WaitFor, r) {}
  std::string mode;  // DELAY or TIME
};

struct Raiserror final : Statement {
  explicit Raiserror(SourceRange r) : Statement(Kind::Raiserror, r) {}
  std::optional<std::string> severity;  // as written, when the second argument is a literal
};

struct Throw final : Statement {
  explicit Throw(SourceRange r) : Statement(Kind::Throw, r) {}
  bool rethrow = false;  // bare THROW inside CATCH
};

// ---------------------------------------------------------------- variables, cursors, session

struct Variable {
  std::string name;              // `@x`
  std::optional<DataType> type;  // absent for TABLE and CURSOR
  bool is_table = false;
  bool is_cursor = false;  // DECLARE @c CURSOR: a cursor variable
  bool has_initial_value = false;
  std::vector<ColumnDefinition> columns;  // table variables
  SourceRange range;
};

struct Declare final : Statement {
  explicit Declare(SourceRange r) : Statement(Kind::Declare, r) {}
  std::vector<Variable> variables;
};

// DECLARE c CURSOR ... FOR SELECT (ISO and T-SQL syntax) and SET @c = CURSOR ... FOR SELECT.
struct DeclareCursor final : Statement {
  explicit DeclareCursor(SourceRange r) : Statement(Kind::DeclareCursor, r) {}
  std::string name;                  // `c`, or `@c` for a cursor variable
  bool cursor_variable = false;      // SET @c = CURSOR ...
  std::vector<std::string> options;  // upper case: LOCAL, FAST_FORWARD, SCROLL, ...
  bool for_update = false;
};

struct SetVariable final : Statement {
  explicit SetVariable(SourceRange r) : Statement(Kind::SetVariable, r) {}
  std::string variable;
  std::string op;  // `=`, `+=`, ... or `.method()` for SET @x.modify(...)
};

// SET NOCOUNT ON, SET ANSI_NULLS, QUOTED_IDENTIFIER OFF, SET IDENTITY_INSERT t ON, SET ROWCOUNT 0.
struct SetOption final : Statement {
  explicit SetOption(SourceRange r) : Statement(Kind::SetOption, r) {}
  std::vector<std::string> options;  // upper case
  std::optional<ObjectName> table;   // IDENTITY_INSERT
  std::string value;                 // ON, OFF, or the value as written
};

struct SetTransactionIsolation final : Statement {
  explicit SetTransactionIsolation(SourceRange r) : Statement(Kind::SetTransactionIsolation, r) {}
  std::string
      level;  // upper case: READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ, SNAPSHOT, ...
};

struct CursorOperation final : Statement {
  enum class Action { Open, Fetch, Close, Deallocate };
  CursorOperation(SourceRange r, Action a) : Statement(Kind::CursorOperation, r), action(a) {}
  Action action;
  std::string cursor;
};

// ---------------------------------------------------------------- EXEC

struct ExecuteArgument {
  std::optional<std::string> name;          // `@p` in `@p = value`
  std::string text;                         // as written
  bool is_literal = false;                  // a string, number or NULL literal
  std::optional<std::string> string_value;  // a string literal's value, quotes and escapes removed
  bool is_variable = false;
  bool output = false;
  SourceRange range;        // the whole argument, `@p = value` included
  SourceRange value_range;  // the value alone
};

// An argument of a system procedure that SQL Server runs as SQL text.
struct SqlTextArgument {
  std::size_t position;   // 0-based, positional form
  std::string_view name;  // the parameter, for the `@name = value` form
};

// A system procedure that runs SQL text given as an argument, as EXEC (...) does (SQL Server docs
// for each): sp_executesql, sp_sqlexec, sp_prepexec, sp_prepare, the sp_cursor* family, and
// sp_MSforeachtable / sp_MSforeachdb, which run theirs once per table or database with the
// replace character (`?`) put in. Their @whereand is a fragment of their own query.
struct SqlTextProcedure {
  std::string_view name;  // lower case
  std::vector<SqlTextArgument> texts;
  bool per_object = false;
};

// The procedure named `name` (its last part, any case), or null when it runs no SQL text.
[[nodiscard]] const SqlTextProcedure* find_sql_text_procedure(std::string_view name);

// EXEC of a procedure (`EXEC @rc = dbo.p @a = 1, @b OUTPUT`) or of a string (`EXEC (@sql)`).
struct Execute final : Statement {
  explicit Execute(SourceRange r) : Statement(Kind::Execute, r) {}
  std::optional<std::string> return_status;       // `@rc`
  std::optional<ObjectName> procedure;            // EXEC dbo.p
  std::optional<std::string> procedure_variable;  // EXEC @name
  bool without_exec_keyword = false;              // a batch that starts with `dbo.p 1`
  std::vector<ExecuteArgument> arguments;
  // EXEC (...): the string form.
  bool is_string = false;
  bool string_is_literal = false;            // every part is a string literal
  std::string string_value;                  // the literal's value when string_is_literal
  std::optional<SourceRange> literal_range;  // position of the literal when there is one
  std::optional<std::string> at_server;      // AT linked_server
  // Upper case, empty for a plain EXEC: OPENQUERY or OPENROWSET when this EXEC is the query such a
  // table source sends (then at_server is the function's first argument), OPENDATASOURCE for
  // `EXEC OPENDATASOURCE('provider', '...').db.schema.proc`.
  std::string rowset_function;
  std::optional<std::string> as_principal;  // AS USER = '...' / AS LOGIN = '...'
  // The statements of a literal SQL text (`EXEC (N'...')`, `sp_executesql N'...'`), parsed with
  // positions in the outer file; `dynamic_parsed` is false when there is no such literal or
  // Preflight could not map it (then the text is unchecked, and rules say so).
  bool dynamic_parsed = false;
  StatementList dynamic_statements;
  // The EXEC runs SQL text: the string form, or a SqlTextProcedure. `runs_per_object`: once for
  // every table or database (sp_MSforeachtable, sp_MSforeachdb), so what it creates is not one
  // object of this database.
  bool runs_sql_text = false;
  bool runs_per_object = false;
  void for_each_child(const std::function<void(const Statement&)>& visit) const override;
};

// The arguments of a system procedure call that take a password (sp_addlogin @passwd,
// sp_password, sp_addlinkedsrvlogin @rmtpassword, sp_addapprole, sp_approlepassword,
// sp_setapprole, sp_change_users_login @password, sp_control_dbmasterkey_password, and the
// replication procedures' agent and distributor passwords), given or not as literals, in the
// order written.
[[nodiscard]] std::vector<const ExecuteArgument*> secret_arguments(const Execute& exec);

// EXECUTE AS USER = '...' (a context switch, undone by REVERT).
struct ExecuteAs final : Statement {
  explicit ExecuteAs(SourceRange r) : Statement(Kind::ExecuteAs, r) {}
  std::string principal_type;  // USER, LOGIN, CALLER, SELF, OWNER
  std::string principal;
  SourceRange principal_range;  // the string naming the user or login; empty for CALLER
};

struct Revert final : Statement {
  explicit Revert(SourceRange r) : Statement(Kind::Revert, r) {}
};

// ---------------------------------------------------------------- security and server

struct Permission final : Statement {
  enum class Action { Grant, Deny, Revoke };
  Permission(SourceRange r, Action a) : Statement(Kind::Permission, r), action(a) {}
  Action action;
  std::vector<std::string> permissions;        // upper case: `SELECT`, `VIEW DEFINITION`, ...
  std::string object_class;                    // `SCHEMA` in ON SCHEMA::dbo; empty when not written
  std::optional<ObjectName> on;                // absent for database-level permissions
  std::vector<std::string> principals;         // as written, brackets removed: `public`, `app_user`
  std::vector<SourceRange> permission_ranges;  // where each of `permissions` is written
  bool with_grant_option = false;
  SourceRange grant_option_range;  // `WITH GRANT OPTION`, when written
  bool cascade = false;
};

struct AlterAuthorization final : Statement {
  explicit AlterAuthorization(SourceRange r) : Statement(Kind::AlterAuthorization, r) {}
  std::string object_class;
  ObjectName on;
  std::string principal;
};

struct Dbcc final : Statement {
  explicit Dbcc(SourceRange r) : Statement(Kind::Dbcc, r) {}
  std::string command;  // upper case: CHECKDB, SHRINKFILE, ...
  // Every word after the command, upper case, arguments and WITH options alike
  // (`REPAIR_ALLOW_DATA_LOSS`, `NO_INFOMSGS`); strings and numbers left out.
  std::vector<std::string> words;
  std::vector<std::string> numbers;  // the number arguments as written, a minus sign included: `-1`
  bool binary_argument = false;      // a `0x…` argument: FREEPROCCACHE's plan or SQL handle
};

struct Checkpoint final : Statement {
  explicit Checkpoint(SourceRange r) : Statement(Kind::Checkpoint, r) {}
};

struct Kill final : Statement {
  explicit Kill(SourceRange r) : Statement(Kind::Kill, r) {}
  std::string target;
};

struct Reconfigure final : Statement {
  explicit Reconfigure(SourceRange r) : Statement(Kind::Reconfigure, r) {}
  bool with_override = false;
};

// A statement the grammar could not parse. Its range covers the text that was skipped.
struct Unparsed final : Statement {
  explicit Unparsed(SourceRange r) : Statement(Kind::Unparsed, r) {}
  std::string reason;  // e.g. "unexpected 'WIDGET'" or "unterminated string"
};

// One batch: the text between `GO` separators.
struct Batch {
  SourceRange range;
  std::uint32_t repeat = 1;  // `GO 3` runs the batch three times; `GO 0` never (sqlcmd refuses it)
  StatementList statements;
  bool needed_full_ll = false;           // a statement needed slow LL (docs/dev/architecture.md)
  std::uint32_t full_ll_statements = 0;  // statements that failed SLL and then parsed with LL
  // Parser predictions, and those the build's prediction snapshot could not answer, which the
  // ANTLR runtime made (docs/dev/performance.md). Diagnostics for `lex --parse`: they say how fast
  // the batch parsed, not what it means, and the AST's JSON leaves them out.
  std::uint32_t predictions = 0;
  std::uint32_t runtime_predictions = 0;
};

// An inline suppression written in a comment (docs/configuration.md). The parse stage only
// records what the comment says; the rules stage checks the references (PF002) and the policy
// stage decides whether it applies.
struct SuppressionDirective {
  // `preflight-disable-next-statement`, `preflight-disable-file`, or a `preflight-disable...` word
  // that is neither (a misspelling must be reported, never ignored).
  enum class Scope { NextStatement, File, Unknown };
  SourceRange range;  // the whole comment, without a line comment's line break
  Scope scope = Scope::NextStatement;
  std::string keyword;             // as written, e.g. `preflight-disable-next-statement`
  std::vector<std::string> rules;  // ids or names as written, in order
  std::string reason;              // text after ` -- `, trimmed; empty when none was given
};

// A SQLCMD command line (`:setvar`, `:r`, `:on error exit`, ...). sqlcmd, SSMS in SQLCMD mode and
// SSDT run these themselves; SQL Server never sees them.
struct SqlcmdCommand {
  // Shell: `!! command` / `:!! command`, which runs an operating-system command on the machine
  // that runs sqlcmd. Exit: `:exit(query)` (or `exit(query)`), which runs the query first.
  enum class Type { SetVar, Include, Shell, Exit, Other };
  Type type = Type::Other;
  std::string word;      // the command as written, lower case, without the colon: `setvar`, `!!`
  std::string argument;  // :setvar: the variable's name; :r: the path, unquoted; else the rest
  // :setvar: the value as sqlcmd takes it (quotes removed, `""` as `"`); none for `:setvar Name`
  // alone, which removes the variable, and for a value sqlcmd versions read differently (an
  // unquoted value with blanks, a value that names another variable).
  std::optional<std::string> value;
  bool removes = false;   // :setvar Name, without a value
  SourceRange range;      // the whole line
  std::size_t batch = 0;  // how many of the script's batches come before the line
};

// A `$(Name)` in the script's text. sqlcmd replaces it everywhere in a batch (strings and comments
// included) before SQL Server sees the text, and stops when the variable is not defined.
struct SqlcmdVariableUse {
  std::string name;  // as written, without `$(` and `)`
  SourceRange range;
  // The value the parse stage put in its place before parsing (docs/deployments.md), or none
  // when the script and --var give it no value there; the model checks it against what sqlcmd
  // would have (values can also come from a script that reads this one through `:r`).
  std::optional<std::string> substituted;
  bool in_command = false;  // on a command line (`:r $(Path)`), where nothing is put in
};

// Characters a reader of the script does not see (zero-width, invisible) or that reorder what
// they see (bidirectional controls), outside string literals: one run of adjacent ones on a line
// (PF317). Which ones: parse/hidden_characters.h.
struct HiddenCharacters {
  SourceRange range;
  std::uint32_t count = 0;                 // characters in the run
  std::vector<std::uint32_t> code_points;  // the distinct ones, in order of appearance
};

struct Script {
  std::vector<Batch> batches;
  // Lone CRs (not before an LF) that end a `--` comment: where SQL Server's parser and a reader of
  // LF-terminated lines disagree on what is comment (PF005).
  std::vector<SourceRange> comment_crs;
  std::vector<HiddenCharacters> hidden_characters;  // in source order
  std::vector<SuppressionDirective> directives;     // in source order
  std::vector<SqlcmdCommand> sqlcmd_commands;       // in source order
  std::vector<SqlcmdVariableUse> sqlcmd_variables;  // in source order
  // Literals that hold a password or secret (SecretLiteral, the password arguments of
  // secret_arguments(), and any literal written as `PASSWORD = ...` or `SECRET = ...`, parsed or
  // not), in source order: every report and every dump of the script shows them masked.
  std::vector<SourceRange> secrets;
};

// Calls `visit` for every statement of the script, parents before children, in source order.
void walk(const Script& script, const std::function<void(const Statement&)>& visit);

struct StatementCounts {
  std::size_t statements = 0;  // every statement node, nested ones included
  std::size_t unparsed = 0;
};
[[nodiscard]] StatementCounts count_statements(const Script& script);

}  // namespace pf::ast
