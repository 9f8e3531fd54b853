#include "analysis/quote_extractor.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "analysis/internal/quote_tokens.h"
#include "analysis/internal/status_macros.h"
#include "analysis/internal/string_table.h"
#include "analysis/lexicon.h"
#include "base/utf8.h"

namespace dhad {
namespace {

using internal::QPair;
using internal::QTok;
using internal::QTokens;
using internal::QTokKind;

// Word classes of analysis/data/quote_words.txt, as bits.
enum WordClass : uint32_t {
  kComp = 1u << 0,
  kCompNeg = 1u << 1,
  kSetting = 1u << 2,
  kAdjunct = 1u << 3,
  kPrep = 1u << 4,
  kRelative = 1u << 5,
  kNeg = 1u << 6,
  kStop = 1u << 7,
  kClassNoun = 1u << 8,
  kAddressee = 1u << 9,
  kPronM = 1u << 10,
  kPronF = 1u << 11,
  kPronP = 1u << 12,
  kDocument = 1u << 13,
  kTitle = 1u << 14,
  kNonSource = 1u << 15,
  kCarrier = 1u << 16,
  kAdjective = 1u << 17,
  kMasdar = 1u << 18,
};
constexpr uint32_t kPronoun = kPronM | kPronF | kPronP;

enum class CueClass : uint8_t { kVerb, kParticiple, kMasdar, kPrep, kPassive, kBlock };
enum class Gender : uint8_t { kUnknown, kMasc, kFem, kPlural };

struct CueEntry {
  std::vector<std::string> words;  // view forms
  CueClass cls = CueClass::kVerb;
  Gender gender = Gender::kUnknown;
  bool np = false;     // bare noun phrase content
  bool b = false;      // content with an attached ب
  bool relay = false;  // نقل X عن Y
  bool obj = false;    // an object follows the subject (وصف الوزير القرار)
  bool obj_indefinite_only = false;  // only an indefinite object (أصدرت الوزارة بيانا)
  bool statement = false;  // the phrase names a statement (جاء في بيان)
  bool self = false;  // the phrase carries its speaker as a pronoun (في رأيه)
  std::vector<std::string> preps;  // governed prepositions, view forms
};

std::string_view SV(absl::string_view s) { return std::string_view(s.data(), s.size()); }

// Arabic letters used by the code, as UTF-8 (none changes under the view).
constexpr std::string_view kWaw = "\u0648";
constexpr std::string_view kFa = "\u0641";
constexpr std::string_view kBa = "\u0628";
constexpr std::string_view kLam = "\u0644";
constexpr std::string_view kKaf = "\u0643";
constexpr std::string_view kAl = "\u0627\u0644";       // ال
constexpr std::string_view kLamLam = "\u0644\u0644";   // لل
constexpr std::string_view kAn = "\u0639\u0646";       // عن
constexpr std::string_view kTa = "\u062A";             // ت
constexpr std::string_view kHa = "\u0647";             // ه (ة in the view)
constexpr std::string_view kTaMarbuta = "\u0629";      // ة (identity view)
constexpr std::string_view kHaAlif = "\u0647\u0627";   // ها
constexpr std::string_view kHum = "\u0647\u0645";      // هم

// The prefixes and suffixes tested are a few bytes long: compared inline
// rather than through memcmp, which costs more than the comparison.
inline bool StartsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (s[i] != p[i]) return false;
  }
  return true;
}
inline bool EndsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  const size_t off = s.size() - p.size();
  for (size_t i = 0; i < p.size(); ++i) {
    if (s[off + i] != p[i]) return false;
  }
  return true;
}

// `w` without a leading one-letter proclitic from `letters`, when at least
// two letters remain; empty otherwise.
inline std::string_view StripOne(std::string_view w,
                                 std::initializer_list<std::string_view> letters) {
  for (std::string_view l : letters) {
    if (w.size() >= l.size() + 4 && StartsWith(w, l)) return w.substr(l.size());
  }
  return {};
}

Gender ParseGender(absl::string_view g) {
  if (g == "m") return Gender::kMasc;
  if (g == "f") return Gender::kFem;
  if (g == "p") return Gender::kPlural;
  return Gender::kUnknown;
}

// Only masculine against feminine is a reliable mismatch: a verb before a
// plural subject is singular (يقول الخبراء ... ويضيفون).
bool Compatible(Gender a, Gender b) {
  return a == Gender::kUnknown || b == Gender::kUnknown || a == b || a == Gender::kPlural ||
         b == Gender::kPlural;
}

}  // namespace

namespace internal {
struct QuoteTables {
  StringTable<uint32_t> words;
  std::vector<CueEntry> cues;
  StringTable<std::vector<int>> cue_first;
  std::vector<std::vector<std::string>> openers;
  StringTable<std::vector<int>> opener_first;
  std::vector<std::vector<std::string>> contrasts;
  StringTable<std::vector<int>> contrast_first;
  std::string sadir[4];  // صادر، صادرة، الصادر، الصادرة
  std::string lahu[3];   // له، لها، لهم
  std::string wafqan[3]; // وفقا، طبقا، وفقا in view form
  std::string kama[2];   // كما، مثلما

  uint32_t Class(std::string_view w) const {
    const uint32_t* c = words.Find(w);
    return c == nullptr ? 0 : *c;
  }
};
}  // namespace internal

namespace {

using Tables = internal::QuoteTables;

enum class SpeakerMode : uint8_t { kExplicit, kImplicit, kSubject, kNone };

struct Cue {
  int begin = 0, end = 0;  // tokens
  int entry = -1;
};

// A candidate attribution, in tokens and view bytes.
struct Cand {
  uint32_t vb = 0, ve = 0;  // content, view bytes
  int sb = -1, se = -1;     // speaker tokens
  int qb = -1, qe = -1;     // cue tokens
  QuoteKind kind = QuoteKind::kIndirect;
  float conf = 0;
  int anchor = 0;           // token that orders the resolution pass
  SpeakerMode mode = SpeakerMode::kImplicit;
  Gender gender = Gender::kUnknown;
  bool strip_l = false;     // the speaker token carries the ل of وفقا لـ
  bool strip_w = false;     // the speaker token carries a conjunction و/ف
  bool statement = false;   // the speaker issued a statement (بيان)
  int sentence = 0;
};

struct Entity {
  std::string display;      // name without title when there is one, else the phrase
  std::string_view head;    // first word of the phrase without ال, view form
  std::vector<std::string_view> name;  // the personal name's words, view form
  Gender gender = Gender::kUnknown;
  int sentence = 0;
  int para = 0;
  bool statement = false;
  bool speaker = false;  // was the source of an attribution
  bool dead = false;     // superseded by a more recent copy
  bool mention_only = false;  // named inside a sentence: a short form may
                              // refer to it, an implicit subject may not
};

// How a subject phrase is read when no cue governs it: an object may follow.
const CueEntry& SubjectEntry() {
  static const CueEntry* e = [] {
    auto* c = new CueEntry();
    c->obj = true;
    return c;
  }();
  return *e;
}

// The subject of a sentence-opening verb that reports nothing: only an
// indefinite object is told apart (a definite word may be an adjective).
const CueEntry& MentionEntry() {
  static const CueEntry* e = [] {
    auto* c = new CueEntry();
    c->obj = true;
    c->obj_indefinite_only = true;
    return c;
  }();
  return *e;
}

class DocExtractor {
 public:
  // Stops early, with stopped() true, once `poll` says the call was
  // cancelled; Run() must not be called then.
  DocExtractor(const Tables& tb, const Text& text, absl::Span<const Span> sentences,
               CancelPoller* poll)
      : tb_(tb), text_(text), poll_(poll), v_(SV(text.view())) {
    qt_ = internal::TokenizeAndPair(text.view());
    if (poll_->CancelledNow()) return;
    const int n = static_cast<int>(qt_.toks.size());
    std::vector<bool> starts;
    if (!sentences.empty()) {
      starts.assign(n, false);
      size_t s = 0;
      for (int t = 0; t < n; ++t) {
        const uint32_t ob = text.ToOriginalOffset(qt_.toks[t].begin);
        bool brk = false;
        while (s < sentences.size() && static_cast<uint32_t>(sentences[s].begin) <= ob) {
          brk = true;
          ++s;
        }
        starts[t] = brk;
      }
    }
    internal::BoundSentences(text.view(), sentences.empty() ? nullptr : &starts, &qt_);
    cls_.assign(n, 0);
    cls_cl_.assign(n, 0);
    cue_at_.assign(n, -1);
    flags_.assign(n, 0);
    std::string buf;
    for (int t = 0; t < n; ++t) {
      if (qt_.toks[t].kind != QTokKind::kWord) continue;
      if (poll_->Cancelled()) return;
      const std::string_view w = Word(t);
      flags_[t] = (ComputeDefinite(t) ? kDefiniteTok : 0) | (ComputeHasDigit(t) ? kDigitTok : 0);
      cls_[t] = tb_.Class(w);
      if ((cls_[t] & kPrep) && w == "\u0639\u0644\u064A") {
        // The view folds ى into ي: على (prep) and علي (a name) look the same.
        // The caller's spelling decides.
        const uint32_t ob = text.ToOriginalOffset(qt_.toks[t].end - 1);
        if (SV(text.original()).substr(ob, 2) == "\u064A" && !text.identity()) cls_[t] &= ~kPrep;
      }
      uint32_t c = 0;
      const std::string_view a = StripOne(w, {kWaw, kFa});
      if (!a.empty()) c |= tb_.Class(a);
      const std::string_view base = a.empty() ? w : a;
      const std::string_view b = StripOne(base, {kBa, kLam, kKaf});
      if (!b.empty()) c |= tb_.Class(b);
      if (StartsWith(base, kLamLam) && base.size() > 4) {
        buf.assign("\u0627");
        buf.append(base.substr(2));
        c |= tb_.Class(buf);
      }
      cls_cl_[t] = c;
    }
    FindCues();
  }

