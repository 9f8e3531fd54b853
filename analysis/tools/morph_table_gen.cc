// Build-time generator of the morphological table (see
// analysis/internal/morph_table.h): reads Ayaspell's hunspell-ar dictionary
// (ar.dic, ar.aff), expands each entry with its suffix rules, folds every
// form to the analysis view, and writes a C++ file holding a fingerprint
// hash table of the forms with their word classes and verb agreement.
//
//   morph_table_gen AFF DIC OUT.cc
//
// What is read from Ayaspell (hunspell-ar 3.x, "FLAG long", AF and AM alias
// tables):
//   - the dictionary's sections: stopwords.dic and tools.dic (function
//     words), names.dic (nouns and adjectives; its first subsections list
//     continents, countries, capitals and personal names, which also get
//     the proper-name class), verb.huns.dic (verbs, each with an AM morph
//     alias carrying po:verb, the tense is:pst / is:prst / is:imp and the
//     lemma st:);
//   - SFX rules (strip, add, condition, continuation classes) for two
//     levels of suffixes. PFX rules are not applied: every Ayaspell prefix
//     is a clitic (و ف ب ل ك، ال، س، the interrogative أ), which
//     SplitClitics removes at run time.
//   - Suffixes that attach pronouns are not applied either (the table would
//     grow sixfold; SplitClitics removes those too). Ayaspell names them
//     systematically: a verb suffix flag is an upper-case letter for the
//     subject ending (A ا, B ان, C ن, F ت, O وا, ...) and a lower-case
//     letter for the attached pronoun (x: none); noun flags AC AD BC BD and
//     the lower-case pairs (aa..ff) attach pronouns.
// Verb agreement comes from the subject ending of the suffix rule (the x
// rule of its letter) and, for present tense, the prefix letter of the
// entry (ي ت ن أ); entries that Ayaspell lists already inflected (بدت، دعوا)
// are read against their lemma.
//
// Uses the C++ standard library only, so that it builds with whatever
// compiler and flags the build tree uses. Exits non-zero with a message on
// malformed input or when the dictionary does not look like Ayaspell.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analysis/internal/morph_table.h"

