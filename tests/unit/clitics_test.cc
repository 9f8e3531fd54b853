#include "analysis/internal/clitics.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace dhad::internal {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

// Renders a split as "و+ب+ال+[مملكه]+ه": the proclitics in their written
// order, the stem in brackets, then the enclitic as written in the word.
std::string Render(absl::string_view word, const CliticSplit& s) {
  std::string out;
  if (s.proclitics & kConjWa) out += "و+";
  if (s.proclitics & kConjFa) out += "ف+";
  if (s.proclitics & kPrepBi) out += "ب+";
  if (s.proclitics & kPrepLi) out += "ل+";
  if (s.proclitics & kPrepKa) out += "ك+";
  if (s.proclitics & kFutureSa) out += "س+";
  if (s.proclitics & kArticle) out += "ال+";
  absl::StrAppend(&out, "[", word.substr(s.stem_begin, s.stem_end - s.stem_begin), "]");
  if (s.enclitic != Enclitic::kNone) absl::StrAppend(&out, "+", word.substr(s.stem_end));
  return out;
}

std::vector<std::string> Splits(absl::string_view word) {
  CliticSplit buf[kMaxCliticSplits];
  int n = SplitClitics(word, buf, kMaxCliticSplits);
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(Render(word, buf[i]));
  return out;
}

struct Case {
  const char* word;
  std::vector<std::string> want;  // must all be among the splits
};

TEST(SplitClitics, FindsTheGrammaticalSegmentation) {
  const Case kCases[] = {
      {"والوزير", {"و+ال+[وزير]"}},
      {"بالمملكه", {"ب+ال+[مملكه]"}},
      {"وبالمملكه", {"و+ب+ال+[مملكه]"}},
      {"للشركه", {"ل+ال+[شركه]"}},
      {"لليل", {"ل+ال+[ليل]"}},
      {"وللشركه", {"و+ل+ال+[شركه]"}},
      {"كالعاده", {"ك+ال+[عاده]"}},
      {"فالامر", {"ف+ال+[امر]"}},
      {"وزارته", {"[وزارت]+ه"}},
      {"سيقول", {"س+[يقول]"}},
      {"وسيقولها", {"و+س+[يقول]+ها"}},
      {"فسنعلن", {"ف+س+[نعلن]"}},
      {"وقال", {"و+[قال]"}},
      {"فقال", {"ف+[قال]"}},
      {"واضاف", {"و+[اضاف]"}},
      {"كتابهما", {"[كتاب]+هما"}},
      {"اعطاني", {"[اعطا]+ني", "[اعطان]+ي"}},
      {"بيتكم", {"[بيت]+كم"}},
      {"لقائه", {"ل+[قائه]", "[لقائ]+ه", "ل+[قائ]+ه"}},
      {"ومنهم", {"و+[منهم]", "و+[من]+هم"}},
  };
  for (const Case& c : kCases) {
    std::vector<std::string> got = Splits(c.word);
    for (const std::string& w : c.want) {
      EXPECT_THAT(got, Contains(w)) << c.word;
    }
  }
}

TEST(SplitClitics, ListsTheUnsplitWordFirstThenFewestCliticBytes) {
  CliticSplit buf[kMaxCliticSplits];
  const absl::string_view word = "وبالمملكه";
  int n = SplitClitics(word, buf, kMaxCliticSplits);
  ASSERT_GE(n, 4);
  EXPECT_EQ(buf[0],
            (CliticSplit{0, 0, static_cast<uint8_t>(word.size()), Enclitic::kNone}));
  int prev = 0;
  for (int i = 0; i < n; ++i) {
    int removed = buf[i].stem_begin + (static_cast<int>(word.size()) - buf[i].stem_end);
    EXPECT_GE(removed, prev) << i;
    prev = removed;
  }
  EXPECT_THAT(Splits(word),
              ElementsAre("[وبالمملكه]", "[وبالمملك]+ه", "و+[بالمملكه]", "و+[بالمملك]+ه",
                          "و+ب+[المملكه]", "و+ب+[المملك]+ه", "و+ب+ال+[مملكه]"));
}

