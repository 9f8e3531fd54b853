// Stage 3 of quote extraction: cues attached to their content and speaker,
// before resolution.

#include "analysis/internal/attribution.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/unit/quote_stages_testlib.h"

namespace dhad::internal {
namespace {

using test_support::StagedDoc;

struct Att {
  std::string content, speaker, cue;
  QuoteKind kind;
  SpeakerMode mode;
};

std::vector<Att> Attribute(const StagedDoc& s) {
  const Mentions m(s.doc());
  std::vector<Att> out;
  for (const Cand& c : Attributor(s.doc(), m).Run()) {
    Att a;
    const Span o = s.doc().text().ToOriginal(c.vb, c.ve);
    a.content = std::string(s.doc().text().original().substr(o.begin, o.size()));
    a.speaker = s.Str(c.sb, c.se);
    a.cue = s.Str(c.qb, c.qe);
    a.kind = c.kind;
    a.mode = c.mode;
    out.push_back(a);
  }
  return out;
}

TEST(AttributionTest, VerbSpeakerContent) {
  StagedDoc s("وقال رئيس البلدية إن الطرق ستفتح غدا.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "الطرق ستفتح غدا");
  EXPECT_EQ(a[0].speaker, "رئيس البلدية");
  EXPECT_EQ(a[0].cue, "وقال");
  EXPECT_EQ(a[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(a[0].mode, SpeakerMode::kExplicit);
}

TEST(AttributionTest, ContentBeforeItsCue) {
  StagedDoc s("«سنعيد بناء الجسر»، قالت المهندسة ريم خوري.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "سنعيد بناء الجسر");
  EXPECT_EQ(a[0].speaker, "المهندسة ريم خوري");
  EXPECT_EQ(a[0].kind, QuoteKind::kDirect);
}

TEST(AttributionTest, HakadhaPointsBackAtTheQuotation) {
  StagedDoc s("«نحن مستعدون للمباراة» هكذا قال المدرب فهد الشمري.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "نحن مستعدون للمباراة");
  EXPECT_EQ(a[0].speaker, "المدرب فهد الشمري");
  EXPECT_EQ(a[0].kind, QuoteKind::kDirect);
}

TEST(AttributionTest, PrepositionalAttributionAfterTheContent) {
  StagedDoc s("ارتفعت أسعار الخبز بنسبة كبيرة، وفقا لجمعية حماية المستهلك.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "ارتفعت أسعار الخبز بنسبة كبيرة");
  EXPECT_EQ(a[0].speaker, "لجمعية حماية المستهلك");
  EXPECT_EQ(a[0].cue, "وفقا");
}

TEST(AttributionTest, ChainedVerbAndParticipleTakeTheSubjectMode) {
  StagedDoc s("وكان المدير في مكتبه، وقال إن العمل مستمر، مضيفا أن الرواتب صرفت.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].content, "العمل مستمر");
  EXPECT_EQ(a[0].mode, SpeakerMode::kSubject);
  EXPECT_EQ(a[1].content, "الرواتب صرفت");
  EXPECT_EQ(a[1].mode, SpeakerMode::kSubject);
}

TEST(AttributionTest, ImplicitSubjectOpeningASentence) {
  StagedDoc s("وأضافت أن الفريق جاهز.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "");
  EXPECT_EQ(a[0].mode, SpeakerMode::kImplicit);
}

TEST(AttributionTest, NounPhraseContentAfterParenthesizedAcronym) {
  StagedDoc s("وطالب اتحاد الكرة الآسيوي (الآسيوي) بتأجيل المباراة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "اتحاد الكرة الآسيوي");
  EXPECT_EQ(a[0].content, "بتأجيل المباراة");
}

TEST(AttributionTest, NounPhraseContentAfterAQuotedAcronym) {
  // The name in marks after a definite subject is its apposition, outside
  // the speaker; the verbal noun after it is the content.
  StagedDoc s("أعلنت هيئة الطيران المدنية \"هاطم\" إغلاق المطار الشمالي مؤقتا.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "هيئة الطيران المدنية");
  EXPECT_EQ(a[0].content, "إغلاق المطار الشمالي مؤقتا");
  // After a title the marks hold the person's name: no content is read
  // past it.
  StagedDoc t("وناشدت والدة المواطن \"النمر\" الجهات المختصة مساعدتها.");
  for (const Att& q : Attribute(t)) EXPECT_NE(q.content, "الجهات المختصة مساعدتها");
}

TEST(AttributionTest, TheRoleAfterTheNameKeepsItsBodyAndItsQuotedGenitive) {
  // فلان، الرئيس التنفيذي لشركة X: the class noun with ل before the colon
  // is the body of the role, not the addressee.
  StagedDoc s("وقال سامي النمر، الرئيس التنفيذي لشركة لوميرا: «الشركة رائدة في السوق».");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سامي النمر، الرئيس التنفيذي لشركة لوميرا");
  // A chain of nouns in the construct state that ends in a quoted name is
  // a role too.
  StagedDoc t("إذ يقول سامي النمر، منسق فريق رصد «الأسواق» في الهيئة، إن السوق مستقر.");
  a = Attribute(t);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سامي النمر، منسق فريق رصد «الأسواق» في الهيئة");
  // An addressee with ل right after the speaker stays out.
  StagedDoc u("وقال سامي النمر لقناة العربية: «الشركة رائدة في السوق».");
  a = Attribute(u);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سامي النمر");
}

TEST(AttributionTest, TheAntecedentOfARelativeBeforeTheCue) {
  // A family name the dictionary reads as a verb, after a given name, ends
  // the antecedent; so does a role between commas after a name.
  StagedDoc s("وتعاون في الإخراج المخرج البريطاني سامي ريد الذي قال للصحيفة إن الفيلم ناجح.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "المخرج البريطاني سامي ريد");
  StagedDoc t("وكان من بينهم سامي النمر، رجل أعمال، الذي قال إن الأسعار مرتفعة.");
  a = Attribute(t);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سامي النمر، رجل أعمال");
  // A verb that carries the relative as its object pronoun has its own
  // subject after it.
  StagedDoc u("وتحدث الكاتب سامي النمر الذي وصفته الصحيفة بأنه رائد الرواية.");
  a = Attribute(u);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الصحيفة");
}

TEST(AttributionTest, TheAntecedentOfARelativeRunsBackOverItsTitleAndLineage) {
  // وزير starts with the letter و, not the conjunction; بن links the
  // name; the statement before the title and a feminine head before الذي
  // are no part of the antecedent.
  StagedDoc s("وارتفعت الأسعار بعد تصريحات وزير الخارجية سامي النمر الذي قال إن التهديد مزعج للغاية.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "وزير الخارجية سامي النمر");
  StagedDoc t("وتحدث في الندوة الدكتور سامي بن خالد النمر الذي أوضح أن الدراسة مكتملة.");
  a = Attribute(t);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الدكتور سامي بن خالد النمر");
  StagedDoc u("ويروي الكتاب قصة سامي بن خالد الذي قال: «كنا نسافر على الإبل».");
  a = Attribute(u);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سامي بن خالد");
  // The statements are the minister's: التي takes them, and he speaks.
  StagedDoc v("وجاءت تصريحات وزير الخارجية سامي النمر التي تدعو إلى التهدئة في وقت حرج.");
  a = Attribute(v);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "وزير الخارجية سامي النمر");
}

TEST(AttributionTest, ARelativeClauseBetweenCommasComesBeforeANounPhraseContent) {
  StagedDoc s("وأبدى وزير الخارجية سامي النمر، الذي جعل السلام أولوية، تأييده لهذه الفكرة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "وزير الخارجية سامي النمر");
  EXPECT_EQ(a[0].content, "تأييده لهذه الفكرة");
  // A verb that takes an object reads as its passive with none: the man
  // was accused, he accused nobody.
  StagedDoc t("واتهم سامي النمر، الذي يرأس الاتحاد المحلي، أيضا بالفساد والاحتيال.");
  EXPECT_TRUE(Attribute(t).empty());
}

TEST(AttributionTest, AStatementThatStartsWithBaIsTheSubjectOfACueWithBa) {
  // أفاد takes بأن; بيان after it is the statement, not ب and a word.
  StagedDoc s("وأفاد بيان لوزارة الصحة اليوم أنه تم افتتاح مستشفى جديد.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "بيان لوزارة الصحة");
  EXPECT_EQ(a[0].content, "تم افتتاح مستشفى جديد");
}

TEST(AttributionTest, AFamilyNameGivenInFullBeforeIsTheSubjectAfterIllaAnna) {
  // ساهر reads as a noun or a verb; the text named جون ساهر first.
  StagedDoc s("وقال جون ساهر إن الاتفاق جيد. إلا أن ساهر اعتبر أن التصريحات مقلقة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].speaker, "ساهر");
  EXPECT_EQ(a[1].content, "التصريحات مقلقة");
}

TEST(AttributionTest, AStrictCueReachesItsComplementizerOverADescriptionWithWawAndAPronoun) {
  StagedDoc s("من جهته، أبان سامي النمر، وهو خبير في الشركات العقارية، أن المشكلة تكمن في التنظيم.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سامي النمر");
  EXPECT_EQ(a[0].content, "المشكلة تكمن في التنظيم");
  // A colon after such a description closes a list, not words said.
  StagedDoc t("وتختتم الأمسية المسرحية الكوميدية «البيت الكبير»، وهي من تمثيل الفنانين: سامي النمر وخالد العلي.");
  EXPECT_TRUE(Attribute(t).empty());
}

TEST(AttributionTest, AFormulaOfBlessingIsNoPartOfTheSpeaker) {
  StagedDoc s("وقال الملك المؤسس طيب الله ثراه إن الوحدة أساس القوة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الملك المؤسس");
  // Between the subject and its verb too.
  StagedDoc t("وكان الشيخ سامي النمر رحمه الله يقول إن العلم نور.");
  a = Attribute(t);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الشيخ سامي النمر");
  // And between the speaker and a noun-phrase content.
  StagedDoc u("وأكد سمو الأمير سامي بن خالد حفظه الله حرصه على دعم الشباب.");
  a = Attribute(u);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سمو الأمير سامي بن خالد");
  EXPECT_EQ(a[0].content, "حرصه على دعم الشباب");
}

TEST(AttributionTest, ASubjectBeforeThePresentVerbTakesAContentWithBaOrLam) {
  // The caption style of a day's quotations: subject, present verb, what
  // was demanded or condemned.
  StagedDoc s("الرئيس سامي النمر يتوعد بتشديد القوانين ضد المتطرفين");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الرئيس سامي النمر");
  EXPECT_EQ(a[0].content, "بتشديد القوانين ضد المتطرفين");
  StagedDoc t("المستشارة هند العلي تدعو البلدين للتوصل إلى تسوية بشأن النزاع");
  a = Attribute(t);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "المستشارة هند العلي");
  EXPECT_EQ(a[0].content, "للتوصل إلى تسوية بشأن النزاع");
  // A bullet before the subject is none of it.
  StagedDoc u("* الوزارة تؤكد أن الامتحانات في موعدها");
  a = Attribute(u);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الوزارة");
}

TEST(AttributionTest, AQuotationAloneInItsParagraphTakesTheSpeakerThatOpensTheNext) {
  // A column of the day's sayings: the quotation, then its speaker as the
  // subject of a cue, or in parentheses.
  StagedDoc s(
      "* «لن نتراجع عن الإصلاحات مهما كانت الكلفة».\n"
      "وزير المالية سامي النمر قال أمس إن الميزانية ستعلن قريبا.\n\n"
      "* «الحوار هو الطريق الوحيد».\n"
      "(الرئيس خالد العلي في كلمة أمام البرلمان).");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].content, "لن نتراجع عن الإصلاحات مهما كانت الكلفة");
  EXPECT_EQ(a[0].speaker, "وزير المالية سامي النمر");
  EXPECT_EQ(a[0].cue, "قال");
  EXPECT_EQ(a[1].content, "الميزانية ستعلن قريبا");
  EXPECT_EQ(a[2].content, "الحوار هو الطريق الوحيد");
  EXPECT_EQ(a[2].speaker, "الرئيس خالد العلي");
  EXPECT_EQ(a[2].cue, "");
}

TEST(AttributionTest, AbbaraReachesItsPrepositionOverTheSpeakersRole) {
  // عبر is also "via": after it, a comma is crossed only when a title or a
  // given name follows the verb, and the role between commas may be one
  // the lexicon lacks.
  StagedDoc s("من جانبه، عبر الدكتور سامي النمر، الملحق الثقافي بالإنابة، عن اعتزازه بالفترة التي عمل فيها.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الدكتور سامي النمر، الملحق الثقافي بالإنابة");
  EXPECT_EQ(a[0].content, "اعتزازه بالفترة التي عمل فيها");
  StagedDoc t("وصلت الرسالة عبر البريد الإلكتروني، الذي أرسله سامي النمر، عن طريق الخطأ.");
  EXPECT_TRUE(Attribute(t).empty());
}

TEST(AttributionTest, AlladhinaStandsForThePeopleOfASoundPlural) {
  // الذين with a plural verb: the list of people before it speaks, and a
  // relative clause nested in what they said stays in the content.
  StagedDoc s("وتتزايد تحذيرات المعلمين والمشرفين، الذين يقولون إن هذه الألعاب، التي يقال إنها مفيدة، قد تكون ضارة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "المعلمين والمشرفين");
  EXPECT_EQ(a[0].content, "هذه الألعاب، التي يقال إنها مفيدة، قد تكون ضارة");
}

TEST(AttributionTest, AClosingParenthesisWhoseOpeningIsInTheContentEndsIt) {
  // Spans end at whole tokens: في أيار (مايو). keeps its parenthesis, and
  // only the period after it is left out.
  StagedDoc s("وقال المدير إن المبيعات ارتفعت في أيار (مايو). وأضاف أن الأرباح زادت (عشرة في المئة)، مبينا أن الطلب قوي.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].content, "المبيعات ارتفعت في أيار (مايو)");
  EXPECT_EQ(a[1].content, "الأرباح زادت (عشرة في المئة)");
}

TEST(AttributionTest, MubayyinanReportsAVerbalNounAfterAComma) {
  // مبينا is never the preposition بين: after a comma it reports a verbal
  // noun, and the report before it ends at the comma.
  StagedDoc s("وأوضح المتحدث أن البلاغات تزداد في الصيف، مبينا وقوع حادثين أمس.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].content, "البلاغات تزداد في الصيف");
  EXPECT_EQ(a[1].cue, "مبينا");
  EXPECT_EQ(a[1].content, "وقوع حادثين أمس");
}

TEST(AttributionTest, AVerbalNounWhoseAdjectiveAgreesWithTheNounBeforeItIsItsGenitive) {
  // وسائل إعلام محلية: the feminine adjective agrees with وسائل, so إعلام is
  // its genitive, inside the subject; the news after it is the content.
  StagedDoc s("أعلنت وسائل إعلام محلية وعربية نبأ وفاة الشاعر الكبير أمس.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "وسائل إعلام محلية وعربية");
  EXPECT_EQ(a[0].content, "نبأ وفاة الشاعر الكبير أمس");
}

TEST(AttributionTest, ThammanaWithAPersonAfterItIsTheVerb) {
  // ثمن opening its clause with a person after it is the verb of praise,
  // not the noun "price"; its content is the noun phrase after the subject.
  StagedDoc s("من جهته ثمن سامي النمر المدير العام للجمعية زيارة المحافظ للمعرض، منوها بدعم الأمير.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].cue, "ثمن");
  EXPECT_EQ(a[0].speaker, "سامي النمر المدير العام للجمعية");
  EXPECT_EQ(a[0].content, "زيارة المحافظ للمعرض");
  // The noun stays a noun: ثمن السلعة.
  StagedDoc t("وارتفع ثمن السلعة في الأسواق.");
  EXPECT_TRUE(Attribute(t).empty());
}

TEST(AttributionTest, DemonstrativeStandsForWhatWasSaidBefore) {
  StagedDoc s(
      "أنقذت فرق الدفاع المدني ثلاثة أطفال من حريق في حي «الروضة» ونقلتهم إلى المستشفى. "
      "أوضح ذلك المتحدث الرسمي للدفاع المدني سالم الحربي، وحث السكان على الحذر.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].content,
            "أنقذت فرق الدفاع المدني ثلاثة أطفال من حريق في حي «الروضة» ونقلتهم إلى المستشفى");
  EXPECT_EQ(a[0].speaker, "المتحدث الرسمي للدفاع المدني سالم الحربي");
  EXPECT_EQ(a[0].kind, QuoteKind::kIndirect);
  // The chained verb keeps the subject; السكان is its object.
  EXPECT_EQ(a[1].cue, "وحث");
  EXPECT_EQ(a[1].speaker, "");
  EXPECT_EQ(a[1].mode, SpeakerMode::kSubject);
  EXPECT_EQ(a[1].content, "الحذر");
}

TEST(AttributionTest, DemonstrativeBeforeADefiniteSubjectWithItsClause) {
  // هذا + a definite noun + أن: the demonstrative points at the subject,
  // and the clause after أن is what it said.
  StagedDoc s(
      "وقال المتحدث باسم البلدية سالم النمر إن الحديقة مغلقة. "
      "وأكد هذا المتحدث أن أعمال الصيانة ستنتهي قريبا.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].speaker, "هذا المتحدث");
  EXPECT_EQ(a[1].content, "أعمال الصيانة ستنتهي قريبا");
  // With an indefinite noun after it, the demonstrative is the object.
  StagedDoc t("ارتفعت الأسعار في الأسواق هذا الأسبوع. ويؤكد ذلك حقيقة أن الطلب زاد.");
  auto b = Attribute(t);
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].content, "ارتفعت الأسعار في الأسواق هذا الأسبوع");
}

TEST(AttributionTest, DocumentShowsAFindingAsANounPhrase) {
  // أظهر with a document as its subject and no complementizer: the noun
  // phrase after the document is the finding.
  StagedDoc s("وأظهرت البيانات الرسمية ارتفاع صادرات التمور بنسبة كبيرة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "البيانات الرسمية");
  EXPECT_EQ(a[0].content, "ارتفاع صادرات التمور بنسبة كبيرة");
  StagedDoc t("ولاحظ تقرير حكومي زيادة الطلب على الكهرباء في الصيف.");
  auto b = Attribute(t);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].speaker, "تقرير حكومي");
  EXPECT_EQ(b[0].content, "زيادة الطلب على الكهرباء في الصيف");
  // A person shows an attitude, not a finding.
  StagedDoc u("وأظهر اللاعب مستوى رائعا في المباراة.");
  EXPECT_TRUE(Attribute(u).empty());
}

TEST(AttributionTest, PrepositionOfTheRoleBeforeTheNameIsNotTheCues) {
  // على after المشرف is the role's (the supervisor of the events), with the
  // person's name after it; the cue's complement is the clause after أن.
  StagedDoc s("أكد المشرف الفني على الفعاليات سلطان النوة أن الجمعية دعمت المواهب.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "المشرف الفني على الفعاليات سلطان النوة");
  EXPECT_EQ(a[0].content, "الجمعية دعمت المواهب");
  // An attached ب the cue governs, a place in the role before the name.
  StagedDoc u("ونوه مدير جمعية الفنون بالأحساء علي الغوينم بأن الفعاليات مستمرة.");
  auto c = Attribute(u);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "مدير جمعية الفنون بالأحساء علي الغوينم");
  EXPECT_EQ(c[0].content, "الفعاليات مستمرة");
  // Any preposition after a role, with the person's name before the comma
  // and the complementizer; not after a name, where the name in the
  // occasion is someone else's.
  StagedDoc v("وأوضح المسؤول عن تلك الورشة سيف الدين سليم، أن العمل مستمر.");
  auto d = Attribute(v);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "المسؤول عن تلك الورشة سيف الدين سليم");
  StagedDoc w("وقال المالكي في لقائه مع علي العلياني إن الخلاف انتهى.");
  auto e = Attribute(w);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].speaker, "المالكي");
  // Without a name after it, على is the cue's: أكد على أن.
  StagedDoc t("وأكد الوزير على أن الخطة جاهزة.");
  auto b = Attribute(t);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].speaker, "الوزير");
  EXPECT_EQ(b[0].content, "الخطة جاهزة");
}

TEST(AttributionTest, SubjectAfterATimeAdverbOrAnAddressee) {
  StagedDoc s("وقال أمس وزير النقل سامي حداد إن الطريق سيفتح.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "وزير النقل سامي حداد");
  StagedDoc t("وأوضح لـ«الوطن» المتحدث الرسمي للبلدية أن الحديقة مغلقة.");
  auto b = Attribute(t);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].speaker, "المتحدث الرسمي للبلدية");
  EXPECT_EQ(b[0].content, "الحديقة مغلقة");
  // The paper's name in parentheses.
  StagedDoc p("وأوضح لـ(الأفق) المتحدث الرسمي للبلدية أن الحديقة مغلقة.");
  auto d = Attribute(p);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "المتحدث الرسمي للبلدية");
  // After a preposition with its object the subject is implicit.
  StagedDoc u("وقال بعد لقائه إن الزيارة ناجحة.");
  auto c = Attribute(u);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "");
}

TEST(AttributionTest, QuotationAfterASettingAndMannerAdverbs) {
  // A quotation that opens with a complementizer after a setting.
  StagedDoc s("وقال أمام الصحافيين في جدة «إن العمل في الميناء سيستأنف غدا».");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "إن العمل في الميناء سيستأنف غدا");
  EXPECT_EQ(a[0].kind, QuoteKind::kDirect);
  // رد before a colon; بحماس is how, not who.
  StagedDoc t("ويرد بحماس: «لن نتوقف هنا».");
  auto b = Attribute(t);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].cue, "ويرد");
  EXPECT_EQ(b[0].speaker, "");
  // رد, the noun: no cue.
  StagedDoc u("وجاء الرد سريعا من الوزارة.");
  EXPECT_TRUE(Attribute(u).empty());
}

TEST(AttributionTest, SubjectBeforeTheVerbAfterAComplementizerOrAmma) {
  StagedDoc s("إلا أن رئيس لجنة النقل في المجلس، سامي حداد، قال إن الطريق سيفتح.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "رئيس لجنة النقل في المجلس، سامي حداد");
  EXPECT_EQ(a[0].content, "الطريق سيفتح");
  StagedDoc t("أما وزيرة الصحة هند العمري فأوضحت أن اللقاح متوفر.");
  auto b = Attribute(t);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].speaker, "وزيرة الصحة هند العمري");
  EXPECT_EQ(b[0].cue, "فأوضحت");
}

TEST(AttributionTest, BeliefNeedsAHolder) {
  StagedDoc s("ويعتقد الخبراء أن الأسعار سترتفع.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الخبراء");
  // Nobody named: a generic belief, not a quote.
  StagedDoc t("قد يعتقد أن المدينة هادئة في الصيف.");
  EXPECT_TRUE(Attribute(t).empty());
}

TEST(AttributionTest, AThreatWithBaIsReported) {
  // توعد بـ like هدد بـ; a verbal noun that is also a class noun (تطبيق,
  // an app) opens the content when no name follows it.
  StagedDoc s("وتوعدت الوزارة بتطبيق القانون بحزم على المخالفين.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الوزارة");
  EXPECT_EQ(a[0].content, "بتطبيق القانون بحزم على المخالفين");
}

TEST(AttributionTest, TheLineThatLinksTheStoryRepeatsAHeadlineWithNoQuote) {
  // رابط الخبر بصحيفة ...: the headline after it has cues of its own
  // (يؤكد) and a colon, but the guide leaves headlines out.
  StagedDoc s("وقال الوزير إن العمل مستمر في المشروع. رابط الخبر بصحيفة الأفق: الوزير يؤكد أن العمل مستمر");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].cue, "وقال");
  StagedDoc t("وأوضح المدير أن المشروع يسير كما خطط له رابط الخبر بصحيفة الأفق: المدير: المشروع في موعده");
  auto b = Attribute(t);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].content, "المشروع يسير كما خطط له");
}

