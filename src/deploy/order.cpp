#include "deploy/order.h"

#include "source/source.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace pf::deploy {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view without_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

// Compares two digit strings without leading zeros by value: -1, 0 or 1.
int compare_number(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  const int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::string_view file_name_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view folder_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash + 1);
}

std::string replace_star(std::string_view pattern, std::string_view stem) {
  const std::size_t star = pattern.find('*');
  return std::string(pattern.substr(0, star)) + std::string(stem) +
         std::string(pattern.substr(star + 1));
}

// The first pattern `relative`'s file name matches, with the stem it gives.
std::optional<std::pair<std::string, std::string>> matching_undo_pattern(
    std::string_view relative, const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    if (std::optional<std::string> stem = undo_pattern_stem(relative, pattern)) {
      return std::pair{pattern, std::move(*stem)};
    }
  }
  return std::nullopt;
}

// Pairs pattern undo scripts with forward scripts of the same folder, and names the undo script
// each unpaired forward script would have.
void pair_pattern_undo(std::vector<Input> pattern_undo, const std::vector<std::string>& patterns,
                       OrderedInputs& out) {
  std::stable_sort(pattern_undo.begin(), pattern_undo.end(), [](const Input& a, const Input& b) {
    return natural_less(a.relative, b.relative);
  });
  std::vector<bool> paired(out.forward.size(), false);
  for (Input& input : pattern_undo) {
    const auto [pattern, stem] = *matching_undo_pattern(input.relative, patterns);
    const std::string folder(folder_of(input.relative));
    UndoInput undo{std::move(input), std::nullopt, 0};
    for (const std::string& name : undo_forward_names(stem, pattern)) {
      for (std::size_t i = 0; i < out.forward.size() && !undo.forward; ++i) {
        if (!paired[i] && out.forward[i].relative == folder + name) undo.forward = i;
      }
      if (undo.forward) break;
    }
    if (undo.forward) {
      paired[*undo.forward] = true;
      undo.runs_after = *undo.forward + 1;
    } else {
      const std::string would_undo = folder + stem + ".sql";
      while (undo.runs_after < out.forward.size() &&
             !natural_less(would_undo, out.forward[undo.runs_after].relative)) {
        ++undo.runs_after;
      }
    }
    out.undo.push_back(std::move(undo));
  }
  if (pattern_undo.empty()) return;
  for (std::size_t i = 0; i < out.forward.size(); ++i) {
    if (paired[i] || out.missing_undo.count(i) != 0) continue;
    const std::string_view relative = out.forward[i].relative;
    const std::optional<FlywayName> flyway = parse_flyway_name(relative);
    if (flyway && flyway->kind == 'R') continue;  // repeatables are re-applied, never undone
    const std::string& pattern = patterns.front();
    const std::string name(file_name_of(relative));
    std::string stem = name.substr(0, name.size() - std::min<std::size_t>(4, name.size()));
    const std::vector<std::string> forward_names = undo_forward_names("*", pattern);
    if (forward_names.size() > 1) {
      // `001_add.up.sql` expects `001_add.down.sql`, not `001_add.up.down.sql`.
      if (std::optional<std::string> up_stem = undo_pattern_stem(name, forward_names.front())) {
        stem = *up_stem;
      }
    }
    out.missing_undo[i] = replace_star(pattern, stem);
  }
}

}  // namespace

std::optional<std::string> undo_pattern_stem(std::string_view file_name, std::string_view pattern) {
  file_name = file_name_of(file_name);
  const std::size_t star = pattern.find('*');
  if (star == std::string_view::npos) return std::nullopt;
  const std::string_view prefix = pattern.substr(0, star);
  const std::string_view suffix = pattern.substr(star + 1);
  // A stem of at least one character: `.down.sql` alone names no forward script.
  if (file_name.size() <= prefix.size() + suffix.size()) return std::nullopt;
  if (file_name.substr(0, prefix.size()) != prefix) return std::nullopt;
  if (file_name.substr(file_name.size() - suffix.size()) != suffix) return std::nullopt;
  return std::string(
      file_name.substr(prefix.size(), file_name.size() - prefix.size() - suffix.size()));
}

std::vector<std::string> undo_forward_names(std::string_view stem, std::string_view pattern) {
  std::vector<std::string> out;
  const std::size_t down = pattern.find("down");
  if (down != std::string_view::npos) {
    std::string up(pattern);
    up.replace(down, 4, "up");
    out.push_back(replace_star(up, stem));
  }
  out.push_back(std::string(stem) + ".sql");
  return out;
}

