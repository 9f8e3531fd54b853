#include "analysis/internal/morph.h"

#include <cstring>

namespace dhad::internal {
namespace {

// UTF-8 of the letters the spelling restorations use (view forms).
constexpr char kAlef[] = "\xD8\xA7";             // ا
constexpr char kTeh[] = "\xD8\xAA";              // ت
constexpr char kHeh[] = "\xD9\x87";              // ه (the view of ة)
constexpr char kWaw[] = "\xD9\x88";              // و
constexpr char kYeh[] = "\xD9\x8A";              // ي (the view of ى)
constexpr char kHamza[] = "\xD8\xA1";            // ء
constexpr char kWawHamza[] = "\xD8\xA4";         // ؤ
constexpr char kYehHamza[] = "\xD8\xA6";         // ئ
constexpr char kMeem[] = "\xD9\x85";             // م
constexpr char kNoonYeh[] = "\xD9\x86\xD9\x8A";  // ني

bool EndsWithLetter(absl::string_view s, const char* letter) {
  return s.size() >= 2 && s[s.size() - 2] == letter[0] && s[s.size() - 1] == letter[1];
}

bool HasArabicLetter(absl::string_view s);

// Whether `s` is an Arabic word to look up: a letter of the Arabic block
// U+0621..U+064A and no ASCII letter or digit (و2015، 1436هـ، بـBBC are
// not).
bool IsArabicWord(absl::string_view s) {
  for (char c : s) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      return false;
    }
  }
  return HasArabicLetter(s);
}

// Whether `s` has a letter of the Arabic block U+0621..U+064A.
bool HasArabicLetter(absl::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(s[i]);
    const unsigned char b = static_cast<unsigned char>(s[i + 1]);
    if ((a == 0xD8 && b >= 0xA1 && b <= 0xBA) || (a == 0xD9 && b >= 0x81 && b <= 0x8A)) {
      return true;
    }
  }
  return false;
}

constexpr uint16_t kContent = kVerbAny | kNominalAny | kFunctionWord;

// The classes a stem may have under the clitics of `split` (see the header).
uint16_t AllowedUnder(absl::string_view word, const CliticSplit& split) {
  // Ayaspell's stopwords list spells out the clitic forms of its function
  // words (وفي، بذلك، عليه، ومنها); only those of its tools list take
  // clitics by rule (kTableCliticHost: وعندما، لماذا). See Analyze.
  uint16_t allowed = kContent;
  const uint8_t p = split.proclitics;
  if (p & kArticle) {
    allowed &= kNominalAny;
  } else if (p & (kPrepBi | kPrepKa)) {
    allowed &= kNominalAny | kFunctionWord;
  } else if (p & kPrepLi) {
    allowed &= kNominalAny | kFunctionWord | kVerbPresent;
  }
  if (p & kFutureSa) allowed &= kVerbPresent;
  if (split.enclitic == Enclitic::k1s) {
    const bool ni = word.substr(split.stem_end) == kNoonYeh;
    allowed &= ni ? (kVerbAny | kFunctionWord) : (kNominalAny | kFunctionWord);
  }
  return allowed;
}

struct Found {
  uint16_t classes = 0;
  uint16_t agreement = 0;
  uint8_t nominal = 0;
};

// Agreement bits by person, gender and number.
struct AgrInfo {
  uint16_t bit;
  uint8_t person, gender, number;
};
constexpr AgrInfo kAgrInfo[] = {
    {kAgr1s, 1, 0, 1},  {kAgr1p, 1, 0, 3},  {kAgr2ms, 2, 1, 1}, {kAgr2fs, 2, 2, 1},
    {kAgr2d, 2, 0, 2},  {kAgr2mp, 2, 1, 3}, {kAgr2fp, 2, 2, 3}, {kAgr3ms, 3, 1, 1},
    {kAgr3fs, 3, 2, 1}, {kAgr3md, 3, 1, 2}, {kAgr3fd, 3, 2, 2}, {kAgr3mp, 3, 1, 3},
    {kAgr3fp, 3, 2, 3},
};
constexpr uint16_t kThirdPerson =
    kAgr3ms | kAgr3fs | kAgr3md | kAgr3fd | kAgr3mp | kAgr3fp;

