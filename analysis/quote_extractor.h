// Quotations in Arabic news: direct, partial and indirect (reported) speech,
// each with its content, speaker, cue and the speaker resolved over the
// document.
//
// The extractor pairs quotation marks (telling an opening ASCII `"` from a
// closing one by its neighbours), finds cues from lexicons of reporting verbs
// and attribution phrases (analysis/data/quote_cues.txt, quote_words.txt),
// attaches each quotation or reported clause to its cue by the construction
// patterns of Arabic news (verb-speaker-content, content-cue-speaker,
// prepositional attributions before, after or inside the content), and then
// resolves implicit subjects, pronouns, short forms and documents against the
// entities introduced earlier in the document. Matching happens on
// Text::view(); every span is reported in the caller's original bytes.

#ifndef DHAD_ANALYSIS_QUOTE_EXTRACTOR_H_
#define DHAD_ANALYSIS_QUOTE_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "analysis/cancel.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad {
namespace internal {
struct QuoteTables;  // the lexicons, in view form (internal/quote_lexicon.h)
}  // namespace internal

// Numbering matches the API's QuoteKind.
enum class QuoteKind { kDirect = 1, kPartial = 2, kIndirect = 3 };

// One attribution relation. All spans are UTF-8 byte ranges of the caller's
// original text.
struct Quote {
  Span content;                  // without the quotation marks
  std::optional<Span> speaker;   // unset when implicit
  std::string speaker_resolved;  // full name for pronouns, short forms...
  std::optional<Span> cue;       // reporting verb or attribution phrase
  QuoteKind kind = QuoteKind::kDirect;
  float confidence = 0;
};

class QuoteExtractor {
 public:
  // Builds the lexicons once (analysis/data/quote_cues.txt and
  // quote_words.txt); immutable after. Lexicon keys are put in the view form
  // with `normalizer`, which is used only during Create().
  // Errors: kNotFound when a lexicon file was not compiled in; kInternal
  // when a line of one is malformed (names the file and line); errors of the
  // normalizer.
  static absl::StatusOr<std::unique_ptr<const QuoteExtractor>> Create(
      const Normalizer& normalizer);

  // Returns the quotations of `text` in order of their content start.
  // `sentences` are the text's sentences (SentenceSplitter::Split, spans of
  // text.original()), used to bound reported clauses; when empty, the
  // extractor bounds sentences itself from terminators and line breaks.
  // No sentence boundary is ever placed inside a quotation. Quotation marks
  // around names and titles, negated speech and stray marks give no quote.
  // Thread-safe; keeps no state between calls.
  // `cancelled`, when set, is polled while the extractor works.
  // Errors: kCancelled when `cancelled` said so; none otherwise.
  absl::StatusOr<std::vector<Quote>> Extract(const Text& text, absl::Span<const Span> sentences,
                                             const CancelledFn& cancelled = nullptr) const;

  QuoteExtractor(const QuoteExtractor&) = delete;
  QuoteExtractor& operator=(const QuoteExtractor&) = delete;
  ~QuoteExtractor();

 private:
  QuoteExtractor();
  std::unique_ptr<const internal::QuoteTables> tables_;
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_QUOTE_EXTRACTOR_H_
