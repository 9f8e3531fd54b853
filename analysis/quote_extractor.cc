#include "analysis/quote_extractor.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "analysis/internal/attribution.h"
#include "analysis/internal/entity_tracker.h"
#include "analysis/internal/mentions.h"
#include "analysis/internal/quote_doc.h"
#include "analysis/internal/quote_lexicon.h"
#include "analysis/internal/status_macros.h"

namespace dhad {
namespace {

using internal::Cand;
using internal::QuoteDoc;

// The quotes of the kept candidates, in spans of the caller's text, in
// order of their content start.
std::vector<Quote> Output(const QuoteDoc& doc, const std::vector<Cand>& cands,
                          const std::vector<std::string>& resolved) {
  const Text& text = doc.text();
  std::vector<Quote> out;
  out.reserve(cands.size());
  for (size_t k = 0; k < cands.size(); ++k) {
    const Cand& c = cands[k];
    // Thanks, congratulations and condolences offered (قدم شكره، مقدما
    // التهنئة) end the report before them and link the implicit subjects
    // around them, but are courtesies, not quotes: the annotated news
    // leaves them out.
    if (c.qb >= 0 && doc.CueAt(c.qb) >= 0 && doc.Entry(doc.CueAt(c.qb)).courtesy) continue;
    Quote q;
    q.content = text.ToOriginal(c.vb, c.ve);
    if (c.sb >= 0 && c.se > c.sb) {
      q.speaker = text.ToOriginal(doc.T(c.sb).begin, doc.T(c.se - 1).end);
    }
    if (c.qb >= 0) q.cue = text.ToOriginal(doc.T(c.qb).begin, doc.T(c.qe - 1).end);
    q.speaker_resolved = resolved[k];
    q.kind = c.kind;
    q.confidence = c.conf;
    out.push_back(std::move(q));
  }
  std::stable_sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) {
    return a.content.begin < b.content.begin;
  });
  return out;
}

}  // namespace

QuoteExtractor::QuoteExtractor() = default;
QuoteExtractor::~QuoteExtractor() = default;

absl::StatusOr<std::unique_ptr<const QuoteExtractor>> QuoteExtractor::Create(
    const Normalizer& normalizer) {
  DHAD_ASSIGN_OR_RETURN(std::unique_ptr<const internal::QuoteTables> tables,
                        internal::LoadQuoteTables(normalizer));
  auto q = std::unique_ptr<QuoteExtractor>(new QuoteExtractor());
  q->tables_ = std::move(tables);
  return std::unique_ptr<const QuoteExtractor>(std::move(q));
}

absl::StatusOr<std::vector<Quote>> QuoteExtractor::Extract(
    const Text& text, absl::Span<const Span> sentences, const CancelledFn& cancelled) const {
  if (text.view().empty()) return std::vector<Quote>();
  CancelPoller poll(&cancelled, /*stride=*/64);
  // 1. tokens, classes and cues; 2. mentions; 3. attribution; 4. resolution.
  QuoteDoc doc(*tables_, text, sentences, &poll);
  if (doc.stopped()) return absl::CancelledError("the call was cancelled");
  const internal::Mentions mentions(doc);
  std::vector<Cand> cands = internal::Attributor(doc, mentions).Run();
  if (doc.stopped()) return absl::CancelledError("the call was cancelled");
  const std::vector<std::string> resolved =
      internal::EntityTracker(doc, mentions).Resolve(&cands);
  return Output(doc, cands, resolved);
}

}  // namespace dhad
