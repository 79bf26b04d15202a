// PF822 string-type-without-length: docs, rationale and examples in
// rules/PF822-string-type-without-length.yaml.
#include "rules/rule.h"
#include "source/source.h"

#include <fmt/format.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

// The types whose length defaults to 1 where a column, variable or parameter is declared.
bool defaults_to_length_one(const ast::DataType& type) {
  static constexpr std::array<std::string_view, 6> kTypes{"varchar", "char",      "nvarchar",
                                                          "nchar",   "varbinary", "binary"};
  if (!type.args.empty()) return false;
  const std::string name = source::ascii_lower(type.name);
  for (std::string_view t : kTypes) {
    if (name == t) return true;
  }
  return false;
}

std::string_view unit(const ast::DataType& type) {
  return source::ascii_lower(type.name).find("binary") != std::string::npos ? "byte" : "character";
}

class StringTypeWithoutLengthRule final : public Rule {
 public:
  void on(const ast::CreateTable& statement, RuleContext& ctx) const override {
    columns(statement.columns, statement.name.display(), ctx);
  }

  void on(const ast::AlterTable& statement, RuleContext& ctx) const override {
    for (const ast::AlterTableAction& action : statement.actions) {
      if (!action.column) continue;
      if (action.type != ast::AlterTableAction::Type::AddColumn &&
          action.type != ast::AlterTableAction::Type::AlterColumn) {
        continue;
      }
      column(*action.column, statement.name.display(), ctx);
    }
  }

  void on(const ast::CreateType& statement, RuleContext& ctx) const override {
    if (statement.base_type && defaults_to_length_one(*statement.base_type)) {
      const std::string name = statement.name.display();
      ctx.report(statement.base_type->range, name,
                 fmt::format(FMT_STRING("type {} is {} without a length, which is {}(1): every "
                                        "column and variable of the type holds one {}"),
                             name, statement.base_type->name, statement.base_type->name,
                             unit(*statement.base_type)));
    }
    columns(statement.columns, statement.name.display(), ctx);
  }

  void on(const ast::Declare& statement, RuleContext& ctx) const override {
    for (const ast::Variable& v : statement.variables) {
      if (v.type) variable(*v.type, "variable", v.name, ctx);
      columns(v.columns, v.name, ctx);
    }
  }

  void on(const ast::CreateProcedure& statement, RuleContext& ctx) const override {
    parameters(statement.parameters, ctx);
  }

  void on(const ast::CreateFunction& statement, RuleContext& ctx) const override {
    parameters(statement.parameters, ctx);
    if (statement.return_type && defaults_to_length_one(*statement.return_type)) {
      const std::string name = statement.name.display();
      ctx.report(statement.return_type->range, name,
                 fmt::format(FMT_STRING("function {} returns {} without a length, which is "
                                        "{}(1): the value it returns is silently cut to its "
                                        "first {}"),
                             name, statement.return_type->name, statement.return_type->name,
                             unit(*statement.return_type)));
    }
  }

 private:
  static void columns(const std::vector<ast::ColumnDefinition>& list, const std::string& table,
                      RuleContext& ctx) {
    for (const ast::ColumnDefinition& c : list) column(c, table, ctx);
  }

  // A column of one character rejects a longer value ("String or binary data would be
  // truncated"), or cuts it silently under SET ANSI_WARNINGS OFF.
  static void column(const ast::ColumnDefinition& c, const std::string& table, RuleContext& ctx) {
    if (!c.type || !defaults_to_length_one(*c.type)) return;
    ctx.report(c.type->range, table + "." + c.name.value,
               fmt::format(FMT_STRING("column {} is {} without a length, which is {}(1) in a "
                                      "column definition: it holds one {}, and a longer value "
                                      "fails or is cut; write the length"),
                           c.name.value, c.type->name, c.type->name, unit(*c.type)));
  }

  static void parameters(const std::vector<ast::Parameter>& list, RuleContext& ctx) {
    for (const ast::Parameter& p : list) variable(p.type, "parameter", p.name, ctx);
  }

  // A variable or parameter of one character takes a longer value without an error, cut to its
  // first character.
  static void variable(const ast::DataType& type, std::string_view what, const std::string& name,
                       RuleContext& ctx) {
    if (!defaults_to_length_one(type)) return;
    ctx.report(type.range, name,
               fmt::format(FMT_STRING("{} {} is {} without a length, which is {}(1): a longer "
                                      "value assigned to it is silently cut to its first {}; "
                                      "write the length"),
                           what, name, type.name, type.name, unit(type)));
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_string_type_without_length_rule() {
  return std::make_unique<StringTypeWithoutLengthRule>();
}

}  // namespace pf::rules
