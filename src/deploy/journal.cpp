// The journal file parser (issue #18): `flyway info` JSON, a flyway_schema_history or DbUp
// SchemaVersions table export, or a plain list. The formats and the commands that write them are
// in docs/journals.md. The file comes from a user, so every loop is linear and nothing recurses.
#include "deploy/journal.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <map>
#include <utility>

namespace pf::deploy {

namespace {

using source::Error;
using source::Expected;

Error error_at(std::size_t line, const std::string& what) {
  return Error{"journal line " + std::to_string(line) + ": " + what, std::nullopt};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// `sqlcmd -u` and PowerShell's `-Encoding Unicode` write UTF-16 with a BOM; everything else is
// read as UTF-8 (an ASCII file is one).
Expected<std::string> to_utf8(std::string_view bytes) {
  const bool le = bytes.substr(0, 2) == "\xFF\xFE";
  const bool be = bytes.substr(0, 2) == "\xFE\xFF";
  if (!le && !be) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (bytes.find('\0') != std::string_view::npos) {
      return Error{"journal: the file has NUL bytes (UTF-16 without a byte order mark?)",
                   bytes.find('\0')};
    }
    return std::string(bytes);
  }
  if (bytes.size() % 2 != 0) return Error{"journal: UTF-16 with an odd number of bytes", 0};
  std::string out;
  out.reserve(bytes.size() / 2);
  const auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return le ? (static_cast<std::uint32_t>(b) << 8) | a : (static_cast<std::uint32_t>(a) << 8) | b;
  };
  for (std::size_t i = 2; i < bytes.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const std::uint32_t next = unit(i + 2);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (next - 0xDC00);
        i += 2;
      }
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
      return Error{"journal: invalid UTF-16 at byte " + std::to_string(i), i};
    }
    append_utf8(out, cp);
  }
  return out;
}

struct Line {
  std::string_view text;
  std::size_t number = 0;  // 1-based
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t number = 1;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(Line{line, number++});
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

bool is_blank(std::string_view s) { return trim(s).empty(); }

// sqlcmd's "(3 rows affected)" / "(1 row affected)" after the rows.
bool is_rows_affected(std::string_view s) {
  s = trim(s);
  if (s.size() < 2 || s.front() != '(' || s.back() != ')') return false;
  s = s.substr(1, s.size() - 2);
  std::size_t digits = 0;
  while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits])) != 0) ++digits;
  const std::string_view rest = s.substr(digits);
  return digits > 0 && (rest == " rows affected" || rest == " row affected");
}

// sqlcmd writes the server's errors into the -o file ("Msg 208, Level 16, State 1, ...") and its
// own as "Sqlcmd: Error: ...": such a file is no journal whatever else it holds.
bool is_sqlcmd_error(std::string_view s) {
  s = trim(s);
  if (s.substr(0, 14) == "Sqlcmd: Error:") return true;
  if (s.substr(0, 4) != "Msg ") return false;
  const std::size_t comma = s.find(',');
  return comma != std::string_view::npos && s.substr(comma, 8) == ", Level ";
}

bool is_dashes_line(std::string_view s, char delimiter) {
  s = trim(s);
  if (s.empty() || s.front() != '-') return false;
  return std::all_of(s.begin(), s.end(),
                     [&](char c) { return c == '-' || c == ' ' || c == delimiter; });
}

// One delimited line into fields; RFC 4180 quoting within the line (Export-Csv quotes every
// field and doubles inner quotes). A quoted field running past the line end is an error.
Expected<std::vector<std::string>> split_fields(const Line& line, char delimiter) {
  std::vector<std::string> fields;
  const std::string_view s = line.text;
  std::size_t i = 0;
  while (true) {
    std::string field;
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size() && s[i] == '"') {
      ++i;
      bool closed = false;
      while (i < s.size()) {
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          ++i;
          break;
        }
        field += s[i++];
      }
      if (!closed) return error_at(line.number, "a quoted field is not closed on its line");
      while (i < s.size() && s[i] == ' ') ++i;
      if (i < s.size() && s[i] != delimiter) {
        return error_at(line.number, "text after a quoted field's closing quote");
      }
    } else {
      const std::size_t end = std::min(s.find(delimiter, i), s.size());
      field = std::string(trim(s.substr(i, end - i)));
      i = end;
    }
    fields.push_back(std::move(field));
    if (i >= s.size()) break;
    ++i;  // the delimiter
  }
  return fields;
}

