#include "analysis/number_parser.h"

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/normalizer.h"
#include "analysis/text.h"
#include "gtest/gtest.h"

namespace dhad {
namespace {

// One expected mention: the text of its span in the input, its value (NaN
// for none), kind, and bounds when given.
struct Want {
  std::string text;
  double value;
  NumberKind kind = NumberKind::kCardinal;
  bool approximate = false;
  std::optional<double> min = std::nullopt;
  std::optional<double> max = std::nullopt;
  bool min_inclusive = false;
  bool max_inclusive = false;
};

struct Case {
  const char* input;
  std::vector<Want> want;
};

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
constexpr NumberKind kCard = NumberKind::kCardinal;
constexpr NumberKind kOrd = NumberKind::kOrdinal;
constexpr NumberKind kFrac = NumberKind::kFraction;
constexpr NumberKind kPct = NumberKind::kPercent;

class NumberParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    normalizer_ = Normalizer::Create()->release();
    absl::StatusOr<std::unique_ptr<const NumberParser>> p =
        NumberParser::Create(*normalizer_);
    ASSERT_TRUE(p.ok()) << p.status();
    parser_ = p->release();
  }

  // Parses `input` through the real Text (normalized view when the
  // normalizer is available).
  static std::vector<NumberMention> Parse(absl::string_view input,
                                          bool* identity = nullptr) {
    absl::StatusOr<Text> t = Text::Create(input, *normalizer_);
    EXPECT_TRUE(t.ok()) << t.status();
    if (!t.ok()) return {};
    if (identity != nullptr) *identity = t->identity();
    absl::StatusOr<std::vector<NumberMention>> r = parser_->Parse(*t);
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? *r : std::vector<NumberMention>();
  }

  static void Check(const Case& c) {
    SCOPED_TRACE(c.input);
    std::string input = c.input;
    std::vector<NumberMention> got = Parse(input);
    std::string listing;
    for (const NumberMention& m : got) {
      listing += "[" + input.substr(m.span.begin, m.span.size()) + "=" +
                 (m.value ? std::to_string(*m.value) : "none") + "] ";
    }
    ASSERT_EQ(got.size(), c.want.size()) << listing;
    for (size_t i = 0; i < got.size(); ++i) {
      const NumberMention& m = got[i];
      const Want& w = c.want[i];
      SCOPED_TRACE(w.text);
      ASSERT_GE(m.span.begin, 0);
      ASSERT_LE(m.span.end, static_cast<int32_t>(input.size()));
      EXPECT_EQ(input.substr(m.span.begin, m.span.size()), w.text) << listing;
      if (std::isnan(w.value)) {
        EXPECT_FALSE(m.value.has_value());
      } else {
        ASSERT_TRUE(m.value.has_value());
        EXPECT_NEAR(*m.value, w.value, std::abs(w.value) * 1e-12 + 1e-12);
      }
      EXPECT_EQ(m.kind, w.kind);
      EXPECT_EQ(m.approximate, w.approximate);
      EXPECT_EQ(m.min.has_value(), w.min.has_value());
      if (m.min && w.min) {
        EXPECT_DOUBLE_EQ(*m.min, *w.min);
        EXPECT_EQ(m.min_inclusive, w.min_inclusive);
      }
      EXPECT_EQ(m.max.has_value(), w.max.has_value());
      if (m.max && w.max) {
        EXPECT_DOUBLE_EQ(*m.max, *w.max);
        EXPECT_EQ(m.max_inclusive, w.max_inclusive);
      }
    }
  }

  static void CheckAll(const std::vector<Case>& cases) {
    for (const Case& c : cases) Check(c);
  }

  static const Normalizer* normalizer_;
  static const NumberParser* parser_;
};

const Normalizer* NumberParserTest::normalizer_ = nullptr;
const NumberParser* NumberParserTest::parser_ = nullptr;

TEST_F(NumberParserTest, DigitsOfEveryScript) {
  CheckAll({
      {"وصل القطار بعد 45 دقيقة", {{"45", 45}}},
      {"اشترى ٣٧ كتابا", {{"٣٧", 37}}},
      {"دفع ۲۵۰ تومان", {{"۲۵۰", 250}}},
      {"لا شيء هنا", {}},
      {"", {}},
  });
}

TEST_F(NumberParserTest, DigitSeparatorsByGroups) {
  CheckAll({
      {"نما الاقتصاد 3,7 في الربيع", {{"3,7", 3.7}}},
      {"يسكن البلدة 2,345,678 شخصا", {{"2,345,678", 2345678}}},
      {"كلفت 1,250 دينارا", {{"1,250", 1250}}},
      {"الوزن ٠,٠٥ كيلو", {{"٠,٠٥", 0.05}}},
      {"الطول ١٢٫٧٥ مترا", {{"١٢٫٧٥", 12.75}}},
      {"السكان ٤٬٥٠٠٬٠٠٠ نسمة", {{"٤٬٥٠٠٬٠٠٠", 4500000}}},
      {"الرصيد 3.450.000 ليرة", {{"3.450.000", 3450000}}},
      {"السعر 7.5 دولار", {{"7.5", 7.5}}},
      {"المبلغ 1,234.5 فقط", {{"1,234.5", 1234.5}}},
      // An address is four integers, not one number.
      {"الخادم 10.0.12.7 متوقف", {{"10", 10}, {"0", 0}, {"12", 12}, {"7", 7}}},
      // The sentence's full stop is not a decimal point.
      {"عاد بعد 12.", {{"12", 12}}},
      // Sentence ends and line breaks do not stop the parse of what follows.
      {"وصل 5. ثم 6! ثم ٧؟ ثم\nثمانية", {{"5", 5}, {"6", 6}, {"٧", 7}, {"ثمانية", 8}}},
  });
}

TEST_F(NumberParserTest, DigitsGluedToLetters) {
  CheckAll({
      // ال/الـ before digits is outside the span; after a definite noun the
      // number is an ordinal.
      {"افتتحت النسخة الـ31 للمعرض", {{"31", 31, kOrd}}},
      {"جرى سباق الـ400 متر", {{"400", 400}}},
      // After a plural noun the digits count: a cardinal.
      {"خلال الأيام الـ10 الأخيرة", {{"10", 10}}},
      {"بين 4 و9 أيام",
       {{"بين 4 و9", kNone, kCard, false, 4, 9, true, true}, {"4", 4}, {"9", 9}}},
      {"صرف بـ20 دينارا", {{"20", 20}}},
      // Digits glued to a unit or a name are not reported.
      {"شربت 250مل من الماء", {}},
      {"أصيب بفيروس كورونا-19 والطائرة F35", {}},
  });
}

TEST_F(NumberParserTest, SignedDigits) {
  CheckAll({
      {"انخفضت الحرارة إلى -7 درجات", {{"-7", -7}}},
      {"سجلت النتيجة 3-1 لصالحنا", {{"3", 3}, {"1", 1}}},
      {"تعادلا ٠-٠ في الشوط الأول", {{"٠", 0}, {"٠", 0}, {"الأول", 1, kOrd}}},
      {"بلغت الحرارة سالب ثلاثة", {{"سالب ثلاثة", -3}}},
  });
}

