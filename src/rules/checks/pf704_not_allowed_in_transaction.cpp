// PF704 not-allowed-in-transaction: docs, rationale and examples in
// rules/PF704-not-allowed-in-transaction.yaml.
#include "rules/rule.h"
#include "rules/transactions.h"

#include <memory>
#include <optional>
#include <string>

namespace pf::rules {
namespace {

// What SQL Server refuses inside an explicit transaction, as the statement's words say it
// (BEGIN TRANSACTION's documentation lists them): ALTER/CREATE/DROP DATABASE, full-text catalogs
// and indexes, BACKUP, RESTORE and RECONFIGURE.
std::optional<std::string> refused_in_transaction(const ast::Statement& s) {
  switch (s.kind) {
    case ast::Kind::AlterDatabase:
      return std::string("ALTER DATABASE");
    case ast::Kind::CreateDatabase:
      return std::string("CREATE DATABASE");
    case ast::Kind::Reconfigure:
      return std::string("RECONFIGURE");
    case ast::Kind::Drop: {
      const std::string& type = static_cast<const ast::Drop&>(s).object_type;
      if (type == "DATABASE" || type == "FULLTEXT INDEX" || type == "FULLTEXT CATALOG") {
        return "DROP " + type;
      }
      return std::nullopt;
    }
    case ast::Kind::OtherStatement: {
      const auto& other = static_cast<const ast::OtherStatement&>(s);
      const std::string& verb = other.verb;
      if (verb.rfind("BACKUP", 0) == 0 || verb.rfind("RESTORE", 0) == 0) return verb;
      if (verb == "CREATE FULLTEXT" || verb == "ALTER FULLTEXT") {
        return verb + (other.name == "CATALOG" ? " CATALOG" : " INDEX");
      }
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

class NotAllowedInTransactionRule final : public Rule {
 public:
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    TransactionWalk::run(script, [&](const ast::Statement& s, const TransactionState& before) {
      if (before.open == 0) return;
      if (const std::optional<std::string> what = refused_in_transaction(s)) {
        ctx.report(s.range, {},
                   fmt::format(FMT_STRING("{} inside an explicit transaction: SQL Server refuses "
                                          "it there (\"not allowed within multi-statement "
                                          "transaction\"), so the script fails at this point with "
                                          "the transaction open"),
                               *what));
      }
    });
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_not_allowed_in_transaction_rule() {
  return std::make_unique<NotAllowedInTransactionRule>();
}

}  // namespace pf::rules
