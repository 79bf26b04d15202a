#include "parse/parse.h"
#include "source/source.h"

#include <cctype>

namespace pf::parse {
namespace {

// Lexical state carried from one line to the next: only these constructs can span lines.
struct ScanState {
  int comment_depth = 0;  // inside /* */, which nests
  char closing = '\0';    // inside '...', [...] or "...": the closing character
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Where a CR that is not part of a CRLF pair sits in `line` (which excludes its LF), or npos.
// SQL Server's own parser (ScriptDom's EndOfLine rule accepts CR, LF and CRLF) ends a line there;
// sqlcmd reads lines up to LF. Where the two readings could differ, neither is trusted.
std::size_t lone_cr(std::string_view line, std::size_t from = 0) {
  for (std::size_t at = line.find('\r', from); at != std::string_view::npos;
       at = line.find('\r', at + 1)) {
    if (at + 1 < line.size()) return at;
  }
  return std::string_view::npos;
}

// `GO`, optionally followed by a count, a `;` and a line comment, alone on its line.
bool parse_go_line(std::string_view line, std::uint32_t& repeat) {
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  if (i + 2 > line.size() || std::toupper(static_cast<unsigned char>(line[i])) != 'G' ||
      std::toupper(static_cast<unsigned char>(line[i + 1])) != 'O') {
    return false;
  }
  i += 2;
  std::size_t after_go = i;
  while (i < line.size() && is_space(line[i])) ++i;
  std::uint64_t count = 0;
  std::size_t digits = 0;
  if (i > after_go || i == line.size()) {
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) {
      count = count * 10 + static_cast<std::uint64_t>(line[i] - '0');
      if (count > 1'000'000) return false;  // not a plausible repeat count: not a GO line
      ++i;
      ++digits;
    }
  }
  while (i < line.size() && is_space(line[i])) ++i;
  // `GO;` is not sqlcmd syntax, but migration tools that split on GO themselves accept it, and
  // scripts written for them use it (a GO line can never be a T-SQL statement anyway).
  if (i < line.size() && line[i] == ';') {
    ++i;
    while (i < line.size() && is_space(line[i])) ++i;
  }
  const bool rest_is_comment = line.substr(i, 2) == "--";
  if (i != line.size() && !rest_is_comment) return false;
  // A GO line that another reader would cut in two is not one: its text stays in the batch,
  // where the parser sees it (and PF005 says why).
  if (lone_cr(line) != std::string_view::npos) return false;
  // `GO 0` is kept as 0: sqlcmd refuses it (go-sqlcmd goCommand: n < 1 is an invalid command) and
  // does not run the batch, so the model must not count on what the batch creates.
  repeat = digits > 0 ? static_cast<std::uint32_t>(count) : 1;
  return true;
}

// A SQLCMD command line (`:setvar Name "value"`, `:r file.sql`, `:on error exit`). sqlcmd and SSMS
// in SQLCMD mode run these themselves; SQL Server never sees them, so they end the batch text the
// way a GO line does. sqlcmd also takes `EXIT`, `QUIT`, `RESET`, `ED` and `!!` without the colon
// (sqlcmd docs, "sqlcmd commands"; go-sqlcmd pkg/sqlcmd/commands.go: their patterns start
// `^[\t ]*?:?`), so `exit(DROP TABLE t)` alone on a line is a command that runs its query.
bool names_sqlcmd_command(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  const bool colon = i < line.size() && line[i] == ':';
  if (colon) ++i;
  if (line.substr(i, 2) == "!!") return true;  // `!! command`: runs an operating-system command
  if (!colon && (i >= line.size() || !std::isalpha(static_cast<unsigned char>(line[i])))) {
    return false;
  }
  std::size_t end = i;
  while (end < line.size() && std::isalpha(static_cast<unsigned char>(line[end]))) ++end;
  std::string word(line.substr(i, end - i));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!colon) {
    // The colon-less forms end at the word, a blank, or (EXIT only) a parenthesis.
    const bool word_ends = end == line.size() || line[end] == ' ' || line[end] == '\t' ||
                           line[end] == '\r' || (word == "exit" && line[end] == '(');
    return word_ends && (word == "exit" || word == "quit" || word == "reset" || word == "ed");
  }
  static constexpr std::string_view kCommands[] = {
      "setvar", "r",    "on",   "connect", "out",        "error", "reset",   "ed",
      "list",   "quit", "exit", "help",    "serverlist", "xml",   "listvar", "perftrace"};
  for (std::string_view command : kCommands) {
    if (word == command)
      return end == line.size() || !std::isalnum(static_cast<unsigned char>(line[end]));
  }
  return false;
}

// A command line, unless a lone CR in it would cut it in two for another reader (see
// parse_go_line).
bool is_sqlcmd_line(std::string_view line) {
  return names_sqlcmd_command(line) && lone_cr(line) == std::string_view::npos;
}

// Advances `state` over one line of script text; returns where a line comment that runs to the
// end of the line starts (else the line's length), so a caller can look at the code part of the
// line alone. A `--` comment ends at a lone CR, as SQL Server's parser reads it (see lone_cr);
// each such CR's byte offset in the line goes to `comment_crs`.
std::size_t scan_line(std::string_view line, ScanState& state,
                      std::vector<std::size_t>* comment_crs) {
  std::size_t i = 0;
  const std::size_t n = line.size();
  while (i < n) {
    const char c = line[i];
    if (state.comment_depth > 0) {
      if (c == '/' && i + 1 < n && line[i + 1] == '*') {
        ++state.comment_depth;
        i += 2;
      } else if (c == '*' && i + 1 < n && line[i + 1] == '/') {
        --state.comment_depth;
        i += 2;
      } else {
        ++i;
      }
    } else if (state.closing != '\0') {
      if (c == state.closing) {
        // A doubled closing character is an escaped one and stays inside.
        if (i + 1 < n && line[i + 1] == state.closing) {
          i += 2;
        } else {
          state.closing = '\0';
          ++i;
        }
      } else {
        ++i;
      }
    } else if (c == '-' && i + 1 < n && line[i + 1] == '-') {
      const std::size_t cr = lone_cr(line, i + 2);
      if (cr == std::string_view::npos) return i;  // line comment: the rest of the line
      if (comment_crs != nullptr) comment_crs->push_back(cr);
      i = cr + 1;
    } else if (c == '/' && i + 1 < n && line[i + 1] == '*') {
      state.comment_depth = 1;
      i += 2;
    } else if (c == '\'') {
      state.closing = '\'';
      ++i;
    } else if (c == '[') {
      state.closing = ']';
      ++i;
    } else if (c == '"') {
      state.closing = '"';
      ++i;
    } else {
      ++i;
    }
  }
  return n;
}

bool is_go_word(std::string_view code, std::size_t at) {
  return at + 2 <= code.size() && std::toupper(static_cast<unsigned char>(code[at])) == 'G' &&
         std::toupper(static_cast<unsigned char>(code[at + 1])) == 'O';
}

// `SELECT c FROM t; GO`, `DROP TYPE x GO;`, `SELECT c FROM t;GO;GO;;`: a run of `GO` words (with
// `;` and blanks) that ends the code of a line. sqlcmd only takes GO alone on its line, but the
// migration runners these scripts are written for (DbUp and others) split on a GO word anywhere
// after white space, and the fixture corpora use the form. Returns where the run starts, or npos.
// `code` must end outside any string or comment. The run must follow a complete word (`AS GO`,
// `c, GO`, `t.GO` keep GO as the identifier it is there).
std::size_t trailing_go_run(std::string_view code) {
  std::size_t end = code.size();
  std::size_t run_start = std::string_view::npos;
  while (true) {
    while (end > 0 && (is_space(code[end - 1]) || code[end - 1] == ';')) --end;
    if (end < 2 || !is_go_word(code, end - 2)) break;
    const std::size_t word = end - 2;
    if (word > 0 && !is_space(code[word - 1]) && code[word - 1] != ';') break;
    run_start = word;
    end = word;
  }
  if (run_start == std::string_view::npos) return run_start;
  std::size_t before = run_start;
  while (before > 0 && is_space(code[before - 1])) --before;
  if (before == 0) return run_start;  // the line is only GO words: `GO;GO;;`
  const unsigned char last = static_cast<unsigned char>(code[before - 1]);
  if (!std::isalnum(last) &&
      std::string_view("_#@$])'\";}").find(static_cast<char>(last)) == std::string_view::npos) {
    return std::string_view::npos;
  }
  std::size_t word_start = before;
  while (word_start > 0 && std::isalpha(static_cast<unsigned char>(code[word_start - 1])))
    --word_start;
  if (before - word_start == 2 &&
      std::toupper(static_cast<unsigned char>(code[word_start])) == 'A' &&
      std::toupper(static_cast<unsigned char>(code[word_start + 1])) == 'S' &&
      (word_start == 0 || !std::isalnum(static_cast<unsigned char>(code[word_start - 1])))) {
    return std::string_view::npos;  // `AS GO`: an alias named GO
  }
  return run_start;
}

}  // namespace

