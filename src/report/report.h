// Front door of the report stage: findings + verdict -> text, json (and, later, the other formats).
#pragma once

#include "ast/ast.h"
#include "model/model.h"
#include "policy/policy.h"
#include "rules/rules.h"
#include "source/source.h"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pf::report {

struct ReportedFinding {
  const rules::CatalogueEntry* rule;  // never null
  rules::Level level;                 // after policy
  source::SourceRange range;
  std::string object;
  std::string message;
  std::optional<policy::Suppression> suppressed_by;
};

struct FileReport {
  std::string path;
  const source::SourceFile* source = nullptr;  // null when the file could not be read
  std::optional<source::Error> error;          // why it could not be read or parsed
  std::size_t batches = 0;
  std::size_t statements = 0;
  std::size_t unparsed = 0;
  std::vector<ReportedFinding> findings;                // sorted by line, column, rule id
  std::vector<policy::SuppressionReport> suppressions;  // inline directives, in source order
};

struct Summary {
  std::size_t files = 0, statements = 0, unparsed = 0;
  std::size_t fail = 0, review = 0, warn = 0, suppressed = 0;
  std::size_t errors = 0;  // files that could not be read or parsed
};

struct RunReport {
  std::vector<FileReport> files;  // in input order
  policy::Verdict verdict = policy::Verdict::Pass;
  std::string environment;   // empty when none was chosen
  std::string order;         // how the files were ordered (flyway, natural, lexical, given)
  std::string order_reason;  // why: the option or config key, or what the names showed
  Summary summary;
  std::vector<policy::WaiverReport> waivers;  // in configuration order
  std::vector<std::string> policy_warnings;  // expired/unused waivers, rejected/unused suppressions
};

struct TextOptions {
  bool code_frames = true;
};

// `path:line:col: level PFnnn name: message`, a code frame, then a summary line and the verdict.
void write_text(std::ostream& out, const RunReport& report, const TextOptions& options = {});

// The report contract of DESIGN.md §5, schema version 1.
void write_json(std::ostream& out, const RunReport& report, std::string_view tool_version);

// `preflight model`: how the scripts were ordered and what described the database before them.
struct ModelInfo {
  std::string order;
  std::string order_reason;
  std::vector<std::string> baseline_files;
};

// `preflight model`: every object that exists (or, `possibly`, may exist) after the deployment,
// with where it was created; tables with their columns.
void write_model_json(std::ostream& out, const model::Deployment& deployment, const ModelInfo& info,
                      std::string_view tool_version);

// `preflight parse`: the AST of one script, every statement with its kind and range.
void write_ast_json(std::ostream& out, const source::SourceFile& file, const ast::Script& script);

}  // namespace pf::report
