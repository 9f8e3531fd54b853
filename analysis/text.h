// Text: the caller's original string plus the normalized view the analyzers
// work on, and the map between them.
//
// This is Lucene's CharFilter correctOffset() idea: analyzers match on view()
// (where أ، إ، ا and diacritic variants look the same) and report spans in
// original() through ToOriginal().

#ifndef DHAD_ANALYSIS_TEXT_H_
#define DHAD_ANALYSIS_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"

namespace dhad {

class Text {
 public:
  // Validates `original` as UTF-8 and builds the view with
  // NormalizeOptions::AnalysisView(). `original` must outlive the Text.
  // Errors: kInvalidArgument for ill-formed UTF-8 (names the byte offset);
  // errors of the normalizer.
  static absl::StatusOr<Text> Create(absl::string_view original,
                                     const Normalizer& normalizer);
  // As Create, for `original` already known to be valid UTF-8 (the pipeline
  // validates once per call). Behaviour is undefined for ill-formed input.
  static absl::StatusOr<Text> CreateFromValidUtf8(absl::string_view original,
                                                  const Normalizer& normalizer);
  // Validates `original`; the view is the original itself. For analyzers and
  // tests that need no folding.
  static absl::StatusOr<Text> Identity(absl::string_view original);

  absl::string_view original() const { return original_; }
  absl::string_view view() const {
    return identity_ ? original_ : absl::string_view(view_);
  }
  bool identity() const { return identity_; }

  // Byte offset in original() of the code point that view byte `view_byte`
  // comes from; view().size() maps to original().size().
  uint32_t ToOriginalOffset(size_t view_byte) const {
    return identity_ ? static_cast<uint32_t>(view_byte) : byte_map_[view_byte];
  }
  // Maps the view range [view_begin, view_end) to original(). The result
  // starts at the source of the first view character and ends where the
  // source of the next view character starts, less any whitespace and
  // invisible format characters that were dropped in between; so a word keeps
  // its removed diacritics and tatweel but not the removed space after it.
  Span ToOriginal(size_t view_begin, size_t view_end) const;

 private:
  Text() = default;
  absl::string_view original_;
  bool identity_ = true;
  std::string view_;
  std::vector<uint32_t> byte_map_;  // view byte -> original byte
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_TEXT_H_
