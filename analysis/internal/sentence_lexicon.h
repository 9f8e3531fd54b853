// The word lists of the sentence splitter: abbreviations and the few word
// classes its rules consult (sentence openers, words that leave a clause
// incomplete, cues of quoted titles). They live in
// analysis/data/abbreviations.txt, whose header documents the format; this
// unit parses that file once and answers lookups on view-form words.
// Not for use outside analysis/.

#ifndef DHAD_ANALYSIS_INTERNAL_SENTENCE_LEXICON_H_
#define DHAD_ANALYSIS_INTERNAL_SENTENCE_LEXICON_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "analysis/normalizer.h"

namespace dhad::internal {

// Kinds of a listed word, as bits: a word may have several.
enum SentenceWordKind : uint8_t {
  kSentenceTitle = 1 << 0,        // abbreviation before what it qualifies
  kSentenceSuffix = 1 << 1,       // abbreviation after what it qualifies
  kSentenceAfterNumber = 1 << 2,  // suffix after a number, title otherwise
  kSentenceOpener = 1 << 3,       // starts a sentence after a suffix
  kSentenceNotOpener = 1 << 4,    // و/ف word that does not start one
  kSentenceIncomplete = 1 << 5,   // a clause cannot stop after it
  kSentenceTitleCue = 1 << 6,     // introduces a quoted title
};

class SentenceLexicon {
 public:
  // Parses `data` (the format of analysis/data/abbreviations.txt) and puts
  // every entry in the view form with `normalizer` (used only here).
  // Abbreviations are keyed with their inner dots and without spaces or a
  // final dot ("ق. م." -> "ق.م").
  // Errors: kInvalidArgument naming the line of a malformed entry or an
  // unknown kind; errors of the normalizer.
  static absl::StatusOr<SentenceLexicon> Parse(absl::string_view data,
                                               const Normalizer& normalizer);

  // The kinds of `key` (view form; abbreviations as above), 0 when it is not
  // listed. Exact, case-sensitive match. Thread-safe.
  uint8_t Kinds(absl::string_view key) const;

  size_t size() const { return entries_.size(); }

 private:
  std::vector<std::pair<std::string, uint8_t>> entries_;  // sorted by key
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_SENTENCE_LEXICON_H_
