#include "analysis/internal/number_relations.h"

#include <cmath>

namespace dhad::internal {
namespace {

constexpr absl::string_view kArticle = kNumArticle;
constexpr absl::string_view kWaw = kNumWaw;
constexpr absl::string_view kYeh = "\xD9\x8A";  // ي

bool IsComparisonSym(const NumberGrammar& g, int i) {
  return g.IsSym(i, '<') || g.IsSym(i, '>') || g.IsSym(i, '=') || g.IsSym(i, 0x2264) ||
         g.IsSym(i, 0x2265);
}

// A comparison sign ending at token `last` (< > ≤ ≥, or < or > then =, with
// or without a space between): sets *lt to 1 for an upper bound (<) or -1
// for a lower one (>), *incl for <= >= ≤ ≥, and *begin to its first byte.
bool ComparisonSignBefore(const NumberGrammar& g, int at, int* lt, bool* incl,
                          uint32_t* begin) {
  const std::vector<NumToken>& toks = g.toks();
  int k = at - 1;
  if (k < 0 || toks[k].type != NumToken::kSym) return false;
  *incl = false;
  if (toks[k].sym == '=') {
    *incl = true;
    --k;
    if (k < 0 || toks[k].type != NumToken::kSym) return false;
  }
  const char32_t c = toks[k].sym;
  if (c == '<' || c == 0x2264) {
    *lt = 1;
  } else if (c == '>' || c == 0x2265) {
    *lt = -1;
  } else {
    return false;
  }
  if (c == 0x2264 || c == 0x2265) {
    if (*incl) return false;  // ≤=
    *incl = true;
  }
  // The equal sign typed first: =< 30, => 30.
  if (!*incl && k > 0 && !toks[k].space_before && toks[k - 1].type == NumToken::kSym &&
      toks[k - 1].sym == '=') {
    *incl = true;
    --k;
  }
  // Not an arrow or a tag: nothing but a space or a word before the sign.
  if (k > 0 && !toks[k].space_before && toks[k - 1].type == NumToken::kSym) return false;
  *begin = toks[k].begin;
  return true;
}

// Whether a comparison sign or a bound phrase stands before token i, so
// that A إلى B is not read as a range (أقل من 5 إلى 10 is left alone).
bool IsComparisonBefore(const NumberGrammar& g, int i) {
  if (IsComparisonSym(g, i - 1)) return true;
  PhraseRole role;
  uint32_t start;
  return g.PhraseBefore(i - 1,
                        {PhraseRole::kMinExcl, PhraseRole::kMinIncl, PhraseRole::kMaxExcl,
                         PhraseRole::kMaxIncl, PhraseRole::kApprox},
                        &role, &start) > 0;
}

// Whether word i - 1 names a year (عام 2009 إلى 15.7 مليار: the year, then
// where a figure went).
bool AfterYearWord(const NumberGrammar& g, int i) {
  if (!g.IsWord(i - 1)) return false;
  absl::string_view w = g.TokText(i - 1);
  for (int k = 0; k < 2 && w.size() > 2 && IsProcliticLetter(w.substr(0, 2)); ++k) {
    if (w.size() == 6 || w.size() == 10) w.remove_prefix(2);  // لعام، وللعام
  }
  if (w.size() >= 4 && w.substr(0, 4) == kArticle) w.remove_prefix(4);
  return w == "\xD8\xB9\xD8\xA7\xD9\x85" ||  // عام
         w == "\xD8\xB3\xD9\x86\xD9\x87";    // سنه (سنة in the view)
}

// Two digit numbers around a dash that are not a range: a year of the
// Hijri calendar and its Gregorian one (1407 - 1986), a year shortened to
// two digits before a full one (99 - 2000).
bool DatePair(double a, double b) {
  return (a >= 1300 && a <= 1500 && b >= 1850 && b <= 2100) || (a < 100 && b >= 1000);
}

// A dash or tilde between the two ends of a range: - – ~.
bool IsRangeDash(const NumberGrammar& g, int i) {
  return g.IsSym(i, '-') || g.IsSym(i, 0x2013) || g.IsSym(i, '~');
}

// Ranges: بين A و B, من A إلى B, A إلى B, A-B (with A the core `a`). On a
// range, appends the range mention and its two ends to *out, sets *next to
// the token after it and returns true.
bool RangeAt(const NumberGrammar& g, const NumberCore& a, std::vector<FoundMention>* out,
             int* next) {
  const std::vector<NumToken>& toks = g.toks();
  const int n = g.size();
  if (a.vague || !(a.kind == NumberKind::kCardinal || a.percent)) return false;
  PhraseRole role;
  uint32_t open_start = 0;
  int open = g.PhraseBefore(a.first - 1, {PhraseRole::kBetween, PhraseRole::kFrom}, &role,
                            &open_start);
  // بين عامي 2010 و2015: a dual noun in construct between بين and A.
  if (open == 0 && g.IsWord(a.first - 1) && toks[a.first - 1].wa.entries == nullptr &&
      EndsWith(g.TokText(a.first - 1), kYeh) &&
      g.PhraseBefore(a.first - 2, {PhraseRole::kBetween}, &role, &open_start) > 0) {
    open = 1;
  }
  int bstart = -1;
  if (open > 0) {
    PhraseRole r2;
    if (role == PhraseRole::kBetween) {
      if (g.IsWaw(a.last + 1)) {
        bstart = a.last + 2;
      } else if (g.IsWord(a.last + 1) && toks[a.last + 1].wa.conjunction &&
                 toks[a.last + 1].wa.proclitic_len == 2) {
        bstart = a.last + 1;
      }
    }
    // بين A إلى B, من A إلى B (حتى).
    if (bstart < 0 && g.PhraseAt(a.last + 1, {PhraseRole::kTo}, &r2) == 1) {
      bstart = a.last + 2;
    }
    // The counted noun after each end: من 18 سنة إلى 25 سنة.
    if (bstart < 0 && role == PhraseRole::kFrom && g.IsWord(a.last + 1) &&
        toks[a.last + 1].wa.entries == nullptr &&
        g.PhraseAt(a.last + 2, {PhraseRole::kTo}, &r2) == 1 && a.last + 4 < n &&
        g.IsWord(a.last + 4) && g.TokText(a.last + 4) == g.TokText(a.last + 1)) {
      bstart = a.last + 3;
    }
  } else if (PhraseRole r2; g.PhraseAt(a.last + 1, {PhraseRole::kTo}, &r2) == 1 &&
                            g.IsNum(a.first) == g.IsNum(a.last + 2) &&
                            !IsComparisonBefore(g, a.first) &&
                            !AfterYearWord(g, a.first)) {
    // A إلى B without an opener (15 إلى 60 دقيقة): both ends in digits
    // or both in words.
    bstart = a.last + 2;
    open_start = a.vbegin;
  } else if (g.IsNum(a.first) &&
             (a.last == a.first || (a.percent && a.last == a.first + 1 &&
                                    g.toks()[a.last].type == NumToken::kSym)) &&
             g.IsNum(a.last + 2) && IsRangeDash(g, a.last + 1) &&
             // The dash glued on both sides, or spaced on both (300 - 900).
             toks[a.last + 1].space_before == toks[a.last + 2].space_before &&
             // Not a phone number or a date: +1-222-333, 12-05-2020.
             !(a.first > 0 && !toks[a.first].space_before &&
               toks[a.first - 1].type == NumToken::kSym) &&
             !(a.last + 3 < n && toks[a.last + 3].type == NumToken::kSym &&
               (toks[a.last + 3].space_before == toks[a.last + 1].space_before) &&
               (toks[a.last + 3].sym == '-' || toks[a.last + 3].sym == '/')) &&
             !DatePair(a.value, toks[a.last + 2].value) &&
             // Not the second half of a score or a set: 7/ 5 - 7/ 5.
             !(a.first > 0 && toks[a.first - 1].type == NumToken::kSym &&
               (toks[a.first - 1].sym == '/' || toks[a.first - 1].sym == ':'))) {
    bstart = a.last + 2;
    open_start = a.vbegin;
  }
  NumberCore b;
  if (bstart >= 0 && bstart < n && g.ParseCore(bstart, &b) && !b.rejected && !b.vague &&
      b.kind == NumberKind::kCardinal) {
    g.AddPercent(&b);
    double av = a.value;
    if (!a.has_scale && b.simple_scale > 0 && av < b.simple_base) av *= b.simple_scale;
    // Without an opener, a bare first end must take the second's scale
    // (15 إلى 20 مليار), not sit below it by chance (2015 إلى 163.4 ألف).
    const bool bare_mismatch = open == 0 && !a.has_scale && b.has_scale && av == a.value;
    if (std::isfinite(b.value) && av < b.value && !bare_mismatch &&
        (a.percent == b.percent || !a.percent)) {
      const bool pct = b.percent;
      // Only a word on the opener side is inside the range's span.
      NumberMention r;
      r.span = Span{0, 0};
      r.kind = pct ? NumberKind::kPercent : NumberKind::kCardinal;
      r.min = av;
      r.max = b.value;
      r.min_inclusive = r.max_inclusive = true;
      out->push_back({open_start, b.vend, r});
      NumberMention ma;
      ma.value = av;
      ma.kind = pct ? NumberKind::kPercent : NumberKind::kCardinal;
      out->push_back({a.vbegin, a.vend, ma});
      NumberMention mb;
      mb.value = b.value;
      mb.kind = pct ? NumberKind::kPercent : NumberKind::kCardinal;
      out->push_back({b.vbegin, b.vend, mb});
      *next = b.last + 1;
      return true;
    }
  }
  return false;
}

// Two bounds joined by و: أكثر من 10 وأقل من 20 -> min 10, max 20 (also with
// signs: >= 25 و <= 50). *m has one bound; on a second one after *a, *m gets
// both and no value, and *a is widened over it.
void JoinSecondBound(const NumberGrammar& g, NumberCore* a, NumberMention* m) {
  const std::vector<NumToken>& toks = g.toks();
  const int n = g.size();
  absl::string_view view = g.view();
  if ((m->min.has_value() != m->max.has_value()) && a->kind != NumberKind::kOrdinal) {
    const bool have_min = m->min.has_value();
    for (int k = a->last + 2; k < n && k <= a->last + 7; ++k) {
      PhraseRole r2;
      uint32_t s2;
      int len = have_min
                    ? g.PhraseBefore(k - 1, {PhraseRole::kMaxExcl, PhraseRole::kMaxIncl},
                                     &r2, &s2)
                    : g.PhraseBefore(k - 1, {PhraseRole::kMinExcl, PhraseRole::kMinIncl},
                                     &r2, &s2);
      // A sign after و: >= 25 و <= 50.
      int lt = 0;
      bool sign_incl = false;
      uint32_t sign_begin = 0;
      if (len == 0 && g.IsWaw(a->last + 1) &&
          ComparisonSignBefore(g, k, &lt, &sign_incl, &sign_begin) &&
          (lt > 0) == have_min && toks[a->last + 2].begin == sign_begin) {
        len = k - (a->last + 2);
        r2 = have_min ? (sign_incl ? PhraseRole::kMaxIncl : PhraseRole::kMaxExcl)
                      : (sign_incl ? PhraseRole::kMinIncl : PhraseRole::kMinExcl);
      }
      if (len == 0) continue;
      const int pfirst = k - len;
      const bool attached = pfirst == a->last + 1 &&
                            s2 == toks[pfirst].begin + kWaw.size() &&
                            view.substr(toks[pfirst].begin, 2) == kWaw;
      const bool apart = pfirst == a->last + 2 && g.IsWaw(a->last + 1);
      if (!attached && !apart) break;
      NumberCore b;
      if (!g.ParseCore(k, &b)) continue;  // a longer phrase may end later
      if (b.rejected || b.vague || b.kind == NumberKind::kOrdinal) break;
      g.AddPercent(&b);
      if (!std::isfinite(b.value) || b.percent != a->percent) break;
      const double lo = have_min ? *m->min : b.value;
      const double hi = have_min ? b.value : *m->max;
      if (!(lo < hi)) break;
      m->value.reset();
      m->min = lo;
      m->max = hi;
      if (have_min) {
        m->max_inclusive = r2 == PhraseRole::kMaxIncl;
      } else {
        m->min_inclusive = r2 == PhraseRole::kMinIncl;
      }
      a->last = b.last;
      a->vend = b.vend;
      break;
    }
  }
}

// The mention of the number *a with a value: its sign, the comparison signs
// and bound phrases before or after it, and a second bound joined by و. May
// widen *a (a bound after it) and move *vbegin (a sign or phrase before it).
void RelateBounds(const NumberGrammar& g, NumberCore* a, NumberMention* m,
                  uint32_t* vbegin, uint32_t taken_until) {
  const std::vector<NumToken>& toks = g.toks();
  const int n = g.size();
  m->value = a->value;
  m->kind = a->percent ? NumberKind::kPercent : a->kind;
  // Negative sign glued before digits (not after a digit: 2-2), also
  // right after a comparison sign (<-8); spaced before a digit fraction
  // (- 2 1/3).
  int sign_at = a->first;
  if (g.IsNum(a->first) && a->first > 0 &&
      (g.IsSym(a->first - 1, '-') || g.IsSym(a->first - 1, 0x2212)) &&
      !g.IsNum(a->first - 2) &&
      (!toks[a->first].space_before
           ? (a->first - 1 == 0 || toks[a->first - 1].space_before ||
              IsComparisonSym(g, a->first - 2))
           : (a->kind == NumberKind::kFraction &&
              // Not a list item (- 1/2 كوب سكر).
              !g.IsWord(a->last + 1) &&
              (a->first - 1 == 0 ||
               (toks[a->first - 1].space_before && !g.IsNum(a->first - 2)))))) {
    m->value = -*m->value;
    *vbegin = toks[a->first - 1].begin;
    sign_at = a->first - 1;
  }
  // Comparison signs before the number: < <= > >= ≤ ≥ (< = 75).
  if (a->kind != NumberKind::kOrdinal) {
    int lt = 0;
    bool incl = false;
    uint32_t sbegin = 0;
    if (ComparisonSignBefore(g, sign_at, &lt, &incl, &sbegin)) {
      m->approximate = true;
      if (lt > 0) {
        m->max = m->value;
        m->max_inclusive = incl;
      } else {
        m->min = m->value;
        m->min_inclusive = incl;
      }
      *vbegin = sbegin;
    }
  }
  // Approximators and bounds before the number.
  PhraseRole role;
  uint32_t start;
  if (g.PhraseBefore(a->first - 1,
                     {PhraseRole::kApprox, PhraseRole::kMinExcl, PhraseRole::kMinIncl,
                      PhraseRole::kMaxExcl, PhraseRole::kMaxIncl},
                     &role, &start) > 0 &&
      a->kind != NumberKind::kOrdinal &&
      // (12 وما دون عشر: a phrase the mention before took as its own bound
      // is not taken twice.)
      start >= taken_until) {
    *vbegin = start;
    m->approximate = true;
    switch (role) {
      case PhraseRole::kMinExcl:
        m->min = m->value;
        break;
      case PhraseRole::kMinIncl:
        m->min = m->value;
        m->min_inclusive = true;
        break;
      case PhraseRole::kMaxExcl:
        m->max = m->value;
        break;
      case PhraseRole::kMaxIncl:
        m->max = m->value;
        m->max_inclusive = true;
        break;
      default:
        break;
    }
  }
  // After: تقريبا within the next three words; على الأقل / أو أكثر /
  // على الأكثر right after the number (then inside the span) or after
  // its counted noun.
  if (a->kind != NumberKind::kOrdinal) {
    for (int j = a->last + 1; j < n && j <= a->last + 3 && g.IsWord(j); ++j) {
      PhraseRole r;
      if (g.PhraseAt(j, {PhraseRole::kApproxAfter}, &r) > 0) {
        m->approximate = true;
        break;
      }
      if (toks[j].wa.entries != nullptr) break;
    }
    for (int j = a->last + 1; j <= a->last + 2 && g.IsWord(j) && !m->min && !m->max;
         ++j) {
      PhraseRole r;
      if (int k =
              g.PhraseAt(j, {PhraseRole::kMinInclAfter, PhraseRole::kMaxInclAfter}, &r)) {
        m->approximate = true;
        if (r == PhraseRole::kMinInclAfter) {
          m->min = m->value;
          m->min_inclusive = true;
        } else {
          m->max = m->value;
          m->max_inclusive = true;
        }
        if (j == a->last + 1) {
          a->last = j + k - 1;
          a->vend = toks[a->last].end;
        }
        break;
      }
      if (toks[j].wa.entries != nullptr) break;
    }
  }
  JoinSecondBound(g, a, m);
}

}  // namespace

void RelateMentions(const NumberGrammar& g, std::vector<FoundMention>* out) {
  const std::vector<NumToken>& toks = g.toks();
  const int n = g.size();
  int i = 0;
  while (i < n) {
    const NumToken& tk = toks[i];
    const bool candidate =
        tk.type == NumToken::kNum ||
        (tk.type == NumToken::kWord && tk.wa.entries != nullptr) ||
        (tk.type == NumToken::kWord &&
         (tk.end - tk.begin == 6 || tk.end - tk.begin == 8) && g.IsPartWord(i, false));
    if (!candidate) {
      ++i;
      continue;
    }
    // Numbers inside a web address (http://a.com/?q=40%25) are not mentions.
    if (const uint32_t url_end = g.UrlEndAt(tk.begin)) {
      while (i < n && toks[i].begin < url_end) ++i;
      continue;
    }
    NumberCore a;
    if (!g.ParseCore(i, &a)) {
      ++i;
      continue;
    }
    if (a.rejected) {
      i = a.last + 1;
      continue;
    }
    const uint32_t vbegin_before_percent = a.vbegin;
    g.AddPercent(&a);
    // A sign or phrase before the number that the mention before already
    // took as its own (9%1, ثلث%2) is not taken twice.
    if (a.vbegin < vbegin_before_percent && !out->empty() &&
        a.vbegin < out->back().vend) {
      a.vbegin = vbegin_before_percent;
      a.percent = false;
    }
    if (!std::isfinite(a.value)) {
      i = a.last + 1;
      continue;
    }
    // nisba: بنسبة 20 -> a percent.
    if (!a.percent && a.kind == NumberKind::kCardinal && !a.vague && g.IsWord(i - 1) &&
        g.Entry(i - 1, NumRole::kNisba) != nullptr) {
      a.percent = true;
    }
    // Digits after ال/الـ following a definite noun: an ordinal (الدورة الـ45).
    if (g.IsNum(a.first) && a.kind == NumberKind::kCardinal && !a.has_scale &&
        !a.percent && !toks[a.first].decimal && a.first >= 2 &&
        !toks[a.first].space_before && g.IsWord(a.first - 1)) {
      absl::string_view w = g.TokText(a.first - 1);
      while (w.size() >= 2 && w.substr(w.size() - 2) == "\xD9\x80") w.remove_suffix(2);
      // After a plural (الساعات الـ24) it counts: a cardinal.
      if (w == kArticle && g.Definite(a.first - 2, true) && !g.PluralNoun(a.first - 2)) {
        a.kind = NumberKind::kOrdinal;
      }
    }

    int next = 0;
    if (RangeAt(g, a, out, &next)) {
      i = next;
      continue;
    }

    NumberMention m;
    uint32_t vbegin = a.vbegin;
    if (a.vague) {
      m.approximate = true;
      m.min = a.vmin;
      m.max = a.vmax;
      m.min_inclusive = m.max_inclusive = true;
    } else {
      RelateBounds(g, &a, &m, &vbegin, out->empty() ? 0 : out->back().vend);
    }
    out->push_back({vbegin, a.vend, m});
    i = a.last + 1;
  }
}

}  // namespace dhad::internal
