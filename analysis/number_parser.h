// Number mentions in Arabic text: digits of every Arabic script, word
// numbers, ordinals, fractions, percentages, approximations, bounds, ranges
// and vague quantities, each with its value, kind and bounds.
//
// The parser reads Text::view() (hamza, alef maqsura, teh marbuta and
// diacritic variants folded; Arabic-Indic and Persian digits as ASCII) and
// reports spans in the caller's bytes. Words come from the lexicon files
// analysis/data/number_words.txt and number_phrases.txt, loaded once; a small
// grammar combines them: a scale multiplies the group before it (ثلاثة آلاف),
// و adds a smaller part (مئة وخمسة وعشرون), a dual counts two (ألفين), a unit
// before عشر/عشرة makes 11-19, a unit before مئة makes its hundreds.
//
// Conventions of the result:
// - span: the minimal number expression. A proclitic و ف ب ل ك on the first
//   word is left out (بثلاثة -> ثلاثة), and so is ال/الـ glued to digits
//   (الـ٢٤ -> ٢٤); ال of a word number stays (الثالثة). A percent sign or
//   phrase (٪ % بالمئة في المئة) and an approximator or bound phrase before
//   the number (نحو، أكثر من، ما لا يقل عن) are inside the span; a bound
//   right after it (أو أكثر، على الأكثر) is inside too; تقريبا after the
//   number, or a bound after its counted noun, sets the fields only.
// - value: scales multiplied out (2,5 مليار -> 2.5e9); a percent's value is
//   the number before the sign (42,5 بالمئة -> 42.5); fractions as decimals
//   (ثلث -> 0.333...); a half after a number or its counted noun adds to it
//   (ثلاث ساعات ونصف -> 3.5, مليونين ونصف مليون -> 2.5e6). Digit groups: ٫ is
//   a decimal point and ٬ a thousands separator; with ',' or '.' alone, a
//   separator followed by exactly three digits repeated is a thousands
//   separator (1,250,000), a single one is a decimal point (42,5 / 3.25)
//   unless it is ',' followed by exactly 3 digits (1,250 -> 1250); when both
//   appear, the last is the decimal point. Runs that fit none of these
//   (192.168.1.2) are read as separate integers. Groups of three digits
//   after spaces continue a number (1 234 567); digits times مئة or a scale
//   multiply (322 مئة، 3 ملايين); 3/4 and 2 1/4 are fractions, 1e6 and
//   1.5^2 powers. Digits glued to letters after them (250مل) or to a word
//   by a hyphen (كوفيد-19) are not reported.
// - dual scale forms in -ا (ألفا، مليونا) are the singular accusative after a
//   number or before و/a number word, and the construct dual (x2) before a
//   noun unless written with tanween (ألفًا).
// - kind: CARDINAL for plain numbers, decimals and vague quantities;
//   ORDINAL for word ordinals (الثالث، الحادي عشر، الخامسة والعشرين) and for
//   digits after ال/الـ that follow a definite noun (الدورة الـ45), for
//   ال + hundreds or a singular scale after a definite noun (الذكرى المئة،
//   الزائر المليون) or with an ordinal remainder (المئة والعشرون); FRACTION
//   for fraction words and digit fractions (ربع، ثلاثة أرباع، 3/4) and the
//   idioms A على B, واحد من B, جزء من B, N أجزاء من B (whole A < B; A and B
//   both digits or both words for على; B in words for من); PERCENT (the
//   sign may stand before the digits, glued or apart: ٪ 15).
// - a short vowel on the first letter decides between a cardinal and a
//   fraction: خُمس، سُبع، ثُمن (an eighth; bare ثمن is price) are fractions,
//   خَمس، سَبع cardinals, whatever follows.
// - أحد/إحدى before و + a ten is the unit of 21, 31 ... (إحدى وعشرون).
// - the dialect half نص counts only under و right after a number (أربعة ونص
//   = 4.5); alone it is "text".
// - approximate: set by an approximator (نحو، حوالي، قرابة، ما يقارب، زهاء،
//   تقريبا), with value the stated number and no bounds; by a bound phrase,
//   which also sets value = N and min or max (أكثر من N: min N exclusive;
//   أقل من N: max N exclusive; ما لا يقل عن N: min N inclusive; لا يتجاوز N:
//   max N inclusive), the other side unset; two bounds joined by و give one
//   mention with both and no value (أكثر من 10 وأقل من 20); and by a vague
//   quantity.
// - vague quantities: no value, approximate, min and max inclusive. بضع،
//   بضعة، عدة = 3..9, times a plural power that follows (بضعة آلاف =
//   3000..9000). The plural of a power P (عشرات 10, مئات 100, آلاف 1e3,
//   ملايين 1e6, مليارات 1e9), times a following plural power (مئات الآلاف:
//   P = 1e5) = 3P .. 10P-1 (the Arabic plural is three or more).
// - ranges: بين A و B, من A إلى B and A-B (digits) with A < B give three
//   mentions: A, B (kind CARDINAL or PERCENT), and one over the whole phrase
//   with no value, min = A, max = B, both inclusive. A bare endpoint before
//   a scaled one takes its scale (من 2 إلى 3 ملايين -> 2e6..3e6). The range
//   mention contains the endpoint mentions; no other mentions overlap. A
//   bigger or equal second number is not a range (a score 3-1, 2-2 gives two
//   numbers).
// - not numbers: digits inside a web address (a run without spaces that
//   holds :// or starts with www.), weekdays (الأحد، الاثنين), ثمن (price), أول أمس, month
//   names (كانون الأول، ربيع الثاني), نصف/ربع النهائي, ثاني أكسيد, مئوية,
//   في آن واحد, عده/بعده (only عدة spelled with ة is "several").
// - overflow: a number whose value is not a finite double (a digit string
//   longer than about 308 digits, ألف repeated many times) is dropped: no
//   mention is reported for it, never an infinity or NaN.