TEST(AttributionTest, ACueAskedAboutInAQuestionReportsNothing) {
  // هل ترى أن ...؟ asks; the answer after it may report.
  StagedDoc s("* هل ترى أن الأسعار سترتفع؟ - نعم، وقال الخبراء إن الطلب يزيد.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].cue, "وقال");
  // Nor one about what someone advises.
  StagedDoc t("ولماذا ينصح الطبيب بالرياضة؟");
  EXPECT_TRUE(Attribute(t).empty());
}

TEST(AttributionTest, NothingReportedWithoutACue) {
  StagedDoc s("افتتح المعرض أبوابه أمس وسط إقبال كبير.");
  EXPECT_TRUE(Attribute(s).empty());
  // An accusative noun is no dual verb: حذرا "caution", رأيا "an opinion".
  StagedDoc t("وتعلم أن يكون أكثر حذرا من خلال تجاربه.");
  EXPECT_TRUE(Attribute(t).empty());
  StagedDoc u("لأن هناك رأيا جماعيا مفاده أن الدين ثقيل.");
  EXPECT_TRUE(Attribute(u).empty());
}

TEST(AttributionTest, APersonalNameAfterAChainedVerbIsItsSubject) {
  // ...، وحث السكان على: after a verb chained to the sentence's first the
  // phrase is its object; a personal name there is its subject.
  StagedDoc s("أكد مدير شؤون المعلمين سامي النمر على ضرورة رفع المستندات، ولفت النمر إلى أن موعد المقابلات سيعلن لاحقا.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].speaker, "النمر");
  EXPECT_EQ(a[1].mode, SpeakerMode::kExplicit);
  StagedDoc g("أكد مدير شؤون المعلمين أحمد متعب على ضرورة رفع المستندات، ولفت متعب إلى أن موعد المقابلات سيعلن لاحقا.");
  a = Attribute(g);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].speaker, "متعب");
}

