// PF823 non-unicode-literal: docs, rationale and examples in rules/PF823-non-unicode-literal.yaml.
#include "rules/rule.h"
#include "source/source.h"

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <set>
#include <string>

namespace pf::rules {
namespace {

enum class Target { Unknown, Unicode, CodePage, Other };

Target target_of(const std::optional<ast::DataType>& type) {
  if (!type) return Target::Unknown;
  const std::string name = source::ascii_lower(type->name);
  if (name == "nvarchar" || name == "nchar" || name == "ntext" || name == "sysname") {
    return Target::Unicode;
  }
  if (name == "varchar" || name == "char" || name == "text") return Target::CodePage;
  // A number, date or binary column takes the text converted, not the text itself.
  static const std::set<std::string, std::less<>> kNotText{
      "bit",     "tinyint",   "smallint",      "int",       "bigint",         "decimal",
      "numeric", "money",     "smallmoney",    "float",     "real",           "date",
      "time",    "datetime",  "smalldatetime", "datetime2", "datetimeoffset", "uniqueidentifier",
      "binary",  "varbinary", "image"};
  // Anything else (an alias type, sql_variant, xml) may keep the characters as converted.
  return kNotText.count(name) > 0 ? Target::Other : Target::Unknown;
}

std::string message(const ast::NonUnicodeString& s, Target target) {
  const std::string column = s.column.empty() ? std::string("the column") : "column " + s.column;
  switch (target) {
    case Target::Unicode:
      return fmt::format(FMT_STRING("a string without the N prefix holds characters outside "
                                    "ASCII: SQL Server reads it in the database's code page "
                                    "before it reaches nvarchar {}, and characters the code page "
                                    "lacks become '?'; write N'...'"),
                         column);
    case Target::CodePage:
      return fmt::format(FMT_STRING("a string holds characters outside ASCII for varchar {}: "
                                    "they are kept only if the collation's code page has them, "
                                    "else they become '?'; check the collation, or make the "
                                    "column nvarchar and write N'...'"),
                         column);
    default:
      return fmt::format(FMT_STRING("a string without the N prefix holds characters outside "
                                    "ASCII: SQL Server reads it in the database's code page, and "
                                    "characters the code page lacks become '?'; write N'...' when "
                                    "{} is nvarchar or nchar"),
                         column);
  }
}

class NonUnicodeLiteralRule final : public Rule {
 public:
  void on(const ast::Insert& statement, RuleContext& ctx) const override {
    written(statement.non_unicode_values, resolve_alias(statement.target, statement), statement,
            ctx);
  }

  void on(const ast::Update& statement, RuleContext& ctx) const override {
    written(statement.non_unicode_values, resolve_alias(statement.target, statement), statement,
            ctx);
  }

  void on(const ast::CreateTable& statement, RuleContext& ctx) const override {
    defaults(statement.columns, statement.name.display(), ctx);
    for (const ast::TableConstraint& c : statement.constraints) {
      if (!c.non_unicode_default) continue;
      std::optional<ast::DataType> type;
      for (const ast::ColumnDefinition& column : statement.columns) {
        if (same_name(column.name.value, c.non_unicode_default->column)) type = column.type;
      }
      report(*c.non_unicode_default, statement.name.display(), target_of(type), ctx);
    }
  }

  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    for (const ast::AlterTableAction& action : statement.actions) {
      if (action.column && action.column->non_unicode_default) {
        report(*action.column->non_unicode_default, statement.name.display(),
               target_of(action.column->type), ctx);
      }
      if (action.constraint && action.constraint->non_unicode_default) {
        const ast::NonUnicodeString& s = *action.constraint->non_unicode_default;
        const auto column = ctx.column_before(statement.name, s.column, statement);
        report(s, statement.name.display(),
               target_of(column ? column->type : std::optional<ast::DataType>()), ctx);
      }
    }
  }

  void on(const ast::Declare& statement, RuleContext& ctx) const override {
    for (const ast::Variable& v : statement.variables) defaults(v.columns, v.name, ctx);
  }

  void on(const ast::CreateType& statement, RuleContext& ctx) const override {
    defaults(statement.columns, statement.name.display(), ctx);
  }

 private:
  static void written(const ast::RareList<ast::NonUnicodeString>& strings,
                      const ast::ObjectName& table, const ast::Statement& statement,
                      RuleContext& ctx) {
    for (const ast::NonUnicodeString& s : strings) {
      std::optional<ast::DataType> type;
      if (!s.column.empty()) {
        if (const auto column = ctx.column_before(table, s.column, statement)) type = column->type;
      }
      report(s, table.display(), target_of(type), ctx);
    }
  }

  static void defaults(const std::vector<ast::ColumnDefinition>& columns, const std::string& table,
                       RuleContext& ctx) {
    for (const ast::ColumnDefinition& c : columns) {
      if (c.non_unicode_default) report(*c.non_unicode_default, table, target_of(c.type), ctx);
    }
  }

  static void report(const ast::NonUnicodeString& s, const std::string& table, Target target,
                     RuleContext& ctx) {
    // A column of another type (a date, a number) gets the text converted, not stored.
    if (target == Target::Other) return;
    ctx.report(s.range, s.column.empty() ? table : table + "." + s.column, message(s, target));
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_non_unicode_literal_rule() {
  return std::make_unique<NonUnicodeLiteralRule>();
}

}  // namespace pf::rules