// sqlcmd's default output pads columns to width and underlines each header with dashes: the
// dashes give the columns. Positions count characters, not bytes, as sqlcmd pads by characters.
struct FixedColumns {
  std::vector<std::size_t> starts;  // in characters
};

FixedColumns columns_from_dashes(std::string_view dashes) {
  FixedColumns cols;
  for (std::size_t i = 0; i < dashes.size(); ++i) {
    if (dashes[i] == '-' && (i == 0 || dashes[i - 1] == ' ')) cols.starts.push_back(i);
  }
  return cols;
}

Expected<std::vector<std::string>> split_fixed(const Line& line, const FixedColumns& cols) {
  // Byte offset of each character start, so that a column is cut at a character boundary.
  std::vector<std::size_t> char_bytes;
  for (std::size_t i = 0; i < line.text.size(); ++i) {
    if ((static_cast<unsigned char>(line.text[i]) & 0xC0) != 0x80) char_bytes.push_back(i);
  }
  const std::size_t chars = char_bytes.size();
  const auto byte_at = [&](std::size_t ch) {
    return ch < chars ? char_bytes[ch] : line.text.size();
  };
  std::vector<std::string> fields;
  for (std::size_t c = 0; c < cols.starts.size(); ++c) {
    const std::size_t start = cols.starts[c];
    const std::size_t end = c + 1 < cols.starts.size() ? cols.starts[c + 1] : chars;
    if (c > 0 && start <= chars && start > 0 && line.text[byte_at(start - 1)] != ' ') {
      return error_at(line.number, "the row does not line up with the dashes under the header");
    }
    const std::size_t b = byte_at(start);
    const std::size_t e = std::max(b, byte_at(std::max(start, end)));
    fields.emplace_back(trim(line.text.substr(b, e - b)));
  }
  return fields;
}

// Every column name either tool's table has; a header naming some of them but no script column
// is an export of the wrong query, not a list of script names.
bool is_journal_column(const std::string& name) {
  static const char* const kNames[] = {
      "installed_rank", "version",      "description",    "type",    "script", "checksum",
      "installed_by",   "installed_on", "execution_time", "success", "id",     "scriptname",
      "applied",        "version_rank"};
  return std::any_of(std::begin(kNames), std::end(kNames),
                     [&](const char* n) { return name == n; });
}

std::string column_name(std::string_view cell) {
  cell = trim(cell);
  if (cell.size() >= 2 && cell.front() == '[' && cell.back() == ']') {
    cell = cell.substr(1, cell.size() - 2);
  }
  return lower(cell);
}

bool is_null(const std::string& cell) { return cell.empty() || cell == "NULL"; }

Expected<std::int32_t> parse_int32(const std::string& cell, std::size_t line) {
  std::int32_t value = 0;
  const char* end = cell.data() + cell.size();
  const auto [ptr, ec] = std::from_chars(cell.data(), end, value);
  if (ec != std::errc() || ptr != end) {
    return error_at(line, "checksum '" + cell + "' is not a 32-bit integer");
  }
  return value;
}

Expected<bool> parse_success(const std::string& cell, std::size_t line) {
  const std::string v = lower(cell);
  if (v == "1" || v == "true") return true;
  if (v == "0" || v == "false") return false;
  return error_at(line, "success '" + cell + "' is not 1, 0, true or false");
}

struct TableShape {
  JournalFormat format = JournalFormat::ScriptList;
  std::map<std::string, std::size_t> column;  // lower-case name -> index
};

