// The bulk client's JSON writer against protobuf's own JSON mapping: every
// response it writes must parse back (util::JsonStringToMessage) into an
// equal message, and plain responses must come out byte for byte as
// util::MessageToJsonString writes them.

#include "client/json_writer.h"

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

#include <cmath>
#include <random>
#include <string>

#include "gtest/gtest.h"

namespace dhad {
namespace {

using google::protobuf::util::JsonStringToMessage;
using google::protobuf::util::MessageDifferencer;
using google::protobuf::util::MessageToJsonString;

std::string Write(const v1::AnalyzeResponse& r) {
  std::string out;
  AppendJson(r, &out);
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

}  // namespace
}  // namespace dhad
