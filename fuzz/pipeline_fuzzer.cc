// Fuzzes Pipeline::Run (analysis/pipeline.h), the whole Analyze, with every
// combination of analyzers, normalization options, alignment, raw bytes or
// repaired UTF-8, and cancellation at any poll.
//
// Input: byte 0 selects the analyzers (bits 0-3), include_alignment (bit 4),
// whether the text is repaired to valid UTF-8 (bit 5; raw bytes otherwise)
// and, for valid text, input_is_valid_utf8 (bit 6); bytes 1-3 the normalize
// options (fuzz_util.h, NormalizeOptionsFrom); byte 4, when its high bit is
// set, makes the CancelledFn answer true from its (byte & 0x7F)-th call on.
// The rest is the text.
// Checks: ill-formed input gives kInvalidArgument; otherwise OK, or
// kCancelled only when the CancelledFn said so, and a run that the CancelledFn
// stopped never returns OK; the normalized text, its alignment, sentences,
// numbers and quotes satisfy their contracts (analysis_checks.h) and equal
// what each analyzer gives when called alone; analyzers not selected leave
// their results empty.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/number_parser.h"
#include "analysis/pipeline.h"
#include "analysis/quote_extractor.h"
#include "analysis/sentence_splitter.h"
#include "analysis/text.h"
#include "fuzz/analysis_checks.h"
#include "fuzz/fuzz_util.h"

namespace {

struct Fixture {
  std::unique_ptr<const dhad::Pipeline> pipeline;
  // The same analyzers on their own, to compare with the pipeline's results.
  std::unique_ptr<const dhad::SentenceSplitter> splitter;
  std::unique_ptr<const dhad::NumberParser> parser;
  std::unique_ptr<const dhad::QuoteExtractor> extractor;
};

const Fixture& GetFixture() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    auto p = dhad::Pipeline::Create();
    DHAD_FUZZ_CHECK(p.ok(), "Pipeline::Create: %s", p.status().ToString().c_str());
    f->pipeline = std::move(*p);
    const dhad::Normalizer& n = f->pipeline->normalizer();
    auto s = dhad::SentenceSplitter::Create(n);
    auto np = dhad::NumberParser::Create(n);
    auto q = dhad::QuoteExtractor::Create(n);
    DHAD_FUZZ_CHECK(s.ok() && np.ok() && q.ok(), "creating the analyzers failed");
    f->splitter = std::move(*s);
    f->parser = std::move(*np);
    f->extractor = std::move(*q);
    return f;
  }();
  return *fixture;
}

bool SameNumber(const dhad::NumberMention& a, const dhad::NumberMention& b) {
  return a.span == b.span && a.value == b.value && a.kind == b.kind &&
         a.approximate == b.approximate && a.min == b.min && a.max == b.max &&
         a.min_inclusive == b.min_inclusive && a.max_inclusive == b.max_inclusive;
}

