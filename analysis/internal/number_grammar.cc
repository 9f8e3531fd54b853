#include "analysis/internal/number_grammar.h"

#include <cmath>
#include <limits>

#include "analysis/chars.h"
#include "base/utf8.h"

namespace dhad::internal {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr absl::string_view kArticle = kNumArticle;
constexpr absl::string_view kWaw = kNumWaw;
constexpr absl::string_view kAlefTeh = "\xD8\xA7\xD8\xAA";  // ات
constexpr absl::string_view kYehNoon = "\xD9\x8A\xD9\x86";  // ين
constexpr absl::string_view kWawNoon = "\xD9\x88\xD9\x86";  // ون
constexpr char32_t kFatha = 0x064E;
constexpr char32_t kDamma = 0x064F;
constexpr char32_t kTatweelChar = kNumTatweel;

// Accumulator of the cardinal grammar.
struct Acc {
  double total = 0;  // completed scale groups
  double cur = 0;    // the group being built (< 1000 for words)
  double last_scale = kInf;
  bool h = false, t = false, u = false, teen = false;  // parts of `cur`
  bool closed = false;      // cur is digits: only a scale may follow
  bool prev_scale = false;  // the last component was a scale word
  int n_scales = 0;
  double first_scale = 0;
  void NewGroup() {
    cur = 0;
    h = t = u = teen = closed = false;
  }
  bool GroupEmpty() const { return !h && !t && !u && !teen && !closed; }
};

// Whether the group so far is hundreds alone, so that a unit or a ten may
// follow without و (colloquial متين تلاتة وستين = 263).
bool AfterHundred(const Acc& a) {
  return a.h && !a.t && !a.u && !a.teen && !a.closed && a.cur < 1000 && a.cur >= 100;
}

}  // namespace

// The state of ParseCardinal: the value so far and how the number ends.
struct CardinalState {
  int start = 0;  // token of the first component
  Acc a;
  bool fraction_end = false;  // و + a fraction (or N + a plural fraction) closed it
  double fraction_value = 0;
  bool kind_fraction = false;  // the whole number is N + a plural fraction
};

namespace {

// 10, 100, 1000, 10000 ... up to 1e12.
bool IsTenToThe(double v) {
  for (double p = 10; p <= 1e12; p *= 10) {
    if (v == p) return true;
  }
  return false;
}

}  // namespace

absl::string_view NumberGrammar::TokText(int i) const {
  return view_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin);
}

bool NumberGrammar::IsSym(int i, char32_t c) const {
  return i >= 0 && i < n_ && toks_[i].type == NumToken::kSym && toks_[i].sym == c;
}

int NumberGrammar::PlainDigits(int i) const {
  if (!IsNum(i) || toks_[i].decimal || !toks_[i].valid) return -1;
  int n = 0;
  for (uint32_t b = toks_[i].begin; b < toks_[i].end;) {
    int len;
    if (ArabicDigitValue(DecodeUtf8(view_.data() + b, &len)) < 0) return -1;
    b += len;
    ++n;
  }
  return n;
}

bool NumberGrammar::Definite(int i, bool after_proclitic) const {
  if (!IsWord(i)) return false;
  const WordAnalysis& wa = toks_[i].wa;
  if (wa.entries != nullptr) return wa.article;  // الف is ألف, not ال + ف
  absl::string_view w = TokText(i);
  if (w.size() > kArticle.size() + 2 && w.substr(0, kArticle.size()) == kArticle)
    return true;
  if (!after_proclitic) return false;
  for (int n = 1; n <= 2 && w.size() > static_cast<size_t>(2 * n); ++n) {
    if (!IsProcliticLetter(w.substr(2 * (n - 1), 2))) break;
    absl::string_view rest = w.substr(2 * n);
    if (rest.size() > kArticle.size() + 2 &&
        rest.substr(0, kArticle.size()) == kArticle) {
      return true;
    }
    // لل: ل + ال with the alef dropped.
    if (w.substr(2 * (n - 1), 2) == "\xD9\x84" && rest.size() > 4 &&
        rest.substr(0, 2) == "\xD9\x84") {
      return true;
    }
  }
  return false;
}

bool NumberGrammar::NumberWord(int i) const {
  for (const NumEntry& e : *toks_[i].wa.entries) {
    switch (e.role) {
      case NumRole::kUnit:
      case NumRole::kTeenHead:
      case NumRole::kTenWord:
      case NumRole::kTeen:
      case NumRole::kTen:
      case NumRole::kHundred:
      case NumRole::kScale:
      case NumRole::kScale2:
        return true;
      default:
        break;
    }
  }
  return false;
}

const NumEntry* NumberGrammar::AnyEntry(int i,
                                        std::initializer_list<NumRole> roles) const {
  for (NumRole r : roles) {
    if (const NumEntry* e = Entry(i, r)) return e;
  }
  return nullptr;
}

uint32_t NumberGrammar::WordStart(int i) const {
  return toks_[i].type == NumToken::kWord ? toks_[i].begin + toks_[i].wa.proclitic_len
                                          : toks_[i].begin;
}

const NumEntry* NumberGrammar::FractionAt(int i) const {
  const NumEntry* f = Entry(i, NumRole::kFraction);
  if (f == nullptr || !toks_[i].wa.article) return f;
  PhraseRole r;
  uint32_t s;
  return PhraseBefore(i - 1,
                      {PhraseRole::kApprox, PhraseRole::kMinExcl, PhraseRole::kMinIncl,
                       PhraseRole::kMaxExcl, PhraseRole::kMaxIncl},
                      &r, &s) > 0
             ? f
             : nullptr;
}

bool NumberGrammar::PluralNoun(int i) const {
  if (!IsWord(i)) return false;
  absl::string_view w = TokText(i);
  if (EndsWith(w, kAlefTeh) || EndsWith(w, kYehNoon) || EndsWith(w, kWawNoon))
    return true;
  PhraseRole r;
  return PhraseAt(i, {PhraseRole::kPlural}, &r) == 1;
}

bool NumberGrammar::AccDualIsDual(int i, const NumEntry& e) const {
  if (!(e.flags & kAccDual)) return false;
  Span sp = text_.ToOriginal(toks_[i].begin, toks_[i].end);
  absl::string_view orig = text_.original().substr(sp.begin, sp.size());
  if (orig.find("\xD9\x8B") != absl::string_view::npos) return false;  // tanween fath
  const int j = i + 1;
  if (!IsWord(j) || toks_[j].wa.entries != nullptr) return false;
  if (toks_[j].wa.proclitic_len == 0 && view_.substr(toks_[j].begin, 2) == kWaw)
    return false;
  return !lex_.StartsPhrase(TokText(j));
}

char32_t NumberGrammar::FirstVowel(int i) const {
  uint32_t b = toks_[i].begin + toks_[i].wa.proclitic_len;
  if (toks_[i].wa.article && view_.substr(b, kArticle.size()) == kArticle)
    b += kArticle.size();
  if (b >= toks_[i].end) return 0;
  Span sp = text_.ToOriginal(b, toks_[i].end);
  absl::string_view orig = text_.original().substr(sp.begin, sp.size());
  if (orig.empty()) return 0;
  int len;
  DecodeUtf8(orig.data(), &len);
  size_t pos = len;
  while (pos < orig.size()) {
    int l;
    const char32_t c = DecodeUtf8(orig.data() + pos, &l);
    if (c == kFatha || c == kDamma || c == 0x0650) return c;
    if (c != 0x0651 && c != kTatweelChar) return 0;  // shadda, tatweel
    pos += l;
  }
  return 0;
}

bool NumberGrammar::EndsInTehMarbutaIfHeh(int i) const {
  absl::string_view w = TokText(i);
  if (!EndsWith(w, "\xD9\x87")) return true;  // ه
  Span sp = text_.ToOriginal(toks_[i].begin, toks_[i].end);
  absl::string_view orig = text_.original().substr(sp.begin, sp.size());
  // The last letter, skipping diacritics and tatweel that may follow it.
  size_t end = orig.size();
  while (end > 0) {
    int len;
    char32_t c = DecodeUtf8Before(orig, end, &len);
    if (!IsArabicMark(c) && c != kTatweelChar) return c == 0x0629;
    end -= len;
  }
  return false;
}

