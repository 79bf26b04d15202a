// PF321 unsafe-assembly: docs, rationale and examples in rules/PF321-unsafe-assembly.yaml.
#include "rules/rule.h"
#include "rules/security.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

class UnsafeAssemblyRule final : public Rule {
 public:
  // CREATE / ALTER ASSEMBLY ... WITH PERMISSION_SET = UNSAFE | EXTERNAL_ACCESS (the default, SAFE,
  // is not flagged). The words leave out `=`: PERMISSION_SET is followed by its value.
  void on(const ast::OtherStatement& s, RuleContext& ctx) const override {
    if (s.verb != "CREATE ASSEMBLY" && s.verb != "ALTER ASSEMBLY") return;
    for (std::size_t i = 0; i + 1 < s.words.size(); ++i) {
      if (s.words[i] != "PERMISSION_SET") continue;
      const std::string& value = s.words[i + 1];
      if (value != "UNSAFE" && value != "EXTERNAL_ACCESS") continue;
      const ast::SourceRange at = i + 1 < s.word_ranges.size() ? s.word_ranges[i + 1] : s.range;
      ctx.report(at, s.name,
                 value == "UNSAFE"
                     ? fmt::format(FMT_STRING("{} {} with PERMISSION_SET = UNSAFE: its code runs "
                                              "inside the SQL Server process unchecked, with the "
                                              "service account's access to the machine"),
                                   s.verb, s.name)
                     : fmt::format(FMT_STRING("{} {} with PERMISSION_SET = EXTERNAL_ACCESS: its "
                                              "code reaches files, the network and the registry "
                                              "as the SQL Server service account"),
                                   s.verb, s.name));
    }
  }

  void on(const ast::Execute& s, RuleContext& ctx) const override {
    if (turns_off_clr_strict_security(s)) {
      ctx.report(s.range, "clr strict security",
                 "sp_configure 'clr strict security' off lets SAFE and EXTERNAL_ACCESS assemblies "
                 "load without a signature, and a SAFE one then runs as UNSAFE could: CLR code "
                 "with the service account's access to the machine");
      return;
    }
    if (calls_procedure(s, "sp_add_trusted_assembly")) {
      ctx.report(s.range, "",
                 "sp_add_trusted_assembly lets an assembly load unsigned under 'clr strict "
                 "security', with whatever permission set it is created with");
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_unsafe_assembly_rule() {
  return std::make_unique<UnsafeAssemblyRule>();
}

}  // namespace pf::rules
