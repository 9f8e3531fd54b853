// The grammar of one number for the number parser (analysis/number_parser.h):
// over the tokens of one segment (number_tokens.h), reads the longest number
// expression that starts at a token -- a cardinal of digits or words (scales,
// و, hundreds, teens, duals), an ordinal, a fraction (unit fractions, plural
// denominators, digit fractions, the idioms A على B and N من B), a decimal
// read out (فاصلة), a power, a negative (سالب) -- and the percent sign or
// phrase after it. What relates mentions (approximators, bounds, ranges) is
// number_relations.h.
//
// Not for use outside analysis/. Immutable; the const methods are
// thread-safe except for a one-entry cache of UrlEndAt (one grammar per call).

#ifndef DHAD_ANALYSIS_INTERNAL_NUMBER_GRAMMAR_H_
#define DHAD_ANALYSIS_INTERNAL_NUMBER_GRAMMAR_H_

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "absl/strings/string_view.h"
#include "analysis/internal/number_lexicon.h"
#include "analysis/internal/number_tokens.h"
#include "analysis/number_parser.h"
#include "analysis/text.h"

namespace dhad::internal {

struct CardinalState;  // number_grammar.cc

// One number expression found by the grammar, before modifiers.
struct NumberCore {
  int first = 0;  // token indices, inclusive
  int last = 0;
  uint32_t vbegin = 0, vend = 0;  // view bytes of the span
  double value = 0;
  NumberKind kind = NumberKind::kCardinal;
  bool vague = false;
  double vmin = 0, vmax = 0;
  bool has_scale = false;   // a scale word multiplied the number
  double simple_base = 0;   // for "N x S" alone: N
  double simple_scale = 0;  // ... and S (0 otherwise)
  bool percent = false;
  bool rejected = false;  // parsed but not a number: skip to last + 1
};

class NumberGrammar {
 public:
  // `lex`, `text` and `toks` (the tokens of one segment of text.view())
  // must outlive the grammar.
  NumberGrammar(const NumberLexicon& lex, const Text& text,
                const std::vector<NumToken>& toks)
      : lex_(lex),
        text_(text),
        view_(text.view()),
        toks_(toks),
        n_(static_cast<int>(toks.size())) {}

  const NumberLexicon& lex() const { return lex_; }
  const Text& text() const { return text_; }
  absl::string_view view() const { return view_; }
  const std::vector<NumToken>& toks() const { return toks_; }
  int size() const { return n_; }

