// PF825 select-star-in-view: docs, rationale and examples in rules/PF825-select-star-in-view.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

class SelectStarInViewRule final : public Rule {
 public:
  void on(const ast::CreateView& statement, RuleContext& ctx) const override {
    if (statement.body.empty() || statement.body.front()->kind != ast::Kind::Select) return;
    const auto& query = static_cast<const ast::Select&>(*statement.body.front());
    const std::string name = statement.name.display();
    for (const ast::SourceRange& star : query.star_columns) {
      ctx.report(star, name,
                 fmt::format(FMT_STRING("view {} selects *: its columns are fixed when it is "
                                        "created, so a column later added to or dropped from the "
                                        "table is missing or shifts the view's columns until "
                                        "sp_refreshview; list the columns"),
                             name));
    }
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_select_star_in_view_rule() {
  return std::make_unique<SelectStarInViewRule>();
}

}  // namespace pf::rules
