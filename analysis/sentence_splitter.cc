#include "analysis/sentence_splitter.h"

namespace dhad {

SentenceSplitter::SentenceSplitter() = default;
SentenceSplitter::~SentenceSplitter() = default;

absl::StatusOr<std::unique_ptr<const SentenceSplitter>> SentenceSplitter::Create(const Normalizer& normalizer) {
  (void)normalizer;
  return std::unique_ptr<const SentenceSplitter>(new SentenceSplitter());
}

absl::StatusOr<std::vector<Span>> SentenceSplitter::Split(const Text& text) const {
  (void)text;
  return absl::UnimplementedError("sentence segmentation is not implemented yet");
}

}  // namespace dhad
