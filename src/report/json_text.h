// Private to the report stage: how every JSON document (report, SARIF, model, AST) is written.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>

namespace pf::report {

// Writes `doc` indented, one trailing newline, invalid UTF-8 replaced. Every `##` in it is
// written `#\u0023`: the same string to a JSON reader, but no CI log parser can read a command
// out of it when the report goes to standard output (Octopus's `##octopus`, GitHub's `##[`,
// Azure's `##vso[` are all found anywhere in a line). Outside strings, JSON has no `#`.
void write_json_document(std::ostream& out, const nlohmann::ordered_json& doc);

}  // namespace pf::report
