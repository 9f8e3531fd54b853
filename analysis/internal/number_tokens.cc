#include "analysis/internal/number_tokens.h"

#include <cmath>

#include "absl/strings/numbers.h"
#include "analysis/chars.h"
#include "analysis/utf8.h"

namespace dhad::internal {
namespace {

bool IsWordChar(char32_t c) {
  return IsLetter(c) || IsArabicMark(c) || c == kNumTatweel || c == 0x200C || c == 0x200D;
}

bool IsDigitSep(char32_t c) {
  return c == '.' || c == ',' || c == 0x066B || c == 0x066C || c == 0x060C;
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

}  // namespace

void TokenizeNumbers(absl::string_view view, size_t begin, size_t end,
                     const NumberLexicon& lex, NumTokenizeScratch* scratch,
                     std::vector<NumToken>* out) {
  out->clear();
  const size_t n = end;
  size_t i = begin;
  bool space = true;
  std::vector<DigitRun>& runs = scratch->runs;
  std::vector<char32_t>& seps = scratch->seps;
  while (i < n) {
    int len;
    char32_t c = DecodeUtf8(view.data() + i, &len);
    if (IsSpace(c)) {
      space = true;
      i += len;
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
        break;
      }
      runs.push_back({static_cast<uint32_t>(run_begin), static_cast<uint32_t>(j)});
      // Decide what the separators mean.
      const int ns = static_cast<int>(seps.size());
      int decimal_at = -1;  // index of the separator that is a decimal point
      bool ok = true;
      if (ns > 0) {
        int n_arabic_dec = 0, n_dot = 0, n_comma = 0, n_thousand = 0;
        for (char32_t s : seps) {
          if (s == 0x066B)
            ++n_arabic_dec;
          else if (s == '.')
            ++n_dot;
          else if (s == 0x066C)
            ++n_thousand;
          else
            ++n_comma;  // ',' or '،'
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
          t.valid = DigitsValue(view, runs.data(), decimal_at + 1, &runs[decimal_at + 1],
                                &t.value);
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
          d.space_before = g == 0 ? t.space_before : false;
          d.begin = runs[g].begin;
          d.end = runs[g].end;
          d.valid = DigitsValue(view, &runs[g], 1, nullptr, &d.value);
          out->push_back(d);
          if (g + 1 < runs.size()) {
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
      i = j;
      continue;
    }
    if (IsWordChar(c)) {
      size_t j = i + len;
      while (j < n) {
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
  }
}

size_t NumberSegmentEnd(absl::string_view view, size_t begin) {
  const size_t n = view.size();
  for (size_t i = begin; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(view[i]);
    if (b == '\n') return i + 1;
    size_t after = 0;
    if (b == '.' || b == '!' || b == '?') {
      after = i + 1;
    } else if (b == 0xD8 && i + 1 < n &&
               (static_cast<unsigned char>(view[i + 1]) == 0x9F ||   // ؟
                static_cast<unsigned char>(view[i + 1]) == 0x9B)) {  // ؛
      after = i + 2;
    } else {
      continue;
    }
    if (after < n && (view[after] == ' ' || view[after] == '\n' || view[after] == '\t')) {
      return after + 1;
    }
  }
  return n;
}

}  // namespace dhad::internal
