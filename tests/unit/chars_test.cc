#include "analysis/chars.h"

#include <unicode/uchar.h>

#include "gtest/gtest.h"

namespace dhad {
namespace {

// IsSpace spells Unicode's White_Space out instead of asking ICU: it must
// agree with ICU on every code point.
TEST(CharsTest, IsSpaceAgreesWithIcuOnEveryCodePoint) {
  int spaces = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    const bool icu = u_isUWhiteSpace(static_cast<UChar32>(c));
    ASSERT_EQ(IsSpace(c), icu) << "U+" << std::hex << static_cast<uint32_t>(c);
    spaces += icu;
  }
  EXPECT_EQ(spaces, 25);
}

// The fast paths of IsSpaceOrFormat (ASCII, Arabic letters) must not change
// its answer anywhere.
TEST(CharsTest, IsSpaceOrFormatAgreesWithIcuOnEveryCodePoint) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    const bool icu = u_isUWhiteSpace(static_cast<UChar32>(c)) ||
                     u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR;
    ASSERT_EQ(IsSpaceOrFormat(c), icu) << "U+" << std::hex << static_cast<uint32_t>(c);
  }
  EXPECT_TRUE(IsSpaceOrFormat(U'\u200F'));   // right-to-left mark
  EXPECT_TRUE(IsSpaceOrFormat(U'\u0600'));   // Arabic number sign
  EXPECT_FALSE(IsSpaceOrFormat(U'\u0640'));  // tatweel
}

TEST(CharsTest, ArabicAndLatinLettersAreNotSpace) {
  EXPECT_FALSE(IsSpace(U'\u0627'));
  EXPECT_FALSE(IsSpace(U'a'));
  EXPECT_FALSE(IsSpace(U'\u200B'));  // zero width space is a format character
  EXPECT_TRUE(IsSpace(U'\u00A0'));
  EXPECT_TRUE(IsSpace(U'\u3000'));
}

TEST(CharsTest, SpellsLatinLetterKnowsTheLettersOfAcronyms) {
  EXPECT_TRUE(SpellsLatinLetter("إيه"));
  EXPECT_TRUE(SpellsLatinLetter("اي"));   // I without its hamza
  EXPECT_TRUE(SpellsLatinLetter("زد"));
  EXPECT_TRUE(SpellsLatinLetter("د"));    // one Arabic letter: د.ب.أ
  EXPECT_FALSE(SpellsLatinLetter("لتر"));
  EXPECT_FALSE(SpellsLatinLetter("صار"));
  EXPECT_FALSE(SpellsLatinLetter("BBC"));
}

TEST(CharsTest, SpellsLatinInitialLeavesOutArabicWords) {
  EXPECT_TRUE(SpellsLatinInitial("جيه"));
  EXPECT_TRUE(SpellsLatinInitial("دبليو"));
  EXPECT_TRUE(SpellsLatinInitial("إف"));
  EXPECT_FALSE(SpellsLatinInitial("بي"));  // "with me"
  EXPECT_FALSE(SpellsLatinInitial("في"));  // "in"
  EXPECT_FALSE(SpellsLatinInitial("أو"));  // "or"
  EXPECT_FALSE(SpellsLatinInitial("د"));
}

}  // namespace
}  // namespace dhad