TEST_F(NumberParserTest, UnitsTeensAndTensInBothGenders) {
  CheckAll({
      {"زرع سبعة أشجار وسبع نخلات", {{"سبعة", 7}, {"سبع", 7}}},
      {"في الصف ثمانية طلاب وثماني طالبات", {{"ثمانية", 8}, {"ثماني", 8}}},
      {"عاد أحد عشر جنديا وإحدى عشرة مجندة", {{"أحد عشر", 11}, {"إحدى عشرة", 11}}},
      {"اشترى اثني عشر قلما", {{"اثني عشر", 12}}},
      {"مر سبعة عشر يوما", {{"سبعة عشر", 17}}},
      {"بلغ عمره ستين عاما وعمرها ستون", {{"ستين", 60}, {"ستون", 60}}},
      {"فاز بتسعة وثمانين صوتا", {{"تسعة وثمانين", 89}}},
      {"وصلت واحدة وثلاثون رسالة", {{"واحدة وثلاثون", 31}}},
      {"كتب ثلاث و أربعين صفحة", {{"ثلاث و أربعين", 43}}},
      {"لم يبق إلا صفر", {{"صفر", 0}}},
  });
}

TEST_F(NumberParserTest, HundredsJoinedApartAndBothSpellings) {
  CheckAll({
      {"قطع أربعمئة كيلومتر", {{"أربعمئة", 400}}},
      {"قطع أربعمائة كيلومتر", {{"أربعمائة", 400}}},
      {"قطع أربع مئة كيلومتر", {{"أربع مئة", 400}}},
      {"قطع سبع مائة وعشرة كيلومترات", {{"سبع مائة وعشرة", 710}}},
      {"دفع مئتي دينار ومائتين أخرى", {{"مئتي", 200}, {"مائتين", 200}}},
      {"يضم المجلس مائة وثلاثة عشر عضوا", {{"مائة وثلاثة عشر", 113}}},
      {"استقبل المستشفى تسعمئة وتسعة وتسعين مريضا", {{"تسعمئة وتسعة وتسعين", 999}}},
  });
}

TEST_F(NumberParserTest, ScalesDualsAndPlurals) {
  CheckAll({
      {"تكلف الجسر ألف دينار", {{"ألف", 1000}}},
      {"جمع ألفين وثلاثمئة توقيع", {{"ألفين وثلاثمئة", 2300}}},
      {"باع ثلاثة آلاف نسخة", {{"ثلاثة آلاف", 3000}}},
      {"صوّت خمسة عشر ألفا", {{"خمسة عشر ألفا", 15000}}},
      {"رصدت الخطة مليونين للبناء", {{"مليونين", 2000000}}},
      {"بلغت الديون سبعة ملايين وخمسمئة ألف", {{"سبعة ملايين وخمسمئة ألف", 7500000}}},
      {"أنفقت الحكومة مليارين ونصف", {{"مليارين ونصف", 2500000000}}},
      {"قدر الاحتياطي بأربعة تريليونات", {{"أربعة تريليونات", 4e12}}},
      {"دفع مليونا ومئتين وخمسين ألفا", {{"مليونا ومئتين وخمسين ألفا", 1250000}}},
      {"تجاوز العدد مئة وعشرين ألفا", {{"مئة وعشرين ألفا", 120000}}},
      // و before a smaller scale adds; a larger one cannot follow.
      {"خصص مليارا وثلاثمئة مليون", {{"مليارا وثلاثمئة مليون", 1300000000}}},
      // ألفا before a noun is the construct dual.
      {"دفع ألفا دينار", {{"ألفا", 2000}}},
  });
}

TEST_F(NumberParserTest, DigitsTimesAScale) {
  CheckAll({
      {"استثمرت 4 مليارات في الطاقة", {{"4 مليارات", 4e9}}},
      {"بلغت الخسائر 2,5 مليون", {{"2,5 مليون", 2500000}}},
      {"جمعت ١٫٢ مليار دولار", {{"١٫٢ مليار", 1200000000}}},
      {"يعمل بالشركة ٧٥٠ ألف موظف", {{"٧٥٠ ألف", 750000}}},
      {"وصل 12 مليون و400 ألف زائر", {{"12 مليون و400 ألف", 12400000}}},
  });
}

TEST_F(NumberParserTest, Ordinals) {
  CheckAll({
      {"فاز بالجائزة الأولى والمركز الأول", {{"الأولى", 1, kOrd}, {"الأول", 1, kOrd}}},
      {"هذه الدورة السابعة للمهرجان", {{"السابعة", 7, kOrd}}},
      {"وصل العداء العاشر", {{"العاشر", 10, kOrd}}},
      {"الطابق الحادي عشر والغرفة الحادية عشرة",
       {{"الحادي عشر", 11, kOrd}, {"الحادية عشرة", 11, kOrd}}},
      {"الدور الثاني عشر", {{"الثاني عشر", 12, kOrd}}},
      {"اللقاء الرابع والثلاثون", {{"الرابع والثلاثون", 34, kOrd}}},
      {"الجلسة التاسعة والتسعين", {{"التاسعة والتسعين", 99, kOrd}}},
      {"المؤتمر الحادي والعشرون", {{"الحادي والعشرون", 21, kOrd}}},
      {"الاحتفال بالعيد الستين للاستقلال", {{"الستين", 60, kOrd}}},
      // After a plural noun ال + a ten is a cardinal.
      {"خلال السنوات الأربعين الماضية", {{"الأربعين", 40}}},
      // ال + a cardinal unit is a cardinal.
      {"عاد اللاعبون الخمسة", {{"الخمسة", 5}}},
      // A bare masculine ordinal (ثالث أكبر) counts; a bare feminine one
      // (ثانية = a second) does not.
      {"ثالث أكبر ميناء", {{"ثالث", 3, kOrd}}},
      {"انتظر ثانية واحدة", {{"واحدة", 1}}},
  });
}

TEST_F(NumberParserTest, Fractions) {
  CheckAll({
      {"أنفق نصف راتبه", {{"نصف", 0.5, kFrac}}},
      {"اقتطع ثلث المساحة", {{"ثلث", 1.0 / 3, kFrac}}},
      {"مضى ربع ساعة", {{"ربع", 0.25, kFrac}}},
      {"حصد خمس الأصوات", {{"خمس", 0.2, kFrac}}},
      {"زار خمس مدن", {{"خمس", 5}}},
      {"وزع سبعة أثمان الحصة", {{"سبعة أثمان", 0.875, kFrac}}},
      {"صوّت ثلثا النواب", {{"ثلثا", 2.0 / 3, kFrac}}},
      {"عاش نصف مليون لاجئ", {{"نصف مليون", 500000}}},
      {"انتظرنا أربع ساعات ونصفا", {{"أربع ساعات ونصفا", 4.5}}},
      {"ركض ستة ونصف كيلومتر", {{"ستة ونصف", 6.5}}},
      {"امتلأ ٣/٤ الخزان", {{"٣/٤", 0.75, kFrac}}},
      // ثمن is a price, not an eighth.
      {"ارتفع ثمن القمح", {}},
  });
}