  // The quotes, or nothing once stopped() (cancelled).
  std::vector<Quote> Run() {
    consumed_.assign(cues_.size(), false);
    for (int i = 0; i < static_cast<int>(cues_.size()); ++i) {
      if (poll_->Cancelled()) return {};
      Attach(i);
    }
    if (poll_->CancelledNow()) return {};
    AddContinuations();
    Select();
    if (poll_->CancelledNow()) return {};
    Resolve();
    return Output();
  }

  // True once the poller said the call was cancelled.
  bool stopped() const { return poll_->CancelledNow(); }

 private:
  // ------------------------------------------------------------ accessors
  int N() const { return static_cast<int>(qt_.toks.size()); }
  const QTok& T(int t) const { return qt_.toks[t]; }
  bool IsWord(int t) const { return t >= 0 && t < N() && T(t).kind == QTokKind::kWord; }
  bool IsPunct(int t, char32_t cp) const {
    return t >= 0 && t < N() && T(t).kind == QTokKind::kPunct && T(t).cp == cp;
  }
  bool IsComma(int t) const {
    return IsPunct(t, U'\u060C') || IsPunct(t, U',') || IsPunct(t, U'\u061B') ||
           IsPunct(t, U';');
  }
  bool IsStrongEnd(int t) const {
    return t >= 0 && t < N() && T(t).kind == QTokKind::kPunct &&
           internal::IsTerminator(T(t).cp);
  }
  std::string_view Word(int t) const {
    return v_.substr(T(t).begin, T(t).end - T(t).begin);
  }
  uint32_t Cls(int t) const { return IsWord(t) ? cls_[t] : 0; }
  uint32_t AnyCls(int t) const { return IsWord(t) ? (cls_[t] | cls_cl_[t]) : 0; }
  // Sentence bounds of token t; past the last token, an empty sentence there.
  int SentStart(int t) const { return t >= N() ? N() : qt_.sent_begin[qt_.sent_of[t]]; }
  int SentEnd(int t) const {
    if (t >= N()) return N();
    const int s = qt_.sent_of[t] + 1;
    return s < static_cast<int>(qt_.sent_begin.size()) ? qt_.sent_begin[s] : N();
  }
  // The pair whose opening mark is token t, if it is a top-level pair.
  int OpenTop(int t) const {
    if (t < 0 || t >= N() || T(t).kind != QTokKind::kMark || T(t).pair < 0) return -1;
    const QPair& p = qt_.pairs[T(t).pair];
    return (p.open == t && p.parent == -1) ? T(t).pair : -1;
  }
  int CloseTop(int t) const {
    if (t < 0 || t >= N() || T(t).kind != QTokKind::kMark || T(t).pair < 0) return -1;
    const QPair& p = qt_.pairs[T(t).pair];
    return (p.close == t && p.parent == -1) ? T(t).pair : -1;
  }
  // Definite: ال after any proclitics (وال، بال، لل...).
  bool IsDefinite(int t) const { return IsWord(t) && (flags_[t] & kDefiniteTok); }
  bool HasDigit(int t) const { return IsWord(t) && (flags_[t] & kDigitTok); }
  bool ComputeDefinite(int t) const {
    std::string_view w = Word(t);
    if (StartsWith(w, kAl)) return w.size() > 6;
    const std::string_view a = StripOne(w, {kWaw, kFa});
    if (!a.empty()) w = a;
    if (StartsWith(w, kLamLam)) return true;
    const std::string_view b = StripOne(w, {kBa, kKaf});
    if (!b.empty()) w = b;
    return StartsWith(w, kAl) && w.size() > 6;
  }
  bool ComputeHasDigit(int t) const {
    for (char c : Word(t)) {
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  }
  const CueEntry& Entry(int cue) const { return tb_.cues[cues_[cue].entry]; }
  int CueAt(int t) const { return t >= 0 && t < N() ? cue_at_[t] : -1; }

  // ------------------------------------------------------------ cues
  void FindCues() {
    for (int t = 0; t < N(); ++t) {
      if (!IsWord(t) || qt_.top[t] != -1) continue;
      const std::string_view w = Word(t);
      int best = -1, best_len = 0;
      for (std::string_view form : {w, StripOne(w, {kWaw, kFa})}) {
        if (form.empty()) continue;
        const std::vector<int>* entries = tb_.cue_first.Find(form);
        if (entries == nullptr) continue;
        for (int e : *entries) {
          const CueEntry& ce = tb_.cues[e];
          const int len = static_cast<int>(ce.words.size());
          if (len <= best_len) continue;
          bool ok = true;
          for (int k = 1; k < len && ok; ++k) {
            ok = IsWord(t + k) && Word(t + k) == ce.words[k];
          }
          if (ok) best = e, best_len = len;
        }
        if (best >= 0) break;
      }
      if (best < 0) continue;
      const CueEntry& ce = tb_.cues[best];
      const int end = t + best_len;
      // كما أعلن الوزير ... opening a clause is "also", not "as": the verb
      // is the cue.
      if (ce.cls == CueClass::kPrep && ce.words.size() == 2 && !IsComma(t - 1) &&
          CueAt(t + 1) < 0 && IsWord(t + 1)) {
        const std::string_view w0 = StripOne(w, {kWaw}).empty() ? w : StripOne(w, {kWaw});
        if (w0 == tb_.kama[0] || w0 == tb_.kama[1]) continue;
      }
      if (ce.cls == CueClass::kBlock) {
        t = end - 1;
        continue;
      }
      // Negated or hypothetical speech reports nothing.
      if (IsWord(t - 1) && ce.cls != CueClass::kPrep &&
          ((Cls(t - 1) | tb_.Class(StripOne(Word(t - 1), {kWaw, kFa}))) & kNeg)) {
        t = end - 1;
        continue;
      }
      Cue c;
      c.begin = t;
      c.end = end;
      c.entry = best;
      for (int k = t; k < end; ++k) cue_at_[k] = static_cast<int>(cues_.size());
      cues_.push_back(c);
      t = end - 1;
    }
  }

  // ------------------------------------------------------------ phrases
  bool IsSettingAt(int t) const { return (AnyCls(t) & kSetting) != 0; }

  // The noun phrase naming a speaker that starts at token `i` (VSO: right
  // after the cue), bounded by `limit`. Returns [begin, end) or an empty
  // range when the subject is implicit.
  std::pair<int, int> SpeakerPhrase(int i, int limit, bool after_prep, const CueEntry* ce) const {
    int j = i;
    if (after_prep && IsWord(j) && (Word(j) == kLam || Word(j) == "\u0644\u0640")) ++j;
    const int start = j;
    int preps = 0;
    while (j < limit && j - start < 14) {
      const QTok& tok = T(j);
      if (IsAbbreviationPeriod(j)) {
        ++j;  // د. سامر
        continue;
      }
      if (tok.kind == QTokKind::kPunct) break;
      if (tok.kind == QTokKind::kMark) {
        const int p = OpenTop(j) >= 0 ? OpenTop(j) : (T(j).pair >= 0 && qt_.pairs[T(j).pair].open == j ? T(j).pair : -1);
        if (p < 0) break;
        const QPair& pr = qt_.pairs[p];
        if (pr.close >= limit || WordsIn(pr) > 4 || WordsIn(pr) == 0) break;
        const bool after_class = j > start && (AnyCls(j - 1) & kClassNoun);
        const bool leading = j == start && IsWord(pr.close + 1) &&
                             !IsStrongEnd(pr.close + 1);
        if (!after_class && !leading) break;
        j = pr.close + 1;
        continue;
      }
      const uint32_t c = Cls(j);
      const uint32_t ac = AnyCls(j);
      if (CueAt(j) >= 0) break;
      if (c & (kComp | kCompNeg | kRelative | kNeg | kStop)) break;
      if (ac & kAdjunct) break;
      if (HasDigit(j)) break;
      if (!after_prep && (cls_cl_[j] & kAddressee) && StartsWith(Word(j), kLam)) {
        break;  // The addressee (لوكالة، للصحافيين، لرويترز), not the speaker.
      }
      // (Not a personal name that starts with ل: ليلى، لينا، لارا.)
      if (j > start && StartsWith(Word(j), kLam) && !StartsWith(Word(j), kLamLam) &&
          !StartsWith(Word(j).substr(kLam.size()), "\u064A") && !EndsWith(Word(j), "\u0627")) {
        // لفرانس برس، : an addressee closed by a comma.
        const int nx = IsWord(j + 1) && !IsDefinite(j + 1) && !(Cls(j + 1) & kComp) ? j + 2 : j + 1;
        if (IsComma(nx) || IsPunct(nx, U':')) break;
      }
      if (c & kPrep) {
        if (j == start) break;
        const std::string_view w = Word(j);
        const bool inner = (w == "\u0641\u064A" || w == "\u0645\u0646");  // في، من
        bool governed = false;
        if (ce != nullptr) {
          for (const std::string& p : ce->preps) governed |= (w == p);
        }
        if (!inner || governed || preps >= 2 || !IsWord(j + 1) || IsSettingAt(j + 1) ||
            (AnyCls(j + 1) & (kAdjunct | kStop | kNeg | kPrep)) || CueAt(j + 1) >= 0 ||
            HasDigit(j + 1)) {
          break;
        }
        ++preps;
        ++j;
        continue;
      }
      if (j == start && (c & kPrep)) break;
      // A bare noun phrase complement (أعلن الجيش إغلاق المعبر).
      if (ce != nullptr && ce->np && j > start && LooksLikeMasdar(j)) break;
      // طالب المحتجون بإطلاق ...: the content starts with its ب.
      if (ce != nullptr && ce->b && j > start && StartsWith(Word(j), kBa) &&
          !(AnyCls(j) & kClassNoun))
        break;
      // وصف الوزير القرار بأنه: a definite object after the subject.
      // (An indefinite head takes a definite genitive: وزير الخارجية.)
      // (A word with the proclitic ل before ال is a genitive: المدير العام
      // للبرنامج; a direct object never carries it.)
      if (ce != nullptr && ce->obj && !ce->obj_indefinite_only && j > start && IsDefinite(j) &&
          IsDefinite(j - 1) && !StartsWith(Word(j), kLamLam) &&
          (!IsAdjectiveLike(j) ||
           ((AnyCls(j) & kAddressee) && !StartsWith(Word(j - 1), kLamLam))))
        break;
      // أصدرت الوزارة بيانا: an indefinite object after a definite subject.
      if (ce != nullptr && ce->obj && j > start && IsDefinite(j - 1) && !IsDefinite(j) &&
          EndsWith(Word(j), "\u0627"))
        break;
      ++j;
    }
    // Never end on a preposition.
    while (j > start && (Cls(j - 1) & kPrep)) --j;
    return {start, j};
  }

  // A definite word that reads as an adjective of the word before it: nisba
  // forms (الرسمي، الفرنسية، الأمنيين) and a few common participles.
  bool IsAdjectiveLike(int t) const {
    const std::string_view w = Word(t);
    for (std::string_view suffix : {"\u064A", "\u064A\u0647", "\u064A\u0629", "\u064A\u0648\u0646",
                                    "\u064A\u064A\u0646"}) {
      if (EndsWith(w, suffix)) return true;
    }
    return (AnyCls(t) & (kAdjunct | kAdjective)) != 0;
  }

  // A period right after a one-letter word (د. م.): an abbreviation.
  bool IsAbbreviationPeriod(int t) const {
    if (!IsPunct(t, U'.') || T(t).end - T(t).begin != 1 || T(t).space_before || !IsWord(t - 1))
      return false;
    int len = 0;
    DecodeUtf8(v_.data() + T(t - 1).begin, &len);
    return T(t - 1).begin + len == T(t - 1).end && IsWord(t + 1);
  }

  int WordsIn(const QPair& p) const {
    int n = 0;
    for (int t = p.open + 1; t < p.close; ++t) n += IsWord(t);
    return n;
  }

  // Verbal noun patterns that open a noun-phrase content: إفعال (إغلاق)،
  // تفعيل (توقيف)، افتعال (اعتقال)، انفعال (انسحاب)، استفعال (استئناف).
  bool LooksLikeMasdar(int t) const {
    if (AnyCls(t) & kMasdar) return true;
    if (IsDefinite(t) && !StartsWith(Word(t), "\u0627\u0644\u063A")) return false;
    char32_t cps[8];
    size_t n = 0;
    const std::string_view w = Word(t);
    for (size_t i = 0; i < w.size(); ++n) {
      if (n == 8) return false;
      int len = 1;
      cps[n] = DecodeUtf8(w.data() + i, &len);
      i += len;
    }
    auto alif = [](char32_t c) { return c == U'\u0627' || c == U'\u0625' || c == U'\u0623'; };
    if (n == 5 && alif(cps[0]) && cps[3] == U'\u0627') return true;
    if (n == 5 && cps[0] == U'\u062A' && cps[3] == U'\u064A') return true;
    if (n == 6 && alif(cps[0]) && cps[2] == U'\u062A' && cps[4] == U'\u0627') return true;
    if (n == 6 && alif(cps[0]) && cps[1] == U'\u0646' && cps[4] == U'\u0627') return true;
    if (n == 7 && alif(cps[0]) && cps[1] == U'\u0633' && cps[2] == U'\u062A' &&
        cps[5] == U'\u0627')
      return true;
    return false;
  }

  // Whether a contrast phrase (فيما، في حين) starts at `t`.
  bool IsContrastAt(int t) const {
    if (!IsWord(t)) return false;
    const std::vector<int>* list = tb_.contrast_first.Find(Word(t));
    if (list == nullptr) return false;
    for (int o : *list) {
      const auto& ws = tb_.contrasts[o];
      bool ok = true;
      for (size_t k = 1; k < ws.size() && ok; ++k) {
        ok = IsWord(t + static_cast<int>(k)) && Word(t + static_cast<int>(k)) == ws[k];
      }
      if (ok) return true;
    }
    return false;
  }

  // Skips an opener phrase (كذلك، من جهة أخرى...) and its comma at `t`.
  int SkipOpener(int t, int limit) const {
    if (!IsWord(t)) return t;
    const std::vector<int>* list = tb_.opener_first.Find(Word(t));
    if (list == nullptr) return t;
    for (int o : *list) {
      const auto& ws = tb_.openers[o];
      const int len = static_cast<int>(ws.size());
      bool ok = t + len <= limit;
      for (int k = 1; k < len && ok; ++k) ok = IsWord(t + k) && Word(t + k) == ws[k];
      if (ok && IsComma(t + len)) return t + len + 1;
    }
    return t;
  }

  // Skips time and setting adjuncts between a speaker and a bare noun
  // phrase content (في بيان الثلاثاء، لاحقا، له).
  int SkipAdjuncts(int k, int limit) const {
    for (int guard = 0; guard < 12 && k < limit; ++guard) {
      if (!IsWord(k)) {
        if (IsComma(k)) {
          ++k;
          continue;
        }
        break;
      }
      const std::string_view w = Word(k);
      if (w == tb_.lahu[0] || w == tb_.lahu[1] || w == tb_.lahu[2]) {
        ++k;
        continue;
      }
      if (AnyCls(k) & kAdjunct) {
        ++k;
        // A prepositional adjunct (بعد المباراة) takes its object along.
        while (k < limit && IsWord(k) && IsDefinite(k) && CueAt(k) < 0 && !LooksLikeMasdar(k)) ++k;
        continue;
      }
      if ((Cls(k) & kPrep) && IsSettingAt(k + 1)) {
        const bool indefinite = !IsDefinite(k + 1);
        k += 2;
        // في بيان لاحق، في مؤتمر صحافي: an indefinite setting takes
        // indefinite adjectives.
        for (int n = 0; indefinite && n < 2 && k < limit && IsWord(k) && CueAt(k) < 0 &&
                        !IsDefinite(k) &&
                        !(AnyCls(k) & (kComp | kCompNeg | kPrep | kStop | kAdjunct | kNeg | kRelative)) &&
                        (IsAdjectiveLike(k) || (Cls(k) & kAdjective));
             ++n)
          ++k;
        while (k < limit && IsWord(k) && CueAt(k) < 0 && !LooksLikeMasdar(k) &&
               (IsDefinite(k) || (AnyCls(k) & kAdjunct)))
          ++k;
        continue;
      }
      if (IsSettingAt(k) && StartsWith(w, kBa)) {
        ++k;
        continue;
      }
      break;
    }
    return k;
  }

  // Whether the cue opens its clause: nothing but conjunctions, an opener
  // phrase or a comma before it in the sentence.
  bool ClauseInitial(int cb) const {
    const int s = SentStart(cb);
    int t = SkipOpener(s, cb);
    while (t < cb && (Cls(t) & kStop)) ++t;
    if (t >= cb) return true;
    // After a contrast phrase or a conjunction: ...، فيما أفاد ناشطون بـ...
    if (IsContrastAt(cb - 1) || IsContrastAt(cb - 2) || (Cls(cb - 1) & kStop)) return true;
    return cb > 0 && T(cb - 1).kind == QTokKind::kPunct && !IsStrongEnd(cb - 1);
  }

  // End (exclusive, trimmed) of a reported clause that starts at `k`.
  int ClauseEnd(int k) const {
    const int lim = SentEnd(k);
    int t = k;
    for (; t < lim; ++t) {
      if (T(t).kind == QTokKind::kMark && T(t).pair >= 0 && qt_.pairs[T(t).pair].open == t &&
          qt_.pairs[T(t).pair].close < lim) {
        t = qt_.pairs[T(t).pair].close;
        continue;
      }
      if (t > k && IsContrastAt(t)) break;
      const int c = CueAt(t);
      if (c < 0 || cues_[c].begin != t || t == k) continue;
      const CueEntry& ce = Entry(c);
      if (ce.cls == CueClass::kParticiple || ce.cls == CueClass::kPrep) break;
      if (ce.cls == CueClass::kVerb &&
          (IsComma(t - 1) || StartsWith(Word(t), kWaw) || StartsWith(Word(t), kFa)) &&
          Word(t) != ce.words[0])
        break;
      if (ce.cls == CueClass::kVerb && IsComma(t - 1)) break;
    }
    while (t > k && T(t - 1).kind == QTokKind::kPunct) --t;
    return t;
  }

  // ------------------------------------------------------------ candidates
  bool IsNameLike(int p) const {
    const QPair& pr = qt_.pairs[p];
    const int words = WordsIn(pr);
    if (words == 0) return true;
    if (words > 4) return false;
    for (int t = pr.open + 1; t < pr.close; ++t) {
      if (IsStrongEnd(t)) return false;
      if (IsWord(t) && ((Cls(t) & (kNeg | kStop | kComp | kCompNeg | kRelative)) ||
                        CueAt(t) >= 0))
        return false;
    }
    const int pw = pr.open - 1;
    if (!IsWord(pw)) {
      // و"أحرار الشام" after a quoted name: coordinated names.
      return false;
    }
    if (AnyCls(pw) & kClassNoun) return true;
    if (!T(pr.open).space_before) {
      // A proclitic written against the mark.
      if (Word(pw) == kWaw && CloseTop(pw - 1) < 0 && pw - 1 >= 0 &&
          T(pw - 1).kind == QTokKind::kMark && T(pw - 1).pair >= 0) {
        return IsNameLike(T(pw - 1).pair);
      }
      return false;
    }
    if (IsDefinite(pw) && words <= 3 && !(Cls(pw) & kComp) && IsWord(pr.close + 1) &&
        !StartsLikeAVerb(pr.open + 1)) {
      // A quoted name in apposition (المنخفض الجوي "X" سيؤثر). A fragment
      // that ends the clause is its predicate (إن الوضع "كارثي").
      return true;
    }
    return false;
  }

  // An imperfect verb (يعكس، سيؤثر، ستبقى): a quoted fragment that starts
  // with one is speech, not a name.
  bool StartsLikeAVerb(int t) const {
    if (!IsWord(t)) return false;
    const std::string_view w = Word(t);
    return w.size() >= 6 && (StartsWith(w, "\u064A") || StartsWith(w, "\u0633\u064A") ||
                             StartsWith(w, "\u0633\u062A") || StartsWith(w, "\u0633\u0646"));
  }

  void PushPair(int p, const Cand& base, QuoteKind kind) {
    const QPair& pr = qt_.pairs[p];
    Cand c = base;
    // وصف القرار بأنه "...": a quoted description is a fragment.
    if (kind == QuoteKind::kDirect && c.qb >= 0 && cue_at_[c.qb] >= 0 &&
        Entry(cue_at_[c.qb]).obj && IsWord(pr.open - 1) &&
        ((Cls(pr.open - 1) & kComp) || StartsWith(Word(pr.open - 1), kBa)))
      kind = QuoteKind::kPartial;
    uint32_t b = T(pr.open).end, e = T(pr.close).begin;
    while (b < e && (v_[b] == ' ' || v_[b] == '\n' || v_[b] == '\t' || v_[b] == '\r')) ++b;
    while (e > b && (v_[e - 1] == ' ' || v_[e - 1] == '\n' || v_[e - 1] == '\t' ||
                     v_[e - 1] == '\r'))
      --e;
    if (b >= e) return;
    c.vb = b;
    c.ve = e;
    c.kind = kind;
    if (kind == QuoteKind::kPartial) c.conf -= 0.05f;
    cands_.push_back(c);
  }

  // Emits the quotes of the reported region [cb, ce): direct when it is one
  // quotation, partial for each quoted fragment that is not a name,
  // indirect otherwise.
  void EmitRegion(int cb, int ce, const Cand& base) {
    while (ce > cb && T(ce - 1).kind == QTokKind::kPunct) --ce;
    while (cb < ce && T(cb).kind == QTokKind::kPunct) ++cb;
    if (cb >= ce) return;
    bool unclosed = false;
    if (T(cb).kind == QTokKind::kMark && T(cb).pair < 0) {
      // A quotation left open at the end of its paragraph.
      ++cb;
      unclosed = true;
      while (ce > cb && T(ce - 1).kind == QTokKind::kMark && T(ce - 1).pair < 0) --ce;
      if (cb >= ce) return;
    }
    const int first = OpenTop(cb);
    if (first >= 0 && qt_.pairs[first].close == ce - 1) {
      PushPair(first, base, QuoteKind::kDirect);
      return;
    }
    bool partial = false;
    for (int t = cb; t < ce; ++t) {
      const int p = OpenTop(t);
      if (p < 0) continue;
      if (qt_.pairs[p].close >= ce) break;
      if (!IsNameLike(p)) {
        PushPair(p, base, QuoteKind::kPartial);
        partial = true;
      }
      t = qt_.pairs[p].close;
    }
    if (partial) return;
    Cand c = base;
    c.vb = T(cb).begin;
    c.ve = T(ce - 1).end;
    c.kind = unclosed ? QuoteKind::kDirect : QuoteKind::kIndirect;
    cands_.push_back(c);
  }

  Cand Base(int cue, int sb, int se) const {
    Cand c;
    c.qb = cues_[cue].begin;
    c.qe = cues_[cue].end;
    c.anchor = c.qb;
    c.sentence = qt_.sent_of[c.qb];
    c.gender = Entry(cue).gender;
    c.statement = Entry(cue).statement;
    if (se > sb) {
      c.sb = sb;
      c.se = se;
      c.mode = SpeakerMode::kExplicit;
    } else {
      c.mode = SpeakerMode::kImplicit;
    }
    return c;
  }

  // Start of the clause that ends just before token `end` (a comma or a
  // cue), for content that precedes its attribution.
  int ClauseStartBefore(int end) const {
    const int s = SentStart(std::max(0, end - 1));
    int t = SkipOpener(s, end);
    // A previous cue in the same sentence owns what comes before it.
    for (int k = end - 1; k > t; --k) {
      if (IsPunct(k, U':') || IsPunct(k, U'\u061B') || IsPunct(k, U';')) return k + 1;
      if (T(k).kind == QTokKind::kMark && T(k).pair >= 0 && qt_.pairs[T(k).pair].close == k) {
        k = qt_.pairs[T(k).pair].open;
        continue;
      }
    }
    return t;
  }

  void Attach(int i) {
    if (consumed_[i]) return;
    const CueEntry& ce = Entry(i);
    const int lim = SentEnd(cues_[i].begin);
    switch (ce.cls) {
      case CueClass::kPrep:
        AttachPrep(i, lim);
        return;
      case CueClass::kVerb:
        if (AttachPostposed(i, lim)) return;
        AttachForward(i, lim);
        return;
      case CueClass::kParticiple:
      case CueClass::kPassive:
      case CueClass::kMasdar:
        AttachForward(i, lim);
        return;
      case CueClass::kBlock:
        return;
    }
  }

  // "...»، قال X." / "...، أضافت." / «A»، قال X، «B».
  bool AttachPostposed(int i, int lim) {
    const Cue& cue = cues_[i];
    int p = cue.begin - 1;
    if (p < SentStart(cue.begin)) return false;
    if (IsComma(p)) --p;
    if (p < SentStart(cue.begin)) return false;
    const auto [sb, se] = SpeakerPhrase(cue.end, lim, false, &Entry(i));
    int after = se > sb ? se : cue.end;
    after = SkipTail(after, lim);
    const int closed = CloseTop(p);
    const bool ends = after >= lim || IsStrongEnd(after) ||
                      (IsComma(after) && OpenTop(after + 1) >= 0);
    if (!ends) return false;
    Cand base = Base(i, sb, se);
    if (closed >= 0) {
      if (IsNameLike(closed) && WordsIn(qt_.pairs[closed]) < 3) return false;
      base.conf = se > sb ? 0.95f : 0.85f;
      PushPair(closed, base, QuoteKind::kDirect);
    } else {
      if (se <= sb || !IsComma(cue.begin - 1)) return false;
      const int cs = ClauseStartBefore(cue.begin - 1);
      if (cue.begin - 1 - cs < 3) return false;
      base.conf = 0.7f;
      EmitRegion(cs, cue.begin - 1, base);
    }
    if (IsComma(after)) {
      const int q = OpenTop(after + 1);
      if (q >= 0) {
        base.conf = se > sb ? 0.95f : 0.85f;
        PushPair(q, base, QuoteKind::kDirect);
      }
    }
    return true;
  }

  // After a postposed speaker: an addressee or setting that runs to the end
  // of the sentence (، قال X للصحافيين / في مؤتمر صحافي).
  int SkipTail(int k, int lim) const {
    int t = k;
    while (t < lim && t - k <= 8 && IsWord(t) && CueAt(t) < 0 &&
           !(Cls(t) & (kComp | kCompNeg | kRelative)))
      ++t;
    if (t >= lim || IsStrongEnd(t) || (IsComma(t) && OpenTop(t + 1) >= 0)) return t;
    return k;
  }

  void AttachForward(int i, int lim) {
    const Cue& cue = cues_[i];
    const CueEntry& ce = Entry(i);
    int sb = -1, se = -1;
    int qb = cue.begin, qe = cue.end;
    bool strip_l = false;
    bool strip_w = false;
    bool statement = ce.statement;
    if (ce.cls == CueClass::kVerb) {
      int from = cue.end;
      if (ce.statement) {
        // جاء في بيان صادر عن الجيش / للجيش.
        if (IsWord(from) && (Word(from) == tb_.sadir[0] || Word(from) == tb_.sadir[1] ||
                             Word(from) == tb_.sadir[2] || Word(from) == tb_.sadir[3]) &&
            IsWord(from + 1) && Word(from + 1) == kAn)
          from += 2;
      }
      std::tie(sb, se) = SpeakerPhrase(from, lim, false, &ce);
      if (ce.statement && se > sb && StartsWith(Word(sb), kLam)) strip_l = true;
      if (se <= sb && IsWord(cue.begin - 1) && (Cls(cue.begin - 1) & kCarrier)) {
        // لكنها قالت: the subject is the pronoun on the conjunction.
        sb = cue.begin - 1;
        se = cue.begin;
      }
      if (se <= sb && Word(cue.begin) == ce.words[0] && cue.begin > SentStart(cue.begin)) {
        // الرئيس الفرنسي إيمانويل ماكرون قال إن ... / وهي أكدت أن ...: a
        // subject that opens the sentence before a verb without proclitic.
        int s0 = SentStart(cue.begin);
        if (IsWord(s0) && (Word(s0) == kWaw || Word(s0) == kFa)) ++s0;
        if (IsWord(s0) && (Word(s0) == "\u0644\u0643\u0646" ||
                           Word(s0) == "\u0648\u0644\u0643\u0646"))
          ++s0;  // لكن النيابة قالت
        if (IsWord(s0)) {
          // وكان الوزير أكد أن ...: the auxiliary stays outside the speaker.
          std::string_view w0 = Word(s0);
          if (StartsWith(w0, kWaw)) w0.remove_prefix(kWaw.size());
          if (w0 == "\u0643\u0627\u0646" || w0 == "\u0643\u0627\u0646\u062A") ++s0;
        }
        // A definite head, a pronoun, or a construct head before a definite
        // genitive (مدير الشرطة).
        if (s0 < cue.begin && cue.begin - s0 <= 10 && IsWord(s0) &&
            (IsDefinite(s0) || (AnyCls(s0) & kPronoun) ||
             (s0 + 1 < cue.begin && IsWord(s0 + 1) && IsDefinite(s0 + 1) &&
              !(AnyCls(s0) & (kStop | kPrep | kAdjunct | kNeg | kSetting))))) {
          const auto [pb, pe] = SpeakerPhrase(s0, cue.begin, false, nullptr);
          if (pb == s0 && pe == cue.begin) {
            sb = pb, se = pe;
            strip_w = (StartsWith(Word(sb), kWaw) || StartsWith(Word(sb), kFa)) &&
                      !(Cls(sb) & kPronoun) &&
                      (IsDefinite(sb) || (cls_cl_[sb] & kPronoun)) &&
                      !StartsWith(Word(sb), kAl);
          }
        }
      }
      if (se <= sb) {
        // وكان المرصد قد أفاد: the subject before an auxiliary.
        if (Word(cue.begin) == ce.words[0] && IsWord(cue.begin - 1) &&
            Word(cue.begin - 1) == "\u0642\u062F") {
          int k = cue.begin - 2;
          int s0 = k;
          while (s0 >= SentStart(cue.begin) && IsWord(s0) && !(AnyCls(s0) & kStop)) --s0;
          if (s0 >= SentStart(cue.begin) && IsWord(s0) && (AnyCls(s0) & kStop) && s0 < k) {
            sb = s0 + 1;
            se = k + 1;
          }
        }
      }
    } else if (ce.cls == CueClass::kMasdar) {
      // نقل عن X قوله / نقلت الوكالة عن المسؤول قوله / نقل عنه قوله.
      for (int k = cue.begin - 1; k >= SentStart(cue.begin) && k >= cue.begin - 10; --k) {
        if (!IsWord(k)) break;
        if (Word(k) == kAn) {
          if (k + 1 < cue.begin) sb = k + 1, se = cue.begin;
          break;
        }
        if (StartsWith(Word(k), kAn) && k == cue.begin - 1) {
          sb = k, se = k + 1;
          break;
        }
      }
    }
    int from = se > sb ? se : cue.end;
    // Relayed speech: X نقلا عن Y.
    int intro = -1, content = -1;
    enum class Intro { kNone, kColon, kComp, kStart, kMark } how = Intro::kNone;
    const int np_start = SkipAdjuncts(from, lim);
    for (int j = from; j < lim && j < from + 40; ++j) {
      const QTok& tok = T(j);
      if (tok.kind == QTokKind::kPunct) {
        if (tok.cp == U':') {
          intro = j, how = Intro::kColon;
          break;
        }
        if (internal::IsTerminator(tok.cp) && !(tok.cp == U'.' && tok.end - tok.begin > 1) &&
            !IsAbbreviationPeriod(j))
          break;
        continue;
      }
      if (tok.kind == QTokKind::kMark) {
        const int p = OpenTop(j);
        if (p >= 0 && (j == from || IsComma(j - 1) || IsPunct(j - 1, U')') || j == np_start) &&
            !IsNameLike(p)) {
          intro = j, how = Intro::kMark;
          break;
        }
        if (T(j).pair >= 0 && qt_.pairs[T(j).pair].open == j) {
          j = qt_.pairs[T(j).pair].close;
          continue;
        }
        continue;
      }
      const int c = CueAt(j);
      if (c >= 0 && c != i) {
        const CueEntry& other = Entry(c);
        // X نقلا عن Y أن ...: the source is Y.
        if (other.cls == CueClass::kPrep && ce.cls != CueClass::kPrep && j == from &&
            other.words.size() == 2 && other.words[1] == kAn) {
          const auto [rb, re] = SpeakerPhrase(cues_[c].end, lim, false, nullptr);
          if (re > rb) {
            sb = rb, se = re, qb = cues_[c].begin, qe = cues_[c].end;
            consumed_[c] = true;
            j = re - 1;
            from = re;
            continue;
          }
        }
        break;
      }
      const uint32_t cl = Cls(j);
      if (cl & kComp) {
        intro = j, how = Intro::kComp;
        break;
      }
      if (cl & kCompNeg) {
        intro = j, how = Intro::kStart;
        break;
      }
      const std::string_view w = Word(j);
      if (ce.cls == CueClass::kPassive && se <= sb && j == from && w == "\u0645\u0646" &&
          IsWord(j + 1) && Word(j + 1) == "\u0642\u0628\u0644") {
        // أفيد من قبل الوزارة بأن ...: the agent of the passive is the source.
        const auto [rb, re] = SpeakerPhrase(j + 2, lim, false, nullptr);
        if (re > rb) {
          sb = rb, se = re;
          j = re - 1;
          from = re;
          continue;
        }
      }
      bool governed = false;
      for (const std::string& p : ce.preps) governed |= (w == p);
      const bool near = j == from || j == np_start ||
                        (ce.obj && j - from <= 4 && NoCueBetween(from, j));
      if (governed && near) {
        if (Cls(j + 1) & kComp) {
          intro = j + 1, how = Intro::kComp;
        } else {
          intro = j, how = Intro::kComp;  // content after the preposition
        }
        break;
      }
      if (ce.relay && w == kAn && se > sb) {
        const auto [rb, re] = SpeakerPhrase(j + 1, lim, false, nullptr);
        if (re > rb) {
          sb = rb, se = re;
          j = re - 1;
          from = re;
          continue;
        }
      }
      if (ce.obj && near && (w == kBa || w == "\u0628\u0640") && OpenTop(j + 1) >= 0 &&
          T(j + 1).space_before == false) {
        intro = j + 1, how = Intro::kMark;  // وصفها المنظمون بـ"..."
        break;
      }
      if (ce.b && near && StartsWith(w, kBa) && !(AnyCls(j) & kAdjunct) && se > sb &&
          ClauseInitial(cue.begin)) {
        intro = j, how = Intro::kStart;
        break;
      }
      if (j == np_start && (j > cue.end || ce.cls == CueClass::kVerb) &&
          ClauseInitial(cue.begin) && ce.cls != CueClass::kPassive) {
        if (ce.np && !(cl & (kPrep | kStop | kRelative | kAdjunct)) &&
            (se > sb || ce.cls != CueClass::kVerb || (cl & kNeg))) {
          intro = j, how = Intro::kStart;
          break;
        }
      }
    }
    if (how == Intro::kNone) return;
    Cand base = Base(i, sb, se);
    base.qb = qb;
    base.qe = qe;
    base.strip_l = strip_l;
    base.strip_w = strip_w;
    for (int k = cue.end; k < intro && !statement; ++k) {
      statement = IsWord(k) && (AnyCls(k) & kSetting) &&
                  (Word(k).find("\u0628\u064A\u0627\u0646") != std::string_view::npos);
    }
    base.statement = statement;
    if (ce.cls == CueClass::kParticiple) {
      base.mode = SpeakerMode::kSubject;
    } else if (ce.cls == CueClass::kPassive) {
      base.mode = se > sb ? SpeakerMode::kExplicit : SpeakerMode::kNone;
    }
    base.conf = how == Intro::kStart ? 0.7f : 0.85f;
    if (how == Intro::kColon) {
      const int p = OpenTop(intro + 1);
      if (p >= 0) {
        base.conf = 0.95f;
        PushPair(p, base, QuoteKind::kDirect);
        return;
      }
      content = intro + 1;
      // وقال: إن ...: the complementizer after the colon stays out.
      if (content < lim && (Cls(content) & kComp)) ++content;
    } else if (how == Intro::kComp) {
      content = intro + 1;
    } else {
      content = intro;
    }
    EmitRegion(content, ClauseEnd(content), base);
  }

  bool NoCueBetween(int a, int b) const {
    for (int k = a; k < b; ++k) {
      if (!IsWord(k) || CueAt(k) >= 0) return false;
    }
    return true;
  }

  void AttachPrep(int i, int lim) {
    const Cue& cue = cues_[i];
    const CueEntry& ce = Entry(i);
    const std::string_view last = ce.words.back();
    const bool takes_l = last == tb_.wafqan[0] || last == tb_.wafqan[1];
    int qe = cue.end;
    if (ce.self) {
      // حسب تقديره، ... / في رأيه، ... / ...، على حد قوله: the speaker is the
      // pronoun of the phrase, resolved like an implicit subject.
      Cand base = Base(i, -1, -1);
      base.conf = 0.7f;
      const int s = SentStart(cue.begin);
      int t = SkipOpener(s, cue.begin);
      while (t < cue.begin && (Cls(t) & kStop)) ++t;
      if (t == cue.begin) {
        int k = IsComma(qe) ? qe + 1 : qe;
        if (Cls(k) & kComp) ++k;
        if (k > qe && k < lim) EmitRegion(k, ClauseEnd(k), base);
        return;
      }
      const int cs = ClauseStartBefore(cue.begin);
      int ce_tok = cue.begin;
      if (IsComma(ce_tok - 1)) --ce_tok;
      if (ce_tok - cs >= 3 && (qe >= lim || IsStrongEnd(qe))) EmitRegion(cs, ce_tok, base);
      return;
    }
    const int verb = CueAt(qe);
    if (verb >= 0 && Entry(verb).cls == CueClass::kVerb && cues_[verb].begin == qe) {
      // حسبما أفاد X: the verb belongs to the attribution phrase.
      qe = cues_[verb].end;
      consumed_[verb] = true;
    }
    const auto [sb, se] = SpeakerPhrase(qe, lim, takes_l, nullptr);
    if (se <= sb) return;
    if (AnyCls(sb) & kNonSource) return;  // وفقا للقانون
    Cand base = Base(i, sb, se);
    base.qe = qe;
    base.strip_l = takes_l && StartsWith(Word(sb), kLam);
    base.conf = 0.8f;
    const int s = SentStart(cue.begin);
    int t = SkipOpener(s, cue.begin);
    while (t < cue.begin && (Cls(t) & kStop)) ++t;
    if ((Cls(se) & kComp) && !IsComma(cue.begin - 1)) {
      // بحسب الشرطة فإن ... / كما أكد الوزير أن ...
      EmitRegion(se + 1, ClauseEnd(se + 1), base);
      return;
    }
    if (t == cue.begin) {
      // Preposed: بحسب الشرطة، ... / بحسب الشرطة فإن ...
      if (IsComma(se)) {
        const int k = (Cls(se + 1) & kComp) ? se + 2 : se + 1;  // بحسب X، فإن ...
        EmitRegion(k, ClauseEnd(k), base);
      } else if (Cls(se) & kComp) {
        EmitRegion(se + 1, ClauseEnd(se + 1), base);
      }
      return;
    }
    const int cs = ClauseStartBefore(cue.begin);
    int ce_tok = cue.begin;
    if (IsComma(ce_tok - 1)) --ce_tok;
    if (ce_tok <= cs) return;
    if (IsComma(cue.begin - 1) && IsComma(se) && se + 1 < lim && IsWord(se + 1) &&
        !(AnyCls(se + 1) & (kRelative | kComp)) && CueAt(se + 1) < 0) {
      // Interrupted: ودارت خلال الليل، وفقا للمرصد، اشتباكات ...
      const int end = ClauseEnd(se + 1);
      Cand c = base;
      c.vb = T(cs).begin;
      c.ve = T(end - 1).end;
      c.kind = QuoteKind::kIndirect;
      cands_.push_back(c);
      return;
    }
    EmitRegion(cs, ce_tok, base);
  }

  // A quotation that is a whole sentence right after another quote
  // continues the previous speaker.
  void AddContinuations() {
    // Candidate contents by start, with the running maximum of their ends.
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    spans.reserve(cands_.size());
    std::vector<char> quoted_sentence(qt_.sent_begin.size(), 0);
    for (const Cand& c : cands_) {
      spans.emplace_back(c.vb, c.ve);
      quoted_sentence[c.sentence] = 1;
    }
    std::sort(spans.begin(), spans.end());
    for (size_t k = 1; k < spans.size(); ++k) {
      spans[k].second = std::max(spans[k].second, spans[k - 1].second);
    }
    for (size_t p = 0; p < qt_.pairs.size(); ++p) {
      const QPair& pr = qt_.pairs[p];
      if (pr.parent != -1) continue;
      auto it = std::upper_bound(spans.begin(), spans.end(),
                                 std::make_pair(T(pr.close).begin, UINT32_MAX));
      if (it != spans.begin() && std::prev(it)->second >= T(pr.open).end) continue;  // covered
      if (WordsIn(pr) < 2 || IsNameLike(static_cast<int>(p))) continue;
      const int s = SentStart(pr.open);
      if (SkipOpener(s, pr.open) != pr.open) continue;
      int after = pr.close + 1;
      while (after < N() && T(after).kind == QTokKind::kPunct && qt_.sent_of[after] == qt_.sent_of[pr.open])
        ++after;
      if (after < N() && qt_.sent_of[after] == qt_.sent_of[pr.open]) continue;
      // Only after a quote in the previous sentence.
      const int sent = qt_.sent_of[pr.open];
      const bool prev = (sent >= 1 && quoted_sentence[sent - 1]) || (sent >= 2 && quoted_sentence[sent - 2]);
      if (!prev) continue;
      Cand c;
      c.anchor = pr.open;
      c.sentence = sent;
      c.mode = SpeakerMode::kImplicit;
      c.conf = 0.5f;
      PushPair(static_cast<int>(p), c, QuoteKind::kDirect);
    }
  }

  void Select() {
    std::vector<int> order(cands_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      if (cands_[a].conf != cands_[b].conf) return cands_[a].conf > cands_[b].conf;
      return cands_[a].anchor < cands_[b].anchor;
    });
    std::vector<Cand> kept;
    std::map<uint32_t, size_t> by_begin;  // kept contents never overlap
    for (int k : order) {
      Cand c = cands_[k];
      bool clash = false;
      auto it = by_begin.lower_bound(c.vb);
      if (it != by_begin.begin()) --it;
      for (; it != by_begin.end() && kept[it->second].vb < c.ve; ++it) {
        const Cand& o = kept[it->second];
        if (!(c.vb < o.ve && o.vb < c.ve)) continue;
        // An indirect clause that runs into another attribution
        // (... في خطوة قالت إنها ...) ends before that attribution's cue.
        if (c.kind == QuoteKind::kIndirect && o.qb >= 0 && T(o.qb).begin > c.vb &&
            T(o.qb).begin < c.ve && o.vb >= T(o.qb).begin) {
          int e = o.qb;
          while (e > 0 && T(e - 1).begin > c.vb && T(e - 1).kind == QTokKind::kPunct) --e;
          if (e > 0 && T(e - 1).begin >= c.vb) {
            c.ve = T(e - 1).end;
            if (c.ve <= o.vb) continue;
          }
        }
        clash = true;
        break;
      }
      if (!clash) {
        by_begin[c.vb] = kept.size();
        kept.push_back(c);
      }
    }
    std::sort(kept.begin(), kept.end(), [](const Cand& a, const Cand& b) {
      return a.anchor != b.anchor ? a.anchor < b.anchor : a.vb < b.vb;
    });
    cands_ = std::move(kept);
  }

