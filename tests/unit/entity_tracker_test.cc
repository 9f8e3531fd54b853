// Stage 4 of quote extraction: speakers resolved over the document.

#include "analysis/internal/entity_tracker.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/unit/quote_stages_testlib.h"

namespace dhad::internal {
namespace {

using test_support::StagedDoc;

// speaker_resolved of each candidate of `input`, in anchor order.
std::vector<std::string> Resolved(const std::string& input) {
  StagedDoc s(input);
  const Mentions m(s.doc());
  std::vector<Cand> cands = Attributor(s.doc(), m).Run();
  return EntityTracker(s.doc(), m).Resolve(&cands);
}

// `n` sentences that name nobody, to put distance between two mentions.
std::string Filler(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "وارتفعت درجات الحرارة في المنطقة. ";
  return out;
}

TEST(EntityTrackerTest, ImplicitSubjectAgreesInGender) {
  auto r = Resolved(
      "وقال المدير العام سعيد الحربي إن المصنع يعمل. وقالت المهندسة هند العمري إن "
      "الخط الثاني جاهز. وأضاف أن الإنتاج سيتضاعف. وأضافت أن التدريب يبدأ الأحد.");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0], "المدير العام سعيد الحربي");
  EXPECT_EQ(r[2], "سعيد الحربي");
  EXPECT_EQ(r[3], "هند العمري");
}