TEST_F(NumberParserTest, Percentages) {
  CheckAll({
      {"ارتفعت الأسعار 12%", {{"12%", 12, kPct}}},
      {"ارتفعت الأسعار ١٢٪", {{"١٢٪", 12, kPct}}},
      {"ارتفعت الأسعار ٪١٢", {{"٪١٢", 12, kPct}}},
      {"ارتفعت الأسعار 7 %", {{"7 %", 7, kPct}}},
      {"تراجعت الصادرات 6,5 بالمئة", {{"6,5 بالمئة", 6.5, kPct}}},
      {"تراجعت الصادرات ستة بالمائة", {{"ستة بالمائة", 6, kPct}}},
      {"نجح ثمانون في المئة من الطلاب", {{"ثمانون في المئة", 80, kPct}}},
      {"نجح 80 في المائة من الطلاب", {{"80 في المائة", 80, kPct}}},
      {"ارتفع الإنتاج بنسبة 15 خلال العام", {{"15", 15, kPct}}},
  });
}

TEST_F(NumberParserTest, ApproximationsAndBounds) {
  CheckAll({
      {"حضر نحو مئتي شخص", {{"نحو مئتي", 200, kCard, true}}},
      {"قطع حوالي 40 كيلومترا", {{"حوالي 40", 40, kCard, true}}},
      {"استمر قرابة ثلاثة أشهر", {{"قرابة ثلاثة", 3, kCard, true}}},
      {"نزح ما يقارب مليون شخص", {{"ما يقارب مليون", 1e6, kCard, true}}},
      {"بلغ زهاء ٤٠٠ ألف", {{"زهاء ٤٠٠ ألف", 400000, kCard, true}}},
      {"يعمل فيها 600 شخص تقريبا", {{"600", 600, kCard, true}}},
      // The proclitic on the approximator stays outside.
      {"قدرت الخسائر بنحو عشرين مليونا", {{"نحو عشرين مليونا", 2e7, kCard, true}}},
      {"شارك أكثر من ألف متطوع",
       {{"أكثر من ألف", 1000, kCard, true, 1000, std::nullopt, false, false}}},
      {"حضر أقل من عشرة",
       {{"أقل من عشرة", 10, kCard, true, std::nullopt, 10, false, false}}},
      {"قتل ما لا يقل عن سبعة",
       {{"ما لا يقل عن سبعة", 7, kCard, true, 7, std::nullopt, true, false}}},
      {"سجل ما يزيد على 90 إصابة",
       {{"ما يزيد على 90", 90, kCard, true, 90, std::nullopt, false, false}}},
      {"عدد لا يتجاوز 25 شخصا",
       {{"لا يتجاوز 25", 25, kCard, true, std::nullopt, 25, false, true}}},
      {"نجا 40 راكبا على الأقل",
       {{"40", 40, kCard, true, 40, std::nullopt, true, false}}},
  });
}

TEST_F(NumberParserTest, Ranges) {
  CheckAll({
      {"تراوح العمر بين 18 و25 سنة",
       {{"بين 18 و25", kNone, kCard, false, 18, 25, true, true}, {"18", 18}, {"25", 25}}},
      {"ارتفع المؤشر من 3 إلى 8 بالمئة",
       {{"من 3 إلى 8 بالمئة", kNone, kPct, false, 3, 8, true, true},
        {"3", 3, kPct},
        {"8 بالمئة", 8, kPct}}},
      {"نما ما بين 1 و2 في المئة",
       {{"ما بين 1 و2 في المئة", kNone, kPct, false, 1, 2, true, true},
        {"1", 1, kPct},
        {"2 في المئة", 2, kPct}}},
      {"ينتظر من خمسة إلى سبعة أيام",
       {{"من خمسة إلى سبعة", kNone, kCard, false, 5, 7, true, true},
        {"خمسة", 5},
        {"سبعة", 7}}},
      {"يحتاج من 4 إلى 6 ملايين دولار",
       {{"من 4 إلى 6 ملايين", kNone, kCard, false, 4e6, 6e6, true, true},
        {"4", 4e6},
        {"6 ملايين", 6e6}}},
      {"في الفترة 1998-2004",
       {{"1998-2004", kNone, kCard, false, 1998, 2004, true, true},
        {"1998", 1998},
        {"2004", 2004}}},
      // Not ranges: a bigger first number, and "من" without "إلى".
      {"من 9 إلى 4", {{"9", 9}, {"4", 4}}},
      {"واحد من 10", {{"واحد", 1}, {"10", 10}}},
  });
}

TEST_F(NumberParserTest, VagueQuantities) {
  CheckAll({
      {"تجمع عشرات المتظاهرين", {{"عشرات", kNone, kCard, true, 30, 99, true, true}}},
      {"فر مئات العائلات", {{"مئات", kNone, kCard, true, 300, 999, true, true}}},
      {"خرج الآلاف إلى الشوارع",
       {{"الآلاف", kNone, kCard, true, 3000, 9999, true, true}}},
      {"شاهده ملايين المشاهدين",
       {{"ملايين", kNone, kCard, true, 3e6, 1e7 - 1, true, true}}},
      {"وقّع عشرات الآلاف على العريضة",
       {{"عشرات الآلاف", kNone, kCard, true, 30000, 99999, true, true}}},
      {"أنفقت مئات الملايين",
       {{"مئات الملايين", kNone, kCard, true, 3e8, 1e9 - 1, true, true}}},
      {"بقي بضعة أشخاص", {{"بضعة", kNone, kCard, true, 3, 9, true, true}}},
      {"عمل فيها عدة سنوات", {{"عدة", kNone, kCard, true, 3, 9, true, true}}},
      {"جمع بضعة آلاف", {{"بضعة آلاف", kNone, kCard, true, 3000, 9000, true, true}}},
  });
}

TEST_F(NumberParserTest, WordsThatAreNotNumbers) {
  CheckAll({
      {"غادرت البعثة مساء أمس الأول", {}},
      {"وصل يوم الأمس الأول", {}},
      {"عاد بالأمس الأول", {}},
      {"يبدأ العمل يوم الأحد ويعود الاثنين", {}},
      {"ارتفع ثمن الدواء", {}},
      {"وصلت رسالته أول أمس", {}},
      {"ارتفعت الحرارة درجة مئوية", {}},
      {"ولد في كانون الأول", {}},
      {"تأهل إلى نصف النهائي", {}},
      {"ينبعث ثاني أكسيد الكربون", {}},
      // تسع before a number is the verb "holds"; صفر between a day and a
      // year is the month Safar.
      {"قاعة تسع 800 شخص", {{"800", 800}}},
      {"في 3 صفر 1446", {{"3", 3}, {"1446", 1446}}},
      {"لست أدري متى يعود", {}},
  });
}

