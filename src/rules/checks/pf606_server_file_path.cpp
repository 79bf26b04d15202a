// PF606 server-file-path: docs, rationale and examples in rules/PF606-server-file-path.yaml.
#include "rules/environment.h"
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string_view>
#include <vector>

namespace pf::rules {
namespace {

// A path with a directory in it: a drive (`D:\`, `D:/`), a share (`\\srv\x`), or a rooted or
// relative directory. A bare file name (`Sales.bak`) goes to the server's default directory,
// which the DBA sets per server, and `NUL` is no file at all.
bool fixed_location(std::string_view path) {
  return path.find('\\') != std::string_view::npos || path.find('/') != std::string_view::npos;
}

void check(const std::vector<ast::FilePath>& paths, std::string_view statement_kind,
           RuleContext& ctx) {
  for (const ast::FilePath& path : paths) {
    if (!fixed_location(path.value)) continue;
    if (written_with_sqlcmd_variable(ctx, path.range, path.value)) continue;
    ctx.report(path.range, path.value,
               fmt::format(FMT_STRING("{} names the path '{}' on the database server: it must "
                                      "exist, with the same layout, on every server the script "
                                      "runs on"),
                           statement_kind, path.value));
  }
}

class ServerFilePathRule final : public Rule {
 public:
  void on(const ast::BulkInsert& s, RuleContext& ctx) const override {
    check(s.file_paths, "BULK INSERT", ctx);
  }
  void on(const ast::CreateDatabase& s, RuleContext& ctx) const override {
    check(s.file_paths, "CREATE DATABASE", ctx);
  }
  void on(const ast::AlterDatabase& s, RuleContext& ctx) const override {
    check(s.file_paths, "ALTER DATABASE", ctx);
  }
  // BACKUP TO DISK; RESTORE is PF141's, whose finding already asks for a review.
  void on(const ast::OtherStatement& s, RuleContext& ctx) const override {
    if (s.verb.rfind("BACKUP", 0) == 0) check(s.file_paths, s.verb, ctx);
  }
};

}  // namespace

std::unique_ptr<const Rule> make_server_file_path_rule() {
  return std::make_unique<ServerFilePathRule>();
}

}  // namespace pf::rules
