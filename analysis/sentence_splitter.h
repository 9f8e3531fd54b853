// Sentence segmentation of Arabic news and web text.
//
// The convention (see README, "Sentence segmentation"): a sentence ends after
// a run of terminators . ! ? ؟ … followed by whitespace, a line break, the end
// of the text or directly by an Arabic letter; closing quotation marks and
// brackets after the run belong to the sentence that ends; a line without a
// terminator ends a sentence; paragraph breaks always do. Decimals,
// abbreviations, initials, list markers, dotted dates, URLs and ellipses that
// continue a clause are not boundaries.

#ifndef DHAD_ANALYSIS_SENTENCE_SPLITTER_H_
#define DHAD_ANALYSIS_SENTENCE_SPLITTER_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad {

class SentenceSplitter {
 public:
  // Builds the splitter (abbreviation lexicon etc.) once; immutable after. Lexicon keys are put in the
  // view form with `normalizer`, which must outlive the analyzer.
  static absl::StatusOr<std::unique_ptr<const SentenceSplitter>> Create(
      const Normalizer& normalizer);

  // Returns the sentences of `text` in order, as spans of text.original()
  // trimmed of surrounding whitespace; they do not overlap. Empty text gives
  // no sentences. Thread-safe.
  // Errors: kUnimplemented while the splitter is not available.
  absl::StatusOr<std::vector<Span>> Split(const Text& text) const;

  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;
  ~SentenceSplitter();

 private:
  SentenceSplitter();
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_SENTENCE_SPLITTER_H_
