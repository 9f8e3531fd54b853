#include "analysis/internal/normalizer_tables.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include "analysis/internal/icu_util.h"

namespace dhad::internal {
namespace {

// The two Arabic presentation-form blocks that fold_presentation_forms
// decomposes (U+FEFF, the BOM, is outside them).
bool InPresentationBlocks(char32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
}

}  // namespace

absl::StatusOr<const NormalizerTables*> NormalizerTables::Get() {
  static const absl::StatusOr<const NormalizerTables*>* const tables = [] {
    auto* t = new NormalizerTables();
    absl::Status st = t->Build();
    if (!st.ok()) {
      delete t;
      return new absl::StatusOr<const NormalizerTables*>(st);
    }
    return new absl::StatusOr<const NormalizerTables*>(t);
  }();
  return *tables;
}

CpInfo NormalizerTables::Compute(char32_t c) const {
  const auto uc = static_cast<UChar32>(c);
  CpInfo info;
  info.ccc = static_cast<uint8_t>(u_getCombiningClass(uc));
  const int nfc_qc = u_getIntPropertyValue(uc, UCHAR_NFC_QUICK_CHECK);
  const int nfkc_qc = u_getIntPropertyValue(uc, UCHAR_NFKC_QUICK_CHECK);
  if (nfc_qc == UNORM_YES) info.flags |= kNfcYes;
  if (nfc_qc == UNORM_MAYBE) info.flags |= kNfcMaybe;
  if (nfkc_qc == UNORM_YES) info.flags |= kNfkcYes;
  if (nfkc_qc == UNORM_MAYBE) info.flags |= kNfkcMaybe;
  if (nfc_->hasBoundaryBefore(uc)) info.flags |= kBoundaryNfc;
  if (nfkc_->hasBoundaryBefore(uc)) info.flags |= kBoundaryNfkc;
  if (u_isUWhiteSpace(uc)) info.flags |= kWhiteSpace;
  return info;
}

absl::Status NormalizerTables::Build() {
  UErrorCode ec = U_ZERO_ERROR;
  nfc_ = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) return FromIcu(ec, "getNFCInstance");
  nfkc_ = icu::Normalizer2::getNFKCInstance(ec);
  if (U_FAILURE(ec)) return FromIcu(ec, "getNFKCInstance");

  table_.assign(kTableLimit, CpInfo());
  // offsets_[id] is where expansion id starts and offsets_[id + 1] where it
  // ends; id 0 means "none" and is empty.
  offsets_.assign(2, 0);
  // Appends the normalization of `c` by `norm` as a new expansion.
  auto add_expansion = [&](const icu::Normalizer2* norm, char32_t c,
                           uint16_t* id) -> absl::Status {
    UErrorCode e = U_ZERO_ERROR;
    const icu::UnicodeString s =
        norm->normalize(icu::UnicodeString(static_cast<UChar32>(c)), e);
    if (U_FAILURE(e)) return FromIcu(e, "normalize");
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
      pool_.push_back(static_cast<char32_t>(s.char32At(i)));
    }
    if (offsets_.size() > 0xFFFF) return absl::InternalError("too many expansions");
    *id = static_cast<uint16_t>(offsets_.size() - 1);
    offsets_.push_back(static_cast<uint32_t>(pool_.size()));
    return absl::OkStatus();
  };

  for (char32_t c = 0; c < kTableLimit; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {  // never in valid UTF-8
      table_[c].flags = kNfcYes | kNfkcYes | kBoundaryNfc | kBoundaryNfkc;
      continue;
    }
    CpInfo info = Compute(c);
    if (InPresentationBlocks(c)) {
      // A presentation form is folded when Unicode gives it a compatibility
      // decomposition (ICU's Decomposition_Mapping); its folded form is its
      // NFKC, which keeps hamza and madda composed (ﻷ -> لأ).
      icu::UnicodeString raw;
      if (nfkc_->getRawDecomposition(static_cast<UChar32>(c), raw)) {
        info.flags |= kPresentation;
      }
    }
    if (!(info.flags & (kNfcYes | kNfcMaybe))) {
      absl::Status st = add_expansion(nfc_, c, &info.nfc);
      if (!st.ok()) return st;
    }
    if (!(info.flags & (kNfkcYes | kNfkcMaybe)) || (info.flags & kPresentation)) {
      absl::Status st = add_expansion(nfkc_, c, &info.nfkc);
      if (!st.ok()) return st;
    }
    table_[c] = info;
  }
  return absl::OkStatus();
}

}  // namespace dhad::internal