const NumEntry* NumberGrammar::Entry(int i, NumRole role) const {
  if (!IsWord(i)) return nullptr;
  const WordAnalysis& wa = toks_[i].wa;
  if (wa.entries == nullptr) return nullptr;
  // ب ل ك ف on a two-letter word (لست "I am not") is not a number.
  if (wa.proclitic_len > 0 && !wa.article &&
      toks_[i].end - toks_[i].begin - wa.proclitic_len <= 4 && !wa.conjunction) {
    return nullptr;
  }
  for (const NumEntry& e : *wa.entries) {
    if (e.role != role) continue;
    if (wa.article && (e.flags & kNoArticle)) continue;
    if (!wa.article && (e.flags & kArticleOnly)) continue;
    if ((e.flags & kNotBesideNumber) &&
        (IsNum(i + 1) || IsNum(i - 1) ||
         (IsWord(i + 1) && toks_[i + 1].wa.entries != nullptr &&
          toks_[i + 1].wa.proclitic_len == 0 && NumberWord(i + 1))) &&
        !HundredWordAt(i + 1)) {  // تسع مئة = 900
      continue;
    }
    if (e.flags & kDammaOnly) {
      if (FirstVowel(i) != kDamma) continue;
    }
    if (e.flags & kAfterNumberOnly) {
      // و attached (ونص) or apart (و نص), right after a number.
      auto number_at = [&](int k) {
        return IsNum(k) || (IsWord(k) && toks_[k].wa.entries != nullptr && NumberWord(k));
      };
      const bool attached = wa.conjunction && !wa.article && wa.proclitic_len == 2 &&
                            view_.substr(toks_[i].begin, 2) == kWaw && number_at(i - 1);
      const bool apart =
          wa.proclitic_len == 0 && !wa.article && IsWaw(i - 1) && number_at(i - 2);
      if (!attached && !apart) continue;
    }
    // A vowel written on the first letter decides: خُمس a fifth, خَمس five.
    if ((e.flags & (kDefNext | kNoDefNext)) && !wa.article) {
      const char32_t v = FirstVowel(i);
      if (v == kDamma) {
        if (e.flags & kNoDefNext) continue;
        return &e;
      }
      if (v == kFatha) {
        if (e.flags & kDefNext) continue;
        return &e;
      }
    }
    // الخمس is "the five": only the bare form may be a fraction.
    if ((e.flags & (kDefNext | kNoDefNext)) && !wa.article) {
      // A number word under a proclitic (بالمئة) is not the definite noun
      // of a fraction: ثلاثة عشر بالمئة is 13 percent, not 3 and a tenth.
      bool def =
          Definite(i + 1) && toks_[i + 1].space_before &&
          !(toks_[i + 1].wa.entries != nullptr && toks_[i + 1].wa.proclitic_len > 0);
      if ((e.flags & kDefNext) && !def) continue;
      if ((e.flags & kNoDefNext) && def) continue;
    }
    return &e;
  }
  return nullptr;
}

int NumberGrammar::PhraseBefore(int last, std::initializer_list<PhraseRole> roles,
                                PhraseRole* role, uint32_t* start) const {
  if (!IsWord(last)) return 0;
  const absl::string_view text = TokText(last);
  // Candidates: phrases ending with the word itself, then one-word phrases
  // under one or two proclitics (بنحو، وبنحو).
  const std::vector<int>* lists[3] = {lex_.PhrasesEndingWith(text), nullptr, nullptr};
  size_t strip[3] = {0, 0, 0};
  for (int n = 1; n <= 2 && text.size() > static_cast<size_t>(2 * n); ++n) {
    if (!IsProcliticLetter(text.substr(2 * (n - 1), 2))) break;
    lists[n] = lex_.PhrasesEndingWith(text.substr(2 * n));
    strip[n] = 2 * n;
  }
  for (int l = 0; l < 3; ++l) {
    if (lists[l] == nullptr) continue;
    for (int index : *lists[l]) {
      const Phrase& p = lex_.phrases()[index];
      bool wanted = false;
      for (PhraseRole r : roles) wanted |= p.role == r;
      if (!wanted) continue;
      const int k = static_cast<int>(p.words.size());
      if (l > 0 && k != 1) continue;
      const int first = last - k + 1;
      if (first < 0) continue;
      bool match = true;
      for (int m = 0; m + 1 < k && match; ++m) {
        const int t = first + m;
        if (!IsWord(t)) {
          match = false;
        } else if (m > 0) {
          match = TokText(t) == p.words[m];
        } else {
          // The first word may carry one or two proclitics.
          absl::string_view w = TokText(t);
          const std::string& want = p.words[0];
          const size_t extra = w.size() - want.size();
          match = w == want ||
                  (w.size() > want.size() && extra <= 4 && extra % 2 == 0 &&
                   w.substr(extra) == want && IsProcliticLetter(w.substr(0, 2)) &&
                   (extra == 2 || IsProcliticLetter(w.substr(2, 2))));
        }
      }
      if (!match) continue;
      *role = p.role;
      if (k == 1) {
        *start = toks_[last].begin + static_cast<uint32_t>(strip[l]);
      } else {
        *start = toks_[first].begin +
                 static_cast<uint32_t>(TokText(first).size() - p.words[0].size());
      }
      return k;
    }
  }
  return 0;
}

int NumberGrammar::PhraseAt(int first, std::initializer_list<PhraseRole> roles,
                            PhraseRole* role) const {
  if (!IsWord(first)) return 0;
  const std::vector<int>* list = lex_.PhrasesStartingWith(TokText(first));
  if (list == nullptr) return 0;
  for (int index : *list) {
    const Phrase& p = lex_.phrases()[index];
    bool wanted = false;
    for (PhraseRole r : roles) wanted |= p.role == r;
    if (!wanted) continue;
    const int k = static_cast<int>(p.words.size());
    if (first + k > n_) continue;
    bool match = true;
    for (int m = 1; m < k && match; ++m) {
      match = IsWord(first + m) && TokText(first + m) == p.words[m];
    }
    if (match) {
      *role = p.role;
      return k;
    }
  }
  return 0;
}

// Digits glued to letters: allowed only after the article or proclitics
// (الـ24، و3، بـ5), never before letters (180مل).
bool NumberGrammar::DigitsGluedOk(int i) const {
  return GluedAfterOk(i) && GluedBeforeOk(i);
}

bool NumberGrammar::GluedAfterOk(int i) const {
  if (i + 1 < n_ && !toks_[i + 1].space_before && toks_[i + 1].type == NumToken::kWord) {
    // The era letters of a year stay with it: 2020م، 1445هـ.
    absl::string_view w = TokText(i + 1);
    while (EndsWith(w, "\xD9\x80")) w.remove_suffix(2);  // tatweel
    const bool era = (w == "\xD9\x85" || w == "\xD9\x87") && !toks_[i].decimal &&
                     toks_[i].value >= 1 && toks_[i].value <= 2200;
    if (!era) return false;
  }
  if (i + 1 < n_ && !toks_[i + 1].space_before && toks_[i + 1].type == NumToken::kNum)
    return false;
  return true;
}

bool NumberGrammar::GluedBeforeOk(int i) const {
  if (i > 0 && !toks_[i].space_before && toks_[i - 1].type == NumToken::kWord) {
    absl::string_view w = TokText(i - 1);
    // Strip a trailing tatweel (الـ).
    while (w.size() >= 2 && w.substr(w.size() - 2) == "\xD9\x80") w.remove_suffix(2);
    if (w.size() > kArticle.size() + 4 || w.empty()) return false;
    if (w.size() >= kArticle.size() && w.substr(w.size() - kArticle.size()) == kArticle) {
      w.remove_suffix(kArticle.size());
    }
    for (size_t b = 0; b < w.size(); b += 2) {
      if (!IsProcliticLetter(w.substr(b, 2))) return false;
    }
  }
  return true;
}