TEST_F(NumberParserTest, ProcliticsStayOutsideTheSpan) {
  CheckAll({
      {"فاز بثلاثة أهداف", {{"ثلاثة", 3}}},
      {"وخمسون رجلا حضروا", {{"خمسون", 50}}},
      {"للمرة الرابعة", {{"الرابعة", 4, kOrd}}},
      {"كألف فارس", {{"ألف", 1000}}},
      {"وبأكثر من مئة صوت",
       {{"أكثر من مئة", 100, kCard, true, 100, std::nullopt, false, false}}},
  });
}

TEST_F(NumberParserTest, DecimalPointWord) {
  CheckAll({
      {"سجل ثلاثة فاصلة خمسة", {{"ثلاثة فاصلة خمسة", 3.5}}},
      {"النتيجة 2 فاصلة 25", {{"2 فاصلة 25", 2.25}}},
  });
}

TEST_F(NumberParserTest, DigitGroupsHundredsAndPowers) {
  CheckAll({
      // Digits times مئة, and digits joined after hundreds.
      {"صرف 250 مائة ليرة", {{"250 مائة", 25000}}},
      {"دفع ٤ مائة و١٥ ريالا", {{"٤ مائة و١٥", 415}}},
      // Thousands grouped by spaces.
      {"يبلغ الإنتاج 2 750 000 طن", {{"2 750 000", 2750000}}},
      {"حضر 15 000 مشجع", {{"15 000", 15000}}},
      // A decimal without its zero, a mixed number, powers.
      {"الفرق .25 فقط", {{".25", 0.25}}},
      {"استهلك 3 1/2 لتر", {{"3 1/2", 3.5, kFrac}}},
      {"القيمة 6e3 تقريبا", {{"6e3", 6000, kCard, true}}},
      {"المربع 1.5^2 هنا", {{"1.5^2", 2.25}}},
      // Phone numbers are not ranges; dates are not numbers (issue 15).
      {"اتصل على +1-555-1234", {{"1", 1}, {"555", 555}, {"1234", 1234}}},
      {"بتاريخ 12/05/2020", {}},
  });
}

TEST_F(NumberParserTest, DozensNegativesAndColloquialForms) {
  CheckAll({
      {"اشترت نصف دزينة بيض", {{"نصف دزينة", 6}}},
      {"باع أربع دزينات", {{"أربع دزينات", 48}}},
      {"أصبح الرصيد ناقص عشرين", {{"ناقص عشرين", -20}}},
      {"عنده تلاتة و تلاتين سنة", {{"تلاتة و تلاتين", 33}}},
      {"عمره ستاشر سنة", {{"ستاشر", 16}}},
      {"دفع ميتين تلاتة وستين جنيه", {{"ميتين تلاتة وستين", 263}}},
      // متين is also the MSA adjective "solid".
      {"اقتصاد متين", {}},
      {"كلفت خمسمية جنيه", {{"خمسمية", 500}}},
  });
}

TEST_F(NumberParserTest, MoreOrdinalsAndTeens) {
  CheckAll({
      {"الجزء الثالث و العشرون", {{"الثالث و العشرون", 23, kOrd}}},
      {"الحلقة الثان والأربعون", {{"الثان والأربعون", 42, kOrd}}},
      {"اللاعبون الأحد عشر", {{"الأحد عشر", 11}}},
      {"السنوات الخمس المقبلة", {{"الخمس", 5}}},
      {"للمرة الأولى منذ عقد", {{"الأولى", 1, kOrd}}},
      {"لأول مرة", {{"أول", 1, kOrd}}},
      {"يبدأ في الساعة الواحدة ظهرا", {{"الواحدة", 1, kOrd}}},
      {"يعمل الفريق الواحد بجد", {}},
      {"احتفلت بالذكرى المئة", {{"المئة", 100, kOrd}}},
      {"بلغنا العام المئة والخامس والعشرين", {{"المئة والخامس والعشرين", 125, kOrd}}},
      // The era letter of a year stays glued to it.
      {"ولد عام 1950م", {{"1950", 1950}}},
  });
}

TEST_F(NumberParserTest, TwoSidedAndTrailingBounds) {
  CheckAll({
      {"عمره أكثر من 5 وأقل من 9 سنوات",
       {{"أكثر من 5 وأقل من 9", kNone, kCard, true, 5, 9, false, false}}},
      {"سعره فوق 70 وتحت 90 دينارا",
       {{"فوق 70 وتحت 90", kNone, kCard, true, 70, 90, false, false}}},
      {"يتسع المسرح 300 أو أكثر",
       {{"300 أو أكثر", 300, kCard, true, 300, std::nullopt, true, false}}},
      {"يستغرق 20 دقيقة على الأكثر",
       {{"20", 20, kCard, true, std::nullopt, 20, false, true}}},
      {"يقبل من عمره لا أقل من 40",
       {{"لا أقل من 40", 40, kCard, true, 40, std::nullopt, true, false}}},
      {"العمر أكبر من أو يساوي 18",
       {{"أكبر من أو يساوي 18", 18, kCard, true, 18, std::nullopt, true, false}}},
      {"بين عامي 2010 و2014",
       {{"بين عامي 2010 و2014", kNone, kCard, false, 2010, 2014, true, true},
        {"2010", 2010},
        {"2014", 2014}}},
      {"ارتفع بالمئة 15 فقط", {{"بالمئة 15", 15, kPct}}},
  });
}

TEST_F(NumberParserTest, FractionsWithSuffixesAndArticle) {
  CheckAll({
      {"غادر ثلثهم مبكرا", {{"ثلثهم", 1.0 / 3, kFrac}}},
      {"وزع خمسها على الفقراء", {{"خمسها", 0.2, kFrac}}},
      {"أنفق نصفها", {{"نصفها", 0.5, kFrac}}},
      {"انخفض بنحو الربع", {{"نحو الربع", 0.25, kFrac, true}}},
      // Without an approximator, الربع/النصف are not numbers.
      {"في النصف الثاني", {{"الثاني", 2, kOrd}}},
  });
}

TEST_F(NumberParserTest, SeveralIsNotAfterHim) {
  CheckAll({
      {"عاد بعده بعدة أيام", {{"عدة", kNone, kCard, true, 3, 9, true, true}}},
      {"وصلوا في آن واحد", {}},
      {"أي واحد منهم", {}},
      {"الرمز 4مليون", {}},
      // أن (that) folds like آن but does not block the count after it.
      {"أكد أن واحدا نجا", {{"واحدا", 1}}},
  });
}

