// Arabic text normalization with an exact alignment back to the input.
//
// Each operation is a switch of NormalizeOptions; profiles (Search, Display,
// None) give named defaults. Operations run in one fixed order:
// compatibility forms, invisibles, diacritics, tatweel, letter folds, digits,
// punctuation, elongation, whitespace.
//
// The alignment ("byte map") is what lets the other analyzers work on a
// normalized view and still report spans in the caller's text: for every
// output byte it gives the input byte offset of the code point that output
// byte comes from.

#ifndef DHAD_ANALYSIS_NORMALIZER_H_
#define DHAD_ANALYSIS_NORMALIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace dhad {

// The Unicode normalization form applied before the Arabic operations.
enum class UnicodeForm { kNone, kNfc, kNfkc };

struct NormalizeOptions {
  UnicodeForm form = UnicodeForm::kNone;
  bool remove_diacritics = false;
  bool remove_tatweel = false;
  bool normalize_alef = false;
  bool alef_maqsura_to_yeh = false;
  bool teh_marbuta_to_heh = false;
  bool normalize_hamza = false;
  bool fold_presentation_forms = false;
  bool digits_to_ascii = false;
  bool fold_persian_letters = false;
  bool normalize_punctuation = false;
  bool remove_invisible = false;
  bool collapse_whitespace = false;
  bool reduce_elongation = false;

  // Every operation off.
  static NormalizeOptions None() { return NormalizeOptions(); }
  // For indexing and matching: NFKC, remove_invisible, remove_diacritics,
  // remove_tatweel, normalize_alef, alef_maqsura_to_yeh, teh_marbuta_to_heh,
  // digits_to_ascii, collapse_whitespace.
  static NormalizeOptions Search();
  // For display: NFC, fold_presentation_forms, remove_invisible,
  // remove_tatweel, collapse_whitespace.
  static NormalizeOptions Display();
  // The internal view the other analyzers match on (see pipeline.h): letters
  // folded so that spelling variants match, punctuation, quotation marks and
  // whitespace kept as they are so that structure survives.
  static NormalizeOptions AnalysisView();
};

class Normalizer {
 public:
  // Builds the lookup tables (once per process; the object is immutable).
  // Errors: kInternal when ICU's data cannot be loaded.
  static absl::StatusOr<std::unique_ptr<const Normalizer>> Create();

  // Normalizes `input`, which must be valid UTF-8 (see ValidateUtf8), into
  // `*out` (replaced). When `byte_map` is not null it is replaced by
  // out->size() + 1 entries: entry i is the byte offset in `input` of the code
  // point that output byte i comes from; the last entry is input.size().
  // The map is non-decreasing. Thread-safe.
  // Errors: kUnimplemented when an operation is not available.
  absl::Status Normalize(absl::string_view input, const NormalizeOptions& options,
                         std::string* out,
                         std::vector<uint32_t>* byte_map) const;

  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;
  ~Normalizer();

 private:
  Normalizer();
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

// Converts a byte map (as filled by Normalizer::Normalize) into the
// code point alignment of the API: for each code point of `output`, the index
// of the input code point it comes from, then the input length in code points.
std::vector<uint32_t> CodePointAlignment(absl::string_view input,
                                         absl::string_view output,
                                         const std::vector<uint32_t>& byte_map);

}  // namespace dhad

#endif  // DHAD_ANALYSIS_NORMALIZER_H_
