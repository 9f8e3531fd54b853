#include "analysis/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

#include "analysis/chars.h"
#include "analysis/internal/icu_util.h"
#include "analysis/internal/normalizer_tables.h"
#include "base/utf8.h"

namespace dhad {

NormalizeOptions NormalizeOptions::Search() {
  NormalizeOptions o;
  o.form = UnicodeForm::kNfkc;
  o.remove_invisible = true;
  o.remove_diacritics = true;
  o.remove_tatweel = true;
  o.normalize_alef = true;
  o.alef_maqsura_to_yeh = true;
  o.teh_marbuta_to_heh = true;
  o.digits_to_ascii = true;
  o.collapse_whitespace = true;
  return o;
}

NormalizeOptions NormalizeOptions::Display() {
  NormalizeOptions o;
  o.form = UnicodeForm::kNfc;
  o.fold_presentation_forms = true;
  o.remove_invisible = true;
  o.remove_tatweel = true;
  o.collapse_whitespace = true;
  return o;
}

NormalizeOptions NormalizeOptions::AnalysisView() {
  NormalizeOptions o;
  o.form = UnicodeForm::kNfc;
  o.fold_presentation_forms = true;
  o.remove_invisible = true;
  o.remove_diacritics = true;
  o.remove_tatweel = true;
  o.normalize_alef = true;
  o.alef_maqsura_to_yeh = true;
  o.teh_marbuta_to_heh = true;
  o.digits_to_ascii = true;
  o.fold_persian_letters = true;
  return o;
}

namespace {

using internal::CpFlag;
using internal::CpInfo;
using internal::NormalizerTables;

// ---------------------------------------------------------------------------
// The per-character operations (everything after the Unicode form), as pure
// functions of a code point. The order of the issue is kept: invisibles,
// diacritics, tatweel, letter folds, digits, punctuation.

constexpr char32_t kDropped = 0xFFFFFFFFu;
constexpr char32_t kZwj = 0x200D;

// remove_invisible: zero-width characters, bidi marks, embeddings,
// overrides and isolates, word joiner, BOM, soft hyphen.
bool IsInvisible(char32_t c) {
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x061C:  // Arabic letter mark
    case 0x200B:  // zero width space
    case 0x200C:  // ZWNJ
    case 0x200D:  // ZWJ
    case 0x200E:  // LRM
    case 0x200F:  // RLM
    case 0x2060:  // word joiner
    case 0xFEFF:  // BOM / zero width no-break space
      return true;
    default:
      return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}

// Letter folds, applied in this order: Persian letters, hamza carriers,
// alef, alef maqsura, teh marbuta.
char32_t FoldLetter(const NormalizeOptions& o, char32_t c) {
  if (o.fold_persian_letters) {
    switch (c) {
      case 0x06A9:  // ک keheh
      case 0x06AA:  // ڪ swash kaf
        c = 0x0643;
        break;
      case 0x06CC:  // ی Farsi yeh
      case 0x06D2:  // ے yeh barree
        c = 0x064A;
        break;
      case 0x06D3:  // ۓ yeh barree with hamza above = ے + ٔ
        c = 0x0626;
        break;
      case 0x06C1:  // ہ heh goal
      case 0x06C2:  // ۂ heh goal with hamza above = ہ + ٔ
      case 0x06C0:  // ۀ heh with yeh above = ە + ٔ
      case 0x06D5:  // ە ae
      case 0x06BE:  // ھ heh doachashmee
        c = 0x0647;
        break;
      default:
        break;
    }
  }
  if (o.normalize_hamza) {
    if (c == 0x0624) c = 0x0648;       // ؤ -> و
    else if (c == 0x0626) c = 0x064A;  // ئ -> ي
  }
  if (o.normalize_alef &&
      (c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0671)) {
    c = 0x0627;
  }
  if (o.alef_maqsura_to_yeh && c == 0x0649) c = 0x064A;
  if (o.teh_marbuta_to_heh && c == 0x0629) c = 0x0647;
  return c;
}

char32_t FoldPunctuation(char32_t c) {
  switch (c) {
    case 0x060C: return ',';   // ،
    case 0x061B: return ';';   // ؛
    case 0x061F: return '?';   // ؟
    case 0x066A: return '%';   // ٪
    case 0x06D4: return '.';   // ۔
    case 0x066B: return '.';   // ٫ decimal separator
    case 0x066C: return ',';   // ٬ thousands separator
    case 0x066D: return '*';   // ٭
    case 0x00AB: return '"';   // «
    case 0x00BB: return '"';   // »
    default: return c;
  }
}

// The per-character operations on `c`: kDropped, or the replacement (`c`
// itself when nothing applies). A ZWJ is returned unchanged: whether it
// stays depends on its neighbours (see Runner::KeepZwj).
char32_t MapChar(const NormalizeOptions& o, char32_t c) {
  if (o.remove_invisible && IsInvisible(c)) return c == kZwj ? c : kDropped;
  if (o.remove_diacritics && IsArabicMark(c)) return kDropped;
  if (o.remove_tatweel && c == kTatweel) return kDropped;
  c = FoldLetter(o, c);
  if (o.digits_to_ascii) {
    if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  }
  if (o.normalize_punctuation) c = FoldPunctuation(c);
  return c;
}

// Weight of a White_Space character in a collapsed run: 1 for a line break,
// 2 for U+2029 PARAGRAPH SEPARATOR (a paragraph break on its own), 0 for
// other spaces. CR LF counts once (see the callers).
uint32_t LineBreakWeight(char32_t c) {
  switch (c) {
    case '\n':
    case 0x0B:
    case 0x0C:
    case '\r':
    case 0x85:
    case 0x2028:
      return 1;
    case 0x2029:
      return 2;
    default:
      return 0;
  }
}

// Characters whose canonical clusters get canonical composition and
// ordering even with UnicodeForm::kNone, so that every operation respects
// canonical equivalence in Arabic text (ا + U+0654 is أ).
bool IsArabicScript(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFE);
}

// Characters that may sit between an emoji and the ZWJ that joins it to the
// next: variation selectors, skin tone modifiers, tags.
bool IsEmojiTrailer(char32_t c) {
  return c == 0xFE0E || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF) ||
         (c >= 0xE0020 && c <= 0xE007F) || c == 0x20E3;
}