TEST_F(NumberParserTest, OverflowIsDroppedNeverInfinite) {
  std::string many = "بلغ";
  for (int i = 0; i < 120; ++i) many += " ألف";
  std::vector<NumberMention> got = Parse(many);
  EXPECT_TRUE(got.empty());
  std::string digits = "الرقم " + std::string(400, '9') + " كبير";
  got = Parse(digits);
  EXPECT_TRUE(got.empty());
  // Large but finite values are kept.
  std::string fine = "بلغ ألف ألف دينار";
  got = Parse(fine);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(*got[0].value, 1e6);
  for (const NumberMention& m : Parse("ألف مليار تريليون")) {
    ASSERT_TRUE(m.value.has_value());
    EXPECT_TRUE(std::isfinite(*m.value));
  }
}

TEST_F(NumberParserTest, MentionsAreOrderedAndWithinTheText) {
  std::string text =
      "قال التقرير إن 45 ألف أسرة تلقت نحو ثلاثة ملايين دينار، وإن الربع الثالث شهد "
      "زيادة بين 2 و4 بالمئة.";
  std::vector<NumberMention> got = Parse(text);
  ASSERT_GE(got.size(), 5u);
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_LT(got[i].span.begin, got[i].span.end);
    EXPECT_LE(got[i].span.end, static_cast<int32_t>(text.size()));
    if (i > 0) {
      EXPECT_LE(got[i - 1].span.begin, got[i].span.begin);
    }
  }
}

TEST_F(NumberParserTest, FractionIdioms) {
  CheckAll({
      // A على B with whole numbers A < B, both in words or both in digits.
      {"اقتطع اثنين على خمسة من الأرباح", {{"اثنين على خمسة", 0.4, kFrac}}},
      {"النسبة 1 على 8 تقريبا", {{"1 على 8", 0.125, kFrac, true}}},
      // A score or a verb's object is not a fraction: the first is bigger,
      // or على follows a verb rather than a number.
      {"تغلب الفريق 4 على 2", {{"4", 4}, {"2", 2}}},
      {"حصلت على سبعة أصوات", {{"سبعة", 7}}},
      // واحد من B: one in B; another count before من stays two numbers.
      {"نجح واحد من أربعة متقدمين", {{"واحد من أربعة", 0.25, kFrac}}},
      {"عاد ستة من عشرين مسافرا", {{"ستة", 6}, {"عشرين", 20}}},
      {"فاز واحد من الخمسة", {{"واحد", 1}, {"الخمسة", 5}}},
      // جزء / N أجزاء من B.
      {"خصص جزءا من ألف للبحث", {{"جزءا من ألف", 0.001, kFrac}}},
      {"أضاف ثلاثة أجزاء من عشرة", {{"ثلاثة أجزاء من عشرة", 0.3, kFrac}}},
      {"أنفق جزء من المال", {}},
  });
}

TEST_F(NumberParserTest, TeenHeadBeforeWawTen) {
  CheckAll({
      {"وقعت إحدى وثلاثون حادثة", {{"إحدى وثلاثون", 31}}},
      {"ضم الوفد أحد وأربعين عضوا", {{"أحد وأربعين", 41}}},
      {"مئة وإحدى وعشرون صفحة", {{"مئة وإحدى وعشرون", 121}}},
      // The weekday keeps its article: not a number.
      {"يوم الأحد وخمسون زائرا", {{"خمسون", 50}}},
  });
}

TEST_F(NumberParserTest, TenWordBeforeNumberUnderProclitic) {
  // بالمئة after عشر is the percent, not the definite noun of a tenth.
  CheckAll({
      {"نما بنسبة سبعة عشر بالمئة", {{"سبعة عشر بالمئة", 17, kPct}}},
      {"تراجع عشر بالمائة", {{"عشر بالمائة", 10, kPct}}},
      {"أنفق عشر الميزانية", {{"عشر", 0.1, kFrac}}},
  });
}

TEST_F(NumberParserTest, DialectHalfOnlyAfterNumber) {
  CheckAll({
      {"انتظر اتنين و نص", {{"اتنين و نص", 2.5}}},
      {"انتظرنا أربعة ونص", {{"أربعة ونص", 4.5}}},
      {"كلف مليونين ونص", {{"مليونين ونص", 2.5e6}}},
      {"قرأ نص الخطاب", {}},
      {"نشر الخبر ونص البيان", {}},
  });
}

TEST_F(NumberParserTest, PercentSignBeforeDigitsWithSpace) {
  CheckAll({
      {"خصم % 40 على الملابس", {{"% 40", 40, kPct}}},
      // The sign after a number is that number's, not the next one's.
      {"نما 5 % 12 مرة", {{"5 %", 5, kPct}, {"12", 12}}},
  });
}

TEST_F(NumberParserTest, NoNumbersInsideWebAddresses) {
  CheckAll({
      {"راجع https://example.org/a?id=77%20b&n=3 ثم عد بعد 5 دقائق", {{"5", 5}}},
      {"موقع www.site42.com فيه 8 صفحات", {{"8", 8}}},
  });
}

TEST_F(NumberParserTest, OrdinalHundredWithRemainderNeedsNoNoun) {
  CheckAll({
      {"جاء في المرتبة المئة والخامسة", {{"المئة والخامسة", 105, kOrd}}},
      {"كان المائة والثلاثين في القائمة", {{"المائة والثلاثين", 130, kOrd}}},
      // Alone, without a definite noun before it, it is the cardinal (issue 15).
      {"قرأ المئة صفحة", {{"المئة", 100}}},
      // A singular scale after a definite noun ranks too.
      {"احتفلت الشركة بالعميل المليون", {{"المليون", 1e6, kOrd}}},
      {"وصلت الشحنة الألف", {{"الألف", 1000, kOrd}}},
      {"الألف دينار", {}},
      {"عشرة في المئة والباقي", {{"عشرة في المئة", 10, kPct}}},
  });
}

// These inputs differ from their view only once the normalizer folds
// diacritics, tatweel, hamza and digits; they are skipped while Text falls
// back to the identity view.
TEST_F(NumberParserTest, NeedsNormalizerDiacriticsAndVariants) {
  bool identity = false;
  Parse("x", &identity);
  if (identity) GTEST_SKIP() << "needs the normalizer (identity view)";
  CheckAll({
      {"سافر ثَلاثَةُ رِجالٍ", {{"ثَلاثَةُ", 3}}},
      {"جمع خَمْسِينَ أَلْفًا", {{"خَمْسِينَ أَلْفًا", 50000}}},
      {"حصل على الـمركز الثـالث", {{"الثـالث", 3, kOrd}}},
      {"بلغ عددهم إثنى عشر", {{"إثنى عشر", 12}}},
      {"نَحْوَ ٣٠ شخصا", {{"نَحْوَ ٣٠", 30, kCard, true}}},
      {"خَفَّضَ رُبْعَ النِّسْبَةِ", {{"رُبْعَ", 0.25, kFrac}}},
      // With tanween ألفًا is the singular even before a word.
      {"دفع ألفًا أخرى", {{"ألفًا", 1000}}},
      {"وصل أَحَدَ عَشَرَ لاعبًا", {{"أَحَدَ عَشَرَ", 11}}},
  });
}

