// Tests of the grammar of one number (analysis/internal/number_grammar.h):
// the longest expression from a token, before modifiers.

#include "analysis/internal/number_grammar.h"

#include <cmath>
#include <string>
#include <vector>

#include "analysis/internal/number_lexicon.h"
#include "analysis/internal/number_tokens.h"
#include "analysis/normalizer.h"
#include "analysis/text.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad::internal {
namespace {

class NumberGrammarTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    normalizer_ = &test_support::SharedNormalizer();
    lexicon_ = &test_support::SharedNumberLexicon();
  }

  // Parses the core at the first token of `input` that starts one; returns
  // false when none does. *text receives the core's view text.
  static bool FirstCore(const std::string& input, NumberCore* core, std::string* text) {
    absl::StatusOr<Text> t = Text::Create(input, *normalizer_);
    EXPECT_TRUE(t.ok());
    NumTokenizeScratch scratch;
    std::vector<NumToken> toks;
    TokenizeSegment(t->view(), 0, *lexicon_, &scratch, &toks);
    NumberGrammar g(*lexicon_, *t, toks);
    for (int i = 0; i < g.size(); ++i) {
      if (g.ParseCore(i, core) && !core->rejected) {
        *text = std::string(t->view().substr(core->vbegin, core->vend - core->vbegin));
        return true;
      }
    }
    return false;
  }

  static const Normalizer* normalizer_;
  static const NumberLexicon* lexicon_;
};

const Normalizer* NumberGrammarTest::normalizer_ = nullptr;
const NumberLexicon* NumberGrammarTest::lexicon_ = nullptr;

struct CoreCase {
  const char* input;
  const char* view_text;
  double value;
  NumberKind kind;
};

TEST_F(NumberGrammarTest, OneNumberOfEachKind) {
  const CoreCase kCases[] = {
      {"باع مئة وخمسة وعشرين كتابا", "مئه وخمسه وعشرين", 125, NumberKind::kCardinal},
      {"ثلاثة آلاف جندي", "ثلاثه الاف", 3000, NumberKind::kCardinal},
      {"الفصل الخامس عشر", "الخامس عشر", 15, NumberKind::kOrdinal},
      {"ثلاثة أرباع الطلاب", "ثلاثه ارباع", 0.75, NumberKind::kFraction},
      {"النسبة 3/4 فقط", "3/4", 0.75, NumberKind::kFraction},
      {"سالب خمسة", "سالب خمسه", -5, NumberKind::kCardinal},
      {"واحد فاصلة خمسة", "واحد فاصله خمسه", 1.5, NumberKind::kCardinal},
  };
  for (const CoreCase& c : kCases) {
    SCOPED_TRACE(c.input);
    NumberCore core;
    std::string text;
    ASSERT_TRUE(FirstCore(c.input, &core, &text));
    EXPECT_EQ(text, c.view_text);
    EXPECT_NEAR(core.value, c.value, 1e-12);
    EXPECT_EQ(core.kind, c.kind);
  }
}

TEST_F(NumberGrammarTest, NoCoreInWordsThatAreNotNumbers) {
  for (const char* input : {"وصل يوم الأحد", "كم ثمن الكتاب", "لست أدري"}) {
    SCOPED_TRACE(input);
    NumberCore core;
    std::string text;
    EXPECT_FALSE(FirstCore(input, &core, &text)) << text;
  }
}

}  // namespace
}  // namespace dhad::internal
