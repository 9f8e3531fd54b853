// The bulk client's JSON writer against protobuf's own JSON mapping: every
// response it writes must parse back (util::JsonStringToMessage) into an
// equal message, and plain responses must come out byte for byte as
// util::MessageToJsonString writes them.

#include "client/json_writer.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

#include <cmath>
#include <functional>
#include <random>
#include <string>

#include "gtest/gtest.h"

namespace dhad {
namespace {

using google::protobuf::util::JsonStringToMessage;
using google::protobuf::util::MessageDifferencer;
using google::protobuf::util::MessageToJsonString;

// The JSON of `r` from the message; the bulk client's other path, the wire
// bytes read in place (client/response_view.h), must give the same bytes.
std::string Write(const v1::AnalyzeResponse& r) {
  std::string out;
  AppendJson(r, &out);
  const std::string bytes = r.SerializeAsString();  // the view reads it in place
  AnalyzeResponseView view;
  EXPECT_TRUE(view.Parse(bytes)) << r.DebugString();
  std::string from_wire;
  EXPECT_TRUE(AppendJson(view, &from_wire));
  EXPECT_EQ(from_wire, out);
  return out;
}

void SetSpan(v1::Span* s, uint32_t start, uint32_t end) {
  s->set_start(start);
  s->set_end(end);
  s->set_byte_start(start * 2);
  s->set_byte_end(end * 2);
}

v1::AnalyzeResponse Sample() {
  v1::AnalyzeResponse r;
  r.set_id("doc-7.txt");
  r.mutable_normalized()->set_text("قال الوزير ان العجز بلغ 3.5 مليار");
  v1::Sentence* s = r.add_sentences();
  SetSpan(s->mutable_span(), 0, 40);
  s->set_text("قالَ الوزيرُ إنّ العجز بلغ 3.5 مليار.");
  v1::Quote* q = r.add_quotes();
  SetSpan(q->mutable_content(), 12, 30);
  q->set_content_text("العجز بلغ 3.5 مليار");
  SetSpan(q->mutable_speaker(), 4, 11);
  q->set_speaker_text("الوزير");
  q->set_speaker_resolved("وزير المالية");
  SetSpan(q->mutable_cue(), 0, 3);
  q->set_cue_text("قال");
  q->set_kind(v1::QUOTE_KIND_INDIRECT);
  q->set_confidence(0.85f);
  v1::NumberMention* n = r.add_numbers();
  SetSpan(n->mutable_span(), 22, 34);
  n->set_text("3.5 مليار");
  n->set_value(3.5e9);
  n->set_kind(v1::NUMBER_KIND_CARDINAL);
  v1::NumberMention* range = r.add_numbers();
  SetSpan(range->mutable_span(), 0, 0);  // a set span of zeros is still written
  range->set_text("بين 10 و20");
  range->set_min(10);
  range->set_max(20);
  range->set_min_inclusive(true);
  range->set_approximate(true);
  return r;
}

void ExpectParsesBackEqual(const v1::AnalyzeResponse& r) {
  const std::string json = Write(r);
  v1::AnalyzeResponse back;
  ASSERT_TRUE(JsonStringToMessage(json, &back).ok()) << json;
  EXPECT_TRUE(MessageDifferencer::Equals(r, back)) << json << "\nvs\n" << back.DebugString();
}

TEST(JsonWriter, SameBytesAsProtobufForAPlainResponse) {
  const v1::AnalyzeResponse r = Sample();
  std::string expected;
  ASSERT_TRUE(MessageToJsonString(r, &expected).ok());
  EXPECT_EQ(Write(r), expected);
  ExpectParsesBackEqual(r);
}

TEST(JsonWriter, EmptyResponseIsAnEmptyObject) {
  EXPECT_EQ(Write(v1::AnalyzeResponse()), "{}");
  v1::AnalyzeResponse r;
  r.mutable_normalized();  // set but empty
  EXPECT_EQ(Write(r), "{\"normalized\":{}}");
}

TEST(JsonWriter, AlignmentAndOptionalZeros) {
  v1::AnalyzeResponse r;
  r.mutable_normalized()->set_text("ab");
  r.mutable_normalized()->add_alignment(0);
  r.mutable_normalized()->add_alignment(1);
  r.mutable_normalized()->add_alignment(2);
  v1::NumberMention* n = r.add_numbers();
  n->set_value(0);  // optional: set to zero is written
  std::string expected;
  ASSERT_TRUE(MessageToJsonString(r, &expected).ok());
  EXPECT_EQ(Write(r), expected);
  EXPECT_NE(Write(r).find("\"value\":0"), std::string::npos);
}

TEST(JsonWriter, EscapesWhatJsonRequires) {
  v1::AnalyzeResponse r;
  r.set_id(std::string("a\"b\\c\n\t\r\b\f") + std::string(1, '\0') + "\x01\x1f" +
           "\u2028\u2029" + "\u00e9\u0627");
  const std::string json = Write(r);
  EXPECT_EQ(json,
            "{\"id\":\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0000\\u0001\\u001f\\u2028\\u2029"
            "\u00e9\u0627\"}");
  ExpectParsesBackEqual(r);
}

TEST(JsonWriter, RealNumbersRoundTrip) {
  const double values[] = {0.1, 1.0 / 3, 350000, 1234567, 2.5e-7, 1e21, 1e300,
                           -42.25, 123456789012345678.0, 0.30000000000000004};
  for (double v : values) {
    v1::AnalyzeResponse r;
    r.add_numbers()->set_value(v);
    std::string expected;
    ASSERT_TRUE(MessageToJsonString(r, &expected).ok());
    EXPECT_EQ(Write(r), expected) << v;
    ExpectParsesBackEqual(r);
  }
  const float confidences[] = {0.85f, 0.5f, 1.0f, 0.123456789f, 1e-3f};
  for (float c : confidences) {
    v1::AnalyzeResponse r;
    r.add_quotes()->set_confidence(c);
    std::string expected;
    ASSERT_TRUE(MessageToJsonString(r, &expected).ok());
    EXPECT_EQ(Write(r), expected) << c;
    ExpectParsesBackEqual(r);
  }
}

// Random responses with random text (ASCII, controls, Arabic, the two line
// separators) and random values: each parses back into an equal message.
TEST(JsonWriter, RandomResponsesParseBackEqual) {
  std::mt19937 rng(20261124);
  const std::string pieces[] = {"a", "\"", "\\", "\n", std::string(1, '\0'), "\x07", "\u2028",
                                "\u2029", "\u0642\u0627\u0644", "\u00ab", "\u00bb", " ", "9",
                                "\u200f", "<", ">", "&", "'", "/", "\U0001F600"};
  auto text = [&] {
    std::string s;
    const int n = rng() % 12;
    for (int i = 0; i < n; ++i) s += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    return s;
  };
  std::uniform_real_distribution<double> real(-1e12, 1e12);
  for (int round = 0; round < 300; ++round) {
    v1::AnalyzeResponse r;
    if (rng() % 2) r.set_id(text());
    if (rng() % 2) r.mutable_normalized()->set_text(text());
    for (int i = rng() % 3; i > 0; --i) {
      v1::Sentence* s = r.add_sentences();
      if (rng() % 2) SetSpan(s->mutable_span(), rng() % 100, rng() % 100);
      s->set_text(text());
    }
    for (int i = rng() % 3; i > 0; --i) {
      v1::Quote* q = r.add_quotes();
      if (rng() % 2) SetSpan(q->mutable_content(), rng() % 100, rng() % 100);
      q->set_content_text(text());
      if (rng() % 2) SetSpan(q->mutable_speaker(), rng() % 100, rng() % 100);
      q->set_speaker_resolved(text());
      q->set_kind(static_cast<v1::QuoteKind>(rng() % 4));
      q->set_confidence(static_cast<float>(rng() % 1000) / 997.0f);
    }
    for (int i = rng() % 3; i > 0; --i) {
      v1::NumberMention* n = r.add_numbers();
      n->set_text(text());
      if (rng() % 2) n->set_value(real(rng));
      if (rng() % 3 == 0) n->set_min(std::ldexp(real(rng), static_cast<int>(rng() % 60) - 30));
      n->set_kind(static_cast<v1::NumberKind>(rng() % 5));
      n->set_max_inclusive(rng() % 2);
    }
    ExpectParsesBackEqual(r);
  }
}

TEST(JsonWriter, ViewOfTheWireKeepsItsStorageAcrossAnswers) {
  // One view reads answer after answer: nothing of the previous one stays.
  AnalyzeResponseView view;
  const v1::AnalyzeResponse big = Sample();
  const std::string big_bytes = big.SerializeAsString();
  ASSERT_TRUE(view.Parse(big_bytes));
  EXPECT_EQ(view.quotes().size(), 1u);
  v1::AnalyzeResponse small;
  small.add_sentences()->set_text("x");
  const std::string small_bytes = small.SerializeAsString();
  ASSERT_TRUE(view.Parse(small_bytes));
  std::string json;
  ASSERT_TRUE(AppendJson(view, &json));
  EXPECT_EQ(json, "{\"sentences\":[{\"text\":\"x\"}]}");
}

// Bytes protobuf accepts but dhad-server never writes: the view declines
// them and protobuf's parse is the answer.
TEST(JsonWriter, ViewDeclinesWhatIsNotTheCanonicalEncoding) {
  using google::protobuf::io::CodedOutputStream;
  using google::protobuf::io::StringOutputStream;
  auto encode = [](const std::function<void(CodedOutputStream*)>& fn) {
    std::string bytes;
    {
      StringOutputStream raw(&bytes);
      CodedOutputStream out(&raw);
      fn(&out);
    }
    return bytes;
  };
  auto string_field = [](CodedOutputStream* out, int number, const std::string& v) {
    out->WriteTag(static_cast<uint32_t>(number << 3 | 2));
    out->WriteVarint32(static_cast<uint32_t>(v.size()));
    out->WriteString(v);
  };
  const std::string sentence = [] {
    v1::Sentence s;
    s.set_text("y");
    return s.SerializeAsString();
  }();
  const std::string cases[] = {
      // sentences (3) before id (1)
      encode([&](CodedOutputStream* o) {
        string_field(o, 3, sentence);
        string_field(o, 1, "doc");
      }),
      // id twice
      encode([&](CodedOutputStream* o) {
        string_field(o, 1, "a");
        string_field(o, 1, "b");
      }),
      // an unknown field 9
      encode([&](CodedOutputStream* o) { string_field(o, 9, "z"); }),
      // alignment not packed: normalized { alignment: 5 } as a varint
      encode([&](CodedOutputStream* o) {
        string_field(o, 2, std::string("\x10\x05", 2));
      }),
      // a span's start as a fixed32
      encode([&](CodedOutputStream* o) {
        string_field(o, 3, std::string("\x0a\x05\x0d\x01\x00\x00\x00", 7));
      }),
  };
  for (const std::string& bytes : cases) {
    AnalyzeResponseView view;
    EXPECT_FALSE(view.Parse(bytes));
    v1::AnalyzeResponse r;
    EXPECT_TRUE(r.ParseFromString(bytes));  // the fallback reads them
  }
  // Truncated and malformed bytes: neither reads them.
  const std::string full = Sample().SerializeAsString();
  for (size_t cut : {size_t{1}, full.size() / 2, full.size() - 1}) {
    AnalyzeResponseView view;
    EXPECT_FALSE(view.Parse(full.substr(0, cut))) << cut;
  }
}

TEST(JsonWriter, StringsThatAreNotUtf8AreReplacedAndReported) {
  std::string out;
  EXPECT_FALSE(AppendJsonString("a\xff\xd8", &out));
  EXPECT_EQ(out, "\"a\xEF\xBF\xBD\xEF\xBF\xBD\"");
  out.clear();
  EXPECT_FALSE(AppendJsonString("\xed\xa0\x80", &out));  // an encoded surrogate
  EXPECT_EQ(out, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  out.clear();
  EXPECT_TRUE(AppendJsonString("\u0642\u0627\u0644 \U0001F600", &out));

  // A sentence text that is not UTF-8 in the wire bytes: the view's JSON
  // says so, and protobuf refuses the bytes (the client reports the answer).
  v1::AnalyzeResponse r;
  r.add_sentences()->set_text("ok");
  std::string bytes = r.SerializeAsString();
  ASSERT_EQ(bytes.back(), 'k');
  bytes.back() = '\xff';
  AnalyzeResponseView view;
  ASSERT_TRUE(view.Parse(bytes));
  std::string json;
  EXPECT_FALSE(AppendJson(view, &json));
  v1::AnalyzeResponse parsed;
  google::protobuf::LogSilencer quiet;  // protobuf logs the bad string it refuses
  EXPECT_FALSE(parsed.ParseFromString(bytes));
}

}  // namespace
}  // namespace dhad
