#include "analysis/pipeline.h"

#include "analysis/internal/status_macros.h"
#include "base/utf8.h"

namespace dhad {
namespace {

// Times one stage and reports it to the observer, if any.
class StageTimer {
 public:
  StageTimer(AnalyzerObserver* observer, absl::string_view name)
      : observer_(observer), name_(name), start_(absl::Now()) {}
  ~StageTimer() {
    if (observer_ != nullptr) observer_->OnAnalyzerDone(name_, absl::Now() - start_);
  }

 private:
  AnalyzerObserver* observer_;
  absl::string_view name_;
  absl::Time start_;
};

absl::Status CheckCancelled(const CancelledFn& cancelled) {
  if (cancelled && cancelled()) return absl::CancelledError("the call was cancelled");
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<const Pipeline>> Pipeline::Create() {
  std::unique_ptr<Pipeline> p(new Pipeline());
  DHAD_ASSIGN_OR_RETURN(p->normalizer_, Normalizer::Create());
  DHAD_ASSIGN_OR_RETURN(p->splitter_, SentenceSplitter::Create(*p->normalizer_));
  DHAD_ASSIGN_OR_RETURN(p->number_parser_, NumberParser::Create(*p->normalizer_));
  DHAD_ASSIGN_OR_RETURN(p->quote_extractor_, QuoteExtractor::Create(*p->normalizer_));
  return std::unique_ptr<const Pipeline>(std::move(p));
}

absl::StatusOr<Text> Pipeline::MakeText(absl::string_view input) const {
  return Text::CreateFromValidUtf8(input, *normalizer_);
}

absl::StatusOr<Analysis> Pipeline::Run(absl::string_view input,
                                       const AnalyzeOptions& options,
                                       const CancelledFn& cancelled,
                                       AnalyzerObserver* observer) const {
  if (!options.input_is_valid_utf8) DHAD_RETURN_IF_ERROR(ValidateUtf8(input));
  Analysis out;
  if (input.empty()) {
    // Nothing to find in no text, whichever analyzers are selected.
    if (options.normalize && options.include_alignment) out.alignment = {0};
    return out;
  }
  if (options.normalize) {
    StageTimer timer(observer, "normalize");
    std::vector<uint32_t> byte_map;
    DHAD_RETURN_IF_ERROR(normalizer_->Normalize(
        input, options.normalize_options, &out.normalized,
        options.include_alignment ? &byte_map : nullptr));
    if (options.include_alignment) {
      out.alignment = CodePointAlignment(input, out.normalized, byte_map);
    }
  }
  if (!options.sentences && !options.quotes && !options.numbers) return out;

  DHAD_RETURN_IF_ERROR(CheckCancelled(cancelled));
  absl::StatusOr<Text> text = [&] {
    StageTimer timer(observer, "view");
    return MakeText(input);
  }();
  if (!text.ok()) return text.status();

  if (options.sentences || options.quotes) {
    DHAD_RETURN_IF_ERROR(CheckCancelled(cancelled));
    StageTimer timer(observer, "sentences");
    DHAD_ASSIGN_OR_RETURN(out.sentences, splitter_->Split(*text));
  }
  if (options.numbers) {
    DHAD_RETURN_IF_ERROR(CheckCancelled(cancelled));
    StageTimer timer(observer, "numbers");
    DHAD_ASSIGN_OR_RETURN(out.numbers, number_parser_->Parse(*text, cancelled));
  }
  if (options.quotes) {
    DHAD_RETURN_IF_ERROR(CheckCancelled(cancelled));
    StageTimer timer(observer, "quotes");
    DHAD_ASSIGN_OR_RETURN(out.quotes, quote_extractor_->Extract(*text, out.sentences, cancelled));
  }
  if (!options.sentences) out.sentences.clear();
  DHAD_RETURN_IF_ERROR(CheckCancelled(cancelled));
  return out;
}

}  // namespace dhad