std::vector<BatchText> split_batches(std::string_view text, std::vector<SqlcmdLine>* sqlcmd_lines,
                                     std::vector<ast::SourcePosition>* comment_crs) {
  std::vector<BatchText> batches;
  ScanState state;
  std::vector<std::size_t> line_crs;  // scan_line's lone CRs of the current line
  std::size_t batch_start = 0;
  std::uint32_t batch_first_line = 1;
  std::uint32_t line_number = 1;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t newline = text.find('\n', pos);
    const std::size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view line = text.substr(pos, line_end - pos);
    std::uint32_t repeat = 1;
    const bool outside = state.comment_depth == 0 && state.closing == '\0';
    if (outside && is_sqlcmd_line(line)) {
      const std::string_view text_before = text.substr(batch_start, pos - batch_start);
      if (text_before.find_first_not_of(" \t\r\n") != std::string_view::npos) {
        batches.push_back(
            BatchText{text_before, batch_start, batch_first_line, 1,
                      line_number > batch_first_line ? line_number - 1 : line_number});
      }
      if (sqlcmd_lines != nullptr) {
        sqlcmd_lines->push_back(SqlcmdLine{line, pos, line_number, batches.size()});
      }
      batch_start = newline == std::string_view::npos ? text.size() : newline + 1;
      batch_first_line = line_number + 1;
    } else if (outside && parse_go_line(line, repeat)) {
      batches.push_back(BatchText{text.substr(batch_start, pos - batch_start), batch_start,
                                  batch_first_line, repeat,
                                  line_number > batch_first_line ? line_number - 1 : line_number});
      batch_start = newline == std::string_view::npos ? text.size() : newline + 1;
      batch_first_line = line_number + 1;
    } else {
      line_crs.clear();
      const std::size_t code_end = scan_line(line, state, &line_crs);
      if (comment_crs != nullptr) {
        for (std::size_t cr : line_crs) {
          comment_crs->push_back(ast::SourcePosition{
              line_number,
              static_cast<std::uint32_t>(source::count_code_points(line.substr(0, cr)) + 1)});
        }
      }
      const std::size_t go_at = state.comment_depth == 0 && state.closing == '\0'
                                    ? trailing_go_run(line.substr(0, code_end))
                                    : std::string_view::npos;
      if (go_at != std::string_view::npos) {
        batches.push_back(BatchText{text.substr(batch_start, pos + go_at - batch_start),
                                    batch_start, batch_first_line, 1, line_number});
        batch_start = newline == std::string_view::npos ? text.size() : newline + 1;
        batch_first_line = line_number + 1;
      }
    }
    if (newline == std::string_view::npos) break;
    pos = newline + 1;
    ++line_number;
  }
  const std::string_view rest = text.substr(batch_start);
  // Text after the last GO counts as a batch unless it is only white space.
  bool blank = true;
  for (char c : rest) {
    if (!is_space(c) && c != '\n') {
      blank = false;
      break;
    }
  }
  if (!blank) {
    batches.push_back(BatchText{rest, batch_start, batch_first_line, 1, line_number});
  }
  return batches;
}

}  // namespace pf::parse
