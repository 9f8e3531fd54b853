// UTF-8 handling shared by every analyzer, the service and the client:
// validation with the offset of the first bad sequence, decoding and encoding
// of code points, and conversion between byte and code point offsets.
//
// The analysis library validates its input once (Text::Create); everything
// after that may assume valid UTF-8 and uses the unchecked decoder.

#ifndef DHAD_BASE_UTF8_H_
#define DHAD_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace dhad {

// Returns the byte offset of the first byte of the first ill-formed sequence
// in `text`, or -1 when `text` is well-formed UTF-8 (RFC 3629: no overlong
// forms, no encoded surrogates, nothing above U+10FFFF, no truncation).
int64_t FindInvalidUtf8(absl::string_view text);

// Length (1-4) of the well-formed UTF-8 sequence at s[0..n), n > 0, or 0
// when the bytes there are ill-formed (Unicode Table 3-7, "Well-Formed UTF-8
// Byte Sequences"). For code that walks the bytes itself and must check
// them as it goes (the client's JSON escaping).
inline int WellFormedUtf8Length(const char* p, size_t n) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  const unsigned char c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  auto cont = [&](size_t i, unsigned char lo, unsigned char hi) {
    return i < n && s[i] >= lo && s[i] <= hi;
  };
  if (c < 0xE0) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c < 0xF0) {
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c < 0xF5) {
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// OK, or kInvalidArgument naming the byte offset of the first bad sequence
// and its bytes.
absl::Status ValidateUtf8(absl::string_view text);

// Decodes the code point that starts at `p`, which must be inside valid UTF-8
// ending at or after p + 4 or at the end of its string (the caller knows the
// sequence is complete). Stores its length in bytes in `*len`.
inline char32_t DecodeUtf8(const char* p, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  if (s[0] < 0x80) {
    *len = 1;
    return s[0];
  }
  if (s[0] < 0xE0) {
    *len = 2;
    return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (s[0] < 0xF0) {
    *len = 3;
    return ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  *len = 4;
  return ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) |
         (s[3] & 0x3F);
}

// Length in bytes of the UTF-8 sequence whose lead byte is `lead` (1 for a
// continuation byte, so that loops always advance).
inline int Utf8SequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Decodes the code point that ends just before byte `end` of `text` (valid
// UTF-8, end > 0). Stores its length in `*len`.
char32_t DecodeUtf8Before(absl::string_view text, size_t end, int* len);

// Whether `b` is a UTF-8 continuation byte (10xxxxxx).
inline bool IsUtf8Continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Appends the UTF-8 encoding of `cp` (a Unicode scalar value) to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points of valid UTF-8 `text`.
size_t CountCodePoints(absl::string_view text);

// Converts byte offsets of one valid UTF-8 string to code point offsets and
// back, in O(1) amortized time per query after an O(n) build. Keeps a
// reference to the text: the text must outlive the converter.
class OffsetConverter {
 public:
  explicit OffsetConverter(absl::string_view text);

  // Code point index of byte offset `byte` (0 <= byte <= size). A byte inside
  // a sequence counts as the code point that sequence encodes.
  uint32_t ToCodePoint(size_t byte) const;
  // Byte offset of code point index `cp` (0 <= cp <= code point count).
  size_t ToByte(uint32_t cp) const;
  uint32_t code_points() const { return total_; }
  bool is_ascii() const { return ascii_; }

 private:
  static constexpr size_t kBlock = 64;
  absl::string_view text_;
  bool ascii_ = true;
  uint32_t total_ = 0;
  std::vector<uint32_t> block_cp_;  // code points before byte kBlock*i
};

}  // namespace dhad

#endif  // DHAD_BASE_UTF8_H_
