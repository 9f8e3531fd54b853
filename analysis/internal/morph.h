// Word-level morphology for the quote pipeline's token stage: what one word
// of the analysis view can be (verb of a tense, nominal, function word,
// proper name), the subject agreement its verb affixes mark, and the
// gender, number and definiteness its nominal affixes show.
//
// Grounded in Ayaspell, the Arabic Hunspell dictionary of Debian's
// hunspell-ar (about 50k verb forms tagged with tense, 40k nouns and
// adjectives, a few hundred country, capital and personal names, and a
// stopwords list of particles, pronouns and prepositions with their clitic
// forms). analysis/tools/morph_table_gen.cc expands its suffix rules at
// build time into about 530k clitic-free forms in view form and compiles
// them into a fingerprint hash table (analysis/internal/morph_table.h);
// nothing is parsed at run time.
//
// Analyze() splits clitics (analysis/internal/clitics.h) and looks the
// stem up, restoring the spellings that a pronoun changes (وزارته → وزارة,
// قالوه → قالوا, مستواه → مستوى, آراؤه → آراء). It keeps the first
// segmentation, in the order SplitClitics lists them (fewest clitic bytes
// first), under which the stem has a reading its clitics allow:
//   - ال، ب، ك: nominal (ب and ك also before function words: كما، بين);
//   - ل: nominal, function word or present verb (لام التعليل: ليقول);
//   - س: present verb;
//   - an enclitic pronoun: verb (ني for 1s) or nominal/function word (ي).
// Ambiguity between segmentations is thus resolved towards the least
// segmentation; ambiguity within one segmentation stays as several bits.
//
// Limits (measured on a day of Saudi newspapers: see the README section):
//   - The dictionary knows few proper names; most names of people, places
//     and organizations come out kUnknown, which is the signal the mention
//     stage uses. Some foreign names are also Arabic words or split into one
//     (the clitic split of بوتين finds ب + وتين): kUnknown is a strong but
//     partial signal.
//   - No context: قالت is a past verb, but كتب is both a verb and a plural
//     noun, and both bits are set.
//   - Verb agreement is what the affixes mark; the unvocalized script leaves
//     كتبت as 1s/2ms/2fs/3fs, and `agreement` keeps all of them.
//   - A fingerprint collision can make an unknown word look known (about
//     one lookup in a million).

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
  kNominal = 8,        // noun, adjective, participle, masdar
  kFunctionWord = 16,  // particle, preposition, pronoun, conjunction (stopwords)
  // Arabic letters, but in the dictionary under no segmentation: a strong
  // signal for a foreign or proper name (بوتين، كيري).
  kUnknown = 32,
  // Listed by the dictionary as a country, capital, continent or personal
  // name (also kNominal).
  kProperName = 64,
  // No Arabic letter (digits, Latin): not looked up.
  kNonArabic = 128,
};

inline constexpr uint16_t kVerbAny = kVerbPast | kVerbPresent | kVerbImperative;

struct WordMorph {
  uint16_t classes = 0;  // MorphClass bits of the chosen segmentation

  // Verb readings: the subject agreement the affixes mark, every reading
  // (Agreement bits of morph_table.h; 0 when there is no verb reading).
  uint16_t agreement = 0;
  // Nominal readings: NominalFeature bits (morph_table.h) the form shows.
  uint8_t nominal = 0;

  // One summary of the above. For a verb reading: the reading when there is
  // one; when several remain, the third-person one if exactly one is (news
  // narrates in the third person: تقول → 3fs, كتبت → 3fs), else only the
  // features all readings share. For a nominal without verb reading: 3rd
  // person, with the gender and number its suffixes show. 0 = unknown.
  uint8_t person = 0;  // 1, 2, 3
  uint8_t gender = 0;  // 1 masculine, 2 feminine
  uint8_t number = 0;  // 1 singular, 2 dual, 3 plural

  // The article (ال, لل), or an enclitic pronoun on a nominal (وزارته).
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
  // O(word length) hash lookups (at most kMaxCliticSplits x 4).
  WordMorph Analyze(absl::string_view view_word) const;

  // The table readings of `form` exactly as given (no clitic split, no
  // restoration); false when absent. For tests and tools.
  bool Lookup(absl::string_view form, MorphValue* value) const;

  // The compiled table (sizes and the sample of keys, for tests).
  const MorphTableData& data() const { return data_; }

 private:
  explicit Morphology(const MorphTableData& data) : data_(data) {}
  const MorphTableData& data_;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_MORPH_H_
