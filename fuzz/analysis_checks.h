// Invariant checks for the results of the analyzers, shared by their own
// fuzz targets and by pipeline_fuzzer (see fuzz_util.h for the primitives).
// Each restates a contract of the analyzer's header.

#ifndef DHAD_FUZZ_ANALYSIS_CHECKS_H_
#define DHAD_FUZZ_ANALYSIS_CHECKS_H_

#include <unicode/uchar.h>

#include <cmath>
#include <vector>

#include "absl/strings/string_view.h"
#include "analysis/normalizer.h"
#include "analysis/number_parser.h"
#include "analysis/quote_extractor.h"
#include "analysis/span.h"
#include "base/utf8.h"
#include "fuzz/fuzz_util.h"

namespace dhad::fuzz {

// SentenceSplitter::Split: non-empty spans of the text, in order, not
// overlapping, trimmed of surrounding white space.
inline void CheckSentences(absl::string_view text, const std::vector<Span>& sentences) {
  int32_t previous_end = 0;
  for (const Span& s : sentences) {
    CheckSpan(text, s, "sentence", /*nonempty=*/true);
    DHAD_FUZZ_CHECK(s.begin >= previous_end,
                    "sentence [%d, %d) overlaps or precedes the previous one ending at %d",
                    s.begin, s.end, previous_end);
    previous_end = s.end;
    int len = 0;
    const char32_t first = DecodeUtf8(text.data() + s.begin, &len);
    const char32_t last = DecodeUtf8Before(text, static_cast<size_t>(s.end), &len);
    DHAD_FUZZ_CHECK(!u_isUWhiteSpace(static_cast<UChar32>(first)) &&
                        !u_isUWhiteSpace(static_cast<UChar32>(last)),
                    "sentence [%d, %d) starts or ends with white space (U+%04X ... U+%04X)",
                    s.begin, s.end, static_cast<unsigned>(first), static_cast<unsigned>(last));
  }
}

// NumberParser::Parse: non-empty spans ordered by start; finite values and
// bounds (never inf or NaN), min <= max; overlapping mentions only as a
// range (no value, both bounds) containing its endpoints.
inline void CheckNumbers(absl::string_view text, const std::vector<NumberMention>& numbers) {
  for (size_t i = 0; i < numbers.size(); ++i) {
    const NumberMention& n = numbers[i];
    CheckSpan(text, n.span, "number", /*nonempty=*/true);
    DHAD_FUZZ_CHECK(!n.value || std::isfinite(*n.value), "number [%d, %d) has value %g",
                    n.span.begin, n.span.end, *n.value);
    DHAD_FUZZ_CHECK(!n.min || std::isfinite(*n.min), "number [%d, %d) has min %g", n.span.begin,
                    n.span.end, *n.min);
    DHAD_FUZZ_CHECK(!n.max || std::isfinite(*n.max), "number [%d, %d) has max %g", n.span.begin,
                    n.span.end, *n.max);
    DHAD_FUZZ_CHECK(!(n.min && n.max) || *n.min <= *n.max, "number [%d, %d): min %g > max %g",
                    n.span.begin, n.span.end, *n.min, *n.max);
    const int kind = static_cast<int>(n.kind);
    DHAD_FUZZ_CHECK(kind >= 1 && kind <= 4, "number [%d, %d) has kind %d", n.span.begin,
                    n.span.end, kind);
    if (i == 0) continue;
    const NumberMention& p = numbers[i - 1];
    DHAD_FUZZ_CHECK(p.span.begin <= n.span.begin, "numbers out of order: [%d, %d) then [%d, %d)",
                    p.span.begin, p.span.end, n.span.begin, n.span.end);
  }
  // Overlaps: the later mention must lie inside an earlier range mention.
  for (size_t i = 0; i < numbers.size(); ++i) {
    for (size_t j = i + 1; j < numbers.size(); ++j) {
      const Span a = numbers[i].span;
      const Span b = numbers[j].span;
      if (b.begin >= a.end) break;
      DHAD_FUZZ_CHECK(b.end <= a.end && !numbers[i].value && numbers[i].min && numbers[i].max,
                      "numbers [%d, %d) and [%d, %d) overlap and the first is not a range "
                      "containing the second",
                      a.begin, a.end, b.begin, b.end);
    }
  }
}

// QuoteExtractor::Extract: spans of the text (content may be empty), in
// order of content start; kind 1-3; confidence in [0, 1]; resolved speaker
// valid UTF-8.
inline void CheckQuotes(absl::string_view text, const std::vector<Quote>& quotes) {
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote& q = quotes[i];
    CheckSpan(text, q.content, "quote content");
    if (q.speaker) CheckSpan(text, *q.speaker, "quote speaker", /*nonempty=*/true);
    if (q.cue) CheckSpan(text, *q.cue, "quote cue", /*nonempty=*/true);
    CheckValidUtf8(q.speaker_resolved, "speaker_resolved");
    const int kind = static_cast<int>(q.kind);
    DHAD_FUZZ_CHECK(kind >= 1 && kind <= 3, "quote [%d, %d) has kind %d", q.content.begin,
                    q.content.end, kind);
    DHAD_FUZZ_CHECK(q.confidence >= 0 && q.confidence <= 1, "quote [%d, %d) confidence %g",
                    q.content.begin, q.content.end, static_cast<double>(q.confidence));
    if (i > 0) {
      DHAD_FUZZ_CHECK(quotes[i - 1].content.begin <= q.content.begin,
                      "quotes out of order: content at %d then %d", quotes[i - 1].content.begin,
                      q.content.begin);
    }
  }
}

}  // namespace dhad::fuzz

#endif  // DHAD_FUZZ_ANALYSIS_CHECKS_H_
