#include "client/response_view.h"

#include <google/protobuf/wire_format_lite.h>

#include <cstring>

namespace dhad {
namespace {

using google::protobuf::internal::WireFormatLite;
constexpr int kVarint = WireFormatLite::WIRETYPE_VARINT;
constexpr int kFixed64 = WireFormatLite::WIRETYPE_FIXED64;
constexpr int kLengthDelimited = WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
constexpr int kFixed32 = WireFormatLite::WIRETYPE_FIXED32;

// A cursor over one message's bytes. Every read fails (returns false) at the
// end of the bytes or on a malformed value.
class Cursor {
 public:
  explicit Cursor(absl::string_view bytes)
      : p_(reinterpret_cast<const uint8_t*>(bytes.data())), end_(p_ + bytes.size()) {}

  bool done() const { return p_ == end_; }

  bool Varint(uint64_t* v) {
    uint64_t r = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) return false;
      const uint8_t b = *p_++;
      r |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) {
        *v = r;
        return true;
      }
    }
    return false;  // more than ten bytes
  }
  bool Uint32(uint32_t* v) {
    uint64_t r;
    if (!Varint(&r) || r > 0xFFFFFFFFull) return false;
    *v = static_cast<uint32_t>(r);
    return true;
  }
  // The next field's number and wire type; false at the end or when the
  // number is not above `last` (or equal to it for a repeated field: the
  // canonical order).
  bool Tag(int last, bool repeat_ok, int* number, int* wire_type) {
    uint64_t tag;
    if (!Varint(&tag) || tag > 0xFFFFFFFFull) return false;
    *number = static_cast<int>(tag >> 3);
    *wire_type = static_cast<int>(tag & 7);
    return *number > last || (repeat_ok && *number == last);
  }
  bool Bytes(absl::string_view* s) {
    uint64_t n;
    if (!Varint(&n) || n > static_cast<uint64_t>(end_ - p_)) return false;
    *s = absl::string_view(reinterpret_cast<const char*>(p_), static_cast<size_t>(n));
    p_ += n;
    return true;
  }
  // A string field. Its UTF-8 is checked where it is used (AppendJson).
  bool String(absl::string_view* s) { return Bytes(s); }
  bool Fixed32(uint32_t* v) {
    if (end_ - p_ < 4) return false;
    uint32_t r = 0;
    for (int i = 0; i < 4; ++i) r |= static_cast<uint32_t>(p_[i]) << (8 * i);
    p_ += 4;
    *v = r;
    return true;
  }
  bool Fixed64(uint64_t* v) {
    if (end_ - p_ < 8) return false;
    uint64_t r = 0;
    for (int i = 0; i < 8; ++i) r |= static_cast<uint64_t>(p_[i]) << (8 * i);
    p_ += 8;
    *v = r;
    return true;
  }
  bool Double(double* d) {
    uint64_t bits;
    if (!Fixed64(&bits)) return false;
    std::memcpy(d, &bits, sizeof bits);
    return true;
  }
  bool Float(float* f) {
    uint32_t bits;
    if (!Fixed32(&bits)) return false;
    std::memcpy(f, &bits, sizeof bits);
    return true;
  }
  bool Bool(bool* b) {
    uint64_t v;
    if (!Varint(&v)) return false;
    *b = v != 0;
    return true;
  }
  bool Enum(int* e) {
    uint64_t v;
    if (!Varint(&v)) return false;
    *e = static_cast<int>(static_cast<int32_t>(v));  // as protobuf reads an int32
    return true;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

}  // namespace

// Reads each message of the response into its view; all of them friends of
// the views.
class ResponseReader {
 public:
  static bool Span(absl::string_view bytes, SpanView* s) {
    *s = SpanView();
    Cursor c(bytes);
    int last = 0, number, wire;
    while (!c.done()) {
      if (!c.Tag(last, false, &number, &wire) || wire != kVarint) return false;
      uint32_t* field;
      switch (number) {
        case 1: field = &s->start_; break;
        case 2: field = &s->end_; break;
        case 3: field = &s->byte_start_; break;
        case 4: field = &s->byte_end_; break;
        default: return false;
      }
      if (!c.Uint32(field)) return false;
      last = number;
    }
    return true;
  }

  static bool Sentence(absl::string_view bytes, SentenceView* s) {
    *s = SentenceView();
    Cursor c(bytes);
    int last = 0, number, wire;
    absl::string_view sub;
    while (!c.done()) {
      if (!c.Tag(last, false, &number, &wire) || wire != kLengthDelimited) return false;
      switch (number) {
        case 1:
          if (!c.Bytes(&sub) || !Span(sub, &s->span_)) return false;
          s->has_span_ = true;
          break;
        case 2:
          if (!c.String(&s->text_)) return false;
          break;
        default:
          return false;
      }
      last = number;
    }
    return true;
  }

