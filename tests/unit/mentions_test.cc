// Stage 2 of quote extraction: noun phrases that name speakers and
// subjects, and the personal names inside them.

#include "analysis/internal/mentions.h"

#include "gtest/gtest.h"
#include "tests/unit/quote_stages_testlib.h"

namespace dhad::internal {
namespace {

using test_support::StagedDoc;

// The speaker phrase after the first token (the cue) of `input`.
std::string PhraseAfterCue(const std::string& input) {
  StagedDoc s(input);
  const Mentions m(s.doc());
  const int cue = s.doc().CueAt(0);
  const CueEntry* ce = cue >= 0 ? &s.doc().Entry(cue) : nullptr;
  const int end = cue >= 0 ? s.doc().cues()[cue].end : 1;
  return s.Str(m.SpeakerPhrase(end, s.doc().SentEnd(0), false, ce));
}

TEST(MentionsTest, SpeakerPhraseTakesTitleIdafaAdjectivesAndName) {
  EXPECT_EQ(PhraseAfterCue("وقال وزير الصحة الأردني سامي النمر إن المستشفى جاهز."),
            "وزير الصحة الأردني سامي النمر");
  EXPECT_EQ(PhraseAfterCue("وأكدت النيابة العامة في عمان أن التحقيق مستمر."),
            "النيابة العامة في عمان");
  EXPECT_EQ(PhraseAfterCue("وقال د. سامر حداد إن العلاج متوفر."), "د. سامر حداد");
}

TEST(MentionsTest, AVerbAfterAnIndefiniteDocumentOpensAClauseOutsideTheSpeaker) {
  // دراسة is listed with the article only; after وفقا it has ل on it.
  EXPECT_EQ(PhraseAfterCue("ووفقا لدراسة حديثة نشرت بموقع طبي، فإن النوم مهم."), "لدراسة حديثة");
  // صدر and أجري read as nouns too; حديثا and في after them tell the verb.
  EXPECT_EQ(PhraseAfterCue("وذكر تقرير صدر حديثا عن الشركة أن السوق تنمو."), "تقرير");
  // A noun of the occasion after the head: مقطع فيديو.
  EXPECT_EQ(PhraseAfterCue("وأظهر مقطع فيديو بث على الإنترنت أن الشرطة تدخلت."), "مقطع فيديو");
  // (Not ل after an adjective, the author's genitive.)
  EXPECT_EQ(PhraseAfterCue("وقال تقرير أخير لمنظمة دولية إن الحكومة فشلت."), "تقرير أخير لمنظمة دولية");
}

TEST(MentionsTest, SpeakerPhraseEndsBeforeObjectAddresseeAndClause) {
  // A possessive noun opens the object.
  EXPECT_EQ(PhraseAfterCue("وأبدت إدارة النادي ارتياحها للنتائج."), "إدارة النادي");
  // The addressee is not the speaker.
  EXPECT_EQ(PhraseAfterCue("وقال المتحدث للصحافيين إن الموعد ثابت."), "المتحدث");
  // A relative clause is left out.
  EXPECT_EQ(PhraseAfterCue("وقال مسؤول الذي طلب عدم نشر اسمه إن الاتفاق قريب."), "مسؤول");
  // A definite object after the subject of وصف.
  EXPECT_EQ(PhraseAfterCue("ووصف النائب القرار بأنه متسرع."), "النائب");
  EXPECT_EQ(PhraseAfterCue("ووصف حداد الخطة بأنها طموحة."), "حداد");
}

TEST(MentionsTest, RelativeWithWawEndsThePhrase) {
  EXPECT_EQ(PhraseAfterCue("يقول أحد قيادات القبيلة والذي حضر الاجتماع إن الحوار توقف."), "أحد قيادات القبيلة");
}

TEST(MentionsTest, VerbalNounAfterADefiniteWordOpensTheComplement) {
  // No construct chain goes on after a definite word: a verbal noun
  // without the article after one is what the verb governs.
  EXPECT_EQ(PhraseAfterCue("يرى البعض إبقاء الجنوب جزءا من البلاد."), "البعض");
  EXPECT_EQ(PhraseAfterCue("وحذر المسؤولون الروس تكرار الهجمات في المنطقة."), "المسؤولون الروس");
  // Names after a title or a person's noun stay, with عبد and a kunya.
  EXPECT_EQ(PhraseAfterCue("وقالت الزائرة نجود الشمري إن التنظيم رائع."), "الزائرة نجود الشمري");
  EXPECT_EQ(PhraseAfterCue("وقال الجامعي عبد اللطيف الحناشي إن الوضع صعب."), "الجامعي عبد اللطيف الحناشي");
  EXPECT_EQ(PhraseAfterCue("ودعا اللورد هول إلى نقاش عام."), "اللورد هول");
}

TEST(MentionsTest, RoleAfterANameIsNoNounPhraseComplement) {
  // After a cue that takes a bare noun phrase (أكد), a title after the
  // name is the role in apposition, even when it has the pattern of a
  // verbal noun (أستاذ), and so are the roles of analysts and heads.
  EXPECT_EQ(PhraseAfterCue("وأكد الدكتور سالم الحربي أستاذ الاقتصاد في جامعة الملك سعود أن الأسعار سترتفع."),
            "الدكتور سالم الحربي أستاذ الاقتصاد في جامعة الملك سعود");
  EXPECT_EQ(PhraseAfterCue("وأكد فهد العتيبي محلل أسواق المال أن السوق ستتعافى."), "فهد العتيبي محلل أسواق المال");
  // The verbal noun after a name is still the content: أكد أهمية ...
  EXPECT_EQ(PhraseAfterCue("وأكد فهد العتيبي أهمية الاستثمار في التعليم."), "فهد العتيبي");
}

TEST(MentionsTest, DocumentPhraseEndsBeforeAnIndefiniteNoun) {
  // No construct chain goes on after a definite word: the indefinite noun
  // after a definite document is what the document says (here after a verb
  // that is no finding's cue, with a complementizer later).
  EXPECT_EQ(PhraseAfterCue("وأشار التقرير معلومات اقتصادية إلى أن المصانع زادت."), "التقرير");
  // غير before an adjective negates it; a genitive chain stays whole.
  EXPECT_EQ(PhraseAfterCue("وتشير الإحصاءات غير الرسمية إلى أن العدد كبير."), "الإحصاءات غير الرسمية");
  EXPECT_EQ(PhraseAfterCue("وأشار تقرير هيئة الإحصاء إلى أن العدد كبير."), "تقرير هيئة الإحصاء");
}

TEST(MentionsTest, SpeakerPhraseEndsAtAVerbASettingOrAnObjectAfterAPlace) {
  // A present-tense verb ends the subject.
  StagedDoc s("وكان سامي الحداد يعمل في البلدية، وقال إن العمل مستمر.");
  EXPECT_EQ(s.Str(Mentions(s.doc()).SpeakerPhrase(1, s.doc().SentEnd(0), false, &SubjectEntry())),
            "سامي الحداد");
  // A place with an indefinite common noun is a setting of the clause.
  EXPECT_EQ(PhraseAfterCue("وقال سامي الحداد عضو المجلس في وقت سابق إن العمل مستمر."),
            "سامي الحداد عضو المجلس");
  // A place with a definite chain stays inside.
  EXPECT_EQ(PhraseAfterCue("وقال خبراء في هيئة إدارة المياه إن المخزون كاف."),
            "خبراء في هيئة إدارة المياه");
  // After the place, an indefinite word is the object of اتهم.
  EXPECT_EQ(PhraseAfterCue("واتهمت النيابة العامة في عمان سامر بالتزوير."),
            "النيابة العامة في عمان");
}

TEST(MentionsTest, AppositionAnonymityAndPrepositionsWithPronouns) {
  // The role between commas before إن belongs to the speaker.
  StagedDoc s("وقال سامي حداد، مدير صندوق التنمية، إن القروض ستصرف.");
  const Mentions m(s.doc());
  const int end = m.SpeakerPhrase(1, s.doc().SentEnd(0), false, nullptr).second;
  EXPECT_EQ(s.Str(1, m.WithApposition(1, end, s.doc().SentEnd(0))), "سامي حداد، مدير صندوق التنمية");
  // A comma not followed by what was said leaves the speaker alone.
  StagedDoc t("وقال سامي حداد، مدير الصندوق، والوزير إن القروض ستصرف.");
  const Mentions mt(t.doc());
  const int e2 = mt.SpeakerPhrase(1, t.doc().SentEnd(0), false, nullptr).second;
  EXPECT_EQ(mt.WithApposition(1, e2, t.doc().SentEnd(0)), e2);
  // The anonymity formula is a relative clause.
  EXPECT_EQ(PhraseAfterCue("وذكر مسؤول طلب عدم ذكر اسمه أن الاتفاق قريب."), "مسؤول");
  // A preposition with a pronoun is no speaker; a personal pronoun is.
  EXPECT_EQ(PhraseAfterCue("وقال فيها إن الأمر انتهى."), "");
  EXPECT_EQ(PhraseAfterCue("وقال هو ووزير المالية إن الميزانية جاهزة."), "هو ووزير المالية");
}

// The speaker phrase after the cue of `input` with the apposition after it.
std::string PhraseWithAppositionAfterCue(const std::string& input) {
  StagedDoc s(input);
  const Mentions m(s.doc());
  const int cue = s.doc().CueAt(0);
  const CueEntry& ce = s.doc().Entry(cue);
  const int lim = s.doc().SentEnd(0);
  const auto [sb, se] = m.SpeakerPhrase(s.doc().cues()[cue].end, lim, false, &ce);
  return s.Str(sb, m.WithApposition(sb, se, lim, &ce));
}

TEST(MentionsTest, AnyNounPhraseBetweenANameAndWhatWasSaidIsItsApposition) {
  // An indefinite head that is no title, up to the complementizer or the
  // colon, over a quoted name.
  EXPECT_EQ(PhraseWithAppositionAfterCue("وقال سامر الخطيب، أستاذ مساعد في كلية الإعلام بجامعة دمشق، إن الصحف تواجه أزمة."),
            "سامر الخطيب، أستاذ مساعد في كلية الإعلام بجامعة دمشق");
  EXPECT_EQ(PhraseWithAppositionAfterCue("وقالت ليلى حداد، صاحبة مكتب للاستشارات العقارية: «السوق تتراجع»."),
            "ليلى حداد، صاحبة مكتب للاستشارات العقارية");
  // With the occasion of the words or the addressee after it, which stay out.
  EXPECT_EQ(PhraseWithAppositionAfterCue(
                "وقال سامر الخطيب، مذيع أخبار في قناة «الأفق»، خلال مقابلة مع الصحيفة، إن الصحف تواجه أزمة."),
            "سامر الخطيب، مذيع أخبار في قناة «الأفق»");
  EXPECT_EQ(PhraseWithAppositionAfterCue("وقال سامر الخطيب، أحد سكان الحي لـ«الصحيفة»: «الطريق مغلق»."),
            "سامر الخطيب، أحد سكان الحي");
  // An accusative verbal noun says why the words were said; a verb opens a
  // clause of its own.
  EXPECT_EQ(PhraseWithAppositionAfterCue("وقال سامر الخطيب، ردا على سؤال عن الأسعار، إن السوق مستقرة."), "سامر الخطيب");
  EXPECT_EQ(PhraseWithAppositionAfterCue("وقال سامر الخطيب، الذي زار المعرض، إن السوق مستقرة."), "سامر الخطيب");
  // A personal name in marks before the comma and its role.
  EXPECT_EQ(PhraseWithAppositionAfterCue("ويرى «سامر الخطيب»، نائب رئيس الشركة، أن السوق مستقرة."),
            "«سامر الخطيب»، نائب رئيس الشركة");
}

TEST(MentionsTest, NamesInsidePhrases) {
  StagedDoc s("وأوضح المهندس خالد الرشيد وكيل البلدية للخدمات أن الحدائق ستفتح.");
  const Mentions m(s.doc());
  const int b = s.Tok("المهندس");
  const int e = s.Tok("أن");
  EXPECT_EQ(s.Str(m.NameIn(b, e)), "خالد الرشيد");
  StagedDoc t("وقال مدير المرصد رامي عبد الرحمن إن الاشتباكات توقفت.");
  const Mentions mt(t.doc());
  EXPECT_EQ(t.Str(mt.NameIn(t.Tok("مدير"), t.Tok("إن"))), "رامي عبد الرحمن");
  // No personal name: an empty range.
  EXPECT_EQ(t.Str(mt.NameIn(t.Tok("مدير"), t.Tok("رامي"))), "");
}

TEST(MentionsTest, GivenNamesAndTheFamilyNameAfterThemStayInTheName) {
  // A given name before a definite word opens no role, and a definite
  // word the dictionary does not know after it is the family name, also
  // before the role.
  StagedDoc s("وقال المهندس عبد الله حمد الفوزان رئيس مجلس إدارة الشركة إن الأرباح زادت.");
  const Mentions m(s.doc());
  EXPECT_EQ(s.Str(m.NameIn(s.Tok("المهندس"), s.Tok("إن"))), "عبد الله حمد الفوزان");
  // The object after the name stays out of it.
  StagedDoc t("وتمنى عبد الله رشاد التوفيق للفريق في الموسم الجديد.");
  const Mentions mt(t.doc());
  EXPECT_EQ(t.Str(mt.NameRun(1, t.doc().SentEnd(0))), "عبد الله رشاد");
  // A kunya opens the name.
  StagedDoc u("وصل القيادي أبو محمد العدني إلى المدينة.");
  const Mentions mu(u.doc());
  EXPECT_EQ(u.Str(mu.NameRun(1, u.doc().SentEnd(0))), "أبو محمد العدني");
  EXPECT_EQ(u.Str(mu.NameIn(u.Tok("القيادي"), u.Tok("إلى"))), "أبو محمد العدني");
  // A verbal noun with ب before the quotation it governs is no family
  // name: ووعد سامي بتحقيق «...».
  StagedDoc v("ووعد سامي النمر بتحقيق «أماني الناس كلها».");
  const Mentions mv(v.doc());
  EXPECT_EQ(v.Str(mv.NameRun(1, v.doc().SentEnd(0))), "سامي النمر");
  StagedDoc w("ووعد سامي بتحقيق «أماني الناس كلها».");
  const Mentions mw(w.doc());
  EXPECT_EQ(w.Str(mw.NameRun(1, w.doc().SentEnd(0))), "");
}

TEST(MentionsTest, AnObjectAfterAPlaceOrANameEndsTheSubject) {
  // ألقى ... كلمة: after a place inside the phrase, an indefinite common
  // noun is the object of a verb that takes one.
  StagedDoc s("وألقى مدير الإدارة في فرع الشمال كلمة ترحيبية في الحفل.");
  EXPECT_EQ(s.Str(Mentions(s.doc()).SpeakerPhrase(1, s.doc().SentEnd(0), false, &SubjectEntry())),
            "مدير الإدارة في فرع الشمال");
  // The verb of naming comes before the name, and is no part of it.
  StagedDoc t("وقالت الأم وتدعى إيفلين مارتن إن ابنها بخير.");
  const Mentions mt(t.doc());
  EXPECT_EQ(t.Str(mt.NameIn(t.Tok("الأم"), t.Tok("إن"))), "إيفلين مارتن");
  // After two names, a common noun with an indefinite word after it is the
  // object; a nisba after two names is the family name.
  StagedDoc u("ووجه ماهر سالم رسالة شكر للجمهور، وكتب محمد علي جعفري تغريدة طويلة.");
  const Mentions mu(u.doc());
  EXPECT_EQ(u.Str(mu.NameRun(1, u.Tok("للجمهور"))), "ماهر سالم");
  EXPECT_EQ(u.Str(mu.NameRun(u.Tok("محمد"), u.doc().SentEnd(0))), "محمد علي جعفري");
}

TEST(MentionsTest, TheWordAfterThePhraseOpensNoRoleInTheName) {
  // سامي جواد النمر | اليوم: a definite word after the phrase's end does not
  // make its last name the head of a role; in a run up to the sentence's
  // end it still does (فلان فلان مدير الشركة).
  StagedDoc s("أكد وزير الخارجية محمد حسن غريب اليوم أن المفاوضات صعبة.");
  const Mentions m(s.doc());
  EXPECT_EQ(s.Str(m.NameRun(s.Tok("محمد"), s.Tok("اليوم"))), "محمد حسن غريب");
  EXPECT_EQ(s.Str(m.NameRun(s.Tok("محمد"), s.doc().SentEnd(0))), "محمد حسن");
}

TEST(MentionsTest, ARoleNounWithLamAndStackedTitlesStayInTheSubject) {
  // لأمن، which the dictionary also reads as a verb, is a noun of the role
  // when its genitive (with a coordinated noun) has the person's title
  // after it; a second title (دكتور) may stand before the name.
  StagedDoc s("كرّم مساعد مدير الإدارة العامة لأمن المنشآت والطرق اللواء دكتور سعود النمر عددا من الضباط.");
  EXPECT_EQ(s.Str(Mentions(s.doc()).SpeakerPhrase(1, s.doc().SentEnd(0), false, &SubjectEntry())),
            "مساعد مدير الإدارة العامة لأمن المنشآت والطرق اللواء دكتور سعود النمر");
}

TEST(MentionsTest, AVerbalNounAfterAFamilyNameIsTheObject) {
  // ورفض فلان تحديد ...: after a family name the text puts after a verb of
  // saying elsewhere (one the dictionary also reads as a word), a verbal
  // noun with its genitive is the object.
  StagedDoc s("وقال خياط إن الاتفاق جيد. ورفض خياط تحديد التعليمات التي وجهت إلى السفيرة.");
  const int k = s.Tok("خياط", 1);
  EXPECT_EQ(s.Str(Mentions(s.doc()).SpeakerPhrase(k, s.doc().SentEnd(k), false, &SubjectEntry())), "خياط");
}

TEST(MentionsTest, APlaceWithBaBeforeTheTitleStaysInThePhrase) {
  // A definite place with ب, then the person's title: still the speaker.
  EXPECT_EQ(PhraseAfterCue("وأشاد مدير الدفاع المدني بالمنطقة اللواء سالم الحربي بجهود الفرق."),
            "مدير الدفاع المدني بالمنطقة اللواء سالم الحربي");
  // A construct with ب (بجهود العميد) and a verbal noun with its adjective
  // (بالتركيز الإعلامي) are what the cue governs.
  EXPECT_EQ(PhraseAfterCue("وأشاد الوزير بجهود العميد سالم الحربي."), "الوزير");
  EXPECT_EQ(PhraseAfterCue("وطالب الوزير بالتركيز الإعلامي على النماذج."), "الوزير");
}

TEST(MentionsTest, ADefiniteNounWithLamIsNoSubject) {
  // تقول للمسؤول، قالت للصحف: the addressee or a complement, not who spoke.
  EXPECT_EQ(PhraseAfterCue("وقالت للصحف المحلية إن الموعد ثابت."), "");
  EXPECT_EQ(PhraseAfterCue("ويدعو للفخر أن الفريق فاز."), "");
}

TEST(MentionsTest, AVerbThatTakesAnObjectKeepsTheTitleAndForeignNameOfItsSubject) {
  // دعا takes an object, but a title with a name after it, or a foreign
  // given name in ا the dictionary does not know, is still the subject.
  EXPECT_EQ(PhraseAfterCue("ودعا الخبير العسكري العميد محسن الحداد إلى الحذر."),
            "الخبير العسكري العميد محسن الحداد");
  EXPECT_EQ(PhraseAfterCue("ودعا الرئيس الفرنسي فرانسوا مارتان إلى الحوار."), "الرئيس الفرنسي فرانسوا مارتان");
  // A country the dictionary knows is the object.
  EXPECT_EQ(PhraseAfterCue("واتهم الرئيس التونسي أوروبا بالتقصير."), "الرئيس التونسي");
}

TEST(MentionsTest, NameRunsInRunningText) {
  StagedDoc s("كرمت الجامعة الطالبة نورة سعد الدوسري لتفوقها في المسابقة.");
  const Mentions m(s.doc());
  EXPECT_EQ(s.Str(m.NameRun(0, s.doc().SentEnd(0))), "نورة سعد الدوسري");
  StagedDoc t("التقى الأمير فيصل بن ناصر وفد الجامعة.");
  const Mentions mt(t.doc());
  EXPECT_EQ(t.Str(mt.NameRun(0, t.doc().SentEnd(0))), "فيصل بن ناصر");
}

TEST(MentionsTest, QuotedNamesAreNotQuotations) {
  StagedDoc s("ونقلت وكالة \"الأنباء الوطنية\" أن الطريق \"مغلق بسبب الثلوج حتى إشعار آخر\".");
  const Mentions m(s.doc());
  const QTokens& q = s.doc().tokens();
  ASSERT_EQ(q.pairs.size(), 2u);
  EXPECT_TRUE(m.IsNameLike(0));
  EXPECT_FALSE(m.IsNameLike(1));
}

TEST(MentionsTest, NamesNeedNameWordsAndStopAtTitles) {
  // Quoted words the dictionary does not know are a name, not speech.
  StagedDoc s("ويرى الخبير أن \"داعش\" تراجع، وقال إن \"كوانتوميكس\" أفلست.");
  const Mentions m(s.doc());
  ASSERT_EQ(s.doc().tokens().pairs.size(), 2u);
  EXPECT_TRUE(m.IsNameLike(0));
  EXPECT_TRUE(m.IsNameLike(1));
  // A title after a name ends it; a verbal noun starts none.
  StagedDoc t("وحضر الحفل جيفري ويب نائب رئيس الاتحاد، بعد استغلال فرصة العيد.");
  const Mentions mt(t.doc());
  EXPECT_EQ(t.Str(mt.NameRun(0, t.doc().SentEnd(0))), "جيفري ويب");
  EXPECT_EQ(t.Str(mt.NameRun(t.Tok("بعد"), t.doc().SentEnd(0))), "");
}

TEST(MentionsTest, HeadAndGender) {
  StagedDoc s("وقالت الوزيرة للوزير إن الخطة جاهزة.");
  const Mentions m(s.doc());
  EXPECT_EQ(m.PhraseGender(s.Tok("الوزيرة")), Gender::kFem);
  EXPECT_EQ(m.PhraseGender(s.Tok("للوزير")), Gender::kUnknown);
  // Heads are view forms without ال and proclitics (ة is ه in the view).
  EXPECT_EQ(std::string(m.Head(s.Tok("الوزيرة"))), "وزيره");
  EXPECT_EQ(std::string(m.Head(s.Tok("للوزير"))), "وزير");
}


TEST(MentionsTest, ARoleAfterTheNameIsNoObject) {
  // With a verb that takes an object, a title with its complement after
  // the name is the person's role; a bare title before ب is the object.
  EXPECT_EQ(PhraseAfterCue("ووصف سالم الحربي النائب في المجلس البلدي القرار بأنه متسرع."),
            "سالم الحربي النائب في المجلس البلدي");
  EXPECT_EQ(PhraseAfterCue("واتهم سالم الحربي الوزير بالتقصير في الملف."), "سالم الحربي");
}

TEST(MentionsTest, FaBeforeAPastVerbOpensThePredicate) {
  // أما X فوافق: the subject ends before ف and its verb.
  StagedDoc s("أما نائب رئيس النادي السابق فوافق على العقد، وقال إنه سعيد.");
  EXPECT_EQ(s.Str(Mentions(s.doc()).SpeakerPhrase(1, s.doc().SentEnd(0), false, &SubjectEntry())),
            "نائب رئيس النادي السابق");
}


TEST(MentionsTest, APlaceTheDictionaryDoesNotKnowBeforeTheComplementizer) {
  // One bare word after في, right before what the cue governs, is a place
  // of the phrase; a setting noun is not.
  EXPECT_EQ(PhraseAfterCue("وقال مسؤولون في مالي إن الهجوم فشل."), "مسؤولون في مالي");
  EXPECT_EQ(PhraseAfterCue("وقال مسؤول محلي في تعز، إن القصف توقف."), "مسؤول محلي في تعز");
  EXPECT_EQ(PhraseAfterCue("وقال الوزير في تصريح إن الوضع مستقر."), "الوزير");
}

TEST(MentionsTest, ADemonstrativeAfterAConstructNounIsItsGenitive) {
  EXPECT_EQ(PhraseAfterCue("وقال عدد من زوار هذه المعارض إن الأسعار مرتفعة."), "عدد من زوار هذه المعارض");
  EXPECT_EQ(PhraseAfterCue("وأشار أحد هؤلاء المسؤولين إلى أن الحل قريب."), "أحد هؤلاء المسؤولين");
  // After a name, the demonstrative opens the object.
  EXPECT_EQ(PhraseAfterCue("ووصف أوباما هذا الاتفاق بأنه تاريخي."), "أوباما");
}


TEST(MentionsTest, AFormulaOfBlessingAfterTheTitleEndsThePhrase) {
  // The whole formula stays out, not only its last words (عليه is also a
  // preposition with a pronoun).
  EXPECT_EQ(PhraseAfterCue("قال النبي صلى الله عليه وسلم: \"الكلمة الطيبة صدقة\"."), "النبي");
  EXPECT_EQ(PhraseAfterCue("وقال الشيخ سامي النمر رحمه الله إن العلم نور."), "الشيخ سامي النمر");
  // Right after the verb it speaks of the implicit subject; it is none.
  EXPECT_EQ(PhraseAfterCue("وكان يرى طيب الله ثراه أن المشورة واجبة."), "");
}


TEST(MentionsTest, AQuotedNameAfterAClassNounOrAReportInsideThePhrase) {
  // After في, a class noun with its quoted name is a definite place.
  EXPECT_EQ(PhraseAfterCue("وقال الباحث في مركز «الدراسات العربية» إن الوضع معقد."),
            "الباحث في مركز «الدراسات العربية»");
  // A quoted name inside the role, then a title and the person's name.
  EXPECT_EQ(PhraseAfterCue("وأشار مدير مكتب \"الهداية\" الشيخ صالح العمر إلى أن المخيم ناجح."),
            "مدير مكتب \"الهداية\" الشيخ صالح العمر");
  // An indefinite report with its quoted name.
  EXPECT_EQ(PhraseAfterCue("ويشير تقرير \"مجموعة الخليج\" إلى أن القطاع ينمو."), "تقرير \"مجموعة الخليج\"");
}


TEST(MentionsTest, ACompoundGivenNameWrittenApartOpensAName) {
  StagedDoc s("وقال عبد الله الشمري المستثمر في القطاع العقاري إن السوق هادئ.");
  const Mentions m(s.doc());
  const auto [b, e] = m.SpeakerPhrase(1, s.doc().SentEnd(0), false, &s.doc().Entry(0));
  EXPECT_EQ(s.Str(m.NameIn(b, e)), "عبد الله الشمري");
  // A lineage with بن and آل runs past five words.
  StagedDoc l("وأكد الأمير فهد بن عبد الله بن عبد العزيز آل سعود أن الموسم ناجح.");
  const Mentions ml(l.doc());
  const auto [lb, le] = ml.SpeakerPhrase(1, l.doc().SentEnd(0), false, &l.doc().Entry(0));
  EXPECT_EQ(l.Str(ml.NameIn(lb, le)), "فهد بن عبد الله بن عبد العزيز آل سعود");
}


TEST(MentionsTest, ARoleKeepsOnAndToThatTheViewSpellsWithYa) {
  // على and إلى reach the view as علي and الي: after a derived participle
  // the role keeps them, and علي as the caller spelled it is the name.
  EXPECT_EQ(PhraseAfterCue("وأوضح المشرف على الفعاليات علي سالم الغانم أن الحفل ناجح."),
            "المشرف على الفعاليات علي سالم الغانم");
  // After another noun على belongs to the verb.
  EXPECT_EQ(PhraseAfterCue("وردت الشركة على الانتقادات بأن الأسعار عادلة."), "الشركة");
}

TEST(MentionsTest, APrepositionTheCueGovernsBelongsToATitleWhenTheNameFollowsAfterAComma) {
  // أكد governs على and طالب an attached ب, but the name after the comma
  // shows that the preposition completes the role.
  EXPECT_EQ(PhraseAfterCue("وأكد المشرف على المعرض الدولي، سامي حداد، أن الأجنحة اكتملت."),
            "المشرف على المعرض الدولي");
  EXPECT_EQ(PhraseAfterCue("وطالب العميد بالجيش السابق، أحمد النمر، بإرسال المعدات."),
            "العميد بالجيش السابق");
  // Without a name after the comma the preposition is the verb's.
  EXPECT_EQ(PhraseAfterCue("وأكد المشرف على أهمية المعرض، وقال إنه ناجح."), "المشرف");
  EXPECT_EQ(PhraseAfterCue("وطالب العميد بإرسال المعدات إلى الجبهة."), "العميد");
}

TEST(MentionsTest, ANounWithTheMannerPrepositionBiIsNoSubject) {
  // A definite or possessed noun with ب after the verb: a manner or a
  // complement, so the subject is implicit.
  EXPECT_EQ(PhraseAfterCue("فقال بصوته الهادئ: «لن نتأخر هذه المرة»."), "");
  EXPECT_EQ(PhraseAfterCue("وقالت بالبريد الإلكتروني إن الموعد تغير."), "");
  // A bare verbal noun before the colon.
  EXPECT_EQ(PhraseAfterCue("فرد بسرعة: «لا وقت لدينا»."), "");
  // A name that begins with ب stays the subject.
  EXPECT_EQ(PhraseAfterCue("وقال بوتين إن بلاده لن تتراجع."), "بوتين");
}

TEST(MentionsTest, AQuotedDefiniteNameAfterAConstructNounIsItsGenitive) {
  EXPECT_EQ(PhraseAfterCue("وقال مدير «الشركة الوطنية» إن الأسعار سترتفع."), "مدير «الشركة الوطنية»");
  EXPECT_EQ(PhraseAfterCue("وأظهرت أرقام \"البنك المركزي\" أن التضخم تراجع."), "أرقام \"البنك المركزي\"");
  // A quotation at the end of the sentence is what was said.
  EXPECT_EQ(PhraseAfterCue("وقال مسؤول «الوضع الخطير»."), "مسؤول");
}

TEST(MentionsTest, AQuotedNameBeforeWhatOpensTheReportNamesTheHead) {
  // Right before the complementizer, the cue's preposition, a colon or a
  // comma and a complementizer: a body after a noun in the construct state,
  // a surname or a full name after a definite title, a role after a name.
  EXPECT_EQ(PhraseAfterCue("وكشف صاحب «مؤسسة النخيل للتجارة» أن الأسعار ثابتة."),
            "صاحب «مؤسسة النخيل للتجارة»");
  EXPECT_EQ(PhraseAfterCue("وأكدت مصادر \"الوطن\" أن الحركة زادت."), "مصادر \"الوطن\"");
  EXPECT_EQ(PhraseAfterCue("وأشار العقيد \"الزهراني\" إلى أن الطرق آمنة."), "العقيد \"الزهراني\"");
  EXPECT_EQ(PhraseAfterCue("وقالت الدكتورة «سلمى الناصر» إن العلاج متاح."), "الدكتورة «سلمى الناصر»");
  EXPECT_EQ(PhraseAfterCue("وأعرب سامي حداد «موظف» عن أمله في حل قريب."), "سامي حداد «موظف»");
  // After another definite word it is an appositive acronym, outside.
  EXPECT_EQ(PhraseAfterCue("وقالت وكالة الأنباء الرسمية «نبأ»، إن الوفد وصل."), "وكالة الأنباء الرسمية");
  // A quoted word before anything else is no name of the subject.
  EXPECT_EQ(PhraseAfterCue("وقال الناخبون «لا»، وقد خسر الحزب."), "الناخبون");
  // Nor with a verb whose object follows its subject: اتهم X "فلان" بأن.
  EXPECT_EQ(PhraseAfterCue("واتهم النواب «الوزير» بأنه أخفى الأرقام."), "النواب");
}

TEST(MentionsTest, FormerlyAfterARoleGoesOnToThePersonsTitleAndName) {
  // سابقا / حاليا after a role with its title qualifies the role; the
  // person's title and name, or the place of the role, follow.
  EXPECT_EQ(PhraseAfterCue("وحذر رئيس الأركان سابقاً اللواء سامي النمر من المخاطر."),
            "رئيس الأركان سابقاً اللواء سامي النمر");
  EXPECT_EQ(PhraseAfterCue("وقال مدير العيادات حاليا في مستشفى الشفاء إن الحالات كثيرة."),
            "مدير العيادات حاليا في مستشفى الشفاء");
  // Without a role before it the adverb is the clause's.
  EXPECT_EQ(PhraseAfterCue("وعلق النمر سابقاً على خروجه من المستشفى."), "النمر");
}

TEST(MentionsTest, AForeignGivenNameThatReadsAsAPresentVerbGoesOnToItsFamilyName) {
  // يوري، توران read as present verbs; with a family name the dictionary
  // does not know after them and then the complementizer they are a name.
  EXPECT_EQ(PhraseAfterCue("وقال الرئيس الروسي يوري كاريلوف إن الوضع صعب."),
            "الرئيس الروسي يوري كاريلوف");
  EXPECT_EQ(PhraseAfterCue("وأعلن الرئيس الروسي يوري كاريلوف أمس أن الوضع صعب."),
            "الرئيس الروسي يوري كاريلوف");
  // A present verb with a known word after it still ends the phrase.
  EXPECT_EQ(PhraseAfterCue("وقال الوزير يشغل منصبه منذ عامين."), "الوزير");
}

TEST(MentionsTest, AGivenNameWithLamBeforeACommaIsNoAddressee) {
  // لويس، reads like ل and a noun closed by a comma (لفرانس برس،); a
  // given name of the lexicon is the family name here.
  EXPECT_EQ(PhraseAfterCue("ويقول بول لويس، الذي يدير المعهد، إن التقرير دقيق."), "بول لويس");
  // An addressee with ل before a comma still ends the phrase.
  EXPECT_EQ(PhraseAfterCue("وقال الوزير لفرانس برس، إن الوضع مستقر."), "الوزير");
}

TEST(MentionsTest, WawWithAGivenNameStartsAnotherName) {
  // وجورج is و and a given name: the next person, not a middle name.
  StagedDoc s("وهل يكون جون كرافت وجورج كرافت مثل أبيهما؟");
  const Mentions m(s.doc());
  EXPECT_EQ(s.Str(m.NameRun(s.Tok("جون"), s.doc().SentEnd(0))), "جون كرافت");
}

TEST(MentionsTest, ADefiniteVerbalNounAfterAPersonalNameIsTheObject) {
  EXPECT_EQ(PhraseAfterCue("وأعلن المدعي العام سامي حداد الاتهامات في القضية."), "المدعي العام سامي حداد");
  // A definite surname that goes on with a name is no verbal noun.
  EXPECT_EQ(PhraseAfterCue("وأكد عبد اللطيف العبد اللطيف أن السوق مستقرة."), "عبد اللطيف العبد اللطيف");
}

TEST(MentionsTest, AVerbJoinedByWawOpensAClauseOfItsOwn) {
  // يقول فلان ويعمل لدى ...: the coordinated verb is no part of the name.
  EXPECT_EQ(PhraseAfterCue("يقول الباحث سمير الراشد ويعمل لدى مركز الأبحاث: «النتائج أولية»."),
            "الباحث سمير الراشد");
  // The verb of naming keeps the name it gives.
  EXPECT_EQ(PhraseAfterCue("وقال أحد السكان ويدعى خالد العمر إن الحي هادئ."), "أحد السكان ويدعى خالد العمر");
}

TEST(MentionsTest, AnIndefiniteNounOfAnOccasionAfterTheNameIsTheObject) {
  // ألقى فلان كلمة ...: the speech given is the verb's object.
  EXPECT_EQ(PhraseAfterCue("أعلن مدير المهرجان سالم العمري كلمة الافتتاح أن الزوار كثر."),
            "مدير المهرجان سالم العمري");
  // (Not a given name that is also such a noun: المحامية بيان زهران; nor
  // الله closing a family name.)
  EXPECT_EQ(PhraseAfterCue("وأكدت المحامية بيان زهران أن القانون واضح."), "المحامية بيان زهران");
  EXPECT_EQ(PhraseAfterCue("وأعلن المدير خالد الجار الله كلمة الافتتاح أن الزوار كثر."),
            "المدير خالد الجار الله");
  // (Nor a definite word that reads as a verbal noun before الله, after a
  // given name and the father's: the family name goes on.)
  EXPECT_EQ(PhraseAfterCue("وأكد خالد محمد الجار الله أن الزوار كثر."), "خالد محمد الجار الله");
}

TEST(MentionsTest, AWawWrittenApartJoinsDefiniteNounsAsTheProcliticDoes) {
  EXPECT_EQ(PhraseAfterCue("وقال وزير الثقافة و الإعلام إن المعرض ناجح."), "وزير الثقافة و الإعلام");
  EXPECT_EQ(PhraseAfterCue("وأكدت هيئة الاتصالات و تقنية المعلومات أن الإيرادات تراجعت."),
            "هيئة الاتصالات و تقنية المعلومات");
}

TEST(MentionsTest, AnElativeAdjectiveAgreesWithTheNounBeforeIt) {
  // After a verb that takes an object, الأوسط، الأعلى (أفعل with the
  // article) describe the noun before them; the object comes after.
  EXPECT_EQ(PhraseAfterCue("وحث مدير قسم الشرق الأوسط في المنظمة الحكومة على وقف الاعتقالات."),
            "مدير قسم الشرق الأوسط في المنظمة");
  EXPECT_EQ(PhraseAfterCue("وحث المجلس الأعلى للشباب الطلاب على المشاركة في الحملة."), "المجلس الأعلى للشباب");
  // A definite noun after the phrase is still the object.
  EXPECT_EQ(PhraseAfterCue("وحث المجلس الطلاب على المشاركة في الحملة."), "المجلس");
}

TEST(MentionsTest, AnIndefiniteNounAfterAPlaceWithBaOpensTheObject) {
  EXPECT_EQ(PhraseAfterCue("أعلنت الشؤون الصحية بمنطقة القصيم حالة الطوارئ في مستشفيات المنطقة."),
            "الشؤون الصحية بمنطقة القصيم");
  // The person's name after the place stays in the phrase.
  EXPECT_EQ(PhraseAfterCue("وأعلن مدير الشرطة بمنطقة القصيم سامي النمر أن الطرق مغلقة."),
            "مدير الشرطة بمنطقة القصيم سامي النمر");
}

TEST(MentionsTest, ABodysQuotedNameAfterItsClassNounMayBeLong) {
  // Five or six words in marks after شركة، وكالة are still the body's name.
  EXPECT_EQ(PhraseAfterCue("أكدت شركة «كي بي إم جي السعودية» في تقرير حديث أن السوق مستقرة."),
            "شركة «كي بي إم جي السعودية»");
  // (No complementizer in it: a quotation after the noun stays out.)
  EXPECT_EQ(PhraseAfterCue("وقالت الشركة «إن الأسعار ستبقى كما هي هذا العام»."), "الشركة");
}

TEST(MentionsTest, ANameABodyIsNamedAfterIsNotThePersonOfThePhrase) {
  // مستشفى الملك فلان: the name after its title in the genitive of a class
  // noun names the body; the phrase's person is the name before it, or
  // nobody.
  StagedDoc s("وقال الطبيب سامي النمر في مستشفى الملك فواز بالمدينة إن الحالات تراجعت.");
  const Mentions m(s.doc());
  EXPECT_EQ(s.Str(m.NameIn(s.Tok("الطبيب"), s.Tok("إن"))), "سامي النمر");
  StagedDoc t("وأوضحت الإدارة العامة لجسر الأمير فواز أن الحركة عادت.");
  const Mentions mt(t.doc());
  EXPECT_EQ(t.Str(mt.NameIn(t.Tok("الإدارة"), t.Tok("أن"))), "");
  // A title after a place that is no class noun opens the person's name.
  StagedDoc u("وقال أمير منطقة تبوك الأمير فواز بن سالم إن الحالات تراجعت.");
  const Mentions mu(u.doc());
  EXPECT_EQ(u.Str(mu.NameIn(u.Tok("أمير"), u.Tok("إن"))), "فواز بن سالم");
}

TEST(MentionsTest, AnAffiliationAfterANameIsItsApposition) {
  // فلان، من جامعة ...: من with a class noun after a personal name names
  // where the person works, up to what was said.
  EXPECT_EQ(PhraseWithAppositionAfterCue("ويقول سامر الخطيب، من جامعة دمشق في سوريا: «الصحف تواجه أزمة»."),
            "سامر الخطيب، من جامعة دمشق في سوريا");
  // (Not من with any other noun: where the person came from.)
  EXPECT_EQ(PhraseWithAppositionAfterCue("ويقول سامر الخطيب، من دمشق: «الصحف تواجه أزمة»."), "سامر الخطيب");
}

TEST(MentionsTest, TheClericalRankAyatollahIsATitle) {
  // المرشد الأعلى آية الله فلان: the rank in the construct state is a title
  // before the name; the subject runs over it to the name.
  StagedDoc s("هاجم المرشد الأعلى آية الله سالم النمري الحكومة بشدة.");
  const Mentions m(s.doc());
  const auto [sb, se] = m.SpeakerPhrase(1, s.doc().SentEnd(0), false, &SubjectEntry());
  EXPECT_EQ(s.Str(sb, se), "المرشد الأعلى آية الله سالم النمري");
  EXPECT_EQ(s.Str(m.NameIn(sb, se)), "سالم النمري");
}

TEST(MentionsTest, APlaceOrBodyInMarksAfterItsPrepositionStaysInThePhrase) {
  // مصادر مقربة من «الشركة»، مسؤولون في «الخبر»: after the preposition of
  // a place or a source, a quoted name is that place or body.
  EXPECT_EQ(PhraseAfterCue("وقالت مصادر مقربة من «كرانسفيلد» إن النسخة نهائية."), "مصادر مقربة من «كرانسفيلد»");
  EXPECT_EQ(PhraseAfterCue("ويقول مسؤولون في «كرانسفيلد» إن النسخة نهائية."), "مسؤولون في «كرانسفيلد»");
}

TEST(MentionsTest, ACommonNounWithItsRelativeClauseAfterANameIsTheObject) {
  // وأكد فلان الجهود التي ...: after a personal name, which completes the
  // subject, a definite common noun with a relative clause after it is the
  // verb's object, as is a plural in ـات.
  EXPECT_EQ(PhraseAfterCue("وثمن الأمير سامي النمر الجهود التي بذلتها الفرق الميدانية."), "الأمير سامي النمر");
  EXPECT_EQ(PhraseAfterCue("وأكد سامي النمر التحديات أمام قطاع النقل."), "سامي النمر");
  // (A definite word that goes on otherwise stays a family name: a name
  // before a time word.)
  EXPECT_EQ(PhraseAfterCue("وأعلن وزير النقل سامي كريم النمر أمس إغلاق الطريق."), "وزير النقل سامي كريم النمر");
}

TEST(MentionsTest, TheMinAfterANounOfQuantityIsPartitive) {
  // حذر عدد من السكان من ...: after عدد، العديد the preposition من is
  // partitive, even when the cue governs من and the noun after it reads as
  // a verbal noun too (السكان).
  EXPECT_EQ(PhraseAfterCue("وحذر عدد من السكان من انقطاع الكهرباء."), "عدد من السكان");
  EXPECT_EQ(PhraseAfterCue("وحذر العديد من السكان من انقطاع الكهرباء."), "العديد من السكان");
}

TEST(MentionsTest, AShortQuotedNounPhraseAfterANounIsItsName) {
  // مبدأ «التكرار الدوري»، الرغبات «قطاعات العمل»: right after a noun, a
  // short quoted noun phrase with the article, or a noun with its definite
  // genitive, is what the noun is called.
  StagedDoc s("وأوضح المدير أن الفريق اعتمد مبدأ «التكرار الدوري» في التدريب.");
  const Mentions m(s.doc());
  ASSERT_EQ(s.doc().tokens().pairs.size(), 1u);
  EXPECT_TRUE(m.IsNameLike(0));
  StagedDoc s2("وأوضح المدير أن اللجنة تراجع الرغبات المكانية «قطاعات العمل» كل عام.");
  const Mentions m2(s2.doc());
  EXPECT_TRUE(m2.IsNameLike(0));
  // (Not words after a verb: its complement, what was said.)
  StagedDoc s3("وأوضح المدير أن إسرائيل تبقى «حجر الزاوية للاستراتيجية الأميركية» في المنطقة.");
  const Mentions m3(s3.doc());
  EXPECT_FALSE(m3.IsNameLike(0));
}

TEST(MentionsTest, AnElativeInTheConstructStateAfterTheSubjectIsTheObject) {
  // وأرجعت الوزارة أبرز الأسباب إلى ...: no definite word governs an
  // elative, and none agrees with it in the construct state; it opens what
  // the verb reports. (After a personal name it may be a role.)
  EXPECT_EQ(PhraseAfterCue("وأرجعت وزارة العمل أبرز الأسباب إلى ضعف التدريب."), "وزارة العمل");
  EXPECT_EQ(PhraseAfterCue("وأكد سامي النمر أكبر المساهمين في الشركة أن الأرباح سترتفع."),
            "سامي النمر أكبر المساهمين في الشركة");
}

}  // namespace

}  // namespace dhad::internal
