// Character classes shared by the analyzers. Cheap inline tests on code
// points; anything Unicode-wide goes through ICU here, not in each analyzer.

#ifndef DHAD_ANALYSIS_CHARS_H_
#define DHAD_ANALYSIS_CHARS_H_

#include <unicode/uchar.h>

namespace dhad {

// Arabic letters of the Arabic block and its supplements (not marks, digits,
// punctuation or tatweel).
inline bool IsArabicLetter(char32_t c) {
  if (c >= 0x0621 && c <= 0x063A) return true;
  if (c >= 0x0641 && c <= 0x064A) return true;
  if (c >= 0x066E && c <= 0x06D3 && c != 0x06D4) return c != 0x066A && c != 0x066B &&
                                                         c != 0x066C && c != 0x066D &&
                                                         (c < 0x06D6);
  if (c == 0x06D5 || (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FC) ||
      c == 0x06FF)
    return true;
  if (c >= 0x0750 && c <= 0x077F) return true;
  if (c >= 0x08A0 && c <= 0x08C9) return true;
  return false;
}

// Arabic combining marks (harakat, tanween, shadda, sukun, superscript alef,
// Quranic and honorific marks).
inline bool IsArabicMark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) ||
         (c >= 0x06EA && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF && c != 0x08E2);
}

inline constexpr char32_t kTatweel = 0x0640;

// Value 0-9 of a decimal digit of ASCII, Arabic-Indic or Extended
// Arabic-Indic; -1 for anything else.
inline int ArabicDigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}

// Unicode White_Space. The property holds 25 code points and has not
// changed since Unicode 6.3; spelled out here because the analyzers ask it of
// every character (chars_test checks it against ICU for every code point).
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  if (c < 0x2000) return c == 0x85 || c == 0xA0 || c == 0x1680;
  return c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// White space or an invisible format character (bidi marks, ZWNJ, BOM,
// U+0600-U+0605...): what a span is trimmed of and what does not count as
// content. Shared by the sentence splitter and Text::ToOriginal.
inline bool IsSpaceOrFormat(char32_t c) {
  if (IsSpace(c)) return true;
  if (c < 0x80 || IsArabicLetter(c)) return false;  // no format characters there
  return u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR;
}

// Letters of any script (Arabic, Latin...), for word boundaries.
inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsArabicLetter(c) || u_isalpha(static_cast<UChar32>(c));
}

}  // namespace dhad

#endif  // DHAD_ANALYSIS_CHARS_H_
