#include "analysis/internal/quote_tokens.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "analysis/chars.h"
#include "base/utf8.h"

namespace dhad::internal {
namespace {

// Mark families: a closing mark only closes an opening mark of its family.
enum Family : int {
  kAscii = 0,
  kCurly,
  kGuillemet,
  kSingleGuillemet,
  kSingleCurly,
  kAsciiSingle,
  kFamilies  // how many
};

int FamilyOf(char32_t cp) {
  switch (cp) {
    case U'"':
    case U'\uFF02':
      return kAscii;
    case U'\'':
      return kAsciiSingle;
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
      return kCurly;
    case U'\u00AB':
    case U'\u00BB':
      return kGuillemet;
    case U'\u2039':
    case U'\u203A':
      return kSingleGuillemet;
    default:
      return kSingleCurly;
  }
}

bool IsPunct(char32_t cp) {
  switch (cp) {
    case U'\u060C':  // ،
    case U',':
    case U'\u061B':  // ؛
    case U';':
    case U':':
    case U'.':
    case U'!':
    case U'?':
    case U'\u061F':  // ؟
    case U'\u2026':  // …
    case U'(':
    case U')':
    case U'[':
    case U']':
    case U'{':
    case U'}':
    case U'\u2013':
    case U'\u2014':
    case U'\u06D4':  // ۔
      return true;
    default:
      return false;
  }
}

// Punctuation or quote mark that may follow a closing mark.
bool IsCloseContext(char32_t cp) {
  return IsSpace(cp) || IsPunct(cp) || IsQuoteMark(cp) || cp == U'-';
}

bool IsOpenPunct(char32_t cp) {
  switch (cp) {
    case U'(':
    case U'[':
    case U'{':
    case U':':
    case U'\u060C':
    case U',':
    case U'\u061B':
    case U';':
    case U'-':
    case U'\u2013':
    case U'\u2014':
    case U'\u00AB':
    case U'\u201C':
    case U'\u201E':
      return true;
    default:
      return false;
  }
}

// One-letter proclitics that can be written against an opening mark:
// و"أحرار، بـ"الخيانة"، ل"..." (and the article, الـ"...").
bool IsProcliticLetter(char32_t cp) {
  return cp == U'\u0648' || cp == U'\u0641' || cp == U'\u0628' || cp == U'\u0644' ||
         cp == U'\u0643';
}

struct Cursor {
  absl::string_view s;
  char32_t At(size_t pos, int* len) const {
    if (pos >= s.size()) {
      *len = 0;
      return 0;
    }
    return DecodeUtf8(s.data() + pos, len);
  }
  // Code point ending before `pos`, or 0 at the start.
  char32_t Before(size_t pos, int* len) const {
    if (pos == 0) {
      *len = 0;
      return 0;
    }
    return DecodeUtf8Before(s, pos, len);
  }
};

enum class MarkRole { kNone, kOpen, kClose };

// Decides from the neighbours whether the mark at [pos, pos+len) opens or
// closes a quotation.
MarkRole RoleOf(const Cursor& c, size_t pos, int len, char32_t cp) {
  switch (cp) {
    case U'\u00AB':
    case U'\u2039':
    case U'\u2018':
      return MarkRole::kOpen;
    case U'\u00BB':
    case U'\u203A':
      return MarkRole::kClose;
    default:
      break;
  }
  int pl = 0, nl = 0;
  const char32_t prev = c.Before(pos, &pl);
  const char32_t next = c.At(pos + len, &nl);
  bool prev_open_ctx = pl == 0 || IsSpace(prev) || IsOpenPunct(prev);
  bool proclitic = false;  // written against a proclitic or the article
  if (!prev_open_ctx) {
    // A proclitic letter (possibly with a tatweel) at the start of a word.
    size_t p = pos - pl;
    char32_t letter = prev;
    int ll = pl;
    if (letter == kTatweel && p > 0) letter = c.Before(p, &ll), p -= ll;
    if (IsProcliticLetter(letter)) {
      int bl = 0;
      char32_t before = c.Before(p, &bl);
      // (Or the article, الـ"الرياض", written apart from the name.)
      if (letter == U'\u0644' && before == U'\u0627') {
        p -= bl;
        before = c.Before(p, &bl);
      }
      if (bl == 0 || IsSpace(before) || IsOpenPunct(before)) prev_open_ctx = proclitic = true;
    }
  }
  const bool next_wordish = nl != 0 && !IsSpace(next) && !(IsPunct(next) && next != U'(' &&
                                                           next != U'[' && next != U'\u2026') &&
                            FamilyOf(next) != FamilyOf(cp) && next != U'\u00BB';
  const bool prev_wordish = pl != 0 && !IsSpace(prev);
  const bool next_close_ctx = nl == 0 || IsCloseContext(next);
  if (cp == U'\u2019') {
    // Apostrophe inside a Latin word, or a closing single mark.
    return (prev_wordish && next_close_ctx) ? MarkRole::kClose : MarkRole::kNone;
  }
  // الآن.”وفقا لوكالة: ” after the end of a sentence and against the next
  // word closes what it ended (a wire service's missing space).
  if (cp == U'\u201D' && IsTerminator(prev) && next_wordish) return MarkRole::kClose;
  if (prev_open_ctx && next_wordish) return MarkRole::kOpen;
  // (A mark against a proclitic opens, also with a space inside it:
  // الـ" الرياض".)
  if (proclitic && IsSpace(next)) {
    int sl = 0;
    const char32_t after = c.At(pos + len + nl, &sl);
    if (sl != 0 && !IsSpace(after) && !IsPunct(after) && FamilyOf(after) != FamilyOf(cp)) return MarkRole::kOpen;
  }
  if (prev_wordish && next_close_ctx) return MarkRole::kClose;
  if (cp == U'\u201C' || cp == U'\u201E') return prev_wordish ? MarkRole::kClose : MarkRole::kNone;
  return MarkRole::kNone;
}

// Some pages encode « as a brace: {من عدن سنستعيد اليمن». Such a brace
// opens a quotation when » closes it before any other brace, guillemet or
// paragraph break. Between two braces stand names (خدمة {واشنطن بوست}),
// verses of the Quran and code, which stay punctuation.
bool BraceOpensGuillemet(const Cursor& c, size_t pos) {
  int l = 0;
  const char32_t next = c.At(pos + 1, &l);
  if (next < U'\u0621' || next > U'\u064A') return false;
  for (size_t i = pos + 1; i < c.s.size(); i += l) {
    const char32_t cp = c.At(i, &l);
    if (cp == U'\u00BB') return true;
    if (cp == U'{' || cp == U'}' || cp == U'\u00AB' || cp == U'\n' || cp == U'\r' || cp == U'\u2029')
      return false;
  }
  return false;
}

// Quotations of scripture, sayings and posts are often set in parentheses
// after a colon: قال تعالى: (...)، يقول رسول الله صلى الله عليه وسلم:
// ((...))، وقال: (...). The byte offset of the parenthesis that closes the
// one at `pos` (written after a colon, or right inside one that is) when it
// holds two words or more and closes within the paragraph, or npos; the
// pair then counts as guillemets. (A list item or an abbreviation after a
// colon, (1)، (واس), is one word.) The search stops after 4,000 bytes (the
// longest such quotation in a day of news has 1,373), so that a text of
// ":(" repeated is not scanned to its end for each.
size_t ColonParenClose(const Cursor& c, size_t pos) {
  int depth = 0;
  bool space = false;
  int l = 0;
  const size_t end = std::min(c.s.size(), pos + 4000);
  for (size_t i = pos; i < end; i += l) {
    const char32_t cp = c.At(i, &l);
    if (cp == U'\n' || cp == U'\r' || cp == U'\u2029' || cp == U'\u2028') return absl::string_view::npos;
    if (cp == U'(') ++depth;
    if (cp == U')' && --depth == 0) return space ? i : absl::string_view::npos;
    if (IsSpace(cp) && depth == 1 && i > pos + 1) space = true;
  }
  return absl::string_view::npos;
}

// A word that announces a list after its colon, هي: (...)، منها: (...)،
// من حيث: (...)، كالتالي: (...) (in the view, where ى is ي; with or
// without و).
bool IntroducesList(absl::string_view w) {
  if (absl::StartsWith(w, "\u0648") && w.size() > 4) w.remove_prefix(2);
  for (absl::string_view l : {"\u0647\u064A", "\u0647\u0648", "\u0645\u0646\u0647\u0627",
                              "\u062D\u064A\u062B", "\u0627\u0644\u062A\u0627\u0644\u064A",
                              "\u0643\u0627\u0644\u062A\u0627\u0644\u064A", "\u0627\u0644\u0627\u062A\u064A",
                              "\u0643\u0627\u0644\u0627\u062A\u064A"}) {
    if (w == l) return true;
  }
  return false;
}

// Whether the parenthesis at byte `i` of `view` opens a quotation after a
// colon (ColonParenClose finds its closing one, pushed on `paren_close`) or
// closes the innermost such quotation (popped). Not inside a quotation
// (`open_marks`), not the outer one of ((...)), nor after a list word or
// after an earlier colon of the sentence whose words run on unquoted to this
// one: قال فلان: ... مقولة: (...). After a quotation that closed it may: على
// قوله تعالى: (...)، وعلى قوله تعالى: (...).
bool ParenIsQuoteMark(const QTokens& out, absl::string_view view, const Cursor& c, size_t i, int open_marks,
                      std::vector<size_t>* paren_close) {
  if (view[i] == ')') {
    if (paren_close->empty() || paren_close->back() != i) return false;
    paren_close->pop_back();
    return true;
  }
  if (open_marks > 0 || (i + 1 < view.size() && view[i + 1] == '(')) return false;
  // (The colon, right before or before a first parenthesis.)
  size_t k = out.toks.size();
  if (k >= 1 && out.toks[k - 1].kind == QTokKind::kPunct && out.toks[k - 1].cp == U'(') --k;
  if (k < 2 || out.toks[k - 1].kind != QTokKind::kPunct || out.toks[k - 1].cp != U':') return false;
  // (An earlier colon is looked for over 200 tokens at most.)
  for (size_t j = k - 1; j-- > 0 && j + 200 > k;) {
    if (out.toks[j + 1].para_before || out.toks[j].kind == QTokKind::kMark) break;
    if (out.toks[j].kind != QTokKind::kPunct) continue;
    if (IsTerminator(out.toks[j].cp)) break;
    if (out.toks[j].cp == U':') return false;
  }
  const QTok& w = out.toks[k - 2];
  if (w.kind == QTokKind::kWord && IntroducesList(view.substr(w.begin, w.end - w.begin))) return false;
  const size_t close = ColonParenClose(c, i);
  if (close == absl::string_view::npos) return false;
  paren_close->push_back(close);
  return true;
}

}  // namespace

bool IsQuoteMark(char32_t cp) {
  switch (cp) {
    case U'\'':
    case U'"':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u2018':
    case U'\u2019':
    case U'\u2039':
    case U'\u203A':
    case U'\uFF02':
      return true;
    default:
      return false;
  }
}

bool IsTerminator(char32_t cp) {
  return cp == U'.' || cp == U'!' || cp == U'?' || cp == U'\u061F' || cp == U'\u06D4';
}

namespace {

// The stack of open marks, with, per family, the positions of that family's
// marks in it: a closing mark finds its opener without scanning the marks of
// other families (100,000 unclosed « before a run of " made pairing
// quadratic), and every mark is pushed and popped once.
class OpenMarks {
 public:
  bool empty() const { return stack_.empty(); }
  int bottom() const { return stack_.front(); }
  void Push(int t, int family) {
    by_family_[family].push_back(static_cast<int>(stack_.size()));
    stack_.push_back(t);
    family_.push_back(family);
  }
  // Pops the innermost open mark of `family` and every mark above it;
  // returns its token, or -1 when no mark of that family is open.
  int PopTo(int family) { return by_family_[family].empty() ? -1 : PopFrom(by_family_[family].back()); }
  // The innermost open mark of `family`, or -1.
  int TopOf(int family) const { return by_family_[family].empty() ? -1 : stack_[by_family_[family].back()]; }
  // The innermost open mark and its family; -1 when none is open.
  int Top() const { return stack_.empty() ? -1 : stack_.back(); }
  int TopFamily() const { return family_.empty() ? -1 : family_.back(); }
  // Pops the outermost open mark of `family` and every mark above it;
  // returns its token, or -1.
  int PopToOutermost(int family) { return by_family_[family].empty() ? -1 : PopFrom(by_family_[family].front()); }
  // Keeps only the bottom mark.
  void KeepBottom() {
    const int t = stack_.front();
    const int f = family_.front();
    Clear();
    Push(t, f);
  }
  void Clear() {
    stack_.clear();
    family_.clear();
    for (std::vector<int>& v : by_family_) v.clear();
  }