bool SameQuote(const dhad::Quote& a, const dhad::Quote& b) {
  return a.content == b.content && a.speaker == b.speaker && a.cue == b.cue &&
         a.kind == b.kind && a.speaker_resolved == b.speaker_resolved &&
         a.confidence == b.confidence;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dhad::fuzz::ByteReader in(data, size);
  const uint8_t control = in.Next();
  dhad::AnalyzeOptions options = dhad::AnalyzeOptions::Only(
      control & 1, control & 2, control & 4, control & 8);
  options.include_alignment = control & 16;
  options.normalize_options = dhad::fuzz::NormalizeOptionsFrom(in);
  const uint8_t cancel = in.Next();
  const std::string input = (control & 32) ? dhad::fuzz::RepairUtf8(in.Rest())
                                           : std::string(in.Rest());
  const bool valid = dhad::FindInvalidUtf8(input) < 0;
  options.input_is_valid_utf8 = valid && (control & 64);

  int polls = 0;
  bool said_cancelled = false;
  dhad::CancelledFn cancelled;
  if (cancel & 0x80) {
    cancelled = [&polls, &said_cancelled, after = cancel & 0x7F] {
      if (++polls > after) said_cancelled = true;
      return said_cancelled;
    };
  }
  const Fixture& f = GetFixture();
  auto analysis = f.pipeline->Run(input, options, cancelled);
  if (!valid) {
    DHAD_FUZZ_CHECK(analysis.status().code() == absl::StatusCode::kInvalidArgument,
                    "Run on ill-formed UTF-8 gave %s", analysis.status().ToString().c_str());
    return 0;
  }
  if (!analysis.ok()) {
    DHAD_FUZZ_CHECK(analysis.status().code() == absl::StatusCode::kCancelled && said_cancelled,
                    "Run failed on valid UTF-8: %s (cancelled fn said %d after %d polls)",
                    analysis.status().ToString().c_str(), said_cancelled, polls);
    return 0;
  }
  DHAD_FUZZ_CHECK(!said_cancelled, "Run returned OK after the CancelledFn said cancelled");

  // Normalized text and alignment.
  dhad::fuzz::CheckValidUtf8(analysis->normalized, "Analysis::normalized");
  if (options.normalize) {
    std::string want;
    DHAD_FUZZ_CHECK(
        f.pipeline->normalizer().Normalize(input, options.normalize_options, &want, nullptr).ok(),
        "Normalize failed");
    DHAD_FUZZ_CHECK(analysis->normalized == want, "Run's normalized text differs from Normalize");
  } else {
    DHAD_FUZZ_CHECK(analysis->normalized.empty(), "normalized text without normalize");
  }
  if (options.normalize && options.include_alignment) {
    dhad::fuzz::CheckAlignment(input, analysis->normalized, analysis->alignment.data(),
                               analysis->alignment.size());
  } else {
    DHAD_FUZZ_CHECK(analysis->alignment.empty(), "alignment that was not asked for");
  }

  // The analyzers, against their own contracts and against a direct call.
  auto text = dhad::Text::Create(input, f.pipeline->normalizer());
  DHAD_FUZZ_CHECK(text.ok(), "Text::Create: %s", text.status().ToString().c_str());
  std::vector<dhad::Span> sentences;
  if (options.sentences || options.quotes) sentences = *f.splitter->Split(*text);
  if (options.sentences) {
    dhad::fuzz::CheckSentences(input, analysis->sentences);
    DHAD_FUZZ_CHECK(analysis->sentences == sentences, "Run's sentences differ from Split");
  } else {
    DHAD_FUZZ_CHECK(analysis->sentences.empty(), "sentences that were not asked for");
  }
  if (options.numbers) {
    dhad::fuzz::CheckNumbers(input, analysis->numbers);
    const auto numbers = *f.parser->Parse(*text);
    DHAD_FUZZ_CHECK(numbers.size() == analysis->numbers.size(),
                    "Run found %zu numbers, Parse %zu", analysis->numbers.size(), numbers.size());
    for (size_t i = 0; i < numbers.size(); ++i) {
      DHAD_FUZZ_CHECK(SameNumber(numbers[i], analysis->numbers[i]),
                      "Run's number %zu differs from Parse", i);
    }
  } else {
    DHAD_FUZZ_CHECK(analysis->numbers.empty(), "numbers that were not asked for");
  }
  if (options.quotes) {
    dhad::fuzz::CheckQuotes(input, analysis->quotes);
    const auto quotes = *f.extractor->Extract(*text, sentences);
    DHAD_FUZZ_CHECK(quotes.size() == analysis->quotes.size(),
                    "Run found %zu quotes, Extract %zu", analysis->quotes.size(), quotes.size());
    for (size_t i = 0; i < quotes.size(); ++i) {
      DHAD_FUZZ_CHECK(SameQuote(quotes[i], analysis->quotes[i]),
                      "Run's quote %zu differs from Extract", i);
    }
  } else {
    DHAD_FUZZ_CHECK(analysis->quotes.empty(), "quotes that were not asked for");
  }
  return 0;
}
