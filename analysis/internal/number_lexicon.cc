#include "analysis/internal/number_lexicon.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "analysis/internal/clitics.h"
#include "analysis/internal/status_macros.h"
#include "analysis/lexicon.h"

namespace dhad::internal {
namespace {

// UTF-8 of the letters the spelling variants and the word analyzer use.
constexpr absl::string_view kAlefHamzaAbove = "\xD8\xA3";       // أ
constexpr absl::string_view kAlefHamzaBelow = "\xD8\xA5";       // إ
constexpr absl::string_view kAlefMadda = "\xD8\xA2";            // آ
constexpr absl::string_view kAlef = "\xD8\xA7";                 // ا
constexpr absl::string_view kTehMarbuta = "\xD8\xA9";           // ة
constexpr absl::string_view kHeh = "\xD9\x87";                  // ه
constexpr absl::string_view kAlefMaksura = "\xD9\x89";          // ى
constexpr absl::string_view kYeh = "\xD9\x8A";                  // ي
constexpr absl::string_view kArticleText = "\xD8\xA7\xD9\x84";  // ال

// Replaces every `from` in `s` by `to`.
std::string ReplaceAll(absl::string_view s, absl::string_view from,
                       absl::string_view to) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s.substr(i, from.size()) == from) {
      out.append(to.data(), to.size());
      i += from.size();
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

// The spellings under which a lexicon form may appear in raw text: with or
// without hamza on alef, ة or ه, ى or ي (all 8 combinations). Once the
// normalizer folds these, ViewForm maps every variant to the same key; until
// then the variants let plain text written without hamza still match.
std::vector<std::string> SpellingVariants(absl::string_view form) {
  std::vector<std::string> out;
  for (int mask = 0; mask < 8; ++mask) {
    std::string s(form);
    if (mask & 1) {
      s = ReplaceAll(s, kAlefHamzaAbove, kAlef);
      s = ReplaceAll(s, kAlefHamzaBelow, kAlef);
      s = ReplaceAll(s, kAlefMadda, kAlef);
    }
    if (mask & 2) s = ReplaceAll(s, kTehMarbuta, kHeh);
    if (mask & 4) s = ReplaceAll(s, kAlefMaksura, kYeh);
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  return out;
}

absl::Status LineError(absl::string_view file, int line, absl::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat("analysis/data/", file, ".txt line ", line, ": ", what));
}

// Finds `s` in a table of (name, value) pairs.
template <typename T, size_t N>
bool LookupName(const std::pair<absl::string_view, T> (&table)[N], absl::string_view s,
                T* out) {
  for (const auto& entry : table) {
    if (entry.first == s) {
      *out = entry.second;
      return true;
    }
  }
  return false;
}

bool ParseRole(absl::string_view s, NumRole* role) {
  static const std::pair<absl::string_view, NumRole> kRoles[] = {
      {"unit", NumRole::kUnit},
      {"teenhead", NumRole::kTeenHead},
      {"tenword", NumRole::kTenWord},
      {"ten", NumRole::kTen},
      {"teen", NumRole::kTeen},
      {"hundred", NumRole::kHundred},
      {"scale", NumRole::kScale},
      {"scale2", NumRole::kScale2},
      {"scalepl", NumRole::kScalePl},
      {"vaguepl", NumRole::kVaguePl},
      {"few", NumRole::kFew},
      {"ordinal", NumRole::kOrdinal},
      {"ordhead", NumRole::kOrdHead},
      {"fraction", NumRole::kFraction},
      {"fraction2", NumRole::kFraction2},
      {"fractionpl", NumRole::kFractionPl},
      {"negative", NumRole::kNegative},
      {"point", NumRole::kPoint},
      {"nisba", NumRole::kNisba},
  };
  return LookupName(kRoles, s, role);
}

bool ParsePhraseRole(absl::string_view s, PhraseRole* role) {
  static const std::pair<absl::string_view, PhraseRole> kRoles[] = {
      {"approx", PhraseRole::kApprox},
      {"approxafter", PhraseRole::kApproxAfter},
      {"minexcl", PhraseRole::kMinExcl},
      {"minincl", PhraseRole::kMinIncl},
      {"maxexcl", PhraseRole::kMaxExcl},
      {"maxincl", PhraseRole::kMaxIncl},
      {"mininclafter", PhraseRole::kMinInclAfter},
      {"maxinclafter", PhraseRole::kMaxInclAfter},
      {"percent", PhraseRole::kPercent},
      {"between", PhraseRole::kBetween},
      {"from", PhraseRole::kFrom},
      {"to", PhraseRole::kTo},
      {"blockprev", PhraseRole::kBlockPrev},
      {"blocknext", PhraseRole::kBlockNext},
      {"plural", PhraseRole::kPlural},
      {"hour", PhraseRole::kHour},
  };
  return LookupName(kRoles, s, role);
}

bool ParseFlags(absl::string_view s, uint8_t* flags) {
  *flags = 0;
  if (s.empty()) return true;
  for (absl::string_view f : absl::StrSplit(s, ',')) {
    if (f == "noart") {
      *flags |= kNoArticle;
    } else if (f == "artonly") {
      *flags |= kArticleOnly;
    } else if (f == "defnext") {
      *flags |= kDefNext;
    } else if (f == "nodefnext") {
      *flags |= kNoDefNext;
    } else if (f == "accdual") {
      *flags |= kAccDual;
    } else if (f == "notbeforenum") {
      *flags |= kNotBesideNumber;
    } else if (f == "damma") {
      *flags |= kDammaOnly;
    } else if (f == "afternum") {
      *flags |= kAfterNumberOnly;
    } else {
      return false;
    }
  }
  return true;
}

// Index of the two-byte UTF-8 letter at s[i] for the pair filter: Arabic
// letters U+0620..U+065F map to 0..63 by their code point; anything else to
// 63 (no key holds it: the keys are Arabic words).
inline int LetterIndex(absl::string_view s, size_t i) {
  const unsigned char b0 = static_cast<unsigned char>(s[i]);
  if ((b0 != 0xD8 && b0 != 0xD9) || i + 1 >= s.size()) return 63;
  const int cp = ((b0 & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
  return cp >= 0x0620 && cp < 0x065F ? cp - 0x0620 : 63;
}

}  // namespace

absl::StatusOr<std::unique_ptr<const NumberLexicon>> NumberLexicon::Load(
    const Normalizer& normalizer) {
  std::unique_ptr<NumberLexicon> lex(new NumberLexicon());
  DHAD_ASSIGN_OR_RETURN(absl::string_view words, EmbeddedData("number_words"));
  for (const LexiconLine& line : ParseLexicon(words)) {
    if (line.fields.size() < 3 || line.fields.size() > 4) {
      return LineError("number_words", line.line_number,
                       "want FORM, ROLE, VALUE [, FLAGS]");
    }
    NumEntry e;
    if (!ParseRole(line.fields[1], &e.role)) {
      return LineError("number_words", line.line_number, "unknown role");
    }
    if (!absl::SimpleAtod(line.fields[2], &e.value) || !std::isfinite(e.value)) {
      return LineError("number_words", line.line_number, "bad value");
    }
    if (line.fields.size() == 4 && !ParseFlags(line.fields[3], &e.flags)) {
      return LineError("number_words", line.line_number, "unknown flag");
    }
    // A unit fraction also takes a pronoun suffix (ثلثهم a third of them).
    // The forms that are also cardinals (خمس، عشر) take all suffixes but ه,
    // which would be their ة folded (خمسه = خمسة), and are then fractions
    // only.
    std::vector<std::string> forms = {line.fields[0]};
    std::vector<NumEntry> form_entries = {e};
    if (e.role == NumRole::kFraction) {
      const bool ambiguous = (e.flags & (kDefNext | kNoDefNext)) != 0;
      NumEntry plain = e;
      plain.flags = e.flags & (kDammaOnly | kAfterNumberOnly);  // ثمنه: "its price"
      for (absl::string_view suffix :
           {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85",
            "\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD9\x86", "\xD9\x83\xD9\x85",
            "\xD9\x86\xD8\xA7"}) {  // ه ها هم هما هن كم نا
        if (ambiguous && suffix == "\xD9\x87") continue;
        forms.push_back(absl::StrCat(line.fields[0], suffix));
        form_entries.push_back(plain);
      }
    }
    for (size_t f = 0; f < forms.size(); ++f) {
      const NumEntry& fe = form_entries[f];
      for (const std::string& variant : SpellingVariants(forms[f])) {
        DHAD_ASSIGN_OR_RETURN(std::string key, ViewForm(normalizer, variant));
        std::vector<NumEntry>& list = lex->words_[key];
        bool dup = false;
        for (const NumEntry& x : list) {
          dup |= x.role == fe.role && x.value == fe.value && x.flags == fe.flags;
        }
        if (!dup) list.push_back(fe);
        lex->max_key_len_ = std::max(lex->max_key_len_, key.size());
        if (key.size() >= 4 && key.size() < 64) {
          lex->letter_filter_[LetterIndex(key, 0)][LetterIndex(key, 2)] |=
              uint64_t{1} << LetterIndex(key, key.size() - 2);
          lex->penult_filter_[LetterIndex(key, 0)][LetterIndex(key, 2)] |=
              uint64_t{1} << LetterIndex(key, key.size() - 4);
          lex->length_filter_ |= uint64_t{1} << key.size();
        } else {
          // Not expected of an Arabic number word; keep the filter exact.
          return LineError("number_words", line.line_number,
                           "form too short or too long");
        }
      }
    }
  }

  // The first letters that SplitClitics may take as (the start of) a
  // proclitic or the article: try each pair of letters before a stem.
  for (char32_t x = 0x0621; x <= 0x064A; ++x) {
    for (char32_t y = 0x0621; y <= 0x064A; ++y) {
      std::string w;
      for (char32_t c : {x, y}) {
        w.push_back(static_cast<char>(0xC0 | (c >> 6)));
        w.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
      w += "\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x87";  // ثلاثه
      CliticSplit splits[kMaxCliticSplits];
      const int n = SplitClitics(w, splits, kMaxCliticSplits);
      for (int k = 1; k < n; ++k) {
        if (splits[k].stem_begin > 0) lex->clitic_start_[LetterIndex(w, 0)] = true;
      }
    }
  }

  DHAD_ASSIGN_OR_RETURN(absl::string_view phrases, EmbeddedData("number_phrases"));
  for (const LexiconLine& line : ParseLexicon(phrases)) {
    if (line.fields.size() != 2) {
      return LineError("number_phrases", line.line_number, "want PHRASE, ROLE");
    }
    PhraseRole role;
    if (!ParsePhraseRole(line.fields[1], &role)) {
      return LineError("number_phrases", line.line_number, "unknown role");
    }
    for (const std::string& variant : SpellingVariants(line.fields[0])) {
      Phrase p;
      p.role = role;
      for (absl::string_view w : absl::StrSplit(variant, ' ', absl::SkipEmpty())) {
        DHAD_ASSIGN_OR_RETURN(std::string key, ViewForm(normalizer, w));
        p.words.push_back(std::move(key));
      }
      if (p.words.empty()) continue;
      bool dup = false;
      for (const Phrase& q : lex->phrases_) dup |= q.role == p.role && q.words == p.words;
      if (dup) continue;
      lex->phrases_.push_back(std::move(p));
    }
  }
  std::stable_sort(
      lex->phrases_.begin(), lex->phrases_.end(),
      [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  for (size_t k = 0; k < lex->phrases_.size(); ++k) {
    const Phrase& p = lex->phrases_[k];
    lex->by_first_[p.words.front()].push_back(static_cast<int>(k));
    lex->by_last_[p.words.back()].push_back(static_cast<int>(k));
  }
  return std::unique_ptr<const NumberLexicon>(std::move(lex));
}

const std::vector<NumEntry>* NumberLexicon::Find(absl::string_view word) const {
  return words_.Find(word);
}

bool NumberLexicon::MayBeKey(size_t len, int x, int y, uint64_t last,
                             uint64_t penult) const {
  return len < 64 && (length_filter_ & (uint64_t{1} << len)) != 0 &&
         (letter_filter_[x][y] & last) != 0 && (penult_filter_[x][y] & penult) != 0;
}

WordAnalysis NumberLexicon::Analyze(absl::string_view word) const {
  WordAnalysis a;
  // Two proclitics and the article add at most 8 bytes to a key.
  const size_t size = word.size();
  if (size < 4 || size > max_key_len_ + 8) return a;
  // Clitics come before the stem only here, so the stem ends with the word
  // and starts at one of its first five letters (up to two proclitics and
  // the article); most words fail the filter and cost no hashing.
  const uint64_t last = uint64_t{1} << LetterIndex(word, size - 2);
  const uint64_t penult = uint64_t{1} << LetterIndex(word, size - 4);
  const int first = LetterIndex(word, 0);
  int next = LetterIndex(word, 2);
  if (MayBeKey(size, first, next, last, penult) && (a.entries = Find(word)) != nullptr) {
    return a;
  }
  if (!clitic_start_[first]) return a;
  for (size_t k = 2; k + 4 <= size && k <= 8; k += 2) {
    const int x = next;
    next = LetterIndex(word, k + 2);
    if (MayBeKey(size - k, x, next, last, penult))
      return AnalyzeSplits(word, last, penult);
  }
  return a;
}

WordAnalysis NumberLexicon::AnalyzeSplits(absl::string_view word, uint64_t last,
                                          uint64_t penult) const {
  WordAnalysis a;
  const size_t size = word.size();
  // The shared clitic stage lists the segmentations, fewest clitic bytes
  // first; the first whose stem is a number word wins. Number words take no
  // enclitic here (their pronoun forms, ثلثهم, are entries of their own) and
  // no future particle.
  CliticSplit splits[kMaxCliticSplits];
  const int n = SplitClitics(word, splits, kMaxCliticSplits);
  for (int k = 1; k < n; ++k) {
    const CliticSplit& s = splits[k];
    if (s.enclitic != Enclitic::kNone || (s.proclitics & kFutureSa) != 0) continue;
    if (s.stem_begin + 4 > size ||
        !MayBeKey(size - s.stem_begin, LetterIndex(word, s.stem_begin),
                  LetterIndex(word, s.stem_begin + 2), last, penult)) {
      continue;
    }
    const std::vector<NumEntry>* entries =
        Find(word.substr(s.stem_begin, s.stem_end - s.stem_begin));
    if (entries == nullptr) continue;
    a.entries = entries;
    a.article = (s.proclitics & Proclitic::kArticle) != 0;
    // The article is ال, or its ل alone after the preposition ل (لل).
    int article_bytes = 0;
    if (a.article) {
      article_bytes = word.substr(s.stem_begin - 4, 4) == kArticleText ? 4 : 2;
    }
    a.proclitic_len = s.stem_begin - article_bytes;
    a.conjunction = (s.proclitics & (kConjWa | kConjFa)) != 0;
    return a;
  }
  return a;
}

}  // namespace dhad::internal
