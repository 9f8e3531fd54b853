// Clitic segmentation of one Arabic word of the analysis view (see
// NormalizeOptions::AnalysisView: no diacritics or tatweel, أ إ آ ٱ → ا,
// ى → ي, ة → ه). Arabic writes conjunctions, prepositions, the future
// particle and the article before a word, and object or possessive pronouns
// after it, in one orthographic word: وبالمملكة = و + ب + ال + مملكة,
// سيقولها = س + يقول + ها. SplitClitics lists the segmentations that the
// spelling allows; it knows no vocabulary, so most words get several, and a
// lexicon (analysis/internal/morph.h) decides which are real.
//
// What is split (written in view form):
//   proclitics, in this order: a conjunction و or ف; then either a
//   preposition ب ل ك, optionally followed by the article (بال كال, and لل
//   for ل + ال), or the future particle س before a present-tense prefix
//   (ي ت ن ا); or the article ال alone. So: وال فال بال كال لل وبال وكال
//   ولل فبال فلل، وس فس.
//   enclitic pronouns: ه ها هم هما هن ك كم كن كما نا ي ني, not after the
//   article (a noun with ال takes no possessive).
// Not split: the interrogative أ (it is ا in the view, the first letter of
// countless words), لـ before a verb is reported as kPrepLi (the view
// cannot tell لام الجر from لام التعليل), and vocative/oath particles.
//
// Limits a caller must know:
//   - Before a pronoun, ة is written ت (وزارة → وزارته) and final ى is
//     written ا (مستوى → مستواه); the stem range then ends in ت or ا. A
//     lookup of the stem should also try the noun's own ending.
//   - لل with a stem that starts with ل (لليل = ل + الليل) is listed both as
//     ل + ال + stem word[2 letters:] and ل (+ ال) + stem word[1 letter:].
//   - Every stem keeps at least kMinStemLetters letters (three after the
//     future particle), so short words are not shredded (به، له، بل).
//
// Not for use outside analysis/. Pure function: thread-safe, never
// allocates, O(word length).

#ifndef DHAD_ANALYSIS_INTERNAL_CLITICS_H_
#define DHAD_ANALYSIS_INTERNAL_CLITICS_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace dhad::internal {

// Proclitics of a split, as bits (several may be set: وبال = kConjWa |
// kPrepBi | kArticle).
enum Proclitic : uint8_t {
  kConjWa = 1,     // و
  kConjFa = 2,     // ف
  kPrepBi = 4,     // ب
  kPrepLi = 8,     // ل (preposition, or لام التعليل before a verb)
  kPrepKa = 16,    // ك
  kFutureSa = 32,  // س (only before ي ت ن ا)
  kArticle = 64,   // ال (and the article of لل)
};

// The enclitic pronoun of a split. The unvocalized script does not tell
// 2nd masculine from feminine singular (ك), so k2s covers both.
enum class Enclitic : uint8_t {
  kNone,
  k1s,   // ي (nouns), ني (verbs, and إنني/لكني)
  k1p,   // نا
  k2s,   // ك
  k2d,   // كما
  k2mp,  // كم
  k2fp,  // كن
  k3ms,  // ه
  k3fs,  // ها
  k3d,   // هما
  k3mp,  // هم
  k3fp,  // هن
};

// One segmentation of a word: the proclitic bits, the stem as a byte range
// [stem_begin, stem_end) of the word, and the enclitic after the stem. The
// proclitics occupy [0, stem_begin) and the enclitic [stem_end, size).
struct CliticSplit {
  uint8_t proclitics = 0;  // bits of Proclitic
  uint8_t stem_begin = 0;
  uint8_t stem_end = 0;
  Enclitic enclitic = Enclitic::kNone;

  friend bool operator==(const CliticSplit& a, const CliticSplit& b) {
    return a.proclitics == b.proclitics && a.stem_begin == b.stem_begin &&
           a.stem_end == b.stem_end && a.enclitic == b.enclitic;
  }
};

// Enough room for every split of any word (at most 5 proclitic readings
// times 3 enclitic readings).
inline constexpr int kMaxCliticSplits = 16;

// The shortest stem a split leaves, in letters (code points).
inline constexpr int kMinStemLetters = 2;

// The longest word SplitClitics accepts, in bytes (stem offsets are 8-bit;
// no Arabic word comes near it).
inline constexpr int kMaxCliticWordBytes = 255;

// Writes up to `max` splits of `word` (one word of the analysis view, no
// spaces) to `out`, and returns how many it wrote. The first is always the
// unsplit word {0, 0, size, kNone}; the rest follow in order of how many
// bytes of clitics they remove (fewest first), so a caller that takes the
// first reading a lexicon knows prefers the least segmentation. Returns 0
// when `word` is empty, longer than kMaxCliticWordBytes, or `max` < 1.
// Never allocates; with max >= kMaxCliticSplits nothing is cut off.
int SplitClitics(absl::string_view word, CliticSplit* out, int max);

// The UTF-8 spelling of an enclitic in view form ("" for kNone).
absl::string_view EncliticText(Enclitic e);

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_CLITICS_H_
