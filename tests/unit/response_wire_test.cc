// The handlers' direct writers of AnalyzeResponse and NormalizeResponse
// against protobuf: for the same analysis, AppendAnalyzeResponse and
// AppendNormalizeResponse must give exactly the bytes that protobuf
// serializes for the messages ToProto builds.

#include "server/response_wire.h"

#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "analysis/pipeline.h"
#include "dhad/v1/text_analyzer.pb.h"
#include "gtest/gtest.h"
#include "server/proto_convert.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad {
namespace {

// Both encodings of one analysis.
struct Encoded {
  std::string direct;
  std::string protobuf;
};

Encoded Encode(absl::string_view id, absl::string_view text, const Analysis& analysis,
               const AnalyzeOptions& options) {
  const OffsetConverter offsets(text);
  Encoded e;
  AppendAnalyzeResponse(id, text, offsets, analysis, options, &e.direct);
  v1::AnalyzeResponse message;
  message.set_id(std::string(id));
  ToProto(text, offsets, analysis, options, &message);
  EXPECT_TRUE(message.SerializeToString(&e.protobuf));
  return e;
}

const Pipeline& GetPipeline() { return test_support::SharedPipeline(); }

// News-like texts written for this test: direct, partial and reported
// speech, word and digit numbers, diacritics, tatweel and Latin text.
const char* const kTexts[] = {
    "",
    "نص قصير",
    "قال وزير المالية إن «العجز سينخفض إلى 3.5 في المئة العام المقبل». وأضاف أن "
    "الحكومة ستطرح نحو ثلاثمائة وخمسين ألف سند.\n\nوأكدت المتحدثة باسم البنك أن "
    "\"الاحتياطي يكفي لستة أشهر\"، مشيرة إلى أن التضخم بلغ ١٢٫٥٪.",
    "أعلنَ المديـــــر عن خطة جديدة. «لن نتراجع»، قال للصحفيين.\nعشرات المشاركين "
    "حضروا، وبحسب المنظمين فإن الربع الأول شهد زيادة بين 10 و20 بالمئة.",
    "The minister said 42 people attended. ذكرت الوكالة أن 7 فرق تأهلت إلى الدور الثاني.",
};

TEST(ResponseWireTest, MatchesProtobufForEveryOptionSet) {
  const Pipeline& p = GetPipeline();
  int compared = 0;
  for (const char* text : kTexts) {
    for (int variant = 0; variant < 4; ++variant) {
      AnalyzeOptions options;
      options.input_is_valid_utf8 = true;
      if (variant == 1) options.include_alignment = true;
      if (variant == 2) options.normalize_options = NormalizeOptions::Display();
      if (variant == 3) options = AnalyzeOptions::Only(false, true, true, true);
      absl::StatusOr<Analysis> a = p.Run(text, options);
      ASSERT_TRUE(a.ok()) << a.status();
      const Encoded e = Encode(variant == 0 ? "" : "doc-12.txt", text, *a, options);
      EXPECT_EQ(e.direct, e.protobuf) << "text: " << text << " variant " << variant;
      ++compared;
      // Normalize's answer: the normalized text and alignment alone.
      std::string direct;
      AppendNormalizeResponse(*a, &direct);
      v1::NormalizeResponse message;
      ToProto(*a, &message);
      EXPECT_EQ(direct, message.SerializeAsString()) << "text: " << text << " variant " << variant;
    }
  }
  EXPECT_EQ(compared, 20);
}

TEST(ResponseWireTest, FindsSomethingOfEveryKindInTheNewsText) {
  // The comparison above is only as good as what it covers.
  AnalyzeOptions options;
  options.include_alignment = true;
  absl::StatusOr<Analysis> a = GetPipeline().Run(kTexts[2], options);
  ASSERT_TRUE(a.ok());
  EXPECT_GE(a->sentences.size(), 3u);
  EXPECT_GE(a->quotes.size(), 2u);
  EXPECT_GE(a->numbers.size(), 3u);
  EXPECT_FALSE(a->alignment.empty());
  bool speaker = false, cue = false, approximate = false;
  for (const Quote& q : a->quotes) speaker |= q.speaker.has_value(), cue |= q.cue.has_value();
  for (const NumberMention& n : a->numbers) approximate |= n.approximate;
  EXPECT_TRUE(speaker);
  EXPECT_TRUE(cue);
  EXPECT_TRUE(approximate);
}

// Values no analyzer gives today but the messages allow: zero and negative
// zero floats, present zero doubles, infinities, empty spans at offset 0,
// offsets that need long varints, an empty normalized text.
TEST(ResponseWireTest, MatchesProtobufOnEdgeValues) {
  std::string text = "أ";
  text.append(300000, 'x');
  text += "ب";
  Analysis a;
  a.alignment = {0, 1, 127, 128, 16383, 16384, 300001};
  a.sentences = {Span{0, 0}, Span{0, static_cast<int32_t>(text.size())}};
  Quote q1;
  q1.content = Span{0, 2};
  q1.confidence = -0.0f;
  q1.kind = QuoteKind::kIndirect;
  Quote q2;
  q2.content = Span{2, 2};
  q2.speaker = Span{0, 0};
  q2.cue = Span{300002, 300004};
  q2.speaker_resolved = "وزير المالية";
  q2.confidence = 0.0f;
  a.quotes = {q1, q2};
  NumberMention n1;
  n1.span = Span{2, 5};
  n1.value = 0.0;
  n1.min = -std::numeric_limits<double>::infinity();
  n1.max = 1e300;
  n1.min_inclusive = true;
  n1.kind = NumberKind::kPercent;
  NumberMention n2;
  n2.span = Span{0, 2};
  n2.approximate = true;
  n2.max_inclusive = true;
  a.numbers = {n1, n2};
  AnalyzeOptions options;
  for (bool normalize : {true, false}) {
    options.normalize = normalize;
    const Encoded e = Encode(std::string(200, 'i'), text, a, options);
    EXPECT_EQ(e.direct, e.protobuf) << "normalize " << normalize;
  }
}

TEST(ResponseWireTest, AppendsAfterWhatIsThere) {
  Analysis a;
  a.normalized = "نص";
  AnalyzeOptions options;
  std::string out = "prefix";
  AppendAnalyzeResponse("id", "نص", OffsetConverter("نص"), a, options, &out);
  v1::AnalyzeResponse parsed;
  ASSERT_TRUE(parsed.ParseFromString(out.substr(6)));
  EXPECT_EQ(parsed.id(), "id");
  EXPECT_EQ(parsed.normalized().text(), "نص");
  EXPECT_EQ(out.substr(0, 6), "prefix");
}

}  // namespace
}  // namespace dhad
