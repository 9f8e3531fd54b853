#include "analysis/internal/clitics.h"

#include <cstddef>

namespace dhad::internal {
namespace {

// Two-byte UTF-8 spellings of the letters that form clitics.
constexpr char kWaw[] = "\xD9\x88";   // و
constexpr char kFeh[] = "\xD9\x81";   // ف
constexpr char kBeh[] = "\xD8\xA8";   // ب
constexpr char kLam[] = "\xD9\x84";   // ل
constexpr char kKaf[] = "\xD9\x83";   // ك
constexpr char kSeen[] = "\xD8\xB3";  // س
constexpr char kAlef[] = "\xD8\xA7";  // ا
constexpr char kYeh[] = "\xD9\x8A";   // ي
constexpr char kTeh[] = "\xD8\xAA";   // ت
constexpr char kNoon[] = "\xD9\x86";  // ن

// Whether `s` starts at byte `at` with the two-byte letter `letter`.
bool LetterAt(absl::string_view s, size_t at, const char* letter) {
  return at + 2 <= s.size() && s[at] == letter[0] && s[at + 1] == letter[1];
}

// Code points in s[begin, end): bytes that are not UTF-8 continuation bytes.
int Letters(absl::string_view s, size_t begin, size_t end) {
  int n = 0;
  for (size_t i = begin; i < end; ++i) {
    n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  }
  return n;
}

struct Suffix {
  absl::string_view text;
  Enclitic enclitic;
};

// Longest first, so that هما is tried before ها and ه.
constexpr Suffix kEnclitics[] = {
    {"\xD9\x87\xD9\x85\xD8\xA7", Enclitic::k3d},  // هما
    {"\xD9\x83\xD9\x85\xD8\xA7", Enclitic::k2d},  // كما
    {"\xD9\x87\xD9\x85", Enclitic::k3mp},         // هم
    {"\xD9\x87\xD9\x86", Enclitic::k3fp},         // هن
    {"\xD9\x87\xD8\xA7", Enclitic::k3fs},         // ها
    {"\xD9\x83\xD9\x85", Enclitic::k2mp},         // كم
    {"\xD9\x83\xD9\x86", Enclitic::k2fp},         // كن
    {"\xD9\x86\xD8\xA7", Enclitic::k1p},          // نا
    {"\xD9\x86\xD9\x8A", Enclitic::k1s},          // ني
    {"\xD9\x87", Enclitic::k3ms},                 // ه
    {"\xD9\x83", Enclitic::k2s},                  // ك
    {"\xD9\x8A", Enclitic::k1s},                  // ي
};

struct Prefix {
  uint8_t bits;
  uint8_t len;  // bytes
};

// Appends the proclitic readings of `word` to `out` (the bare word first)
// and returns how many; at most 5 (see the header).
int ProcliticReadings(absl::string_view word, Prefix* out) {
  int n = 0;
  out[n++] = {0, 0};
  // The conjunction (optional), then what may follow it.
  uint8_t conj_bits[2] = {0, 0};
  size_t conj_len[2] = {0, 0};
  int conj_n = 1;
  if (LetterAt(word, 0, kWaw)) {
    conj_bits[conj_n] = kConjWa;
    conj_len[conj_n++] = 2;
  } else if (LetterAt(word, 0, kFeh)) {
    conj_bits[conj_n] = kConjFa;
    conj_len[conj_n++] = 2;
  }
  for (int c = 0; c < conj_n; ++c) {
    const uint8_t b = conj_bits[c];
    const size_t at = conj_len[c];
    if (b != 0) out[n++] = {b, static_cast<uint8_t>(at)};
    if (LetterAt(word, at, kAlef) && LetterAt(word, at + 2, kLam)) {
      out[n++] = {static_cast<uint8_t>(b | kArticle), static_cast<uint8_t>(at + 4)};
    } else if (LetterAt(word, at, kBeh) || LetterAt(word, at, kKaf)) {
      const uint8_t prep = LetterAt(word, at, kBeh) ? kPrepBi : kPrepKa;
      out[n++] = {static_cast<uint8_t>(b | prep), static_cast<uint8_t>(at + 2)};
      if (LetterAt(word, at + 2, kAlef) && LetterAt(word, at + 4, kLam)) {
        out[n++] = {static_cast<uint8_t>(b | prep | kArticle),
                    static_cast<uint8_t>(at + 6)};
      }
    } else if (LetterAt(word, at, kLam)) {
      out[n++] = {static_cast<uint8_t>(b | kPrepLi), static_cast<uint8_t>(at + 2)};
      if (LetterAt(word, at + 2, kLam)) {
        // لل: ل + ال with the article's alef dropped (للشركة). When the stem
        // itself starts with ل the article's lam is also absorbed (لليل),
        // which leaves the same stem as plain ل: list it as definite too.
        out[n++] = {static_cast<uint8_t>(b | kPrepLi | kArticle),
                    static_cast<uint8_t>(at + 4)};
        out[n++] = {static_cast<uint8_t>(b | kPrepLi | kArticle),
                    static_cast<uint8_t>(at + 2)};
      }
    } else if (LetterAt(word, at, kSeen) &&
               (LetterAt(word, at + 2, kYeh) || LetterAt(word, at + 2, kTeh) ||
                LetterAt(word, at + 2, kNoon) || LetterAt(word, at + 2, kAlef))) {
      out[n++] = {static_cast<uint8_t>(b | kFutureSa), static_cast<uint8_t>(at + 2)};
    }
  }
  return n;
}

}  // namespace

int SplitClitics(absl::string_view word, CliticSplit* out, int max) {
  if (word.empty() || word.size() > static_cast<size_t>(kMaxCliticWordBytes) || max < 1) {
    return 0;
  }
  const size_t size = word.size();

  Prefix prefixes[8];
  const int prefix_n = ProcliticReadings(word, prefixes);

  struct Ending {
    uint8_t len;
    Enclitic enclitic;
  };
  Ending endings[4];
  int ending_n = 0;
  endings[ending_n++] = {0, Enclitic::kNone};
  for (const Suffix& s : kEnclitics) {
    if (ending_n == 4) break;
    if (size > s.text.size() && word.substr(size - s.text.size()) == s.text) {
      endings[ending_n++] = {static_cast<uint8_t>(s.text.size()), s.enclitic};
    }
  }

  // All admissible combinations, then ordered by clitic bytes (an insertion
  // sort: at most 5 x 3 entries). `removed` keeps each one's sort key.
  CliticSplit all[kMaxCliticSplits];
  int removed[kMaxCliticSplits];
  int n = 0;
  for (int p = 0; p < prefix_n; ++p) {
    for (int e = 0; e < ending_n; ++e) {
      const Prefix& pre = prefixes[p];
      const Ending& end = endings[e];
      if (e > 0 && (pre.bits & kArticle)) continue;  // no possessive after ال
      if (pre.len + end.len >= size) continue;
      const size_t stem_end = size - end.len;
      const int min_letters = (pre.bits & kFutureSa) ? 3 : kMinStemLetters;
      if ((p > 0 || e > 0) && Letters(word, pre.len, stem_end) < min_letters) continue;
      if (n == kMaxCliticSplits) break;
      CliticSplit s;
      s.proclitics = pre.bits;
      s.stem_begin = pre.len;
      s.stem_end = static_cast<uint8_t>(stem_end);
      s.enclitic = end.enclitic;
      int key = pre.len + end.len;
      int i = n++;
      for (; i > 0 && removed[i - 1] > key; --i) {
        all[i] = all[i - 1];
        removed[i] = removed[i - 1];
      }
      all[i] = s;
      removed[i] = key;
    }
  }
  const int count = n < max ? n : max;
  for (int i = 0; i < count; ++i) out[i] = all[i];
  return count;
}

absl::string_view EncliticText(Enclitic e) {
  for (const Suffix& s : kEnclitics) {
    if (s.enclitic == e && e != Enclitic::k1s) return s.text;
  }
  if (e == Enclitic::k1s) return "\xD9\x8A";  // ي (ني is ن + ي after verbs)
  return "";
}

}  // namespace dhad::internal
