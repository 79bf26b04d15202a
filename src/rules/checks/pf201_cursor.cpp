// PF201 cursor: docs, rationale and examples in rules/PF201-cursor.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>

namespace pf::rules {
namespace {

class CursorRule final : public Rule {
 public:
  void on(const ast::DeclareCursor& statement, RuleContext& ctx) const override {
    ctx.report(statement.range, statement.name,
               fmt::format(FMT_STRING("cursor {} processes rows one at a time"), statement.name));
  }

  // TSQLLint flags every OPEN; Preflight flags the declaration, and an OPEN only when no
  // declaration of that cursor is in the deployment (it was declared GLOBAL somewhere else).
  void on(const ast::CursorOperation& statement, RuleContext& ctx) const override {
    if (statement.action != ast::CursorOperation::Action::Open) return;
    bool declared = false;
    for (const model::ScriptInput& script : ctx.model().scripts()) {
      ast::walk(*script.script, [&](const ast::Statement& s) {
        if (s.kind == ast::Kind::DeclareCursor &&
            same_name(static_cast<const ast::DeclareCursor&>(s).name, statement.cursor)) {
          declared = true;
        }
      });
    }
    if (declared) return;
    ctx.report(statement.range, statement.cursor,
               fmt::format(FMT_STRING("OPEN of cursor {}, declared outside this deployment, "
                                      "processes rows one at a time"),
                           statement.cursor));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_cursor_rule() { return std::make_unique<CursorRule>(); }

}  // namespace pf::rules
