// ICU glue: the one place that turns a UErrorCode into an absl::Status.
// Not for use outside analysis/.

#ifndef DHAD_ANALYSIS_INTERNAL_ICU_UTIL_H_
#define DHAD_ANALYSIS_INTERNAL_ICU_UTIL_H_

#include <unicode/utypes.h>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace dhad::internal {

// OK when `code` is not a failure; otherwise kInternal naming `what` and the
// ICU error name.
inline absl::Status FromIcu(UErrorCode code, absl::string_view what) {
  if (U_SUCCESS(code)) return absl::OkStatus();
  return absl::InternalError(absl::StrCat("ICU ", what, ": ", u_errorName(code)));
}

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_ICU_UTIL_H_