  static bool Quote(absl::string_view bytes, QuoteView* q) {
    *q = QuoteView();
    Cursor c(bytes);
    int last = 0, number, wire;
    absl::string_view sub;
    while (!c.done()) {
      if (!c.Tag(last, false, &number, &wire)) return false;
      const int expected = number == 8 ? kVarint : number == 9 ? kFixed32 : kLengthDelimited;
      if (wire != expected) return false;
      auto span = [&](SpanView* s, bool* has) {
        *has = true;
        return c.Bytes(&sub) && Span(sub, s);
      };
      bool ok;
      switch (number) {
        case 1: ok = span(&q->content_, &q->has_content_); break;
        case 2: ok = c.String(&q->content_text_); break;
        case 3: ok = span(&q->speaker_, &q->has_speaker_); break;
        case 4: ok = c.String(&q->speaker_text_); break;
        case 5: ok = c.String(&q->speaker_resolved_); break;
        case 6: ok = span(&q->cue_, &q->has_cue_); break;
        case 7: ok = c.String(&q->cue_text_); break;
        case 8: ok = c.Enum(&q->kind_); break;
        case 9: ok = c.Float(&q->confidence_); break;
        default: ok = false;
      }
      if (!ok) return false;
      last = number;
    }
    return true;
  }

  static bool Number(absl::string_view bytes, NumberView* n) {
    *n = NumberView();
    Cursor c(bytes);
    int last = 0, number, wire;
    absl::string_view sub;
    while (!c.done()) {
      if (!c.Tag(last, false, &number, &wire)) return false;
      int expected = kVarint;
      if (number == 1 || number == 2) expected = kLengthDelimited;
      if (number == 3 || number == 6 || number == 7) expected = kFixed64;
      if (wire != expected) return false;
      auto optional_double = [&](double* v, bool* has) {
        *has = true;
        return c.Double(v);
      };
      bool ok;
      switch (number) {
        case 1:
          n->has_span_ = true;
          ok = c.Bytes(&sub) && Span(sub, &n->span_);
          break;
        case 2: ok = c.String(&n->text_); break;
        case 3: ok = optional_double(&n->value_, &n->has_value_); break;
        case 4: ok = c.Enum(&n->kind_); break;
        case 5: ok = c.Bool(&n->approximate_); break;
        case 6: ok = optional_double(&n->min_, &n->has_min_); break;
        case 7: ok = optional_double(&n->max_, &n->has_max_); break;
        case 8: ok = c.Bool(&n->min_inclusive_); break;
        case 9: ok = c.Bool(&n->max_inclusive_); break;
        default: ok = false;
      }
      if (!ok) return false;
      last = number;
    }
    return true;
  }

  static bool Normalized(absl::string_view bytes, NormalizedView* n) {
    n->text_ = absl::string_view();
    n->alignment_.clear();
    Cursor c(bytes);
    int last = 0, number, wire;
    absl::string_view packed;
    while (!c.done()) {
      if (!c.Tag(last, false, &number, &wire) || wire != kLengthDelimited) return false;
      if (number == 1) {
        if (!c.String(&n->text_)) return false;
      } else if (number == 2) {
        if (!c.Bytes(&packed)) return false;
        Cursor values(packed);
        while (!values.done()) {
          uint32_t v;
          if (!values.Uint32(&v)) return false;
          n->alignment_.push_back(v);
        }
      } else {
        return false;
      }
      last = number;
    }
    return true;
  }

  static bool Response(absl::string_view wire_bytes, AnalyzeResponseView* r) {
    r->id_ = absl::string_view();
    r->has_normalized_ = false;
    r->sentences_.clear();
    r->quotes_.clear();
    r->numbers_.clear();
    Cursor c(wire_bytes);
    int last = 0, number, wire;
    absl::string_view sub;
    while (!c.done()) {
      if (!c.Tag(last, /*repeat_ok=*/last >= 3, &number, &wire) || wire != kLengthDelimited ||
          !c.Bytes(&sub)) {
        return false;
      }
      bool ok;
      switch (number) {
        case 1:
          ok = true;
          r->id_ = sub;
          break;
        case 2:
          ok = Normalized(sub, &r->normalized_);
          r->has_normalized_ = true;
          break;
        case 3:
          ok = Sentence(sub, &r->sentences_.emplace_back());
          break;
        case 4:
          ok = Quote(sub, &r->quotes_.emplace_back());
          break;
        case 5:
          ok = Number(sub, &r->numbers_.emplace_back());
          break;
        default:
          ok = false;
      }
      if (!ok) return false;
      last = number;
    }
    return true;
  }
};

bool AnalyzeResponseView::Parse(absl::string_view wire) {
  return ResponseReader::Response(wire, this);
}

}  // namespace dhad
