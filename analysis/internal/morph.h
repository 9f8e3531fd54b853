// Word-level morphology for the quote pipeline's token stage: what one word
// of the analysis view can be (verb of a tense, nominal, function word,
// proper name), the subject agreement its verb affixes mark, and the
// gender, number and definiteness its nominal affixes show.
//
// Grounded in Ayaspell, the Arabic Hunspell dictionary of Debian's
// hunspell-ar: 118k verb stems (each person prefix and irregular form an
// entry of its own) tagged with tense and lemma, 39k nouns and adjectives
// filed by kind, 460 country, capital and personal names, and 13k stopword
// forms (particles, pronouns, prepositions with their clitics spelled out).
// analysis/tools/morph_table_gen.cc expands its suffix rules at build time
// into about 500k clitic-free forms in view form and compiles them into a
// fingerprint hash table (analysis/internal/morph_table.h); nothing is
// parsed at run time.
//
// Analyze() splits clitics (analysis/internal/clitics.h) and looks the
// stem up, restoring the spellings that a pronoun changes (وزارته → وزارة,
// قالوه → قالوا, مستواه → مستوى, آراؤه → آراء). It keeps the first
// segmentation, in the order SplitClitics lists them (fewest clitic bytes
// first), under which the stem has a reading its clitics allow:
//   - ال: nominal; ب ك: nominal; ل: nominal or present verb (ليقول);
//   - س: present verb;
//   - an enclitic pronoun: ني a verb (أعطاني), ي a nominal (كتابي), the
//     others any;
//   - a function word only unsplit (Ayaspell spells out وفي، بذلك، عليه),
//     except the particles of its tools list, which take clitics by rule
//     (وعندما، لماذا، وأيضا).
// Ambiguity between segmentations is thus resolved towards the least
// segmentation; ambiguity within one segmentation stays as several bits.
//
// Limits (measured on a day of Saudi newspapers: see the README section):
//   - kUnknown is 2.6% of the Arabic words of a day of news, 70% of them
//     names; but Arabic personal names (محمد، خالد، سلمان) are ordinary
//     nominals to the dictionary, and some foreign names are Arabic words
//     or split into one (بوتين = ب + وتين "aorta"; كيري). kUnknown is a
//     strong but partial signal for a name.
//   - No context, and no frequencies: every reading of an unvocalized form
//     is a bit. كتب is a verb and a plural noun; 28% of words have an
//     imperative reading (في is the imperative of وفى) though news has
//     almost no imperatives.
//   - Verb agreement is what the affixes mark; the unvocalized script leaves
//     كتبت as 1s/2ms/2fs/3fs, and `agreement` keeps all of them.
//   - A fingerprint collision can make an unknown word look known (a few
//     lookups in a million).

#ifndef DHAD_ANALYSIS_INTERNAL_MORPH_H_
#define DHAD_ANALYSIS_INTERNAL_MORPH_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "analysis/internal/clitics.h"
#include "analysis/internal/morph_table.h"

namespace dhad::internal {

// What a word can be (bits).
enum MorphClass : uint16_t {
  kVerbPast = 1,
  kVerbPresent = 2,
  kVerbImperative = 4,
  kNominal = 8,        // noun, adjective, participle, masdar (kinds below)
  kFunctionWord = 16,  // particle, preposition, pronoun, conjunction (stopwords)
  // Arabic letters, but in the dictionary under no segmentation: a strong
  // signal for a foreign or proper name (أوباما، ترامب، عبدالعزيز).
  kUnknown = 32,
  // Listed by the dictionary as a country, capital, continent or personal
  // name (also kNominal).
  kProperName = 64,
  // Not an Arabic word: no Arabic letter, or an ASCII letter or digit in
  // it (2015, BBC, و2015، 1436هـ). Not looked up.
  kNonArabic = 128,
  // Kinds of nominal (also kNominal), from the subsections of Ayaspell's
  // noun list: active participle (مضيف، قائل، متحدث), adjective (nisba,
  // elative, passive participle, intensive, صفة مشبهة: السعودي، أكبر، مسؤول),
  // verbal noun (masdar: قول، تصريح، إعلان). Like every bit here they are
  // readings: unvocalized homographs carry several (كتاب is also كُتّاب, the
  // plural of the participle كاتب; شركة is filed as a masdar too).
  kParticiple = 256,
  kAdjective = 512,
  kMasdar = 1024,
};

inline constexpr uint16_t kVerbAny = kVerbPast | kVerbPresent | kVerbImperative;
inline constexpr uint16_t kNominalAny =
    kNominal | kProperName | kParticiple | kAdjective | kMasdar;

struct WordMorph {
  uint16_t classes = 0;  // MorphClass bits of the chosen segmentation

  // Verb readings: the subject agreement the affixes mark, every reading
  // (Agreement bits of morph_table.h; 0 when there is no verb reading).
  uint16_t agreement = 0;
  // Nominal readings: NominalFeature bits (morph_table.h) the form shows.
  uint8_t nominal = 0;

  // One summary of the above. For a verb reading: the reading when there is
  // one; when several remain, the third-person one if exactly one is (news
  // narrates in the third person: كتبت → 3fs), else only the features all
  // readings share (تقول: 2ms or 3fs, and 3ms as the past of تقوّل → person
  // 0, number 1). For a nominal without verb reading: 3rd person, with the
  // gender and number its suffixes show. For a function word: 0. 0 =
  // unknown.
  uint8_t person = 0;  // 1, 2, 3
  uint8_t gender = 0;  // 1 masculine, 2 feminine
  uint8_t number = 0;  // 1 singular, 2 dual, 3 plural

  // Of the nominal reading: the article (ال, لل), or an enclitic pronoun
  // (وزارته; set even when the word also has a verb reading, خطتها).
  bool definite = false;

  // The segmentation the classes were found under (the unsplit word when
  // nothing was found).
  CliticSplit split;
};

class Morphology {
 public:
  // The process-wide instance over the compiled table: thread-safe,
  // immutable, no work at first use beyond a pointer.
  static const Morphology& Get();

  // Analyzes one word of the analysis view (no spaces). Never allocates;
  // at most kMaxCliticSplits x 3 hash lookups (one for most words).
  WordMorph Analyze(absl::string_view view_word) const { return Analyze(view_word, false); }
  // The same for a word whose final ه the caller wrote as ة (the view folds
  // ة into ه): with `ta_marbuta` no segmentation reads it as a verb with
  // its object pronoun (شبوة is no شبّوه), and a word that no other reading
  // fits is unknown, a name.
  WordMorph Analyze(absl::string_view view_word, bool ta_marbuta) const;

  // The table readings of `form` exactly as given (no clitic split, no
  // restoration); false when absent. For tests and tools.
  bool Lookup(absl::string_view form, MorphValue* value) const;

  // The compiled table (sizes and the sample of keys, for tests).
  const MorphTableData& data() const { return data_; }

 private:
  explicit Morphology(const MorphTableData& data) : data_(data) {}
  // Looks up the stem of `split` (and its respellings before a pronoun);
  // fills `*m` and returns true when it has a reading the clitics allow.
  bool TrySplit(absl::string_view word, const CliticSplit& split, WordMorph* m) const;
  const MorphTableData& data_;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_MORPH_H_
