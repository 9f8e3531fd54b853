#include "analysis/quote_extractor.h"

namespace dhad {

QuoteExtractor::QuoteExtractor() = default;
QuoteExtractor::~QuoteExtractor() = default;

absl::StatusOr<std::unique_ptr<const QuoteExtractor>> QuoteExtractor::Create(const Normalizer& normalizer) {
  (void)normalizer;
  return std::unique_ptr<const QuoteExtractor>(new QuoteExtractor());
}

absl::StatusOr<std::vector<Quote>> QuoteExtractor::Extract(
    const Text& text, absl::Span<const Span> sentences) const {
  (void)text;
  (void)sentences;
  return absl::UnimplementedError("quote extraction is not implemented yet");
}

}  // namespace dhad
