// The tokenizer of the number parser (analysis/number_parser.h): splits a
// segment of Text::view() into words (each analyzed once against the number
// lexicon, its proclitics and article split off), digit numbers (digits of
// every Arabic script, with their group and decimal separators resolved) and
// single symbols. Also the small character helpers the grammar shares.
//
// Not for use outside analysis/. Functions only; thread-safe.

#ifndef DHAD_ANALYSIS_INTERNAL_NUMBER_TOKENS_H_
#define DHAD_ANALYSIS_INTERNAL_NUMBER_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "analysis/internal/number_lexicon.h"

namespace dhad::internal {

// Letters and marks the number grammar tests for, in view UTF-8.
inline constexpr absl::string_view kNumArticle = "\xD8\xA7\xD9\x84";  // ال
inline constexpr absl::string_view kNumWaw = "\xD9\x88";              // و
inline constexpr char32_t kNumTatweel = 0x0640;

// % ٪ and their small and fullwidth forms.
inline bool IsPercentSign(char32_t c) {
  return c == '%' || c == 0x066A || c == 0xFE6A || c == 0xFF05;
}

// و ف ب ل ك as two UTF-8 bytes.
inline bool IsProcliticLetter(absl::string_view c) {
  return c == "\xD9\x88" || c == "\xD9\x81" || c == "\xD8\xA8" || c == "\xD9\x84" ||
         c == "\xD9\x83";
}

inline bool EndsWith(absl::string_view s, absl::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

inline bool IsPowerOfTen(double v) {
  return v == 10 || v == 100 || v == 1e3 || v == 1e6 || v == 1e9 || v == 1e12;
}

// The digits of one group of a digit run: view bytes [begin, end).
struct DigitRun {
  uint32_t begin, end;
};

// One token of a segment; offsets are bytes of the whole view.
struct NumToken {
  // kDateTime: a date or a time of day in digits (15/7/2016, 10:30,
  // 1995-01), which holds no number.
  enum Type : uint8_t { kWord, kNum, kSym, kDateTime };
  Type type = kSym;
  bool space_before = false;
  uint32_t begin = 0;  // view bytes
  uint32_t end = 0;
  // kWord
  WordAnalysis wa;
  // kNum
  double value = 0;
  bool decimal = false;
  bool valid = true;  // false when the digits overflow a double
  // kSym
  char32_t sym = 0;
};

// Buffers reused across the segments of one call.
struct NumTokenizeScratch {
  std::vector<DigitRun> runs;
  std::vector<char32_t> seps;
};

// Splits the segment of `view` that starts at `begin` into words, digit
// numbers and single symbols into *out (cleared first), and returns where
// the segment ends: just after the next line break, or after a terminator
// (. ! ? ؟ ؛) and the space, tab or line break that follows it; view.size()
// when there is none. No number expression crosses a segment end. Offsets
// are those of the whole view. A run of digit groups joined by separators
// is one number when the separators fit one of the conventions of
// number_parser.h, else one token per group with the separators as symbols.
// `scratch` is reused between calls.
size_t TokenizeSegment(absl::string_view view, size_t begin, const NumberLexicon& lex,
                       NumTokenizeScratch* scratch, std::vector<NumToken>* out);

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_NUMBER_TOKENS_H_
