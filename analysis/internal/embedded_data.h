// The lexicon files of analysis/data/, compiled in by CMake
// (analysis/CMakeLists.txt generates embedded_data.cc). Use EmbeddedData()
// from analysis/lexicon.h instead of this.

#ifndef DHAD_ANALYSIS_INTERNAL_EMBEDDED_DATA_H_
#define DHAD_ANALYSIS_INTERNAL_EMBEDDED_DATA_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace dhad::internal {

struct EmbeddedFile {
  absl::string_view name;  // file name without .txt
  absl::string_view data;
};

absl::Span<const EmbeddedFile> EmbeddedFiles();

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_EMBEDDED_DATA_H_