std::optional<std::size_t> index_of(const TableShape& shape, const char* name) {
  const auto it = shape.column.find(name);
  if (it == shape.column.end()) return std::nullopt;
  return it->second;
}

Expected<JournalEntry> flyway_row(const TableShape& shape, const std::vector<std::string>& cells,
                                  std::size_t line) {
  JournalEntry e;
  e.line = line;
  const auto cell = [&](const char* name) -> std::string {
    const auto i = index_of(shape, name);
    return i && !is_null(cells[*i]) ? cells[*i] : std::string();
  };
  e.script = cell("script");
  if (e.script.empty()) return error_at(line, "the row has no script");
  e.version = cell("version");
  e.description = cell("description");
  e.type = cell("type");
  if (const std::string checksum = cell("checksum"); !checksum.empty()) {
    auto value = parse_int32(checksum, line);
    if (!value) return value.error();
    e.checksum = value.value();
  }
  auto success = parse_success(cell("success"), line);
  if (!success) return success.error();
  e.success = success.value();
  if (const std::string rank = cell("installed_rank"); !rank.empty()) {
    std::int64_t value = 0;
    const char* end = rank.data() + rank.size();
    const auto [ptr, ec] = std::from_chars(rank.data(), end, value);
    if (ec != std::errc() || ptr != end) {
      return error_at(line, "installed_rank '" + rank + "' is not an integer");
    }
    e.installed_rank = value;
  }
  return e;
}

Expected<JournalEntry> dbup_row(const TableShape& shape, const std::vector<std::string>& cells,
                                std::size_t line) {
  JournalEntry e;
  e.line = line;
  const std::size_t i = *index_of(shape, "scriptname");
  if (is_null(cells[i])) return error_at(line, "the row has no ScriptName");
  e.script = cells[i];
  return e;
}

// Later Flyway rows cancel earlier ones: `flyway repair` inserts a DELETE row for a migration
// that went missing, `flyway undo` an UNDO_SQL row; Flyway then treats that version (a
// repeatable: that description) as not applied (MigrationInfoServiceImpl), and so must we, or the
// script it would run again would be taken for history. Each row is queued and cleared at most
// once, so this stays linear.
void apply_cancellations(std::vector<JournalEntry>& entries) {
  std::vector<std::size_t> order(entries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const JournalEntry& x = entries[a];
    const JournalEntry& y = entries[b];
    if (x.installed_rank && y.installed_rank) return *x.installed_rank < *y.installed_rank;
    return x.line < y.line;
  });
  std::map<std::string, std::vector<std::size_t>> in_effect;
  for (const std::size_t i : order) {
    JournalEntry& e = entries[i];
    // A repeatable is known by its description; by its script when the export left that out.
    const std::string key = !e.version.empty()       ? "V " + e.version
                            : !e.description.empty() ? "R " + e.description
                                                     : "S " + e.script;
    const bool deletes = e.type == "DELETE";
    const bool undoes = e.type.rfind("UNDO_", 0) == 0;
    if ((deletes || undoes) && e.success) {
      for (const std::size_t earlier : in_effect[key]) entries[earlier].success = false;
      in_effect[key].clear();
      if (deletes) e.success = false;  // the marker itself applied nothing
      continue;
    }
    in_effect[key].push_back(i);
  }
}

char delimiter_of(std::string_view header) {
  if (header.find('\t') != std::string_view::npos) return '\t';
  if (header.find(',') != std::string_view::npos) return ',';
  if (header.find(';') != std::string_view::npos) return ';';  // Export-Csv -UseCulture
  return ' ';
}