namespace {

using dhad::internal::MorphValue;
using std::string;
using std::u32string;

[[noreturn]] void Fail(const string& what) {
  std::fprintf(stderr, "morph_table_gen: %s\n", what.c_str());
  std::exit(1);
}

u32string Decode(const string& s) {
  u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    int n;
    if (c < 0x80) {
      cp = c, n = 1;
    } else if ((c >> 5) == 6) {
      cp = c & 0x1F, n = 2;
    } else if ((c >> 4) == 14) {
      cp = c & 0x0F, n = 3;
    } else if ((c >> 3) == 30) {
      cp = c & 0x07, n = 4;
    } else {
      Fail("invalid UTF-8 in \"" + s + "\"");
    }
    if (i + n > s.size()) Fail("truncated UTF-8 in \"" + s + "\"");
    for (int k = 1; k < n; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

void Encode(char32_t c, string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

string Encode(const u32string& s) {
  string out;
  for (char32_t c : s) Encode(c, &out);
  return out;
}

// The folds of NormalizeOptions::AnalysisView() that occur in Arabic words
// (analysis/normalizer.cc, FoldLetter and MapChar): canonical composition
// of hamza and madda marks on alef, waw and yeh; lam-alef ligatures; marks
// (chars.h IsArabicMark), tatweel and invisible characters dropped; Persian
// letters; أ إ آ ٱ → ا, ى → ي, ة → ه. Returns false when the result is not
// a word of Arabic letters (U+0621..U+064A), which the table does not hold.
bool FoldToView(const u32string& in, string* out) {
  u32string s;
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    const char32_t next = i + 1 < in.size() ? in[i + 1] : 0;
    // NFC: a base letter followed by a combining hamza or madda.
    if (next == 0x0654 || next == 0x0655 || next == 0x0653) {
      char32_t composed = 0;
      if (c == 0x0627)
        composed = next == 0x0654 ? 0x0623 : next == 0x0655 ? 0x0625 : 0x0622;
      if (c == 0x0648 && next == 0x0654) composed = 0x0624;
      if ((c == 0x064A || c == 0x0649) && next == 0x0654) composed = 0x0626;
      if (composed != 0) {
        c = composed;
        ++i;
      }
    }
    if (c >= 0xFEF5 && c <= 0xFEFC) {  // lam-alef ligatures: ل + an alef
      s.push_back(0x0644);
      c = 0x0627;
    }
    const bool mark = (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
                      c == 0x0670 || (c >= 0x06D6 && c <= 0x06DC) ||
                      (c >= 0x06DF && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED) ||
                      (c >= 0x08D3 && c <= 0x08FF && c != 0x08E2);
    const bool invisible = c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
                           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) ||
                           c == 0xFEFF || c == 0x00AD;
    if (mark || invisible || c == 0x0640) continue;
    // ک ڪ → ك; ی ے → ي; ۓ → ئ; ہ ۂ ۀ ە ھ → ه; أ إ آ ٱ → ا; ى → ي; ة → ه.
    if (c == 0x06A9 || c == 0x06AA) c = 0x0643;
    if (c == 0x06CC || c == 0x06D2) c = 0x064A;
    if (c == 0x06D3) c = 0x0626;
    if (c == 0x06C1 || c == 0x06C2 || c == 0x06C0 || c == 0x06D5 || c == 0x06BE)
      c = 0x0647;
    if (c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0671) c = 0x0627;
    if (c == 0x0649) c = 0x064A;
    if (c == 0x0629) c = 0x0647;
    if (c < 0x0621 || c > 0x064A || c == 0x0640) return false;
    s.push_back(c);
  }
  if (s.empty()) return false;
  *out = Encode(s);
  return true;
}

bool EndsWith(const string& s, const string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool StartsWith(const string& s, const string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// One SFX rule.
struct Rule {
  u32string strip;
  u32string add;
  string add_view;  // `add` folded (without the checks of FoldToView)
  // Condition, one entry per character position: the set and whether it
  // is negated ("." is an empty negated set).
  std::vector<std::pair<u32string, bool>> cond;
  string cont;  // continuation flags (two characters each)
};

// Applies `r` to `w`; false when its condition or strip does not match.
bool Apply(const u32string& w, const Rule& r, u32string* out) {
  if (w.size() < r.cond.size() || w.size() <= r.strip.size()) return false;
  for (size_t i = 0; i < r.cond.size(); ++i) {
    const char32_t c = w[w.size() - r.cond.size() + i];
    const bool in = r.cond[i].first.find(c) != u32string::npos;
    if (in == r.cond[i].second) return false;
  }
  if (w.compare(w.size() - r.strip.size(), r.strip.size(), r.strip) != 0) return false;
  out->assign(w, 0, w.size() - r.strip.size());
  out->append(r.add);
  return true;
}

struct Affixes {
  std::vector<string> af{""};  // AF aliases, 1-based
  std::vector<string> am{""};  // AM aliases, 1-based
  std::map<string, std::vector<Rule>> sfx;
  std::map<char, string> subject_ending;  // verb suffix letter -> its x rule's add
};

Affixes ReadAff(const string& path) {
  std::ifstream in(path);
  if (!in) Fail("cannot read " + path);
  Affixes a;
  bool af_header = false, am_header = false, flag_long = false;
  string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream is(line);
    string tag;
    is >> tag;
    if (tag == "FLAG") {
      string v;
      is >> v;
      flag_long = v == "long";
    } else if (tag == "AF" || tag == "AM") {
      bool& header = tag == "AF" ? af_header : am_header;
      if (!header) {  // "AF 511": the count
        header = true;
        continue;
      }
      string rest;
      std::getline(is, rest);
      if (tag == "AF") {
        std::istringstream fs(rest);
        string flags;
        fs >> flags;
        a.af.push_back(flags);
      } else {
        a.am.push_back(rest);
      }
    } else if (tag == "SFX") {
      string name, strip, add, cond;
      is >> name >> strip >> add;
      if ((strip == "Y" || strip == "N") && !add.empty() &&
          add.find_first_not_of("0123456789") == string::npos) {
        continue;  // group header
      }
      is >> cond;
      Rule r;
      if (strip != "0") r.strip = Decode(strip);
      const size_t slash = add.find('/');
      if (slash != string::npos) {
        r.cont = add.substr(slash + 1);
        add.resize(slash);
        if (!r.cont.empty() && r.cont.find_first_not_of("0123456789") == string::npos) {
          const size_t k = std::strtoul(r.cont.c_str(), nullptr, 10);
          if (k == 0 || k >= a.af.size())
            Fail("bad AF index in " + path + ":" + std::to_string(line_no));
          r.cont = a.af[k];
        }
      }
      if (add != "0") r.add = Decode(add);
      string folded;
      FoldToView(r.add, &folded);
      r.add_view = folded;
      if (cond.empty()) cond = ".";
      const u32string c = Decode(cond);
      for (size_t i = 0; i < c.size();) {
        if (c[i] == '[') {
          bool neg = false;
          ++i;
          if (i < c.size() && c[i] == '^') neg = true, ++i;
          u32string set;
          while (i < c.size() && c[i] != ']') set.push_back(c[i++]);
          if (i == c.size())
            Fail("unclosed [ in " + path + ":" + std::to_string(line_no));
          ++i;
          r.cond.emplace_back(set, neg);
        } else if (c[i] == '.') {
          r.cond.emplace_back(u32string(), true);
          ++i;
        } else {
          r.cond.emplace_back(u32string(1, c[i]), false);
          ++i;
        }
      }
      a.sfx[name].push_back(std::move(r));
    }
  }
  if (!flag_long) Fail(path + ": expected FLAG long (Ayaspell)");
  if (a.af.size() < 2 || a.am.size() < 2 || a.sfx.empty())
    Fail(path + ": no AF, AM or SFX");
  for (const auto& kv : a.sfx) {
    const string& f = kv.first;
    if (f.size() == 2 && f[0] >= 'A' && f[0] <= 'Z' && f[1] == 'x' &&
        !kv.second.empty()) {
      a.subject_ending[f[0]] = kv.second.front().add_view;
    }
  }
  return a;
}

// Whether suffix flag `f` attaches a pronoun (see the file comment).
bool IsPronounFlag(const string& f) {
  if (f.size() != 2) return false;
  const bool upper0 = f[0] >= 'A' && f[0] <= 'Z';
  const bool lower1 = f[1] >= 'a' && f[1] <= 'z';
  if (upper0 && lower1) return f[1] != 'x';  // verb: letter + pronoun
  if (!upper0 && lower1) return true;        // aa..ff: second-level pronouns
  return f == "AC" || f == "AD" || f == "BC" || f == "BD";
}

// UTF-8 of the letters the agreement rules test (view forms).
const string kAlef = "\xD8\xA7", kTeh = "\xD8\xAA", kNoon = "\xD9\x86", kWaw = "\xD9\x88",
             kYeh = "\xD9\x8A";

// Agreement of a past-tense form whose subject ending is `e` ("" = none).
uint16_t PastAgreement(const string& e) {
  using namespace dhad::internal;
  if (e.empty()) return kAgr3ms;
  if (e == kTeh) return kAgr1s | kAgr2ms | kAgr2fs | kAgr3fs;
  if (e == kAlef) return kAgr3md;
  if (e == kTeh + kAlef) return kAgr3fd;
  if (e == kWaw + kAlef) return kAgr3mp;
  if (e == kNoon) return kAgr3fp;
  if (e == kNoon + kAlef) return kAgr1p;
  if (e == kTeh + "\xD9\x85" || e == "\xD9\x85") return kAgr2mp;  // تم، م
  if (e == kTeh + "\xD9\x85" + kAlef || e == "\xD9\x85" + kAlef)
    return kAgr2d;  // تما، ما
  if (e == kTeh + kNoon) return kAgr2fp;
  return 0;
}

// Agreement of a present-tense form with prefix letter `p` and subject
// ending `e`.
uint16_t PresentAgreement(const string& p, const string& e) {
  using namespace dhad::internal;
  const bool ya = p == kYeh, ta = p == kTeh;
  if (e.empty()) {
    if (ya) return kAgr3ms;
    if (ta) return kAgr2ms | kAgr3fs;
    if (p == kNoon) return kAgr1p;
    if (p == kAlef) return kAgr1s;
    return 0;
  }
  if (e == kWaw + kNoon || e == kWaw + kAlef || e == kWaw)
    return ya ? kAgr3mp : ta ? kAgr2mp : 0;
  if (e == kAlef + kNoon || e == kAlef) return ya ? kAgr3md : ta ? (kAgr2d | kAgr3fd) : 0;
  if (e == kYeh + kNoon || e == kYeh) return ta ? kAgr2fs : 0;
  if (e == kNoon) return ya ? kAgr3fp : ta ? kAgr2fp : 0;
  return 0;
}

uint16_t ImperativeAgreement(const string& e) {
  using namespace dhad::internal;
  if (e.empty()) return kAgr2ms;
  if (e == kYeh) return kAgr2fs;
  if (e == kWaw + kAlef || e == kWaw) return kAgr2mp;
  if (e == kAlef) return kAgr2d;
  if (e == kNoon) return kAgr2fp;
  return 0;
}

// The subject ending of an entry Ayaspell lists already inflected: the
// longest past-tense ending of `word` that its lemma does not share.
string EndingAgainstLemma(const string& word, const string& lemma) {
  if (word == lemma || lemma.empty()) return "";
  static const string kEndings[] = {kTeh + "\xD9\x85" + kAlef,
                                    kTeh + "\xD9\x85",
                                    kTeh + kNoon,
                                    kTeh + kAlef,
                                    kWaw + kAlef,
                                    kNoon + kAlef,
                                    kTeh,
                                    kNoon,
                                    kAlef};
  for (const string& e : kEndings) {
    if (EndsWith(word, e) && !EndsWith(lemma, e)) return e;
  }
  return "";
}

// Gender and number of a noun form made by suffix flag `f` adding `a`
// (view form); `base` is what the entry itself shows. Ayaspell's noun
// suffix groups: B feminine ة, C..G duals (تان/تين feminine, ان/ين
// masculine), H feminine plural ات, I
// masculine plural ون/ين, L M nisba ي ية يان يات, N nisba plural يون.
uint8_t NominalFeatures(const string& f, const string& a, uint8_t base) {
  using namespace dhad::internal;
  const string heh = "\xD9\x87";  // ه, the view of ة
  const char g = f[0];
  auto ends = [&](std::initializer_list<const char*> list) {
    for (const char* e : list) {
      if (EndsWith(a, e)) return true;
    }
    return false;
  };
  // تان تين تا تي
  const auto fem_dual = {"\xD8\xAA\xD8\xA7\xD9\x86", "\xD8\xAA\xD9\x8A\xD9\x86",
                         "\xD8\xAA\xD8\xA7", "\xD8\xAA\xD9\x8A"};
  switch (g) {
    case 'B':
      return EndsWith(a, heh) ? (kNomFeminine | kNomSingular) : base;
    case 'C':
    case 'D':
    case 'E':
    case 'F':
    case 'G':
      return ends(fem_dual) ? (kNomFeminine | kNomDual) : (kNomMasculine | kNomDual);
    case 'H':
      return kNomFeminine | kNomPlural;
    case 'I':
    case 'N':
      return kNomMasculine | kNomPlural;
    case 'L':
    case 'M':
      if (a == kYeh) return kNomMasculine | kNomSingular;
      if (EndsWith(a, heh)) return kNomFeminine | kNomSingular;  // ية (and يته)
      if (EndsWith(a, "\xD8\xA7\xD8\xAA")) return kNomFeminine | kNomPlural;  // يات
      if (ends(fem_dual)) return kNomFeminine | kNomDual;
      return kNomMasculine | kNomDual;  // يان يين يا يي
    default:
      return base;  // hamza spellings, tanween
  }
}

// Writes `bytes` as a C string literal in lines of about 100 characters:
// printable ASCII as itself, everything else as three-digit octal escapes
// (so no escape can swallow the next character).
void WriteBytes(std::FILE* out, const unsigned char* p, size_t n) {
  size_t col = 0;
  std::fputs("    \"", out);
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = p[i];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
      std::fputc(c, out);
      col += 1;
    } else {
      std::fprintf(out, "\\%03o", c);
      col += 4;
    }
    if (col >= 96 && i + 1 < n) {
      std::fputs("\"\n    \"", out);
      col = 0;
    }
  }
  std::fputs("\"", out);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace dhad::internal;
  if (argc != 4) Fail("usage: morph_table_gen AFF DIC OUT.cc");
  const Affixes aff = ReadAff(argv[1]);

  std::ifstream dic(argv[2]);
  if (!dic) Fail(string("cannot read ") + argv[2]);
  string line;
  std::getline(dic, line);  // the entry count

  std::unordered_map<string, MorphValue> forms;
  forms.reserve(1 << 20);
  std::vector<std::pair<string, string>> samples;  // raw, view
  size_t entries = 0, verb_entries = 0, generated = 0;
  string section;
  bool want_section_name = false, proper_section = false, country_section = false;
  auto add_form = [&](const u32string& raw, uint16_t classes, uint16_t agreement,
                      uint8_t nominal) {
    string view;
    if (!FoldToView(raw, &view)) return;
    MorphValue& v = forms[view];
    v.classes |= classes;
    v.agreement |= agreement;
    v.nominal |= nominal;
    if (++generated % 1009 == 0) samples.emplace_back(Encode(raw), view);
  };

  while (std::getline(dic, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (StartsWith(line, "::::")) {  // around each section's file name
      want_section_name = !want_section_name;
      continue;
    }
    if (want_section_name) {
      section = line;
      proper_section = false;
      continue;
    }
    if (line.empty()) continue;
    if (line[0] == '#') {
      // names.dic's subsection headers: continents, countries, capitals,
      // people; everything after them is common nouns and adjectives.
      country_section =
          line.find("\xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD8\xA7\xD9\x86") !=
              string::npos ||
          line.find("\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD8\xB1\xD8\xA7\xD8\xAA") !=
              string::npos;  // البلدان القارات
      proper_section =
          country_section ||
          line.find("\xD8\xA7\xD9\x84\xD8\xB9\xD9\x88\xD8\xA7\xD8\xB5\xD9\x85") !=
              string::npos ||  // العواصم
          line.find("\xD8\xA3\xD8\xB4\xD8\xAE\xD8\xA7\xD8\xB5") != string::npos;  // أشخاص
      continue;
    }
    string word = line, flags, morph;
    const size_t tab = word.find('\t');
    if (tab != string::npos) {
      morph = word.substr(tab + 1);
      word.resize(tab);
    }
    const size_t slash = word.find('/');
    if (slash != string::npos) {
      flags = word.substr(slash + 1);
      word.resize(slash);
    }
    while (!word.empty() && word.back() == ' ') word.pop_back();
    if (word.empty()) continue;
    if (!flags.empty() && flags.find_first_not_of("0123456789") == string::npos) {
      const size_t k = std::strtoul(flags.c_str(), nullptr, 10);
      if (k == 0 || k >= aff.af.size()) Fail("bad AF index for " + word);
      flags = aff.af[k];
    }
    if (!morph.empty() && morph.find_first_not_of("0123456789 ") == string::npos) {
      const size_t k = std::strtoul(morph.c_str(), nullptr, 10);
      morph = k > 0 && k < aff.am.size() ? aff.am[k] : "";
    }
    ++entries;

    uint16_t classes = 0;
    bool past = false, present = false, imperative = false;
    string lemma;
    if (section == "stopwords.dic") {
      classes = kTableFunctionWord;
    } else if (section == "tools.dic") {
      // Particles, pronouns and demonstratives, and a few nouns (القيل
      // والقال، تارة): those take tanween (flag JA).
      bool tanween = false;
      for (size_t i = 0; i + 1 < flags.size(); i += 2)
        tanween |= flags.compare(i, 2, "JA") == 0;
      classes = tanween ? kTableNominal : kTableFunctionWord;
    } else if (section == "names.dic") {
      classes = kTableNominal;
    } else if (section == "verb.huns.dic") {
      std::istringstream ms(morph);
      string field;
      bool verb = false;
      while (ms >> field) {
        if (field == "po:verb") verb = true;
        if (field == "is:pst") past = true;
        if (field == "is:prst") present = true;
        if (field == "is:imp") imperative = true;
        if (StartsWith(field, "st:")) FoldToView(Decode(field.substr(3)), &lemma);
      }
      if (!verb || !(past || present || imperative)) continue;  // untagged: skipped
      ++verb_entries;
      classes = (past ? kTableVerbPast : 0) | (present ? kTableVerbPresent : 0) |
                (imperative ? kTableVerbImperative : 0);
    } else {
      continue;
    }

    const u32string w = Decode(word);
    string w_view;
    if (!FoldToView(w, &w_view)) continue;
    const string prefix = w_view.substr(0, 2);

    // Agreement of a verb form with subject ending `e`.
    auto agreement = [&](const string& e) -> uint16_t {
      uint16_t a = 0;
      if (past) a |= PastAgreement(e);
      if (present) a |= PresentAgreement(prefix, e);
      if (imperative) a |= ImperativeAgreement(e);
      return a;
    };

    // The entry itself.
    uint16_t bare_classes = classes;
    if (proper_section && !(country_section && EndsWith(w_view, kYeh))) {
      bare_classes |= kTableProperName;  // not the nisba adjectives (آسيوي)
    }
    const bool verb =
        (classes & (kTableVerbPast | kTableVerbPresent | kTableVerbImperative)) != 0;
    const bool noun = (classes & kTableNominal) != 0;
    // What the entry itself shows: ة feminine singular (Ayaspell does not
    // mark the few broken plurals in ة, طلبة، قضاة), otherwise nothing
    // (broken plurals and feminines without ة are bare too). Unknown
    // features are all bits, so that a union over readings stays honest.
    constexpr uint8_t kAnyNumber = kNomSingular | kNomDual | kNomPlural;
    const uint8_t bare_nominal =
        !noun ? 0
        : !w.empty() && w.back() == 0x0629
            ? static_cast<uint8_t>(kNomFeminine | kNomSingular)
            : static_cast<uint8_t>(kNomMasculine | kNomFeminine | kAnyNumber);
    add_form(
        w, bare_classes,
        verb ? agreement(past || imperative ? EndingAgainstLemma(w_view, lemma) : "") : 0,
        bare_nominal);

    // Its suffixed forms: two levels, pronoun suffixes left out.
    for (size_t i = 0; i + 1 < flags.size(); i += 2) {
      const string f = flags.substr(i, 2);
      const auto it = aff.sfx.find(f);
      if (it == aff.sfx.end() || IsPronounFlag(f)) continue;
      string ending;
      if (f[0] >= 'A' && f[0] <= 'Z' && f[1] == 'x') {
        const auto e = aff.subject_ending.find(f[0]);
        if (e != aff.subject_ending.end()) ending = e->second;
      }
      for (const Rule& r : it->second) {
        u32string w1;
        if (!Apply(w, r, &w1)) continue;
        const uint16_t agr = verb ? agreement(ending) : 0;
        // Ayaspell's verb flag sets are shared across tenses; a subject
        // ending that no tense of the entry takes makes no real form.
        if (verb && agr == 0) continue;
        const uint8_t nom = noun ? NominalFeatures(f, r.add_view, bare_nominal) : 0;
        add_form(w1, classes, agr, nom);
        for (size_t j = 0; j + 1 < r.cont.size(); j += 2) {
          const string f2 = r.cont.substr(j, 2);
          const auto it2 = aff.sfx.find(f2);
          if (it2 == aff.sfx.end() || IsPronounFlag(f2)) continue;
          for (const Rule& r2 : it2->second) {
            u32string w2;
            if (Apply(w1, r2, &w2)) add_form(w2, classes, agr, nom);
          }
        }
      }
    }
  }
  if (verb_entries < 1000 || forms.size() < 10000) {
    Fail("the dictionary does not look like Ayaspell's (too few verbs or forms)");
  }

  // Distinct values, and the hash table at load factor 0.8.
  std::map<std::tuple<uint16_t, uint16_t, uint8_t>, int> value_index;
  std::vector<MorphValue> values;
  std::vector<std::pair<string, MorphValue>> sorted(forms.begin(), forms.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  auto value_of = [&](uint16_t classes, uint16_t agreement, uint8_t nominal) {
    auto ins = value_index.emplace(std::make_tuple(classes, agreement, nominal),
                                   static_cast<int>(values.size()));
    if (ins.second) values.push_back({classes, agreement, nominal});
    return static_cast<uint32_t>(ins.first->second);
  };
  for (const auto& kv : sorted) {
    value_of(kv.second.classes, kv.second.agreement, kv.second.nominal);
  }
  // Room for the merges below: twice the distinct values, rounded up.
  int value_bits = 1;
  while ((size_t{1} << value_bits) < values.size() * 2) ++value_bits;
  if (value_bits > 16) Fail("too many distinct values");
  const size_t slot_count = sorted.size() + sorted.size() / 4 + 1;
  std::vector<uint32_t> slots(slot_count, 0);
  size_t merged = 0;
  for (const auto& kv : sorted) {
    const uint64_t h = MorphHash(kv.first.data(), kv.first.size());
    const uint32_t fp = MorphFingerprint(h, value_bits);
    uint32_t value = value_of(kv.second.classes, kv.second.agreement, kv.second.nominal);
    size_t i = MorphSlot(h, slot_count);
    for (; slots[i] != 0 && (slots[i] >> value_bits) != fp;) {
      if (++i == slot_count) i = 0;
    }
    if (slots[i] != 0) {
      // Two forms with one fingerprint in one probe run: a lookup cannot
      // tell them apart, so the slot answers for both (rare: about
      // forms x run / 2^22).
      const MorphValue old = values[slots[i] & ((1u << value_bits) - 1)];
      value =
          value_of(old.classes | kv.second.classes, old.agreement | kv.second.agreement,
                   old.nominal | kv.second.nominal);
      ++merged;
    }
    if (value >= (1u << value_bits)) Fail("too many distinct values after merges");
    slots[i] = (fp << value_bits) | value;
  }

  const string out_path = argv[3];
  const string tmp = out_path + ".tmp";
  std::FILE* out = std::fopen(tmp.c_str(), "wb");
  if (out == nullptr) Fail("cannot write " + tmp);
  std::fprintf(
      out,
      "// Generated by analysis/tools/morph_table_gen.cc from Ayaspell (hunspell-ar).\n"
      "// Do not edit. %zu dictionary entries, %zu forms, %zu slots, %zu values,\n"
      "// %zu fingerprint merges.\n"
      "#include \"analysis/internal/morph_table.h\"\n\n"
      "namespace dhad::internal {\nnamespace {\n\n",
      entries, sorted.size(), slot_count, values.size(), merged);
  // Little-endian or not, the bytes are the host's: the generator runs on
  // the machine that builds the library.
  std::fputs("const char kSlots[] =\n", out);
  WriteBytes(out, reinterpret_cast<const unsigned char*>(slots.data()), slots.size() * 4);
  std::fputs(";\n\nconst MorphValue kValueTable[] = {\n", out);
  for (const MorphValue& v : values) {
    std::fprintf(out, "    {%u, %u, %u},\n", v.classes, v.agreement, v.nominal);
  }
  std::fputs("};\n\nconst char* const kSampleRaw[] = {\n", out);
  for (const auto& s : samples) {
    WriteBytes(out, reinterpret_cast<const unsigned char*>(s.first.data()),
               s.first.size());
    std::fputs(",\n", out);
  }
  std::fputs("};\n\nconst char* const kSampleView[] = {\n", out);
  for (const auto& s : samples) {
    WriteBytes(out, reinterpret_cast<const unsigned char*>(s.second.data()),
               s.second.size());
    std::fputs(",\n", out);
  }
  std::fprintf(out,
               "};\n\n"
               "const MorphTableData kData = {kSlots, %zu, %d, kValueTable, %zu, %zu,\n"
               "                              kSampleRaw, kSampleView, %zu};\n\n"
               "}  // namespace\n\n"
               "const MorphTableData& GetMorphTableData() { return kData; }\n\n"
               "}  // namespace dhad::internal\n",
               slot_count, value_bits, values.size(), sorted.size(), samples.size());
  if (std::fclose(out) != 0) Fail("cannot write " + tmp);
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) Fail("cannot rename " + tmp);
  std::fprintf(
      stderr,
      "morph_table_gen: %zu entries, %zu forms, %zu slots, %zu values, %zu merges\n",
      entries, sorted.size(), slot_count, values.size(), merged);
  return 0;
}
