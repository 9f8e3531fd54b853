// Fuzzes the token stage's word analysis: SplitClitics
// (analysis/internal/clitics.h) and Morphology::Analyze
// (analysis/internal/morph.h), on every whitespace-separated word of the
// analysis view of valid UTF-8 text (the fuzzer's bytes, repaired; see
// fuzz_util.h), and on the raw input as one "word" (outside the contract, but
// it must not crash).
//
// Checks: at most kMaxCliticSplits splits, none for an empty word or one over
// kMaxCliticWordBytes, otherwise the whole word first; every stem is a
// non-empty range of the word on code-point boundaries, of at least
// kMinStemLetters letters, followed by exactly its enclitic's spelling; splits
// come in order of clitic bytes; Analyze gives kNonArabic or kUnknown alone or
// only content classes, a valid split, person/gender/number in range, and the
// same result twice.

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "analysis/internal/clitics.h"
#include "analysis/internal/morph.h"
#include "analysis/text.h"
#include "fuzz/fuzz_util.h"

namespace {

using dhad::internal::CliticSplit;
using dhad::internal::Enclitic;
using dhad::internal::WordMorph;

int Letters(absl::string_view s) {
  int n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void CheckSplits(absl::string_view word) {
  CliticSplit splits[dhad::internal::kMaxCliticSplits + 1];
  const int n =
      dhad::internal::SplitClitics(word, splits, dhad::internal::kMaxCliticSplits + 1);
  DHAD_FUZZ_CHECK(n >= 0 && n <= dhad::internal::kMaxCliticSplits, "%d splits", n);
  if (word.empty() ||
      word.size() > static_cast<size_t>(dhad::internal::kMaxCliticWordBytes)) {
    DHAD_FUZZ_CHECK(n == 0, "%d splits of a word of %zu bytes", n, word.size());
    return;
  }
  DHAD_FUZZ_CHECK(n >= 1, "no split of a word of %zu bytes", word.size());
  DHAD_FUZZ_CHECK(splits[0] == (CliticSplit{0, 0, static_cast<uint8_t>(word.size()),
                                            Enclitic::kNone}),
                  "the first split is not the whole word");
  int prev = 0;
  for (int i = 0; i < n; ++i) {
    const CliticSplit& s = splits[i];
    DHAD_FUZZ_CHECK(s.stem_begin < s.stem_end && s.stem_end <= word.size(),
                    "split %d: stem [%d, %d) of %zu bytes", i, s.stem_begin, s.stem_end,
                    word.size());
    DHAD_FUZZ_CHECK(dhad::fuzz::IsBoundary(word, s.stem_begin) &&
                        dhad::fuzz::IsBoundary(word, s.stem_end),
                    "split %d: stem off code-point boundaries", i);
    const int removed = s.stem_begin + static_cast<int>(word.size() - s.stem_end);
    DHAD_FUZZ_CHECK(removed >= prev, "split %d out of order", i);
    prev = removed;
    if (i == 0) continue;
    DHAD_FUZZ_CHECK(Letters(word.substr(s.stem_begin, s.stem_end - s.stem_begin)) >=
                        dhad::internal::kMinStemLetters,
                    "split %d: stem too short", i);
    const absl::string_view tail = word.substr(s.stem_end);
    if (s.enclitic == Enclitic::kNone) {
      DHAD_FUZZ_CHECK(tail.empty(), "split %d: bytes after the stem without an enclitic",
                      i);
    } else if (s.enclitic == Enclitic::k1s) {
      DHAD_FUZZ_CHECK(tail == "\xD9\x8A" || tail == "\xD9\x86\xD9\x8A",
                      "split %d: k1s tail", i);
    } else {
      DHAD_FUZZ_CHECK(tail == dhad::internal::EncliticText(s.enclitic), "split %d: tail",
                      i);
    }
    DHAD_FUZZ_CHECK((s.proclitics == 0) == (s.stem_begin == 0),
                    "split %d: proclitic bytes", i);
  }
}

void CheckMorph(absl::string_view word) {
  const dhad::internal::Morphology& morph = dhad::internal::Morphology::Get();
  const WordMorph m = morph.Analyze(word);
  using namespace dhad::internal;
  const uint16_t content = kVerbAny | kNominalAny | kFunctionWord;
  DHAD_FUZZ_CHECK(m.classes == kNonArabic || m.classes == kUnknown ||
                      (m.classes != 0 && (m.classes & ~content) == 0),
                  "classes %x", m.classes);
  DHAD_FUZZ_CHECK(
      m.split.stem_begin <= m.split.stem_end && m.split.stem_end <= word.size(),
      "split [%d, %d) of %zu bytes", m.split.stem_begin, m.split.stem_end, word.size());
  DHAD_FUZZ_CHECK(m.person <= 3 && m.gender <= 2 && m.number <= 3,
                  "agreement out of range");
  DHAD_FUZZ_CHECK((m.classes & kVerbAny) != 0 || m.agreement == 0,
                  "agreement without verb");
  const WordMorph again = morph.Analyze(word);
  DHAD_FUZZ_CHECK(again.classes == m.classes && again.split == m.split &&
                      again.agreement == m.agreement && again.person == m.person,
                  "a second Analyze differs");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input = dhad::fuzz::RepairUtf8(
      absl::string_view(reinterpret_cast<const char*>(data), size));
  CheckSplits(input);
  CheckMorph(input);
  const dhad::Text text = dhad::fuzz::TextOf(input);
  const absl::string_view view = text.view();
  size_t start = 0;
  for (size_t i = 0; i <= view.size(); ++i) {
    if (i == view.size() || view[i] == ' ' || view[i] == '\n' || view[i] == '\t') {
      if (i > start) {
        const absl::string_view word = view.substr(start, i - start);
        CheckSplits(word);
        CheckMorph(word);
      }
      start = i + 1;
    }
  }
  return 0;
}