int PopCount(uint16_t v) {
  int n = 0;
  for (; v != 0; v &= v - 1) ++n;
  return n;
}

void SummarizeVerb(uint16_t agreement, WordMorph* m) {
  uint16_t s = agreement;
  if ((s & ~kThirdPerson) != 0 && PopCount(s & kThirdPerson) == 1) s &= kThirdPerson;
  bool first = true;
  for (const AgrInfo& a : kAgrInfo) {
    if (!(s & a.bit)) continue;
    if (first) {
      m->person = a.person, m->gender = a.gender, m->number = a.number;
      first = false;
      continue;
    }
    if (m->person != a.person) m->person = 0;
    if (m->gender != a.gender) m->gender = 0;
    if (m->number != a.number) m->number = 0;
  }
}

void SummarizeNominal(uint8_t nominal, WordMorph* m) {
  m->person = 3;
  const uint8_t g = nominal & (kNomMasculine | kNomFeminine);
  m->gender = g == kNomMasculine ? 1 : g == kNomFeminine ? 2 : 0;
  const uint8_t n = nominal & (kNomSingular | kNomDual | kNomPlural);
  m->number = n == kNomSingular ? 1 : n == kNomDual ? 2 : n == kNomPlural ? 3 : 0;
}

}  // namespace

const Morphology& Morphology::Get() {
  static const Morphology* const instance = new Morphology(GetMorphTableData());
  return *instance;
}

bool Morphology::Lookup(absl::string_view form, MorphValue* value) const {
  if (form.empty()) return false;
  const int v = MorphTableFind(data_, form.data(), form.size());
  if (v < 0) return false;
  *value = data_.value_table[v];
  return true;
}

bool Morphology::TrySplit(absl::string_view word, const CliticSplit& split,
                          WordMorph* m) const {
  const uint16_t allowed = AllowedUnder(word, split);
  if (allowed == 0) return false;
  const absl::string_view stem =
      word.substr(split.stem_begin, split.stem_end - split.stem_begin);
  const bool split_any = split.proclitics != 0 || split.enclitic != Enclitic::kNone;
  Found found;
  // Looks `form` up and keeps the readings in `mask`.
  auto try_form = [&](absl::string_view form, uint16_t mask) {
    MorphValue v;
    if (!Lookup(form, &v)) return;
    uint16_t c = v.classes & allowed & mask;
    if (split_any && !(v.classes & kTableCliticHost)) c &= ~kFunctionWord;
    if (c == 0) return;
    found.classes |= c;
    if (c & kVerbAny) found.agreement |= v.agreement;
    if (c & kNominal) found.nominal |= v.nominal;
  };
  try_form(stem, kContent);
  if (split.enclitic != Enclitic::kNone) {
    // The spellings a pronoun changes at the end of its host: `stem` with
    // its last `drop` bytes replaced by `add`.
    char buf[kMaxCliticWordBytes + 4];
    auto respell = [&](size_t drop, const char* add) {
      const size_t keep = stem.size() - drop;
      const size_t add_len = std::strlen(add);
      std::memcpy(buf, stem.data(), keep);
      std::memcpy(buf + keep, add, add_len);
      return absl::string_view(buf, keep + add_len);
    };
    if (EndsWithLetter(stem, kTeh)) try_form(respell(2, kHeh), kNominalAny);
    if (EndsWithLetter(stem, kAlef)) try_form(respell(2, kYeh), kContent);
    if (EndsWithLetter(stem, kWaw)) {
      try_form(respell(0, kAlef), kVerbAny);  // قالوه → قالوا
      if (stem.size() >= 6 && EndsWithLetter(stem.substr(0, stem.size() - 2), kMeem)) {
        try_form(respell(2, ""), kVerbAny);  // قلتموه → قلتم
      }
    }
    if (EndsWithLetter(stem, kWawHamza) || EndsWithLetter(stem, kYehHamza)) {
      try_form(respell(2, kHamza), kNominalAny);  // آراؤه → آراء
      try_form(respell(2, kAlef), kNominalAny);   // مبدؤه → مبدأ
    }
  }
  if (found.classes == 0) return false;
  m->classes = found.classes;
  m->agreement = found.agreement;
  m->nominal = found.nominal;
  m->split = split;
  // Of the nominal reading: the article, or a possessive pronoun.
  m->definite = (split.proclitics & kArticle) != 0 ||
                (split.enclitic != Enclitic::kNone && (found.classes & kNominal) != 0);
  if (found.classes & kFunctionWord) {
    // في، له، إن: the verb and noun readings are rare homographs.
  } else if (found.classes & kVerbAny) {
    SummarizeVerb(found.agreement, m);
  } else if (found.classes & kNominal) {
    SummarizeNominal(found.nominal, m);
  }
  return true;
}

