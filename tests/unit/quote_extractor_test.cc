#include "analysis/quote_extractor.h"

#include <memory>
#include <string>
#include <vector>

#include "analysis/normalizer.h"
#include "analysis/text.h"
#include "gtest/gtest.h"

namespace dhad {
namespace {

// One quote as text, for readable expectations. Empty speaker/cue mean unset.
struct Got {
  std::string content;
  std::string speaker;
  std::string cue;
  std::string resolved;
  QuoteKind kind;
};

class QuoteExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    normalizer_ = Normalizer::Create()->release();
    absl::StatusOr<std::unique_ptr<const QuoteExtractor>> q = QuoteExtractor::Create(*normalizer_);
    ASSERT_TRUE(q.ok()) << q.status();
    extractor_ = q->release();
  }

  static std::string Slice(absl::string_view s, Span sp) {
    return std::string(s.substr(sp.begin, sp.size()));
  }

  // Runs the extractor on `input` with the given sentences (original bytes).
  std::vector<Got> Run(const std::string& input, std::vector<Span> sentences = {}) {
    absl::StatusOr<Text> text = Text::Create(input, *normalizer_);
    EXPECT_TRUE(text.ok()) << text.status();
    absl::StatusOr<std::vector<Quote>> quotes = extractor_->Extract(*text, sentences);
    EXPECT_TRUE(quotes.ok()) << quotes.status();
    std::vector<Got> out;
    for (const Quote& q : *quotes) {
      EXPECT_GE(q.content.begin, 0);
      EXPECT_LE(q.content.end, static_cast<int32_t>(input.size()));
      EXPECT_GT(q.confidence, 0.0f);
      EXPECT_LE(q.confidence, 1.0f);
      Got g;
      g.content = Slice(input, q.content);
      if (q.speaker) g.speaker = Slice(input, *q.speaker);
      if (q.cue) g.cue = Slice(input, *q.cue);
      g.resolved = q.speaker_resolved;
      g.kind = q.kind;
      out.push_back(g);
    }
    return out;
  }

  static const Normalizer* normalizer_;
  static const QuoteExtractor* extractor_;
};

const Normalizer* QuoteExtractorTest::normalizer_ = nullptr;
const QuoteExtractor* QuoteExtractorTest::extractor_ = nullptr;

// ---------------------------------------------------------------- direct

TEST_F(QuoteExtractorTest, DirectQuoteAfterColon) {
  auto q = Run("وقالت مديرة المدرسة هالة سعيد: \"سنفتح الفصول الجديدة في أيلول.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "سنفتح الفصول الجديدة في أيلول.");
  EXPECT_EQ(q[0].speaker, "مديرة المدرسة هالة سعيد");
  EXPECT_EQ(q[0].resolved, "مديرة المدرسة هالة سعيد");
  EXPECT_EQ(q[0].cue, "وقالت");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
}

TEST_F(QuoteExtractorTest, DirectQuoteAfterComplementizerWithGuillemets) {
  auto q = Run("قال رئيس البلدية إن «المياه ستعود إلى الأحياء كلها مساء الغد».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المياه ستعود إلى الأحياء كلها مساء الغد");
  EXPECT_EQ(q[0].speaker, "رئيس البلدية");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
}

TEST_F(QuoteExtractorTest, QuoteBeforeItsCueAndSplitAroundIt) {
  auto q = Run("“الموسم كان صعبا”، قال مدرب الفريق ماهر النجار، “لكننا تعلمنا الكثير”.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الموسم كان صعبا");
  EXPECT_EQ(q[1].content, "لكننا تعلمنا الكثير");
  for (const Got& g : q) {
    EXPECT_EQ(g.speaker, "مدرب الفريق ماهر النجار");
    EXPECT_EQ(g.cue, "قال");
    EXPECT_EQ(g.kind, QuoteKind::kDirect);
  }
}

TEST_F(QuoteExtractorTest, AClosingMarkAgainstTheNextWordAfterAPeriodCloses) {
  // الآن.”وفقا: a wire service's missing space; ” after the period closes
  // the quotation, and the text after it is the journalist's.
  auto q = Run("وقال المدرب إن الحارس جاهز. وأضاف “الحارس الأساسي هو الأفضل لدينا الآن.”وفقا لوكالة الأنباء.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "الحارس الأساسي هو الأفضل لدينا الآن.");
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[1].resolved, "المدرب");
}

TEST_F(QuoteExtractorTest, MultiSentenceQuoteWithEllipsisStaysOne) {
  auto q = Run("وقال المزارع: \"الموسم جيد... لكن الأسعار منخفضة. نحتاج إلى دعم.\" ثم غادر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الموسم جيد... لكن الأسعار منخفضة. نحتاج إلى دعم.");
}

TEST_F(QuoteExtractorTest, NestedQuotedNamesWithTheSameMark) {
  auto q = Run(
      "وقال القائد الميداني: \"قواتنا صدت هجوما من \"لواء الفجر\" و\"كتيبة النصر\" قرب "
      "المطار.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content,
            "قواتنا صدت هجوما من \"لواء الفجر\" و\"كتيبة النصر\" قرب المطار.");
  EXPECT_EQ(q[0].speaker, "القائد الميداني");
}

TEST_F(QuoteExtractorTest, QuoteContinuesOverParagraphThatReopens) {
  auto q = Run(
      "وقال الطبيب: \"نعمل منذ ثلاثة أيام بلا توقف.\n\"لم يعد لدينا دواء كاف.\"\n"
      "وفي الصباح وصلت شاحنة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "نعمل منذ ثلاثة أيام بلا توقف.\n\"لم يعد لدينا دواء كاف.");
}

// ---------------------------------------------------------------- indirect

TEST_F(QuoteExtractorTest, IndirectAfterComplementizer) {
  auto q = Run("وأكدت وزيرة البيئة أن الحكومة ستمنع الصيد في البحيرة طوال الصيف.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحكومة ستمنع الصيد في البحيرة طوال الصيف");
  EXPECT_EQ(q[0].speaker, "وزيرة البيئة");
  EXPECT_EQ(q[0].cue, "وأكدت");
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
}

TEST_F(QuoteExtractorTest, SettingAndAddresseeStayOutOfTheSpeaker) {
  auto q = Run(
      "وقال وزير النقل في كلمة أمام النواب إن القطار سيصل إلى الجنوب. وأوضحت المهندسة "
      "ليلى حسن لصحيفة محلية أن العمل بدأ.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "وزير النقل");
  EXPECT_EQ(q[0].content, "القطار سيصل إلى الجنوب");
  EXPECT_EQ(q[1].speaker, "المهندسة ليلى حسن");
  EXPECT_EQ(q[1].content, "العمل بدأ");
}

TEST_F(QuoteExtractorTest, GovernedPrepositionIsLeftOutOfTheContent) {
  auto q = Run("ودعت النقابة إلى إضراب عام يوم الخميس. وحذر الأطباء من نقص حاد في الأدوية.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "إضراب عام يوم الخميس");
  EXPECT_EQ(q[0].speaker, "النقابة");
  EXPECT_EQ(q[1].content, "نقص حاد في الأدوية");
  EXPECT_EQ(q[1].speaker, "الأطباء");
}

TEST_F(QuoteExtractorTest, NounPhraseContentAfterSettingAndTime) {
  auto q = Run("وأعلنت البلدية في بيان الأحد تأجيل المهرجان إلى الربيع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تأجيل المهرجان إلى الربيع");
  EXPECT_EQ(q[0].speaker, "البلدية");
}

TEST_F(QuoteExtractorTest, DeniedPropositionIsTheContent) {
  auto q = Run("ونفى المتحدث باسم الشرطة ما نشرته الصحف عن اعتقال الصحافي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "ما نشرته الصحف عن اعتقال الصحافي");
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الشرطة");
  EXPECT_EQ(q[0].cue, "ونفى");
}

TEST_F(QuoteExtractorTest, ReportedWordsAfterColonWithoutMarksAreIndirect) {
  auto q = Run("وأضاف المدير: الشركة لن تسرح أي موظف هذا العام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الشركة لن تسرح أي موظف هذا العام");
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
}

// ---------------------------------------------------------------- partial

TEST_F(QuoteExtractorTest, PartialQuoteInsideReportedClause) {
  auto q = Run("وقال المعارض إن الانتخابات \"لم تكن نزيهة\" في معظم الدوائر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "لم تكن نزيهة");
  EXPECT_EQ(q[0].speaker, "المعارض");
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
}

TEST_F(QuoteExtractorTest, PartialQuoteBeforePrepositionalAttribution) {
  auto q = Run("أدت السيول إلى تضرر \"مئات المنازل\"، بحسب الدفاع المدني.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "مئات المنازل");
  EXPECT_EQ(q[0].speaker, "الدفاع المدني");
  EXPECT_EQ(q[0].cue, "بحسب");
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
}

TEST_F(QuoteExtractorTest, QuotedDescriptionIsPartial) {
  auto q = Run("ووصف النائب الاتفاق بأنه \"خطوة شجاعة\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "خطوة شجاعة");
  EXPECT_EQ(q[0].speaker, "النائب");
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
}

// ---------------------------------------------------------------- prepositional

TEST_F(QuoteExtractorTest, AttributionAfterTheContent) {
  auto q = Run("غرق قارب يقل عشرين مهاجرا قبالة الساحل، وفقا لخفر السواحل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "غرق قارب يقل عشرين مهاجرا قبالة الساحل");
  EXPECT_EQ(q[0].speaker, "لخفر السواحل");
  EXPECT_EQ(q[0].resolved, "خفر السواحل");
  EXPECT_EQ(q[0].cue, "وفقا");
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
}

TEST_F(QuoteExtractorTest, AttributionPhraseWithVerbAndDiscourseOpener) {
  auto q = Run("من جهة أخرى، تراجع سعر القمح بنسبة 4%، بحسب ما أفادت غرفة التجارة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تراجع سعر القمح بنسبة 4%");
  EXPECT_EQ(q[0].cue, "بحسب ما أفادت");
  EXPECT_EQ(q[0].speaker, "غرفة التجارة");
}

TEST_F(QuoteExtractorTest, AttributionBeforeTheContent) {
  auto q = Run("وبحسب الأرصاد الجوية، ستنخفض الحرارة بشكل ملحوظ نهاية الأسبوع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "ستنخفض الحرارة بشكل ملحوظ نهاية الأسبوع");
  EXPECT_EQ(q[0].speaker, "الأرصاد الجوية");
}

TEST_F(QuoteExtractorTest, InterruptedContentCoversTheClause) {
  auto q = Run("وسقطت، بحسب شهود عيان، قذائف عدة على السوق القديم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "وسقطت، بحسب شهود عيان، قذائف عدة على السوق القديم");
  EXPECT_EQ(q[0].speaker, "شهود عيان");
}

TEST_F(QuoteExtractorTest, RelayedSpeechNamesTheOriginalSource) {
  auto q = Run("ونقلت قناة \"الشرق\" عن مسؤول في الوزارة قوله إن المحادثات ستستأنف قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مسؤول في الوزارة");
  EXPECT_EQ(q[0].cue, "قوله");
  EXPECT_EQ(q[0].content, "المحادثات ستستأنف قريبا");

  q = Run("وذكرت إذاعة \"صوت المدينة\" نقلا عن مصادر طبية أن المصابين نقلوا إلى المستشفى.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر طبية");
  EXPECT_EQ(q[0].cue, "نقلا عن");
  EXPECT_EQ(q[0].content, "المصابين نقلوا إلى المستشفى");
}

TEST_F(QuoteExtractorTest, AgencyAcronymAfterTheSpeakerIsLeftOut) {
  auto q = Run("وأفادت وكالة الأنباء المحلية \"ونا\" بأن الطريق أعيد فتحه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وكالة الأنباء المحلية");
  EXPECT_EQ(q[0].content, "الطريق أعيد فتحه");
}

// ---------------------------------------------------------------- speakers

TEST_F(QuoteExtractorTest, ImplicitSubjectTakesThePreviousSpeakerName) {
  auto q = Run(
      "قال وزير الزراعة الأردني مازن العلي إن المحصول تضاعف. وأضاف أن التصدير سيبدأ في "
      "أيار.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].cue, "وأضاف");
  EXPECT_EQ(q[1].resolved, "مازن العلي");
}

TEST_F(QuoteExtractorTest, ImplicitSubjectFromANonReportingSentence) {
  auto q = Run(
      "فازت العداءة المغربية سناء بنعلي بذهبية السباق. وقالت بعد التتويج: \"أهدي الفوز "
      "لعائلتي\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "سناء بنعلي");
  EXPECT_EQ(q[0].content, "أهدي الفوز لعائلتي");
}

TEST_F(QuoteExtractorTest, ImplicitSubjectWithNoAntecedentIsNotGuessed) {
  auto q = Run("وقال في مؤتمر صحافي إن المفاوضات ستستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "");
}

TEST_F(QuoteExtractorTest, GenderAgreementPicksTheAntecedent) {
  auto q = Run(
      "قالت الباحثة نادية فارس إن العينة صغيرة. وقال زميلها سامي خليل إن النتائج أولية. "
      "وأضافت أن الدراسة ستتوسع.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].cue, "وأضافت");
  EXPECT_EQ(q[2].resolved, "نادية فارس");
}

TEST_F(QuoteExtractorTest, SurnameResolvesToTheFullName) {
  auto q = Run(
      "وقال رئيس الاتحاد كريم الحاج إن البطولة ستقام في موعدها. وأوضح الحاج أن الملاعب "
      "جاهزة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "الحاج");
  EXPECT_EQ(q[1].resolved, "كريم الحاج");
}

TEST_F(QuoteExtractorTest, PronounSpeakerIsResolved) {
  auto q = Run("قالت المحامية رنا داود إن موكلها بريء. وأكدت هي أن الأدلة ضعيفة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "هي");
  EXPECT_EQ(q[1].resolved, "رنا داود");
}

TEST_F(QuoteExtractorTest, ParticipleTakesTheMainSubject) {
  auto q = Run(
      "وأكد المحافظ أن الجسر سيفتتح الشهر المقبل، مشيرا إلى أن الكلفة بلغت مليون دينار.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مشيرا");
  EXPECT_EQ(q[1].speaker, "المحافظ");
  EXPECT_EQ(q[1].content, "الكلفة بلغت مليون دينار");
}

TEST_F(QuoteExtractorTest, SubjectBeforeAnAuxiliary) {
  auto q = Run("وكان المكتب الإعلامي قد أعلن أن الزيارة ألغيت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المكتب الإعلامي");
  EXPECT_EQ(q[0].cue, "أعلن");
  EXPECT_EQ(q[0].content, "الزيارة ألغيت");
}

TEST_F(QuoteExtractorTest, AttributionPhraseEndingInAVerb) {
  auto q = Run("وانخفض منسوب النهر إلى أدنى مستوياته، حسبما أفاد خبراء في هيئة المياه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "حسبما أفاد");
  EXPECT_EQ(q[0].speaker, "خبراء في هيئة المياه");
  EXPECT_EQ(q[0].content, "وانخفض منسوب النهر إلى أدنى مستوياته");
}

TEST_F(QuoteExtractorTest, RulesAfterAccordingToAreNotSources) {
  EXPECT_TRUE(Run("ووفقا للقانون، يحق للموظف إجازة سنوية.").empty());
}

TEST_F(QuoteExtractorTest, ObjectAfterTheSubjectIsNotPartOfTheSpeaker) {
  auto q = Run("وطالبت النقابة الإدارة بزيادة الأجور. وحث المدير الموظفين على الصبر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "النقابة");
  EXPECT_EQ(q[0].content, "بزيادة الأجور");
  EXPECT_EQ(q[1].speaker, "المدير");
  EXPECT_EQ(q[1].content, "الصبر");
}

TEST_F(QuoteExtractorTest, AddresseeAndAbbreviatedTitle) {
  auto q = Run(
      "وقال الباحث لرويترز إن العينات سليمة. وقال مدير المختبر د. وائل سعد: \"النتائج "
      "مطمئنة\". وأضاف للصحافيين أن التحاليل ستتكرر.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "الباحث");
  EXPECT_EQ(q[1].speaker, "مدير المختبر د. وائل سعد");
  EXPECT_EQ(q[1].content, "النتائج مطمئنة");
  EXPECT_EQ(q[2].speaker, "");
  EXPECT_EQ(q[2].resolved, "وائل سعد");
}

TEST_F(QuoteExtractorTest, PronounOnAConjunctionIsTheSpeaker) {
  auto q = Run("رفضت النائبة سهام عيسى المشروع. لكنها قالت إن الحوار ممكن.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "لكنها");
  EXPECT_EQ(q[0].resolved, "سهام عيسى");
  EXPECT_EQ(q[0].content, "الحوار ممكن");
}

TEST_F(QuoteExtractorTest, DocumentStandsForItsIssuer) {
  auto q = Run(
      "أصدرت نقابة المهندسين بيانا مساء الأحد. وجاء في البيان أن الأجور متدنية. وتابع "
      "البيان أن الإضراب سيستمر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "وجاء في البيان");
  EXPECT_EQ(q[0].resolved, "نقابة المهندسين");
  EXPECT_EQ(q[1].speaker, "البيان");
  EXPECT_EQ(q[1].resolved, "نقابة المهندسين");
}

TEST_F(QuoteExtractorTest, SurnameOfAPersonNamedInsideASentence) {
  auto q = Run(
      "وفي السباق الثاني، فازت الدراجة الشابة منى خليل بالمركز الأول. وقالت خليل إنها "
      "تستعد للبطولة العربية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خليل");
  EXPECT_EQ(q[0].resolved, "منى خليل");
}

TEST_F(QuoteExtractorTest, ClauseStopsBeforeAnEmbeddedAttribution) {
  auto q = Run("أعلنت الشركة خفض الأسعار، في خطوة قالت إنها ستنعش المبيعات.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "خفض الأسعار، في خطوة");
  EXPECT_EQ(q[1].content, "ستنعش المبيعات");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "الشركة");
}

TEST_F(QuoteExtractorTest, ContrastClauseEndsTheReportedClause) {
  auto q = Run("وقالت الشرطة إن الطريق آمن، فيما أفاد سائقون بوقوع حوادث متكررة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الطريق آمن");
  EXPECT_EQ(q[1].speaker, "سائقون");
  EXPECT_EQ(q[1].content, "بوقوع حوادث متكررة");
}

TEST_F(QuoteExtractorTest, RelativeResumedByTheGovernedPrepositionIsWhatWasAnnounced) {
  // The announcement is the relative's noun (عنها = the plan); the clause
  // after the subject is the journalist's.
  EXPECT_TRUE(Run("جاءت الخطة التي أعلن عنها الوزير أمس كفرصة لتطوير القطاع.").empty());
  EXPECT_TRUE(Run("الصفقة التي أعلن عنها صباح الاثنين استطاعت أن تمنع انهيار السوق.").empty());
  // A description with بأن after it is still reported.
  auto q = Run("وأغلقت الشركة التي أشارت إليها الوزارة بأنها خالفت الأنظمة.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].content, "خالفت الأنظمة");
}

TEST_F(QuoteExtractorTest, ExceptionWithAReportOfItsOwnEndsTheClause) {
  // إلا أن without a comma: when its clause names a source before a
  // reporting verb, that is a second report, not part of the first.
  auto q = Run("وأبدى المدرب رغبته في ضم اللاعب إلا أن الفحوصات أكدت عدم جاهزيته.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "رغبته في ضم اللاعب");
  EXPECT_EQ(q[1].speaker, "الفحوصات");
  EXPECT_EQ(q[1].content, "عدم جاهزيته");
  // Without a report after it, the exception is part of what was said.
  auto r = Run("وقال المدرب إن الفريق جاهز إلا أن الطقس حار.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content, "الفريق جاهز إلا أن الطقس حار");
}

TEST_F(QuoteExtractorTest, QuoteAfterAParentheticalAndSingleMarks) {
  auto q = Run("وقال أبو سمير (60 عاما) \"خسرت محصولي كله\". وقالت جارته: 'لم يبق شيء'.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "أبو سمير");
  EXPECT_EQ(q[0].content, "خسرت محصولي كله");
  EXPECT_EQ(q[1].content, "لم يبق شيء");
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
}

TEST_F(QuoteExtractorTest, UnbalancedGuillemetStopsAtTheParagraph) {
  auto q = Run("افتتح المعرض تحت شعار «الفن للجميع\nوقال المنظم إن الإقبال كبير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المنظم");
  EXPECT_EQ(q[0].content, "الإقبال كبير");
}

// Needs the real normalizer: wire copy without hamza (اوضح، ان) matches the
// lexicon's أوضح، أن.
TEST_F(QuoteExtractorTest, WireSpellingWithoutHamza) {
  auto q = Run(
      "وقال مدير المركز هاني سلوم لوكالة فرانس برس ان الحريق اخمد. واوضح سلوم ان "
      "الاضرار محدودة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "مدير المركز هاني سلوم");
  EXPECT_EQ(q[0].content, "الحريق اخمد");
  EXPECT_EQ(q[1].cue, "واوضح");
  EXPECT_EQ(q[1].speaker, "سلوم");
  EXPECT_EQ(q[1].resolved, "هاني سلوم");
}

TEST_F(QuoteExtractorTest, KamaOpeningAClauseMeansAlso) {
  auto q = Run("كما أعلنت الهيئة تمديد التسجيل أسبوعا. وارتفع عدد المسجلين، كما أفادت الهيئة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "أعلنت");
  EXPECT_EQ(q[0].content, "تمديد التسجيل أسبوعا");
  EXPECT_EQ(q[1].cue, "كما أفادت");
  EXPECT_EQ(q[1].content, "وارتفع عدد المسجلين");
}

TEST_F(QuoteExtractorTest, PostposedCueWithAnAddresseeAtTheEnd) {
  auto q = Run("«سنعيد بناء الجسر خلال عام»، قال محافظ المدينة نزار حسون للصحافيين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محافظ المدينة نزار حسون");
  EXPECT_EQ(q[0].content, "سنعيد بناء الجسر خلال عام");
}

TEST_F(QuoteExtractorTest, QuotedPredicateIsPartialNotAName) {
  auto q = Run("وقال المراقب إن الأداء \"مخيب\". وأكد أن التقرير \"يكشف ثغرات كثيرة\" في النظام.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "مخيب");
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[1].content, "يكشف ثغرات كثيرة");
  EXPECT_EQ(q[1].kind, QuoteKind::kPartial);
}

TEST_F(QuoteExtractorTest, PluralVerbResolvesToASubjectOfASingularVerb) {
  auto q = Run("ويقول المزارعون إن المطر تأخر. ويضيفون أن المحصول سيتراجع.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "المزارعون");
}

// ---------------------------------------------------------------- negatives

TEST_F(QuoteExtractorTest, QuotedNamesAreNotQuotes) {
  EXPECT_TRUE(Run("وصلت طائرة تابعة لشركة \"الأجنحة\" إلى مطار \"الشهيد سالم\" مساء أمس.").empty());
  EXPECT_TRUE(Run("وانطلقت عملية \"فجر الوادي\" بدعم من قوات الحرس. وبثت قناة «المدار» صورا للمعارك.")
                  .empty());
}

TEST_F(QuoteExtractorTest, QuotedNameInsideReportedClauseStaysIndirect) {
  auto q = Run("وأعلنت الهيئة أن العاصفة \"ميار\" ستضرب الساحل مساء الجمعة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "العاصفة \"ميار\" ستضرب الساحل مساء الجمعة");
}

TEST_F(QuoteExtractorTest, StrayMarkDoesNotSwallowTheDocument) {
  const std::string input =
      "وقال الحارس \" إن الباب كان مغلقا. وافتتح متحف \"التراث\n"
      "وقالت المديرة: \"الزوار مرحب بهم دائما\".";
  auto q = Run(input);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الباب كان مغلقا");
  EXPECT_EQ(q[1].content, "الزوار مرحب بهم دائما");
  EXPECT_EQ(q[1].speaker, "المديرة");
}

TEST_F(QuoteExtractorTest, UnclosedQuoteEndsWithItsParagraph) {
  auto q = Run("وقال الشاهد: \"رأيت الدخان يتصاعد\nوفي المساء أعلن الدفاع المدني أن الحريق أخمد.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "رأيت الدخان يتصاعد");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[1].speaker, "الدفاع المدني");
  EXPECT_EQ(q[1].content, "الحريق أخمد");
}

TEST_F(QuoteExtractorTest, NegatedSpeechIsNotAQuote) {
  EXPECT_TRUE(Run("ولم يؤكد المتحدث أن المفاوضات توقفت.").empty());
  EXPECT_TRUE(Run("ولم تعلق الوزارة على هذه الأنباء حتى الآن.").empty());
  EXPECT_TRUE(Run("ولا يقول التقرير إن الخطة فشلت.").empty());
}

TEST_F(QuoteExtractorTest, JournalistsOwnVoiceIsNotAQuote) {
  EXPECT_TRUE(Run("يذكر أن الجسر بني عام 1960.").empty());
  EXPECT_TRUE(Run("").empty());
}

// ---------------------------------------------------------------- sentences

TEST_F(QuoteExtractorTest, GivenSentencesBoundTheReportedClause) {
  // Without a terminator between them, only the caller's sentences separate
  // the two clauses.
  const std::string first = "وقال المدرب إن الفريق جاهز";
  const std::string input = first + " وفاز الفريق أمس بثلاثة أهداف";
  std::vector<Span> sentences = {{0, static_cast<int32_t>(first.size())},
                                 {static_cast<int32_t>(first.size()) + 1,
                                  static_cast<int32_t>(input.size())}};
  auto q = Run(input, sentences);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الفريق جاهز");
  auto unbounded = Run(input);
  ASSERT_EQ(unbounded.size(), 1u);
  EXPECT_EQ(unbounded[0].content, "الفريق جاهز وفاز الفريق أمس بثلاثة أهداف");
}

// Needs the real normalizer: the cue is written with a hamza variant and
// diacritics, and spans must come back in the caller's bytes.
TEST_F(QuoteExtractorTest, MatchesSpellingVariantsAndReportsOriginalBytes) {
  auto q = Run("وَأكّدَ الوزيرُ انّ الميزانيّة جاهزة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وَأكّدَ");
  EXPECT_EQ(q[0].speaker, "الوزيرُ");
  EXPECT_EQ(q[0].content, "الميزانيّة جاهزة");
  auto r = Run("واضاف المتحدثـــة الرسمية ان القرار نهائي.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "المتحدثـــة الرسمية");
}

// ---------------------------------------------------------------- generalization

TEST_F(QuoteExtractorTest, SubjectBeforeVerbIsTheSpeaker) {
  auto q = Run("مدير الدفاع المدني سمير الخطيب قال إن فرق الإنقاذ انتشلت جثتين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير الدفاع المدني سمير الخطيب");
  EXPECT_EQ(q[0].cue, "قال");
  EXPECT_EQ(q[0].content, "فرق الإنقاذ انتشلت جثتين");
}

TEST_F(QuoteExtractorTest, CommitmentVerbKeepsTheFusedNegation) {
  auto q = Run("وتعهد رئيس البلدية بألا تقطع الكهرباء عن الأحياء الفقيرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس البلدية");
  EXPECT_EQ(q[0].cue, "وتعهد");
  EXPECT_EQ(q[0].content, "بألا تقطع الكهرباء عن الأحياء الفقيرة");
}

TEST_F(QuoteExtractorTest, SubjectBeforeVerbAfterLakin) {
  auto q = Run("لكن المعارضة تقول إن الانتخابات زورت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المعارضة");
  EXPECT_EQ(q[0].content, "الانتخابات زورت");
}

TEST_F(QuoteExtractorTest, ComplementizerAfterColonStaysOutOfTheContent) {
  auto q = Run("وقالت رئيسة الجمعية: إن التبرعات تضاعفت هذا العام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "التبرعات تضاعفت هذا العام");
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
}

TEST_F(QuoteExtractorTest, SubjectAfterAuxiliaryWithoutQad) {
  auto q = Run("وكان المتحدث باسم الشركة أكد أن الأجور ستدفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الشركة");
  EXPECT_EQ(q[0].content, "الأجور ستدفع");
}

TEST_F(QuoteExtractorTest, SubjectBeforeVerbWithConjunctionIsResolvedWithoutIt) {
  auto q = Run("والناطقة باسم البلدية أوضحت أن المياه ستقطع يومين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "والناطقة باسم البلدية");
  EXPECT_EQ(q[0].resolved, "الناطقة باسم البلدية");
  EXPECT_EQ(q[0].content, "المياه ستقطع يومين");
}

TEST_F(QuoteExtractorTest, PronounSubjectBeforeVerbIsResolved) {
  auto q = Run("وانتخبت المهندسة سلوى داود رئيسة للنقابة. وهي أعلنت أن الانتخابات المقبلة ستكون إلكترونية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وهي");
  EXPECT_EQ(q[0].resolved, "سلوى داود");
  EXPECT_EQ(q[0].content, "الانتخابات المقبلة ستكون إلكترونية");
}

TEST_F(QuoteExtractorTest, SentenceOpeningWithPrepositionHasNoSubjectBeforeVerb) {
  auto q = Run("في المدينة القديمة قال إن الأسواق أغلقت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST_F(QuoteExtractorTest, PassiveWithAgentTakesTheAgentAsSpeaker) {
  auto q = Run("وأفيد من قبل إدارة المطار بأن الرحلات ستستأنف صباحا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "إدارة المطار");
  EXPECT_EQ(q[0].cue, "وأفيد");
  EXPECT_EQ(q[0].content, "الرحلات ستستأنف صباحا");
  auto r = Run("وقيل إن المصنع سيغلق.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "");
  EXPECT_EQ(r[0].resolved, "");
}

TEST_F(QuoteExtractorTest, NominalCueWithPronounTakesThePreviousSpeaker) {
  auto q = Run("وتوقعت المحللة رنا الشامي أن ترتفع أسعار القمح. وبحسب تقديرها، فإن المخزون يكفي شهرين. "
               "وفي رأيها، المستوردون سيبحثون عن موردين جدد.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].content, "المخزون يكفي شهرين");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "رنا الشامي");
  EXPECT_EQ(q[1].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[2].content, "المستوردون سيبحثون عن موردين جدد");
  EXPECT_EQ(q[2].resolved, "رنا الشامي");
}

TEST_F(QuoteExtractorTest, NominalCueAfterTheContent) {
  auto q = Run("وأكد المدرب خالد سعد أن الفريق تحسن. واللاعبون مرهقون بعد الرحلة، على حد قوله.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "واللاعبون مرهقون بعد الرحلة");
  EXPECT_EQ(q[1].resolved, "خالد سعد");
}

TEST_F(QuoteExtractorTest, GenitiveWithLamIsPartOfTheSpeakerOfAnObjectVerb) {
  auto q = Run("ودعا المفوض السامي للاجئين إلى حماية المدنيين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المفوض السامي للاجئين");
  EXPECT_EQ(q[0].content, "حماية المدنيين");
  auto r = Run("وحذر الأمين العام للجامعة العربية من أن الأزمة تتفاقم.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "الأمين العام للجامعة العربية");
  EXPECT_EQ(r[0].content, "الأزمة تتفاقم");
  // A definite object after the subject still ends it.
  auto o = Run("ووصف النائب القرار بأنه \"متسرع\".");
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].speaker, "النائب");
}

TEST_F(QuoteExtractorTest, IndefiniteSettingWithAdjectiveStaysOutOfTheContent) {
  auto q = Run("وأوضحت الهيئة في بيان مقتضب أن التسجيل يبدأ الأحد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الهيئة");
  EXPECT_EQ(q[0].content, "التسجيل يبدأ الأحد");
}

TEST_F(QuoteExtractorTest, PostposedSpeakerWithNameStartingWithLam) {
  auto q = Run("«الموسم كان صعبا»، قالت العداءة لينا حمدان، «لكننا تعلمنا الكثير».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "العداءة لينا حمدان");
  EXPECT_EQ(q[1].speaker, "العداءة لينا حمدان");
  EXPECT_EQ(q[1].content, "لكننا تعلمنا الكثير");
  // An addressee with ل before the comma is still left out.
  auto r = Run("\"لن نتراجع\"، قال المتحدث لفرانس برس، \"مهما حدث\".");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].speaker, "المتحدث");
}

// ---------------------------------------------------------------- real-news constructions

TEST_F(QuoteExtractorTest, PossessiveNounEndsTheSpeakerPhrase) {
  auto q = Run("وأبدى اللاعبان سامي الهادي وفهد الناصر استعدادهما الكامل للمشاركة في البطولة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "اللاعبان سامي الهادي وفهد الناصر");
  EXPECT_EQ(q[0].content, "استعدادهما الكامل للمشاركة في البطولة");
  // Not the conjunction's cue after a comma: وأبدى opens a clause of its own.
  auto r = Run("اجتمع المدرب مع اللاعبين أمس، وأبدت إدارة النادي ارتياحها للنتائج.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "إدارة النادي");
  EXPECT_EQ(r[0].content, "ارتياحها للنتائج");
}

TEST_F(QuoteExtractorTest, ResolvedNameLeavesOutTitleAndApposition) {
  auto q = Run(
      "وأوضح المهندس خالد الرشيد وكيل البلدية للخدمات أن الحدائق ستفتح مساء. "
      "وأشار إلى أن الدخول مجاني.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "المهندس خالد الرشيد وكيل البلدية للخدمات");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "خالد الرشيد");
}

TEST_F(QuoteExtractorTest, ChainedVerbsTakeTheSubjectOfTheFirst) {
  auto q = Run(
      "وكان سالم العتيبي مديرا للمستشفى، وطالب في تصريحات سابقة بزيادة عدد الأسرة، "
      "وقال إن المبنى الجديد يفتتح قريبا.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "وطالب");
  EXPECT_EQ(q[0].content, "بزيادة عدد الأسرة");
  EXPECT_EQ(q[1].content, "المبنى الجديد يفتتح قريبا");
  EXPECT_EQ(q[1].resolved, "سالم العتيبي");
}

TEST_F(QuoteExtractorTest, ParticipleAfterPrepositionIsANoun) {
  // متابعة after في or و is a noun; after a comma it is a cue.
  auto q = Run("وأكد المدير أن اللجنة تعمل بإشراف ومتابعة من الوزارة في متابعة الطلاب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "اللجنة تعمل بإشراف ومتابعة من الوزارة في متابعة الطلاب");
  auto r = Run("وأكد المدير أن اللجنة تعمل بجد، مشيرا إلى أن النتائج قريبة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].content, "اللجنة تعمل بجد");
  EXPECT_EQ(r[1].cue, "مشيرا");
}

TEST_F(QuoteExtractorTest, ContentEndsBeforeIllaAnna) {
  auto q = Run("ويرى المحامي أن الحكم قاس، إلا أنه لم يقدم طعنا حتى الآن.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحكم قاس");
}

TEST_F(QuoteExtractorTest, BayyanaIsACueOnlyBeforeAComplementizer) {
  auto q = Run("وبين مدير التعليم أن الدراسة تبدأ في موعدها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وبين");
  EXPECT_EQ(q[0].speaker, "مدير التعليم");
  // The preposition بين: nothing reported.
  EXPECT_TRUE(Run("وتقام المباراة بين الفريقين في الملعب الجديد.").empty());
  auto r = Run("وقال رئيس لجنة الصداقة بين البلدين إن الزيارة ناجحة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "رئيس لجنة الصداقة بين البلدين");
}

TEST_F(QuoteExtractorTest, HonorificPronounResolvesToTheNamedPerson) {
  auto q = Run(
      "استقبل أمير المنطقة الأمير فيصل بن ناصر وفد الجامعة أمس. "
      "وأكد سموه أن التعليم أولوية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سموه");
  EXPECT_EQ(q[0].resolved, "فيصل بن ناصر");
}

TEST_F(QuoteExtractorTest, QuotedSurnameResolvesToTheFullName) {
  auto q = Run(
      "كرمت الجامعة الطالبة نورة سعد الدوسري لتفوقها. "
      "وعبرت «الدوسري» عن سعادتها، مؤكدة أن التكريم يدفعها للمزيد.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().cue, "مؤكدة");
  EXPECT_EQ(q.back().resolved, "نورة سعد الدوسري");
}

TEST_F(QuoteExtractorTest, AbbaraIsACueOnlyBeforeAn) {
  auto q = Run("وعبر المدرب عن ارتياحه لأداء اللاعبين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وعبر");
  EXPECT_EQ(q[0].speaker, "المدرب");
  EXPECT_EQ(q[0].content, "ارتياحه لأداء اللاعبين");
  // عبر, the preposition "via".
  auto r = Run("وأعلنت الشركة عبر حسابها أن الخدمة عادت.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "وأعلنت");
  EXPECT_EQ(r[0].speaker, "الشركة");
}

TEST_F(QuoteExtractorTest, CallToAVerbalNounWithLamAfterTheObject) {
  auto q = Run("ودعا رئيس البلدية السكان للمشاركة في حملة النظافة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس البلدية");
  EXPECT_EQ(q[0].content, "للمشاركة في حملة النظافة");
  // A construct object after a speaker that ends in a definite word.
  auto r = Run("ودعا مدير التعليم أولياء الأمور إلى متابعة أبنائهم.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "مدير التعليم");
  EXPECT_EQ(r[0].content, "متابعة أبنائهم");
}

TEST_F(QuoteExtractorTest, SettingNounIsNoContentAndPhrasesAreNoSubjects) {
  // في بيان له: the setting, not a ب opening the content.
  auto q = Run("وطالب الائتلاف في بيان له أمس بمواصلة الاحتجاجات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الائتلاف");
  EXPECT_EQ(q[0].content, "بمواصلة الاحتجاجات");
  // لفت النظر is one cue; النظر is no speaker.
  auto r = Run("ولفت النظر إلى أن الطرق مزدحمة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "ولفت النظر");
  EXPECT_EQ(r[0].speaker, "");
  // A prepositional phrase after a verb is no antecedent.
  auto t = Run("قدمت الجمعية لأفرادها دورات تدريبية. ويقول إن الإقبال كبير.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].resolved, "");
}

TEST_F(QuoteExtractorTest, QailanAfterAMainVerbAndPostposedTabir) {
  // قائلا is the cue; the speaker is the subject of the main verb.
  auto q = Run("وأضاف مدير المستشفى قائلا: \"الأجهزة الجديدة وصلت\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "قائلا");
  EXPECT_EQ(q[0].speaker, "مدير المستشفى");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  // The speaker named after على حد تعبير / وفق ما قاله.
  auto r = Run("\"الأسعار مرتفعة جدا\"، على حد تعبير أحد التجار.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "أحد التجار");
  auto t = Run("\"لا نريد الحرب\"، وفق ما قاله المتحدث باسم الحكومة.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].cue, "وفق ما قاله");
  EXPECT_EQ(t[0].speaker, "المتحدث باسم الحكومة");
}

TEST_F(QuoteExtractorTest, QuotationAfterAnAddresseeOrASettingWithoutColon) {
  // وقال X لقناة "..." الإخبارية "...": the quoted name is skipped, the
  // quoted clause that closes the sentence is what was said.
  auto q = Run("وقال الوزير لقناة \"العربية\" الإخبارية \"نريد أن نرى نتائج ملموسة قبل نهاية العام\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  EXPECT_EQ(q[0].content, "نريد أن نرى نتائج ملموسة قبل نهاية العام");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  // عقب takes its object: no speaker after it.
  auto r = Run("وقال عقب اتصال هاتفي مع رئيس الوزراء «لا شك أن الاتفاق سيقود إلى علاقات أوثق».");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "");
  EXPECT_EQ(r[0].content, "لا شك أن الاتفاق سيقود إلى علاقات أوثق");
  // A quoted name in the setting is no quotation.
  auto t = Run("وقالت الوزيرة في تصريح لصحيفة «الرياض» إن الخطة ستنفذ على مراحل.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].content, "الخطة ستنفذ على مراحل");
}

TEST_F(QuoteExtractorTest, MannerPhrasesAndMasdarBeforeAQuotation) {
  // بقوله / بالقول take the subject of the main verb, like قائلا.
  auto q = Run("وشرح المدير التنفيذي سامي الحربي فكرة المشروع بقوله «نريد أن نصل إلى كل بيت».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "بقوله");
  EXPECT_EQ(q[0].speaker, "المدير التنفيذي سامي الحربي");
  EXPECT_EQ(q[0].content, "نريد أن نصل إلى كل بيت");
  auto r = Run("وردت الشركة على الانتقادات بالقول \"إنها ستراجع الأسعار في الربع المقبل\".");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "الشركة");
  // نقل عن X قوله «...»: the quotation right after the masdar.
  auto t = Run("ونقل الموقع عن مدير المهرجان هاني العمري قوله «نشعر بالفخر بما تحقق هذا العام».");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "مدير المهرجان هاني العمري");
  EXPECT_EQ(t[0].content, "نشعر بالفخر بما تحقق هذا العام");
}

TEST_F(QuoteExtractorTest, ColonAfterAPreposedAttributionOrAnAnswer) {
  auto q = Run("بحسب الخطيب: «استثمرت الشركة في التقنية منذ سنوات وحققت نتائج جيدة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الخطيب");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  // أجابت before a colon is a cue wherever it stands in the clause.
  auto r = Run("وعن موعد عودتها إلى الدراما أجابت: «نعم، وقعت عقدا لمسلسل جديد».");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "أجابت");
  EXPECT_EQ(r[0].content, "نعم، وقعت عقدا لمسلسل جديد");
  // واختتم X الذي ... “...”: a quoted clause makes اختتم a cue.
  auto t = Run("واختتم اللاعب الذي سيرتدي القميص رقم 10 “جئت إلى هنا لألعب وأساعد الفريق على الفوز”.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "اللاعب");
  // ...but اختتمت فعاليات «...» is no speech.
  EXPECT_TRUE(Run("واختتمت فعاليات مهرجان «ربيع الجنوب» مساء أمس.").empty());
}

TEST_F(QuoteExtractorTest, NominalPredicatesConnectivesAndFigures) {
  // الحكومة مطالبة بـ: the participle is the predicate, not a new cue.
  auto q = Run("وقال الوزير إن الحكومة مطالبة بخطة واضحة للكهرباء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحكومة مطالبة بخطة واضحة للكهرباء");
  // كما أن opens the journalist's own clause.
  auto r = Run("أقرت الهيئة لائحة جديدة للمطاعم كما أن هناك معايير خاصة لكل منشأة.");
  for (const Got& g : r) EXPECT_EQ(g.content.find("هناك معايير"), std::string::npos) << g.content;
  // A quoted figure is no partial quotation.
  auto t = Run("وكشف المدير أن عدد الرحلات بلغ \"50\" رحلة أسبوعيا.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(t[0].content, "عدد الرحلات بلغ \"50\" رحلة أسبوعيا");
  // على ذكر العدد: after a preposition, a noun.
  EXPECT_TRUE(Run("وحرص المدرب على ذكر العدد بأنه كبير.").empty());
  // A word between a name and أن ends the name (محمد إسلام).
  auto u = Run("وأكد رئيس الاتحاد محمد إسلام أن المنتخب جاهز.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].speaker, "رئيس الاتحاد محمد إسلام");
  EXPECT_EQ(u[0].content, "المنتخب جاهز");
}

TEST_F(QuoteExtractorTest, OccasionAndQuotedAddresseeAreNoSpeakers) {
  // في خطابه الذي ...: a noun with a pronoun after في is the occasion.
  auto q = Run("وأضاف الحربي في خطابه الذي ألقاه في الحفل: «لن نتراجع عن خططنا».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الحربي");
  // لقناة «...» is the addressee with its name: the subject is implicit.
  auto r = Run("وأضاف لقناة «المجد» أنه لم يكن الغرض من التقرير إحراج أحد.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "");
  EXPECT_EQ(r[0].content, "لم يكن الغرض من التقرير إحراج أحد");
}

TEST_F(QuoteExtractorTest, NounWithPronounWrittenWithHaIsNoSpeaker) {
  // حديثه is حديث + ه, though the view folds it with حديثة.
  auto q = Run("ويتابع المدير حديثه: «لا نريد أن نخسر أي طالب».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
  auto r = Run("وختم حديثه بالقول: «شكرا لكل من ساهم في نجاح الحفل».");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "");
  // لـ«الوطن»، then the subject after the comma.
  auto t = Run("وقال لـ«الوطن»، الخبير المالي فهد الدوسري إن السوق ستتعافى قريبا.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "الخبير المالي فهد الدوسري");
}

TEST_F(QuoteExtractorTest, TimeAdverbsBetweenTheSpeakerAndTheComplementizer) {
  // A time adverb before أن is no connective (unlike بعد أن، كما أن).
  auto q = Run("ذكرت تقارير صحفية أمس الاثنين ان أسعار الوقود سترتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقارير صحفية");
  EXPECT_EQ(q[0].content, "أسعار الوقود سترتفع");
  auto r = Run("أعلن مسؤول في الوزارة اليوم الثلاثاء أن الطريق سيفتح غدا.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content, "الطريق سيفتح غدا");
  // أول من أمس is one adverb, not part of the speaker.
  auto t = Run("وأعلن المتحدث الرسمي أول من أمس أن المعرض سيفتتح الأسبوع المقبل.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "المتحدث الرسمي");
  // بعد أن opens a time clause: nothing is reported.
  for (const Got& g : Run("وأعلن اللاعب اعتزاله بعد أن خسر فريقه النهائي.")) {
    EXPECT_NE(g.content, "خسر فريقه النهائي");
  }
}

TEST_F(QuoteExtractorTest, WhatStandsBetweenTheSpeakerAndAGovernedPreposition) {
  // An apposition between commas before عن.
  auto q = Run("وكشف الدكتور سالم الغامدي، عضو لجنة النقل في مجلس الشورى، عن رفع مشروع جديد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور سالم الغامدي، عضو لجنة النقل في مجلس الشورى");
  EXPECT_EQ(q[0].content, "رفع مشروع جديد");
  // A place closed by a comma.
  auto r = Run("أعلنت وزارة الداخلية في غزة، عن توقيف ثلاثة مشتبه بهم.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content, "توقيف ثلاثة مشتبه بهم");
  // A relative clause closed by a comma.
  auto t = Run("طالبت الجماعة التي تحتجز عددا من الجنود، بالإفراج عن خمسة سجناء.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "الجماعة");
  EXPECT_EQ(t[0].content, "بالإفراج عن خمسة سجناء");
  // فيه between the verb and its subject; the addressee before عن.
  auto u = Run("يأتي هذا في وقت كشف فيه المستشار القانوني للجيش لـ«الرياض» عن بدء عملية جديدة.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].speaker, "المستشار القانوني للجيش");
  EXPECT_EQ(u[0].content, "بدء عملية جديدة");
}

TEST_F(QuoteExtractorTest, OneQuotedWordInsideAClauseIsATermNotAQuotation) {
  // «أوبك» or a scare-quoted word inside the clause: the clause is reported.
  auto q = Run("وقالت المصادر إن عدد المصابين بإصابات «خطيرة» ارتفع إلى عشرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "عدد المصابين بإصابات «خطيرة» ارتفع إلى عشرة");
  // Several words quoted are the speaker's own: a partial quotation.
  auto r = Run("وقال الوزير إن الحكومة «لن تتراجع عن قرارها» مهما حدث.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(r[0].content, "لن تتراجع عن قرارها");
}

TEST_F(QuoteExtractorTest, ObjectsAndNounContentsAfterTheSubject) {
  // After a singular nisba, a definite sound plural is the object.
  auto q = Run("وحذر الدفاع المدني المواطنين من الاقتراب من مجاري السيول.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدفاع المدني");
  EXPECT_EQ(q[0].content, "الاقتراب من مجاري السيول");
  // ...but a human broken plural takes a sound plural adjective.
  auto r = Run("ويعتقد الخبراء العسكريون أن المعركة ستطول.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "الخبراء العسكريون");
  // أبدى with its subject between: the stated attitude is the content.
  auto t = Run("وأبدى المدرب استعداده لتدريب المنتخب في البطولة المقبلة.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "المدرب");
  EXPECT_EQ(t[0].content, "استعداده لتدريب المنتخب في البطولة المقبلة");
  // A verbal noun the dictionary knows opens the content of نفى.
  auto u = Run("ونفى المتحدث وجود أي خلاف بين الطرفين.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].speaker, "المتحدث");
  EXPECT_EQ(u[0].content, "وجود أي خلاف بين الطرفين");
  // A quoted acronym before the complementizer is no content.
  auto v = Run("وقالت وكالة الأنباء الرسمية «سانا»، إن الطريق أعيد فتحه.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].content, "الطريق أعيد فتحه");
  // (A quoted role after the name is no content either; it belongs to the
  // speaker, the maximal noun phrase with the person's role.)
  auto w = Run("وقالت نورة العتيبي \"معلمة\": إن الطالبات يحتجن إلى دعم أكبر.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].speaker, "نورة العتيبي \"معلمة\"");
  EXPECT_EQ(w[0].content, "الطالبات يحتجن إلى دعم أكبر");
}

TEST_F(QuoteExtractorTest, SpeakerBeforeARelativePronounAndCircumstantialPhrases) {
  // ...، الذي قال إن ...،: the phrase before the relative speaks, and what
  // it said ends with the relative clause.
  auto q = Run("وكان المتحدث باسم الشرطة، الذي قال إن التحقيق مستمر، قد رفض التعليق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الشرطة");
  EXPECT_EQ(q[0].content, "التحقيق مستمر");
  // Not the verb or a noun phrase before the antecedent.
  auto r = Run("والتقى الوفد الوزير الذي أكد أن بلاده تدعم الحوار.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "الوزير");
  // A thing is no speaker of a relative clause (الأمر الذي يشير إلى).
  auto t = Run("وارتفعت الأسعار، الأمر الذي يشير إلى أن الطلب قوي.");
  for (const Got& g : t) EXPECT_NE(g.speaker, "الأمر");
  // وهي + verb and an accusative participle are circumstantial.
  auto u = Run("وقالت مريم العلي وهي تحمل طفلها إن الوضع صعب.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].speaker, "مريم العلي");
  auto v = Run("كتب الرئيس نيكسون متحدثا عن الصين أنها قوة صاعدة.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].speaker, "الرئيس نيكسون");
  // عبد الله كدسة is one name, and a plural verb is no single person.
  auto w = Run("في حين بين عبد الله كدسة أن المشهد لم يتغير. وأضاف أن الحرب مستمرة.");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[1].resolved, "عبد الله كدسة");
  auto x = Run("قال الشاعر سامي حداد إن الطرق انتهت. وأعلنوا أنهم سيعودون قريبا.");
  ASSERT_EQ(x.size(), 2u);
  EXPECT_EQ(x[1].resolved, "");
}

TEST_F(QuoteExtractorTest, KamaYaqulAfterWhatWasSaid) {
  auto q = Run("«ننتظر قرار القيادة للدخول إلى المدينة»، كما يقول المستشار عادل الزهراني.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "كما يقول");
  EXPECT_EQ(q[0].speaker, "المستشار عادل الزهراني");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  auto r = Run("والمشترون يدفعون عمولة تقدر بثلاثة في المائة، كما يقول مدير الشركة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "مدير الشركة");
  EXPECT_EQ(r[0].content, "والمشترون يدفعون عمولة تقدر بثلاثة في المائة");
}

TEST_F(QuoteExtractorTest, ParticipleTakesTheSubjectOfTheNearestClause) {
  // The participle speaks for the subject of the clause it follows, when
  // that subject is a person.
  auto q = Run("وقامت الأمواج بضرب القارب، وتحدثت والدة البحار سامي عن الواقعة قائلة: «كان يوما صعبا».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "والدة البحار سامي");
  // A coordinated noun continues the subject (وزارة الشباب والرياضة).
  auto r = Run("وأصدرت وزارة الشباب والرياضة بيانا وحذرت من تكرار الأحداث.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "وزارة الشباب والرياضة");
  // ذلك أن is "because": the journalist's clause.
  for (const Got& g : Run("غير أن التذكير يفيد القارئ، ذلك أن الحلم قديم.")) {
    EXPECT_NE(g.content, "الحلم قديم");
  }
}

TEST_F(QuoteExtractorTest, QuotationSentenceThenYaqulX) {
  // «...». يقول X: the cue opens the next sentence.
  auto q = Run("تحدث الطاهي عن المطعم. «هي وجبة متأخرة يمكن أن تكون عشاء مبكرا». يقول الشيف مروان الخطيب صاحب المطعم، ويضيف: «تناسب الشباب».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "هي وجبة متأخرة يمكن أن تكون عشاء مبكرا");
  EXPECT_EQ(q[0].speaker, "الشيف مروان الخطيب صاحب المطعم");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  // Not across a paragraph, and not after a quoted title.
  EXPECT_EQ(Run("«نعمل على التحضير للمهرجان منذ شهور».\nيقول المدير إن الموعد قريب.").size(), 1u);
}

TEST_F(QuoteExtractorTest, VerbalNounSpelledWithYaAndGivenNameInsideATitle) {
  // رأي (opinion) is not رأى (he saw), though the view folds ى into ي: the
  // question is the articles', not a report of رأي.
  auto p = Run("وتساءلت مقالات رأي في الصحف إن كان الوزير سيصدر بيانا.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].cue, "وتساءلت");
  EXPECT_EQ(p[0].speaker, "مقالات رأي في الصحف");
  auto q = Run("ورأى الخبير أن السوق ستتعافى.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الخبير");
  // The person's name after a role: أحمد starts it.
  auto r = Run("وأوضح مدير فنون أبها أحمد السروي أن الحفل كبير، داعيا الأسر إلى الحضور.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].resolved, "أحمد السروي");
}

TEST_F(QuoteExtractorTest, ImpersonalPresentAndNameWithRoleBeforeTheVerb) {
  // يتوقع أن with nobody named is "it is expected": nothing reported.
  EXPECT_TRUE(Run("ويتوقع أن يظهر الأثر الإيجابي في السوق قريبا.").empty());
  auto q = Run("ويتوقع المحللون أن تتحسن السوق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المحللون");
  // A name and its role between commas before the verb.
  auto r = Run("سامي الحربي، مدير المهرجان، قال إن البرنامج جاهز.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "سامي الحربي، مدير المهرجان");
  EXPECT_EQ(r[0].content, "البرنامج جاهز");
}

TEST_F(QuoteExtractorTest, ObjectsInTheObliqueCaseAndObjectPronouns) {
  // المواطنين (oblique) is the object: the subject is implicit.
  auto q = Run("وحث المواطنين بتوخي الحذر عند السباحة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "بتوخي الحذر عند السباحة");
  // A verb with its object pronoun is the cue (واتهمها، وحثهم).
  // (انتقد reports its object: the criticism.)
  auto r = Run("وانتقد المعارض الحكومة واتهمها بدعم الفساد.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].cue, "وانتقد");
  EXPECT_EQ(r[0].content, "الحكومة");
  EXPECT_EQ(r[1].cue, "واتهمها");
  EXPECT_EQ(r[1].content, "بدعم الفساد");
  // ...but not a noun with a pronoun after قال (طالبه: his student).
  auto t = Run("وقال إن طالبه الأول كان متميزا.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].cue, "وقال");
  // وطالب بـ: the content starts with ب, no subject is named.
  auto u = Run("وطالب بإلغاء القرار فورا.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].speaker, "");
  EXPECT_EQ(u[0].content, "بإلغاء القرار فورا");
  // In a chained clause a verbal noun opens the content; at the start of a
  // sentence it is the subject's head (أعلن تنظيم ...).
  auto v = Run("وقال الوزير إن الأزمة ستنتهي، وتوقع إجراء انتخابات مبكرة خلال شهور.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].content, "إجراء انتخابات مبكرة خلال شهور");
  auto w = Run("وأعلن تنظيم الدولة مسؤوليته عن الهجوم.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].speaker, "تنظيم الدولة");
  // A clause of its own after و, mid-sentence, with its role-and-name subject.
  auto x = Run("أوضح ذلك العميد بحري سالم العتيبي وحث المواطنين بتوخي الحذر.");
  ASSERT_FALSE(x.empty());
  EXPECT_EQ(x.back().content, "بتوخي الحذر");
}

TEST_F(QuoteExtractorTest, PrepositionWithAPronounIsNoSpeaker) {
  auto q = Run("وقال لهم إن الاجتماع سيعقد غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  // ...but a name or a body that starts with the same letters is.
  auto r = Run("وقالت لجنة التحقيق إن التقرير جاهز.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "لجنة التحقيق");
  auto t = Run("وقال بنك الخليج إن الأرباح ارتفعت.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "بنك الخليج");
}

TEST_F(QuoteExtractorTest, EllipsisBeforeACoordinatedNounContinuesTheClause) {
  // The segmenter ends a sentence at "..", but before وكذلك / و + ال the
  // reported clause goes on.
  const std::string text =
      "وأشار المدير إلى أن الدعوات سترسل عبر الرسائل.. وكذلك عبر مواقع التواصل للمشاركة في الاستطلاع.";
  const size_t cut = text.find("وكذلك");
  auto q = Run(text, {Span{0, static_cast<int32_t>(cut)}, Span{static_cast<int32_t>(cut), static_cast<int32_t>(text.size())}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الدعوات سترسل عبر الرسائل.. وكذلك عبر مواقع التواصل للمشاركة في الاستطلاع");
}

TEST_F(QuoteExtractorTest, ShortFormSubjectKeepsThePersonCurrent) {
  // الوزير, the subject of a non-speech verb, names the minister again; the
  // person met (بمدير المستشفى ...) is no subject.
  auto q = Run(
      "أكد وزير الصحة خالد العتيبي أن الحملة ستبدأ قريبا.\n\n"
      "والتقى الوزير بمدير المستشفى سامي الحربي خلال الزيارة.\n\n"
      "وأضاف أن الحملة تشمل جميع المدارس.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "خالد العتيبي");
}

TEST_F(QuoteExtractorTest, QawlahuAfterASourceWithItsApposition) {
  auto q = Run("ونقلت الوكالة عن صادق العمري، رئيس قسم التحقيقات في النيابة، قوله إنه يعرف هويات المهربين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صادق العمري، رئيس قسم التحقيقات في النيابة");
  EXPECT_EQ(q[0].content, "يعرف هويات المهربين");
}

TEST_F(QuoteExtractorTest, RelativeWithoutPronounAfterADocumentAndIndirectQuestions) {
  // تقرير أصدرته X: the relative clause stays out of the speaker.
  auto q = Run("وقال تقرير أصدرته وكالة التنمية إن التعليم تحسن.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقرير");
  // An interrogative ends the speaker phrase.
  auto r = Run("بين الخبراء الاقتصاديون كيف يمكن أن يطغى الضجيج على السوق.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "الخبراء الاقتصاديون");
}

TEST_F(QuoteExtractorTest, SubjectAfterAnOpenerIsAnEntity) {
  auto q = Run("من جهته، أجرى وزير الخارجية عادل الصالح مباحثات مع نظيره. وقال عقب لقائه إن العلاقات متينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "عادل الصالح");
  auto r = Run("إلى ذلك، استقبلت وزيرة الصحة هند العمري وفدا طبيا. وأكدت أن التعاون مستمر.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].resolved, "هند العمري");
}

TEST_F(QuoteExtractorTest, SubjectAfterAFrontedPhraseAndThreePartNames) {
  // وفي كلمته خلال الحفل، شكر X ...: the fronted phrase ends at its comma.
  auto q = Run("وفي كلمته خلال الحفل، شكر الأمير فيصل بن خالد الحضور. وقال إن المنطقة تشهد نهضة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "فيصل بن خالد");
  // The first given name starts the name (محمد علي الجعفري).
  auto r = Run("وفي طهران، رفض محمد علي الجعفري قائد الحرس القرار. وقال إنه غير مقبول.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].resolved, "محمد علي الجعفري");
}

TEST_F(QuoteExtractorTest, SubjunctiveCuesAndPrepositionHomographsBeforeAColon) {
  // أن تهدد: what may be said, not what was.
  EXPECT_TRUE(Run("وهي أزمة توشك أن تهدد استقرار الحكومة الجديدة.").empty());
  // بين الناجين: (among the survivors) is no cue, even before a colon.
  EXPECT_TRUE(Run("أثار ذلك غضبا شديدا بين الناجين: لقد تركونا وحدنا.").empty());
  // ...while a verb before a colon still is one.
  auto q = Run("وعن موعد عودتها أجابت: «قريبا جدا».");
  ASSERT_EQ(q.size(), 1u);
  // The praise formula names nobody.
  auto r = Run("قال الله تعالى في كتابه الكريم. وقال إن الرحمة واسعة.");
  for (const Got& g : r) EXPECT_NE(g.resolved, "تعالى");
}

TEST_F(QuoteExtractorTest, PreposedAttributionThatRunsOnToItsComma) {
  // A quoted name alone is the source.
  auto q = Run("وبحسب \"الرائد\"، فإن المفاوضات ستستأنف الأسبوع المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المفاوضات ستستأنف الأسبوع المقبل");
  EXPECT_EQ(q[0].resolved, "الرائد");
  // ما and the source's verb with the pronoun that refers back to ما.
  q = Run("وحسب ما أعلنته الهيئة، فإن التسجيل يبدأ الأحد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الهيئة");
  EXPECT_EQ(q[0].cue, "وحسب ما أعلنته");
  EXPECT_EQ(q[0].content, "التسجيل يبدأ الأحد");
  // A relative clause and a bracketed name inside the phrase.
  q = Run("وبحسب صحيفة «النهار» التي تصدر في الدمام فإن الطائرة هبطت بسلام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صحيفة «النهار»");
  EXPECT_EQ(q[0].content, "الطائرة هبطت بسلام");
  q = Run("وحسب مركز الرصد في الرياض (المرصد)، فإن الأمطار ستتواصل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مركز الرصد في الرياض");
  EXPECT_EQ(q[0].content, "الأمطار ستتواصل");
  // ما and a verb that is not speech is no attribution phrase.
  EXPECT_TRUE(Run("سيتحرك الفريق حسبما تقتضيه مصالحه، في كل موسم.").empty());
}

TEST_F(QuoteExtractorTest, AnAgencyThatRelaysAStatementIsNotItsSource) {
  // وبحسب الوكالة، فقد قال ...: the statement has its own cue and speaker.
  auto q = Run("وبحسب الوكالة، فقد قال وزير المالية إن العجز سيتراجع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير المالية");
  EXPECT_EQ(q[0].content, "العجز سيتراجع");
  // ...and so after the clause: وأورد X أن ...، بحسب ما أعلنته Y.
  q = Run("وقد أورد الباحث أن العام الماضي شهد أكبر عدد من الضحايا، بحسب ما أعلنته المنظمة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الباحث");
  // A present verb after قد is a modal: the clause is a prediction of the
  // source that follows.
  q = Run("وقد تدعو الدول المنتجة إلى خفض الإنتاج، بحسب المحللين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المحللين");
  // نقلا عن names the original source: it keeps the quote.
  q = Run("كشفت صحيفة محلية نقلا عن مصادر مقربة من النادي أن المدرب سيرحل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر مقربة من النادي");
}

TEST_F(QuoteExtractorTest, ADayEndsTheSpeakerAndNamedThingsInQuotesAreNames) {
  auto q = Run("وقال المتحدث باسم الشرطة يوم الخميس إن التحقيق مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الشرطة");
  // محطة «...» inside a reported clause is a name, not a partial quote.
  q = Run("وذكر المزارع أن البقرة ظهرت على محطة «تي في 24» أمس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "البقرة ظهرت على محطة «تي في 24» أمس");
}

TEST_F(QuoteExtractorTest, SpeakerPhrasesWithCoordinationRelativeVerbsAndNaming) {
  // A verbal noun coordinated inside an institution's name.
  auto q = Run("وتوقعت الرئاسة العامة للأرصاد وحماية البيئة أن ترتفع درجات الحرارة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الرئاسة العامة للأرصاد وحماية البيئة");
  EXPECT_EQ(q[0].content, "ترتفع درجات الحرارة");
  // After an indefinite noun, a verb with its preposition is a relative
  // clause.
  q = Run("وقال ضابط متقاعد شارك في التحقيق إن الأدلة كانت كافية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "ضابط متقاعد");
  // يدعى (is called) leads to the name; written with ى it is no cue.
  q = Run("وقال صاحب متجر يدعى ناصر الدوسري للصحيفة إن المبيعات تضاعفت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وقال");
  EXPECT_EQ(q[0].speaker, "صاحب متجر يدعى ناصر الدوسري");
  // ...while يدعي (claims) is one.
  q = Run("ويدعي المتهم أنه كان خارج المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتهم");
  // A short quotation that opens the reported clause is its subject.
  q = Run("وأوضح المشرف أن «زرع الأمل» مبادرة تطوعية تعمل مع الجمعيات منذ سنوات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "«زرع الأمل» مبادرة تطوعية تعمل مع الجمعيات منذ سنوات");
}

TEST_F(QuoteExtractorTest, CondemnationsAndSubjectsBeforeAfterAndAroundTheVerb) {
  // A condemnation with a noun-phrase content.
  auto q = Run("وأدانت الرابطة الهجوم على القافلة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الرابطة");
  EXPECT_EQ(q[0].content, "الهجوم على القافلة");
  // The subject of لكن is accusative and may be indefinite.
  q = Run("ولكن مصدرا قال إن الاجتماع تأجل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصدرا");
  // A demonstrative before the definite subject.
  q = Run("وأكدت هذه الدراسة أن النوم المبكر يحسن الذاكرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "هذه الدراسة");
  // After a relative pronoun the speaker is the phrase before it, and the
  // addressee after the verb is not.
  q = Run("وكان بين الزوار مزارع يدعى سالم الهاجري الذي قال لقناة المجد \"المحصول هذا العام وفير\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "مزارع يدعى سالم الهاجري");
  // (A name after يدعى that the dictionary also reads as a verb or noun.)
  q = Run("ومن بين الحضور مربي إبل يدعى مطر الكعبي الذي قال لقناة المجد \"الإقبال كبير هذا العام\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مربي إبل يدعى مطر الكعبي");
  // When the relative is the object, the verb has its own subject.
  q = Run("وهي المغارة التي قالت القناة إنه يختبئ فيها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "القناة");
  // A quoted name inside the phrase, before the person's name.
  q = Run("وأوضح مدير \"فنون الباحة\" سعد بن علي الغامدي، أن الجمعية تستضيف المعرض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير \"فنون الباحة\" سعد بن علي الغامدي");
  EXPECT_EQ(q[0].content, "الجمعية تستضيف المعرض");
}

TEST_F(QuoteExtractorTest, AReportingPhraseBetweenACueAndWhatItGovernsAndSurnamesAfterAGivenName) {
  // مشيرة بحسب بيان ... إلى أن: the participle still governs إلى أن.
  auto q = Run("واتهمت رئيسة الحزب هند الفارس الحكومة بالتقصير، مشيرة بحسب بيان للحزب إلى أن الاتفاق لن يصمد.");
  ASSERT_EQ(q.size(), 2u);
  // A definite word right after a lone given name is the surname.
  EXPECT_EQ(q[0].speaker, "رئيسة الحزب هند الفارس");
  EXPECT_EQ(q[1].cue, "مشيرة");
  EXPECT_EQ(q[1].content, "الاتفاق لن يصمد");
  EXPECT_EQ(q[1].resolved, "هند الفارس");
}

TEST_F(QuoteExtractorTest, LongGulfTitlesAndAClauseRightAfterAPreposedSource) {
  // A role, an institution and a compound name of eighteen words.
  auto q = Run("وقال مستشار صاحب السمو الملكي أمير المنطقة الشرقية للشؤون الثقافية والإعلامية الأستاذ سعد بن عبد الله بن "
               "ناصر آل حمدان إن المعرض سيفتتح غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker,
            "مستشار صاحب السمو الملكي أمير المنطقة الشرقية للشؤون الثقافية والإعلامية الأستاذ سعد بن عبد الله بن "
            "ناصر آل حمدان");
  // بحسب X followed at once by a negation, a verb or قد: the clause starts
  // there.
  q = Run("وبحسب مصادر محلية لم يتمكن الفريق من الوصول إلى الموقع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر محلية");
  EXPECT_EQ(q[0].content, "لم يتمكن الفريق من الوصول إلى الموقع");
  q = Run("وبحسب المتحدث باسم الدفاع المدني فقد تضرر أكثر من عشرين منزلا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الدفاع المدني");
  // A word with a preposition ends a personal name: محمود بتحقيق.
  q = Run("ورحب الرئيس محمود بتحقيق السلام. لكنه حذر من عودة القتال.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "الرئيس محمود");
  EXPECT_EQ(q[0].content, "بتحقيق السلام");
  EXPECT_NE(q[1].resolved, "محمود بتحقيق");
}

TEST_F(QuoteExtractorTest, GivenNamesThatReadAsVerbsRolesWithPrepositionsAndSubjectsOfUnattachedCues) {
  // يحيى reads as a present verb, but after a title it is a given name.
  auto q = Run("وقال المدير يحيى العلي إن الإعانات زادت. وأضاف أن العمل مستمر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "المدير يحيى العلي");
  EXPECT_EQ(q[1].resolved, "يحيى العلي");
  // المسؤول عن البرنامج: a role keeps the preposition it takes.
  q = Run("وقال المسؤول عن البرنامج سعد العلي إن التسجيل مفتوح.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المسؤول عن البرنامج سعد العلي");
  // The named subject of a reporting verb with no quote of its own is the
  // antecedent of the next implicit subject.
  q = Run("حيث أوضح رئيس القسم ماجد بن علي آل سعد، الخدمات التي يقدمها المركز. وقال: \"الطلبات زادت هذا العام\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "ماجد بن علي آل سعد");
  // أما X، Y قال: the topic of أما, with its apposition, is the subject.
  q = Run("أما وزير الثقافة، بدر الحمد قال في تغريدة: «المعرض نجح نجاحا كبيرا».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير الثقافة، بدر الحمد");
  // عدم ذكر: a negated verbal noun is no cue.
  for (const Got& g : Run("وكتب المعلق تغريدة مع عدم ذكر اسمه.")) EXPECT_NE(g.cue, "ذكر");
}

TEST_F(QuoteExtractorTest, FamilyNamesAfterBinAndPraiseWithBi) {
  // بن in a name is no ب that opens the content of أشاد بـ; after بن and
  // the father's name, a family name the dictionary does not know follows.
  auto q = Run("وأشاد مدير الشرطة اللواء فهد بن سلطان الشهيل بجهود رجال الأمن. وأضاف أن العمل مستمر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "مدير الشرطة اللواء فهد بن سلطان الشهيل");
  EXPECT_EQ(q[0].content, "بجهود رجال الأمن");
  EXPECT_EQ(q[1].resolved, "فهد بن سلطان الشهيل");
}

TEST_F(QuoteExtractorTest, NamesEndingInHaAfterLinksAndANameInAppositionUpToTheComplementizer) {
  // عبده is a given name, not عبد with a pronoun.
  auto q = Run("أكد وزير الزراعة عبده الحكمي سلامة المحاصيل في المنطقة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير الزراعة عبده الحكمي");
  // After آل the family name may end in ه.
  q = Run("وقال صاحب المبادرة سامي آل مديه إن التكريم سيقام غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صاحب المبادرة سامي آل مديه");
  // The role, a comma, then the person's name up to أن.
  q = Run("وأوضح المتحدث باسم الدفاع المدني بمنطقة تبوك، سالم فهد العطوي ان الفرق باشرت الحادث.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الدفاع المدني بمنطقة تبوك، سالم فهد العطوي");
  EXPECT_EQ(q[0].content, "الفرق باشرت الحادث");
}

TEST_F(QuoteExtractorTest, PraiseWithBiRightAfterAChainedVerb) {
  // وأشاد بدور ...: the ب phrase is what was praised, the subject is the
  // earlier speaker, and so is the participle's after it.
  auto q = Run("وقال الوزير إن المدينة آمنة. وأشاد بدور فرق الإنقاذ قائلا: «الشكر لكل من ساهم».");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].cue, "وأشاد");
  EXPECT_EQ(q[1].content, "بدور فرق الإنقاذ");
  EXPECT_EQ(q[1].resolved, "الوزير");
  EXPECT_EQ(q[2].speaker, "");
  EXPECT_EQ(q[2].resolved, "الوزير");
}

TEST_F(QuoteExtractorTest, PredicateParticiplesLongCompoundNamesAndRelativesWithNoPerson) {
  // A participle right after a complementizer is a predicate, no cue.
  EXPECT_TRUE(Run("وعلى الدول أن تدرك أنها مطالبة بتوحيد مواقفها.").empty());
  // A six-part name resolves whole.
  auto q = Run("وأكد الأمير سعود بن نايف بن عبد العزيز أن القيادة تهتم بالمواطن. مؤكدا أن العمل مستمر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "سعود بن نايف بن عبد العزيز");
  // After a relative whose antecedent is no person or office, nobody is
  // guessed.
  q = Run("وقال الخبير سالم العلي إن العملة ستضعف. وهي خطوة تأتي في سياق الأزمة التي تشير إلى أن العملة ضعيفة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "تشير");
  EXPECT_EQ(q[1].resolved, "");
  // الذين stands for people: the sound plural before it speaks.
  q = Run("وقال الخبير سالم العلي إن العملة ستضعف. وهي عملة لا يثق بها المستهلكون الذين يتوقعون أن تنخفض قيمتها.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "يتوقعون");
  EXPECT_EQ(q[1].resolved, "المستهلكون");
}

TEST_F(QuoteExtractorTest, AWordWithTheArticleIsNoFunctionWord) {
  // العلي is spelled like على with the article in the view: a surname.
  auto q = Run("وقال العلي إن الخدمات ستشمل الجميع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "العلي");
  // Given names that the view spells like function words: علي (على), منى
  // (مني).
  q = Run("وقال علي الشمري إن الخدمات ستشمل الجميع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "علي الشمري");
  q = Run("وقالت منى الحربي إن التسجيل مفتوح.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "منى الحربي");
  // (مني "from me" and عليّ "on me" are not the names.)
  q = Run("وطلب مني المدير أن أنتظر. فرد عليّ قائلا: «إنه صديق قديم».");
  for (const Got& g : q) {
    EXPECT_NE(g.speaker, "مني المدير");
    EXPECT_NE(g.resolved, "عليّ");
  }
  // (The preposition written with ى stays one.)
  q = Run("وقال على هامش المؤتمر إن التعاون مهم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  // ...but إليه is إلى with a pronoun, no speaker.
  q = Run("وبحسب ما يشير إليه المراقبون، فإن الوضع صعب.");
  for (const Got& g : q) EXPECT_NE(g.speaker, "إليه");
}

TEST_F(QuoteExtractorTest, APersonalNameInMarksInsideTheSpeakerPhrase) {
  auto q = Run("وأوضح مدير المبيعات بالشركة الوطنية \"سامي بن فهد الدوسري\"؛ أن الطلب ارتفع. وأشار إلى أن الأسعار ثابتة. "
               "وأكد \"الدوسري\" أن العمل مستمر.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "مدير المبيعات بالشركة الوطنية \"سامي بن فهد الدوسري\"");
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[1].resolved, "سامي بن فهد الدوسري");
  EXPECT_EQ(q[2].resolved, "سامي بن فهد الدوسري");
}

TEST_F(QuoteExtractorTest, AKunyaRelativesAndKullMinHeadTheSpeakerPhrase) {
  auto q = Run("وقالت أم خالد إن ابنها عاد سالما.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أم خالد");
  q = Run("وقال ذوو الضحايا إن التحقيق بطيء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "ذوو الضحايا");
  q = Run("وقال كل من الوزيرين إن الاتفاق مهم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "كل من الوزيرين");
}

TEST_F(QuoteExtractorTest, AVerbAfterACommaWithAnAccusativeAfterItStaysInTheClause) {
  auto q = Run("وقال الشاعر إن الجائزة مهمة، مشيرا إلى أن فوزه بها هذا العام، يعتبر تتويجا لمسيرته.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "فوزه بها هذا العام، يعتبر تتويجا لمسيرته");
  // ...while a reporting verb with its subject after a comma still ends it.
  q = Run("الوضع في المدينة مستقر تماما، قال المتحدث باسم الشرطة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الوضع في المدينة مستقر تماما");
}

TEST_F(QuoteExtractorTest, AnIndefiniteAccusativeAfterTheSubjectOpensANounPhraseContent) {
  auto q = Run("كما توقعت الأرصاد نشاطا للرياح السطحية على المنطقة الشرقية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الأرصاد");
  EXPECT_EQ(q[0].content, "نشاطا للرياح السطحية على المنطقة الشرقية");
  // A given name after a title, added from the corpus counts.
  q = Run("وأكد اللواء جعفر محمد سعد أن الأمن مستتب. وأضاف أن العمل مستمر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "جعفر محمد سعد");
}

TEST_F(QuoteExtractorTest, AFeminineParticipleAfterTheNounOfAPrepositionalPhraseIsItsAdjective) {
  // مصادر مؤكدة: confirmed sources, not "confirming".
  for (const Got& g : Run("وعلمت الصحيفة من مصادر مؤكدة أن اللجنة ستصدر قرارها اليوم.")) EXPECT_NE(g.cue, "مؤكدة");
  // ...but after a place name it is circumstantial.
  auto q = Run("أعلنت الشركة تحويل الرحلة إلى باريس مشددة على أن الحادث لم يؤد إلى إصابات.");
  bool found = false;
  for (const Got& g : q) found |= g.cue == "مشددة";
  EXPECT_TRUE(found);
}

TEST_F(QuoteExtractorTest, ADefiniteClassNounResolvesToTheNamedChannelPaperOrAgency) {
  auto q = Run("وبثت قناة «الأفق» صورا للمكان. وقالت القناة إن المسلحين حاصروا المنزل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "القناة");
  EXPECT_EQ(q[0].resolved, "قناة «الأفق»");
  // (With a proclitic on the first mention.)
  q = Run("وقال مصدر لصحيفة «الوطن» إن الوضع هادئ. وأضافت الصحيفة أن المدارس أغلقت.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "صحيفة «الوطن»");
  // (An unquoted name the dictionary does not know.)
  q = Run("ونشرت صحيفة واشنطن بوست تقريرا عن الحادث. وقالت الصحيفة إن التحقيق مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "صحيفة واشنطن بوست");
}

TEST_F(QuoteExtractorTest, PluralParticiplesTakeAGroupAsTheirSpeaker) {
  auto q = Run("وقال الأهالي إن الطريق خطر، مطالبين بإصلاحه بشكل عاجل.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مطالبين");
  EXPECT_EQ(q[1].content, "بإصلاحه بشكل عاجل");
  EXPECT_EQ(q[1].resolved, "الأهالي");
  q = Run("وأشادت المعلمات بالبرنامج، مؤكدات أن الطالبات استفدن كثيرا.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مؤكدات");
  // (After a time phrase, في وقت دعت ..., the group before the participle.)
  q = Run("يأتي ذلك في وقت دعت قيادات في الحزب، المنظمات الأهلية للمشاركة، مؤكدين أن الحزب سيدعم الجميع.");
  bool found = false;
  for (const Got& g : q) {
    if (g.cue == "مؤكدين") {
      found = true;
      EXPECT_EQ(g.resolved, "قيادات في الحزب");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(QuoteExtractorTest, AbanIsACueOnlyBeforeWhatItGoverns) {
  auto q = Run("وأبان مدير التعليم أن الدراسة تبدأ الأحد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير التعليم");
  // إبان (during) is spelled the same in the view.
  EXPECT_TRUE(Run("وقد هاجر كثيرون إبان الحرب إلى المدن الكبرى.").empty());
}

TEST_F(QuoteExtractorTest, AWordWithTheAccusativeTanweenAfterTheCueIsNoSpeaker) {
  auto q = Run("وتابع المدرب حديثه، ثم يقول ساخرًا إن الفريق سيفوز بالدوري.");
  for (const Got& g : q) EXPECT_NE(g.speaker, "ساخرًا");
  q = Run("وقال عضو المجلس إن الأسعار ارتفعت، وأضاف شخصياً أن الحل قريب.");
  for (const Got& g : q) EXPECT_NE(g.speaker, "شخصياً");
}

TEST_F(QuoteExtractorTest, ADefiniteAppositionAfterACommaBelongsToTheSpeaker) {
  // The role after the name, up to the colon or the complementizer.
  auto q = Run("وقال خالد العمري، المتحدث الرسمي باسم الهيئة: إن الطلبات زادت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خالد العمري، المتحدث الرسمي باسم الهيئة");
  q = Run("وقال خالد العمري، المتحدث الرسمي باسم الهيئة، إن الطلبات زادت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خالد العمري، المتحدث الرسمي باسم الهيئة");
  // The titled name after the role.
  q = Run("وقال مدير إدارة المرور بالمنطقة، العقيد سالم الحربي: إن الحوادث تراجعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير إدارة المرور بالمنطقة، العقيد سالم الحربي");
  // (A day after the comma is no apposition.)
  q = Run("وقال وزير النقل، الثلاثاء، إن الطريق سيفتح قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير النقل");
}

TEST_F(QuoteExtractorTest, TheRoleOrTitleOfANamedPersonIsAShortFormOfTheName) {
  auto q = Run("أعلن الدكتور فهد السالم وزير التعليم إطلاق برنامج للمدارس. "
               "وقال الوزير في بيان إن البرنامج يبدأ الشهر المقبل.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "الوزير");
  EXPECT_EQ(q[1].resolved, "فهد السالم");
  q = Run("وقال المتحدث باسم الشرطة، العقيد ماجد الدوسري، إن الحادث قيد التحقيق. "
          "وأضاف العقيد أن المصابين نقلوا إلى المستشفى.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "ماجد الدوسري");
}

TEST_F(QuoteExtractorTest, ASurnameTheDictionaryKnowsStaysInTheName) {
  // الملحم and المخرج are common words too; after بن and the father's name,
  // at the end of the phrase or before the role, they are the family name.
  auto q = Run("وأوضح المهندس عادل بن محمد الملحم أن المشروع اكتمل. وأضاف الملحم أن الافتتاح قريب.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "عادل بن محمد الملحم");
  q = Run("وقال بندر بن عبدالرحمن المهنا الرئيس التنفيذي للشركة إن الأرباح زادت. "
          "وأضاف المهنا أن الشركة تتوسع.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "بندر بن عبدالرحمن المهنا");
  // (A place with a preposition after a name is no surname.)
  q = Run("وأوضح مدير ميناء الملك فهد بالدمام سالم بن علي القحطاني أن الشحنة ضبطت. "
          "وأضاف القحطاني أن التحقيق مستمر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "سالم بن علي القحطاني");
}

TEST_F(QuoteExtractorTest, FimaOpensTheJournalistsClauseOnlyAsAConjunction) {
  // فيما بينهم، فيما يتعلق بـ: "in what", inside the reported clause.
  auto q = Run("وأكد الشيخ ناصر العلي أن الناس كانوا يجتمعون فيما بينهم في العيد ويتبادلون التهاني.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الناس كانوا يجتمعون فيما بينهم في العيد ويتبادلون التهاني");
  q = Run("وأكد الوزير أن التعاون مستمر فيما يتعلق بالطاقة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "التعاون مستمر فيما يتعلق بالطاقة");
  // (The conjunction, and the verb بينت after it.)
  q = Run("وقالت الهيئة إن الأسعار ارتفعت، فيما بينت الشركة أن الأسعار مستقرة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الأسعار ارتفعت");
  EXPECT_EQ(q[1].speaker, "الشركة");
}

TEST_F(QuoteExtractorTest, QuotedDefiniteWordsAfterADefiniteNounAreATerm) {
  // They agree with the noun in definiteness: adjectives, not a quoted
  // predicate; the clause is the quote.
  auto q = Run("وأكد الوزير أن العلاقات \"العربية الخليجية\" قوية ومتينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "العلاقات \"العربية الخليجية\" قوية ومتينة");
  // An indefinite quoted predicate is a partial quote.
  q = Run("وقال المدرب إن أداء الفريق \"مخيب\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
}

TEST_F(QuoteExtractorTest, TheObjectOfLaftaIsNotPartOfTheSpeaker) {
  auto q = Run("ولفت الدكتور سامي القحطاني الانتباه إلى أن المشروع تأخر كثيرا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور سامي القحطاني");
}

TEST_F(QuoteExtractorTest, AVerbalNounWithAPossessiveAfterTheCueIsWhatWasSaid) {
  // The pronoun on the verbal noun is the implicit subject's; the noun is
  // the content, never the speaker.
  auto q = Run("ويعد الحربي من أبرز المرشحين حيث أكد تصميمه على تحقيق الميدالية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "تصميمه على تحقيق الميدالية");
  q = Run("وقال المدير إن العمل مستمر، مؤكدا حرصه على إنجاز المشروع في موعده.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مؤكدا");
  EXPECT_EQ(q[1].content, "حرصه على إنجاز المشروع في موعده");
  EXPECT_EQ(q[1].resolved, "المدير");
  // (An honorific pronoun is the speaker: سموه، معاليه.)
  q = Run("وأكد سموه أن الخطة تسير وفق الجدول.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سموه");
}

TEST_F(QuoteExtractorTest, AParticipleWhoseWawIsTheRootsEndsTheClauseBeforeIt) {
  // واصفا: the و is a root letter, not the conjunction of ومتابعة.
  auto q = Run("وأضاف البيان أن هناك مخاوف من امتداد النيران واصفا الحريق بأنه كبير.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, "هناك مخاوف من امتداد النيران");
}

TEST_F(QuoteExtractorTest, ASubjectBeforeKanaAndQadKeepsTheObjectOutOfTheSpeaker) {
  // كان + subject + قد + verb: what follows the verb is its object.
  auto q = Run("وكانت سارة المالكي، الناطقة باسم الجمعية، قد أبلغت «الوطن» أن الحملة انتهت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سارة المالكي، الناطقة باسم الجمعية");
  EXPECT_EQ(q[0].content, "الحملة انتهت");
}

TEST_F(QuoteExtractorTest, AClassNounWithItsQuotedNameBeforeTheVerbIsTheSubject) {
  auto q = Run("صحيفة «الحياة» ذكرت أن الاجتماع تأجل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صحيفة «الحياة»");
  EXPECT_EQ(q[0].resolved, "صحيفة «الحياة»");
}

TEST_F(QuoteExtractorTest, AFeminineTitleTakesItsGenitive) {
  // رئيسة اتحاد: اتحاد reads like a verbal noun, but after a title in the
  // construct state it is the genitive, not what was announced.
  auto q = Run("أعلنت رئيسة اتحاد الكتاب العرب الثلاثاء أن المؤتمر سيعقد في عمان.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيسة اتحاد الكتاب العرب");
  EXPECT_EQ(q[0].content, "المؤتمر سيعقد في عمان");
}

TEST_F(QuoteExtractorTest, ADocumentWithItsIssuerResolvesToTheIssuer) {
  auto q = Run("وأوضح التقرير الصادر عن إدارة المطار أن الرحلات انتظمت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "التقرير الصادر عن إدارة المطار");
  EXPECT_EQ(q[0].resolved, "إدارة المطار");
}

TEST_F(QuoteExtractorTest, APrayerWithSaailanIsAnAppeal) {
  auto q = Run("وأكد المدير أن الحملة نجحت، سائلا المولى أن يحفظ البلاد من كل سوء.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "سائلا");
  EXPECT_EQ(q[1].content, "يحفظ البلاد من كل سوء");
  EXPECT_EQ(q[1].resolved, "المدير");
  // (The adjective "liquid" is no cue.)
  EXPECT_TRUE(Run("وكانت المياه سائلة في الشارع بعد المطر.").empty());
}

TEST_F(QuoteExtractorTest, AShortQuotationAfterAnIndefiniteNounIsItsName) {
  // مدرسة «النور الأهلية» في ...: the clause goes on after the marks; the
  // reported clause is the quote, not the name.
  auto q = Run("وأفادت المعلومات أن الطالب درس في مدرسة «النور الأهلية» في جدة قبل سنوات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "الطالب درس في مدرسة «النور الأهلية» في جدة قبل سنوات");
}

TEST_F(QuoteExtractorTest, APrepositionWithAPronounBeforeTheSubjectIsSkipped) {
  // الوضع الذي قالت عنه X: the relative is the object of عن; the subject
  // follows.
  auto q = Run("وهو الوضع الذي قالت عنه الوزيرة سارة الحمد يوم الأحد، إنه «غير مقبول».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزيرة سارة الحمد");
  q = Run("وقال له المدير إن الطلب مرفوض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
}

TEST_F(QuoteExtractorTest, AnAdverbialOrAnAddresseeAfterTheNameEndsTheSpeaker) {
  auto q = Run("وقال المتحدث الرسمي عثمان مالي ردا على أسئلة المواطنين: إن الأسعار حرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث الرسمي عثمان مالي");
  q = Run("وقالت مديرة المنظمة إيرينا بوكوفا لعمال البناء: «إن عملكم درس في التسامح».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مديرة المنظمة إيرينا بوكوفا");
  // (ل before a genitive inside a title stays: الأمين العام لمنظمة ...)
  q = Run("وأكد الأمين العام لمنظمة الصحة أن اللقاحات متوفرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الأمين العام لمنظمة الصحة");
}

TEST_F(QuoteExtractorTest, ANominativePluralAfterTheSubjectIsItsAdjective) {
  // المكلفون is nominative (ـون): it agrees with الخبراء; an object would
  // be in ـين.
  auto q = Run("ورفض الخبراء المكلفون من المحكمة ذلك، معتبرين أن الأدلة ناقصة.");
  bool found = false;
  for (const Got& g : q) {
    if (g.cue == "معتبرين") {
      found = true;
      EXPECT_EQ(g.resolved, "الخبراء المكلفون من المحكمة");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(QuoteExtractorTest, AParenthesisInsideTheSpeakerPhraseStaysInIt) {
  // A short parenthesis of names inside the phrase: the phrase goes on
  // after it.
  auto q = Run("وأكدت صحيفة (الوطن) السعودية أن الاجتماع تأجل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صحيفة (الوطن) السعودية");
  // At the end of the phrase, or before a day, it stays out.
  q = Run("وقال الاتحاد الدولي لكرة القدم (الفيفا) الثلاثاء إن الانتخابات ستجرى في فبراير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الاتحاد الدولي لكرة القدم");
  q = Run("وقال الوزير (في الصورة) إن المشروع اكتمل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
}

TEST_F(QuoteExtractorTest, AVerbThatAgreedWithTheStatementLeadsBackToItsIssuer) {
  // وأضاف البيان: the masculine verb agrees with البيان; a later وتابع is
  // the same source, the ministry.
  auto q = Run("وقالت وزارة الداخلية في بيان إن الانفجار أسفر عن قتلى. وأضاف البيان أن التحقيق مستمر. "
               "وتابع: «ندعو الجميع إلى الهدوء».");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].resolved, "وزارة الداخلية");
  EXPECT_EQ(q[2].resolved, "وزارة الداخلية");
}

TEST_F(QuoteExtractorTest, APluralHeadWithANameInsideIsAGroupThatAPluralVerbTakes) {
  auto q = Run("ناشد ذوو المواطن سعد حمد العتيبي الجهات المختصة علاج ابنهم. وأكدوا أن حالته تسوء.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "وأكدوا");
  EXPECT_EQ(q[1].resolved, "ذوو المواطن سعد حمد العتيبي");
}

TEST_F(QuoteExtractorTest, TheFindingsOfAStudyAreReportedByIt) {
  auto q = Run("وأظهرت الدراسة أن معظم المشاركين يفضلون العمل عن بعد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدراسة");
  EXPECT_EQ(q[0].content, "معظم المشاركين يفضلون العمل عن بعد");
  q = Run("ووجد الباحثون أن النوم الجيد يحسن الذاكرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الباحثون");
  q = Run("ونصت المادة الرابعة على أن العقوبة تضاعف عند التكرار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "العقوبة تضاعف عند التكرار");
  // Impersonal, or with no complementizer: no finding is reported.
  EXPECT_TRUE(Run("وتبين أن السائق كان مسرعا.").empty());
  EXPECT_TRUE(Run("ويظهر أن الأسعار سترتفع.").empty());
  EXPECT_TRUE(Run("وأظهر اللاعب مستوى جيدا في المباراة.").empty());
}

TEST_F(QuoteExtractorTest, ACommonNounBeforeADefiniteWordIsNoPersonsName) {
  // عائلة الشاب الفلسطيني: a family named by its phrase, not a person
  // "عائلة الشاب" before an apposition.
  auto q = Run("أصدرت عائلة الشاب الفلسطيني بيانا، وأعربت عن قلقها، مشيرة إلى أن ابنها بريء.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q.back().cue, "مشيرة");
  EXPECT_EQ(q.back().resolved, "عائلة الشاب الفلسطيني");
}

TEST_F(QuoteExtractorTest, ATitleWithADefiniteAdjectiveIsAShortFormToo) {
  auto q = Run("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة للرئيس. "
               "وأعرب الملك المفدى عن أصدق التهاني للشعب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الملك المفدى");
  EXPECT_EQ(q[0].resolved, "سلمان بن عبدالعزيز آل سعود");
}

TEST_F(QuoteExtractorTest, ACompoundGivenNameWithAbdKeepsItsSurname) {
  // عبد الواحد النبوي: the definite half of عبد الواحد is no surname; the
  // title after the name opens the role, and الوزير is a short form.
  auto q = Run("قال الدكتور عبد الواحد النبوي وزير الثقافة إن المشروع جديد. وأضاف الوزير أن المشروع سيبدأ.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "الوزير");
  EXPECT_EQ(q[1].resolved, "عبد الواحد النبوي");
  q = Run("وقال الدكتور عبد الله الخضيري إن العلاج متوفر. وأضاف الخضيري أن المرضى تحسنوا.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "عبد الله الخضيري");
}

TEST_F(QuoteExtractorTest, ASurnameResolvesToTheFullNameWrittenWithHamza) {
  // ألكسيس is no definite word: the name is the two words, and the surname
  // alone later refers to it.
  auto q = Run("وقال المدرب ألكسيس فرانكو إن الفريق جاهز.\nوأضاف فرانكو أن الإصابات قليلة، مشيرا إلى أن المعسكر ناجح.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].speaker, "فرانكو");
  EXPECT_EQ(q[1].resolved, "ألكسيس فرانكو");
  EXPECT_EQ(q[2].cue, "مشيرا");
  EXPECT_EQ(q[2].resolved, "ألكسيس فرانكو");
}

TEST_F(QuoteExtractorTest, AMiddleNameOfThreeIsAShortForm) {
  // سالم خلفان تميم: the last word is the grandfather's name; خلفان alone
  // is the person too.
  auto q = Run("أثار سالم خلفان تميم جدلا واسعا بتغريدة أمس.\nوقال خلفان إن الحوار مطلوب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خلفان");
  EXPECT_EQ(q[0].resolved, "سالم خلفان تميم");
}

TEST_F(QuoteExtractorTest, TheObjectOfTheMainVerbIsNoPartOfTheParticiplesSubject) {
  auto q = Run("وألقى مدير الإدارة في فرع الشمال كلمة ترحيبية، مؤكدا أن الموسم حافل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "مؤكدا");
  EXPECT_EQ(q[0].resolved, "مدير الإدارة في فرع الشمال");
  // A name given with the verb of naming.
  q = Run("وقالت الأم وتدعى إيفلين مارتن إن ابنها بخير.\nوأضافت أن الأطباء متفائلون.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "إيفلين مارتن");
}

TEST_F(QuoteExtractorTest, APlaceWithBaInsideTheSpeakerPhrase) {
  auto q = Run("وثمن مدير الدفاع المدني بالمنطقة اللواء سالم الحربي جهود الفرق، مؤكدا أن اليقظة مستمرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "مؤكدا");
  EXPECT_EQ(q[0].resolved, "سالم الحربي");
}

TEST_F(QuoteExtractorTest, PresentYutabaruIsACueOnlyBeforeWhatItGoverns) {
  // يُعتبر "is considered", the passive the script does not mark, before a
  // noun phrase: nobody speaks.
  // (Nor is the clause after a later إلا أن its content.)
  EXPECT_TRUE(Run("وتعتبر المدينة أكبر مركز تجاري في المنطقة، إلا أن الزحام يضايق الزوار.").empty());
  EXPECT_TRUE(Run("وزار الوفد السوق التي تعتبر الأقدم في المدينة.").empty());
  // With the complementizer it is the speaker's opinion.
  auto q = Run("ويعتبر الخبير سامي الحداد أن الأسعار سترتفع في الخريف.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الأسعار سترتفع في الخريف");
  EXPECT_EQ(q[0].speaker, "الخبير سامي الحداد");
}

TEST_F(QuoteExtractorTest, TheIssuerAfterTheDocumentsRelativeVerb) {
  auto q = Run("وارتفعت المبيعات بنسبة عشرة في المئة، وفقا لتقرير أصدرته مؤخرا رابطة صناع الأثاث.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "وارتفعت المبيعات بنسبة عشرة في المئة");
  EXPECT_EQ(q[0].speaker, "رابطة صناع الأثاث");
  EXPECT_EQ(q[0].cue, "وفقا لتقرير أصدرته");
}

TEST_F(QuoteExtractorTest, ACircumstantialParticipleThatAgreesWithTheSpeakerEndsTheReport) {
  // مقدما agrees with أكد: it is what the speaker did next, not what he
  // said.
  // (The thanks are no quote of their own.)
  auto q = Run("وأكد المدرب أن الفريق جاهز للموسم الجديد، مقدما الشكر للجماهير على وقفتها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الفريق جاهز للموسم الجديد");
  // After a feminine cue the masculine participle is about the reported
  // clause's subject, and stays in it.
  q = Run("وقالت الشرطة إن المسلح أطلق النار في السوق، مستهدفا المارة والباعة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المسلح أطلق النار في السوق، مستهدفا المارة والباعة");
  // With و the same form is a coordinated noun.
  q = Run("وأوضح المهندس أن الحي سيكون مركزا تجاريا، وموقعا سكنيا للعائلات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحي سيكون مركزا تجاريا، وموقعا سكنيا للعائلات");
}


TEST_F(QuoteExtractorTest, AVerbOfSayingReportsAFirstPersonClauseWithoutComplementizer) {
  // No إن, colon or marks: the speaker's own first person opens the words.
  auto q = Run("وقال المدير سامي الحربي نحن نعمل على توسيع الخدمة في الأحياء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "نحن نعمل على توسيع الخدمة في الأحياء");
  EXPECT_EQ(q[0].speaker, "المدير سامي الحربي");
  q = Run("وقالت المعلمة هند العلي أتوقع زيادة عدد الطالبات هذا العام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "أتوقع زيادة عدد الطالبات هذا العام");
  // A third-person clause after the verb is not taken: تابع is also
  // "watched".
  EXPECT_TRUE(Run("وتابع المدرب التدريبات من الخارج وسجل ملاحظاته.").empty());
  // With the subject implicit, the first-person verb right after the cue.
  q = Run("وقال المدير إن العمل مستمر. ويقول سأغادر العمل بنهاية العام.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "سأغادر العمل بنهاية العام");
  EXPECT_EQ(q[1].speaker, "");
}


TEST_F(QuoteExtractorTest, TheRoleInAppositionBeforeTheOccasionAQuotationOrAVerbalNoun) {
  // After the comma that closes the role: the occasion of the words.
  auto q = Run("وقال سامر الخطيب، وزير النقل الأردني، خلال مؤتمر صحافي، إن الطريق سيفتتح قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامر الخطيب، وزير النقل الأردني");
  // A quotation right after the role, with no colon.
  q = Run("وقال خالد العمر، رئيس مجلس إدارة الشركة «إن الأرباح تضاعفت هذا العام».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خالد العمر، رئيس مجلس إدارة الشركة");
  // The verbal noun that opens what أعلن governs.
  q = Run("وأعلن فهد السالم، رئيس لجنة المسابقات، تأجيل المباراة إلى الأسبوع المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "فهد السالم، رئيس لجنة المسابقات");
  EXPECT_EQ(q[0].content, "تأجيل المباراة إلى الأسبوع المقبل");
}


TEST_F(QuoteExtractorTest, AFrontedQuotationWithACircumstantialClauseOrAKunyaAfterTheSpeaker) {
  // وهي تتسوق after the speaker describes her; the quotation is still hers.
  auto q = Run("\"المحصول هذا العام أقل من المعتاد\"، تقول المزارعة هند العلي وهي تقطف الثمار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المزارعة هند العلي");
  // A kunya after a title: أم is not the conjunction here.
  q = Run("«لم نعد نقدر على شراء اللحم»، تقول المواطنة أم سعيد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المواطنة أم سعيد");
}


TEST_F(QuoteExtractorTest, ThePaperSpokenToIsNoQuotationAndTheComplementizerAfterThePhraseOpensTheContent) {
  // لـ«...» names the paper the speaker spoke to; the speaker phrase that
  // the dictionary cannot read to its end goes on to the complementizer.
  auto q = Run("وأكد سامي الحداد مدير شركة كي بي إم جي لـ«الجريدة» أمس، أن الأرباح ارتفعت هذا العام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الأرباح ارتفعت هذا العام");
  // A verbal noun with its pronoun before على أن is still the content.
  q = Run("وأكد الوزير حرصه على أن تكتمل المشاريع في موعدها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "حرصه على أن تكتمل المشاريع في موعدها");
  // A quoted phrase that opens the content, then و with a pronoun: a
  // quotation, not the clause's subject.
  q = Run("وأعلن الرئيس في خطابه أن «الشعب قال كلمته» وهو «يريد التغيير».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الشعب قال كلمته");
}


TEST_F(QuoteExtractorTest, AFeminineVerbDoesNotTakeAMasculineVerbalNounAsItsSubject) {
  // استمرار cannot be the subject of أكدت: it opens what was said, and
  // the body named before speaks.
  auto q = Run("وذكرت الهيئة أن الشبكة مستقرة، فيما أكدت استمرار جهودها لربط المدن.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "استمرار جهودها لربط المدن");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "الهيئة");
}


TEST_F(QuoteExtractorTest, ANameTheDictionaryReadsAsCommonWordsInAppositionAfterARole) {
  auto q = Run("وقال المتحدث الرسمي باسم الهيئة، راجح بادي، إن الأضرار محدودة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث الرسمي باسم الهيئة، راجح بادي");
  // A setting between commas is no name.
  q = Run("وقالت الشركة المشغلة، بعد اجتماع طويل، إن الأرباح ارتفعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الشركة المشغلة");
}


TEST_F(QuoteExtractorTest, AParticipleReportsAVerbalNounPhrase) {
  auto q = Run("وقال المدير سامي الحربي إن السوق هادئ، متوقعا انخفاض الأسعار خلال الصيف.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "متوقعا");
  EXPECT_EQ(q[1].content, "انخفاض الأسعار خلال الصيف");
  EXPECT_EQ(q[1].resolved, "سامي الحربي");
}


TEST_F(QuoteExtractorTest, AQuotedNameWithANisbaAfterItOrAKunyaIsNoPartialQuotation) {
  // The whole clause is reported; the marks only set off a name.
  auto q = Run("وأوضح الوزير أن «حزب الأمة» السوداني يرفض الحوار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "«حزب الأمة» السوداني يرفض الحوار");
  q = Run("وأشار الناقد إلى أن مسرحية «أم خماس» من أنجح العروض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "مسرحية «أم خماس» من أنجح العروض");
}


TEST_F(QuoteExtractorTest, TheNameOfAServiceOrACommitteeInMarksIsNoPartialQuotation) {
  // After a class noun even a word like إن inside the marks is a name.
  auto q = Run("وتقول الخبيرة هند العلي إن موقع «لينكد إن» لا يدقق الأسماء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "موقع «لينكد إن» لا يدقق الأسماء");
  // A long name in marks after a noun in the construct state.
  q = Run("وأضاف الحربي الذي يشغل عضوية «لجنة الشؤون الخارجية في المجلس الوطني للشباب» أن الخطة جاهزة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الخطة جاهزة");
  // After a verbal noun the marks quote what was said.
  q = Run("واتهم المدعي العام المتهم بارتكاب «جرائم ضد الإنسانية وجرائم حرب وتعذيب» في الإقليم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "جرائم ضد الإنسانية وجرائم حرب وتعذيب");
}

TEST_F(QuoteExtractorTest, AnyThirdPersonVerbBeforeItsSubjectAndAColonReportsTheQuotation) {
  // تساءل is in no cue table: the colon and the quoted clause make it one.
  auto q = Run("وتساءل الباحث سامر حداد: «هل تكفي هذه الخطة لإنقاذ الموسم الزراعي؟».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].content, "هل تكفي هذه الخطة لإنقاذ الموسم الزراعي؟");
  EXPECT_EQ(q[0].speaker, "الباحث سامر حداد");
  EXPECT_EQ(q[0].cue, "وتساءل");
  // A feminine verb (past, with the person's title before her name).
  q = Run("وتحسرت المحامية ريم النمر: «لا أحد رأى المتهم في تلك الليلة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المحامية ريم النمر");
  // First person (the writer speaking), an auxiliary, or no verb: nothing.
  EXPECT_TRUE(Run("وقلت له: «لا أريد أن أعود إلى المدينة هذا العام».").empty());
  EXPECT_TRUE(Run("وكان نصها: «نشكر كل من وقف معنا في هذه المحنة».").empty());
  EXPECT_TRUE(Run("وعلى اللوحة عبارة: «الطريق مغلق حتى إشعار آخر».").empty());
}

TEST_F(QuoteExtractorTest, CriticismAndPraiseReportTheirNounPhrase) {
  auto q = Run("وانتقدت النائبة سلمى حداد قرار البلدية رفع رسوم المحلات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "النائبة سلمى حداد");
  EXPECT_EQ(q[0].content, "قرار البلدية رفع رسوم المحلات");
  q = Run("وأثنى مدير المستشفى على جهود الفرق الطبية خلال العيد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير المستشفى");
  EXPECT_EQ(q[0].content, "جهود الفرق الطبية خلال العيد");
  q = Run("ورحبت الجمعية بقرار البلدية تمديد ساعات العمل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الجمعية");
  EXPECT_EQ(q[0].content, "بقرار البلدية تمديد ساعات العمل");
}

TEST_F(QuoteExtractorTest, AnAppositionThatWordsWithoutAVerbSeparateFromWhatWasSaid) {
  // A description of the role's complement after the closing comma: the
  // role stays in the speaker, the description does not.
  auto q = Run("وقال جون موريل، حاكم إقليم الشمال، الواقع على حدود البلاد «الوضع تحت السيطرة تماما».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "جون موريل، حاكم إقليم الشمال");
  // A second role joined with و belongs to the speaker.
  q = Run("ويقول الشيخ سالم النمر، الإمام والخطيب، والمحاضر في جامعة المدينة إن الحفل ناجح.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الشيخ سالم النمر، الإمام والخطيب، والمحاضر في جامعة المدينة");
}

TEST_F(QuoteExtractorTest, AVerbWhoseSuffixIsItsSubjectTakesTheNounAfterItAsItsObject) {
  // ولخصوا: the plural suffix is the subject, أسباب الظاهرة the object, so
  // the participle after them has no speaker in that clause; it is the
  // group of the sentence before.
  auto q = Run("وعقد عدد من الأكاديميين ندوة أمس في الرياض. ولخصوا أسباب الظاهرة في قلة الوعي، "
               "مطالبين بتوعية الأسر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "مطالبين");
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "عدد من الأكاديميين");
  // The cue itself: its subject stands before it, the noun after it is
  // the object.
  q = Run("وكان مواطنون قد طالبوا وزارة التعليم بتأجيل الدراسة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مواطنون");
  EXPECT_EQ(q[0].content, "بتأجيل الدراسة");
}

TEST_F(QuoteExtractorTest, AGivenNameBetweenCommasAfterARoleIsThePersonsBeforeAnObject) {
  auto q = Run("وانتقد رئيس نقابة المعلمين، خالد النمر، الوزارة لتأخرها في صرف الرواتب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس نقابة المعلمين، خالد النمر");
  EXPECT_EQ(q[0].content, "الوزارة لتأخرها في صرف الرواتب");
  EXPECT_EQ(q[0].resolved, "رئيس نقابة المعلمين، خالد النمر");
}

TEST_F(QuoteExtractorTest, ThePluralOfADefectiveParticipleDropsItsYa) {
  // داعيا → داعين (not داعيين): the plural participle is a cue of its own
  // and ends the clause before it.
  auto q = Run("وأعرب زملاء الفقيد عن حزنهم الشديد لرحيله، داعين الله أن يتغمده بواسع رحمته.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "حزنهم الشديد لرحيله");
  EXPECT_EQ(q[1].cue, "داعين");
  EXPECT_EQ(q[1].content, "يتغمده بواسع رحمته");
}

TEST_F(QuoteExtractorTest, AnIndefinitePluralAfterAComplementizerIsTheSubjectOfAPluralVerb) {
  auto q = Run("غير أن مختصين آخرين يقولون إن الأسعار ستتراجع قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مختصين آخرين");
  EXPECT_EQ(q[0].content, "الأسعار ستتراجع قريبا");
  // A singular verb does not agree with it.
  q = Run("غير أن مختصين آخرين يقول عنهم الوزير إنهم مخطئون.");
  for (const auto& g : q) EXPECT_NE(g.speaker, "مختصين آخرين");
}

TEST_F(QuoteExtractorTest, AContrastWithoutACueOfItsOwnStaysInTheReportedClause) {
  auto q = Run("وقالت المنظمة إن 67 في المائة من النازحين يعيشون لدى الأسر، بينما يسكن 20 في المائة "
               "منهم في المدارس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content,
            "67 في المائة من النازحين يعيشون لدى الأسر، بينما يسكن 20 في المائة منهم في المدارس");
  // With a report of its own the contrast is the journalist's.
  q = Run("وقال الوزير إن الأسعار ارتفعت، فيما قال التجار إنها مستقرة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الأسعار ارتفعت");
  EXPECT_EQ(q[1].speaker, "التجار");
}

TEST_F(QuoteExtractorTest, AQuotationCoordinatedWithAQuotedNameIsANameToo) {
  auto q = Run("وأوضح المدير أن فيلم «الرحلة الطويلة» تصدر الإيرادات، وجاء بعده فيلم «البيت القديم» "
               "و «المدينة الصغيرة» في آخر الترتيب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
}

TEST_F(QuoteExtractorTest, AfterMaTheSourcesVerbKeepsItsPronounEvenWhereItReadsAsANoun) {
  // ذكره is also "his mention" to the dictionary; after لما it is the verb.
  auto q = Run("وتمكنت الشرطة من ضبط المتهمين في الحي، وفقا لما ذكره مصدر أمني.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وفقا لما ذكره");
  EXPECT_EQ(q[0].speaker, "مصدر أمني");
  EXPECT_EQ(q[0].content, "وتمكنت الشرطة من ضبط المتهمين في الحي");
}

TEST_F(QuoteExtractorTest, ABareTimeAdverbBeforeTheComplementizerLeavesItTheCues) {
  // أظهرت is a cue only before what it governs; أمس أن is not بعد أن.
  auto q = Run("أظهرت بيانات البنك المركزي أمس أن الودائع تراجعت للشهر الثالث.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بيانات البنك المركزي");
  EXPECT_EQ(q[0].content, "الودائع تراجعت للشهر الثالث");
  // After a preposition of time the clause is the time, not what was shown.
  EXPECT_TRUE(Run("أظهرت الصور التي نشرت بعد أن انتهت المباراة فرحة اللاعبين.").empty());
}

TEST_F(QuoteExtractorTest, APostposedSpeakerStandsBeforeAParticipleThatGoesOnWithHim) {
  auto q = Run("ارتفعت مبيعات الكتب في المعرض بنسبة 20 في المائة، كما يقول مدير المعرض سامي حداد، "
               "مشيرا إلى أن الإقبال فاق التوقعات.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "ارتفعت مبيعات الكتب في المعرض بنسبة 20 في المائة");
  EXPECT_EQ(q[0].speaker, "مدير المعرض سامي حداد");
  EXPECT_EQ(q[1].cue, "مشيرا");
}

TEST_F(QuoteExtractorTest, AnOccasionWithTheSpeakersPronounStandsBeforeANounPhraseContent) {
  auto q = Run("وأكد الوزير في كلمته حرص الحكومة على دعم الإسكان.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  EXPECT_EQ(q[0].content, "حرص الحكومة على دعم الإسكان");
  // What modifies the occasion is no content; the complementizer opens it.
  q = Run("توقعت الهيئة في تقريرها المتعلق بقطاع النقل، الذي صدر أمس، أن يرتفع الطلب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "يرتفع الطلب");
}

TEST_F(QuoteExtractorTest, APrepositionOfTimeTakesAConstructPhraseAlong) {
  auto q = Run("وأكد المدرب عقب اجتماع اللجنة الفنية أنه سيبقى مع الفريق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "سيبقى مع الفريق");
  // A time noun governs nothing: the noun after it is what was announced.
  q = Run("أعلنت الوزارة اليوم تنفيذ خطة جديدة للطرق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تنفيذ خطة جديدة للطرق");
}

TEST_F(QuoteExtractorTest, ACueThatIsAlsoAnotherWordMayHaveACommaBeforeItsComplementizer) {
  // أظهرت and بين need what they govern; a comma after the subject or
  // commas around an adverb may stand before it.
  auto q = Run("أظهرت بيانات رسمية، أمس، أن صادرات النفط انخفضت في مايو.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بيانات رسمية");
  EXPECT_EQ(q[0].content, "صادرات النفط انخفضت في مايو");
  q = Run("وبين وكيل الجامعة، أن التقديم متاح للراغبين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وكيل الجامعة");
  // عبر is "via" there: the report is أعلن's.
  q = Run("أعلن الاتحاد عبر حسابه الرسمي، أنه قرر تأجيل الاجتماع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "أعلن");
  EXPECT_EQ(q[0].speaker, "الاتحاد");
}

TEST_F(QuoteExtractorTest, ARoleInAppositionMayEndInWhereThePersonServes) {
  auto q = Run("ونقلت الوكالة عن سالم الحربي، رئيس قسم التحقيقات لدى النيابة العامة، قوله إنه يعرف "
               "هويات المتهمين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سالم الحربي، رئيس قسم التحقيقات لدى النيابة العامة");
  q = Run("وقال العقيد سامي عيسى، قائد خفر السواحل في المدينة، إن الدوريات زادت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "العقيد سامي عيسى، قائد خفر السواحل في المدينة");
}

TEST_F(QuoteExtractorTest, AQuotedAdjectiveAfterItsSubjectIsAQuotedFragment) {
  // The predicate of a definite subject, or of a verb, quoted: what was
  // said, as the guide's partial quotes.
  auto q = Run("وحذر مصدر رسمي من أن الوضع «متوتر جدا» وقد ينفجر في أي لحظة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "متوتر جدا");
  q = Run("ويرى الزوار أن الفعاليات أصبحت \"تقليدية\" والأداء فيها ضعيف.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "تقليدية");
  // After a definite adjective it is the name of the whole phrase.
  q = Run("وأوضح المدير أن جمعية المكفوفين الخيرية «بصير» تشارك في الاحتفالات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
}

TEST_F(QuoteExtractorTest, TheIssuerOfAStatementComesWithItsPreposition) {
  auto q = Run("وجاء في بيان للجيش أن القوات تقدمت نحو المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "للجيش");
  EXPECT_EQ(q[0].resolved, "الجيش");
  // The ل of لجنة is the word's own.
  q = Run("وجاء في تقرير لجنة التحقيق أن الشركة أخفت الخسائر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "لجنة التحقيق");
  EXPECT_EQ(q[0].resolved, "لجنة التحقيق");
}

TEST_F(QuoteExtractorTest, AnAcronymSpelledWithDotsIsOneName) {
  // إن and أو inside the acronym are its letters, not a complementizer or
  // a conjunction, and its dots end no sentence.
  auto q = Run("وقالت شركة أو.سي.آي إن المحادثات مستمرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "شركة أو.سي.آي");
  EXPECT_EQ(q[0].content, "المحادثات مستمرة");
  q = Run("وقال بنك إيه.إن.زد “انخفاض المخزون يرجع إلى قفزة في الإنتاج”.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بنك إيه.إن.زد");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
}

TEST_F(QuoteExtractorTest, TheSubjectOfAChainedCueIsThatOfTheSentencesFirstVerb) {
  // The first verb may follow a contrast word: the council spoke.
  auto q = Run("وفيما دان المجلس الهجوم الذي وصفه بالخطير، أكد أن المسؤولين عنه سيحاسبون.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المجلس");
  EXPECT_EQ(q[0].content, "المسؤولين عنه سيحاسبون");
  // A sentence that opens with no verb (ولذا) has no first verb whose
  // subject the words after its first word would be.
  q = Run("ولذا ينصح الأطباء في هذا الشهر، بشرب الماء، ويحذرون من تناول الحلويات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.find("ينصح"), std::string::npos) << q[0].speaker;
  EXPECT_EQ(q[0].content, "تناول الحلويات");
}

TEST_F(QuoteExtractorTest, APhraseWithTheSpeakersPronounAfterAQuoteConfirmsIt) {
  // على حد وصفه ends the words of the cue before it and adds no quote of
  // its own, even when another cue reported the clause before that one.
  auto q = Run("وأعلن رئيس النادي تكريم اللجان في مقر النادي تقديرا لجهدها الكبير على حد وصفه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تكريم اللجان في مقر النادي تقديرا لجهدها الكبير");
  q = Run("ودعا المدير السكان بالابتعاد عن مواقع الحوادث حتى تتمكن الفرق من العمل، مشيرا إلى أن الزحام يؤخر "
          "وصول الفرق على حد وصفه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الزحام يؤخر وصول الفرق");
  EXPECT_EQ(q[0].speaker, "المدير");
  q = Run("بعدها شارك المدير في الحفل وألقى كلمة عبر فيها عن سعادته، وأعلن تكريم اللجان في مقر النادي على حد وصفه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تكريم اللجان في مقر النادي");
}

TEST_F(QuoteExtractorTest, AShortQuotationWithANumberOrSpelledLettersIsAName) {
  // The name of an event or a model, and an acronym spelled in Arabic, are
  // no quoted words: the clause around them is what was reported.
  auto q = Run("وأشاد الزوار بجهود البلدية بـ«ليالي الساحل 5» وما تقدمه من فعاليات للأسر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "بجهود البلدية بـ«ليالي الساحل 5» وما تقدمه من فعاليات للأسر");
  q = Run("وقال المدير إن القناة ستبث الحفل على «إم بي سي» مساء الغد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "القناة ستبث الحفل على «إم بي سي» مساء الغد");
  // With a particle among its words it is quoted speech.
  q = Run("وأكد المحلل أن بعض الأسهم \"ما تسوى 3 ريالات\" في رأيه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "ما تسوى 3 ريالات");
}

TEST_F(QuoteExtractorTest, ANounWithAPossessiveAfterACueIsNoSubject) {
  // With ل it is the addressee; as a verbal noun, an act of the subject.
  auto q = Run("وقال لزملائه إن الفريق سيفوز في المباراة القادمة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "الفريق سيفوز في المباراة القادمة");
  q = Run("وزار المدير المعرض، واعتبر مشاركتهم أن المعرض ناجح.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
  // A person with the pronoun is the subject.
  q = Run("وقال رئيسها إن الشركة ستتوسع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيسها");
}

TEST_F(QuoteExtractorTest, AStrictCueReachesAColonAfterALongPhraseOfTitles) {
  // بين is a cue only with a colon or a complementizer after it; the name
  // and titles of the speaker may run past twelve words before it.
  auto q = Run("وبين سامي العلي نائب رئيس القسم الجديد للمبيعات في الفندق الكبير بمدينة جدة الساحلية: "
               "«نشهد إقبالا كبيرا هذا العام».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "سامي العلي نائب رئيس القسم الجديد للمبيعات في الفندق الكبير بمدينة جدة الساحلية");
  // Not past a word that opens a clause of its own (a circumstantial
  // participle that is a cue itself).
  q = Run("ثمن سامي العلي مدير السلامة والخدمات الاجتماعية بأمانة العاصمة المقدسة الإنجاز الأمني مبينا أن "
          "النجاح غير مستغرب.");
  for (const auto& x : q) EXPECT_NE(x.cue, "ثمن");
}

TEST_F(QuoteExtractorTest, TheSubjectOfARelativeClauseIsTheWholeNameAndTitleBeforeIt) {
  // Up to ten words before الذي, and not the setting before the name.
  auto q = Run("وتحدث في الحفل سامي العلي رئيس مجلس إدارة شركة الريم العقارية الذي قال إن المشروع سيبدأ قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامي العلي رئيس مجلس إدارة شركة الريم العقارية");
  EXPECT_EQ(q[0].content, "المشروع سيبدأ قريبا");
}

TEST_F(QuoteExtractorTest, AnIndefiniteSubjectWithItsAdjectivesMayOpenTheSentence) {
  auto q = Run("مصادر أمنية مصرية أكدت أن الهجوم فشل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر أمنية مصرية");
  q = Run("وخبراء اقتصاديون قالوا إن الأسعار ستنخفض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "خبراء اقتصاديون");
}

TEST_F(QuoteExtractorTest, ACueWordAfterBinIsPartOfTheName) {
  auto q = Run("وأوضح العميد صالح بن طالب، مدير الإدارة، أن الحملة مستمرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وأوضح");
  EXPECT_EQ(q[0].speaker, "العميد صالح بن طالب، مدير الإدارة");
}

TEST_F(QuoteExtractorTest, AChannelOfTheStatementAfterTheSpeakerIsNoContent) {
  // عبر and خلال take a noun with a pronoun along, and where it is.
  auto q = Run("أكدت وزارة الصحة عبر موقعها الإلكتروني عدم تسجيل أي حالات جديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "عدم تسجيل أي حالات جديدة");
  q = Run("أعلنت الوزارة عبر حسابها على موقع التواصل الاجتماعي «تويتر» فتح باب التسجيل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "فتح باب التسجيل");
  q = Run("وطالب المدير خلال حديثه لـ«الرياض» بضرورة إيجاد حلول عاجلة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "بضرورة إيجاد حلول عاجلة");
}

TEST_F(QuoteExtractorTest, AnAccusationReportsTheVerbalNounWithBa) {
  // اتهم takes an object and a ب content; the object stays out.
  auto q = Run("واتهم رئيس الأركان الجنرال سامي العلي الحكومة المحلية بخرق الاتفاق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "بخرق الاتفاق");
  q = Run("واتهمت باكستان الهند بانتهاك وقف إطلاق النار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "باكستان");
  EXPECT_EQ(q[0].content, "بانتهاك وقف إطلاق النار");
}

TEST_F(QuoteExtractorTest, AStrayMarkAtTheEndOfAReportedClauseStaysOut) {
  auto q = Run("وقال المدير إن القصف دمر الأحياء في المدينة\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "القصف دمر الأحياء في المدينة");
}

TEST_F(QuoteExtractorTest, QuestionsAdviceAndCondemnationAreReported) {
  auto q = Run("وتساءل المدير: هل يعقل أن تبقى الأسعار مرتفعة؟");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
  EXPECT_EQ(q[0].cue, "وتساءل");
  // A question about a topic is no report.
  EXPECT_TRUE(Run("ويتساءل الناس عن موعد الافتتاح.").empty());
  q = Run("وأوصت اللجنة بزيادة عدد المراقبين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "بزيادة عدد المراقبين");
  q = Run("ودانت المنظمة الاعتداء على المسجد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المنظمة");
  EXPECT_EQ(q[0].content, "الاعتداء على المسجد");
}

TEST_F(QuoteExtractorTest, ANounWithAPossessiveIsADefiniteSubjectAfterAComplementizer) {
  auto q = Run("وينتظر المساهمون قرار المحكمة، حتى لو أن محاميهم قالوا إن الفرص ضعيفة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محاميهم");
  EXPECT_EQ(q[0].content, "الفرص ضعيفة");
}

TEST_F(QuoteExtractorTest, BismAfterASpokesmanIsNoGivenName) {
  // المتحدث باسم الشركة: "in the name of"; the person is the name before.
  auto q = Run("وقال جون فيليرز المتحدث باسم بوينغ إن القطعة سقطت. وأضاف أن الخلل بسيط.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "جون فيليرز");
}

TEST_F(QuoteExtractorTest, AnAnonymityVerbAfterBinIsAName) {
  // فضل (preferred, of مسؤول فضل عدم ذكر اسمه) is the father's name after بن.
  auto q = Run("وأوضح الأمين الدكتور سامي بن فضل العلي أن المشروع يسير وفق الخطة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الأمين الدكتور سامي بن فضل العلي");
}

TEST_F(QuoteExtractorTest, ATimeOfTheOccasionAfterTheSpeakerIsASetting) {
  // في بداية، في نهاية، في أعقاب: when the words were said, not where the
  // speaker serves.
  auto q = Run("وقال الوزير في بداية الاجتماع الأسبوعي إن الحكومة مستعدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  // A ب after the setting opens the content; it is not part of the setting.
  q = Run("ورحب الشيخ سامي العلي في بداية الحفل بالحضور.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الشيخ سامي العلي");
  EXPECT_EQ(q[0].content, "بالحضور");
}

TEST_F(QuoteExtractorTest, AForeignNameThatStartsLikeAPrepositionIsAName) {
  // برونيت is no ب + noun: the dictionary does not know it.
  auto q = Run("وزارت الباحثة سارة برونيت المختبر. وقالت إن الأمر مدهش.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "سارة برونيت");
}

TEST_F(QuoteExtractorTest, APlaceAfterTheSpeakerRunsUpToThePrepositionTheCueGoverns) {
  auto q = Run("وأعرب كثيرون في نجامينا عن أملهم في أن تنتهي المحاكمة سريعا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "كثيرون في نجامينا");
}

TEST_F(QuoteExtractorTest, ExplanationsAndThisIsWhatXSaid) {
  auto q = Run("ويشرح المدير أن «المشروع سيكتمل في موعده».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  // A topic is no report.
  EXPECT_TRUE(Run("وشرح المعلم الدرس للطلاب.").empty());
  // هذا ما يقوله X after the words: they are X's.
  q = Run("«المكان هادئ ويناسب العائلات» هذا ما يقوله سامي العلي صاحب الفكرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المكان هادئ ويناسب العائلات");
  EXPECT_EQ(q[0].speaker, "سامي العلي صاحب الفكرة");
}

TEST_F(QuoteExtractorTest, ANounWithAPossessiveAfterBihasabIsAMeasureNotASource) {
  EXPECT_TRUE(Run("وتختلف أسعار الاستراحات كثيرا، بحسب حجمها وموقعها.").empty());
  // A statement of the person is a source: the person who made it.
  auto q = Run("وارتفعت الأسعار بنسبة 5 في المائة، حسب تصريحات الوزير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
}

TEST_F(QuoteExtractorTest, AnAccusativeAdverbAfterACueIsNoSubject) {
  // كثيرا after the verb is how, not who; the content follows it.
  auto q = Run("وأشاد الحضور بالتنظيم. وأشادوا كثيرا بجهود رجال الأمن.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].content, "بجهود رجال الأمن");
  // A verbal noun in the accusative is what was expressed.
  q = Run("ويبدي بعض الخبراء تفاؤلا كبيرا حيال الاتفاق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تفاؤلا كبيرا حيال الاتفاق");
}

TEST_F(QuoteExtractorTest, AVerbalNounRightAfterTheCueIsTheContentNotTheSpeaker) {
  auto q = Run("وزار الرئيس المدينة. وأعلن إغلاق المعبر حتى إشعار آخر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "إغلاق المعبر حتى إشعار آخر");
}

TEST_F(QuoteExtractorTest, AWordAfterARelativePronounStartsNoName) {
  // التي starts with ال but is no definite noun: التي نفذتها البلدية is a
  // relative clause, and البلدية later names the council, not a person
  // called "نفذتها البلدية".
  auto q = Run("وانتهت أعمال الصيانة التي نفذتها البلدية، وشملت الأحياء القديمة. "
               "وتؤكد البلدية أن الطرق ستفتح الأسبوع المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "البلدية");
  EXPECT_EQ(q[0].resolved, "البلدية");
}

TEST_F(QuoteExtractorTest, AParticipleInTheAccusativeAfterACueIsHowNotWho) {
  // معلقا after the verb tells how the speaker spoke; the speaker is the
  // person of the paragraph before, and so is the speaker of the next cue.
  auto q = Run("افتتح الطاهي سامي الحداد مطعمه الجديد في الميناء.\n"
               "ويقول معلقا: «الطبخ مهنة صبر قبل كل شيء».\n"
               "ويضيف: «زبائني يعودون لأنهم يثقون بنا».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "سامي الحداد");
  EXPECT_EQ(q[1].resolved, "سامي الحداد");
}

TEST_F(QuoteExtractorTest, TheVeilOfKashafAlNiqabIsTheObjectNotPartOfTheSpeaker) {
  auto q = Run("وكشف مدير المستشفى سامي العلي النقاب عن خطة لتوسعة الأقسام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير المستشفى سامي العلي");
  EXPECT_EQ(q[0].content, "خطة لتوسعة الأقسام");
}

TEST_F(QuoteExtractorTest, ADefiniteObjectThenAdjunctsBeforeTheGovernedPreposition) {
  // The object, the addressee and a time adverb stand between the speaker
  // and the preposition the cue governs.
  auto q = Run("وكشف مدير المستشفى سامي العلي النقاب لـ«الوطن» أمس عن خطة لتوسعة الأقسام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير المستشفى سامي العلي");
  EXPECT_EQ(q[0].content, "خطة لتوسعة الأقسام");
  q = Run("وحذر مدير الدفاع المدني سالم الحربي المواطنين أمس من السباحة في الأودية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "السباحة في الأودية");
}

TEST_F(QuoteExtractorTest, ACircumstantialParticipleOpensItsClauseWithoutAComma) {
  // مطالبا after the object reports the demand of the sentence's subject.
  auto q = Run("وختم الكاتب سامي العلي مقاله مطالبا بوضع قانون يحمي المستهلك.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "مطالبا");
  EXPECT_EQ(q[0].content, "بوضع قانون يحمي المستهلك");
  EXPECT_EQ(q[0].resolved, "سامي العلي");
  // After أصبح the participle is the predicate (threatened with), no
  // report.
  EXPECT_TRUE(Run("وأصبح الحي القديم مهددا بالغرق بعد الأمطار.").empty());
}

TEST_F(QuoteExtractorTest, AResumptiveCueTakesTheSubjectOfTheClauseBeforeIt) {
  // أكد فيه: the statement's issuer, the subject of أصدر, said it.
  auto q = Run("وبعد اجتماع طويل، أصدر المتحدث باسم الهيئة بيانا أكد فيه أن الخدمات ستعود غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الهيئة");
  EXPECT_EQ(q[0].content, "الخدمات ستعود غدا");
  // The antecedent of فيها is no speaker: a masculine cue does not take
  // the feminine subject of the clause before it.
  // (حيث before the verb ends the clause of تدعو, which is reported too.)
  q = Run("وتدعو الأنشودة الجديدة إلى التفاؤل، حيث يقول فيها: «أحسن الظن بالله».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "");
}

TEST_F(QuoteExtractorTest, AQuotedSurnameBeforeTheColonIsTheSpeakerOfADirectQuote) {
  // Saudi papers put a surname in marks: وأضاف "العلي": "...".
  auto q = Run("وتحدث المدرب سامي العلي عن المباراة. "
               "وأضاف \"العلي\": \"الفريق قدم مباراة كبيرة أمام منافس قوي\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].content, "الفريق قدم مباراة كبيرة أمام منافس قوي");
  EXPECT_EQ(q[0].speaker, "\"العلي\"");
  EXPECT_EQ(q[0].resolved, "سامي العلي");
}

TEST_F(QuoteExtractorTest, VanInsideADutchNameIsNoComplementizer) {
  // فان is فإن "so" in the view, but between names it is the particle of
  // the name.
  auto q = Run("وقال المدرب هانز فان دايك إن الفريق جاهز للموسم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدرب هانز فان دايك");
  EXPECT_EQ(q[0].content, "الفريق جاهز للموسم");
  q = Run("وقال فان دايك: «الفريق جاهز للموسم».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "فان دايك");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  // After a given name the dictionary reads as a verb (روبن) too.
  q = Run("واعتبر المهاجم روبن فان بيرسي أن المدرب لم يمنحه فرصة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المهاجم روبن فان بيرسي");
  EXPECT_EQ(q[0].content, "المدرب لم يمنحه فرصة");
  // After a clause it is فإن, and the report goes on through it.
  q = Run("وقال الوزير إن الخطة جاهزة، ولهذا فان تأجيلها خطأ.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الخطة جاهزة، ولهذا فان تأجيلها خطأ");
}

TEST_F(QuoteExtractorTest, ThanksOfferedEndTheReportButAreNoQuote) {
  // قدم شكره، مقدما التهنئة: courtesies, which the annotated news leaves
  // out; they still end the report before them, and the subject of the
  // thanks speaks in the sentence after them.
  EXPECT_TRUE(Run("وقدم السفير خالد العمر خالص شكره للفرق العاملة على نجاح الحفل.").empty());
  auto r = Run("وأكد المدير أن العرض نجح مقدما شكره للفرق العاملة معه.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content, "العرض نجح");
  auto s = Run("وقدم الدكتور سامر الحلبي شكره للحضور. وقال إن الجمعية نفذت خمسين نشاطا.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].resolved, "سامر الحلبي");
  EXPECT_TRUE(Run("وقدم الفريق عرضا مميزا في المباراة.").empty());
}

TEST_F(QuoteExtractorTest, QuotedPersonalNameWithItsLineageIsNoPartialQuote) {
  auto q = Run("وقال الكاتب إن الملك كان يودع “سلطان بن عبدالعزيز” على باب الطائرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "الملك كان يودع “سلطان بن عبدالعزيز” على باب الطائرة");
}

TEST_F(QuoteExtractorTest, QuotedNamesInsideAReportedClauseAreNoPartialQuotes) {
  // A feminine nisba after the marks agrees with the quoted name.
  auto q = Run("وأكدت الشركة أنها تتفاوض مع \"مصانع الخليج\" السعودية منذ أشهر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "تتفاوض مع \"مصانع الخليج\" السعودية منذ أشهر");
  // A quotation joined by و to a quoted name is a name too.
  q = Run("وأكد المشاركون أن حملتي «صيف آمن» و«شتاء دافئ» حققتا أهدافهما.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "حملتي «صيف آمن» و«شتاء دافئ» حققتا أهدافهما");
}

TEST_F(QuoteExtractorTest, APlaceInsideTheSpeakerRunsToTheEndOfItsIdafaChain) {
  // مجلس إدارة الشركة is one place: its indefinite words are no object of
  // the verb.
  auto q = Run("ويشرح عضو المكتب التنفيذي في مجلس إدارة الشركة سامي العلي أساس الخلاف بالقول إن الشركة تأخرت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "عضو المكتب التنفيذي في مجلس إدارة الشركة سامي العلي");
  EXPECT_EQ(q[0].resolved, "سامي العلي");
}

TEST_F(QuoteExtractorTest, AnAppositionBeforeTheBaContentBelongsToTheSpeaker) {
  auto q = Run("أشاد سامي العلي، رئيس النادي، بأداء اللاعبين في المباراة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامي العلي، رئيس النادي");
  EXPECT_EQ(q[0].content, "بأداء اللاعبين في المباراة");
  // After طالب, which takes an object, a second person between the commas
  // is the one asked, not the speaker.
  for (const Got& g : Run("طالب الكاتب سامي العلي، وزير الإسكان خالد الحربي، بتسريع المشاريع.")) {
    EXPECT_EQ(g.speaker.find("خالد الحربي"), std::string::npos);
  }
}

TEST_F(QuoteExtractorTest, AFrontedSettingPhraseLeavesTheVerbClauseInitial) {
  // في البداية before أشاد: the ب content of the cue is still its content.
  auto q = Run("في البداية أشاد المدير سامي العلي بجهود الموظفين خلال العيد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير سامي العلي");
  EXPECT_EQ(q[0].content, "بجهود الموظفين خلال العيد");
}

TEST_F(QuoteExtractorTest, NoticingReportsAClauseWhenItsSourceIsNamed) {
  auto q = Run("ولاحظ الباحثون أن الأطفال ينامون أقل في الصيف.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الباحثون");
  // The reader's imperative names nobody.
  EXPECT_TRUE(Run("ولاحظ معي أن الأسعار ارتفعت كثيرا.").empty());
}

TEST_F(QuoteExtractorTest, APostposedCueFollowedByAnotherReportOfItsSpeaker) {
  // «...»، كما يقول X، ويضيف: the quotation is X's, and so is what follows.
  auto q = Run("«نحن ننتظر قرار القيادة قبل الدخول إلى المدينة»، كما يقول العقيد سامي العلي، ويضيف أن الوضع هادئ.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "العقيد سامي العلي");
  EXPECT_EQ(q[1].content, "الوضع هادئ");
  // A sentence that is one quotation, then يقول X with a participle.
  q = Run("«لا أحد يربح في الحروب الطويلة مهما طالت». يقول الكاتب سامي العلي مؤكدا حقيقة تاريخية.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "الكاتب سامي العلي");
}

TEST_F(QuoteExtractorTest, APlaceBeforeTheGivenNameStaysInTheSpeaker) {
  // في زمزم before the given name: an organization the dictionary does not
  // know as a name, inside the phrase.
  auto q = Run("وشدد القيادي في زمزم سامي العلي على أن الحوار مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "القيادي في زمزم سامي العلي");
}

TEST_F(QuoteExtractorTest, AFeminineNounAfterAMasculineSubjectIsTheObject) {
  // The masculine verb agrees with الادعاء: a feminine singular word after
  // its definite adjectives cannot be one of them.
  auto q = Run("ويتهم الادعاء العام الشبكة بتهريب الأموال إلى الخارج.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الادعاء العام");
  q = Run("وأدان المجلس العسكري العملية الإرهابية التي استهدفت المدنيين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المجلس العسكري");
  // A feminine adjective of a noun with a preposition stays in the phrase.
  q = Run("وذكر التلفزيون الرسمي الناطق باللغة العربية أن الانتخابات تأجلت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "التلفزيون الرسمي الناطق باللغة العربية");
}

TEST_F(QuoteExtractorTest, TheAntecedentOfARelativeMayBeANameThatStartsWithLam) {
  // لوبان starts with ل, but it is a name, not ل + a noun.
  auto q = Run("وحضرت الاجتماع ماري لوبان رئيسة الجمعية التي قالت إنها تشعر بالقلق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "ماري لوبان رئيسة الجمعية");
}

TEST_F(QuoteExtractorTest, AnAccusativeObjectAfterAQuotedNameIsNoPartOfIt) {
  auto q = Run("ووضعت «نسمة» خططا طموحة للتوسع، متوقعة افتتاح عشرة فروع جديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "«نسمة»");
  EXPECT_EQ(q[0].content, "افتتاح عشرة فروع جديدة");
}

TEST_F(QuoteExtractorTest, TahtAndOtherPrepositionsEndTheSpeakerPhrase) {
  // تحت عنوان names the article, not the paper.
  auto q = Run("وكتبت صحيفة «الأمة» تحت عنوان «رسالة إلى الشباب»: «المستقبل لمن يعمل ويجتهد».");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q.back().speaker, "صحيفة «الأمة»");
  EXPECT_EQ(q.back().content, "المستقبل لمن يعمل ويجتهد");
  // خلف is also a given name, and stays inside a name.
  q = Run("وقال مدير المرور العميد سالم خلف العنزي إن الطرق آمنة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير المرور العميد سالم خلف العنزي");
}

TEST_F(QuoteExtractorTest, APluralImplicitSubjectResolvesToAGroupNamedBefore) {
  // عدد من سكان الحي is nobody's name, but the plural verbs after it are
  // theirs; a singular verb is not. (The complaint is a quote of its own.)
  auto q = Run("اشتكى عدد من سكان حي الروضة انقطاع المياه منذ أسبوع.\n"
               "وطالبوا بتدخل عاجل لحل المشكلة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "عدد من سكان حي الروضة");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "عدد من سكان حي الروضة");
  q = Run("اشتكى عدد من سكان حي الروضة انقطاع المياه منذ أسبوع.\n"
          "وقال إن المشكلة تتكرر كل صيف.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "");
}

TEST_F(QuoteExtractorTest, AlAnIsAnAdverbButAlanIsAName) {
  // الآن (now) ends the speaker; آلان (Alan), spelled the same in the
  // view, stays in the name.
  auto q = Run("وأعلنت وزارة التعليم الآن فتح التسجيل للطلاب الجدد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزارة التعليم");
  q = Run("وقال كبير الباحثين آلان ستيرن إن الصور الجديدة مدهشة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "كبير الباحثين آلان ستيرن");
}

TEST_F(QuoteExtractorTest, AReportAfterLakinWithItsPronounIsAQuoteOfItsOwn) {
  // لكنه أضاف ends what was said before it and starts a report whose
  // subject is the pronoun on لكن.
  auto q = Run("قال الوزير سالم الحربي إن المفاوضات مستمرة، لكنه أضاف أن الطريق ما زال طويلا.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "المفاوضات مستمرة");
  EXPECT_EQ(q[1].content, "الطريق ما زال طويلا");
  EXPECT_EQ(q[1].speaker, "لكنه");
  EXPECT_EQ(q[1].resolved, "سالم الحربي");
  // Without a comma, and with a noun-phrase content after a plural verb:
  // the verb has its subject, and the phrase after it is what they said.
  q = Run("وقال مسؤولون إن الرحلات ستتأخر قليلا لكنهم توقعوا استئناف الخدمات كاملة الأسبوع المقبل.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الرحلات ستتأخر قليلا");
  EXPECT_EQ(q[1].content, "استئناف الخدمات كاملة الأسبوع المقبل");
  EXPECT_EQ(q[1].speaker, "لكنهم");
  EXPECT_EQ(q[1].resolved, "مسؤولون");
}

TEST_F(QuoteExtractorTest, WaWithAPronounAndAVerbAfterTheCueIsNoSubject) {
  // وقالت وهي تبكي: a circumstantial clause about the speaker; the subject
  // is implicit and agrees with the verb.
  auto q = Run("وصلت الأم سارة الخطيب إلى المستشفى مساء أمس.\n"
               "وقالت وهي تبكي إن ابنها نجا بأعجوبة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "سارة الخطيب");
  EXPECT_EQ(q[0].content, "ابنها نجا بأعجوبة");
}

TEST_F(QuoteExtractorTest, ACoordinatedComplementQuotedWholeIsADirectQuoteOfItsOwn) {
  // إن ...، وإنه «...»: the first clause is reported in the journalist's
  // words, the second is quoted whole; same speaker and cue.
  auto q = Run("قالت مصادر محلية إن الأمطار أغلقت الطريق الرئيسي، وإنه «لا توجد إصابات بين السكان حتى الآن».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الأمطار أغلقت الطريق الرئيسي");
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[1].content, "لا توجد إصابات بين السكان حتى الآن");
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[1].speaker, "مصادر محلية");
  // Coordinated complements with no quotation stay one reported clause.
  q = Run("قالت مصادر محلية إن الأمطار أغلقت الطريق الرئيسي، وإن السكان بخير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الأمطار أغلقت الطريق الرئيسي، وإن السكان بخير");
}

TEST_F(QuoteExtractorTest, TheAdjectiveOfATimeAdverbIsNoSpeaker) {
  // الأسبوع الماضي is one time phrase: the subject comes after it, or is
  // implicit.
  auto q = Run("أعلن الأسبوع الماضي وزير المالية أن العجز تراجع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير المالية");
  q = Run("وأعلن الشهر الماضي أن الشركة ستتوسع في الخليج.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "الشركة ستتوسع في الخليج");
}

TEST_F(QuoteExtractorTest, ATitleWithTheGivenNameAloneIsAShortForm) {
  // الأمير فيصل names the person named in full before: the resolved name
  // is the full one.
  auto q = Run("افتتح الأمير فيصل بن سلمان معرض الكتاب مساء أمس.\n"
               "وقال الأمير فيصل إن المعرض يستقبل الزوار حتى نهاية الشهر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الأمير فيصل");
  EXPECT_EQ(q[0].resolved, "فيصل بن سلمان");
}

TEST_F(QuoteExtractorTest, MoreTitlesBeforeNames) {
  // الجنرال is a title: الجنرال مين is the general named in full before.
  auto q = Run("وعبر قائد الجيش الجنرال مين اونغ هلينغ عن انفتاحه على التعديل.\n"
               "وقال الجنرال مين إن الأمن أولوية.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "الجنرال مين");
  EXPECT_EQ(q[1].resolved, "مين اونغ هلينغ");
}

TEST_F(QuoteExtractorTest, ANameInParenthesesAfterAClassNounIsPartOfTheSpeaker) {
  // صحيفة (الأنباء): the parenthesis names the paper, as marks would.
  auto q = Run("وسيعلن المدرب قائمته الأسبوع المقبل، بحسب صحيفة (الأنباء).");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صحيفة (الأنباء)");
  EXPECT_EQ(q[0].content, "وسيعلن المدرب قائمته الأسبوع المقبل");
}

TEST_F(QuoteExtractorTest, AfsahaAnIsADisclosure) {
  // أفصح عن رغبته: a stated intention, like أعرب عن.
  auto q = Run("وأفصح المدرب سامي الجابر عن رغبته في تجديد عقده مع النادي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدرب سامي الجابر");
  EXPECT_EQ(q[0].content, "رغبته في تجديد عقده مع النادي");
}

TEST_F(QuoteExtractorTest, ASingularTitleInYnAfterANisbaIsNoPluralObject) {
  // الأمين ends in ـين like a sound plural, but it is a title: the role
  // after the name belongs to the speaker.
  auto q = Run("وقال سالم الحربي الأمين العام للمجلس إن التصريحات مرفوضة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سالم الحربي الأمين العام للمجلس");
}

TEST_F(QuoteExtractorTest, AnIndefiniteDocumentResolvesToTheIssuerNamedAfterIt) {
  // تقرير صدر عن X: the verb opens a relative clause that stays out of the
  // speaker, and names the issuer the report resolves to.
  auto q = Run("قال تقرير صدر عن المفوضية الأوروبية إن البطالة تراجعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقرير");
  EXPECT_EQ(q[0].resolved, "المفوضية الأوروبية");
  // So with the participle, and with an adjective that is no verb.
  q = Run("أكد بيان صادر عن مجلس المقاومة أن القوات تقدمت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بيان");
  EXPECT_EQ(q[0].resolved, "مجلس المقاومة");
  q = Run("حذر تقرير سري صدر عن وزارة الدفاع من أن الوضع خطير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقرير سري");
  EXPECT_EQ(q[0].resolved, "وزارة الدفاع");
  // With a time adverb after the verb, and no issuer named.
  q = Run("قال تقرير اقتصادي صدر أمس إن أسعار الذهب هبطت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقرير اقتصادي");
}

TEST_F(QuoteExtractorTest, AlmahaIlaAnIsAHint) {
  // ألمح إلى أن: a hint is reported like a statement.
  auto q = Run("وألمحت مصادر برلمانية إلى أن الجلسة ستؤجل إلى الأسبوع المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر برلمانية");
  EXPECT_EQ(q[0].content, "الجلسة ستؤجل إلى الأسبوع المقبل");
}

TEST_F(QuoteExtractorTest, TheRelativeAgreesWithItsAntecedent) {
  // الذي is masculine singular: it refers to the player, not to his dues.
  auto q = Run("وتفجرت أزمة بسبب مستحقات اللاعب البرازيلي فرناندو الذي غرد عبر حسابه بأنه لم يتسلم راتبه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "اللاعب البرازيلي فرناندو");
}

TEST_F(QuoteExtractorTest, AParticipleTakesTheBodyThatIsTheSubjectOfAReportingVerb) {
  // أكدت has no report of its own; قائلة gives it, and its subject is the
  // club's management, not a person. بيان أصدرته is a relative clause
  // inside the setting, not a clause of its own.
  auto q = Run("من جانبها، أكدت إدارة النادي عبر بيان أصدرته مساء أمس قائلة: إنه في حال توصلها لأي اتفاق ستعلن عن التفاصيل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "إدارة النادي");
  EXPECT_EQ(q[0].content, "في حال توصلها لأي اتفاق ستعلن عن التفاصيل");
}

TEST_F(QuoteExtractorTest, AQuotedNameAfterAnAdjectiveIsNoPartialQuote) {
  // إسكان تراثي «نزل الحصون»: the marks name the lodging the adjective
  // describes (تراثي, which the dictionary also reads as a verb); the
  // clause around it is what was said.
  auto q = Run("وأضاف مدير المهرجان أن هناك خدمات كثيرة، ومنها إسكان تراثي «نزل الحصون القديمة»، وهو أول نزل في المنطقة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "هناك خدمات كثيرة، ومنها إسكان تراثي «نزل الحصون القديمة»، وهو أول نزل في المنطقة");
}

TEST_F(QuoteExtractorTest, AQuotationAfterAVerbOfNamingIsAName) {
  // ما يعرف بـ«...»: the marks hold the name of the thing, not words said;
  // the reported clause is indirect.
  auto q = Run("وحذر خبراء من خطورة ما يعرف بـ«الذئاب المنفردة» على أمن المدن الكبرى.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "خطورة ما يعرف بـ«الذئاب المنفردة» على أمن المدن الكبرى");
}

TEST_F(QuoteExtractorTest, AShortQuotedPhraseWithANameInItIsAName) {
  // «فجر ليبيا»: a name in it (ليبيا) and no particle or verb; «جبهة
  // النصرة» opens with a class noun. Neither is a partial quote: the
  // clause is reported whole.
  auto q = Run("وقال المصدر إن عشرات المقاتلين انضموا إلى «فجر ليبيا» الأسبوع الماضي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "عشرات المقاتلين انضموا إلى «فجر ليبيا» الأسبوع الماضي");
  q = Run("وأضاف الناطق أن المسلحين انضموا إلى «جبهة النصرة» قبل شهر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  // A fragment with no name stays a partial quote.
  q = Run("وقال الوزير إن الوضع «مقلق جدا» في الجنوب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "مقلق جدا");
}

TEST_F(QuoteExtractorTest, TheHeadOfAnArmedGroupsNameIsAClassNoun) {
  // «كتائب القسام»: كتائب heads the group's name, as جيش، فيلق، سرايا do.
  auto q = Run("وقال الشهود إن مسلحين من «كتائب القسام» انتشروا في الحي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "مسلحين من «كتائب القسام» انتشروا في الحي");
}

TEST_F(QuoteExtractorTest, AQuotationTheDocumentNamesElsewhereIsAName) {
  // صحيفة «الشرق الأوسط» names the paper once; the same words in marks
  // later are its name, not a partial quote.
  auto q = Run("وذكرت صحيفة «الشرق الأوسط» أمس أن الوفد وصل.\n"
               "وقال مصدر إن الوفد تحدث إلى «الشرق الأوسط» عن موعد الاجتماع.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[1].content, "الوفد تحدث إلى «الشرق الأوسط» عن موعد الاجتماع");
}

TEST_F(QuoteExtractorTest, AnAttributionAfterASemicolonReportsTheSentence) {
  // ...؛ بحسب X. closes the sentence: it reports the whole sentence, over
  // the semicolons inside it.
  auto q = Run("تطور الشركة بطاريات تدوم أسبوعا؛ أملا في خفض استهلاك الطاقة؛ بحسب موقع \"تقنية اليوم\" المتخصص.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "تطور الشركة بطاريات تدوم أسبوعا؛ أملا في خفض استهلاك الطاقة");
  EXPECT_EQ(q[0].speaker, "موقع \"تقنية اليوم\" المتخصص");
  // Before a colon it opens what follows, not what precedes.
  for (const Got& g : Run("وأما المواصفات؛ وفقا للتسريبات: شاشة كبيرة وبطارية قوية.")) {
    EXPECT_NE(g.content, "وأما المواصفات");
  }
}

TEST_F(QuoteExtractorTest, QuotedNamesCoordinatedAfterACommaAreNames) {
  // حركتي «حماس»، و«الجهاد الإسلامي»: the second name, after a comma and
  // و, is a name like the first, not a partial quote.
  auto q = Run("استهدفت الغارة مقرات لحركتي «حماس»، و«الجهاد الإسلامي»، في المدينة، بحسب شهود عيان.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "استهدفت الغارة مقرات لحركتي «حماس»، و«الجهاد الإسلامي»، في المدينة");
}

TEST_F(QuoteExtractorTest, ASermonOrLectureAndIndefiniteJournalistsAreNoPartOfTheSpeaker) {
  // في خطبة / في محاضرة: the occasion of the speech, like في كلمة.
  auto q = Run("وقال الإمام في خطبة العيد بالمسجد الكبير إن التسامح واجب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الإمام");
  q = Run("وأوضح الأستاذ في محاضرة بالجامعة أن البحث مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الأستاذ");
  // لصحافيين / لإعلاميين: the addressee, without the article too.
  q = Run("وصرح المحافظ سامي العلي لصحافيين في الميناء \"إنها السفينة الأولى\" منذ بدء الأزمة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المحافظ سامي العلي");
}

TEST_F(QuoteExtractorTest, APersonsNameBetweenCommasAfterARoleIsTheSubjectsName) {
  // وزير ...، جون ميلر، : bare words between commas after a role that
  // opens with a title name the person, whatever follows the comma, even
  // when the dictionary reads them as common words.
  auto q = Run("أعلن وزير النقل الكندي، جون ميلر، عزمه زيارة المدينة الشهر المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير النقل الكندي، جون ميلر");
  EXPECT_EQ(q[0].content, "عزمه زيارة المدينة الشهر المقبل");
  // The subject of a verb that reports nothing takes the name too, and the
  // surname later recalls the person.
  q = Run("التقى وزير الخارجية الكندي، جون ميلر، نظيره المصري أمس. ودافع ميلر عن الاتفاق. "
          "وقال: «وقعنا على اتفاق تاريخي بعد مفاوضات طويلة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "جون ميلر");
  // A participle after such a subject.
  q = Run("رد وزير المالية الكندي، جون ميلر، على انتقادات النواب، لافتا إلى أن الميزانية متوازنة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير المالية الكندي، جون ميلر");
  EXPECT_EQ(q[0].resolved, "جون ميلر");
}

TEST_F(QuoteExtractorTest, APollIsADocumentAndPluralSessionsAreSettings) {
  // استطلاع: an indefinite document; a verb after it and its genitive with
  // ل opens a relative clause (نشر أمس), not the speaker's name.
  auto q = Run("تقدم المرشح على منافسيه بفارق كبير، بحسب ما أظهر استطلاع جديد للرأي نشر أمس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "استطلاع جديد للرأي");
  // في استطلاع، في جلسات: the occasion of the words, not part of the speaker.
  q = Run("وتوقع محللون في استطلاع أجرته الوكالة أن ترتفع الأرباح.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محللون");
  q = Run("وقال الزوج في جلسات الصلح إن الخلاف قديم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الزوج");
}

TEST_F(QuoteExtractorTest, AReportAfterHaythIsAReportOfItsOwn) {
  // ...، حيث أكد المهندس أن: the first report ends before حيث, and the
  // verb after it reports with its own subject, or the same speaker's.
  auto q = Run("وقال المدير إن المشروع اكتمل، حيث أكد المهندس أن العمل انتهى.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "المشروع اكتمل");
  EXPECT_EQ(q[1].content, "العمل انتهى");
  EXPECT_EQ(q[1].speaker, "المهندس");
  q = Run("وأوضح المدير أن المشروع اكتمل؛ حيث أشار إلى أن العمل انتهى.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "المشروع اكتمل");
  EXPECT_EQ(q[1].resolved, "المدير");
  // (حيث without a verb of report goes on with the clause.)
  q = Run("وقال المدير إن المشروع اكتمل، حيث بلغت كلفته مليون ريال.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المشروع اكتمل، حيث بلغت كلفته مليون ريال");
}

TEST_F(QuoteExtractorTest, AnAccusativeWithTanweenIsNoPartOfTheSubject) {
  // The subject is nominative: a word written with the tanween of the
  // accusative after it is the object, an adverb or a circumstantial.
  auto q = Run("وأقر مجلس الوزراء عدداً من الإجراءات، أبرزها أن تخفض الشركة أسعار الوقود.");
  for (const Got& g : q) EXPECT_NE(g.speaker, "مجلس الوزراء عدداً من الإجراءات");
  q = Run("وقال الوزير مبتسماً: «نحن نعمل ليل نهار».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  // (An adverb of a participle's complement stays inside: المعترف بها دولياً.)
  q = Run("وقالت الحكومة المعترف بها دولياً إن المفاوضات فشلت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الحكومة المعترف بها دولياً");
}

TEST_F(QuoteExtractorTest, MutabaaIsACueOnlyWhereItGovernsWhatWasSaid) {
  // متابعة is mostly the noun (follow-up): the participle reports only
  // with a complementizer, a colon or « after it, opening its clause.
  auto q = Run("فيما ذكرت مصادر متابعة للتحقيقات أن الموقوف لا يزال يخضع للاستجواب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "ذكرت");
  EXPECT_EQ(q[0].speaker, "مصادر متابعة للتحقيقات");
  q = Run("وقالت المديرة إن البرنامج ناجح، متابعة أن «العمل مستمر».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "متابعة");
  // The dateline of a story (سبق- متابعة:) says how it was gathered.
  EXPECT_TRUE(Run("سبق- متابعة: تدرس الحكومة قرارا جديدا بشأن الضرائب.").empty());
  // (A dash that closes an aside is no dateline.)
  q = Run("وهو ما روته الكاتبة -رحمها الله- بقولها: إن المدينة تغيرت كثيرا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "بقولها");
}

TEST_F(QuoteExtractorTest, AParticipleAfterKanaIsItsPredicate) {
  // كان متوقعا أن: the participle is the predicate of كان (it was
  // expected), not a circumstantial cue; so after يكون.
  EXPECT_TRUE(Run("وكان متوقعا أن تصدر النسخة الجديدة في مايو الماضي.").empty());
  EXPECT_TRUE(Run("بل كان لافتا أن السوق تراجعت في النصف الأول.").empty());
  // A verb after كان still reports (كان يقول).
  auto q = Run("وكان الوزير يقول إن الإصلاح يحتاج إلى وقت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الإصلاح يحتاج إلى وقت");
}

TEST_F(QuoteExtractorTest, TheObjectBeforeTheContentWithBaIsANounPhraseOfAnyLength) {
  // طالبت الهيئة جميع الجهات المسؤولة في الحكومة، بإلغاء ...: the object is
  // a noun phrase, with a place in it and a comma after it.
  auto q = Run("وطالبت الهيئة جميع الجهات المسؤولة في حكومة الوحدة، بإلغاء الضرائب المفروضة على الوقود.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الهيئة");
  EXPECT_EQ(q[0].content, "بإلغاء الضرائب المفروضة على الوقود");
  // (A noun with a pronoun after the object is no such content.)
  for (const Got& g : Run("مطالبا وزارة التجارة وهيئة السياحة القيام بدورهما في الرقابة.")) {
    EXPECT_NE(g.content, "بدورهما في الرقابة");
  }
}

TEST_F(QuoteExtractorTest, AStadiumNamesWhatItsMarksHold) {
  // إستاد «...» like ملعب «...»: the stadium's name, not a partial quote.
  auto q = Run("أعلن النادي أنه رفع سعة إستاد «يونايتد أرينا» الخاص به إلى خمسين ألف مشجع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "رفع سعة إستاد «يونايتد أرينا» الخاص به إلى خمسين ألف مشجع");
}

TEST_F(QuoteExtractorTest, ASpokesmanInTheNameOfAPronounKeepsHisName) {
  // الناطق باسمها فلان: باسم with the body's pronoun is no possessed noun
  // that ends the phrase; the spokesman's name follows.
  auto q = Run("ونفت الوزارة الخبر. وقال الناطق باسمها سامي العلي إن التحقيق مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الناطق باسمها سامي العلي");
}

TEST_F(QuoteExtractorTest, AnAcronymAfterTheCueHasNoComplementizer) {
  // لشبكة (إن.بي.سي): the إن of a dotted acronym is a letter of the name,
  // not the complementizer that opens what was said.
  auto q = Run("وقال الوزير لشبكة (إن.بي.سي) الأمريكية: نريد أن نبذل المزيد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "نريد أن نبذل المزيد");
  q = Run("وقال الوزير لشبكة سي.إن.إن إن الحوار مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحوار مستمر");
}

TEST_F(QuoteExtractorTest, RawaReportsOnlyWhatItGoverns) {
  // روى (narrated) reports before a complementizer or a quotation; روى
  // قصة (told a story) reports nothing.
  auto q = Run("وروى الرئيس السابق للصحافيين أنه واجه صعوبات كبيرة في المفاوضات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وروى");
  EXPECT_EQ(q[0].speaker, "الرئيس السابق");
  EXPECT_EQ(q[0].content, "واجه صعوبات كبيرة في المفاوضات");
  q = Run("وخرج الصياد سالما من البحر، وروى للصحافيين «رأيت الموج يعلو فوق رأسي وتمسكت بالقارب».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].resolved, "الصياد");
  EXPECT_TRUE(Run("ويروي الفيلم قصة عائلة تهاجر من قريتها بحثا عن العمل.").empty());
}

TEST_F(QuoteExtractorTest, ABraceClosedByAGuillemetOpensAQuotation) {
  // Some pages encode « as {: the quotation it opens closes with ».
  auto q = Run("وقال وزير النقل في كلمة ألقاها أمس، {سنفتح الطريق الجديد أمام المسافرين قبل نهاية العام».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "وزير النقل");
  EXPECT_EQ(q[0].content, "سنفتح الطريق الجديد أمام المسافرين قبل نهاية العام");
  // Between two braces stands a name or a verse, not a quotation.
  q = Run("وقال مدير المركز لـ{الشرق الأوسط} إن العمل سيبدأ غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "العمل سيبدأ غدا");
}

TEST_F(QuoteExtractorTest, LadaPlacesARoleInsideTheSpeaker) {
  // لدى after a role names where the role is held, as في does; before a
  // verbal noun it is the occasion of the speech.
  auto q = Run("وقال سفير البلاد لدى الأمم المتحدة خالد العمري إن المشروع سيطرح للتصويت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سفير البلاد لدى الأمم المتحدة خالد العمري");
  EXPECT_EQ(q[0].content, "المشروع سيطرح للتصويت");
  q = Run("وقال أستاذ الاقتصاد لدى جامعة الملك سعود سامي الحربي إن الأسعار سترتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أستاذ الاقتصاد لدى جامعة الملك سعود سامي الحربي");
  q = Run("وقال الوزير لدى وصوله إلى المطار إن الزيارة ستستمر يومين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
}

TEST_F(QuoteExtractorTest, KamaBeforeAVerbThatGovernsIsAlso) {
  // ...، كما أوضح أن ...: "also", a report of its own with the same
  // speaker; ...، كما يقول، ...: "as he says", inside what was reported.
  auto q = Run("وقال مدير النادي سالم العتيبي إن الفريق سيسافر غدا، كما أوضح أن المدرب اختار عشرين لاعبا.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الفريق سيسافر غدا");
  EXPECT_EQ(q[1].cue, "أوضح");
  EXPECT_EQ(q[1].content, "المدرب اختار عشرين لاعبا");
  EXPECT_EQ(q[1].resolved, "سالم العتيبي");
  q = Run("وقال مدير النادي سالم العتيبي إن الفريق، كما يقول، سيسافر غدا إلى المعسكر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الفريق، كما يقول، سيسافر غدا إلى المعسكر");
}

TEST_F(QuoteExtractorTest, WordsTheDictionaryDoesNotKnowMakeAForeignName) {
  // A subject of two words the dictionary does not know is a foreign
  // name: its surname later resolves to it.
  auto q = Run("وقال ماركوس فيلدمان إن الهواتف ترسل بيانات حساسة. وأضاف فيلدمان أن رصدها سهل.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "ماركوس فيلدمان");
  EXPECT_EQ(q[1].speaker, "فيلدمان");
  EXPECT_EQ(q[1].resolved, "ماركوس فيلدمان");
}

TEST_F(QuoteExtractorTest, AVerbAfterKamaOpeningTheSentenceGivesItsSubject) {
  // كما اعتقلت الشرطة ...، وقالت: the subject of the first verb after كما
  // ("also") speaks; كما وجه دعوة ...: an indefinite noun after the verb is
  // its object, and no subject is taken from it.
  auto q = Run("وقال مصدر أمني إن التحقيق مستمر.\nكما اعتقلت الشرطة رجلا في بلدة قريبة، وقالت إنها تشتبه في صلته بالهجوم.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "الشرطة");
  q = Run("وقال الوزير إن التحقيق مستمر.\nكما وجه دعوة لكل الصحافيين للحضور، وقال إن الأبواب مفتوحة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].resolved, "الوزير");
}

TEST_F(QuoteExtractorTest, TheDayBeforeYesterdayIsATimeAdverb) {
  // أمس الأول is one time adverb: الأول is no subject.
  auto q = Run("وقال أمس الأول إنه لم يرتكب أي خطأ.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  q = Run("وقال أمس الأول وزير النقل إن الطريق سيفتح قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير النقل");
}

TEST_F(QuoteExtractorTest, AVerbalNounAfterADefiniteSubjectOpensTheObject) {
  // توقعت إدارة المطار مواصلة النمو: after a verb that takes an object, a
  // verbal noun after the definite subject begins what was said.
  auto q = Run("وتوقعت إدارة المطار مواصلة النمو خلال العام المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "إدارة المطار");
  EXPECT_EQ(q[0].content, "مواصلة النمو خلال العام المقبل");
  // A name after the role stays in the phrase.
  q = Run("وقال رجل الأعمال زكي الزاير إن الأسواق تتعافى.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رجل الأعمال زكي الزاير");
}

TEST_F(QuoteExtractorTest, ToMeBeforeANameIsTheAddressee) {
  // وقال لي يوسف: لي (to me) stands between the verb and a named subject;
  // وقال لي وهو يبتسم: the subject stays implicit.
  auto q = Run("وقال لي يوسف: «سنبدأ التصوير في الصيف».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "يوسف");
  q = Run("وقال لي وهو يبتسم: «سنبدأ التصوير في الصيف».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST_F(QuoteExtractorTest, APersonOfTheOtherGenderAfterTheVerbIsItsObject) {
  // ووصف الفنانة سلمى بأنها ...: the masculine verb does not agree with
  // the woman after it; she is its object and the subject is implicit.
  auto q = Run("وتحدث المطرب خالد الراشد عن الحفل. ووصف الفنانة سلمى بأنها صوت جميل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "خالد الراشد");
  q = Run("ووصف الفنان خالد الراشد الحفل بأنه ناجح.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الفنان خالد الراشد");
}

TEST_F(QuoteExtractorTest, ARelativeWithWawAfterAPersonRefersToThePerson) {
  // ... المدير الدكتور فلان والذي أشار إلى أن: the relative with و refers
  // to the person before it; the verb's subject is that person.
  auto q = Run("وحضر الحفل مدير إدارة المسالخ الدكتور سامي العتيبي والذي أشار إلى أن الأمانة خصصت برامج جديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور سامي العتيبي");
  EXPECT_EQ(q[0].content, "الأمانة خصصت برامج جديدة");
}

TEST_F(QuoteExtractorTest, ARoleWithoutTheArticleNamesAPerson) {
  // كاتب، خبير، أستاذ without the article are roles too: the subject of
  // the verb before a participle.
  auto q = Run("وبعد أن ارتفع المؤشر، علق كاتب في صحيفة المساء قائلا إن الأسعار سترتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "كاتب في صحيفة المساء");
  // After a body's name, the role is the object of the verb, and the
  // person it names speaks later.
  q = Run("والتقت وكالة الأنباء السعودية أستاذ علم الآثار في جامعة الباحة الدكتور سالم الغامدي، الذي أفاد بأن القرية قديمة. وبين أن نقوشها كثيرة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "سالم الغامدي");
}

TEST_F(QuoteExtractorTest, AFeminineChainedCueTakesTheBodyOfTheNearestClause) {
  // ...؛ حيث أخلت شركة الكهرباء مسؤوليتها، وقالت: the nearest clause
  // (after حيث) gives the subject, a body that agrees with the feminine
  // cue; not the subject of the sentence's first verb (الجدل).
  auto q = Run("وجاء الجدل بعد انقطاع التيار عن المنفذ؛ حيث أخلت شركة الكهرباء مسؤوليتها، وقالت في بيان: لا علاقة للشركة بالانقطاع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "شركة الكهرباء");
}

TEST_F(QuoteExtractorTest, WordsInLatinLettersInMarksAreAName) {
  // من "Annals of Allergy": a title in Latin letters in the clause is no
  // partial quotation; the clause is what was reported.
  auto q = Run("وقال الباحثون إن النتائج نشرت في العدد الأخير من \"Annals of Allergy\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "النتائج نشرت في العدد الأخير من \"Annals of Allergy\"");
}

TEST_F(QuoteExtractorTest, AParticipleResolvesToTheNameSideOfAnApposition) {
  // قال عز الدين الأصبحي، وزير حقوق الإنسان، إن ...، مضيفا أن ...: the
  // participle's speaker resolves to the name without the role.
  auto q = Run("وقال عز الدين الأصبحي، وزير حقوق الإنسان، إن الإنتاج سيبدأ قريبا، مضيفا أن المصنع جاهز.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مضيفا");
  EXPECT_EQ(q[1].resolved, "عز الدين الأصبحي");
}

TEST_F(QuoteExtractorTest, TheFirstOfTwoGovernedPrepositionsMayBelongToTheSubject) {
  // حذر الكثير من الباحثين من ...: the cue's من comes twice; the first,
  // after a quantifier and before no verbal noun, is inside the subject.
  auto q = Run("وحذر الكثير من الباحثين من المشاكل المحتملة للتقنية الجديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الكثير من الباحثين");
  EXPECT_EQ(q[0].content, "المشاكل المحتملة للتقنية الجديدة");
}

TEST_F(QuoteExtractorTest, TheIssuerFollowsAVerbThatAlsoReadsAsANoun) {
  // وفقا لتقرير نشرته وكالة ...: نشرته also reads as a noun with a pronoun
  // (its bulletin); before a class noun it is the document's verb.
  auto q = Run("وتراجعت الاستثمارات في البحث العلمي، وفقا لتقرير نشرته وكالة «الأنباء العالمية».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وفقا لتقرير نشرته");
  EXPECT_EQ(q[0].speaker, "وكالة «الأنباء العالمية»");
}

TEST_F(QuoteExtractorTest, AVerbalNounAfterAPrepositionEndsAPersonsPhrase) {
  // وقال رئيس اللجنة سعيد بن ضاوي من الصعوبة بمكان أن ...: after the
  // person's name, a preposition with a verbal noun opens the clause.
  auto q = Run("وقال رئيس اللجنة التنفيذية سعيد بن ضاوي من الصعوبة بمكان أن تعود الألعاب الشعبية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس اللجنة التنفيذية سعيد بن ضاوي");
}

TEST_F(QuoteExtractorTest, APastVerbInTaAfterQadReports) {
  // وكان الخبراء قد توقعوا أن: the past of تفعّل starts with ت; after قد
  // with a past suffix it reports. وقد تدعو is a present: "may".
  auto q = Run("وكان خبراء اقتصاديون قد توقعوا أن ترتفع المبيعات الشهر الماضي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خبراء اقتصاديون");
  EXPECT_TRUE(Run("وقد تدعو الحكومة إلى حوار وطني.").empty());
}

TEST_F(QuoteExtractorTest, AbsenceOfIsAVerbalNounThatOpensWhatWasSaid) {
  // مؤكدة عدم وجود إصابات: عدم negates the verbal noun after it and opens
  // the content of a participle, as a verbal noun does.
  auto q = Run("وقالت الوزارة إن التحقيق مستمر، مؤكدة عدم وجود إصابات بين الركاب.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مؤكدة");
  EXPECT_EQ(q[1].content, "عدم وجود إصابات بين الركاب");
}

TEST_F(QuoteExtractorTest, APersonNamedAfterAVerbMidSentenceIsAnAntecedent) {
  // إلا أنه في عام 1991 سيطر الجنرال فلان على الحكم ...، وبعد شهرين أعلن
  // ...: the titled subject of a verb in the middle of a sentence is the
  // antecedent of the implicit subject that follows.
  auto q = Run("إلا أنه في عام 1991 سيطر الجنرال السابق جوهر دوادييف على الحكم في الجمهورية، وبعد شهرين من ذلك أعلن استقلال الجمهورية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "أعلن");
  EXPECT_EQ(q[0].resolved, "جوهر دوادييف");
}

TEST_F(QuoteExtractorTest, ANounOfQualityInIyyaIsWhatWasStressed) {
  // وأكد ضرورة ...، مؤكدا أهمية ...: said as a verbal noun is, never the
  // speaker.
  auto q = Run("وقال المدير إن الحملة نجحت، مؤكدا أهمية التعاون مع الجهات المعنية.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "أهمية التعاون مع الجهات المعنية");
  q = Run("وقال الطبيب إن الحالات قليلة. وأكد ضرورة الكشف المبكر على الأطفال.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].content, "ضرورة الكشف المبكر على الأطفال");
}

TEST_F(QuoteExtractorTest, ADefiniteDocumentResolvesToTheIssuerOfItsRelativeClause) {
  // وكشف التقرير السنوي الذي أصدرته هيئة الإحصاء أن ...: the report stands
  // for its issuer, named in the relative clause.
  auto q = Run("وكشف التقرير السنوي الذي أصدرته هيئة الإحصاء أن البطالة تراجعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "التقرير السنوي");
  EXPECT_EQ(q[0].resolved, "هيئة الإحصاء");
}

TEST_F(QuoteExtractorTest, AVerbOfAppealReachesItsPrepositionOverALongObject) {
  // ودعت الإدارة المرشحين ...، إلى البدء، وطالب المجلس السكان ... بتنظيف:
  // the object and the adjuncts after it stand between the verb and what it
  // governs, however long.
  auto q = Run("ودعت المديرية العامة للدفاع المدني السكان المقيمين في الأحياء القريبة من الوادي إلى الابتعاد عن مجاري السيول.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المديرية العامة للدفاع المدني");
  EXPECT_EQ(q[0].content, "الابتعاد عن مجاري السيول");
  q = Run("وطالب المجلس البلدي سكان الأحياء الشرقية في بيان له أمس بتنظيف الأرصفة من المخلفات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المجلس البلدي");
  EXPECT_EQ(q[0].content, "بتنظيف الأرصفة من المخلفات");
  // (A clause of its own, or a place after the preposition, is not reached.)
  EXPECT_TRUE(Run("ودعا المدير الموظفين الذين حضروا الاجتماع أمس، وسافر بعدها إلى الرياض.").empty());
  EXPECT_TRUE(Run("ودعت الجمعية أعضاءها المقيمين في المنطقة الشرقية إلى جدة لحضور الحفل.").empty());
}

TEST_F(QuoteExtractorTest, KanaAndQadStandBetweenAPreposedSubjectAndItsVerb) {
  // يذكر أن الوزارة كانت قد أعلنت أن ...: the subject after أن is the
  // speaker over كان and قد.
  auto q = Run("ويذكر أن وزارة الصحة كانت قد أعلنت أن الحملة تبدأ الأسبوع المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزارة الصحة");
  q = Run("يذكر أن مدير الجامعة قد أوضح أن التسجيل يبدأ غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير الجامعة");
  // (Not after another verb: the lists will have been announced.)
  EXPECT_TRUE(Run("فإن القوائم كلها ستكون قد أعلنت خلال ساعات.").empty());
  // (Nor is a stretch with a complementizer before قد: وحيث إن ... فإن ...
  // ستكون قد أعلنت.)
  EXPECT_TRUE(Run("وحيث إن الوقت ضيق فإن النتائج كلها ستكون قد أعلنت خلال ساعات.").empty());
  q = Run("وكان المرصد السوري قد أفاد بأن القصف استمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المرصد السوري");
}

TEST_F(QuoteExtractorTest, ARequestReportsWhatFollowsItsAddressee) {
  // أهاب X بالمواطنين ...، طلب X من Y ...: the addressee, with its
  // preposition, stands between the speaker and what was asked.
  auto q = Run("وأهابت وزارة الصحة بالمواطنين المسافرين ضرورة أخذ اللقاحات قبل السفر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزارة الصحة");
  EXPECT_EQ(q[0].content, "ضرورة أخذ اللقاحات قبل السفر");
  // (The first من is the subject's partitive; the second names the
  // addressee.)
  q = Run("وطلب عدد من أعضاء المجلس من وزير المالية تقديم تقرير عن الميزانية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "عدد من أعضاء المجلس");
  EXPECT_EQ(q[0].content, "تقديم تقرير عن الميزانية");
  q = Run("وطلب المدير من الموظفين أن يحضروا مبكرا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "يحضروا مبكرا");
  // (Without its addressee طلب is no cue: the anonymity formula stays
  // inside the speaker's phrase; after a verb it is the verbal noun.)
  q = Run("وقال مسؤول طلب عدم ذكر اسمه إن المفاوضات توقفت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وقال");
  EXPECT_EQ(q[0].content, "المفاوضات توقفت");
  EXPECT_TRUE(Run("يمكنه طلب خبير من الشركة لشرح النظام.").empty());
}

TEST_F(QuoteExtractorTest, ASubjectOpeningTheSentenceLeavesTheObjectAfterTheVerb) {
  // مصادر ... أبلغت «الصحيفة» أن ...: the subject stands before the verb;
  // what follows a verb that takes an object is that object.
  auto q = Run("مصادر أمنية في العاصمة أبلغت «الصحيفة» أن الهجوم أحبط.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر أمنية في العاصمة");
  EXPECT_EQ(q[0].content, "الهجوم أحبط");
  q = Run("المتحدث باسم الشرطة حث السكان على الابتعاد عن الوادي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم الشرطة");
}

TEST_F(QuoteExtractorTest, AnIndirectQuestionAfterIdhaIsWhatWasAsked) {
  // تساءل X إذا ...، تساءل X عما إذا ...: the question asked is what was
  // said (without its particle).
  auto q = Run("وتساءل الكاتب إذا كانت الاتفاقية ستجلب الاستقرار إلى المنطقة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الكاتب");
  EXPECT_EQ(q[0].content, "كانت الاتفاقية ستجلب الاستقرار إلى المنطقة");
  q = Run("وتساءل المحللون عما إذا كان الحزب قد فقد مكانته.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المحللون");
}

TEST_F(QuoteExtractorTest, ACueInARelativeClauseBetweenCommasLeavesTheComplementToTheMainVerb) {
  // وأوضح X، الذي يكتب في مجلة «...»، أن ...: writing is what X does; what
  // follows the clause is what the main verb reports.
  auto q = Run("وأوضح الخبير سامي العتيبي، الذي يكتب في مجلة «التقنية»، أن الجهاز الجديد مثالي للرحلات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وأوضح");
  EXPECT_EQ(q[0].speaker, "الخبير سامي العتيبي");
  EXPECT_EQ(q[0].content, "الجهاز الجديد مثالي للرحلات");
}

TEST_F(QuoteExtractorTest, ADescriptionReportsTheObjectWithWhatFollowsItsBa) {
  // وصف X الشيء بالصفة: what was said is the object described, with the
  // description after ب; بأنه stays a complementizer.
  auto q = Run("ووصف التقرير وضع الاقتصاد المحلي بالجيد بسبب ارتفاع الاحتياطي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "التقرير");
  EXPECT_EQ(q[0].content, "وضع الاقتصاد المحلي بالجيد بسبب ارتفاع الاحتياطي");
  q = Run("وأشاد اللاعب بزملائه، واصفا الأجواء داخل النادي بالمميزة.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().cue, "واصفا");
  EXPECT_EQ(q.back().content, "الأجواء داخل النادي بالمميزة");
  q = Run("ووصف الوزير القرار بأنه تاريخي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تاريخي");
}

TEST_F(QuoteExtractorTest, FeminineParticiplesOfCondemnationAndCriticismReport) {
  // منددة، منتقدة: the feminine of منددا، منتقدا, after a feminine subject.
  auto q = Run("وأشارت الوزيرة إلى مخاطر التأخير، منددة بالتصريحات الأخيرة للمعارضة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "مخاطر التأخير");
  EXPECT_EQ(q[1].cue, "منددة");
  EXPECT_EQ(q[1].speaker, "الوزيرة");
  EXPECT_EQ(q[1].content, "بالتصريحات الأخيرة للمعارضة");
}

TEST_F(QuoteExtractorTest, AMeasureOrAStandardAfterHasabIsNoSource) {
  // حسب الرغبة، وفقا لأحكام النظام، حسب فئة المشترك: a measure or a rule,
  // not who said it.
  EXPECT_TRUE(Run("يضاف الملح والفلفل حسب الرغبة.").empty());
  EXPECT_TRUE(Run("ويعاقب المخالف وفقا لأحكام النظام المعمول به.").empty());
  EXPECT_TRUE(Run("وتختلف المكافآت حسب فئة المشترك.").empty());
  auto q = Run("وارتفعت الأسعار بنسبة 5 في المئة، حسب وزارة التجارة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزارة التجارة");
}

TEST_F(QuoteExtractorTest, AVerbReachesItsPrepositionOverAnAppositionAndAdjunctsAfterItsSubject) {
  // كشف X؛ مدير ...، عن ...، أعرب X في ختام كلمته عن ...: the apposition
  // and the adjuncts after the subject stand between the verb and what it
  // governs.
  auto q = Run("وأعرب الدكتور فهد السالم في ختام كلمته عن شكره للمشاركين في الحفل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور فهد السالم");
  EXPECT_EQ(q[0].content, "شكره للمشاركين في الحفل");
  q = Run("كشفت اللجنة المنظمة لمعرض الكتاب في دورته الخامسة عن تخصيص جناح للأطفال.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "اللجنة المنظمة لمعرض الكتاب");
  EXPECT_EQ(q[0].content, "تخصيص جناح للأطفال");
  q = Run("كشف المهندس سالم العتيبي؛ مدير مشروعات المياه في المنطقة، عن الانتهاء من تمديد الشبكة الجديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الانتهاء من تمديد الشبكة الجديدة");
  // (An object or a relative clause after the subject is the verb's own:
  // the عن in it is no preposition of the cue.)
  EXPECT_TRUE(Run("ثم أعلن المدرب قائمة اللاعبين الذين غابوا عن التدريب.").empty());
  EXPECT_TRUE(Run("وقبل أن يعلن اللاعب رحيله رسميا عن النادي سافر إلى أوروبا.").empty());
}

TEST_F(QuoteExtractorTest, AVerbalNounTheWordListNamesIsWhatWasSaidNeverTheSpeaker) {
  // وأكد أهمية «...»، توقع ارتفاع ...: after the cue, أهمية، ضرورة، ارتفاع
  // open what was said; the subject is implicit.
  auto q = Run("استقبل وزير الداخلية خالد العمر وفد الجامعة. وأكد أهمية «تعاون الجهات كلها في حماية الطلاب».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "خالد العمر");
  EXPECT_EQ(q[0].content, "تعاون الجهات كلها في حماية الطلاب");
  q = Run("وتحدث مدير الغرفة التجارية سالم الهاجري عن السوق، فيما توقع ارتفاع أسعار الحديد في الربع المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "ارتفاع أسعار الحديد في الربع المقبل");
}

TEST_F(QuoteExtractorTest, ARoleSetOffWithASemicolonIsInTheSpeakerPhrase) {
  // X؛ مدير ...، إن: some papers set the role in apposition off with a
  // semicolon instead of a comma.
  auto q = Run("وقال فهد السبيعي؛ مدير عام شركة النخيل للتأمين، إن الأقساط سترتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "فهد السبيعي؛ مدير عام شركة النخيل للتأمين");
  EXPECT_EQ(q[0].content, "الأقساط سترتفع");
  // (A clause after the semicolon is not taken in.)
  q = Run("وصل الوفد إلى جدة مساء أمس؛ وقال رئيسه إن الزيارة تستمر يومين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيسه");
}

TEST_F(QuoteExtractorTest, ARoleInAppositionTakesASecondRoleAndStopsBeforeTheOccasion) {
  // X، أحد مؤسسي «...» والرئيس التنفيذي لها، إن: a second role coordinated
  // with و, after a quoted name, is in the speaker phrase.
  auto q = Run("وقال سامي الخالدي، أحد مؤسسي «الأفق» والرئيس التنفيذي لها، إن الشركة تتوسع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامي الخالدي، أحد مؤسسي «الأفق» والرئيس التنفيذي لها");
  // X، المسؤول في الوزارة خلال مؤتمر ...، أمس، إن: the occasion of the
  // words after the role is not.
  q = Run("وقال العميد سامي الخالدي، المسؤول في وزارة الداخلية خلال مؤتمر صحافي عقد في الرياض، أمس، إن الخلية فككت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "العميد سامي الخالدي، المسؤول في وزارة الداخلية");
  EXPECT_EQ(q[0].content, "الخلية فككت");
}

TEST_F(QuoteExtractorTest, AVerbReachesItsPrepositionOverARelativeClauseOnItsSubject) {
  // كشفت النشرة التي تصدرها الهيئة عن ...: a relative clause on the subject
  // stands between the verb and the preposition it governs.
  auto q = Run("وكشفت النشرة الشهرية التي تصدرها الهيئة العامة للإحصاء عن ارتفاع عدد المصانع الجديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "النشرة الشهرية");
  EXPECT_EQ(q[0].content, "ارتفاع عدد المصانع الجديدة");
  // (The clause runs to a comma, over more than one verb.)
  q = Run("وتشير حصيلة الحادث التي ما زالت أولية إلى سقوط عشرة جرحى.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "سقوط عشرة جرحى");
  // (Inside the clause the same preposition may be its own verb's: the
  // cue's is the one that comes again.)
  q = Run("وكشفت النشرة التي تصدرها الهيئة عن شهر مارس الماضي عن تراجع الصادرات غير النفطية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تراجع الصادرات غير النفطية");
}

TEST_F(QuoteExtractorTest, ThanksInTheKingsNameReachTheirPreposition) {
  // وأعرب الملك باسمه واسم الحكومة عن أصدق التهاني: باسمه is ب + اسم, an
  // adjunct, and the elative with its noun is what was expressed.
  auto q = Run("وأعرب الملك باسمه واسم الحكومة عن أصدق التهاني للرئيس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الملك");
  EXPECT_EQ(q[0].content, "أصدق التهاني للرئيس");
  // (A verbal noun with a pronoun is definite, at the end of the sentence
  // too.)
  q = Run("وأعرب الوزير في برقيته عن شكره.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  EXPECT_EQ(q[0].content, "شكره");
}

TEST_F(QuoteExtractorTest, AnImplicitSubjectsVerbReachesItsPrepositionOverAdjuncts) {
  // وأشارت في هذا السياق إلى ...: no subject after the verb, an adjunct
  // between it and its preposition.
  auto q = Run(
      "وقالت الكاتبة سعاد المطيري إن الرواية جاهزة، وأشارت في هذا السياق إلى تفوق الكاتبات السعوديات في الخارج.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "تفوق الكاتبات السعوديات في الخارج");
  EXPECT_EQ(q[1].resolved, "سعاد المطيري");
}

TEST_F(QuoteExtractorTest, ABodysNounGovernsTheVerbalNounAfterIt) {
  // أعلنت وكالة تنمية الموارد ...: an indefinite body's noun names no one
  // without its genitive, even one that reads as a verbal noun.
  auto q = Run("أعلنت وكالة تنمية الموارد البشرية بالوزارة توفر عشرين وظيفة للخريجين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وكالة تنمية الموارد البشرية بالوزارة");
  EXPECT_EQ(q[0].content, "توفر عشرين وظيفة للخريجين");
  // ودانت الصحيفة عملية اقتحام ...: a definite word governs no body's
  // noun; the noun opens what was said.
  q = Run("ودانت الصحيفة عملية اقتحام مكتبها في المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الصحيفة");
  EXPECT_EQ(q[0].content, "عملية اقتحام مكتبها في المدينة");
}

TEST_F(QuoteExtractorTest, ATimeAfterItsPrepositionIsAnAdjunctBeforeTheNounPhraseContent) {
  // أعلن X، في وقت سابق، انسحابهم من ...: the time phrase is skipped; what
  // was said is the verbal noun after it, not what follows its preposition.
  auto q = Run("وأعلن الكتاب، في وقت سابق، انسحابهم من المسابقة الأدبية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الكتاب");
  EXPECT_EQ(q[0].content, "انسحابهم من المسابقة الأدبية");
  q = Run("وأعلنت قيادة الشرطة في وقت لاحق القبض على المتهمين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "قيادة الشرطة");
  EXPECT_EQ(q[0].content, "القبض على المتهمين");
}

TEST_F(QuoteExtractorTest, AFeminineAdjectiveAgreeingWithItsNounStaysInTheSubject) {
  // ...في العاصمة المقدسة، مؤكدين: a definite adjective (by the dictionary)
  // with the feminine ending of the noun before it is that noun's, not the
  // object of the verb whose subject the participle takes.
  auto q = Run("أبدى عدد من أسر الجنود في العاصمة المقدسة سعادتهم بالنجاح الأمني، مؤكدين أن هذا واجب وطني.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "عدد من أسر الجنود في العاصمة المقدسة");
  EXPECT_EQ(q[1].content, "هذا واجب وطني");
}

TEST_F(QuoteExtractorTest, ASubjectAfterLaanComesBeforeItsVerb) {
  // لأن النائب العام ... كان قد قال إن: after لأن (ل and أن) the subject
  // comes before its verb, as after أن.
  auto q = Run("وتغير موقف الحكومة لأن النائب العام السابق سامي العلي كان قد قال في يناير إن البلاد آمنة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "النائب العام السابق سامي العلي");
  EXPECT_EQ(q[0].content, "البلاد آمنة");
  // (كان reads as كأن too; it is no such boundary.)
  q = Run("يذكر أن وزير المالية سالم العلي، كان قد أوضح أن العجز تراجع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير المالية سالم العلي");
}

TEST_F(QuoteExtractorTest, ATelegramOrACallIsTheOccasionNotPartOfTheSpeaker) {
  // في برقية، في مكالمة: nouns of the occasion of the words, like في بيان.
  auto q = Run(
      "وأشاد الشيخ سالم العلي في برقية وجهها اليوم إلى الأمير بهذه الإنجازات «الكبيرة التي حققها رجال الأمن في "
      "المنطقة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الشيخ سالم العلي");
  EXPECT_EQ(q[0].content, "الكبيرة التي حققها رجال الأمن في المنطقة");
}

TEST_F(QuoteExtractorTest, AVerbWithItsResumptivePronounOpensARelativeClauseAfterAnIndefiniteSource) {
  // دراسة حديثة أشرف عليها باحثون، وثيقة حصلت عليها الصحيفة: after an
  // indefinite noun, a verb with a preposition and its pronoun opens a
  // relative clause without a relative pronoun, even a verb that is also a
  // given name (أشرف); the source ends before it.
  auto q = Run("حذرت دراسة طبية حديثة أشرف عليها باحثون من جامعة الملك سعود من الأضرار الصحية للتدخين المتقطع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "دراسة طبية حديثة");
  EXPECT_EQ(q[0].content, "الأضرار الصحية للتدخين المتقطع");
  q = Run("وكشفت وثيقة حكومية حصلت عليها الصحيفة أن قطاع السياحة تضرر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وثيقة حكومية");
  EXPECT_EQ(q[0].content, "قطاع السياحة تضرر");
}

TEST_F(QuoteExtractorTest, APeriodAfterItsPrepositionIsATimeNotPartOfTheSpeaker) {
  // في فترة: a time, like في وقت.
  auto q = Run("وجاءت هذه الأنباء في فترة انشغل فيها الجمهور بالتحقيق، وكشفت حينها عن تلاعب واسع بنتائج المباريات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "هذه الأنباء");
  EXPECT_EQ(q[0].content, "تلاعب واسع بنتائج المباريات");
}

TEST_F(QuoteExtractorTest, ASubjectBeforeItsVerbIsAConstructChainAndLeavesItsAdverbsOut) {
  // بيانات وزارة الداخلية تشير: a chain of nouns in the construct state
  // that closes on a definite word or a personal name is a subject that
  // opens the sentence; the adverbs between it and its verb are not in it.
  auto q = Run("وكانت بيانات وزارة الداخلية سابقا تشير إلى القبض على خلايا نائمة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بيانات وزارة الداخلية");
  q = Run("مدير عام مؤسسة المتقاعدين اللواء سامي العلي قال إن القرار صائب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير عام مؤسسة المتقاعدين اللواء سامي العلي");
  q = Run("وكان الوزير أمس قد أكد أن الخطة جاهزة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  q = Run("الوزير سالم العلي أيضا أكد أن الخطة جاهزة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير سالم العلي");
  // (A verb after و opens no such chain.)
  q = Run("وبدأ يوسف الخالد يقول إن الفيلم جاهز.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "وبدأ يوسف الخالد");
}

TEST_F(QuoteExtractorTest, AForeignSurnameThatStartsWithLamIsPartOfTheName) {
  // جوشوا لانديس، ...: a surname the dictionary does not know, after a
  // name, is no addressee closed by a comma (لفرانس برس،).
  auto q = Run("قال البروفسور جوشوا لانديس، الخبير بالشؤون السورية، إن الخطر كبير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "البروفسور جوشوا لانديس، الخبير بالشؤون السورية");
  q = Run("وقال المتحدث سامي العلي لفرانس برس، إن الوضع هادئ.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث سامي العلي");
}

TEST_F(QuoteExtractorTest, APlaceOfTwoBareWordsAfterFiStaysInTheSpeaker) {
  // سلطة الطاقة في قطاع غزة إن، قادة الأمن في منطقة تبوك: a place in the
  // construct state that the dictionary does not know as a name, right
  // before what the cue governs, is part of the phrase.
  auto q = Run("وقالت سلطة الطاقة في قطاع غزة إن المحطة توقفت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سلطة الطاقة في قطاع غزة");
  // (Not a noun with its adjective, an occasion: في رسم كاريكاتيري.)
  q = Run("وأعربت صحيفة الوطن اليومية في رسم كاريكاتيري عن قلقها من الغلاء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صحيفة الوطن اليومية");
}

TEST_F(QuoteExtractorTest, QuotedCommonWordsOpeningTheClauseAreAFragmentNotAName) {
  // إلى أن «انتحارية» تناهز ...، إن «إقبالا كبيرا» شهدته: an indefinite noun
  // with its adjectives, or one adjective, quoted at the start of the
  // reported clause is the quoted fragment; the quote is partial.
  auto q = Run("وأشارت تقارير محلية إلى أن «انتحارية» تناهز العشرين من العمر نفذت الهجوم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "انتحارية");
  q = Run("وقال المنظمون إن «إقبالا كبيرا» شهدته المدينة خلال العيد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "إقبالا كبيرا");
  // (A name stays one: the clause is what was reported.)
  q = Run("وقال الوزير إن «أوبك» قادرة على حماية مصالحها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
}

TEST_F(QuoteExtractorTest, AQuotedSurnameRightAfterTheCueBeforeTheColonIsTheSpeaker) {
  // The surname the dictionary does not know, in marks between the cue and
  // the colon: the speaker, and the fuller name earlier in the text.
  auto q = Run("وقال مدير الفرع سالم أبو زهرة إن العمل بدأ. وأضاف \"أبو زهرة\": تم توزيع الفرق على الأحياء.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "\"أبو زهرة\"");
  EXPECT_EQ(q[1].resolved, "سالم أبو زهرة");
  EXPECT_EQ(q[1].content, "تم توزيع الفرق على الأحياء");
  q = Run("وتابع \"الشهراني\": وصلت الفرق قبل الموعد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "\"الشهراني\"");
  EXPECT_EQ(q[0].content, "وصلت الفرق قبل الموعد");
}

TEST_F(QuoteExtractorTest, AParenthesisBetweenDashesAfterTheSpeakerIsSkipped) {
  // The verbal noun the cue reports comes after a parenthesis between
  // dashes that describes the speaker or the occasion.
  auto q = Run("أعلنت شركة النقل الوطنية – المشغلة لقطار المدينة – فتح باب التقديم على الوظائف الموسمية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "شركة النقل الوطنية");
  EXPECT_EQ(q[0].content, "فتح باب التقديم على الوظائف الموسمية");
  q = Run("وأعرب المدير خلال بيان له - تلقت الصحيفة نسخة منه - عن استغرابه من القرار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
  EXPECT_EQ(q[0].content, "استغرابه من القرار");
}

TEST_F(QuoteExtractorTest, AParticipleAfterAPrepositionAPronounOrItsNounIsNoCue) {
  // ذاكرة، داعية، مفيدة are participle cues only as a circumstantial after
  // the clause: after a subject pronoun they are the predicate, after a
  // preposition its noun, after a feminine noun its adjective.
  auto q = Run("وفي حديث للصحيفة قال سالم الخطيب وهو داعية معروف ورئيس جمعية خيرية في المدينة «إن الناس يدركون الغرض».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سالم الخطيب");
  EXPECT_EQ(q[0].content, "إن الناس يدركون الغرض");
  EXPECT_TRUE(Run("ستبقى مواقفه في ذاكرة التاريخ ولن تطوى، فقد عمل سنوات طويلة في خدمة الناس.").empty());
  EXPECT_TRUE(Run("ويعد الحظر أداة مفيدة لإضعاف التنظيم، لكنه لن يكون كافيا وحده.").empty());
  // (A noun the dictionary may also read as a verb: أداة.)
  EXPECT_TRUE(Run("ومع أن الحظر أداة مفيدة لإضعاف التنظيم المتطرف، فإنه لن يكون فعالا في القضاء عليه.").empty());
  // (With what was said after it, a colon or a complementizer, it is the
  // circumstantial cue again.)
  q = Run("ردت المصممة على السؤال وكأنها تنفي تهمة مضيفة: «التشكيلة ناعمة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "التشكيلة ناعمة");
}

TEST_F(QuoteExtractorTest, ThePresentOfBalaghaAmountsToAndInformsOnlyWithItsPronoun) {
  // يبلغ، تبلغ before a subject and a quantity are بلغ "amount to", no
  // report; with the person told as its pronoun it informs.
  EXPECT_TRUE(Run("وتبلغ مساحة المشروع نحو 670 ألف متر مربع، وهو ما يؤهله بأن يكون منطقة تجارية.").empty());
  EXPECT_TRUE(Run("يبلغ عمر الرجل 71 عاما، وقال الشهود إنه كان يقود بسرعة.").size() == 1u);
  auto q = Run("وصلتها رسالة من المكتب يبلغها فيها أن عليها سداد الدين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "عليها سداد الدين");
}

TEST_F(QuoteExtractorTest, ANounInTaMarbutaIsNoCueWithAnObjectPronoun) {
  // The view spells ة as ه: دعاة (advocates), طالبة (a student) are no دعا،
  // طالب with an object pronoun; the cue is the verb before them.
  auto v = Run("ويعتبر دعاة التوسع في صناعة السيارات الذاتية أن هذه السيارات ستكون أكثر أمانا.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].cue, "ويعتبر");
  EXPECT_EQ(v[0].speaker, "دعاة التوسع في صناعة السيارات الذاتية");
  // (A cue with its pronoun stays one: وطالبها بالعودة.)
  auto q = Run("اتصل الأب بابنته وطالبها بالعودة إلى المنزل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "بالعودة إلى المنزل");
}

TEST_F(QuoteExtractorTest, AMasculineParticipleDoesNotTakeAFeminineNounAfterHasab) {
  // حسب الاستطاعة: the feminine noun after حسب is not who the masculine
  // participle describes; the clause's subject is.
  auto q = Run("واتفق الشاب السعودي مع مشرفه على أن يزوره حسب الاستطاعة مرة في الشهر، مشيرا إلى أن العمل من المنزل كان صعبا.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().cue, "مشيرا");
  EXPECT_EQ(q.back().speaker, "الشاب السعودي");
}

TEST_F(QuoteExtractorTest, TheEmphaticNafsAfterTheSpeakerBelongsToItAndNamesTheSameSource) {
  // المصدر نفسه، المصادر ذاتها: the emphasis is part of the speaker, which
  // is the source named before.
  auto q = Run("وقال مصدر أمني في المدينة إن الهجوم فشل. وأضاف المصدر نفسه أن التحقيق بدأ.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "المصدر نفسه");
  EXPECT_EQ(q[1].resolved, "مصدر أمني في المدينة");
  EXPECT_EQ(q[1].content, "التحقيق بدأ");
  // (After a verb that takes an object it is that object: وصف الرجل نفسه.)
  q = Run("ووصف اللاعب نفسه بأنه محظوظ.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "اللاعب");
}

TEST_F(QuoteExtractorTest, AParticipleAfterTheHeadsAdjectiveKeepsItsPreposition) {
  // المسؤول الأوروبي المطلع على المشاريع: the participle of the role takes
  // its preposition after the head's adjective too.
  auto q = Run("وقال المسؤول الأوروبي المطلع على مشاريع البحث إن الموازنة صعبة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المسؤول الأوروبي المطلع على مشاريع البحث");
  EXPECT_EQ(q[0].content, "الموازنة صعبة");
}

TEST_F(QuoteExtractorTest, AMasculineAccusativeParticipleAfterItsAccusativeNounIsItsAdjective) {
  // حضورا لافتا، اهتماما لافتا: the participle agrees with the noun before
  // it in case and indefiniteness; it is no circumstantial cue.
  EXPECT_TRUE(Run("وشهد المهرجان حضورا لافتا منذ ليلته الأولى، وتنوعت الفعاليات بين الفنون الشعبية والعروض.").empty());
  auto q = Run("وأشار المدير إلى أن المشروع شهد اهتماما لافتا من الشركات العالمية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المشروع شهد اهتماما لافتا من الشركات العالمية");
  // (After an adverb it is the circumstantial again, which ends what was
  // said before it: يوميا مؤكدا.)
  q = Run("وقال المسؤول إن الإنتاج قد يزيد 500 ألف برميل يوميا مؤكدا احتمال زيادة المعروض.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].content, "الإنتاج قد يزيد 500 ألف برميل يوميا");
}

TEST_F(QuoteExtractorTest, APresentCueAfterTheSubjunctiveAnIsNoReport) {
  // من المقرر أن يكشف، أرادت أن تقول إن: what is to be said or was meant,
  // not what was said.
  EXPECT_TRUE(Run("ومن المقرر أن يكشف الوزير عن خطته الجديدة للإسكان الأسبوع المقبل.").empty());
  EXPECT_TRUE(Run("وأرادت الحكومة بذلك أن تقول إن العرب شاركوا في صياغة الاتفاق.").empty());
  // (After قبل أن it is the story's next step.)
  auto q = Run("وتحدث الشاعر عن بداياته، قبل أن يستدرك: «لم أنشر قصائدي إلا متأخرا».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "لم أنشر قصائدي إلا متأخرا");
}

TEST_F(QuoteExtractorTest, AnIndefiniteNounAfterLakinInsideTheSentenceIsTheSubject) {
  // ...، لكن أقرباء له قالوا: the noun of لكن is accusative and may be
  // indefinite, in the middle of the sentence too.
  auto q = Run("ولم يحدد البيان هوية الضحية، لكن أقرباء له قالوا إنه يدعى سامي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أقرباء له");
  q = Run("وكانت الجماعة صامتة، لكن مصدرا بارزا في الجيش الحر في شمال البلاد، أكد للصحيفة أن القائد قتل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصدرا بارزا في الجيش الحر في شمال البلاد");
  // (Not with a verb of its own before the cue: لكن هند سارعت تقول.)
  q = Run("وصمت الحاضرون، لكن فتاة صغيرة سارعت تقول: «هذه ليست لعبة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "فتاة صغيرة سارعت");
}

TEST_F(QuoteExtractorTest, ANounBeforeANameIsADefiniteSubjectForTheParticiple) {
  // وتحدثت والدة فاننيج ... قائلة: a noun in the construct state before a
  // name is definite by it; the participle describes that subject, not the
  // subject of the sentence's first verb.
  auto q = Run("وضربت سمكة القرش المزلجة فأوقعته في المياه، وتحدثت والدة فاننيج عن الواقعة قائلة: «اعتقدت أن أمره انتهى».");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "والدة فاننيج");
}

TEST_F(QuoteExtractorTest, AVerbAfterItsSubjectTakesANounPhraseContent) {
  // وكانت الوزارة أعلنت إغلاق المعبر: after the subject before the verb,
  // the verbal noun after the verb is what was said, as after وأعلن.
  auto q = Run("وكانت وزارة الداخلية أعلنت إغلاق المعبر الحدودي أمام المسافرين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزارة الداخلية");
  EXPECT_EQ(q[0].content, "إغلاق المعبر الحدودي أمام المسافرين");
}

TEST_F(QuoteExtractorTest, AMannerInTaMarbutaWithItsGenitiveIsNoSpeaker) {
  // فقال ببساطة أهل القرية: the verbal noun with ب in the construct state
  // tells how he spoke; the subject is implicit.
  auto q = Run("وسألته عن الطريق، فقال ببساطة أهل القرية الطيبين: «الطريق من هنا».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "الطريق من هنا");
}

TEST_F(QuoteExtractorTest, AReportInAClauseOfTimeEndsWhereTheMainClauseBegins) {
  // وعندما أعلن فلان عزمه ...، كان فلان ...: the comma before the main
  // clause's verb ends what was reported in the clause of time.
  auto q = Run("وعندما أعلن الرئيس عن عزمه خوض الانتخابات المقبلة، كان الوزير من أوائل المؤيدين له.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "عزمه خوض الانتخابات المقبلة");
  q = Run("وعندما يقال إن «المدرسة هي المصعد»، فإن هذا الحكم ينطبق على الوزير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المدرسة هي المصعد");
}

TEST_F(QuoteExtractorTest, AMeasureAfterTheFirstVerbIsNoSubjectForTheParticiple) {
  // وقدر حجم المنصرف ...، مؤكدا: the measure is the object of the verb of
  // estimate; the participle describes the implicit subject.
  auto q = Run("وأصدرت الهيئة تقريرها السنوي أمس. وقدر حجم المنصرف من القروض بنحو 500 مليون ريال، مؤكدا أن السداد ارتفع.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().cue, "مؤكدا");
  EXPECT_EQ(q.back().speaker, "");
}

TEST_F(QuoteExtractorTest, QadrAsTheNounOfAmountIsNoCue) {
  // قدر الإمكان، قدر استطاعتي: "as far as possible", not قدّر.
  EXPECT_TRUE(Run("وحاولت قدر استطاعتي أن أكسب ثقة ابنتي وأن أقلل من الأوامر.").empty());
  EXPECT_TRUE(Run("وينبغي الابتعاد قدر الإمكان عن مناطق الاشتباك حتى لا يؤثر ذلك على النفوذ.").empty());
  // (The verb stays a cue: وقدر الخبراء أن ...)
  auto q = Run("وقدر الخبراء أن الخسائر تجاوزت مليار دولار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الخبراء");
}

TEST_F(QuoteExtractorTest, TheElativeAblaghAlAtharIsNoCue) {
  // أبلغ الأثر: "the greatest effect"; the quotes after it are the
  // coach's, not "الأثر"'s.
  auto q = Run("وكان للاستقبال الذي حظي به المدرب في الدوحة ابلغ الأثر في ترسيخ الاعتقاد لديه بأن قطر مستعدة. وقال مارتينيز: «البطولة ستنجح».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "مارتينيز");
}

TEST_F(QuoteExtractorTest, AReportAfterACommaAndTheJournalistsOpenerEndsTheOneBefore) {
  // ...، وبدوره أكد فلان أن ...: a report of its own begins after the
  // comma and the opener.
  auto q = Run("وقال المدرب إن الفريق جاهز للمباراة، وبدوره أكد اللاعب سامي العلي أن المواجهة صعبة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الفريق جاهز للمباراة");
  EXPECT_EQ(q[1].speaker, "اللاعب سامي العلي");
  EXPECT_EQ(q[1].content, "المواجهة صعبة");
}

TEST_F(QuoteExtractorTest, AgreementOnAPropositionIsAReportAndOnAnActIsNot) {
  // يتفق المحللون على أن ...: what they agree on is a proposition; اتفق
  // على أن يقوم ...: an act agreed on (أن with a present verb), no report.
  auto q = Run("ويتفق معظم المحللين على أن الاتفاق لن يختبر إلا بعد سنوات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "معظم المحللين");
  EXPECT_EQ(q[0].content, "الاتفاق لن يختبر إلا بعد سنوات");
  EXPECT_TRUE(Run("واتفق الشاب مع مشرفه على أن يقوم بالعمل من المنزل.").empty());
}

TEST_F(QuoteExtractorTest, APronounWithWawBeforeAPresentCueIsItsSpeaker) {
  // ...، وهو يقول ساخرا: «...»: the circumstantial clause has its subject in
  // the pronoun.
  auto q = Run("فخرج الرجل من بيته، وهو يقول ساخرًا: «الله يخليك يا فقر».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وهو");
  EXPECT_EQ(q[0].content, "الله يخليك يا فقر");
}

TEST_F(QuoteExtractorTest, AStrictCueReachesItsColonOverTheSpeakersRoleAndTakesFa) {
  // تساءل فلان، رئيس الاتحاد في المدينة: «...»: the role in apposition
  // stands between the strict cue and its colon.
  auto q = Run("وفي هذا الصدد، تساءل سامي العلي، رئيس اتحاد الطلاب في المدينة: «لماذا يحتفلون؟ عليهم أن يعملوا».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامي العلي، رئيس اتحاد الطلاب في المدينة");
  // (فأجاب «...»: with ف the verb opens its clause, as with و.)
  q = Run("وسئل المدرب عن خطته للموسم فأجاب «سأجعل الموسم المقبل موسما تاريخيا للنادي».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "سأجعل الموسم المقبل موسما تاريخيا للنادي");
}

TEST_F(QuoteExtractorTest, AnIndefiniteRuleAfterHasabIsNoSourceEither) {
  // حسب خطة البناء، وفقا لقوانين الإمارات: the nonsource words hold their
  // definite forms; an indefinite head in the construct state is the same
  // noun, a rule or a plan, not a source.
  EXPECT_TRUE(Run("فالقصر مبني حسب خطة البناء الأصلية التي وضعها المهندس.").empty());
  EXPECT_TRUE(Run("وأسست الهيئة الشركة وفقا لقوانين الإمارات المعمول بها.").empty());
  auto q = Run("وارتفعت الأسعار بنسبة 5 في المئة، حسب تقرير الوزارة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقرير الوزارة");
}

TEST_F(QuoteExtractorTest, ACriterionAfterHasabIsNoSource) {
  // What a thing varies by (السن والحجم، الطلب، الإجراءات المعمول بها) is a
  // measure, not who said it.
  EXPECT_TRUE(Run("وتختلف أسعار الخيول بحسب السن والسلالة.").empty());
  EXPECT_TRUE(Run("ويقدم المطعم الوجبات حسب الطلب طوال اليوم.").empty());
  EXPECT_TRUE(Run("وسلمت البلدية التصاريح وفقا للإجراءات المعمول بها.").empty());
  auto q = Run("وتراجعت المبيعات بنسبة 3 في المئة، وفقا للغرفة التجارية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "للغرفة التجارية");
}

TEST_F(QuoteExtractorTest, AVerbOfJudgmentWithItsPronounReportsTheJudgmentAfterItsSubject) {
  // The thing judged is the verb's pronoun; the judgment, a bare noun
  // phrase, follows the subject, which ends on ـون or a definite word.
  auto q = Run("وأجلت اللجنة التصويت، في خطوة عدها مراقبون محاولة لكسب الوقت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "عدها");
  EXPECT_EQ(q[0].speaker, "مراقبون");
  EXPECT_EQ(q[0].content, "محاولة لكسب الوقت");
  // With the relative as its object (the pronoun agrees with الذي).
  q = Run("وألغت البلدية القرار الذي اعتبره تجار السوق عقبة أمام تجارتهم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تجار السوق");
  EXPECT_EQ(q[0].content, "عقبة أمام تجارتهم");
  // A plural verb has its subject in its suffix; the judgment ends where
  // the next clause begins.
  q = Run("وقرأ الطلاب الشروط واعتبروها مجحفة، وقرروا الانسحاب من المسابقة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الطلاب");
  EXPECT_EQ(q[0].content, "مجحفة");
  // الذي اعتبرها: a pronoun of the other gender is not the relative's; the
  // relative is the subject and the words after the verb are no speaker.
  EXPECT_TRUE(Run("وهو الارتفاع الذي اعتبرها أحد أسباب تراجع المبيعات.").empty());
}

TEST_F(QuoteExtractorTest, ASubjectWithItsDescriptionBetweenCommasBeforeTheVerb) {
  // A short phrase, a comma, a description that opens with أحد، وهو, a
  // relative pronoun or a role, and a comma before the verb: the phrase is
  // the subject, even when the dictionary reads the name as common words;
  // its apposition is part of the speaker, a relative clause is not (the
  // guide's span rule).
  auto q = Run("سالم قاسم، أحد منظمي الحملة التي انطلقت في الحي، أشار إلى أن المتطوعين كثر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سالم قاسم، أحد منظمي الحملة");
  q = Run("لكن المسؤول، الذي فضل عدم ذكر اسمه، قال إن الاجتماع تأجل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المسؤول");
  // (A fronted phrase and a time between commas are no subject.)
  q = Run("وبعد لقائه الوزير، صباح أمس، قال المدير إن الزيارة ناجحة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
}

TEST_F(QuoteExtractorTest, ANounWhoseHamzaShowsTheAccusativeIsNoSubject) {
  // ولاءه (accusative; the nominative is ولاؤه): the verb's object, what
  // was declared, not who declared it.
  auto q = Run("وزار المدينة أمس. وأعلن ولاءه للحزب الحاكم بشكل علني.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "ولاءه للحزب الحاكم بشكل علني");
  // The nominative is a subject.
  q = Run("وأكد أعضاؤها أن الجمعية ستواصل عملها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أعضاؤها");
  // (قراءة ends in ة, not in a pronoun.)
  q = Run("وتقول القراءة الأولى للاتفاق إن الأسعار ستنخفض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "القراءة الأولى للاتفاق");
}

TEST_F(QuoteExtractorTest, ARoleAfterTheSourceAtTheSentenceEndIsTheSourcesNotTheClauses) {
  // ...، بحسب X، مدير ...: a role in apposition up to the end of the
  // sentence describes the source; the clause before the phrase is what
  // was reported, and the speaker takes the role in.
  auto q = Run("تراجعت المبيعات في الصيف الماضي، بحسب كريم يوسف، مدير شركة «النخبة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تراجعت المبيعات في الصيف الماضي");
  EXPECT_EQ(q[0].speaker, "كريم يوسف، مدير شركة «النخبة»");
  q = Run("تأخر موسم الحصاد هذا العام، كما قال سامر حداد، أستاذ في كلية الزراعة بالجامعة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تأخر موسم الحصاد هذا العام");
  EXPECT_EQ(q[0].speaker, "سامر حداد، أستاذ في كلية الزراعة بالجامعة");
  // (With a relative clause after the role, the role still ends the speaker.)
  q = Run("ارتفع الطلب على الشقق الصغيرة، حسبما أفاد نادر سليم، المستشار العقاري، الذي يعمل في المدينة منذ سنوات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "ارتفع الطلب على الشقق الصغيرة");
  EXPECT_EQ(q[0].speaker, "نادر سليم، المستشار العقاري");
  // (وهو after the comma: a clause about the source; the speaker is the name.)
  q = Run("انخفضت الأسعار بنسبة كبيرة، حسبما أفادت ليلى مراد، وهي محامية تعمل في العاصمة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "انخفضت الأسعار بنسبة كبيرة");
  EXPECT_EQ(q[0].speaker, "ليلى مراد");
  // The interrupted clause goes on after the phrase: it is all reported,
  // also when it goes on with a definite predicate.
  q = Run("وتبقى المدينة، حسب المحافظ، الأكثر تضررا من السيول.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].content.find("المدينة، حسب المحافظ، الأكثر تضررا من السيول"), std::string::npos) << q[0].content;
  EXPECT_EQ(q[0].speaker, "المحافظ");
}

TEST_F(QuoteExtractorTest, ABaOfTheStemStaysInTheSpeakerOfACueThatGovernsBa) {
  // A cue that takes its content with ب: the ب of a name or of the
  // subject's adjective is the word's own, not the content's.
  auto q = Run("وأشادت سلمى بوزيدي بالفرق المشاركة في المهرجان.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سلمى بوزيدي");
  EXPECT_EQ(q[0].content, "بالفرق المشاركة في المهرجان");
  q = Run("وطالب مزارعون بارزون بخفض أسعار الأعلاف.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مزارعون بارزون");
  EXPECT_EQ(q[0].content, "بخفض أسعار الأعلاف");
  // (A name after the speaker with no other ب after it is the content's:
  // ب and the name.)
  q = Run("وأشاد المدرب بسواريز خلال المؤتمر الصحفي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدرب");
}

TEST_F(QuoteExtractorTest, TheSpokesmansInTheNameOfStaysInHisRoleAfterAnAdjective) {
  // المتحدث الرسمي باسم X: باسم after the spokesman's adjective is part of
  // the role, also before an object or a content with ب.
  auto q = Run("ودعا المتحدث الرسمي باسم البلدية السكان إلى الحذر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث الرسمي باسم البلدية");
  q = Run("وطالب المتحدث الرسمي باسم النقابة بزيادة الأجور.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث الرسمي باسم النقابة");
  EXPECT_EQ(q[0].content, "بزيادة الأجور");
}

TEST_F(QuoteExtractorTest, AVerbThatOpensTheSentenceIsNoPartOfTheSpeaker) {
  // أصدر X بيانا أكد فيه أن ...: the speaker is the subject of the verb
  // of issuing, without the verb.
  auto q = Run("وأصدرت النقابة بيانا أكدت فيه أن الإضراب مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "النقابة");
  EXPECT_EQ(q[0].content, "الإضراب مستمر");
  q = Run("أصدر المتحدث باسم البلدية بيانا قال فيه إن الطرق مغلقة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث باسم البلدية");
}

TEST_F(QuoteExtractorTest, AmirIsTheTitleOfARegionAndAGivenNameBeforeAName) {
  // أمير منطقة X is a title: the shorter أمير X names the prince the text
  // gave that role.
  auto q = Run("افتتح الأمير سلطان بن ماجد أمير منطقة تبوك المعرض أمس. وصرح أمير تبوك أن المعرض يستمر أسبوعا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أمير تبوك");
  EXPECT_EQ(q[0].resolved, "سلطان بن ماجد");
  // Before a word the dictionary does not know, or after another title,
  // it is the given name.
  q = Run("وقالت الباحثة الدكتورة أميرة كشغري إن النتائج مشجعة. وأضافت كشغري أن الفريق سيواصل العمل.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "كشغري");
  EXPECT_EQ(q[1].resolved, "أميرة كشغري");
}

TEST_F(QuoteExtractorTest, AVerbAfterQadGivesItsSubjectToTheParticipleThatFollows) {
  // وقد وجه X ...، مشددا: after قد a word the dictionary also reads as a
  // noun (وجه "face") is the verb, and its subject speaks.
  auto q = Run("وقد وجه محافظ المدينة سامي العلي الشرطة بسرعة التحقيق، مشددا على ضرورة حماية الزوار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محافظ المدينة سامي العلي");
  // With no person after it, the subject of an earlier clause stays the
  // speaker's.
  q = Run("ويعيش الدكتور ماهر الفرج في مدينته اليوم وقد حقق حلم حياته، وأكد أن الإرادة تصنع المستحيل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور ماهر الفرج");
}

TEST_F(QuoteExtractorTest, ADualAdjectiveAgreesWithItsNounBeforeAnObject) {
  // خادم الحرمين الشريفين: the adjective in the dual agrees with the dual
  // before it; it is no object of a cue that takes one.
  auto q = Run("ودعا خادم الحرمين الشريفين المواطنين إلى التبرع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خادم الحرمين الشريفين");
  EXPECT_EQ(q[0].content, "التبرع");
}

TEST_F(QuoteExtractorTest, WhatThePaperLearnedFromASourceIsTheSources) {
  // علمت «الصحيفة» من مصادر أن ...: the source after من speaks; the paper
  // only relays it.
  auto q = Run("وعلمت «الأنباء» من مصادر مطلعة أن المجلس سيجتمع الأسبوع المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر مطلعة");
  EXPECT_EQ(q[0].content, "المجلس سيجتمع الأسبوع المقبل");
  // With no source, what the paper learned is its own report.
  q = Run("وعلمت «الأنباء» أن المجلس سيجتمع الأسبوع المقبل.");
  EXPECT_TRUE(q.empty());
}

TEST_F(QuoteExtractorTest, HopesWarningsAndConditionsAreReported) {
  // يأمل ... أن، نبه ... إلى أن، اشترط ... أن: what the subject hopes,
  // warns of or sets as a condition.
  auto q = Run("ويأمل الباحثون أن يساعد الدواء في علاج المرض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الباحثون");
  EXPECT_EQ(q[0].content, "يساعد الدواء في علاج المرض");
  q = Run("ونبه المدير الموظفين إلى أن الدوام سيبدأ مبكرا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير");
  EXPECT_EQ(q[0].content, "الدوام سيبدأ مبكرا");
  q = Run("واشترطت الوزارة أن يكون المتقدم حاصلا على شهادة جامعية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزارة");
  // (Without a complementizer, تأمل is "consider" and أمل a noun or a
  // name.)
  EXPECT_TRUE(Run("وتأمل حال المدينة في الصيف.").empty());
  EXPECT_TRUE(Run("وزارت أمل المعرض أمس.").empty());
}

TEST_F(QuoteExtractorTest, ARelativeResumedInWhatWasSaidIsNoSpeaker) {
  // المزادات التي تعتقد مصادر السوق أنها ...: the complementizer's pronoun
  // takes up the relative, which is then what was said about; the noun
  // after the verb is the speaker.
  auto q = Run("وتنظم الشركة المعارض التي يعتقد خبراء السوق أنها تجذب المستثمرين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "خبراء السوق");
  q = Run("وكان الوزير سالم العلي، الذي تقول زوجته إنه يعمل بلا توقف، قد عاد أمس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "زوجته");
}

TEST_F(QuoteExtractorTest, AStatementWithThePrepositionIsWhatAVerbWithBaWelcomed) {
  // رحب X ببيان الوزارة: with ب before it, the statement is what was
  // welcomed; بيان alone starts with its own ب.
  auto q = Run("ورحب المستثمرون ببيان الوزارة حول الدعم الجديد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المستثمرون");
  EXPECT_EQ(q[0].content, "ببيان الوزارة حول الدعم الجديد");
  // في إعلان: the occasion of the words, not part of the speaker.
  q = Run("وأوضح المصرف في إعلان نشره أمس أن الأرباح ارتفعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المصرف");
}

TEST_F(QuoteExtractorTest, NotOnlyButIsNoAttribution) {
  // ليس ... فحسب بل: فحسب is "only", not حسب with ف.
  EXPECT_TRUE(Run("ولم يتعلم الرسم من أستاذه فحسب بل من والده أيضا.").empty());
  // (فحسب before a source is the attribution: so according to X.)
  auto q = Run("ارتفعت الأسعار، فحسب المصادر فإن الطلب زاد كثيرا.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].speaker, "المصادر");
}

TEST_F(QuoteExtractorTest, ThePlaceOfARoleWithItsPrepositionIsNoObject) {
  // دعت إدارة التعليم بمنطقة الجوف ...: the place or body after ب or ل
  // belongs to the subject; an object carries no preposition.
  auto q = Run("ودعت إدارة التعليم بمنطقة القصيم المعلمين الجدد إلى مراجعة مكاتبها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "إدارة التعليم بمنطقة القصيم");
  EXPECT_EQ(q[0].content, "مراجعة مكاتبها");
  // (A noun with ل after the object is its complement, not a verbal noun
  // that was called for.)
  q = Run("ودعت الإدارة المرشحين للوظائف التعليمية إلى مراجعة مكاتبها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "مراجعة مكاتبها");
  q = Run("ودعا الوزير المواطنين للمشاركة في الانتخابات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "للمشاركة في الانتخابات");
}

TEST_F(QuoteExtractorTest, ANameBetweenTwoRightMarksWithSpacesIsPaired) {
  // لـ”الصحيفة ” المتحدث: some papers open with ” and leave a space inside
  // the closing ”. The pair holds the name of the paper spoken to, and the
  // speaker after it is found.
  auto q = Run("وأوضح لـ”الأنباء ” المتحدث الرسمي للهيئة سعد العلي بأن الفرق باشرت عملها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المتحدث الرسمي للهيئة سعد العلي");
  // (A spaced ” after a colon opens nothing the earlier “ left open.)
  q = Run("وقال المدير: “نحن مستعدون للموسم “. وأضاف : ” الفريق جاهز تماما ” .");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "نحن مستعدون للموسم");
}

TEST_F(QuoteExtractorTest, AVerbInACircumstantialClauseAboutTheSpeakerDoesNotReport) {
  // ويوضح X وهو يتابع العمال أن ...: the present verb after و and a
  // pronoun describes the speaker; the verb before it reports.
  auto q = Run("ويوضح المهندس سامر وهو يتابع العمال في الموقع أن المشروع يسير وفق الخطة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المهندس سامر");
  EXPECT_EQ(q[0].cue, "ويوضح");
  q = Run("يقول أحد المزارعين، وهو يرى الأمطار تغمر حقله، إن الموسم ضاع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أحد المزارعين");
  // (After a verb that already has its object, the clause reports.)
  q = Run("وانتقد الوزير المعارضة، وهو يقول: «لن نتراجع».");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().content, "لن نتراجع");
  EXPECT_EQ(q.back().cue, "يقول");
}

TEST_F(QuoteExtractorTest, TheQuotedNameOfABodyAfterATitleIsInTheSpeaker) {
  // مدير «...»: a title in the construct state takes the quoted name of
  // the body the person heads, also a longer one, and one whose foreign
  // words read as a verb.
  auto q = Run("وقال مدير «نايت فرانك» إن الأسعار سترتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير «نايت فرانك»");
  q = Run("ويقول سامي نور، مدير «المركز الوطني لأبحاث المياه الجوفية»، إن المخزون يتراجع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامي نور، مدير «المركز الوطني لأبحاث المياه الجوفية»");
}

TEST_F(QuoteExtractorTest, AnObjectAfterAQuotedNameIsNoPartOfTheSpeaker) {
  // وطالب "الغامدي" مسؤولي الهيئة بـ...: the quoted name is definite as a
  // name is; the construct phrase after it is the object.
  auto q = Run("وطالب \"العتيبي\" مسؤولي البلدية بتوفير حاويات جديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "\"العتيبي\"");
  EXPECT_EQ(q[0].content, "بتوفير حاويات جديدة");
}

TEST_F(QuoteExtractorTest, FaAfterTheSourceOpensTheMainClause) {
  // وفقا لتقديرات X فمن المنتظر أن ...، حسب الوزارة فالأسعار ...: the
  // source ends before ف with the article or a function word.
  auto q = Run("ووفقا لتقديرات مؤسسة التصنيف الدولية فمن المنتظر أن يرتفع الدين العام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مؤسسة التصنيف الدولية");
  q = Run("وحسب الوزارة فالأسعار سترتفع في الصيف.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزارة");
  // (A foreign name that starts with the letter stays whole: فان before a
  // name is "van".)
  q = Run("وقال السفير جيرارد فان بوهيمن إن القرار اعتمد بالإجماع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "السفير جيرارد فان بوهيمن");
}

TEST_F(QuoteExtractorTest, AnOpinionAttributedToItsNamedHolder) {
  // برأي X، في رأي X، بنظر X: an opinion attributed as with في رأيه, the
  // holder named.
  auto q = Run("ويعد القرار، برأي محللين اقتصاديين، خطوة نحو تنويع الدخل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محللين اقتصاديين");
  q = Run("والمشكلة في رأي الكثيرين أن التدريب لا يكفي.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].speaker, "الكثيرين");
}

TEST_F(QuoteExtractorTest, AQuotedGenitiveBeforeTheColonIsInTheSpeaker) {
  // منسوبو "الجمعية": / أنصار "BBC":: a quoted name in Latin letters, or
  // a definite one before the colon of a direct quote, is the genitive of
  // the noun before it.
  auto q = Run("وقال منسوبو \"الجمعية\": \"ما زلنا ننتظر الرواتب منذ شهرين\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "منسوبو \"الجمعية\"");
  q = Run("بينما يقول أنصار \"BBC\": إنها مؤسسة وطنية قيمة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أنصار \"BBC\"");
}

TEST_F(QuoteExtractorTest, AVerbalNounInABodysNameKeepsItsPreposition) {
  // جهاز الرقابة على الأغذية، لجنة الدفاع عن الحريات: the definite verbal
  // noun, genitive of the body's noun, keeps its preposition and object.
  auto q = Run("وذكر جهاز الرقابة على الأدوية، في بيان، أن الشحنة مغشوشة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "جهاز الرقابة على الأدوية");
  q = Run("وقال مجلس الدفاع عن الموارد الطبيعية إن الغابات تتقلص.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مجلس الدفاع عن الموارد الطبيعية");
}

TEST_F(QuoteExtractorTest, AParticipleAfterTheHeadKeepsItsAla) {
  // المشرف العام على المهرجان: a participle of the simple verb after the
  // head keeps على and its object in the speaker.
  auto q = Run("وأوضح المشرف العام على المهرجان سالم العتيبي أن الفعاليات تبدأ غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المشرف العام على المهرجان سالم العتيبي");
  // (At the head, على may be the verb's own: the speaker stops before it.)
  q = Run("وأكد الباحثون على أن النتائج أولية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الباحثون");
}

TEST_F(QuoteExtractorTest, TheAccusativeSubjectOfLakinKeepsItsTanween) {
  // لكن مصدرًا بارزًا ...، أكد: after لكن the subject is accusative, and
  // the tanween written on it ends nothing.
  auto q = Run("لكن مسؤولًا كبيرًا في الوزارة، أكد أن المشروع متوقف.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مسؤولًا كبيرًا في الوزارة");
}

TEST_F(QuoteExtractorTest, AQuotationWithItsOwnVerbEndsTheClauseAroundIt) {
  // وأنه قال: «...»: the quotation is the inner verb's direct quote, not a
  // fragment of the outer clause, which is reported up to that verb.
  auto q = Run("وقال مصدر في الوزارة إن المدير كان يرى أن المشروع متأخر، وأنه قال: «لن نقبل بالتأخير بعد اليوم».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].speaker, "مصدر في الوزارة");
  EXPECT_EQ(q[0].content, "المدير كان يرى أن المشروع متأخر");
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[1].content, "لن نقبل بالتأخير بعد اليوم");
  // (Not when too little of the clause is left before that verb: عندما
  // alone is no content.)
  q = Run("وأوضح المدير أنه عندما قال: «لن نتراجع عن القرار» كان يقصد الموظفين الجدد.");
  for (const auto& r : q) EXPECT_NE(r.content, "عندما");
}

TEST_F(QuoteExtractorTest, FiguresAfterAPrepositionalCueLeaveTheSourceToTheirGenitive) {
  // وفقا لتقديرات X: the nouns of figures belong to the attribution
  // phrase, and the body in their genitive is the source.
  auto q = Run("ارتفع عدد المشتركين إلى مليوني مشترك، وفقا لتقديرات هيئة الاتصالات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "هيئة الاتصالات");
  EXPECT_EQ(q[0].cue, "وفقا لتقديرات");
  q = Run("تراجعت المبيعات في الربع الثاني، بحسب إحصاءات وتقديرات الغرفة التجارية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الغرفة التجارية");
  // Nor do the nouns of words: حسب قول X، بحسب تصريحات X.
  q = Run("وتحتفظ القطع بقيمتها لسنوات طويلة، حسب قول المصممة سارة العلي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المصممة سارة العلي");
  EXPECT_EQ(q[0].cue, "حسب قول");
  // (Not before an adjective: the figures themselves are the source.)
  q = Run("تراجعت المبيعات في الربع الثاني، بحسب بيانات رسمية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بيانات رسمية");
}

TEST_F(QuoteExtractorTest, WhatCameInAPaperIsThePapersReport) {
  // وفقا لما جاء في X، حسبما ورد في X: ما, the verb of a text's contents
  // and its preposition belong to the attribution phrase; X is the source.
  auto q = Run("ارتفعت أسعار الذهب بنسبة كبيرة، وفقا لما جاء في صحيفة الأسواق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صحيفة الأسواق");
  EXPECT_EQ(q[0].cue, "وفقا لما جاء في");
  q = Run("ارتفعت أسعار الذهب بنسبة كبيرة، حسبما جاء في البيان.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "البيان");
  EXPECT_EQ(q[0].content, "ارتفعت أسعار الذهب بنسبة كبيرة");
}

TEST_F(QuoteExtractorTest, InsistingAndArguingReportAClauseNotAnAct) {
  // أصر X على أن ...، جادل X بأن ...: a clause after the complementizer is
  // what was said; أصر على with a verbal noun is an act (insisted on going).
  auto q = Run("وأصر قادة الحزب على أنهم لن يشاركوا في الحكومة الجديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "قادة الحزب");
  EXPECT_EQ(q[0].content, "لن يشاركوا في الحكومة الجديدة");
  q = Run("وجادل عدد من الخبراء بأن الخروج من الاتحاد هو الخيار الأفضل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "عدد من الخبراء");
  EXPECT_TRUE(Run("وأصر اللاعب على المشاركة في المباراة رغم الإصابة.").empty());
}

TEST_F(QuoteExtractorTest, ACreditThatIsASentenceOfItsOwnGivesThePreviousSentence) {
  // Wire copy: "... . وفقا لرويترز." credits the sentence before it, in its
  // paragraph, with or without the space the crawler lost.
  auto q = Run("وصل الوفد إلى العاصمة مساء أمس. وارتفعت أسعار النفط بنسبة ثلاثة في المائة خلال الأسبوع.وفقا لرويترز.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "وارتفعت أسعار النفط بنسبة ثلاثة في المائة خلال الأسبوع");
  EXPECT_EQ(q[0].speaker, "لرويترز");
  // Not a sentence that reports someone already, nor one in the paragraph
  // before.
  q = Run("وقال الوزير إن الأسعار سترتفع خلال الأسبوع المقبل. وفقا للفرنسية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  EXPECT_TRUE(Run("وارتفعت أسعار النفط بنسبة ثلاثة في المائة.\nوفقا للفرنسية.").empty());
}

TEST_F(QuoteExtractorTest, AParticipleAfterAVerbalClauseOpensAReportOfItsOwn) {
  // إنه مل ... مطالبا: the clause after إنه opens with a verb, so the
  // participle is no predicate of a nominal clause; it reports on its own.
  auto q = Run("وقال الممثل إنه مل الخلافات الفنية مطالبا زميله بأن يهتم بأعماله.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "مل الخلافات الفنية");
  EXPECT_EQ(q[1].cue, "مطالبا");
  // (A nominal clause keeps its predicate: الحكومة مطالبة بـ.)
  q = Run("وقال الوزير إن الحكومة مطالبة بتوفير الخدمات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحكومة مطالبة بتوفير الخدمات");
}

TEST_F(QuoteExtractorTest, AFamilyNameTheTextGaveInFullEndsTheSpeaker) {
  // The family name of a person named in full earlier is the whole name:
  // what follows it is the verb's (a manner, a setting, an object).
  auto q = Run("استقبل الوزير خالد الزهراني وفدا من الشركة. وقال الزهراني بتأثر كبير إن الشركة قدمت الكثير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الزهراني");
  EXPECT_EQ(q[0].resolved, "خالد الزهراني");
  q = Run("التقى الرئيس ماركو فيلاني بالصحفيين. ودعا فيلاني المنظمات الدولية إلى زيارة المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "فيلاني");
  EXPECT_EQ(q[0].content, "زيارة المدينة");
  // (A foreign name given in full right after a verb of saying, with its
  // role after a comma, though no definite word opens it.)
  q = Run("قال روبرت هاليفاكس، مدير المعهد، إن الأسواق هادئة. ويقول هاليفاكس مبتسما إن «الطلب سيعود قريبا».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "هاليفاكس");
  EXPECT_EQ(q[1].resolved, "روبرت هاليفاكس");
  // (A definite word with ل after a definite family name is no part of
  // the name: للاعبين is whom the wish is for.)
  q = Run("وقال رئيس النادي سعد بن محمد الغامدي إن الموسم كان ناجحا. وتمنى الغامدي للاعبين التوفيق في المباريات.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "الغامدي");
  // (Not a name the text never gave in full, nor with the emphatic نفسه.)
  q = Run("وقال الزهراني بتأثر كبير إن الشركة قدمت الكثير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "الزهراني");
  q = Run("استقبل الوزير خالد الزهراني وفدا من الشركة. وأكد الزهراني نفسه أن الشركة قدمت الكثير.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الزهراني نفسه");
}

TEST_F(QuoteExtractorTest, AConclusionReachedIsAFindingOnlyBeforeAComplementizer) {
  // توصل X إلى أن، خلص X إلى أن: a finding; توصل X إلى اتفاق is an
  // agreement reached, whatever complementizer comes later.
  auto q = Run("وتوصلت الدراسة الجديدة إلى أن النوم المبكر يحسن الذاكرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدراسة الجديدة");
  EXPECT_EQ(q[0].content, "النوم المبكر يحسن الذاكرة");
  EXPECT_EQ(q[0].cue, "وتوصلت");
  q = Run("وخلص التقرير السنوي إلى أن الأسعار سترتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "التقرير السنوي");
  EXPECT_TRUE(Run("وتوصل الطرفان إلى اتفاق نهائي بعد أن استمرت المفاوضات شهرا.").empty());
  EXPECT_TRUE(Run("توصل الفريق لحل المشكلة قبل أن يبدأ الموسم.").empty());
}

TEST_F(QuoteExtractorTest, AShareOfThoseAskedIsTheSubject) {
  // A survey's share (a number with في المائة or %) after the cue is its
  // subject, with the group after من.
  auto q = Run("وقال 62 في المائة من المعلمين إن الطلاب يفضلون الدروس المسجلة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "62 في المائة من المعلمين");
  EXPECT_EQ(q[0].content, "الطلاب يفضلون الدروس المسجلة");
  q = Run("بينما يرى 35% أن الأسعار مناسبة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "35%");
  EXPECT_EQ(q[0].content, "الأسعار مناسبة");
}

TEST_F(QuoteExtractorTest, WaWithAPronounAfterTheSubjectDescribesIt) {
  // وأكدت فلانة وهي ...، أن: و with a pronoun after the subject opens what
  // describes the speaker, not the noun phrase a cue like أكد may report.
  auto q = Run("وأكدت سلمى الراشد وهي شريكة في مؤسسة «الأفق» العقارية، خلال ندوة عقدت الأسبوع الماضي، أن أسعار المنازل تتراجع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سلمى الراشد");
  EXPECT_EQ(q[0].content, "أسعار المنازل تتراجع");
}

TEST_F(QuoteExtractorTest, OneOfOpensAPartitiveNotAName) {
  // المسؤول أحد أكثر منتقدي فلان: أحد opens a partitive in apposition; the
  // family name at its end is not this speaker's name, so the family name
  // alone later names the person given in full.
  auto q = Run("أعلن الرئيس ماركو فيلاني استقالته في يونيو. لكن المسؤول الفرنسي أحد أكثر منتقدي فيلاني أوضح أن "
               "الإصلاح ضروري. ويرى فيلاني أن الانتخابات يجب أن تؤجل.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].speaker, "فيلاني");
  EXPECT_EQ(q[2].resolved, "ماركو فيلاني");
}

TEST_F(QuoteExtractorTest, APartitiveWithADemonstrativeStaysInTheSubject) {
  // بعض المشاركين من هذه المعارض: من after a plural is partitive and takes the
  // demonstrative and its noun, before the verb or right before the
  // complementizer; من هذا المنطلق after a singular is a setting.
  auto q = Run("ورغم الإقبال، إلا أن بعض المشاركين من هذه المعارض يرى أن الأسعار مرتفعة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بعض المشاركين من هذه المعارض");
  q = Run("وقال بعض المشاركين من هذه المعارض إن الأسعار مرتفعة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "بعض المشاركين من هذه المعارض");
  q = Run("وقال الوزير من هذا المنطلق إن الأسعار مرتفعة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
}

TEST_F(QuoteExtractorTest, BetweenKanaAndItsVerbThePhraseIsTheSubject) {
  // وكان X قال: between كان and the verb stands the subject, also a bare
  // foreign name or an indefinite noun with its place.
  auto q = Run("وصل الوزير هانز مولر إلى العاصمة أمس. وكان مولر قال إن المحادثات ستستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مولر");
  EXPECT_EQ(q[0].resolved, "هانز مولر");
  q = Run("وكان مسؤول في البلدية ذكر أن الطريق سيفتح غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مسؤول في البلدية");
  EXPECT_EQ(q[0].content, "الطريق سيفتح غدا");
}

TEST_F(QuoteExtractorTest, AnAgeInParenthesesDoesNotCutTheSubjectFromItsVerb) {
  // وكان فلان (79 عاما) قال: the age between the subject and its verb stays
  // out of the speaker and does not hide it.
  auto q = Run("وكان المدرب كارلوس مانزي (64 عاما) قال إن الفريق جاهز.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدرب كارلوس مانزي");
  EXPECT_EQ(q[0].content, "الفريق جاهز");
}

TEST_F(QuoteExtractorTest, ADocumentSpeaksThroughARelativeClause) {
  // الدراسة التي أكدت أن: a document or figures noun before the relative is
  // the subject of its verb when the complementizer follows the verb; in
  // الرسالة التي يتمنى فيها فلان the subject comes after the verb.
  auto q = Run("واستشهد الباحث بآخر الإحصائيات التي أشارت إلى أن الحوادث تراجعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الإحصائيات");
  EXPECT_EQ(q[0].content, "الحوادث تراجعت");
  EXPECT_TRUE(Run("وقرأ الرسالة التي يتمنى فيها لصديقه مستقبلا جيدا.").empty() ||
              Run("وقرأ الرسالة التي يتمنى فيها لصديقه مستقبلا جيدا.")[0].speaker != "الرسالة");
}

TEST_F(QuoteExtractorTest, TheAdverbOfItsSideStandsBeforeTheSubject) {
  // وبين من جهته فلان أن: من جهته، من جانبها between the verb and its
  // subject, as بدوره.
  auto q = Run("وبين من جهته المهندس سامر القحطاني أن المشروع سينتهي قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المهندس سامر القحطاني");
  q = Run("وأكدت من جانبها الوزارة أنه لا توجد إصابات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزارة");
  EXPECT_EQ(q[0].content, "لا توجد إصابات");
}

TEST_F(QuoteExtractorTest, QuotedForeignNamesAreNoFragments) {
  // «أولد ستريت»، «موديل إس»: half the quoted words or more are names the
  // dictionary does not know or Latin letters spelled out, with no
  // particle: a foreign name inside the reported clause, not a fragment.
  auto q = Run("وقال الخبير إنه يفضل الأحياء القريبة بالإضافة إلى «أولد ستريت» لأنها تقدم أفضل العوائد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "يفضل الأحياء القريبة بالإضافة إلى «أولد ستريت» لأنها تقدم أفضل العوائد");
  // A name in apposition with a relative clause after the comma.
  q = Run("ويقال إن الوزير طلب تسليم الجاسوسة «هبة سليم»، التي كانت تعمل لصالح جهة أجنبية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  // (A quoted predicate before a comma is still a fragment.)
  q = Run("ويقول الضابط إن السلاح المنتشر في البلاد «عدده مهول»، وإن الدولة عاجزة.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "عدده مهول");
}

TEST_F(QuoteExtractorTest, AQuotedWordAgainstWaIsANameInTheClause) {
  // بين روسيا و"أوبك": one quoted word written against و inside a reported
  // clause is a name, as with a space before it.
  auto q = Run("وأشار المحلل إلى أن الصادرات ستتصدر المباحثات بين روسيا و\"أوبك\" آخر الشهر الجاري.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "الصادرات ستتصدر المباحثات بين روسيا و\"أوبك\" آخر الشهر الجاري");
}

TEST_F(QuoteExtractorTest, AReportInARelativeClauseEndsTheClauseBeforeIt) {
  // ...، وهي الوكالات التي قال الرئيس إنها ...: a verb of report right after
  // a relative pronoun, with its own subject and complementizer, is a report
  // of its own; the clause before it ends at the comma.
  auto q = Run("وقال المدير إن الوكالة تنشر نصف الأخبار المحلية، وهي الوكالة التي قال الرئيس إنها الأوسع انتشارا.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "الوكالة تنشر نصف الأخبار المحلية");
  EXPECT_EQ(q[1].speaker, "الرئيس");
  EXPECT_EQ(q[1].content, "الأوسع انتشارا");
}

TEST_F(QuoteExtractorTest, ARelativeClauseStaysOutOfASubjectBeforeItsVerb) {
  // The guide leaves relative clauses out of the speaker: المصدر، الذي طلب
  // عدم الكشف عن هويته، قال → المصدر; وكان فلان الذي ... قد قال → فلان.
  auto q = Run("المصدر، الذي طلب عدم الكشف عن هويته، قال إن التحقيقات مستمرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المصدر");
  q = Run("وكان الرئيس السابق الذي بلغ عامه التسعين في يونيو قد قال إنه يعاني من مرض مزمن.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الرئيس السابق");
}

TEST_F(QuoteExtractorTest, ARelativeClauseBetweenTheSubjectAndItsVerb) {
  // المسؤول الذي رفض ذكر اسمه قال إن: a short relative clause, whose verbs
  // may be cues, stands between the subject and its verb; the speaker is
  // the phrase before it.
  auto q = Run("المسؤول الأمني الذي رفض ذكر اسمه قال إن التحقيق مستمر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المسؤول الأمني");
  EXPECT_EQ(q[0].content, "التحقيق مستمر");
}

TEST_F(QuoteExtractorTest, AClauseWithoutIsNoReport) {
  // دون أن، بدون أن "without": the clause is a circumstance of the verb,
  // not what it reports.
  auto q = Run("وتظهر الفتاتان في الصورة تضحكان دون أن تعرفا ما يجري حولهما.");
  EXPECT_TRUE(q.empty());
  // What was said may still come after it, at the colon.
  q = Run("ويقول سامر الخطيب عن الخطط التي تتأخر بدون أن يعرف أحد السبب: «الحل في التخطيط المبكر».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "سامر الخطيب");
  EXPECT_EQ(q[0].content, "الحل في التخطيط المبكر");
  // (كما أن after a cue's object is the journalist's: no report either.)
  q = Run("وأظهرت الصورة كذلك وجود زرين على الجانب، كما أن الشاشة منحنية، مما يشير إلى أن الجهاز جديد.");
  EXPECT_TRUE(q.empty());
}

TEST_F(QuoteExtractorTest, ADocumentResolvesToTheIssuerInItsGenitive) {
  // The guide resolves a study or report to its issuer when the text names
  // one; the genitive of the document names it when it is a body, an office
  // or a name, directly or with ل.
  auto q = Run("وأكد تقرير مؤسسة النقد أن السيولة مرتفعة، مبينا أن الودائع زادت.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "تقرير مؤسسة النقد");
  EXPECT_EQ(q[0].resolved, "مؤسسة النقد");
  EXPECT_EQ(q[1].resolved, "مؤسسة النقد");
  q = Run("وقالت دراسة حديثة لشركة ماكنزي إن الطلب سيرتفع. وأضافت الدراسة أن الأسعار ستزيد.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].resolved, "شركة ماكنزي");
  EXPECT_EQ(q[1].speaker, "الدراسة");
  EXPECT_EQ(q[1].resolved, "شركة ماكنزي");
  q = Run("وكشف تقرير «ساما» أن القروض ارتفعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "ساما");
  // (The ل of a body's own noun stays: لجنة.)
  q = Run("وكشف تقرير لجنة التحقيق أن الحادث عرضي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "لجنة التحقيق");
  // A genitive that is the topic names no issuer.
  q = Run("وكشف تقرير مؤشرات الأداء أن الإيرادات ارتفعت، مشيرا إلى أن الطلب سيزيد.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "تقرير مؤشرات الأداء");
}

TEST_F(QuoteExtractorTest, ADefiniteNounThatAlsoSpellsAVerbStillOpensTheSubject) {
  // البنك، الأمن: the article and a noun, not a verb ألبن + ك; a subject
  // that opens the sentence before its verb.
  auto q = Run("البنك المركزي يعلن أنه سيخفض الفائدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "البنك المركزي");
  EXPECT_EQ(q[0].content, "سيخفض الفائدة");
  // لدى before a country keeps the role whole (اليمن also reads as يُمن).
  q = Run("وأكد السفير الإماراتي لدى اليمن دعم بلاده للحكومة الشرعية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "السفير الإماراتي لدى اليمن");
}

TEST_F(QuoteExtractorTest, ANameAfterAbuIsNoComplementWithBa) {
  // هدد بـ: the content opens with ب, but not the name after أبو or بن.
  auto q = Run("وهدد رئيس المجلس هفال أبو بكر بإعلان المحافظة إقليما.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس المجلس هفال أبو بكر");
  EXPECT_EQ(q[0].content, "بإعلان المحافظة إقليما");
}

TEST_F(QuoteExtractorTest, ParticiplesOfWelcomeAndCondemnation) {
  // رحب بـ and استنكر are cues; so are their circumstantial participles.
  auto q = Run("وقال الوزير إن الوضع مستقر، مرحبا بالاتفاق الذي وقعه الطرفان.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مرحبا");
  EXPECT_EQ(q[1].content, "بالاتفاق الذي وقعه الطرفان");
  EXPECT_EQ(q[1].resolved, "الوزير");
  q = Run("وأكدت الوزيرة أن الخطة نجحت، مستنكرة تأخير صرف المستحقات.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مستنكرة");
  EXPECT_EQ(q[1].content, "تأخير صرف المستحقات");
}

TEST_F(QuoteExtractorTest, AParticipleAfterACommaTakesTheNounPhraseAfterIt) {
  // منتقدا، متمنيا، مثمنا: a participle whose content may be a noun phrase,
  // after a comma, reports the noun right after it, a verbal noun the
  // dictionary knows or not.
  auto q = Run("وزار الوزير المستشفى أمس، منتقدا تأخر المشروع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "منتقدا");
  EXPECT_EQ(q[0].content, "تأخر المشروع");
  q = Run("وقال الوزير إن الخطة نجحت، متمنيا الشفاء العاجل للمرضى.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "الشفاء العاجل للمرضى");
  EXPECT_EQ(q[1].resolved, "الوزير");
  // (Not a preposition or a name after it.)
  q = Run("وزار الوزير المستشفى أمس، منتقدا في كلمته تأخر المشروع.");
  for (const auto& x : q) EXPECT_NE(x.content, "في كلمته تأخر المشروع");
}

TEST_F(QuoteExtractorTest, ThanksAreNoPartOfWhoOffersThem) {
  // الشكر، التهاني after the subject are what it offers.
  auto q = Run("وقدم وفد من حركة المقاومة (حماس) الشكر للمملكة على حفاوتها، مثمنا مواقفها.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "وفد من حركة المقاومة (حماس)");
  q = Run("وتبادل الحضور التهاني بمناسبة العيد، متمنين للبلاد مزيدا من التقدم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الحضور");
}

TEST_F(QuoteExtractorTest, AfterAPersonsNameAVerbalNounOrAnyOpensWhatIsReported) {
  // The name completes the subject; an indefinite verbal noun in the
  // construct state, or أي and its noun, is what the cue reports.
  auto q = Run("وأكد الأمير خالد بن سعود تميز قدرات القوات المسلحة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الأمير خالد بن سعود");
  EXPECT_EQ(q[0].content, "تميز قدرات القوات المسلحة");
  q = Run("ونفت وزيرة الخارجية لويز موشيكيوابو أي علاقة لبلدها بالاشتباكات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزيرة الخارجية لويز موشيكيوابو");
  EXPECT_EQ(q[0].content, "أي علاقة لبلدها بالاشتباكات");
}

TEST_F(QuoteExtractorTest, DhakiraIsTheNounMemory) {
  // ذاكرة is "memory" in every use the day of news has; no participle cue.
  EXPECT_TRUE(Run("ويمثل الأرشيف ذاكرة قصيرة في عمر الزمن إلا أنه مليء بالعبر.").empty());
  auto q = Run("وأكد الفنان سالم العلي أن المعرض يمثل ذاكرة المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المعرض يمثل ذاكرة المدينة");
}

TEST_F(QuoteExtractorTest, ANameThatReadsAsBaAndANounBeforeAColon) {
  // قال بوتين: the dictionary reads ب and وتين, a manner before the colon
  // as in قال ببساطة:, but the word closed a personal name earlier.
  auto q = Run("وأكد الرئيس الروسي فلاديمير بوتين أن بلاده مستعدة. وقال بوتين: «لن نتراجع».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "بوتين");
  EXPECT_EQ(q[1].resolved, "فلاديمير بوتين");
  // (A manner stays one.)
  q = Run("وأكد الرئيس أن بلاده مستعدة. وقال ببساطة: «لن نتراجع».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "");
}

TEST_F(QuoteExtractorTest, AfterATitleTheFamilyNameOfAPersonNamedBeforeIsNoObject) {
  // حث takes an object, and a definite word after the subject is one; but
  // after a title, the family name of a person the text named in full is
  // the person.
  auto q = Run("وقال العميد البحري عبدالله الغرير إن البحر هادئ. وحث العميد الغرير الجميع على توخي الحذر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "العميد الغرير");
  EXPECT_EQ(q[1].resolved, "عبدالله الغرير");
  EXPECT_EQ(q[1].content, "توخي الحذر");
}

TEST_F(QuoteExtractorTest, ARoleWithADefiniteGenitiveIsAShortFormOfTheFullRole) {
  // أمير المنطقة repeats أمير منطقة عسير with the article for the place's
  // name; the guide resolves it to the person.
  auto q = Run("وقال أمير منطقة عسير الأمير فيصل بن خالد إن الموسم ناجح. وأكد أمير المنطقة أن السياحة تنمو.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "أمير المنطقة");
  EXPECT_EQ(q[1].resolved, "فيصل بن خالد");
  q = Run("وقال رئيس هيئة الاتصالات عبدالله العلي إن السوق ينمو. وأكد رئيس الهيئة أن الأسعار ستنخفض.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "عبدالله العلي");
}

TEST_F(QuoteExtractorTest, AParticipleThatTakesOnlyBaNeedsItsBa) {
  // مقرا is مُقِرّا "acknowledging" only with its ب; يتخذ الرياض مقرا is
  // "headquarters", and the cue of the sentence is قال.
  auto q = Run("وقال سالم العتيبي الخبير في المركز الذي يتخذ الرياض مقرا إن الأسواق متعطشة للنفط.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وقال");
  EXPECT_EQ(q[0].content, "الأسواق متعطشة للنفط");
  // (The ب may come after the addressee.)
  q = Run("وقالت الأم إنها نادمة، معترفة للشرطة بأن الفقر دفعها إلى ذلك.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "معترفة");
  EXPECT_EQ(q[1].content, "الفقر دفعها إلى ذلك");
}

TEST_F(QuoteExtractorTest, AsTheSpeakerSaysBetweenCommas) {
  // ...، كما يقول فلان، ...: "as X says" that interrupts a clause reports
  // the whole clause, with the cue and the speaker inside it.
  auto q = Run("إذا سيطر التنظيم على الحقول، كما يقول النائب سالم العلي، فستتحول المنطقة إلى ساحة حرب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "كما يقول");
  EXPECT_EQ(q[0].speaker, "النائب سالم العلي");
  EXPECT_EQ(q[0].content, "إذا سيطر التنظيم على الحقول، كما يقول النائب سالم العلي، فستتحول المنطقة إلى ساحة حرب");
  // (A clause about the speaker or a new clause after the comma leaves
  // what was said before the phrase.)
  q = Run("ويقبل المشترون على السلعة بشدة، كما يقول التاجر محمد الروقي، الذي يعمل في السوق منذ سنوات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "ويقبل المشترون على السلعة بشدة");
  q = Run("ويقبل المشترون على السلعة بشدة، كما يقول التاجر محمد الروقي، لكن أسعارها مرتفعة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "ويقبل المشترون على السلعة بشدة");
}

TEST_F(QuoteExtractorTest, AWomansGivenNameAfterAPersonalNameIsTheNoun) {
  // أسماء is a woman's given name and the plural "names"; after a man's
  // name it is the noun, the object of the verb, not the subject's.
  auto q = Run("حدد مدرب الفريق اليوناني دونيس أسماء اللاعبين الذين يرغب في بقائهم، مشيرا إلى أن الجهاز الفني سيراقب الجميع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "مشيرا");
  EXPECT_EQ(q[0].speaker, "مدرب الفريق اليوناني دونيس");
}

TEST_F(QuoteExtractorTest, ATitleAndAPersonalNameInMarksAreAName) {
  // "المهندس فلان آل فلان" in marks after a role names the person; the
  // complementizer after it opens what was said.
  auto q = Run("وذكر مدير عام الفرع \"المهندس سالم آل حسن\" أن الحفاظ على القرى التراثية يزداد أهمية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحفاظ على القرى التراثية يزداد أهمية");
}

TEST_F(QuoteExtractorTest, ARoleWithThePlaceNamedIsTheRoleOfTheSameOffice) {
  // رئيس إقليم كردستان names the office that رئيس الإقليم named before,
  // with the place; وكيل أمانة الرياض is the role after the name, without
  // its last word.
  auto q = Run("وقال رئيس الإقليم مسعود بارزاني إن الإقليم موحد. وأكد رئيس إقليم كردستان أن الوحدة باقية.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "رئيس إقليم كردستان");
  EXPECT_EQ(q[1].resolved, "مسعود بارزاني");
  q = Run("وأوضح المهندس سليمان البطحي وكيل أمانة الرياض للخدمات أن الاستطلاع بدأ. ودعا وكيل أمانة الرياض السكان للمشاركة في الاستطلاع.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "سليمان البطحي");
}

TEST_F(QuoteExtractorTest, APlainNounAfterADefiniteSubjectIsTheContent) {
  // No definite word governs an indefinite noun, and none agrees with it:
  // after the subject's definite word, a noun in the construct state opens
  // what a cue with a noun phrase reports.
  auto q = Run("ونفى متحدث باسم المتمردين مزاعم الحكومة بسيطرتها على المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "متحدث باسم المتمردين");
  EXPECT_EQ(q[0].content, "مزاعم الحكومة بسيطرتها على المدينة");
  // (After a personal name such a noun is the person's role.)
  q = Run("وأكد الدكتور أحمد الزهراني أخصائي الأمراض الباطنية أن الصيام مفيد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور أحمد الزهراني أخصائي الأمراض الباطنية");
}

TEST_F(QuoteExtractorTest, AWomansNameThatIsAVerbalNounDoesNotAgreeWithAMasculineVerb) {
  // نجاح is a woman's given name and the verbal noun "success"; a
  // masculine verb cannot have it in its subject.
  auto q = Run("وقال ناصر العرفج إن الموسم انتهى. وأكد العرفج نجاح موسم الحج.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "العرفج");
  EXPECT_EQ(q[1].content, "نجاح موسم الحج");
}

TEST_F(QuoteExtractorTest, VerbsOfAttributingACause) {
  // أرجع X إلى Y, مرجعا X إلى Y: the speaker's explanation of X.
  auto q = Run("وأرجع المحلل المالي سالم العتيبي تراجع المبيعات إلى نقص المعروض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وأرجع");
  EXPECT_EQ(q[0].speaker, "المحلل المالي سالم العتيبي");
  EXPECT_EQ(q[0].content, "تراجع المبيعات إلى نقص المعروض");
  q = Run("وقال المتحدث إن الحوادث تعددت خلال العيد، مرجعا أسبابها إلى إهمال الأسر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "مرجعا");
  EXPECT_EQ(q[1].content, "أسبابها إلى إهمال الأسر");
  // (مرجعا is also the noun "reference".)
  q = Run("وطالب الخبراء بآلية تكون مرجعا موحدا لأسعار الإيجار.");
  for (const Got& g : q) EXPECT_NE(g.cue, "مرجعا");
}

TEST_F(QuoteExtractorTest, TheOwnerOfAStatementTakenUpByItsPronounIsTheSpeaker) {
  // بكلمة لرئيس المجلس فلان، رحب فيها ...: the statement names its owner
  // with ل, and the verb that takes it up with فيها and the cues after it
  // in the sentence report the owner, not the subject of the first verb.
  // (The verb with فيها reports too, what it governs after the pronoun.)
  auto q = Run("وبدأ الحفل بكلمة لرئيس مجلس الإدارة المهندس سالم العتيبي، رحب فيها بالحضور، وقال: «بدأنا اليوم مرحلة جديدة».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "رحب");
  EXPECT_EQ(q[0].content, "بالحضور");
  EXPECT_EQ(q[0].resolved, "سالم العتيبي");
  EXPECT_EQ(q[1].cue, "وقال");
  EXPECT_EQ(q[1].resolved, "سالم العتيبي");
  q = Run("وتخلل اللقاء كلمة للمدرب خورخي داسيلفا؛ شكر فيها اللاعبين، مؤكدا أن الفريق جاهز للموسم.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "مؤكدا");
  EXPECT_EQ(q[0].resolved, "خورخي داسيلفا");
}

TEST_F(QuoteExtractorTest, AFrontedPrepositionalPhraseWithItsConjunction) {
  // وفي مواجهة ضغوط متزايدة أعلن ...: a setting phrase before the verb, with
  // و on its preposition and a noun in the construct state after it, leaves
  // the verb at the start of its clause; the verb after it with و takes the
  // same subject.
  auto q = Run("وفي مواجهة ضغوط شعبية متزايدة أعلن زعماء الصين حربا على التلوث وتعهدوا بالتخلي عن النموذج القديم.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "أعلن");
  EXPECT_EQ(q[0].speaker, "زعماء الصين");
  EXPECT_EQ(q[1].cue, "وتعهدوا");
  EXPECT_EQ(q[1].resolved, "زعماء الصين");
}

TEST_F(QuoteExtractorTest, ADismissalReportsAnEventNotAThing) {
  // استبعد with a noun phrase is "ruled out" only when the noun names an
  // event or a proposition; with players it is "left out".
  auto q = Run("واستبعدت الشرطة وجود عمل إجرامي وراء الحريق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "وجود عمل إجرامي وراء الحريق");
  q = Run("واستبعد المصدر إمكانية التوصل إلى اتفاق قريب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "إمكانية التوصل إلى اتفاق قريب");
  q = Run("واستبعد الجهاز الفني للفريق عددا من اللاعبين من المعسكر الخارجي.");
  EXPECT_EQ(q.size(), 0u);
}

TEST_F(QuoteExtractorTest, AlaAnAfterACommaIsAStipulation) {
  // ...، على أن تقام ...: "provided that", not what the cue reports.
  auto q = Run("وتعلن اللجنة النتائج في شهر مارس، على أن تتكفل الجمعية بطباعة الأعمال الفائزة.");
  EXPECT_EQ(q.size(), 0u);
  // (A cue that governs على keeps it: شدد الوزير على أن ...)
  q = Run("وشدد الوزير على أن الأمن مسؤولية الجميع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الأمن مسؤولية الجميع");
}

TEST_F(QuoteExtractorTest, ARoleNamedWithAPersonOutsideAnyQuoteResolvesToThePerson) {
  // بحضور رئيس مجلس الإدارة المهندس فلان: the person named with the whole
  // role, not as a speaker; رئيس مجلس الإدارة later is a short form of it.
  auto q = Run("أقامت الصحيفة حفلا بحضور رئيس مجلس الإدارة المهندس سالم الخريجي. وقال رئيس مجلس الإدارة إن الصحيفة متميزة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس مجلس الإدارة");
  EXPECT_EQ(q[0].resolved, "سالم الخريجي");
  // (A pronoun with و opens no name: قائد المجموعة وهو ضابط ...)
  q = Run("إذ استطرد قائد المجموعة وهو ضابط في القوات المسلحة: «كلما تحين ساعة الصفر نتوضأ ونصلي ركعتين».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "قائد المجموعة");
}

TEST_F(QuoteExtractorTest, ARoleInAppositionOutsideAnyQuoteResolvesToThePerson) {
  // رئيس الإقليم، مسعود بارزاني: the person named after the comma of an
  // apposition keeps the role before it; رئيس إقليم كردستان later names
  // the same office.
  auto q = Run("وقال نائب في الحزب الذي يتزعمه رئيس الإقليم، مسعود بارزاني، إن الأصوات مدفوعة. "
               "وكان رئيس إقليم كردستان قد أكد أن الإقليم موحد.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "رئيس إقليم كردستان");
  EXPECT_EQ(q[1].resolved, "مسعود بارزاني");
}

TEST_F(QuoteExtractorTest, AGenitiveWithLamAfterANisbaInARoleBeforeTheName) {
  // رئيس النادي الأهلي لكرة السلة، فلان، ...: the field with ل after the
  // adjective of relation belongs to the role that the name follows, so
  // the subject of the first verb is the whole apposition.
  auto q = Run("افتتح رئيس الاتحاد العربي لكرة السلة، ماجد الحارثي، البطولة مساء أمس، وقال: الموسم طويل جدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "ماجد الحارثي");
  // (Without a name after it, the prepositional phrase is the verb's.)
  q = Run("ويتوجه المدرب الإيطالي لطلاب الأكاديمية الناشئين ويقول: «الصبر أهم من الموهبة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "المدرب الإيطالي");
}

TEST_F(QuoteExtractorTest, ARoleBetweenCommasAfterANameBeforeTheObject) {
  // فلان، المدير التنفيذي للجمعية، المتطوعين إلى ...: after a personal
  // name, the title-headed role between commas is the person's, and the
  // object of the cue follows it.
  auto q = Run("ودعا سالم الحربي، المدير التنفيذي للجمعية، المتطوعين إلى التسجيل المبكر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سالم الحربي، المدير التنفيذي للجمعية");
  EXPECT_EQ(q[0].content, "التسجيل المبكر");
  // (النائب ... عن الحزب: the party a member stands for is in the role.)
  q = Run("واتهم سالم العلي، النائب في مجلس المدينة عن الحزب الأخضر، البلدية بإهمال الحدائق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سالم العلي، النائب في مجلس المدينة عن الحزب الأخضر");
  EXPECT_EQ(q[0].content, "بإهمال الحدائق");
  // (A role that ends in a name of its own is a second person, the one
  // the demand is made of.)
  q = Run("وطالب الكاتب سالم الحربي، وزير الإسكان الجديد ماجد العلي، بسرعة إقرار المشاريع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الكاتب سالم الحربي");
}

TEST_F(QuoteExtractorTest, WafqWithoutAlifAttributesAndRelaysAVerbsWords) {
  // ووفق X فإن ...: وفق, like وفقا لـ, names the source before the
  // complementizer (only there: وفق الخطة is "according to the plan").
  auto q = Run("ووفق الناطق باسم الدفاع المدني سامي العلي فإن «الحريق أخمد بالكامل».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الناطق باسم الدفاع المدني سامي العلي");
  EXPECT_EQ(q[0].content, "الحريق أخمد بالكامل");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  q = Run("وتوزع المساعدات على الأسر وفق الآتي، أن تكون الأسرة مسجلة.");
  EXPECT_EQ(q.size(), 0u);
  // قال X، بحسب Y، إن ...: the phrase between commas relays the words of the
  // verb before it, whose speaker said them.
  q = Run("وقال الناطق باسم الشرطة سامي العلي، بحسب وكالة الأنباء المحلية، إن الطريق أعيد فتحه.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الناطق باسم الشرطة سامي العلي");
  EXPECT_EQ(q[0].content, "الطريق أعيد فتحه");
  q = Run("أما الموقوف فقد أعلن، وفق المدعي العام، أنه «نادم على فعلته».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الموقوف");
  EXPECT_EQ(q[0].content, "نادم على فعلته");
}

TEST_F(QuoteExtractorTest, ARoleWithItsPlaceRepeatedResolvesToThePerson) {
  // فلان، المتحدث الأمني في وزارة الداخلية: the whole role again, place
  // and all, is a short form of the person named with it.
  auto q = Run("وقال العقيد ماجد الزهراني، المتحدث الأمني في إدارة المرور، إن الطريق أعيد فتحه. "
               "وأضاف المتحدث الأمني في إدارة المرور أن السائق نقل إلى المستشفى.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "المتحدث الأمني في إدارة المرور");
  EXPECT_EQ(q[1].resolved, "ماجد الزهراني");
}

TEST_F(QuoteExtractorTest, ASubjectAfterToMeWhoseWordsFollowAtOnce) {
  // وقالت لي جارتي إن ...: after لي or لنا, a short noun phrase that what
  // was said follows at once is the subject, a person of the speaker's
  // too.
  auto q = Run("وقالت لي جارتي إن السوق مزدحم هذا المساء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "جارتي");
  q = Run("ويقول لنا المرشد السياحي: «بني هذا الحصن قبل قرنين».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المرشد السياحي");
  // (Not a manner with ب, nor a phrase with a verb in it.)
  q = Run("فقال لي بحماس: «سنبدأ غدا».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST_F(QuoteExtractorTest, ANounPhraseContentEndsAtTheSpeakersNextAct) {
  // رحب فلان بزيارة الوفد وقدم ...: a noun phrase holds no finite verb, so
  // a verb with و that agrees with the speaker is the speaker's next act.
  auto q = Run("ورحب مدير المستشفى بزيارة الوفد الطلابي وقدم نبذة عن الأقسام الجديدة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "بزيارة الوفد الطلابي");
  // (A noun in the construct state stays in it: وعدم ترويج الشائعات.)
  q = Run("وطالب المتحدث الرسمي بتحري الدقة وعدم ترويج الشائعات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "بتحري الدقة وعدم ترويج الشائعات");
}

TEST_F(QuoteExtractorTest, AnUnknownWordWithBaWhoseRestTheTextWritesIsAPlace) {
  // بتعز after مدينة تعز: a word the dictionary does not know, with ب, whose
  // rest the document writes alone, is a place with its preposition, not a
  // personal name that a short form would resolve to.
  auto q = Run("سيطرت القوات على أحياء في مدينة تعز. وقال مصدر في المقاومة الشعبية بتعز إن القوات تقدمت. "
               "وأكد المصدر أن المعارك مستمرة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "مصدر في المقاومة الشعبية بتعز");
}

TEST_F(QuoteExtractorTest, VanBeforeASurnameTheDictionaryReadsAsAWord) {
  // هانز فان خال مدرب الفريق، وقال فان خال للصحافيين: فان before a surname
  // that is also a common word, and before the person's role, an addressee
  // or a quotation, is the particle of a Dutch name, not فإن.
  auto q = Run("وقال المدرب الهولندي هانز فان خال مدرب الفريق إن اللاعبين جاهزون. "
               "وقال فان خال للصحافيين: «لست قلقا من المباراة».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "المدرب الهولندي هانز فان خال مدرب الفريق");
  EXPECT_EQ(q[0].content, "اللاعبين جاهزون");
  EXPECT_EQ(q[1].speaker, "فان خال");
  EXPECT_EQ(q[1].resolved, "هانز فان خال");
  EXPECT_EQ(q[1].content, "لست قلقا من المباراة");
}

TEST_F(QuoteExtractorTest, AnUnknownNameThatEndsInHaIsNoPronoun) {
  // حمود عليثه الحربي: a word the dictionary does not know that ends in ه
  // is a name, not a noun with a pronoun, so the person's name runs on to
  // the family name and the implicit speaker resolves to it.
  auto q = Run("وأوضح المهندس حمود عليثه الحربي أمين عام الجمعيات التعاونية، أن المجلس أجل الاحتفال. "
               "وبين أن الندوة ستعقد الشهر المقبل.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "حمود عليثه الحربي");
}

TEST_F(QuoteExtractorTest, ARelativeClauseAfterThePlaceOfAnIndefiniteHead) {
  // مسؤول رفيع بالاتحاد الأوروبي شارك في ...: the article of the place does
  // not make the phrase definite; the verb after it opens a relative clause
  // without a relative pronoun, outside the speaker.
  auto q = Run("وقال دبلوماسي كبير بالبعثة الأوروبية شارك في الاجتماعات إن الاتفاق قريب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "دبلوماسي كبير بالبعثة الأوروبية");
  q = Run("وقال دبلوماسي كبير في البعثة الأوروبية شارك في الاجتماعات إن الاتفاق قريب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "دبلوماسي كبير في البعثة الأوروبية");
}

TEST_F(QuoteExtractorTest, AReflexiveObjectNamesAStatusNotWords) {
  // أعلن نفسه ...: the subject declares itself something; no words are
  // reported.
  auto q = Run("وكان قائد الانقلاب قد أعلن نفسه رئيسا للبلاد.");
  EXPECT_EQ(q.size(), 0u);
  // (After the definite noun of an adjunct the emphatic is its adjective:
  // في الوقت ذاته.)
  q = Run("وقال مدير الفرع إن الرحلات زادت، مؤكدا في الوقت ذاته حرص الشركة على راحة المسافرين.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "حرص الشركة على راحة المسافرين");
}

TEST_F(QuoteExtractorTest, ANearerClauseWithAPersonSubjectOutranksAnEarlierQuote) {
  // «...»، ويبتسم المدير فلان معلقا ويقول: «...»: the clause between the
  // earlier quote and the cue has a person of the cue's gender as its
  // subject; that person speaks, not the earlier speaker.
  auto q = Run("قالت المعلمة سارة العتيبي: «ابدأوا الآن»، ويبتسم المدير سالم الحربي معلقا ويقول: «لا داعي للعجلة».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "سالم الحربي");
  // (Not a verb with an object pronoun, the resumptive of a relative
  // clause inside the setting: أمسية أدارها فلان.)
  q = Run("وأوضح الكاتب ماجد الجاسر خلال أمسية أدارها الدكتور خالد الفرم أن القناة مستقلة، مشيرا إلى أن البث سيتحسن.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "ماجد الجاسر");
}

TEST_F(QuoteExtractorTest, AVerbalNounAfterAnIndefiniteSpeakersAdjectivesOpensTheObject) {
  // نفى مصدر مسؤول صحة ...: no construct chain goes on after an indefinite
  // noun's adjective, so the verbal noun after it is what the verb governs.
  auto q = Run("نفى مصدر مسؤول صحة الأنباء عن إغلاق المعبر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصدر مسؤول");
  EXPECT_EQ(q[0].content, "صحة الأنباء عن إغلاق المعبر");
  q = Run("وتوقع محللون اقتصاديون عودة الأسواق إلى الصعود.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محللون اقتصاديون");
  // (A word that does not agree with the head is its genitive: رئيس
  // جمعية، زعيمة مجاهدي.)
  q = Run("وأكد رئيس جمعية حقوق الإنسان ضرورة حماية العمال.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس جمعية حقوق الإنسان");
}

TEST_F(QuoteExtractorTest, ANounWithWawAndAPronounBetweenARoleAndANameGoesOnWithTheRole) {
  // صاحب فكرة المبادرة ومطلقها فلان: the second noun, coordinated with
  // the first role and pointing back at its genitive, is a role too; the
  // name after it is the speaker's.
  auto q = Run("وأوضح صاحب فكرة المعرض ومنظمها سالم الزهراني أن الزوار كثيرون. وأضاف أن المعرض سيتكرر.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "صاحب فكرة المعرض ومنظمها سالم الزهراني");
  EXPECT_EQ(q[1].resolved, "سالم الزهراني");
  // (When the name is not one the lists know, the noun with و does not
  // open it: the whole phrase stays the speaker's.)
  q = Run("وأبان العامل في تجارة الإبل وتربيتها فهد بن شارع أن الأسعار ثابتة. وأضاف أن الطلب كبير.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "العامل في تجارة الإبل وتربيتها فهد بن شارع");
}

TEST_F(QuoteExtractorTest, ASubjectAfterIllaAnnaMayBeAConstructChain) {
  // إلا أن أعضاء لجنة التحكيم أكدوا: a chain of nouns in the construct
  // state that closes on a definite word is definite, and the subject of the
  // verb after it.
  auto q = Run("وعلى الرغم من خسارة الفريق، إلا أن أعضاء لجنة التحكيم أكدوا أن أداءه كان جيدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "أعضاء لجنة التحكيم");
  EXPECT_EQ(q[0].content, "أداءه كان جيدا");
}

TEST_F(QuoteExtractorTest, AVerbWhoseSuffixIsItsSubjectTakesNoSubjectAfterIt) {
  // A verb before its subject stays singular (وأعرب القادة); in أعربوا the
  // suffix is the subject, so the word after it is an adverb or an object,
  // never the speaker.
  auto q = Run("وحتى إن قادة الحزب قد أعربوا علنا عن أملهم في أن يوفر الاتفاق المال.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "قادة الحزب");
  EXPECT_EQ(q[0].content, "أملهم في أن يوفر الاتفاق المال");
  q = Run("ويصرون عبثا على أن المسألة انتهت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "المسألة انتهت");
}

TEST_F(QuoteExtractorTest, ASubjectBeforeItsVerbMayEndInACommaOrBeANameAlone) {
  // المخرج فلان، بين أن: a comma may close the subject that opens the
  // sentence before its verb.
  auto q = Run("المخرج سامر الخطيب، بين أن العروض كثيرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المخرج سامر الخطيب");
  // (Not a phrase with a preposition, which sets the scene.)
  q = Run("وبالنسبة للرحلات المؤجلة، أكد أن المواعيد ستعلن لاحقا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  // أما فلان فنبهت: after أما, a name the dictionary does not know is the
  // subject too.
  q = Run("وقال الباحث إن البركان خطير. أما هوفستاتر فنبهت إلى أن العلم عاجز.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "هوفستاتر");
  // (A complementizer inside the words before the verb opens a clause of
  // its own: they are no subject.)
  q = Run("يذكر بأن العنزي سبق وأن أعلن اعتزاله اللعب دوليا.");
  for (const auto& x : q) EXPECT_EQ(x.speaker.find("سبق"), std::string::npos) << x.speaker;
}

TEST_F(QuoteExtractorTest, AnAppealTakesAVerbalNounWithoutBa) {
  // طالب X تغيير ...: the verbal noun of what is asked for may come
  // without ب; only a verbal noun, so that the object stays out of it.
  auto q = Run("وطالب رئيس الاتحاد تغيير القاضي الذي ينظر في القضية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس الاتحاد");
  EXPECT_EQ(q[0].content, "تغيير القاضي الذي ينظر في القضية");
  // (The word after a complete subject is the object, not part of it.)
  q = Run("ويطالب مجلس الأمن إيران بالتعاون التام مع المفتشين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مجلس الأمن");
  EXPECT_EQ(q[0].content, "بالتعاون التام مع المفتشين");
}

TEST_F(QuoteExtractorTest, AnAppositionBeforeTheColonIsTheSpeakers) {
  // فلان، خبير الأسواق لدى «...»: the role with where the person serves
  // runs up to the colon as it does up to a comma, a quoted name and all.
  auto q = Run("وقال مايكل هارتلي، خبير الأسواق لدى «نوفا كابيتال»: «الأسعار سترتفع».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مايكل هارتلي، خبير الأسواق لدى «نوفا كابيتال»");
  // وزير الخارجية، فلان: the name after the role, though the lists do not
  // know it, runs up to the colon.
  q = Run("وقال وزير الخارجية، جون كيري: «سنواصل المفاوضات».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير الخارجية، جون كيري");
  // (Not an adverb of time.)
  q = Run("وقال وزير الخارجية، مساء أمس: «سنواصل المفاوضات».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزير الخارجية");
}

TEST_F(QuoteExtractorTest, TheOpenersTakeEveryPronounOfTheParadigm) {
  // من جهتهم، بدورهم: the journalist's openers with a plural pronoun, as
  // with the singular ones, let the cue after them open its clause.
  auto q = Run("من جهتهم عبر عدد من المسافرين عن امتعاضهم من الانتظار الطويل، وأضافوا أنهم ينتظرون منذ ساعات.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "عدد من المسافرين");
  EXPECT_EQ(q[0].content, "امتعاضهم من الانتظار الطويل");
  EXPECT_EQ(q[1].resolved, "عدد من المسافرين");
}

TEST_F(QuoteExtractorTest, AVerbThatShowsItselfEndsAPersonalName) {
  // ماهر أبو سالم استهل حديثه: a word that can only be a verb, with a noun
  // and its pronoun after it, is no part of the name before it.
  auto q = Run("الزائر الأردني ماهر أبو سالم استهل حديثه قائلا: الرحلة كانت ميسرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "ماهر أبو سالم");
  // (A family name the dictionary reads as a verb stays a name when the
  // text puts it right after a verb of saying.)
  q = Run("استقبل الرئيس النائب سمير جعجع في القصر. وقال جعجع إن اللقاء كان مثمرا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "سمير جعجع");
}

TEST_F(QuoteExtractorTest, ASoundPluralBeforeAPluralVerbIsItsSubject) {
  // غير أن محللين آخرين يرون: the dictionary may not read the number of
  // a sound plural, but with a verb the cue table lists as plural, the
  // indefinite noun in ـين before it is its subject.
  auto q = Run("غير أن محللين آخرين يرون أن التنظيم يلعب على الوتر الاقتصادي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محللين آخرين");
}

TEST_F(QuoteExtractorTest, AStrictVerbWithAComplementizerSoonNeedsNoClauseStart) {
  // وهنا يعتبر، إذ يشرح، لكن الخبير يعتبر: a verb that is only a verb,
  // with أن a few words after it, reports wherever it stands in its clause.
  auto q = Run("وهنا يعتبر الخبير سامي العتيبي أن الأسعار سترتفع قريبا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الخبير سامي العتيبي");
  EXPECT_EQ(q[0].content, "الأسعار سترتفع قريبا");
  q = Run("لكن المحللة نورة الزهراني تعتبر أن السوق تحتاج إلى وقت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المحللة نورة الزهراني");
  // (A sister of كان stands between the subject and its verb.)
  q = Run("وصل الأمر إلى درجة أن الشركات باتت تعتبر أن التدريب استثمار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الشركات");
  // (Not the journalist's إلا أن: كان يعتبر is "was considered".)
  q = Run("وكان الكوكب يعتبر جرما صغيرا إلا أنه ظهرت عليه أنشطة جديدة.");
  EXPECT_TRUE(q.empty());
}

TEST_F(QuoteExtractorTest, AGivenNameWithAnAdjectiveIsACommonNoun) {
  // «حياة صعبة»: حياة is a given name too, but with an indefinite adjective
  // after it the words are a fragment of what was said, not a person.
  auto q = Run("وأوضح الباحث سامي العلي أن هذه الطيور تعيش «حياة صعبة» في الصحراء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "حياة صعبة");
}

TEST_F(QuoteExtractorTest, AQuotedNounThatEndsTheClauseIsATerm) {
  // مع مهاجم «مفاجأة»: one quoted noun at the end of a reported clause is
  // a term; the clause is what was reported.
  auto q = Run("وقال المدرب إن النادي قد يتعاقد مع مهاجم «مفاجأة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "النادي قد يتعاقد مع مهاجم «مفاجأة»");
  // (An adjective or a verb there is the predicate, quoted.)
  q = Run("وقال المدرب إن الشروط «سخيفة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(q[0].content, "سخيفة");
}

TEST_F(QuoteExtractorTest, TheImpersonalPassiveOfBeliefHasNoSpeaker) {
  // ويعتقد أن opening a clause with nobody named is يُعتقد أن, "it is
  // believed": a quote no one is named for.
  auto q = Run("وتراجعت الأسهم أمس. ويعتقد أن المستثمرين ينتظرون نتائج الشركات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "المستثمرين ينتظرون نتائج الشركات");
  EXPECT_TRUE(q[0].speaker.empty());
  EXPECT_TRUE(q[0].resolved.empty());
  // (Not after a word that carries its subject, nor right after a man's
  // quote, where he may be the one who believes.)
  EXPECT_TRUE(Run("وتراجعت الأسهم أمس لأنه يعتقد أن المستثمرين ينتظرون النتائج.").empty());
  q = Run("قال المحلل سامي العتيبي إن السوق متقلبة. ويعتقد أن المستثمرين ينتظرون النتائج.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "قال");
}

TEST_F(QuoteExtractorTest, AnyDocumentNounMakesATextsContentsACue) {
  // جاء في / ورد في with any document noun of the word classes, with the
  // article or without, reports what the document says.
  auto q = Run("وجاء في الوثيقة: «على الجميع الالتزام بالتعليمات».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وجاء في الوثيقة");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  q = Run("وورد في دراسة أن الأسعار سترتفع خلال العام المقبل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وورد في دراسة");
  EXPECT_EQ(q[0].content, "الأسعار سترتفع خلال العام المقبل");
}

TEST_F(QuoteExtractorTest, ARoleWithLamIsAShortFormOfThePersonNamed) {
  // كلمة لرئيس مجلس الإدارة؛ أثنى فيها ...، مؤكدا: the role after ل names
  // the person given earlier with that role.
  auto q = Run(
      "أقامت الصحيفة أمس حفلا بحضور رئيس مجلس الإدارة المهندس عبد العزيز الخالد، والمدير العام علي الحازمي. "
      "وتخلل الحفل كلمة لرئيس مجلس الإدارة؛ أثنى فيها على الزملاء، مؤكدا أن النجاح أتى بتضافر الجهود.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "أثنى");
  EXPECT_EQ(q[0].resolved, "عبد العزيز الخالد");
  EXPECT_EQ(q[1].cue, "مؤكدا");
  EXPECT_EQ(q[1].resolved, "عبد العزيز الخالد");
}

TEST_F(QuoteExtractorTest, AMiddleInitialKeepsTheNameWhole) {
  // سارة جيه. ميتشيل: the dot after a middle initial ends neither the
  // sentence nor the speaker's name, and a strict cue looks past it.
  auto q = Run("وتساءلت سارة جيه. ميتشيل، الباحثة في المعهد: «من يملك سبعين عاما لدراسة كهذه؟»");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سارة جيه. ميتشيل، الباحثة في المعهد");
}

TEST_F(QuoteExtractorTest, ARelativeAfterAPrepositionalPhraseTakesThePersonBeforeIt) {
  // ... استشاري القلب بمستشفى الملك فهد الذي أوضح: the phrase after بمستشفى
  // is its genitive; the antecedent of الذي is the person named before.
  auto q = Run("التقت الصحيفة الدكتور سامر الحلبي استشاري أمراض القلب بمستشفى الملك فهد بجدة الذي أوضح أن "
               "أمراض القلب كثيرة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور سامر الحلبي استشاري أمراض القلب بمستشفى الملك فهد بجدة");
}

TEST_F(QuoteExtractorTest, AnOpenerAfterTheSubjectIsNoPartOfIt) {
  // وقدم الرئيس من جهة أخرى التهنئة: the journalist's opener ends the
  // subject before it.
  auto q = Run("وقدم الرئيس سالم من جهة أخرى التهنئة للقادة، مؤكدا أن النصر قريب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الرئيس سالم");
}

TEST_F(QuoteExtractorTest, TheVerbalNounAfterARelayedSourceIsNoPartOfIt) {
  // نقل البيان عن فلان القول: «...»: القول, like قوله, follows the source.
  auto q = Run("ونقل البيان عن المدير سامي العلي القول: «إنها صفقة كبيرة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير سامي العلي");
}

TEST_F(QuoteExtractorTest, AtATimeWhenOpensTheClauseOfTheVerbAfterIt) {
  // يأتي ذلك في وقت دعت قيادات ...: "at a time when" opens a clause, and a
  // verb of appeal there reaches its verbal noun with ل as it does at the
  // start of a sentence.
  auto q = Run("يأتي ذلك في وقت دعت قيادات في الحكومة المنظمات الإنسانية للقدوم إلى المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "قيادات في الحكومة");
  EXPECT_EQ(q[0].content, "للقدوم إلى المدينة");
}

TEST_F(QuoteExtractorTest, AParticipleOfMannerAfterTheSubjectIsNoPartOfIt) {
  // وقال فلان معقبا إن: a derived participle in the accusative after the
  // name tells how he spoke; it is not his name.
  auto q = Run("وقال الدكتور سامي التركي معقبا إن الرابطة تأمل من المؤسسات دعم الأسر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الدكتور سامي التركي");
  // (Also where the subject runs up to the complementizer.)
  q = Run("ويشرح جونسون مفصلا أن الأسواق تحتاج إلى وقت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "جونسون");
  q = Run("وقال محمد الأحمد مبتسما إن الفريق جاهز.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "محمد الأحمد");
}

TEST_F(QuoteExtractorTest, ANounAfterAQuotedNameIsTheObjectOfAVerbOfAppeal) {
  // ودعا "فلان" الأشقاء إلى: the quoted name is the subject; the noun
  // after it, no role or adjective of the name, is whom he called on.
  auto q = Run("ودعا \"الحارثي\" المواطنين المقيمين في الحي إلى مراجعة المركز قبل نهاية الشهر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "\"الحارثي\"");
  q = Run("وطالبت «نور للاستشارات» الشركات الصغيرة بمراجعة عقودها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "«نور للاستشارات»");
  // (A role after the quoted name stays part of the subject.)
  q = Run("ودعا «سامر الحلبي» المتحدث باسم الشركة العملاء إلى التحلي بالصبر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "«سامر الحلبي» المتحدث باسم الشركة");
}

TEST_F(QuoteExtractorTest, AYearInTheGenitiveBelongsToTheDocumentsName) {
  // تقرير ... لعام 2013: the year after العام، لعام or للعام says which
  // year's report speaks; it is part of the speaker, before the relative
  // clause about it.
  auto q = Run("وأظهر تقرير مؤشرات السياحة بنهاية العام 2013 الذي أصدرته الهيئة أمس أن عدد الزوار ارتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقرير مؤشرات السياحة بنهاية العام 2013");
}

TEST_F(QuoteExtractorTest, TheNamedSubjectOfASilentVerbOfSayingIsAnAntecedent) {
  // كشف فلان الكثير من ... (a topic, no quote), then a participle that
  // opens the next sentence: its subject is the person named before the
  // object glued to the name.
  auto q = Run("كشف الباحث سامر الحلبي الكثير من التفاصيل في المؤتمر. مؤكدا أن الفريق عاد سالما.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "سامر الحلبي");
}

TEST_F(QuoteExtractorTest, AnAsciiMarkWithASpaceBeforeItClosesAShortName) {
  // "الحارثي " أن، صحيفة "ذا ستار " البريطانية: a space inside the closing
  // ASCII mark leaves it no neighbour to tell its role by; after a word, a
  // few words after an open mark, it closes the name.
  auto q = Run("وأوضح \"الحارثي \" أن المشروع يكتمل قبل نهاية العام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "\"الحارثي \"");
  q = Run("وكتبت صحيفة \"ذا ستار \" البريطانية على موقعها، \"الحكومة تدرس الخطة منذ أشهر\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "صحيفة \"ذا ستار \" البريطانية");
  EXPECT_EQ(q[0].content, "الحكومة تدرس الخطة منذ أشهر");
}

TEST_F(QuoteExtractorTest, AQuotedForeignNameOrRoleBelongsToTheSpeaker) {
  // شركة الاستشارات «جي إل إل»: two quoted words, one the dictionary does
  // not know, name the body after a noun; a one-word acronym stays out.
  auto q = Run("وقال مدير مكتب الشركة «نوفارتيك هولدينغ» في دبي إن الطلب ارتفع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مدير مكتب الشركة «نوفارتيك هولدينغ» في دبي");
  q = Run("وقالت وكالة الأنباء الرسمية «سانا» إن الطريق أغلق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وكالة الأنباء الرسمية");
  // فلان «موظف»: a quoted common noun after a person's name, before the
  // colon, says who the person is.
  q = Run("ويقول سامر الحلبي «موظف»: الأسعار مرتفعة هذا العام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامر الحلبي «موظف»");
}

TEST_F(QuoteExtractorTest, NadaBiIsAnAppeal) {
  // نادى بـ: to call for, like طالب بـ; نادى على (to call out to) is no
  // speech, and نادي (a club) is no verb.
  auto q = Run("ونادى عدد من الخبراء بسن قانون جديد للإعلام.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "عدد من الخبراء");
  EXPECT_EQ(q[0].content, "بسن قانون جديد للإعلام");
  EXPECT_TRUE(Run("وكان البائع ينادي على الزبائن في السوق.").empty());
  EXPECT_TRUE(Run("وفاز نادي الهلال بالمباراة.").empty());
}

TEST_F(QuoteExtractorTest, AQuotedNameBeforeTheRoleIsThePersonsName) {
  // "فلان الفلاني" المتحدث باسم الشركة: the implicit subject after it is
  // the person, named without the marks and the role.
  auto q = Run("وقال \"سامر الحلبي\" المتحدث باسم الشركة إن الرحلة تأخرت. وأضاف أن الركاب بخير.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "سامر الحلبي");
}

TEST_F(QuoteExtractorTest, AQuotedNameBeforeACommaAndTheComplementizerIsTheSpeaker) {
  // وأعلن «اتحاد ...»، أن: the quoted name right after the cue, before a
  // comma and the complementizer, is its subject.
  auto q = Run("وأعلن «مرصد الأحياء الشرقية»، أن القصف توقف مساء أمس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "«مرصد الأحياء الشرقية»");
  EXPECT_EQ(q[0].resolved, "مرصد الأحياء الشرقية");
}

TEST_F(QuoteExtractorTest, AVerbWithTheNameAsSubjectTellsThePersonsGender) {
  // The first sentence's phrase takes the woman's name in after a
  // masculine verb (she is its object); وقالت with her name as subject
  // says she is a woman, and وأضافت after it is hers.
  auto q = Run("انتشل غطاس من فرق الإنقاذ التركي لوريتا فانيسكو وطفليها. وقالت فانيسكو إن البحر كان هائجا. وأضافت أنها "
               "لن تعود إليه.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].resolved, "لوريتا فانيسكو");
}

TEST_F(QuoteExtractorTest, AConnectiveOfCauseOpensTheClauseOfTheCue) {
  // ولذلك طالب، وعليه نصح: the verb after the connective opens its clause,
  // as a cue with its content after ب needs.
  auto q = Run("ارتفعت الحوادث هذا الصيف، ولذلك طالب المجلس البلدي بإغلاق الطريق الساحلي.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المجلس البلدي");
  q = Run("تتكرر الإصابات بين العمال. وعليه نصح الأطباء بتقليل ساعات العمل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "بتقليل ساعات العمل");
  // (Not عليه that a word governs: المتفق عليه بين الطرفين.)
  EXPECT_TRUE(Run("وكان من المتفق عليه بين الطرفين أن يبدأ العمل غدا.").empty());
}

TEST_F(QuoteExtractorTest, AProposalIsReported) {
  // اقترح: what is proposed, a verbal noun or a clause after أن.
  auto q = Run("واقترح رئيس اللجنة تمديد ساعات العمل في الأسواق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "رئيس اللجنة");
  EXPECT_EQ(q[0].content, "تمديد ساعات العمل في الأسواق");
  q = Run("واقترحت الباحثة أن تبدأ الدراسة بعد العطلة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "تبدأ الدراسة بعد العطلة");
}

TEST_F(QuoteExtractorTest, ACueThatEndsTheTextHasNothingAfterIt) {
  // The soak test's random cuts of articles end anywhere, also right after
  // a cue whose subject the chunker looks for past the last token (the
  // server read one token too far there and crashed).
  for (const char* text : {"الواحة (خاص) - أعلن", "وطالب", "ودعا", "قال الوزير إن الطريق مغلق. وطالب",
                           "وأعلن «", "ودعا \"الحارثي\""}) {
    SCOPED_TRACE(text);
    for (const Got& g : Run(text)) EXPECT_FALSE(g.content.empty());
  }
}

TEST_F(QuoteExtractorTest, AWordThatGovernsAClauseInsideTheRelativeIsTheRelatives) {
  // وشدد فلان، الذي ... منذ ...، على: منذ belongs to the relative clause
  // between the commas; the preposition the cue governs comes after it.
  auto q = Run(
      "وشدد سامي النمر، الذي ترأس لجنة الحي منذ تأسيسها، على ضرورة إقرار نظام "
      "جديد للحدائق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سامي النمر");
  EXPECT_EQ(q[0].content, "ضرورة إقرار نظام جديد للحدائق");
  // A relative set off by commas may run past twenty-five tokens.
  q = Run(
      "وشدد سامي النمر، الذي ترأس لجنة الحي منذ تأسيسها في الضاحية الشمالية للمدينة على يد مجموعة "
      "من السكان المتطوعين من أبناء الحي في مارس (آذار) 2010، على ضرورة إقرار نظام جديد للحدائق.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "ضرورة إقرار نظام جديد للحدائق");
}

TEST_F(QuoteExtractorTest, KamaBeforeAReportWithItsOwnSubjectEndsTheContent) {
  // ... كما أوصت الوزارة بـ: "also" and a verb of report with a subject and
  // what it governs after it, with or without a comma before كما, is a
  // report of its own.
  auto q = Run(
      "وطالبت الهيئة المسافرين بأخذ اللقاحات المطلوبة من الدول الموبوءة كما أوصت الوزارة بتجنب "
      "الأماكن المزدحمة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "بأخذ اللقاحات المطلوبة من الدول الموبوءة");
  EXPECT_EQ(q[1].speaker, "الوزارة");
  EXPECT_EQ(q[1].content, "بتجنب الأماكن المزدحمة");
  // كما "as" with nothing governed after its subject stays in the report.
  q = Run("وقال الوزير إن الأسعار سترتفع كما يقول الخبراء منذ أشهر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الأسعار سترتفع كما يقول الخبراء منذ أشهر");
}

TEST_F(QuoteExtractorTest, InAnAcronymSpelledWithSpacesInIsALetter) {
  // سي إن إن، إن بي سي: the إن of an acronym written with spaces is the
  // name of a letter, not the complementizer.
  auto q = Run("وأضاف في مقابلة مع شبكة سي إن إن أن الحكومة لن تتفاوض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحكومة لن تتفاوض");
  q = Run("وقال لشبكة إن بي سي إن الحكومة لن تتفاوض.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الحكومة لن تتفاوض");
}

TEST_F(QuoteExtractorTest, YadhkuruWithASourceIsAReport) {
  // يذكر المؤرخ أن: with a source after it the verb reports; يذكر أن alone
  // is the journalist's background formula.
  auto q = Run("ويذكر المؤرخ سامي النمر أن المدينة سقطت بعد حصار طويل.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المؤرخ سامي النمر");
  EXPECT_EQ(q[0].content, "المدينة سقطت بعد حصار طويل");
  EXPECT_TRUE(Run("يذكر أن المدينة سقطت بعد حصار طويل.").empty());
  EXPECT_TRUE(Run("ويذكر أيضا أن المدينة سقطت بعد حصار طويل.").empty());
}

TEST_F(QuoteExtractorTest, HadhaWaAfterACommaMovesOnFromTheReport) {
  // ...، هذا وقد / هذا وتواصل: the journalist's formula for the next item
  // of the news ends the report.
  auto q = Run(
      "وشدد المحافظ على وجوب التعاون بين الجميع، هذا وقد تضمن الحفل أمسية شعرية أحياها عدد من "
      "الشعراء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "وجوب التعاون بين الجميع");
  q = Run("وأوضح القائد أن القوات تقدمت في المدينة، هذا وتواصل الفرق عملياتها في الأحياء.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "القوات تقدمت في المدينة");
}

TEST_F(QuoteExtractorTest, AVerbWhoseSubjectIsTheSpeakerAgainEndsTheReport) {
  // ...، وضرب النمر أمثلة: after a comma, a verb with و whose subject is
  // the speaker named again is the journalist's account of what the speaker
  // did next, not part of the report.
  auto q = Run(
      "وشدد المدير سامي النمر على أن الشبكة غيرت عادات القراء، وضرب النمر أمثلة على سرعة نقل "
      "الأخبار.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الشبكة غيرت عادات القراء");
  // Another subject goes on with the report.
  q = Run("وشدد المدير سامي النمر على أن الشبكة غيرت عادات القراء، وضاعفت الصحف عدد قرائها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الشبكة غيرت عادات القراء، وضاعفت الصحف عدد قرائها");
}

TEST_F(QuoteExtractorTest, AnAttributionPhraseWithMaAndTheSourcesVerbIsSetOff) {
  // قال فلان، بحسب ما ذكرته الوكالة، إن: ما and the source's verb with its
  // pronoun belong to the phrase between the marks of the set-off; the cue
  // reads past it to its complementizer or its preposition.
  auto q = Run("وقال السفير سامي النمر، وفقا لما نقلته الوكالة، إن التصريحات مرفوضة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "السفير سامي النمر");
  EXPECT_EQ(q[0].content, "التصريحات مرفوضة");
  q = Run("وشدد السفير سامي النمر - بحسب ما ذكرته الوكالة - على ضرورة الكف عن التصريحات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "السفير سامي النمر");
  EXPECT_EQ(q[0].content, "ضرورة الكف عن التصريحات");
  // (Between commas too, before the preposition the verb governs.)
  q = Run("وشدد السفير سامي النمر، بحسب الوكالة، على ضرورة الكف عن التصريحات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "ضرورة الكف عن التصريحات");
}

TEST_F(QuoteExtractorTest, TheAnnouncedTextOfAStatementIsItsIssuersQuote) {
  // وفيما يلي نص البيان: «...»: the journalist announces the text of a
  // statement; the quotation is the issuer's, with no speaker in the
  // sentence.
  auto q = Run("وأصدرت النقابة بيانا حول الإضراب. وفيما يلي نص البيان: «نرفض أي تأجيل لصرف المستحقات».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].content, "نرفض أي تأجيل لصرف المستحقات");
  EXPECT_EQ(q[0].resolved, "النقابة");
  // (With its pronoun, نصه: the statement the sentence named, and whoever
  // it came from, من الهيئة; the reply after it, ردا على, is no statement.)
  q = Run("تلقت الصحيفة تعقيبا من هيئة النقل البحري ردا على ما نشرته؛ فيما يلي نصه: «تود الهيئة أن توضح الأمر».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "هيئة النقل البحري");
  // (What follows the colon without marks, a dialogue, is no quote.)
  q = Run("وأجرت الصحيفة حوارا مع المدرب، وفيما يلي نصه: ماذا تعلمت من الموسم الماضي؟");
  EXPECT_TRUE(q.empty());
}

TEST_F(QuoteExtractorTest, AStatementFromSomeoneIsTheirs) {
  // وصلت للمدرب رسالة من اللاعب فلان قال فيها: the statement that فيها
  // takes up came from the person after من, not from the clause's subject.
  auto q = Run("وفي الحلقة وصلت للمذيعة سارة تغريدة من الفنان سامي النمر قال فيها: «أتابع البرنامج كل ليلة».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "سامي النمر");
}

TEST_F(QuoteExtractorTest, AFamilyNameThatSpellsLikeAFunctionWordIsTheSpeaker) {
  // وقال آبي after كينجي آبي: the view spells the name like أبي "my
  // father", but the text closed a personal name with it; it is the
  // subject, and resolves to the full name.
  auto q = Run("وصوت البرلمان على الخطة التي يدعمها الوزير كينجي آبي.\nوقال آبي إن الخطة ستخفض الضرائب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "آبي");
  EXPECT_EQ(q[0].resolved, "كينجي آبي");
}

TEST_F(QuoteExtractorTest, KamaWithTheVerbsOwnPrepositionIsAlso) {
  // ...، كما أعرب عدد من الشركات عن اهتمام مماثل: with the preposition the
  // verb governs after its subject, كما is "also"; the verb reports what
  // follows, not the clause before it.
  auto q = Run("وكان رئيس شركة الرمال سامي النمر قد أعلن أن شركته تريد العودة إلى السوق، كما أعرب عدد من "
               "الشركات الغربية عن اهتمام مماثل.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "شركته تريد العودة إلى السوق");
  EXPECT_EQ(q[1].content, "اهتمام مماثل");
  EXPECT_EQ(q[1].speaker, "عدد من الشركات الغربية");
  // (With ذلك after the preposition, which points back, it is "as".)
  q = Run("وأوضح الخبير أن السندات تخفف الضغوط على الاحتياطي، كما أشارت بعض الدراسات إلى ذلك مؤخرا.");
  for (const Got& g : q) EXPECT_NE(g.content.rfind("\u0630\u0644\u0643", 0), 0u) << g.content;
}

TEST_F(QuoteExtractorTest, AReportInARelativeClauseOnTheSpeakerDescribesThem) {
  // وتقول الوكالة التي نقلت هذه الصور، إنه ...: the relative clause on
  // the subject describes the speaker (هذه الصور is its object, and it
  // points to nothing before); the complementizer after the comma is the
  // first verb's.
  auto q = Run("وتقول الوكالة التي نقلت هذه الصور، إن رجال الإطفاء أخمدوا الحريق قبل وصوله إلى المخازن.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوكالة");
  EXPECT_EQ(q[0].cue, "وتقول");
  EXPECT_EQ(q[0].content, "رجال الإطفاء أخمدوا الحريق قبل وصوله إلى المخازن");
}

TEST_F(QuoteExtractorTest, AVerbalNounWithItsAgentReportsLikeItsVerb) {
  // بعد إعلان الشركة عن ...: the genitive of إعلان is who announced, and
  // what it governs is what was announced.
  auto q = Run("وتراجعت أسهم القطاع بعد إعلان شركة كرانسفيلد عن أرباح فصلية دون التوقعات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "شركة كرانسفيلد");
  EXPECT_EQ(q[0].cue, "إعلان");
  EXPECT_EQ(q[0].content, "أرباح فصلية دون التوقعات");
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  q = Run("وجاء ذلك عقب إعلان وزارة الداخلية أن الخلية كانت تخطط لهجمات.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزارة الداخلية");
  EXPECT_EQ(q[0].content, "الخلية كانت تخطط لهجمات");
  // (With what was announced as its genitive, no one speaks.)
  EXPECT_TRUE(Run("وقررت الإدارة إعلان حالة الطوارئ في المستشفيات.").empty());
  EXPECT_TRUE(Run("وسيتم إعلان أسماء المقبولين من الخدمة المدنية الأسبوع المقبل.").empty());
}

TEST_F(QuoteExtractorTest, AReportInAFrontedConcessiveClauseEndsAtItsAnswer) {
  // رغم أن X أكد أن ...، فإن ...: the report lies inside the concessive
  // clause; فإن opens the main clause, the journalist's.
  auto q = Run("ورغم أن المدرب سامي النمر أكد أن الفريق جاهز للموسم، فإن النتائج الأولى جاءت مخيبة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدرب سامي النمر");
  EXPECT_EQ(q[0].content, "الفريق جاهز للموسم");
  // (So after مع with a verbal noun of report.)
  q = Run("ومع تأكيد المدرب على جاهزية الفريق فإنه لم يستبعد غياب بعض اللاعبين.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "جاهزية الفريق");
  // (Without the fronted clause فإن stays in what was reported.)
  q = Run("وأكد المدرب أن الفريق جاهز، فإن لم يفز فسيتحمل المسؤولية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "الفريق جاهز، فإن لم يفز فسيتحمل المسؤولية");
}

TEST_F(QuoteExtractorTest, AStatementFromSomeoneAfterAccordingToIsTheirs) {
  // وفقا لبيان من المكتب، بحسب معلومات من مصادر: the statement or the
  // figures belong to the attribution phrase; the speaker is who gave them.
  auto q = Run("وانهار الجسر قبل الفجر، وفقا لمعلومات من مصادر أمنية.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "مصادر أمنية");
  EXPECT_EQ(q[0].cue, "وفقا لمعلومات");
  EXPECT_EQ(q[0].content, "وانهار الجسر قبل الفجر");
  q = Run("وسيزور الوزير كرانسفيلد الأسبوع المقبل، بحسب بيان من وزارته.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "وزارته");
  EXPECT_EQ(q[0].cue, "بحسب بيان");
}

TEST_F(QuoteExtractorTest, AnIndefiniteNounAfterInnaIsTheSubjectOfTheVerbAfterIt) {
  // أن تقارير سابقة أشارت، فإن دراسة جديدة أكدت: the noun of إن / أن is in
  // the accusative and may be indefinite, like the noun after لكن; the
  // verb after it is its predicate and its subject speaks.
  auto q = Run("ومع أن تقارير سابقة أشارت إلى أن المشروع متعثر، فإن دراسة جديدة أكدت أن العمل يسير وفق الخطة.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "تقارير سابقة");
  EXPECT_EQ(q[0].content, "المشروع متعثر");
  EXPECT_EQ(q[1].speaker, "دراسة جديدة");
  EXPECT_EQ(q[1].content, "العمل يسير وفق الخطة");
  // (Not over a comma and ف, which opens a clause of its own.)
  q = Run("وعاد إلى بيته، لكنه يشعر أن فرحته ناقصة، فقد كان يتمنى أن تكون أمه بجانبه.");
  for (const Got& g : q) EXPECT_EQ(g.speaker.find("\u0641\u0631\u062D\u062A\u0647"), std::string::npos) << g.speaker;
}

TEST_F(QuoteExtractorTest, ANounWithAPossessiveIsTheGenitiveOfATitleInTheConstructState) {
  // سفير بلاده، في سفارة بلاده: a title in the construct state, or a noun
  // right after a preposition inside the phrase, needs a genitive; the
  // noun with a possessive pronoun is it, not the start of the content.
  auto q = Run("وقال سفير بلاده لدى كرانسفيلد إن الزيارة ناجحة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "سفير بلاده لدى كرانسفيلد");
  q = Run("وقال المستشار الإعلامي في سفارة بلاده بالقاهرة إن المعرض ناجح.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المستشار الإعلامي في سفارة بلاده بالقاهرة");
  // (After a definite subject it opens the content.)
  q = Run("وأكد الوزير استعداده للحوار مع المعارضة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الوزير");
  EXPECT_EQ(q[0].content, "استعداده للحوار مع المعارضة");
}

TEST_F(QuoteExtractorTest, ADocumentStandsForItsIssuer) {
  // وفقا لدراسة أعدتها الجامعة: a document noun with ل and the verb of
  // issuing with its pronoun belong to the attribution phrase, as after
  // وفقا لتقرير; the issuer speaks.
  auto q = Run("وارتفعت الأسعار في الربع الأول، وفقا لدراسة أعدتها جامعة كرانسفيلد.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "جامعة كرانسفيلد");
  EXPECT_EQ(q[0].cue, "وفقا لدراسة أعدتها");
  // A statistic issued by an office is the office's, also where the
  // article names it again.
  q = Run("أظهرت إحصائية صادرة عن إدارة الإحصاء في وزارة التخطيط أن عدد المواليد ارتفع. وأشارت الإحصائية إلى أن "
          "عدد الوفيات تراجع.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].resolved, "إدارة الإحصاء في وزارة التخطيط");
  EXPECT_EQ(q[1].resolved, "إدارة الإحصاء في وزارة التخطيط");
  // A report in the construct state, with the relative clause of its
  // issuing; not the time of issuing nor the verb joined to it.
  q = Run("كشف تقرير نتائج الربع الثالث الذي أعدته وحدة البحوث بالمجلس في مارس الماضي ونشر أمس أن "
          "المبيعات تراجعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "وحدة البحوث بالمجلس");
}

TEST_F(QuoteExtractorTest, AFormulaAfterTheCueNamesItsImplicitSpeaker) {
  // قال تعالى، لقوله صلى الله عليه وسلم: the formula after the verb names
  // whom it belongs to, whoever the text named last; the speaker span stays
  // empty.
  auto q = Run("وذكر الخطيب سامي النمر فضل الصبر، وقد قال تعالى: «واصبروا إن الصبر مفتاح».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].resolved, "الله");
  EXPECT_EQ(q[0].content, "واصبروا إن الصبر مفتاح");
  q = Run("والرفق واجب على الجميع لقوله صلى الله عليه وسلم: «ارفقوا بالناس».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "لقوله");
  EXPECT_EQ(q[0].resolved, "رسول الله");
  q = Run("وجاء رجل يسأل عن العمل، فقال عليه الصلاة والسلام: «اعمل ولا تتواكل».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "رسول الله");
  // (A formula of blessing any person takes names nobody: the implicit
  // subject is the person named before.)
  q = Run("وتحدث الشيخ سامي النمر عن العيد، وكان رحمه الله يقول: «العيد فرحة للجميع».");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "سامي النمر");
}

TEST_F(QuoteExtractorTest, AParenthesisAfterTheColonOfACueIsADirectQuote) {
  // يقول فلان: (...): the words in the parentheses are what was said,
  // ending at the closing parenthesis, not at the end of the sentence.
  auto q = Run("وقال المدرب كرانسفيلد: (الفريق جاهز للمباراة)، وهو ما أكده اللاعبون أيضا.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(q[0].speaker, "المدرب كرانسفيلد");
  EXPECT_EQ(q[0].content, "الفريق جاهز للمباراة");
  // (A list after هي stays part of the report.)
  q = Run("وقال المدير إن المراحل هي: (البحث، والتحليل، والكتابة).");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(q[0].content, "المراحل هي: (البحث، والتحليل، والكتابة)");
}
TEST_F(QuoteExtractorTest, TheNameAClassNounTakesEndsTheSpeakerPhrase) {
  // بمنطقة حائل، برنامج كرانسفيلد: the name after a class noun is definite
  // as a name is; a verbal noun or plural noun after it opens the object.
  auto q = Run("واستنكرت الإدارة العامة للمرور بمنطقة حائل وقوع الحادث أمس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الإدارة العامة للمرور بمنطقة حائل");
  EXPECT_EQ(q[0].content, "وقوع الحادث أمس");
  q = Run("وأعلن برنامج كرانسفيلد تدابير جديدة لدعم الأسر.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "برنامج كرانسفيلد");
  EXPECT_EQ(q[0].content, "تدابير جديدة لدعم الأسر");
  // (A name with the conjunction و goes on with the phrase, though the
  // dictionary reads وكوبا as a verbal noun too.)
  q = Run("وأعلنت الولايات المتحدة وكوبا استئناف العلاقات بينهما.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "الولايات المتحدة وكوبا");
  EXPECT_EQ(q[0].content, "استئناف العلاقات بينهما");
}
TEST_F(QuoteExtractorTest, TheNameAfterAClassNounMayReadAsAPossessedNoun) {
  // مدينة سبها، نادي مولده: the name a class noun takes belongs to the
  // phrase, though the dictionary reads سبها and مولده as nouns with a
  // pronoun, which would end it.
  auto q = Run("وقال عميد بلدية مدينة سبها إن الاشتباكات توقفت مساء أمس.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "عميد بلدية مدينة سبها");
  q = Run("وعبّر المدير الفني لنادي مولده عن ثقته ببقاء اللاعب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "المدير الفني لنادي مولده");
  EXPECT_EQ(q[0].content, "ثقته ببقاء اللاعب");
}
TEST_F(QuoteExtractorTest, FahasbRightAfterAWordIsOnlyNotAnAttribution) {
  // ليس في المدينة فحسب، بل ...: "only" ends no report and reports nothing;
  // after punctuation فحسب is "according to".
  auto q = Run("وأكد الوزير أن الخطة ليست في المدينة فحسب، بل في المنطقة كلها.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "وأكد");
  EXPECT_EQ(q[0].content, "الخطة ليست في المدينة فحسب، بل في المنطقة كلها");
  EXPECT_TRUE(Run("ويريد المرشح أن يركز الناخبون على اسمه الأول فحسب وتاريخه السياسي.").empty());
  q = Run("وتأخر افتتاح الجسر عامين، فحسب الوزارة تحتاج الأعمال إلى ستة أشهر أخرى.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "فحسب");
  EXPECT_EQ(q[0].speaker, "الوزارة");
}
TEST_F(QuoteExtractorTest, AWordOfIssuingWithoutItsIssuerLeavesTheSpeaker) {
  // معلومات صدرت أمس، تقارير صادرة صباح اليوم: the clause on the indefinite
  // noun is no part of the speaker; with its issuer after it, the document
  // stands for the issuer.
  auto q = Run("وذكرت معلومات صدرت أمس أن المطار سيفتح غدا.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "معلومات");
  EXPECT_EQ(q[0].content, "المطار سيفتح غدا");
  q = Run("وأكدت تقارير صحفية صادرة صباح اليوم أن النادي يفاوض اللاعب.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "تقارير صحفية");
  q = Run("وأظهرت إحصائية صادرة عن الوزارة أن الحالات تراجعت.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].resolved, "الوزارة");
}
TEST_F(QuoteExtractorTest, NotRulingOutIsAReport) {
  // لم يستبعد، لا تستبعد: the negation belongs to the cue, which reports
  // what the speaker holds possible; any other negated cue reports nothing.
  auto q = Run("ولم يستبعد المصدر أن تكون الأجهزة أجنبية الصنع.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "ولم يستبعد");
  EXPECT_EQ(q[0].speaker, "المصدر");
  EXPECT_EQ(q[0].content, "تكون الأجهزة أجنبية الصنع");
  EXPECT_TRUE(Run("ولم يؤكد المصدر أن الأجهزة أجنبية الصنع.").empty());
  // (As for استبعد, a noun phrase is content only when it names an event:
  // "does not leave out the western district" reports nothing.)
  EXPECT_TRUE(Run("وهو لا يستبعد المنطقة الغربية من المدينة تماما.").empty());
}
}  // namespace
}  // namespace dhad
