#include "analysis/internal/quote_doc.h"

#include <algorithm>
#include <cstring>

#include "analysis/chars.h"
#include "analysis/internal/morph.h"
#include "base/utf8.h"

namespace dhad::internal {
namespace {

// عام، العام، لعام، سنة، السنة in the view: the noun before a year.
bool IsYearNoun(std::string_view w) {
  for (std::string_view y : {"\u0639\u0627\u0645", "\u0627\u0644\u0639\u0627\u0645",
                             "\u0644\u0639\u0627\u0645", "\u0633\u0646\u0647",
                             "\u0627\u0644\u0633\u0646\u0647"}) {
    if (w == y) return true;
  }
  return false;
}

// Definite: ال after any proclitics (وال، بال، لل...). Also gives the
// byte offset in `w` where ال starts (0 for لل).
inline bool DefiniteWord(std::string_view w, size_t* article) {
  *article = 0;
  if (StartsWith(w, kAl)) return w.size() > 6;
  std::string_view a = StripOne(w, {kWaw, kFa});
  if (a.empty()) a = w;
  if (StartsWith(a, kLamLam)) return true;
  const std::string_view b = StripOne(a, {kBa, kKaf});
  if (!b.empty()) a = b;
  *article = w.size() - a.size();
  return StartsWith(a, kAl) && a.size() > 6;
}

inline bool HasDigitIn(std::string_view w) {
  for (char c : w) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// The word without an attached object pronoun (ه، ها، هم، هما), or the
// word itself.
}  // namespace

QuoteDoc::QuoteDoc(const QuoteTables& tb, const Text& text, absl::Span<const Span> sentences,
                   CancelPoller* poll)
    : tb_(tb), text_(text), poll_(poll), v_(SV(text.view())) {
  qt_ = TokenizeAndPair(text.view());
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
  BoundSentences(text.view(), sentences.empty() ? nullptr : &starts, &qt_);
  cls_.assign(n, 0);
  cls_cl_.assign(n, 0);
  cue_at_.assign(n, -1);
  morph_.assign(n, WordMorph());
  morph_done_.assign(n, 0);
  flags_.assign(n, 0);
  std::string buf;
  std::vector<int> awwal;
  bool after_fi = false;  // the word before is في
  for (int t = 0; t < n; ++t) {
    if (qt_.toks[t].kind != QTokKind::kWord) {
      // (A colon before a quotation, for FindColonCues.)
      if (qt_.toks[t].kind == QTokKind::kPunct && qt_.toks[t].cp == U':' && t + 1 < n &&
          qt_.toks[t + 1].kind == QTokKind::kMark)
        colons_.push_back(t);
      after_fi = false;
      continue;
    }
    if (poll_->Cancelled()) return;
    const std::string_view w = Word(t);
    size_t article = 0;
    flags_[t] = (DefiniteWord(w, &article) ? kDefiniteTok : 0) | (HasDigitIn(w) ? kDigitTok : 0);
    if (w.size() == 8 && w == "\u0631\u0627\u0628\u0637") flags_[t] |= kLinkTok;  // رابط (FindCues)
    if ((flags_[t] & kDefiniteTok) && w.size() <= 10 && !StartsWith(w, kAl) &&
        (StartsWith(w, kWaw) || StartsWith(w, kFa))) {
      // والدة، والي: a short word the dictionary knows whole starts with و,
      // not with و + ال (whose stems are longer: والرياضة).
      const WordMorph& m = Morph(t);
      if (m.split.proclitics == 0 && !(m.classes & (kUnknown | kNonArabic))) flags_[t] &= ~kDefiniteTok;
    }
    if ((flags_[t] & kDefiniteTok) && !text.identity() && !StartsWith(w, kLamLam)) {
      // ألمانيا، إليزابيث، ألكسيس، إليه: the article is written with a bare
      // alef; an alef with hamza is the word's own first letter (about 1,800
      // words of the day of news, against five typos like ألذي).
      const uint32_t ob = text.ToOriginalOffset(qt_.toks[t].begin + article);
      const std::string_view orig = SV(text.original());
      if (ob + 2 <= orig.size() && static_cast<unsigned char>(orig[ob]) == 0xD8 &&
          (static_cast<unsigned char>(orig[ob + 1]) == 0xA3 || static_cast<unsigned char>(orig[ob + 1]) == 0xA5))
        flags_[t] &= ~kDefiniteTok;
    }
    const uint32_t own = tb_.Class(w);
    cls_[t] = own & ~kCueFirst;
    if (cls_[t] & kGivenName) {
      // علي / على، منى / مني: the caller's last letter must be the name's.
      const uint8_t* fin = tb_.given_final.Find(w);
      if (fin != nullptr && !text.identity()) {
        const bool ya = EndsInOriginal(t, "\u064A");
        const bool maqsura = EndsInOriginal(t, "\u0649");
        // (Only as listed: عليّ with its shadda is "on me".)
        const uint32_t ob = text.ToOriginalOffset(qt_.toks[t].end - 1);
        const bool shadda = SV(text.original()).substr(ob + 2, 2) == "\u0651";
        if (shadda || !((ya && (*fin & 2)) || (maqsura && (*fin & 1)))) cls_[t] &= ~kGivenName;
      }
    }
    // اليزابيث، الكسندر: a given name of the lexicon written with a bare
    // alef is the name, not the article and a word; so is one that reads as
    // a proclitic and the article, فالتر، فاليري (not ف and التر).
    if ((flags_[t] & kDefiniteTok) && (cls_[t] & kGivenName)) flags_[t] &= ~kDefiniteTok;
    if ((cls_[t] & kPrep) && w == kAla) {
      // The view folds ى into ي: على (prep) and علي (a name) look the same.
      // The caller's spelling decides.
      const uint32_t ob = text.ToOriginalOffset(qt_.toks[t].end - 1);
      if (SV(text.original()).substr(ob, 2) == "\u064A" && !text.identity()) cls_[t] &= ~kPrep;
    }
    if ((cls_[t] & kAdjunct) && w == "\u0627\u0644\u0627\u0646" && !text.identity()) {
      // The view folds آ into ا: الآن (now) and آلان (Alan) look the same.
      const uint32_t ob = text.ToOriginalOffset(qt_.toks[t].begin);
      if (SV(text.original()).substr(ob, 2) == "\u0622") cls_[t] &= ~kAdjunct;
    }
    uint32_t c = 0;
    const std::string_view a = StripOne(w, {kWaw, kFa});
    const uint32_t after_conj = a.empty() ? 0 : tb_.Class(a);
    if ((own | after_conj) & kCueFirst) {
      flags_[t] |= kCueFirstTok;
    } else if (w.size() <= 14 && !(flags_[t] & kDefiniteTok) &&
               (EndsWith(w, "\u0647") || EndsWith(w, "\u0647\u0645") || EndsWith(w, "\u0647\u0627")) &&
               !EndsInOriginal(t, "\u0629")) {
      // واتهمها، وحثهم: a transitive cue verb with its object pronoun (a
      // short indefinite word). (Not the ة of a noun, which the view spells
      // ه: لفتاة is no لفتا with a pronoun.)
      const std::string_view base = a.empty() ? w : a;
      const std::string_view verb = StripObjectPronoun(base);
      // (The transitive cues are short: طالب، اتهم، دعت، ناشد.)
      if (verb.size() < base.size() && verb.size() <= 10 && (tb_.Class(verb) & kCueFirst))
        flags_[t] |= kCueFirstTok | kCuePronTok;
    }
    c |= after_conj;
    const std::string_view base = a.empty() ? w : a;
    const std::string_view b = StripOne(base, {kBa, kLam, kKaf});
    if (!b.empty()) c |= tb_.Class(b);
    if (StartsWith(base, kLamLam) && base.size() > 4) {
      buf.assign("\u0627");
      buf.append(base.substr(2));
      c |= tb_.Class(buf);
    }
    // في تقريرها، في كلمته، خلال تصريحاته: a noun of the occasion with the
    // speaker's pronoun, right after في or a preposition of time, is the
    // occasion too (ت before the pronoun is the noun's ة). (Asked only
    // there: a lookup more for every word in ة would cost the pass several
    // percent.)
    if (after_fi && !((own | c) & kSetting) && !(flags_[t] & kDefiniteTok)) {
      const std::string_view stem = StripObjectPronoun(w);
      if (stem.size() < w.size() && stem.size() >= 6) {
        uint32_t sc = tb_.Class(stem);
        if (!(sc & kSetting) && EndsWith(stem, "\u062A")) {
          buf.assign(stem.substr(0, stem.size() - 2));
          buf.append("\u0647");
          sc = tb_.Class(buf);
        }
        c |= sc & kSetting;
      }
    }
    after_fi = (w.size() == 4 && w == kFi) || (cls_[t] & kGoverns);  // في، خلال، عبر
    cls_cl_[t] = c & ~kCueFirst;
    if (w.size() == 6 && w == "\u0627\u0648\u0644") awwal.push_back(t);  // أول in the view
  }
  // أول من أمس، أول أمس: "the day before yesterday" is one time adverb.
  for (const int t : awwal) {
    if (t + 1 >= n || !IsWord(t + 1)) continue;
    if (Word(t + 1) == "\u0645\u0646" && t + 2 < n && (cls_[t + 2] & kAdjunct)) {  // من
      cls_[t] |= kAdjunct;
      cls_[t + 1] |= kAdjunct;
    } else if (cls_[t + 1] & kAdjunct) {
      cls_[t] |= kAdjunct;
    }
  }
  // روبن فان بيرسي، وقال فان جال إن: فان after a name or a cue and before
  // a name is the particle of a Dutch name, not فإن "so" (which the view
  // spells the same; only a caller's فان without hamza is asked about).
  for (int t = 1; t + 1 < n; ++t) {
    if (!(cls_[t] & kComp) || !IsWord(t) || Word(t) != "\u0641\u0627\u0646" || !IsWord(t - 1) || !IsWord(t + 1))
      continue;
    const uint32_t ob = text.ToOriginalOffset(qt_.toks[t].begin);
    if (SV(text.original()).substr(ob, 4) != "\u0641\u0627") continue;
    if ((flags_[t + 1] & kDefiniteTok) || (cls_[t + 1] & (kComp | kCompNeg | kPrep | kStop | kNeg))) continue;
    // (A given name the dictionary reads as a verb only, روبن, is a name
    // here: فإن opens a clause and never follows a verb.)
    // (Or after a nationality, الهولندي فان جال.)
    const bool after_name = IsNameWord(t - 1) || (cls_[t - 1] & kGivenName) || (flags_[t - 1] & kCueFirstTok) ||
                            (!(flags_[t - 1] & kDefiniteTok) && IsVerbOnly(t - 1)) ||
                            ((flags_[t - 1] & kDefiniteTok) && EndsWith(Word(t - 1), "\u064A") &&
                             (Morph(t - 1).classes & kAdjective));
    // (A surname the dictionary also reads as a word, جال، خال, before the
    // person's role, a preposition or a quotation: لويس فان جال مدرب ...،
    // وقال فان جال في ...، وتابع فان جال «...». Not an accusative, كثيرا.)
    const bool surname_word = !(cls_[t + 1] & (kAdjunct | kSetting | kTitle)) && !EndsWith(Word(t + 1), "\u0627");
    const bool name_after = IsNameWord(t + 1) || IsPunct(t + 2, U':') || IsComma(t + 2) ||
                            (IsWord(t + 2) && (cls_[t + 2] & kComp)) ||
                            (surname_word && ((IsWord(t + 2) && ((cls_[t + 2] & (kTitle | kPrep)) ||
                                                                  (cls_cl_[t + 2] & kAddressee))) ||
                                              (t + 2 < n && qt_.toks[t + 2].kind == QTokKind::kMark)));
    if (after_name && name_after) {
      cls_[t] &= ~kComp;
      flags_[t] |= kNameParticleTok;
    }
  }
  FindCues();
  FindColonCues();
}

bool QuoteDoc::IsStrongEnd(int t) const {
  return t >= 0 && t < N() && T(t).kind == QTokKind::kPunct &&
         IsTerminator(T(t).cp);
}



void QuoteDoc::FindColonCues() {
  const size_t found = cues_.size();
  for (const int t : colons_) {
    if (t < 1 || qt_.top[t] != -1) continue;
    const int p = OpenTop(t + 1);
    if (p < 0 || WordsIn(qt_.pairs[p]) < 3) continue;
    // Back to the start of the clause: words, and the commas of an
    // apposition, within a dozen tokens.
    int s = t;
    while (s > 0 && t - s < 12 &&
           (IsWord(s - 1) || IsComma(s - 1) || IsPunct(s - 1, U'(') || IsPunct(s - 1, U')') ||
            // (Over a name in marks: في حديث لصحيفة «...»:)
            (T(s - 1).kind == QTokKind::kMark && CloseTop(s - 1) >= 0 &&
             WordsIn(qt_.pairs[CloseTop(s - 1)]) <= 4 && qt_.pairs[CloseTop(s - 1)].open > 0))) {
      if (T(s - 1).kind == QTokKind::kMark) {
        s = qt_.pairs[CloseTop(s - 1)].open;
        continue;
      }
      --s;
    }
    if (s > 0 && t - s >= 12) continue;
    while (s < t && !IsWord(s)) ++s;
    while (s < t && (Cls(s) & kStop) && !IsVerbOnly(s)) ++s;
    if (s >= t || CueAt(s) >= 0 || IsKana(s) || !IsVerbOnly(s)) continue;
    const uint16_t agr = Morph(s).agreement;
    if (!(agr & (kAgr3ms | kAgr3fs | kAgr3md | kAgr3fd | kAgr3mp | kAgr3fp))) continue;
    // قلت له: «...»: a form that is also first or second person is the
    // third only with its subject after it: a definite noun, a title, a
    // name, or a noun with a possessive pronoun (ابنته).
    const bool subject_after = IsWord(s + 1) && (IsDefinite(s + 1) || IsNameWord(s + 1) ||
                                                 (AnyCls(s + 1) & (kTitle | kGivenName)) || HasPossessive(s + 1));
    if ((agr & (kAgr1s | kAgr1p | kAgr2ms | kAgr2fs)) && !subject_after) continue;
    // One verb: no cue, complementizer or second verb before the colon.
    bool one = true;
    for (int k = s + 1; k < t && one; ++k) {
      one = !IsWord(k) || (CueAt(k) < 0 && !(Cls(k) & (kComp | kCompNeg)) && !IsVerbOnly(k));
    }
    if (!one) continue;
    const int g = (agr & kAgr3ms) ? 0 : (agr & kAgr3fs) ? 1 : 2;
    Cue c;
    c.begin = s;
    c.end = s + 1;
    c.entry = tb_.colon_verb[g];
    cues_.push_back(c);
  }
  if (cues_.size() == found) return;
  std::sort(cues_.begin(), cues_.end(), [](const Cue& a, const Cue& b) { return a.begin < b.begin; });
  for (int i = 0; i < static_cast<int>(cues_.size()); ++i) {
    for (int k = cues_[i].begin; k < cues_[i].end; ++k) cue_at_[k] = i;
  }
}

void QuoteDoc::FindCues() {
  // رابط الخبر بصحيفة ...: <headline>: a line that links the story repeats
  // its headline; the guide leaves headlines out, so no cue there, to the
  // end of the paragraph. (رابط is flagged when the words are read.)
  int link_end = -1;
  for (int t = 0; t < N(); ++t) {
    if ((flags_[t] & kLinkTok) && t >= link_end && IsWord(t + 1) &&
        Word(t + 1) == "\u0627\u0644\u062E\u0628\u0631") {  // الخبر
      link_end = t + 1;
      while (link_end < N() && !T(link_end).para_before) ++link_end;
      // (From the end of the word before it, so that what runs into the
      // line ends there.)
      link_lines_.emplace_back(t > 0 ? T(t - 1).end : T(t).begin, T(link_end - 1).end);
    }
    if (t < link_end) continue;
    if (!IsWord(t) || !(flags_[t] & kCueFirstTok) || qt_.top[t] != -1) continue;
    // صالح بن طالب، علي بن أبي طالب: after بن or أبو the word is a name.
    if (IsWord(t - 1) && (IsNameLinkWord(Word(t - 1)) || Word(t - 1) == "\u0627\u0628\u064A")) continue;
    const std::string_view w = Word(t);
    int best = -1, best_len = 0;
    const bool pron = (flags_[t] & kCuePronTok) != 0;
    const std::string_view conj = StripOne(w, {kWaw, kFa});
    for (std::string_view form : {w, conj}) {
      if (form.empty()) continue;
      if (pron) form = StripObjectPronoun(form);
      const std::vector<int>* entries = tb_.cue_first.Find(form);
      if (entries == nullptr) continue;
      for (int e : *entries) {
        const CueEntry& ce = tb_.cues[e];
        // (With an object pronoun: a one-word transitive verb only.)
        if (pron && (!ce.obj || ce.words.size() != 1 || ce.cls != CueClass::kVerb)) continue;
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
    if (ce.agent && !AgentFollows(ce, end)) continue;
    // القبض على 431 متهما، 2868 متابعا: a participle right after a number
    // is the counted noun, not a circumstantial cue (but after a year, عام
    // 2012 واصفا, it is one).
    // (Nor with what it governs after it: ... 37.52% مبينة أن.)
    if (ce.cls == CueClass::kParticiple && IsWord(t - 1) && HasDigit(t - 1) &&
        !(IsWord(t - 2) && IsYearNoun(Word(t - 2))) &&
        !(IsWord(end) && ((Cls(end) & (kComp | kCompNeg)) || GovernsAt(ce, end))))
      continue;
    // كما أعلن الوزير ... opening a clause is "also", not "as": the verb
    // is the cue. (...، كما أوضح أن ...: after a comma too, when a
    // complementizer comes later in the clause; "as X said" governs none.)
    if (ce.cls == CueClass::kPrep && ce.words.size() == 2 &&
        IsKamaWord(StripOne(w, {kWaw}).empty() ? w : StripOne(w, {kWaw}))) {
      bool also = false;
      if (!IsComma(t - 1)) {
        also = CueAt(t + 1) < 0 && IsWord(t + 1);
      } else {
        for (int k = end; k < end + 10 && IsWord(k) && !also; ++k) also = (Cls(k) & kComp) != 0;
      }
      if (also) continue;
    }
    if (ce.cls == CueClass::kBlock) {
      t = end - 1;
      continue;
    }
    // ليس في لبنان فحسب، بل ...: right after a word, فحسب is "only" (82
    // times in a day of news, 4 of them "according to"); with ف the
    // attribution opens its clause, after punctuation: ... شيقة، فحسب
    // الروايات، فإن ....
    if (ce.cls == CueClass::kPrep && w != ce.words[0] && StartsWith(w, kFa) && IsWord(t - 1)) continue;
    // (بين opening a clause is the verb; inside a phrase, the preposition.)
    // (وعن موعد عودتها أجابت: «...»: a colon right after the cue, or after
    // its subject, makes it one wherever it stands.)
    // (أظهرت البيانات تراجع ...: a finding with its document as subject.)
    // (ثمن فلان، وثمن المدير ...: a verb of praise whose content is a noun
    // phrase, opening its clause with a person after it, is the verb, not
    // the noun "price".)
    // (Asked of strict cues only.)
    const auto person_after = [&]() {
      return ce.np && ce.cls == CueClass::kVerb && IsWord(end) && (AnyCls(end) & (kTitle | kGivenName)) &&
             ClauseInitial(t);
    };
    if (ce.strict && !(ce.finding && ClauseInitial(t) && IsDocumentNoun(end)) && !person_after() &&
        (!GovernedFollows(ce, end) ||
         (!ClauseInitial(t) && !(ColonSoon(end) && IsVerbOnly(t)) && !(IsVerbOnly(t) && ComplementizerSoon(ce, end)))))
      continue;
    // مشيدا بـ، مقرا بأن: a participle whose content is only a noun phrase
    // with ب reaches that ب within its clause, over its addressee and the
    // adjuncts (مشيدة في هذا الصدد بـ، معترفة للشرطة بأن), or a colon.
    // Without it the word is another: يتخذ موسكو مقرا "headquarters", خطرا
    // مهددا لحياته "threatening".
    if (ce.cls == CueClass::kParticiple && ce.b && !ce.np && !ce.obj && ce.preps.empty()) {
      bool ba = false;
      for (int k = end; k < end + 10 && !ba; ++k) {
        ba = IsPunct(k, U':') || (IsWord(k) && StartsWith(Word(k), kBa) && !(AnyCls(k) & kSetting));
        if (!IsWord(k) || CueAt(k) >= 0 || (Cls(k) & (kComp | kCompNeg)) || IsVerbOnly(k)) break;
      }
      if (!ba) continue;
    }
    // تكون مرجعا موحدا: right after a form of كان or a sister, a participle
    // is its predicate, no circumstance of speech.
    if (ce.cls == CueClass::kParticiple && (IsKana(t - 1) || IsKanaSister(t - 1))) continue;
    // قدم الأمير شكره للفرق: a verb of offering reports only thanks,
    // congratulations or condolences.
    if (ce.courtesy && !CourtesyFollows(end)) continue;
    // طلب X من Y ...، أهاب X بالمواطنين ...: a cue that takes an addressee
    // is none without its preposition in the clause (مسؤول طلب عدم ذكر
    // اسمه، بحسب طلب الفتاة).
    if (!ce.addr.empty() && !AddresseeFollows(ce, end)) continue;
    // (يمكنه طلب خبير من الشركة، تم طلب دعم من المستشفى: right after a
    // verb the form is the verbal noun.)
    if (!ce.addr.empty() && w == ce.words[0] && IsVerb(t - 1) && !IsDefinite(t - 1) && !IsNameWord(t - 1) &&
        !(Cls(t - 1) & (kGivenName | kTitle)))
      continue;
    // رأي، نفي: the caller wrote the verbal noun, not the verb رأى، نفى.
    if ((ce.maqsura && EndsInOriginal(t, "\u064A")) || (ce.final_ya && EndsInOriginal(t, "\u0649"))) {
      t = end - 1;
      continue;
    }
    // على ذكر العدد: a word that the dictionary also reads as a noun is that
    // noun right after a preposition written apart, not a verb.
    if (ce.cls == CueClass::kVerb && !ce.agent && w == ce.words[0] && IsWord(t - 1) && (Cls(t - 1) & kPrep) &&
        !(Cls(t - 1) & kStop) && !IsVerbOnly(t)) {
      t = end - 1;
      continue;
    }
    // توشك أن تهدد، يجب أن يعلن: a present form after أن is what may be
    // said, not what was. (After قبل أن، بعد أن it is the story's next
    // step: قبل أن يستدرك: «...».)
    const auto before_after = [&](int k) {
      if (!IsWord(k)) return false;
      std::string_view v = Word(k);
      if (const std::string_view a = StripOne(v, {kWaw, kFa}); !a.empty()) v = a;
      return v == "\u0642\u0628\u0644" || v == "\u0628\u0639\u062F";  // قبل، بعد
    };
    if (ce.cls == CueClass::kVerb && w == ce.words[0] && IsWord(t - 1) && Word(t - 1) == kAnSubjunctive &&
        (StartsWith(w, "\u064A") || StartsWith(w, "\u062A")) && !before_after(t - 2)) {
      t = end - 1;
      continue;
    }
    // وقد تدعو: قد before a present form is "may" (a prediction of someone
    // else, or of the journalist), not speech.
    // (A past verb of the forms تفعّل، تفاعل starts with ت too: وكان
    // الخبراء قد توقعوا أن; after قد a present form has no past suffix, وا
    // or ت.)
    if (ce.cls == CueClass::kVerb && w == ce.words[0] && (StartsWith(w, "\u064A") || StartsWith(w, "\u062A")) &&
        IsQad(t - 1) && (Morph(t).classes & kVerbAny) != kVerbPast &&
        !(StartsWith(w, "\u062A") && (EndsWith(w, "\u0648\u0627") || (EndsWith(w, kTa) && w.size() > 6)))) {
      t = end - 1;
      continue;
    }
    // سبق- متابعة: / الرياض - متابعة:: a participle after the dash of a
    // dateline names how the story was gathered, not who spoke.
    // (Only right before the dateline's colon, near the paragraph's start:
    // a dash may also close an aside, -رضي الله عنها- بقولها:.)
    const auto dateline = [&]() {
      for (int k = t; k >= 0 && k > t - 6; --k) {
        if (k == 0 || T(k).para_before) return true;
      }
      return false;
    };
    if (ce.cls == CueClass::kParticiple && t > 0 && IsPunct(end, U':') &&
        (IsPunct(t - 1, U'-') || (IsWord(t - 1) && EndsWith(Word(t - 1), "-"))) && dateline()) {
      t = end - 1;
      continue;
    }
    // لكل طالب وطالبة: right after a quantifier the word is its noun; no
    // verb or participle follows كل، جميع، كافة.
    // (StripOne gives an empty view when there is no proclitic.)
    if (IsWord(t - 1) && (IsQuantifierWord(Word(t - 1)) ||
                          IsQuantifierWord(StripOne(Word(t - 1), {kWaw, kFa, kLam, kBa})))) {
      t = end - 1;
      continue;
    }
    // أنها مطالبة بـ: a participle right after a complementizer is the
    // predicate of its clause, not a circumstantial cue.
    // (So after كان and its sisters: كان متوقعا أن، قد يكون مفيدا لـ.)
    if (ce.cls == CueClass::kParticiple && IsWord(t - 1) && ((Cls(t - 1) & kComp) || IsKana(t - 1))) {
      t = end - 1;
      continue;
    }
    // علمت من مصادر مؤكدة أن: a feminine participle right after the noun
    // of a prepositional phrase agrees with it as its adjective.
    if (ce.cls == CueClass::kParticiple && EndsWith(w, "\u0647") && IsWord(t - 1) && !IsDefinite(t - 1) &&
        !IsNameWord(t - 1) &&
        !(Cls(t - 1) & (kComp | kStop | kPrep)) && IsWord(t - 2) && (Cls(t - 2) & kPrep)) {
      t = end - 1;
      continue;
    }
    // من ذاكرة التاريخ، بلا ذاكرة، وهو داعية إسلامي، وكلها مفيدة: a
    // circumstantial participle comes after its clause; right after a
    // preposition it is that preposition's noun, and right after a subject
    // pronoun or كل with a pronoun it is the predicate.
    const auto kull_with_pronoun = [&](int k) {
      std::string_view v = Word(k);
      if (const std::string_view a = StripOne(v, {kWaw, kFa}); !a.empty()) v = a;
      return StartsWith(v, "\u0643\u0644") && IsThirdPersonSuffix(v.substr(4));  // كلها، كلهم
    };
    if (ce.cls == CueClass::kParticiple && IsWord(t - 1) &&
        ((((Cls(t - 1) & kPrep) || (AnyCls(t - 1) & kNeg)) && !(Cls(t - 1) & kGivenName)) ||
         (AnyCls(t - 1) & kPronoun) || kull_with_pronoun(t - 1))) {
      t = end - 1;
      continue;
    }
    // أداة مفيدة، حضورا لافتا: an adjective of the noun before it.
    if (ce.cls == CueClass::kParticiple && ParticipleIsAdjective(t, end)) {
      t = end - 1;
      continue;
    }
    // ويوضح النائب وهو يتابع الحفار أن ...، يقول السفير، وهو يرى على
    // الشاشة ...، إن: a present verb after و and a subject pronoun opens a
    // circumstantial clause about the speaker of a reporting verb before it
    // that has not reached what was said (no complementizer, colon or
    // quotation between); that verb reports, this one does not.
    if (ce.cls == CueClass::kVerb && w == ce.words[0] && IsPresentVerb(t) && IsWawPronoun(t - 1) && !cues_.empty()) {
      // (Only a verb whose content must follow a complementizer or a colon:
      // after انتقد الوزير المعارضة، وهو يقول: «...» the first verb has its
      // object, and the second reports.)
      const Cue& prev = cues_.back();
      const CueEntry& pe = tb_.cues[prev.entry];
      bool open = pe.cls == CueClass::kVerb && !pe.np && !pe.b && !pe.obj && !pe.desc && !pe.l &&
                  prev.end < t - 1 && t - 1 - prev.end <= 12 && SentStart(prev.begin) == SentStart(t);
      for (int k = prev.end; open && k < t - 1; ++k) {
        open = !(IsWord(k) && (Cls(k) & kComp)) && !IsPunct(k, U':') && T(k).kind != QTokKind::kMark &&
               !IsStrongEnd(k);
      }
      if (open) {
        t = end - 1;
        continue;
      }
    }
    // ...، مما يشير إلى أن، الأمر الذي يؤكد أن: a verb whose subject is the
    // thing just said (مما "which", الأمر الذي "the matter that") is the
    // journalist's inference, no report.
    // (A present verb: الأمر الذي وصفه موالون ... بأنها has a subject of
    // its own.)
    if (ce.cls == CueClass::kVerb && IsWord(t - 1) && IsPresentVerb(t) &&
        (Word(t - 1) == "\u0645\u0645\u0627" ||                   // مما
         (Word(t - 1) == "\u0627\u0644\u0630\u064A" && IsWord(t - 2) &&  // الذي
          Word(t - 2) == "\u0627\u0644\u0627\u0645\u0631"))) {           // الأمر
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

bool QuoteDoc::ColonSoon(int t) const {
  for (int k = t; k < N() && k < t + 5; ++k) {
    if (IsPunct(k, U':')) return true;
    if (!IsWord(k)) return false;
  }
  return false;
}

constexpr std::string_view kIlla = "\u0627\u0644\u0627";  // إلا in the view

bool QuoteDoc::ComplementizerSoon(const CueEntry& ce, int t) const {
  for (int k = t; k < N() && k < t + 6 && IsWord(k); ++k) {
    // (توصل الباحثون إلى أن: the cue's own preposition right before it.)
    // (Nor after إلا, with the pronoun on أن too: إلا أنه ظهرت.)
    if (Cls(k) & kComp) return !IsContrastAt(k - 1) && !IsContrastAt(k) && !(k > t && Word(k - 1) == kIlla);
    for (const std::string& p : ce.preps) {
      if (Word(k) == p) return IsWord(k + 1) && (Cls(k + 1) & kComp) && !IsContrastAt(k + 1);
    }
    if (CueAt(k) >= 0 || IsVerbOnly(k)) return false;
  }
  return false;
}

bool QuoteDoc::AgentFollows(const CueEntry& ce, int t) const {
  if (!IsWord(t) || (Cls(t) & (kComp | kCompNeg | kPrep | kStop | kAdjunct | kRelative)) || IsVerbOnly(t) ||
      (Morph(t).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) || LooksLikeMasdar(t) || HasDigit(t))
    return false;
  // (An indefinite head in the construct state: إعلان وزارة الداخلية.)
  if (!(IsDefinite(t) || IsNameWord(t) || (AnyCls(t) & (kTitle | kGivenName | kClassNoun)) ||
        (IsWord(t + 1) && IsDefinite(t + 1))))
    return false;
  for (int k = t + 1; k < N() && k <= t + 7; ++k) {
    if (T(k).kind == QTokKind::kMark) continue;  // (شركة «...» عن)
    if (!IsWord(k) || IsVerbOnly(k)) return false;
    if (Cls(k) & kComp) return !IsContrastAt(k - 1) && !IsContrastAt(k);
    for (const std::string& p : ce.preps) {
      if (Word(k) == p) return true;
    }
    if (Cls(k) & (kCompNeg | kRelative | kPrep)) return false;
  }
  return false;
}

bool QuoteDoc::AddresseePrepAt(const CueEntry& ce, int t) const {
  if (!IsWord(t)) return false;
  if (ce.addr == kBa) return StartsWith(Word(t), kBa) && (Morph(t).split.proclitics & kPrepBi) != 0;
  return Word(t) == ce.addr;
}

bool QuoteDoc::AddresseeFollows(const CueEntry& ce, int t) const {
  for (int k = t; k < N() && k < t + 12 && IsWord(k); ++k) {
    if (AddresseePrepAt(ce, k)) return true;
    if (Cls(k) & (kComp | kCompNeg)) return false;
  }
  return false;
}

bool QuoteDoc::ParticipleIsAdjective(int t, int end) const {
  if (!IsWord(t - 1) || IsDefinite(t - 1) || IsNameWord(t - 1) || HasPossessive(t - 1) ||
      (Morph(t - 1).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)))
    return false;
  // What was said right after it, a colon or a complementizer, makes it the
  // circumstantial cue after all (تنفي تهمة مضيفة: «...»، نفايات معترفة
  // للشرطة بأن).
  for (int k = end; k < N() && k < end + 4; ++k) {
    if (IsPunct(k, U':') || (IsWord(k) && (Cls(k) & (kComp | kCompNeg)))) return false;
    if (!IsWord(k)) break;
  }
  const std::string_view noun = Word(t - 1);
  // أداة مفيدة، انخفاضات لافتة: a feminine participle right after an
  // indefinite noun with a feminine ending (no preposition on it).
  if (EndsInOriginal(t, "\u0629"))
    return !(AnyCls(t - 1) & (kGivenName | kTitle)) &&
           (EndsInOriginal(t - 1, "\u0629") || EndsWith(noun, "\u0627\u062A")) && !IsVerbOnly(t - 1);
  // حضورا لافتا، ارتفاعا ملحوظا: a masculine one in the accusative right
  // after an indefinite noun in the accusative (both end in the alif of the
  // tanween); not after an adverb (يوميا مؤكدا).
  return EndsWith(Word(t), "\u0627") && EndsWith(noun, "\u0627") && !EndsWith(noun, "\u064A\u0627") &&
         noun.size() > 4 && !(AnyCls(t - 1) & (kGivenName | kTitle | kStop | kPrep | kAdjunct)) && !IsVerb(t - 1);
}

bool QuoteDoc::IsDocumentNoun(int t, bool after_prep, uint32_t classes) const {
  if (!IsWord(t)) return false;
  if (Cls(t) & classes) return true;
  std::string_view w = Word(t);
  // (With ل or ب written on it, after وفقا، بحسب: لدراسة، بتقرير.)
  if (after_prep && !IsDefinite(t) && (Morph(t).split.proclitics & (kPrepBi | kPrepLi)) &&
      (StartsWith(w, kLam) || StartsWith(w, kBa)))
    w = w.substr(kLam.size());
  if (IsDefinite(t)) return StartsWith(w, kAl) && (tb_.Class(w.substr(kAl.size())) & classes);
  return (ClassWithArticle(w) & classes) != 0;
}

uint32_t QuoteDoc::ClassWithArticle(std::string_view w) const {
  // (The word with the article, on the stack: the word classes list the
  // definite forms. No document noun is that long.)
  char buf[64];
  if (kAl.size() + w.size() > sizeof(buf)) return 0;
  std::memcpy(buf, kAl.data(), kAl.size());
  std::memcpy(buf + kAl.size(), w.data(), w.size());
  return tb_.Class(std::string_view(buf, kAl.size() + w.size()));
}

bool QuoteDoc::IsPossessedDocument(int t) const {
  if (!IsWord(t) || !HasPossessive(t)) return false;
  const CliticSplit& sp = Morph(t).split;
  if (sp.proclitics != 0 || sp.stem_end <= sp.stem_begin) return false;
  const std::string_view stem = Word(t).substr(sp.stem_begin, sp.stem_end - sp.stem_begin);
  if (ClassWithArticle(stem) & kDocument) return true;
  // (The word classes list the definite forms in the view's spelling: the
  // ت of دراستها is the ه of الدراسه.)
  constexpr std::string_view kTa = "\u062A", kHa = "\u0647";
  if (!EndsWith(stem, kTa) || stem.size() > 60) return false;
  char buf[64];
  const size_t n = stem.size() - kTa.size();
  std::memcpy(buf, stem.data(), n);
  std::memcpy(buf + n, kHa.data(), kHa.size());
  return (ClassWithArticle(std::string_view(buf, n + kHa.size())) & kDocument) != 0;
}

bool QuoteDoc::CourtesyFollows(int t) const {
  for (int k = t; k < N() && k < t + 8 && IsWord(k); ++k) {
    if (AnyCls(k) & kCourtesy) return true;
    if (Cls(k) & (kComp | kCompNeg | kRelative)) return false;
  }
  return false;
}

bool QuoteDoc::GovernedFollows(const CueEntry& ce, int t) const {
  // One of the prepositions the cue governs at j: what it reports follows
  // (right after with a complementizer, for a cue that needs one).
  const auto governed_at = [&](int j, bool* reached) {
    for (const std::string& p : ce.preps) {
      if (Word(j) == p) {
        *reached = !ce.prep_comp || (IsWord(j + 1) && (Cls(j + 1) & kComp));
        return true;
      }
    }
    return false;
  };
  bool reached = false;
  int k = t;
  bool apposition = false;
  bool described = false;
  for (; k < N() && k < t + (apposition ? 20 : 12); ++k) {
    if (IsPunct(k, U':')) return !described;
    if (T(k).kind == QTokKind::kMark) {
      // واختتم اللاعب “...”: a quoted clause, not a quoted name.
      const int p = T(k).pair;
      if (p >= 0 && qt_.pairs[p].open == k && WordsIn(qt_.pairs[p]) >= 5 && IsWord(k - 1) &&
          !(AnyCls(k - 1) & kClassNoun))
        return true;
      continue;  // وعبرت «الدوسري» عن ...
    }
    // (أظهرت بيانات رسمية، أن / أظهرت البيانات، أمس، أن: the
    // complementizer right after a comma, or after an adverb between
    // commas. Not for a cue that is also a preposition, عبر "via", nor
    // after any other word: ...، إلا أن is the journalist's.)
    // (For عبر too when a person's title or name follows it: عبر الدكتور
    // فلان، الملحق الثقافي، عن.)
    if (IsComma(k) && k > t && !ce.prep_comp &&
        (!(AnyCls(t - 1) & (kAdjunct | kGoverns)) || (IsWord(t) && (AnyCls(t) & (kTitle | kGivenName))))) {
      int n = k + 1;
      if (IsWord(n) && (AnyCls(n) & kAdjunct) && !(AnyCls(n) & kGoverns) && IsComma(n + 1)) n += 2;
      // (What describes the speaker with و and a pronoun, up to the
      // complementizer: أبان فلان، وهو خبير عقاري، أن ...; a colon after
      // it closes a list, وهي من تمثيل: ...)
      if (!apposition && IsWord(n) && IsWawPronoun(n)) {
        apposition = described = true;
        continue;
      }
      // (تساءل فلان، رئيس الاتحاد في طهران: «...»: the speaker's role in
      // apposition, up to the colon.)
      if (!apposition && IsWord(n) && (AnyCls(n) & kTitle) && !(Cls(n) & kComp)) {
        apposition = true;
        continue;
      }
      // (Or a role that the lexicon lacks, definite, after a person's title
      // or name: عبر الدكتور فلان، الملحق الثقافي، عن.)
      if (!apposition && IsWord(n) && IsDefinite(n) && !(AnyCls(n) & (kComp | kStop | kPrep | kRelative)) &&
          AnyClassIn(t, k, kTitle | kGivenName)) {
        apposition = true;
        continue;
      }
      // (After the apposition's closing comma, one of the cue's
      // prepositions too: عبر فلان، الملحق الثقافي، عن اعتزازه.)
      if (apposition && !described && IsWord(n) && governed_at(n, &reached)) return reached;
      return IsWord(n) && (Cls(n) & kComp);
    }
    if (IsAbbreviationPeriod(k)) continue;  // (سارة جيه. ميتشيل)
    if (!IsWord(k)) return false;
    // (A verb joined by و opens a clause of its own, whose complementizer
    // is not the cue's: واختتم أمس واستهدف ... باعتبار أن. Not the verb of
    // naming, ويدعى, which leads to a name.)
    if (k > t && StartsWith(Word(k), kWaw) && CueAt(k) < 0 && !(AnyCls(k) & kClassNoun) && IsVerbOnly(k) &&
        (Morph(k).split.proclitics & kConjWa))
      return false;
    if (governed_at(k, &reached)) return reached;
    // (بعد أن، قبل أن: a time clause, not what was said; after a bare
    // adverb, أمس أن، it is. A cue that needs its preposition right before
    // the complementizer, prep_comp, takes none without it.)
    if ((Cls(k) & kComp) && !((AnyCls(k - 1) & kAdjunct) && (AnyCls(k - 1) & kGoverns))) return !ce.prep_comp;
  }
  if (k < t + 12 || ce.prep_comp) return false;
  // Twelve words and nothing governed: a colon or a complementizer may
  // still come after a long phrase of names and titles, up to 20 words,
  // when no word of it opens a clause of its own (a cue, a verb, a
  // circumstantial participle, a noun with a possessive, a particle):
  // وبين فلان نائب رئيس قسم ... في فندق ... بجزيرة ...: «...». (Asked only
  // here: the dictionary is the costly part.)
  auto opens_clause = [&](int j) {
    return ((flags_[j] & kCueFirstTok) && !(Cls(j) & kPrep)) || (Cls(j) & (kNeg | kStop | kRelative | kCompNeg)) ||
           IsVerbOnly(j) || IsHalParticiple(j) || HasPossessive(j);
  };
  for (int j = t + 1; j < k; ++j) {
    if (!IsWord(j) || opens_clause(j)) return false;
  }
  for (; k < N() && k < t + 20; ++k) {
    if (IsPunct(k, U':')) return true;
    if (!IsWord(k)) return false;
    if ((Cls(k) & kComp) && !StartsWith(Word(k), kWaw)) return true;
    if (opens_clause(k)) return false;
  }
  return false;
}

bool QuoteDoc::IsAdjectiveLike(int t) const {
  const std::string_view w = Word(t);
  for (std::string_view suffix : {"\u064A", "\u064A\u0647", "\u064A\u0629", "\u064A\u0648\u0646",
                                  "\u064A\u064A\u0646"}) {
    if (EndsWith(w, suffix)) return true;
  }
  return (AnyCls(t) & (kAdjunct | kAdjectiveClass)) != 0;
}

bool QuoteDoc::AbbreviationPeriodAfterWord(int t) const {
  if (T(t).end - T(t).begin != 1 || T(t).space_before || !IsWord(t - 1)) return false;
  int len = 0;
  DecodeUtf8(v_.data() + T(t - 1).begin, &len);
  if (T(t - 1).begin + len == T(t - 1).end && IsWord(t + 1)) return true;
  // سارة جيه. ميتشيل: a middle initial between two words of one sentence
  // (the sentence splitter reads it so too).
  if (IsWord(t + 1) && IsWord(t - 2) && SpellsLatinInitial(Word(t - 1)) && qt_.sent_of[t + 1] == qt_.sent_of[t])
    return true;
  // بنك إيه.إن.زد: a dot between the names of two Latin letters written
  // against it joins an acronym (the sentence splitter reads it so too).
  return AcronymEnd(t - 1) > t;
}

int QuoteDoc::AcronymEnd(int t) const {
  int e = t;
  while (IsWord(e) && IsPunct(e + 1, U'.') && !T(e + 1).space_before && IsWord(e + 2) &&
         !T(e + 2).space_before && SpellsLatinLetter(Word(e)) && SpellsLatinLetter(Word(e + 2)))
    e += 2;
  return e > t ? e + 1 : t;
}

bool QuoteDoc::InSpacedAcronym(int t) const {
  // (The view writes إن as ان.)
  static constexpr std::string_view kIn = "\u0627\u0646";
  if (!IsWord(t) || Word(t) != kIn) return false;
  // A letter's name that is no Arabic word too (not في، ال، أي، أم، أو),
  // or another إن of the run.
  const auto letter = [&](int k, bool in_ok) {
    if (k < 0 || !IsWord(k)) return false;
    const std::string_view w = Word(k);
    if (w == kIn) return in_ok;
    return SpellsLatinLetter(w) && w != kFi && w != "\u0627\u0644" && w != "\u0627\u064A" &&
           w != "\u0627\u0645" && w != "\u0627\u0648";
  };
  // سي إن إن، دي إن إيه: between two letters. (Not last after them: إن بي
  // سي إن ... ends the acronym with its سي, and the إن after it is the
  // complementizer.)
  if (letter(t - 1, false)) return letter(t + 1, true);
  // The second إن of سي إن إن.
  if (IsWord(t - 1) && Word(t - 1) == kIn && letter(t - 2, false)) return true;
  // إن بي سي: two letters after it.
  return letter(t + 1, false) && letter(t + 2, true);
}

int QuoteDoc::WordsIn(const QPair& p) const {
  int n = 0;
  for (int t = p.open + 1; t < p.close; ++t) n += IsWord(t);
  return n;
}

bool QuoteDoc::LooksLikeMasdar(int t) const {
  if (AnyCls(t) & kMasdarClass) return true;
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

bool QuoteDoc::IsElativeConstruct(int t) const {
  if (!IsWord(t) || !IsDefinite(t + 1) || IsDefinite(t) || IsNameWord(t) || (Cls(t) & (kGivenName | kTitle)))
    return false;
  const WordMorph& m = Morph(t);
  if (m.split.proclitics != 0 || m.split.enclitic != Enclitic::kNone || (m.classes & kProperName)) return false;
  const std::string_view w = Word(t);
  size_t n = 0;
  for (size_t i = 0; i < w.size(); ++n) {
    int len = 1;
    DecodeUtf8(w.data() + i, &len);
    i += len;
  }
  return (n == 3 || n == 4) && (StartsWith(w, "\u0627") || StartsWith(w, "\u0623"));
}

bool QuoteDoc::IsPrepositionWithPronoun(int t) const {
  if (!IsWord(t)) return false;
  const std::string_view w = Word(t);
  // على، في، من، عن، إلى in the view (ى folded to ي, إ to ا); ل and ب;
  // خلال.
  for (std::string_view p : {"\u0639\u0644\u064A", "\u0641\u064A", "\u0645\u0646", "\u0639\u0646",
                             "\u0627\u0644\u064A", "\u0644", "\u0628", "\u062E\u0644\u0627\u0644"}) {
    if (StartsWith(w, p) && IsThirdPersonSuffix(w.substr(p.size()))) return true;
  }
  return false;
}

bool QuoteDoc::IsAccusativeAdverb(int t) const {
  if (!IsWord(t) || IsDefinite(t) || !EndsWith(Word(t), "\u0627") || Word(t).size() < 6 || IsNameWord(t) ||
      (Cls(t) & (kGivenName | kTitle | kPronoun)) || (AnyCls(t) & (kClassNoun | kDocument | kCarrier)))
    return false;
  const WordMorph& m = Morph(t);
  return (m.classes & (kAdjective | kMasdar)) && !(m.classes & (kVerbAny | kUnknown | kProperName)) &&
         m.split.enclitic == Enclitic::kNone && m.split.proclitics == 0;
}

bool QuoteDoc::InTheNameOf(int t) const {
  // (Or with the pronoun of the body: الناطق باسمها، المتحدث باسمهم.)
  if (!IsWord(t) || !IsWord(t - 1)) return false;
  const std::string_view w = Word(t);
  constexpr std::string_view kBism = "\u0628\u0627\u0633\u0645";  // باسم
  if (!StartsWith(w, kBism)) return false;
  const std::string_view pron = w.substr(kBism.size());
  if (!(pron.empty() || pron == "\u0647" || pron == "\u0647\u0627" || pron == "\u0647\u0645" ||
        pron == "\u0647\u0645\u0627"))
    return false;
  // (With the spokesman's adjective between: المتحدث الرسمي باسم الجيش.)
  const auto spokesman = [this](int k) {
    std::string_view p = Word(k);
    if (StartsWith(p, kAl)) p.remove_prefix(kAl.size());
    return StartsWith(p, "\u0645\u062A\u062D\u062F\u062B") || StartsWith(p, "\u0646\u0627\u0637\u0642");  // متحدث، ناطق
  };
  return spokesman(t - 1) ||
         (IsWord(t - 2) && IsDefinite(t - 1) && IsDefinite(t - 2) && IsAdjectiveLike(t - 1) && spokesman(t - 2));
}

int QuoteDoc::PhraseAt(int t, int limit, const StringTable<std::vector<int>>& first,
                       const std::vector<std::vector<std::string>>& phrases) const {
  if (!IsWord(t)) return -1;
  const std::vector<int>* list = first.Find(Word(t));
  if (list == nullptr) return -1;
  for (int o : *list) {
    const auto& ws = phrases[o];
    const int len = static_cast<int>(ws.size());
    bool ok = t + len <= limit;
    for (int k = 1; k < len && ok; ++k) ok = IsWord(t + k) && Word(t + k) == ws[k];
    if (ok) return o;
  }
  return -1;
}

int QuoteDoc::PhraseEnd(int t, int limit, const StringTable<std::vector<int>>& first,
                        const std::vector<std::vector<std::string>>& phrases) const {
  const int o = PhraseAt(t, limit, first, phrases);
  return o < 0 ? t : t + static_cast<int>(phrases[o].size());
}

bool QuoteDoc::HasWaConjunction(int t) const {
  if (!IsWord(t) || !StartsWith(Word(t), kWaw)) return false;
  if (Morph(t).split.proclitics & kConjWa) return true;
  const std::string_view rest = Word(t).substr(kWaw.size());
  return !rest.empty() && (Morphology::Get().Analyze(absl::string_view(rest.data(), rest.size())).classes & kProperName);
}

int QuoteDoc::BlessingAt(int t) const {
  // (Asked of most words of a phrase: the word after, الله or السلام in
  // every formula of two words or more, or the word itself for a formula
  // of one, is compared before the table is.)
  if (!IsWord(t)) return -1;
  bool maybe = false;
  if (IsWord(t + 1)) {
    const std::string_view n = Word(t + 1);
    for (const std::string& w : tb_.blessing_second) maybe |= n == w;
  }
  // (The lengths of the one-word formulas are asked before their words.)
  if (const size_t len = Word(t).size(); !maybe && len < 64 && ((tb_.blessing_single_lengths >> len) & 1)) {
    for (const std::string& w : tb_.blessing_single) maybe |= Word(t) == w;
  }
  return maybe ? PhraseAt(t, N(), tb_.blessing_first, tb_.blessings) : -1;
}

int QuoteDoc::BlessingEnd(int t) const {
  const int o = BlessingAt(t);
  return o < 0 ? t : t + static_cast<int>(tb_.blessings[o].size());
}

std::string_view QuoteDoc::BlessingReferent(int t) const {
  const int o = BlessingAt(t);
  return o < 0 ? std::string_view() : std::string_view(tb_.blessing_referent[o]);
}

int QuoteDoc::BlessingBefore(int t) const {
  // (The formulas have two to four words and end in الله, ثراه, a pronoun
  // or وسلم / السلام.)
  for (int b = t - 2; b >= 0 && b >= t - 4; --b) {
    if (BlessingEnd(b) == t) return b;
  }
  return t;
}

bool QuoteDoc::IsContrastAt(int t) const { return ContrastEnd(t) > t; }

int QuoteDoc::ContrastEnd(int t) const {
  if (!IsWord(t)) return t;
  const std::vector<int>* list = tb_.contrast_first.Find(Word(t));
  if (list == nullptr) return t;
  // فيما is also في + ما "in what": فيما بينهم، فيما بعد، فيما يتعلق بـ،
  // فيما يخص، فيما يلي، فيما لو، فيما إذا، فيما عدا. These are a third of
  // its uses in a day of news; none opens the journalist's clause.
  if (IsWord(t + 1) && EndsWith(Word(t), "\u0641\u064A\u0645\u0627")) {
    const std::string_view n = Word(t + 1);
    // (بين، بينهم، بينها، بيننا; not the verb بينت.)
    const bool bayn = n == "\u0628\u064A\u0646" || n == "\u0628\u064A\u0646\u0646\u0627" ||
                      (StartsWith(n, "\u0628\u064A\u0646\u0647") && n.size() <= 12);
    if (bayn || n == "\u0628\u0639\u062F" ||
        n == "\u064A\u062A\u0639\u0644\u0642" || n == "\u064A\u062E\u0635" || n == "\u064A\u0644\u064A" ||
        n == "\u0644\u0648" || n == "\u0627\u0630\u0627" || n == "\u0639\u062F\u0627")
      return t;
  }
  return PhraseEnd(t, N(), tb_.contrast_first, tb_.contrasts);
}

int QuoteDoc::OpenerEnd(int t, int limit) const {
  return PhraseEnd(t, limit, tb_.opener_first, tb_.openers);  // (longest first)
}

int QuoteDoc::SkipOpener(int t, int limit) const {
  const int e = OpenerEnd(t, limit);
  if (e == t) return t;
  if (IsComma(e)) return e + 1;
  // من جهته عبر ...: an opener right before the cue needs no comma.
  return e == limit ? limit : t;
}

bool QuoteDoc::ClauseInitial(int cb) const {
  const int s = SentStart(cb);
  int t = SkipOpener(s, cb);
  while (t < cb && (Cls(t) & kStop)) ++t;
  if (t >= cb) return true;
  // After a contrast phrase or a conjunction: ...، فيما أفاد ناشطون بـ...
  // (Or after one that carries the verb's subject: ...، لكنهم توقعوا.)
  if (IsContrastAt(cb - 1) || IsContrastAt(cb - 2) || (Cls(cb - 1) & (kStop | kCarrier))) return true;
  // في وقت دعت ...، في الوقت الذي أكد: "at a time when" opens the clause of
  // the verb right after it.
  if (IsWord(cb - 2) && IsWord(cb - 1) &&
      ((Word(cb - 1) == "\u0648\u0642\u062A" &&
        (Word(cb - 2) == "\u0641\u064A" || Word(cb - 2) == "\u0648\u0641\u064A")) ||  // في وقت
       (Word(cb - 1) == "\u0627\u0644\u0630\u064A" && Word(cb - 2) == "\u0627\u0644\u0648\u0642\u062A")))  // الوقت الذي
    return true;
  if (cb > 0 && T(cb - 1).kind == QTokKind::kPunct && !IsStrongEnd(cb - 1)) return true;
  // ولذلك طالب، وعليه نصح، ومن ثم رأى: a connective of cause or sequence
  // opens the clause after it.
  // (عليه and بذلك only with و: المتفق عليه بين, قام بذلك.)
  if (IsWord(cb - 1)) {
    std::string_view w = Word(cb - 1);
    const bool waw = StartsWith(w, kWaw);
    if (waw) w.remove_prefix(kWaw.size());
    if (w == "\u0644\u0630\u0644\u0643" || w == "\u0644\u0647\u0630\u0627" ||       // لذلك، لهذا
        w == "\u0628\u0627\u0644\u062A\u0627\u0644\u064A" || w == kThumma ||           // بالتالي، ثم
        (waw && (w == "\u0639\u0644\u064A\u0647" || w == "\u0628\u0630\u0644\u0643")))  // وعليه، وبذلك
      return true;
  }
  // في البداية أشاد، وخلال اللقاء أشاد: after a fronted setting phrase (a
  // preposition of time or place and a short noun phrase, no verb in it).
  // (With و or ف on the preposition too, and a noun in the construct state
  // after it: وفي مواجهة ضغوط جماهيرية متزايدة أعلن.)
  const bool fronted_prep =
      IsWord(t) && ((Cls(t) & (kPrep | kGoverns)) || (ClsCl(t) & kGoverns) ||
                    ((ClsCl(t) & kPrep) && (StartsWith(Word(t), kWaw) || StartsWith(Word(t), kFa))));
  if (fronted_prep && cb - t >= 2 && cb - t <= 5) {
    bool setting = true;
    for (int k = t + 1; k < cb && setting; ++k) {
      setting = IsWord(k) && CueAt(k) < 0 && !(AnyCls(k) & (kComp | kCompNeg | kNeg | kRelative | kStop)) &&
                !IsVerbOnly(k) && !HasDigit(k);
    }
    if (setting && ((AnyCls(t + 1) & (kSetting | kAdjunct)) || IsDefinite(t + 1) ||
                    // (Not before a word that is also a preposition:
                    // منذ انطلاق المفاوضات بين إيران ...)
                    (cb - t >= 3 && !IsDefinite(t + 1) && !IsVerb(t + 1) && (Morph(t + 1).classes & kNominal) &&
                     !(Morph(cb).classes & kFunctionWord))))
      return true;
  }
  // ... بمنطقة تبوك وحث المواطنين: و with a verb opens a clause of its own;
  // so does ف (وسئل عن خطته فأجاب «...»).
  return (StartsWith(Word(cb), kWaw) || ((Morph(cb).split.proclitics & kConjFa) && StartsWith(Word(cb), kFa))) &&
         !IsDefinite(cb) && IsVerb(cb);
}

bool QuoteDoc::GovernsAt(const CueEntry& ce, int t) const {
  if (IsPunct(t, U':')) return true;
  if (!IsWord(t)) return false;
  if (Cls(t) & (kComp | kCompNeg)) return true;
  for (const std::string& p : ce.preps) {
    if (Word(t) == p) return true;
  }
  return false;
}

bool QuoteDoc::StartsLikeAVerb(int t) const {
  if (!IsWord(t)) return false;
  const std::string_view w = Word(t);
  return w.size() >= 6 && (StartsWith(w, "\u064A") || StartsWith(w, "\u0633\u064A") ||
                           StartsWith(w, "\u0633\u062A") || StartsWith(w, "\u0633\u0646"));
}

bool QuoteDoc::Chained(int cb) const {
  // (A verb right after a relative pronoun opens the relative clause, even
  // one whose root starts with و: الذي وصفته القناة.)
  if (IsWord(cb - 1) && (Cls(cb - 1) & kRelative)) return false;
  if (!IsComma(cb - 1) && !StartsWith(Word(cb), kWaw)) return false;
  int t = SkipOpener(SentStart(cb), cb);
  while (t < cb && (Cls(t) & kStop)) ++t;
  return t < cb;
}

bool QuoteDoc::IsKana(int t) const {
  if (!IsWord(t)) return false;
  std::string_view w = Word(t);
  if (StartsWith(w, kWaw) || StartsWith(w, kFa)) w.remove_prefix(kWaw.size());
  return w == "\u0643\u0627\u0646" || w == "\u0643\u0627\u0646\u062A";
}

bool QuoteDoc::IsKanaSister(int t) const {
  if (!IsWord(t)) return false;
  std::string_view w = Word(t);
  if (StartsWith(w, kWaw) || StartsWith(w, kFa)) w.remove_prefix(kWaw.size());
  // A present prefix (ي، ت) or a past suffix (ت، وا) around the stem.
  bool affix = false;
  if (StartsWith(w, "\u064A") || StartsWith(w, kTa)) w.remove_prefix(2), affix = true;
  if (EndsWith(w, kTa)) {
    w.remove_suffix(2), affix = true;
  } else if (EndsWith(w, "\u0648\u0627")) {
    w.remove_suffix(4), affix = true;
  }
  // The stems in the view (أ and ى folded): كان/يكون، أصبح/يصبح، بات،
  // صار/يصير، أضحى، زال/يزال; ظل only with an affix (يظل، ظلت), since
  // في ظل is "under".
  static constexpr std::string_view kStems[] = {
      "\u0643\u0627\u0646", "\u0643\u0648\u0646", "\u0627\u0635\u0628\u062D", "\u0635\u0628\u062D",
      "\u0628\u0627\u062A", "\u0635\u0627\u0631", "\u0635\u064A\u0631", "\u0627\u0636\u062D\u064A",
      "\u0632\u0627\u0644"};
  for (std::string_view s : kStems) {
    if (w == s) return true;
  }
  return affix && w == "\u0638\u0644";
}

bool QuoteDoc::IsPossessedMasdar(int t) const {
  return !(AnyCls(t) & kPronoun) && HasPossessive(t) && (Morph(t).classes & kMasdar);
}

bool QuoteDoc::IsHalParticiple(int t) const {
  if (!IsWord(t) || IsDefinite(t)) return false;
  const std::string_view w = Word(t);
  // م, three letters of the root at least, and the accusative ا.
  constexpr std::string_view kMim = "\u0645", kAlif = "\u0627";
  if (w.size() < 10 || !StartsWith(w, kMim) || !EndsWith(w, kAlif)) return false;
  const WordMorph& m = Morph(t);
  return (m.classes & kParticiple) && !(m.classes & (kFunctionWord | kProperName | kUnknown)) &&
         m.split.enclitic == Enclitic::kNone;
}

bool QuoteDoc::IsSimpleHalParticiple(int t) const {
  // رافضا، واعدا، شاكرا: the pattern فاعل in the accusative, five letters
  // with an alif second and last, a participle to the dictionary, and what
  // it governs right after it: a definite object or a preposition (not
  // دائما ما, an adverb).
  if (!IsWord(t) || IsDefinite(t) || !IsWord(t + 1)) return false;
  const std::string_view w = Word(t);
  constexpr std::string_view kAlif = "\u0627", kMim = "\u0645";
  if (w.size() != 10 || w.substr(2, 2) != kAlif || !EndsWith(w, kAlif) || StartsWith(w, kMim)) return false;
  if (AnyCls(t) & (kAdjunct | kStop | kGivenName | kTitle)) return false;
  if (!(IsDefinite(t + 1) || (Cls(t + 1) & kPrep) ||
        (!IsDefinite(t + 1) && (Morph(t + 1).split.proclitics & (kPrepBi | kPrepLi)))))
    return false;
  const WordMorph& m = Morph(t);
  return (m.classes & kParticiple) && !(m.classes & (kFunctionWord | kProperName | kUnknown)) &&
         m.split.enclitic == Enclitic::kNone;
}

bool QuoteDoc::HasPossessive(int t) const {
  if (!IsWord(t) || IsDefinite(t)) return false;
  const std::string_view w = Word(t);
  if (w.size() < 8) return false;
  // Only a word that ends in ه or هم / هن / ها / هما can carry one: the
  // dictionary is asked about those alone.
  const std::string_view h = "\u0647";
  if (!EndsWith(w, h) && !EndsWith(w.substr(0, w.size() - 2), h)) {
    if (!EndsWith(w, "\u0647\u0645\u0627")) return false;
  }
  // The dictionary reads the word as a noun with a third-person pronoun
  // (not a name that ends in ها or ه: أبها، عبدالله).
  const WordMorph& m = Morph(t);
  if (!(m.classes & kNominal) || (m.classes & kProperName)) return false;
  if (m.split.enclitic == Enclitic::kNone && HasPronounSuffix(t)) {
    // حديثه، خطابه: the analysis view folds ة into ه, so the dictionary
    // found the whole word as حديثة. Written with ه, it is the noun before
    // the pronoun when the dictionary knows that noun.
    const std::string_view stem = w.substr(0, w.size() - kHa.size());
    const WordMorph sm = Morphology::Get().Analyze(absl::string_view(stem.data(), stem.size()));
    return (sm.classes & kNominal) && !(sm.classes & (kProperName | kUnknown));
  }
  switch (m.split.enclitic) {
    case Enclitic::k3ms:
      return HasPronounSuffix(t);  // ه in the caller's spelling, not ة
    case Enclitic::k3fs:
    case Enclitic::k3d:
    case Enclitic::k3mp:
    case Enclitic::k3fp:
      return true;
    default:
      return false;
  }
}

bool QuoteDoc::IsVerbOnly(int t) const {
  if (!IsWord(t)) return false;
  const uint16_t c = Morph(t).classes;
  return (c & kVerbAny) && !(c & (kNominal | kFunctionWord | kUnknown | kProperName));
}

bool QuoteDoc::SubjectInSuffix(int t) const { return IsVerbOnly(t) && PluralAgreementOnly(t); }

bool QuoteDoc::PluralAgreementOnly(int t) const {
  if (!IsWord(t)) return false;
  const uint16_t a = Morph(t).agreement;
  return (a & (kAgr3md | kAgr3fd | kAgr3mp | kAgr3fp)) && !(a & (kAgr3ms | kAgr3fs | kAgr1s | kAgr1p));
}

const WordMorph& QuoteDoc::Morph(int t) const {
  if (!morph_done_[t]) {
    // On first use: most words are never asked about.
    const std::string_view w = Word(t);
    WordMorph& m = morph_[t];
    // (A final ه the text writes as ة is no pronoun: شبوة.)
    const bool ta_marbuta = EndsWith(w, kHa) && EndsInOriginal(t, kTaMarbuta);
    m = Morphology::Get().Analyze(absl::string_view(w.data(), w.size()), ta_marbuta);
    // النادي السعودي بيوجين after في مدينة يوجين: a word the dictionary does
    // not know that starts with ب or ل, whose rest the document writes as a
    // word of its own, is that word (a place or a name the dictionary
    // lacks) with the preposition.
    if ((m.classes & kUnknown) && m.split.proclitics == 0 && w.size() >= 8 &&
        (StartsWith(w, kBa) || StartsWith(w, kLam)) && !StartsWith(w.substr(kBa.size()), kAl) &&
        DocumentHasWord(w.substr(kBa.size()))) {
      m.split.proclitics = StartsWith(w, kBa) ? kPrepBi : kPrepLi;
      m.split.stem_begin = static_cast<uint8_t>(kBa.size());
    }
    morph_done_[t] = 1;
  }
  return morph_[t];
}

bool QuoteDoc::DocumentHasWord(std::string_view w) const {
  // (A scan, asked a few times a document: the length is compared first.)
  for (int t = 0; t < N(); ++t) {
    if (IsWord(t)) {
      const std::string_view x = Word(t);
      if (x.size() == w.size() && x == w) return true;
    }
  }
  return false;
}

bool QuoteDoc::IsObliquePlural(int t) const {
  if (!IsWord(t) || !IsDefinite(t) || (Cls(t) & (kGivenName | kTitle))) return false;
  const std::string_view w = Word(t);
  if (w.size() < 14 || !EndsWith(w, "\u064A\u0646")) return false;  // ال + 3 letters + ين
  const WordMorph& m = Morph(t);
  return (m.classes & kNominal) && !(m.classes & (kProperName | kUnknown));
}

bool QuoteDoc::IsObliqueHamza(int t) const {
  if (!IsWord(t)) return false;
  std::string_view w = Word(t);
  // The pronoun: ه، ها، هم، هما، هن.
  for (std::string_view p : {"\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0647"}) {
    if (EndsWith(w, p) && w.size() > p.size() + 6) {
      // (The view writes ة as ه: قراءة is no pronoun.)
      if (p.size() == 2 && !EndsInOriginal(t, p)) return false;
      w.remove_suffix(p.size());
      // ا then ء (accusative) or ئ (genitive).
      return EndsWith(w, "\u0627\u0621") || EndsWith(w, "\u0627\u0626");
    }
  }
  return false;
}

bool QuoteDoc::IsPresentVerb(int t) const {
  if (!IsWord(t)) return false;
  const std::string_view w = Word(t);
  if (!StartsWith(w, "\u064A") && !StartsWith(w, kTa)) return false;  // ي، ت
  const WordMorph& m = Morph(t);
  return m.classes == kVerbPresent && m.split.enclitic == Enclitic::kNone &&
         m.split.stem_begin == 0;
}

bool QuoteDoc::IsVerb(int t) const { return IsWord(t) && (Morph(t).classes & kVerbAny); }

bool QuoteDoc::IsNameWord(int t) const {
  return IsWord(t) && (Morph(t).classes & (kUnknown | kProperName)) && !HasDigit(t);
}

bool QuoteDoc::HasPronounSuffix(int t) const {
  return EndsWith(Word(t), kHa) && EndsInOriginal(t, kHa);
}

bool QuoteDoc::EndsInOriginal(int t, std::string_view letter) const {
  const uint32_t ob = text_.ToOriginalOffset(T(t).end - 1);
  return SV(text_.original()).substr(ob, letter.size()) == letter;
}

bool QuoteDoc::InLinkLine(uint32_t vb) const {
  for (const auto& [b, e] : link_lines_) {
    if (vb >= b && vb < e) return true;
  }
  return false;
}

uint32_t QuoteDoc::EndBeforeLinkLine(uint32_t vb, uint32_t ve) const {
  for (const auto& [b, e] : link_lines_) {
    if (b > vb && b < ve) return b;
  }
  return ve;
}

bool QuoteDoc::IsQad(int t) const {
  if (!IsWord(t)) return false;
  const std::string_view w = Word(t);
  return w == "\u0642\u062F" || w == "\u0648\u0642\u062F" || w == "\u0641\u0642\u062F" ||
         w == "\u0644\u0642\u062F";  // قد، وقد، فقد، لقد
}

bool QuoteDoc::OriginalHas(int t, std::string_view mark) const {
  const Span s = text_.ToOriginal(T(t).begin, T(t).end);
  const uint32_t ob = s.begin;
  uint32_t oe = s.end;
  const std::string_view orig = SV(text_.original());
  // (The diacritics after the last letter belong to the word too.)
  while (oe + 2 <= orig.size() && static_cast<unsigned char>(orig[oe]) == 0xD9 &&
         static_cast<unsigned char>(orig[oe + 1]) >= 0x8B && static_cast<unsigned char>(orig[oe + 1]) <= 0x92)
    oe += 2;
  return oe <= orig.size() && orig.substr(ob, oe - ob).find(mark) != std::string_view::npos;
}

std::string QuoteDoc::Orig(int tb, int te) const {
  const Span s = text_.ToOriginal(T(tb).begin, T(te - 1).end);
  return std::string(text_.original().substr(s.begin, s.size()));
}

}  // namespace dhad::internal