// The number word or digits at token j as the next component of the
// cardinal in *st (joined: after و; start: the first component). Each
// returns the number of tokens used, 0 when token j does not continue it.
int NumberGrammar::CardinalDigits(CardinalState* st, int j, bool joined,
                                  bool start) const {
  const NumToken& tk = toks_[j];
  if (!tk.valid || !DigitsGluedOk(j)) return 0;
  if (start) {
    st->a.cur = tk.value;
    st->a.closed = true;
    // Thousands grouped by spaces: 1 234 567.
    int used = 1;
    const int head = PlainDigits(j);
    if (head >= 1 && head <= 3) {
      int k = j + 1;
      while (PlainDigits(k) == 3 && toks_[k].space_before && DigitsGluedOk(k)) ++k;
      if (k > j + 1 && !(IsNum(k) && toks_[k].space_before)) {
        for (int g = j + 1; g < k; ++g) st->a.cur = st->a.cur * 1000 + toks_[g].value;
        used = k - j;
      }
    }
    return used;
  }
  if (!joined || tk.decimal) return 0;
  if (st->a.GroupEmpty() && st->a.total > 0 && tk.value < st->a.last_scale) {
    st->a.cur = tk.value;
    st->a.closed = true;
    st->a.prev_scale = false;
    return 1;
  }
  // ٣ مائة و٢١: digits under a hundred after hundreds only.
  if (st->a.h && !st->a.t && !st->a.u && !st->a.teen && !st->a.closed &&
      st->a.cur < 1000 && tk.value < 100) {
    st->a.cur += tk.value;
    st->a.closed = true;
    st->a.prev_scale = false;
    return 1;
  }
  return 0;
}

int NumberGrammar::CardinalUnit(CardinalState* st, int j, const NumEntry* e, bool joined,
                                bool start) const {
  const NumToken& tk = toks_[j];
  if (!start && !joined && !AfterHundred(st->a)) return 0;
  // و + a count of a plural fraction ends the number: اثنا عشر وثلاثة
  // أرباع = 12.75.
  if (!start && joined && e->value >= 2) {
    if (const NumEntry* f = Entry(j + 1, NumRole::kFractionPl)) {
      if (toks_[j + 1].wa.proclitic_len == 0 && !toks_[j + 1].wa.article &&
          e->value * f->value < 1) {
        st->fraction_end = true;
        st->fraction_value = e->value * f->value;
        return 2;
      }
    }
  }
  if (!start && (st->a.u || st->a.teen || e->value == 0)) return 0;
  if (!start && !st->a.GroupEmpty() && st->a.closed) return 0;
  // unit + عشر/عشرة = 11..19
  if (Entry(j + 1, NumRole::kTenWord) != nullptr && toks_[j + 1].wa.proclitic_len == 0 &&
      e->value >= 1 && !st->a.t) {
    if (toks_[j + 1].wa.article && !tk.wa.article) return 0;
    st->a.cur += 10 + e->value;
    st->a.teen = true;
    st->a.prev_scale = false;
    return 2;
  }
  // unit + مئة = its hundreds (ثلاث مئة)
  if (const NumEntry* h = Entry(j + 1, NumRole::kHundred)) {
    if (h->value == 100 && e->value >= 3 && toks_[j + 1].wa.proclitic_len == 0 &&
        !toks_[j + 1].wa.article && (start || st->a.GroupEmpty())) {
      st->a.cur += e->value * 100;
      st->a.h = true;
      st->a.prev_scale = false;
      return 2;
    }
  }
  // unit + plural fraction (ثلاثة أرباع)
  if (const NumEntry* f = Entry(j + 1, NumRole::kFractionPl)) {
    if (toks_[j + 1].wa.proclitic_len == 0 && !toks_[j + 1].wa.article && e->value >= 2) {
      st->fraction_end = true;
      st->fraction_value = e->value * f->value;
      st->kind_fraction = start;
      return 2;
    }
  }
  if (start && toks_[j].wa.article && e->value == 0) return 0;
  st->a.cur += e->value;
  st->a.u = true;
  st->a.prev_scale = false;
  return 1;
}

int NumberGrammar::CardinalTeenHead(CardinalState* st, int j, const NumEntry* e,
                                    bool joined, bool start) const {
  const NumToken& tk = toks_[j];
  if (!start && !joined) return 0;
  if (!start && (st->a.u || st->a.t || st->a.teen || st->a.closed)) return 0;
  if (Entry(j + 1, NumRole::kTenWord) == nullptr || toks_[j + 1].wa.proclitic_len != 0) {
    // أحد/إحدى + و + a ten is the unit 1 of 21, 31 ... (إحدى وعشرون).
    const bool wa_ten =
        !tk.wa.article &&
        ((IsWaw(j + 1) && IsWord(j + 2) && toks_[j + 2].wa.proclitic_len == 0 &&
          !toks_[j + 2].wa.article && Entry(j + 2, NumRole::kTen) != nullptr) ||
         (IsWord(j + 1) && toks_[j + 1].wa.conjunction &&
          toks_[j + 1].wa.proclitic_len == 2 && !toks_[j + 1].wa.article &&
          view_.substr(toks_[j + 1].begin, 2) == kWaw &&
          Entry(j + 1, NumRole::kTen) != nullptr));
    if (!wa_ten) return 0;
    st->a.cur += e->value;
    st->a.u = true;
    st->a.prev_scale = false;
    return 1;
  }
  st->a.cur += 10 + e->value;
  st->a.teen = true;
  st->a.prev_scale = false;
  return 2;
}

// teen: the one-word teen (حداشر) or null for عشر/عشرة alone.
int NumberGrammar::CardinalTeen(CardinalState* st, int j, const NumEntry* teen,
                                bool joined, bool start) const {
  if (!start && !joined && !AfterHundred(st->a)) return 0;
  if (!start && (st->a.u || st->a.t || st->a.teen || st->a.closed)) return 0;
  st->a.cur += teen != nullptr ? teen->value : 10;
  st->a.teen = true;
  st->a.prev_scale = false;
  return 1;
}

int NumberGrammar::CardinalTen(CardinalState* st, int j, const NumEntry* e, bool joined,
                               bool start) const {
  const NumToken& tk = toks_[j];
  if (!start && !joined && !AfterHundred(st->a)) return 0;
  if (!start && (st->a.t || st->a.teen || st->a.closed)) return 0;
  if (start && tk.wa.article) return 0;  // ال + ten: see ParseOrdinal
  st->a.cur += e->value;
  st->a.t = true;
  st->a.prev_scale = false;
  return 1;
}

int NumberGrammar::CardinalHundred(CardinalState* st, int j, const NumEntry* e,
                                   bool joined, bool start) const {
  const NumToken& tk = toks_[j];
  if (tk.wa.article) return 0;
  // Digits times مئة (322 مئة, ٣ مائة).
  if (!start && !joined && st->a.closed && !st->a.h && e->value == 100 && st->a.cur > 0 &&
      tk.wa.proclitic_len == 0) {
    st->a.cur *= 100;
    st->a.closed = false;
    st->a.h = true;
    st->a.prev_scale = false;
    return 1;
  }
  if (!start &&
      !(joined && st->a.GroupEmpty() && st->a.total > 0 && e->value < st->a.last_scale))
    return 0;
  st->a.cur = e->value;
  st->a.h = true;
  st->a.prev_scale = false;
  return 1;
}

