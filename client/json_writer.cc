#include "client/json_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace dhad {

void AppendJsonString(absl::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const char* esc = nullptr;
    char buf[7];
    if (c == '"') {
      esc = "\\\"";
    } else if (c == '\\') {
      esc = "\\\\";
    } else if (c < 0x20) {
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
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xA8) {
      // U+2028 and U+2029 end a line in JavaScript: escape them.
      esc = static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      out->append(s.data() + run, i - run);
      out->append(esc);
      i += 2;
      run = i + 1;
      continue;
    }
    if (esc == nullptr) continue;
    out->append(s.data() + run, i - run);
    out->append(esc);
    run = i + 1;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
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
  explicit Object(std::string* out) : out_(out) { out_->push_back('{'); }
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
    if (!v.empty()) AppendJsonString(v, Key(name));
  }
  void Enum(absl::string_view name, int v, const std::string& label) {
    if (v != 0) AppendJsonString(label, Key(name));
  }
  void Double(absl::string_view name, double v) { AppendReal(v, 15, 17, Key(name)); }
  void Float(absl::string_view name, float v) {
    if (v != 0) AppendReal(v, 6, 9, Key(name));
  }

 private:
  std::string* out_;
  bool first_ = true;
};

void AppendSpan(const v1::Span& s, std::string* out) {
  Object o(out);
  o.Uint("start", s.start());
  o.Uint("end", s.end());
  o.Uint("byteStart", s.byte_start());
  o.Uint("byteEnd", s.byte_end());
}

template <typename T, typename Fn>
void AppendArray(const google::protobuf::RepeatedPtrField<T>& items, Fn fn, std::string* out) {
  out->push_back('[');
  for (int i = 0; i < items.size(); ++i) {
    if (i > 0) out->push_back(',');
    fn(items.Get(i), out);
  }
  out->push_back(']');
}

void AppendSentence(const v1::Sentence& s, std::string* out) {
  Object o(out);
  if (s.has_span()) AppendSpan(s.span(), o.Key("span"));
  o.String("text", s.text());
}

void AppendQuote(const v1::Quote& q, std::string* out) {
  Object o(out);
  if (q.has_content()) AppendSpan(q.content(), o.Key("content"));
  o.String("contentText", q.content_text());
  if (q.has_speaker()) AppendSpan(q.speaker(), o.Key("speaker"));
  o.String("speakerText", q.speaker_text());
  o.String("speakerResolved", q.speaker_resolved());
  if (q.has_cue()) AppendSpan(q.cue(), o.Key("cue"));
  o.String("cueText", q.cue_text());
  o.Enum("kind", q.kind(), v1::QuoteKind_Name(q.kind()));
  o.Float("confidence", q.confidence());
}

void AppendNumber(const v1::NumberMention& m, std::string* out) {
  Object o(out);
  if (m.has_span()) AppendSpan(m.span(), o.Key("span"));
  o.String("text", m.text());
  if (m.has_value()) o.Double("value", m.value());
  o.Enum("kind", m.kind(), v1::NumberKind_Name(m.kind()));
  o.Bool("approximate", m.approximate());
  if (m.has_min()) o.Double("min", m.min());
  if (m.has_max()) o.Double("max", m.max());
  o.Bool("minInclusive", m.min_inclusive());
  o.Bool("maxInclusive", m.max_inclusive());
}

void AppendNormalized(const v1::NormalizeResponse& n, std::string* out) {
  Object o(out);
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

}  // namespace

void AppendJson(const v1::AnalyzeResponse& r, std::string* out) {
  Object o(out);
  o.String("id", r.id());
  if (r.has_normalized()) AppendNormalized(r.normalized(), o.Key("normalized"));
  if (r.sentences_size() > 0) AppendArray(r.sentences(), AppendSentence, o.Key("sentences"));
  if (r.quotes_size() > 0) AppendArray(r.quotes(), AppendQuote, o.Key("quotes"));
  if (r.numbers_size() > 0) AppendArray(r.numbers(), AppendNumber, o.Key("numbers"));
}

}  // namespace dhad