bool IsPictographic(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC);
}

// ---------------------------------------------------------------------------
// Plans: the options compiled into a lookup table for U+0000–U+07FF (ASCII
// and every two-byte UTF-8 sequence, which covers the Arabic block).

// Entry layout: bits 30-31 kind; for kEmit bits 0-15 the UTF-8 bytes of the
// output, bits 16-23 its canonical combining class, bits 24-25 the byte
// count, bit 29 set for White_Space that collapse_whitespace merges into the
// run it continues, and then bits 26-27 its line-break weight.
enum Kind : uint32_t { kEmit = 0, kDrop = 1, kSpecial = 3 };
constexpr uint32_t kSpaceBit = 1u << 29;
constexpr int kWeightShift = 26;
// An entry without any of these bits is a plain starter to copy: the case
// the main loop tests first.
constexpr uint32_t kNotPlain = 0xC0000000u | kSpaceBit | (3u << kWeightShift) | 0xFF0000u;
constexpr uint32_t kSpecialEntry = uint32_t{kSpecial} << 30;
constexpr int kTableSize = 0x800;

constexpr uint32_t EntryKind(uint32_t a) { return a >> 30; }

uint32_t EmitEntry(char32_t c) {
  if (c < 0x80) return c | (1u << 24);
  const uint32_t b0 = 0xC0 | (c >> 6), b1 = 0x80 | (c & 0x3F);
  return b0 | (b1 << 8) | (2u << 24);
}

int FormIndex(UnicodeForm f) {
  switch (f) {
    case UnicodeForm::kNone: return 0;
    case UnicodeForm::kNfc: return 1;
    case UnicodeForm::kNfkc: return 2;
  }
  return 0;
}

uint32_t OptionsKey(const NormalizeOptions& o) {
  const bool bits[] = {o.remove_diacritics,   o.remove_tatweel,
                       o.normalize_alef,      o.alef_maqsura_to_yeh,
                       o.teh_marbuta_to_heh,  o.normalize_hamza,
                       o.fold_presentation_forms, o.digits_to_ascii,
                       o.fold_persian_letters, o.normalize_punctuation,
                       o.remove_invisible,    o.collapse_whitespace,
                       o.reduce_elongation};
  uint32_t key = 0;
  for (bool b : bits) key = (key << 1) | (b ? 1 : 0);
  return (key << 2) | static_cast<uint32_t>(FormIndex(o.form));
}
constexpr uint32_t kNumKeys = 1u << 15;

// The compiled options.
struct Plan {
  NormalizeOptions options;
  UnicodeForm form = UnicodeForm::kNone;
  bool identity = false;      // nothing to do
  bool fold_presentation = false;  // presentation forms folded outside NFKC
  uint8_t boundary_flag = 0;  // kBoundaryNfc or kBoundaryNfkc
  uint32_t act[kTableSize];
};

// Whether `info` needs the segment path under `plan`: a character that the
// Unicode form may change or that may combine with what precedes it.
inline bool NeedsForm(const Plan& plan, const CpInfo& info) {
  switch (plan.form) {
    case UnicodeForm::kNone:
      if (info.flags & internal::kNfcMaybe) return true;
      break;
    case UnicodeForm::kNfc:
      if (!(info.flags & internal::kNfcYes)) return true;
      break;
    case UnicodeForm::kNfkc:
      if (!(info.flags & internal::kNfkcYes)) return true;
      break;
  }
  return plan.fold_presentation && (info.flags & internal::kPresentation);
}

