// The analysis pipeline: owns one instance of each analyzer and composes
// them. Only this unit knows their order: the text is validated and
// normalized into the internal view once (Text), the splitter, the number
// parser and the quote extractor all read that view, and every span comes
// back in the caller's bytes.

#ifndef DHAD_ANALYSIS_PIPELINE_H_
#define DHAD_ANALYSIS_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "analysis/cancel.h"
#include "analysis/normalizer.h"
#include "analysis/number_parser.h"
#include "analysis/quote_extractor.h"
#include "analysis/sentence_splitter.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad {

// What Pipeline::Run computes.
struct AnalyzeOptions {
  bool normalize = true;
  bool sentences = true;
  bool quotes = true;
  bool numbers = true;
  NormalizeOptions normalize_options = NormalizeOptions::Search();
  bool include_alignment = false;
  // The caller has already checked that the input is valid UTF-8 (the server
  // has: protobuf rejects a proto3 string field that is not). Run then skips
  // its own check; ill-formed input is undefined behaviour.
  bool input_is_valid_utf8 = false;

  // Options that run exactly the analyzers given (the rest as defaults).
  static AnalyzeOptions Only(bool normalize, bool sentences, bool quotes, bool numbers) {
    AnalyzeOptions o;
    o.normalize = normalize;
    o.sentences = sentences;
    o.quotes = quotes;
    o.numbers = numbers;
    return o;
  }
};

// Told how long each analyzer took; the server turns this into metrics. Must
// be thread-safe: one observer serves concurrent calls.
class AnalyzerObserver {
 public:
  virtual ~AnalyzerObserver() = default;
  // `analyzer` is one of "normalize", "view", "sentences", "quotes",
  // "numbers".
  virtual void OnAnalyzerDone(absl::string_view analyzer, absl::Duration elapsed) = 0;
};

// Everything Run found; spans are bytes of the input given to Run, which must
// outlive this.
struct Analysis {
  std::string normalized;
  std::vector<uint32_t> alignment;  // code points; empty unless requested
  std::vector<Span> sentences;
  std::vector<Quote> quotes;
  std::vector<NumberMention> numbers;
};

class Pipeline {
 public:
  // Builds every analyzer. Errors: those of the analyzers' Create().
  static absl::StatusOr<std::unique_ptr<const Pipeline>> Create();

  // Runs the analyzers `options` selects over `input`. Thread-safe.
  // Errors: kInvalidArgument for ill-formed UTF-8 (names the byte offset);
  // kCancelled when `cancelled` says so (polled between stages and, by the
  // number parser and the quote extractor, while they work); kUnimplemented when a
  // selected analyzer is not available.
  absl::StatusOr<Analysis> Run(absl::string_view input, const AnalyzeOptions& options,
                               const CancelledFn& cancelled = nullptr,
                               AnalyzerObserver* observer = nullptr) const;

  const Normalizer& normalizer() const { return *normalizer_; }

 private:
  Pipeline() = default;
  // `input` is valid UTF-8.
  absl::StatusOr<Text> MakeText(absl::string_view input) const;

  std::unique_ptr<const Normalizer> normalizer_;
  std::unique_ptr<const SentenceSplitter> splitter_;
  std::unique_ptr<const NumberParser> number_parser_;
  std::unique_ptr<const QuoteExtractor> quote_extractor_;
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_PIPELINE_H_