TEST(AttributionTest, AnOutletThatRelaysASpeakerGivesWayToTheSpeaker) {
  // The guide annotates the original source, not the outlet that relays it.
  StagedDoc s("وذكرت الوكالة أن الوزير سامي النمر قال إن التقرير متميز.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الوزير سامي النمر");
  EXPECT_EQ(a[0].cue, "قال");
  EXPECT_EQ(a[0].content, "التقرير متميز");
  StagedDoc b("وأفاد البيان أن سموه قال في خطابه: نشكركم على هذا التقرير.");
  a = Attribute(b);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "سموه");
  // A report's findings are its own; a bare noun of no class is no source.
  StagedDoc r("ولفت التقرير إلى أن أغلب الملاك يرون أن الأسعار مرتفعة.");
  a = Attribute(r);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "التقرير");
  StagedDoc n("وقالت الصحيفة إن الأمر يدعو إلى القلق.");
  a = Attribute(n);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الصحيفة");
}

TEST(AttributionTest, ANounInTaMarbutaWithBaAfterTheVerbIsAManner) {
  // بلهجة، بجدية: how it was said, never who said it.
  StagedDoc s("قالت المغنية سلمى النمر إن الحفل ناجح. وأضافت بلهجة حازمة: «سنعود إلى المدينة في العام المقبل».");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].speaker, "");
  EXPECT_EQ(a[1].mode, SpeakerMode::kImplicit);
}

