#include "analysis/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad {
namespace {

const Normalizer& N() { return test_support::SharedNormalizer(); }

// Normalizes and checks the byte map and the code point alignment on the
// way; returns the output.
std::string Norm(absl::string_view in, const NormalizeOptions& o,
                 std::vector<uint32_t>* alignment = nullptr) {
  std::string out;
  std::vector<uint32_t> map;
  absl::Status st = N().Normalize(in, o, &out, &map);
  EXPECT_TRUE(st.ok()) << st;
  EXPECT_EQ(FindInvalidUtf8(out), -1) << "output is not valid UTF-8";
  EXPECT_EQ(map.size(), out.size() + 1);
  if (map.size() != out.size() + 1) return out;
  EXPECT_EQ(map.back(), in.size());
  for (size_t i = 0; i < out.size(); ++i) {
    EXPECT_LT(map[i], in.size()) << "byte " << i;
    if (map[i] >= in.size()) return out;
    EXPECT_FALSE(IsUtf8Continuation(static_cast<unsigned char>(in[map[i]])))
        << "byte " << i << " maps into the middle of a character";
    EXPECT_LE(map[i], map[i + 1]) << "byte map decreases at " << i;
  }
  std::vector<uint32_t> a = CodePointAlignment(in, out, map);
  EXPECT_EQ(a.size(), CountCodePoints(out) + 1);
  EXPECT_EQ(a.back(), CountCodePoints(in));
  for (size_t i = 0; i + 1 < a.size(); ++i) {
    EXPECT_LT(a[i], a.back());
    EXPECT_LE(a[i], a[i + 1]);
  }
  // Without a map the text is the same.
  std::string plain;
  EXPECT_TRUE(N().Normalize(in, o, &plain, nullptr).ok());
  EXPECT_EQ(plain, out);
  if (alignment != nullptr) *alignment = a;
  return out;
}

// Options with one switch on, every other off (profile NONE).
NormalizeOptions Only(bool NormalizeOptions::*field) {
  NormalizeOptions o = NormalizeOptions::None();
  o.*field = true;
  return o;
}

std::string Nfd(absl::string_view s) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
  std::string out;
  nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size())), ec)
      .toUTF8String(out);
  EXPECT_TRUE(U_SUCCESS(ec));
  return out;
}

std::string Nfc(absl::string_view s) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  std::string out;
  nfc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size())), ec)
      .toUTF8String(out);
  EXPECT_TRUE(U_SUCCESS(ec));
  return out;
}

struct Case {
  const char* input;
  const char* want;
};

void ExpectCases(const NormalizeOptions& o, std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Norm(c.input, o), c.want) << "input: " << c.input;
  }
}

// ---------------------------------------------------------------- operations

TEST(Normalizer, RemoveDiacriticsRemovesArabicMarksOnly) {
  ExpectCases(Only(&NormalizeOptions::remove_diacritics),
              {
                  {"كَتَبَ الطَّالِبُ دَرْسًا", "كتب الطالب درسا"},
                  {"هٰذَا", "هذا"},                       // superscript alef
                  {"رَسُولُ ٱللَّهِ ﷺ", "رسول ٱلله ﷺ"},  // no other op runs
                  {"النبيؐ", "النبي"},                   // honorific U+0610
                  {"قَالُوٓا۟", "قالوا"},                 // Quranic marks
                  {"résumé naïve", "résumé naïve"},      // Latin marks stay
                  {"e\xCC\x81t\xC3\xA9", "e\xCC\x81t\xC3\xA9"},
                  {"👍🏽 �", "👍🏽 �"},                 // emoji modifier, U+FFFD
                  {"", ""},
              });
}

TEST(Normalizer, RemoveDiacriticsKeepsHamzaOfDecomposedLetters) {
  // ا + U+0654 is أ; U+0654 is not removed as a diacritic from it.
  const NormalizeOptions o = Only(&NormalizeOptions::remove_diacritics);
  EXPECT_EQ(Norm("\xD8\xA7\xD9\x94\xD9\x86\xD8\xAA", o), "أنت");
  // ا + fatha + hamza above: NFC composes across the fatha.
  EXPECT_EQ(Norm("\xD8\xA7\xD9\x8E\xD9\x94\xD9\x86\xD8\xAA", o), "أنت");
  // A hamza mark that composes with nothing is a mark like the others.
  EXPECT_EQ(Norm("\xD8\xA8\xD9\x94", o), "ب");
}

