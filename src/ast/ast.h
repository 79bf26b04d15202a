// Front door of the AST stage: Preflight's own typed syntax tree, with source ranges.
// Nothing here knows about ANTLR; src/parse/ builds these nodes and copies what rules need.
#pragma once

#include "source/source.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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
  X(Block)                        \
  X(If)                           \
  X(Use)                          \
  X(Print)                        \
  X(Transaction)                  \
  X(Unparsed)

enum class Kind {
#define PF_AST_ENUM(name) name,
  PF_AST_STATEMENT_KINDS(PF_AST_ENUM)
#undef PF_AST_ENUM
};

[[nodiscard]] std::string_view kind_name(Kind kind);

struct Identifier {
  std::string value;  // without brackets or quotes, escapes resolved (`]]` -> `]`)
  SourceRange range;
};

// A multi-part name: `server.database.schema.object`, `database..object`, `#temp`, `@table`.
struct ObjectName {
  // As written, outermost first; an omitted middle part (`db..t`) is an empty string.
  std::vector<std::string> parts;
  SourceRange range;

  [[nodiscard]] std::string_view object() const;
  [[nodiscard]] std::string_view schema() const;    // empty when not written
  [[nodiscard]] std::string_view database() const;  // empty when not written
  [[nodiscard]] bool is_temporary() const;          // `#local` or `##global`
  [[nodiscard]] bool is_variable() const;           // a table variable, `@t`
  // `dbo.Orders`; a part that is not a regular identifier is shown in brackets.
  [[nodiscard]] std::string display() const;
};

struct DataType {
  std::string name;               // as written, e.g. `nvarchar` or `dbo.Amount`
  std::vector<std::string> args;  // `max`, `10`, `2`
  SourceRange range;
};

struct ColumnDefinition {
  Identifier name;
  std::optional<DataType> type;  // absent for a computed column
  std::optional<bool> nullable;  // absent when neither NULL nor NOT NULL is written
  bool has_default = false;
  bool identity = false;
  bool computed = false;
  SourceRange range;
};

enum class ConstraintKind { PrimaryKey, Unique, ForeignKey, Check, Default };

struct TableConstraint {
  std::optional<std::string> name;
  ConstraintKind kind;
  SourceRange range;
};

struct Statement {
  Statement(Kind k, SourceRange r) : kind(k), range(r) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  virtual ~Statement() = default;

  // Statements nested in this one (block and branch bodies), in source order.
  virtual void for_each_child(const std::function<void(const Statement&)>& visit) const;

  const Kind kind;
  // From the first token to the last, without leading comments or the closing `;`.
  SourceRange range;
};

using StatementPtr = std::unique_ptr<Statement>;
using StatementList = std::vector<StatementPtr>;

struct CreateTable final : Statement {
  explicit CreateTable(SourceRange r) : Statement(Kind::CreateTable, r) {}
  ObjectName name;
  std::vector<ColumnDefinition> columns;
  std::vector<TableConstraint> constraints;
};

struct DropTable final : Statement {
  explicit DropTable(SourceRange r) : Statement(Kind::DropTable, r) {}
  bool if_exists = false;
  std::vector<ObjectName> tables;
};

struct Select final : Statement {
  explicit Select(SourceRange r) : Statement(Kind::Select, r) {}
  std::optional<ObjectName> into;  // SELECT ... INTO creates this table
};

struct Insert final : Statement {
  explicit Insert(SourceRange r) : Statement(Kind::Insert, r) {}
  ObjectName target;
};

struct Update final : Statement {
  explicit Update(SourceRange r) : Statement(Kind::Update, r) {}
  ObjectName target;
  bool has_from = false;
  bool has_where = false;
};

struct Delete final : Statement {
  explicit Delete(SourceRange r) : Statement(Kind::Delete, r) {}
  ObjectName target;
  bool has_from = false;
  bool has_where = false;
};

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

struct Use final : Statement {
  explicit Use(SourceRange r) : Statement(Kind::Use, r) {}
  std::string database;
};

struct Print final : Statement {
  explicit Print(SourceRange r) : Statement(Kind::Print, r) {}
};

struct Transaction final : Statement {
  enum class Action { Begin, Commit, Rollback };
  Transaction(SourceRange r, Action a) : Statement(Kind::Transaction, r), action(a) {}
  Action action;
};

// A statement the grammar could not parse. Its range covers the text that was skipped.
struct Unparsed final : Statement {
  explicit Unparsed(SourceRange r) : Statement(Kind::Unparsed, r) {}
  std::string reason;  // e.g. "unexpected 'WIDGET'" or "unterminated string"
};

// One batch: the text between `GO` separators.
struct Batch {
  SourceRange range;
  std::uint32_t repeat = 1;  // `GO 3` runs the batch three times
  StatementList statements;
  bool needed_full_ll = false;  // some statement needed the slow LL prediction (DESIGN.md §9)
};

// An inline suppression written in a comment (README "Inline suppressions"). The parse stage only
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

struct Script {
  std::vector<Batch> batches;
  std::vector<SuppressionDirective> directives;  // in source order
};

// Calls `visit` for every statement of the script, parents before children, in source order.
void walk(const Script& script, const std::function<void(const Statement&)>& visit);

struct StatementCounts {
  std::size_t statements = 0;  // every statement node, nested ones included
  std::size_t unparsed = 0;
};
[[nodiscard]] StatementCounts count_statements(const Script& script);

}  // namespace pf::ast
