// Fuzzes Normalizer::Normalize (analysis/normalizer.h) under every profile
// and random switch combinations.
//
// Input: byte 0 picks the base (None, Search, Display, AnalysisView), bytes
// 1-2 flip switches and byte 3 may override the Unicode form; the rest is the
// text (repaired to valid UTF-8: the normalizer requires it).
// Checks: output valid UTF-8; the byte map's contract (one entry per output
// byte plus one, on input code-point starts, non-decreasing, ends at the
// input size); CodePointAlignment's contract and its agreement with the byte
// map; the output without a map equals the output with one; empty input gives
// empty output; with the NFC or NFKC form, the canonical decomposition (NFD)
// of the input gives the same output as the input (canonical equivalence, as
// normalizer.h promises; this compares the one-pass tables with ICU).

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/normalizer.h"
#include "fuzz/fuzz_util.h"

using dhad::NormalizeOptions;
using dhad::fuzz::GetNormalizer;

namespace {

// ICU's NFD of valid UTF-8 `s`.
std::string Nfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  DHAD_FUZZ_CHECK(U_SUCCESS(status), "no NFD instance");
  const icu::UnicodeString out = nfd->normalize(icu::UnicodeString::fromUTF8(s), status);
  DHAD_FUZZ_CHECK(U_SUCCESS(status), "NFD failed");
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dhad::fuzz::ByteReader in(data, size);
  const NormalizeOptions options = dhad::fuzz::NormalizeOptionsFrom(in);
  const std::string input = dhad::fuzz::RepairUtf8(in.Rest());
  const dhad::Normalizer& normalizer = GetNormalizer();

  std::string out;
  std::vector<uint32_t> map;
  const absl::Status status = normalizer.Normalize(input, options, &out, &map);
  DHAD_FUZZ_CHECK(status.ok(), "Normalize failed on valid UTF-8: %s", status.ToString().c_str());
  dhad::fuzz::CheckValidUtf8(out, "normalized text");
  dhad::fuzz::CheckByteMap(input, out, map);
  if (input.empty()) DHAD_FUZZ_CHECK(out.empty(), "empty input gave %zu bytes", out.size());

  const std::vector<uint32_t> alignment = dhad::CodePointAlignment(input, out, map);
  dhad::fuzz::CheckAlignment(input, out, alignment.data(), alignment.size());
  dhad::fuzz::CheckAlignmentMatchesByteMap(input, out, map, alignment);

  std::string out_nomap;
  DHAD_FUZZ_CHECK(normalizer.Normalize(input, options, &out_nomap, nullptr).ok(),
                  "Normalize without a map failed");
  DHAD_FUZZ_CHECK(out_nomap == out, "output differs with and without a byte map");

  if (options.form != dhad::UnicodeForm::kNone) {
    const std::string decomposed = Nfd(input);
    std::string out_nfd;
    DHAD_FUZZ_CHECK(normalizer.Normalize(decomposed, options, &out_nfd, nullptr).ok(),
                    "Normalize of the NFD failed");
    DHAD_FUZZ_CHECK(out_nfd == out, "NFD of the input normalizes to %zu bytes, input to %zu",
                    out_nfd.size(), out.size());
  }
  return 0;
}