TEST(Normalizer, RemoveTatweel) {
  ExpectCases(Only(&NormalizeOptions::remove_tatweel),
              {
                  {"جـمـيـل", "جميل"},
                  {"كبـــير", "كبير"},
                  {"سَـلام", "سَلام"},
                  {"snake_case", "snake_case"},
              });
}

TEST(Normalizer, NormalizeAlef) {
  ExpectCases(Only(&NormalizeOptions::normalize_alef),
              {
                  {"أخذ إبراهيم آخر ٱلكتب", "اخذ ابراهيم اخر الكتب"},
                  {"مسؤول", "مسؤول"},
                  {"مستوى", "مستوى"},
                  // decomposed alef + madda, alef + hamza below
                  {"\xD8\xA7\xD9\x93\xD8\xAE\xD8\xB1 \xD8\xA7\xD9\x95\xD9\x86", "اخر ان"},
              });
}

TEST(Normalizer, AlefMaqsuraAndTehMarbuta) {
  ExpectCases(Only(&NormalizeOptions::alef_maqsura_to_yeh),
              {{"مشى إلى المبنى", "مشي إلي المبني"}, {"شاطئ", "شاطئ"}});
  ExpectCases(Only(&NormalizeOptions::teh_marbuta_to_heh),
              {{"مكتبة المدينة", "مكتبه المدينه"}, {"مكتبةً", "مكتبهً"}});
}

TEST(Normalizer, NormalizeHamza) {
  ExpectCases(Only(&NormalizeOptions::normalize_hamza),
              {
                  {"رؤية المسائل", "روية المسايل"},
                  {"أسماء", "أسماء"},  // alef forms and bare hamza stay
                  {"\xD9\x88\xD9\x94", "و"},  // و + U+0654 is ؤ
              });
}

TEST(Normalizer, FoldPresentationForms) {
  ExpectCases(Only(&NormalizeOptions::fold_presentation_forms),
              {
                  {"ﻻ ﻷ ﻹ ﻵ", "لا لأ لإ لآ"},
                  {"ﷲ", "الله"},
                  {"ﷺ", "صلى الله عليه وسلم"},
                  {"ﺑﻴﺖ ﻛﺒﻴﺮ", "بيت كبير"},
                  {"ﬁle ²", "ﬁle ²"},  // other ligatures stay
                  {"\xEF\xBB\xBFنص", "\xEF\xBB\xBFنص"},  // U+FEFF is not a form
              });
  // The alef of a presentation form composes with a following hamza mark.
  EXPECT_EQ(Norm("\xEF\xBA\x8D\xD9\x94", Only(&NormalizeOptions::fold_presentation_forms)),
            "أ");
}