std::unique_ptr<Plan> BuildPlan(const NormalizerTables& tables,
                                const NormalizeOptions& o) {
  auto plan = std::make_unique<Plan>();
  plan->options = o;
  plan->form = o.form;
  plan->fold_presentation =
      o.fold_presentation_forms && o.form != UnicodeForm::kNfkc;
  plan->boundary_flag = o.form == UnicodeForm::kNfkc ? internal::kBoundaryNfkc
                                                     : internal::kBoundaryNfc;
  plan->identity =
      o.form == UnicodeForm::kNone && OptionsKey(o) == OptionsKey(NormalizeOptions());
  for (char32_t c = 0; c < kTableSize; ++c) {
    const CpInfo info = tables.Info(c);
    uint32_t a;
    const char32_t m = MapChar(o, c);
    if (o.collapse_whitespace && (info.flags & internal::kWhiteSpace)) {
      // White_Space, whatever the form makes of it (NFKC maps U+00A0 to
      // U+0020), is merged into a run of whitespace.
      const uint32_t weight = LineBreakWeight(c);
      a = EmitEntry(weight == 0 ? ' ' : '\n') | kSpaceBit | (weight << kWeightShift);
    } else if (NeedsForm(*plan, info)) {
      a = kSpecialEntry;
    } else if (info.ccc != 0) {
      // A mark: dropped ones never change the result by their order; kept
      // ones are checked for canonical order by the main loop.
      a = m == kDropped ? uint32_t{kDrop} << 30
                        : EmitEntry(m) | (uint32_t{info.ccc} << 16);
    } else if (!(info.flags & plan->boundary_flag)) {
      a = kSpecialEntry;
    } else if (m == kDropped) {
      a = uint32_t{kDrop} << 30;
    } else if (o.collapse_whitespace && (tables.Info(m).flags & internal::kWhiteSpace)) {
      const uint32_t weight = LineBreakWeight(m);
      a = EmitEntry(weight == 0 ? ' ' : '\n') | kSpaceBit | (weight << kWeightShift);
    } else if (o.reduce_elongation && IsArabicLetter(m)) {
      a = kSpecialEntry;
    } else {
      a = EmitEntry(m);
    }
    plan->act[c] = a;
  }
  return plan;
}

// ---------------------------------------------------------------------------
// One call of Normalize.

struct ElongState {
  char32_t last = 0;  // last written Arabic letter, 0 after anything else
  uint32_t run = 0;   // how many times in a row it was written
};

// Bits of HotState::flags.
enum : uint32_t {
  // With collapse_whitespace: the output ends with the separator (' ', '\n'
  // or "\n\n") of a whitespace run, or nothing was written yet. The
  // separator is written at the run's first character, upgraded by its line
  // breaks, and removed at the end of the text.
  kInRun = 1,
  // The run's line-break weight, 0-2, in bits 1-2.
  kBreaksShift = 1,
  kBreaksMask = 3u << kBreaksShift,
  // Something was dropped after the last written starter, so a mark written
  // now lands on a different base than in the normalized input and the
  // output tail must be recomposed to stay in the form.
  kGap = 8,
  // Bits 8-15: the combining class of the last written character, so that
  // a kept mark out of canonical order is caught.
  kCccShift = 8,
  kCccMask = 0xFFu << kCccShift,
};

// The state the main loop keeps in registers; saved to the Runner around
// calls to the slow paths.
struct HotState {
  size_t n = 0;        // output bytes written
  uint32_t flags = 0;  // kInRun, breaks, kGap, combining class
  // The last restart point: an input offset at a normalization boundary, the
  // output size and the state at that point. The segment path rewinds to it
  // when a later character combines with what precedes it.
  size_t seg_in = 0;
  size_t seg_out = 0;
  uint32_t seg_flags = 0;
};

class Runner {
 public:
  Runner(const NormalizerTables& tables, const Plan& plan, absl::string_view input,
         std::string* out, std::vector<uint32_t>* map)
      : tables_(tables),
        plan_(plan),
        opt_(plan.options),
        in_(reinterpret_cast<const uint8_t*>(input.data())),
        size_(input.size()),
        input_(input),
        out_(out),
        map_(map) {}

  absl::Status Run() {
    cap_ = size_ + 16;
    if (opt_.collapse_whitespace) h_.flags = kInRun;  // leading space is trimmed
    h_.seg_flags = h_.flags;
    out_->resize(cap_);
    o_ = &(*out_)[0];
    if (map_ != nullptr) {
      map_->resize(cap_ + 1);
      m_ = map_->data();
      if (opt_.reduce_elongation) {
        Loop<true, true>();
      } else {
        Loop<true, false>();
      }
    } else if (opt_.reduce_elongation) {
      Loop<false, true>();
    } else {
      Loop<false, false>();
    }
    if (!status_.ok()) return status_;
    if (opt_.collapse_whitespace && in_run()) h_.n -= SeparatorLength();
    out_->resize(h_.n);
    if (map_ != nullptr) {
      map_->resize(h_.n + 1);
      (*map_)[h_.n] = static_cast<uint32_t>(size_);
    }
    return absl::OkStatus();
  }

 private:
  template <bool kMap, bool kElong>
  void Loop();
  const uint8_t* Special(const uint8_t* p);
  const uint8_t* Segment(const uint8_t* p, int len, const CpInfo& info);
  void NormalizeSpan(size_t own, size_t end);
  void FeedNormalized(const icu::Normalizer2* norm);
  void Feed(char32_t c, uint32_t src);
  void AddWhitespace(char32_t c, uint32_t src);
  void Write(char32_t c, uint32_t src);
  void Recompose(char32_t c, uint32_t src);
  // Makes room for the rest of the input from input offset `pos` at one
  // output byte per input byte (the most the table-driven path writes), plus
  // one slow-path character.
  void EnsureRoom(size_t pos);
  bool KeepZwj(uint32_t src) const;
  // Length of the whitespace separator that ends the output (in_run).
  size_t SeparatorLength() const {
    if (h_.n == 0) return 0;
    return run_breaks() >= 2 ? 2 : 1;
  }
  bool in_run() const { return (h_.flags & kInRun) != 0; }
  uint32_t run_breaks() const { return (h_.flags & kBreaksMask) >> kBreaksShift; }
  bool gap() const { return (h_.flags & kGap) != 0; }
  void set_gap(bool on) { h_.flags = on ? (h_.flags | kGap) : (h_.flags & ~kGap); }
  bool Boundary(const CpInfo& info) const {
    return (info.flags & plan_.boundary_flag) != 0;
  }

