#include "server/response_wire.h"

#include <google/protobuf/wire_format_lite.h>

#include <cstdint>
#include <cstring>
#include <optional>

namespace dhad {
namespace {

using google::protobuf::internal::WireFormatLite;
constexpr uint8_t kVarint = WireFormatLite::WIRETYPE_VARINT;
constexpr uint8_t kFixed64 = WireFormatLite::WIRETYPE_FIXED64;
constexpr uint8_t kLengthDelimited = WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
constexpr uint8_t kFixed32 = WireFormatLite::WIRETYPE_FIXED32;

// Field numbers of dhad/v1/text_analyzer.proto.
namespace field {
constexpr int kSpanStart = 1, kSpanEnd = 2, kSpanByteStart = 3, kSpanByteEnd = 4;
constexpr int kNormalizedText = 1, kNormalizedAlignment = 2;
constexpr int kSentenceSpan = 1, kSentenceText = 2;
constexpr int kQuoteContent = 1, kQuoteContentText = 2, kQuoteSpeaker = 3,
              kQuoteSpeakerText = 4, kQuoteSpeakerResolved = 5, kQuoteCue = 6,
              kQuoteCueText = 7, kQuoteKind = 8, kQuoteConfidence = 9;
constexpr int kNumberSpan = 1, kNumberText = 2, kNumberValue = 3, kNumberKind = 4,
              kNumberApproximate = 5, kNumberMin = 6, kNumberMax = 7,
              kNumberMinInclusive = 8, kNumberMaxInclusive = 9;
constexpr int kResponseId = 1, kResponseNormalized = 2, kResponseSentences = 3,
              kResponseQuotes = 4, kResponseNumbers = 5;
}  // namespace field

size_t VarintSize(uint64_t v) {
  size_t n = 1;
  while (v >= 0x80) {
    v >>= 7;
    ++n;
  }
  return n;
}

// The two sinks every message is encoded into, through the same code: first
// a Counter for its length prefix, then the Writer. All field numbers are
// below 16, so a tag is one byte.
class Counter {
 public:
  void Tag(int, uint8_t) { ++n_; }
  void Varint(uint64_t v) { n_ += VarintSize(v); }
  void Bytes(absl::string_view s) { n_ += s.size(); }
  void Fixed32(uint32_t) { n_ += 4; }
  void Fixed64(uint64_t) { n_ += 8; }
  size_t size() const { return n_; }

