// Quotations in Arabic news: direct, partial and indirect (reported) speech,
// each with its content, speaker, cue and the speaker resolved over the
// document. See ../shared/quotes_guide.md for the constructions.

#ifndef DHAD_ANALYSIS_QUOTE_EXTRACTOR_H_
#define DHAD_ANALYSIS_QUOTE_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad {

// Numbering matches the API's QuoteKind.
enum class QuoteKind { kDirect = 1, kPartial = 2, kIndirect = 3 };

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
  // Builds the cue lexicon once; immutable after. Lexicon keys are put in the
  // view form with `normalizer`, which must outlive the analyzer.
  static absl::StatusOr<std::unique_ptr<const QuoteExtractor>> Create(
      const Normalizer& normalizer);

  // Returns the quotations of `text` in order of their content. `sentences`
  // are the text's sentences (SentenceSplitter::Split), used to bound
  // reported clauses. Thread-safe.
  // Errors: kUnimplemented while the extractor is not available.
  absl::StatusOr<std::vector<Quote>> Extract(const Text& text,
                                             absl::Span<const Span> sentences) const;

  QuoteExtractor(const QuoteExtractor&) = delete;
  QuoteExtractor& operator=(const QuoteExtractor&) = delete;
  ~QuoteExtractor();

 private:
  QuoteExtractor();
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_QUOTE_EXTRACTOR_H_
