// Fuzzes the UTF-8 and span primitives (base/utf8.h, analysis/text.h)
// on arbitrary bytes.
//
// Checks: FindInvalidUtf8 agrees with an independent decoder written from
// RFC 3629 (same first bad offset), ValidateUtf8 and Text::Create reject
// exactly the ill-formed inputs with kInvalidArgument naming that offset; on
// valid input, DecodeUtf8 / AppendUtf8 round-trip every code point,
// DecodeUtf8Before agrees with the forward decoder, CountCodePoints and
// OffsetConverter agree with naive counting for every byte and code point
// offset (byte -> code point -> byte round trips), and Text's view and
// ToOriginalOffset / ToOriginal stay inside the text on code-point
// boundaries.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "analysis/normalizer.h"
#include "analysis/text.h"
#include "base/utf8.h"
#include "fuzz/fuzz_util.h"

namespace {

using dhad::Span;
using dhad::fuzz::GetNormalizer;
using dhad::fuzz::CheckSpan;
using dhad::fuzz::CheckValidUtf8;
using dhad::fuzz::IsBoundary;

// Offset of the first ill-formed sequence, or -1: Unicode Table 3-7 decoded
// into a code point and range-checked, rather than byte-range tables.
int64_t ReferenceFindInvalid(absl::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    int len;
    uint32_t cp;
    uint32_t min;
    if (b0 < 0x80) {
      ++i;
      continue;
    } else if ((b0 & 0xE0) == 0xC0) {
      len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
      len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
      len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
      return static_cast<int64_t>(i);
    }
    if (i + len > s.size()) return static_cast<int64_t>(i);
    for (int k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return static_cast<int64_t>(i);
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return static_cast<int64_t>(i);
    }
    i += len;
  }
  return -1;
}

