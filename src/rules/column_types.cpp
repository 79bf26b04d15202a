#include "rules/column_types.h"

#include "rules/rule.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace pf::rules {
namespace {

enum class Family { Integer, Exact, Approximate, Char, Binary, Temporal, Bit, Other };

// The facts about one type that decide what it can hold.
struct TypeInfo {
  Family family = Family::Other;
  std::string name;    // lower case, without schema
  long size = 0;       // integers: digits; strings and binaries: length (-1 = max)
  long precision = 0;  // exact numerics; fractional-second digits for temporal types
  long scale = 0;
  bool unicode = false;   // nchar, nvarchar, ntext
  int temporal_rank = 0;  // date 1, time 1, smalldatetime 2, datetime 3, datetime2 4, offset 5
  bool has_date = false;
  bool has_time = false;
};

long arg(const ast::DataType& t, std::size_t i, long fallback) {
  if (i >= t.args.size()) return fallback;
  if (same_name(t.args[i], "max")) return -1;
  return std::strtol(t.args[i].c_str(), nullptr, 10);
}

TypeInfo classify(const ast::DataType& t) {
  TypeInfo info;
  std::string name = t.name;
  if (const std::size_t dot = name.rfind('.'); dot != std::string::npos) {
    // `sys.int` is int; any other schema is a user-defined type.
    if (!same_name(name.substr(0, dot), "sys")) {
      info.name = name;
      return info;
    }
    name = name.substr(dot + 1);
  }
  name = source::ascii_lower(name);
  info.name = name;
  if (name == "tinyint")
    info = {Family::Integer, name, 3};
  else if (name == "smallint")
    info = {Family::Integer, name, 5};
  else if (name == "int")
    info = {Family::Integer, name, 10};
  else if (name == "bigint")
    info = {Family::Integer, name, 19};
  else if (name == "bit")
    info = {Family::Bit, name, 1};
  else if (name == "decimal" || name == "numeric") {
    info = {Family::Exact, name, 0, arg(t, 0, 18), arg(t, 1, 0)};
  } else if (name == "money")
    info = {Family::Exact, name, 0, 19, 4};
  else if (name == "smallmoney")
    info = {Family::Exact, name, 0, 10, 4};
  else if (name == "float")
    info = {Family::Approximate, name, arg(t, 0, 53) > 24 ? 53 : 24};
  else if (name == "real")
    info = {Family::Approximate, name, 24};
  else if (name == "char" || name == "varchar" || name == "nchar" || name == "nvarchar") {
    info = {Family::Char, name, arg(t, 0, 1)};
    info.unicode = name[0] == 'n';
  } else if (name == "text" || name == "ntext") {
    info = {Family::Char, name, -1};
    info.unicode = name == "ntext";
  } else if (name == "binary" || name == "varbinary")
    info = {Family::Binary, name, arg(t, 0, 1)};
  else if (name == "image")
    info = {Family::Binary, name, -1};
  else if (name == "date") {
    info = {Family::Temporal, name};
    info.has_date = true;
  } else if (name == "time" || name == "datetime2" || name == "datetimeoffset") {
    info = {Family::Temporal, name, 0, arg(t, 0, 7)};
    info.has_time = true;
    info.has_date = name != "time";
    info.temporal_rank = name == "datetimeoffset" ? 5 : 4;
  } else if (name == "datetime" || name == "smalldatetime") {
    // datetime keeps 1/300 s (about 3 digits), smalldatetime whole minutes.
    info = {Family::Temporal, name, 0, name == "datetime" ? 3 : 0};
    info.has_date = info.has_time = true;
    info.temporal_rank = name == "datetime" ? 3 : 2;
  }
  return info;
}

// -1 (max) holds everything.
bool fits(long before, long after) { return after == -1 || (before != -1 && before <= after); }

}  // namespace

std::string type_display(const ast::DataType& type) {
  if (type.args.empty()) return type.name;
  std::string out = type.name + "(";
  for (std::size_t i = 0; i < type.args.size(); ++i) out += (i ? ", " : "") + type.args[i];
  return out + ")";
}

std::optional<std::string> narrowing(const ast::DataType& before_type,
                                     const ast::DataType& after_type) {
  const TypeInfo before = classify(before_type);
  const TypeInfo after = classify(after_type);
  const std::string was = type_display(before_type);
  auto why = [&](std::string_view reason) {
    return std::optional<std::string>(fmt::format(FMT_STRING("{} (was {})"), reason, was));
  };
  if (before.family == Family::Other || after.family == Family::Other) {
    if (same_name(before.name, after.name) && before_type.args == after_type.args) return {};
    return why("changes the type");
  }
  const Family bf = before.family, af = after.family;
  if (bf == Family::Bit && (af == Family::Integer || af == Family::Exact)) return {};
  if (bf == Family::Integer && af == Family::Integer) {
    return after.size >= before.size ? std::nullopt : why("narrows the integer type");
  }
  if ((bf == Family::Integer || bf == Family::Exact) && af == Family::Exact) {
    const long int_digits_before =
        bf == Family::Integer ? before.size : before.precision - before.scale;
    const long scale_before = bf == Family::Integer ? 0 : before.scale;
    if (after.precision - after.scale < int_digits_before) return why("has fewer integer digits");
    if (after.scale < scale_before) return why("has fewer decimal places");
    return {};
  }
  if (bf == Family::Exact && af == Family::Integer) {
    if (before.scale > 0) return why("drops the decimal places");
    return before.precision <= after.size ? std::nullopt : why("has fewer digits");
  }
  if (bf == Family::Approximate && af == Family::Approximate) {
    return after.size >= before.size ? std::nullopt : why("loses precision");
  }
  if (bf == Family::Char && af == Family::Char) {
    if (before.unicode && !after.unicode) return why("goes from Unicode to non-Unicode");
    return fits(before.size, after.size) ? std::nullopt : why("is shorter");
  }
  if (bf == Family::Binary && af == Family::Binary) {
    return fits(before.size, after.size) ? std::nullopt : why("is shorter");
  }
  if (bf == Family::Temporal && af == Family::Temporal) {
    if (before.has_date && !after.has_date) return why("drops the date");
    if (before.has_time && !after.has_time) return why("drops the time of day");
    if (before.temporal_rank == 5 && after.temporal_rank != 5)
      return why("drops the time zone offset");
    if (after.precision < before.precision) return why("keeps fewer fractional-second digits");
    return {};
  }
  return why("changes the type family");
}

std::optional<std::string> rewrites_rows(const ast::DataType& before_type,
                                         const ast::DataType& after_type) {
  const TypeInfo before = classify(before_type);
  const TypeInfo after = classify(after_type);
  if (same_name(before.name, after.name) && before_type.args == after_type.args) return {};
  // Only the declared length of a variable-length type changes; every stored value stays as it is.
  // To or from max the storage changes (large values may move off the row): not metadata-only.
  const bool variable =
      after.name == "varchar" || after.name == "nvarchar" || after.name == "varbinary";
  if (variable && before.name == after.name && before.size != -1 && after.size != -1 &&
      before.size <= after.size) {
    return {};
  }
  return fmt::format(FMT_STRING("from {} to {}"), type_display(before_type),
                     type_display(after_type));
}

}  // namespace pf::rules
