// Fuzzes SentenceSplitter::Split (analysis/sentence_splitter.h) on valid
// UTF-8 text (the fuzzer's bytes, repaired; see fuzz_util.h), through
// Text::Create as the pipeline does.
//
// Checks (analysis_checks.h, CheckSentences): every sentence is a non-empty
// span of the original text on code-point boundaries, in order, not
// overlapping, trimmed of white space; every letter and digit is inside a
// sentence (CheckCoverage); the result is the same on a second call (no state between
// calls).

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/sentence_splitter.h"
#include "analysis/text.h"
#include "fuzz/analysis_checks.h"
#include "fuzz/fuzz_util.h"

namespace {

const dhad::SentenceSplitter& GetSplitter() {
  static const dhad::SentenceSplitter* splitter = [] {
    auto s = dhad::SentenceSplitter::Create(dhad::fuzz::GetNormalizer());
    DHAD_FUZZ_CHECK(s.ok(), "SentenceSplitter::Create: %s", s.status().ToString().c_str());
    return s->release();
  }();
  return *splitter;
}

// Whether `cp` is a letter or decimal digit that the view keeps: not a
// modifier letter such as tatweel, and not a presentation form whose
// compatibility decomposition has no letter (U+FE70-FE7F, U+FCF2: harakat on
// a space or tatweel).
bool IsContent(char32_t cp) {
  constexpr uint32_t kContent = U_GC_LU_MASK | U_GC_LL_MASK | U_GC_LT_MASK | U_GC_LO_MASK |
                                U_GC_ND_MASK;
  if (!(U_GET_GC_MASK(static_cast<UChar32>(cp)) & kContent)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposition;
  if (U_FAILURE(status) || !nfkd->getDecomposition(static_cast<UChar32>(cp), decomposition)) {
    return true;
  }
  for (int32_t i = 0; i < decomposition.length(); i = decomposition.moveIndex32(i, 1)) {
    if (U_GET_GC_MASK(decomposition.char32At(i)) & kContent) return true;
  }
  return false;
}

// Every letter and digit of `s` (IsContent) lies inside one of the (ordered)
// sentences: the splitter drops nothing but white space, marks and
// punctuation between them.
void CheckCoverage(absl::string_view s, const std::vector<dhad::Span>& sentences) {
  size_t k = 0;
  for (size_t i = 0; i < s.size();) {
    int len = 0;
    const char32_t cp = dhad::DecodeUtf8(s.data() + i, &len);
    while (k < sentences.size() && static_cast<size_t>(sentences[k].end) <= i) ++k;
    if (IsContent(cp)) {
      DHAD_FUZZ_CHECK(k < sentences.size() && static_cast<size_t>(sentences[k].begin) <= i,
                      "U+%04X at byte %zu is in no sentence", static_cast<unsigned>(cp), i);
    }
    i += len;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input =
      dhad::fuzz::RepairUtf8(absl::string_view(reinterpret_cast<const char*>(data), size));
  const dhad::Text text = dhad::fuzz::TextOf(input);
  auto sentences = GetSplitter().Split(text);
  DHAD_FUZZ_CHECK(sentences.ok(), "Split failed: %s", sentences.status().ToString().c_str());
  dhad::fuzz::CheckSentences(input, *sentences);
  CheckCoverage(input, *sentences);
  auto again = GetSplitter().Split(text);
  DHAD_FUZZ_CHECK(again.ok() && *again == *sentences, "a second Split differs");
  return 0;
}