  const NormalizerTables& tables_;
  const Plan& plan_;
  const NormalizeOptions& opt_;
  const uint8_t* const in_;
  const size_t size_;
  const absl::string_view input_;
  std::string* const out_;
  std::vector<uint32_t>* const map_;
  char* o_ = nullptr;
  uint32_t* m_ = nullptr;
  size_t cap_ = 0;  // usable bytes of *out_; *map_ has cap_ + 1 entries
  HotState h_;
  ElongState elong_;      // reduce_elongation's run
  ElongState seg_elong_;  // its value at the restart point
  absl::Status status_;
  // Scratch for the segment path, reused within the call.
  std::vector<std::pair<char32_t, uint32_t>> cps_;
  std::string u8_, dst_;
  std::string re_in_, re_out_;  // Recompose's own, as it runs inside a feed
  std::vector<uint32_t> u8src_, dsrc_;
};

// Writes `off` to map[0] and map[1] with one store.
inline void StorePair(uint32_t* map, uint32_t off) {
  const uint64_t pair = off * 0x100000001ULL;
  std::memcpy(map, &pair, 8);
}

// The main loop: one table lookup per character of U+0000–U+07FF; anything
// else, and anything the table marks special, goes to Special().
template <bool kMap, bool kElong>
void Runner::Loop() {
  const uint8_t* p = in_;
  const uint8_t* const end = in_ + size_;
  const uint32_t* const act = plan_.act;
  // The hot state lives in locals (registers) and is synced around calls
  // to the slow paths.
  size_t n = h_.n;
  uint32_t flags = h_.flags;
  size_t seg_in = h_.seg_in, seg_out = h_.seg_out;
  uint32_t seg_flags = h_.seg_flags;
  char* o = o_;
  uint32_t* m = m_;
  const auto slow = [&](const uint8_t* at) {
    h_.n = n;
    h_.flags = flags;
    h_.seg_in = seg_in;
    h_.seg_out = seg_out;
    h_.seg_flags = seg_flags;
    const uint8_t* next = Special(at);
    n = h_.n;
    flags = h_.flags;
    seg_in = h_.seg_in;
    seg_out = h_.seg_out;
    seg_flags = h_.seg_flags;
    o = o_;
    m = m_;
    return next;
  };
  // Handles the character at `q` whose table entry is `a` (kEmit or kDrop);
  // returns false for kSpecial, which the caller sends to slow().
  const auto step = [&](const uint8_t* q, uint32_t a) {
    if ((a & kNotPlain) == 0) {
      // The common case: a starter copied or replaced, outside any run.
      const auto off = static_cast<uint32_t>(q - in_);
      seg_in = off;
      seg_out = n;
      seg_flags = flags;
      flags = 0;
      if (kElong) {
        seg_elong_ = elong_;
        elong_.last = 0;
      }
      const auto bytes = static_cast<uint16_t>(a);
      std::memcpy(o + n, &bytes, 2);
      if (kMap) StorePair(m + n, off);
      n += a >> 24;
      return true;
    }
    const uint32_t kind = EntryKind(a);
    if (kind == kEmit && (a & 0xFF0000) != 0) {
      // A kept mark: written here when it is in canonical order after the
      // last written character and nothing was dropped in between.
      const uint32_t ccc = (a >> 16) & 0xFF;
      if ((flags & kGap) || (flags >> kCccShift) > ccc) return false;
      if (kElong) elong_.last = 0;
      const auto bytes = static_cast<uint16_t>(a);
      std::memcpy(o + n, &bytes, 2);
      if (kMap) StorePair(m + n, static_cast<uint32_t>(q - in_));
      n += (a >> 24) & 3;
      flags = ccc << kCccShift;  // ends a whitespace run
      return true;
    }
    if (kind == kEmit) {
      const auto off = static_cast<uint32_t>(q - in_);
      seg_in = off;
      seg_out = n;
      seg_flags = flags;
      if (kElong) {
        seg_elong_ = elong_;
        elong_.last = 0;
      }
      if ((a >> kWeightShift) & 3) {
        // A line break: starts a run with '\n' or upgrades its separator.
        uint32_t weight = (a >> kWeightShift) & 3;
        if (q[0] == '\n' && q > in_ && q[-1] == '\r') weight = 0;  // CR LF
        const uint32_t breaks = (flags & kBreaksMask) >> kBreaksShift;
        if (!(flags & kInRun)) {
          o[n] = weight == 0 ? ' ' : '\n';
          if (kMap) m[n] = off;
          ++n;
          flags = kInRun | (weight << kBreaksShift);
        } else if (n > 0 && weight != 0 && breaks < 2) {
          const uint32_t want = std::min<uint32_t>(2, breaks + weight);
          n -= breaks >= 2 ? 2 : 1;
          const uint32_t first = kMap ? m[n] : off;
          for (uint32_t k = 0; k < want; ++k, ++n) {
            o[n] = '\n';
            if (kMap) m[n] = first;
          }
          flags = kInRun | (want << kBreaksShift);
        } else {
          flags &= kInRun | kBreaksMask;
        }
        return true;
      }
      const auto bytes = static_cast<uint16_t>(a);
      std::memcpy(o + n, &bytes, 2);
      if (kMap) StorePair(m + n, off);
      // A space inside a run adds nothing; anything else ends the run. Both
      // clear kGap (a starter was written or the run goes on).
      const uint32_t space = (a >> 29) & 1;
      const uint32_t merged = space & flags;
      n += ((a >> 24) & 3) & (merged - 1);
      flags = merged ? (flags & (kInRun | kBreaksMask)) : space;
      return true;
    }
    if (kind == kDrop) {
      flags |= kGap;
      return true;
    }
    return false;
  };

  // One character at a time, with branches rather than selects: a
  // predicted branch lets the CPU run ahead without waiting for the load
  // that gives the sequence length. The loop reads p[1], so it stops one
  // byte early; a last byte left over is ASCII and goes through Special().
  const uint8_t* const end2 = size_ > 0 ? end - 1 : end;
  while (p < end2) {
    const unsigned c = p[0];
    if (c >= 0xE0) {
      p = slow(p);
      if (!status_.ok()) return;
      continue;
    }
    const unsigned len = c < 0x80 ? 1 : 2;
    const uint32_t a = act[len == 1 ? c : (((c & 0x1F) << 6) | (p[1] & 0x3FU))];
    if (step(p, a)) {
      p += len;
    } else {
      p = slow(p);
      if (!status_.ok()) return;
    }
  }
  h_.n = n;
  h_.flags = flags;
  h_.seg_in = seg_in;
  h_.seg_out = seg_out;
  h_.seg_flags = seg_flags;
  if (p < end) Special(p);
}