 private:
  size_t n_ = 0;
};

class Writer {
 public:
  explicit Writer(char* p) : p_(p) {}
  void Tag(int number, uint8_t wire_type) {
    *p_++ = static_cast<char>((number << 3) | wire_type);
  }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      *p_++ = static_cast<char>(v | 0x80);
      v >>= 7;
    }
    *p_++ = static_cast<char>(v);
  }
  void Bytes(absl::string_view s) {
    if (!s.empty()) std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  void Fixed32(uint32_t v) {
    for (int i = 0; i < 4; ++i) *p_++ = static_cast<char>(v >> (8 * i));
  }
  void Fixed64(uint64_t v) {
    for (int i = 0; i < 8; ++i) *p_++ = static_cast<char>(v >> (8 * i));
  }
  char* pos() const { return p_; }

 private:
  char* p_;
};

// A span as the API has it: code points and bytes.
struct WireSpan {
  uint32_t start = 0, end = 0, byte_start = 0, byte_end = 0;
};

WireSpan ToWire(const OffsetConverter& offsets, Span s) {
  return WireSpan{offsets.ToCodePoint(static_cast<size_t>(s.begin)),
                  offsets.ToCodePoint(static_cast<size_t>(s.end)),
                  static_cast<uint32_t>(s.begin), static_cast<uint32_t>(s.end)};
}

absl::string_view Slice(absl::string_view text, Span s) {
  return text.substr(static_cast<size_t>(s.begin), static_cast<size_t>(s.size()));
}

// proto3: scalars are left out when zero, strings when empty.
template <typename Sink>
void PutUint(Sink& sink, int number, uint64_t v) {
  if (v == 0) return;
  sink.Tag(number, kVarint);
  sink.Varint(v);
}

template <typename Sink>
void PutString(Sink& sink, int number, absl::string_view s) {
  if (s.empty()) return;
  sink.Tag(number, kLengthDelimited);
  sink.Varint(s.size());
  sink.Bytes(s);
}

template <typename Sink>
void PutDouble(Sink& sink, int number, double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  sink.Tag(number, kFixed64);
  sink.Fixed64(bits);
}

// A submessage that is set: its tag and length even when it is empty.
template <typename Sink, typename Encode>
void PutMessage(Sink& sink, int number, const Encode& encode) {
  Counter c;
  encode(c);
  sink.Tag(number, kLengthDelimited);
  sink.Varint(c.size());
  encode(sink);
}

template <typename Sink>
void EncodeSpan(Sink& sink, const WireSpan& s) {
  PutUint(sink, field::kSpanStart, s.start);
  PutUint(sink, field::kSpanEnd, s.end);
  PutUint(sink, field::kSpanByteStart, s.byte_start);
  PutUint(sink, field::kSpanByteEnd, s.byte_end);
}

template <typename Sink>
void EncodeNormalized(Sink& sink, const Analysis& a) {
  PutString(sink, field::kNormalizedText, a.normalized);
  if (!a.alignment.empty()) {  // packed
    size_t bytes = 0;
    for (uint32_t v : a.alignment) bytes += VarintSize(v);
    sink.Tag(field::kNormalizedAlignment, kLengthDelimited);
    sink.Varint(bytes);
    for (uint32_t v : a.alignment) sink.Varint(v);
  }
}

struct WireSentence {
  WireSpan span;
  absl::string_view text;
};

template <typename Sink>
void EncodeSentence(Sink& sink, const WireSentence& s) {
  PutMessage(sink, field::kSentenceSpan, [&](auto& k) { EncodeSpan(k, s.span); });
  PutString(sink, field::kSentenceText, s.text);
}

struct WireQuote {
  const Quote* quote;
  WireSpan content;
  std::optional<WireSpan> speaker, cue;
  absl::string_view content_text, speaker_text, cue_text;
};

template <typename Sink>
void EncodeQuote(Sink& sink, const WireQuote& w) {
  const Quote& q = *w.quote;
  PutMessage(sink, field::kQuoteContent, [&](auto& k) { EncodeSpan(k, w.content); });
  PutString(sink, field::kQuoteContentText, w.content_text);
  if (w.speaker) {
    PutMessage(sink, field::kQuoteSpeaker, [&](auto& k) { EncodeSpan(k, *w.speaker); });
    PutString(sink, field::kQuoteSpeakerText, w.speaker_text);
  }
  PutString(sink, field::kQuoteSpeakerResolved, q.speaker_resolved);
  if (w.cue) {
    PutMessage(sink, field::kQuoteCue, [&](auto& k) { EncodeSpan(k, *w.cue); });
    PutString(sink, field::kQuoteCueText, w.cue_text);
  }
  PutUint(sink, field::kQuoteKind, static_cast<uint32_t>(q.kind));
  uint32_t bits;
  std::memcpy(&bits, &q.confidence, sizeof bits);
  if (bits != 0) {  // as protobuf: -0.0 is written, 0.0 is not
    sink.Tag(field::kQuoteConfidence, kFixed32);
    sink.Fixed32(bits);
  }
}

struct WireNumber {
  const NumberMention* number;
  WireSpan span;
  absl::string_view text;
};

template <typename Sink>
void EncodeNumber(Sink& sink, const WireNumber& w) {
  const NumberMention& n = *w.number;
  PutMessage(sink, field::kNumberSpan, [&](auto& k) { EncodeSpan(k, w.span); });
  PutString(sink, field::kNumberText, w.text);
  if (n.value) PutDouble(sink, field::kNumberValue, *n.value);
  PutUint(sink, field::kNumberKind, static_cast<uint32_t>(n.kind));
  PutUint(sink, field::kNumberApproximate, n.approximate);
  if (n.min) PutDouble(sink, field::kNumberMin, *n.min);
  if (n.max) PutDouble(sink, field::kNumberMax, *n.max);
  PutUint(sink, field::kNumberMinInclusive, n.min_inclusive);
  PutUint(sink, field::kNumberMaxInclusive, n.max_inclusive);
}

// Appends the message `encode` writes: sized first, then written in place.
template <typename Encode>
void AppendMessage(std::string* out, const Encode& encode) {
  Counter size;
  encode(size);
  const size_t start = out->size();
  out->resize(start + size.size());
  Writer w(out->data() + start);
  encode(w);
}

}  // namespace

void AppendNormalizeResponse(const Analysis& analysis, std::string* out) {
  AppendMessage(out, [&](auto& sink) { EncodeNormalized(sink, analysis); });
}

void AppendAnalyzeResponse(absl::string_view id, absl::string_view text,
                           const OffsetConverter& offsets, const Analysis& analysis,
                           const AnalyzeOptions& options, std::string* out) {
  // The code point offsets of every span, once.
  std::vector<WireSentence> sentences;
  sentences.reserve(analysis.sentences.size());
  for (Span s : analysis.sentences) sentences.push_back({ToWire(offsets, s), Slice(text, s)});
  std::vector<WireQuote> quotes;
  quotes.reserve(analysis.quotes.size());
  for (const Quote& q : analysis.quotes) {
    WireQuote w{&q, ToWire(offsets, q.content), std::nullopt, std::nullopt,
                Slice(text, q.content), {}, {}};
    if (q.speaker) {
      w.speaker = ToWire(offsets, *q.speaker);
      w.speaker_text = Slice(text, *q.speaker);
    }
    if (q.cue) {
      w.cue = ToWire(offsets, *q.cue);
      w.cue_text = Slice(text, *q.cue);
    }
    quotes.push_back(w);
  }
  std::vector<WireNumber> numbers;
  numbers.reserve(analysis.numbers.size());
  for (const NumberMention& n : analysis.numbers) {
    numbers.push_back({&n, ToWire(offsets, n.span), Slice(text, n.span)});
  }

  auto encode = [&](auto& sink) {
    PutString(sink, field::kResponseId, id);
    if (options.normalize) {
      PutMessage(sink, field::kResponseNormalized, [&](auto& k) { EncodeNormalized(k, analysis); });
    }
    for (const WireSentence& s : sentences) {
      PutMessage(sink, field::kResponseSentences, [&](auto& k) { EncodeSentence(k, s); });
    }
    for (const WireQuote& q : quotes) {
      PutMessage(sink, field::kResponseQuotes, [&](auto& k) { EncodeQuote(k, q); });
    }
    for (const WireNumber& n : numbers) {
      PutMessage(sink, field::kResponseNumbers, [&](auto& k) { EncodeNumber(k, n); });
    }
  };
  AppendMessage(out, encode);
}

}  // namespace dhad