TEST(Normalizer, PresentationFormExpansionPointsAtItsSource) {
  std::vector<uint32_t> a;
  const std::string out =
      Norm("قال ﷺ.", Only(&NormalizeOptions::fold_presentation_forms), &a);
  EXPECT_EQ(out, "قال صلى الله عليه وسلم.");
  ASSERT_EQ(a.size(), 4u + 18u + 1u + 1u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(a[i], static_cast<uint32_t>(i));
  for (int i = 4; i < 22; ++i) EXPECT_EQ(a[i], 4u) << i;
  EXPECT_EQ(a[22], 5u);
  EXPECT_EQ(a[23], 6u);
}

TEST(Normalizer, DigitsToAscii) {
  ExpectCases(Only(&NormalizeOptions::digits_to_ascii),
              {
                  {"عام ٢٠٢٥", "عام 2025"},
                  {"۱۳۹۹", "1399"},
                  {"٣٫٥ و١٬٠٠٠", "3٫5 و1٬000"},
                  {"१२३ 42", "१२३ 42"},  // Devanagari digits stay
              });
}

TEST(Normalizer, FoldPersianLetters) {
  ExpectCases(Only(&NormalizeOptions::fold_persian_letters),
              {
                  {"کتاب ڪبير", "كتاب كبير"},
                  {"پیشرفت", "پيشرفت"},  // پ stays, ی folds
                  {"ہمارے", "هماري"},
                  {"ۀ ە ھ", "ه ه ه"},
                  {"ڤ گ چ", "ڤ گ چ"},
              });
}

TEST(Normalizer, NormalizePunctuation) {
  ExpectCases(Only(&NormalizeOptions::normalize_punctuation),
              {
                  {"«نعم»، قال؛ لماذا؟", "\"نعم\", قال; لماذا?"},
                  {"٢٥٪ و٣٫٥ و١٬٢ ٭ ۔", "٢٥% و٣.٥ و١,٢ * ."},
                  {"a, b; c?", "a, b; c?"},
              });
}

TEST(Normalizer, RemoveInvisible) {
  ExpectCases(Only(&NormalizeOptions::remove_invisible),
              {
                  {"\xE2\x80\x8Fسلام\xE2\x80\x8E", "سلام"},          // RLM, LRM
                  {"\xD8\x9Cنص", "نص"},                              // ALM
                  {"\xE2\x80\xABنص\xE2\x80\xAC", "نص"},              // RLE, PDF
                  {"\xE2\x81\xA7نص\xE2\x81\xA9", "نص"},              // RLI, PDI
                  {"می\xE2\x80\x8Cخواهم", "میخواهم"},                 // ZWNJ
                  {"\xEF\xBB\xBFبداية", "بداية"},                    // BOM
                  {"co\xC2\xADop\xE2\x81\xA0x", "coopx"},            // SHY, WJ
                  {"ب\xE2\x80\x8Dب", "بب"},                          // ZWJ
                  // ZWJ inside emoji sequences stays, and so do selectors.
                  {"👩\xE2\x80\x8D💻", "👩\xE2\x80\x8D💻"},
                  {"👨🏽\xE2\x80\x8D🚀", "👨🏽\xE2\x80\x8D🚀"},
                  {"🏳\xEF\xB8\x8F\xE2\x80\x8D🌈", "🏳\xEF\xB8\x8F\xE2\x80\x8D🌈"},
                  {"☺\xEF\xB8\x8F", "☺\xEF\xB8\x8F"},
              });
}

TEST(Normalizer, CollapseWhitespace) {
  ExpectCases(Only(&NormalizeOptions::collapse_whitespace),
              {
                  {"  كلمة \t\t أخرى  ", "كلمة أخرى"},
                  {"a\xC2\xA0\xE2\x80\x83" "b", "a b"},   // NBSP, em space
                  {"سطر \n آخر", "سطر\nآخر"},
                  {"سطر\r\nآخر", "سطر\nآخر"},             // CRLF is one break
                  {"فقرة\n\n\nأخرى", "فقرة\n\nأخرى"},
                  {"فقرة \r\n \r\n أخرى", "فقرة\n\nأخرى"},
                  {"a\xE2\x80\xA9" "b", "a\n\nb"},         // paragraph separator
                  {"a\xE2\x80\xA8" "b", "a\nb"},           // line separator
                  {"a\xE2\x80\x8B b", "a\xE2\x80\x8B b"},  // ZWSP is not a space
                  {" \n\t ", ""},
              });
}

TEST(Normalizer, ReduceElongation) {
  ExpectCases(Only(&NormalizeOptions::reduce_elongation),
              {
                  {"رائعععع جدااااا", "رائعع جداا"},
                  {"هههههههه", "هه"},
                  {"الله", "الله"},
                  {"اللللللله", "الله"},
                  {"sooooo 1000000 !!!!! ٠٠٠٠", "sooooo 1000000 !!!!! ٠٠٠٠"},
              });
}

TEST(Normalizer, ReduceElongationKeepsMarksInEitherOrder) {
  // The superscript alef (U+0670) is a mark: a run of it is no elongation,
  // whether the marks come in canonical order or must be reordered first
  // (found by the normalizer fuzzer).
  NormalizeOptions o = Only(&NormalizeOptions::reduce_elongation);
  o.form = UnicodeForm::kNfc;
  const char* canonical = "\u0628\u0670\u0670\u0670\u0670\u059D\u059D";
  ExpectCases(o, {
                     {canonical, canonical},
                     {"\u0628\u0670\u059D\u0670\u0670\u059D\u0670", canonical},
                 });
}

// ------------------------------------------------------------------ profiles

TEST(Normalizer, SearchProfile) {
  ExpectCases(NormalizeOptions::Search(),
              {
                  {"ذَهَبَتْ فاطمةُ إلى   المكتبةِ", "ذهبت فاطمه الي المكتبه"},
                  {"الـــعـــربـــيـــة", "العربيه"},
                  {"سنة ١٤٤٦ هـ", "سنه 1446 ه"},
                  {"ﻷن ﷲ", "لان الله"},          // NFKC folds the forms
                  {"ﬁnal x²", "final x2"},        // and every other one
                  {"سؤال مسائل", "سؤال مسائل"},  // hamza carriers stay
                  {"چای ، خوب", "چای ، خوب"},     // Persian, punctuation stay
                  {"\xE2\x80\x8F نص \xE2\x80\x8F ", "نص"},
              });
}

TEST(Normalizer, DisplayProfile) {
  ExpectCases(NormalizeOptions::Display(),
              {
                  {"جَمِيـــلٌ  جدًّا", "جَمِيلٌ جدًّا"},
                  {"إلى ٢٠٢٥", "إلى ٢٠٢٥"},
                  {"ﻷن ﷲ", "لأن الله"},
                  {"ﬁ x²", "ﬁ x²"},
                  // NFC puts shadda after fatha
                  {"\xD8\xA8\xD9\x91\xD9\x8E", "\xD8\xA8\xD9\x8E\xD9\x91"},
                  {"cafe\xCC\x81", "caf\xC3\xA9"},
              });
}

TEST(Normalizer, AnalysisViewProfile) {
  ExpectCases(NormalizeOptions::AnalysisView(),
              {
                  {"قالَ الوزيرُ: «سنبدأ العملَ في ٢٠٢٥».",
                   "قال الوزير: «سنبدا العمل في 2025»."},
                  {"کیفیت  ﻷن", "كيفيت  لان"},
                  {"مستشفى\n\nالمدينة", "مستشفي\n\nالمدينه"},
              });
}

TEST(Normalizer, NoneProfileIsIdentity) {
  const char* in = "  ﻷن \xD8\xA7\xD9\x94 cafe\xCC\x81 ٢٠ \xE2\x80\x8F";
  EXPECT_EQ(Norm(in, NormalizeOptions::None()), in);
}

TEST(Normalizer, OperationsRunInTheDocumentedOrder) {
  // Presentation forms are folded before the letter folds see them.
  NormalizeOptions o = NormalizeOptions::None();
  o.fold_presentation_forms = true;
  o.normalize_alef = true;
  EXPECT_EQ(Norm("ﻷ", o), "لا");
  // Invisibles go before whitespace is collapsed, and before elongation.
  o = NormalizeOptions::None();
  o.remove_invisible = true;
  o.collapse_whitespace = true;
  o.reduce_elongation = true;
  EXPECT_EQ(Norm("a \xE2\x80\x8B b هه\xE2\x80\x8Cهه", o), "a b هه");
  // Diacritics go before elongation.
  o.remove_diacritics = true;
  EXPECT_EQ(Norm("لَلَلَل", o), "لل");
  // The folded ى joins a run of ي.
  o = NormalizeOptions::None();
  o.alef_maqsura_to_yeh = true;
  o.reduce_elongation = true;
  EXPECT_EQ(Norm("ييى", o), "يي");
}

TEST(Normalizer, AlignmentLeavesGapsForRemovedCharacters) {
  std::vector<uint32_t> a;
  EXPECT_EQ(Norm("  كَتَبَ  ١٠ ", NormalizeOptions::Search(), &a), "كتب 10");
  // ك(2) ت(4) ب(6) space(8) 1(10) 0(11), then the input length 13.
  EXPECT_EQ(a, (std::vector<uint32_t>{2, 4, 6, 8, 10, 11, 13}));
}

TEST(Normalizer, AlignmentOfComposedCharacterIsItsFirstSource) {
  std::vector<uint32_t> a;
  EXPECT_EQ(Norm("ب\xD8\xA7\xD9\x94", NormalizeOptions::Display(), &a), "بأ");
  EXPECT_EQ(a, (std::vector<uint32_t>{0, 1, 3}));
  // Reordered marks point at the first mark that moved.
  EXPECT_EQ(Norm("\xD8\xA8\xD9\x91\xD9\x8E", NormalizeOptions::Display(), &a),
            "\xD8\xA8\xD9\x8E\xD9\x91");
  EXPECT_EQ(a, (std::vector<uint32_t>{0, 1, 1, 3}));
}

TEST(Normalizer, KeptMarksEndInCanonicalOrder) {
  NormalizeOptions o = NormalizeOptions::None();
  o.form = UnicodeForm::kNfc;
  o.remove_diacritics = true;
  // x + U+0315 (ccc 232) + fatha (dropped) + U+0316 (ccc 220).
  EXPECT_EQ(Norm("x\xCC\x95\xD9\x8E\xCC\x96", o), "x\xCC\x96\xCC\x95");
  // A mark that lands on a new base once a ZWJ is removed is composed with it.
  o.remove_invisible = true;
  EXPECT_EQ(Norm("e\xE2\x80\x8D\xCC\x81", o), "\xC3\xA9");
}

// ---------------------------------------------------------------- properties

// Pieces the generator draws from: Arabic letters and their variants,
// marks, tatweel, presentation forms, digits, punctuation, Latin with and
// without combining marks, emoji sequences, invisibles, spaces and breaks.
const char* const kPieces[] = {
    "ب", "ت", "ك", "ل", "ا", "أ", "إ", "آ", "ٱ", "ى", "ي", "ة", "ه", "ؤ", "ئ", "ء",
    "ک", "ی", "ے", "ۀ", "ڤ", "پ", "\xD9\x8E", "\xD9\x91", "\xD9\x92", "\xD9\x8B",
    "\xD9\xB0", "\xD9\x94", "\xD9\x93", "\xD9\x95", "\xDB\xA2", "\xD8\x90", "ـ",
    "ﻷ", "ﻻ", "ﷺ", "ﷲ", "ﺑ", "ﹰ", "\xEF\xBA\x8D", "٣", "۴", "٫", "٬", "،", "؟", "«",
    "»", "٪", "a", "Z", "e", "\xCC\x81", "\xCC\xA7", "\xCC\x95", "\xCC\x96", "é", "ﬁ", "²", "7", ".", "!",
    "👩", "\xE2\x80\x8D", "💻", "\xEF\xB8\x8F", "🏽", "\xE2\x80\x8B", "\xE2\x80\x8C",
    "\xE2\x80\x8F", "\xD8\x9C", "\xEF\xBB\xBF", "\xC2\xAD", " ", " ", " ", "\n",
    "\r\n", "\t", "\xC2\xA0", "\xE2\x80\xA9", "\xE3\x80\x80", "\xEF\xBF\xBD",
};

std::vector<std::string> GeneratedStrings() {
  std::vector<std::string> out;
  std::mt19937 rng(20250101);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 24);
  for (int i = 0; i < 400; ++i) {
    std::string s;
    const int n = length(rng);
    for (int k = 0; k < n; ++k) s += kPieces[piece(rng)];
    out.push_back(s);
  }
  out.push_back("");
  out.push_back("a");
  out.push_back(" ");
  return out;
}

