// The lexicon of the number parser: the number words of
// analysis/data/number_words.txt and the phrases around numbers of
// analysis/data/number_phrases.txt, loaded once into hash maps keyed by their
// form in the analysis view (see ViewForm), and a word analyzer that strips
// proclitics (و ف ب ل ك) and the article ال before looking a word up, with
// the clitic stage shared with quote extraction (clitics.h).
//
// Not for use outside analysis/. Immutable after Load(); thread-safe.

#ifndef DHAD_ANALYSIS_INTERNAL_NUMBER_LEXICON_H_
#define DHAD_ANALYSIS_INTERNAL_NUMBER_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "analysis/internal/string_table.h"
#include "analysis/normalizer.h"

namespace dhad::internal {

// Roles of number words (see the header of number_words.txt).
enum class NumRole : uint8_t {
  kUnit,
  kTeenHead,
  kTenWord,
  kTeen,
  kTen,
  kHundred,
  kScale,
  kScale2,
  kScalePl,
  kVaguePl,
  kFew,
  kOrdinal,
  kOrdHead,
  kFraction,
  kFraction2,
  kFractionPl,
  kNegative,
  kPoint,
  kNisba,
};

// Flags of number words.
enum NumFlag : uint8_t {
  kNoArticle = 1,
  kArticleOnly = 2,
  kDefNext = 4,
  kNoDefNext = 8,
  kAccDual = 16,
  kNotBesideNumber = 32,
  // Only when the caller wrote a damma on the first letter (ثُمن an eighth,
  // not ثمن price).
  kDammaOnly = 64,
  // Only under و right after a number (ثلاثة ونص; bare نص is "text").
  kAfterNumberOnly = 128,
};

struct NumEntry {
  NumRole role;
  uint8_t flags = 0;
  double value = 0;
};

// Roles of phrases (see the header of number_phrases.txt).
enum class PhraseRole : uint8_t {
  kApprox,
  kApproxAfter,
  kMinExcl,
  kMinIncl,
  kMaxExcl,
  kMaxIncl,
  kMinInclAfter,
  kMaxInclAfter,
  kPercent,
  kBetween,
  kFrom,
  kTo,
  kBlockPrev,
  kBlockNext,
  kPlural,
  kHour,
};

struct Phrase {
  std::vector<std::string> words;  // view forms
  PhraseRole role;
};

// The result of analyzing one word of the view.
struct WordAnalysis {
  // Bytes of proclitics before the number word (outside the mention).
  int proclitic_len = 0;
  // Whether a proclitic و or ف was stripped (a conjunction joining numbers).
  bool conjunction = false;
  // Whether the article ال was stripped (inside the mention).
  bool article = false;
  // Entries of the word; null when it is not a number word.
  const std::vector<NumEntry>* entries = nullptr;
};

class NumberLexicon {
 public:
  // Loads both files and puts every key in view form with `normalizer`.
  // Errors: kNotFound when a file is not compiled in; kInvalidArgument
  // naming the file and line of a malformed entry.
  static absl::StatusOr<std::unique_ptr<const NumberLexicon>> Load(
      const Normalizer& normalizer);

  // Analyzes `word` (a run of letters of the view): the word itself, then
  // the segmentations of SplitClitics (clitics.h) without an enclitic, fewest
  // clitic bytes first: without the article, or one or two proclitics and an
  // article after them. Never allocates.
  WordAnalysis Analyze(absl::string_view word) const;

  // Entries of `word` exactly as given; null when none.
  const std::vector<NumEntry>* Find(absl::string_view word) const;

  // Phrases, longest first.
  const std::vector<Phrase>& phrases() const { return phrases_; }

  // Whether `word` is the first word of some phrase; a cheap filter before
  // matching phrases.
  bool StartsPhrase(absl::string_view word) const {
    return by_first_.Find(word) != nullptr;
  }

  // Indices into phrases() of the phrases whose first (last) word is
  // `word`, longest first; null when none.
  const std::vector<int>* PhrasesStartingWith(absl::string_view word) const {
    return by_first_.Find(word);
  }
  const std::vector<int>* PhrasesEndingWith(absl::string_view word) const {
    return by_last_.Find(word);
  }

 private:
  NumberLexicon() = default;
  StringTable<std::vector<NumEntry>> words_;
  std::vector<Phrase> phrases_;
  StringTable<std::vector<int>> by_first_;
  StringTable<std::vector<int>> by_last_;
  size_t max_key_len_ = 0;
  // A necessary condition for a lookup to succeed, checked before any
  // hashing: for every key, bit (last letter) of
  // letter_filter_[first letter][second letter] is set (letters indexed by
  // LetterIndex), and bit (key bytes) of length_filter_.
  uint64_t letter_filter_[64][64] = {};
  // Likewise for the letter before the last.
  uint64_t penult_filter_[64][64] = {};
  // Whether a word starting with the letter may lose a proclitic or the
  // article in SplitClitics (derived from it at load time).
  bool clitic_start_[64] = {};
  uint64_t length_filter_ = 0;
  // Whether a stem of `len` bytes starting with letters x, y and ending with
  // the letters of the bits `last`, `penult` may be a key.
  bool MayBeKey(size_t len, int x, int y, uint64_t last, uint64_t penult) const;
  // The slow half of Analyze: the clitic splits of `word`, looked up.
  WordAnalysis AnalyzeSplits(absl::string_view word, uint64_t last,
                             uint64_t penult) const;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_NUMBER_LEXICON_H_
