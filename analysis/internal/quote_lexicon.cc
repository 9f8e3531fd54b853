#include "analysis/internal/quote_lexicon.h"

#include <algorithm>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "analysis/internal/status_macros.h"
#include "analysis/lexicon.h"

namespace dhad::internal {
namespace {

absl::StatusOr<uint32_t> ParseClass(absl::string_view file, absl::string_view name, int line) {
  static const std::pair<const char*, uint32_t> kNames[] = {
      {"comp", kComp},         {"compneg", kCompNeg},   {"setting", kSetting},
      {"adjunct", kAdjunct},   {"prep", kPrep},         {"relative", kRelative},
      {"neg", kNeg},           {"stop", kStop},         {"classnoun", kClassNoun},
      {"addressee", kAddressee}, {"pronoun_m", kPronM}, {"pronoun_f", kPronF},
      {"pronoun_p", kPronP},   {"document", kDocument}, {"title", kTitle},
      {"nonsource", kNonSource}, {"carrier", kCarrier}, {"adjective", kAdjectiveClass},
      {"masdar", kMasdarClass},     {"given_m", kGivenM},    {"given_f", kGivenF},
      {"anonverb", kAnonVerb},  {"governs", kGoverns},  {"connective", kConnective},
      {"laqab", kLaqab},       {"figures", kFigures},   {"courtesy", kCourtesy},
      {"direction", kDirection}, {"kin", kKin},
  };
  for (const auto& [n, bit] : kNames) {
    if (name == n) return bit;
  }
  return absl::InternalError(
      absl::StrCat(file, ".txt line ", line, ": unknown class '", name, "'"));
}

// Whether a cue's words name a statement or a report (بيان، تقرير), whose
// issuer the entity tracker then looks for.
bool NamesStatement(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (w.find("\u0628\u064A\u0627\u0646") != std::string::npos ||
        w.find("\u062A\u0642\u0631\u064A\u0631") != std::string::npos)
      return true;
  }
  return false;
}

}  // namespace

