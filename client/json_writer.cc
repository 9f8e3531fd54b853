#include "client/json_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "base/utf8.h"

namespace dhad {

bool AppendJsonString(absl::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const char* p = s.data();
  const size_t n = s.size();
  bool valid = true;
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    // Two-byte sequences (Arabic) need neither escaping nor more checks.
    if (c >= 0xC2 && c < 0xE0 && i + 1 < n && IsUtf8Continuation(static_cast<unsigned char>(p[i + 1]))) {
      i += 2;
      continue;
    }
    const char* esc = nullptr;
    char buf[7];
    size_t len = 1;
    if (c >= 0x80) {
      len = static_cast<size_t>(WellFormedUtf8Length(p + i, n - i));
      if (len == 0) {
        esc = "\xEF\xBF\xBD";  // U+FFFD for each byte that is not UTF-8
        len = 1;
        valid = false;
      } else if (c == 0xE2 && static_cast<unsigned char>(p[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(p[i + 2]) & 0xFE) == 0xA8) {
        // U+2028 and U+2029 end a line in JavaScript: escape them.
        esc = static_cast<unsigned char>(p[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      } else {
        i += len;
        continue;
      }
    } else if (c == '"') {
      esc = "\\\"";
    } else if (c == '\\') {
      esc = "\\\\";
    } else {
      switch (c) {
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
          buf[0] = '\\', buf[1] = 'u', buf[2] = '0', buf[3] = '0';
          buf[4] = kHex[c >> 4], buf[5] = kHex[c & 15], buf[6] = '\0';
          esc = buf;
      }
    }
    out->append(p + run, i - run);
    out->append(esc);
    i += len;
    run = i;
  }
  out->append(p + run, n - run);
  out->push_back('"');
  return valid;
}

namespace {

// The shortest of the given precisions whose text reads back as `v`.
template <typename T>
void AppendReal(T v, int short_precision, int long_precision, std::string* out) {
  if (std::isnan(v)) {
    out->append("\"NaN\"");
    return;
  }
  if (std::isinf(v)) {
    out->append(v > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    return;
  }
  char buf[40];
  const double d = static_cast<double>(v);
  int n = std::snprintf(buf, sizeof(buf), "%.*g", short_precision, d);
  if (static_cast<T>(std::strtod(buf, nullptr)) != v) {
    n = std::snprintf(buf, sizeof(buf), "%.*g", long_precision, d);
  }
  out->append(buf, n);
}

// Writes `"name":` after a comma when a field was already written.
class Object {
 public:
  // `valid` turns false when a string is not valid UTF-8 (AppendJsonString).
  Object(std::string* out, bool* valid) : out_(out), valid_(valid) { out_->push_back('{'); }
  ~Object() { out_->push_back('}'); }

  std::string* Key(absl::string_view name) {
    if (!first_) out_->push_back(',');
    first_ = false;
    out_->push_back('"');
    out_->append(name.data(), name.size());
    out_->append("\":");
    return out_;
  }
  void Uint(absl::string_view name, uint32_t v) {
    if (v != 0) absl::StrAppend(Key(name), v);
  }
  void Bool(absl::string_view name, bool v) {
    if (v) Key(name)->append("true");
  }
  void String(absl::string_view name, absl::string_view v) {
    if (!v.empty() && !AppendJsonString(v, Key(name))) *valid_ = false;
  }
  void Enum(absl::string_view name, int v, const std::string& label) {
    if (v != 0 && !AppendJsonString(label, Key(name))) *valid_ = false;
  }
  void Double(absl::string_view name, double v) { AppendReal(v, 15, 17, Key(name)); }
  void Float(absl::string_view name, float v) {
    if (v != 0) AppendReal(v, 6, 9, Key(name));
  }

 private:
  std::string* out_;
  bool* valid_;
  bool first_ = true;
};

// The writers below take the generated message types and the views of
// client/response_view.h alike: both have the same accessors.
template <typename SpanT>
void AppendSpan(const SpanT& s, std::string* out, bool* valid) {
  Object o(out, valid);
  o.Uint("start", s.start());
  o.Uint("end", s.end());
  o.Uint("byteStart", s.byte_start());
  o.Uint("byteEnd", s.byte_end());
}

template <typename Items, typename Fn>
void AppendArray(const Items& items, Fn fn, std::string* out, bool* valid) {
  out->push_back('[');
  bool first = true;
  for (const auto& item : items) {
    if (!first) out->push_back(',');
    first = false;
    fn(item, out, valid);
  }
  out->push_back(']');
}

template <typename SentenceT>
void AppendSentence(const SentenceT& s, std::string* out, bool* valid) {
  Object o(out, valid);
  if (s.has_span()) AppendSpan(s.span(), o.Key("span"), valid);
  o.String("text", s.text());
}

template <typename QuoteT>
void AppendQuote(const QuoteT& q, std::string* out, bool* valid) {
  Object o(out, valid);
  if (q.has_content()) AppendSpan(q.content(), o.Key("content"), valid);
  o.String("contentText", q.content_text());
  if (q.has_speaker()) AppendSpan(q.speaker(), o.Key("speaker"), valid);
  o.String("speakerText", q.speaker_text());
  o.String("speakerResolved", q.speaker_resolved());
  if (q.has_cue()) AppendSpan(q.cue(), o.Key("cue"), valid);
  o.String("cueText", q.cue_text());
  const int kind = static_cast<int>(q.kind());
  o.Enum("kind", kind, v1::QuoteKind_Name(kind));
  o.Float("confidence", q.confidence());
}

template <typename NumberT>
void AppendNumber(const NumberT& m, std::string* out, bool* valid) {
  Object o(out, valid);
  if (m.has_span()) AppendSpan(m.span(), o.Key("span"), valid);
  o.String("text", m.text());
  if (m.has_value()) o.Double("value", m.value());
  const int kind = static_cast<int>(m.kind());
  o.Enum("kind", kind, v1::NumberKind_Name(kind));
  o.Bool("approximate", m.approximate());
  if (m.has_min()) o.Double("min", m.min());
  if (m.has_max()) o.Double("max", m.max());
  o.Bool("minInclusive", m.min_inclusive());
  o.Bool("maxInclusive", m.max_inclusive());
}

template <typename NormalizedT>
void AppendNormalized(const NormalizedT& n, std::string* out, bool* valid) {
  Object o(out, valid);
  o.String("text", n.text());
  if (n.alignment_size() > 0) {
    std::string* a = o.Key("alignment");
    a->push_back('[');
    for (int i = 0; i < n.alignment_size(); ++i) {
      if (i > 0) a->push_back(',');
      absl::StrAppend(a, n.alignment(i));
    }
    a->push_back(']');
  }
}

template <typename ResponseT>
bool AppendResponse(const ResponseT& r, std::string* out) {
  bool valid = true;
  {
    Object o(out, &valid);
    o.String("id", r.id());
    if (r.has_normalized()) AppendNormalized(r.normalized(), o.Key("normalized"), &valid);
    if (!r.sentences().empty()) {
      AppendArray(
          r.sentences(), [](const auto& s, std::string* a, bool* v) { AppendSentence(s, a, v); },
          o.Key("sentences"), &valid);
    }
    if (!r.quotes().empty()) {
      AppendArray(
          r.quotes(), [](const auto& q, std::string* a, bool* v) { AppendQuote(q, a, v); },
          o.Key("quotes"), &valid);
    }
    if (!r.numbers().empty()) {
      AppendArray(
          r.numbers(), [](const auto& n, std::string* a, bool* v) { AppendNumber(n, a, v); },
          o.Key("numbers"), &valid);
    }
  }
  return valid;
}

}  // namespace

void AppendJson(const v1::AnalyzeResponse& r, std::string* out) { AppendResponse(r, out); }

bool AppendJson(const AnalyzeResponseView& r, std::string* out) { return AppendResponse(r, out); }

}  // namespace dhad