TEST(AttributionTest, APhraseWithAPrepositionAfterAmmaIsNoSubject) {
  // أما بالنسبة لـ ...: the topic is what the verb is about, its subject
  // is the verb's own.
  StagedDoc s("أما بالنسبة للمدرب الجديد فأكد أن الفريق جاهز للموسم.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "");
  EXPECT_EQ(a[0].content, "الفريق جاهز للموسم");
}

TEST(AttributionTest, DhalikaAfterAnAdjunctIsItsObjectNotAConnective) {
  // بعد ذلك أن: ذلك is what بعد governs; the complementizer is the cue's
  // (ذلك أن alone is the journalist's "that is because").
  StagedDoc s("وأوضح الاتحاد بعد ذلك أن موعد الجمعية سيكون في ديسمبر.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الاتحاد");
  EXPECT_EQ(a[0].content, "موعد الجمعية سيكون في ديسمبر");
  // قُدِّر له أن: the passive of fate reports nothing.
  StagedDoc f("وكان الشاب الذي قدر له بعد ذلك أن يصبح نجما يعمل في المصنع.");
  EXPECT_TRUE(Attribute(f).empty());
}

TEST(AttributionTest, TheAddresseeObjectOfAnAppealStaysOutOfTheContent) {
  // ناشد X Y تجديد ...: Y is who was appealed to; what was asked starts at
  // the verbal noun.
  StagedDoc s("وناشد الوزير المواطنين تجديد ثقتهم في المشروع.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الوزير");
  EXPECT_EQ(a[0].content, "تجديد ثقتهم في المشروع");
  // (A quantifier with its noun, after a comma.)
  StagedDoc q("وناشد مدير المرور، جميع قائدي المركبات أخذ الحيطة والحذر.");
  a = Attribute(q);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "أخذ الحيطة والحذر");
}