absl::StatusOr<std::unique_ptr<const QuoteTables>> LoadQuoteTables(const Normalizer& normalizer) {
  auto tables = std::make_unique<QuoteTables>();
  auto view_words = [&](absl::string_view phrase) -> absl::StatusOr<std::vector<std::string>> {
    std::vector<std::string> out;
    for (absl::string_view w : absl::StrSplit(phrase, ' ', absl::SkipEmpty())) {
      DHAD_ASSIGN_OR_RETURN(std::string vf, ViewForm(normalizer, w));
      out.push_back(std::move(vf));
    }
    return out;
  };

  std::vector<std::string> documents;  // view forms of the document nouns
  for (const char* file : {"quote_words", "person_names"}) {
    DHAD_ASSIGN_OR_RETURN(absl::string_view words_data, EmbeddedData(file));
    for (const LexiconLine& line : ParseLexicon(words_data)) {
      if (line.fields.size() < 2) {
        return absl::InternalError(
            absl::StrCat(file, ".txt line ", line.line_number, ": expected WORD<TAB>CLASS"));
      }
      if (line.fields[1] == "opener" || line.fields[1] == "contrast" || line.fields[1] == "blessing") {
        DHAD_ASSIGN_OR_RETURN(std::vector<std::string> ws, view_words(line.fields[0]));
        if (ws.empty()) continue;
        auto& list = line.fields[1] == "opener"     ? tables->openers
                     : line.fields[1] == "contrast" ? tables->contrasts
                                                    : tables->blessings;
        auto& first = line.fields[1] == "opener"     ? tables->opener_first
                      : line.fields[1] == "contrast" ? tables->contrast_first
                                                     : tables->blessing_first;
        const int idx = static_cast<int>(list.size());
        if (line.fields[1] == "blessing") {
          // (The quick test of BlessingAt: the second word of a longer
          // formula, or the one word of a short one.)
          std::vector<std::string>& keys = ws.size() >= 2 ? tables->blessing_second : tables->blessing_single;
          const std::string& w = ws.size() >= 2 ? ws[1] : ws[0];
          if (std::find(keys.begin(), keys.end(), w) == keys.end()) keys.push_back(w);
          if (ws.size() == 1 && w.size() < 64) tables->blessing_single_lengths |= uint64_t{1} << w.size();
          tables->blessing_referent.push_back(line.fields.size() >= 3 ? line.fields[2] : "");
        }
        list.push_back(ws);
        first[ws[0]].push_back(idx);
        continue;
      }
      DHAD_ASSIGN_OR_RETURN(uint32_t bit, ParseClass(file, line.fields[1], line.line_number));
      DHAD_ASSIGN_OR_RETURN(std::string vf, ViewForm(normalizer, line.fields[0]));
      tables->words[vf] |= bit;
      if (bit & kDocument) documents.push_back(vf);
      if (bit & kGivenName) {
        // The view folds ى into ي: keep how the name ends (علي، منى).
        const absl::string_view name = line.fields[0];
        if (absl::EndsWith(name, "\u0649")) tables->given_final[vf] |= 1;
        if (absl::EndsWith(name, "\u064A")) tables->given_final[vf] |= 2;
      }
    }
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
    {
      const absl::string_view phrase = line.fields[0];
      const absl::string_view first = phrase.substr(0, phrase.find(' '));
      e.maqsura = absl::EndsWith(first, "\u0649");
      e.final_ya = absl::EndsWith(first, "\u064A") && (absl::StartsWith(first, "\u064A") ||
                                                        absl::StartsWith(first, "\u062A"));
    }
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
      } else if (absl::StartsWith(f, "relay:")) {
        e.relay = true;
        DHAD_ASSIGN_OR_RETURN(e.relay_prep, ViewForm(normalizer, f.substr(6)));
      } else if (f == "obj") {
        e.obj = true;
      } else if (f == "subj") {
        e.subj = true;
      } else if (f == "impersonal") {
        e.impersonal = true;
      } else if (f == "finding") {
        e.finding = true;
      } else if (f == "prepcomp") {
        e.prep_comp = true;
      } else if (f == "event") {
        e.event = true;
        e.np = true;
      } else if (f == "courtesy") {
        e.courtesy = true;
        e.np = true;
      } else if (f == "l") {
        e.l = true;
      } else if (f == "strict") {
        e.strict = true;
      } else if (f == "self") {
        e.self = true;
      } else if (f == "text") {
        e.text = true;
      } else if (f == "addrobj") {
        e.addr_obj = true;
      } else if (f == "desc") {
        e.desc = true;
      } else if (f == "vol") {
        e.volitive = true;
      } else if (f == "agent") {
        e.agent = true;
      } else if (absl::StartsWith(f, "addr:")) {
        DHAD_ASSIGN_OR_RETURN(e.addr, ViewForm(normalizer, f.substr(5)));
      } else {
        DHAD_ASSIGN_OR_RETURN(std::string vf, ViewForm(normalizer, f));
        e.preps.push_back(std::move(vf));
      }
    }
    e.statement = NamesStatement(e.words);
    // مشيرا → مشيرين، مشيرات: a group of speakers takes the participle's
    // sound plurals (and the oblique dual), which the table lists in the
    // masculine singular only.
    // (A defective participle drops its ي before ـين: داعيا → داعين،
    // مبديا → مبدين, besides داعيات.)
    std::vector<CueEntry> plurals;
    if (e.cls == CueClass::kParticiple && e.gender == Gender::kMasc && EndsWith(e.words[0], "\u0627")) {
      const std::string stem = e.words[0].substr(0, e.words[0].size() - 2);
      std::vector<std::string> forms = {stem + "\u064A\u0646", stem + "\u0627\u062A"};
      if (EndsWith(stem, "\u064A")) forms[0] = stem.substr(0, stem.size() - 2) + "\u064A\u0646";
      for (const std::string& form : forms) {
        CueEntry pl = e;
        pl.words[0] = form;
        pl.gender = Gender::kPlural;
        if (tables->cue_first.Find(pl.words[0]) == nullptr) plurals.push_back(std::move(pl));
      }
    }
    const int idx = static_cast<int>(tables->cues.size());
    tables->cue_first[e.words[0]].push_back(idx);
    tables->words[e.words[0]] |= kCueFirst;
    tables->cues.push_back(std::move(e));
    for (CueEntry& pl : plurals) {
      tables->cue_first[pl.words[0]].push_back(static_cast<int>(tables->cues.size()));
      tables->words[pl.words[0]] |= kCueFirst;
      tables->cues.push_back(std::move(pl));
    }
  }
  // جاء في البيان، ورد في تقرير: a verb of a text's contents with في and a
  // document noun, with the article or without, is a cue whose source is
  // the document (or the issuer it names). Made here from the document
  // nouns of quote_words.txt rather than listed phrase by phrase.
  {
    std::vector<std::string> verbs;
    for (const char* v : {"\u062C\u0627\u0621", "\u0648\u0631\u062F"}) {  // جاء، ورد
      DHAD_ASSIGN_OR_RETURN(std::string vf, ViewForm(normalizer, v));
      verbs.push_back(std::move(vf));
    }
    DHAD_ASSIGN_OR_RETURN(std::string fi, ViewForm(normalizer, "\u0641\u064A"));
    DHAD_ASSIGN_OR_RETURN(std::string al, ViewForm(normalizer, "\u0627\u0644"));
    DHAD_ASSIGN_OR_RETURN(std::string nass, ViewForm(normalizer, "\u0646\u0635"));        // نص
    DHAD_ASSIGN_OR_RETURN(std::string yali, ViewForm(normalizer, "\u064A\u0644\u064A"));  // يلي
    // (Also with نص, "the text of": جاء في نص البيان; and the journalist's
    // (فيما) يلي نص البيان: before the text itself.)
    std::vector<std::vector<std::string>> heads;
    for (const std::string& verb : verbs) {
      heads.push_back({verb, fi});
      heads.push_back({verb, fi, nass});
    }
    heads.push_back({yali, nass});
    for (const std::vector<std::string>& head : heads) {
      const std::string& verb = head[0];
      const bool announces = verb == yali;
      for (const std::string& doc : documents) {
        for (int bare = 0; bare < 2; ++bare) {
          if (bare && !absl::StartsWith(doc, al)) continue;
          CueEntry e;
          e.words = head;
          e.words.push_back(bare ? doc.substr(al.size()) : doc);
          bool listed = false;
          if (const std::vector<int>* same = tables->cue_first.Find(verb)) {
            for (int k : *same) listed |= tables->cues[k].words == e.words;
          }
          if (listed) continue;
          e.cls = CueClass::kVerb;
          e.gender = Gender::kUnknown;
          e.np = true;
          e.text = announces;
          e.statement = NamesStatement(e.words);
          tables->cue_first[verb].push_back(static_cast<int>(tables->cues.size()));
          tables->words[verb] |= kCueFirst;
          tables->cues.push_back(std::move(e));
        }
      }
    }
  }
  for (int g = 0; g < 3; ++g) {
    CueEntry e;
    e.words.push_back(std::string());
    e.cls = CueClass::kVerb;
    e.gender = g == 0 ? Gender::kMasc : g == 1 ? Gender::kFem : Gender::kPlural;
    e.strict = true;
    tables->colon_verb[g] = static_cast<int>(tables->cues.size());
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
  const char* topic[5] = {"وعن", "وحول", "وبشأن", "وبخصوص", "وعما"};
  for (int k = 0; k < 5; ++k) {
    DHAD_ASSIGN_OR_RETURN(tables->topic[k], ViewForm(normalizer, topic[k]));
  }
  const char* wafqan[3] = {"وفقا", "طبقا", "وفقًا"};
  for (int k = 0; k < 3; ++k) {
    DHAD_ASSIGN_OR_RETURN(tables->wafqan[k], ViewForm(normalizer, wafqan[k]));
  }
  return std::unique_ptr<const QuoteTables>(std::move(tables));
}

}  // namespace dhad::internal
