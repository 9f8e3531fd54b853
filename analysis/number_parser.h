// Number mentions in Arabic text: digits of every Arabic script, word
// numbers, ordinals, fractions, percentages, approximations, bounds, ranges
// and vague quantities, each with its value, kind and bounds.

#ifndef DHAD_ANALYSIS_NUMBER_PARSER_H_
#define DHAD_ANALYSIS_NUMBER_PARSER_H_

#include <memory>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad {

// Numbering matches the API's NumberKind.
enum class NumberKind { kCardinal = 1, kOrdinal = 2, kFraction = 3, kPercent = 4 };

struct NumberMention {
  Span span;                    // in text.original()
  std::optional<double> value;  // unset for vague quantities and ranges
  NumberKind kind = NumberKind::kCardinal;
  bool approximate = false;
  std::optional<double> min;
  std::optional<double> max;
  bool min_inclusive = false;
  bool max_inclusive = false;
};

class NumberParser {
 public:
  // Builds the number-word lexicon once; immutable after. Lexicon keys are put in the
  // view form with `normalizer`, which must outlive the analyzer.
  static absl::StatusOr<std::unique_ptr<const NumberParser>> Create(
      const Normalizer& normalizer);

  // Returns the mentions of `text` in order; they do not overlap.
  // Thread-safe. Errors: kUnimplemented while the parser is not available.
  absl::StatusOr<std::vector<NumberMention>> Parse(const Text& text) const;

  NumberParser(const NumberParser&) = delete;
  NumberParser& operator=(const NumberParser&) = delete;
  ~NumberParser();

 private:
  NumberParser();
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_NUMBER_PARSER_H_
