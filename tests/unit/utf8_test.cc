#include "base/utf8.h"

#include <unicode/utf8.h>

#include <string>

#include "gtest/gtest.h"

namespace dhad {
namespace {

struct BadCase {
  const char* name;
  std::string bytes;
  int64_t offset;
};

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(FindInvalidUtf8(""), -1);
  EXPECT_EQ(FindInvalidUtf8("plain ascii text, longer than eight bytes"), -1);
  EXPECT_EQ(FindInvalidUtf8("قال الوزير: «نعم»"), -1);
  EXPECT_EQ(FindInvalidUtf8("emoji \xF0\x9F\x98\x80 and U+10FFFF \xF4\x8F\xBF\xBF"), -1);
  EXPECT_EQ(FindInvalidUtf8("\xEF\xBF\xBD"), -1);  // U+FFFD itself is fine
  EXPECT_EQ(FindInvalidUtf8(std::string("nul\0inside", 10)), -1);
}

TEST(Utf8, RejectsIllFormedSequencesAtTheirOffset) {
  const BadCase kCases[] = {
      {"overlong slash", "ab\xC0\xAF", 2},
      {"overlong 3-byte", "\xE0\x80\xAF", 0},
      {"overlong 4-byte", "x\xF0\x80\x80\xAF", 1},
      {"encoded high surrogate", "abc\xED\xA0\x80", 3},
      {"encoded low surrogate", "\xED\xBF\xBF", 0},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"F5 lead byte", "\xF5\x80\x80\x80", 0},
      {"truncated 2-byte at end", "\xD8", 0},
      {"truncated 3-byte at end", "ok\xE2\x82", 2},
      {"truncated 4-byte before ascii", "\xF0\x9F\x98" "a", 0},
      {"stray continuation", "abcdefgh\x80", 8},
      {"lone FF", "\xFF", 0},
      {"after arabic", "قال\xC3", 6},
  };
  for (const BadCase& c : kCases) {
    EXPECT_EQ(FindInvalidUtf8(c.bytes), c.offset) << c.name;
    absl::Status st = ValidateUtf8(c.bytes);
    EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument) << c.name;
    EXPECT_NE(st.message().find("byte offset " + std::to_string(c.offset)),
              absl::string_view::npos)
        << c.name << ": " << st.message();
  }
}

// ICU's decoder as the reference: the offset of the first sequence it
// cannot decode.
int64_t IcuFindInvalid(const std::string& s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return start;
  }
  return -1;
}

