#include "analysis/number_parser.h"

namespace dhad {

NumberParser::NumberParser() = default;
NumberParser::~NumberParser() = default;

absl::StatusOr<std::unique_ptr<const NumberParser>> NumberParser::Create(const Normalizer& normalizer) {
  (void)normalizer;
  return std::unique_ptr<const NumberParser>(new NumberParser());
}

absl::StatusOr<std::vector<NumberMention>> NumberParser::Parse(const Text& text) const {
  (void)text;
  return absl::UnimplementedError("number parsing is not implemented yet");
}

}  // namespace dhad