// A header line and its rows. `first` is the header's index in `lines`.
Expected<Journal> parse_table(const std::vector<Line>& lines, std::size_t first,
                              const std::vector<std::string>& header, char delimiter,
                              const std::optional<FixedColumns>& fixed, JournalFormat format) {
  TableShape shape;
  shape.format = format;
  for (std::size_t i = 0; i < header.size(); ++i) shape.column.emplace(column_name(header[i]), i);
  if (format == JournalFormat::FlywayTable && !index_of(shape, "success")) {
    return error_at(lines[first].number,
                    "the flyway_schema_history header has no success column (a failed migration "
                    "must not count as applied)");
  }
  Journal journal;
  journal.format = format;
  std::size_t i = first + 1;
  if (i < lines.size() && is_dashes_line(lines[i].text, delimiter)) ++i;
  for (; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (is_blank(line.text) || is_rows_affected(line.text)) continue;
    auto cells = fixed ? split_fixed(line, *fixed) : split_fields(line, delimiter);
    if (!cells) return cells.error();
    if (cells.value().size() != header.size()) {
      return error_at(line.number, std::to_string(cells.value().size()) +
                                       " fields where the header has " +
                                       std::to_string(header.size()));
    }
    auto entry = format == JournalFormat::FlywayTable
                     ? flyway_row(shape, cells.value(), line.number)
                     : dbup_row(shape, cells.value(), line.number);
    if (!entry) return entry.error();
    journal.entries.push_back(std::move(entry).value());
  }
  if (format == JournalFormat::FlywayTable) apply_cancellations(journal.entries);
  return journal;
}

// ---- `flyway info -outputType=json` ----

// JSON nesting any real `flyway info` output stays far below; deeper input is refused before the
// parser sees it.
constexpr std::size_t kMaxJsonDepth = 64;

struct JsonScan {
  std::vector<std::size_t> migration_lines;  // line of each object in the root's "migrations"
};

// One linear pass: bounds the nesting and finds where each migration object starts, for
// messages (the JSON library keeps no positions).
Expected<JsonScan> scan_json(std::string_view text) {
  JsonScan scan;
  std::size_t depth = 0;
  std::size_t line = 1;
  bool in_string = false;
  bool escaped = false;
  std::size_t string_start = 0;
  std::string_view last_root_string;
  bool in_migrations = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') ++line;
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
        if (depth == 1) last_root_string = text.substr(string_start, i - string_start);
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      string_start = i + 1;
    } else if (c == '{' || c == '[') {
      if (c == '[' && depth == 1) in_migrations = last_root_string == "migrations";
      if (c == '{' && depth == 2 && in_migrations) scan.migration_lines.push_back(line);
      if (++depth > kMaxJsonDepth) return error_at(line, "JSON nested too deeply for flyway info");
    } else if (c == '}' || c == ']') {
      if (depth > 0) --depth;
      if (depth == 1) in_migrations = false;
    }
  }
  return scan;
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

enum class StateUse { Applied, Failed, Skip };

// Flyway's MigrationState display names. Applied ones are history; Below Baseline and Ignored
// (Baseline) never run because the baseline stands for them; pending, ignored (out of order),
// undone, deleted, outdated (a changed repeatable, run again) and superseded ones are not history.
std::optional<StateUse> state_use(const std::string& state) {
  static const std::map<std::string, StateUse> kStates = {
      {"Success", StateUse::Applied},
      {"Baseline", StateUse::Applied},
      {"Missing", StateUse::Applied},
      {"Out of Order", StateUse::Applied},
      {"Future", StateUse::Applied},
      {"Below Baseline", StateUse::Applied},
      {"Ignored (Baseline)", StateUse::Applied},
      {"Failed", StateUse::Failed},
      {"Failed (Missing)", StateUse::Failed},
      {"Failed (Future)", StateUse::Failed},
      {"Pending", StateUse::Skip},
      {"Above Target", StateUse::Skip},
      {"Ignored", StateUse::Skip},
      {"Available", StateUse::Skip},
      {"Undone", StateUse::Skip},
      {"Deleted", StateUse::Skip},
      {"Outdated", StateUse::Skip},
      {"Superseded", StateUse::Skip},
  };
  const auto it = kStates.find(state);
  if (it == kStates.end()) return std::nullopt;
  return it->second;
}