std::vector<NormalizeOptions> AllOptionSets() {
  std::vector<NormalizeOptions> sets = {NormalizeOptions::Search(),
                                        NormalizeOptions::Display(),
                                        NormalizeOptions::AnalysisView(),
                                        NormalizeOptions::None()};
  bool NormalizeOptions::*const fields[] = {
      &NormalizeOptions::remove_diacritics,   &NormalizeOptions::remove_tatweel,
      &NormalizeOptions::normalize_alef,      &NormalizeOptions::alef_maqsura_to_yeh,
      &NormalizeOptions::teh_marbuta_to_heh,  &NormalizeOptions::normalize_hamza,
      &NormalizeOptions::fold_presentation_forms, &NormalizeOptions::digits_to_ascii,
      &NormalizeOptions::fold_persian_letters, &NormalizeOptions::normalize_punctuation,
      &NormalizeOptions::remove_invisible,    &NormalizeOptions::collapse_whitespace,
      &NormalizeOptions::reduce_elongation};
  NormalizeOptions all = NormalizeOptions::Search();
  for (auto f : fields) {
    sets.push_back(Only(f));
    all.*f = true;
  }
  sets.push_back(all);
  all.form = UnicodeForm::kNfc;
  sets.push_back(all);
  return sets;
}

TEST(NormalizerProperties, OutputIsValidAndAlignmentIsExact) {
  // Norm() checks UTF-8 validity, the byte map and the alignment.
  const std::vector<NormalizeOptions> sets = AllOptionSets();
  for (size_t i = 0; i < sets.size(); ++i) {
    const NormalizeOptions& o = sets[i];
    SCOPED_TRACE("option set " + std::to_string(i));
    for (const std::string& s : GeneratedStrings()) {
      SCOPED_TRACE("input: " + s);
      Norm(s, o);
    }
  }
}