// One of s (ألف), s2 (ألفين), spl (آلاف) is set.
int NumberGrammar::CardinalScale(CardinalState* st, int j, const NumEntry* s,
                                 const NumEntry* s2, const NumEntry* spl, bool joined,
                                 bool start) const {
  const NumToken& tk = toks_[j];
  if (tk.wa.article && !(spl && !start)) return 0;
  const double sv = (s ? s : s2 ? s2 : spl)->value;
  if (start) {
    if (spl) return 0;  // a vague plural
    st->a.total = (s2 || (s && AccDualIsDual(j, *s)) ? 2 : 1) * sv;
    st->a.last_scale = sv;
    st->a.prev_scale = true;
    ++st->a.n_scales;
    st->a.first_scale = sv;
    return 1;
  }
  if (!joined) {
    if (s2 || tk.wa.proclitic_len > 0) return 0;
    if (!st->a.GroupEmpty() && st->a.cur > 0 && sv < st->a.last_scale) {
      st->a.total += st->a.cur * sv;
      st->a.NewGroup();
      st->a.last_scale = sv;
      st->a.prev_scale = true;
      if (st->a.n_scales++ == 0) st->a.first_scale = sv;
      return 1;
    }
    // ألف مليون = 1e9, ألف ألف = 1e6: a scale right after a scale.
    if (st->a.GroupEmpty() && st->a.prev_scale && sv >= st->a.last_scale && !spl) {
      st->a.total *= sv;
      st->a.last_scale = sv;
      ++st->a.n_scales;
      return 1;
    }
    return 0;
  }
  if (spl) return 0;
  if (st->a.GroupEmpty() && st->a.total > 0 && sv < st->a.last_scale) {
    st->a.total += (s2 ? 2 : 1) * sv;
    st->a.last_scale = sv;
    st->a.prev_scale = true;
    ++st->a.n_scales;
    return 1;
  }
  return 0;
}

int NumberGrammar::CardinalComponent(CardinalState* st, int j, bool joined,
                                     bool start) const {
  if (j >= n_) return 0;
  const NumToken& tk = toks_[j];
  if (tk.type == NumToken::kNum) return CardinalDigits(st, j, joined, start);
  if (tk.type != NumToken::kWord || tk.wa.entries == nullptr) return 0;
  // Continuations keep the article of the start only (الأربعة والعشرين).
  if (!start && tk.wa.article && !toks_[st->start].wa.article) return 0;
  if (!start && !joined && tk.wa.proclitic_len > 0) return 0;
  if (!start && joined && tk.wa.proclitic_len > 2) return 0;
  if (const NumEntry* e = Entry(j, NumRole::kUnit))
    return CardinalUnit(st, j, e, joined, start);
  if (const NumEntry* e = Entry(j, NumRole::kTeenHead)) {
    return CardinalTeenHead(st, j, e, joined, start);
  }
  const NumEntry* teen = Entry(j, NumRole::kTeen);
  if (teen != nullptr || Entry(j, NumRole::kTenWord) != nullptr) {
    return CardinalTeen(st, j, teen, joined, start);
  }
  if (const NumEntry* e = Entry(j, NumRole::kTen))
    return CardinalTen(st, j, e, joined, start);
  if (const NumEntry* e = Entry(j, NumRole::kHundred)) {
    return CardinalHundred(st, j, e, joined, start);
  }
  const NumEntry* s = Entry(j, NumRole::kScale);
  const NumEntry* s2 = s ? nullptr : Entry(j, NumRole::kScale2);
  const NumEntry* spl = (s || s2) ? nullptr : Entry(j, NumRole::kScalePl);
  if (s || s2 || spl) return CardinalScale(st, j, s, s2, spl, joined, start);
  // و + a fraction ends the number: ونصف، وربع، وثلثان، وثلاثة أرباع.
  if (joined && !start) {
    const NumEntry* f = Entry(j, NumRole::kFraction);
    if (f == nullptr) f = Entry(j, NumRole::kFraction2);
    if (f != nullptr && !tk.wa.article) {
      st->fraction_end = true;
      st->fraction_value = f->value;
      return 1;
    }
  }
  return 0;
}

bool NumberGrammar::ParseCardinal(int i, NumberCore* c) const {
  CardinalState state;
  state.start = i;
  CardinalState* st = &state;
  int last = -1;

  int used = CardinalComponent(&state, i, false, true);
  if (used == 0) return false;
  last = i + used - 1;
  if (st->kind_fraction) {
    c->first = i;
    c->last = last;
    c->value = st->fraction_value;
    c->kind = NumberKind::kFraction;
    return true;
  }
  while (!st->fraction_end) {
    int j = last + 1;
    if (j >= n_) break;
    int got = 0;
    if (IsWaw(j) && j + 1 < n_) {
      got = CardinalComponent(&state, j + 1, true, false);
      if (got > 0) got += 1;
    } else if (IsWord(j) && toks_[j].wa.conjunction && toks_[j].wa.proclitic_len == 2 &&
               view_.substr(toks_[j].begin, 2) == kWaw) {
      got = CardinalComponent(&state, j, true, false);
    } else if (toks_[j].type == NumToken::kWord) {
      got = CardinalComponent(&state, j, false, false);
    }
    if (got == 0) break;
    last = j + got - 1;
  }
  double value = st->a.total + st->a.cur;
  if (st->fraction_end) {
    double scale =
        (st->a.GroupEmpty() && st->a.last_scale >= 1000 && st->a.last_scale < kInf)
            ? st->a.last_scale
            : 1;
    value += st->fraction_value * scale;
    // مليونين ونصف مليون: the scale repeated after the fraction.
    if (scale > 1) {
      if (const NumEntry* s = Entry(last + 1, NumRole::kScale)) {
        if (s->value == scale && toks_[last + 1].wa.proclitic_len == 0) ++last;
      }
    } else if (st->a.n_scales == 0 && value < 1000) {
      // اثنان ونصف مليون: a scale after the whole and its fraction.
      if (const NumEntry* s = Entry(last + 1, NumRole::kScale)) {
        if (toks_[last + 1].wa.proclitic_len == 0 && !toks_[last + 1].wa.article &&
            s->value >= 1000) {
          value *= s->value;
          ++last;
          ++st->a.n_scales;
        }
      }
    }
  }
  c->first = i;
  c->last = last;
  c->value = value;
  c->kind = NumberKind::kCardinal;
  c->has_scale = st->a.n_scales > 0;
  if (st->a.n_scales == 1 && st->a.total > 0 && st->a.cur == 0 && !st->fraction_end) {
    c->simple_scale = st->a.first_scale;
    c->simple_base = st->a.total / st->a.first_scale;
  }
  return true;
}

bool NumberGrammar::ParseOrdinal(int i, NumberCore* c) const {
  const NumToken& tk = toks_[i];
  double v = 0;
  bool needs_more = false;
  if (const NumEntry* e = Entry(i, NumRole::kOrdinal)) {
    v = e->value;
  } else if (const NumEntry* e = Entry(i, NumRole::kOrdHead)) {
    v = e->value;
    needs_more = true;
  } else if (tk.wa.article && tk.wa.entries != nullptr) {
    // الواحد/الواحدة والعشرون
    bool one = false;
    for (const NumEntry& e : *tk.wa.entries)
      one |= e.role == NumRole::kUnit && e.value == 1;
    if (!one) return false;
    v = 1;
    needs_more = true;
  } else {
    return false;
  }
  int last = i;
  // The month names and fixed phrases that are not numbers.
  PhraseRole role;
  uint32_t start;
  if (PhraseBefore(i - 1, {PhraseRole::kBlockNext}, &role, &start) > 0) return false;
  // أمس الأول is the day before yesterday, like أول أمس.
  if (v == 1 && tk.wa.article && IsWord(i - 1)) {
    absl::string_view w = TokText(i - 1);
    if (w.size() > 6 && IsProcliticLetter(w.substr(0, 2))) w.remove_prefix(2);
    if (w == "\xD8\xA7\xD9\x85\xD8\xB3" ||                  // امس
        w == "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x85\xD8\xB3") {  // الامس
      return false;
    }
  }
  const bool tenword_next =
      Entry(i + 1, NumRole::kTenWord) != nullptr && toks_[i + 1].wa.proclitic_len == 0;
  // و + ال + a ten, the و attached (والعشرون) or apart (و العشرون).
  int ten_at = -1;
  if (IsWord(i + 1) && toks_[i + 1].wa.conjunction &&
      toks_[i + 1].wa.proclitic_len == 2 && view_.substr(toks_[i + 1].begin, 2) == kWaw) {
    ten_at = i + 1;
  } else if (IsWaw(i + 1) && IsWord(i + 2) && toks_[i + 2].wa.proclitic_len == 0) {
    ten_at = i + 2;
  }
  const NumEntry* ten = nullptr;
  if (ten_at >= 0 && toks_[ten_at].wa.article) ten = Entry(ten_at, NumRole::kTen);
  const bool is_head = Entry(i, NumRole::kOrdHead) != nullptr;
  if (v < 10 && tenword_next && (!needs_more || is_head)) {
    v += 10;  // الثالث عشر، الحادي عشر
    last = i + 1;
  } else if (v < 10 && ten != nullptr) {
    v += ten->value;  // الخامس والعشرون، الواحد و الثلاثون
    last = ten_at;
  } else if (needs_more &&
             !(!is_head && tk.wa.article &&
               PhraseBefore(i - 1, {PhraseRole::kHour}, &role, &start) > 0)) {
    // الحادي / الواحد alone are not numbers, except the hour: الساعة الواحدة.
    return false;
  }
  if (PhraseAt(last + 1, {PhraseRole::kBlockPrev}, &role) > 0) return false;
  c->first = i;
  c->last = last;
  c->value = v;
  c->kind = NumberKind::kOrdinal;
  return true;
}

