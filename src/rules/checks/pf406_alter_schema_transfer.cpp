// PF406 alter-schema-transfer: docs, rationale and examples in
// rules/PF406-alter-schema-transfer.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <array>
#include <memory>
#include <string>

namespace pf::rules {
namespace {

class AlterSchemaTransferRule final : public Rule {
 public:
  void on(const ast::OtherStatement& statement, RuleContext& ctx) const override {
    if (statement.verb != "ALTER SCHEMA") return;
    if (!statement.transferred) {
      // Fail closed: a TRANSFER Preflight could not read still moves something.
      ctx.report(statement.range, statement.name,
                 fmt::format(FMT_STRING("ALTER SCHEMA {} moves an object into schema {}: code "
                                        "that uses its old name breaks, and the permissions "
                                        "granted on it are dropped"),
                             statement.name, statement.name));
      return;
    }
    const ast::ObjectName& moved = *statement.transferred;
    if (created_here(statement, moved, ctx)) return;
    const std::string from = moved.display();
    const std::string to = statement.name + "." + std::string(moved.object());
    ctx.report(moved.range, from,
               fmt::format(FMT_STRING("ALTER SCHEMA moves {}{} to {}: code that still uses {} "
                                      "breaks, and the permissions granted on it are dropped"),
                           statement.transferred_class.empty() ? std::string()
                                                               : statement.transferred_class + " ",
                           from, to, from));
  }

 private:
  // Whether the deployment created the object before the move: then nothing that existed before
  // it uses the old name (as PF401 does for a rename).
  static bool created_here(const ast::OtherStatement& statement, const ast::ObjectName& moved,
                           RuleContext& ctx) {
    using model::ObjectType;
    if (statement.transferred_class == "TYPE") {
      return ctx.created_by_deployment(ObjectType::Type, moved, statement).has_value();
    }
    if (!statement.transferred_class.empty()) return false;  // XML SCHEMA COLLECTION
    static constexpr std::array<ObjectType, 6> kObjects{
        ObjectType::Table,    ObjectType::View,    ObjectType::Procedure,
        ObjectType::Function, ObjectType::Synonym, ObjectType::Sequence};
    for (ObjectType type : kObjects) {
      if (ctx.created_by_deployment(type, moved, statement)) return true;
    }
    return false;
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_alter_schema_transfer_rule() {
  return std::make_unique<AlterSchemaTransferRule>();
}

}  // namespace pf::rules