TEST(NormalizerProperties, SearchIsIdempotent) {
  for (const std::string& s : GeneratedStrings()) {
    const std::string once = Norm(s, NormalizeOptions::Search());
    EXPECT_EQ(Norm(once, NormalizeOptions::Search()), once) << "input: " << s;
  }
}

TEST(NormalizerProperties, EveryOperationRespectsCanonicalEquivalence) {
  // Arabic text in composed and in decomposed form gives the same result.
  for (const NormalizeOptions& o : AllOptionSets()) {
    if (o.form == UnicodeForm::kNone && !o.remove_diacritics && !o.remove_tatweel &&
        !o.normalize_alef && !o.alef_maqsura_to_yeh && !o.teh_marbuta_to_heh &&
        !o.normalize_hamza && !o.fold_presentation_forms && !o.digits_to_ascii &&
        !o.fold_persian_letters && !o.normalize_punctuation && !o.remove_invisible &&
        !o.collapse_whitespace && !o.reduce_elongation) {
      continue;  // profile NONE does nothing at all
    }
    for (const std::string& s : GeneratedStrings()) {
      // Latin base letters are composed only by the NFC/NFKC forms.
      if (o.form == UnicodeForm::kNone &&
          Nfd(s).find("\xCC") != std::string::npos) {  // U+0300–U+033F
        continue;
      }
      EXPECT_EQ(Norm(Nfd(s), o), Norm(Nfc(s), o)) << "input: " << s;
    }
  }
}