WordMorph Morphology::Analyze(absl::string_view word, bool ta_marbuta) const {
  WordMorph m;
  const size_t max_bytes = kMaxCliticWordBytes;
  const size_t capped = word.size() < max_bytes ? word.size() : max_bytes;
  m.split.stem_end = static_cast<uint8_t>(capped);
  if (!IsArabicWord(word)) {
    m.classes = kNonArabic;
    return m;
  }
  CliticSplit splits[kMaxCliticSplits];
  int n = -1;
  // الأمن، الثاني، البنك، القوة: a word that opens with the letters of the
  // article and reads as a verb only, whole or with a pronoun (ألأمن، ألبن
  // + ك under the spelling folds), is in news far more often the article
  // and a noun. The noun's reading comes first; the verb's stays with it.
  static constexpr absl::string_view kAl = "\xD8\xA7\xD9\x84";           // ال
  static constexpr absl::string_view kAlT = "\xD8\xA7\xD9\x84\xD8\xAA";  // الت
  auto prefer_article = [&](WordMorph* found) {
    if (!(found->classes & kVerbAny) ||
        (found->classes & (kNominalAny | kFunctionWord)) ||
        word.size() <= 2 * kAl.size() || word.substr(0, kAl.size()) != kAl)
      return;
    if (n < 0) n = SplitClitics(word, splits, kMaxCliticSplits);
    for (int k = 1; k < n; ++k) {
      if (splits[k].proclitics != kArticle || splits[k].enclitic != Enclitic::kNone)
        continue;
      WordMorph noun;
      if (!TrySplit(word, splits[k], &noun) || !(noun.classes & kNominal)) return;
      // (Not a bare adjective after الت: التقى is the verb "met" far more
      // often than التقي "the pious"; الوطني، اليمني are the adjectives.)
      const uint16_t kinds = kParticiple | kMasdar | kProperName | kAdjective;
      const bool bare_adjective = (noun.classes & kinds) == kAdjective;
      if (!bare_adjective || word.substr(0, kAlT.size()) != kAlT) {
        noun.classes |= found->classes & kVerbAny;
        noun.agreement = found->agreement;
        *found = noun;
      }
      return;
    }
  };
  // Most words are found whole (60% of a day of news): try that before
  // listing the splits, whose first is the whole word.
  if (word.size() <= max_bytes && TrySplit(word, m.split, &m)) {
    prefer_article(&m);
    return m;
  }
  if (n < 0) n = SplitClitics(word, splits, kMaxCliticSplits);
  for (int k = 1; k < n; ++k) {
    if (TrySplit(word, splits[k], &m)) {
      // (A noun with the pronoun stays: the table lacks many nouns in ة,
      // and their stem without it is the same noun, إطلالة after إطلال.)
      if (ta_marbuta && splits[k].enclitic == Enclitic::k3ms && !(m.classes & (kNominalAny | kFunctionWord))) {
        m = WordMorph();
        m.split.stem_end = static_cast<uint8_t>(capped);
        continue;
      }
      prefer_article(&m);
      return m;
    }
  }
  m.classes = kUnknown;
  return m;
}

}  // namespace dhad::internal