void Runner::EnsureRoom(size_t pos) {
  // Sized for what is left of the input, not the whole of it: a buffer that
  // grows to twice the input on the first slow-path character costs a 4 MB
  // text tens of megabytes of page faults.
  const size_t rest = pos < size_ ? size_ - pos : 0;
  if (cap_ - h_.n >= rest + 16) return;
  cap_ = std::max(cap_ + cap_ / 2, h_.n + rest + 64);
  out_->resize(cap_);
  o_ = &(*out_)[0];
  if (map_ != nullptr) {
    map_->resize(cap_ + 1);
    m_ = map_->data();
  }
}

void Runner::Write(char32_t c, uint32_t src) {
  EnsureRoom(src);
  int len;
  if (c < 0x80) {
    o_[h_.n] = static_cast<char>(c);
    len = 1;
  } else if (c < 0x800) {
    o_[h_.n] = static_cast<char>(0xC0 | (c >> 6));
    o_[h_.n + 1] = static_cast<char>(0x80 | (c & 0x3F));
    len = 2;
  } else if (c < 0x10000) {
    o_[h_.n] = static_cast<char>(0xE0 | (c >> 12));
    o_[h_.n + 1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    o_[h_.n + 2] = static_cast<char>(0x80 | (c & 0x3F));
    len = 3;
  } else {
    o_[h_.n] = static_cast<char>(0xF0 | (c >> 18));
    o_[h_.n + 1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    o_[h_.n + 2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    o_[h_.n + 3] = static_cast<char>(0x80 | (c & 0x3F));
    len = 4;
  }
  if (m_ != nullptr) {
    for (int i = 0; i < len; ++i) m_[h_.n + i] = src;
  }
  h_.n += len;
}

void Runner::AddWhitespace(char32_t c, uint32_t src) {
  uint32_t weight = LineBreakWeight(c);
  if (c == '\n' && src > 0 && in_[src - 1] == '\r') weight = 0;  // CR LF
  if (!in_run()) {
    Write(weight == 0 ? ' ' : '\n', src);
    if (weight >= 2) Write('\n', src);
    h_.flags = kInRun | (weight << kBreaksShift);
    return;
  }
  if (weight == 0 || h_.n == 0) return;
  // Upgrade the separator: ' ' -> '\n' -> "\n\n". It is rewritten from
  // run_breaks, as a rewind may have left newer bytes in its place.
  const size_t len = SeparatorLength();
  const uint32_t want = std::min<uint32_t>(2, run_breaks() + weight);
  if (want == run_breaks()) return;
  h_.flags = (h_.flags & ~kBreaksMask) | (want << kBreaksShift);
  h_.n -= len;
  const uint32_t first = m_ != nullptr ? m_[h_.n] : src;
  Write('\n', first);
  if (want == 2) Write('\n', first);
}

bool Runner::KeepZwj(uint32_t src) const {
  const size_t after = src + 3;  // U+200D is three bytes
  if (src == 0 || after >= size_) return false;
  size_t b = src;
  char32_t prev;
  do {
    int l;
    prev = DecodeUtf8Before(input_, b, &l);
    b -= l;
  } while (b > 0 && IsEmojiTrailer(prev));
  if (!IsPictographic(prev)) return false;
  int l;
  return IsPictographic(DecodeUtf8(input_.data() + after, &l));
}

// The operations after the Unicode form, for one character of the
// normalized stream whose source starts at input byte `src`.
void Runner::Feed(char32_t c, uint32_t src) {
  char32_t m = MapChar(opt_, c);
  if (m == kZwj && opt_.remove_invisible && !KeepZwj(src)) m = kDropped;
  if (m == kDropped) {
    set_gap(true);
    return;
  }
  if (opt_.collapse_whitespace &&
      (m < 0x80 ? IsSpace(m) : (tables_.Info(m).flags & internal::kWhiteSpace) != 0)) {
    // White space ends an elongation run here as in the main loop (a segment
    // rewound over a space once counted إ إإ in decomposed form as one run).
    elong_.last = 0;
    AddWhitespace(m, src);
    return;
  }
  const bool gap_before = gap();
  h_.flags = 0;  // the run ends; kGap is restored below
  if (gap_before) h_.flags = kGap;
  if (opt_.reduce_elongation) {
    ElongState& e = elong_;
    // (A letter, not the superscript alef U+0670, a mark that IsArabicLetter
    // counts with the letters: the table path ends the run at a mark, and
    // so must this one, or a reordered run of marks loses some of them.)
    if (IsArabicLetter(m) && tables_.Info(m).ccc == 0) {
      if (m == e.last) {
        if (++e.run > 2) {
          set_gap(true);
          return;
        }
      } else {
        e.last = m;
        e.run = 1;
      }
    } else {
      e.last = 0;
    }
  }
  const CpInfo info = tables_.Info(m);
  if (info.ccc == 0 && !(info.flags & internal::kNfcMaybe)) {
    Write(m, src);
    h_.flags = 0;
  } else if (gap()) {
    Recompose(m, src);
  } else {
    Write(m, src);
    h_.flags = uint32_t{info.ccc} << kCccShift;
  }
}

// Writes the mark `c` after something was dropped since the last written
// starter: the starter, the marks written after it and `c` are normalized
// again (canonical order and composition), and the per-character
// operations applied to the result. All of it is attributed to the
// starter's source.
void Runner::Recompose(char32_t c, uint32_t src) {
  size_t start = h_.n;
  char32_t starter = 0;
  while (start > 0) {
    int l;
    const char32_t prev = DecodeUtf8Before(absl::string_view(o_, h_.n), start, &l);
    start -= l;
    if (tables_.Info(prev).ccc == 0) {
      starter = prev;
      break;
    }
  }
  const icu::Normalizer2* norm =
      plan_.form == UnicodeForm::kNfkc ? tables_.nfkc() : tables_.nfc();
  if (plan_.form == UnicodeForm::kNone && !IsArabicScript(starter)) norm = nullptr;
  if (norm == nullptr) {
    Write(c, src);
    h_.flags = kGap | (uint32_t{tables_.Info(c).ccc} << kCccShift);
    return;
  }
  re_in_.assign(o_ + start, h_.n - start);
  AppendUtf8(c, &re_in_);
  re_out_.clear();
  icu::StringByteSink<std::string> sink(&re_out_);
  UErrorCode ec = U_ZERO_ERROR;
  norm->normalizeUTF8(0, icu::StringPiece(re_in_.data(), static_cast<int32_t>(re_in_.size())),
                      sink, nullptr, ec);
  if (U_FAILURE(ec)) {
    status_ = internal::FromIcu(ec, "normalizeUTF8");
    return;
  }
  const uint32_t at = (m_ != nullptr && start < h_.n) ? m_[start] : src;
  h_.n = start;
  for (size_t d = 0; d < re_out_.size();) {
    int l;
    const char32_t r = MapChar(opt_, DecodeUtf8(re_out_.data() + d, &l));
    if (r != kDropped) {
      Write(r, at);
      h_.flags = kGap | (uint32_t{tables_.Info(r).ccc} << kCccShift);
    }
    d += l;
  }
}

const uint8_t* Runner::Special(const uint8_t* p) {
  int len;
  const char32_t c = DecodeUtf8(reinterpret_cast<const char*>(p), &len);
  const CpInfo info = tables_.Info(c);
  bool rare = NeedsForm(plan_, info);
  if (!rare && info.ccc != 0 && MapChar(opt_, c) != kDropped &&
      (h_.flags >> kCccShift) > info.ccc) {
    rare = true;  // a kept mark out of canonical order needs reordering
  }
  const uint8_t* next;
  if (rare) {
    next = Segment(p, len, info);
  } else {
    Feed(c, static_cast<uint32_t>(p - in_));
    next = p + len;
  }
  EnsureRoom(static_cast<size_t>(next - in_));
  return next;
}

// Normalizes the canonical segment around the character at `p` (which the
// Unicode form may change or which may combine with what precedes it):
// from the last starter before it to the next normalization boundary. What
// was already written for that starter is rewound.
const uint8_t* Runner::Segment(const uint8_t* p, int len, const CpInfo& info) {
  const uint8_t* const end = in_ + size_;
  const auto pos = static_cast<size_t>(p - in_);
  size_t own = pos;
  if (!Boundary(info)) {
    while (own > h_.seg_in) {
      int l;
      const char32_t prev = DecodeUtf8Before(input_, own, &l);
      own -= l;
      if (tables_.Info(prev).ccc == 0) break;
    }
  }
  const uint8_t* q = p + len;
  while (q < end) {
    int l;
    const char32_t next = DecodeUtf8(reinterpret_cast<const char*>(q), &l);
    if (Boundary(tables_.Info(next))) break;
    q += l;
  }
  if (own != pos) {
    // Rewind to the restart point and replay up to the segment's starter.
    h_.n = h_.seg_out;
    h_.flags = h_.seg_flags;
    elong_ = seg_elong_;
    for (size_t r = h_.seg_in; r < own;) {
      int l;
      const char32_t rc = DecodeUtf8(input_.data() + r, &l);
      Feed(rc, static_cast<uint32_t>(r));
      r += l;
    }
  }
  NormalizeSpan(own, static_cast<size_t>(q - in_));
  h_.seg_in = static_cast<size_t>(q - in_);
  h_.seg_out = h_.n;
  h_.seg_flags = h_.flags;
  seg_elong_ = elong_;
  return q;
}

// Applies the Unicode form (and presentation-form folding) to input bytes
// [own, end), one or a few canonical segments, and feeds the result to the
// per-character operations. Each output character is attributed to the
// smallest input character it was made from.
void Runner::NormalizeSpan(size_t own, size_t end) {
  cps_.clear();
  bool single_expansion = false;
  for (size_t r = own; r < end;) {
    int l;
    const char32_t c = DecodeUtf8(input_.data() + r, &l);
    const CpInfo info = tables_.Info(c);
    const auto src = static_cast<uint32_t>(r);
    uint16_t exp = 0;
    if (plan_.fold_presentation && (info.flags & internal::kPresentation)) {
      exp = info.nfkc;
    } else if (plan_.form == UnicodeForm::kNfkc && !(info.flags & internal::kNfkcYes) &&
               !(info.flags & internal::kNfkcMaybe)) {
      exp = info.nfkc;
    } else if (plan_.form == UnicodeForm::kNfc && !(info.flags & internal::kNfcYes) &&
               !(info.flags & internal::kNfcMaybe)) {
      exp = info.nfc;
    }
    if (exp != 0) {
      for (char32_t e : tables_.Expansion(exp)) cps_.emplace_back(e, src);
      single_expansion = (r == own && r + l == end);
    } else {
      cps_.emplace_back(c, src);
    }
    r += l;
  }
  if (single_expansion) {
    // One character with a precomputed normalization: nothing to combine.
    for (const auto& [c, src] : cps_) Feed(c, src);
    return;
  }
  const icu::Normalizer2* norm = nullptr;
  uint8_t yes = 0;
  switch (plan_.form) {
    case UnicodeForm::kNone:
      // Only Arabic clusters are composed and ordered without a form.
      if (!cps_.empty() && IsArabicScript(cps_.front().first)) {
        norm = tables_.nfc();
        yes = internal::kNfcYes;
      }
      break;
    case UnicodeForm::kNfc:
      norm = tables_.nfc();
      yes = internal::kNfcYes;
      break;
    case UnicodeForm::kNfkc:
      norm = tables_.nfkc();
      yes = internal::kNfkcYes;
      break;
  }
  if (norm == nullptr) {
    for (const auto& [c, src] : cps_) Feed(c, src);
    return;
  }
  bool all_yes = true;
  for (const auto& cs : cps_) {
    if (!(tables_.Info(cs.first).flags & yes)) {
      all_yes = false;
      break;
    }
  }
  if (all_yes) {
    // Only canonical ordering can be wrong: stable-sort each run of marks by
    // combining class; a reordered run is attributed to its first source.
    for (size_t i = 0; i < cps_.size();) {
      if (tables_.Info(cps_[i].first).ccc == 0) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < cps_.size() && tables_.Info(cps_[j].first).ccc != 0) ++j;
      bool moved = false;
      for (size_t k = i + 1; k < j; ++k) {
        auto cur = cps_[k];
        const uint8_t ccc = tables_.Info(cur.first).ccc;
        size_t t = k;
        while (t > i && tables_.Info(cps_[t - 1].first).ccc > ccc) {
          cps_[t] = cps_[t - 1];
          --t;
          moved = true;
        }
        cps_[t] = cur;
      }
      if (moved) {
        uint32_t lo = cps_[i].second;
        for (size_t k = i; k < j; ++k) lo = std::min(lo, cps_[k].second);
        for (size_t k = i; k < j; ++k) cps_[k].second = lo;
      }
      i = j;
    }
    for (const auto& [c, src] : cps_) Feed(c, src);
    return;
  }
  FeedNormalized(norm);
}

// The general case of NormalizeSpan: ICU normalizes the segment held in
// cps_; its edit record maps the result back.
void Runner::FeedNormalized(const icu::Normalizer2* norm) {
  u8_.clear();
  u8src_.clear();
  for (const auto& [c, src] : cps_) {
    AppendUtf8(c, &u8_);
    u8src_.resize(u8_.size(), src);
  }
  dst_.clear();
  icu::StringByteSink<std::string> sink(&dst_);
  icu::Edits edits;
  UErrorCode ec = U_ZERO_ERROR;
  norm->normalizeUTF8(0, icu::StringPiece(u8_.data(), static_cast<int32_t>(u8_.size())),
                      sink, &edits, ec);
  if (U_FAILURE(ec)) {
    status_ = internal::FromIcu(ec, "normalizeUTF8");
    return;
  }
  dsrc_.assign(dst_.size(), 0);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(ec)) {
    const int32_t si = it.sourceIndex(), di = it.destinationIndex();
    const int32_t nl = it.newLength();
    for (int32_t k = 0; k < nl; ++k) {
      if (!it.hasChange()) {
        dsrc_[di + k] = u8src_[si + k];
      } else {
        const size_t at = std::min(static_cast<size_t>(si), u8src_.size() - 1);
        dsrc_[di + k] = u8src_[at];
      }
    }
  }
  if (U_FAILURE(ec)) {
    status_ = internal::FromIcu(ec, "Edits::Iterator");
    return;
  }
  // Attribute each character to the smallest source among its bytes, and
  // keep the sequence non-decreasing.
  uint32_t floor = u8src_.empty() ? 0 : u8src_.front();
  for (size_t d = 0; d < dst_.size();) {
    int l;
    const char32_t c = DecodeUtf8(dst_.data() + d, &l);
    uint32_t src = dsrc_[d];
    for (int k = 1; k < l; ++k) src = std::min(src, dsrc_[d + k]);
    src = std::max(src, floor);
    floor = src;
    Feed(c, src);
    d += l;
  }
}

}  // namespace

