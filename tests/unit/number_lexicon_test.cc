// Tests of the number lexicon (analysis/internal/number_lexicon.h): words
// found under their clitics through the shared clitic stage (clitics.h), and
// the filter in front of the lookup never hiding a number word.

#include "analysis/internal/number_lexicon.h"

#include <memory>
#include <string>

#include "analysis/lexicon.h"
#include "analysis/normalizer.h"
#include "analysis/text.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad::internal {
namespace {

class NumberLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    normalizer_ = &test_support::SharedNormalizer();
    lexicon_ = &test_support::SharedNumberLexicon();
  }

  // Analyzes `word` in its view form.
  static WordAnalysis Analyze(const std::string& word) {
    absl::StatusOr<Text> t = Text::Create(word, *normalizer_);
    EXPECT_TRUE(t.ok());
    view_ = std::string(t->view());
    return lexicon_->Analyze(view_);
  }

  static const Normalizer* normalizer_;
  static const NumberLexicon* lexicon_;
  static std::string view_;
};

const Normalizer* NumberLexiconTest::normalizer_ = nullptr;
const NumberLexicon* NumberLexiconTest::lexicon_ = nullptr;
std::string NumberLexiconTest::view_;

struct CliticCase {
  const char* word;
  int proclitic_len;  // bytes before the number word (outside a mention)
  bool conjunction;
  bool article;
};

TEST_F(NumberLexiconTest, NumberWordsUnderTheirClitics) {
  const CliticCase kCases[] = {
      {"ثلاثة", 0, false, false},  {"وثلاثة", 2, true, false},
      {"بثلاثة", 2, false, false}, {"الثلاثة", 0, false, true},
      {"والثلاثة", 2, true, true}, {"وبالثلاثة", 4, true, true},
      {"للثلاثة", 2, false, true}, {"فالخمسون", 2, true, true},
      {"ألف", 0, false, false},    {"بألفين", 2, false, false},
      {"ثلثهم", 0, false, false},  {"والمائتان", 2, true, true},
  };
  for (const CliticCase& c : kCases) {
    SCOPED_TRACE(c.word);
    WordAnalysis a = Analyze(c.word);
    ASSERT_NE(a.entries, nullptr);
    EXPECT_EQ(a.proclitic_len, c.proclitic_len);
    EXPECT_EQ(a.conjunction, c.conjunction);
    EXPECT_EQ(a.article, c.article);
  }
}

TEST_F(NumberLexiconTest, OtherWordsAreNotNumbers) {
  for (const char* word :
       {"كتاب", "والكتاب", "سيقول", "ثلاثتهم", "مدرسة", "abc", "وal"}) {
    SCOPED_TRACE(word);
    EXPECT_EQ(Analyze(word).entries, nullptr);
  }
}

// Every form of number_words.txt is found, alone and under و + ال: the
// letter and length filter in front of the lookup must never reject a key.
TEST_F(NumberLexiconTest, FilterKeepsEveryListedForm) {
  absl::StatusOr<absl::string_view> data = EmbeddedData("number_words");
  ASSERT_TRUE(data.ok());
  int n = 0;
  for (const LexiconLine& line : ParseLexicon(*data)) {
    const std::string& form = line.fields[0];
    SCOPED_TRACE(form);
    EXPECT_NE(Analyze(form).entries, nullptr);
    EXPECT_NE(Analyze("\xD9\x88\xD8\xA7\xD9\x84" + form).entries, nullptr);  // وال
    ++n;
  }
  EXPECT_GT(n, 200);
}

}  // namespace
}  // namespace dhad::internal
