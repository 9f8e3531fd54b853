// Per-code-point Unicode facts the normalizer needs on its hot path, read
// once from ICU's data and kept in flat tables so that normalizing a
// character is a table lookup, never an ICU call: canonical combining class,
// NFC/NFKC quick-check values, whether a normalization boundary lies before
// the character, White_Space, and the NFC/NFKC mappings of the characters
// that have one (among them the compatibility decompositions of the Arabic
// presentation forms, U+FB50–U+FDFF and U+FE70–U+FEFE).
//
// Not for use outside analysis/.

#ifndef DHAD_ANALYSIS_INTERNAL_NORMALIZER_TABLES_H_
#define DHAD_ANALYSIS_INTERNAL_NORMALIZER_TABLES_H_

#include <cstdint>
#include <vector>

#include <unicode/normalizer2.h>

#include "absl/status/statusor.h"
#include "absl/types/span.h"

namespace dhad::internal {

// Bits of CpInfo::flags.
enum CpFlag : uint8_t {
  kNfcYes = 1 << 0,         // NFC_Quick_Check = Yes
  kNfcMaybe = 1 << 1,       // NFC_Quick_Check = Maybe (may compose backwards)
  kNfkcYes = 1 << 2,        // NFKC_Quick_Check = Yes
  kNfkcMaybe = 1 << 3,      // NFKC_Quick_Check = Maybe
  kBoundaryNfc = 1 << 4,    // NFC has a boundary before the character
  kBoundaryNfkc = 1 << 5,   // NFKC has a boundary before the character
  kWhiteSpace = 1 << 6,     // Unicode White_Space
  kPresentation = 1 << 7,   // Arabic presentation form with a decomposition
};

struct CpInfo {
  uint8_t ccc = 0;     // canonical combining class
  uint8_t flags = 0;   // CpFlag bits
  uint16_t nfc = 0;    // expansion id of NFC(c) when NFC_QC is No, else 0
  uint16_t nfkc = 0;   // expansion id of NFKC(c) when NFKC_QC is No, else 0
};

// Immutable after Get(); thread-safe.
class NormalizerTables {
 public:
  // The process-wide tables, built on first use (a few milliseconds).
  // Errors: kInternal when ICU's normalization data cannot be loaded.
  static absl::StatusOr<const NormalizerTables*> Get();

  // Facts about code point `c` (any scalar value). Planes 0 and 1 (where
  // emoji live) come from the table; the others are computed through ICU
  // and carry no expansion id.
  CpInfo Info(char32_t c) const {
    return c < kTableLimit ? table_[c] : Compute(c);
  }
  // The code points of expansion `id` (an id from CpInfo, not 0). An
  // expansion is itself in NFC (NFKC expansions are in NFKC).
  absl::Span<const char32_t> Expansion(uint16_t id) const {
    return absl::MakeConstSpan(pool_.data() + offsets_[id],
                               offsets_[id + 1] - offsets_[id]);
  }

  const icu::Normalizer2* nfc() const { return nfc_; }
  const icu::Normalizer2* nfkc() const { return nfkc_; }

 private:
  static constexpr char32_t kTableLimit = 0x20000;

  NormalizerTables() = default;
  absl::Status Build();
  CpInfo Compute(char32_t c) const;

  const icu::Normalizer2* nfc_ = nullptr;
  const icu::Normalizer2* nfkc_ = nullptr;
  std::vector<CpInfo> table_;  // U+0000 .. kTableLimit - 1
  std::vector<uint32_t> offsets_;  // expansion id -> start in pool_; id 0 unused
  std::vector<char32_t> pool_;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_NORMALIZER_TABLES_H_