 private:
  // Pops the mark at stack position k and every mark above it; returns its
  // token.
  int PopFrom(int k) {
    const int t = stack_[k];
    while (static_cast<int>(stack_.size()) > k) {
      by_family_[family_.back()].pop_back();
      stack_.pop_back();
      family_.pop_back();
    }
    return t;
  }

  std::vector<int> stack_;   // token indices of open marks
  std::vector<int> family_;  // family of each
  std::vector<int> by_family_[kFamilies];
};

void Pair(QTokens* out, const std::vector<MarkRole>& roles) {
  OpenMarks open;
  auto family = [&](int t) { return FamilyOf(out->toks[t].cp); };
  const int n = static_cast<int>(out->toks.size());
  // For a closing mark of another family (below): per token, the next mark
  // of each family of double marks and the next paragraph's first token,
  // made when the first such mark is met (most documents have none).
  std::vector<int> next_mark[kFamilies];
  std::vector<int> next_para;
  const auto index_marks = [&]() {
    if (!next_para.empty()) return;
    next_para.assign(n + 1, n);
    for (int f : {kAscii, kCurly, kGuillemet}) next_mark[f].assign(n + 1, n);
    for (int t = n - 1; t >= 0; --t) {
      next_para[t] = t + 1 < n && out->toks[t + 1].para_before ? t + 1 : next_para[t + 1];
      for (int f : {kAscii, kCurly, kGuillemet}) {
        next_mark[f][t] = t + 1 < n && out->toks[t + 1].kind == QTokKind::kMark && family(t + 1) == f
                              ? t + 1
                              : next_mark[f][t + 1];
      }
    }
  };
  for (int t = 0; t < n; ++t) {
    QTok& tok = out->toks[t];
    if (tok.para_before && !open.empty()) {
      // A quotation continues over a paragraph break only when the new
      // paragraph reopens with a mark of its family.
      const int bottom = open.bottom();
      if (tok.kind == QTokKind::kMark && roles[t] == MarkRole::kOpen &&
          family(t) == family(bottom)) {
        open.KeepBottom();
        continue;  // the reopening mark is absorbed
      }
      open.Clear();
    }
    if (tok.kind != QTokKind::kMark) continue;
    // لـ”الوئام ” المتحدث: some papers open with ” and set a space inside
    // the closing ” too. With space on both sides the mark's neighbours say
    // nothing; after a word, it closes the quotation a ” opened.
    const int top = roles[t] == MarkRole::kNone && tok.cp == U'\u201D' ? open.TopOf(family(t)) : -1;
    const bool spaced_close = top >= 0 && out->toks[top].cp == U'\u201D' && tok.space_before && t > 0 &&
                              out->toks[t - 1].kind == QTokKind::kWord &&
                              (t + 1 >= n || out->toks[t + 1].space_before ||
                               out->toks[t + 1].kind == QTokKind::kPunct);
    // صحيفة "ذا ستار " البريطانية، وضع صعب بالفعل ".: the same with the
    // ASCII mark, which opens and closes alike: after a word, it closes a
    // quotation opened in its sentence a few words before, or any open one
    // when punctuation follows.
    const int ascii_top = roles[t] == MarkRole::kNone && tok.cp == U'"' ? open.TopOf(family(t)) : -1;
    const bool spaced_ascii_close =
        ascii_top >= 0 && out->toks[ascii_top].cp == U'"' && tok.space_before && t > 0 &&
        out->toks[t - 1].kind == QTokKind::kWord &&
        ((t + 1 < n && out->toks[t + 1].kind == QTokKind::kPunct && !out->toks[t + 1].para_before) ||
         (t - ascii_top <= 12 && (t + 1 >= n || out->toks[t + 1].space_before)));
    // موقع " سكاي نيوز": the same inside the opening mark. A double mark
    // that opens and closes alike (« always opens), with space on both
    // sides and none of its family open, opens when the next mark of its
    // family closes, a few words on in the paragraph.
    bool spaced_open = false;
    if (roles[t] == MarkRole::kNone && !spaced_close && !spaced_ascii_close && tok.space_before && t + 1 < n &&
        out->toks[t + 1].kind == QTokKind::kWord && out->toks[t + 1].space_before &&
        (tok.cp == U'"' || tok.cp == U'\u201C' || tok.cp == U'\u201D') &&
        open.TopOf(family(t)) < 0) {
      index_marks();
      const int k = next_mark[family(t)][t];
      spaced_open = k < next_para[t] && k - t <= 12 && roles[k] == MarkRole::kClose;
    }
    if (roles[t] == MarkRole::kOpen || spaced_open) {
      open.Push(t, family(t));
    } else if (roles[t] == MarkRole::kClose || spaced_close || spaced_ascii_close) {
      int opener = open.PopTo(family(t));
      // "...» / «...”: a quotation some papers close with a mark of another
      // family. A closing mark with no opener of its family closes the
      // innermost open one, of double marks both, when no mark of the
      // opener's family that may close it follows in the paragraph.
      const auto is_double = [](int f) { return f == kAscii || f == kCurly || f == kGuillemet; };
      if (opener < 0 && roles[t] == MarkRole::kClose && is_double(family(t)) && open.Top() >= 0 &&
          is_double(open.TopFamily())) {
        const int f = open.TopFamily();
        // (Up to the next opening mark of that family, which the marks
        // after it close. Looked up, not scanned: a run of unmatched marks
        // would make the scan quadratic.)
        index_marks();
        const int k = next_mark[f][t];
        const bool later = k < next_para[t] && roles[k] != MarkRole::kOpen;
        // (Of several open marks of that family, the first: a stray one
        // inside the quotation opened nothing, ان "... قايد صالح "الذي
        // ...».)
        if (!later) opener = open.PopToOutermost(f);
      }
      if (opener >= 0) {
        QPair p;
        p.open = opener;
        p.close = t;
        out->pairs.push_back(p);
      }
    }
  }
  std::sort(out->pairs.begin(), out->pairs.end(),
            [](const QPair& a, const QPair& b) { return a.open < b.open; });
  std::vector<int> enclosing;
  for (int i = 0; i < static_cast<int>(out->pairs.size()); ++i) {
    QPair& p = out->pairs[i];
    while (!enclosing.empty() && out->pairs[enclosing.back()].close < p.open) enclosing.pop_back();
    p.parent = enclosing.empty() ? -1 : enclosing.back();
    enclosing.push_back(i);
    out->toks[p.open].pair = i;
    out->toks[p.close].pair = i;
  }
  out->top.assign(n, -1);
  for (int i = 0; i < static_cast<int>(out->pairs.size()); ++i) {
    const QPair& p = out->pairs[i];
    if (p.parent != -1) continue;
    for (int t = p.open + 1; t < p.close; ++t) out->top[t] = i;
  }
}

}  // namespace

QTokens TokenizeAndPair(absl::string_view view) {
  QTokens out;
  out.toks.reserve(view.size() / 5 + 4);
  Cursor c{view};
  std::vector<MarkRole> roles;
  roles.reserve(view.size() / 5 + 4);
  size_t i = 0;
  bool space = false, para = false;
  // The closing parentheses of the quotations ColonParenClose found, the
  // innermost last.
  std::vector<size_t> paren_close;
  // How many more quotation marks opened than closed in the paragraph: a
  // parenthesis inside a quotation is punctuation (ParenIsQuoteMark).
  int open_marks = 0;
  while (i < view.size()) {
    int len = 1;
    const char32_t cp = DecodeUtf8(view.data() + i, &len);
    if (IsSpace(cp)) {
      space = true;
      if (cp == U'\n' || cp == U'\r' || cp == U'\u2029' || cp == U'\u2028') para = true;
      i += len;
      continue;
    }
    QTok tok;
    tok.begin = static_cast<uint32_t>(i);
    tok.space_before = space;
    tok.para_before = para && !out.toks.empty();
    space = para = false;
    MarkRole role = MarkRole::kNone;
    if (tok.para_before) open_marks = 0;
    if (IsQuoteMark(cp)) {
      tok.kind = QTokKind::kMark;
      tok.cp = cp;
      role = RoleOf(c, i, len, cp);
      if (role == MarkRole::kOpen) ++open_marks;
      if (role == MarkRole::kClose && open_marks > 0) --open_marks;
      i += len;
    } else if (cp == U'{' && BraceOpensGuillemet(c, i)) {
      tok.kind = QTokKind::kMark;
      tok.cp = U'\u00AB';
      role = MarkRole::kOpen;
      i += len;
    } else if ((cp == U'(' || cp == U')') && ParenIsQuoteMark(out, view, c, i, open_marks, &paren_close)) {
      tok.kind = QTokKind::kMark;
      tok.cp = cp == U'(' ? U'\u00AB' : U'\u00BB';
      role = cp == U'(' ? MarkRole::kOpen : MarkRole::kClose;
      i += len;
    } else if (IsPunct(cp) || (cp == U'-' && (tok.space_before || i + 1 >= view.size() ||
                                              view[i + 1] == ' '))) {
      tok.kind = QTokKind::kPunct;
      tok.cp = cp;
      i += len;
      if (cp == U'.') {
        while (i < view.size() && view[i] == '.') ++i;
      }
    } else {
      tok.kind = QTokKind::kWord;
      i += len;
      while (i < view.size()) {
        int l = 1;
        const char32_t d = DecodeUtf8(view.data() + i, &l);
        // Arabic letters (ء to ي), the bulk of every word, are none of the
        // separators below: skip the tests.
        if (d >= U'\u0621' && d <= U'\u064A') {
          i += l;
          continue;
        }
        if (IsSpace(d) || IsQuoteMark(d)) break;
        if (IsPunct(d)) {
          // 2.5, 1,000, 10:30 stay one word.
          const bool digit_before = ArabicDigitValue(DecodeUtf8Before(view, i, &len)) >= 0;
          int nl2 = 0;
          const char32_t after = c.At(i + l, &nl2);
          const bool joins = (d == U'.' || d == U',' || d == U':' || d == U'\u060C') &&
                             digit_before && nl2 != 0 && ArabicDigitValue(after) >= 0;
          if (!joins) break;
        }
        i += l;
      }
    }
    tok.end = static_cast<uint32_t>(i);
    out.toks.push_back(tok);
    roles.push_back(role);
  }
  Pair(&out, roles);
  return out;
}

void BoundSentences(absl::string_view view, const std::vector<bool>* splitter_starts,
                    QTokens* out) {
  const int n = static_cast<int>(out->toks.size());
  out->sent_of.assign(n, 0);
  out->sent_begin.clear();
  out->para_of.clear();
  int para = 0;
  for (int t = 0; t < n; ++t) {
    const QTok& tok = out->toks[t];
    if (tok.para_before) ++para;
    bool brk = t == 0;
    const bool inside = out->top[t] != -1 ||
                        (tok.kind == QTokKind::kMark && tok.pair != -1 &&
                         out->pairs[tok.pair].close == t && out->pairs[tok.pair].parent == -1);
    if (!brk && !inside) {
      if (tok.para_before) {
        brk = true;
      } else if (splitter_starts != nullptr) {
        brk = (*splitter_starts)[t];
        // ... على الهواتف الذكية.. وكذلك عبر وسائل الإعلام: an ellipsis
        // before a coordinated noun (و + ال) or وكذلك continues the list of
        // the clause (Gulf press uses it as a comma); before و + a verb a
        // new sentence starts.
        const QTok& prev = out->toks[t - 1];
        if (brk && tok.kind == QTokKind::kWord && prev.kind == QTokKind::kPunct &&
            ((prev.cp == U'.' && prev.end - prev.begin > 1) || prev.cp == U'\u2026')) {
          const absl::string_view w = view.substr(tok.begin, tok.end - tok.begin);
          if (absl::StartsWith(w, "\u0648\u0627\u0644") || w == "\u0648\u0643\u0630\u0644\u0643") brk = false;
        }
      } else {
        const QTok& prev = out->toks[t - 1];
        auto ends = [&](int k) {
          const QTok& p = out->toks[k];
          if (p.kind != QTokKind::kPunct || !IsTerminator(p.cp)) return false;
          if (p.cp == U'.' && p.end - p.begin > 1) return false;  // .. / ...
          if (p.cp == U'.' && k > 0 && out->toks[k - 1].kind == QTokKind::kWord &&
              !p.space_before) {
            // An initial or abbreviation: one letter before the period (د.).
            const QTok& w = out->toks[k - 1];
            int l = 0;
            DecodeUtf8(view.data() + w.begin, &l);
            if (w.begin + l == w.end) return false;
            // سارة جيه. ميتشيل: a middle initial between two words, the
            // next one no و or ف that would open a sentence (as the
            // sentence splitter reads it).
            if (k >= 2 && out->toks[k - 2].kind == QTokKind::kWord && k + 1 < n &&
                out->toks[k + 1].kind == QTokKind::kWord &&
                SpellsLatinInitial(std::string_view(view.data() + w.begin, w.end - w.begin))) {
              const absl::string_view next = view.substr(out->toks[k + 1].begin, 2);
              if (next != "\u0648" && next != "\u0641") return false;
            }
            // إيه.إن.زد: a dot between the names of two Latin letters
            // written against it joins an acronym.
            if (k + 1 < n && out->toks[k + 1].kind == QTokKind::kWord && !out->toks[k + 1].space_before) {
              const QTok& x = out->toks[k + 1];
              if (SpellsLatinLetter(std::string_view(view.data() + w.begin, w.end - w.begin)) &&
                  SpellsLatinLetter(std::string_view(view.data() + x.begin, x.end - x.begin)))
                return false;
            }
          }
          return true;
        };
        if (ends(t - 1)) {
          brk = true;
        } else if (prev.kind == QTokKind::kMark && prev.pair != -1 &&
                   out->pairs[prev.pair].close == t - 1 && t >= 2 && ends(t - 2)) {
          brk = true;
        }
      }
    }
    // A sentence of 1,000 tokens outside a quotation (the longest in a day
    // of news has 471) ends at its next punctuation, or at 1,500 tokens:
    // the searches of the later stages run to the end of a sentence, and a
    // text without terminators would make them quadratic.
    if (!brk && !inside && t - out->sent_begin.back() >= 1000) {
      brk = t - out->sent_begin.back() >= 1500 || out->toks[t - 1].kind == QTokKind::kPunct;
    }
    if (brk) {
      out->sent_begin.push_back(t);
      out->para_of.push_back(para);
    }
    out->sent_of[t] = static_cast<int>(out->sent_begin.size()) - 1;
  }
}

}  // namespace dhad::internal
