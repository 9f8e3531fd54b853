#include "analysis/text.h"

#include "analysis/chars.h"
#include "analysis/internal/status_macros.h"
#include "base/utf8.h"

namespace dhad {

absl::StatusOr<Text> Text::Create(absl::string_view original,
                                  const Normalizer& normalizer) {
  DHAD_RETURN_IF_ERROR(ValidateUtf8(original));
  return CreateFromValidUtf8(original, normalizer);
}

absl::StatusOr<Text> Text::CreateFromValidUtf8(absl::string_view original,
                                               const Normalizer& normalizer) {
  Text t;
  t.original_ = original;
  t.identity_ = false;
  DHAD_RETURN_IF_ERROR(normalizer.Normalize(original, NormalizeOptions::AnalysisView(),
                                             &t.view_, &t.byte_map_));
  return t;
}

absl::StatusOr<Text> Text::Identity(absl::string_view original) {
  DHAD_RETURN_IF_ERROR(ValidateUtf8(original));
  Text t;
  t.original_ = original;
  return t;
}

Span Text::ToOriginal(size_t view_begin, size_t view_end) const {
  if (identity_) {
    return Span{static_cast<int32_t>(view_begin), static_cast<int32_t>(view_end)};
  }
  const uint32_t begin = byte_map_[view_begin];
  if (view_end <= view_begin) {
    return Span{static_cast<int32_t>(begin), static_cast<int32_t>(begin)};
  }
  // The source of the last view character, and where it ends.
  const uint32_t last_src = byte_map_[view_end - 1];
  int len = 1;
  DecodeUtf8(original_.data() + last_src, &len);
  const uint32_t floor = last_src + len;
  uint32_t end = byte_map_[view_end];
  if (end < floor) end = floor;  // several view characters from one source
  while (end > floor) {
    int clen = 1;
    const char32_t cp = DecodeUtf8Before(original_, end, &clen);
    if (!IsSpaceOrFormat(cp)) break;
    end -= clen;
  }
  return Span{static_cast<int32_t>(begin), static_cast<int32_t>(end)};
}

}  // namespace dhad
