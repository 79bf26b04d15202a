// PF005 ambiguous-line-break: docs, rationale and examples in
// rules/PF005-ambiguous-line-break.yaml.
#include "rules/rule.h"

#include <memory>

namespace pf::rules {
namespace {

class AmbiguousLineBreakRule final : public Rule {
 public:
  // The parse stage reads the text after the CR as code, as SQL Server's parser does; a tool that
  // only breaks lines at LF reads it as comment. Which one runs the deployment is not known.
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    for (const ast::SourceRange& cr : script.comment_crs) {
      ctx.report(cr, "",
                 "a carriage return without a line feed ends this -- comment for SQL Server's "
                 "parser but not for tools that break lines at line feeds, so what is comment "
                 "and what runs is uncertain");
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_ambiguous_line_break_rule() {
  return std::make_unique<AmbiguousLineBreakRule>();
}

}  // namespace pf::rules