TEST(AttributionTest, AStrictCueReachesNoComplementizerOverAnotherVerb) {
  // اختتم is a cue only with what it governs in its clause; واستهدف opens
  // another clause, and the complementizer after it is that clause's.
  StagedDoc s("وقال المدير سامي النمر إن الحفل استمر ثلاثة أيام واختتم امس واستهدف حماية المتعافين "
              "باعتبار ان فترة العيد خطرة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].cue, "وقال");
  EXPECT_EQ(a[0].speaker, "المدير سامي النمر");
}

TEST(AttributionTest, AQuotedWordThatCanOnlyBeSaidIsAPartialQuote) {
  // A verbal noun with its pronoun or with ل in marks is the speaker's
  // word, quoted inside the journalist's clause.
  StagedDoc s("وأكد الوزير أن الحكومة تعمل على «تحريرها» من المسلحين.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(a[0].content, "تحريرها");
  StagedDoc l("وقال الوزير إن الحكومة كانت تخطط «للتضحية» بالاتفاق.");
  a = Attribute(l);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kind, QuoteKind::kPartial);
  // A name in marks stays inside the reported clause.
  StagedDoc n("وقال الوزير إن «فيسبوك» سيغلق الحسابات المزيفة.");
  a = Attribute(n);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kind, QuoteKind::kIndirect);
}