TEST(NormalizerProperties, TextWithoutArabicOnlyLosesSpacesAndInvisibles) {
  const char* const words[] = {"Hello", "world", "ca\xC3\xA7" "a", "42", "x-ray",
                               "👩\xE2\x80\x8D💻", "(ok)", "naïve", "A.B."};
  const char* const gaps[] = {" ", "  ", "\t", " \xE2\x80\x8B ", "\xC2\xA0",
                              " \xE2\x80\x8F", "\xE2\x80\x8E "};
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    std::string in = "\xE2\x80\x8E ", want;
    const int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) {
      const char* w = words[rng() % std::size(words)];
      if (k > 0) {
        in += gaps[rng() % std::size(gaps)];
        want += " ";
      }
      in += w;
      want += w;
    }
    in += " \n";
    for (const NormalizeOptions& o :
         {NormalizeOptions::Search(), NormalizeOptions::Display()}) {
      EXPECT_EQ(Norm(in, o), want) << "input: " << in;
    }
    NormalizeOptions view = NormalizeOptions::AnalysisView();
    view.remove_invisible = false;
    EXPECT_EQ(Norm(in, view), in);
  }
}

TEST(CodePointAlignment, ConvertsByteMapOfMultibyteText) {
  const std::string in = "aأb";
  const std::string out = "aاb";
  const std::vector<uint32_t> map = {0, 1, 1, 3, 4};
  EXPECT_EQ(CodePointAlignment(in, out, map), (std::vector<uint32_t>{0, 1, 2, 3}));
}

}  // namespace
}  // namespace dhad
