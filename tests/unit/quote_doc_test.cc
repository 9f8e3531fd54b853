// Stage 1 of quote extraction: tokens, word classes, definiteness and cues.

#include "analysis/internal/quote_doc.h"

#include "gtest/gtest.h"
#include "tests/unit/quote_stages_testlib.h"

namespace dhad::internal {
namespace {

using test_support::StagedDoc;

TEST(QuoteDocTest, ClassesDefinitenessAndCues) {
  StagedDoc s("وقال مدير المستشفى إن الأجهزة وصلت، مشيرا إلى أن التشغيل يبدأ غدا.");
  const QuoteDoc& d = s.doc();
  const int cue = d.CueAt(s.Tok("وقال"));
  ASSERT_GE(cue, 0);
  EXPECT_EQ(d.Entry(cue).cls, CueClass::kVerb);
  EXPECT_EQ(d.Entry(cue).gender, Gender::kMasc);
  EXPECT_FALSE(d.IsDefinite(s.Tok("مدير")));
  EXPECT_TRUE(d.IsDefinite(s.Tok("المستشفى")));
  EXPECT_TRUE(d.Cls(s.Tok("إن")) & kComp);
  const int part = d.CueAt(s.Tok("مشيرا"));
  ASSERT_GE(part, 0);
  EXPECT_EQ(d.Entry(part).cls, CueClass::kParticiple);
  EXPECT_TRUE(d.GovernsAt(d.Entry(part), s.Tok("إلى")));
  EXPECT_EQ(d.CueAt(s.Tok("الأجهزة")), -1);
  // Two sentences do not start inside one: one sentence here.
  EXPECT_EQ(d.SentStart(s.Tok("التشغيل")), 0);
}

TEST(QuoteDocTest, AnAlefWithHamzaIsNoArticle) {
  // The article is written with a bare alef; أ and إ begin the word itself.
  StagedDoc s("وقالت إيلينا ألبرتي للصحيفة إن وفد ألمانيا وصل إلى الرياض.");
  EXPECT_FALSE(s.doc().IsDefinite(s.Tok("ألبرتي")));
  EXPECT_FALSE(s.doc().IsDefinite(s.Tok("ألمانيا")));
  EXPECT_TRUE(s.doc().IsDefinite(s.Tok("الرياض")));
  EXPECT_TRUE(s.doc().IsDefinite(s.Tok("للصحيفة")));
}

TEST(QuoteDocTest, NegatedAndQuotedCuesAreNotCues) {
  StagedDoc s("ولم يؤكد المتحدث أن الاجتماع تأجل. وكتب على اللافتة \"قال الشاعر\".");
  EXPECT_EQ(s.doc().CueAt(s.Tok("يؤكد")), -1);
  EXPECT_EQ(s.doc().CueAt(s.Tok("قال")), -1);
}

TEST(QuoteDocTest, BayyanaIsAVerbOnlyOpeningAClauseBeforeAComplementizer) {
  StagedDoc verb("وبين مدير التعليم أن الدراسة تبدأ الأحد.");
  EXPECT_GE(verb.doc().CueAt(verb.Tok("وبين")), 0);
  StagedDoc prep("وقال رئيس لجنة الصداقة بين البلدين إن الزيارة ناجحة.");
  EXPECT_EQ(prep.doc().CueAt(prep.Tok("بين")), -1);
  StagedDoc no_comp("وبين الفريقين مباراة حاسمة غدا.");
  EXPECT_EQ(no_comp.doc().CueAt(no_comp.Tok("وبين")), -1);
}

TEST(QuoteDocTest, PossessiveNounsAndAuxiliaries) {
  StagedDoc s("وأبدى الثنائي جاهزيتهما للسفر إلى أبها مع عبدالله وكان اعتزازها كبيرا.");
  const QuoteDoc& d = s.doc();
  EXPECT_TRUE(d.HasPossessive(s.Tok("جاهزيتهما")));
  EXPECT_TRUE(d.HasPossessive(s.Tok("اعتزازها")));
  EXPECT_FALSE(d.HasPossessive(s.Tok("أبها")));      // a city, four letters
  EXPECT_FALSE(d.HasPossessive(s.Tok("عبدالله")));   // a name
  EXPECT_FALSE(d.HasPossessive(s.Tok("الثنائي")));   // definite
  EXPECT_TRUE(d.IsKana(s.Tok("وكان")));
  EXPECT_FALSE(d.IsKana(s.Tok("كبيرا")));
}

TEST(QuoteDocTest, VerbsBeforeAColonAreCuesOnlyThere) {
  StagedDoc s("وأجاب الوزير: \"الخطة جاهزة\". وعلق الاتحاد عضوية النادي بعد أن تأخر في السداد.");
  EXPECT_GE(s.doc().CueAt(s.Tok("وأجاب")), 0);
  EXPECT_EQ(s.doc().CueAt(s.Tok("وعلق")), -1);
  // زاد (added) before a colon; زاد (grew) before a time clause is none.
  StagedDoc t("وزاد: «نحن مستعدون». وزاد عدد الزوار بعد أن افتتحت الحديقة.");
  EXPECT_GE(t.doc().CueAt(t.Tok("وزاد", 0)), 0);
  EXPECT_EQ(t.doc().CueAt(t.Tok("وزاد", 1)), -1);
  // Over a name in marks before the colon, and with a noun and its
  // possessive pronoun as the subject of a form that may be second person.
  StagedDoc u("وابتسم اللاعب سامي النمر في حديث لصحيفة «الأفق»: «الأجواء تغيرت بيني وبين المدرب».");
  EXPECT_GE(u.doc().CueAt(u.Tok("وابتسم")), 0);
  StagedDoc v("ودافعت ابنته هند عن والدتها: «أمي أصدق إنسان في العالم».");
  EXPECT_GE(v.doc().CueAt(v.Tok("ودافعت")), 0);
}

TEST(QuoteDocTest, MorphologyOfWords) {
  StagedDoc s("وكان سامي يعمل مع تشافيز في بوليفيا.");
  const QuoteDoc& d = s.doc();
  EXPECT_TRUE(d.IsPresentVerb(s.Tok("يعمل")));
  EXPECT_FALSE(d.IsPresentVerb(s.Tok("سامي")));
  EXPECT_TRUE(d.IsNameWord(s.Tok("تشافيز")));   // unknown to the dictionary
  EXPECT_TRUE(d.IsNameWord(s.Tok("بوليفيا")));  // a country it lists
  EXPECT_FALSE(d.IsNameWord(s.Tok("يعمل")));
}

TEST(QuoteDocTest, ChainedVerbsFollowAnEarlierClause) {
  StagedDoc s("وكان المدير في مكتبه، وقال إن العمل مستمر. وقال الحارس إن الباب مغلق.");
  const QuoteDoc& d = s.doc();
  EXPECT_TRUE(d.Chained(s.Tok("وقال", 0)));
  EXPECT_FALSE(d.Chained(s.Tok("وقال", 1)));  // opens its sentence
}

TEST(QuoteDocTest, AVerbalNounWithAPossessiveIsAnActNotAnHonorific) {
  StagedDoc s("وأكد سموه حرصه على المشروع.");
  EXPECT_TRUE(s.doc().IsPossessedMasdar(s.Tok("حرصه")));
  EXPECT_FALSE(s.doc().IsPossessedMasdar(s.Tok("سموه")));
  EXPECT_FALSE(s.doc().IsPossessedMasdar(s.Tok("المشروع")));
}

TEST(QuoteDocTest, FimaIsAContrastOnlyAsAConjunction) {
  StagedDoc s("وقال إن الناس يجتمعون فيما بينهم، فيما أكد آخرون أن العادة تغيرت.");
  EXPECT_FALSE(s.doc().IsContrastAt(s.Tok("فيما")));
  EXPECT_TRUE(s.doc().IsContrastAt(s.Tok("فيما", 1)));
}

TEST(QuoteDocTest, AWordAfterAQuantifierIsItsNounNotACue) {
  // لكل طالب وطالبة: طالب is the noun "student" after كل, not the verb.
  StagedDoc s("وتضمن الخطة عناية فردية لكل طالب وطالبة في الفصل.");
  EXPECT_EQ(s.doc().CueAt(s.Tok("طالب")), -1);
  StagedDoc v("وطالب المدير بتوفير عناية فردية في الفصل.");
  EXPECT_GE(v.doc().CueAt(v.Tok("وطالب")), 0);
}

TEST(QuoteDocTest, AnInferenceAfterMimmaOrAlAmrAlladhiIsNoCue) {
  // ...، مما يشير إلى أن ...: the subject is the thing just said; the
  // journalist infers.
  StagedDoc s("ارتفع المؤشر بنسبة كبيرة، مما يشير إلى أن القطاع يتعافى.");
  EXPECT_EQ(s.doc().CueAt(s.Tok("يشير")), -1);
  StagedDoc a("وتأخر المشروع عامين، الأمر الذي يؤكد أن التخطيط كان ضعيفا.");
  EXPECT_EQ(a.doc().CueAt(a.Tok("يؤكد")), -1);
  // (A past verb with a subject of its own still reports: الأمر الذي وصفه
  // المراقبون بأنه ...)
  StagedDoc p("وتأخر المشروع عامين، الأمر الذي وصفه المراقبون بأنه فشل.");
  EXPECT_GE(p.doc().CueAt(p.Tok("وصفه")), 0);
}


TEST(QuoteDocTest, AQuotationClosedWithAMarkOfAnotherFamilyIsOnePair) {
  // "...»: some papers close with another family's mark. With no mark of
  // the opener's family left in the paragraph to close it, the closing
  // mark closes it; the quotation holds all the words between.
  StagedDoc s("قال المدرب: \"لا أفضل الرحلات.. القدوم إلى هنا جيد». وأضاف: \"النادي ملتزم\".");
  const QTokens& qt = s.doc().tokens();
  ASSERT_EQ(qt.pairs.size(), 2u);
  EXPECT_EQ(s.doc().WordsIn(qt.pairs[0]), 7);
  EXPECT_EQ(s.doc().WordsIn(qt.pairs[1]), 2);
  // (A mark of the opener's family that may close it later in the
  // paragraph keeps the usual pairing: the » closes nothing.)
  StagedDoc u("قال المدرب: \"لا أفضل» الرحلات الطويلة\".");
  ASSERT_EQ(u.doc().tokens().pairs.size(), 1u);
  EXPECT_EQ(u.doc().WordsIn(u.doc().tokens().pairs[0]), 4);
}
TEST(QuoteDocTest, AMarkWithASpaceInsideOpensAQuotedName) {
  // موقع " الخبر": a mark with space on both sides opens when the next mark
  // of its family closes a few words on.
  StagedDoc s("قتل عشرة أشخاص، حسب موقع \" الخبر اليوم\" مساء أمس.");
  ASSERT_EQ(s.doc().tokens().pairs.size(), 1u);
  EXPECT_EQ(s.doc().WordsIn(s.doc().tokens().pairs[0]), 2);
  // الـ"الخبر"، الـ" الخبر": a mark against the article written apart
  // opens, also with a space inside it.
  StagedDoc t("وكشفت معلومات الـ\"الخبر\" أن القضية أحيلت.");
  ASSERT_EQ(t.doc().tokens().pairs.size(), 1u);
  EXPECT_EQ(t.doc().WordsIn(t.doc().tokens().pairs[0]), 1);
  StagedDoc u("وكشفت معلومات الـ\" الخبر\" أن القضية أحيلت.");
  ASSERT_EQ(u.doc().tokens().pairs.size(), 1u);
  EXPECT_EQ(u.doc().WordsIn(u.doc().tokens().pairs[0]), 1);
  // (Some papers open with ”, also with a space inside: العقيد ” فلان”.)
  StagedDoc v("وأكد العقيد ” النمر” أن القضية أحيلت.");
  ASSERT_EQ(v.doc().tokens().pairs.size(), 1u);
  EXPECT_EQ(v.doc().WordsIn(v.doc().tokens().pairs[0]), 1);
}
TEST(QuoteDocTest, AParenthesisAfterAColonIsAQuotation) {
  // قال: (...): parentheses after a colon quote what was said, also doubled
  // ((...)); a parenthesis inside it stays punctuation.
  StagedDoc s("وقال المدرب: (الفريق جاهز (كله) للمباراة). وتابع الحارس: ((سنفوز غدا)).");
  const QTokens& qt = s.doc().tokens();
  ASSERT_EQ(qt.pairs.size(), 2u);
  EXPECT_EQ(s.doc().WordsIn(qt.pairs[0]), 4);
  EXPECT_EQ(s.doc().WordsIn(qt.pairs[1]), 2);
  // Not a list after هي or منها, one word (an item, an abbreviation), nor
  // a parenthesis after a second colon with unquoted words between: a
  // citation inside the report.
  EXPECT_TRUE(StagedDoc("والمراحل هي: (البحث والتحليل). وأهمها: (البحث). المصدر: (واس).").doc().tokens().pairs.empty());
  EXPECT_TRUE(StagedDoc("قال المعلم: العلم نافع، وتذكروا مقولة: (العلم نور دائم).").doc().tokens().pairs.empty());
  // After a quotation that closed, a second colon may open one.
  StagedDoc t("ومنها قول الحكيم: (العلم نور)، وقوله: (الجهل ظلام دامس).");
  EXPECT_EQ(t.doc().tokens().pairs.size(), 2u);
}

TEST(QuoteDocTest, AFormulaAfterAVerbNamesItsSubject) {
  // قال تعالى، فقال عليه الصلاة والسلام: a formula of one being, of one
  // word or more, ends where it ends and names whom it belongs to; one of
  // any person names nobody.
  StagedDoc s("قال تعالى: «اصبروا». فقال عليه الصلاة والسلام: «أحسنوا». وقال الشيخ رحمه الله: «ابدؤوا».");
  const int t = s.Tok("تعالى");
  EXPECT_EQ(s.doc().BlessingEnd(t), t + 1);
  EXPECT_EQ(s.doc().BlessingReferent(t), "الله");
  const int a = s.Tok("عليه");
  EXPECT_EQ(s.doc().BlessingEnd(a), a + 3);
  EXPECT_EQ(s.doc().BlessingReferent(a), "رسول الله");
  const int r = s.Tok("رحمه");
  EXPECT_EQ(s.doc().BlessingEnd(r), r + 2);
  EXPECT_EQ(s.doc().BlessingReferent(r), "");
  StagedDoc u("ويقول الحق سبحانه وتعالى: «اصبروا».");
  EXPECT_EQ(u.doc().BlessingEnd(u.Tok("سبحانه")), u.Tok("سبحانه") + 2);
  EXPECT_EQ(u.doc().BlessingReferent(u.Tok("سبحانه")), "الله");
}
TEST(QuoteDocTest, AWawIsTheConjunctionBeforeANameTheDictionaryKnows) {
  // وكوبا: و and a country the dictionary names; وقوع: the root's و.
  StagedDoc s("وأعلنت الولايات المتحدة وكوبا وقوع الاتفاق وروسيا.");
  EXPECT_TRUE(s.doc().HasWaConjunction(s.Tok("وكوبا")));
  EXPECT_TRUE(s.doc().HasWaConjunction(s.Tok("وروسيا")));
  EXPECT_FALSE(s.doc().HasWaConjunction(s.Tok("وقوع")));
  EXPECT_FALSE(s.doc().HasWaConjunction(s.Tok("الولايات")));
}
TEST(QuoteDocTest, AVeryLongSentenceEndsAtItsPunctuation) {
  // A text without terminators is cut into sentences of about a thousand
  // tokens, at a comma once it has them, so that no search runs over the
  // whole text; a quotation is never cut.
  std::string text;
  for (int k = 0; k < 400; ++k) text += "قال الوزير إن العمل جيد، ";  // 6 tokens each
  StagedDoc s(text);
  const std::vector<int>& starts = s.doc().tokens().sent_begin;
  ASSERT_EQ(starts.size(), 3u);
  EXPECT_EQ(starts[1], 1002);  // after the comma that ends the 167th clause
  EXPECT_TRUE(s.doc().IsComma(starts[1] - 1));
  std::string quoted = "قال الوزير: «";
  for (int k = 0; k < 400; ++k) quoted += "العمل جيد، ";
  quoted += "والعمل مستمر».";
  EXPECT_EQ(StagedDoc(quoted).doc().tokens().sent_begin.size(), 1u);
}
}  // namespace
}  // namespace dhad::internal