#ifndef DHAD_ANALYSIS_NUMBER_PARSER_H_
#define DHAD_ANALYSIS_NUMBER_PARSER_H_

#include <memory>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "analysis/cancel.h"
#include "analysis/normalizer.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad {

namespace internal {
class NumberLexicon;
}  // namespace internal

// Numbering matches the API's NumberKind.
enum class NumberKind { kCardinal = 1, kOrdinal = 2, kFraction = 3, kPercent = 4 };

struct NumberMention {
  Span span;                    // in text.original()
  std::optional<double> value;  // unset for vague quantities and ranges
  NumberKind kind = NumberKind::kCardinal;
  bool approximate = false;
  std::optional<double> min;
  std::optional<double> max;
  bool min_inclusive = false;
  bool max_inclusive = false;
};

class NumberParser {
 public:
  // Builds the number-word lexicon once; immutable after. Lexicon keys are put in the
  // view form with `normalizer`, which must outlive the analyzer.
  // Errors: those of the lexicon files (kNotFound when one is not compiled
  // in, kInvalidArgument for a malformed line) and of the normalizer.
  static absl::StatusOr<std::unique_ptr<const NumberParser>> Create(
      const Normalizer& normalizer);

  // Returns the mentions of `text` ordered by start (a range mention comes
  // before the endpoint mentions it contains). Apart from a range and its
  // endpoints, mentions do not overlap. Spans index text.original(); `text`
  // must outlive them. Thread-safe; allocates only the result and a token
  // buffer. `cancelled`, when set, is polled every few sentences.
  // Errors: kCancelled when `cancelled` said so; none otherwise.
  absl::StatusOr<std::vector<NumberMention>> Parse(const Text& text,
                                                   const CancelledFn& cancelled = nullptr) const;

  NumberParser(const NumberParser&) = delete;
  NumberParser& operator=(const NumberParser&) = delete;
  ~NumberParser();

 private:
  NumberParser();
  std::unique_ptr<const internal::NumberLexicon> lexicon_;
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_NUMBER_PARSER_H_