bool natural_less(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t i_end = i;
      std::size_t j_end = j;
      while (i_end < a.size() && is_digit(a[i_end])) ++i_end;
      while (j_end < b.size() && is_digit(b[j_end])) ++j_end;
      const int c = compare_number(without_leading_zeros(a.substr(i, i_end - i)),
                                   without_leading_zeros(b.substr(j, j_end - j)));
      if (c != 0) return c < 0;
      i = i_end;
      j = j_end;
      continue;
    }
    if (a[i] != b[j]) {
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    }
    ++i;
    ++j;
  }
  if ((i < a.size()) != (j < b.size())) return j < b.size();
  return a < b;  // same values, different zero padding: byte order keeps the order total
}

const std::vector<std::string>& order_names() {
  static const std::vector<std::string> names = {"flyway", "natural", "lexical", "given"};
  return names;
}

std::optional<Order> parse_order(std::string_view name) {
  for (const Order order : {Order::Flyway, Order::Natural, Order::Lexical, Order::Given}) {
    if (name == order_name(order)) return order;
  }
  return std::nullopt;
}

std::string_view order_name(Order order) {
  switch (order) {
    case Order::Flyway:
      return "flyway";
    case Order::Natural:
      return "natural";
    case Order::Lexical:
      return "lexical";
    case Order::Given:
      return "given";
  }
  return "natural";
}

std::optional<FlywayName> parse_flyway_name(std::string_view file_name) {
  file_name = file_name_of(file_name);
  if (file_name.size() < 4) return std::nullopt;
  if (source::ascii_lower(file_name.substr(file_name.size() - 4)) != ".sql") return std::nullopt;
  std::string_view stem = file_name.substr(0, file_name.size() - 4);
  // Flyway's default prefixes are case-sensitive: `v1__x.sql` is not a migration.
  const char kind = stem.empty() ? '\0' : stem.front();
  if (kind != 'V' && kind != 'U' && kind != 'R') return std::nullopt;
  const std::size_t separator = stem.find("__");
  if (separator == std::string_view::npos) return std::nullopt;
  FlywayName out;
  out.kind = kind;
  out.description = std::string(stem.substr(separator + 2));
  const std::string_view version = stem.substr(1, separator - 1);
  if (kind == 'R') {
    if (!version.empty()) return std::nullopt;
    return out;
  }
  if (version.empty()) return std::nullopt;
  std::size_t at = 0;
  while (at <= version.size()) {
    std::size_t end = at;
    while (end < version.size() && is_digit(version[end])) ++end;
    if (end == at) return std::nullopt;  // empty part, or a part that is not a number
    out.version.emplace_back(without_leading_zeros(version.substr(at, end - at)));
    if (end == version.size()) break;
    if (version[end] != '.' && version[end] != '_') return std::nullopt;
    at = end + 1;
    if (at == version.size()) return std::nullopt;  // a trailing separator
  }
  return out;
}

