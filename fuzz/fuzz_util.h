// Shared pieces of the libFuzzer targets in fuzz/ (see scripts/fuzz.sh):
// turning fuzzer bytes into the inputs the analyzers accept, and the
// invariant checks every target applies to its results.
//
// A failed check prints what failed and aborts, so that libFuzzer reports it
// as a crash and saves the input. The checks restate the contracts of
// analysis/*.h: spans are half-open byte ranges of the caller's text on
// code-point boundaries; the normalizer's byte map and code point alignment
// are non-decreasing and point at input code points; every string produced is
// valid UTF-8. The reference computations here (code point counts, boundary
// tests) are deliberately naive so that they do not share code with what
// they check.

#ifndef DHAD_FUZZ_FUZZ_UTIL_H_
#define DHAD_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"
#include "analysis/text.h"
#include "base/utf8.h"

// Aborts with `msg` (a printf format) when `cond` is false.
#define DHAD_FUZZ_CHECK(cond, ...)                                        \
  do {                                                                    \
    if (!(cond)) {                                                        \
      std::fprintf(stderr, "FUZZ INVARIANT FAILED at %s:%d: %s\n  ",      \
                   __FILE__, __LINE__, #cond);                            \
      std::fprintf(stderr, __VA_ARGS__);                                  \
      std::fprintf(stderr, "\n");                                         \
      std::abort();                                                       \
    }                                                                     \
  } while (0)

namespace dhad::fuzz {

// Reads control bytes off the front of the fuzzer's input; returns 0 once
// the input is exhausted.
class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t Next() {
    if (pos_ >= size_) return 0;
    return data_[pos_++];
  }
  // The bytes not read yet.
  absl::string_view Rest() const {
    return absl::string_view(reinterpret_cast<const char*>(data_) + pos_, size_ - pos_);
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Builds the normalizer the targets share once per process.
inline const Normalizer& GetNormalizer() {
  static const Normalizer* normalizer = [] {
    auto n = Normalizer::Create();
    DHAD_FUZZ_CHECK(n.ok(), "Normalizer::Create: %s", std::string(n.status().message()).c_str());
    return n->release();
  }();
  return *normalizer;
}

// Normalization options from three control bytes: a base profile (None,
// Search, Display, AnalysisView), switches to flip, and maybe a Unicode form.
inline NormalizeOptions NormalizeOptionsFrom(ByteReader& in) {
  NormalizeOptions o;
  switch (in.Next() % 4) {
    case 0: o = NormalizeOptions::None(); break;
    case 1: o = NormalizeOptions::Search(); break;
    case 2: o = NormalizeOptions::Display(); break;
    default: o = NormalizeOptions::AnalysisView(); break;
  }
  const unsigned flips = in.Next() | (in.Next() << 8);
  bool* switches[] = {&o.remove_diacritics,     &o.remove_tatweel,
                      &o.normalize_alef,        &o.alef_maqsura_to_yeh,
                      &o.teh_marbuta_to_heh,    &o.normalize_hamza,
                      &o.fold_presentation_forms, &o.digits_to_ascii,
                      &o.fold_persian_letters,  &o.normalize_punctuation,
                      &o.remove_invisible,      &o.collapse_whitespace,
                      &o.reduce_elongation};
  for (size_t i = 0; i < sizeof(switches) / sizeof(switches[0]); ++i) {
    if (flips & (1u << i)) *switches[i] = !*switches[i];
  }
  const uint8_t form = in.Next();
  if (form & 0x80) {
    o.form = form % 3 == 0 ? UnicodeForm::kNone
             : form % 3 == 1 ? UnicodeForm::kNfc
                             : UnicodeForm::kNfkc;
  }
  return o;
}

// `bytes` with every ill-formed sequence's first byte replaced by U+FFFD:
// the text targets feed valid UTF-8 only (the analyzers require it; the
// validator is fuzzed on its own by utf8_fuzzer), without discarding the
// inputs that mutations made invalid.
inline std::string RepairUtf8(absl::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 8);
  while (!bytes.empty()) {
    const int64_t bad = FindInvalidUtf8(bytes);
    if (bad < 0) {
      out.append(bytes.data(), bytes.size());
      break;
    }
    out.append(bytes.data(), static_cast<size_t>(bad));
    out.append("\xEF\xBF\xBD");
    bytes.remove_prefix(static_cast<size_t>(bad) + 1);
  }
  return out;
}

// The analysis view of valid UTF-8 `input` (which must outlive it), with the
// shared normalizer; aborts if it cannot be built.
inline Text TextOf(const std::string& input) {
  absl::StatusOr<Text> text = Text::Create(input, GetNormalizer());
  DHAD_FUZZ_CHECK(text.ok(), "Text::Create: %s", text.status().ToString().c_str());
  return *std::move(text);
}

// Whether byte offset `i` of valid UTF-8 `text` starts a code point (or is
// its end).
inline bool IsBoundary(absl::string_view text, size_t i) {
  return i == text.size() ||
         (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80);
}

// Code points in text[0, byte), counted one lead byte at a time.
inline uint32_t NaiveCodePoints(absl::string_view text, size_t byte) {
  uint32_t n = 0;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return n;
}

inline void CheckValidUtf8(absl::string_view s, const char* what) {
  const int64_t bad = FindInvalidUtf8(s);
  DHAD_FUZZ_CHECK(bad < 0, "%s is not valid UTF-8 (first bad byte at %lld of %zu)", what,
                  static_cast<long long>(bad), s.size());
}

// A span of `text` (valid UTF-8): 0 <= begin <= end <= size, both on
// code-point boundaries; non-empty when `nonempty`.
inline void CheckSpan(absl::string_view text, Span span, const char* what,
                      bool nonempty = false) {
  DHAD_FUZZ_CHECK(span.begin >= 0 && span.begin <= span.end &&
                      static_cast<size_t>(span.end) <= text.size(),
                  "%s span [%d, %d) is not inside the text of %zu bytes", what, span.begin,
                  span.end, text.size());
  DHAD_FUZZ_CHECK(IsBoundary(text, span.begin) && IsBoundary(text, span.end),
                  "%s span [%d, %d) cuts a UTF-8 sequence", what, span.begin, span.end);
  DHAD_FUZZ_CHECK(!nonempty || span.begin < span.end, "%s span [%d, %d) is empty", what,
                  span.begin, span.end);
}

// The normalizer's byte map (normalizer.h): output.size() + 1 entries, each
// the first byte of an input code point, all bytes of one output code point
// from the same source, non-decreasing, the last entry input.size().
inline void CheckByteMap(absl::string_view input, absl::string_view output,
                         const std::vector<uint32_t>& map) {
  DHAD_FUZZ_CHECK(map.size() == output.size() + 1, "byte map has %zu entries for %zu bytes",
                  map.size(), output.size());
  DHAD_FUZZ_CHECK(map.back() == input.size(), "byte map ends at %u, input has %zu bytes",
                  map.back(), input.size());
  for (size_t i = 0; i < output.size(); ++i) {
    DHAD_FUZZ_CHECK(map[i] < input.size() && IsBoundary(input, map[i]),
                    "byte map[%zu] = %u is not the start of an input code point", i, map[i]);
    DHAD_FUZZ_CHECK(map[i] <= map[i + 1], "byte map decreases at %zu: %u > %u", i, map[i],
                    map[i + 1]);
    if (!IsBoundary(output, i)) {
      DHAD_FUZZ_CHECK(map[i] == map[i - 1],
                      "byte map splits one output code point at byte %zu: %u vs %u", i,
                      map[i - 1], map[i]);
    }
  }
}

// The API's code point alignment (CodePointAlignment, NormalizeResponse):
// one entry per output code point, each an input code point index, non-
// decreasing, then the input length in code points.
inline void CheckAlignment(absl::string_view input, absl::string_view output,
                           const uint32_t* alignment, size_t n) {
  const uint32_t in_cps = NaiveCodePoints(input, input.size());
  const uint32_t out_cps = NaiveCodePoints(output, output.size());
  DHAD_FUZZ_CHECK(n == out_cps + 1u, "alignment has %zu entries for %u output code points", n,
                  out_cps);
  DHAD_FUZZ_CHECK(alignment[n - 1] == in_cps, "alignment ends at %u, input has %u code points",
                  alignment[n - 1], in_cps);
  for (size_t i = 0; i + 1 < n; ++i) {
    DHAD_FUZZ_CHECK(alignment[i] < in_cps, "alignment[%zu] = %u, input has %u code points", i,
                    alignment[i], in_cps);
    DHAD_FUZZ_CHECK(alignment[i] <= alignment[i + 1], "alignment decreases at %zu: %u > %u", i,
                    alignment[i], alignment[i + 1]);
  }
}

// The byte map and the alignment of one normalization describe the same
// thing: output code point k comes from the input code point at byte
// map[first byte of k].
inline void CheckAlignmentMatchesByteMap(absl::string_view input, absl::string_view output,
                                         const std::vector<uint32_t>& map,
                                         const std::vector<uint32_t>& alignment) {
  size_t k = 0;
  size_t in_byte = 0;   // walks the input along the (non-decreasing) map
  uint32_t in_cp = 0;   // code points in input[0, in_byte)
  for (size_t i = 0; i < output.size(); ++i) {
    if (!IsBoundary(output, i)) continue;
    for (; in_byte < map[i]; ++in_byte) in_cp += IsBoundary(input, in_byte);
    const uint32_t want = in_cp;
    DHAD_FUZZ_CHECK(k < alignment.size() && alignment[k] == want,
                    "alignment[%zu] = %u but the byte map says input code point %u", k,
                    k < alignment.size() ? alignment[k] : 0u, want);
    ++k;
  }
}

}  // namespace dhad::fuzz

#endif  // DHAD_FUZZ_FUZZ_UTIL_H_
