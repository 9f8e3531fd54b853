// Fuzzes QuoteExtractor::Extract (analysis/quote_extractor.h) on valid UTF-8
// text, through Text::Create as the pipeline does.
//
// Input: byte 0 chooses whether the extractor gets the splitter's sentences
// (as in the pipeline) or none (it then bounds sentences itself); the rest is
// the text (repaired to valid UTF-8; see fuzz_util.h).
// Checks (analysis_checks.h, CheckQuotes): content, speaker and cue are spans
// of the original text on code-point boundaries, quotes are in order of
// content start, kind and confidence are in range, the resolved speaker is
// valid UTF-8; a second call gives the same spans.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/quote_extractor.h"
#include "analysis/sentence_splitter.h"
#include "analysis/text.h"
#include "fuzz/analysis_checks.h"
#include "fuzz/fuzz_util.h"

namespace {

struct Analyzers {
  std::unique_ptr<const dhad::SentenceSplitter> splitter;
  std::unique_ptr<const dhad::QuoteExtractor> extractor;
};

const Analyzers& GetAnalyzers() {
  static const Analyzers* analyzers = [] {
    auto* a = new Analyzers;
    auto s = dhad::SentenceSplitter::Create(dhad::fuzz::GetNormalizer());
    DHAD_FUZZ_CHECK(s.ok(), "SentenceSplitter::Create: %s", s.status().ToString().c_str());
    a->splitter = std::move(*s);
    auto q = dhad::QuoteExtractor::Create(dhad::fuzz::GetNormalizer());
    DHAD_FUZZ_CHECK(q.ok(), "QuoteExtractor::Create: %s", q.status().ToString().c_str());
    a->extractor = std::move(*q);
    return a;
  }();
  return *analyzers;
}

bool SameSpans(const dhad::Quote& a, const dhad::Quote& b) {
  return a.content == b.content && a.speaker == b.speaker && a.cue == b.cue &&
         a.kind == b.kind && a.speaker_resolved == b.speaker_resolved;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dhad::fuzz::ByteReader in(data, size);
  const bool with_sentences = (in.Next() & 1) == 0;
  const std::string input = dhad::fuzz::RepairUtf8(in.Rest());
  const Analyzers& a = GetAnalyzers();
  const dhad::Text text = dhad::fuzz::TextOf(input);
  std::vector<dhad::Span> sentences;
  if (with_sentences) {
    auto s = a.splitter->Split(text);
    DHAD_FUZZ_CHECK(s.ok(), "Split failed: %s", s.status().ToString().c_str());
    sentences = std::move(*s);
  }
  auto quotes = a.extractor->Extract(text, sentences);
  DHAD_FUZZ_CHECK(quotes.ok(), "Extract failed: %s", quotes.status().ToString().c_str());
  dhad::fuzz::CheckQuotes(input, *quotes);
  auto again = a.extractor->Extract(text, sentences);
  DHAD_FUZZ_CHECK(again.ok() && again->size() == quotes->size(), "a second Extract differs");
  for (size_t i = 0; i < quotes->size(); ++i) {
    DHAD_FUZZ_CHECK(SameSpans((*again)[i], (*quotes)[i]), "a second Extract differs at %zu", i);
  }
  return 0;
}
