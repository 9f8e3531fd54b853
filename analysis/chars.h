// Character classes shared by the analyzers. Cheap inline tests on code
// points; anything Unicode-wide goes through ICU here, not in each analyzer.

#ifndef DHAD_ANALYSIS_CHARS_H_
#define DHAD_ANALYSIS_CHARS_H_

#include <unicode/uchar.h>

#include <string_view>

#include "base/utf8.h"

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

// The letters of the UTF-8 word `w` folded for comparing with the Arabic
// names of Latin letters (hamza seats and madda to ا, ى to ي, marks
// dropped) into `f`; their count, or 0 when `w` holds anything but Arabic
// letters and marks or more than five letters (no letter name has six).
inline size_t FoldLetterName(std::string_view w, char32_t (&f)[5]) {
  size_t n = 0;
  for (size_t i = 0; i < w.size();) {
    int len = 1;
    char32_t c = DecodeUtf8(w.data() + i, &len);
    i += len;
    if (c == 0x0623 || c == 0x0625 || c == 0x0622) c = 0x0627;  // أ إ آ → ا
    if (c == 0x0649) c = 0x064A;                                 // ى → ي
    if (IsArabicMark(c)) continue;
    if (!IsArabicLetter(c) || n == 5) return 0;
    f[n++] = c;
  }
  return n;
}

// Whether the UTF-8 word `w` is one Arabic letter or the Arabic spelling of
// a Latin letter's name (إيه، بي، سي ... زد), the pieces of an acronym
// written with dots (إيه.إن.زد، أو.سي.آي، د.ب.أ). Hamza seats, madda and
// alef maqsura are folded; anything else must match exactly.
inline bool SpellsLatinLetter(std::string_view w) {
  char32_t f[5];
  const size_t n = FoldLetterName(w, f);
  if (n == 0) return false;
  if (n == 1) return true;
  static constexpr std::u32string_view kNames[] = {
      U"\u0627\u064A\u0647", U"\u0628\u064A", U"\u0633\u064A", U"\u062F\u064A",
      U"\u0627\u064A", U"\u0627\u0641", U"\u062C\u064A", U"\u0627\u062A\u0634",
      U"\u062C\u064A\u0647", U"\u0643\u064A\u0647", U"\u0627\u0645", U"\u0627\u0646",
      U"\u0627\u0648", U"\u0643\u064A\u0648", U"\u0627\u0631", U"\u0627\u0633",
      U"\u062A\u064A", U"\u064A\u0648", U"\u0641\u064A", U"\u0627\u0643\u0633",
      U"\u0648\u0627\u064A", U"\u0632\u062F", U"\u0632\u064A", U"\u0627\u0644",
      U"\u062F\u0628\u0644\u064A\u0648"};
  for (std::u32string_view name : kNames) {
    if (std::u32string_view(f, n) == name) return true;
  }
  return false;
}

// Whether the UTF-8 word `w` spells the name of a Latin letter in a form
// that is no Arabic word (إيه، إف، إتش، جيه، كيه، كيو، آر، إس، إكس، واي، زد،
// دبليو; not بي "with me", في "in", أو "or", إن "if", دي، أي ...): with a
// dot after it between two names, a middle initial (جورج دبليو. بوش).
inline bool SpellsLatinInitial(std::string_view w) {
  char32_t f[5];
  const size_t n = FoldLetterName(w, f);
  static constexpr std::u32string_view kInitials[] = {
      U"\u0627\u064A\u0647", U"\u0627\u0641", U"\u0627\u062A\u0634", U"\u062C\u064A\u0647",
      U"\u0643\u064A\u0647", U"\u0643\u064A\u0648", U"\u0627\u0631", U"\u0627\u0633",
      U"\u0627\u0643\u0633", U"\u0648\u0627\u064A", U"\u0632\u062F", U"\u062F\u0628\u0644\u064A\u0648"};
  for (std::u32string_view name : kInitials) {
    if (n > 1 && std::u32string_view(f, n) == name) return true;
  }
  return false;
}

}  // namespace dhad

#endif  // DHAD_ANALYSIS_CHARS_H_