// Scientific notation and powers written with digits: 1e10, 12,5e-3,
// 1.1^23. The exponent may carry a sign.
bool NumberGrammar::ParsePower(int i, NumberCore* c) const {
  int j = i + 1;
  if (j >= n_ || toks_[j].space_before) return false;
  bool e_form;
  if (IsWord(j) && (TokText(j) == "e" || TokText(j) == "E")) {
    e_form = true;
  } else if (IsSym(j, '^')) {
    e_form = false;
  } else {
    return false;
  }
  if (!GluedBeforeOk(i)) return false;
  ++j;
  double sign = 1;
  while (j < n_ && !toks_[j].space_before && (IsSym(j, '-') || IsSym(j, '+'))) {
    if (toks_[j].sym == '-') sign = -sign;
    ++j;
  }
  if (!IsNum(j) || toks_[j].space_before || !toks_[j].valid || !GluedAfterOk(j))
    return false;
  const double x = sign * toks_[j].value;
  const double v =
      e_form ? toks_[i].value * std::pow(10.0, x) : std::pow(toks_[i].value, x);
  c->first = i;
  c->last = j;
  c->value = v;
  c->kind = NumberKind::kCardinal;
  c->vbegin = toks_[i].begin;
  c->vend = toks_[j].end;
  return true;
}

// ال + hundreds or a singular scale after a definite noun, with its ordinal
// remainder: الذكرى المئة، الدورة المئتين، العام المئة والخامس والعشرون،
// الزائر المليون. Not بالمئة / في المئة.
bool NumberGrammar::ParseOrdinalHundred(int i, NumberCore* c) const {
  const NumToken& tk = toks_[i];
  const NumEntry* h = Entry(i, NumRole::kHundred);
  // A singular scale ranks the same way: الزائر المليون، الكتاب الألف.
  if (h == nullptr) h = Entry(i, NumRole::kScale);
  if (h == nullptr || !tk.wa.article || tk.wa.proclitic_len != 0) return false;
  if (IsNum(i - 1) || PluralNoun(i - 1)) return false;
  PhraseRole r;
  if (PhraseAt(i - 1, {PhraseRole::kPercent}, &r) > 0) return false;
  double v = h->value;
  int last = i;
  // والخامس، والعشرون، والخامس والعشرون
  auto joined_article = [&](int j) {
    return IsWord(j) && toks_[j].wa.conjunction && toks_[j].wa.proclitic_len == 2 &&
           toks_[j].wa.article && view_.substr(toks_[j].begin, 2) == kWaw;
  };
  if (joined_article(last + 1)) {
    const NumEntry* o = Entry(last + 1, NumRole::kOrdinal);
    const NumEntry* head = o != nullptr ? nullptr : Entry(last + 1, NumRole::kOrdHead);
    // والحادي عشر، والثالثة عشرة: the teen word follows without و.
    if (o != nullptr || head != nullptr) {
      const double unit = (o != nullptr ? o : head)->value;
      const bool ten_word = Entry(last + 2, NumRole::kTenWord) != nullptr &&
                            toks_[last + 2].wa.proclitic_len == 0 && unit < 10;
      if (ten_word) {
        v += 10 + unit;
        last += 2;
      } else if (joined_article(last + 2) && Entry(last + 2, NumRole::kTen) != nullptr) {
        v += unit + Entry(last + 2, NumRole::kTen)->value;
        last += 2;
      } else if (o != nullptr) {
        v += unit;
        ++last;
      }
    } else if (const NumEntry* t = Entry(last + 1, NumRole::kTen)) {
      v += t->value;
      ++last;
    }
  }
  // Alone, المئة is an ordinal only after a definite noun (الذكرى المئة); with
  // an ordinal remainder (المئة والعشرون) it is one anywhere.
  if (last == i && !Definite(i - 1, true)) return false;
  c->first = i;
  c->last = last;
  c->value = v;
  c->kind = NumberKind::kOrdinal;
  return true;
}

void NumberGrammar::ReadPoint(NumberCore* c) const {
  // Zeros read out right after the point: ثلاثة فاصلة صفر خمسة = 3.05.
  int k = c->last + 2;
  double zeros = 1;
  while (IsWord(k) && toks_[k].wa.entries != nullptr && toks_[k].wa.proclitic_len == 0 &&
         !toks_[k].wa.article && zeros < 1e6) {
    bool zero = false;
    for (const NumEntry& e : *toks_[k].wa.entries) {
      zero |= e.role == NumRole::kUnit && e.value == 0;
    }
    if (!zero) break;
    zeros *= 10;
    ++k;
  }
  // Digits read one by one after the point: ثلاثة فاصل واحد أربعة = 3.14.
  double digits_value = 0, digits_scale = 1;
  int digits_last = -1;
  for (int m = k;
       IsWord(m) && toks_[m].wa.entries != nullptr && toks_[m].wa.proclitic_len == 0 &&
       !toks_[m].wa.article && digits_scale < 1e15;
       ++m) {
    const NumEntry* u = nullptr;
    for (const NumEntry& e : *toks_[m].wa.entries) {
      if (e.role == NumRole::kUnit && u == nullptr) u = &e;
    }
    if (u == nullptr) break;
    digits_value = digits_value * 10 + u->value;
    digits_scale *= 10;
    digits_last = m;
  }
  if (digits_last > k) {
    c->value += digits_value / (digits_scale * zeros);
    c->last = digits_last;
    return;
  }
  NumberCore d;
  // A scale after the decimals scales the whole: واحد فاصلة خمسة مليون.
  const bool parsed = k < n_ && ParseCardinal(k, &d);
  double scale = 1;
  if (parsed && d.has_scale && d.simple_scale > 0 &&
      d.simple_base == std::floor(d.simple_base)) {
    scale = d.simple_scale;
    d.value = d.simple_base;
    d.has_scale = false;
  }
  if (parsed && !d.has_scale && d.value >= 0 && d.value == std::floor(d.value)) {
    double digits = 1;
    if (IsNum(d.first)) {
      int len = 0;
      for (uint32_t b = toks_[d.first].begin; b < toks_[d.first].end;) {
        int l;
        DecodeUtf8(view_.data() + b, &l);
        b += l;
        ++len;
      }
      digits = std::pow(10.0, len);
    } else {
      while (digits <= d.value) digits *= 10;
    }
    c->value = (c->value + d.value / (digits * zeros)) * scale;
    c->has_scale = scale > 1;
    c->last = d.last;
  } else if (k > c->last + 2) {
    c->last = k - 1;  // ثلاثة فاصلة صفر = 3.0
  }
}