std::string slashes(std::string s) {
  std::replace(s.begin(), s.end(), '\\', '/');
  return s;
}

Expected<Journal> parse_flyway_json(std::string_view text) {
  auto scan = scan_json(text);
  if (!scan) return scan.error();
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return error_at(line_of_offset(text, e.byte > 0 ? e.byte - 1 : 0), "not valid JSON");
  } catch (const nlohmann::json::exception&) {
    return error_at(1, "not valid JSON");
  }
  const std::string not_flyway = "JSON that is not the output of `flyway info -outputType=json`";
  if (!root.is_object()) return error_at(1, not_flyway);
  if (const auto error = root.find("error"); error != root.end()) {
    std::string message = "flyway reported an error instead of the journal";
    if (error->is_object() && error->contains("message") && (*error)["message"].is_string()) {
      message += ": " + (*error)["message"].get<std::string>();
    }
    return error_at(1, message);
  }
  const auto migrations = root.find("migrations");
  if (migrations == root.end() || !migrations->is_array()) {
    return error_at(1, not_flyway + " (no migrations array)");
  }
  Journal journal;
  journal.format = JournalFormat::FlywayJson;
  std::size_t index = 0;
  for (const nlohmann::json& m : *migrations) {
    const std::size_t line =
        index < scan.value().migration_lines.size() ? scan.value().migration_lines[index] : 1;
    ++index;
    if (!m.is_object()) return error_at(line, "a migration that is not a JSON object");
    const auto text_field = [&](const char* name) -> Expected<std::string> {
      const auto it = m.find(name);
      if (it == m.end() || it->is_null()) return std::string();
      if (!it->is_string()) return error_at(line, std::string("`") + name + "` is not a string");
      return it->get<std::string>();
    };
    auto state = text_field("state");
    if (!state) return state.error();
    const std::optional<StateUse> use = state_use(state.value());
    if (!use) return error_at(line, "unknown Flyway migration state '" + state.value() + "'");
    if (*use == StateUse::Skip) continue;
    JournalEntry e;
    e.line = line;
    e.state = state.value();
    e.success = *use == StateUse::Applied;
    for (auto [name, field] :
         {std::pair{"version", &e.version}, std::pair{"description", &e.description},
          std::pair{"type", &e.type}, std::pair{"filepath", &e.script}}) {
      auto value = text_field(name);
      if (!value) return value.error();
      *field = std::move(value).value();
    }
    e.script = slashes(std::move(e.script));
    journal.entries.push_back(std::move(e));
  }
  return journal;
}

// ---- plain list ----

Expected<Journal> parse_list(const std::vector<Line>& lines) {
  Journal journal;
  journal.format = JournalFormat::ScriptList;
  for (const Line& line : lines) {
    const std::string_view name = trim(line.text);
    if (name.empty() || name.front() == '#') continue;
    // A table exported without its header would otherwise pass as odd script names that match
    // nothing, and every applied script would look pending.
    if (name.find('\t') != std::string_view::npos || name.find(',') != std::string_view::npos ||
        is_rows_affected(name)) {
      return error_at(line.number,
                      "not a script name: a plain list has one name per line, and a table export "
                      "needs its header line");
    }
    JournalEntry e;
    e.script = slashes(std::string(name));
    e.line = line.number;
    journal.entries.push_back(std::move(e));
  }
  return journal;
}

bool has_column(const std::vector<std::string>& header, const char* name) {
  return std::any_of(header.begin(), header.end(),
                     [&](const std::string& h) { return column_name(h) == name; });
}

}  // namespace