// A vowel on the first letter tells a fraction from a cardinal (خُمس a
// fifth, خَمس five) and ثُمن (an eighth) from ثمن (price). Needs the
// normalizer: the identity view keeps the diacritics inside the words.
TEST_F(NumberParserTest, NeedsNormalizerFirstVowel) {
  bool identity = false;
  Parse("x", &identity);
  if (identity) GTEST_SKIP() << "needs the normalizer (identity view)";
  CheckAll({
      {"ورث سُبع الأرض", {{"سُبع", 1.0 / 7, kFrac}}},
      {"أخذ تُسع حصة", {{"تُسع", 1.0 / 9, kFrac}}},
      {"قطف سَبع حبات", {{"سَبع", 7}}},
      {"باع سَبع البيوت", {{"سَبع", 7}}},
      {"نال ثُمن التركة", {{"ثُمن", 0.125, kFrac}}},
      {"دفع ثَمن الكتاب", {}},
      {"دفع ثمنه", {}},
  });
}

// Issue 15, category 8: the decimal of Gulf wire copy, fraction digits
// first: 75ر3 = 3.75.
TEST_F(NumberParserTest, GulfDecimalWithReh) {
  CheckAll({
      {"بلغت الصفقة 75ر3 مليار دولار", {{"75ر3 مليار", 3.75e9}}},
      {"أغلق المؤشر عند 05ر1420 نقطة", {{"05ر1420", 1420.05}}},
      {"تراجع التضخم إلى 40ر0 بالمئة", {{"40ر0 بالمئة", 0.4, kPct}}},
      {"نما بنسبة ٦ر٢ في المئة", {{"٦ر٢ في المئة", 2.6, kPct}}},
      {"قدرت من 5ر1 إلى 25ر2 مليار",
       {{"من 5ر1 إلى 25ر2 مليار", kNone, kCard, false, 1.5e9, 2.25e9, true, true},
        {"5ر1", 1.5e9},
        {"25ر2 مليار", 2.25e9}}},
      // A scale after a range applies to both ends.
      {"بين 15 و20 مليار ريال",
       {{"بين 15 و20 مليار", kNone, kCard, false, 15e9, 20e9, true, true},
        {"15", 15e9},
        {"20 مليار", 20e9}}},
      // 000 first groups thousands; three groups or more are thousands.
      {"آمال (000ر22) مسلم", {{"000ر22", 22000}}},
      {"بلغ 500ر250ر1 زائر", {{"500ر250ر1", 1250500}}},
      {"استقبل 500ر12 مسافر", {{"500ر12", 12500}}},
      {"صدر 935ر6 مليون برميل", {{"935ر6 مليون", 6.935e6}}},
      // ر glued to more letters is a word or a code, not a decimal.
      {"الرمز 12ر3ب مستخدم", {}},
      {"جاء 5 رجال", {{"5", 5}}},
  });
}

// Issue 15, category 9: dates and times in digits are not counts.
TEST_F(NumberParserTest, DatesAndTimesAreNotCounts) {
  CheckAll({
      {"ولد في 1995-01 بحلب", {}},
      {"يبدأ الساعة 10:30 صباحا", {}},
      {"وصل الساعة 9:15:40 تماما", {}},
      {"صدر بتاريخ 15/7/2016 قرار", {}},
      {"وقع يوم 4-6-2015 حادث", {}},
      {"في 12.3.2019 افتتح", {}},
      {"نشر في 2020/05/13 تقرير", {}},
      {"بتاريخ 19/6/1436هـ أعلن", {}},
      {"صدر في 7/2016 تقرير", {}},
      {"جرعة 1/1000 فقط", {{"1", 1}, {"1000", 1000}}},
      // Around them, counts still count; a fraction is not a date.
      {"وصل 3 زوار عند 9:15 مساء", {{"3", 3}}},
      {"حصل على 3/4 الأصوات", {{"3/4", 0.75, kFrac}}},
      {"موسم 2015-2016 كان طويلا",
       {{"2015-2016", kNone, kCard, false, 2015, 2016, true, true},
        {"2015", 2015},
        {"2016", 2016}}},
      // A score is not a time; a ratio with three digits is not one.
      {"المقياس 1:100 على الخريطة", {{"1", 1}, {"100", 100}}},
  });
}

// Issue 15, category 7: thousands grouped by no-break or thin spaces, the
// Arabic comma grouping thousands beside a decimal ',', bidi marks inside.
TEST_F(NumberParserTest, GroupingSpacesArabicCommaAndBidiMarks) {
  CheckAll({
      {"السكان 7\u202F654\u202F321 نسمة", {{"7\u202F654\u202F321", 7654321}}},
      {"العداد 7\u202F654\u202F321.5 كم", {{"7\u202F654\u202F321.5", 7654321.5}}},
      {"الميزانية 12\u00A0500 ريال", {{"12\u00A0500", 12500}}},
      {"صرف 45،310,25 درهما", {{"45،310,25", 45310.25}}},
      {"بلغت 1٬250٬000,75 دينارا", {{"1٬250٬000,75", 1250000.75}}},
      {"السعر \u200E3.75\u200E ريال", {{"3.75", 3.75}}},
      {"الرصيد 1\u200F,250 دولارا", {{"1\u200F,250", 1250}}},
      {"السعر \u202A42.5\u202C دولارا", {{"42.5", 42.5}}},
      {"الدين 2\u061C٫5 مليار", {{"2\u061C٫5 مليار", 2.5e9}}},
      // The Arabic comma alone stays a decimal point before one digit.
      {"تقدر بـ 2،5% من الأرباح", {{"2،5%", 2.5, kPct}}},
      // A no-break space before a group that is not three digits separates.
      {"الرقمان 12\u00A05 هنا", {{"12", 12}, {"5", 5}}},
      {"الأرقام 1 2 3 للقفل", {{"1", 1}, {"2", 2}, {"3", 3}}},
  });
}

