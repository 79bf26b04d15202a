// Draft undo scripts (`preflight rollback`): the inverse of each reversible statement of the
// given scripts, newest first, and what no script can undo without a backup.
#pragma once

#include "model/model.h"

#include <string>
#include <vector>

namespace pf::model {

struct UndoStep {
  std::string path;  // the forward script
  source::SourcePosition position;
  std::string sql;  // the inverse statement, or empty when there is none
  std::string why;  // for an irreversible statement: what is lost
};

struct RollbackDraft {
  std::vector<UndoStep> undo;          // in the order they must run: the reverse of deployment
  std::vector<UndoStep> irreversible;  // in deployment order
};

// Statements inside module bodies never run during the deployment and get no inverse; neither do
// statements under IF or WHILE (their inverse would need the same guard: listed as irreversible
// with that reason, so a reviewer writes it).
[[nodiscard]] RollbackDraft draft_rollback(const std::vector<ScriptInput>& scripts);

}  // namespace pf::model