  // ------------------------------------------------------------ resolution
  std::string Orig(int tb, int te) const {
    const Span s = text_.ToOriginal(T(tb).begin, T(te - 1).end);
    return std::string(text_.original().substr(s.begin, s.size()));
  }

  // The personal name at the end of the phrase [sb, se): the last word that
  // follows a definite word and starts a run of name words (رامي عبد الرحمن،
  // علي الجبوري), or an empty range.
  std::pair<int, int> NameIn(int sb, int se) const {
    int best = -1;
    for (int i = sb + 1; i < se; ++i) {
      if (!IsWord(i) || IsDefinite(i) || !(IsDefinite(i - 1) || IsAbbreviationPeriod(i - 1)) ||
          (AnyCls(i) & (kTitle | kPrep)))
        continue;
      if (ProcliticBeforeDefinite(i)) continue;
      bool ok = se - i <= 5;
      for (int k = i; k < se && ok; ++k) {
        ok = IsWord(k) && !HasDigit(k) && !(Cls(k) & (kPrep | kStop | kAdjunct)) &&
             !(IsDefinite(k) && IsDefinite(k - 1)) && (!IsDefinite(k) || SurnameAt(k, se));
      }
      if (ok) best = i;
    }
    if (best < 0) return {se, se};
    return {best, se};
  }