// Every one-, two- and three-byte string after ASCII and after Arabic text
// (the fast paths for both), against ICU.
TEST(Utf8, AgreesWithIcuOnEveryShortSequence) {
  int checked = 0;
  for (const std::string prefix : {"", "abcdefgh", "\u0642\u0627\u0644"}) {
    for (int a = 0; a < 256; ++a) {
      for (int b = -1; b < 256; ++b) {
        std::string s = prefix + static_cast<char>(a);
        if (b >= 0) s += static_cast<char>(b);
        ASSERT_EQ(FindInvalidUtf8(s), IcuFindInvalid(s)) << a << " " << b;
        ++checked;
        if (a < 0xE0 || a > 0xF4 || b < 0x80 || b > 0xBF) continue;
        for (int c = 0; c < 256; ++c) {
          const std::string t = s + static_cast<char>(c);
          ASSERT_EQ(FindInvalidUtf8(t), IcuFindInvalid(t)) << a << " " << b << " " << c;
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 3 * 65536);
}

// The block-at-a-time path (sixteen bytes of ASCII and two-byte sequences
// at once): every one- and two-byte string, and every three-byte one that
// starts with a lead and a continuation, at each position of a block, amid
// ASCII and amid Arabic, against ICU.
TEST(Utf8, AgreesWithIcuAtEveryPositionOfABlock) {
  int checked = 0;
  for (const bool arabic : {false, true}) {
    for (int pos = 0; pos < 18; ++pos) {
      std::string prefix;
      while (static_cast<int>(prefix.size()) + (arabic ? 2 : 1) <= pos) {
        prefix += arabic ? "\u0628" : "a";
      }
      if (static_cast<int>(prefix.size()) < pos) prefix += "a";
      const std::string suffix = arabic ? "\u0644\u0645\u0646\u0647\u0648\u064A\u0629\u0627"
                                        : "bcdefghijklmnopq";
      for (int a = 0; a < 256; ++a) {
        for (int b = -1; b < 256; ++b) {
          std::string s = prefix + static_cast<char>(a);
          if (b >= 0) s += static_cast<char>(b);
          const std::string full = s + suffix;
          ASSERT_EQ(FindInvalidUtf8(full), IcuFindInvalid(full)) << pos << " " << a << " " << b;
          ++checked;
          if (a < 0xE0 || a > 0xF4 || b < 0x80 || b > 0xBF) continue;
          for (int c = 0; c < 256; ++c) {
            const std::string t = s + static_cast<char>(c) + suffix;
            ASSERT_EQ(FindInvalidUtf8(t), IcuFindInvalid(t)) << pos << " " << a << " " << b << " " << c;
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_GT(checked, 36 * 65536);
}

TEST(Utf8, DecodesAndEncodesEveryLength) {
  const char32_t kCps[] = {0x41, 0x0627, 0x20AC, 0xFDFA, 0x1F600, 0x10FFFF};
  for (char32_t cp : kCps) {
    std::string s;
    AppendUtf8(cp, &s);
    int len = 0;
    EXPECT_EQ(DecodeUtf8(s.data(), &len), cp);
    EXPECT_EQ(static_cast<size_t>(len), s.size());
    EXPECT_EQ(Utf8SequenceLength(static_cast<unsigned char>(s[0])), len);
    int back = 0;
    EXPECT_EQ(DecodeUtf8Before(s, s.size(), &back), cp);
    EXPECT_EQ(back, len);
    EXPECT_EQ(FindInvalidUtf8(s), -1);
  }
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("سلام"), 4u);
  EXPECT_EQ(CountCodePoints("a\xF0\x9F\x98\x80z"), 3u);
}

TEST(OffsetConverter, RoundTripsEveryOffsetOfMixedText) {
  std::string text;
  // Long enough to cross several 64-byte blocks with sequences straddling
  // block borders.
  for (int i = 0; i < 40; ++i) text += "قال a \xF0\x9F\x98\x80 ١٢٣ ";
  OffsetConverter conv(text);
  EXPECT_FALSE(conv.is_ascii());
  uint32_t cp = 0;
  for (size_t b = 0; b < text.size();) {
    EXPECT_EQ(conv.ToCodePoint(b), cp) << "byte " << b;
    EXPECT_EQ(conv.ToByte(cp), b) << "cp " << cp;
    const int len = Utf8SequenceLength(static_cast<unsigned char>(text[b]));
    for (int k = 1; k < len; ++k) EXPECT_EQ(conv.ToCodePoint(b + k), cp);
    b += len;
    ++cp;
  }
  EXPECT_EQ(conv.code_points(), cp);
  EXPECT_EQ(conv.ToCodePoint(text.size()), cp);
  EXPECT_EQ(conv.ToByte(cp), text.size());
}

TEST(OffsetConverter, AsciiIsIdentity) {
  OffsetConverter conv("hello world");
  EXPECT_TRUE(conv.is_ascii());
  EXPECT_EQ(conv.ToCodePoint(5), 5u);
  EXPECT_EQ(conv.ToByte(11), 11u);
  EXPECT_EQ(conv.code_points(), 11u);
}

TEST(OffsetConverter, EmptyText) {
  OffsetConverter conv("");
  EXPECT_EQ(conv.code_points(), 0u);
  EXPECT_EQ(conv.ToCodePoint(0), 0u);
  EXPECT_EQ(conv.ToByte(0), 0u);
}

}  // namespace
}  // namespace dhad
