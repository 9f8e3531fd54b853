#include "analysis/text.h"

#include "gtest/gtest.h"

namespace dhad {
namespace {

TEST(Text, IdentityViewMapsSpansUnchanged) {
  absl::StatusOr<Text> t = Text::Identity("قال الوزير");
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(t->identity());
  EXPECT_EQ(t->view(), t->original());
  EXPECT_EQ(t->ToOriginal(0, 6), (Span{0, 6}));
  EXPECT_EQ(t->ToOriginalOffset(7), 7u);
}

TEST(Text, RejectsInvalidUtf8WithOffset) {
  absl::StatusOr<Text> t = Text::Identity("abc\xED\xA0\x80");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(t.status().message().find("byte offset 3"), absl::string_view::npos);
}

}  // namespace
}  // namespace dhad

namespace dhad {
namespace {

class TextWithView : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { normalizer_ = Normalizer::Create()->release(); }
  static const Normalizer* normalizer_;
};
const Normalizer* TextWithView::normalizer_ = nullptr;

TEST_F(TextWithView, ViewFoldsSpellingAndMapsWordsBackWithTheirMarks) {
  // Diacritics dropped, alef folded, the digit made ASCII.
  const std::string original = "قالَ إِنّ الوزيرَ ٣";
  absl::StatusOr<Text> t = Text::Create(original, *normalizer_);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_FALSE(t->identity());
  EXPECT_EQ(t->view(), "قال ان الوزير 3");
  // "ان" in the view is "إِنّ" in the original, with its marks.
  const size_t at = t->view().find("ان");
  const Span s = t->ToOriginal(at, at + std::string("ان").size());
  EXPECT_EQ(original.substr(s.begin, s.size()), "إِنّ");
  // The whole view maps to the whole original.
  EXPECT_EQ(t->ToOriginal(0, t->view().size()), (Span{0, static_cast<int32_t>(original.size())}));
  // The digit maps to the Arabic-Indic digit.
  const Span d = t->ToOriginal(t->view().size() - 1, t->view().size());
  EXPECT_EQ(original.substr(d.begin, d.size()), "٣");
}

TEST_F(TextWithView, SpanEndDropsRemovedInvisiblesAndSpace) {
  // A right-to-left mark after the word is removed in the view; a span of the
  // word must not take it along.
  const std::string original = "نعم\u200F لا";
  absl::StatusOr<Text> t = Text::Create(original, *normalizer_);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->view(), "نعم لا");
  const Span s = t->ToOriginal(0, std::string("نعم").size());
  EXPECT_EQ(original.substr(s.begin, s.size()), "نعم");
}

TEST_F(TextWithView, ExpansionMapsToItsSingleSource) {
  // ﷲ expands to four letters in the view; any part maps to the whole ligature.
  const std::string original = "بسم ﷲ";
  absl::StatusOr<Text> t = Text::Create(original, *normalizer_);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->view(), "بسم الله");
  const size_t at = t->view().find("الله");
  const Span s = t->ToOriginal(at + 2, at + 4);  // the lam only
  EXPECT_EQ(original.substr(s.begin, s.size()), "ﷲ");
}

}  // namespace
}  // namespace dhad