  std::string_view Head(int t) const {
    std::string_view w = Word(t);
    const std::string_view a = StripOne(w, {kWaw, kFa});
    if (!a.empty() && !tb_.Class(w)) w = a;
    if (StartsWith(w, kLamLam)) return w.substr(4);
    const std::string_view b = StripOne(w, {kLam, kBa});
    if (!b.empty() && StartsWith(b, kAl)) w = b;
    if (StartsWith(w, kAl) && w.size() > 6) w = w.substr(4);
    return w;
  }

  Gender PhraseGender(int sb) const {
    const std::string_view w = Word(sb);
    if (EndsWith(w, kHa) || EndsWith(w, kTaMarbuta)) {
      if (!EndsWith(w, kHaAlif)) return Gender::kFem;
    }
    return Gender::kUnknown;
  }

  int NewEntity(int sb, int se, bool strip_l, Gender g, bool strip_w = false) {
    Entity e;
    const auto [nb, ne] = NameIn(sb, se);
    if (ne > nb) {
      e.display = Orig(nb, ne);
      for (int k = nb; k < ne; ++k) e.name.push_back(Word(k));
    } else {
      e.display = Orig(sb, se);
      if (strip_l) StripLeadingLam(&e.display);
      if (strip_w) e.display.erase(0, 2);  // والمتحدثة → المتحدثة
    }
    e.head = Head(sb);
    e.gender = g != Gender::kUnknown ? g : PhraseGender(sb);
    e.sentence = qt_.sent_of[sb];
    e.para = qt_.para_of[e.sentence];
    entities_.push_back(std::move(e));
    return static_cast<int>(entities_.size()) - 1;
  }

