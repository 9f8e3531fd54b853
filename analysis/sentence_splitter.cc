#include "analysis/sentence_splitter.h"

#include <unicode/uchar.h>

#include <array>
#include <string>
#include <utility>

#include "analysis/chars.h"
#include "analysis/internal/status_macros.h"
#include "analysis/lexicon.h"
#include "base/utf8.h"

namespace dhad {
namespace {

using internal::SentenceLexicon;

constexpr size_t kNpos = static_cast<size_t>(-1);
// How far a bracket opened in mid-sentence may reach for its close.
constexpr size_t kMaxBracketBytes = 512;
// How far back a quotation's opening mark or a URL's start is looked for.
constexpr size_t kMaxLookBackBytes = 512;
// Abbreviation chains ("أ.ف.ب") are read back at most this many segments.
constexpr int kMaxChainSegments = 4;
// Only segments this short extend a chain backwards ("ق. م", "Ph.D").
constexpr int kMaxChainSegmentLetters = 4;

constexpr char32_t kWaw = 0x0648;
constexpr char32_t kFeh = 0x0641;

// Sentence terminators that act as a full stop (one dot each).
bool IsPeriodLike(char32_t c) {
  return c == '.' || c == 0x06D4 /* ۔ */ || c == 0xFE52 || c == 0xFF0E;
}

// ! ? ؟ and their relatives: a run holding one is never an ellipsis or an
// abbreviation dot.
bool IsStrongTerminator(char32_t c) {
  switch (c) {
    case '!':
    case '?':
    case 0x061F:  // ؟
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0xFE56:
    case 0xFE57:
    case 0xFF01:
    case 0xFF1F:
      return true;
    default:
      return false;
  }
}

bool IsTerminator(char32_t c) {
  return IsPeriodLike(c) || IsStrongTerminator(c) || c == 0x2026 /* … */;
}

// Closing quotation marks; they also count as closers.
bool IsClosingQuote(char32_t c) {
  return c == '"' || c == 0x00BB /* » */ || c == 0x201D /* ” */ || c == 0x2019 /* ’ */ ||
         c == 0x203A /* › */;
}

// Closing marks that belong to the sentence a terminator before them ends.
bool IsCloser(char32_t c) {
  return IsClosingQuote(c) || c == ')' || c == ']' || c == '}';
}

bool IsOpeningMark(char32_t c) {
  return c == '"' || c == '(' || c == '[' || c == 0x00AB /* « */ || c == 0x201C /* “ */ ||
         c == 0x201E /* „ */ || c == 0x2018 /* ‘ */ || c == 0x2039 /* ‹ */;
}

bool IsLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// What a span is trimmed of and what does not count as content.
inline bool IsTrimmable(char32_t c) { return IsSpaceOrFormat(c); }

bool IsWordChar(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return IsArabicLetter(c) || IsArabicMark(c) || c == kTatweel || IsLetter(c);
}

bool IsDigit(char32_t c) { return ArabicDigitValue(c) >= 0; }

// Bytes at which the scan has to look closer: line breaks, brackets,
// terminators and the lead bytes of the non-ASCII ones.
struct StopTable {
  bool stop[256] = {};
  constexpr StopTable() {
    for (unsigned char b : {'\n', '\r', '\v', '\f', '.', '!', '?', '(', '['})
      stop[b] = true;
    stop[0xC2] = true;  // U+0085
    stop[0xD8] = true;  // ؟ U+061F
    stop[0xDB] = true;  // ۔ U+06D4
    stop[0xE2] = true;  // … ‼ ⁇ ⁈ ⁉ U+2028 U+2029
    stop[0xEF] = true;  // small and fullwidth forms
  }
};
constexpr StopTable kStops;

bool StartsWith(absl::string_view s, absl::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
bool EndsWith(absl::string_view s, absl::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// What a run of terminators and closing marks is made of.
struct Cluster {
  size_t end = 0;              // view byte after the last terminator or closer
  int dots = 0;                // full stops
  bool ellipsis_char = false;  // …
  bool strong = false;         // ! ? ؟ ...
  bool closer = false;         // any closing mark
  char32_t quote = 0;          // the first closing quotation mark, if any
};

enum class Abbrev {
  kNone,   // the dot follows no abbreviation
  kNever,  // an abbreviation whose dot never ends a sentence
  kMaybe,  // an abbreviation that ends one only before a sentence opener
};

// One Split() call: the view, the lexicon and the helpers that look around a
// position. All positions are byte offsets of the view.
class Scanner {
 public:
  Scanner(const SentenceLexicon& lexicon, const Text& text)
      : lex_(lexicon), text_(text), v_(text.view()), n_(v_.size()) {}

  std::vector<Span> Run() {
    std::vector<Span> out;
    size_t seg = 0;  // where the current sentence starts
    size_t i = 0;
    while (i < n_) {
      const unsigned char b = static_cast<unsigned char>(v_[i]);
      if (!kStops.stop[b]) {
        ++i;
        continue;
      }
      if (b == 0xD8 && static_cast<unsigned char>(v_[i + 1]) != 0x9F) {
        i += 2;  // an Arabic letter, not ؟
        continue;
      }
      int len = 1;
      const char32_t c = At(i, &len);
      if (IsLineBreak(c)) {
        Emit(seg, i, &out);
        i += len;
        seg = i;
        continue;
      }
      if (c == '(' || c == '[') {
        // A bracket in mid-sentence is opaque: nothing inside ends the
        // sentence. One that opens the sentence is ordinary text.
        if (!OnlySpace(seg, i)) {
          const size_t close = FindClose(i, c);
          if (close != kNpos) {
            i = close;
            continue;
          }
        }
        i += len;
        continue;
      }
      if (!IsTerminator(c)) {
        i += len;
        continue;
      }
      const Cluster cl = ReadCluster(i);
      if (IsBoundary(seg, i, cl)) {
        Emit(seg, cl.end, &out);
        seg = cl.end;
      }
      i = cl.end;
    }
    Emit(seg, n_, &out);
    return out;
  }

 private:
  char32_t At(size_t i, int* len) const { return DecodeUtf8(v_.data() + i, len); }
  char32_t Before(size_t i, int* len) const { return DecodeUtf8Before(v_, i, len); }

  // Appends [a, b) trimmed, unless it is empty.
  void Emit(size_t a, size_t b, std::vector<Span>* out) const {
    int len = 1;
    while (a < b && IsTrimmable(At(a, &len))) a += len;
    while (b > a && IsTrimmable(Before(b, &len))) b -= len;
    if (a >= b) return;
    Span span = text_.ToOriginal(a, b);
    // A mark after a space maps back to that space (the normalizer points a
    // canonical segment at its starter: "\f" U+065A U+05A8 gives U+05A8 from
    // the form feed), so trim the original too.
    const absl::string_view original = text_.original();
    while (span.begin < span.end && IsTrimmable(DecodeUtf8(original.data() + span.begin, &len))) {
      span.begin += len;
    }
    if (span.begin < span.end) out->push_back(span);
  }

  bool OnlySpace(size_t a, size_t b) const {
    int len = 1;
    while (a < b) {
      if (!IsTrimmable(At(a, &len))) return false;
      a += len;
    }
    return true;
  }

  // The byte after the bracket that closes the one at `open`, on the same
  // line and within kMaxBracketBytes; kNpos when there is none.
  size_t FindClose(size_t open, char32_t bracket) const {
    const char close = bracket == '(' ? ')' : ']';
    int depth = 0;
    const size_t limit = std::min(n_, open + kMaxBracketBytes);
    for (size_t p = open; p < limit; ++p) {
      const char b = v_[p];
      if (b == '\n' || b == '\r') return kNpos;
      if (b == static_cast<char>(bracket)) {
        ++depth;
      } else if (b == close && --depth == 0) {
        return p + 1;
      }
    }
    return kNpos;
  }

  // The byte after a citation mark "[12]" that starts at `p`, or kNpos.
  size_t CitationEnd(size_t p) const {
    size_t q = p + 1;
    while (q < n_ && q - p <= 4 && v_[q] >= '0' && v_[q] <= '9') ++q;
    if (q == p + 1 || q >= n_ || v_[q] != ']') return kNpos;
    return q + 1;
  }

  Cluster ReadCluster(size_t i) const {
    Cluster cl;
    size_t p = i;
    while (p < n_) {
      int len = 1;
      const char32_t c = At(p, &len);
      if (IsPeriodLike(c)) {
        ++cl.dots;
      } else if (c == 0x2026) {
        cl.ellipsis_char = true;
      } else if (IsStrongTerminator(c)) {
        cl.strong = true;
      } else if (IsCloser(c)) {
        cl.closer = true;
        if (cl.quote == 0 && IsClosingQuote(c)) cl.quote = c;
      } else if (c == '[' && p > i && CitationEnd(p) != kNpos) {
        len = static_cast<int>(CitationEnd(p) - p);  // "انتهى.[3] وقال"
      } else {
        break;
      }
      p += len;
    }
    cl.end = p;
    return cl;
  }

  // Whether the terminator run at `i` (cluster `cl`) ends the sentence that
  // starts at `seg`.
  bool IsBoundary(size_t seg, size_t i, const Cluster& cl) const {
    if (OnlySpace(seg, i)) return false;  // a leading "..." starts a sentence
    const size_t k = cl.end;
    if (k >= n_) return true;
    int len = 1;
    const char32_t f = At(k, &len);
    if (IsLineBreak(f)) return true;
    const bool space = IsTrimmable(f);
    if (!space) {
      // Glued text ends the sentence only when it is Arabic ("انتهى.وقال");
      // digits, Latin, emoji and punctuation after the run do not.
      bool glued = IsArabicLetter(f);
      if (!glued && IsOpeningMark(f) && k + len < n_) {
        int len2 = 1;
        glued = IsArabicLetter(At(k + len, &len2));
      }
      if (!glued || InUrl(i)) return false;
      // A single dot between the names of two Latin letters spelled in
      // Arabic joins an acronym (بنك إيه.إن.زد، أو.سي.آي); words glued
      // across a sentence end are other words ("لتر.صار").
      if (cl.dots == 1 && k == i + 1 && i > 0 && IsArabicLetter(Before(i, &len))) {
        const size_t wb = WordStart(i), we = WordEnd(k);
        if (SpellsLatinLetter(std::string_view(v_.data() + wb, i - wb)) &&
            SpellsLatinLetter(std::string_view(v_.data() + k, we - k)))
          return false;
      }
    }
    const bool ellipsis = !cl.strong && (cl.dots >= 2 || cl.ellipsis_char);
    const bool period = !cl.strong && !ellipsis;
    if (period && !cl.closer) {
      if (IsListMarker(i)) return false;
      bool listed_suffix = false;
      switch (Abbreviation(i, &listed_suffix)) {
        case Abbrev::kNever:
          return false;
        case Abbrev::kMaybe:
          return StartsSentence(k, listed_suffix);
        case Abbrev::kNone:
          break;
      }
    }
    if (ellipsis) {
      if (PrevWordIncomplete(i) || NextContinuesClause(k)) return false;
    }
    if (cl.quote != 0 && space && IsTitleQuote(seg, i, cl.quote)) return false;
    return true;
  }

  // Start of the word (letters, marks, tatweel) that ends at `e`.
  size_t WordStart(size_t e) const {
    size_t p = e;
    int len = 1;
    while (p > 0 && IsWordChar(Before(p, &len))) p -= len;
    return p;
  }
  size_t WordEnd(size_t b) const {
    size_t p = b;
    int len = 1;
    while (p < n_ && IsWordChar(At(p, &len))) p += len;
    return p;
  }
  int Letters(size_t b, size_t e) const {
    int count = 0;
    int len = 1;
    for (size_t p = b; p < e; p += len) {
      if (IsLetter(At(p, &len))) ++count;
    }
    return count;
  }
  // Skips spaces (not line breaks) backwards from `p`.
  size_t SkipSpaceBack(size_t p) const {
    int len = 1;
    while (p > 0) {
      const char32_t c = Before(p, &len);
      if (!IsTrimmable(c) || IsLineBreak(c)) break;
      p -= len;
    }
    return p;
  }

  // "1. ", "١. " or "2.3. " at the start of a line (the dot is at `dot`).
  bool IsListMarker(size_t dot) const {
    size_t p = dot;
    int len = 1;
    for (int groups = 0; groups < 4; ++groups) {
      int digits = 0;
      while (p > 0 && IsDigit(Before(p, &len))) {
        p -= len;
        ++digits;
      }
      if (digits == 0 || digits > 3) return false;
      if (p == 0 || v_[p - 1] != '.') break;
      --p;
    }
    p = SkipSpaceBack(p);
    return p == 0 || IsLineBreak(Before(p, &len));
  }

  // Whether the word before the dot at `dot` is an abbreviation or initial.
  // Reads the chain of short segments joined by "." or ". " ("أ.ف.ب",
  // "ق. م") and looks up its longest listed tail. Sets *listed_suffix when a
  // listed suffix abbreviation matched.
  Abbrev Abbreviation(size_t dot, bool* listed_suffix) const {
    std::array<std::pair<size_t, size_t>, kMaxChainSegments> segs;  // nearest first
    std::array<int, kMaxChainSegments> letters;
    int count = 0;
    size_t end = dot;
    while (count < kMaxChainSegments) {
      const size_t b = WordStart(end);
      if (b == end) break;
      const int l = Letters(b, end);
      if (count > 0 && l > kMaxChainSegmentLetters) break;
      segs[count] = {b, end};
      letters[count] = l;
      ++count;
      if (l > kMaxChainSegmentLetters) break;
      if (b >= 2 && v_[b - 1] == ' ' && v_[b - 2] == '.') {
        end = b - 2;
      } else if (b >= 1 && v_[b - 1] == '.') {
        end = b - 1;
      } else {
        break;
      }
    }
    if (count == 0) return Abbrev::kNone;
    int single = 0;  // nearest segments of one letter
    while (single < count && letters[single] == 1) ++single;
    std::string key;
    for (int s = count; s >= 1; --s) {
      // The last letter of an initialism is not a word of its own ("أ" of
      // "أ.ش.أ" is not the title "أ.").
      if (s == 1 && single >= 2) break;
      key.clear();
      for (int j = s - 1; j >= 0; --j) {
        key.append(v_.data() + segs[j].first, segs[j].second - segs[j].first);
        if (j > 0) key.push_back('.');
      }
      const uint8_t kinds = lex_.Kinds(key);
      if (kinds & internal::kSentenceTitle) return Abbrev::kNever;
      if (kinds & internal::kSentenceSuffix) {
        *listed_suffix = true;
        return Abbrev::kMaybe;
      }
      if (kinds & internal::kSentenceAfterNumber) {
        return NumberBefore(segs[s - 1].first) ? Abbrev::kMaybe : Abbrev::kNever;
      }
    }
    // Unlisted: a chain of single letters is an initialism ("ج.م.ع") that
    // may end a sentence. A single letter is an initial ("سارة م.") that
    // does not, unless it follows a number ("10 ص.") or is Latin
    // ("فيتامين D."): those end one before an Arabic opener.
    if (single >= 2) return Abbrev::kMaybe;
    // The name of a Latin letter spelled in Arabic that is no Arabic word
    // (جيه، دبليو، إف), after a word: a middle initial (سارة جيه. ميتشيل،
    // جورج دبليو. بوش) that ends a sentence only before an opener.
    int before_len = 1;
    const std::string_view last(v_.data() + segs[0].first, segs[0].second - segs[0].first);
    if (count == 1 && SpellsLatinInitial(last) && segs[0].first >= 2 && v_[segs[0].first - 1] == ' ' &&
        IsArabicLetter(Before(segs[0].first - 1, &before_len)))
      return Abbrev::kMaybe;
    if (single == 1) {
      int len = 1;
      if (At(segs[0].first, &len) < 0x80 || NumberBefore(segs[0].first)) {
        return Abbrev::kMaybe;
      }
      return Abbrev::kNever;
    }
    return Abbrev::kNone;
  }

  bool NumberBefore(size_t p) const {
    p = SkipSpaceBack(p);
    int len = 1;
    return p > 0 && IsDigit(Before(p, &len));
  }

  // Whether a new sentence visibly starts at or after `k` (spaces skipped):
  // a line break, the end of the text, an opener word, or, after a listed
  // Latin suffix ("etc."), a capital letter.
  bool StartsSentence(size_t k, bool listed_suffix) const {
    size_t p = k;
    int len = 1;
    while (p < n_) {
      const char32_t c = At(p, &len);
      if (IsLineBreak(c)) return true;
      if (!IsTrimmable(c)) break;
      p += len;
    }
    if (p >= n_) return true;
    const char32_t c = At(p, &len);
    if (c >= 'A' && c <= 'Z') return listed_suffix;
    if (!IsArabicLetter(c)) return false;
    const size_t e = WordEnd(p);
    const uint8_t kinds = lex_.Kinds(v_.substr(p, e - p));
    if (kinds & internal::kSentenceOpener) return true;
    if (kinds & internal::kSentenceNotOpener) return false;
    return (c == kWaw || c == kFeh) && Letters(p, e) >= 3;
  }

  // Whether the word before the ellipsis at `i` leaves its clause open
  // ("إلى..."), with a leading و or ف stripped if need be.
  bool PrevWordIncomplete(size_t i) const {
    const size_t e = SkipSpaceBack(i);
    const size_t b = WordStart(e);
    if (b == e) return false;
    const absl::string_view w = v_.substr(b, e - b);
    if (lex_.Kinds(w) & internal::kSentenceIncomplete) return true;
    int len = 1;
    const char32_t first = At(b, &len);
    if ((first == kWaw || first == kFeh) && Letters(b, e) > 2) {
      return (lex_.Kinds(w.substr(len)) & internal::kSentenceIncomplete) != 0;
    }
    return false;
  }

  // Whether what follows an ellipsis on the same line is plainly the rest of
  // the clause: a number ("بلغت... 40%") or a lower-case Latin word.
  bool NextContinuesClause(size_t k) const {
    size_t p = k;
    int len = 1;
    while (p < n_) {
      const char32_t c = At(p, &len);
      if (IsLineBreak(c) || !IsTrimmable(c)) break;
      p += len;
    }
    if (p >= n_) return false;
    const char32_t c = At(p, &len);
    return IsDigit(c) || (c >= 'a' && c <= 'z');
  }

  // Whether the terminator at `i` is inside a URL or e-mail address: the
  // token it ends starts with a scheme or "www." or holds an '@'.
  bool InUrl(size_t i) const {
    size_t b = i;
    const size_t limit = i > kMaxLookBackBytes ? i - kMaxLookBackBytes : 0;
    int len = 1;
    while (b > limit && !IsTrimmable(Before(b, &len))) b -= len;
    const absl::string_view token = v_.substr(b, i - b);
    return token.find("://") != absl::string_view::npos || StartsWith(token, "www.") ||
           token.find('@') != absl::string_view::npos;
  }

  // Whether the quotation that the mark `closer` after the terminator at `i`
  // closes is a title in mid-sentence ('بعنوان "هل ...؟" صدر'): it opened in
  // this sentence after some text, not after a colon, within three words of
  // a title cue.
  bool IsTitleQuote(size_t seg, size_t i, char32_t closer) const {
    char32_t open1 = '"';
    char32_t open2 = '"';
    switch (closer) {
      case 0x00BB:
        open1 = open2 = 0x00AB;
        break;
      case 0x201D:
        open1 = 0x201C;
        open2 = 0x201E;
        break;
      case 0x2019:
        open1 = open2 = 0x2018;
        break;
      case 0x203A:
        open1 = open2 = 0x2039;
        break;
      default:
        break;
    }
    const size_t limit = std::max(seg, i > kMaxLookBackBytes ? i - kMaxLookBackBytes : 0);
    size_t p = i;
    size_t opener = kNpos;
    int len = 1;
    while (p > limit) {
      const char32_t c = Before(p, &len);
      p -= len;
      if (c == open1 || c == open2) {
        opener = p;
        break;
      }
    }
    if (opener == kNpos || OnlySpace(seg, opener)) return false;
    size_t q = SkipSpaceBack(opener);
    if (q <= seg || Before(q, &len) == ':') return false;
    for (int words = 0; words < 3 && q > seg; ++words) {
      const size_t b = WordStart(q);
      if (b == q) break;
      if (IsTitleCue(v_.substr(b, q - b))) return true;
      q = SkipSpaceBack(b);
    }
    return false;
  }

  // `w` or its stem (without و ف ب ل ك, ال and a pronoun suffix) is a title
  // cue.
  bool IsTitleCue(absl::string_view w) const {
    static constexpr absl::string_view kProclitics[] = {"و", "ف", "ب", "ل", "ك"};
    static constexpr absl::string_view kSuffixes[] = {"هما", "هم", "ها", "ه",
                                                      "ي",   "نا", "كم", "ك"};
    static constexpr absl::string_view kArticle = "ال";
    std::array<absl::string_view, 4> stems;
    int count = 0;
    stems[count++] = w;
    for (absl::string_view pro : kProclitics) {
      if (StartsWith(w, pro) && w.size() > pro.size() + 4) {
        stems[count++] = w.substr(pro.size());
        break;
      }
    }
    for (int s = 0, end = count; s < end; ++s) {
      if (StartsWith(stems[s], kArticle) && stems[s].size() > kArticle.size() + 4) {
        stems[count++] = stems[s].substr(kArticle.size());
      }
    }
    std::string feminine;
    for (int s = 0; s < count; ++s) {
      const absl::string_view stem = stems[s];
      if (lex_.Kinds(stem) & internal::kSentenceTitleCue) return true;
      for (absl::string_view suf : kSuffixes) {
        if (!EndsWith(stem, suf) || stem.size() < suf.size() + 4) continue;
        const absl::string_view base = stem.substr(0, stem.size() - suf.size());
        if (lex_.Kinds(base) & internal::kSentenceTitleCue) return true;
        if (EndsWith(base, "ت")) {  // حملتها -> حملة / حمله
          for (absl::string_view teh_marbuta : {"ة", "ه"}) {
            feminine.assign(base.data(), base.size() - 2);
            feminine.append(teh_marbuta.data(), teh_marbuta.size());
            if (lex_.Kinds(feminine) & internal::kSentenceTitleCue) return true;
          }
        }
      }
    }
    return false;
  }

  const SentenceLexicon& lex_;
  const Text& text_;
  const absl::string_view v_;
  const size_t n_;
};

}  // namespace

SentenceSplitter::SentenceSplitter(internal::SentenceLexicon lexicon)
    : lexicon_(std::move(lexicon)) {}
SentenceSplitter::~SentenceSplitter() = default;

absl::StatusOr<std::unique_ptr<const SentenceSplitter>> SentenceSplitter::Create(
    const Normalizer& normalizer) {
  DHAD_ASSIGN_OR_RETURN(absl::string_view data, EmbeddedData("abbreviations"));
  DHAD_ASSIGN_OR_RETURN(internal::SentenceLexicon lexicon,
                        internal::SentenceLexicon::Parse(data, normalizer));
  return std::unique_ptr<const SentenceSplitter>(
      new SentenceSplitter(std::move(lexicon)));
}

absl::StatusOr<std::vector<Span>> SentenceSplitter::Split(const Text& text) const {
  return Scanner(lexicon_, text).Run();
}

}  // namespace dhad