void CheckValid(absl::string_view s) {
  // Decoding, encoding and the backward decoder, one code point at a time.
  std::vector<size_t> starts;  // byte offset of each code point, then size
  std::string reencoded;
  for (size_t i = 0; i < s.size();) {
    int len = 0;
    const char32_t cp = dhad::DecodeUtf8(s.data() + i, &len);
    DHAD_FUZZ_CHECK(len >= 1 && len <= 4 && i + len <= s.size(),
                    "DecodeUtf8 length %d at byte %zu", len, i);
    DHAD_FUZZ_CHECK(dhad::Utf8SequenceLength(static_cast<unsigned char>(s[i])) == len,
                    "Utf8SequenceLength disagrees with DecodeUtf8 at byte %zu", i);
    const size_t before = reencoded.size();
    dhad::AppendUtf8(cp, &reencoded);
    DHAD_FUZZ_CHECK(reencoded.compare(before, std::string::npos, s.data() + i, len) == 0,
                    "AppendUtf8(DecodeUtf8) changed U+%04X at byte %zu",
                    static_cast<unsigned>(cp), i);
    int back_len = 0;
    const char32_t back = dhad::DecodeUtf8Before(s, i + len, &back_len);
    DHAD_FUZZ_CHECK(back == cp && back_len == len,
                    "DecodeUtf8Before(%zu) gives U+%04X/%d, forward U+%04X/%d", i + len,
                    static_cast<unsigned>(back), back_len, static_cast<unsigned>(cp), len);
    starts.push_back(i);
    i += len;
  }
  starts.push_back(s.size());
  const uint32_t total = static_cast<uint32_t>(starts.size() - 1);
  DHAD_FUZZ_CHECK(dhad::CountCodePoints(s) == total, "CountCodePoints %zu, decoder %u",
                  dhad::CountCodePoints(s), total);

  // OffsetConverter: every byte offset and every code point index.
  const dhad::OffsetConverter offsets(s);
  DHAD_FUZZ_CHECK(offsets.code_points() == total, "OffsetConverter counts %u, decoder %u",
                  offsets.code_points(), total);
  uint32_t cp_index = 0;  // code point containing byte b
  for (size_t b = 0; b <= s.size(); ++b) {
    if (b == s.size()) {
      cp_index = total;
    } else if (b > 0 && IsBoundary(s, b)) {
      ++cp_index;
    }
    DHAD_FUZZ_CHECK(offsets.ToCodePoint(b) == cp_index, "ToCodePoint(%zu) = %u, want %u", b,
                    offsets.ToCodePoint(b), cp_index);
  }
  for (uint32_t k = 0; k <= total; ++k) {
    DHAD_FUZZ_CHECK(offsets.ToByte(k) == starts[k], "ToByte(%u) = %zu, want %zu", k,
                    offsets.ToByte(k), starts[k]);
    DHAD_FUZZ_CHECK(offsets.ToCodePoint(offsets.ToByte(k)) == k,
                    "ToCodePoint(ToByte(%u)) = %u", k, offsets.ToCodePoint(offsets.ToByte(k)));
  }

  // Text: the view is valid UTF-8; its map and ToOriginal stay on the
  // original's boundaries.
  auto text = dhad::Text::Create(s, GetNormalizer());
  DHAD_FUZZ_CHECK(text.ok(), "Text::Create rejected valid UTF-8: %s",
                  std::string(text.status().message()).c_str());
  DHAD_FUZZ_CHECK(text->original() == s, "Text::original() is not the input");
  const absl::string_view view = text->view();
  CheckValidUtf8(view, "Text::view()");
  DHAD_FUZZ_CHECK(text->ToOriginalOffset(view.size()) == s.size(),
                  "ToOriginalOffset(view end) = %u, original has %zu bytes",
                  text->ToOriginalOffset(view.size()), s.size());
  std::vector<size_t> view_starts;
  uint32_t last = 0;
  for (size_t i = 0; i <= view.size(); ++i) {
    const uint32_t o = text->ToOriginalOffset(i);
    DHAD_FUZZ_CHECK(o <= s.size() && IsBoundary(s, o) && o >= last,
                    "ToOriginalOffset(%zu) = %u (previous %u, size %zu)", i, o, last, s.size());
    last = o;
    if (IsBoundary(view, i)) view_starts.push_back(i);
  }
  // ToOriginal over ranges of view code points: every start with a few
  // lengths, and the whole view.
  Span previous{0, 0};
  for (size_t a = 0; a < view_starts.size(); ++a) {
    for (size_t len : {size_t{0}, size_t{1}, size_t{2}, size_t{7}}) {
      if (a + len >= view_starts.size()) break;
      const Span span = text->ToOriginal(view_starts[a], view_starts[a + len]);
      CheckSpan(s, span, "Text::ToOriginal");
      if (len == 0) {
        DHAD_FUZZ_CHECK(span.empty(), "ToOriginal of an empty view range gives [%d, %d)",
                        span.begin, span.end);
        DHAD_FUZZ_CHECK(span.begin >= previous.begin, "ToOriginal starts decrease");
        previous = span;
      }
    }
  }
  CheckSpan(s, text->ToOriginal(0, view.size()), "Text::ToOriginal(whole view)");

  auto identity = dhad::Text::Identity(s);
  DHAD_FUZZ_CHECK(identity.ok() && identity->view() == s, "Text::Identity of valid UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view s(reinterpret_cast<const char*>(data), size);
  const int64_t bad = dhad::FindInvalidUtf8(s);
  const int64_t want = ReferenceFindInvalid(s);
  DHAD_FUZZ_CHECK(bad == want, "FindInvalidUtf8 = %lld, reference %lld",
                  static_cast<long long>(bad), static_cast<long long>(want));
  const absl::Status status = dhad::ValidateUtf8(s);
  if (bad >= 0) {
    DHAD_FUZZ_CHECK(status.code() == absl::StatusCode::kInvalidArgument &&
                        absl::StrContains(status.message(), absl::StrCat("offset ", bad, " ")),
                    "ValidateUtf8 of bytes bad at %lld: %s", static_cast<long long>(bad),
                    status.ToString().c_str());
    auto text = dhad::Text::Create(s, GetNormalizer());
    DHAD_FUZZ_CHECK(!text.ok() && text.status() == status,
                    "Text::Create accepted or differs from ValidateUtf8 on bad input");
    DHAD_FUZZ_CHECK(!dhad::Text::Identity(s).ok(), "Text::Identity accepted bad input");
    return 0;
  }
  DHAD_FUZZ_CHECK(status.ok(), "ValidateUtf8 rejected valid input: %s",
                  status.ToString().c_str());
  CheckValid(s);
  return 0;
}