void NumberGrammar::ReadDecimal(NumberCore* c) const {
  int k = -1;
  const int j = c->last + 1;
  if (IsWaw(j)) {
    k = j + 1;
  } else if (IsWord(j) && toks_[j].wa.conjunction && toks_[j].wa.proclitic_len == 2 &&
             view_.substr(toks_[j].begin, 2) == kWaw) {
    k = j;
  }
  if (k < 0 || k >= n_) return;
  NumberCore b;
  if (!ParseCardinal(k, &b) || b.has_scale || b.value != std::floor(b.value) ||
      b.value < 1) {
    return;
  }
  const int m = b.last + 1;
  if (!IsWord(m) || toks_[m].wa.proclitic_len > 0 ||
      TokText(m) != "\xD9\x85\xD9\x86") {  // من
    return;
  }
  NumberCore d;
  if (!IsWord(m + 1) || toks_[m + 1].wa.article || !ParseCardinal(m + 1, &d) ||
      !IsTenToThe(d.value) || d.value <= b.value) {
    return;
  }
  c->value += b.value / d.value;
  c->last = d.last;
}

void NumberGrammar::AfterHundredOrdinal(NumberCore* c) const {
  const int j = c->last + 1;
  if (!IsWord(j) || toks_[j].wa.proclitic_len > 0 ||
      TokText(j) != "\xD8\xA8\xD8\xB9\xD8\xAF") {  // بعد
    return;
  }
  const NumEntry* h = Entry(j + 1, NumRole::kHundred);
  if (h == nullptr) h = Entry(j + 1, NumRole::kScale);
  if (h == nullptr || !toks_[j + 1].wa.article || toks_[j + 1].wa.proclitic_len > 0 ||
      h->value <= c->value) {
    return;
  }
  c->value += h->value;
  c->last = j + 1;
}

bool NumberGrammar::HundredWordAt(int i) const {
  const NumEntry* h = Entry(i, NumRole::kHundred);
  return h != nullptr && h->value == 100 && toks_[i].wa.proclitic_len == 0 &&
         !toks_[i].wa.article;
}

// المائة، المئتان، المائتين standing alone (not an ordinal after a definite
// noun, not في المئة): the cardinal, and a scale after it multiplies
// (المئة ألف).
bool NumberGrammar::DefiniteHundred(int i, NumberCore* c) const {
  const NumToken& tk = toks_[i];
  const NumEntry* h = Entry(i, NumRole::kHundred);
  // ال + a scale only after a bound or an approximator: أكثر من الألف
  // (alone, الألف is also the letter alef).
  if (h == nullptr && tk.wa.article && tk.wa.proclitic_len == 0) {
    PhraseRole r;
    uint32_t st;
    if (PhraseBefore(i - 1,
                     {PhraseRole::kMinExcl, PhraseRole::kMinIncl, PhraseRole::kMaxExcl,
                      PhraseRole::kMaxIncl, PhraseRole::kApprox},
                     &r, &st) > 0) {
      h = Entry(i, NumRole::kScale);
    }
  }
  if (h == nullptr || !tk.wa.article || tk.wa.proclitic_len != 0 ||
      (h->value > 200 && h->value < 1000))
    return false;
  if (IsWord(i - 1) && TokText(i - 1) == "\xD9\x81\xD9\x8A") return false;  // في
  PhraseRole r;
  if (PhraseAt(i + 1, {PhraseRole::kBlockPrev}, &r) > 0) return false;
  c->first = i;
  c->last = i;
  c->value = h->value;
  c->kind = NumberKind::kCardinal;
  if (const NumEntry* s = Entry(i + 1, NumRole::kScale)) {
    if (toks_[i + 1].wa.proclitic_len == 0 && !toks_[i + 1].wa.article) {
      c->value *= s->value;
      c->last = i + 1;
      c->has_scale = true;
    }
  }
  return true;
}

uint32_t NumberGrammar::UrlEndAt(uint32_t pos) const {
  if (pos >= chunk_begin_ && pos < chunk_end_) return chunk_url_ ? chunk_end_ : 0;
  auto space = [](char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' ||
           ch == '\v';
  };
  uint32_t b = pos;
  while (b > 0 && !space(view_[b - 1])) --b;
  uint32_t e = pos;
  while (e < view_.size() && !space(view_[e])) ++e;
  const absl::string_view run = view_.substr(b, e - b);
  chunk_begin_ = b;
  chunk_end_ = e;
  auto lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch; };
  chunk_url_ = run.find("://") != absl::string_view::npos ||
               (run.size() > 4 && lower(run[0]) == 'w' && lower(run[1]) == 'w' &&
                lower(run[2]) == 'w' && run[3] == '.');
  return chunk_url_ ? e : 0;
}

bool NumberGrammar::IsPartWord(int i, bool plural) const {
  if (!IsWord(i) || toks_[i].wa.proclitic_len > 0) return false;
  const absl::string_view w = TokText(i);
  if (plural)
    return w == "\xD8\xA3\xD8\xAC\xD8\xB2\xD8\xA7\xD8\xA1" ||  // أجزاء
           w == "\xD8\xA7\xD8\xAC\xD8\xB2\xD8\xA7\xD8\xA1";    // اجزاء
  return w == "\xD8\xAC\xD8\xB2\xD8\xA1" ||                    // جزء
         w == "\xD8\xAC\xD8\xB2\xD8\xA1\xD8\xA7";              // جزءا
}

bool NumberGrammar::ParseDenominator(int j, double numerator, NumberCore* c) const {
  if (!IsWord(j) || toks_[j].wa.proclitic_len > 0) return false;
  const absl::string_view w = TokText(j);
  if (w != "\xD9\x85\xD9\x86") return false;  // من
  // Words only, without the article: واحد من الأربعة is "one of the four".
  if (!IsWord(j + 1) || toks_[j + 1].wa.article) return false;
  NumberCore d;
  if (!ParseCardinal(j + 1, &d) || d.vague || d.value != std::floor(d.value) ||
      d.value <= numerator || d.value < 2) {
    return false;
  }
  c->value = numerator / d.value;
  c->kind = NumberKind::kFraction;
  c->has_scale = false;
  c->last = d.last;
  return true;
}

bool NumberGrammar::ScoreContext(int first) const {
  // Stems in view form (ة → ه, ى → ي, hamza on alef folded).
  static constexpr absl::string_view kScoreWords[] = {
      "\xD9\x81\xD8\xA7\xD8\xB2",                          // فاز
      "\xD9\x81\xD9\x88\xD8\xB2",                          // فوز
      "\xD8\xAA\xD8\xBA\xD9\x84\xD8\xA8",                // تغلب
      "\xD9\x87\xD8\xB2\xD9\x85",                          // هزم
      "\xD8\xAE\xD8\xB3\xD8\xB1",                          // خسر
      "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB5\xD8\xB1",      // انتصر
      "\xD8\xAA\xD8\xB9\xD8\xA7\xD8\xAF\xD9\x84",      // تعادل
      "\xD9\x86\xD8\xAA\xD9\x8A\xD8\xAC\xD9\x87",      // نتيجه
      "\xD9\x85\xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7\xD9\x87",  // مباراه
  };
  for (int k = first - 1; k >= 0 && k >= first - 8; --k) {
    if (!IsWord(k)) continue;
    const absl::string_view w = TokText(k);
    for (absl::string_view stem : kScoreWords) {
      if (w.find(stem) != absl::string_view::npos) return true;
    }
  }
  return false;
}

