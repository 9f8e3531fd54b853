// Arabic text normalization with an exact alignment back to the input.
//
// Each operation is a switch of NormalizeOptions; profiles (Search, Display,
// None) give named defaults. Operations run in one fixed order:
// compatibility forms (the Unicode form, then presentation forms),
// invisibles, diacritics, tatweel, letter folds (Persian letters, hamza
// carriers, alef, alef maqsura, teh marbuta), digits, punctuation,
// elongation, whitespace.
//
// Every operation respects canonical equivalence: Arabic text gives the same
// result in composed and decomposed form (ا + U+0654 is أ), even with
// UnicodeForm::kNone, where the canonical clusters of Arabic letters (and
// only those) are composed and put in canonical order. When an operation
// removes something between a letter and a mark that then lands on it, the
// two are composed again, so that the output stays in the requested form.
//
// The alignment ("byte map") is what lets the other analyzers work on a
// normalized view and still report spans in the caller's text: for every
// output byte it gives the input byte offset of the code point that output
// byte comes from. An expansion (ﷺ gives 18 characters) points at its source
// throughout; removed characters leave gaps; a composition, a reordering of
// marks or a collapsed whitespace run points at the first input character
// involved, so the map never decreases.
//
// Implementation: one pass over the UTF-8 input with a lookup table per set
// of options for U+0000–U+07FF and per-code-point Unicode tables built from
// ICU's data at Create() (analysis/internal/normalizer_tables.h). ICU is
// called only for the rare canonical segments that its tables cannot settle
// (e.g. a combining mark that composes with the letter before it).

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
  // NFC or NFKC over the whole text (kNone: only Arabic clusters are put in
  // canonical form, see above). Set by the profile only.
  UnicodeForm form = UnicodeForm::kNone;
  // Arabic combining marks: U+064B–U+065F, U+0670, U+0610–U+061A,
  // U+06D6–U+06DC, U+06DF–U+06E8, U+06EA–U+06ED, U+08D3–U+08FF (not
  // U+08E2, a format character). Marks of other scripts stay.
  bool remove_diacritics = false;
  bool remove_tatweel = false;       // U+0640
  bool normalize_alef = false;       // أ إ آ ٱ -> ا
  bool alef_maqsura_to_yeh = false;  // ى -> ي
  bool teh_marbuta_to_heh = false;   // ة -> ه
  bool normalize_hamza = false;      // ؤ -> و, ئ -> ي (not ء, not the alefs)
  // NFKC of the Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE)
  // that have a compatibility decomposition, from ICU's data: ﻷ -> لأ,
  // ﷲ -> الله, ﷺ -> صلى الله عليه وسلم. Other ligatures (ﬁ) stay.
  bool fold_presentation_forms = false;
  bool digits_to_ascii = false;      // ٠-٩ and ۰-۹ -> 0-9
  // ک ڪ -> ك; ی ے -> ي; ۓ -> ئ; ہ ۂ ۀ ە ھ -> ه. ڤ گ پ چ stay.
  bool fold_persian_letters = false;
  // ، ؛ ؟ ٪ ۔ ٫ ٬ ٭ « » -> , ; ? % . . , * " "
  bool normalize_punctuation = false;
  // ZWSP, ZWNJ, ZWJ (except between emoji), LRM, RLM, ALM, LRE RLE PDF LRO
  // RLO, LRI RLI FSI PDI, word joiner, BOM, soft hyphen. Variation selectors
  // stay.
  bool remove_invisible = false;
  // Each run of White_Space becomes ' ', or '\n' when it holds one line
  // break, or "\n\n" with two or more (CR LF counts once, U+2029 counts
  // two); leading and trailing runs are removed.
  bool collapse_whitespace = false;
  // Three or more of the same Arabic letter in a row become two.
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
  // Builds the lookup tables (the Unicode tables once per process; each
  // set of options is compiled into a small table on first use and kept).
  // The object is immutable and thread-safe.
  // Errors: kInternal when ICU's data cannot be loaded.
  static absl::StatusOr<std::unique_ptr<const Normalizer>> Create();

  // Normalizes `input`, which must be valid UTF-8 (see ValidateUtf8) and
  // shorter than 4 GiB, into `*out` (replaced; must not alias `input`). When
  // `byte_map` is not null it is replaced by out->size() + 1 entries: entry i
  // is the byte offset in `input` of the code point that output byte i comes
  // from (always the first byte of that code point); the last entry is
  // input.size(). The map is non-decreasing. Thread-safe.
  // Errors: kInternal when ICU fails on a segment (not expected with valid
  // input).
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
// One forward pass over both strings; relies on the map being non-decreasing
// and pointing at the first byte of input code points.
std::vector<uint32_t> CodePointAlignment(absl::string_view input,
                                         absl::string_view output,
                                         const std::vector<uint32_t>& byte_map);

}  // namespace dhad

#endif  // DHAD_ANALYSIS_NORMALIZER_H_
