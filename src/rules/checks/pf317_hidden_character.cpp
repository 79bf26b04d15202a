// PF317 hidden-character: docs, rationale and examples in rules/PF317-hidden-character.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string>

namespace pf::rules {
namespace {

// Unicode character names, so that the reviewer knows what to look for; the rest by number.
std::string_view name_of(std::uint32_t c) {
  switch (c) {
    case 0x00AD:
      return "SOFT HYPHEN";
    case 0x034F:
      return "COMBINING GRAPHEME JOINER";
    case 0x061C:
      return "ARABIC LETTER MARK";
    case 0x115F:
      return "HANGUL CHOSEONG FILLER";
    case 0x1160:
      return "HANGUL JUNGSEONG FILLER";
    case 0x180E:
      return "MONGOLIAN VOWEL SEPARATOR";
    case 0x200B:
      return "ZERO WIDTH SPACE";
    case 0x200C:
      return "ZERO WIDTH NON-JOINER";
    case 0x200D:
      return "ZERO WIDTH JOINER";
    case 0x200E:
      return "LEFT-TO-RIGHT MARK";
    case 0x200F:
      return "RIGHT-TO-LEFT MARK";
    case 0x202A:
      return "LEFT-TO-RIGHT EMBEDDING";
    case 0x202B:
      return "RIGHT-TO-LEFT EMBEDDING";
    case 0x202C:
      return "POP DIRECTIONAL FORMATTING";
    case 0x202D:
      return "LEFT-TO-RIGHT OVERRIDE";
    case 0x202E:
      return "RIGHT-TO-LEFT OVERRIDE";
    case 0x2060:
      return "WORD JOINER";
    case 0x2061:
      return "FUNCTION APPLICATION";
    case 0x2062:
      return "INVISIBLE TIMES";
    case 0x2063:
      return "INVISIBLE SEPARATOR";
    case 0x2064:
      return "INVISIBLE PLUS";
    case 0x2066:
      return "LEFT-TO-RIGHT ISOLATE";
    case 0x2067:
      return "RIGHT-TO-LEFT ISOLATE";
    case 0x2068:
      return "FIRST STRONG ISOLATE";
    case 0x2069:
      return "POP DIRECTIONAL ISOLATE";
    case 0x3164:
      return "HANGUL FILLER";
    case 0xFEFF:
      return "ZERO WIDTH NO-BREAK SPACE (byte order mark)";
    case 0xFFA0:
      return "HALFWIDTH HANGUL FILLER";
    default:
      break;
  }
  if (c >= 0xE0000 && c <= 0xE007F) return "TAG";
  return "invisible format character";
}

std::string describe(const ast::HiddenCharacters& run) {
  std::string names;
  for (std::uint32_t c : run.code_points) {
    if (!names.empty()) names += ", ";
    names += fmt::format(FMT_STRING("U+{:04X} {}"), c, name_of(c));
  }
  if (run.count == 1) return "hidden character " + names;
  return fmt::format(FMT_STRING("{} hidden characters ({})"), run.count, names);
}

class HiddenCharacterRule final : public Rule {
 public:
  // The parse stage has found them outside string literals (in code, names and comments, and in
  // the code of literals that run as SQL): there they change what a reviewer sees, not data.
  void on_script(const ast::Script& script, RuleContext& ctx) const override {
    for (const ast::HiddenCharacters& run : script.hidden_characters) {
      ctx.report(run.range, "",
                 describe(run) +
                     " outside a string literal: an editor or diff shows it as nothing or lets it "
                     "reorder the text around it, so the code may not be what it looks like");
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_hidden_character_rule() {
  return std::make_unique<HiddenCharacterRule>();
}

}  // namespace pf::rules
