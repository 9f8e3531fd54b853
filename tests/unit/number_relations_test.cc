// Tests of the layer over number mentions
// (analysis/internal/number_relations.h): approximators, bounds and ranges
// relate the numbers the grammar finds.

#include "analysis/internal/number_relations.h"

#include <string>
#include <vector>

#include "analysis/internal/number_grammar.h"
#include "analysis/internal/number_lexicon.h"
#include "analysis/internal/number_tokens.h"
#include "analysis/normalizer.h"
#include "analysis/text.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad::internal {
namespace {

class NumberRelationsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    normalizer_ = &test_support::SharedNormalizer();
    lexicon_ = &test_support::SharedNumberLexicon();
  }

  // The mentions of `input` as one segment, with their view texts.
  static std::vector<FoundMention> Relate(const std::string& input,
                                          std::vector<std::string>* texts) {
    text_ = std::make_unique<Text>(*Text::Create(input, *normalizer_));
    NumTokenizeScratch scratch;
    std::vector<NumToken> toks;
    const absl::string_view view = text_->view();
    TokenizeSegment(view, 0, *lexicon_, &scratch, &toks);
    std::vector<FoundMention> out;
    RelateMentions(NumberGrammar(*lexicon_, *text_, toks), &out);
    texts->clear();
    for (const FoundMention& f : out) {
      texts->push_back(std::string(view.substr(f.vbegin, f.vend - f.vbegin)));
    }
    return out;
  }

  static const Normalizer* normalizer_;
  static const NumberLexicon* lexicon_;
  static std::unique_ptr<Text> text_;
};

const Normalizer* NumberRelationsTest::normalizer_ = nullptr;
const NumberLexicon* NumberRelationsTest::lexicon_ = nullptr;
std::unique_ptr<Text> NumberRelationsTest::text_;

TEST_F(NumberRelationsTest, ApproximatorIsInsideTheMention) {
  std::vector<std::string> texts;
  std::vector<FoundMention> m = Relate("أصيب نحو 50 شخصا", &texts);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(texts[0], "نحو 50");
  EXPECT_TRUE(m[0].m.approximate);
  EXPECT_EQ(*m[0].m.value, 50);
}

TEST_F(NumberRelationsTest, BoundSetsOneSide) {
  std::vector<std::string> texts;
  std::vector<FoundMention> m = Relate("ما لا يقل عن 30 طالبا", &texts);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(*m[0].m.min, 30);
  EXPECT_TRUE(m[0].m.min_inclusive);
  EXPECT_FALSE(m[0].m.max.has_value());
}

TEST_F(NumberRelationsTest, RangeComesBeforeItsEnds) {
  std::vector<std::string> texts;
  std::vector<FoundMention> m = Relate("بين 10 و20 دولارا", &texts);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_FALSE(m[0].m.value.has_value());
  EXPECT_EQ(*m[0].m.min, 10);
  EXPECT_EQ(*m[0].m.max, 20);
  EXPECT_EQ(*m[1].m.value, 10);
  EXPECT_EQ(*m[2].m.value, 20);
}

TEST_F(NumberRelationsTest, ScoreIsTwoNumbersNotARange) {
  std::vector<std::string> texts;
  std::vector<FoundMention> m = Relate("انتهت المباراة 3-1", &texts);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[0].m.min.has_value());
}

}  // namespace
}  // namespace dhad::internal