TEST(SplitClitics, KeepsShortStems) {
  // Two-letter words have no split; three-letter ones keep two letters.
  EXPECT_THAT(Splits("به"), ElementsAre("[به]"));
  EXPECT_THAT(Splits("له"), ElementsAre("[له]"));
  EXPECT_THAT(Splits("في"), ElementsAre("[في]"));
  EXPECT_THAT(Splits("بها"), Not(Contains("[ب]+ها")));
  EXPECT_THAT(Splits("فيها"), ElementsAre("[فيها]", "ف+[يها]", "[في]+ها"));
  EXPECT_THAT(Splits("ال"), ElementsAre("[ال]"));
  // The future particle needs a present prefix and a stem of three letters.
  EXPECT_THAT(Splits("سير"), Not(Contains("س+[ير]")));
  EXPECT_THAT(Splits("سيكون"), Contains("س+[يكون]"));
  EXPECT_THAT(Splits("سلام"), Not(Contains("س+[لام]")));
}

TEST(SplitClitics, GivesNoPossessiveAfterTheArticle) {
  EXPECT_THAT(Splits("الكتابه"), Not(Contains("ال+[كتاب]+ه")));
  EXPECT_THAT(Splits("الكتابه"), Contains("ال+[كتابه]"));
}

TEST(SplitClitics, HonoursMaxAndRejectsDegenerateInput) {
  CliticSplit buf[kMaxCliticSplits];
  EXPECT_EQ(SplitClitics("", buf, kMaxCliticSplits), 0);
  EXPECT_EQ(SplitClitics("وبالمملكه", buf, 0), 0);
  EXPECT_EQ(SplitClitics("وبالمملكه", buf, 2), 2);
  EXPECT_EQ(buf[0].stem_begin, 0);
  std::string huge(300, 'a');
  EXPECT_EQ(SplitClitics(huge, buf, kMaxCliticSplits), 0);
  // Latin words and digits: only the unsplit word.
  EXPECT_EQ(SplitClitics("Putin", buf, kMaxCliticSplits), 1);
  EXPECT_EQ(SplitClitics("2015", buf, kMaxCliticSplits), 1);
}

TEST(SplitClitics, NeverExceedsItsBoundOnAnyPrefixAndSuffixMix) {
  // Every combination of clitic letters around a short stem stays within
  // kMaxCliticSplits and yields only in-range stems of >= 2 letters.
  const char* kPre[] = {"",   "و",  "ف",    "ب",   "ل",  "ك",
                        "ال", "لل", "وبال", "ولل", "فس", "سي"};
  const char* kSuf[] = {"", "ه", "ها", "هما", "ني", "كم", "نا", "ي"};
  const char* kStem[] = {"ي", "لي", "كتب", "يقول"};
  for (const char* p : kPre) {
    for (const char* s : kSuf) {
      for (const char* m : kStem) {
        std::string word = absl::StrCat(p, m, s);
        CliticSplit buf[kMaxCliticSplits + 1];
        int n = SplitClitics(word, buf, kMaxCliticSplits + 1);
        ASSERT_GE(n, 1) << word;
        ASSERT_LE(n, kMaxCliticSplits) << word;
        for (int i = 1; i < n; ++i) {
          ASSERT_LT(buf[i].stem_begin, buf[i].stem_end) << word;
          ASSERT_LE(buf[i].stem_end, word.size()) << word;
          ASSERT_GE(buf[i].stem_end - buf[i].stem_begin, 4) << word;
        }
      }
    }
  }
}

TEST(EncliticText, SpellsEachPronoun) {
  EXPECT_EQ(EncliticText(Enclitic::kNone), "");
  EXPECT_EQ(EncliticText(Enclitic::k3fs), "ها");
  EXPECT_EQ(EncliticText(Enclitic::k3d), "هما");
  EXPECT_EQ(EncliticText(Enclitic::k1s), "ي");
}

}  // namespace
}  // namespace dhad::internal