  static void StripLeadingLam(std::string* s) {
    // لمسؤولين → مسؤولين، للمرصد → المرصد.
    if (StartsWith(*s, kLamLam)) {
      s->replace(0, 4, "\u0627\u0644");
    } else if (StartsWith(*s, kLam)) {
      s->erase(0, 2);
    }
  }

  bool Near(const Entity& e, int sentence) const {
    const int para = qt_.para_of[sentence];
    return sentence - e.sentence <= 4 && para - e.para <= 1;
  }

  // The most recent entity that agrees with `g` and is close enough.
  int Antecedent(Gender g, int sentence) const {
    // The speaker of a previous attribution in the paragraph comes first.
    for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
      const Entity& e = entities_[k];
      if (e.dead) continue;
      if (!Near(e, sentence) || e.para != qt_.para_of[sentence]) break;
      if (e.speaker && Compatible(g, e.gender)) return k;
    }
    for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
      const Entity& e = entities_[k];
      if (e.dead) continue;
      if (!Near(e, sentence)) return -1;
      if (Compatible(g, e.gender) && (!e.mention_only || e.speaker)) return k;
    }
    return -1;
  }

  // An earlier entity that the short phrase [sb, se) names again.
  int ShortForm(int sb, int se, int sentence) const {
    const int words = se - sb;
    if (words > 3) return -1;
    for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
      const Entity& e = entities_[k];
      if (e.dead) continue;
      if (sentence - e.sentence > 12) break;
      // Surname: the last words of a known name.
      if (!e.name.empty() && static_cast<int>(e.name.size()) > words) {
        bool same = true;
        for (int j = 0; j < words && same; ++j) {
          same = IsWord(sb + j) &&
                 Word(sb + j) == e.name[e.name.size() - words + j];
        }
        if (same) return k;
      }
      // A role or document standing for the entity (الوزيرة، الناطق).
      if (words == 1 && IsDefinite(sb) && !e.mention_only && Head(sb) == e.head) return k;
    }
    return -1;
  }

  // Entities introduced by a sentence that opens with a non-reporting verb
  // and a subject with a personal name (تأهلت اللاعبة ... نور بن سالم).
  void Harvest(int upto) {
    while (harvest_next_ < static_cast<int>(qt_.sent_begin.size()) &&
           qt_.sent_begin[harvest_next_] <= upto) {
      const int s = qt_.sent_begin[harvest_next_++];
      const int lim = SentEnd(s);
      HarvestSentence(s, lim);
    }
  }

  void HarvestSentence(int s, int lim) {
    const bool verb_first =
        IsWord(s) && CueAt(s) < 0 && !HasDigit(s) &&
        !(AnyCls(s) & (kStop | kNeg | kPrep | kAdjunct | kComp | kRelative)) && s + 1 < lim;
    if (verb_first) {
      // VSO (تأهلت اللاعبة ...) or, with a definite first word, SVO.
      bool statement = false;
      for (int k = s; k < lim; ++k) {
        statement |= IsWord(k) && Word(k).find("\u0628\u064A\u0627\u0646") != std::string_view::npos;
      }
      for (int from : {s + 1, s}) {
        if (from == s && !IsDefinite(s)) continue;
        const auto [sb, se] = SpeakerPhrase(from, lim, false, &MentionEntry());
        if (se <= sb) continue;
        const Gender g = from == s + 1 && EndsWith(Word(s), kTa) ? Gender::kFem : Gender::kUnknown;
        const auto [nb, ne] = NameRun(sb, se);
        if (ne > nb) {
          NewEntity(sb, ne, false, g);
        } else if (statement && from == s + 1) {
          // أصدرت الوزارة بيانا: the issuer of the statement.
          NewEntity(sb, se, false, g);
          entities_.back().statement = true;
        } else {
          continue;
        }
        break;
      }
    }
    {
      // Other people named in the sentence (حلت العداءة هدى سليمان).
      for (int pos = s; pos < lim;) {
        const auto [nb, ne] = NameRun(pos, lim);
        if (ne <= nb) break;
        bool known = false;
        for (int k = static_cast<int>(entities_.size()) - 1;
             k >= 0 && entities_[k].sentence == qt_.sent_of[s]; --k) {
          const Entity& e = entities_[k];
          known |= e.name.size() == static_cast<size_t>(ne - nb) && e.name[0] == Word(nb);
        }
        if (!known && IsWord(nb - 1)) {
          NewEntity(nb - 1, ne, false, Gender::kUnknown);
          entities_.back().mention_only = true;
        }
        pos = ne;
      }
    }
  }

  // The first personal name inside [sb, se) (a name word right after a
  // definite word), up to the first word that cannot belong to a name.
  std::pair<int, int> NameRun(int sb, int se) const {
    for (int i = sb + 1; i < se; ++i) {
      if (!IsWord(i) || IsDefinite(i) || !(IsDefinite(i - 1) || IsAbbreviationPeriod(i - 1)) ||
          HasDigit(i) || qt_.top[i] != -1 || Cls(i) != 0 || CueAt(i) >= 0 ||
          (AnyCls(i) & (kTitle | kPrep | kStop | kAdjunct)))
        continue;
      int k = i + 1;
      // Two words, or more with a linking word (محمد بن سلمان، رامي عبد الرحمن).
      while (k < se && (k - i < 2 || (k - i < 4 && IsNameLink(k - 1))) && IsWord(k) &&
             Cls(k) == 0 && CueAt(k) < 0 && !HasDigit(k) && !ProcliticBeforeDefinite(k) &&
             !(Cls(k) & (kPrep | kStop | kAdjunct)) && !(IsDefinite(k) && IsDefinite(k - 1)) &&
             !HasPronounSuffix(k) && (!IsDefinite(k) || SurnameAt(k, -1)))
        ++k;
      if (k - i < 2) continue;  // a lone word is too weak without a cue
      return {i, k};
    }
    return {se, se};
  }

  // A definite word that can continue a personal name: a nisba surname
  // (الجبوري), the second half of عبد الرحمن / أبو الفضل, or the last word
  // of the phrase (كريم الحاج).
  bool IsNameLink(int k) const {
    const std::string_view p = Word(k);
    return p == "\u0639\u0628\u062F" || p == "\u0627\u0628\u0648" || p == "\u0623\u0628\u0648" ||
           p == "\u0628\u0646" || p == "\u0627\u0628\u0646" || p == "\u0628\u0646\u062A" ||
           (IsWord(k + 1) && (Word(k + 1) == "\u0628\u0646" || Word(k + 1) == "\u0639\u0628\u062F"));
  }

  bool SurnameAt(int k, int se) const {
    if (k + 1 == se) return true;  // se < 0: never at the end of a phrase
    if (EndsWith(Word(k), "\u064A")) return true;
    const std::string_view p = Word(k - 1);
    return p == "\u0639\u0628\u062F" || p == "\u0627\u0628\u0648" || p == "\u0623\u0628\u0648" ||
           p == "\u0628\u0646" || p == "\u0627\u0628\u0646" || p == "\u0628\u0646\u062A";
  }

  // A word with a proclitic ل، ب or و before a definite word (لحقوق
  // الإنسان، بذهبية السباق): a prepositional phrase, not part of a name.
  bool ProcliticBeforeDefinite(int t) const {
    const std::string_view w = Word(t);
    return (StartsWith(w, kLam) || StartsWith(w, kBa) || StartsWith(w, kWaw)) && IsDefinite(t + 1);
  }

  // A word ending in an attached ه in the caller's spelling (نظيره), not ة.
  bool HasPronounSuffix(int t) const {
    const std::string_view w = Word(t);
    if (!EndsWith(w, kHa)) return false;
    const uint32_t ob = text_.ToOriginalOffset(T(t).end - 1);
    return SV(text_.original()).substr(ob, 2) == kHa;
  }

  void Resolve() {
    for (size_t k = 0; k < cands_.size(); ++k) {
      Cand& c = cands_[k];
      Harvest(c.anchor);
      int ent = -1;
      if (c.mode == SpeakerMode::kSubject) {
        // The speaker of an earlier quote in the sentence, or the subject of
        // its first verb.
        for (int j = static_cast<int>(k) - 1; j >= 0; --j) {
          const Cand& o = cands_[j];
          if (o.sentence != c.sentence) break;
          if (o.sb >= 0 || !resolved_[j].empty()) {
            c.sb = o.sb;
            c.se = o.se;
            resolved_.push_back(resolved_[j]);
            ent = -2;
            break;
          }
        }
        if (ent == -2) continue;
        const int s = SentStart(c.anchor);
        if (IsWord(s) && CueAt(s) < 0 && !IsDefinite(s) && s + 1 < c.anchor &&
            !(AnyCls(s) & (kStop | kNeg | kPrep | kAdjunct))) {
          const auto [sb, se] = SpeakerPhrase(s + 1, c.anchor, false, &SubjectEntry());
          if (se > sb) {
            c.sb = sb;
            c.se = se;
            c.mode = SpeakerMode::kExplicit;
          }
        }
        if (c.mode == SpeakerMode::kSubject) c.mode = SpeakerMode::kImplicit;
      }
      std::string resolved;
      if (c.mode == SpeakerMode::kExplicit) {
        const uint32_t cl = c.strip_w ? AnyCls(c.sb) : Cls(c.sb);
        if (cl & kPronoun) {
          const Gender g = (cl & kPronF) ? Gender::kFem : (cl & kPronP) ? Gender::kPlural : Gender::kMasc;
          ent = Antecedent(g, c.sentence);
          if (c.se - c.sb > 1) {
            // هو ووزير الخارجية: resolve the pronoun and keep the others.
            if (ent >= 0) resolved = entities_[ent].display + " " + Orig(c.sb + 1, c.se);
            ent = -1;
          }
        } else if (c.se - c.sb == 1 &&
                   ((StartsWith(Word(c.sb), kAn) && Word(c.sb).size() > 4) ||
                    (cl & kCarrier))) {
          // عنه / عنها: the pronoun carries the speaker.
          const std::string_view w = Word(c.sb);
          const Gender g = EndsWith(w, kHaAlif) ? Gender::kFem
                           : EndsWith(w, kHum)  ? Gender::kPlural
                                                : Gender::kMasc;
          ent = Antecedent(g, c.sentence);
        } else if ((Cls(c.sb) & kDocument) && c.se - c.sb == 1) {
          for (int j = static_cast<int>(entities_.size()) - 1; j >= 0; --j) {
            if (!Near(entities_[j], c.sentence)) break;
            if (!entities_[j].dead && entities_[j].statement) {
              ent = j;
              break;
            }
          }
          if (ent < 0) ent = ShortForm(c.sb, c.se, c.sentence);
          if (ent < 0) {
            ent = NewEntity(c.sb, c.se, c.strip_l, c.gender);
            resolved = Orig(c.sb, c.se);
          }
        } else {
          ent = ShortForm(c.sb, c.se, c.sentence);
          if (ent < 0) {
            ent = NewEntity(c.sb, c.se, c.strip_l, c.gender, c.strip_w);
            std::string own = Orig(c.sb, c.se);
            if (c.strip_l) StripLeadingLam(&own);
            if (c.strip_w) own.erase(0, 2);
            resolved = own;
          }
        }
        if (ent >= 0 && resolved.empty()) resolved = entities_[ent].display;
      } else if (c.mode == SpeakerMode::kImplicit) {
        ent = Antecedent(c.gender, c.sentence);
        if (ent >= 0) resolved = entities_[ent].display;
      }
      if (ent >= 0) {
        Entity& e = entities_[ent];
        if (e.gender == Gender::kUnknown) e.gender = c.gender;
        e.speaker = true;
        e.statement |= c.statement;
        e.sentence = std::max(e.sentence, c.sentence);
        e.para = qt_.para_of[e.sentence];
        // The entity becomes the most recent one.
        if (ent != static_cast<int>(entities_.size()) - 1) {
          Entity moved = entities_[ent];
          entities_[ent].dead = true;
          entities_.push_back(std::move(moved));
        }
      }
      resolved_.push_back(resolved);
    }
  }

  std::vector<Quote> Output() const {
    std::vector<Quote> out;
    out.reserve(cands_.size());
    for (size_t k = 0; k < cands_.size(); ++k) {
      const Cand& c = cands_[k];
      Quote q;
      q.content = text_.ToOriginal(c.vb, c.ve);
      if (c.sb >= 0 && c.se > c.sb) q.speaker = text_.ToOriginal(T(c.sb).begin, T(c.se - 1).end);
      if (c.qb >= 0) q.cue = text_.ToOriginal(T(c.qb).begin, T(c.qe - 1).end);
      q.speaker_resolved = resolved_[k];
      q.kind = c.kind;
      q.confidence = c.conf;
      out.push_back(std::move(q));
    }
    std::stable_sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) {
      return a.content.begin < b.content.begin;
    });
    return out;
  }

  const Tables& tb_;
  const Text& text_;
  CancelPoller* poll_;
  std::string_view v_;
  QTokens qt_;
  std::vector<uint32_t> cls_, cls_cl_;
  // Per-token facts computed once (the resolution pass asks them many times).
  enum : uint8_t { kDefiniteTok = 1, kDigitTok = 2 };
  std::vector<uint8_t> flags_;
  std::vector<int> cue_at_;
  std::vector<Cue> cues_;
  std::vector<char> consumed_;  // per cue: taken by another attribution
  std::vector<Cand> cands_;
  std::vector<Entity> entities_;
  std::vector<std::string> resolved_;  // per kept candidate
  int harvest_next_ = 0;
};