TEST(AttributionTest, TheSpeakerNamedAgainAfterACommaEndsTheReport) {
  // ...، وتفقد فلان: a verb after a comma whose subject is the speaker,
  // named again, is what the speaker did next. Also for a participle,
  // whose speaker is the subject named before it in the sentence.
  StagedDoc s("وقال المدير سامي العتيبي إن العمل يسير جيدا، مشيرا إلى أن المشروع سينتهي قريبا، "
              "وتفقد العتيبي المواقع بعد ذلك.");
  const auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].content, "العمل يسير جيدا");
  EXPECT_EQ(a[1].content, "المشروع سينتهي قريبا");
}

TEST(AttributionTest, ATopicFrontedAfterACommaBelongsToTheNextReport) {
  // ...، وعن المعسكر قال: the topic with وعن (وحول، وبشأن) opens the next
  // report; the first one ends at the comma before it.
  StagedDoc s("وقال المدرب إن الفريق جاهز للموسم، وعن المعسكر الخارجي، قال إنه سيقام في إسبانيا.");
  const auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].content, "الفريق جاهز للموسم");
  EXPECT_EQ(a[1].content, "سيقام في إسبانيا");
}

TEST(AttributionTest, ASimpleParticipleAfterACommaEndsTheReport) {
  // ...، رافضا الكشف عن ...: the pattern فاعل of the simple verb, after a
  // comma and before what it governs, is about the speaker; the report
  // ends before it. (Not an adverb of that pattern: دائما ما.)
  StagedDoc s("وأكد رئيس النادي أن الفريق اقترب من ضم مهاجم جديد، رافضا الكشف عن اسمه.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "الفريق اقترب من ضم مهاجم جديد");
  StagedDoc s2("وقال الكاتب إن المجتمع يتغير، دائما ما نرى ذلك في المدن.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "المجتمع يتغير، دائما ما نرى ذلك في المدن");
}

TEST(AttributionTest, AParticipleRightAfterANumberIsTheCountedNoun) {
  // 431 متهما: the accusative after a number is what is counted, not the
  // cue متهما; the report goes on over it.
  StagedDoc s("وقال القاضي سامي النمر إن القبض على 431 متهما، جاء بعد متابعة طويلة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "القبض على 431 متهما، جاء بعد متابعة طويلة");
  // (With what it governs after it, it is the cue: 37% مبينة أن.)
  StagedDoc s2("وقالت الهيئة إن الحصة بلغت 37% مبينة أن الطلب يرتفع.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].content, "الطلب يرتفع");
}


TEST(AttributionTest, APlaceNameInTaMarbutaEndsTheSpeakerPhrase) {
  // في شبوة: a place name the dictionary lacks, in ة, is no verb with its
  // object (شبّوه); the speaker's phrase ends with it, and the verbal noun
  // after it is what was said.
  StagedDoc s("وأكد مصدر قبلي في شبوة سيطرة الجيش على ثلاثة مواقع.");
  const auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "مصدر قبلي في شبوة");
  EXPECT_EQ(a[0].content, "سيطرة الجيش على ثلاثة مواقع");
}

TEST(AttributionTest, ADirectionAfterACommaPlacesThePlaceNotTheSpeaker) {
  // ...في إقليم كرانة، غرب البلاد، إنها: the direction between commas
  // places the region; it is no apposition of the speaker.
  StagedDoc s("وقالت المقاومة الشعبية في إقليم تهامة، غرب البلاد، إنها صدت الهجوم.");
  const auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "المقاومة الشعبية في إقليم تهامة");
  EXPECT_EQ(a[0].content, "صدت الهجوم");
}

TEST(AttributionTest, ADemonstrativeWithBaPointsBackToTheSentenceBefore) {
  // صرح بذلك فلان: what ذلك points back to, the sentence before, is what he
  // said; his relative clause after it reports more.
  StagedDoc s(
      "وتم توزيع الكتب على المدارس. صرح بذلك مدير التعليم سامي النمر، الذي بين أن التوزيع يشمل كل المحافظات.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].content, "وتم توزيع الكتب على المدارس");
  EXPECT_EQ(a[0].speaker, "مدير التعليم سامي النمر");
  EXPECT_EQ(a[1].content, "التوزيع يشمل كل المحافظات");
  // (بهذا before a definite noun is "in this regard", no pointer.)
  StagedDoc s2("وتم توزيع الكتب على المدارس. وقال بهذا الخصوص مدير التعليم إن التوزيع انتهى.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "التوزيع انتهى");
}

TEST(AttributionTest, AnAddresseeInTheConstructStateTakesItsGenitive) {
  // وصرح لوكالة الأنباء الألمانية (د.ب.أ): the agency's whole name and its
  // abbreviation are the addressee; the subject is implicit.
  StagedDoc s("وصرح لوكالة الأنباء الألمانية (د.ب.أ) بأن «الإطار سيمنح الشركات الأمان».");
  const auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "");
  EXPECT_EQ(a[0].content, "الإطار سيمنح الشركات الأمان");
}

TEST(AttributionTest, AsXSaysAfterOneOrTwoWordsOfItsClause) {
  // والنتيجة، كما تقول «الشركة»، تكمن ...: the subject alone before the
  // phrase; the clause it interrupts is what was said.
  StagedDoc s("ومن الصعب التحقق. والنتيجة، كما تقول «كرانسفيلد»، تكمن في سرعة القراءة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "والنتيجة، كما تقول «كرانسفيلد»، تكمن في سرعة القراءة");
  EXPECT_EQ(a[0].speaker, "«كرانسفيلد»");
  // لكن، كما يقول هو نفسه، ...: only the journalist's opener before it;
  // what was said follows the phrase.
  StagedDoc s2("وقع الطرفان على الاتفاق. لكن، كما يقول هو نفسه، ما زال هناك الكثير مما يجب عمله.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "ما زال هناك الكثير مما يجب عمله");
  EXPECT_EQ(a[0].speaker, "هو نفسه");
}

TEST(AttributionTest, TheOfficeThatRepresentsABodyIsNoPartOfItsPhrase) {
  // الإدارة ... ممثلة بإدارة شؤون المعلمين: "represented by" the office
  // through which the body spoke; the speaker ends before it, and a
  // noun-phrase content starts after it.
  StagedDoc s("أعلنت الإدارة العامة للتعليم بالمنطقة ممثلة بإدارة شؤون المعلمين ترحيبها بالمعلمين الجدد.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "الإدارة العامة للتعليم بالمنطقة");
  EXPECT_EQ(a[0].content, "ترحيبها بالمعلمين الجدد");
  StagedDoc s2("وأوضحت وزارة الصحة ممثلة في الإدارة العامة للتشغيل أن الوظائف متاحة للجميع.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "وزارة الصحة");
}
TEST(AttributionTest, AQuotedNameAfterTheArticleWrittenApartIsNoFragment) {
  // فريق الـ«النسور»: the article written apart before the marks makes
  // the quoted words a name; the clause is what was reported.
  StagedDoc s("وأشارت الصحيفة إلى أن فريق الـ«نسور» سيحصل على مبلغ كبير من الصفقة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "فريق الـ«نسور» سيحصل على مبلغ كبير من الصفقة");
}
TEST(AttributionTest, AReportInARelativeClauseOfAnotherReportIsPartOfIt) {
  // ...بنصوص الاتفاق التي تؤكد على ...: the relative clause describes a
  // noun of the clause that was reported; no report of its own.
  StagedDoc s("وطالب الوزير بالالتزام بنصوص الاتفاق التي تؤكد على احترام الحدود بين البلدين.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "بالالتزام بنصوص الاتفاق التي تؤكد على احترام الحدود بين البلدين");
  // (One with its own subject after the cue stays a report of its own.)
  StagedDoc s2("وقال الوزير إن هذه هي الشروط، وهي الشروط التي قال الرئيس إنها لا تقبل التفاوض.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 2u);
}
TEST(AttributionTest, AQuotedClassNounWithItsGenitiveIsANameNoFragment) {
  // «جيش النصر»: a class noun in the construct state with a definite
  // genitive, in marks inside a reported clause, names a body; the clause
  // is what was reported.
  StagedDoc s("واعترف المسؤول بأن السكان يخشون تقدم «جيش النصر» في المحافظات الشمالية.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "السكان يخشون تقدم «جيش النصر» في المحافظات الشمالية");
  // (A noun that is no class noun, with its genitive, is what was said:
  // a fragment.)
  StagedDoc s2("واعترف المسؤول بأن السكان يواجهون «هجمة الحقد الأعمى» في المحافظات الشمالية.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "هجمة الحقد الأعمى");
}
TEST(AttributionTest, TheResumptivePronounStandsBetweenTheVerbAndWhatItGoverns) {
  // ألقى كلمة أشار فيها إلى ...: فيها takes up the speech; what the verb
  // governs follows it.
  StagedDoc s("وألقى المدير كلمة أشار فيها إلى دور الجمعية في المنطقة.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "دور الجمعية في المنطقة");
  // ...يكشف فيها عن حبه للنادي قال فيها: «...»: a verb of report with
  // the pronoun and a colon takes up a statement of its own; the clause
  // before it ends there.
  StagedDoc s2("ونشر تغريدات يكشف فيها عن حبه للنادي قال فيها: النادي تعلم منه الجميع.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].content, "حبه للنادي");
  EXPECT_EQ(a[1].content, "النادي تعلم منه الجميع");
}
TEST(AttributionTest, AVerbWithTheResumptivePronounReportsANounWithItsPreposition) {
  // أصدرت الوزارة بيانا طالبت فيه بـ ...: the verb with فيه opens a clause
  // that describes the statement; the noun with ب it governs is what was
  // reported, as after a verb that opens its clause.
  StagedDoc s("وأصدرت الهيئة بيانا طالبت فيه بالتهدئة بين الطرفين.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "بالتهدئة بين الطرفين");
  // (And a verbal noun with ل after the object: دعا فيه المواطنين للمشاركة.)
  StagedDoc s2("وأصدر المحافظ بيانا دعا فيه المواطنين للمشاركة في الحملة.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "للمشاركة في الحملة");
  // (Not with a subject of its own in a relative clause: المدينة التي رحب
  // فيها الناس بالزوار.)
  StagedDoc s3("وهي المدينة التي رحب فيها الناس بالزوار.");
  EXPECT_TRUE(Attribute(s3).empty());
}
TEST(AttributionTest, AComplaintReportsWhatWasComplainedOf) {
  // شكا الأهالي ضعف الخدمة، اشتكى السكان من ...: a complaint is a speech
  // act; its content is a noun phrase that names an event, or what follows
  // من.
  StagedDoc s("شكا سكان الحي الشمالي ضعف خدمة الإنترنت في منازلهم.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "ضعف خدمة الإنترنت في منازلهم");
  EXPECT_EQ(a[0].speaker, "سكان الحي الشمالي");
  StagedDoc s2("واشتكت المعلمات من تأخر صرف المكافآت.");
  a = Attribute(s2);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "تأخر صرف المكافآت");
  // (Not a noun that names no event: شكا فلان رئيس اللجنة من ... keeps the
  // apposition in the speaker.)
  StagedDoc s3("شكا سامي النمر رئيس الرابطة من قلة الدعم.");
  a = Attribute(s3);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "قلة الدعم");
}
TEST(AttributionTest, RenewingTheAssertionIsACue) {
  // وجدد التأكيد على ...، مجددا التأكيد على: the verb of renewal with the
  // verbal noun of أكد reports what follows على.
  StagedDoc s("واستقبل الوزير السفير، وجدد التأكيد على أهمية الحوار بين الأطراف.");
  auto a = Attribute(s);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, "أهمية الحوار بين الأطراف");
  EXPECT_EQ(a[0].cue, "وجدد التأكيد");
}
}  // namespace
}  // namespace dhad::internal