// Flyway compares versions part by part as numbers, and `1.0` is the same version as `1`.
int compare_version(std::vector<std::string> a, std::vector<std::string> b) {
  while (!a.empty() && a.back() == "0") a.pop_back();
  while (!b.empty() && b.back() == "0") b.pop_back();
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (const int c = compare_number(a[i], b[i]); c != 0) return c;
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

OrderedInputs order_inputs(std::vector<Input> all_inputs, std::optional<Order> requested,
                           std::string_view requested_by,
                           const std::vector<std::string>& undo_patterns) {
  OrderedInputs out;
  std::vector<Input> inputs;
  std::vector<Input> pattern_undo;
  for (Input& input : all_inputs) {
    const bool undo =
        !input.problem && matching_undo_pattern(input.relative, undo_patterns).has_value();
    (undo ? pattern_undo : inputs).push_back(std::move(input));
  }
  if (requested) {
    out.order = *requested;
    out.reason = fmt::format(FMT_STRING("chosen by {}"), requested_by);
  } else {
    std::size_t files = 0;
    const Input* other = nullptr;
    for (const Input& input : inputs) {
      if (input.problem) continue;
      ++files;
      if (other == nullptr && !parse_flyway_name(input.relative)) other = &input;
    }
    if (files > 0 && other == nullptr) {
      out.order = Order::Flyway;
      out.reason = "detected: every file name is a Flyway migration (V/U<version>__, R__)";
    } else {
      out.order = Order::Natural;
      out.reason = other != nullptr
                       ? fmt::format(FMT_STRING("detected: '{}' is not a Flyway name, so "
                                                "numeric-aware name order"),
                                     other->display)
                       : std::string("default");
    }
  }

  switch (out.order) {
    case Order::Given:
      out.forward = std::move(inputs);
      break;
    case Order::Lexical:
      std::stable_sort(inputs.begin(), inputs.end(),
                       [](const Input& a, const Input& b) { return a.relative < b.relative; });
      out.forward = std::move(inputs);
      break;
    case Order::Natural:
      std::stable_sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) {
        return natural_less(a.relative, b.relative);
      });
      out.forward = std::move(inputs);
      break;
    case Order::Flyway: {
      // Rank: versioned, then repeatable, then names Flyway would not run (kept, checked last,
      // so a forced --order flyway never silently skips a script).
      struct Keyed {
        Input input;
        std::optional<FlywayName> name;
      };
      std::vector<Keyed> versioned, repeatable, undo, other;
      for (Input& input : inputs) {
        std::optional<FlywayName> name = parse_flyway_name(input.relative);
        const char kind = name ? name->kind : '?';
        Keyed keyed{std::move(input), std::move(name)};
        if (kind == 'V') {
          versioned.push_back(std::move(keyed));
        } else if (kind == 'U') {
          undo.push_back(std::move(keyed));
        } else if (kind == 'R') {
          repeatable.push_back(std::move(keyed));
        } else {
          other.push_back(std::move(keyed));
        }
      }
      auto by_version = [](const Keyed& a, const Keyed& b) {
        const int c = compare_version(a.name->version, b.name->version);
        return c != 0 ? c < 0 : natural_less(a.input.relative, b.input.relative);
      };
      std::stable_sort(versioned.begin(), versioned.end(), by_version);
      std::stable_sort(undo.begin(), undo.end(), by_version);
      std::stable_sort(repeatable.begin(), repeatable.end(), [](const Keyed& a, const Keyed& b) {
        return a.name->description != b.name->description
                   ? natural_less(a.name->description, b.name->description)
                   : natural_less(a.input.relative, b.input.relative);
      });
      std::stable_sort(other.begin(), other.end(), [](const Keyed& a, const Keyed& b) {
        return natural_less(a.input.relative, b.input.relative);
      });
      for (auto* group : {&versioned, &repeatable, &other}) {
        for (Keyed& k : *group) out.forward.push_back(std::move(k.input));
      }
      for (Keyed& u : undo) {
        UndoInput paired{std::move(u.input), std::nullopt, 0};
        // Versioned scripts come first in the forward order, by version.
        for (std::size_t i = 0; i < versioned.size(); ++i) {
          const int c = compare_version(versioned[i].name->version, u.name->version);
          if (c <= 0) paired.runs_after = i + 1;
          if (c == 0 && !paired.forward) paired.forward = i;
        }
        if (paired.forward) paired.runs_after = *paired.forward + 1;
        out.undo.push_back(std::move(paired));
      }
      if (!undo.empty()) {
        for (std::size_t i = 0; i < versioned.size(); ++i) {
          const bool has_undo = std::any_of(out.undo.begin(), out.undo.end(),
                                            [&](const UndoInput& u) { return u.forward == i; });
          if (!has_undo) {
            // The version as the V script writes it (`V001__x.sql` expects `U001__*.sql`).
            const std::string_view name = file_name_of(out.forward[i].relative);
            out.missing_undo[i] =
                fmt::format(FMT_STRING("U{}__*.sql"), name.substr(1, name.find("__") - 1));
          }
        }
      }
      // Inputs that could not be found or listed have no name to run by; they are not counted.
      const auto unnamed = std::count_if(other.begin(), other.end(),
                                         [](const Keyed& k) { return !k.input.problem; });
      if (unnamed > 0) {
        out.reason +=
            fmt::format(FMT_STRING("; {} file(s) without a Flyway name run last"), unnamed);
      }
      if (!undo.empty()) {
        std::size_t unpaired = 0;
        for (const Keyed& u : undo) {
          const bool paired = std::any_of(versioned.begin(), versioned.end(), [&](const Keyed& v) {
            return compare_version(v.name->version, u.name->version) == 0;
          });
          if (!paired) ++unpaired;
        }
        out.reason += fmt::format(FMT_STRING("; {} undo script(s) not run forward"), undo.size());
        if (unpaired > 0) {
          out.reason += fmt::format(FMT_STRING(" ({} without a matching V)"), unpaired);
        }
      }
      break;
    }
  }
  if (!pattern_undo.empty()) {
    out.reason +=
        fmt::format(FMT_STRING("; {} undo script(s) matched by files.undo"), pattern_undo.size());
  }
  pair_pattern_undo(std::move(pattern_undo), undo_patterns, out);
  return out;
}

}  // namespace pf::deploy