struct Normalizer::Tables {
  const NormalizerTables* unicode = nullptr;
  // Plans by OptionsKey, built on first use and kept for the object's life.
  std::unique_ptr<std::atomic<const Plan*>[]> plans;

  const Plan& GetPlan(const NormalizeOptions& o) const {
    const uint32_t key = OptionsKey(o);
    const Plan* plan = plans[key].load(std::memory_order_acquire);
    if (plan != nullptr) return *plan;
    std::unique_ptr<Plan> built = BuildPlan(*unicode, o);
    const Plan* expected = nullptr;
    if (plans[key].compare_exchange_strong(expected, built.get(),
                                           std::memory_order_acq_rel)) {
      return *built.release();
    }
    return *expected;  // another thread won; `built` is freed
  }

  ~Tables() {
    if (plans == nullptr) return;
    for (uint32_t k = 0; k < kNumKeys; ++k) delete plans[k].load();
  }
};

Normalizer::Normalizer() = default;
Normalizer::~Normalizer() = default;

absl::StatusOr<std::unique_ptr<const Normalizer>> Normalizer::Create() {
  absl::StatusOr<const NormalizerTables*> unicode = NormalizerTables::Get();
  if (!unicode.ok()) return unicode.status();
  std::unique_ptr<Normalizer> n(new Normalizer());
  n->tables_ = std::make_unique<Tables>();
  n->tables_->unicode = *unicode;
  n->tables_->plans = std::make_unique<std::atomic<const Plan*>[]>(kNumKeys);
  for (uint32_t k = 0; k < kNumKeys; ++k) n->tables_->plans[k].store(nullptr);
  // The named profiles are compiled up front.
  for (const NormalizeOptions& o :
       {NormalizeOptions::Search(), NormalizeOptions::Display(),
        NormalizeOptions::AnalysisView(), NormalizeOptions::None()}) {
    n->tables_->GetPlan(o);
  }
  return std::unique_ptr<const Normalizer>(std::move(n));
}

