// What Unicode says about the characters a reader cannot see: shared by the parse stage (PF317
// finds them in code) and the reports (which escape them), so both agree on one table.
#include "source/source.h"

#include <array>
#include <utility>

namespace pf::source {
namespace {

// Default_Ignorable_Code_Point of Unicode's DerivedCoreProperties.txt (Unicode 15.1): characters a
// renderer shows as nothing. The bidirectional controls U+061C, U+200E, U+200F, U+202A..U+202E and
// U+2066..U+2069 are among them.
constexpr std::array<std::pair<char32_t, char32_t>, 17> kDefaultIgnorable{{
    {0x00AD, 0x00AD},
    {0x034F, 0x034F},
    {0x061C, 0x061C},
    {0x115F, 0x1160},
    {0x17B4, 0x17B5},
    {0x180B, 0x180F},
    {0x200B, 0x200F},
    {0x202A, 0x202E},
    {0x2060, 0x206F},
    {0x3164, 0x3164},
    {0xFE00, 0xFE0F},
    {0xFEFF, 0xFEFF},
    {0xFFA0, 0xFFA0},
    {0xFFF0, 0xFFF8},
    {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A},
    {0xE0000, 0xE0FFF},
}};

}  // namespace

bool is_default_ignorable(char32_t c) {
  if (c < 0xAD) return false;
  for (const auto& [first, last] : kDefaultIgnorable) {
    if (c >= first && c <= last) return true;
  }
  return false;
}

bool is_variation_selector(char32_t c) {
  return (c >= 0x180B && c <= 0x180D) || c == 0x180F || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

}  // namespace pf::source
