// PF002 invalid-suppression: docs, rationale and examples in rules/PF002-invalid-suppression.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>

namespace pf::rules {
namespace {

class InvalidSuppressionRule final : public Rule {
 public:
  // A directive that cannot be honoured exactly is an error at the comment: a misspelt id must
  // never turn into "disable everything", nor pass unnoticed while the author believes it works.
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    for (const ast::SuppressionDirective& d : script.directives) {
      if (d.scope == ast::SuppressionDirective::Scope::Unknown) {
        ctx.report(d.range, "",
                   fmt::format(FMT_STRING("'{}' is not a directive (preflight-disable-next-"
                                          "statement or preflight-disable-file), so it disables "
                                          "nothing"),
                               d.keyword));
        continue;
      }
      if (d.rules.empty()) {
        ctx.report(d.range, "",
                   fmt::format(FMT_STRING("{} names no rule; a suppression must name the rules it "
                                          "disables"),
                               d.keyword));
      }
      // Words after the rules without ` -- ` before them are a reason the author forgot to mark:
      // one finding that says so, not one "is not a rule" per word of the reason.
      if (const std::optional<std::string> prose = unmarked_suppression_reason(d)) {
        ctx.report(d.range, "",
                   fmt::format(FMT_STRING("'{}' is not a rule id or name, so this suppression "
                                          "disables nothing; did you forget ' -- ' before the "
                                          "reason?"),
                               *prose));
      }
      for (const std::string& reference : d.rules) {
        const CatalogueEntry* entry = find_entry(reference);
        if (entry == nullptr) {
          if (unmarked_suppression_reason(d)) continue;
          ctx.report(d.range, "",
                     fmt::format(FMT_STRING("'{}' is not a rule id or name, so this suppression "
                                            "disables nothing"),
                                 reference));
        } else if (entry == &ctx.rule()) {
          ctx.report(d.range, "",
                     fmt::format(FMT_STRING("{} {} cannot be suppressed"), ctx.rule().id,
                                 ctx.rule().name));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_invalid_suppression_rule() {
  return std::make_unique<InvalidSuppressionRule>();
}

}  // namespace pf::rules