  absl::string_view TokText(int i) const;
  bool IsWord(int i) const {
    return i >= 0 && i < n_ && toks_[i].type == NumToken::kWord;
  }
  bool IsNum(int i) const { return i >= 0 && i < n_ && toks_[i].type == NumToken::kNum; }
  bool IsSym(int i, char32_t c) const;
  bool IsWaw(int i) const { return IsWord(i) && TokText(i) == kNumWaw; }
  // Number of digits of token i when it is a plain digit run (no
  // separator); -1 otherwise.
  int PlainDigits(int i) const;
  // Whether word i starts with the article (ال..., لل... after ل).
  // With `after_proclitic`, also بالذكرى، للدورة, وال...
  bool Definite(int i, bool after_proclitic = false) const;
  // The entry of word i with role `role` that fits the article and the next
  // word; null when none.
  const NumEntry* Entry(int i, NumRole role) const;
  // Whether word i is a cardinal number word (not an operator or ordinal).
  bool NumberWord(int i) const;
  const NumEntry* AnyEntry(int i, std::initializer_list<NumRole> roles) const;
  uint32_t WordStart(int i) const;
  // Phrase of one of `roles` ending at token `last` (inclusive); its first
  // word may carry a proclitic. Returns the number of tokens and sets
  // *start to the view byte where it begins (after the proclitic).
  int PhraseBefore(int last, std::initializer_list<PhraseRole> roles, PhraseRole* role,
                   uint32_t* start) const;
  // Phrase of one of `roles` starting at token `first`; returns its length.
  int PhraseAt(int first, std::initializer_list<PhraseRole> roles,
               PhraseRole* role) const;
  bool DigitsGluedOk(int i) const;
  bool GluedAfterOk(int i) const;   // no letter or digit glued after token i
  bool GluedBeforeOk(int i) const;  // only ال or proclitics glued before it
  // The fraction entry of word i: bare, or with the article only after an
  // approximator or bound (بنحو الربع); null otherwise.
  const NumEntry* FractionAt(int i) const;
  // The longest number expression starting at token i, before the
  // modifiers around it (percent, sign, approximators, bounds, ranges);
  // false when none starts there.
  bool ParseCore(int i, NumberCore* c) const;
  // The steps of ParseCore: kNone when no number starts at i, kDone when
  // *c is complete, kExtend when ExtendCore may still extend it.
  enum class CoreStep { kNone, kDone, kExtend };
  CoreStep ParseDigitsCore(int i, NumberCore* c) const;
  CoreStep ParseWordCore(int i, NumberCore* c) const;
  void ExtendCore(NumberCore* c) const;
  // The end of the run of non-space characters around view byte `pos` when
  // that run is a web address (holds "://" or starts with "www."); 0
  // otherwise. Remembers the last run scanned, so that the digits of one
  // long run cost one scan.
  uint32_t UrlEndAt(uint32_t pos) const;
  // Whether word i is جزء (or, with `plural`, أجزاء) without a proclitic.
  bool IsPartWord(int i, bool plural) const;
  // من + a whole number B > numerator at token j: sets *c to the fraction
  // numerator / B ending at B's last token; false (c untouched) otherwise.
  bool ParseDenominator(int j, double numerator, NumberCore* c) const;
  // Extends the whole number *c into a fraction idiom that follows it
  // (A على B, واحد من B, N أجزاء من B), when there is one.
  // Whether a match score is being told just before token `first` (فاز،
  // تغلب، بنتيجة ...), where A على B is a score, not a quotient.
  bool ScoreContext(int first) const;
  void FractionIdiom(NumberCore* c) const;
  bool ParsePower(int i, NumberCore* c) const;
  // Extends the whole number *c by a decimal read out after it: و B من D
  // with D a power of ten above B (ثلاثة وخمسة وعشرون من مئة = 3.25).
  void ReadDecimal(NumberCore* c) const;
  // Extends the whole number *c, followed by فاصلة/فاصل, by the decimals
  // after it: a number (سبعة فاصلة اثنان), zeros first (فاصلة صفر خمسة),
  // digits one by one (فاصل واحد أربعة), a scale after them (فاصلة خمسة
  // مليون).
  void ReadPoint(NumberCore* c) const;
  bool ParseOrdinalHundred(int i, NumberCore* c) const;
  // ال + مئة or its dual standing alone: the cardinal (المائتان = 200).
  bool DefiniteHundred(int i, NumberCore* c) const;
  // Extends the ordinal *c by بعد المائة / بعد الألف (العاشرة بعد المائة =
  // 110th).
  void AfterHundredOrdinal(NumberCore* c) const;
  // Whether word i is مئة/مائة without clitics or article.
  bool HundredWordAt(int i) const;
  // Whether word i is a plural noun (sound plural ending, or a listed
  // broken plural): a number after it counts rather than ranks.
  bool PluralNoun(int i) const;
  // Whether a scale form in -ا that starts a number (ألفا، مليونا) is the
  // construct dual (ألفا ريال = 2000) rather than the singular accusative
  // (ألفًا، مليارا ومئتا مليون): without tanween in the caller's text and
  // before a noun that is neither a number nor a phrase word.
  bool AccDualIsDual(int i, const NumEntry& e) const;
  // The short vowel (fatha, damma, kasra) written on the first letter of
  // word i after its proclitics and article, in the caller's text; 0 when
  // there is none.
  char32_t FirstVowel(int i) const;
  // False when word i ends in ه in the view but not in ة in the original
  // (the normalizer folds ة to ه, which merges عدة "several" with عده).
  bool EndsInTehMarbutaIfHeh(int i) const;
  bool ParseCardinal(int i, NumberCore* c) const;
  // The components of a cardinal (see ParseCardinal in the .cc).
  int CardinalComponent(CardinalState* st, int j, bool joined, bool start) const;
  int CardinalDigits(CardinalState* st, int j, bool joined, bool start) const;
  int CardinalUnit(CardinalState* st, int j, const NumEntry* e, bool joined,
                   bool start) const;
  int CardinalTeenHead(CardinalState* st, int j, const NumEntry* e, bool joined,
                       bool start) const;
  int CardinalTeen(CardinalState* st, int j, const NumEntry* teen, bool joined,
                   bool start) const;
  int CardinalTen(CardinalState* st, int j, const NumEntry* e, bool joined,
                  bool start) const;
  int CardinalHundred(CardinalState* st, int j, const NumEntry* e, bool joined,
                      bool start) const;
  int CardinalScale(CardinalState* st, int j, const NumEntry* s, const NumEntry* s2,
                    const NumEntry* spl, bool joined, bool start) const;
  bool ParseOrdinal(int i, NumberCore* c) const;
  // Takes a percent sign or phrase after the number (or ٪ before digits)
  // into *c.
  void AddPercent(NumberCore* c) const;

 private:
  const NumberLexicon& lex_;
  const Text& text_;
  absl::string_view view_;
  const std::vector<NumToken>& toks_;
  const int n_;
  // The last run scanned by UrlEndAt.
  mutable uint32_t chunk_begin_ = 0, chunk_end_ = 0;
  mutable bool chunk_url_ = false;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_NUMBER_GRAMMAR_H_