void NumberGrammar::FractionIdiom(NumberCore* c) const {
  const int j = c->last + 1;
  if (!IsWord(j) || toks_[j].wa.proclitic_len > 0) return;
  const absl::string_view w = TokText(j);
  const bool digits = IsNum(c->first) && c->first == c->last;
  // على (ى folded to ي in the view)
  if ((w == "\xD8\xB9\xD9\x84\xD9\x89" || w == "\xD8\xB9\xD9\x84\xD9\x8A") &&
      j + 1 < n_ && (IsNum(j + 1) || IsWord(j + 1))) {
    NumberCore d;
    bool ok = false;
    if (IsNum(j + 1)) {
      ok = PlainDigits(j + 1) > 0 && DigitsGluedOk(j + 1) && !IsSym(j + 2, '/');
      d.value = toks_[j + 1].value;
      d.last = j + 1;
    } else {
      ok = ParseCardinal(j + 1, &d) && !d.has_scale;
    }
    // A على B is a quotient (300 على 4 = 75) except as a match score (فاز
    // 4 على 2), which sports words before it tell.
    if (ok && d.value == std::floor(d.value) && d.value >= 2 &&
        (d.value > c->value || !ScoreContext(c->first))) {
      c->value /= d.value;
      c->kind = NumberKind::kFraction;
      c->last = d.last;
    }
    return;
  }
  // A من B closing the phrase, no counted noun after B: a ratio (ثلاثة من
  // عشرة، 3 من 10.), also A من أصل B; A من كل B is a ratio whatever follows
  // (واحد من كل خمسة أشخاص). Both in digits or both in words.
  int bj = j + 1;
  bool every = false;
  if (w == "\xD9\x85\xD9\x86" && IsWord(bj) && toks_[bj].wa.proclitic_len == 0) {
    const absl::string_view x = TokText(bj);
    if (x == "\xD9\x83\xD9\x84") {  // كل
      every = true;
      ++bj;
    } else if (x == "\xD8\xA7\xD8\xB5\xD9\x84") {  // اصل (أصل in the view)
      ++bj;
    }
  }
  if (w == "\xD9\x85\xD9\x86" && IsNum(bj) == digits) {  // من
    NumberCore d;
    bool ok;
    if (digits) {
      ok = PlainDigits(bj) > 0 && DigitsGluedOk(bj);
      d.value = toks_[bj].value;
      d.last = bj;
    } else {
      ok = IsWord(bj) && !toks_[bj].wa.article && ParseCardinal(bj, &d) && !d.has_scale;
    }
    const int after = d.last + 1;
    ok = ok && (every || (!IsWord(after) && !IsNum(after))) &&
         !(after < n_ && toks_[after].type == NumToken::kSym &&
           (IsPercentSign(toks_[after].sym) || toks_[after].sym == '/' ||
            toks_[after].sym == '-'));
    if (ok && d.value == std::floor(d.value) && d.value > c->value && d.value >= 2) {
      c->value /= d.value;
      c->kind = NumberKind::kFraction;
      c->last = d.last;
      return;
    }
  }
  if (digits) return;
  // واحد/واحدة من B: one in B.
  if (c->value == 1 && c->first == c->last &&
      Entry(c->first, NumRole::kUnit) != nullptr) {
    ParseDenominator(j, 1, c);
    return;
  }
  // N أجزاء من B
  if (IsPartWord(j, true)) {
    NumberCore f = *c;
    if (ParseDenominator(j + 1, c->value, &f)) *c = f;
  }
}

// From digits at token i: a power, a digit fraction (3/4), a mixed number
// (2 1/4) or a cardinal.
NumberGrammar::CoreStep NumberGrammar::ParseDigitsCore(int i, NumberCore* c) const {
  const NumToken& tk = toks_[i];
  if (!tk.valid) return CoreStep::kNone;
  if (ParsePower(i, c)) return CoreStep::kDone;
  if (!DigitsGluedOk(i)) return CoreStep::kNone;
  // A name with a number (كوفيد-19): digits after a hyphen glued to letters.
  if (i >= 2 && !tk.space_before && toks_[i - 1].type == NumToken::kSym &&
      !toks_[i - 1].space_before && toks_[i - 2].type == NumToken::kWord &&
      (toks_[i - 1].sym == '-' || toks_[i - 1].sym == 0x2013)) {
    return CoreStep::kNone;
  }
  // Digits and a plural fraction: 3 أرباع.
  if (PlainDigits(i) > 0 && tk.value >= 2 && tk.value <= 10) {
    if (const NumEntry* f = Entry(i + 1, NumRole::kFractionPl)) {
      if (toks_[i + 1].wa.proclitic_len == 0 && !toks_[i + 1].wa.article) {
        c->first = i;
        c->last = i + 1;
        c->value = tk.value * f->value;
        c->kind = NumberKind::kFraction;
        return CoreStep::kExtend;
      }
    }
  }
  // Digit fraction 3/4.
  if (IsSym(i + 1, '/') && !toks_[i + 1].space_before && IsNum(i + 2) &&
      !toks_[i + 2].space_before && !IsSym(i + 3, '/') && !tk.decimal &&
      !toks_[i + 2].decimal && toks_[i + 2].valid && toks_[i + 2].value > tk.value &&
      toks_[i + 2].value <= 100 && DigitsGluedOk(i + 2)) {
    c->first = i;
    c->last = i + 2;
    c->value = tk.value / toks_[i + 2].value;
    c->kind = NumberKind::kFraction;
    c->vbegin = tk.begin;
    c->vend = toks_[i + 2].end;
    return CoreStep::kDone;
  }
  // Mixed number 2 1/4.
  if (PlainDigits(i) > 0 && PlainDigits(i + 1) > 0 && toks_[i + 1].space_before &&
      IsSym(i + 2, '/') && !toks_[i + 2].space_before && PlainDigits(i + 3) > 0 &&
      !toks_[i + 3].space_before && !IsSym(i + 4, '/') && DigitsGluedOk(i + 3) &&
      toks_[i + 1].value < toks_[i + 3].value && toks_[i + 3].value <= 100) {
    c->first = i;
    c->last = i + 3;
    c->value = tk.value + toks_[i + 1].value / toks_[i + 3].value;
    c->kind = NumberKind::kFraction;
    c->vbegin = tk.begin;
    c->vend = toks_[i + 3].end;
    return CoreStep::kDone;
  }
  if (!ParseCardinal(i, c)) return CoreStep::kNone;
  return CoreStep::kExtend;
}