Expected<Journal> parse_journal(std::string_view bytes) {
  auto decoded = to_utf8(bytes);
  if (!decoded) return decoded.error();
  const std::string& text = decoded.value();
  const std::vector<Line> lines = split_lines(text);
  for (const Line& line : lines) {
    if (is_sqlcmd_error(line.text)) {
      return error_at(line.number, "sqlcmd reported an error: " + std::string(trim(line.text)));
    }
  }
  // The header is the first line that is neither blank nor a comment (Export-Csv of Windows
  // PowerShell 5.1 writes `#TYPE System.Data.DataRow` first).
  std::size_t first = 0;
  while (first < lines.size() &&
         (is_blank(lines[first].text) || trim(lines[first].text).front() == '#')) {
    ++first;
  }
  if (first == lines.size()) return Journal{};
  const std::string_view head = trim(lines[first].text);
  if (head.front() == '{' || head.front() == '[') return parse_flyway_json(text);

  const char delimiter = delimiter_of(head);
  std::vector<std::string> header;
  std::optional<FixedColumns> fixed;
  const bool dashes_follow =
      first + 1 < lines.size() && is_dashes_line(lines[first + 1].text, delimiter);
  if (delimiter == ' ' && dashes_follow) {
    fixed = columns_from_dashes(lines[first + 1].text);
    auto cells = split_fixed(lines[first], *fixed);
    if (!cells) return cells.error();
    header = std::move(cells).value();
  } else if (delimiter != ' ') {
    auto cells = split_fields(lines[first], delimiter);
    if (!cells) return cells.error();
    header = std::move(cells).value();
  }
  if (has_column(header, "scriptname")) {
    return parse_table(lines, first, header, delimiter, fixed, JournalFormat::DbUp);
  }
  if (has_column(header, "script")) {
    return parse_table(lines, first, header, delimiter, fixed, JournalFormat::FlywayTable);
  }
  // A header of journal columns without the script one, whatever separates its names.
  // Names separated by spaces alone (`sqlcmd -W` without -s) cannot be told from values with
  // spaces in them.
  std::size_t known = 0;
  for (const std::string& cell : header) known += is_journal_column(column_name(cell)) ? 1 : 0;
  if (delimiter == ' ' && !fixed) {
    std::string_view rest = head;
    while (!rest.empty()) {
      const std::size_t end = std::min(rest.find(' '), rest.size());
      known += is_journal_column(column_name(rest.substr(0, end))) ? 1 : 0;
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
  }
  if (known >= 2) {
    return error_at(lines[first].number,
                    "a header of journal columns without a script column (Flyway's `script` or "
                    "DbUp's `ScriptName`), or one whose columns are separated by spaces alone");
  }
  return parse_list(lines);
}

const JournalEntry* find_entry(const Journal& journal, std::string_view relative_path) {
  const std::string path = slashes(std::string(relative_path));
  const auto ends_at_slash = [](std::string_view longer, std::string_view shorter) {
    if (shorter.empty() || longer.size() < shorter.size()) return false;
    if (longer.substr(longer.size() - shorter.size()) != shorter) return false;
    return longer.size() == shorter.size() || longer[longer.size() - shorter.size() - 1] == '/';
  };
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string::npos
                                    ? std::string_view(path)
                                    : std::string_view(path).substr(slash + 1);
  // Later wins: the higher installed_rank when both have one, else the later line.
  const auto later = [](const JournalEntry* a, const JournalEntry& b) {
    if (a == nullptr) return true;
    if (a->installed_rank && b.installed_rank) return *b.installed_rank >= *a->installed_rank;
    return b.line >= a->line;
  };
  const JournalEntry* by_path = nullptr;
  const JournalEntry* by_name = nullptr;
  for (const JournalEntry& e : journal.entries) {
    const std::string_view script = e.script;
    if (script.empty()) continue;
    if (ends_at_slash(script, path) || ends_at_slash(path, script)) {
      if (later(by_path, e)) by_path = &e;
    } else if (script.find('/') == std::string_view::npos && !name.empty() &&
               (script == name || (script.size() > name.size() &&
                                   script.substr(script.size() - name.size()) == name &&
                                   script[script.size() - name.size() - 1] == '.'))) {
      if (later(by_name, e)) by_name = &e;
    }
  }
  return by_path != nullptr ? by_path : by_name;
}

}  // namespace pf::deploy
