// Tests of the number tokenizer (analysis/internal/number_tokens.h): digit
// runs of every script and their separators, words with their clitics, and
// segment ends.

#include "analysis/internal/number_tokens.h"

#include <memory>
#include <string>
#include <vector>

#include "analysis/internal/number_lexicon.h"
#include "analysis/normalizer.h"
#include "analysis/text.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad::internal {
namespace {

class NumberTokensTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    normalizer_ = &test_support::SharedNormalizer();
    lexicon_ = &test_support::SharedNumberLexicon();
  }

  // Tokenizes the view of `input` as one segment; `view` receives the view.
  static std::vector<NumToken> Tokens(const std::string& input, std::string* view) {
    absl::StatusOr<Text> t = Text::Create(input, *normalizer_);
    EXPECT_TRUE(t.ok());
    *view = std::string(t->view());
    NumTokenizeScratch scratch;
    std::vector<NumToken> out;
    TokenizeSegment(*view, 0, *lexicon_, &scratch, &out);
    return out;
  }

  static const Normalizer* normalizer_;
  static const NumberLexicon* lexicon_;
};

const Normalizer* NumberTokensTest::normalizer_ = nullptr;
const NumberLexicon* NumberTokensTest::lexicon_ = nullptr;

struct DigitCase {
  const char* input;
  double value;
  bool decimal;
};

TEST_F(NumberTokensTest, OneDigitRunIsOneNumber) {
  const DigitCase kCases[] = {
      {"٣٧", 37, false},
      {"۲۵۰", 250, false},
      {"2,345,678", 2345678, false},
      {"1,250", 1250, false},
      {"3,7", 3.7, true},
      {"١٢٫٧٥", 12.75, true},
      {"٤٬٥٠٠٬٠٠٠", 4500000, false},
      {"1,234.5", 1234.5, true},
      {"3.450.000", 3450000, false},
  };
  for (const DigitCase& c : kCases) {
    SCOPED_TRACE(c.input);
    std::string view;
    std::vector<NumToken> t = Tokens(c.input, &view);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].type, NumToken::kNum);
    EXPECT_DOUBLE_EQ(t[0].value, c.value);
    EXPECT_EQ(t[0].decimal, c.decimal);
  }
}

TEST_F(NumberTokensTest, RunThatFitsNoConventionIsSeveralIntegers) {
  std::string view;
  std::vector<NumToken> t = Tokens("10.0.12.7", &view);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].type, NumToken::kNum);
  EXPECT_EQ(t[1].type, NumToken::kSym);
  EXPECT_EQ(t[1].sym, U'.');
  EXPECT_DOUBLE_EQ(t[6].value, 7);
}

TEST_F(NumberTokensTest, WordsCarryTheirCliticsAndArticle) {
  std::string view;
  std::vector<NumToken> t = Tokens("وبثلاثة الخامس كتاب", &view);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].type, NumToken::kWord);
  EXPECT_EQ(t[0].wa.proclitic_len, 4);
  EXPECT_TRUE(t[0].wa.conjunction);
  EXPECT_NE(t[0].wa.entries, nullptr);
  EXPECT_TRUE(t[1].wa.article);
  EXPECT_NE(t[1].wa.entries, nullptr);
  EXPECT_EQ(t[2].wa.entries, nullptr);
  EXPECT_TRUE(t[2].space_before);
}

TEST_F(NumberTokensTest, SegmentsEndAfterTerminatorAndSpaceOrLineBreak) {
  const std::string s = "عاد 3.5 مرات. ثم ذهب\nوعاد؟ حسنا";
  NumTokenizeScratch scratch;
  std::vector<NumToken> toks;
  const size_t first = TokenizeSegment(s, 0, *lexicon_, &scratch, &toks);
  EXPECT_EQ(s.substr(0, first), "عاد 3.5 مرات. ");
  ASSERT_EQ(toks.size(), 4u);  // عاد 3.5 مرات .
  EXPECT_DOUBLE_EQ(toks[1].value, 3.5);
  const size_t second = TokenizeSegment(s, first, *lexicon_, &scratch, &toks);
  EXPECT_EQ(s.substr(first, second - first), "ثم ذهب\n");
  EXPECT_EQ(toks.size(), 2u);
  const size_t third = TokenizeSegment(s, second, *lexicon_, &scratch, &toks);
  EXPECT_EQ(s.substr(second, third - second), "وعاد؟ ");
  EXPECT_EQ(TokenizeSegment(s, third, *lexicon_, &scratch, &toks), s.size());
  EXPECT_EQ(toks.size(), 1u);
}

TEST_F(NumberTokensTest, DatesAndTimesAreOneTokenWithoutNumbers) {
  for (const char* input : {"10:30", "9:15:40", "15/7/2016", "4-6-2015", "2020/05/13",
                            "1995-01", "12.3.2019"}) {
    SCOPED_TRACE(input);
    std::string view;
    std::vector<NumToken> t = Tokens(input, &view);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].type, NumToken::kDateTime);
    EXPECT_EQ(t[0].end, view.size());
  }
  // Not dates: a season, a score-like ratio, a version, a phone number.
  for (const char* input : {"2015-2016", "1:100", "3.5.2", "555-1234", "13/13/2020"}) {
    SCOPED_TRACE(input);
    std::string view;
    for (const NumToken& t : Tokens(input, &view)) EXPECT_NE(t.type, NumToken::kDateTime);
  }
}

TEST_F(NumberTokensTest, RehDecimalReadsTheFractionFirst) {
  std::string view;
  std::vector<NumToken> t = Tokens("05ر1420", &view);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].type, NumToken::kNum);
  EXPECT_TRUE(t[0].decimal);
  EXPECT_DOUBLE_EQ(t[0].value, 1420.05);
  t = Tokens("12ر3ب", &view);
  ASSERT_GE(t.size(), 2u);
  EXPECT_DOUBLE_EQ(t[0].value, 12);
}

TEST_F(NumberTokensTest, GroupingSpacesJoinGroupsOfThree) {
  std::string view;
  std::vector<NumToken> t = Tokens("7\u202F654\u202F321.5", &view);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_DOUBLE_EQ(t[0].value, 7654321.5);
  t = Tokens("12\u00A05", &view);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[1].space_before);
  t = Tokens("45،310,25", &view);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_DOUBLE_EQ(t[0].value, 45310.25);
}

}  // namespace
}  // namespace dhad::internal