// From a number word at token i: a negative, a vague quantity, an ordinal,
// a fraction word or a cardinal.
NumberGrammar::CoreStep NumberGrammar::ParseWordCore(int i, NumberCore* c) const {
  const NumToken& tk = toks_[i];
  // Negative: سالب + number
  if (Entry(i, NumRole::kNegative) != nullptr) {
    if (i + 1 >= n_ || Entry(i + 1, NumRole::kNegative) != nullptr)
      return CoreStep::kNone;
    if (!ParseCore(i + 1, c) || c->rejected || c->vague ||
        c->kind == NumberKind::kOrdinal) {
      return CoreStep::kNone;
    }
    c->value = -c->value;
    c->first = i;
    c->vbegin = WordStart(i);
    return CoreStep::kDone;
  }
  // A word glued to digits before it (1مليون) belongs to a code or unit.
  if (!tk.space_before && IsNum(i - 1)) return CoreStep::kNone;
  {
    // Fixed phrases: في آن واحد (at once) is not a count.
    PhraseRole r0;
    uint32_t s0;
    if (PhraseBefore(i - 1, {PhraseRole::kBlockNext}, &r0, &s0) > 0)
      return CoreStep::kNone;
  }
  // Vague counts: بضع/بضعة/عدة (+ plural power). The view folds ة to ه,
  // so عدة must end in ة in the caller's text: بعده is "after him".
  if (Entry(i, NumRole::kFew) != nullptr && EndsInTehMarbutaIfHeh(i)) {
    double p = 1;
    int last = i;
    // بضع مئات (vaguepl), بضعة آلاف (scalepl).
    const NumEntry* pl = AnyEntry(i + 1, {NumRole::kScalePl, NumRole::kVaguePl});
    if (pl != nullptr && IsPowerOfTen(pl->value) && toks_[i + 1].wa.proclitic_len == 0) {
      p = pl->value;
      last = i + 1;
    }
    c->first = i;
    c->last = last;
    c->vague = true;
    c->vmin = 3 * p;
    c->vmax = 9 * p;
    c->vbegin = WordStart(i);
    c->vend = toks_[last].end;
    return CoreStep::kDone;
  }
  // Vague plurals: عشرات، مئات، آلاف، ملايين (+ الآلاف ...)
  const NumEntry* pl = AnyEntry(i, {NumRole::kVaguePl, NumRole::kScalePl});
  if (pl != nullptr && pl->value >= 10 && IsPowerOfTen(pl->value)) {
    double p = pl->value;
    int last = i;
    if (const NumEntry* pl2 = AnyEntry(i + 1, {NumRole::kScalePl})) {
      if (pl2->value > p && toks_[i + 1].wa.proclitic_len == 0) {
        p *= pl2->value;
        last = i + 1;
      }
    }
    c->first = i;
    c->last = last;
    c->vague = true;
    c->vmin = 3 * p;
    c->vmax = 10 * p - 1;
    c->vbegin = WordStart(i);
    c->vend = toks_[last].end;
    return CoreStep::kDone;
  }
  // Ordinals, and ال + a ten as an ordinal after a singular noun.
  if (ParseOrdinal(i, c)) {
    AfterHundredOrdinal(c);
  } else if (ParseOrdinalHundred(i, c)) {
    // handled
  } else if (DefiniteHundred(i, c)) {
    // handled
  } else if (tk.wa.article && Entry(i, NumRole::kTen) != nullptr) {
    c->first = i;
    c->last = i;
    c->value = Entry(i, NumRole::kTen)->value;
    // After a plural (السنوات العشرين) or a bound (فوق الأربعين) it counts.
    PhraseRole r;
    uint32_t st;
    c->kind =
        PluralNoun(i - 1) || PhraseBefore(i - 1,
                                          {PhraseRole::kMinExcl, PhraseRole::kMinIncl,
                                           PhraseRole::kMaxExcl, PhraseRole::kMaxIncl,
                                           PhraseRole::kApprox},
                                          &r, &st) > 0
            ? NumberKind::kCardinal
            : NumberKind::kOrdinal;
    if (c->kind == NumberKind::kOrdinal) AfterHundredOrdinal(c);
  } else if (const NumEntry* f2 = Entry(i, NumRole::kFraction2)) {
    if (tk.wa.article) return CoreStep::kNone;
    c->first = i;
    c->last = i;
    c->value = f2->value;
    c->kind = NumberKind::kFraction;
  } else if (const NumEntry* f = FractionAt(i)) {
    c->first = i;
    c->last = i;
    c->value = f->value;
    c->kind = NumberKind::kFraction;
    // نصف مليون = 500000
    if (const NumEntry* s = Entry(i + 1, NumRole::kScale)) {
      if (toks_[i + 1].wa.proclitic_len == 0 && !toks_[i + 1].wa.article) {
        c->value = f->value * s->value;
        c->kind = NumberKind::kCardinal;
        c->last = i + 1;
        c->has_scale = true;
      }
    }
    PhraseRole role;
    if (PhraseAt(c->last + 1, {PhraseRole::kBlockPrev}, &role) > 0)
      return CoreStep::kNone;
  } else if (!ParseCardinal(i, c)) {
    return CoreStep::kNone;
  } else {
    // نصف النهائي: not a number; the whole chain is skipped so that a long
    // chain is not parsed again from each of its words.
    PhraseRole role;
    if (PhraseAt(c->last + 1, {PhraseRole::kBlockPrev}, &role) > 0) c->rejected = true;
  }
  return CoreStep::kExtend;
}

// The readings that extend a whole number to the right: فاصلة, a decimal
// read out, a fraction idiom, a half after the counted noun.
void NumberGrammar::ExtendCore(NumberCore* c) const {
  // فاصلة: decimal point in words or digits (واحد فاصلة خمسة).
  if (c->kind == NumberKind::kCardinal && !c->has_scale &&
      c->value == std::floor(c->value) &&
      Entry(c->last + 1, NumRole::kPoint) != nullptr) {
    ReadPoint(c);
  }
  // A decimal read out: A و B من D, D a power of ten above B (ثلاثة وخمسة
  // وعشرون من مئة = 3.25, أربعة وخمسمئة من عشرة آلاف = 4.05).
  if (c->kind == NumberKind::kCardinal && !c->has_scale && !c->vague &&
      c->value == std::floor(c->value)) {
    ReadDecimal(c);
  }
  // Fraction idioms: A على B (ثلاثة على أربعة، 1 على 3), واحد من B and
  // N أجزاء من B (a part of B), with whole numbers A < B.
  if (c->kind == NumberKind::kCardinal && !c->has_scale && !c->vague && c->value >= 1 &&
      c->value == std::floor(c->value)) {
    FractionIdiom(c);
  }
  // A half after the counted noun: ثلاث ساعات ونصف.
  if (c->kind == NumberKind::kCardinal && c->value < 1000 && c->value >= 1 &&
      c->value == std::floor(c->value) && IsWord(c->last + 1) &&
      toks_[c->last + 1].wa.entries == nullptr && IsWord(c->last + 2) &&
      toks_[c->last + 2].wa.conjunction && toks_[c->last + 2].wa.proclitic_len == 2 &&
      !toks_[c->last + 2].wa.article) {
    const NumEntry* f = Entry(c->last + 2, NumRole::kFraction);
    if (f != nullptr && f->value == 0.5) {
      PhraseRole role;
      if (PhraseAt(c->last + 1,
                   {PhraseRole::kPercent, PhraseRole::kTo, PhraseRole::kFrom,
                    PhraseRole::kApproxAfter, PhraseRole::kMinInclAfter},
                   &role) == 0) {
        c->value += 0.5;
        c->last += 2;
      }
    }
  }
}

bool NumberGrammar::ParseCore(int i, NumberCore* c) const {
  const NumToken& tk = toks_[i];
  CoreStep step = CoreStep::kNone;
  if (tk.type == NumToken::kNum) {
    step = ParseDigitsCore(i, c);
  } else if (tk.type == NumToken::kWord && tk.wa.entries == nullptr) {
    // جزء من B: one part of B.
    if (!IsPartWord(i, false) || !ParseDenominator(i + 1, 1, c)) return false;
    c->first = i;
    step = CoreStep::kExtend;
  } else if (tk.type == NumToken::kWord) {
    step = ParseWordCore(i, c);
  }
  if (step == CoreStep::kNone) return false;
  if (step == CoreStep::kDone) return true;
  ExtendCore(c);
  c->vbegin = WordStart(c->first);
  c->vend = toks_[c->last].end;
  return true;
}

// Percent sign or phrase after the number (or ٪ glued before digits).
void NumberGrammar::AddPercent(NumberCore* c) const {
  if (c->vague || c->kind == NumberKind::kOrdinal) return;
  int j = c->last + 1;
  if (j < n_ && toks_[j].type == NumToken::kSym && IsPercentSign(toks_[j].sym)) {
    c->last = j;
    c->vend = toks_[j].end;
    c->percent = true;
    return;
  }
  PhraseRole role;
  if (int k = PhraseAt(j, {PhraseRole::kPercent}, &role)) {
    c->last = j + k - 1;
    c->vend = toks_[c->last].end;
    c->percent = true;
    return;
  }
  int i = c->first;
  // ٪ before the digits: glued (٪15), or apart (٪ 15) when no number just
  // before the sign could own it.
  if (IsNum(i) && i > 0 && toks_[i - 1].type == NumToken::kSym &&
      IsPercentSign(toks_[i - 1].sym) &&
      (!toks_[i].space_before ||
       !(IsNum(i - 2) ||
         (IsWord(i - 2) && toks_[i - 2].wa.entries != nullptr && NumberWord(i - 2))))) {
    c->vbegin = toks_[i - 1].begin;
    c->percent = true;
    return;
  }
  // The phrase before the number: بالمئة 10.
  uint32_t start;
  if (IsNum(i) && PhraseBefore(i - 1, {PhraseRole::kPercent}, &role, &start) > 0 &&
      !(i >= 3 && (IsNum(i - 2) || IsNum(i - 3)))) {
    c->vbegin = start;
    c->percent = true;
  }
}

}  // namespace dhad::internal
