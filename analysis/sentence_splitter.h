// Sentence segmentation of Arabic news and web text.
//
// The convention (see README, "Sentence segmentation"): a sentence ends after
// a run of terminators . ! ? ؟ … followed by whitespace, a line break, the end
// of the text or directly by an Arabic letter; closing quotation marks and
// brackets after the run belong to the sentence that ends; a line without a
// terminator ends a sentence; paragraph breaks always do. Decimals,
// abbreviations, initials, list markers, dotted dates, URLs and ellipses that
// continue a clause are not boundaries, nor are terminators inside a
// parenthesis in mid-sentence or ending a quoted title in mid-sentence.
//
// The splitter is a single forward scan of the view that stops only at line
// breaks, opening brackets and terminators; the decisions at a terminator
// look at a few words around it and consult the word lists of
// analysis/data/abbreviations.txt (see internal/sentence_lexicon.h).

#ifndef DHAD_ANALYSIS_SENTENCE_SPLITTER_H_
#define DHAD_ANALYSIS_SENTENCE_SPLITTER_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "analysis/internal/sentence_lexicon.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad {

class SentenceSplitter {
 public:
  // Builds the splitter once (parses analysis/data/abbreviations.txt);
  // immutable after. Lexicon keys are put in the view form with
  // `normalizer`, which is used only during Create().
  // Errors: kNotFound when the word list was not compiled in;
  // kInvalidArgument for a malformed line of it; errors of the normalizer.
  static absl::StatusOr<std::unique_ptr<const SentenceSplitter>> Create(
      const Normalizer& normalizer);

  // Returns the sentences of `text` in order, as spans of text.original()
  // trimmed of surrounding whitespace; they do not overlap. Empty text gives
  // no sentences. Works on text.view() and maps back with
  // Text::ToOriginal(), so spans keep the diacritics and tatweel the view
  // dropped. Thread-safe: keeps no state between calls.
  // Errors: none at present (the StatusOr leaves room for limits).
  absl::StatusOr<std::vector<Span>> Split(const Text& text) const;

  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;
  ~SentenceSplitter();

 private:
  explicit SentenceSplitter(internal::SentenceLexicon lexicon);

  internal::SentenceLexicon lexicon_;
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_SENTENCE_SPLITTER_H_
