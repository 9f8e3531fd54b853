#include <string>
#include <thread>
#include <vector>

#include "analysis/internal/morph.h"
#include "analysis/normalizer.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad::internal {
namespace {

using test_support::SharedNormalizer;

// The analysis view of `s`, as the analyzers see it.
std::string View(absl::string_view s) {
  std::string out;
  absl::Status st =
      SharedNormalizer().Normalize(s, NormalizeOptions::AnalysisView(), &out, nullptr);
  EXPECT_TRUE(st.ok()) << st;
  return out;
}

WordMorph Analyze(absl::string_view word) {
  return Morphology::Get().Analyze(View(word));
}

std::string Stem(absl::string_view word, const WordMorph& m) {
  std::string v = View(word);
  return v.substr(m.split.stem_begin, m.split.stem_end - m.split.stem_begin);
}

struct VerbCase {
  const char* word;
  uint16_t must_have;  // MorphClass bits that must be set
  uint16_t agreement;  // Agreement bits that must be among the readings
  uint8_t person, gender, number;
  uint8_t proclitics;
};

TEST(Morphology, ReadsVerbsOfSpeechWithTheirSubjectAgreement) {
  const VerbCase kCases[] = {
      {"قال", kVerbPast, kAgr3ms, 3, 1, 1, 0},
      {"قالت", kVerbPast, kAgr3fs, 3, 2, 1, 0},
      {"أضاف", kVerbPast, kAgr3ms, 3, 1, 1, 0},
      {"أضافت", kVerbPast, kAgr3fs, 3, 2, 1, 0},
      {"أكدوا", kVerbPast, kAgr3mp, 3, 1, 3, 0},
      {"قالوا", kVerbPast, kAgr3mp, 3, 1, 3, 0},
      {"قالا", kVerbPast, kAgr3md, 3, 1, 2, 0},
      {"قالتا", kVerbPast, kAgr3fd, 3, 2, 2, 0},
      {"قلنا", kVerbPast, kAgr1p, 1, 0, 3, 0},
      {"يقول", kVerbPresent, kAgr3ms, 3, 1, 1, 0},
      {"يقولون", kVerbPresent, kAgr3mp, 3, 1, 3, 0},
      {"يكتبان", kVerbPresent, kAgr3md, 3, 1, 2, 0},
      {"نقول", kVerbPresent, kAgr1p, 1, 0, 3, 0},
      {"وأضاف", kVerbPast, kAgr3ms, 3, 1, 1, kConjWa},
      {"وقالت", kVerbPast, kAgr3fs, 3, 2, 1, kConjWa},
      {"فقال", kVerbPast, kAgr3ms, 3, 1, 1, kConjFa},
      {"سيقول", kVerbPresent, kAgr3ms, 3, 1, 1, kFutureSa},
      {"وستعلن", kVerbPresent, kAgr3fs, 3, 2, 1, kConjWa | kFutureSa},
  };
  for (const VerbCase& c : kCases) {
    WordMorph m = Analyze(c.word);
    EXPECT_EQ(m.classes & c.must_have, c.must_have) << c.word;
    EXPECT_EQ(m.classes & kUnknown, 0) << c.word;
    EXPECT_EQ(m.agreement & c.agreement, c.agreement) << c.word;
    EXPECT_EQ(m.person, c.person) << c.word;
    EXPECT_EQ(m.gender, c.gender) << c.word;
    EXPECT_EQ(m.number, c.number) << c.word;
    EXPECT_EQ(m.split.proclitics, c.proclitics) << c.word;
  }
}

TEST(Morphology, ReadsEveryWordOfASentence) {
  // A sentence written for this test, word by word: the class that must be
  // among the readings, and the summary where the form shows one.
  const struct {
    const char* word;
    uint16_t must_have;
    uint8_t person, gender, number;
    bool definite;
  } kWords[] = {
      {"وقالت", kVerbPast, 3, 2, 1, false},    {"الوزيرة", kNominal, 3, 2, 1, true},
      {"في", kFunctionWord, 0, 0, 0, false},   {"مؤتمر", kNominal, 3, 0, 0, false},
      {"إن", kFunctionWord, 0, 0, 0, false},   {"الحكومة", kNominal, 3, 2, 1, true},
      {"ستعلن", kVerbPresent, 3, 2, 1, false}, {"خطتها", kNominal, 3, 2, 1, true},
      {"للمدارس", kNominal, 3, 0, 0, true},    {"والجامعات", kNominal, 3, 2, 3, true},
      {"قبل", kFunctionWord, 0, 0, 0, false},  {"نهاية", kNominal, 3, 2, 1, false},
      {"الشهر", kNominal, 3, 0, 0, true},      {"المقبل", kNominal, 3, 0, 0, true},
  };
  for (const auto& w : kWords) {
    WordMorph m = Analyze(w.word);
    EXPECT_EQ(m.classes & w.must_have, w.must_have) << w.word;
    EXPECT_EQ(m.person, w.person) << w.word;
    EXPECT_EQ(m.gender, w.gender) << w.word;
    EXPECT_EQ(m.number, w.number) << w.word;
    EXPECT_EQ(m.definite, w.definite) << w.word;
  }
}

TEST(Morphology, KeepsTheReadingsTheScriptLeavesOpen) {
  // تقول: "she says" or "you (m.) say"; كتبت: I/you/she wrote.
  WordMorph m = Analyze("تقول");
  EXPECT_TRUE(m.classes & kVerbPresent);
  EXPECT_TRUE(m.agreement & kAgr3fs);
  EXPECT_TRUE(m.agreement & kAgr2ms);
  m = Analyze("كتبت");
  EXPECT_TRUE(m.classes & kVerbPast);
  const uint16_t want = kAgr1s | kAgr2ms | kAgr2fs | kAgr3fs;
  EXPECT_EQ(m.agreement & want, want);
  EXPECT_EQ(m.person, 3);  // the one third-person reading
  EXPECT_EQ(m.gender, 2);
}

TEST(Morphology, FutureParticleOnlyBeforePresentVerbs) {
  WordMorph m = Analyze("سيقول");
  EXPECT_EQ(m.classes, kVerbPresent);
  EXPECT_EQ(Stem("سيقول", m), "يقول");
  // سياسة is a noun, not س + ياسة.
  m = Analyze("سياسة");
  EXPECT_TRUE(m.classes & kNominal);
  EXPECT_EQ(m.split.proclitics, 0);
}

struct NominalCase {
  const char* word;
  uint8_t proclitics;
  const char* stem;  // view form
  bool definite;
  uint8_t gender, number;
};

TEST(Morphology, ReadsNominalsWithArticleAndClitics) {
  const NominalCase kCases[] = {
      {"الوزير", kArticle, "وزير", true, 0, 0},
      {"والوزير", kConjWa | kArticle, "وزير", true, 0, 0},
      {"بالمملكة", kPrepBi | kArticle, "مملكه", true, 2, 1},
      {"وبالمملكة", kConjWa | kPrepBi | kArticle, "مملكه", true, 2, 1},
      {"للشركة", kPrepLi | kArticle, "شركه", true, 2, 1},
      {"وزيرة", 0, "وزيره", false, 2, 1},
      {"المعلمون", kArticle, "معلمون", true, 1, 3},
      {"المعلمات", kArticle, "معلمات", true, 2, 3},
      {"الوزيران", kArticle, "وزيران", true, 1, 2},
      {"كالعادة", kPrepKa | kArticle, "عاده", true, 2, 1},
  };
  for (const NominalCase& c : kCases) {
    WordMorph m = Analyze(c.word);
    EXPECT_TRUE(m.classes & kNominal) << c.word;
    EXPECT_EQ(m.classes & kVerbAny, 0) << c.word;
    EXPECT_EQ(m.split.proclitics, c.proclitics) << c.word;
    EXPECT_EQ(Stem(c.word, m), c.stem) << c.word;
    EXPECT_EQ(m.definite, c.definite) << c.word;
    EXPECT_EQ(m.person, 3) << c.word;
    EXPECT_EQ(m.gender, c.gender) << c.word;
    EXPECT_EQ(m.number, c.number) << c.word;
  }
}

TEST(Morphology, AFinalTaMarbutaIsNoObjectPronoun) {
  // The view writes ة as ه, so شبوة reads as a verb with its object
  // (شبّوه); told that the text wrote ة, no verb reading is left, and the
  // word, absent from the table, is unknown: a name.
  const std::string v = View("شبوة");
  EXPECT_TRUE(Morphology::Get().Analyze(v).classes & kVerbAny);
  const WordMorph m = Morphology::Get().Analyze(v, /*ta_marbuta=*/true);
  EXPECT_EQ(m.classes & kVerbAny, 0);
  EXPECT_TRUE(m.classes & kUnknown);
  // (A noun in ة the table lacks keeps its reading as the noun with the
  // pronoun: إطلالة.)
  EXPECT_TRUE(Morphology::Get().Analyze(View("إطلالة"), true).classes & kNominal);
}

TEST(Morphology, ReadsTheArticleBeforeAVerbOfTheSameLetters) {
  // الأمن، البنك، القوة، الثاني: found whole (or with a pronoun) as a verb
  // only under the spelling folds (ألأمن، ألبن + ك), they are the article
  // and a noun; the verb's reading stays with the noun's.
  for (const char* w : {"الأمن", "البنك", "القوة", "الثاني", "الوطني"}) {
    WordMorph m = Analyze(w);
    EXPECT_TRUE(m.classes & kNominal) << w;
    EXPECT_TRUE(m.definite) << w;
    EXPECT_EQ(m.split.proclitics, kArticle) << w;
  }
  EXPECT_TRUE(Analyze("الأمن").classes & kVerbAny);
  // (Not before a bare adjective after الت: التقى is the verb "met".)
  WordMorph m = Analyze("التقى");
  EXPECT_TRUE(m.classes & kVerbPast);
  EXPECT_EQ(m.classes & kNominal, 0);
}

TEST(Morphology, TellsParticiplesAdjectivesAndVerbalNouns) {
  const struct {
    const char* word;
    uint16_t kind;
  } kCases[] = {
      {"مضيفا", kParticiple},   {"مشيرا", kParticiple},     {"قائلا", kParticiple},
      {"المتحدث", kParticiple}, {"تصريح", kMasdar},         {"إعلان", kMasdar},
      {"والتصريحات", kMasdar},  {"الاقتصادية", kAdjective}, {"مسؤول", kAdjective},
      {"إعلامية", kAdjective},
  };
  for (const auto& c : kCases) {
    WordMorph m = Analyze(c.word);
    EXPECT_TRUE(m.classes & kNominal) << c.word;
    EXPECT_TRUE(m.classes & c.kind) << c.word;
  }
  // Common nouns are none of these (many unvocalized words are, as homographs:
  // كتاب is also كُتّاب, the plural of the participle كاتب).
  for (const char* w : {"وزير", "الرئيس", "والوزراء"}) {
    EXPECT_EQ(Analyze(w).classes & (kParticiple | kAdjective | kMasdar), 0) << w;
  }
}

TEST(Morphology, RestoresTheSpellingAPronounChanges) {
  // وزارته: ة is written ت before the pronoun.
  WordMorph m = Analyze("وزارته");
  EXPECT_TRUE(m.classes & kNominal);
  EXPECT_EQ(m.split.enclitic, Enclitic::k3ms);
  EXPECT_EQ(Stem("وزارته", m), "وزارت");
  EXPECT_TRUE(m.definite);
  EXPECT_EQ(m.gender, 2);
  // قالوه: the alef of قالوا drops before the pronoun.
  m = Analyze("قالوه");
  EXPECT_TRUE(m.classes & kVerbPast);
  EXPECT_EQ(m.split.enclitic, Enclitic::k3ms);
  EXPECT_EQ(m.number, 3);
  // أعطاني: ى is written ا before the pronoun; ني marks a verb's object.
  m = Analyze("أعطاني");
  EXPECT_TRUE(m.classes & kVerbPast);
  EXPECT_EQ(m.split.enclitic, Enclitic::k1s);
  EXPECT_EQ(m.person, 3);
  // آراؤه: the hamza's seat changes.
  m = Analyze("آراؤه");
  EXPECT_TRUE(m.classes & kNominal);
  EXPECT_EQ(m.split.enclitic, Enclitic::k3ms);
  // وأكدها: conjunction, verb, object pronoun.
  m = Analyze("وأكدها");
  EXPECT_TRUE(m.classes & kVerbPast);
  EXPECT_EQ(m.split.proclitics, kConjWa);
  EXPECT_EQ(m.split.enclitic, Enclitic::k3fs);
}

TEST(Morphology, KnowsFunctionWordsAndTheirCliticForms) {
  for (const char* w : {"في", "على", "إن", "أن", "الذي", "التي", "فيها", "لها", "عليه",
                        "وفي", "بذلك", "ومنها", "لكن", "حتى"}) {
    WordMorph m = Analyze(w);
    EXPECT_TRUE(m.classes & kFunctionWord) << w;
    // Spelled out in the stopwords list: found without a split.
    EXPECT_EQ(m.split.proclitics, 0) << w;
    EXPECT_EQ(m.split.enclitic, Enclitic::kNone) << w;
    // No agreement summary from the rare verb homographs (في of وفى).
    EXPECT_EQ(m.person, 0) << w;
  }
}

TEST(Morphology, SplitsCliticsOffTheParticlesThatTakeThemByRule) {
  // Ayaspell's tools list gives عندما، ماذا، أيضا prefix rules instead of
  // spelled-out forms.
  const struct {
    const char* word;
    uint8_t proclitics;
  } kCases[] = {
      {"وعندما", kConjWa}, {"لماذا", kPrepLi}, {"وأيضا", kConjWa}, {"وربما", kConjWa}};
  for (const auto& c : kCases) {
    WordMorph m = Analyze(c.word);
    EXPECT_TRUE(m.classes & kFunctionWord) << c.word;
    EXPECT_EQ(m.split.proclitics, c.proclitics) << c.word;
  }
  // A spelled-out stopword form (وتين = و + تين) takes no further clitic.
  EXPECT_EQ(Analyze("بوتين").classes & kFunctionWord, 0);
}

TEST(Morphology, FlagsWordsTheDictionaryDoesNotKnow) {
  // Transliterated names that Ayaspell does not list under any split.
  for (const char* w :
       {"أوباما", "ترامب", "دونالد", "لافروف", "ميركل", "وأوباما", "لترامب"}) {
    WordMorph m = Analyze(w);
    EXPECT_EQ(m.classes, kUnknown) << w;
    EXPECT_EQ(m.split.stem_begin, 0) << w;
  }
  // Known limits: some names are Arabic words or split into one.
  EXPECT_EQ(Analyze("بوتين").split.proclitics, kPrepBi);  // ب + وتين (aorta)
  EXPECT_NE(Analyze("كيري").classes & kNominal, 0);
}

TEST(Morphology, MarksTheDictionarysProperNames) {
  for (const char* w : {"واشنطن", "مصر", "الرياض", "السعودية", "لبنان"}) {
    WordMorph m = Analyze(w);
    EXPECT_TRUE(m.classes & kProperName) << w;
    EXPECT_TRUE(m.classes & kNominal) << w;
  }
  EXPECT_EQ(Analyze("وزير").classes & kProperName, 0);
}

TEST(Morphology, DoesNotLookUpNonArabicWords) {
  for (const char* w : {"2015", "Putin", "%", "", "و2015", "1436هـ", "بـBBC"}) {
    EXPECT_EQ(Morphology::Get().Analyze(w).classes, kNonArabic) << w;
  }
}

TEST(Morphology, TableHoldsCliticFreeFormsOnly) {
  const Morphology& morph = Morphology::Get();
  MorphValue v;
  EXPECT_TRUE(morph.Lookup(View("وزير"), &v));
  EXPECT_TRUE(v.classes & kNominal);
  EXPECT_TRUE(morph.Lookup(View("وزيرات"), &v));
  EXPECT_TRUE(morph.Lookup(View("أكدت"), &v));
  EXPECT_TRUE(v.classes & kVerbPast);
  EXPECT_FALSE(morph.Lookup(View("والوزير"), &v));
  EXPECT_FALSE(morph.Lookup(View("الوزير"), &v));
  EXPECT_FALSE(morph.Lookup(View("وزارته"), &v));
  EXPECT_FALSE(morph.Lookup("", &v));
}

TEST(Morphology, EveryCompiledKeyIsInViewForm) {
  // The generator folds Ayaspell's spellings itself (it cannot link the
  // normalizer); its sample of keys must be exactly what the normalizer
  // makes of the raw forms, and a fixed point of it.
  const MorphTableData& data = Morphology::Get().data();
  ASSERT_GT(data.sample_count, 300u);
  int with_marks_or_hamza = 0;
  for (size_t i = 0; i < data.sample_count; ++i) {
    const std::string raw = data.sample_raw[i];
    const std::string key = data.sample_view[i];
    EXPECT_EQ(View(raw), key) << raw;
    EXPECT_EQ(View(key), key) << key;
    MorphValue v;
    EXPECT_TRUE(Morphology::Get().Lookup(key, &v)) << key;
    with_marks_or_hamza += raw != key;
  }
  // The sample does exercise the folding.
  EXPECT_GT(with_marks_or_hamza, 50);
}

TEST(Morphology, TableHasTheExpectedShape) {
  const MorphTableData& data = Morphology::Get().data();
  EXPECT_GT(data.form_count, 400000u);
  EXPECT_LT(data.form_count, data.slot_count);
  EXPECT_LE(data.value_count, size_t{1} << data.value_bits);
}

TEST(Morphology, IsSharedAndThreadSafe) {
  EXPECT_EQ(&Morphology::Get(), &Morphology::Get());
  const std::string word = View("وأضافت");
  const WordMorph want = Morphology::Get().Analyze(word);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 1000; ++i) {
        WordMorph m = Morphology::Get().Analyze(word);
        ok[t] += m.classes == want.classes && m.split == want.split;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int n : ok) EXPECT_EQ(n, 1000);
}

}  // namespace
}  // namespace dhad::internal
