// Front door of the parse stage: decoded text -> batches -> tokens -> parse tree -> ast::Script.
// ANTLR types never leave this folder.
#pragma once

#include "ast/ast.h"
#include "source/source.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pf::parse {

inline constexpr std::size_t kParallelBatchBytes = 1024 * 1024;

struct ParseOptions {
  // Nesting of parentheses and BEGIN/CASE ... END in one batch. Deeper input is an input error
  // rather than a risk of running out of stack inside the ANTLR runtime.
  std::size_t max_nesting_depth = 100;
  // Tokens (comments included) in one batch. A batch's tokens stay in memory while it is parsed,
  // ~150 bytes per token with the parse (docs/usage.md "Limits": 5,360,000 tokens peaked at 835
  // MB), so this bounds one batch's memory; counted while lexing, so a larger batch stops at the
  // limit.
  std::size_t max_tokens_per_batch = 5'000'000;
  // Runs work(i) for every batch index, possibly on several threads at once (check --jobs with
  // fewer files than jobs); empty: one by one. The result is the same either way. Only files of
  // kParallelBatchBytes or more use it: each thread warms up a prediction cache of its own first
  // (docs/dev/performance.md), which costs more than a small file's parse.
  std::function<void(std::size_t count, const std::function<void(std::size_t)>& work)>
      for_each_batch;
  // SQLCMD variables with a value before the script's first line (`--var`, or the script that
  // reads this one through `:r`), by lower-case name. sqlcmd replaces `$(Name)` in the text before
  // SQL Server sees it, so the parser reads the text with these values and the script's own
  // `:setvar` values put in (docs/deployments.md "SQLCMD mode").
  std::map<std::string, std::string> sqlcmd_values;
  // Bytes of all the batches with SQLCMD values put in, together: the CLI passes
  // --max-file-bytes, since that text is what SQL Server would be sent instead of the file's.
  std::size_t max_substituted_bytes = 256ull * 1024 * 1024;
};

// The text of one batch, as `GO` lines separate them. `GO` is a client command (sqlcmd, SSMS),
// not T-SQL: it counts only alone on its line, never inside a comment or a string.
struct BatchText {
  std::string_view text;   // excludes the GO line
  std::size_t offset = 0;  // byte offset of `text` in the file's text
  std::uint32_t first_line = 1;
  std::uint32_t repeat = 1;        // `GO 3`
  std::uint32_t end_line = 1;      // last line of the batch
  std::uint32_t first_column = 1;  // 1 but for the query of `:exit(query)`
};

// A SQLCMD command line (`:setvar`, `:r`, ...) the splitter found outside comments and strings.
struct SqlcmdLine {
  std::string_view text;  // the line, without its line break
  std::size_t offset = 0;
  std::uint32_t line = 1;
  std::size_t batches_before = 0;  // batches split off before the line
};

// `sqlcmd_lines`, when given, receives the SQLCMD command lines, which end a batch as GO does.
// `comment_crs`, when given, receives the position of every lone CR (not before an LF) that ends
// a `--` comment: SQL Server's parser ends the comment there, a reader of LF-terminated lines does
// not (PF005).
[[nodiscard]] std::vector<BatchText> split_batches(
    std::string_view text, std::vector<SqlcmdLine>* sqlcmd_lines = nullptr,
    std::vector<ast::SourcePosition>* comment_crs = nullptr);

// Parses a whole file. A statement the grammar cannot parse becomes ast::Unparsed; only input that
// breaks a limit is an Error.
[[nodiscard]] source::Expected<ast::Script> parse_script(const source::SourceFile& file,
                                                         const ParseOptions& options = {});

// What a `:setvar` line does to the SQLCMD values in force (by lower-case name): sets the value,
// or, for `:setvar Name` alone and for a value Preflight cannot read the way every sqlcmd does
// (ast::SqlcmdCommand::value), removes it, so uses after it get no value put in. Other commands
// change nothing. The parse stage and the CLI (for a `:r` file's starting values) both use it.
void apply_setvar(const ast::SqlcmdCommand& command, std::map<std::string, std::string>& values);

// The parser's prediction DFA as a training run at build time left it (prediction_snapshot.h): with
// it, a run starts warm instead of spending most of a small script's time filling its DFA cache.
struct PredictionSnapshot;
// The snapshot compiled into the binary (generated/prediction_snapshot.cpp, linked from the
// pf_prediction_snapshot library). Executables that parse install it at the top of main().
[[nodiscard]] const PredictionSnapshot& trained_prediction_snapshot();
// Every parser, on every thread, consults `snapshot` before its own thread's DFA cache; nullptr
// turns that off. Call before parsing starts: parsers read it without synchronisation. The
// answers are the same with or without it; only the time differs.
void use_prediction_snapshot(const PredictionSnapshot* snapshot);

// Lexes a whole file without parsing: the token count. Benchmarks compare it with a full run.
[[nodiscard]] std::size_t lex_only(const source::SourceFile& file);

}  // namespace pf::parse
