#include "analysis/internal/number_tokens.h"

#include <cmath>

#include "absl/strings/numbers.h"
#include "analysis/chars.h"
#include "base/utf8.h"

namespace dhad::internal {
namespace {

bool IsWordChar(char32_t c) {
  if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) return true;
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsLetter(c) || IsArabicMark(c) || c == kNumTatweel || c == 0x200C || c == 0x200D;
}

bool IsDigitSep(char32_t c) {
  return c == '.' || c == ',' || c == 0x066B || c == 0x066C || c == 0x060C;
}

// The spaces that may group thousands inside one number: no-break, thin and
// narrow no-break space (7 654 321 with U+202F).
bool IsGroupSpace(char32_t c) { return c == 0x00A0 || c == 0x2009 || c == 0x202F; }

constexpr char32_t kReh = 0x0631;  // ر, the decimal mark of Gulf wire copy

// ASCII digits (the view has no others) at s[i, i + count), and no digit
// right after them.
bool DigitsAt(absl::string_view s, size_t i, int count) {
  if (i + count > s.size()) return false;
  for (int k = 0; k < count; ++k) {
    if (s[i + k] < '0' || s[i + k] > '9') return false;
  }
  return i + count == s.size() || s[i + count] < '0' || s[i + count] > '9';
}

// Length of the run of ASCII digits at s[i...].
int DigitRunLength(absl::string_view s, size_t i) {
  int k = 0;
  while (i + k < s.size() && s[i + k] >= '0' && s[i + k] <= '9') ++k;
  return k;
}

int SmallValue(absl::string_view s, size_t i, int len) {
  int v = 0;
  for (int k = 0; k < len; ++k) v = v * 10 + (s[i + k] - '0');
  return v;
}

// When a time (10:30, 9:15:20) or a date (15/7/2016, 4-6-2015, 15.7.2016,
// 2020/05/13, 2019-11-05, 1995-01) starts at view byte i, the byte where it
// ends; 0 otherwise. `i` must start a digit run (no digit before it). The
// view holds ASCII digits only.
size_t DateTimeEnd(absl::string_view s, size_t i) {
  const int a = DigitRunLength(s, i);
  if (a == 0 || a > 4) return 0;
  size_t j = i + a;
  if (j + 1 >= s.size()) return 0;
  const char sep = s[j];
  // Something after the whole form that would make it part of a longer run
  // (a fourth group, a phone number).
  auto clean_end = [&](size_t e) {
    return e == s.size() || !((s[e] == sep || s[e] == ':' || s[e] == '/' || s[e] == '-' ||
                               s[e] == '.' || s[e] == ',') &&
                              e + 1 < s.size() && s[e + 1] >= '0' && s[e + 1] <= '9');
  };
  if (sep == ':') {
    if (a > 2 || SmallValue(s, i, a) > 24 || !DigitsAt(s, j + 1, 2) ||
        SmallValue(s, j + 1, 2) > 59) {
      return 0;
    }
    size_t e = j + 3;
    if (e + 2 < s.size() && s[e] == ':' && DigitsAt(s, e + 1, 2)) e += 3;
    return clean_end(e) ? e : 0;
  }
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  const int b = DigitRunLength(s, j + 1);
  // Month and year of either calendar: 7/2016, 9/1436 (not 1/1000).
  if (a <= 2 && sep == '/' && b == 4 && SmallValue(s, i, a) >= 1 &&
      SmallValue(s, i, a) <= 12) {
    const int year = SmallValue(s, j + 1, 4);
    if ((year >= 1900 && year < 2100) || (year >= 1350 && year < 1500)) {
      return clean_end(j + 5) ? j + 5 : 0;
    }
  }
  if (b == 0 || b > 2) return 0;
  const size_t k = j + 1 + b;
  const int v1 = SmallValue(s, i, a), v2 = SmallValue(s, j + 1, b);
  // Year and month alone: 1995-01, 2015/07 (the month with its zero).
  if (a == 4 && b == 2 && s[j + 1] == '0' && v2 >= 1 && (k >= s.size() || s[k] != sep) &&
      sep != '.' && v1 >= 1000) {
    return clean_end(k) ? k : 0;
  }
  if (k + 1 >= s.size() || s[k] != sep) return 0;
  const int c = DigitRunLength(s, k + 1);
  const size_t e = k + 1 + c;
  if (a <= 2) {  // day, month, year
    if (v1 < 1 || v1 > 31 || v2 < 1 || v2 > 12 || (c != 4 && c != 2)) return 0;
  } else if (a == 4) {  // year, month, day
    const int v3 = c >= 1 && c <= 2 ? SmallValue(s, k + 1, c) : 0;
    if (v2 < 1 || v2 > 12 || v3 < 1 || v3 > 31) return 0;
  } else {
    return 0;
  }
  return clean_end(e) ? e : 0;
}

// Converts the digits of [begin, end) of `s` (ASCII, Arabic-Indic or
// Persian, nothing else) plus an optional fraction into a double. Returns
// false when the value is not finite.
bool DigitsValue(absl::string_view s, const DigitRun* parts, int n_int,
                 const DigitRun* frac, double* out) {
  char buf[400];
  size_t k = 0;
  auto put = [&](const DigitRun& r) {
    for (uint32_t i = r.begin; i < r.end;) {
      int len;
      char32_t c = DecodeUtf8(s.data() + i, &len);
      i += len;
      int d = ArabicDigitValue(c);
      if (d < 0) continue;
      if (k + 2 >= sizeof(buf)) return false;
      buf[k++] = static_cast<char>('0' + d);
    }
    return true;
  };
  for (int i = 0; i < n_int; ++i) {
    if (!put(parts[i])) return false;
  }
  if (frac != nullptr) {
    if (k + 2 >= sizeof(buf)) return false;
    buf[k++] = '.';
    if (!put(*frac)) return false;
  }
  double v;
  if (!absl::SimpleAtod(absl::string_view(buf, k), &v) || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

int DigitCount(absl::string_view s, const DigitRun& r) {
  int n = 0;
  for (uint32_t i = r.begin; i < r.end;) {
    int len;
    DecodeUtf8(s.data() + i, &len);
    i += len;
    ++n;
  }
  return n;
}

// A number of Gulf wire copy at view byte i: digit groups joined by ر in
// reverse order. Two groups are a decimal, the fraction first (75ر3 = 3.75),
// unless the first has three digits and no scale word follows, which groups
// thousands (000ر22 = 22000, 500ر12 مسافر = 12500); three or more are
// thousands groups (500ر250ر1 = 1250500), all but the last of three digits.
// Sets *value and *decimal and returns the end, or 0 when there is none.
size_t RehNumberEnd(absl::string_view s, size_t i, const NumberLexicon& lex,
                    double* value, bool* decimal) {
  DigitRun groups[8];
  int n_groups = 0;
  size_t j = i;
  int len = 0;
  while (n_groups < 8) {
    const int a = DigitRunLength(s, j);
    if (a == 0) break;
    groups[n_groups++] = {static_cast<uint32_t>(j), static_cast<uint32_t>(j + a)};
    j += a;
    if (j + 2 >= s.size() || DecodeUtf8(s.data() + j, &len) != kReh ||
        DigitRunLength(s, j + len) == 0) {
      break;
    }
    j += len;
  }
  if (n_groups < 2 || n_groups == 8) return 0;
  const size_t e = j;
  // Not a code with more letters or separators glued after it (12ر3ب).
  if (e < s.size()) {
    const char32_t next = DecodeUtf8(s.data() + e, &len);
    if (IsLetter(next) || ((IsDigitSep(next) || next == '/') && e + len < s.size() &&
                           s[e + len] >= '0' && s[e + len] <= '9')) {
      return 0;
    }
  }
  // Two groups: a first group of three digits is a decimal only before a
  // scale word (935ر6 مليون = 6.935e6); before anything else it groups
  // thousands (500ر12 مسافر = 12500), as 000 always does.
  bool thousands = n_groups > 2;
  if (n_groups == 2 && groups[0].end - groups[0].begin == 3) {
    thousands = true;
    size_t w = e;
    while (w < s.size() && s[w] == ' ') ++w;
    size_t w_end = w;
    while (w_end + 1 < s.size() && (static_cast<unsigned char>(s[w_end]) == 0xD8 ||
                                    static_cast<unsigned char>(s[w_end]) == 0xD9)) {
      w_end += 2;
    }
    const WordAnalysis wa = lex.Analyze(s.substr(w, w_end - w));
    if (wa.entries != nullptr && wa.proclitic_len == 0 && !wa.article &&
        absl::string_view(s.data() + groups[0].begin, 3) != "000") {
      for (const NumEntry& entry : *wa.entries) {
        if (entry.role == NumRole::kScale || entry.role == NumRole::kScale2 ||
            entry.role == NumRole::kScalePl) {
          thousands = false;
        }
      }
    }
  }
  if (thousands) {
    for (int g = 0; g + 1 < n_groups; ++g) {
      if (groups[g].end - groups[g].begin != 3) return 0;
    }
    DigitRun ordered[8];
    for (int g = 0; g < n_groups; ++g) ordered[g] = groups[n_groups - 1 - g];
    *decimal = false;
    return DigitsValue(s, ordered, n_groups, nullptr, value) ? e : 0;
  }
  *decimal = true;
  return DigitsValue(s, &groups[1], 1, &groups[0], value) ? e : 0;
}

// Reads the run of digit groups at view byte i (the token *t starts there)
// into *out: one number when its separators fit a convention, else one
// number per group with the separators between them. Returns its end.
size_t ScanDigitRun(absl::string_view view, size_t i, size_t n, NumToken t,
                    NumTokenizeScratch* scratch, std::vector<NumToken>* out) {
  std::vector<DigitRun>& runs = scratch->runs;
  std::vector<char32_t>& seps = scratch->seps;
  int len;
  // A run of digit groups joined by separators each followed by a digit.
  runs.clear();
  seps.clear();
  size_t j = i;
  size_t run_begin = i;
  while (j < n) {
    int l;
    char32_t d = DecodeUtf8(view.data() + j, &l);
    if (ArabicDigitValue(d) >= 0) {
      j += l;
      continue;
    }
    if (IsDigitSep(d) && j + l < n) {
      int l2;
      char32_t d2 = DecodeUtf8(view.data() + j + l, &l2);
      if (ArabicDigitValue(d2) >= 0) {
        runs.push_back({static_cast<uint32_t>(run_begin), static_cast<uint32_t>(j)});
        seps.push_back(d);
        j += l;
        run_begin = j;
        continue;
      }
    }
    // A grouping space (no-break, thin): only before exactly three
    // digits, after a head of one to three digits or a group of three.
    if (IsGroupSpace(d) && DigitsAt(view.substr(0, n), j + l, 3)) {
      const int head =
          DigitCount(view, {static_cast<uint32_t>(run_begin), static_cast<uint32_t>(j)});
      if (head == 3 || (runs.empty() && head >= 1 && head <= 3)) {
        runs.push_back({static_cast<uint32_t>(run_begin), static_cast<uint32_t>(j)});
        seps.push_back(d);
        j += l;
        run_begin = j;
        continue;
      }
    }
    break;
  }
  runs.push_back({static_cast<uint32_t>(run_begin), static_cast<uint32_t>(j)});
  // Decide what the separators mean.
  const int ns = static_cast<int>(seps.size());
  int decimal_at = -1;  // index of the separator that is a decimal point
  bool ok = true;
  if (ns > 0) {
    int n_arabic_dec = 0, n_dot = 0, n_comma = 0, n_thousand = 0, n_acomma = 0;
    for (char32_t s : seps) {
      if (s == 0x066B)
        ++n_arabic_dec;
      else if (s == '.')
        ++n_dot;
      else if (s == 0x066C || IsGroupSpace(s))
        ++n_thousand;
      else if (s == 0x060C)
        ++n_acomma;
      else
        ++n_comma;
    }
    // The Arabic comma groups thousands beside another mark (45،310,25);
    // alone it is read as ','.
    if (n_acomma > 0 && n_dot + n_comma + n_thousand + n_arabic_dec > 0) {
      n_thousand += n_acomma;
    } else {
      n_comma += n_acomma;
    }
    auto groups_of_three = [&](int from, int to) {  // runs (from, to] are 3 digits
      for (int g = from + 1; g <= to; ++g) {
        if (DigitCount(view, runs[g]) != 3) return false;
      }
      return DigitCount(view, runs[0]) <= 3 && DigitCount(view, runs[0]) >= 1;
    };
    if (n_arabic_dec > 0) {
      ok = n_arabic_dec == 1 && seps.back() == 0x066B && groups_of_three(0, ns - 1);
      decimal_at = ns - 1;
    } else if (n_dot > 0 && n_comma > 0) {
      // Both: the last one is the decimal point, the others thousands.
      char32_t last = seps.back();
      for (int s = 0; s + 1 < ns; ++s) ok &= seps[s] != last;
      ok = ok && groups_of_three(0, ns - 1);
      decimal_at = ns - 1;
    } else if (n_thousand > 0 && n_dot + n_comma == 0) {
      ok = groups_of_three(0, ns);
    } else if (n_thousand > 0 && n_dot + n_comma == 1 &&
               (seps.back() == '.' || seps.back() == ',')) {
      // Thousands marks, then one decimal point: 7 654 321.5, 1٬250,75.
      ok = groups_of_three(0, ns - 1);
      decimal_at = ns - 1;
    } else if (ns == 1) {
      // One '.' or ',': a decimal point, except ',' before exactly three
      // digits after a short non-zero head (1,250).
      if (seps[0] != '.' && DigitCount(view, runs[1]) == 3 &&
          DigitCount(view, runs[0]) <= 3 &&
          ArabicDigitValue(DecodeUtf8(view.data() + runs[0].begin, &len)) != 0) {
        decimal_at = -1;
      } else {
        decimal_at = 0;
      }
    } else {
      ok = n_thousand == 0 && groups_of_three(0, ns);
    }
  }
  if (ok) {
    t.type = NumToken::kNum;
    t.end = static_cast<uint32_t>(j);
    if (decimal_at >= 0) {
      t.decimal = true;
      t.valid =
          DigitsValue(view, runs.data(), decimal_at + 1, &runs[decimal_at + 1], &t.value);
    } else {
      t.valid = DigitsValue(view, runs.data(), static_cast<int>(runs.size()), nullptr,
                            &t.value);
    }
    out->push_back(t);
  } else {
    // Not one number (192.168.1.2, 1,2,3): each group is an integer.
    for (size_t g = 0; g < runs.size(); ++g) {
      NumToken d;
      d.type = NumToken::kNum;
      d.space_before = g == 0 ? t.space_before : IsGroupSpace(seps[g - 1]);
      d.begin = runs[g].begin;
      d.end = runs[g].end;
      d.valid = DigitsValue(view, &runs[g], 1, nullptr, &d.value);
      out->push_back(d);
      if (g + 1 < runs.size() && !IsGroupSpace(seps[g])) {
        NumToken s;
        s.type = NumToken::kSym;
        s.begin = runs[g].end;
        s.end = runs[g + 1].begin;
        int l;
        s.sym = DecodeUtf8(view.data() + s.begin, &l);
        out->push_back(s);
      }
    }
  }
  return j;
}

}  // namespace

size_t TokenizeSegment(absl::string_view view, size_t begin, const NumberLexicon& lex,
                       NumTokenizeScratch* scratch, std::vector<NumToken>* out) {
  out->clear();
  const size_t n = view.size();
  size_t i = begin;
  bool space = true;
  while (i < n) {
    if (view[i] == ' ') {
      space = true;
      ++i;
      continue;
    }
    int len;
    char32_t c = DecodeUtf8(view.data() + i, &len);
    if (IsSpace(c)) {
      space = true;
      i += len;
      if (c == '\n') return i;  // a line ends the segment
      continue;
    }
    NumToken t;
    t.space_before = space;
    space = false;
    t.begin = static_cast<uint32_t>(i);
    // A decimal with no integer part after a space: .75
    if ((c == '.' || c == 0x066B) && t.space_before && i + len < n) {
      int l2;
      if (ArabicDigitValue(DecodeUtf8(view.data() + i + len, &l2)) >= 0) {
        size_t j = i + len;
        while (j < n) {
          int l;
          if (ArabicDigitValue(DecodeUtf8(view.data() + j, &l)) < 0) break;
          j += l;
        }
        DigitRun frac{static_cast<uint32_t>(i + len), static_cast<uint32_t>(j)};
        t.type = NumToken::kNum;
        t.end = static_cast<uint32_t>(j);
        t.decimal = true;
        t.valid = DigitsValue(view, nullptr, 0, &frac, &t.value);
        out->push_back(t);
        i = j;
        continue;
      }
    }
    if (ArabicDigitValue(c) >= 0) {
      // A date or a time is one token that no number starts from.
      if (const size_t e = DateTimeEnd(view.substr(0, n), i)) {
        t.type = NumToken::kDateTime;
        t.end = static_cast<uint32_t>(e);
        out->push_back(t);
        i = e;
        continue;
      }
      // The numbers of Gulf wire copy: 75ر3 = 3.75, 000ر22 = 22000.
      if (const size_t e =
              RehNumberEnd(view.substr(0, n), i, lex, &t.value, &t.decimal)) {
        t.type = NumToken::kNum;
        t.end = static_cast<uint32_t>(e);
        out->push_back(t);
        i = e;
        continue;
      }
      i = ScanDigitRun(view, i, n, t, scratch, out);
      continue;
    }
    if (IsWordChar(c)) {
      size_t j = i + len;
      const unsigned char* p = reinterpret_cast<const unsigned char*>(view.data());
      while (j < n) {
        // Fast path: the two-byte Arabic block U+0600..U+067F and ASCII.
        const unsigned char b0 = p[j];
        if ((b0 == 0xD8 || b0 == 0xD9) && j + 1 < n) {
          const char32_t d = ((b0 & 0x1F) << 6) | (p[j + 1] & 0x3F);
          if ((d >= 0x0621 && d <= 0x065F) || (d >= 0x0610 && d <= 0x061A) ||
              (d >= 0x066E && d <= 0x067F)) {
            j += 2;
            continue;
          }
          break;
        }
        if (b0 < 0x80) {
          if ((b0 | 0x20) >= 'a' && (b0 | 0x20) <= 'z') {
            ++j;
            continue;
          }
          break;
        }
        int l;
        char32_t d = DecodeUtf8(view.data() + j, &l);
        if (!IsWordChar(d)) break;
        j += l;
      }
      t.type = NumToken::kWord;
      t.end = static_cast<uint32_t>(j);
      t.wa = lex.Analyze(view.substr(i, j - i));
      out->push_back(t);
      i = j;
      continue;
    }
    t.type = NumToken::kSym;
    t.sym = c;
    t.end = static_cast<uint32_t>(i + len);
    out->push_back(t);
    i += len;
    // A terminator followed by a space, a tab or a line break ends the
    // segment after that character.
    if ((c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x061B) && i < n &&
        (view[i] == ' ' || view[i] == '\n' || view[i] == '\t')) {
      return i + 1;
    }
  }
  return n;
}

}  // namespace dhad::internal