// Issue 15, category 6: comparisons in words and signs, ranges without
// an opener; each comparison is one mention with its bound.
TEST_F(NumberParserTest, ComparisonsInWordsAndSigns) {
  CheckAll({
      {"الحرارة أقل من أو يساوي 40 درجة",
       {{"أقل من أو يساوي 40", 40, kCard, true, std::nullopt, 40, false, true}}},
      {"العمر أكبر من أو تساوي 18 سنة",
       {{"أكبر من أو تساوي 18", 18, kCard, true, 18, std::nullopt, true}}},
      {"المرضى فوق الأربعين", {{"فوق الأربعين", 40, kCard, true, 40}}},
      {"من هم دون 18 عاما", {{"دون 18", 18, kCard, true, std::nullopt, 18}}},
      {"يحتاج على الأقل 5 متطوعين",
       {{"على الأقل 5", 5, kCard, true, 5, std::nullopt, true}}},
      {"الشرط <= 40", {{"<= 40", 40, kCard, true, std::nullopt, 40, false, true}}},
      {"القيمة < = 75 دائما",
       {{"< = 75", 75, kCard, true, std::nullopt, 75, false, true}}},
      {"اختر رقما >12 فقط", {{">12", 12, kCard, true, 12}}},
      {"الحرارة <-8 ليلا", {{"<-8", -8, kCard, true, std::nullopt, -8}}},
      {"السن >= 18 عاما", {{">= 18", 18, kCard, true, 18, std::nullopt, true}}},
      {"السن ≥ 21 عاما", {{"≥ 21", 21, kCard, true, 21, std::nullopt, true}}},
      // Two signs joined by و are one mention with both bounds.
      {"القيمة >= 25 و <= 50",
       {{">= 25 و <= 50", kNone, kCard, true, 25, 50, true, true}}},
      {"القيمة > 25 و < 50", {{"> 25 و < 50", kNone, kCard, true, 25, 50}}},
      {"العمر ليس أقل من 30",
       {{"ليس أقل من 30", 30, kCard, true, 30, std::nullopt, true}}},
      {"الوزن لا يتعدى 30",
       {{"لا يتعدى 30", 30, kCard, true, std::nullopt, 30, false, true}}},
      {"عدد يتجاوز 30", {{"يتجاوز 30", 30, kCard, true, 30}}},
      {"الأعمار 30 فما فوق", {{"30 فما فوق", 30, kCard, true, 30, std::nullopt, true}}},
      {"الأعمار 12 وما دون",
       {{"12 وما دون", 12, kCard, true, std::nullopt, 12, false, true}}},
      {"القيمة يساوي أو أكبر من 30",
       {{"يساوي أو أكبر من 30", 30, kCard, true, 30, std::nullopt, true}}},
      {"القيمة =< 30", {{"=< 30", 30, kCard, true, std::nullopt, 30, false, true}}},
      // A plain equality is the number.
      {"الناتج يساوي 64 تماما", {{"64", 64}}},
      // An arrow is not a comparison.
      {"انتقل <- 5 خطوات", {{"5", 5}}},
  });
}

TEST_F(NumberParserTest, RangesWithoutOpener) {
  auto range = [](const char* text, double lo, double hi) {
    return Want{text, kNone, kCard, false, lo, hi, true, true};
  };
  CheckAll({
      {"تستغرق 15 إلى 60 دقيقة", {range("15 إلى 60", 15, 60), {"15", 15}, {"60", 60}}},
      {"السعر 300 - 900 ريال",
       {range("300 - 900", 300, 900), {"300", 300}, {"900", 900}}},
      {"السعر 300 – 900 ريال",
       {range("300 – 900", 300, 900), {"300", 300}, {"900", 900}}},
      {"النسبة 30% - 40% فقط",
       {{"30% - 40%", kNone, kPct, false, 30, 40, true, true},
        {"30%", 30, kPct},
        {"40%", 40, kPct}}},
      {"نحتاج 5 ~ 10 عمال", {range("5 ~ 10", 5, 10), {"5", 5}, {"10", 10}}},
      {"يكلف من مئة إلى مئتين",
       {range("من مئة إلى مئتين", 100, 200), {"مئة", 100}, {"مئتين", 200}}},
      {"يتراوح بين 10 إلى 17 شخصا",
       {range("بين 10 إلى 17", 10, 17), {"10", 10}, {"17", 17}}},
      {"من 18 سنة إلى 25 سنة",
       {range("من 18 سنة إلى 25", 18, 25), {"18", 18}, {"25", 25}}},
      {"من 18 سنة إلى 25 شهرا", {{"18", 18}, {"25", 25}}},
      {"خمسة إلى عشرة أيام", {range("خمسة إلى عشرة", 5, 10), {"خمسة", 5}, {"عشرة", 10}}},
      // Not ranges: a score, a list item, a bound before A, digits then words.
      {"بنتيجة 2 - 1 للضيوف", {{"2", 2}, {"1", 1}}},
      {"البند 2 - حادث إطلاق", {{"2", 2}}},
      {"وتاريخ 4 - 7 - 1432هـ", {{"4", 4}, {"7", 7}, {"1432", 1432}}},
      {"في صفر 1407 - 1986 ولد", {{"1407", 1407}, {"1986", 1986}}},
      {"فاز بنتيجة (7/ 5 - 7/ 5) أمس", {{"7", 7}, {"5", 5}, {"7", 7}, {"5", 5}}},
      {"عمل فيها 99 - 2000م", {{"99", 99}, {"2000", 2000}}},
      {"ارتفع إلى 60 إلى جانب 5", {{"60", 60}, {"5", 5}}},
      {"نقل 3 إلى خمسة مواقع", {{"3", 3}, {"خمسة", 5}}},
      // A year, then where a figure went.
      {"تراجعت عام 2009 إلى 15.7 مليار", {{"2009", 2009}, {"15.7 مليار", 15.7e9}}},
      {"ارتفعت في 2015 إلى 163.4 ألف", {{"2015", 2015}, {"163.4 ألف", 163400}}},
  });
}

// Issue 15, category 5: negative numbers.
TEST_F(NumberParserTest, NegativeNumbers) {
  CheckAll({
      {"انخفضت إلى سالب خمسة", {{"سالب خمسة", -5}}},
      {"سجل النمو ناقص 2 في المئة", {{"ناقص 2 في المئة", -2, kPct}}},
      {"بلغت الحرارة -45 درجة", {{"-45", -45}}},
      {"الناتج - 2 1/3", {{"- 2 1/3", -7.0 / 3, kFrac}}},
      {"النتيجة - 3/4.", {{"- 3/4", -0.75, kFrac}}},
      // A list item of a recipe: the dash is a bullet.
      {"- 3/4 كوب من الحليب", {{"3/4", 0.75, kFrac}}},
      {"سجلت −12 درجة", {{"−12", -12}}},
      {"كانت سالب 3.5", {{"سالب 3.5", -3.5}}},
      // A hyphen between words, a score, a spaced dash before an integer.
      {"الطريق شمال - جنوب مغلق", {}},
      {"انتهت 2-1", {{"2", 2}, {"1", 1}}},
      {"العدد - 5 فقط", {{"5", 5}}},
  });
}

