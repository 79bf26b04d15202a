#include "report/json_text.h"

#include <string>

namespace pf::report {

void write_json_document(std::ostream& out, const nlohmann::ordered_json& doc) {
  const std::string text =
      doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string safe;
  safe.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    safe += text[i];
    if (text[i] == '#' && i + 1 < text.size() && text[i + 1] == '#') {
      safe += "\\u0023";
      ++i;
    }
  }
  out << safe << "\n";
}

}  // namespace pf::report
