#include "base/utf8.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace dhad {

namespace {

// How many of the sixteen bytes at `s` (starting at a sequence boundary)
// are ASCII and whole two-byte sequences, when that is all they hold: 16,
// or 15 when the last byte leads a two-byte sequence that goes on after
// them. 0 when they hold anything else (a longer sequence, or an error), or
// without SSE2: the caller then goes one sequence at a time. Every test is
// on the sixteen bytes at once, as bit masks (bit k for byte k).
inline int AsciiAndTwoByteRun(const unsigned char* s) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));  // 1xxxxxxx
  if (high == 0) return 16;
  const __m128i shifted1 = _mm_add_epi8(v, v);  // each byte shifted left by one
  const unsigned bit6 = static_cast<unsigned>(_mm_movemask_epi8(shifted1));
  const unsigned bit5 = static_cast<unsigned>(_mm_movemask_epi8(_mm_add_epi8(shifted1, shifted1)));
  const unsigned lead = high & bit6;  // 11xxxxxx
  if (lead & bit5) return 0;          // 111xxxxx: not a two-byte sequence
  const unsigned continuation = high & ~bit6;  // 10xxxxxx
  // Each continuation byte right after a lead, and each lead followed by
  // one (the last byte's, if a lead, by the byte after these sixteen).
  if (continuation != ((lead << 1) & 0xFFFFu)) return 0;
  // C0 and C1 lead only overlong forms: a lead needs one of bits 1-4 set.
  const unsigned no_payload = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(0x1E)), _mm_setzero_si128())));
  if (lead & no_payload) return 0;
  return (lead & 0x8000u) ? 15 : 16;
#else
  (void)s;
  return 0;
#endif
}

}  // namespace

int64_t FindInvalidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // ASCII and two-byte sequences (Arabic, and every script up to U+07FF)
    // sixteen bytes at a time.
    while (i + 16 <= n) {
      const int run = AsciiAndTwoByteRun(s + i);
      if (run == 0) break;
      i += static_cast<size_t>(run);
    }
    if (i >= n) break;
    // Anything else one sequence at a time, then back to words.
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    if (s[i] >= 0xC2 && s[i] < 0xE0 && i + 1 < n && IsUtf8Continuation(s[i + 1])) {
      i += 2;
      continue;
    }
    const int len = WellFormedUtf8Length(text.data() + i, n - i);
    if (len == 0) return static_cast<int64_t>(i);
    i += len;
  }
  return -1;
}

absl::Status ValidateUtf8(absl::string_view text) {
  const int64_t bad = FindInvalidUtf8(text);
  if (bad < 0) return absl::OkStatus();
  std::string bytes;
  const size_t end = std::min(text.size(), static_cast<size_t>(bad) + 4);
  for (size_t i = static_cast<size_t>(bad); i < end; ++i) {
    absl::StrAppend(&bytes, i == static_cast<size_t>(bad) ? "" : " ",
                    absl::StrFormat("%02X", static_cast<unsigned char>(text[i])));
  }
  return absl::InvalidArgumentError(
      absl::StrCat("text is not valid UTF-8: ill-formed sequence at byte offset ",
                   bad, " (bytes ", bytes, ")"));
}

char32_t DecodeUtf8Before(absl::string_view text, size_t end, int* len) {
  size_t start = end - 1;
  while (start > 0 && IsUtf8Continuation(static_cast<unsigned char>(text[start])))
    --start;
  char32_t cp = DecodeUtf8(text.data() + start, len);
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(absl::string_view text) {
  size_t n = 0;
  for (char c : text) n += !IsUtf8Continuation(static_cast<unsigned char>(c));
  return n;
}

OffsetConverter::OffsetConverter(absl::string_view text) : text_(text) {
  block_cp_.reserve(text.size() / kBlock + 2);
  uint32_t cps = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_cp_.push_back(cps);
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80) ascii_ = false;
    cps += !IsUtf8Continuation(b);
  }
  block_cp_.push_back(cps);
  total_ = cps;
}

uint32_t OffsetConverter::ToCodePoint(size_t byte) const {
  if (ascii_) return static_cast<uint32_t>(byte);
  if (byte >= text_.size()) return total_;
  const size_t block = byte / kBlock;
  uint32_t cps = block_cp_[block];
  for (size_t i = block * kBlock; i < byte; ++i) {
    cps += !IsUtf8Continuation(static_cast<unsigned char>(text_[i]));
  }
  // A byte inside a sequence belongs to the code point that started earlier.
  if (IsUtf8Continuation(static_cast<unsigned char>(text_[byte])) && cps > 0) {
    --cps;
  }
  return cps;
}

size_t OffsetConverter::ToByte(uint32_t cp) const {
  if (ascii_) return cp;
  if (cp >= total_) return text_.size();
  // Last block whose start has at most `cp` code points before it.
  auto it = std::upper_bound(block_cp_.begin(), block_cp_.end() - 1, cp);
  size_t block = static_cast<size_t>(it - block_cp_.begin()) - 1;
  size_t i = block * kBlock;
  uint32_t cps = block_cp_[block];
  // Skip continuation bytes at the block start: they belong to an earlier cp.
  while (i < text_.size() &&
         IsUtf8Continuation(static_cast<unsigned char>(text_[i])))
    ++i;
  while (cps < cp) {
    i += Utf8SequenceLength(static_cast<unsigned char>(text_[i]));
    ++cps;
  }
  return i;
}

}  // namespace dhad
