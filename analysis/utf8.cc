#include "analysis/utf8.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace dhad {

int64_t FindInvalidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      // An ASCII run: the rest of it eight bytes at a time.
      ++i;
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    // Two-byte sequences (Arabic, and every script up to U+07FF) inline.
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
