// PF318 system-extended-procedure: docs, rationale and examples in
// rules/PF318-system-extended-procedure.yaml.
#include "rules/rule.h"
#include "source/source.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>

namespace pf::rules {
namespace {

// What a procedure of the family reaches, for the message; empty when `name` is none of them.
std::string_view reach_of(std::string_view name) {
  const std::string lower = source::ascii_lower(name);
  const auto starts = [&](std::string_view prefix) { return lower.rfind(prefix, 0) == 0; };
  if (starts("sp_oa")) return "creates and drives COM objects (OLE Automation) inside the server";
  if (starts("xp_reg") || starts("xp_instance_reg")) return "reads or writes the server's registry";
  if (lower == "xp_dirtree" || lower == "xp_subdirs" || lower == "xp_fileexist" ||
      lower == "xp_availablemedia") {
    return "lists or probes the server's disks and network shares";
  }
  if (lower == "sp_addextendedproc" || lower == "sp_dropextendedproc") {
    return "registers native code (a DLL) that then runs inside the SQL Server process";
  }
  return {};
}

class SystemExtendedProcedureRule final : public Rule {
 public:
  void on(const ast::Execute& statement, RuleContext& ctx) const override {
    if (!statement.procedure) return;
    const std::string_view reach = reach_of(statement.procedure->object());
    if (!reach.empty()) {
      ctx.report(statement.range, statement.procedure->display(),
                 fmt::format(FMT_STRING("{} {}, as the SQL Server service account"),
                             statement.procedure->object(), reach));
      return;
    }
    if (!calls_procedure(statement, "sp_configure")) return;
    const ast::ExecuteArgument* option = argument(statement, 0, "@configname");
    const ast::ExecuteArgument* value = argument(statement, 1, "@configvalue");
    if (option == nullptr || !option->string_value ||
        !same_name(*option->string_value, "Ole Automation Procedures")) {
      return;
    }
    if (value != nullptr && value->is_literal && value->text == "0") return;  // switching it off
    ctx.report(statement.range, "Ole Automation Procedures",
               "sp_configure enables OLE Automation (sp_OA*): COM objects inside the server");
  }
};

}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_system_extended_procedure_rule() {
  return std::make_unique<SystemExtendedProcedureRule>();
}

}  // namespace pf::rules