TEST(EntityTrackerTest, HonorificPronounAndSurname) {
  auto r = Resolved(
      "رعى الأمير فيصل بن ناصر حفل التخرج أمس. وأكد سموه أن التعليم أولوية. "
      "وقال ناصر إن الدعم مستمر.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "فيصل بن ناصر");
  EXPECT_EQ(r[1], "فيصل بن ناصر");
}

TEST(EntityTrackerTest, ADocumentOfABodyNamedInTheConstructStateResolvesToTheBody) {
  auto r = Resolved("وأفاد بيان لوزارة الصحة اليوم أنه تم افتتاح مستشفى جديد.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "وزارة الصحة");
  // An adjective before the ل is no body: the poll is the source.
  r = Resolved("وأظهر استطلاع جديد للرأي أن المرشح متقدم بفارق كبير.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "استطلاع جديد للرأي");
}

TEST(EntityTrackerTest, DocumentToItsIssuer) {
  auto r = Resolved(
      "أصدرت وزارة البيئة بيانا أمس حول جودة الهواء. وقال البيان إن المؤشرات تحسنت.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "وزارة البيئة");
}

TEST(EntityTrackerTest, ChainedSubjectGivesThePersonsName) {
  auto r = Resolved(
      "وكان سالم العتيبي مديرا للمستشفى، وطالب في تصريحات سابقة بزيادة الأسرة، "
      "وقال إن المبنى يفتتح قريبا.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "سالم العتيبي");
  EXPECT_EQ(r[1], "سالم العتيبي");
}

TEST(EntityTrackerTest, SubjectsOfAnyVerbAreCandidatesWithTheirGender) {
  // The subject of a verb that reports nothing, named by a given name and a
  // plain definite surname, is the implicit speaker of the next cue.
  auto r = Resolved(
      "أجرى وزير النقل خالد الناصر مباحثات مع نظيره أمس. وقال عقب لقائه إن الطريق "
      "سيفتح.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "خالد الناصر");
  // Gender decides between two people: the verb's and the given name's.
  auto g = Resolved(
      "التقت الطبيبة هند الشمري المدير سعيد الحربي في المستشفى. وأضافت أن الأجهزة "
      "وصلت.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0], "هند الشمري");
}

TEST(EntityTrackerTest, RelayerIsASourceAndAgreesWithItsVerb) {
  auto r = Resolved(
      "أفادت مصادر محلية أن الحريق اندلع فجرا. ونقلت المصادر عن شهود عيان أن النيران "
      "امتدت إلى المخازن. وأضافت أن الدفاع المدني سيطر على الحريق.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1], "شهود عيان");
  // المصادر is the short form of the sources named first.
  EXPECT_EQ(r[2], "مصادر محلية");
}

TEST(EntityTrackerTest, SurnameAfterAnOpenerResolvesToTheNameInRunningText) {
  // The name after a verb (not the verb, not لمدة) is the entity; the
  // surname and the participle after it resolve to it.
  auto r = Resolved(
      "على صعيد آخر جدد سامي الحربي عقده لمدة عام. من جهته عبر الحربي عن سعادته "
      "بالتجديد متمنيا أن يوفق مع زملائه.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "سامي الحربي");
  EXPECT_EQ(r[1], "سامي الحربي");
}

TEST(EntityTrackerTest, NobodyNamedGivesNoSpeaker) {
  auto r = Resolved("وأضاف أن الأسعار ستنخفض.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "");
}


TEST(EntityTrackerTest, TheRoleAfterANameInRunningTextIsAShortForm) {
  // The role after the name of a subject that did something else names
  // the same person later.
  auto r = Resolved("وزار نبيل الدوسري النائب في البرلمان المعرض أمس. وقال النائب إن المعرض ناجح.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "نبيل الدوسري");
}


TEST(EntityTrackerTest, ShortFormsOfANameWithItsTitleOrWithoutItsMiddleNames) {
  // A title before the surname, the given name with the surname, and the
  // role phrase repeated without the name all name the person.
  auto r = Resolved(
      "وأكد الأمين العام للهيئة الدكتور سالم بن عبدالله الحمدان أن الخطة جاهزة. "
      "وقال الدكتور الحمدان إن التنفيذ يبدأ غدا. وأضاف سالم الحمدان أن الميزانية كافية.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1], "سالم بن عبدالله الحمدان");
  EXPECT_EQ(r[2], "سالم بن عبدالله الحمدان");
  r = Resolved(
      "وأوضح مدير فرع الجمعية بجدة أحمد الغامدي أن المسابقة ناجحة. "
      "وأضاف مدير فرع الجمعية بجدة أن المعرض قريب، مشيرا إلى أن الجوائز كبيرة.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1], "أحمد الغامدي");
  EXPECT_EQ(r[2], "أحمد الغامدي");
}


TEST(EntityTrackerTest, TheSubjectOfTheLeadAfterADateline) {
  // سبق- الرياض: the dateline before the lead does not hide its subject.
  auto r = Resolved("الوطن- جدة: تأهل العداء الناشئ سالم الحربي إلى نهائي السباق. وأكد أن الميدالية هدفه.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سالم الحربي");
}


TEST(EntityTrackerTest, TheSourceAPaperLearnedFromSpeaksNext) {
  // علمت الصحيفة من X أن ...: X speaks (the paper relays it), X is the
  // subject of the verbs after it, and المصادر names it again.
  auto r = Resolved(
      "وعلمت \"الجريدة\" من مصادر مطلعة أن الوزارة ستعلن القرار.\n"
      "وقالت إن اللجنة أنهت عملها.\nوأضافت المصادر أن التنفيذ قريب.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0], "مصادر مطلعة");
  EXPECT_EQ(r[1], "مصادر مطلعة");
  EXPECT_EQ(r[2], "مصادر مطلعة");
}

TEST(EntityTrackerTest, TheSideOfAnAppositionThatIsNoRoleNamesThePerson) {
  // Names the dictionary cannot tell (no given name), before or after the
  // role: the implicit subject takes the name, not the role.
  auto r = Resolved(
      "وقال سكوت بول، مدير رابطة المصنعين، إن الطلب تراجع. "
      "وأضاف أن الأجور ارتفعت.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سكوت بول");
  r = Resolved(
      "وقال العميل الخاص في المكتب الاتحادي، ديف رينولد، إن التحقيق مستمر. "
      "وأضاف أن الأدلة كثيرة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "ديف رينولد");
}

TEST(EntityTrackerTest, AnAdjectiveOfTitlesRightAfterAGivenNameIsTheFamilyName) {
  // الجديد is "new" after a title (المدير الجديد), a family name after ماهر.
  auto r = Resolved("وزار الدكتور ماهر الجديد المعرض أمس. وأضاف أن البعثة تضم نخبة من المدربين.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "ماهر الجديد");
}

TEST(EntityTrackerTest, ADocumentNamedBeforeIsTheSourceOfItsShortForm) {
  // الدراسة is the study named in the sentence before, not the issuer of
  // the statement before that.
  auto r = Resolved(
      "أصدر البنك المركزي بيانا أمس. وذكرت دراسة حديثة أن الأسعار ارتفعت. "
      "وأضافت الدراسة أن الأجور تراجعت.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "دراسة حديثة");
}

TEST(EntityTrackerTest, ANameAfterAVerbalNounWithAPrepositionIsNotTheSpeaker) {
  // The government speaks, not the man who heads it (قالت is feminine).
  auto r = Resolved(
      "أعلنت الحكومة المؤقتة برئاسة سالم العلي أن الاتفاق خطوة مهمة. وقالت إن الحوار سيستمر.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "الحكومة المؤقتة برئاسة سالم العلي");
}

TEST(EntityTrackerTest, TheFullestFormOfANameInTheDocumentIsGiven) {
  // The full name stands in a prepositional phrase, the short one speaks.
  auto r = Resolved(
      "تغادر البعثة برئاسة الدكتور سامر بن سعد الجديد للمشاركة في الدورة. ووصف الدكتور سامر الجديد "
      "المشاركة بالأمر الكبير. وأضاف أن البعثة جاهزة.");
  // (ووصف ... المشاركة بالأمر الكبير is a report of its own, with the
  // short name as its speaker.)
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامر بن سعد الجديد");
  // Another man with the same first and last names is not a longer form.
  r = Resolved(
      "استقبل الأمير فيصل بن عبد الله بن عبد العزيز الوفد. وقال الأمير فيصل بن سلمان بن عبد العزيز إن "
      "الزيارة مهمة. وأضاف أن التعاون مستمر.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "فيصل بن سلمان بن عبد العزيز");
}

TEST(EntityTrackerTest, ANameGivenWithoutTheRestOfItsLineageResolvesToTheFullName) {
  // فيصل بن خالد for فيصل بن خالد بن عبدالعزيز: the full name opens with the
  // short one, word for word, and goes on with the lineage.
  auto r = Resolved(
      "وأوضح الدكتور سامي بن خالد بن عبدالله أن الحفل يبدأ مساء. وقال سامي بن خالد إن البرنامج جاهز. "
      "وأضاف أن الدعوة عامة.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1], "سامي بن خالد بن عبدالله");
  EXPECT_EQ(r[2], "سامي بن خالد بن عبدالله");
  // (Not a verb a loose name run took in after the name.)
  r = Resolved("ويرى المحلل سامي بن خالد يتوقع ارتفاع الأسعار. وقال سامي بن خالد إن السوق مستقرة. وأضاف أن الطلب قوي.");
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r.back(), "سامي بن خالد");
}

TEST(EntityTrackerTest, ABodyNamedAgainByItsFirstWordsIsTheFullerPhrase) {
  // هيئة المياه for هيئة المياه الوطنية: the noun in the construct state and
  // its genitive again name the body named in full before.
  auto r = Resolved(
      "وقالت هيئة المياه الوطنية إن الضخ توقف. وقالت هيئة المياه إن الإصلاح يستغرق يومين. وأضافت أن "
      "الخزانات ممتلئة.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1], "هيئة المياه الوطنية");
  EXPECT_EQ(r[2], "هيئة المياه الوطنية");
  // (Another body with the same head is not a short form of it.)
  r = Resolved("وقالت هيئة المياه الوطنية إن الضخ توقف. وقالت هيئة الطرق إن الجسر مغلق.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "هيئة الطرق");
}

TEST(EntityTrackerTest, ABareShortNameResolvesToTheFullNameAndATitledMentionIsCopied) {
  auto r = Resolved(
      "لم يفقد عبد العزيز بن حمد الحربي الأمل في علاج ابنه. وقال عبد العزيز الحربي إن الأطباء وعدوه "
      "بالمساعدة. وأضاف أن العلاج في الخارج.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "عبد العزيز بن حمد الحربي");
  EXPECT_EQ(r[1], "عبد العزيز بن حمد الحربي");
  r = Resolved("وصل الدكتور سامر بن سعد الجديد أمس. وقال الدكتور سامر الجديد إن البعثة جاهزة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "الدكتور سامر الجديد");
}

TEST(EntityTrackerTest, ANameInsideABodysPhraseIsNotTheBodys) {
  // قناة الفجر الموالية للرئيس السابق فلان: the name after the preposition
  // is another's; القناة later is the channel, not the president.
  auto r = Resolved(
      "أكدت قناة الفجر الموالية للرئيس السابق سالم العتيبي تعرض مكتبها لهجوم. "
      "ودانت القناة عملية الاقتحام.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "قناة الفجر الموالية للرئيس السابق سالم العتيبي");
}

TEST(EntityTrackerTest, ATitledNameInABodysOwnNameIsTheBodys) {
  // مؤسسة جسر الملك فهد: the king's name is part of the body's name;
  // المؤسسة later is the body, not the king.
  auto r = Resolved(
      "وقالت مؤسسة جسر الملك فهد إن الخدمة عادت. وأضافت المؤسسة أن المسافرين عبروا.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "مؤسسة جسر الملك فهد");
}

TEST(EntityTrackerTest, ANameBetweenCommasIsAPersonTheSurnameLaterNames) {
  // نائب الرئيس، سعد الحارثي،: a name in apposition after a comma is a
  // person of the text; الحارثي later is that person.
  auto r = Resolved("رئيس اللجنة بجانبه نائب الرئيس، سعد الحارثي، في الملعب. وقال الحارثي إن الحكام تحسنوا.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سعد الحارثي");
  r = Resolved("ووصل إلى الملعب نائب الرئيس، سعد الحارثي، لمتابعة المباراة. وقال الحارثي إن الحكام تحسنوا.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سعد الحارثي");
}

TEST(EntityTrackerTest, AShorterRoleNamesThePersonWhoseRoleHasItsWords) {
  // وزير المالية for وزير المالية السعودي فلان، رئيس اللجنة for فلان رئيس
  // اللجنة التنفيذية: the role again, shorter, is the same person.
  auto r = Resolved(
      "افتتح وزير المالية السعودي إبراهيم الخالد المعرض أمس. ولفت وزير المالية إلى أن الإقبال كبير.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "إبراهيم الخالد");
  // (A phrase with a given name in it, العقيد طارق, is no role: it does
  // not name سالم الحربي.)
  r = Resolved("زار مدير الشرطة العقيد سالم الحربي الموقع. وقال العقيد طارق إن العمل مستمر.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_NE(r[0], "سالم الحربي");
}

TEST(EntityTrackerTest, ANameOpensWithTheWordBeforeBin) {
  // A given name after بن is the father's: the person's own name, one the
  // list of given names lacks, is the word before it.
  auto r = Resolved(
      "وأوضح المتحدث الرسمي العقيد دكتور ماجي بن صالح الغامدي أن الطريق مفتوح. "
      "وأضاف أن الدوريات منتشرة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "ماجي بن صالح الغامدي");
}

TEST(EntityTrackerTest, TheSubjectAfterSeveralFrontedPhrasesIsACandidate) {
  // وأمس، في مقابلة تلفزيونية، دافع X ...: the verb and its subject come
  // after two fronted phrases; X is who speaks in the next sentence.
  auto r = Resolved(
      "وأمس، في مقابلة تلفزيونية، دافع الوزير سالم الحربي عن القرار. وقال: «القرار صائب».");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سالم الحربي");
}

TEST(EntityTrackerTest, ACompoundGivenNameWithAlDinKeepsItsSurname) {
  // عز الدين as عبد الله: الدين is the second half of the given name, no
  // surname; the family name after it belongs to the name, and the
  // surname alone later names the whole.
  auto r = Resolved(
      "وقال وزير النقل عز الدين الحارثي إن الطريق سيفتتح قريبا. "
      "وأضاف الحارثي أن العمل مستمر.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "عز الدين الحارثي");
  // (Not after a plural noun: رجال الدين are clerics.)
  r = Resolved("وقال رجال الدين إن الصلاة تقام في موعدها.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "رجال الدين");
}

TEST(EntityTrackerTest, ANameBetweenTwoDefiniteRolesIsThePersons) {
  // A foreign name the dictionary reads as words, between its role and a
  // second definite role: the name alone resolves the implicit subject.
  auto r = Resolved(
      "وقالت المفوضة ماريان تايسن المكلفة بملف التوظيف إن البطالة مقلقة. "
      "وأشارت إلى أن الوضع يتحسن.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "ماريان تايسن");
}

TEST(EntityTrackerTest, ADocumentResolvesToTheIssuerItsRelativeClauseNames) {
  // التقرير (الـ5) الذي أصدرته X: the document stands for its issuer, and
  // so do the participles after it; a relative clause of relaying names
  // no issuer.
  auto r = Resolved(
      "وكشف التقرير الـ5 الذي أصدرته هيئة الإحصاء أن البطالة تراجعت، مؤكدا أن الأجور ارتفعت.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "هيئة الإحصاء");
  EXPECT_EQ(r[1], "هيئة الإحصاء");
  r = Resolved("وارتفعت المبيعات بنسبة 3 في المئة، بحسب البيان الذي نقلته وكالة الأنباء.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "البيان");
}

TEST(EntityTrackerTest, AnHonorificBeforeAShortRoleNamesThePersonOfTheRole) {
  // سمو أمير منطقة X: the honorific is not in the role after the name; the
  // role still names the prince.
  auto r = Resolved(
      "وقال الأمير سلطان بن ماجد، أمير منطقة تبوك، إن المعرض ناجح. "
      "وأكد سمو أمير منطقة تبوك أن المعرض يستمر أسبوعا.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سلطان بن ماجد");
}

TEST(EntityTrackerTest, AForeignFamilyNameAloneResolvesToTheNameWrittenBeforeIt) {
  // The article names the coach in full once, as the object of a verb, then
  // by the family name; the given names are words the dictionary does not
  // know, and a middle name it reads as a word stands between two of them.
  auto r = Resolved(
      "عين النادي المدرب روبرتو ماريا مارتينيز أمس. وقال مارتينيز إن الفريق جاهز، "
      "مشيرا إلى أن الموسم صعب. وأضاف أن اللاعبين في حالة جيدة.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0], "روبرتو ماريا مارتينيز");
  EXPECT_EQ(r[1], "روبرتو ماريا مارتينيز");
  EXPECT_EQ(r[2], "روبرتو ماريا مارتينيز");
  // A country the dictionary lists before the given name is no part of it.
  r = Resolved("التقى رئيس وزراء بريطانيا ديفيد كاميرون الوفد أمس. وقال كاميرون إن اللقاء مثمر.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "ديفيد كاميرون");
}

TEST(EntityTrackerTest, AForeignGivenNameTheDictionaryReadsAsAWordOpensTheFullName) {
  // جون and إليزابيث are words to the dictionary (a bay, a noun); as given
  // names of the lexicon they open the name the family name (a word too:
  // وارد، ساهر، شاكر) stands for.
  auto r = Resolved("وطلب الرئيس من وزير الخارجية، جون وارد، متابعة الملف. وقال وارد إن الزيارة ناجحة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "جون وارد");
  r = Resolved("ويقول بول ساهر، مبتكر البرنامج، إن الفكرة بسيطة. وأضاف ساهر أن النظام دقيق.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "بول ساهر");
  r = Resolved("وقالت إليزابيث شاكر لقناة محلية إن ابنها بخير. وأضافت شاكر أنها خافت عليه.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "إليزابيث شاكر");
  r = Resolved("وأدان رئيس الوزراء بنيامين ساهر القرار. وقال ساهر إن الاتفاق سيئ.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "بنيامين ساهر");
}

TEST(EntityTrackerTest, AGivenNameWrittenWithABareAlefIsNoDefiniteNoun) {
  // اليزابيث، الكسندر look like the article and a word; the lexicon lists
  // them whole as given names.
  auto r = Resolved("وقالت اليزابيث شاكر لقناة محلية إن ابنها بخير. وأضافت شاكر أنها خافت عليه.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "اليزابيث شاكر");
  r = Resolved("وأعلن وزير الطاقة الكسندر ساهر خطة جديدة. وقال ساهر إن الإنتاج سيرتفع.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "الكسندر ساهر");
}

TEST(EntityTrackerTest, AGivenNameThatReadsAsAProcliticAndTheArticleIsNoDefiniteNoun) {
  // فالتر looks like ف and the article before a word (التر, the litre); the
  // lexicon lists it whole as a given name, which opens the full name.
  auto r = Resolved("وأعلن وزير الخارجية فالتر ساهر خطة جديدة. وقال ساهر إن الاتفاق قريب.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "فالتر ساهر");
}

TEST(EntityTrackerTest, ForeignGivenNamesOfTheLexiconOpenTheNameAFamilyNameStandsFor) {
  // باولا reads as ب and a word to the dictionary, دييغو is a word it does
  // not know next to a family name it knows as a word (ساهر, شاكر): the
  // lexicon's given names tell the full name.
  auto r = Resolved("وقالت الباحثة باولا شاكر لقناة محلية إن الدراسة مهمة. وأضافت شاكر أن النتائج مشجعة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "باولا شاكر");
  r = Resolved("ويقول الطبيب دييغو ساهر، مدير العيادة، إن المرضى بخير. وأضاف ساهر أن العلاج فعال.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "دييغو ساهر");
}

TEST(EntityTrackerTest, AGivenNameThatAlsoReadsAsAVerbOpensTheNameAfterACue) {
  // جانين reads as a verb too; right after a verb of saying it is the given
  // name, so the family name alone many sentences later, where no recent
  // speaker is named so, resolves to the full name.
  const std::string text =
      "وتقول جانين كرانسفيلد، المتخصصة في علم البراكين، إن الثورة كانت كبيرة. " +
      Filler(14) + "وقالت كرانسفيلد إن المعاناة طويلة. واستطردت أن الدراسة مستمرة.";
  auto r = Resolved(text);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1], "جانين كرانسفيلد");
  EXPECT_EQ(r[2], "جانين كرانسفيلد");
}

TEST(EntityTrackerTest, AFamilyNameTheDictionaryReadsAsAnAdjectiveResolvesToTheFullName) {
  // نوراني is an adjective to the dictionary; alone as the subject of a verb
  // of saying it is a family name, and the article wrote it in full after a
  // given name.
  const std::string text =
      "التقى الرئيس حسن نوراني الوفد الزائر أمس. " +
      Filler(14) + "وقال نوراني إن المحادثات مثمرة. وأضاف أن الاتفاق قريب.";
  auto r = Resolved(text);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "حسن نوراني");
}

TEST(EntityTrackerTest, AFamilyNameThatReadsAsAProcliticAndAWordResolvesToTheFullName) {
  // بوليفا reads as ب and a word to the dictionary; the given name before it
  // (إيرينا، a listed name that reads as a word with a pronoun) names her.
  const std::string text =
      "حيث قالت إيرينا بوليفا للصحافيين إن الآثار مهمة. " +
      Filler(14) + "وقالت بوليفا إن الترميم سيبدأ. وأضافت أن التمويل متوفر.";
  auto r = Resolved(text);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2], "إيرينا بوليفا");
}

TEST(EntityTrackerTest, AFamilyNameAloneFindsTheFullNameThousandsOfWordsBefore) {
  // A long feature names the man in full once near its start.
  const std::string text =
      "ويقول عمرو كرانسفيلد، المدير التنفيذي للشركة، إن السوق صعبة. " +
      Filler(300) + "ويضيف كرانسفيلد أن الطلب تراجع. ويوضح أن الأسعار مرتفعة.";
  auto r = Resolved(text);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2], "عمرو كرانسفيلد");
}

TEST(EntityTrackerTest, AProfessionBeforeAFamilyNameIsATitle) {
  // البروفسور is a title: with the family name alone it names the person
  // written in full before.
  auto r = Resolved("نشر البروفسور مارك ساهر دراسة جديدة. ويقول البروفسور ساهر إن النتائج مشجعة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "مارك ساهر");
}

TEST(EntityTrackerTest, AVerbalNounAfterAFamilyNameIsTheObjectOfTheHarvestedVerb) {
  auto r = Resolved(
      "وقبيل اجتماعه مع نظيره جون يشالون، أكد مارك ساهر أن البلدين «سيعملان معا». ونقلت عنه "
      "وكالة الأنباء قوله: «نحن شركاء».\n\nبدوره، تجنب يشالون الإشارة إلى الخلاف بين البلدين في بيانه، "
      "وقال: «بيننا مصالح مشتركة».");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2], "جون يشالون");
}

TEST(EntityTrackerTest, ANameInTheGenitiveOfTheRoleIsNotTheSpeakers) {
  // مدير مكتب الأمير فلان ... الدكتور فلان: the first name belongs to the
  // body in the role; the title and name that close the phrase are the
  // speaker's.
  auto r = Resolved(
      "وقال الأمين العام لمؤسسة الأمير خالد بن سعد للتنمية الدكتور سامي النمر إن المسابقة مفتوحة. "
      "وأضاف أن الجوائز كبيرة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامي النمر");
  // A name that opens the phrase is the speaker's, and the one in his role
  // is another's.
  r = Resolved("وقال سامي بن خالد النمر مستشار الأمير فهد بن سعد إن الموسم ناجح. وأضاف أن الزوار كثر.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامي بن خالد النمر");
}

TEST(EntityTrackerTest, ACompoundFamilyNameWithAllahClosesTheName) {
  // فلان محمد الجار الله: the definite word and الله after it are one
  // family name, which the resolved name keeps.
  auto r = Resolved("وأشاد مدير المعرض سامي محمد الجار الله بجهود المتطوعين. وأفاد أن المعرض ناجح.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامي محمد الجار الله");
}

TEST(EntityTrackerTest, AQuotedNameAfterADefiniteTitleIsThePersonsName) {
  // العقيد "فلان": the title is in apposition to the name in marks, which
  // is what an implicit subject later resolves to.
  auto r = Resolved("وأضاف العقيد \"الزهراني\" أن الطرق آمنة. وبين أن الدوريات منتشرة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "الزهراني");
  // After a title in the construct state the quoted words are the body it
  // heads, not a person's name.
  r = Resolved("وقال سامي حداد، مدير «المرصد الوطني»، إن الوضع هادئ. وأضاف أن الطرق مفتوحة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامي حداد");
}

TEST(EntityTrackerTest, AMasculineParticipleDoesNotTakeAFeminineNounAsItsSubject) {
  // مشيرا after a clause whose subject ends in ة: the participle agrees with
  // someone else, the speaker of the sentence before.
  auto r = Resolved(
      "وقال مدير الهيئة خالد العمر إن الإنفاق ارتفع. "
      "وتضاعفت قيمة الصادرات خلال العام، مشيرا إلى أن الطلب قوي.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "خالد العمر");
}

TEST(EntityTrackerTest, AClauseAfterThummaGivesItsSubjectToTheResumptiveCue) {
  // ثم ألقى X كلمة أوضح فيها أن: after ثم the word is the verb, and its
  // subject is who spoke in the speech.
  auto r = Resolved(
      "دشن الأمير خالد بن سعد المهرجان أمس. ثم ألقى مدير المهرجان سالم العمري كلمة أوضح فيها أن "
      "المهرجان يحظى بدعم كبير.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سالم العمري");
}

TEST(EntityTrackerTest, TheWriterOrIssuerOfTheStatementSpeaksInIt) {
  // The subject of a verb of writing that carries the statement as its
  // pronoun wrote it; where it was written is no part of the speaker.
  StagedDoc s("وقرأت مقالة قديمة كتبها الناقد سامر الخطيب في صحيفة الأفق يقول فيها: «النقد صعب».");
  const Mentions m(s.doc());
  std::vector<Cand> cands = Attributor(s.doc(), m).Run();
  auto r = EntityTracker(s.doc(), m).Resolve(&cands);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سامر الخطيب");
  EXPECT_EQ(s.Str(cands[0].sb, cands[0].se), "الناقد سامر الخطيب");
  // The subject of a verb of issuing whose object the statement is, after
  // a time phrase; and an accusative statement with its owner after ل.
  EXPECT_EQ(Resolved("وفي عدد الشهر الماضي نشرت مجلة الأفق تقريرا قالت فيه إن الأمطار ستزيد."),
            std::vector<std::string>{"مجلة الأفق"});
  EXPECT_EQ(Resolved("ووزعت البعثة أمس بيانا لوزير التجارة قال فيه إن الاتفاق قريب."),
            std::vector<std::string>{"وزير التجارة"});
}

TEST(EntityTrackerTest, TheAntecedentOfARelativeResolvesToThePersonsName) {
  // The relative's antecedent is the speaker, and speaker_resolved is the
  // person's name without the title, as for a repeated subject.
  StagedDoc s("ويشارك في المؤتمر المهندس سامي النمر، الذي قال إن التقنية تتطور.");
  const Mentions m(s.doc());
  std::vector<Cand> cands = Attributor(s.doc(), m).Run();
  auto r = EntityTracker(s.doc(), m).Resolve(&cands);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(s.Str(cands[0].sb, cands[0].se), "المهندس سامي النمر");
  EXPECT_EQ(r[0], "سامي النمر");
}

TEST(EntityTrackerTest, ANameInTheGenitiveOfABodysNounIsNotTheSpeaker) {
  // حكومة الرئيس فلان: the person's title is the genitive of the body's
  // noun; the government speaks, and speaks again in the next sentence.
  // An honorific before the title is the person's own (سمو الأمير فلان).
  auto r = Resolved(
      "وقالت حكومة الرئيس سامي النمر إنها مستعدة للحوار. وأضافت أن الباب مفتوح. "
      "وقال سمو الأمير خالد العلي إن الحوار مهم. وأضاف أن الوقت مناسب.");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[1], "حكومة الرئيس سامي النمر");
  EXPECT_EQ(r[3], "خالد العلي");
}

TEST(EntityTrackerTest, TheSubjectOfTheFirstVerbRunsOverThePlaceOfItsRoleToTheName) {
  // مدير ... بمحافظة ... الدكتور فلان: the place of the role comes with a
  // preposition; the title and the name after it are the subject's.
  auto r = Resolved("زار مدير الشؤون الصحية بمحافظة الخرج الدكتور سامي النمر المستشفى، وأكد أن الخدمات جيدة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سامي النمر");
}

TEST(EntityTrackerTest, APluralVerbTakesNoFeminineSingularAndASingularNoPluralNoun) {
  // وأشاروا after a study: the study is one document, the researchers who
  // ran it are the plural subject; وأكد does not stand for نجوم المسرح.
  auto r = Resolved(
      "وقال الباحثون إن النتائج مشجعة. وذكرت دراسة طبية حديثة أن نسب الشفاء ارتفعت. وأشاروا إلى أن العلاج آمن.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2], "الباحثون");
  r = Resolved("وقال المخرج سامي العلي إن العرض ناجح. وشارك نجوم المسرح في الحفل أمس. وأكد أن الجمهور كبير.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامي العلي");
}

TEST(EntityTrackerTest, GivenNamesOfTheLexiconNameTheSubjectOfAnyVerb) {
  // Given names common in the news (حماد، عايض، رقية) start a personal name,
  // so the subject of a verb that is no cue is an antecedent too.
  auto r = Resolved("وافتتح حماد النمر المعرض أمس. وأكد أن الإقبال كبير.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "حماد النمر");
  r = Resolved("وزارت رقية العلي الجناح أمس. وأكدت أن الإقبال كبير.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "رقية العلي");
}

TEST(EntityTrackerTest, ATitleBeforeANameThatOpensTheSentenceIsItsRole) {
  // الوزير فلان، وهو ...: the pronoun after the name opens what describes
  // him, and the title before the name stays his role, which a later short
  // form (الوزير اللبناني) names again.
  auto r = Resolved(
      "الوزير سامي النمر، وهو عضو في الحزب الاشتراكي، شرح للصحيفة الوضع قائلاً بأنه هادئ. "
      "وتابع الوزير النمر أن الطرق مفتوحة. ويضيف الوزير اللبناني أن التواصل مستمر.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2], "سامي النمر");
}

TEST(EntityTrackerTest, AGroupThatSpokeInThePluralIsNoSingularVerbsSubject) {
  // الباحثون أكدوا ...، وأضافت: a verb in the singular stands for one man
  // or one woman, not for the group; a plural verb still does.
  auto r = Resolved("وكان الباحثون قد أكدوا أن النتائج مشجعة. وأضافت أن العلاج آمن.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "");
  r = Resolved("وكان الباحثون قد أكدوا أن النتائج مشجعة. وأضافوا أن العلاج آمن.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "الباحثون");
}

TEST(EntityTrackerTest, AParticipleTakesTheSubjectThatStandsBeforeItsClausesVerb) {
  // لكن فلان رفض ...، مؤكدا: the participle's subject is the person before
  // the verb of its clause, not the source of the sentence before.
  auto r = Resolved("وأكدت المصادر أن الإدارة طلبت التأجيل. لكن سامي النمر رفض ذلك، مؤكدا أن الدفعة مرتبطة بالعقد.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامي النمر");
  r = Resolved("وأكدت المصادر أن الإدارة طلبت التأجيل. والمدير رفض ذلك، مؤكدا أن الدفعة مرتبطة بالعقد.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "المدير");
  // A given name the dictionary reads as a verb, with the family name
  // after it, is no verb of the title before it.
  r = Resolved("وقال المدرب إن الفوز مستحق. والرئيس السابق باراك هوليس هو أول المهنئين للفريق معتبرا أن الفوز تاريخي.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_NE(r[1], "الرئيس السابق");
}

TEST(EntityTrackerTest, TheRoleAgainWithoutTheTitleBeforeTheNameIsTheSamePerson) {
  // خادم الحرمين الشريفين الملك فلان ... وقال خادم الحرمين الشريفين: the
  // role repeated without the title that stood before the name.
  auto r = Resolved(
      "افتتح خادم الحرمين الشريفين الملك سامي بن خالد المعرض أمس. وقال خادم الحرمين الشريفين: «نحمد الله على نعمه». "
      "وأضاف: «أهنئكم بالعيد».");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "سامي بن خالد");
  EXPECT_EQ(r[1], "سامي بن خالد");
}

TEST(EntityTrackerTest, ABodyNamedWithItsClassNounIsTheSubjectOfItsVerb) {
  // The paper that published something is who speaks in the verbs after
  // it that agree; the object after its name is no part of it.
  auto r = Resolved(
      "في ذلك الوقت، نشرت صحيفة «الأيام» افتتاحية أشادت بالوزير. "
      "وقالت: «صار السبيل الوحيد هو الحوار بين الطرفين».");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "صحيفة «الأيام»");
  r = Resolved("أطلقت جمعية البر حملة لكسوة العيد. وأكدت أن الحملة تستمر أسبوعا.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "جمعية البر");
}

TEST(EntityTrackerTest, APersonOnlyNamedBeforeIsAnAntecedentOnceASubject) {
  // سامي محمد الحارثي is only named in the first sentence (the genitive of
  // تكليف); رفع الحارثي makes him a verb's subject, and the implicit subject
  // of the participle after it.
  auto r = Resolved(
      "صدرت موافقة المدير العام أمس على تكليف سامي محمد الحارثي بأعمال رئيس الهيئة العامة للإعلام. "
      "بدوره، رفع الحارثي شكره للمدير على هذه الثقة، سائلا الله أن يعينه على أداء مهامه.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سامي محمد الحارثي");
}

TEST(EntityTrackerTest, AParticleBeforeTheVerbLeavesItsSubjectAnAntecedent) {
  // وقد مثل فلان ...، حيث أكد: قد before the verb; its subject is the
  // implicit subject of the cue after it.
  auto r = Resolved(
      "وتطالب السلطات بتسليم المتهمين. وقد مثل المتهم سامي النمر أمام المحكمة في نيويورك، "
      "حيث أكد أنه غير مذنب.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "سامي النمر");
}

TEST(EntityTrackerTest, AFrontedPhraseWithoutACommaLeavesTheVerbsSubjectAnAntecedent) {
  // وفي ختام الحفل كرمت هيئة ...: the body is the verb's subject, and
  // الهيئة later is its short form.
  auto r = Resolved(
      "وفي ختام الحفل كرمت هيئة الإذاعة والتلفزيون الفائزين. "
      "واشترطت الهيئة على المنتجين أن تكون الأعمال جيدة.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "هيئة الإذاعة والتلفزيون");
}

TEST(EntityTrackerTest, ADifferentNisbaNamesAnotherBody) {
  // الصحف المغربية after الصحف الأردنية: the same head with another nisba
  // is another body, named in full; the head with the same nisba again is
  // the same one.
  auto r = Resolved(
      "ووصفت الصحف الأردنية الهجوم بأنه جبان. وقالت صحيفة الغد إن البلاد موحدة. "
      "من جهتها، أكدت الصحف المغربية إدانة الحكومة للهجوم. ورأت الصحف الأردنية أن الرد سيكون حازما.");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0], "الصحف الأردنية");
  EXPECT_EQ(r[2], "الصحف المغربية");
  EXPECT_EQ(r[3], "الصحف الأردنية");
}

TEST(EntityTrackerTest, AGivenNameAloneIsThePersonNamedInFullWithIt) {
  auto r = Resolved(
      "قال المخرج يوسف النمر إن الفيلم جاهز. ثم وصل الممثلون إلى الاستوديو. "
      "وقال يوسف إن التصوير سيبدأ غدا.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "يوسف النمر");
  // Two people with that given name: the short form names neither.
  r = Resolved(
      "قال المخرج يوسف النمر إن الفيلم جاهز. وقال المنتج يوسف الحربي إن الميزانية كافية. "
      "وقال يوسف إن التصوير سيبدأ غدا.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2], "يوسف");
  // After the vocative the name is called alone; the noun after it is no
  // family name.
  r = Resolved("فقلت له: يا يوسف الفيلم كان جيدا. وقال يوسف إن الجمهور لم يفهمه.");
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r.back(), "يوسف");
}

TEST(EntityTrackerTest, APronounWithItsEmphaticResolvesToThePerson) {
  auto r = Resolved(
      "وقع الوزير سامي النمر على الاتفاق. لكن، كما يقول هو نفسه، ما زال هناك الكثير مما يجب عمله.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سامي النمر");
}

TEST(EntityTrackerTest, ABodyNamedByItsHeadAndAdjectivesIsWhatItsHeadNamesLater) {
  // أنهى البنك الأهلي التجاري ... وأوضح البنك: the head alone is a short
  // form of the body its verb's subject named in full.
  auto r = Resolved(
      "أنهى البنك الأهلي التجاري بنجاح اليوم عملية الإصدار. وأوضح البنك في بيان أن الإصدار جاء ضمن خطته.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "البنك الأهلي التجاري");
  // (Named only so, it is no antecedent of an implicit subject.)
  r = Resolved("أنهى البنك الأهلي التجاري بنجاح اليوم عملية الإصدار. وقال إن الطلب كان كبيرا.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "");
}

TEST(EntityTrackerTest, AQuotedForeignNameAfterANisbaIsThePersonsName) {
  // محترف النادي البرازيلي «فلان علان»: the quoted name after the nisba is
  // the person's; the role before it is no part of the resolved name.
  auto r = Resolved(
      "وقال محترف النادي الجديد البرازيلي «إيلتون كرانسفيلد» إن الفريق قوي. وزاد أن المدرب ممتاز.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "إيلتون كرانسفيلد");
}

TEST(EntityTrackerTest, ANounOfKinshipDescribesThePersonBeforeItAndNamesTheOneItHeads) {
  // فلان والد اللاعب فلان: the name before the noun of kinship is the
  // speaker's; the name after it is his son's.
  auto r = Resolved(
      "وقال توفيق النمر والد سامي النمر نجم فريق الاتحاد إن ابنه بخير. وأضاف أن الأطباء طمأنوه.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "توفيق النمر");
  // والدة الطالب فلان: the phrase it heads names the mother, not the son.
  r = Resolved("وقالت والدة الطالب سامي النمر إن ابنها متفوق. وأضافت أن المدرسة لم تبلغها بشيء.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "والدة الطالب سامي النمر");
}

TEST(EntityTrackerTest, ThePronounOnAComplementizerAfterAConnectiveIsTheSpeaker) {
  // إلا أنه أكد: the token that carries the pronoun is the speaker's span
  // (as لكنه قال), resolved to the person it refers to.
  StagedDoc s("وقال المدير سامي النمر إن الشركة لا تملك معلومات، إلا أنه أكد أن الخطة مستمرة.");
  const Mentions m(s.doc());
  std::vector<Cand> cands = Attributor(s.doc(), m).Run();
  ASSERT_EQ(cands.size(), 2u);
  EXPECT_EQ(s.Str(cands[1].sb, cands[1].se), "أنه");
  const std::vector<std::string> r = EntityTracker(s.doc(), m).Resolve(&cands);
  EXPECT_EQ(r[1], "سامي النمر");
  // (Not the complementizer of a cue: وأضاف أنه عبر الحدود reports a clause.)
  EXPECT_EQ(Resolved("وأضاف سامي النمر أنه عبر الحدود إلى المدينة.").size(), 1u);
}

TEST(EntityTrackerTest, TheSpeechTakenUpIsOwnedByTheSubjectOfItsRelativeClauseAfterItsGenitive) {
  // كلمة اللجنة ألقاها فلان وتطرق فيها ...، وأكد: the speech, with its
  // genitive, was delivered by the subject of the verb that carries it as
  // a pronoun; he said what the chained verb reports.
  auto r = Resolved(
      "ثم ألقيت كلمة اللجنة ألقاها رئيس لجنة الاحتفالات الأستاذ سامي النمر وتطرق فيها إلى غرس مفهوم "
      "وطني، وأكد على التصدي لكل فكر ضال.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "سامي النمر");
}

TEST(EntityTrackerTest, AParticipleAfterAVerbThatFollowsACarrierTakesTheCarrier) {
  // لكنه سيستدرك قائلا: the conjunction carries the verb's subject as a
  // pronoun; the participle describes that subject, and the token that
  // carries it is the speaker's span.
  StagedDoc s("وأوضح المدرب سامي النمر أن الفريق جاهز. لكنه سيستدرك قائلا: «الإصابات كثيرة».");
  const Mentions m(s.doc());
  std::vector<Cand> cands = Attributor(s.doc(), m).Run();
  ASSERT_EQ(cands.size(), 2u);
  const std::vector<std::string> r = EntityTracker(s.doc(), m).Resolve(&cands);
  EXPECT_EQ(s.Str(cands[1].sb, cands[1].se), "لكنه");
  EXPECT_EQ(r[1], "سامي النمر");
}

TEST(EntityTrackerTest, AFirstPersonVerbAfterTheFirstVerbIsNoSubject) {
  // ونهضت أحاول دخول حجرتي، قائلا: the narrator's next act, a verb in the
  // first person, is no noun phrase; the participle's subject is left empty.
  auto r = Resolved("ونهضت أحاول دخول حجرتي، قائلا: «انتظر قليلا».");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "");
}

TEST(EntityTrackerTest, AVerbAfterHaythOpensTheClauseWhoseSubjectTheMasdarTakes) {
  // حيث علق فلان ... بقوله: after حيث a word that also reads as a noun is
  // the verb; its subject, a person with a role, and a name that opens
  // with ب, is the speaker of the verbal noun.
  StagedDoc s("دخلت البلدة موسوعة الأرقام. حيث علق بنكروفت هاملز رئيس البلدية على الإنجاز بقوله «إنه يوم كبير».");
  const Mentions m(s.doc());
  std::vector<Cand> cands = Attributor(s.doc(), m).Run();
  ASSERT_EQ(cands.size(), 1u);
  const std::vector<std::string> r = EntityTracker(s.doc(), m).Resolve(&cands);
  EXPECT_EQ(s.Str(cands[0].sb, cands[0].se), "بنكروفت هاملز رئيس البلدية");
}

TEST(EntityTrackerTest, TheOwnerOfTheStatementTakenUpComesBeforeAnEarlierSpeaker) {
  // أشارت الصحيفة إلى تصريحات للسيدة فلانة، قالت فيها: the statement's
  // owner, named with ل, said it, not the paper of the earlier quote.
  StagedDoc s("وأشارت الصحيفة إلى تصريحات للسيدة الأولى السابقة سارة النمر، قالت فيها إن العائلات قليلة.");
  const Mentions m(s.doc());
  std::vector<Cand> cands = Attributor(s.doc(), m).Run();
  ASSERT_EQ(cands.size(), 2u);
  const std::vector<std::string> r = EntityTracker(s.doc(), m).Resolve(&cands);
  EXPECT_EQ(r[1], "سارة النمر");
}

TEST(EntityTrackerTest, AGroupNamedByAQuantifierIsNoAntecedentOfASingularVerb) {
  // يتوقع الكثير من الناس أن ... وقال: the verb agrees with the quantifier,
  // but the phrase names a group; a singular verb later is not its.
  auto r = Resolved("ويتوقع الكثير من المواطنين أن تنخفض الأسعار. وقال: «الوضع سيتحسن».");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "الكثير من المواطنين");
  EXPECT_EQ(r[1], "");
}

TEST(EntityTrackerTest, TheSpeakersOwnDocumentStandsForItsIssuerLater) {
  // ولفتت الهيئة في تقريرها ...، وأشار التقرير: the document the speaker
  // named as its own (its noun with the possessive) is the speaker later.
  auto r = Resolved("ولفتت هيئة السياحة في تقريرها الأخير إلى أن الزوار زادوا. وأشار التقرير إلى أن الفنادق امتلأت.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "هيئة السياحة");
  r = Resolved("وقال المعهد في دراسته إن الإضرابات زادت. وأضافت الدراسة أن الخسائر كبيرة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "المعهد");
}

TEST(EntityTrackerTest, AFamilyNameAloneTakesTheFullNameOverAMiddleInitial) {
  // لورا إيه. فلان ... وأضافت فلان: the initial with its period stands
  // between the given name and the family name of the full name.
  auto r = Resolved("وقالت ماريان جيه. كرانسفيلد، الباحثة في الجامعة، إن الدراسة مهمة. وأضافت كرانسفيلد أن النتائج واضحة.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1], "ماريان جيه. كرانسفيلد");
}

TEST(EntityTrackerTest, ANameAfterLakinOpensItsClauseAndIsCurrentAgain) {
  // لكن فلان، الذي ...، تحرك ... وقال: the name before its verb, after لكن,
  // makes the person the most recent antecedent again, paragraphs after
  // he last spoke.
  auto r = Resolved(
      "وصرح المرشد سامي كرانسفيلد بأن الاتفاق لا يشير إلى تحول.\n\n"
      "وأقيمت احتفالات في شوارع المدينة حيث يتوقع الكثير من السكان أن تتحسن حياتهم.\n\n"
      "لكن كرانسفيلد الذي يملك القول الفصل، تحرك لتبديد أي تكهنات. وقال في خطبة العيد أمس: «لا نتفاوض».");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2], "سامي كرانسفيلد");
}

}  // namespace
}  // namespace dhad::internal
