// Regression tests for the bugs the libFuzzer targets of fuzz/ found (see
// scripts/fuzz.sh). Each test is named after the bug; its minimized crash
// input is kept as a seed in fuzz/seeds/TARGET/ and is the first case here,
// followed by cases in ordinary text that the same bug broke.

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "analysis/normalizer.h"
#include "analysis/number_parser.h"
#include "analysis/sentence_splitter.h"
#include "analysis/span.h"
#include "analysis/text.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad {
namespace {

const Normalizer& TheNormalizer() { return test_support::SharedNormalizer(); }

std::vector<NumberMention> ParseNumbers(absl::string_view input) {
  static const NumberParser* parser = [] {
    auto p = NumberParser::Create(TheNormalizer());
    EXPECT_TRUE(p.ok()) << p.status();
    return p->release();
  }();
  absl::StatusOr<Text> text = Text::Create(input, TheNormalizer());
  EXPECT_TRUE(text.ok()) << text.status();
  if (!text.ok()) return {};
  absl::StatusOr<std::vector<NumberMention>> r = parser->Parse(*text);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : std::vector<NumberMention>();
}

std::vector<Span> SplitSentences(absl::string_view input) {
  static const SentenceSplitter* splitter = [] {
    auto s = SentenceSplitter::Create(TheNormalizer());
    EXPECT_TRUE(s.ok()) << s.status();
    return s->release();
  }();
  absl::StatusOr<Text> text = Text::Create(input, TheNormalizer());
  EXPECT_TRUE(text.ok()) << text.status();
  if (!text.ok()) return {};
  absl::StatusOr<std::vector<Span>> r = splitter->Split(*text);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : std::vector<Span>();
}

std::string Slice(absl::string_view text, Span s) {
  return std::string(text.substr(s.begin, s.size()));
}

// number_parser_fuzzer, "9%1" and "ثلث%2": a percent sign between two
// numbers went to both, the one before (as a sign after it) and the one
// after (as a sign before its digits), so two mentions overlapped. A sign the
// mention before has taken now stays with it; a sign with no number before it
// still makes the digits after it a percent.
TEST(FuzzRegression, PercentSignBetweenTwoNumbersIsNotTakenTwice) {
  struct Want {
    std::string text;
    double value;
    NumberKind kind;
  };
  struct Case {
    const char* input;
    std::vector<Want> want;
  };
  const Case kCases[] = {
      {"9%1", {{"9%", 9, NumberKind::kPercent}, {"1", 1, NumberKind::kCardinal}}},
      {"ثلث%2", {{"ثلث%", 1.0 / 3, NumberKind::kPercent}, {"2", 2, NumberKind::kCardinal}}},
      {"زاد ثلث ٪20",
       {{"ثلث ٪", 1.0 / 3, NumberKind::kPercent}, {"20", 20, NumberKind::kCardinal}}},
      {"نما الدخل 5%12 مرة",
       {{"5%", 5, NumberKind::kPercent}, {"12", 12, NumberKind::kCardinal}}},
      {"بلغ 7 ٪15 في الربع",
       {{"7 ٪", 7, NumberKind::kPercent}, {"15", 15, NumberKind::kCardinal}}},
      // No number before the sign: the digits after it are the percent.
      {"ارتفعت الأسعار ٪١٢", {{"٪١٢", 12, NumberKind::kPercent}}},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.input);
    const std::vector<NumberMention> got = ParseNumbers(c.input);
    ASSERT_EQ(got.size(), c.want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(Slice(c.input, got[i].span), c.want[i].text);
      ASSERT_TRUE(got[i].value.has_value());
      EXPECT_DOUBLE_EQ(*got[i].value, c.want[i].value);
      EXPECT_EQ(got[i].kind, c.want[i].kind);
      if (i > 0) {
        EXPECT_LE(got[i - 1].span.end, got[i].span.begin) << "mentions overlap";
      }
    }
  }
}

// number_parser_fuzzer, "ثلاثة ف\xD812 وما دون عشر": the bound after one
// number (12 وما دون, "12 or below") and the bound before the next (ما دون
// عشر, "below ten") shared ما دون, so two mentions overlapped. A phrase the
// mention before has taken now stays with it.
TEST(FuzzRegression, BoundPhraseBetweenTwoNumbersIsNotTakenTwice) {
  for (const char* input : {"ثلاثة ف12 وما دون عشر", "بلغ 12 وما دون عشر"}) {
    SCOPED_TRACE(input);
    const std::vector<NumberMention> got = ParseNumbers(input);
    ASSERT_GE(got.size(), 2u);
    const NumberMention& a = got[got.size() - 2];
    const NumberMention& b = got.back();
    EXPECT_EQ(Slice(input, a.span), "12 وما دون");
    ASSERT_TRUE(a.max.has_value());
    EXPECT_DOUBLE_EQ(*a.max, 12);
    EXPECT_EQ(Slice(input, b.span), "عشر");
    ASSERT_TRUE(b.value.has_value());
    EXPECT_DOUBLE_EQ(*b.value, 10);
    EXPECT_LE(a.span.end, b.span.begin) << "mentions overlap";
  }
}

// sentence_splitter_fuzzer, "\f" U+065A U+05A8: combining marks after a
// space or line break are composed onto it by the normalizer, whose map then
// points them at the space; the sentence, trimmed in the view, started with
// that space in the original. Sentences are now trimmed in the original too.
TEST(FuzzRegression, SentenceAfterSpaceWithCombiningMarksStartsAfterTheSpace) {
  struct Case {
    const char* input;
    std::vector<std::string> want;
  };
  const Case kCases[] = {
      {"\f\u065A\u05A8", {"\u065A\u05A8"}},
      {"انتهى الاجتماع.\n\u065A\u05A8 وبدأ آخر",
       {"انتهى الاجتماع.", "\u065A\u05A8 وبدأ آخر"}},
      {" \u0651\u05A8كلمة", {"\u0651\u05A8كلمة"}},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.input);
    const std::vector<Span> got = SplitSentences(c.input);
    std::vector<std::string> texts;
    for (Span s : got) texts.push_back(Slice(c.input, s));
    EXPECT_EQ(texts, c.want);
  }
}

// normalizer_fuzzer, "إ إإ" decomposed (alef + U+0655) with
// collapse_whitespace and reduce_elongation: each mark sent the normalizer
// back to its restart point before the space, and the space, fed again
// through the whitespace collapser, did not end the elongation run; so the
// three إ counted as one run and the third was dropped ("إ إ"). The
// decomposed text must give what the composed one gives.
TEST(FuzzRegression, ElongationRunDoesNotCrossSpaceInDecomposedText) {
  NormalizeOptions collapse = NormalizeOptions::None();
  collapse.collapse_whitespace = true;
  collapse.reduce_elongation = true;
  NormalizeOptions search = NormalizeOptions::Search();
  search.reduce_elongation = true;
  struct Case {
    const char* input;
    NormalizeOptions options;
    const char* want;
  };
  const Case kCases[] = {
      {"إ إإ", collapse, "إ إإ"},
      {"إ إإ", collapse, "إ إإ"},
      {"إ إإ", search, "ا اا"},
      // A real run still shrinks to two, composed or not.
      {"إإإ إ", collapse, "إإ إ"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.input);
    std::string out;
    std::vector<uint32_t> map;
    ASSERT_TRUE(TheNormalizer().Normalize(c.input, c.options, &out, &map).ok());
    EXPECT_EQ(out, c.want);
  }
}

}  // namespace
}  // namespace dhad