absl::StatusOr<uint32_t> ParseClass(absl::string_view name, int line) {
  static const std::pair<const char*, uint32_t> kNames[] = {
      {"comp", kComp},         {"compneg", kCompNeg},   {"setting", kSetting},
      {"adjunct", kAdjunct},   {"prep", kPrep},         {"relative", kRelative},
      {"neg", kNeg},           {"stop", kStop},         {"classnoun", kClassNoun},
      {"addressee", kAddressee}, {"pronoun_m", kPronM}, {"pronoun_f", kPronF},
      {"pronoun_p", kPronP},   {"document", kDocument}, {"title", kTitle},
      {"nonsource", kNonSource}, {"carrier", kCarrier}, {"adjective", kAdjective},
      {"masdar", kMasdar},
  };
  for (const auto& [n, bit] : kNames) {
    if (name == n) return bit;
  }
  return absl::InternalError(
      absl::StrCat("quote_words.txt line ", line, ": unknown class '", name, "'"));
}

}  // namespace

QuoteExtractor::QuoteExtractor() = default;
QuoteExtractor::~QuoteExtractor() = default;

absl::StatusOr<std::unique_ptr<const QuoteExtractor>> QuoteExtractor::Create(
    const Normalizer& normalizer) {
  auto tables = std::make_unique<Tables>();
  auto view_words = [&](absl::string_view phrase) -> absl::StatusOr<std::vector<std::string>> {
    std::vector<std::string> out;
    for (absl::string_view w : absl::StrSplit(phrase, ' ', absl::SkipEmpty())) {
      DHAD_ASSIGN_OR_RETURN(std::string vf, ViewForm(normalizer, w));
      out.push_back(std::move(vf));
    }
    return out;
  };

  DHAD_ASSIGN_OR_RETURN(absl::string_view words_data, EmbeddedData("quote_words"));
  for (const LexiconLine& line : ParseLexicon(words_data)) {
    if (line.fields.size() < 2) {
      return absl::InternalError(
          absl::StrCat("quote_words.txt line ", line.line_number, ": expected WORD<TAB>CLASS"));
    }
    if (line.fields[1] == "opener" || line.fields[1] == "contrast") {
      DHAD_ASSIGN_OR_RETURN(std::vector<std::string> ws, view_words(line.fields[0]));
      if (ws.empty()) continue;
      auto& list = line.fields[1] == "opener" ? tables->openers : tables->contrasts;
      auto& first = line.fields[1] == "opener" ? tables->opener_first : tables->contrast_first;
      const int idx = static_cast<int>(list.size());
      list.push_back(ws);
      first[ws[0]].push_back(idx);
      continue;
    }
    DHAD_ASSIGN_OR_RETURN(uint32_t bit, ParseClass(line.fields[1], line.line_number));
    DHAD_ASSIGN_OR_RETURN(std::string vf, ViewForm(normalizer, line.fields[0]));
    tables->words[vf] |= bit;
  }
  // Longest openers first.
  for (std::vector<int>& list : tables->opener_first.values()) {
    std::sort(list.begin(), list.end(), [&](int a, int b) {
      return tables->openers[a].size() > tables->openers[b].size();
    });
  }

  DHAD_ASSIGN_OR_RETURN(absl::string_view cue_data, EmbeddedData("quote_cues"));
  for (const LexiconLine& line : ParseLexicon(cue_data)) {
    if (line.fields.size() < 4) {
      return absl::InternalError(absl::StrCat("quote_cues.txt line ", line.line_number,
                                              ": expected PHRASE CLASS GENDER COMP"));
    }
    CueEntry e;
    DHAD_ASSIGN_OR_RETURN(e.words, view_words(line.fields[0]));
    if (e.words.empty()) continue;
    const std::string& cls = line.fields[1];
    if (cls == "verb") {
      e.cls = CueClass::kVerb;
    } else if (cls == "participle") {
      e.cls = CueClass::kParticiple;
    } else if (cls == "masdar") {
      e.cls = CueClass::kMasdar;
    } else if (cls == "prep") {
      e.cls = CueClass::kPrep;
    } else if (cls == "passive") {
      e.cls = CueClass::kPassive;
    } else if (cls == "block") {
      e.cls = CueClass::kBlock;
    } else {
      return absl::InternalError(absl::StrCat("quote_cues.txt line ", line.line_number,
                                              ": unknown class '", cls, "'"));
    }
    e.gender = ParseGender(line.fields[2]);
    for (absl::string_view f : absl::StrSplit(line.fields[3], ',', absl::SkipEmpty())) {
      if (f == "-") continue;
      if (f == "np") {
        e.np = true;
      } else if (f == "b") {
        e.b = true;
      } else if (f == "relay") {
        e.relay = true;
      } else if (f == "obj") {
        e.obj = true;
      } else if (f == "self") {
        e.self = true;
      } else {
        DHAD_ASSIGN_OR_RETURN(std::string vf, ViewForm(normalizer, f));
        e.preps.push_back(std::move(vf));
      }
    }
    for (const std::string& w : e.words) {
      if (w.find("\u0628\u064A\u0627\u0646") != std::string::npos ||
          w.find("\u062A\u0642\u0631\u064A\u0631") != std::string::npos)
        e.statement = true;
    }
    const int idx = static_cast<int>(tables->cues.size());
    tables->cue_first[e.words[0]].push_back(idx);
    tables->cues.push_back(std::move(e));
  }
  const char* sadir[4] = {"صادر", "صادرة", "الصادر", "الصادرة"};
  for (int k = 0; k < 4; ++k) {
    DHAD_ASSIGN_OR_RETURN(tables->sadir[k], ViewForm(normalizer, sadir[k]));
  }
  const char* lahu[3] = {"له", "لها", "لهم"};
  for (int k = 0; k < 3; ++k) {
    DHAD_ASSIGN_OR_RETURN(tables->lahu[k], ViewForm(normalizer, lahu[k]));
  }
  const char* kama[2] = {"كما", "مثلما"};
  for (int k = 0; k < 2; ++k) {
    DHAD_ASSIGN_OR_RETURN(tables->kama[k], ViewForm(normalizer, kama[k]));
  }
  const char* wafqan[3] = {"وفقا", "طبقا", "وفقًا"};
  for (int k = 0; k < 3; ++k) {
    DHAD_ASSIGN_OR_RETURN(tables->wafqan[k], ViewForm(normalizer, wafqan[k]));
  }
  auto q = std::unique_ptr<QuoteExtractor>(new QuoteExtractor());
  q->tables_ = std::move(tables);
  return std::unique_ptr<const QuoteExtractor>(std::move(q));
}

absl::StatusOr<std::vector<Quote>> QuoteExtractor::Extract(
    const Text& text, absl::Span<const Span> sentences, const CancelledFn& cancelled) const {
  if (text.view().empty()) return std::vector<Quote>();
  CancelPoller poll(&cancelled, /*stride=*/64);
  DocExtractor doc(*tables_, text, sentences, &poll);
  if (doc.stopped()) return absl::CancelledError("the call was cancelled");
  std::vector<Quote> quotes = doc.Run();
  if (doc.stopped()) return absl::CancelledError("the call was cancelled");
  return quotes;
}

}  // namespace dhad
