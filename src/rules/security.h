// Private to the rules stage: what two security rules both need to agree on.
#pragma once

#include "rules/rule.h"

namespace pf::rules {

// sp_configure 'clr strict security' set to anything but a literal 1 (PF321). PF621, which flags
// sp_configure in general, leaves this call to PF321: one finding, with the security effect.
[[nodiscard]] inline bool turns_off_clr_strict_security(const ast::Execute& exec) {
  if (!calls_procedure(exec, "sp_configure")) return false;
  const ast::ExecuteArgument* option = argument(exec, 0, "@configname");
  const ast::ExecuteArgument* value = argument(exec, 1, "@configvalue");
  return option != nullptr && option->string_value &&
         same_name(*option->string_value, "clr strict security") && value != nullptr &&
         !(value->is_literal && value->text == "1");
}

}  // namespace pf::rules