// Issue 15, category 1: hundreds in two words and spelling variants.
TEST_F(NumberParserTest, HundredsInTwoWordsAndVariants) {
  CheckAll({
      {"شارك سبع مئة جندي", {{"سبع مئة", 700}}},
      {"وزعت أربع مائة حقيبة", {{"أربع مائة", 400}}},
      {"بلغ ثماني مئة وستة", {{"ثماني مئة وستة", 806}}},
      {"تضررت تسع مئة قرية", {{"تسع مئة", 900}}},
      {"حضر خمسة الاف شخص", {{"خمسة الاف", 5000}}},
      {"حضر ستة اَلاف شخص", {{"ستة اَلاف", 6000}}},
      {"دفع مائتان وخمسون دينارا", {{"مائتان وخمسون", 250}}},
      {"وصل المائتان إلى المدينة", {{"المائتان", 200}}},
      {"تجاوز عددهم أكثر من الألف", {{"أكثر من الألف", 1000, kCard, true, 1000}}},
      {"كتب حرف الألف", {}},
      {"بلغ عمره المائة", {{"المائة", 100}}},
      {"باعوا ست مئة ألف نسخة", {{"ست مئة ألف", 600000}}},
      {"أصدرت خمسة ملايين وسبع مئة ألف", {{"خمسة ملايين وسبع مئة ألف", 5700000}}},
      // Still not numbers: تسع as a verb before digits, في المئة alone.
      {"القاعة تسع 500 شخص", {{"500", 500}}},
      {"ارتفعت في المئة الأخيرة", {}},
  });
}

// Issue 15, category 2: definite compounds are one mention.
TEST_F(NumberParserTest, DefiniteCompounds) {
  CheckAll({
      {"عيد ميلاده السابعة والثلاثين", {{"السابعة والثلاثين", 37, kOrd}}},
      {"عاد الثلاثة والأربعون لاعبا", {{"الثلاثة والأربعون", 43}}},
      {"الذكرى المائة والحادية عشرة", {{"المائة والحادية عشرة", 111, kOrd}}},
      {"العام المئة والحادي عشر", {{"المئة والحادي عشر", 111, kOrd}}},
      {"العام المئة والثالث عشر", {{"المئة والثالث عشر", 113, kOrd}}},
      {"العام المئة والحادي والعشرون", {{"المئة والحادي والعشرون", 121, kOrd}}},
      // The ordinal بعد المائة: 100 + the ordinal.
      {"بالذكرى السبعين بعد المائة لتأسيسها", {{"السبعين بعد المائة", 170, kOrd}}},
      {"الذكرى العاشرة بعد المائة للوكالة", {{"العاشرة بعد المائة", 110, kOrd}}},
      {"وصل الخمسة والعشرون ألف زائر", {{"الخمسة والعشرون ألف", 25000}}},
      {"صرفت الثلاثة ملايين دولار", {{"الثلاثة ملايين", 3e6}}},
  });
}

// Issue 15, category 3: fractions in their written forms, and the words
// that are fractions only in context.
TEST_F(NumberParserTest, FractionFormsAndContext) {
  CheckAll({
      {"احتمال الفوز 2 على 7 فقط", {{"2 على 7", 2.0 / 7, kFrac}}},
      // A على B with A above B is a quotient, except as a match score.
      {"ناتج قسمة 300 على 4 في التمرين", {{"300 على 4", 75, kFrac}}},
      {"اقسم ثلاثمائة على أربعة", {{"ثلاثمائة على أربعة", 75, kFrac}}},
      {"فاز الفريق 4 على 2 أمس", {{"4", 4}, {"2", 2}}},
      {"وانتهت المباراة بنتيجة 5 على 3", {{"5", 5}, {"3", 3}}},
      {"النسبة واحد على 50", {{"واحد على 50", 0.02, kFrac}}},
      {"أصاب ثلاثة من عشرة", {{"ثلاثة من عشرة", 0.3, kFrac}}},
      {"نجح 3 من 10.", {{"3 من 10", 0.3, kFrac}}},
      {"أصاب ثلاثة من أصل عشرة", {{"ثلاثة من أصل عشرة", 0.3, kFrac}}},
      {"يصاب واحد من كل خمسة أشخاص", {{"واحد من كل خمسة", 0.2, kFrac}}},
      {"يصاب 2 من كل 10 أطفال", {{"2 من كل 10", 0.2, kFrac}}},
      {"فاز 3 من أصل 5 مباريات", {{"3", 3}, {"5", 5}}},
      {"بلغ اثنان ونصف مليون", {{"اثنان ونصف مليون", 2.5e6}}},
      {"بلغ ثلاثة وربع مليار", {{"ثلاثة وربع مليار", 3.25e9}}},
      {"استغرق اثنا عشر وثلاثة أرباع ساعة", {{"اثنا عشر وثلاثة أرباع", 12.75}}},
      {"أضف 2 3/8 كوب", {{"2 3/8", 2.375, kFrac}}},
      {"وزعت ثلاثة أخماس الأرض", {{"ثلاثة أخماس", 0.6, kFrac}}},
      {"وزعت 3 أرباع الأرض", {{"3 أرباع", 0.75, kFrac}}},
      {"يعيش خمس السكان في الريف", {{"خمس", 0.2, kFrac}}},
      {"خسر ربعهم وظائفهم", {{"ربعهم", 0.25, kFrac}}},
      // Counts, prices, scores and counted nouns stay as they are.
      {"سافر خمس سنوات", {{"خمس", 5}}},
      {"كم ثمن هذا الكتاب", {}},
      {"دفع ثمن السيارة", {}},
      {"فاز الفريق 4 على 2", {{"4", 4}, {"2", 2}}},
      {"عاد 5 من 20 مصابا", {{"5", 5}, {"20", 20}}},
  });
}

// Issue 15, category 4: decimals read out.
TEST_F(NumberParserTest, DecimalsReadOut) {
  CheckAll({
      {"بلغ سبعة فاصلة اثنان", {{"سبعة فاصلة اثنان", 7.2}}},
      {"الرقم ثلاثة فاصل خمسة", {{"ثلاثة فاصل خمسة", 3.5}}},
      {"بلغ ثلاثة فاصلة صفر خمسة", {{"ثلاثة فاصلة صفر خمسة", 3.05}}},
      {"بلغ اثنان فاصلة خمسة وعشرون", {{"اثنان فاصلة خمسة وعشرون", 2.25}}},
      {"بلغ واحد فاصلة خمسة مليون", {{"واحد فاصلة خمسة مليون", 1.5e6}}},
      {"بلغ صفر فاصل خمسة", {{"صفر فاصل خمسة", 0.5}}},
      {"الثابت ثلاثة فاصل واحد أربعة", {{"ثلاثة فاصل واحد أربعة", 3.14}}},
      {"الثابت ثلاثة فاصل أربعة عشر", {{"ثلاثة فاصل أربعة عشر", 3.14}}},
      {"القيمة ثلاثة وخمسة وعشرون من مئة", {{"ثلاثة وخمسة وعشرون من مئة", 3.25}}},
      {"الوزن اثنان وخمسة من عشرة", {{"اثنان وخمسة من عشرة", 2.5}}},
      {"المعدل أربعة وخمسمئة من عشرة آلاف", {{"أربعة وخمسمئة من عشرة آلاف", 4.05}}},
      // فاصل/فاصلة without numbers around is a word.
      {"فاز في مباراة فاصلة على اللقب", {}},
      {"دون دور فاصل", {}},
  });
}

}  // namespace
}  // namespace dhad