absl::Status Normalizer::Normalize(absl::string_view input,
                                   const NormalizeOptions& options,
                                   std::string* out,
                                   std::vector<uint32_t>* byte_map) const {
  const Plan& plan = tables_->GetPlan(options);
  if (plan.identity) {
    out->assign(input.data(), input.size());
    if (byte_map != nullptr) {
      byte_map->resize(input.size() + 1);
      uint32_t start = 0;
      for (size_t i = 0; i < input.size(); ++i) {
        if (!IsUtf8Continuation(static_cast<unsigned char>(input[i]))) {
          start = static_cast<uint32_t>(i);
        }
        (*byte_map)[i] = start;
      }
      (*byte_map)[input.size()] = static_cast<uint32_t>(input.size());
    }
    return absl::OkStatus();
  }
  Runner runner(*tables_->unicode, plan, input, out, byte_map);
  return runner.Run();
}

namespace {

// Number of UTF-8 lead (non-continuation) bytes in in[from, to).
inline uint32_t CountLeads(const unsigned char* in, size_t size, size_t from, size_t to) {
  const size_t gap = to - from;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (gap <= 8 && from + 8 <= size) {
    // One unaligned load; no branch on the gap (usually one or two bytes).
    uint64_t w;
    std::memcpy(&w, in + from, 8);
    const uint64_t cont = w & ~(w << 1) & 0x8080808080808080ULL;  // 10xxxxxx
    uint64_t leads = (~cont & 0x8080808080808080ULL) >> 7;  // 0 or 1 a byte
    const uint64_t keep = gap >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * gap)) - 1;
    leads &= keep;  // the first `gap` bytes (little-endian)
    return static_cast<uint32_t>((leads * 0x0101010101010101ULL) >> 56);
  }
