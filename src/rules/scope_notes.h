// Private to the rules stage: what the `history` rules share. Their findings are about a file, not
// a statement in it (docs/deployments.md "Deployment scope"), so each stands on the file's first
// line, the place a report shows for a file as a whole.
#pragma once

#include "model/model.h"
#include "rules/rule.h"

#include <string>

namespace pf::rules {

// The first line of the script being walked, whole (empty for a file that is no longer there).
[[nodiscard]] inline ast::SourceRange first_line_of(const RuleContext& ctx) {
  const source::SourceFile& file = *ctx.model().scripts()[ctx.script_index()].file;
  ast::SourceRange range;
  if (file.line_count() == 0) return range;
  std::uint32_t characters = 0;
  for (const char c : file.line(1)) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  range.end.column = 1 + characters;
  return range;
}

// Calls `report(note)` for each note of `kind` the scope left on the script being walked.
template <class Report>
void for_each_note(const RuleContext& ctx, model::ScopeNote::Kind kind, Report&& report) {
  for (const model::ScopeNote& note : ctx.model().scripts()[ctx.script_index()].notes) {
    if (note.kind == kind) report(note);
  }
}

}  // namespace pf::rules