#endif
  uint32_t count = 0;
  for (; from < to; ++from) count += !IsUtf8Continuation(in[from]);
  return count;
}

}  // namespace

std::vector<uint32_t> CodePointAlignment(absl::string_view input,
                                         absl::string_view output,
                                         const std::vector<uint32_t>& byte_map) {
  // byte_map is non-decreasing and points at starts of code points, so one
  // forward walk over the input turns byte offsets into code point indexes.
  const auto* in = reinterpret_cast<const unsigned char*>(input.data());
  const auto* out = reinterpret_cast<const unsigned char*>(output.data());
  std::vector<uint32_t> alignment(CountCodePoints(output) + 1);
  uint32_t* a = alignment.data();
  size_t ib = 0;
  uint32_t icp = 0;
  for (size_t i = 0; i < output.size();) {
    const size_t b = byte_map[i];
    if (b != ib) {
      // Usually the next input character: one lead byte, no counting.
      const unsigned lead = in[ib];
      const size_t len = 1 + (lead >= 0xC0) + (lead >= 0xE0) + (lead >= 0xF0);
      icp += b - ib == len ? 1 : CountLeads(in, input.size(), ib, b);
      ib = b;
    }
    *a++ = icp;
    i += Utf8SequenceLength(out[i]);
  }
  *a = icp + CountLeads(in, input.size(), ib, input.size());
  return alignment;
}

}  // namespace dhad
