#include "analysis/internal/attribution.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

namespace dhad::internal {
namespace {

// الآتي، الآتية، التالي، التالية in the view: "the following".
bool IsTheFollowing(std::string_view w) {
  return w == "\u0627\u0644\u0627\u062A\u064A" || w == "\u0627\u0644\u0627\u062A\u064A\u0647" ||
         w == "\u0627\u0644\u062A\u0627\u0644\u064A" || w == "\u0627\u0644\u062A\u0627\u0644\u064A\u0647";
}

// لي، لنا: "to me", "to us", the speaker's addressee in a column or an
// interview.
bool IsToFirstPerson(std::string_view w) { return w == "\u0644\u064A" || w == "\u0644\u0646\u0627"; }

// عندما، حين، حينما، لما، بعدما (with و or ف): the conjunctions that open
// a clause of time before the main clause.
bool IsTimeSubordinator(std::string_view w) {
  if (StartsWith(w, "\u0648") || StartsWith(w, "\u0641")) w.remove_prefix(2);
  return w == "\u0639\u0646\u062F\u0645\u0627" || w == "\u062D\u064A\u0646" ||
         w == "\u062D\u064A\u0646\u0645\u0627" || w == "\u0644\u0645\u0627" ||
         w == "\u0628\u0639\u062F\u0645\u0627";
}

// اعتبره، عدها: a verb of judgment whose cue word carries the thing judged
// as its object pronoun (the word list gives these forms whole); the
// judgment, a bare noun phrase, follows the subject.
bool JudgesItsPronoun(const CueEntry& ce) {
  // (Not اتهم، يتهم: they end in هم as written and take an object.)
  if (!ce.np || ce.obj || ce.cls != CueClass::kVerb || ce.words.size() != 1) return false;
  return StripObjectPronoun(ce.words[0]).size() != ce.words[0].size();
}

// القرار الذي اعتبره X، الأزمة التي اعتبرها X: the pronoun agrees with the
// relative before the verb, which is then its object and X the subject.
// (الذي اعتبرها: a pronoun of the other gender is someone else's; the
// relative is the subject.)
// (Also a complementizer with its pronoun after the verb's subject: the
// relative is resumed in what was said, not the speaker: المزادات التي
// تعتقد مصادر السوق أنها ...)
bool PronounAgreesWithRelative(std::string_view w, std::string_view rel) {
  if (EndsWith(w, "\u0647\u0627")) return rel == "\u0627\u0644\u062A\u064A";                    // التي
  if (EndsWith(w, "\u0647\u0645")) return rel == "\u0627\u0644\u0630\u064A\u0646";              // الذين
  return EndsWith(w, "\u0647") && rel == "\u0627\u0644\u0630\u064A";                              // الذي
}

bool PronounAgreesWithRelative(const CueEntry& ce, std::string_view rel) {
  return PronounAgreesWithRelative(ce.words[0], rel);
}

}  // namespace

std::vector<Cand> Attributor::Run() {
  CancelPoller* poll = d_.poll();
  consumed_.assign(cues_.size(), false);
  for (int i = 0; i < static_cast<int>(cues_.size()); ++i) {
    if (poll->Cancelled()) return {};
    Attach(i);
  }
  if (poll->CancelledNow()) return {};
  AddContinuations();
  DropRelays();
  Select();
  // No quote in the line that links the story, which repeats a headline;
  // none whose cue is asked about in a question (هل ترى أن ...؟، لماذا
  // ينصح الطبيب بـ ...؟: the guide leaves hypothetical speech out). A
  // content that runs into a link line ends before it.
  cands_.erase(std::remove_if(cands_.begin(), cands_.end(),
                              [&](const Cand& c) { return d_.InLinkLine(c.vb) || AskedAbout(c.qb); }),
               cands_.end());
  for (Cand& c : cands_) c.ve = d_.EndBeforeLinkLine(c.vb, c.ve);
  return std::move(cands_);
}

// وذكرت الوكالة أن الوزير قال إن ...، وأفاد البيان أن سموه قال: the outlet
// or the statement that reports what a person or body said only relays it
// (the guide annotates the original source, not the relay). When the
// clause an outlet's cue reports opens with the subject of a cue of its
// own, the outer quote goes and the inner one stays. (Not a report or a
// study, whose findings are its own; nor an inner subject that is itself
// an outlet or a bare word of no class: ان الأمر يدعو إلى.)
void Attributor::DropRelays() {
  const auto outlet = [&](int t) {
    return ((d_.AnyCls(t) & kDocument) && (d_.AnyCls(t) & kSetting)) ||
           ((d_.AnyCls(t) & kAddressee) && !(d_.AnyCls(t) & kTitle));
  };
  // Where the speakers of the cues after their subject begin (view bytes).
  std::vector<uint32_t> subjects;
  for (const Cand& c : cands_) {
    if (c.sb < 0 || c.se <= c.sb || c.qb < c.se || !d_.IsWord(c.sb) || outlet(c.sb) ||
        (c.se - c.sb == 1 && d_.AnyCls(c.sb) == 0 && !d_.IsNameWord(c.sb)))
      continue;
    subjects.push_back(d_.T(c.sb).begin);
  }
  if (subjects.empty()) return;
  std::sort(subjects.begin(), subjects.end());
  cands_.erase(std::remove_if(cands_.begin(), cands_.end(),
                              [&](const Cand& c) {
                                return c.kind == QuoteKind::kIndirect && c.sb >= 0 && c.se > c.sb &&
                                       d_.IsWord(c.sb) && outlet(c.sb) &&
                                       std::binary_search(subjects.begin(), subjects.end(), c.vb);
                              }),
               cands_.end());
}

void Attributor::Attach(int i) {
  if (consumed_[i]) return;
  const CueEntry& ce = d_.Entry(i);
  const int lim = d_.SentEnd(cues_[i].begin);
  switch (ce.cls) {
    case CueClass::kPrep:
      AttachPrep(i, lim);
      return;
    case CueClass::kVerb:
      // (A cue with an addressee reports only what follows it.)
      if (ce.addr.empty() && AttachDemonstrative(i, lim)) return;
      if (ce.addr.empty() && AttachPostposed(i, lim)) return;
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

std::pair<int, int> Attributor::SubjectBefore(int cb, bool with_fa, bool plural) const {
  // The verb carries ف only after أما (أما الوزيرة فأوضحت); without a
  // proclitic, after إن / أن / لكن.
  static constexpr std::string_view kAmma = "\u0627\u0645\u0627";  // أما in the view
  if (with_fa && !StartsWith(d_.Word(cb), kFa)) return {cb, cb};
  const int lo = std::max(d_.SentStart(cb), cb - 14);
  for (int s0 = cb - 1; s0 > lo; --s0) {
    if (!d_.IsWord(s0 - 1)) continue;
    const std::string_view before = d_.Word(s0 - 1);
    const bool boundary = with_fa ? before == kAmma
                                  : ((d_.Cls(s0 - 1) & kComp) || before == kAmma ||
                                     // (لأن، وأن: with ل or و; not كأن,
                                     // which كان reads as too.)
                                     ((d_.AnyCls(s0 - 1) & kComp) &&
                                      (StartsWith(before, kLam) || StartsWith(before, kWaw))) ||
                                     before == "\u0644\u0643\u0646" ||
                                     before == "\u0648\u0644\u0643\u0646");  // لكن، ولكن
    if (!boundary || !d_.IsWord(s0) || d_.CueAt(s0) >= 0) continue;
    // (A phrase with a preposition is none: أما بالنسبة لفلان فوصفها.)
    if ((d_.Morph(s0).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) && !d_.IsNameWord(s0)) return {cb, cb};
    // (The noun after لكن is in the accusative and may be indefinite: لكن
    // أقرباء له قالوا، لكن مصدرا بارزا في الجيش، أكد.)
    // (So is the noun of إن / أن, but a sound masculine plural only before
    // a plural verb: غير أن مختصين يقول عنهم الوزير has its subject after
    // the verb.)
    const bool sound_plural = EndsWith(d_.Word(s0), "\u064A\u0646") || EndsWith(d_.Word(s0), "\u0648\u0646");
    const bool after_lakin = before == "\u0644\u0643\u0646" || before == "\u0648\u0644\u0643\u0646" ||
                             ((d_.Cls(s0 - 1) & kComp) && (plural || !sound_plural));
    const bool lakin_noun = after_lakin && !d_.IsVerb(s0) && !d_.HasDigit(s0) && (d_.Morph(s0).classes & kNominal) &&
                            !(d_.Morph(s0).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) &&
                            !(d_.AnyCls(s0) & (kStop | kPrep | kAdjunct | kNeg | kSetting | kComp));
    // (غير أن محللين آخرين يقولون: an indefinite sound plural before a verb that
    // agrees with it in the plural.)
    // (A noun with a possessive pronoun is definite too: لو أن محاميه قالوا.)
    // (Or a name the dictionary does not know: أما كريبنر فنبهت.)
    if (!(lakin_noun || d_.IsDefinite(s0) || (d_.AnyCls(s0) & (kPronoun | kTitle)) || (d_.Cls(s0) & kGivenName) ||
          (d_.IsNameWord(s0) && !d_.IsVerb(s0) && !d_.HasDigit(s0) && d_.AnyCls(s0) == 0) ||
          (d_.HasPossessive(s0) && !d_.IsPossessedMasdar(s0) && !(d_.Morph(s0).classes & kAdjective)) ||
          (d_.IsWord(s0 + 1) && d_.IsDefinite(s0 + 1)) || ConstructChainEnd(s0, cb) > s0 + 1 ||
          (d_.PluralAgreementOnly(cb) && (d_.Morph(s0).nominal & (kNomPlural | kNomDual)) &&
           !(d_.Morph(s0).nominal & kNomSingular) && !d_.IsVerb(s0)) ||
          // (Or a sound plural in ـين / ـون before a verb the cue table
          // lists as plural, which the dictionary may read otherwise: غير
          // أن محللين يرون.)
          (plural && sound_plural &&
           (d_.Morph(s0).classes & kNominal) && !d_.IsVerb(s0) && !d_.IsNameWord(s0) && d_.AnyCls(s0) == 0) ||
          // (Or a family name the text gave in full before, right before
          // the verb, though the dictionary reads it as one: غير أن فلان
          // أكد. Asked last: it searches the document.)
          (s0 + 1 == cb && !d_.IsDefinite(s0) && !(d_.AnyCls(s0) & (kTitle | kClassNoun | kDocument)) &&
           m_.FamilyNameOfEarlierName(s0))))
      return {cb, cb};
    // (لأن النائب العام السابق كان قد قال: كان and قد stand between the
    // subject and its verb; so do its sisters, أن البحرية باتت تعتبر.)
    int vb = cb;
    while (vb - 1 > s0 && (d_.IsQad(vb - 1) || d_.IsKana(vb - 1) || d_.IsKanaSister(vb - 1)) &&
           !StartsWith(d_.Word(vb - 1), kWaw))
      --vb;
    // (Not after another verb: القوائم ستكون قد أعلنت is a passive.)
    if (vb < cb && d_.IsVerbOnly(vb - 1)) return {cb, cb};
    // (Nor after a comma and ف, which opens a clause of its own: يشعر أن
    // فرحته ناقصة، فقد كان يتمنى.)
    if (!with_fa && d_.IsComma(vb - 1) && StartsWith(d_.Word(vb), kFa)) return {cb, cb};
    auto [pb, pe] = m_.SpeakerPhrase(s0, vb, false, nullptr);
    if (pb != s0) return {cb, cb};
    // X، Y، قال: a name or role between commas in apposition.
    if (pe < vb && d_.IsComma(vb - 1)) {
      const int ae = m_.ThroughApposition(pe, vb - 1);
      pe = ae != pe ? ae : m_.ThroughDescription(pe, vb - 1);
    }
    // (An indefinite noun after لكن is the subject only with no verb
    // before the cue: لكن راقية سارعت تقول has its own verb.)
    if (lakin_noun && !d_.IsDefinite(s0)) {
      for (int k = s0 + 1; k < pe; ++k) {
        if (d_.IsWord(k) && d_.IsVerbOnly(k) && !(d_.AnyCls(k) & (kGivenName | kTitle))) return {cb, cb};
      }
    }
    // (No complementizer inside: عبدالغني سبق وأن أعلن is a clause of its
    // own before the verb.)
    for (int k = pb + 1; k < pe; ++k) {
      if (d_.IsWord(k) && (d_.AnyCls(k) & (kComp | kCompNeg))) return {cb, cb};
    }
    if (pe == vb || (pe == vb - 1 && d_.IsComma(vb - 1))) return {pb, WithoutRelative(pb, pe)};
    return {cb, cb};
  }
  return {cb, cb};
}

int Attributor::SkipBeforeSubject(int k, int lim, bool relay) const {
  for (int guard = 0; guard < 4 && k < lim && d_.IsWord(k); ++guard) {
    const std::string_view w = d_.Word(k);
    // A bare time adverb (أمس، اليوم، مساء، أيضا), not a preposition that
    // takes an object (بعد، خلال).
    if ((d_.Cls(k) & kAdjunct) && (!(d_.Cls(k) & kGoverns) || (d_.Cls(k + 1) & kAdjunct))) {
      // (With the definite adjectives of a definite one: الأسبوع الماضي،
      // العام المقبل.)
      const bool definite = d_.IsDefinite(k);
      ++k;
      // (أمس الأول: the day before yesterday.)
      if (w == "\u0627\u0645\u0633" && k < lim && d_.IsWord(k) && d_.Word(k) == "\u0627\u0644\u0627\u0648\u0644") ++k;
      while (definite && k < lim && d_.IsWord(k) && d_.IsDefinite(k) && d_.IsAdjectiveLike(k) &&
             !d_.IsNameWord(k) && !(d_.AnyCls(k) & (kTitle | kGivenName | kClassNoun | kDocument)))
        ++k;
      continue;
    }
    // لـ«الوطن»، لـ"سبق": the newspaper the speaker talked to; لقناة «سكاي
    // نيوز» البريطانية: the addressee's quoted name and adjectives.
    const int a = AddresseeEnd(k);
    if (a > k) {
      const bool paper = w == kLam || w == "\u0644\u0640";  // لـ«الوطن»
      const int k0 = k;
      k = a;
      if (paper) {
        // وقال لـ«الوطن»، الدكتور ...: a comma may close the addressee.
        if (d_.IsComma(k) && d_.IsWord(k + 1)) ++k;
      } else if (d_.T(k - 1).kind == QTokKind::kMark) {
        while (k < lim && d_.IsWord(k) && d_.IsDefinite(k) && d_.IsAdjectiveLike(k)) ++k;
      } else if (a == k0 + 1 && !d_.IsDefinite(k0)) {
        // لوكالة الأنباء الألمانية (د.ب.أ): a noun in the construct state
        // takes its genitive, the adjectives after it and the name's
        // abbreviation in parentheses; none of it is the speaker.
        while (k < lim && d_.IsWord(k) && d_.IsDefinite(k) && !d_.IsNameWord(k) &&
               !(d_.AnyCls(k) & (kTitle | kGivenName | kDocument)))
          ++k;
        if (k > a && d_.IsPunct(k, U'(')) {
          for (int c = k + 1; c <= k + 8 && c < lim; ++c) {
            if (d_.IsPunct(c, U')')) {
              k = c + 1;
              break;
            }
          }
        }
      }
      continue;
    }
    // وبين من جهته فلان، وأكدت من جانبها الوزارة: the discourse adverb
    // of its side, like بدوره, before the subject.
    if (w == "\u0645\u0646" && d_.IsWord(k + 1) && k + 2 < lim && d_.IsWord(k + 2)) {
      const std::string_view n = d_.Word(k + 1);
      bool side = false;
      for (std::string_view stem : {"\u062C\u0647\u062A", "\u062C\u0627\u0646\u0628", "\u0646\u0627\u062D\u064A\u062A"}) {
        if (!StartsWith(n, stem)) continue;  // جهت، جانب، ناحيت with his, her or their pronoun
        const std::string_view pron = n.substr(stem.size());
        side = pron == "\u0647" || pron == "\u0647\u0627" || pron == "\u0647\u0645";
        break;
      }
      if (side) {
        k += 2;
        continue;
      }
    }
    // بيان أعلنت فيه الوزارة، كلمة أكد خلالها الوزير: the resumptive
    // pronoun of a relative clause stands between the verb and its subject.
    if (IsResumptiveFi(w) || w == "\u062E\u0644\u0627\u0644\u0647" || w == "\u062E\u0644\u0627\u0644\u0647\u0627") {
      ++k;
      continue;
    }
    // الوضع الذي قالت عنه المستشارة، وقال له المدير، وقال لي يوسف: a
    // preposition with a pronoun (about it, to him, to me) before the
    // subject. (Not after a verb that relays: نقلت عنه الوكالة names its
    // source.)
    if (!relay && d_.IsWord(k + 1) && !(d_.Cls(k + 1) & kComp) && d_.CueAt(k + 1) < 0 &&
        (w == "\u0639\u0646\u0647" || w == "\u0639\u0646\u0647\u0627" || w == "\u0644\u0647" ||
         w == "\u0644\u0647\u0627" || w == "\u0644\u0647\u0645")) {
      ++k;
      continue;
    }
    // (To me, to us: لي، لنا, only before a person's name or title, وقال لي
    // يوسف؛ more often the words or a circumstantial follow them, وقال لي
    // وهو يبتسم، روى لنا مرافقنا قصة.)
    if (!relay && IsToFirstPerson(w) && d_.IsWord(k + 1) &&
        !StartsWith(d_.Word(k + 1), kWaw) && !d_.HasPossessive(k + 1) &&
        ((d_.Cls(k + 1) & kGivenName) || (d_.AnyCls(k + 1) & kTitle) || d_.IsNameWord(k + 1))) {
      ++k;
      continue;
    }
    // (Or any short noun phrase that what was said follows at once, after
    // a colon, a complementizer or a quotation: وقالت لي زوجته إنه، يقول لي
    // أصدقائي: «...»، روى لنا مرافقنا: ...)
    if (!relay && IsToFirstPerson(w) && d_.IsWord(k + 1) &&
        !StartsWith(d_.Word(k + 1), kWaw) && d_.CueAt(k + 1) < 0 && !d_.IsVerbOnly(k + 1) &&
        !(d_.Morph(k + 1).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) && !IsTheFollowing(d_.Word(k + 1)) &&
        !(d_.AnyCls(k + 1) & (kComp | kCompNeg | kStop | kPrep | kAdjunct | kNeg | kRelative | kPronoun))) {
      const auto [pb, pe] = m_.SpeakerPhrase(k + 1, lim, false, nullptr);
      bool verb = false;
      for (int t = pb + 1; t < pe && !verb; ++t) verb = d_.IsVerbOnly(t);
      if (pb == k + 1 && pe > pb && pe - pb <= 4 && pe < lim && !verb && !d_.IsPossessedMasdar(pb) &&
          (d_.IsPunct(pe, U':') || (d_.Cls(pe) & kComp) || d_.OpenTop(pe) >= 0)) {
        ++k;
        continue;
      }
    }
    break;
  }
  return k;
}

int Attributor::AddresseeObjectEnd(const CueEntry& ce, int k, int lim) const {
  const int start = k;
  if (!d_.AddresseePrepAt(ce, k)) return start;
  if (ce.addr != kBa) ++k;  // من written apart
  if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg | kRelative | kNeg))) return start;
  return AddresseePhraseEnd(k, lim, k == start && ce.addr == kBa);
}

int Attributor::AddresseePhraseEnd(int k, int lim, bool with_ba) const {
  // (كل، جميع، كافة: the quantifier and its noun.)
  std::string_view head = d_.Word(k);
  if (with_ba) head.remove_prefix(kBa.size());
  int e = k + 1;
  if (QuoteDoc::IsQuantifierWord(head) && d_.IsWord(e)) ++e;
  bool prev_definite = d_.IsDefinite(e - 1);
  bool name = (d_.Cls(e - 1) & kGivenName) || d_.IsNameWord(e - 1);
  for (; e < lim && e < k + 8 && d_.IsWord(e); ++e) {
    if (d_.CueAt(e) >= 0 || (d_.Cls(e) & (kComp | kCompNeg | kRelative | kPrep | kStop))) break;
    const bool is_name = (d_.Cls(e) & kGivenName) || d_.IsNameWord(e);
    const bool definite = d_.IsDefinite(e);
    const uint16_t morph = d_.Morph(e).classes;
    // A definite genitive after an indefinite head (قائدي المركبات، وزير
    // الدفاع), a name and the definite word after it (خالد العبيدي), a
    // definite adjective after a definite word (المعلمين الجدد).
    const bool genitive = definite && !prev_definite && !name && !StartsWith(d_.Word(e), kLamLam);
    const bool adjective = definite && prev_definite && !(morph & kMasdar) &&
                           (d_.IsAdjectiveLike(e) || (morph & (kAdjective | kParticiple)));
    if (!(genitive || adjective || is_name || (definite && name))) break;
    prev_definite = definite || is_name;
    name = is_name;
  }
  return e;
}

int Attributor::AddresseeEnd(int k) const {
  if (!d_.IsWord(k)) return k;
  const std::string_view w = d_.Word(k);
  // لـ«الوطن»
  if ((w == kLam || w == "\u0644\u0640") && d_.OpenTop(k + 1) >= 0) return qt_.pairs[d_.OpenTop(k + 1)].close + 1;
  // لـ(الصحيفة): the paper's name in parentheses.
  if ((w == kLam || w == "\u0644\u0640") && d_.IsPunct(k + 1, U'(')) {
    for (int c = k + 3; c <= k + 5 && c < d_.N(); ++c) {
      if (d_.IsPunct(c, U')')) return c + 1;
      if (!d_.IsWord(c)) break;
    }
  }
  // للصحافيين، لقناة «المجد»
  if (StartsWith(w, kLam) && (d_.ClsCl(k) & kAddressee)) {
    const int p = d_.OpenTop(k + 1);
    return p >= 0 && m_.IsNameLike(p) ? qt_.pairs[p].close + 1 : k + 1;
  }
  return k;
}

bool Attributor::CarrierComplementizerAt(int t) const {
  if (!d_.IsWord(t) || !(d_.Cls(t) & kComp) || !d_.IsWord(t - 1) || !(d_.AnyCls(t - 1) & kConnective)) return false;
  const std::string_view w = d_.Word(t);
  return EndsWith(w, "\u0647") || EndsWith(w, kHaAlif) || EndsWith(w, kHum) || EndsWith(w, "\u0647\u0645\u0627");
}

bool Attributor::AttachDemonstrative(int i, int lim) {
  const Cue& cue = cues_[i];
  if (!d_.IsWord(cue.end)) return false;
  // (Not in a relative clause, whose demonstrative is the verb's object:
  // وتقول الوكالة التي نقلت هذه الصور، إن ...)
  if (d_.IsWord(cue.begin - 1) && (d_.Cls(cue.begin - 1) & kRelative)) return false;
  // (Or with the ب of a verb that takes it: صرح بذلك، أفاد بهذا; not
  // before a definite noun it points to, وقال بهذا الخصوص.)
  std::string_view dem = d_.Word(cue.end);
  if (StartsWith(dem, kBa)) {
    if (d_.IsWord(cue.end + 1) && d_.IsDefinite(cue.end + 1)) return false;
    dem.remove_prefix(kBa.size());
  }
  if (dem != "\u0630\u0644\u0643" && dem != "\u0647\u0630\u0627") return false;  // ذلك، هذا
  const auto [sb, se] = m_.SpeakerPhrase(cue.end + 1, lim, false, &d_.Entry(i));
  if (se <= sb) return false;
  // A complementizer or a colon after a definite phrase opens what was
  // said: the demonstrative belongs to the subject (وأكد هذا المسؤول أن
  // ...; not يؤكد ذلك حقيقة أن ..., where حقيقة is the subject).
  if (d_.IsDefinite(cue.end + 1) && ((d_.Cls(se) & kComp) || d_.IsPunct(se, U':'))) return false;
  // What ذلك points back to: the clause before the cue in its sentence, or
  // the sentence before it in the same paragraph.
  int end = cue.begin;
  while (end > 0 && d_.T(end - 1).kind == QTokKind::kPunct) --end;
  int start = d_.SentStart(cue.begin);
  if (start >= end) {
    if (end == 0 || qt_.para_of[qt_.sent_of[end - 1]] != qt_.para_of[qt_.sent_of[cue.begin]])
      return false;
    start = d_.SentStart(end - 1);
  }
  start = d_.SkipOpener(start, end);
  if (end - start < 3) return false;
  // The whole region is reported: a quoted name or a cue inside it is part
  // of what the speaker said, not a quote of its own.
  Cand c = Base(i, sb, se);
  c.conf = 0.9f;
  c.vb = d_.T(start).begin;
  c.ve = d_.T(end - 1).end;
  c.kind = QuoteKind::kIndirect;
  cands_.push_back(c);
  // (صرح بذلك فلان، الذي بين أن ...: the speaker's relative clause
  // reports more, which the forward search takes.)
  const int rel = d_.IsComma(se) ? se + 1 : se;
  return !(d_.IsWord(rel) && (d_.Cls(rel) & kRelative) && d_.IsWord(rel + 1) &&
           (d_.CueAt(rel + 1) >= 0 || (d_.IsVerb(rel + 1) && (d_.Cls(rel + 2) & kComp))));
}

bool Attributor::AttachPostposed(int i, int lim) {
  const Cue& cue = cues_[i];
  // A cue after its content stands without a conjunction (، قال X); وقال
  // and فقال open a new clause.
  if (d_.Word(cue.begin) != d_.Entry(i).words[0]) return false;
  int p = cue.begin - 1;
  if (p < d_.SentStart(cue.begin)) {
    // «...». يقول X، ويضيف: ...: a sentence that is one quotation, then a
    // sentence that opens with the cue and its speaker.
    if (p < 1 || !d_.IsStrongEnd(p) || d_.T(p).para_before || d_.T(cue.begin).para_before) return false;
    const int closed = d_.CloseTop(p - 1);
    if (closed < 0 || m_.IsNameLike(closed) || d_.WordsIn(qt_.pairs[closed]) < 4 ||
        d_.SkipOpener(d_.SentStart(p), qt_.pairs[closed].open) != qt_.pairs[closed].open)
      return false;
    const auto [sb, se] = m_.SpeakerPhrase(cue.end, lim, false, &d_.Entry(i));
    if (se <= sb) return false;
    int after = SkipTail(se, lim);
    // (The speaker may take a relative clause: يقول X الذي يعد ...; or a
    // circumstantial participle: يقول X مؤكدا ...)
    if (!(after >= lim || d_.IsStrongEnd(after) || (d_.Cls(after) & kRelative) ||
          (d_.IsComma(after) && d_.IsWord(after + 1) && d_.CueAt(after + 1) >= 0) ||
          (d_.CueAt(after) >= 0 && d_.cues()[d_.CueAt(after)].begin == after &&
           d_.Entry(d_.CueAt(after)).cls == CueClass::kParticiple)))
      return false;
    Cand base = Base(i, sb, se);
    base.conf = 0.9f;
    PushPair(closed, base, QuoteKind::kDirect);
    return !d_.IsComma(after);
  }
  // «...» هكذا قال X: the adverb points back at the quotation.
  if (d_.IsWord(p) && d_.Word(p) == "\u0647\u0643\u0630\u0627") --p;  // هكذا
  // «...»، كما يقول X: "as X says" after what was said.
  int qb = cue.begin;
  if (d_.IsKama(p) &&
      d_.IsComma(p - 1)) {
    qb = p;
    --p;
  }
  if (d_.IsComma(p)) --p;
  if (p < d_.SentStart(cue.begin)) return false;
  auto [sb, se] = m_.SpeakerPhrase(cue.end, lim, false, &d_.Entry(i));
  // (A name in quotation marks, كما تقول «الشركة»; the emphatic after the
  // speaker, كما يقول هو نفسه.)
  if (const int q = d_.OpenTop(cue.end);
      se <= sb && q >= 0 && qt_.pairs[q].open == cue.end && m_.IsNameLike(q) && d_.WordsIn(qt_.pairs[q]) <= 3) {
    sb = cue.end;
    se = qt_.pairs[q].close + 1;
  }
  if (se > sb && d_.IsWord(se) && IsEmphaticSelf(d_.Word(se))) ++se;
  // (...، كما أعرب عدد من الشركات عن اهتمام مماثل: with what the verb
  // governs after its subject, كما is "also" and the verb reports forward;
  // not with ذلك after it, which points back: كما أشارت دراسات إلى ذلك.)
  if (qb < cue.begin && se > sb && d_.IsWord(se) &&
      ((d_.Cls(se) & kComp) || (d_.GovernsAt(d_.Entry(i), se) && d_.IsWord(se + 1) &&
                                d_.Word(se + 1) != "\u0630\u0644\u0643" && !m_.IsDemonstrative(d_.Word(se + 1)))))
    return false;
  int after = se > sb ? se : cue.end;
  after = SkipTail(after, lim);
  const int closed = d_.CloseTop(p);
  // (...، كما يوضح X، مبينا أن ...: a circumstantial participle after
  // the speaker goes on with the same speaker, as a verb with و does:
  // ...، كما يقول X، ويضيف أن ...)
  const int next_cue = d_.IsComma(after) ? d_.CueAt(after + 1) : -1;
  const bool ends = after >= lim || d_.IsStrongEnd(after) ||
                    (d_.IsComma(after) && d_.OpenTop(after + 1) >= 0) ||
                    (se > sb && next_cue >= 0 && d_.cues()[next_cue].begin == after + 1 &&
                     (d_.Entry(next_cue).cls == CueClass::kParticiple ||
                      (d_.Entry(next_cue).cls == CueClass::kVerb && StartsWith(d_.Word(after + 1), kWaw))));
  // After "as X says" and a comma, the words go on in one of three ways.
  // A clause about the speaker (...، كما يقول فلان، الذي ...، وهو ...) or
  // a new clause (...، لكن ...، و...) leaves what was said before the cue.
  // Any other word continues the clause that the phrase interrupts (إذا
  // سيطر التنظيم على الحقول، كما يقول فلان، فستتحول ...): what was said is
  // that whole clause, with the cue and the speaker inside it, as with
  // وفقا لـ (AttachPreposition).
  const bool as_says = qb < cue.begin && se > sb && d_.IsComma(after) && d_.IsWord(after + 1) && !ends;
  const int w = after + 1;
  const bool about_speaker = as_says && ((d_.Cls(w) & kRelative) || d_.IsWawPronoun(w));
  const bool new_clause = as_says && !about_speaker && ((d_.Cls(w) & kConnective) || d_.SkipOpener(w, w + 1) > w);
  // (Not a preposition or a setting, which belong to the cue: ...، كما كتب
  // فلان، تحت عنوان «...»)
  const bool interrupted = as_says && !about_speaker && !new_clause && closed < 0 && d_.CueAt(w) < 0 &&
                           !(d_.Cls(w) & (kComp | kCompNeg | kPrep)) &&
                           !(d_.AnyCls(w) & (kSetting | kAdjunct | kAddressee));
  if (!ends && !about_speaker && !new_clause && !interrupted) return false;
  Cand base = Base(i, sb, se);
  base.qb = qb;
  if (closed >= 0) {
    if (m_.IsNameLike(closed) && d_.WordsIn(qt_.pairs[closed]) < 3) return false;
    base.conf = se > sb ? 0.95f : 0.85f;
    PushPair(closed, base, QuoteKind::kDirect);
  } else {
    if (se <= sb || !d_.IsComma(qb - 1)) return false;
    const int cs = ClauseStartBefore(qb - 1);
    if (qb - 1 - cs < 3) {
      // One or two words before "as X says": the clause it interrupts
      // (والنتيجة، كما تقول الشركة، تكمن في ...), or only the journalist's
      // opener, after which what was said follows the phrase (لكن، كما
      // يقول فلان، ما زال ...).
      if (!interrupted) return false;
      const int ss = std::min(cs, d_.SentStart(qb));
      bool opener = ss < qb - 1;
      for (int t = ss; t < qb - 1 && opener; ++t) {
        const std::string_view x = d_.Word(t);
        opener = d_.IsWord(t) && (x == "\u0644\u0643\u0646" || x == "\u0648\u0644\u0643\u0646" ||
                                  (d_.AnyCls(t) & kConnective) || d_.SkipOpener(t, t + 1) > t);
      }
      if (opener) {
        Cand c = base;
        c.conf = 0.7f;
        c.vb = d_.T(w).begin;
        c.ve = d_.T(ClauseEnd(w) - 1).end;
        c.kind = QuoteKind::kIndirect;
        cands_.push_back(c);
        return true;
      }
      // (A subject: a definite noun, or a demonstrative before one.)
      if (cs >= qb - 1 || !d_.IsWord(cs) ||
          !(d_.IsDefinite(cs) || (Mentions::IsDemonstrative(m_.Head(cs)) && d_.IsDefinite(cs + 1))) ||
          d_.IsVerb(qb - 2))
        return false;
    }
    base.conf = 0.7f;
    if (interrupted) {
      // (The phrase interrupts the clause of its comma: ...، فإن المتشددين
      // تفرقوا، كما توقع فلان، ولجأوا ...)
      int b = qb - 2;
      while (b > cs && !d_.IsComma(b - 1)) --b;
      Cand c = base;
      c.vb = d_.T(b).begin;
      c.ve = d_.T(ClauseEnd(w) - 1).end;
      c.kind = QuoteKind::kIndirect;
      cands_.push_back(c);
      return true;
    }
    EmitRegion(cs, qb - 1, base);
  }
  if (d_.IsComma(after)) {
    const int q = d_.OpenTop(after + 1);
    if (q >= 0) {
      base.conf = se > sb ? 0.95f : 0.85f;
      PushPair(q, base, QuoteKind::kDirect);
    }
  }
  return true;
}

void Attributor::AttachForward(int i, int lim) {
  const Cue& cue = cues_[i];
  const CueEntry& ce = d_.Entry(i);
  int sb = -1, se = -1;
  int qb = cue.begin, qe = cue.end;
  bool strip_l = false;
  bool strip_w = false;
  bool statement = ce.statement;
  bool relative_between_commas = false;  // ...، الذي قال إن ...، ...
  bool from_antecedent = false;          // the speaker is the relative's antecedent
  bool disagrees = false;  // the phrase after a feminine verb is no subject
  bool finding = false;    // a document shows a noun phrase (CueEntry::finding)
  // الذي قال / التي أكدت: a verb right after a relative pronoun, and the
  // noun phrase before the relative (empty when it names no person or
  // office).
  bool after_relative = ce.cls == CueClass::kVerb && d_.Word(cue.begin) == ce.words[0] &&
                        d_.IsWord(cue.begin - 1) && (d_.Cls(cue.begin - 1) & kRelative);
  std::pair<int, int> antecedent =
      after_relative ? PhraseBefore(d_.IsComma(cue.begin - 2) ? cue.begin - 2 : cue.begin - 1, cue.begin - 1)
                     : std::pair<int, int>{0, 0};
  // المدير الدكتور فلان والذي أشار إلى أن: a relative with و after a
  // person's name or title refers to that person. (After anything else it
  // is as often a clause about the event, استقبال المحافظ فور وصوله والذي
  // قال: the subject is left to the tracker.)
  if (!after_relative && ce.cls == CueClass::kVerb && d_.Word(cue.begin) == ce.words[0] &&
      d_.IsWord(cue.begin - 1) && (d_.ClsCl(cue.begin - 1) & kRelative) &&
      StartsWith(d_.Word(cue.begin - 1), kWaw)) {
    const auto [ab, ae] = PhraseBefore(cue.begin - 1, cue.begin - 1);
    const bool person = d_.AnyClassIn(ab, ae, kTitle | kGivenName);
    if (person && ae == cue.begin - 1) {
      after_relative = true;
      antecedent = {ab, ae};
    }
  }
  // القرار الذي أعلن عنه الوزير، الأمر الذي أشار إليه التقرير: after a
  // relative pronoun, a preposition the cue governs that carries the
  // pronoun takes the relative's noun as what was announced; no clause is
  // reported. (Unless a description with بأن follows: التي أشارت إليها
  // الوزارة بأنها ...)
  if (after_relative && ce.cls == CueClass::kVerb && d_.IsWord(cue.end)) {
    const std::string_view w = d_.Word(cue.end);
    for (const std::string& p : ce.preps) {
      if (!StartsWith(w, p)) continue;
      const std::string_view pron = w.substr(p.size());
      if (!(pron == "\u0647" || pron == "\u0647\u0627" || pron == "\u0647\u0645") ||
          !PronounAgreesWithRelative(pron, d_.Word(cue.begin - 1)))
        continue;
      bool description = false;
      for (int k = cue.end + 1; k < lim && k <= cue.end + 10 && !description; ++k) {
        description = (d_.AnyCls(k) & kComp) && StartsWith(d_.Word(k), kBa);
      }
      if (!description) return;
    }
  }
  // The end of what stood after a verb whose suffix is its subject (an
  // adverb or an object), which what the verb governs comes after.
  int after_suffix_subject = -1;
  if (ce.cls == CueClass::kVerb) {
    int from = cue.end;
    if (ce.statement) {
      // جاء في بيان صادر عن الجيش / للجيش.
      if (d_.IsWord(from) && (d_.Word(from) == d_.tables().sadir[0] || d_.Word(from) == d_.tables().sadir[1] ||
                           d_.Word(from) == d_.tables().sadir[2] || d_.Word(from) == d_.tables().sadir[3]) &&
          d_.IsWord(from + 1) && d_.Word(from + 1) == kAn)
        from += 2;
    }
    if (!ce.statement) {
      // وقال أمس / لـ«الوطن» مدير الشرطة: the subject after a time adverb
      // or an addressee.
      const int subject = SkipBeforeSubject(from, lim, ce.relay);
      if (subject > from) {
        const auto [pb, pe] = m_.SpeakerPhrase(subject, lim, false, &ce);
        // (Not a noun with a pronoun: وقال عقب لقائه إن ...; after لي or
        // لنا it is a person of the speaker's, whose words follow at once:
        // وقالت لي زوجته إنه.)
        const bool to_me = d_.IsWord(subject - 1) && IsToFirstPerson(d_.Word(subject - 1));
        if (pe > pb && ((!d_.HasPossessive(pb) && !d_.HasPronounSuffix(pb)) || to_me)) {
          from = subject;
          sb = pb, se = pe;
        }
      }
    }
    // (After جاء في بيان the issuer comes with ل: للجيش، لوزارة الخارجية.)
    if (se <= sb) std::tie(sb, se) = m_.SpeakerPhrase(from, lim, ce.statement, &ce);
    // وقالت وهي تبكي / وتابع وهو يتذكر: و with a pronoun and a verb is a
    // circumstantial clause about the subject, which stays implicit.
    if (se - sb >= 2 && sb == from && d_.IsWawPronoun(sb) && d_.IsVerb(sb + 1))
      sb = se = -1;
    // الذي قال لتلفزيون المملكة: after a relative pronoun the subject is the
    // relative; what follows the verb is its object or addressee.
    // (Unless the relative is the object: المغارة التي قالت المحطة إنه فيها;
    // or is resumed by the complementizer's pronoun: التي تعتقد مصادر السوق
    // أنها.)
    // (Nor when the verb carries the relative as its object pronoun: القرار
    // الذي اعتبره قادة المعارضة هزيمة.)
    // (Or as any object pronoun the dictionary finds on it: فلان الذي
    // وصفته القناة بأنه ...)
    const bool carries_relative = after_relative && d_.Morph(cue.begin).split.enclitic != Enclitic::kNone &&
                                  PronounAgreesWithRelative(d_.Word(cue.begin), d_.Word(cue.begin - 1));
    if (se > sb && after_relative && antecedent.second > antecedent.first &&
        !(JudgesItsPronoun(ce) && PronounAgreesWithRelative(ce, d_.Word(cue.begin - 1))) && !carries_relative &&
        !(d_.IsWord(se) && (d_.Cls(se) & kComp) && d_.Word(se).size() > kAnSubjunctive.size() &&
          PronounAgreesWithRelative(d_.Word(se), d_.Word(cue.begin - 1))))
      sb = se = -1;
    // وتقول الوكالة التي نقلت هذه الصور، إن ...: a relative clause on the
    // subject right after a verb of report describes that speaker; what
    // follows the clause is the earlier verb's.
    // (Only where a comma closes the clause before the complementizer,
    // which the earlier verb then takes.)
    if (se <= sb && after_relative && CommaBeforeComplementizer(cue.end, cue.end + 11, lim) >= 0) {
      const int rel = cue.begin - 1;
      for (int k = rel - 1; k >= d_.SentStart(cue.begin) && k >= rel - 8; --k) {
        const int c = d_.CueAt(k);
        if (c < 0) continue;
        if (c != i && cues_[c].begin == k && d_.Entry(c).cls == CueClass::kVerb) {
          const auto [pb, pe] = m_.SpeakerPhrase(cues_[c].end, rel, false, &d_.Entry(c));
          if (pe > pb && pb == cues_[c].end && pe == rel) return;
        }
        break;
      }
    }
    // وحث المواطنين على الحذر: a noun in the oblique case is the object,
    // and the subject is implicit.
    // (Nor after a verb whose suffix is its subject: وطالبوا وزارة التعليم
    // بـ..., وكان مواطنون قد طالبوا الوزارة بـ...)
    if (se > sb && sb == from && ce.obj && (d_.IsObliquePlural(sb) || d_.SubjectInSuffix(cue.begin))) {
      from = se;
      sb = se = -1;
    }
    // وحتى إن قادة الحزب قد أعربوا علنا عن ...، الخطباء يرون الاتفاق ...: a
    // verb whose suffix is its subject takes no subject after it, whatever
    // it governs (a verb before its subject stays singular: وأعرب القادة).
    // (What stood there, an adverb or an object, is passed over when the
    // verb reports no bare noun phrase, which it would be: أعربوا علنا عن
    // أملهم; but يتوقعون تصاعدا.)
    if (se > sb && sb == from && ce.gender == Gender::kPlural && d_.SubjectInSuffix(cue.begin)) {
      if (!ce.np) after_suffix_subject = se;
      sb = se = -1;
    }
    // وتوقع إجراء انتخابات، وطالب بإلغاء القرار: a verbal noun (with its ب)
    // right after the verb is what was said; the subject is implicit.
    // (A subject never carries the preposition: رحبت ببدء البيع, with or
    // without a proclitic on the verb. A statement, a document or a title
    // whose ب is its own letter is the subject: وأفاد بيان للوزارة أنه.)
    if (se > sb && sb == from &&
        // (Only in a chained clause: أعلن تنظيم داعش opens with its subject.)
        ((!StartsWith(d_.Word(cue.begin), ce.words[0]) && ce.np && d_.Chained(cue.begin) &&
          d_.LooksLikeMasdar(sb) && !(d_.AnyCls(sb) & (kTitle | kGivenName))) ||
         (ce.b && StartsWith(d_.Word(sb), kBa) && !(d_.AnyCls(sb) & (kClassNoun | kGivenName)) &&
          ((d_.Morph(sb).split.proclitics & kPrepBi) ||
           (!StartsWith(d_.Word(cue.begin), ce.words[0]) && !d_.IsNameWord(sb) &&
            !(d_.Cls(sb) & (kDocument | kSetting | kTitle)))))))
      sb = se = -1;
    // حيث أكد تصميمه على ...، وأبدى استعداده: a verbal noun with a
    // possessive pronoun is an act, never the speaker, with or without a
    // proclitic on the verb.
    if (se > sb && sb == from && ce.np && !(d_.AnyCls(sb) & (kTitle | kGivenName | kDocument)) &&
        d_.IsPossessedMasdar(sb))
      sb = se = -1;
    // وأعلن ولاءه للتنظيم: a noun whose hamza is written for the accusative
    // or the genitive is no subject (the subject's is ولاؤه).
    if (se > sb && sb == from && d_.IsObliqueHamza(sb)) sb = se = -1;
    // في خطوة عدها محللون محاولة ...، اعتبره قادة المعارضة هزيمة: after a
    // verb of judgment that carries the thing judged as its pronoun, the
    // judgment is a bare noun after the subject. A subject ends on a
    // definite word or a plural in ـون, which no bare noun continues: not
    // as its genitive (a definite word or ـون ends a construct chain) nor
    // as its adjective (which would agree in definiteness).
    // (A plural verb has its subject in its suffix, واعتبروها كافية; so has
    // a verb before a bare verbal noun, واعتبره إعادة اعتبار للصحافي: the
    // words after it are the judgment.)
    if (se > sb && sb == from && JudgesItsPronoun(ce) &&
        (ce.gender == Gender::kPlural ||
         (!d_.IsDefinite(sb) && (d_.Morph(sb).classes & kMasdar) && d_.Morph(sb).number == 1 && !d_.IsNameWord(sb) &&
          !EndsWith(d_.Word(sb), "\u0648\u0646") && !(d_.AnyCls(sb) & (kTitle | kGivenName | kClassNoun | kDocument)))))
      sb = se = -1;
    // وأظهرت بيانات رسمية تراجع ...: a document (or figures) as the
    // subject of a finding, with no complementizer after it, shows a noun
    // phrase, which opens where the document's phrase ends.
    // (Not with a complementizer anywhere in the sentence: وأظهر استطلاع
    // أجرته ... لآراء محللين ... أن.)
    finding = ce.finding && se > sb && sb == from && d_.IsDocumentNoun(sb);
    for (int k = cue.end; k < lim && finding; ++k) finding = !(d_.Cls(k) & kComp) && !d_.IsPunct(k, U':');
    if (finding) se = m_.DocumentPhraseEnd(sb, se);
    if (se > sb && sb == from && JudgesItsPronoun(ce)) {
      for (int k = sb + 1; k < se; ++k) {
        if (!d_.IsWord(k) || !d_.IsWord(k - 1)) break;
        // (After ـون an indefinite adjective may agree: سياسيون حكماء.)
        if ((d_.IsDefinite(k - 1) ||
             (EndsWith(d_.Word(k - 1), "\u0648\u0646") && !(d_.Morph(k).classes & kAdjective))) &&
            !d_.IsDefinite(k) &&
            !d_.HasPossessive(k) && !d_.IsNameWord(k) && !(d_.AnyCls(k) & (kGivenName | kTitle | kPrep | kStop)) &&
            // (Nor a word with its preposition: متابعون لتطورات الشأن.)
            !(d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) &&
            (d_.Morph(k).classes & kNominal)) {
          se = k;
          break;
        }
      }
    }
    // فيما أكدت استمرار جهودها: a feminine verb does not agree with a
    // masculine verbal noun in the construct state; the noun opens what was
    // said and the subject is implicit. (A definite one may name a body:
    // وأكدت الأمان حرصها.)
    if (se > sb && sb == from && ce.np && ce.gender == Gender::kFem && !d_.IsDefinite(sb) &&
        !d_.EndsInOriginal(sb, "\u0629") && !(d_.AnyCls(sb) & (kTitle | kGivenName | kDocument | kClassNoun)) &&
        d_.IsWord(sb + 1) && !d_.IsNameWord(sb) && d_.LooksLikeMasdar(sb)) {
      // (The patterns of the derived verbs' nouns, إفعال، تفعيل، افتعال،
      // انفعال، استفعال, which are singular; a plural in ـات or a broken
      // plural, قيادات، تقارير، takes the feminine verb.)
      const uint16_t mc = d_.Morph(sb).classes;
      if ((mc & kMasdar) && !(mc & (kParticiple | kAdjective | kProperName | kUnknown | kVerbAny))) {
        sb = se = -1;
        disagrees = true;
      }
    }
    // حثت خالدا على البقاء، طالب سارة بالعودة: a verb that takes an object
    // does not agree with a person of the other gender right after it; the
    // person is the object, and the subject is the verb's pronoun. (Given
    // names only, and a feminine title: a woman may hold a title of the
    // masculine form, قالت عضو المجلس.)
    if (se > sb && sb == from && ce.obj && d_.IsWord(sb)) {
      const uint32_t gc = d_.Cls(sb) & kGivenName;
      const bool masc_person = gc == kGivenM;
      const bool fem_person = gc == kGivenF || ((d_.AnyCls(sb) & kTitle) && EndsWith(d_.Word(sb), kHa) &&
                                                d_.EndsInOriginal(sb, "\u0629"));
      if ((ce.gender == Gender::kFem && masc_person) || (ce.gender == Gender::kMasc && fem_person)) {
        from = se;
        sb = se = -1;
        disagrees = true;
      }
    }
    if (se > sb) se = m_.WithApposition(sb, se, lim, &ce);
    // ...، وحث السكان على الحذر: a chained verb keeps its earlier subject;
    // the noun phrase before what it governs is its object.
    // (Unless the phrase is a personal name, which is the verb's own
    // subject: ...، ولفت فلان إلى أن.)
    if (se > sb && ce.obj && d_.Chained(cue.begin) && d_.GovernsAt(ce, se) &&
        !((se - sb == 1 && ((d_.Cls(sb) & kGivenName) || m_.FamilyNameOfEarlierName(sb))) ||
          (se - sb >= 2 && m_.NameRun(sb, se) == std::pair<int, int>{sb, se})))
      sb = se = -1;
    // (Only a ل that is a preposition: لجنة التحقيق keeps its own.)
    if (ce.statement && se > sb && StartsWith(d_.Word(sb), kLam) &&
        (StartsWith(d_.Word(sb), kLamLam) || (d_.Morph(sb).split.proclitics & kPrepLi)))
      strip_l = true;
    if (se <= sb && d_.IsWord(cue.begin - 1) && (d_.Cls(cue.begin - 1) & kCarrier)) {
      // لكنها قالت: the subject is the pronoun on the conjunction.
      sb = cue.begin - 1;
      se = cue.begin;
    }
    // وكانت X، الناطقة باسم ...، قد أبلغت «الوطن» أن: after كان + its
    // subject + قد, what follows the verb is its object or addressee.
    const int verb_at = d_.Word(cue.begin) == ce.words[0] && d_.IsQad(cue.begin - 1) ? cue.begin - 1 : cue.begin;
    // (Only when that subject is found; the phrase after the verb is kept
    // otherwise.)
    std::pair<int, int> after_verb{sb, se};
    if (se > sb && verb_at < cue.begin) {
      int k0 = d_.SentStart(cue.begin);
      if (d_.IsWord(k0) && d_.IsKana(k0) && k0 + 1 < verb_at) sb = se = -1;
    }
    // مصادر ميدانية في المنطقة أبلغت «الشرق الأوسط» أن: after a subject
    // that opens the sentence, the phrase after a verb that takes an object
    // is that object (the subject before the verb is tried first below).
    if (se > sb && ce.obj && d_.Word(cue.begin) == ce.words[0] && cue.begin > d_.SentStart(cue.begin) &&
        !after_relative)
      sb = se = -1;
    if (se <= sb && !after_relative && d_.Word(cue.begin) == ce.words[0] && cue.begin > d_.SentStart(cue.begin)) {
      // الرئيس الفرنسي إيمانويل ماكرون قال إن ... / وهي أكدت أن ...: a
      // subject that opens the sentence before a verb without proclitic.
      int s0 = d_.SentStart(cue.begin);
      // (* الوزارة تؤكد أن: a bullet before the subject is none of it.)
      if (d_.IsBullet(s0)) ++s0;
      if (d_.IsWord(s0) && (d_.Word(s0) == kWaw || d_.Word(s0) == kFa)) ++s0;
      bool after_lakin = false;
      // (أما الوزير، ...، قال: the topic of أما is the subject too.)
      if (d_.IsWord(s0) && (d_.Word(s0) == "\u0644\u0643\u0646" ||
                         d_.Word(s0) == "\u0648\u0644\u0643\u0646" || d_.Word(s0) == "\u0627\u0645\u0627")) {
        ++s0;  // لكن النيابة قالت
        after_lakin = true;
      }
      bool after_kana = false;
      if (d_.IsWord(s0)) {
        // وكان الوزير أكد أن ...: the auxiliary stays outside the speaker.
        std::string_view w0 = d_.Word(s0);
        if (StartsWith(w0, kWaw)) w0.remove_prefix(kWaw.size());
        if (w0 == "\u0643\u0627\u0646" || w0 == "\u0643\u0627\u0646\u062A") ++s0, after_kana = true;
      }
      // (Adverbs may stand between the subject and its verb, outside the
      // speaker: الوزير سالم العلي أيضا أكد، وكانت بيانات الوزارة سابقا
      // تشير.)
      const int subj_end = AdverbsBefore(s0, verb_at);
      // A definite head, a pronoun, or a construct head before a definite
      // genitive (مدير الشرطة).
      // (Or a personal name with its role between commas: ديفيد
      // مونتجومري، الرئيس التنفيذي للمجموعة، يتوقع أن ...)
      const bool named = d_.IsWord(s0) && (m_.NameRun(s0, subj_end).first == s0 ||
                                           (d_.IsNameWord(s0) && d_.IsWord(s0 + 1) && d_.IsNameWord(s0 + 1)));
      // (The subject of لكن is accusative and may be indefinite: ولكن
      // مسؤولا قال إن ...)
      const bool lakin_subject = after_lakin && subj_end - s0 <= 4 && d_.IsWord(s0) && !d_.IsVerb(s0) &&
                                 !(d_.AnyCls(s0) & (kStop | kPrep | kAdjunct | kNeg | kSetting | kComp));
      // (Or an indefinite noun with its indefinite nisba adjectives:
      // مصادر أمنية مصرية أكدت، مسؤولون أمريكيون قالوا.)
      bool described = subj_end - s0 >= 2 && subj_end - s0 <= 8 && d_.IsWord(s0) && !d_.IsDefinite(s0) &&
                       !d_.IsVerb(s0) && !d_.HasDigit(s0) &&
                       !(d_.AnyCls(s0) & (kStop | kPrep | kAdjunct | kNeg | kSetting | kComp | kPronoun)) &&
                       (d_.Morph(s0).classes & kNominal);
      int adj_end = s0 + 1;
      while (adj_end < subj_end && d_.IsWord(adj_end) && !d_.IsDefinite(adj_end) && d_.IsAdjectiveLike(adj_end) &&
             !d_.IsVerb(adj_end))
        ++adj_end;
      // (And a place after them: مصادر ميدانية في المنطقة أبلغت.)
      if (adj_end > s0 + 1 && adj_end + 1 < subj_end && d_.IsWord(adj_end) && d_.Word(adj_end) == kFi &&
          m_.DefiniteChainEnd(adj_end + 1) == subj_end)
        adj_end = subj_end;
      described = described && adj_end == subj_end;
      // (A verb opens no subject: وأصدر الجيش بيانا أكد فيه أن ...; the
      // cue's subject is that verb's, taken as a clause's below.)
      // (Between كان and the verb the phrase can only be the subject, a
      // bare name or an indefinite noun too: وكان كيري قال، وكان مسؤول في
      // الإدارة المحلية ذكر.)
      const bool kana_subject = after_kana && subj_end - s0 <= 8 && d_.IsWord(s0) && !d_.IsVerbOnly(s0) &&
                                !d_.HasDigit(s0) &&
                                !(d_.AnyCls(s0) & (kStop | kPrep | kAdjunct | kNeg | kSetting | kComp | kRelative));
      if (s0 < subj_end && subj_end - s0 <= 16 && d_.IsWord(s0) && (named || !d_.IsVerbOnly(s0)) &&
          (named || lakin_subject || described || kana_subject ||
           // (صحيفة «الحياة» ذكرت: a class noun with its quoted name.)
           ((d_.AnyCls(s0) & kClassNoun) && d_.OpenTop(s0 + 1) >= 0) || (subj_end - s0 <= 10 &&
                     (d_.IsDefinite(s0) || (d_.AnyCls(s0) & kPronoun) ||
                      // (A chain of construct heads: بيانات وزارة الداخلية.)
                      (s0 + 1 < subj_end &&
                       ((d_.IsWord(s0 + 1) && d_.IsDefinite(s0 + 1)) || ConstructChainEnd(s0, subj_end) > s0 + 1) &&
                       !(d_.AnyCls(s0) & (kStop | kPrep | kAdjunct | kNeg | kSetting))))))) {
        auto [pb, pe] = m_.SpeakerPhrase(s0, subj_end, false, nullptr);
        // (The age in parentheses after the subject stays out of it: وكان
        // بلاتر (79 عاما) أعرب.)
        bool whole = pb == s0 && (pe == subj_end || m_.AgeParenthesisEnd(pe) == subj_end);
        // (المخرج سامر الخطيب، بين أن: a comma may close the subject before
        // its verb; not a setting or a phrase with a preposition, الأسبوع
        // الماضي، أعلن أن، وبالنسبة لعدم التخفيض، دعا.)
        if (pb == s0 && pe + 1 == subj_end && d_.IsComma(pe) && !d_.IsSettingAt(s0) &&
            !(d_.AnyCls(s0) & (kPrep | kAdjunct)) &&
            !(d_.Morph(s0).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) && !d_.IsAccusativeAdverb(pe - 1))
          whole = true;
        // المسؤول العراقي الذي رفض ذكر اسمه قال إن: a relative clause of a
        // few words, with no complementizer or punctuation in it (its verbs
        // may be cues: رفض ذكر), runs up to the verb; the speaker is the
        // phrase before it (the guide leaves the relative out).
        if (pb == s0 && pe > pb && pe < subj_end && subj_end - pe <= 10 && d_.IsWord(pe) &&
            (d_.Cls(pe) & kRelative) && !StartsWith(d_.Word(pe), kWaw) && (named || d_.IsDefinite(s0))) {
          bool clause = true;
          for (int k = pe + 1; k < subj_end && clause; ++k) {
            clause = d_.IsWord(k) && !(d_.Cls(k) & (kComp | kCompNeg | kRelative));
          }
          whole = clause;
        }
        if (pb == s0 && pe + 1 < subj_end && d_.IsComma(pe) && !d_.IsComma(subj_end - 1)) {
          // أما وزير الدولة، أنور قرقاش قال: the name in apposition runs
          // up to the verb.
          whole = m_.ThroughApposition(pe, subj_end) == subj_end;
          if (whole) pe = subj_end;
        } else if (pb == s0 && pe < subj_end - 2 && d_.IsComma(subj_end - 1)) {
          // The apposition, without the comma after it; or a description
          // of a named or definite subject (عمار حداد، أحد أعضاء ...، أشار).
          int ae = m_.ThroughApposition(pe, subj_end - 1);
          if (ae == pe && (named || d_.IsDefinite(s0))) ae = m_.ThroughDescription(pe, subj_end - 1);
          whole = ae != pe;
          pe = ae;
        }
        if (whole) {
          sb = pb, se = WithoutRelative(pb, pe);
          strip_w = (StartsWith(d_.Word(sb), kWaw) || StartsWith(d_.Word(sb), kFa)) &&
                    !(d_.Cls(sb) & kPronoun) &&
                    (d_.IsDefinite(sb) || (d_.ClsCl(sb) & kPronoun) ||
                     (described && (d_.Morph(sb).split.proclitics & kConjWa))) &&
                    !StartsWith(d_.Word(sb), kAl);
        }
      }
      // عمار حداد، أحد أعضاء المجموعة ...، أشار: a short phrase, a comma
      // and its description up to the comma before the verb (a name the
      // dictionary reads as words is still its subject).
      if (se <= sb && s0 + 1 < subj_end && d_.IsComma(subj_end - 1) && d_.IsWord(s0) && !d_.IsVerb(s0) &&
          !d_.HasDigit(s0) && !(d_.AnyCls(s0) & (kStop | kPrep | kAdjunct | kNeg | kSetting | kComp | kRelative))) {
        int comma = s0 + 1;
        while (comma < s0 + 4 && d_.IsWord(comma) && d_.CueAt(comma) < 0 && !d_.IsVerbOnly(comma) &&
               !(d_.AnyCls(comma) & (kStop | kPrep | kComp | kRelative)))
          ++comma;
        if (comma < subj_end - 1 && d_.IsComma(comma) &&
            m_.ThroughDescription(comma, subj_end - 1) == subj_end - 1) {
          sb = s0, se = WithoutRelative(s0, subj_end - 1);
        }
      }
    }
    if (se <= sb && after_verb.second > after_verb.first) std::tie(sb, se) = after_verb;
    if (se <= sb && after_relative) {
      // ...، المتحدث باسم الشرطة، الذي قال إن ...: the subject of a verb
      // right after a relative pronoun is the noun phrase before it.
      // (Not when the verb carries the relative as its object pronoun.)
      const auto [pb, pe] = antecedent;
      if (pe > pb && !carries_relative) sb = pb, se = pe, from_antecedent = true;
      relative_between_commas = pe > pb && d_.IsComma(cue.begin - 2);
    }
    if (se <= sb) {
      // إلا أن رئيس اللجنة، سامي حداد، قال إن ... / أما الوزيرة فأوضحت أن:
      // a subject after a complementizer or أما inside the sentence, with
      // its apposition between commas.
      const auto [pb, pe] =
          SubjectBefore(cue.begin, d_.Word(cue.begin) != ce.words[0], ce.gender == Gender::kPlural);
      if (pe > pb) sb = pb, se = pe;
    }
    if (se <= sb) {
      // وكان المرصد قد أفاد: the subject before an auxiliary.
      if (d_.Word(cue.begin) == ce.words[0] && d_.IsWord(cue.begin - 1) &&
          d_.Word(cue.begin - 1) == "\u0642\u062F") {
        int k = cue.begin - 2;
        int s0 = k;
        // (No complementizer between: وحيث إن الوقت ضيق فإن النتائج ستكون
        // قد أعلنت is no subject and its verb. A verb may be, in a relative
        // clause or a name that reads as one: وكان بوش الذي بلغ ... قد قال.)
        bool phrase = true;
        while (s0 >= d_.SentStart(cue.begin) && d_.IsWord(s0) && !(d_.AnyCls(s0) & kStop)) {
          phrase = phrase && !(d_.Cls(s0) & (kComp | kCompNeg));
          --s0;
        }
        if (phrase && s0 >= d_.SentStart(cue.begin) && d_.IsWord(s0) && (d_.AnyCls(s0) & kStop) && s0 < k) {
          // (Not the adverbs before قد: وكان الوزير أمس قد أكد.)
          sb = s0 + 1;
          se = WithoutRelative(sb, AdverbsBefore(sb, k + 1));
        }
      }
    }
    // لكنهم توقعوا استئناف الخدمات: after a conjunction that carries the
    // subject as a pronoun, the verb has its subject; the noun phrase after
    // it is its object.
    if (d_.Word(cue.begin) == ce.words[0] && d_.IsWord(cue.begin - 1) && (d_.Cls(cue.begin - 1) & kCarrier)) {
      sb = cue.begin - 1;
      se = cue.begin;
    }
    // إلا أنه أكد، غير أنها أشارت: after a connective, the pronoun on the
    // complementizer is the subject of the verb right after it, which has
    // no subject of its own.
    if (se <= sb && d_.Word(cue.begin) == ce.words[0] && CarrierComplementizerAt(cue.begin - 1)) {
      sb = cue.begin - 1;
      se = cue.begin;
    }
    // ...، وهو يقول ساخرا: «...»: a subject pronoun with و right before a
    // present verb with no subject after it opens a clause about the
    // subject; the pronoun is the speaker.
    if (se <= sb && d_.Word(cue.begin) == ce.words[0] && d_.IsPresentVerb(cue.begin) &&
        d_.IsWawPronoun(cue.begin - 1)) {
      sb = cue.begin - 1;
      se = cue.begin;
      strip_w = true;
    }
  } else if (ce.cls == CueClass::kMasdar) {
    // نقل عن X قوله / نقلت الوكالة عن المسؤول قوله / نقل عنه قوله /
    // نقلت الوكالة عن X، رئيس قسم التحقيقات، قوله (with its apposition).
    const int qe_end = d_.IsComma(cue.begin - 1) ? cue.begin - 1 : cue.begin;
    for (int k = cue.begin - 1; k >= d_.SentStart(cue.begin) && k >= cue.begin - 20; --k) {
      if (d_.IsComma(k) && k > d_.SentStart(cue.begin)) continue;
      if (!d_.IsWord(k)) break;
      if (d_.Word(k) == kAn) {
        // The source must be one phrase, or one with its apposition.
        if (k + 1 < qe_end) {
          auto [pb, pe] = m_.SpeakerPhrase(k + 1, qe_end, false, nullptr);
          if (pb == k + 1 && pe < qe_end) pe = m_.ThroughApposition(pe, qe_end);
          if (pb == k + 1 && pe == qe_end) sb = k + 1, se = qe_end;
        }
        break;
      }
      if (StartsWith(d_.Word(k), kAn) && k == cue.begin - 1) {
        sb = k, se = k + 1;
        break;
      }
    }
  }
  // (نقل عن X قوله «...»: the speaker stands before the masdar.)
  int from = se > sb ? std::max(se, cue.end) : cue.end;
  if (after_suffix_subject > from) from = after_suffix_subject;
  // ألقى كلمة أشار فيها إلى، رحب فيها بالحضور: the resumptive pronoun of
  // the statement stands between the verb and what it governs.
  // (Such a verb opens a clause that describes the statement, بيانا طالبت
  // فيه بـ، كلمة رحب فيها بـ: what it governs is reported as after a verb
  // that opens its clause.)
  const bool at_resumptive = se <= sb && from == cue.end && d_.IsWord(from) && IsResumptiveFi(d_.Word(from));
  const bool after_resumptive = at_resumptive && ce.cls == CueClass::kVerb;
  if (at_resumptive) ++from;
  // Relayed speech: X نقلا عن Y. The relaying X is kept for resolution.
  int relay_sb = -1, relay_se = -1;
  int intro = -1, content = -1;
  enum class Intro { kNone, kColon, kComp, kStart, kMark } how = Intro::kNone;
  // طالبت الجبهة التي تحتجز الجنود، بالإفراج عن ...: a relative clause
  // closed by a comma stands between the speaker and the content (opened
  // by one too: وأبدى الوزير فلان، الذي ...، تأييده; not for a verb that
  // takes an object, whose passive reads the same: واتهم فلان، الذي ...،
  // بالفساد is "was accused").
  int np_from = from;
  const int rel = se > sb && !ce.obj && d_.IsComma(from) && d_.IsWord(from + 1) ? from + 1 : from;
  if (se > sb && d_.IsWord(rel) && (d_.Cls(rel) & kRelative)) {
    for (int k = rel + 1; k < lim && k < rel + 16; ++k) {
      if (d_.IsComma(k)) {
        np_from = k + 1;
        break;
      }
      if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg))) break;
    }
  }
  // أعلنت الإدارة ممثلة بإدارة شؤون المعلمين ترحيبها ...: the office
  // that represents the body stands between it and a noun-phrase content.
  // (One office after another: وزارة الصحة ممثلة بالوكالة ... ممثلة في
  // الإدارة العامة ...)
  for (int n = 0; n < 3 && se > sb && (n > 0 || np_from == from) && m_.RepresentedByAt(np_from); ++n) {
    const int b = d_.Word(np_from + 1) == kFi ? np_from + 2 : np_from + 1;
    const auto [rb, re] = m_.SpeakerPhrase(b, lim, d_.Word(np_from + 1) == kFi, nullptr);
    if (rb != b || re <= rb) break;
    np_from = d_.IsComma(re) ? re + 1 : re;
  }
  // أعلنت هيئة الطيران المدنية "هاطم" إطلاق ...: the name in marks after
  // a subject that ends in a definite word is its apposition, outside the
  // speaker phrase (the guide's acronym); a noun-phrase content starts
  // after it. (Not after a title, where the marks hold the person's name:
  // والدة المواطن "فلان".)
  if (se > sb && np_from == from && from == se && from < lim && d_.IsDefinite(se - 1) &&
      !(d_.AnyCls(se - 1) & kTitle) && d_.T(from).kind == QTokKind::kMark && d_.T(from).pair >= 0) {
    const QPair& pr = qt_.pairs[d_.T(from).pair];
    if (pr.open == from && pr.close + 1 < lim && d_.WordsIn(pr) >= 1 && d_.WordsIn(pr) <= 3 &&
        m_.QuotedWordsMayName(pr))
      np_from = pr.close + 1;
  }
  // أهابت الوزارة بالمواطنين الالتزام ...، طلب المجلس من الوزير كشف ...:
  // the addressee, with its preposition, stands between the subject and
  // what was asked; without it the cue reports nothing (طلب is also the
  // noun "request").
  // (The subject's phrase may have taken it in, as it takes a place:
  // أهابت الإدارة بالمعلمين. The addressee is where a verbal noun or a
  // complementizer follows it: أعضاء من اللجنة من وزير الدفاع كشف ...)
  // (What was asked: a complementizer or a verbal noun.)
  const auto asked_at = [&](int c) {
    return c < lim && d_.IsWord(c) &&
           ((d_.Cls(c) & (kComp | kCompNeg)) ||
            (((d_.Morph(c).classes & kMasdar) || d_.LooksLikeMasdar(c)) &&
             !(d_.AnyCls(c) & (kPrep | kStop | kAdjunct | kRelative | kNeg | kSetting)) && !d_.IsVerbOnly(c)));
  };
  if (!ce.addr.empty()) {
    const int after = d_.IsComma(np_from) ? np_from + 1 : np_from;
    int a = -1, e = -1;
    auto addressee_at = [&](int k) {
      const int end = AddresseeObjectEnd(ce, k, lim);
      if (end > k && asked_at(SkipAdjuncts(end, lim))) a = k, e = end;
      return a >= 0;
    };
    bool found = false;
    for (int k = sb + 1; k < se && !found; ++k) found = addressee_at(k);
    if (!found && !addressee_at(after)) return;
    if (a < se) se = a;
    // What was asked starts right after the addressee (a verbal noun that
    // is a cue of its own, كشف، إعلان, is part of it).
    intro = SkipAdjuncts(e, lim);
    how = (d_.Cls(intro) & kComp) ? Intro::kComp : Intro::kStart;
    if (d_.CueAt(intro) >= 0) consumed_[d_.CueAt(intro)] = true;
  }
  // ناشد الوزير المواطنين تجديد ثقتهم: a cue whose object is the addressee
  // reports what was asked of it, the verbal noun after it. (A verbal noun
  // right after the subject is what was asked itself: ناشد الوزير التوجيه.)
  if (ce.addr_obj && how == Intro::kNone) {
    const int k = SkipAdjuncts(d_.IsComma(np_from) ? np_from + 1 : np_from, lim);
    if (k < lim && d_.IsWord(k) && d_.CueAt(k) < 0 && !asked_at(k) &&
        (QuoteDoc::IsQuantifierWord(d_.Word(k)) ||
         !(d_.AnyCls(k) & (kPrep | kStop | kRelative | kNeg | kAdjunct | kSetting))) &&
        !d_.IsVerbOnly(k)) {
      const int end = AddresseePhraseEnd(k, lim, false);
      const int c = d_.IsComma(end) ? end + 1 : end;
      if (end > k && asked_at(c) && !(d_.Cls(c) & (kComp | kCompNeg)) &&
          !(d_.Morph(c).split.proclitics & (kPrepLi | kPrepKa))) {
        intro = c;
        how = Intro::kStart;
        if (d_.CueAt(c) >= 0) consumed_[d_.CueAt(c)] = true;
      }
    }
  }
  const int np_start = SkipAdjuncts(np_from, lim);
  // الرئيس فلان يتوعد بتشديد القوانين، المستشارة فلانة تدعو البلدين
  // للتوصل إلى تسوية: a subject before the verb, no relative's antecedent,
  // opens the clause as the verb does when it comes first.
  const bool fronted_subject = se > sb && se <= cue.begin && !after_relative && !from_antecedent &&
                               NounPhraseOnly(sb, se);
  for (int j = from; how == Intro::kNone && j < lim && j < from + 40; ++j) {
    const QTok& tok = d_.T(j);
    if (tok.kind == QTokKind::kPunct) {
      if (tok.cp == U':') {
        intro = j, how = Intro::kColon;
        break;
      }
      if (IsTerminator(tok.cp) && !(tok.cp == U'.' && tok.end - tok.begin > 1) &&
          !d_.IsAbbreviationPeriod(j))
        break;
      continue;
    }
    if (tok.kind == QTokKind::kMark) {
      const int p = d_.OpenTop(j);
      // وكالة الأنباء الرسمية “سانا”، إن ...: a quoted acronym or name
      // before the complementizer is in apposition to the speaker.
      // (وقالت عائشة عسيري "إعلامية": إن ...: a quoted profession before a
      // colon, too.)
      if (p >= 0 && d_.WordsIn(qt_.pairs[p]) <= 2) {
        int after = qt_.pairs[p].close + 1;
        if (d_.IsComma(after)) ++after;
        if ((d_.Cls(after) & kComp) || (d_.IsPunct(after, U':') && j >= cue.end)) {
          j = qt_.pairs[p].close;
          continue;
        }
      }
      // (وأكد أهمية «...»: after a verbal noun the word list names, too.)
      if (p >= 0 &&
          (j == from || d_.IsComma(j - 1) || d_.IsPunct(j - 1, U')') || j == np_start ||
           (j == from + 1 && se <= sb && (d_.AnyCls(from) & kMasdarClass))) &&
          !m_.IsNameLike(p)) {
        intro = j, how = Intro::kMark;
        break;
      }
      // وقال أمام الصحافيين في أنقرة «إن ...»: after a setting, a quotation
      // that opens with a complementizer is what was said.
      if (p >= 0 && ce.cls == CueClass::kVerb && d_.IsWord(j + 1) && (d_.Cls(j + 1) & kComp) &&
          d_.WordsIn(qt_.pairs[p]) >= 4 && !m_.IsNameLike(p) && NoCueBetween(from, j)) {
        intro = j, how = Intro::kMark;
        break;
      }
      // وقال لقناة "..." الإخبارية "..." / وقال عقب اتصال هاتفي مع X «...»:
      // after the addressee and the setting, a quotation of a clause that
      // closes the sentence is what was said.
      if (p >= 0 && ce.cls != CueClass::kPrep && ce.cls != CueClass::kPassive &&
          d_.WordsIn(qt_.pairs[p]) >= 4 && !m_.IsNameLike(p) && OnlyAdjunctsBetween(from, j) &&
          EndsSentence(qt_.pairs[p].close + 1, lim)) {
        intro = j, how = Intro::kMark;
        break;
      }
      if (d_.T(j).pair >= 0 && qt_.pairs[d_.T(j).pair].open == j) {
        j = qt_.pairs[d_.T(j).pair].close;
        continue;
      }
      continue;
    }
    const int c = d_.CueAt(j);
    // وأوضح X، الذي يكتب بمدونة «...»، أن ...: a cue right after the
    // relative pronoun of a clause between commas describes the subject;
    // the complementizer after the clause is this verb's.
    // (Or right after the subject with no comma before the relative: وتقول
    // الوكالة التي نقلت الصور، إن ...)
    if (c >= 0 && c != i && j - 1 >= from && (d_.Cls(j - 1) & kRelative) &&
        ((j - 2 >= from && d_.IsComma(j - 2)) || (j - 1 == from && se > sb && se == from)) &&
        ce.cls == CueClass::kVerb) {
      if (const int k = CommaBeforeComplementizer(j + 1, j + 12, lim); k >= 0) {
        consumed_[c] = true;
        j = k;
        continue;
      }
    }
    if (c >= 0 && c != i) {
      const CueEntry& other = d_.Entry(c);
      // X نقلا عن Y أن ...: the source is Y.
      if (other.cls == CueClass::kPrep && ce.cls != CueClass::kPrep && j == from &&
          other.words.size() == 2 && other.words[1] == kAn) {
        const auto [rb, re] = m_.SpeakerPhrase(cues_[c].end, lim, false, nullptr);
        if (re > rb) {
          if (se > sb) relay_sb = sb, relay_se = se;
          sb = rb, se = re, qb = cues_[c].begin, qe = cues_[c].end;
          consumed_[c] = true;
          j = re - 1;
          from = re;
          continue;
        }
      }
      // مشيرة بحسب بيان للحزب إلى أن ...: the phrase names where the words
      // were reported; the cue still governs what follows it.
      // (Or between commas or dashes after the speaker: أعلن، وفق المدعي
      // العام، أنه ...; قال فلان - حسب الوكالة - إن ...)
      const bool set_off = j > from && d_.T(j - 1).kind == QTokKind::kPunct && !d_.IsStrongEnd(j - 1) &&
                           !d_.IsPunct(j - 1, U':');
      if (other.cls == CueClass::kPrep && !other.relay && !other.self && ce.cls != CueClass::kPrep &&
          (j == from || set_off) && cues_[c].begin == j) {
        // (ما and the source's verb, with its pronoun, belong to the phrase:
        // قال فلان، بحسب ما ذكرته الوكالة، إن; وشدد فلان - وفقا لما نقلته
        // الوكالة - على.)
        int after = cues_[c].end;
        if (d_.IsWord(after) && (d_.Word(after) == "\u0645\u0627" || d_.Word(after) == "\u0644\u0645\u0627") &&
            SpeechVerbAt(after + 1)) {
          after += 2;
        } else if (EndsWith(d_.Word(after - 1), "\u0645\u0627") && SpeechVerbAt(after)) {
          ++after;
        }
        const auto [rb, re] = m_.SpeakerPhrase(after, lim, true, nullptr);
        if (re > rb && re < lim &&
            (set_off ? d_.T(re).kind == QTokKind::kPunct && !d_.IsStrongEnd(re) &&
                           ((d_.Cls(re + 1) & kComp) || d_.GovernsAt(ce, re + 1))
                     : (d_.Cls(re) & kComp || d_.GovernsAt(ce, re)))) {
          consumed_[c] = true;
          // (Past the closing mark of the set-off, what the verb governs
          // comes right after it.)
          j = set_off ? re : re - 1;
          from = j + 1;
          continue;
        }
      }
      break;
    }
    // لشبكة سي.إن.إن، (إن.بي.سي): an acronym is one name, whatever its
    // letters read as; its إن is no complementizer.
    if (const int e = d_.AcronymEnd(j); e > j) {
      j = e - 1;
      continue;
    }
    // (So with spaces: شبكة سي إن إن.)
    if (d_.InSpacedAcronym(j)) continue;
    const uint32_t cl = d_.Cls(j);
    if (cl & kComp) {
      // دون أن، بدون أن "without": a circumstance of the clause; what was
      // said may still come after it, at a colon or after the comma that
      // ends it (ويقول فلان ... دون أن تحسم أمرها: «...»).
      if (j > from && d_.IsWord(j - 1) && (d_.Cls(j - 1) & kConnective) && (d_.Cls(j - 1) & kNeg) &&
          d_.Word(j - 1) != "\u0644\u0648") {  // لو
        while (j + 1 < lim && !d_.IsComma(j + 1) && !d_.IsPunct(j + 1, U':')) ++j;
        continue;
      }
      // كما أن، غير أن، رغم أن، بعد أن: a connective makes the clause the
      // journalist's, not the complement of the cue.
      if (j > from && d_.IsWord(j - 1) && (d_.AnyCls(j - 1) & (kConnective | kGoverns)) &&
          // (Not ذلك as the object of an adjunct, بعد ذلك أن، عقب ذلك أن:
          // the complementizer is the cue's.)
          !(j - 1 > from && d_.Word(j - 1) == "\u0630\u0644\u0643" && (d_.AnyCls(j - 2) & kGoverns)))
        break;
      // ...، على أن تقام المباراة ليلا، مؤشرات تدل على أن: على أن after a
      // comma is the stipulation "provided that", and after a verb that is
      // no cue its complement; neither is what the cue reports.
      if (j > from + 1 && d_.IsWord(j - 1) && d_.Word(j - 1) == kAla &&
          (d_.IsComma(j - 2) || (d_.IsVerbOnly(j - 2) && d_.CueAt(j - 2) < 0)))
        break;
      intro = j, how = Intro::kComp;
      break;
    }
    if (cl & kCompNeg) {
      intro = j, how = Intro::kStart;
      break;
    }
    const std::string_view w = d_.Word(j);
    if (ce.cls == CueClass::kPassive && se <= sb && j == from && w == "\u0645\u0646" &&
        d_.IsWord(j + 1) && d_.Word(j + 1) == "\u0642\u0628\u0644") {
      // أفيد من قبل الوزارة بأن ...: the agent of the passive is the source.
      const auto [rb, re] = m_.SpeakerPhrase(j + 2, lim, false, nullptr);
      if (re > rb) {
        sb = rb, se = re;
        j = re - 1;
        from = re;
        continue;
      }
    }
    bool governed = false;
    for (const std::string& p : ce.preps) governed |= (w == p);
    // (أعلنت الوزارة في غزة، عن ...: a short phrase closed by a comma.)
    // (حذر الدفاع المدني المواطنين من: a definite object before it.)
    bool object_between = j > from && j - from <= 3;
    for (int k = from; k < j && object_between; ++k) {
      object_between = d_.IsWord(k) && StartsWith(d_.Word(k), kAl) && d_.CueAt(k) < 0;
    }
    // (كشف X النقاب لـ«الصحيفة» أمس عن، حذر X المواطنين أمس من: a definite
    // object, then the addressee and adjuncts.)
    if (!object_between && governed && j > from + 1 && d_.IsDefinite(from) && d_.CueAt(from) < 0 &&
        !StartsWith(d_.Word(from), kLamLam))
      object_between = SkipAdjuncts(from + 1, lim) == j;
    bool near = j == from || j == np_start || object_between ||
                (d_.IsComma(j - 1) && j - 1 > from && j - 1 - from <= 4 && NoCueBetween(from, j - 1)) ||
                (ce.obj && j - from <= 4 && NoCueBetween(from, j));
    // وطالبت الهيئة جميع الجهات المسؤولة في حكومة التوافق، بإلغاء ...: the
    // object is a noun phrase, however long, with a comma after it or not.
    // (The content a verbal noun with ب: بإلغاء، بوضع; not a noun with a
    // pronoun, القيام بدورهما.)
    if (!near && ce.obj && j - from > 4 && StartsWith(w, kBa) && w.size() > 4 && !d_.HasPossessive(j) &&
        !d_.HasPronounSuffix(j) && (d_.Morph(j).classes & kMasdar) &&
        NoCueBetween(from, d_.IsComma(j - 1) ? j - 1 : j)) {
      // (After a quantifier: جميع، كل، كافة.)
      const std::string_view q = d_.IsWord(from) ? d_.Word(from) : std::string_view();
      const int of = QuoteDoc::IsQuantifierWord(q) ? from + 1 : from;
      const int end = d_.IsComma(j - 1) ? j - 1 : j;
      const auto [ob, oe] = m_.SpeakerPhrase(of, end, false, nullptr);
      near = ob == of && oe == end && oe - ob >= 2;
    }
    // ووصف التقرير وضع الاقتصاد بالجيد، واصفا الأجواء داخل النادي
    // بالمميزة: what was said is the object with its description after ب.
    // (بأنه is a complementizer, taken above.)
    if (ce.desc && j > from && j - from <= 8 && StartsWith(w, kBa) && (d_.Morph(j).split.proclitics & kPrepBi) &&
        !d_.HasPossessive(j) && !(d_.AnyCls(j) & (kAdjunct | kSetting | kAddressee)) && d_.IsWord(from) &&
        !(d_.AnyCls(from) & (kPrep | kAdjunct | kSetting | kStop | kNeg)) && NoCueBetween(from, j) &&
        (se > sb || ce.cls == CueClass::kParticiple || d_.Chained(cue.begin)) &&
        (d_.ClauseInitial(cue.begin) || fronted_subject)) {
      intro = from, how = Intro::kStart;
      break;
    }
    // ودعت الإدارة المرشحين الجدد للوظائف التعليمية للعام الدراسي، إلى
    // البدء ...، حث المدير الموظفين المقيمين في المنطقة أمس على الالتزام:
    // a verb of appeal reaches what it governs over an object of any length
    // and the adjuncts after it, when a verbal noun or a quotation opens it.
    if (!near && ce.obj && (ce.l || ce.b) && se > sb && j - from >= 2 && j - from <= 25 &&
        AppealContentAt(ce, j, governed) && ObjectWordsBetween(from, j, governed))
      near = true;
    // وأعرب الملك باسمه واسم شعب المملكة، عن ...، كشف المهندس X، الرئيس
    // التنفيذي للهيئة، عن ...: a verb whose content follows its preposition
    // reaches it over the apposition and the adjuncts after its subject.
    // (What comes between opens as an apposition or an adjunct: a comma, a
    // dash or a parenthesis, a preposition, a setting or an adverb; or, for
    // a verb that takes no object, as a relative clause on the subject:
    // كشفت النشرة التي تصدرها المؤسسة عن.
    // Inside that clause the preposition may be its verb's, التي تصدرها
    // عن شهر مايو عن بلوغ: when the same preposition comes again with a
    // content, that one is the cue's.)
    // (With no subject after the verb, the adjuncts follow the verb itself:
    // وأشارت في هذا الصدد إلى.)
    const bool subject_after = se > sb && sb >= cue.end;
    if (!near && governed && ce.cls == CueClass::kVerb && (subject_after || (se <= sb && from == cue.end)) &&
        j - from >= 2 &&
        // (A relative clause set off by commas may run longer: الذي ترأس
        // ... منذ تأسيسها ... في عام 2010، على.)
        (j - from <= 25 || (j - from <= 40 && d_.IsComma(from) && d_.IsComma(j - 1) && d_.IsWord(from + 1) &&
                            (d_.Cls(from + 1) & kRelative))) &&
        (d_.ClauseInitial(cue.begin) || fronted_subject) &&
        (OpensAdjunct(from) || (OpensRelative(from, true) && !ce.np && !finding && !ce.obj)) && AppealContentAt(ce, j, true) &&
        ObjectWordsBetween(from, j, true) && !(InOpenRelative(from, j) && SamePrepositionAgain(ce, j, lim)))
      near = true;
    // أكد المشرف الفني على الفعاليات سلطان النوة أن ...: the preposition
    // right after the subject is its role's when a personal name follows
    // its noun phrase and a complementizer the name; the subject runs up to
    // the name.
    // (So is an attached ب that the cue governs: نوه مدير الجمعية بالأحساء
    // علي الغوينم بأن ...)
    if ((governed || (ce.b && StartsWith(w, kBa) && (d_.Morph(j).split.proclitics & kPrepBi))) && near &&
        se > sb && j == se && se >= cue.end) {
      if (const int k = NameBeforeComplementizer(governed ? j + 1 : j, lim); k > 0) {
        se = k;
        j = k - 1;
        from = k;
        continue;
      }
    }
    if (governed && near) {
      if (d_.Cls(j + 1) & kComp) {
        intro = j + 1, how = Intro::kComp;
      } else {
        intro = j, how = Intro::kComp;  // content after the preposition
      }
      break;
    }
    if (ce.relay && w == (ce.relay_prep.empty() ? kAn : std::string_view(ce.relay_prep)) && se > sb) {
      auto [rb, re] = m_.SpeakerPhrase(j + 1, lim, false, nullptr);
      // (نقل البيان عن فلان القول: the verbal noun of قال, like قوله, is
      // no part of the source.)
      if (re - 1 > rb && d_.IsWord(re - 1) && d_.Word(re - 1) == "\u0627\u0644\u0642\u0648\u0644") --re;  // القول
      if (re > rb) {
        relay_sb = sb, relay_se = se;
        sb = rb, se = re;
        j = re - 1;
        from = re;
        continue;
      }
    }
    if (ce.obj && near && (w == kBa || w == "\u0628\u0640") && d_.OpenTop(j + 1) >= 0 &&
        d_.T(j + 1).space_before == false) {
      intro = j + 1, how = Intro::kMark;  // وصفها المنظمون بـ"..."
      break;
    }
    // دعا الوزير المواطنين للمشاركة: a verbal noun with ل after the object.
    // (Not another noun, the object's complement: دعت الإدارة المرشحين
    // للوظائف التعليمية إلى البدء ...)
    if (ce.l && near && j > from && StartsWith(w, kLam) &&
        !(d_.AnyCls(j) & (kAddressee | kSetting)) && ((d_.Morph(j).classes & kMasdar) || d_.LooksLikeMasdar(j)) &&
        (((se > sb || ce.cls == CueClass::kParticiple || d_.Chained(cue.begin)) &&
          (d_.ClauseInitial(cue.begin) || fronted_subject)) ||
         after_resumptive)) {
      intro = j, how = Intro::kStart;
      break;
    }
    // (بيان، بلاغ: a setting noun whose own letter is the ب, not a ب that
    // opens the content; with the preposition before it the noun is what
    // was welcomed: رحب ببيان الوزارة، بإعلان الوزارة.)
    // (Or a derived participle in the accusative, which opens a
    // circumstantial clause of its own even without a comma: وختم مقاله
    // مطالبا بـ، أشاد بالفريق مشيدا بـ.)
    if (ce.b && near && StartsWith(w, kBa) && !(d_.AnyCls(j) & kAdjunct) &&
        !((d_.AnyCls(j) & kSetting) && !(d_.Morph(j).split.proclitics & kPrepBi)) &&
        (((se > sb || StartsWith(d_.Word(cue.begin), kWaw) || d_.Chained(cue.begin)) &&
          (d_.ClauseInitial(cue.begin) || fronted_subject)) ||
         (after_resumptive && j == from) ||
         (ce.cls == CueClass::kParticiple && j == cue.end && d_.IsHalParticiple(cue.begin) &&
          d_.IsWord(cue.begin - 1) && !(d_.AnyCls(cue.begin - 1) & (kStop | kNeg | kPrep | kComp)) &&
          !KanaSisterInClause(cue.begin)))) {
      intro = j, how = Intro::kStart;
      break;
    }
    if (j == np_start &&
        (j > cue.end || ce.cls == CueClass::kVerb ||
         // (مؤكدا ضرورة ...، متوقعا انخفاض ...: a verbal noun.)
         (ce.cls == CueClass::kParticiple && (d_.IsPossessedMasdar(j) || d_.LooksLikeMasdar(j))) ||
         // (...، منتقدا تأخر المشروع، متمنيا الشفاء للمرضى: after a comma, a
         // participle whose content is a noun phrase takes any noun right
         // after it as that content.)
         (ce.cls == CueClass::kParticiple && ce.np && j == cue.end && d_.IsComma(cue.begin - 1) &&
          (d_.Morph(j).classes & kNominal) && !d_.IsVerbOnly(j) && !d_.HasDigit(j) &&
          !(d_.AnyCls(j) & (kPrep | kStop | kAdjunct | kSetting | kPronoun | kTitle | kGivenName)) &&
          !d_.IsNameWord(j))) &&
        // (Or after its subject, a noun phrase with no verb in it that the
        // verb agrees with: وكان الوزير أعلن إغلاق المعبر.)
        (d_.ClauseInitial(cue.begin) || (se > sb && se <= cue.begin && NounPhraseOnly(sb, se) &&
                                         !(ce.gender == Gender::kMasc && EndsWith(d_.Word(sb), "\u0627\u062A"))) ||
         // (في خطوة عدها محللون محاولة ...، الذي اعتبره خصومه هزيمة: a verb
         // of judgment with the thing judged as its pronoun opens a relative
         // clause; the judgment after its subject is the content.)
         (JudgesItsPronoun(ce) &&
          (!after_relative || PronounAgreesWithRelative(ce, d_.Word(cue.begin - 1))))) &&
        ce.cls != CueClass::kPassive) {
      // أكد رئيس الاتحاد محمد إسلام أن ...: a word between the speaker and
      // the complementizer ends the name, it is no noun-phrase content.
      // (Not after the family name of a person the text named in full,
      // which is the whole name: وقال فلان مبتسما إن.)
      if (se > sb && j == se && d_.IsWord(j + 1) && (d_.Cls(j + 1) & kComp) && !(cl & (kPrep | kStop)) &&
          !d_.IsDefinite(j) && d_.CueAt(j) < 0 && !StartsWith(d_.Word(j), kLam) &&
          !(d_.AnyCls(j) & (kAddressee | kSetting | kAdjunct)) && !d_.HasPossessive(j) &&
          !(se - sb == 1 && m_.FamilyNameOfEarlierName(sb))) {
        se = j + 1;
        continue;
      }
      // (استعداده، أمله: a verbal noun with a pronoun is in the stop list
      // only to end speaker phrases.)
      // (Not a finite verb: مؤكدا في لقاء أجراه معه ...، بأن.)
      // (Nor a word with a preposition after an occasion: توقعت الشركة
      // في تقريرها المتعلق بقطاع العقار، ...، أن ...)
      // (Nor a conjunction with its pronoun, لكنه, which opens a clause.)
      // (Nor وهو، وهي after the subject, which open what describes it:
      // وأكدت فلانة، وهي شريكة في الشركة، أن.)
      // (A cue that reports only an event or a proposition takes a verbal
      // noun, or an abstract noun in ـية: استبعد وجود ...، إمكانية ...)
      const bool event_noun = (d_.Morph(j).classes & kMasdar) || d_.LooksLikeMasdar(j) || d_.IsPossessedMasdar(j) ||
                              (EndsWith(w, "\u064A\u0647") && d_.EndsInOriginal(j, kTaMarbuta));
      if ((ce.np || finding) && (!ce.event || event_noun) && !(cl & (kPrep | kRelative | kAdjunct | kCarrier)) &&
          !(StartsWith(w, kWaw) && (d_.AnyCls(j) & kPronoun) && !(cl & kPronoun)) &&
          (!(cl & kStop) || d_.HasPossessive(j)) &&
          !d_.IsVerbOnly(j) && !(d_.IsVerb(j) && d_.IsPrepositionWithPronoun(j + 1)) &&
          !((d_.Morph(j).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) && SettingBetween(from, j)) &&
          (se > sb || ce.cls != CueClass::kVerb || (cl & kNeg) || d_.Chained(cue.begin) || disagrees ||
           JudgesItsPronoun(ce) ||
           // (أكد حرصه على: the pronoun on the verbal noun is the subject's.)
           d_.IsPossessedMasdar(j) ||
           // (أعلن ولاءه للتنظيم: a noun in the accusative.)
           (j == cue.end && d_.IsObliqueHamza(j)) ||
           // (وأعلن إغلاق المعبر: a verbal noun in the construct state right
           // after the verb.)
           (j == cue.end && !d_.IsDefinite(j) && d_.IsDefinite(j + 1) && d_.LooksLikeMasdar(j) &&
            !(d_.AnyCls(j) & (kTitle | kClassNoun | kDocument | kGivenName))) ||
           // (توقع ارتفاع أسعار ...: or one the word list names.)
           (j == cue.end && !d_.IsDefinite(j) && (d_.AnyCls(j) & kMasdarClass))) &&
          !ComplementizerAfterPhrase(j, lim)) {
        intro = j, how = Intro::kStart;
        // اتهمت النيابة العامة المدير السابق للشركة بارتكاب ...: a cue that
        // takes an object and a ب content reports the verbal noun with ب;
        // the words before it are the object (with a setting after it, too:
        // طالب المجلس سكان الأحياء في بيان له أمس بتنظيف ...).
        if (ce.b && ce.obj) {
          for (int k = j + 1; k < lim && k <= j + 12; ++k) {
            if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg | kRelative | kNeg))) break;
            if (StartsWith(d_.Word(k), kBa) && (d_.Morph(k).split.proclitics & kPrepBi) &&
                ((d_.Morph(k).classes & kMasdar) || d_.LooksLikeMasdar(k)) &&
                !(d_.AnyCls(k) & (kAdjunct | kSetting | kClassNoun))) {
              intro = k;
              break;
            }
          }
        }
        break;
      }
    }
  }
  if (how == Intro::kNone && ce.cls == CueClass::kVerb) {
    // وقال عيد سالم نحن نناشد ...: a verb of saying with nothing it
    // governs, followed by a clause in the first person, reports that
    // clause without the complementizer or the marks.
    int k = np_start;
    // (A first-person verb the speaker phrase took in begins the words:
    // وقالت المعلمة هند العلي أتوقع ...، or the phrase itself, right after
    // a cue with its subject implicit: ويقول سأغادر ...; many foreign names
    // read as one, so only here, where nothing else follows the cue.)
    for (int t = sb; t < se && k == np_start; ++t) {
      if (d_.IsWord(t) && !d_.IsDefinite(t) && !(d_.Cls(t) & kGivenName) && d_.IsVerbOnly(t) &&
          d_.Morph(t).person == 1 && !d_.IsNameWord(t))
        k = t;
    }
    if (UnmarkedClauseAt(ce, k, lim) && d_.ClauseInitial(cue.begin)) {
      if (k < se) se = k;
      intro = k, how = Intro::kStart;
    }
  }
  if (how == Intro::kNone) return;
  // (فيما يلي نصه: the text announced is a quotation after the colon; a
  // dialogue or a list after it is no one's quote.)
  // (A mark that pairs with none may open a statement of paragraphs.)
  if (ce.text && !(how == Intro::kMark || (how == Intro::kColon && d_.T(intro + 1).kind == QTokKind::kMark))) return;
  // وأوضح المسؤول عن تلك الورشة سيف الدين سليم، أن ...: a preposition
  // right after the subject, with a noun phrase and a personal name that
  // run up to the complementizer (or the comma before it), is the
  // subject's role; the name ends the subject.
  // (Only a subject that names no one yet, and not an occasion or an
  // addressee after it: اليونسي في حديثه لموقع ناديه، المالكي في لقائه مع
  // علي العلياني.)
  if (how == Intro::kComp && se > sb && se < intro && d_.IsWord(se) && (d_.Cls(se) & kPrep) &&
      !(d_.AnyCls(se) & (kSetting | kAddressee)) && !(d_.AnyCls(se + 1) & (kSetting | kAdjunct | kAddressee)) &&
      !d_.IsNameWord(se - 1) && AddresseeEnd(se) == se &&
      // (A family name alone names someone: المالكي، اليونسي.)
      !(se - sb == 1 && d_.IsDefinite(sb) && EndsWith(d_.Word(sb), "\u064A"))) {
    const int end = d_.IsComma(intro - 1) ? intro - 1 : intro;
    const auto [sn, sne] = m_.NameIn(sb, se);
    if (sne <= sn && NameEndsRole(se + 1, end)) se = end;
  }
  // يعتقد أن with nobody named: generic; the impersonal passive of a verb
  // of belief (يُعتقد أن "it is believed") is reported by no one.
  // (Only where a clause opens: after a relative (لمن يعتقد أن) or a word
  // that carries a pronoun (كونه يعتقد، لأنه يعتقد) the subject is there.)
  const bool impersonal =
      ce.subj && se <= sb && ce.impersonal && how == Intro::kComp && !d_.Chained(cue.begin) &&
      d_.ClauseInitial(cue.begin) &&
      !(d_.IsWord(cue.begin - 1) && ((d_.AnyCls(cue.begin - 1) & (kRelative | kCarrier | kPronoun)) ||
                                     d_.HasPronounSuffix(cue.begin - 1) || d_.IsKanaSister(cue.begin - 1)));
  if (ce.subj && se <= sb && !impersonal) return;
  // (Nor when the sentence names its source after all: ويعتقد أن ...
  // طبقا للصحيفة.)
  // (Nor right after a sentence whose quote a man or an unnamed speaker
  // gave: ويتابع قائلا إن ... ويعتقد أن is he who believes, and the verb
  // is left to no one rather than guessed.)
  if (impersonal) {
    for (int k = cue.end; k < lim; ++k) {
      const int c = d_.CueAt(k);
      if (c >= 0 && d_.Entry(c).cls == CueClass::kPrep) return;
    }
    const int sent = qt_.sent_of[cue.begin];
    for (const Cand& c : cands_) {
      if (c.sentence == sent - 1 && qt_.para_of[c.sentence] == qt_.para_of[sent] &&
          (c.gender == Gender::kMasc || c.gender == Gender::kUnknown))
        return;
    }
  }
  // علمت الصحيفة أن ... with no source after من: what the paper learned
  // is its own report.
  if (!ce.relay_prep.empty() && relay_sb < 0) return;
  // (ويشرح فلان مفصلا أن: a participle of manner that a later step took up
  // to the complementizer is still none of the subject.)
  if (se - 1 > sb && m_.MannerAfterSubjectAt(se - 1)) --se;
  Cand base = Base(i, sb, se);
  base.qb = qb;
  base.qe = qe;
  base.strip_l = strip_l;
  base.repeated = from_antecedent;
  base.strip_w = strip_w;
  base.relay_sb = relay_sb;
  base.relay_se = relay_se;
  for (int k = cue.end; k < intro && !statement; ++k) {
    // (Or the speaker's own document after في: في تقريرها، في دراسته.)
    statement = d_.IsWord(k) && (((d_.AnyCls(k) & kSetting) &&
                                  (d_.Word(k).find("\u0628\u064A\u0627\u0646") != std::string_view::npos)) ||
                                 (d_.IsWord(k - 1) && d_.Word(k - 1) == kFi && d_.IsPossessedDocument(k)));
  }
  base.statement = statement;
  // (أصدر X بيانا أكد فيه أن، ألقى X كلمة قال فيها: a verb with the
  // resumptive فيه/فيها describes the statement of an earlier clause; its
  // subject is that clause's.)
  // (So does فيما يلي نصه: the statement before it is what follows.)
  const bool resumptive = ce.cls == CueClass::kVerb && se <= sb &&
                          ((d_.IsWord(cue.end) && IsResumptiveFi(d_.Word(cue.end))) || ce.text);
  if (ce.cls == CueClass::kParticiple || resumptive ||
      (ce.cls == CueClass::kVerb && se <= sb && d_.Chained(cue.begin))) {
    base.mode = SpeakerMode::kSubject;
    base.resumptive = resumptive;
  } else if (ce.cls == CueClass::kPassive || impersonal) {
    base.mode = se > sb ? SpeakerMode::kExplicit : SpeakerMode::kNone;
  } else if (se <= sb && after_relative) {
    // اليونانيون الذين يتوقعون أن ...: the subject is the relative's
    // antecedent; when that is no person or office, nobody is guessed.
    base.mode = SpeakerMode::kNone;
  }
  base.conf = how == Intro::kStart ? 0.7f : 0.85f;
  if (how == Intro::kColon) {
    const int p = d_.OpenTop(intro + 1);
    if (p >= 0) {
      base.conf = 0.95f;
      PushPair(p, base, QuoteKind::kDirect);
      return;
    }
    content = intro + 1;
    // وقال: إن ...: the complementizer after the colon stays out.
    if (content < lim && (d_.Cls(content) & kComp)) ++content;
  } else if (how == Intro::kComp) {
    content = intro + 1;
    // اتفق الشاب مع مشرفه على أن يقوم بالعمل: after a cue that is one only
    // before its complementizer, أن with a present verb is "to do", an act
    // agreed on or meant, not a proposition.
    // (Only أن right after a preposition or the speaker: in بين الخبراء كيف
    // يمكن أن ... the question is what was said.)
    // (Not after a verb of wishing or of a condition, whose content that
    // is: يأمل الباحثون أن يساعد، اشترطت الوزارة أن يكون.)
    if (ce.strict && !ce.volitive && d_.IsWord(intro) && d_.Word(intro) == kAnSubjunctive && d_.IsPresentVerb(content) &&
        !d_.IsDefinite(content) && ((d_.IsWord(intro - 1) && (d_.Cls(intro - 1) & kPrep)) || (se > sb && intro == se)))
      return;
  } else {
    content = intro;
    // مؤكدا في الوقت ذاته حرص ...: the emphatic after a definite noun is its
    // adjective, the adjunct's; what was said follows it.
    // أعلن نفسه خليفة، تعلن نفسها مدينة المهرجانات: elsewhere it is a
    // reflexive object, which with its predicate names a status the
    // subject takes, not words it reports.
    if (d_.IsWord(content) && IsEmphaticSelf(d_.Word(content))) {
      if (!d_.IsDefinite(content - 1)) return;
      ++content;
    }
  }
  int end = ClauseEnd(content, ce.gender);
  // ...، وتفقد فلان الأجنحة: a verb after a comma whose subject is
  // the speaker, named again by the last word of the speaker's phrase, is
  // the journalist's account of what the speaker did next; the report ends
  // at the comma.
  // (For a participle or an implicit subject, the speaker named last in
  // this sentence or the one before: ...، مشيرا إلى أن ...، وعين البنك ...)
  int last = se > sb ? se - 1 : -1;
  if (last < 0) {
    const int sent = qt_.sent_of[cue.begin];
    for (auto it = cands_.rbegin(); it != cands_.rend(); ++it) {
      if (it->sentence < sent - 1) break;
      if (it->mode == SpeakerMode::kExplicit && it->se > it->sb && it->anchor < cue.begin) {
        last = it->se - 1;
        break;
      }
    }
  }
  if (last >= 0 && d_.IsWord(last) && (d_.IsNameWord(last) || d_.IsDefinite(last))) {
    for (int t = content + 1; t + 2 < end; ++t) {
      if (d_.IsComma(t) && d_.IsWord(t + 1) && StartsWith(d_.Word(t + 1), kWaw) && d_.IsVerb(t + 1) &&
          d_.IsWord(t + 2) && d_.Word(t + 2) == d_.Word(last)) {
        end = t;
        break;
      }
    }
  }
  if (JudgesItsPronoun(ce) && how == Intro::kStart) {
    // (والتي اعتبرها خصومه غير دستورية: a noun with a pronoun after the
    // verb is its subject, not the judgment; the phrase takes no such
    // subject, so nothing is reported rather than the wrong words.)
    if (se <= sb && d_.HasPossessive(content)) return;
    // The judgment is a noun phrase: it ends at the comma where the next
    // clause begins with its verb (واعتبروها كافية، وأصبح ...), not where
    // a noun is coordinated (محاولة لتخفيف التوتر، والتقرب منه).
    end = CommaEnd(content, end, [&](int n) {
      return d_.IsWord(n) && !(d_.AnyCls(n) & (kPrep | kStop)) &&
             (d_.IsVerbOnly(n) || d_.IsKana(n) || d_.IsKanaSister(n) ||
              (StartsWith(d_.Word(n), kWaw) && d_.IsVerb(n) && !d_.IsDefinite(n)));
    });
  }
  // ورحب الوزير بزيارة الفريق وقدم نبذة عن ...، أعلنت الوزارة إغلاق
  // الطريق وشرعت في ...: a noun phrase holds no finite verb of its own, so
  // a verb with و that is the first verb after the phrase's start (not in
  // a relative clause inside it) is the speaker's next act; what was
  // reported ends before it.
  if (how == Intro::kStart && !JudgesItsPronoun(ce) && content < end && !d_.IsVerb(content)) {
    // (The verb agrees with the speaker, as the cue does.)
    const auto agrees = [&](int t) {
      const WordMorph& vm = d_.Morph(t);
      switch (ce.gender) {
        case Gender::kFem: return vm.gender == 2 && vm.number == 1;
        case Gender::kMasc: return vm.gender == 1 && vm.number == 1;
        case Gender::kPlural: return vm.number >= 2;
        default: return true;
      }
    };
    for (int t = content + 1; t < end; ++t) {
      if (!d_.IsWord(t)) continue;
      if (d_.T(t - 1).kind == QTokKind::kMark || d_.T(t).pair >= 0) break;
      if (d_.AnyCls(t) & (kRelative | kComp | kCompNeg)) break;
      if (!d_.IsVerb(t) || d_.IsDefinite(t) || d_.IsNameWord(t)) continue;
      // (A form that is also a noun is the verb when it has no possessive
      // and no genitive follows it: وقدم نبذة، وقام بجولة; وعمل الفريق،
      // وعدم تعريضهم، وعدم رفع الصوت، وحرصهن are nouns, the last two in
      // the construct state before a chain of their own.)
      const bool genitive_next =
          d_.IsWord(t + 1) && (d_.IsDefinite(t + 1) || d_.IsNameWord(t + 1) || d_.HasDigit(t + 1) ||
                               d_.HasPossessive(t + 1) || (d_.AnyCls(t + 1) & (kGivenName | kTitle)) ||
                               (d_.IsWord(t + 2) && d_.IsDefinite(t + 2) && !(d_.AnyCls(t + 1) & (kPrep | kStop)) &&
                                d_.Morph(t + 1).split.proclitics == 0));
      if (StartsWith(d_.Word(t), kWaw) && (d_.Morph(t).split.proclitics & kConjWa) &&
          (d_.IsVerbOnly(t) || (!genitive_next && !d_.HasPossessive(t) && !d_.HasPronounSuffix(t))) &&
          d_.CueAt(t) < 0 && agrees(t))
        end = t;
      break;
    }
  }
  // The relative clause, and what was said in it, ends at its comma.
  // (Not at the commas around a relative clause nested in what was said:
  // الذين يقولون إن هذه الألعاب، التي يقال ...، قد تكون ...)
  if (relative_between_commas) {
    bool nested = false;
    end = CommaEnd(content, end, [&](int n) {
      if (d_.IsWord(n) && (d_.Cls(n) & kRelative)) {
        nested = true;
        return false;
      }
      if (nested) {
        nested = false;
        return false;
      }
      return true;
    });
  }
  // وعندما أعلن هولاند عزمه ...، كان لودريان ...: a report inside a clause
  // of time ends at the comma where the main clause begins, with its verb
  // or its ف.
  if (d_.IsWord(cue.begin - 1) && IsTimeSubordinator(d_.Word(cue.begin - 1))) {
    end = CommaEnd(content, end, [&](int n) {
      return n < end && d_.IsWord(n) && d_.CueAt(n) < 0 && !StartsWith(d_.Word(n), kWaw) &&
             (d_.IsVerbOnly(n) || d_.IsKana(n) || d_.IsKanaSister(n) ||
              (StartsWith(d_.Word(n), kFa) &&
               ((d_.Morph(n).split.proclitics & kConjFa) || (d_.AnyCls(n) & kComp))));
    });
  }
  EmitRegion(content, end, base);
}

template <typename Opens>
int Attributor::CommaEnd(int from, int end, Opens opens) const {
  for (int k = from; k < end; ++k) {
    const int p = d_.OpenTop(k);
    if (p >= 0 && qt_.pairs[p].close < end) {
      k = qt_.pairs[p].close;  // a comma inside a quotation
      continue;
    }
    if (d_.IsComma(k) && opens(k + 1)) return k;
  }
  return end;
}

void Attributor::AttachPrep(int i, int lim) {
  const Cue& cue = cues_[i];
  const CueEntry& ce = d_.Entry(i);
  const std::string_view last = ce.words.back();
  const bool takes_l = last == d_.tables().wafqan[0] || last == d_.tables().wafqan[1];
  int qe = cue.end;
  if (ce.self) {
    // حسب تقديره، ... / في رأيه، ... / ...، على حد قوله: the speaker is the
    // pronoun of the phrase, resolved like an implicit subject.
    Cand base = Base(i, -1, -1);
    base.conf = 0.7f;
    const int s = d_.SentStart(cue.begin);
    int t = d_.SkipOpener(s, cue.begin);
    while (t < cue.begin && (d_.Cls(t) & kStop)) ++t;
    if (t == cue.begin) {
      int k = d_.IsComma(qe) ? qe + 1 : qe;
      if (d_.Cls(k) & kComp) ++k;
      if (k > qe && k < lim) EmitRegion(k, ClauseEnd(k), base);
      return;
    }
    const int cs = ClauseStartBefore(cue.begin);
    int ce_tok = cue.begin;
    if (d_.IsComma(ce_tok - 1)) --ce_tok;
    // وأعلن المدير تكريم اللجان ... على حد وصفه: the phrase confirms the
    // words that a cue before it in the sentence reports up to it; what
    // precedes that cue is not its content.
    if (ce_tok > cs) {
      const uint32_t last = d_.T(ce_tok - 1).end;
      for (const Cand& o : cands_) {
        if (o.ve >= last && o.vb < last && o.vb >= d_.T(cs).begin) return;
      }
    }
    if (ce_tok - cs >= 3 && (qe >= lim || d_.IsStrongEnd(qe))) EmitRegion(cs, ce_tok, base);
    return;
  }
  const int verb = d_.CueAt(qe);
  if (verb >= 0 && d_.Entry(verb).cls == CueClass::kVerb && cues_[verb].begin == qe && !ComesInAt(qe)) {
    // حسبما أفاد X: the verb belongs to the attribution phrase. (Not جاء في
    // البيان, whose document is the source: below.)
    qe = cues_[verb].end;
    consumed_[verb] = true;
  }
  bool after_l = takes_l;
  // بحسب ما بثته الوكالة، وفقا لما أوردته الصحيفة: ما and the source's
  // verb (with its pronoun) belong to the attribution phrase.
  const bool ma_in_cue = EndsWith(d_.Word(cue.end - 1), "\u0645\u0627");  // حسبما، كما
  int document_end = -1;
  if (qe == cue.end &&
      (ma_in_cue ? ComesInAt(qe)
                 : d_.IsWord(qe) && (d_.Word(qe) == "\u0645\u0627" || d_.Word(qe) == "\u0644\u0645\u0627") &&
                       ComesInAt(qe + 1))) {
    // حسبما جاء في البيان، وفقا لما ورد في الصحيفة: ما, the verb of a text's
    // contents and its preposition belong to the attribution phrase.
    qe += ma_in_cue ? 2 : 3;
    after_l = false;
    // (جاء في البيان is a cue of its own; here its document is the source.)
    const int v = d_.CueAt(qe - 2);
    if (v >= 0 && cues_[v].begin == qe - 2 && cues_[v].end > qe) {
      consumed_[v] = true;
      document_end = cues_[v].end;
    }
  } else if (qe == cue.end && ma_in_cue && d_.IsVerbOnly(qe)) {
    // حسبما نشرته; حسبما تقتضيه مصالحه (as its interests require) is no
    // attribution.
    if (!SpeechVerbAt(qe)) return;
    ++qe;
    after_l = false;
  } else if (qe == cue.end && d_.IsWord(qe) && (d_.Word(qe) == "\u0645\u0627" || d_.Word(qe) == "\u0644\u0645\u0627") &&
             SpeechVerbAt(qe + 1)) {
    qe += 2;
    after_l = false;
  }
  // وفقا لتقرير أصدرته مؤخرا رابطة ...: after a phrase that names the
  // document, its relative verb with the document's pronoun (and a time
  // adverb) leads to the issuer.
  int phrase = qe;  // where the source's phrase starts
  // (A verb the dictionary also reads as a noun with a pronoun, نشرته, when
  // a class noun or a definite word follows: وفقا لتقرير نشرته وكالة ...)
  const auto issued_at = [&](int v) {
    return d_.IsWord(v) && d_.CarriesPronoun(v) &&
           (d_.IsVerbOnly(v) ||
            (d_.IsVerb(v) && d_.IsWord(v + 1) && ((d_.AnyCls(v + 1) & kClassNoun) || d_.IsDefinite(v + 1))));
  };
  // (So after a document noun with ل that the cue does not list: وفقا
  // لدراسة أعدها المركز، بحسب إحصائية نشرتها الوزارة.)
  bool named_document = ce.statement && qe == cue.end;
  if (!ce.statement && qe == cue.end && !ce.self && !ce.relay &&
      d_.IsDocumentNoun(qe, true, kDocument | kFigures | kSetting) && !d_.IsDefinite(qe) && issued_at(qe + 1)) {
    ++qe;
    named_document = true;
  }
  if (named_document && issued_at(qe)) {
    phrase = ++qe;  // (the verb ends the cue, the adverb does not)
    while (phrase < lim && d_.IsWord(phrase) && (d_.AnyCls(phrase) & kAdjunct) && phrase < qe + 2) ++phrase;
    after_l = false;
  }
  // وفقا لتقديرات هيئة الإحصاء، بحسب إحصاءات وتقديرات المصلحة: nouns of
  // figures, indefinite and in the construct state, belong to the
  // attribution phrase; the body in their genitive gave them.
  if (qe == cue.end) {
    int k = phrase;
    while (k < lim && k < phrase + 3 && d_.IsWord(k) && (d_.AnyCls(k) & kFigures) && !d_.IsDefinite(k) &&
           !d_.HasPossessive(k))
      ++k;
    // (The genitive is definite, a name, or a noun in the construct state
    // itself: هيئة الإحصاء; not an adjective, بيانات رسمية, a verb opening
    // a relative clause, معطيات ارتأت ..., or a prepositional phrase,
    // إحصاءات للمعارضة.)
    const bool genitive =
        k > phrase && k < lim && d_.CueAt(k) < 0 && !(d_.AnyCls(k) & (kPrep | kStop | kComp)) &&
        !(d_.IsWord(k) && (d_.IsVerbOnly(k) || (d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)))) &&
        (d_.OpenTop(k) >= 0 || d_.IsDefinite(k) || d_.IsNameWord(k) ||
         (d_.AnyCls(k) & (kClassNoun | kTitle | kGivenName)) ||
         (d_.IsWord(k) && d_.IsDefinite(k + 1) && !d_.IsAdjectiveLike(k)));
    if (genitive) {
      qe = phrase = k;
      after_l = false;
    }
  }
  // وفقا لبيان من المكتب، بحسب معلومات من مصادر أمنية: an
  // indefinite noun of a statement or of figures with من and who gave it
  // belongs to the attribution phrase; the source after من is the speaker.
  bool given_by = false;
  if (qe == cue.end && d_.IsWord(phrase) && !d_.IsDefinite(phrase) && !d_.HasPossessive(phrase) &&
      (d_.AnyCls(phrase) & (kSetting | kFigures | kDocument)) && d_.IsWord(phrase + 1) &&
      d_.Word(phrase + 1) == "\u0645\u0646" && d_.IsWord(phrase + 2)) {  // من
    const auto [pb, pe] = m_.SpeakerPhrase(phrase + 2, lim, false, nullptr);
    if (pb == phrase + 2 && pe > pb && !NonSourceHead(pb)) {
      qe = phrase + 1;
      phrase += 2;
      after_l = false;
      given_by = true;
    }
  }
  auto [sb, se] = m_.SpeakerPhrase(phrase, lim, after_l, nullptr);
  if (se <= sb && document_end > phrase) sb = phrase, se = document_end;
  // بحسب ما يراه مناسبا: after ما and a verb, an indefinite accusative
  // word is how it was seen, not who saw it.
  if (se == sb + 1 && !after_l && qe > cue.end && !d_.IsDefinite(sb) && !d_.IsNameWord(sb) &&
      EndsWith(d_.Word(sb), "\u0627"))
    return;
  if (se <= sb) {
    // بحسب "رويترز"، / وحسب مصادر لـ«الرياض»: a quoted name alone.
    const int m = d_.IsWord(phrase) && (d_.Word(phrase) == kLam || d_.Word(phrase) == "\u0644\u0640") ? phrase + 1
                                                                                                  : phrase;
    const int p = d_.OpenTop(m);
    if (p < 0 || d_.WordsIn(qt_.pairs[p]) == 0 || d_.WordsIn(qt_.pairs[p]) > 4) return;
    sb = phrase;
    se = qt_.pairs[p].close + 1;
  }
  if (NonSourceHead(sb)) return;  // وفقا للقانون، حسب خطة البناء
  // (Nor a phrase that ends in "the following": وفق الخطوات التالية.)
  if (se > sb + 1 && IsTheFollowing(d_.Word(se - 1))) return;
  // حسب نوعها، بحسب ظروفه، وفقا لتوجيهاته: a noun with a possessive
  // pronoun is a measure, not a source (a title or a statement of the
  // person is one: حسب مصادره، وفقا لتصريحاته).
  // (Not the source of a statement: بحسب بيان من وزارته.)
  if (!ce.relay && !given_by && se == sb + 1 && d_.HasPossessive(sb) &&
      !(d_.AnyCls(sb) & (kTitle | kSetting | kDocument | kClassNoun)))
    return;
  Cand base = Base(i, sb, se);
  base.qe = qe;
  base.strip_l = after_l && StartsWith(d_.Word(sb), kLam);
  base.conf = 0.8f;
  const int s = d_.SentStart(cue.begin);
  int t = d_.SkipOpener(s, cue.begin);
  while (t < cue.begin && (d_.Cls(t) & kStop)) ++t;
  if ((d_.Cls(se) & kComp) && !d_.IsComma(cue.begin - 1)) {
    // بحسب الشرطة فإن ... / كما أكد الوزير أن ...
    EmitRegion(se + 1, ClauseEnd(se + 1), base);
    return;
  }
  // The phrase may run on past its noun phrase: a relative clause, a
  // quoted or bracketed name, a setting (بحسب صحيفة «...» التي تصدر في
  // لندن، فإن ...). It ends at the first comma, colon or complementizer.
  const int bound = PreposedEnd(se, lim);
  if (t == cue.begin || (bound >= 0 && (d_.Cls(bound) & kComp) && StartsWith(d_.Word(bound), kFa) &&
                         !d_.IsComma(cue.begin - 1))) {
    // Preposed: بحسب الشرطة، ... / بحسب الشرطة فإن ...
    if (bound < 0) {
      // ... وأصابت وحدات تكتيكية. وفقا لرويترز.: a credit that is a sentence
      // of its own gives the sentence before it, in its paragraph, to its
      // source (wire copy), unless that sentence reports someone already.
      // (Not فحسب, "only", at the end of a clause.)
      if (t != cue.begin || !(se >= lim || d_.IsStrongEnd(se)) || d_.T(cue.begin).para_before ||
          StartsWith(d_.Word(cue.begin), kFa))
        return;
      int pe = cue.begin;
      while (pe > 0 && d_.T(pe - 1).kind == QTokKind::kPunct && IsTerminator(d_.T(pe - 1).cp)) --pe;
      if (pe <= 0 || pe == cue.begin) return;
      const int ps = d_.SentStart(pe - 1);
      for (int k = ps + 1; k <= pe - 1; ++k) {
        if (d_.T(k).para_before) return;
      }
      const uint32_t vb = d_.T(ps).begin, ve = d_.T(pe - 1).end;
      for (const Cand& o : cands_) {
        if (o.vb < ve && vb < o.ve) return;
      }
      if (pe - ps >= 4) EmitRegion(ps, pe, base);
      return;
    }
    if (d_.IsPunct(bound, U':')) {
      // بحسب X: «...»
      const int p = d_.OpenTop(bound + 1);
      if (p >= 0) {
        base.conf = 0.9f;
        PushPair(p, base, QuoteKind::kDirect);
      } else {
        EmitRegion(bound + 1, ClauseEnd(bound + 1), base);
      }
      return;
    }
    int k = bound + 1;
    if (d_.IsComma(bound) && (d_.Cls(k) & kComp)) ++k;  // بحسب X، فإن ...
    // (بحسب X فمن المنتظر ...: the clause opens with the word that carries ف.)
    if (!(d_.Cls(bound) & kComp) && d_.HasFaConjunction(bound)) k = bound;
    // وبحسب الوكالة، فقد قال الوزير إن ...: the agency relays a statement
    // that has its own cue and speaker.
    const int v = d_.IsQad(k) ? k + 1 : k;
    if (d_.CueAt(v) >= 0 && d_.Entry(d_.CueAt(v)).cls == CueClass::kVerb) return;
    EmitRegion(k, ClauseEnd(k), base);
    return;
  }
  // (...؛ بحسب الموقع: a semicolon right before the phrase ends the clause
  // it reports, not a clause of another cue.)
  // (It reports the whole sentence, over the semicolons inside it, when it
  // closes the sentence.)
  const bool semicolon = d_.IsSemicolon(cue.begin - 1);
  if (semicolon && !(se >= lim || d_.IsStrongEnd(se))) return;
  int cs = ClauseStartBefore(semicolon ? cue.begin - 1 : cue.begin);
  while (semicolon && cs > d_.SentStart(cue.begin) && d_.IsSemicolon(cs - 1))
    cs = ClauseStartBefore(cs - 1);
  int ce_tok = cue.begin;
  if (d_.IsComma(ce_tok - 1)) --ce_tok;
  if (ce_tok <= cs) return;
  // وأورد الباحث أن ...، بحسب ما أعلنته المنظمة: the clause before is
  // already reported by a verb of its own.
  // (نقلا عن and على لسان name the original source: they stay. A present
  // verb after قد is a modal, وقد تدعو: the clause is a prediction.)
  const int v = d_.IsQad(cs) ? cs + 1 : cs;
  if (!ce.relay && d_.CueAt(v) >= 0 && d_.Entry(d_.CueAt(v)).cls == CueClass::kVerb &&
      !d_.Entry(d_.CueAt(v)).subj && !d_.IsPresentVerb(v))
    return;
  // وكان فلان قد قال في كلمة، وفق مواقع إخبارية، إن ...، أما الأخير فقد
  // أعلن، وفق المدعي العام، أنه: a reporting verb in the clause whose
  // complementizer comes after the phrase; the phrase relays its words.
  // (Not a phrase that opens with و, nor one before فإن: وبحسب مصادر،
  // فإن ... is preposed to a clause of its own.)
  if (!ce.relay && !(StartsWith(d_.Word(cue.begin), kWaw) && d_.Word(cue.begin) != ce.words[0])) {
    int after = se;
    while (after < lim && after < se + 8 && !(d_.Cls(after) & kComp) && !d_.IsStrongEnd(after) &&
           !(d_.IsWord(after) && d_.IsVerbOnly(after) && d_.CueAt(after) < 0 && !d_.HasPronounSuffix(after)))
      ++after;
    if (after < lim && (d_.Cls(after) & kComp) && !StartsWith(d_.Word(after), kFa)) {
      for (int k = cs; k < ce_tok; ++k) {
        if (d_.Cls(k) & kComp) break;
        const int c = d_.CueAt(k);
        if (c >= 0 && d_.Entry(c).cls == CueClass::kVerb && cues_[c].begin == k && !d_.Entry(c).subj) {
          bool comp_between = false;
          for (int j = cues_[c].end; j < ce_tok && !comp_between; ++j) comp_between = (d_.Cls(j) & kComp) != 0;
          if (!comp_between) return;
        }
      }
    }
  }
  // ...، على حد قول مايك براون، مدير مجموعة «...».: a role in apposition
  // after the source, up to the end of the sentence or a clause about the
  // source, is no rest of an interrupted clause. The speaker takes the
  // role in.
  if (d_.IsComma(cue.begin - 1) && d_.IsComma(se)) {
    int end = se + 1;
    while (end < lim && !d_.IsStrongEnd(end)) ++end;
    const int ae = m_.RoleToEnd(se, end);
    if (ae >= se) {
      base.se = ae;
      EmitRegion(cs, ce_tok, base);
      return;
    }
  }
  if (d_.IsComma(cue.begin - 1) && d_.IsComma(se) && se + 1 < lim && d_.IsWord(se + 1) &&
      !(d_.AnyCls(se + 1) & (kRelative | kComp)) && d_.CueAt(se + 1) < 0) {
    // Interrupted: ودارت خلال الليل، وفقا للمرصد، اشتباكات ...
    const int end = ClauseEnd(se + 1);
    Cand c = base;
    c.vb = d_.T(cs).begin;
    c.ve = d_.T(end - 1).end;
    c.kind = QuoteKind::kIndirect;
    cands_.push_back(c);
    return;
  }
  EmitRegion(cs, ce_tok, base);
}

bool Attributor::IsExceptionParticle(int t) const {
  return d_.IsWord(t) && (d_.Word(t) == "\u0627\u0644\u0627" || d_.Word(t) == "\u063A\u064A\u0631");
}

bool Attributor::ComplementizerAfterPhrase(int j, int lim) const {
  if (d_.LooksLikeMasdar(j) || d_.IsPossessedMasdar(j)) return false;
  for (int t = j + 1; t < lim && t < j + 14; ++t) {
    if (d_.IsStrongEnd(t)) return false;
    if (!d_.IsWord(t)) continue;
    // (حرصه على أن: a complementizer after a preposition is the noun's;
    // after لو، بعد، إلا، غير it belongs to a clause of its own.)
    if (d_.Cls(t) & kComp) {
      return !(d_.AnyCls(t - 1) & (kPrep | kNeg | kConnective | kGoverns)) && !IsExceptionParticle(t - 1);
    }
    if (d_.CueAt(t) >= 0 || d_.IsVerbOnly(t)) return false;
  }
  return false;
}

bool Attributor::UnmarkedClauseAt(const CueEntry& ce, int k, int lim) const {
  // Only the plain verbs of saying (قال، أضاف، تابع): one that takes a
  // noun phrase, a preposition or an object reads the words after it so.
  if (ce.np || ce.b || ce.obj || ce.strict || ce.subj || ce.statement || ce.self || ce.relay || ce.l ||
      !ce.preps.empty())
    return false;
  if (k >= lim || !d_.IsWord(k) || d_.CueAt(k) >= 0 || d_.HasDigit(k)) return false;
  // The speaker's own voice: a first-person pronoun or verb (نحن، أنا،
  // أتوقع، نناشد). A third-person word may be the rest of a phrase the
  // speaker's did not reach (ويقول المواطن فلان كثير من العوائل تغادر).
  const std::string_view w = d_.Word(k);
  const bool opens = w == "\u0646\u062D\u0646" || w == "\u0627\u0646\u0627" ||
                     (d_.IsVerbOnly(k) && d_.Morph(k).person == 1 && !d_.IsNameWord(k) &&
                      !(d_.Cls(k) & (kGivenName | kAnonVerb)));
  if (!opens) return false;
  // A clause of three words or more, with no punctuation before its third.
  for (int t = k + 1; t < k + 3; ++t) {
    if (t >= lim || !d_.IsWord(t)) return false;
  }
  return true;
}

bool Attributor::SpeechVerbAt(int t) const {
  if (!d_.IsWord(t)) return false;
  const QuoteTables& tb = d_.tables();
  auto speech = [&tb](std::string_view w) {
    const std::vector<int>* v = tb.cue_first.Find(w);
    if (v == nullptr) return false;
    for (int e : *v) {
      if (tb.cues[e].cls == CueClass::kVerb) return true;
    }
    return false;
  };
  const std::string_view w = d_.Word(t);
  // (With the pronoun that refers back to ما: أعلنته، أوردتها; after ما
  // the form is the verb even where the dictionary reads a noun with a
  // possessive, ذكره.)
  const std::string_view verb = StripObjectPronoun(w);
  return (speech(w) && d_.IsVerb(t)) || (verb.size() < w.size() && speech(verb));
}

bool Attributor::ComesInAt(int t) const {
  // (The verb written out: the dictionary reads ورد as a noun too.)
  if (!d_.IsWord(t) || !d_.IsWord(t + 1)) return false;
  const std::string_view w = d_.Word(t), p = d_.Word(t + 1);
  return (w == "\u062C\u0627\u0621" || w == "\u0648\u0631\u062F") && (p == kFi || p == "\u0639\u0644\u0649");
}

int Attributor::PreposedEnd(int k, int lim) const {
  const int stop = std::min(lim, k + 16);
  // بحسب مصادر ليبية لم يشأ ...: a negation or a verb right after the
  // phrase opens the clause (the bound is then the phrase's last token).
  if (d_.IsWord(k) && ((d_.Cls(k) & kNeg) || d_.IsVerbOnly(k) || d_.IsQad(k)) && d_.CueAt(k) < 0) return k - 1;
  for (int t = k; t < stop; ++t) {
    const int p = d_.OpenTop(t);
    if (p >= 0) {
      if (d_.WordsIn(qt_.pairs[p]) > 4 || qt_.pairs[p].close >= lim) return -1;
      t = qt_.pairs[p].close;
      continue;
    }
    if (d_.IsComma(t) || d_.IsPunct(t, U':')) return t;
    if (d_.Cls(t) & kComp) return t;
    // (بحسب الوزارة فالأسعار سترتفع، وفقا لتقديرات X فمن المنتظر أن: ف
    // opens the main clause after the phrase.)
    if (d_.HasFaConjunction(t) && !d_.IsNameWord(t) && !(d_.Cls(t) & kGivenName)) return t;
    if (d_.IsPunct(t, U'(')) {
      int u = t + 1;
      while (u < stop && !d_.IsPunct(u, U')')) ++u;
      if (u >= stop) return -1;
      t = u;
      continue;
    }
    if (d_.T(t).kind == QTokKind::kPunct || d_.T(t).kind == QTokKind::kMark) return -1;
    // (A reporting verb of its own starts a clause of its own.)
    const int c = d_.CueAt(t);
    if (c >= 0 && cues_[c].begin == t && d_.Entry(c).cls != CueClass::kPrep &&
        d_.Entry(c).cls != CueClass::kBlock && !d_.HasPronounSuffix(t))
      return -1;
  }
  return -1;
}

void Attributor::PushPair(int p, const Cand& base, QuoteKind kind) {
  const QPair& pr = qt_.pairs[p];
  Cand c = base;
  // وصف القرار بأنه "...": a quoted description is a fragment.
  if (kind == QuoteKind::kDirect && c.qb >= 0 && d_.CueAt(c.qb) >= 0 &&
      d_.Entry(d_.CueAt(c.qb)).obj && d_.IsWord(pr.open - 1) &&
      ((d_.Cls(pr.open - 1) & kComp) || StartsWith(d_.Word(pr.open - 1), kBa)))
    kind = QuoteKind::kPartial;
  uint32_t b = d_.T(pr.open).end, e = d_.T(pr.close).begin;
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

void Attributor::EmitRegion(int cb, int ce, const Cand& base) {
  // (Not a closing parenthesis whose opening one is in the region: في أيار
  // (مايو), whole; a span ends at a whole token.)
  const auto open_parens = [&](int from, int to) {
    int n = 0;
    for (int k = from; k < to; ++k) {
      if (d_.IsPunct(k, U'(')) ++n;
      if (d_.IsPunct(k, U')') && n > 0) --n;
    }
    return n;
  };
  // Trailing punctuation that stays out of the span.
  const auto trailing_punct = [&](int k) {
    return d_.T(k).kind == QTokKind::kPunct && !(d_.IsPunct(k, U')') && open_parens(cb, k) > 0);
  };
  while (ce > cb && trailing_punct(ce - 1)) --ce;
  // (Nor one the clause's end left out.)
  while (ce > cb && d_.IsPunct(ce, U')') && open_parens(cb, ce) > 0) ++ce;
  while (cb < ce && d_.T(cb).kind == QTokKind::kPunct) ++cb;
  if (cb >= ce) return;
  bool unclosed = false;
  if (d_.T(cb).kind == QTokKind::kMark && d_.T(cb).pair < 0) {
    // A quotation left open at the end of its paragraph.
    ++cb;
    unclosed = true;
    while (ce > cb && d_.T(ce - 1).kind == QTokKind::kMark && d_.T(ce - 1).pair < 0) --ce;
    if (cb >= ce) return;
  }
  // ...في عدن".: a mark at the end that closes nothing stays out, with the
  // punctuation before it.
  if (!unclosed) {
    while (ce > cb && ((d_.T(ce - 1).kind == QTokKind::kMark && d_.T(ce - 1).pair < 0) || trailing_punct(ce - 1)))
      --ce;
    if (cb >= ce) return;
  }
  const int first = d_.OpenTop(cb);
  if (first >= 0 && qt_.pairs[first].close == ce - 1) {
    PushPair(first, base, QuoteKind::kDirect);
    return;
  }
  // قالت المصادر إن ...، وإنه «...»: a coordinated complement whose words
  // are all quoted is a direct quote of its own, and the clause before it
  // is reported in the journalist's words.
  for (int t = cb + 1; t + 1 < ce; ++t) {
    const int p = d_.OpenTop(t);
    if (p >= 0) {
      if (qt_.pairs[p].close >= ce) break;
      t = qt_.pairs[p].close;
      continue;
    }
    if (!d_.IsWord(t) || !StartsWith(d_.Word(t), kWaw) || !(d_.AnyCls(t) & kComp) || (d_.Cls(t) & kComp)) continue;
    const int q = d_.OpenTop(t + 1);
    if (q < 0 || qt_.pairs[q].close != ce - 1 || d_.WordsIn(qt_.pairs[q]) < 3) continue;
    EmitRegion(cb, t, base);
    PushPair(q, base, QuoteKind::kDirect);
    return;
  }
  // A quoted word that can only be what was said, not a name, is a partial
  // quote even alone (one_word below): a verb with the plural's suffix,
  // «خربوا»; a verbal noun or an adjective with a pronoun, «تحريرها»; with
  // ل or ب, «للتضحية»; or indefinite in the accusative with its tanwin,
  // «إرهابيًا».
  const auto said_word = [&](int w) {
    if (!d_.IsWord(w) || d_.IsNameWord(w) || d_.HasDigit(w) ||
        (d_.AnyCls(w) & (kGivenName | kTitle | kClassNoun | kStop | kPrep | kDocument)))
      return false;
    const uint16_t c = d_.Morph(w).classes;
    if (c & (kUnknown | kProperName)) return false;
    const bool derived = (c & (kMasdar | kAdjective | kParticiple)) != 0;
    return (d_.IsVerbOnly(w) && d_.Morph(w).split.proclitics == 0 && EndsWith(d_.Word(w), "\u0648\u0627")) ||
           (derived && d_.HasPossessive(w)) ||
           (derived && (d_.Morph(w).split.proclitics & (kPrepLi | kPrepBi))) ||
           (derived && !d_.IsDefinite(w) && EndsWith(d_.Word(w), "\u0627") && d_.OriginalHas(w, "\u064B"));
  };
  bool partial = false;
  for (int t = cb; t < ce; ++t) {
    const int p = d_.OpenTop(t);
    if (p < 0) continue;
    if (qt_.pairs[p].close >= ce) break;
    // وأنه قال: «...»: a quotation after a colon and a reporting verb of its
    // own inside the clause is that verb's direct quote, not a fragment of
    // this one; the clause is reported up to that verb (Select).
    if (t - 1 > cb && d_.IsPunct(t - 1, U':')) {
      bool own = false;
      for (int k = t - 2; k >= cb && k >= t - 5 && !own; --k) {
        const int c = d_.CueAt(k);
        own = c >= 0 && cues_[c].begin == k &&
              (d_.Entry(c).cls == CueClass::kVerb || d_.Entry(c).cls == CueClass::kParticiple);
      }
      if (own) {
        t = qt_.pairs[p].close;
        continue;
      }
    }
    // A single quoted word inside a reported clause is a name or a term
    // («أوبك»، «اليوم»، «فتنة») more often than a quotation; the clause is
    // what was reported. (After بأنه / بـ" it is the description quoted; at
    // the end of the clause, its quoted predicate: إن الأداء "مخيب".)
    // (A word the dictionary reads only as an adjective or a participle,
    // or a verbal noun with its preposition, is quoted as said: أصبحت
    // "تقليدية"، تعرض "للاغتيال".)
    // (Or against و: بين روسيا و"أوبك".)
    // (At the end of the clause too, unless the dictionary reads the word
    // as an adjective or a participle, or only as a verb: the predicate or
    // a description quoted, اليوم الرائع «المتكامل»؛ إن الانتشار «سيتواصل».
    // A noun there is a term, مع مهاجم
    // «مفاجأة»، الصور الذاتية «سيلفي».)
    const bool final_adjective = qt_.pairs[p].close + 1 >= ce && d_.IsWord(t + 1) &&
                                 (((d_.Morph(t + 1).classes & (kAdjective | kParticiple)) &&
                                   !(d_.Morph(t + 1).classes & kUnknown)) ||
                                  d_.IsVerbOnly(t + 1));
    const bool one_word = d_.WordsIn(qt_.pairs[p]) == 1 && d_.IsWord(t - 1) && !(d_.Cls(t - 1) & kComp) &&
                          (d_.T(t).space_before || d_.Word(t - 1) == kWaw) && !final_adjective &&
                          !m_.FragmentWordAt(t + 1) && !said_word(t + 1);
    // «نرسم بسمتهم» مبادرة تطوعية ...: a short quotation that opens the
    // clause, with the clause going on after it, is its subject: a name.
    // (Not before و with a pronoun, which opens a clause of its own: «...»
    // وهو «...».)
    const int after = qt_.pairs[p].close + 1;
    const bool subject = t == cb && d_.WordsIn(qt_.pairs[p]) <= 4 && d_.IsWord(after) &&
                         !d_.IsWawPronoun(after) &&
                         qt_.pairs[p].close + 3 < ce;
    // لـ«الشرق الأوسط»: the name of the paper or channel spoken to.
    const bool addressee = d_.IsWord(t - 1) && (d_.Word(t - 1) == kLam || d_.Word(t - 1) == "\u0644\u0640");
    // (So is one after the article written apart, a name or a term:
    // فريق الـ«بلوز»، ما يسمى الـ«دبلوماسية الشاملة».)
    const bool named = d_.IsWord(t - 1) && d_.Word(t - 1) == "\u0627\u0644";
    // (An indefinite noun phrase of common words is no name, in either
    // place: أشارت تقارير إلى أن «انتحارية» تناهز العشرين، قال إن
    // “انفجارات” وقعت، أكد أن “جمعية عمومية غير عادية” ستعقد.)
    if (((!one_word && !subject) || m_.IndefiniteCommonPhrase(p)) && !addressee && !named && !m_.IsNameLike(p)) {
      PushPair(p, base, QuoteKind::kPartial);
      partial = true;
    }
    t = qt_.pairs[p].close;
  }
  if (partial) return;
  Cand c = base;
  c.vb = d_.T(cb).begin;
  c.ve = d_.T(ce - 1).end;
  c.kind = unclosed ? QuoteKind::kDirect : QuoteKind::kIndirect;
  cands_.push_back(c);
}

Cand Attributor::Base(int cue, int sb, int se) const {
  Cand c;
  c.qb = cues_[cue].begin;
  c.qe = cues_[cue].end;
  c.anchor = c.qb;
  c.sentence = qt_.sent_of[c.qb];
  c.gender = d_.Entry(cue).gender;
  c.statement = d_.Entry(cue).statement;
  if (se > sb) {
    c.sb = sb;
    c.se = se;
    c.mode = SpeakerMode::kExplicit;
  } else {
    c.mode = SpeakerMode::kImplicit;
  }
  return c;
}

int Attributor::ClauseStartBefore(int end) const {
  const int s = d_.SentStart(std::max(0, end - 1));
  int t = d_.SkipOpener(s, end);
  // A previous cue in the same sentence owns what comes before it.
  for (int k = end - 1; k > t; --k) {
    if (d_.IsPunct(k, U':') || d_.IsSemicolon(k)) return k + 1;
    if (d_.T(k).kind == QTokKind::kMark && d_.T(k).pair >= 0 && qt_.pairs[d_.T(k).pair].close == k) {
      k = qt_.pairs[d_.T(k).pair].open;
      continue;
    }
  }
  return t;
}

int Attributor::SkipTail(int k, int lim) const {
  int t = k;
  // Only an addressee (للصحافيين، لوكالة ...), a setting (في مؤتمر صحافي،
  // خلال لقائه ...) or a circumstantial clause about the speaker (وهي
  // تتسوق) can follow; any other word is a clause of its own.
  const bool hal = d_.IsWawPronoun(t);
  if (d_.IsWord(t) && !hal &&
      !((d_.AnyCls(t) & (kAddressee | kAdjunct | kSetting)) || (d_.Cls(t) & kPrep) ||
        (StartsWith(d_.Word(t), kLam) && !d_.IsDefinite(t) && !d_.HasPossessive(t))))
    return k;
  if (hal) ++t;
  while (t < lim && t - k <= 8 && d_.IsWord(t) && d_.CueAt(t) < 0 &&
         !(d_.Cls(t) & (kComp | kCompNeg | kRelative)))
    ++t;
  if (t >= lim || d_.IsStrongEnd(t) || (d_.IsComma(t) && d_.OpenTop(t + 1) >= 0)) return t;
  return k;
}

bool Attributor::SettingBetween(int a, int b) const {
  for (int k = a; k < b; ++k) {
    if (d_.IsSettingAt(k)) return true;
  }
  return false;
}

bool Attributor::OnlyAdjunctsBetween(int a, int b) const {
  for (int k = a; k < b; ++k) {
    const QTok& tok = d_.T(k);
    if (tok.kind == QTokKind::kMark) {
      // A quoted name inside the setting (لصحيفة «الوطن»).
      if (tok.pair < 0 || qt_.pairs[tok.pair].open != k || qt_.pairs[tok.pair].close >= b ||
          !m_.IsNameLike(tok.pair))
        return false;
      k = qt_.pairs[tok.pair].close;
      continue;
    }
    if (tok.kind == QTokKind::kPunct) {
      if (tok.cp == U':' || (IsTerminator(tok.cp) && !d_.IsAbbreviationPeriod(k))) return false;
      continue;
    }
    if (d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg))) return false;
  }
  return true;
}

bool Attributor::EndsSentence(int k, int lim) const {
  while (k < lim && d_.T(k).kind == QTokKind::kPunct && !d_.IsComma(k) && !d_.IsStrongEnd(k)) ++k;
  return k >= lim || d_.IsStrongEnd(k) || d_.IsComma(k);
}

bool Attributor::PredicateAt(int k, int t) const {
  // إن الحكومة مطالبة بـ / أن الشركة ملزمة بـ: the participle right after
  // the subject of a nominal clause is its predicate, not a new attribution.
  if (t - k > 4 || !(d_.Cls(k - 1) & kComp) || d_.IsComma(t - 1) || StartsWith(d_.Word(t), kWaw) ||
      StartsWith(d_.Word(t), kFa))
    return false;
  if (!(d_.IsDefinite(t - 1) || d_.HasPossessive(t - 1) || (d_.AnyCls(t - 1) & kPronoun)))
    return false;
  // (The subject is a noun phrase that opens with a definite word, a name
  // or a noun with its pronoun; إنه مل المناكفات الفنية مطالبا ...: a bare
  // word the dictionary also reads as a verb opens a verbal clause.)
  if (!(d_.IsDefinite(k) || d_.HasPossessive(k) || (d_.AnyCls(k) & (kPronoun | kGivenName | kTitle)) ||
        d_.IsNameWord(k) || !d_.IsVerb(k)))
    return false;
  for (int j = k; j < t; ++j) {
    if (!d_.IsWord(j) || d_.IsVerbOnly(j) || d_.CueAt(j) >= 0) return false;
  }
  return true;
}

std::pair<int, int> Attributor::PhraseBefore(int end, int rel) const {
  const int lo = std::max(d_.SentStart(std::max(0, end - 1)), end - 10);
  int best = -1;
  // The relative agrees with its antecedent: الذي with a masculine
  // singular, التي with a feminine or a non-human plural. A head in the
  // construct state that disagrees is not it; its genitive is (مستحقات
  // اللاعب الذي، مدير الشركة التي).
  const std::string_view rw = d_.IsWord(rel) ? d_.Word(rel) : std::string_view();
  const bool alladhi = rw == "\u0627\u0644\u0630\u064A";  // الذي
  const bool allati = rw == "\u0627\u0644\u062A\u064A";   // التي
  // الذين refers to people only (things in the plural take التي).
  const bool alladhina = rw == "\u0627\u0644\u0630\u064A\u0646";
  // (A feminine head or a plural in ـات never takes الذي, whatever follows
  // it: تصريحات وزير الخارجية فلان الذي، قصة فلان الذي.)
  const auto disagrees = [&](int h) {
    if (h + 1 >= end || !d_.IsWord(h) || d_.IsDefinite(h) || d_.IsNameWord(h) || (d_.AnyCls(h) & kGivenName))
      return false;
    if (alladhi) return m_.PhraseGender(h) == Gender::kFem || EndsWith(d_.Word(h), "\u0627\u062A");
    if (!d_.IsDefinite(h + 1)) return false;
    if (allati) return (d_.AnyCls(h) & kTitle) && m_.PhraseGender(h) != Gender::kFem;
    // (الذين with a head in ـات, a plural of things: تحذيرات المعلمين الذين.)
    if (alladhina) return EndsWith(d_.Word(h), "\u0627\u062A");
    return false;
  };
  for (int s0 = end - 1; s0 >= lo; --s0) {
    if (!d_.IsWord(s0) || d_.CueAt(s0) >= 0 || (d_.Cls(s0) & (kComp | kStop | kRelative))) break;
    // (والتقى الوفد الوزير الذي: a verb, or a definite noun before another
    // that is not its adjective, is outside the phrase.)
    // (Not the verb of naming: مالك صقر يدعى مطر الكواري الذي.)
    const bool naming = (d_.AnyCls(s0) & kClassNoun) && s0 + 1 < end;
    const bool named = d_.IsWord(s0 - 1) && (d_.AnyCls(s0 - 1) & kClassNoun);  // (the name after it)
    // (Nor a family name the dictionary reads as a verb, right before the
    // relative and after a given name or a name it does not know: المخرج
    // فلان ريد الذي.)
    const bool family = s0 == end - 1 && d_.IsWord(s0 - 1) && !d_.IsDefinite(s0 - 1) &&
                        ((d_.Cls(s0 - 1) & kGivenName) || d_.IsNameWord(s0 - 1));
    if (d_.IsVerbOnly(s0) && !naming && !named && !family && !d_.IsDefinite(s0) && !d_.IsNameWord(s0) &&
        !(d_.AnyCls(s0) & (kTitle | kGivenName)))
      break;
    // (Before الذين, a definite noun joined by و to the next is a list of
    // the people: المعلمون والمشرفون الذين.)
    if (s0 + 1 < end && d_.IsDefinite(s0) && d_.IsDefinite(s0 + 1) && !d_.IsAdjectiveLike(s0 + 1) &&
        !StartsWith(d_.Word(s0 + 1), kLamLam) && !(alladhina && StartsWith(d_.Word(s0 + 1), kWaw)))
      break;
    // (A definite noun before an indefinite common one is another phrase:
    // بين الزوار مزارع يدعى ...)
    if (s0 + 1 < end && d_.IsDefinite(s0) && StartsWith(d_.Word(s0), kAl) && !d_.IsDefinite(s0 + 1) &&
        !d_.IsNameWord(s0 + 1) &&
        !(d_.AnyCls(s0 + 1) & (kGivenName | kTitle)) && d_.Morph(s0 + 1).split.proclitics == 0 &&
        !StartsWith(d_.Word(s0 + 1), kBa) && !StartsWith(d_.Word(s0 + 1), kLam) &&
        !StartsWith(d_.Word(s0 + 1), kWaw))
      break;
    // (Nor is a definite noun that is no title before a personal name:
    // تحدث في الحفل سامي العلي ... الذي.)
    if (s0 + 1 < end && d_.IsDefinite(s0) && !(d_.AnyCls(s0) & kTitle) && !d_.IsAdjectiveLike(s0) &&
        (d_.Cls(s0 + 1) & kGivenName) && !d_.IsDefinite(s0 + 1))
      break;
    // (A coordinated or prepositional word ends it, but not باسم: المتحدث
    // باسم الشرطة, nor بن; nor a name the dictionary does not know that
    // starts with those letters: كريستين لاغارد; nor a word whose و is its
    // own letter: وزير، وكيل.)
    // (Before الذين a definite noun with و is the next in a list of people.)
    if (s0 < end - 1 && !d_.IsNameWord(s0) &&
        ((StartsWith(d_.Word(s0), kWaw) && !(alladhina && d_.IsDefinite(s0)) &&
          ((d_.Morph(s0).split.proclitics & kConjWa) || (d_.Morph(s0).classes & kUnknown))) ||
         ((StartsWith(d_.Word(s0), kLam) || StartsWith(d_.Word(s0), kBa)) &&
          d_.Word(s0) != "\u0628\u0627\u0633\u0645" && d_.Word(s0) != "\u0628\u0646")))
      break;
    const auto [pb, pe] = m_.SpeakerPhrase(s0, end, false, nullptr);
    if (pb == s0 && pe == end && !disagrees(s0)) best = s0;
    // The phrase starts after a verb, a preposition or punctuation.
    if (!d_.IsWord(s0 - 1) || (d_.Cls(s0 - 1) & (kPrep | kComp | kStop)) || d_.CueAt(s0 - 1) >= 0) break;
  }
  // (A statement before a person's title or name is the person's:
  // تصريحات وزير الخارجية فلان التي.)
  if (best >= 0 && best + 1 < end && !d_.IsDefinite(best) && (d_.AnyCls(best) & (kSetting | kDocument)) &&
      (d_.AnyCls(best + 1) & (kTitle | kGivenName)))
    ++best;
  if (best < 0 || StartsWith(d_.Word(best), kLam) ||
      (StartsWith(d_.Word(best), kBa) && d_.Word(best) != "\u0628\u0646"))
    return {end, end};
  // الدكتور فلان استشاري القلب بمستشفى الملك فهد بجدة الذي أوضح: a phrase
  // right after a noun with ب or ل is that noun's genitive, inside the
  // prepositional phrase of a person named before it; that person is the
  // antecedent. (Taken when the whole, from a title or a given name, is one
  // phrase.)
  if (best - 1 > lo && d_.IsWord(best - 1) && !d_.IsNameWord(best - 1) &&
      (d_.Morph(best - 1).split.proclitics & (kPrepBi | kPrepLi)) && d_.Word(best - 1) != "\u0628\u0627\u0633\u0645") {
    int person = -1;  // (the earliest such start: the title before the name)
    for (int s1 = best - 2; s1 >= lo && d_.IsWord(s1); --s1) {
      if (d_.CueAt(s1) >= 0 || (d_.Cls(s1) & (kComp | kStop | kRelative | kPrep)) || d_.IsVerbOnly(s1)) break;
      if (!(d_.AnyCls(s1) & (kTitle | kGivenName))) continue;
      const auto [pb, pe] = m_.SpeakerPhrase(s1, end, false, nullptr);
      if (pb == s1 && pe == end) person = s1;
    }
    if (person >= 0) return {person, end};
  }
  // فلان، رجل أعمال، الذي قال: a phrase between commas right after a
  // personal name is its apposition; the antecedent is the name with it.
  if (d_.IsComma(best - 1) && d_.IsComma(end) && best - 2 >= lo) {
    const auto [nb, ne] = m_.NameRun(std::max(lo, best - 6), best - 1);
    if (ne == best - 1 && ne - nb >= 2) {
      int pb = nb;
      while (pb - 1 >= lo && d_.IsWord(pb - 1) && (d_.AnyCls(pb - 1) & kTitle) && d_.CueAt(pb - 1) < 0) --pb;
      return {pb, end};
    }
  }
  // Only a person, an office or a document speaks through a relative
  // clause here (الأمر الذي يشير إلى ... is the journalist's): a title, a
  // given name or a name; or a phrase with a document or figures noun
  // (الدراسة التي أكدت، نتائج الاستطلاعات التي تشير إلى); or, before
  // الذين, which stands for people only, the plural that names them.
  if (alladhina) {
    // (The relative is the subject only of a plural verb: in رغبة
    // النواب الذين انتقد زعيمهم the subject is the noun after the verb.)
    const int c = d_.CueAt(rel + 1);
    if (c < 0 || d_.Entry(c).gender != Gender::kPlural) return {end, end};
    // People named by a sound masculine plural (المعلمون والمشرفون
    // التربويون، المزارعين), not after a preposition, whose noun may be
    // another's (العاملين في قطاع النقل الذين).
    const auto sound_plural = [&](int k) {
      return d_.IsWord(k) && d_.IsDefinite(k) &&
             (EndsWith(d_.Word(k), "\u064A\u0646") || EndsWith(d_.Word(k), "\u0648\u0646"));
    };
    int people = -1;
    for (int k = best; k < end && people < 0; ++k) {
      if (sound_plural(k)) people = k;
    }
    if (people >= 0 && !(d_.IsWord(best - 1) && (d_.Cls(best - 1) & kPrep))) {
      // (A head in the construct state that names no people, غضب
      // المزارعين: the people are its genitive. Not a quantifier or a
      // partitive: بعض المتنزهين.)
      if (people > best && !d_.IsDefinite(best) && !(d_.AnyCls(best) & kTitle) &&
          !QuoteDoc::IsQuantifierWord(d_.Word(best)) && d_.Word(best) != "\u0628\u0639\u0636")
        return {people, end};
      return {best, end};
    }
  }
  for (int k = best; k < end; ++k) {
    if ((d_.AnyCls(k) & (kTitle | kGivenName)) || (d_.IsNameWord(k) && !d_.IsDefinite(k)) ||
        ((d_.AnyCls(k) & kClassNoun) && k + 1 < end))
      return {best, end};
  }
  // (With the complementizer right after the verb or its preposition: in
  // الرسالة التي يتمنى فيها لينون the subject follows the verb.)
  const int v = rel + 1;
  bool doc = false;
  for (int k = best; k < end && !doc; ++k) doc = d_.IsDocumentNoun(k);
  if (doc && d_.IsWord(v + 1) &&
      ((d_.Cls(v + 1) & kComp) || ((d_.Cls(v + 1) & kPrep) && d_.IsWord(v + 2) && (d_.Cls(v + 2) & kComp))))
    return {best, end};
  return {end, end};
}

bool Attributor::NounPhraseOnly(int sb, int se) const {
  if (!d_.IsWord(sb) || (!d_.IsDefinite(sb) && d_.IsVerb(sb))) return false;
  for (int k = sb; k < se; ++k) {
    if (d_.IsWord(k) && d_.IsVerbOnly(k)) return false;
  }
  return true;
}

bool Attributor::NonSourceHead(int t) const {
  if (!d_.IsWord(t)) return false;
  if (d_.AnyCls(t) & kNonSource) return true;
  if (d_.IsDefinite(t)) return false;
  // (The word list has the definite forms; an indefinite head in the
  // construct state, with or without ل, is the same noun: خطة البناء،
  // لنظام المطبوعات.)
  std::string_view w = d_.Word(t);
  if (StartsWith(w, kLam) && (d_.Morph(t).split.proclitics & kPrepLi)) w.remove_prefix(kLam.size());
  std::string definite(kAl);
  definite.append(w);
  return (d_.tables().Class(definite) & kNonSource) != 0;
}

bool Attributor::KanaSisterInClause(int t) const {
  for (int k = t - 1; k >= d_.SentStart(t) && k >= t - 30; --k) {
    if (d_.IsComma(k)) return false;
    // (Not an auxiliary before a verb, ما يزال يحتجز ... مطالبا بـ: the
    // participle is that verb's circumstantial.)
    if (d_.IsKanaSister(k) && !d_.IsPresentVerb(k + 1) && !d_.IsVerbOnly(k + 1)) return true;
  }
  return false;
}

bool Attributor::AppealContentAt(const CueEntry& ce, int j, bool governed) const {
  auto masdar = [&](int t) {
    return d_.IsWord(t) && ((d_.Morph(t).classes & kMasdar) || d_.LooksLikeMasdar(t)) &&
           !(d_.AnyCls(t) & (kAdjunct | kSetting | kClassNoun | kTitle | kGivenName));
  };
  // (The dictionary reads many nouns as verbal nouns too, حقوق، عدن: after
  // the preposition the word is definite, by the article or by a pronoun,
  // عن شكره; has a verbal noun's pattern or heads a construct, إلى سرعة
  // مراجعة; not a place before a phrase of its own, إلى عدن لرصد. Or an
  // elative with its noun, عن أصدق التهاني.)
  if (governed) {
    return d_.OpenTop(j + 1) >= 0 || d_.IsElativeConstruct(j + 1) ||
           (masdar(j + 1) && (d_.IsDefinite(j + 1) || d_.IsPossessedMasdar(j + 1) ||
                              d_.LooksLikeMasdar(j + 1) || (d_.IsWord(j + 2) && !PrepositionalAt(j + 2))));
  }
  const uint8_t pro = d_.Morph(j).split.proclitics;
  if (d_.HasPossessive(j) || d_.HasPronounSuffix(j) || !masdar(j)) return false;
  // (With ل, only a definite verbal noun, للاطلاع: مفوض الأمم المتحدة لحقوق
  // الإنسان is a phrase of the object.)
  return (ce.b && StartsWith(d_.Word(j), kBa) && (pro & kPrepBi)) ||
         (ce.l && StartsWith(d_.Word(j), kLam) && (pro & kPrepLi) && d_.IsDefinite(j) &&
          !(d_.AnyCls(j) & kAddressee));
}

int Attributor::CommaBeforeComplementizer(int from, int until, int lim) const {
  int k = from;
  while (k < lim && k < until && (d_.IsWord(k) || d_.T(k).kind == QTokKind::kMark)) ++k;
  return k < lim && d_.IsComma(k) && (d_.Cls(k + 1) & kComp) ? k : -1;
}

bool Attributor::ObjectWordsBetween(int a, int b, bool relative) const {
  bool in_relative = false;
  for (int k = a; k < b; ++k) {
    if (d_.IsComma(k) || d_.IsPunct(k, U'(') || d_.IsPunct(k, U')') || d_.IsDash(k)) {
      in_relative = false;
      continue;
    }
    // (A finite verb opens a clause of its own, unless a relative pronoun
    // makes it part of the object: المواطنين ممن تنطبق عليهم، النشرة التي
    // تصدرها المؤسسة، الذي كان يعمل بالوكالة; the clause runs to a comma.
    // Inside it a word that governs a clause is the relative's own: الذي
    // ترأس اللجنة منذ تأسيسها.)
    if (relative && OpensRelative(k, k == a)) in_relative = true;
    if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg)) ||
        (!in_relative && (d_.AnyCls(k) & (kConnective | kGoverns))))
      return false;
    if (d_.IsVerbOnly(k) && !in_relative) return false;
  }
  return true;
}

int Attributor::ConstructChainEnd(int k, int limit) const {
  // (Nouns and names: no word that is only a verb, no proclitic, وبدأ
  // يوسف شاهين، ورأي ثان يعتنقه.)
  for (int t = k; t < limit && t < k + 4 && d_.IsWord(t); ++t) {
    if (d_.IsDefinite(t)) return t > k && StartsWith(d_.Word(t), kAl) ? t + 1 : k;
    // (Or on a personal name: رئيس النادي فيصل مدخلي، مؤلف المسرحية بكر.)
    if (t > k && (d_.IsNameWord(t) || (d_.Cls(t) & kGivenName)) && !d_.IsVerbOnly(t)) return t + 1;
    // (A verb reading after و is the verb and its conjunction: وبدأ.)
    if (d_.IsVerbOnly(t) || (d_.IsVerb(t) && StartsWith(d_.Word(t), kWaw)) || d_.HasDigit(t) || d_.CueAt(t) >= 0 ||
        d_.Morph(t).split.proclitics != 0 ||
        (d_.AnyCls(t) & (kStop | kPrep | kComp | kNeg | kRelative)))
      return k;
  }
  return k;
}

int Attributor::AdverbsBefore(int a, int b) const {
  int e = b;
  while (e - 1 > a && d_.IsWord(e - 1) && d_.CueAt(e - 1) < 0) {
    if (((d_.Cls(e - 1) & kAdjunct) && !(d_.Cls(e - 1) & kGoverns) && !d_.IsDefinite(e - 1)) ||
        d_.IsAccusativeAdverb(e - 1)) {
      --e;
      continue;
    }
    // (And a formula of blessing: وكان الأمير فلان رحمه الله يقول.)
    const int bb = d_.BlessingBefore(e);
    if (bb < e && bb > a) {
      e = bb;
      continue;
    }
    break;
  }
  return e;
}

bool Attributor::InOpenRelative(int a, int b) const {
  bool open = false;
  for (int k = a; k < b; ++k) {
    if (d_.IsComma(k) || d_.IsDash(k) || d_.IsPunct(k, U')')) open = false;
    if (OpensRelative(k, k == a)) open = true;
  }
  return open;
}

bool Attributor::OpensRelative(int t, bool right_after_noun) const {
  // (After an indefinite noun the clause has no relative pronoun; its verb
  // has the resumptive pronoun after it: دراسة حديثة أشرف عليها باحثون.)
  return d_.IsWord(t) && ((d_.Cls(t) & kRelative) ||
                          (right_after_noun && d_.IsVerb(t) && d_.IsPrepositionWithPronoun(t + 1) &&
                           d_.IsWord(t - 1) && !d_.IsDefinite(t - 1)));
}

bool Attributor::SamePrepositionAgain(const CueEntry& ce, int j, int limit) const {
  for (int k = j + 1; k < limit && k - j <= 12; ++k) {
    if (d_.IsStrongEnd(k) || !ObjectWordsBetween(k, k + 1, false)) return false;
    if (d_.Word(k) == d_.Word(j) && AppealContentAt(ce, k, true)) return true;
  }
  return false;
}

bool Attributor::OpensAdjunct(int t) const {
  if (d_.IsComma(t) || d_.IsPunct(t, U'(') || d_.IsDash(t)) return true;
  return d_.IsWord(t) && ((d_.AnyCls(t) & (kAdjunct | kSetting)) || (d_.Cls(t) & kPrep) || PrepositionalAt(t) ||
                          d_.IsAccusativeAdverb(t));
}

bool Attributor::NoCueBetween(int a, int b) const {
  for (int k = a; k < b; ++k) {
    if (!d_.IsWord(k) || d_.CueAt(k) >= 0) return false;
  }
  return true;
}

bool Attributor::PrepositionalAt(int t) const {
  // (A name or a title keeps its letter: بندر، لبنان. The dictionary reads
  // باسم as the name or the adjective, but with a pronoun it is ب + اسم:
  // أعرب الملك باسمه واسم شعبه عن.)
  if (d_.IsWord(t) && StartsWith(d_.Word(t), "\u0628\u0627\u0633\u0645") && d_.HasPossessive(t)) return true;
  return d_.IsWord(t) && (d_.Morph(t).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) &&
         !(d_.AnyCls(t) & (kGivenName | kTitle)) && !d_.IsNameWord(t) && !StartsWith(d_.Word(t), kLamLam);
}

int Attributor::DashParenthesisEnd(int k, int limit) const {
  if (!d_.IsDash(k) || !d_.IsWord(k + 1) || (d_.Cls(k + 1) & (kComp | kCompNeg))) return k;
  for (int c = k + 2; c < limit && c <= k + 24; ++c) {
    if (d_.IsDash(c)) return d_.IsWord(c + 1) && c > k + 1 ? c + 1 : k;
    if (d_.IsStrongEnd(c) || d_.IsPunct(c, U':') || d_.IsSemicolon(c)) return k;
  }
  return k;
}

int Attributor::SkipAdjuncts(int k, int limit) const {
  for (int guard = 0; guard < 12 && k < limit; ++guard) {
    if (!d_.IsWord(k)) {
      if (d_.IsComma(k)) {
        ++k;
        continue;
      }
      if (d_.IsPunct(k, U'(')) {
        // An acronym or gloss in parentheses after the speaker (كونميبول).
        int c = k + 1;
        while (c < limit && c - k <= 5 && !d_.IsPunct(c, U')')) ++c;
        if (c < limit && d_.IsPunct(c, U')')) {
          k = c + 1;
          continue;
        }
      }
      // أعلنت الشركة – المشغلة للقطار – فتح باب التقديم: a parenthesis
      // between dashes after the speaker, about the speaker or the
      // occasion, whatever it says.
      if (const int e = DashParenthesisEnd(k, limit); e > k) {
        k = e;
        continue;
      }
      break;
    }
    const std::string_view w = d_.Word(k);
    if (w == d_.tables().lahu[0] || w == d_.tables().lahu[1] || w == d_.tables().lahu[2]) {
      ++k;
      continue;
    }
    if (const int b = d_.BlessingEnd(k); b > k) {
      k = b;
      continue;
    }
    // وأشادوا كثيرا بـ، أعلن رسميا: an adjective in the accusative, an
    // adverb. (A verbal noun in the accusative is the object, what was
    // said: أبدى تفاؤلا.)
    if (d_.IsAccusativeAdverb(k) && !(d_.Morph(k).classes & kMasdar) && d_.IsWord(k + 1) &&
        !d_.IsDefinite(k + 1)) {
      ++k;
      continue;
    }
    if (d_.AnyCls(k) & kAdjunct) {
      const bool governs = (d_.AnyCls(k) & kGoverns) != 0;
      ++k;
      // A prepositional adjunct (بعد المباراة) takes its object along, also
      // a construct head before it (أمام مجلس الشورى).
      if (governs && k + 1 < limit && d_.IsWord(k) && !d_.IsDefinite(k) && d_.CueAt(k) < 0 && d_.IsWord(k + 1) &&
          d_.IsDefinite(k + 1) && !d_.IsVerbOnly(k) && !d_.HasPossessive(k) &&
          !(d_.AnyCls(k) & (kStop | kComp | kCompNeg | kPrep | kAdjunct | kNeg | kRelative)))
        ++k;
      // (Or a noun with a pronoun, and where it is: عبر موقعها الإلكتروني،
      // عبر حسابها على «تويتر»، خلال زيارته.)
      else if (governs && k < limit && d_.IsWord(k) && d_.HasPossessive(k) && d_.CueAt(k) < 0) {
        ++k;
        while (k < limit && d_.IsWord(k) && d_.IsDefinite(k) && d_.IsAdjectiveLike(k)) ++k;
        if (k + 1 < limit && d_.IsWord(k) && (d_.Cls(k) & kPrep) &&
            (d_.Word(k) == kFi || d_.Word(k) == kAla)) {
          // (على «تويتر»، في تويتر، على موقع التواصل الاجتماعي «تويتر».)
          int e = k + 1;
          if (d_.IsWord(e) && !d_.IsDefinite(e) && !d_.IsNameWord(e) && d_.IsDefinite(e + 1) && d_.CueAt(e) < 0 &&
              !d_.LooksLikeMasdar(e) && !(d_.AnyCls(e) & (kStop | kPrep | kComp | kRelative | kNeg)))
            ++e;
          while (e < limit && d_.IsWord(e) && (d_.IsDefinite(e) || (e == k + 1 && d_.IsNameWord(e))) &&
                 d_.CueAt(e) < 0 && !d_.LooksLikeMasdar(e) && !(d_.Cls(e) & kComp))
            ++e;
          const int p = d_.OpenTop(e);
          if (p >= 0 && m_.IsNameLike(p) && qt_.pairs[p].close < limit) e = qt_.pairs[p].close + 1;
          if (e > k + 1) k = e;
        } else if (k < limit && d_.IsWord(k) && StartsWith(d_.Word(k), kBa) && d_.IsNameWord(k)) {
          ++k;  // بتويتر
        }
        continue;
      }
      while (k < limit && d_.IsWord(k) && d_.IsDefinite(k) && d_.CueAt(k) < 0 && !d_.LooksLikeMasdar(k) &&
             !PrepositionalAt(k))
        ++k;
      continue;
    }
    // أعلن المبدعون، في وقت سابق، تخلفهم عن ...، في الوقت الحالي: a time
    // noun after its preposition, with its adjective (indefinite after an
    // indefinite noun, definite after a definite one).
    if ((d_.Cls(k) & kPrep) && d_.IsWord(k + 1) && (d_.AnyCls(k + 1) & kAdjunct) &&
        !(d_.AnyCls(k + 1) & kGoverns) && d_.CueAt(k + 1) < 0 && !d_.HasPossessive(k + 1)) {
      const bool definite = d_.IsDefinite(k + 1);
      k += 2;
      if (k < limit && d_.IsWord(k) && d_.IsDefinite(k) == definite && d_.IsAdjectiveLike(k) && d_.CueAt(k) < 0 &&
          !(d_.AnyCls(k) & (kComp | kCompNeg | kPrep | kStop | kNeg | kRelative)))
        ++k;
      continue;
    }
    if ((d_.Cls(k) & kPrep) && d_.IsSettingAt(k + 1)) {
      const bool indefinite = !d_.IsDefinite(k + 1);
      k += 2;
      // في بيان لاحق، في مؤتمر صحافي: an indefinite setting takes
      // indefinite adjectives.
      for (int n = 0; indefinite && n < 2 && k < limit && d_.IsWord(k) && d_.CueAt(k) < 0 &&
                      !d_.IsDefinite(k) &&
                      !(d_.AnyCls(k) & (kComp | kCompNeg | kPrep | kStop | kAdjunct | kNeg | kRelative)) &&
                      (d_.IsAdjectiveLike(k) || (d_.Cls(k) & kAdjectiveClass));
           ++n)
        ++k;
      while (k < limit && d_.IsWord(k) && d_.CueAt(k) < 0 && !d_.LooksLikeMasdar(k) && !PrepositionalAt(k) &&
             (d_.IsDefinite(k) || (d_.AnyCls(k) & kAdjunct)))
        ++k;
      continue;
    }
    if (d_.IsSettingAt(k) && StartsWith(w, kBa)) {
      ++k;
      continue;
    }
    // لـ«الشرق الأوسط»، لقناة «المجد»، للصحافيين: the addressee.
    if (const int a = AddresseeEnd(k); a > k) {
      k = a;
      continue;
    }
    // في غزة، في الرياض: where the speaker spoke.
    if (w == kFi && d_.IsWord(k + 1) && d_.CueAt(k + 1) < 0 &&
        (d_.IsNameWord(k + 1) || d_.IsDefinite(k + 1)) && !d_.LooksLikeMasdar(k + 1) &&
        !(d_.AnyCls(k + 1) & (kStop | kPrep | kRelative))) {
      k += 2;
      while (k < limit && d_.IsWord(k) && d_.CueAt(k) < 0 && d_.IsDefinite(k) && d_.IsAdjectiveLike(k)) ++k;
      continue;
    }
    break;
  }
  return k;
}

int Attributor::ClauseEnd(int k, Gender speaker) const {
  const int lim = d_.SentEnd(k);
  int t = k;
  for (; t < lim; ++t) {
    // رغم أن الوزير أكد أن ...، فإن ...؛ إذا قال X إن ... فإن ...: a report
    // inside a concessive or conditional clause fronted in its sentence
    // ends where the main clause answers it with فإن.
    if (t > k && d_.IsWord(t) && StartsWith(d_.Word(t), kFa) && (d_.ClsCl(t) & kComp) && FrontedConditionBefore(k))
      break;
    if (d_.T(t).kind == QTokKind::kMark && d_.T(t).pair >= 0 && qt_.pairs[d_.T(t).pair].open == t &&
        qt_.pairs[d_.T(t).pair].close < lim) {
      t = qt_.pairs[d_.T(t).pair].close;
      continue;
    }
    // ...، فيما قال X / في حين أعلن Y: a contrast that brings a report of
    // its own is the journalist's and ends the clause. One without a cue
    // goes on with what was reported (قالت المنظمة إن 67% ... يعيشون لدى
    // الأسر، بينما يسكن 20% في المباني، فيما يعيش 8% في الملاجئ).
    if (t > k && d_.IsContrastAt(t) && ContrastReports(t, lim)) break;
    // ...، هذا وقد اختتم الحفل، هذا وتواصل الفرق: هذا and و after a
    // comma is the journalist's formula that moves on to the next item of
    // the news.
    if (t > k && d_.IsComma(t) && d_.IsWord(t + 1) && d_.Word(t + 1) == "\u0647\u0630\u0627" &&
        d_.IsWord(t + 2) && StartsWith(d_.Word(t + 2), kWaw) &&
        (d_.IsVerb(t + 2) || d_.Word(t + 2) == "\u0648\u0642\u062F"))
      break;
    // ...، إلا أن / غير أن ...: the journalist takes the word back.
    if (t > k && d_.IsComma(t) && d_.IsWord(t + 1) && d_.IsWord(t + 2) && (d_.Cls(t + 2) & kComp) &&
        IsExceptionParticle(t + 1))
      break;
    // ... إلا أن الفحوصات أكدت ...: without the comma, when the clause after
    // it is a report of its own, its subject before its verb.
    if (t > k && IsExceptionParticle(t) && d_.IsWord(t + 1) && (d_.Cls(t + 1) & kComp) && SubjectReportsAt(t + 2, lim))
      break;
    const int c = d_.CueAt(t);
    // قال ...، مقدما الشكر لـ: after a comma, a derived participle in the
    // accusative that agrees with the speaker and governs what follows
    // opens a circumstantial clause about the speaker; the report ends
    // before it. (قالت الوكالة إن ...، مستهدفا: about the reported
    // clause's subject.)
    if (c < 0 && speaker == Gender::kMasc && t > k && d_.IsComma(t - 1) && d_.IsWord(t + 1) &&
        (d_.IsHalParticiple(t) || d_.IsSimpleHalParticiple(t)))
      break;
    if (c < 0 || cues_[c].begin != t || t == k) continue;
    const CueEntry& ce = d_.Entry(c);
    if (ce.cls == CueClass::kPrep) break;
    // ...، تغريدات يكشف فيها عن حبه قال فيها: «...»: a verb of report with
    // the resumptive pronoun, then a colon or a complementizer, takes up a
    // statement of its own.
    // (Not in a relative clause: الحلقة التي انتقد فيها «...».)
    if (ce.cls == CueClass::kVerb && d_.Word(t) == ce.words[0] && d_.IsWord(t + 1) && IsResumptiveFi(d_.Word(t + 1)) &&
        !(d_.IsWord(t - 1) && (d_.Cls(t - 1) & kRelative)) && t + 2 < lim &&
        (d_.IsPunct(t + 2, U':') || (d_.Cls(t + 2) & kComp)))
      break;
    // A circumstantial participle opens a new clause after a comma or
    // before what it governs (مشيرا إلى أن); inside a phrase the same form
    // is a noun (بإشراف ومتابعة من ...).
    if (ce.cls == CueClass::kParticiple && !PredicateAt(k, t) &&
        (d_.IsComma(t - 1) || d_.GovernsAt(ce, t + 1) ||
         // (The و of واصفا, واعدا is the root's, not the conjunction.)
         !((StartsWith(d_.Word(t), kWaw) && d_.Word(t) != ce.words[0]) || (d_.Cls(t - 1) & kPrep))))
      break;
    if (ce.cls == CueClass::kVerb &&
        (d_.IsComma(t - 1) || StartsWith(d_.Word(t), kWaw) || StartsWith(d_.Word(t), kFa)) &&
        d_.Word(t) != ce.words[0])
      break;
    // ...، وبدوره أكد X أن، ...، من جهته قال X: a verb of report after a
    // comma and the journalist's opener is a report of its own; the clause
    // ends at the comma.
    if (ce.cls == CueClass::kVerb && d_.Word(t) == ce.words[0] && t - 2 > k) {
      int c = t - 1;
      while (c > k && c > t - 4 && d_.IsWord(c)) --c;
      // (Not كما: ...، كما يقول، ... is "as he says", inside the report.)
      if (c > k && d_.IsComma(c) && c + 1 < t && !d_.IsKama(c + 1) && d_.SkipOpener(c + 1, t) == t) {
        t = c;
        break;
      }
    }
    // ...، حيث أكد المجلس أن: a verb of report after حيث and a comma is a
    // report of its own; the clause ends before حيث.
    if (ce.cls == CueClass::kVerb && t - 2 > k && d_.IsComma(t - 2) && d_.IsWord(t - 1) &&
        d_.Word(t - 1) == "\u062D\u064A\u062B") {  // حيث
      --t;
      break;
    }
    // ...، كما أوضح أن، كما أعرب عن: a verb after كما and a comma, with a
    // complementizer or its preposition later in the clause, is "also" and a
    // report of its own; the clause ends before كما. (Without one it is
    // "as": ...، كما يقول، تقدم ...، كما تزعم السلطة.)
    // (Without the comma, when the verb has a subject of its own with what
    // it governs right after it: ... الموبوءة كما أوصت الوزارة بتجنب ...)
    if (ce.cls == CueClass::kVerb && t - 2 > k && !d_.IsComma(t - 2) && d_.IsKama(t - 1)) {
      const auto [sb, se] = m_.SpeakerPhrase(cues_[c].end, lim, false, &ce);
      if (se > sb && sb == cues_[c].end && se < lim && d_.IsWord(se) &&
          ((d_.Cls(se) & kComp) || d_.GovernsAt(ce, se) ||
           (ce.b && StartsWith(d_.Word(se), kBa) && (d_.Morph(se).split.proclitics & kPrepBi)))) {
        --t;
        break;
      }
    }
    if (ce.cls == CueClass::kVerb && t - 2 > k && d_.IsComma(t - 2) && d_.IsKama(t - 1)) {
      bool governs = false;
      for (int g = t + 1; g < lim && g < t + 12 && d_.IsWord(g) && !governs; ++g) {
        governs = (d_.Cls(g) & kComp) || d_.GovernsAt(ce, g);
      }
      if (governs) {
        --t;
        break;
      }
    }
    // ...، وهي الوكالات التي قال الرئيس إنها ...: a verb of report right
    // after a relative pronoun, with its own subject and a complementizer
    // after it, is a report of its own; the clause ends at the comma before
    // the relative's phrase.
    if (ce.cls == CueClass::kVerb && d_.Word(t) == ce.words[0] && t - 1 > k && d_.IsWord(t - 1) &&
        (d_.Cls(t - 1) & kRelative)) {
      const auto [sb, se] = m_.SpeakerPhrase(cues_[c].end, lim, false, &ce);
      // (A subject that names someone: definite, a name or a title; not
      // جازما in التي أعتقد جازما بأن.)
      if (se > sb && d_.IsWord(se) && (d_.Cls(se) & kComp) &&
          (d_.IsDefinite(sb) || d_.IsNameWord(sb) || (d_.AnyCls(sb) & (kTitle | kGivenName | kClassNoun)))) {
        int comma = t - 2;
        while (comma > k && comma > t - 8 && !d_.IsComma(comma)) --comma;
        if (comma > k && d_.IsComma(comma)) {
          t = comma;
          break;
        }
      }
    }
    // ... لكنه أضاف أن / ولكنها نفت: a verb after a conjunction that
    // carries its subject as a pronoun is a report of its own; the clause
    // ends before the conjunction.
    if (ce.cls == CueClass::kVerb && t - 1 > k && d_.IsWord(t - 1) && (d_.Cls(t - 1) & kCarrier)) {
      --t;
      break;
    }
    // (...، تعتبر تجسيدا لـ: a verb after a comma with an indefinite
    // accusative after it is a passive of the reported clause, not a new
    // report with its subject.)
    if (ce.cls == CueClass::kVerb && d_.IsComma(t - 1) &&
        !(d_.IsWord(t + 1) && !d_.IsDefinite(t + 1) && !d_.IsNameWord(t + 1) && EndsWith(d_.Word(t + 1), "\u0627") &&
          !(d_.Cls(t + 1) & (kGivenName | kTitle))))
      break;
  }
  // ...، وعن المعسكر، قال المدرب / وحول الموعد أوضح: a topic fronted after
  // a comma belongs to the report that follows it; the clause ends at the
  // comma before it.
  if (t < lim && t > k) {
    int c = d_.IsComma(t - 1) ? t - 2 : t - 1;
    while (c > k && c > t - 25 && !d_.IsComma(c)) --c;
    if (c > k && d_.IsComma(c) && d_.IsTopicWord(c + 1) && d_.CueAt(t) >= 0) t = c;
  }
  while (t > k && d_.T(t - 1).kind == QTokKind::kPunct) --t;
  return t;
}

bool Attributor::FrontedConditionBefore(int k) const {
  const int s = d_.SentStart(k);
  for (int t = k - 1; t >= s && t >= k - 40; --t) {
    if (!d_.IsWord(t)) continue;
    std::string_view w = d_.Word(t);
    // (An answer already given closes the condition.)
    if (StartsWith(w, kFa) && (d_.ClsCl(t) & kComp)) return false;
    if (const std::string_view v = StripOne(w, {kWaw, kFa}); !v.empty()) w = v;
    // رغم، بالرغم، على الرغم؛ إذا، لئن، لو؛ بما أن، مع أن.
    if (w == "\u0631\u063A\u0645" || w == "\u0628\u0627\u0644\u0631\u063A\u0645" ||
        w == "\u0627\u0644\u0631\u063A\u0645" || w == "\u0627\u0630\u0627" || w == "\u0644\u0626\u0646" ||
        w == "\u0644\u0648" ||
        ((w == "\u0628\u0645\u0627" || w == "\u0645\u0639") && d_.IsWord(t + 1) && (d_.Cls(t + 1) & kComp)) ||
        // (ومع تأكيد الوزير على ... فإنه: مع before a verbal noun of report.)
        (w == "\u0645\u0639" && d_.CueAt(t + 1) >= 0))
      return true;
  }
  return false;
}

bool Attributor::SubjectReportsAt(int k, int lim) const {
  for (int c = k + 1; c < lim && c <= k + 5 && d_.IsWord(c); ++c) {
    const int cue = d_.CueAt(c);
    if (cue < 0) continue;
    return cues_[cue].begin == c && d_.Entry(cue).cls == CueClass::kVerb && d_.Word(c) == d_.Entry(cue).words[0] &&
           NounPhraseOnly(k, c);
  }
  return false;
}

int Attributor::WithoutRelative(int sb, int se) const {
  for (int k = sb + 1; k < se; ++k) {
    if (!d_.IsWord(k) || !(d_.Cls(k) & kRelative)) continue;
    for (int j = k + 1; j < se; ++j) {
      if (d_.IsWord(j) && (d_.AnyCls(j) & (kTitle | kGivenName))) return se;
    }
    int e = k;
    while (e > sb && !d_.IsWord(e - 1)) --e;  // (the comma before it)
    return e > sb ? e : se;
  }
  return se;
}

bool Attributor::AskedAbout(int qb) const {
  if (qb < 1 || !d_.IsWord(qb)) return false;
  // The interrogative right before the cue: هل ترى، لماذا ينصح، كيف تنقل.
  if (!d_.IsWord(qb - 1)) return false;
  std::string_view w = d_.Word(qb - 1);
  if (const std::string_view a = StripOne(w, {kWaw, kFa}); !a.empty()) w = a;
  bool asks = false;
  for (std::string_view iw : {"\u0647\u0644", "\u0644\u0645\u0627\u0630\u0627", "\u0643\u064A\u0641",
                              "\u0645\u0627\u0630\u0627", "\u0645\u062A\u064A"}) {  // هل لماذا كيف ماذا متى
    asks |= w == iw;
  }
  if (!asks) return false;
  // ... and the sentence ends with a question mark.
  const int end = d_.SentEnd(qb);
  for (int k = qb + 1; k < end; ++k) {
    if (d_.IsPunct(k, U'\u061F') || d_.IsPunct(k, U'?')) return true;
  }
  return false;
}

int Attributor::NameBeforeComplementizer(int k, int lim) const {
  int c = k;
  while (c < lim && c <= k + 10 && d_.IsWord(c) && !(d_.AnyCls(c) & (kComp | kCompNeg)) && d_.CueAt(c) < 0) ++c;
  return c < lim && (d_.AnyCls(c) & kComp) && NameEndsRole(k, c) ? c : -1;
}

bool Attributor::NameEndsRole(int k, int end) const {
  if (end - k < 2) return false;
  const auto [nb, ne] = m_.NameRun(k, end);
  return ne > nb && nb > k && ne == end;
}

bool Attributor::ContrastReports(int t, int lim) const {
  for (int k = t; k < lim; ++k) {
    if (k > t && d_.IsContrastAt(k)) return false;
    if (d_.CueAt(k) >= 0) return true;
  }
  return false;
}

void Attributor::AddContinuations() {
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
  // The explicit subjects that come before their cue, by their first token.
  std::vector<std::pair<int, int>> subject_first;  // (sb, candidate)
  for (size_t k = 0; k < cands_.size(); ++k) {
    const Cand& o = cands_[k];
    if (o.sb >= 0 && o.se > o.sb && o.qb >= o.se) subject_first.emplace_back(o.sb, static_cast<int>(k));
  }
  std::sort(subject_first.begin(), subject_first.end());
  for (size_t p = 0; p < qt_.pairs.size(); ++p) {
    const QPair& pr = qt_.pairs[p];
    if (pr.parent != -1) continue;
    auto it = std::upper_bound(spans.begin(), spans.end(),
                               std::make_pair(d_.T(pr.close).begin, UINT32_MAX));
    if (it != spans.begin() && std::prev(it)->second >= d_.T(pr.open).end) continue;  // covered
    if (d_.WordsIn(pr) < 2 || m_.IsNameLike(static_cast<int>(p))) continue;
    int s = d_.SentStart(pr.open);
    // (A bullet before it: an item of a list, whose speaker is its own.)
    const bool bullet = d_.IsBullet(s);
    if (bullet) ++s;
    if (d_.SkipOpener(s, pr.open) != pr.open) continue;
    int after = pr.close + 1;
    while (after < d_.N() && d_.T(after).kind == QTokKind::kPunct && qt_.sent_of[after] == qt_.sent_of[pr.open])
      ++after;
    if (after < d_.N() && qt_.sent_of[after] == qt_.sent_of[pr.open]) continue;
    const int sent = qt_.sent_of[pr.open];
    // * «...».
    // الوزير فلان قال أمس إن ... / (الرئيس فلان في خطاب ...): a quotation
    // alone in its paragraph, with the speaker opening the next one, as the
    // subject of a cue or in parentheses (a column of the day's sayings).
    if (after < d_.N() && d_.T(after).para_before) {
      const int n0 = after;
      Cand c;
      c.anchor = pr.open;
      c.sentence = sent;
      c.conf = 0.8f;
      bool found = false;
      const auto it = std::lower_bound(subject_first.begin(), subject_first.end(), std::make_pair(n0, -1));
      if (it != subject_first.end() && it->first == n0) {
        const Cand& o = cands_[it->second];
        c.sb = o.sb, c.se = o.se, c.qb = o.qb, c.qe = o.qe, c.gender = o.gender;
        c.mode = SpeakerMode::kExplicit;
        found = true;
      }
      if (!found && d_.IsPunct(n0, U'(') && d_.IsWord(n0 + 1)) {
        int close = n0 + 1;
        while (close < d_.N() && close - n0 <= 40 && !d_.IsPunct(close, U')')) ++close;
        if (close < d_.N() && d_.IsPunct(close, U')')) {
          const auto [sb, se] = m_.SpeakerPhrase(n0 + 1, close, false, &MentionEntry());
          if (sb == n0 + 1 && se > sb && d_.AnyClassIn(sb, se, kTitle | kGivenName)) {
            c.sb = sb, c.se = se;
            c.mode = SpeakerMode::kExplicit;
            found = true;
          }
        }
      }
      if (found) {
        PushPair(static_cast<int>(p), c, QuoteKind::kDirect);
        continue;
      }
    }
    if (bullet) continue;
    // Only after a quote in the previous sentence.
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

void Attributor::Select() {
  // ...بنصوص الميثاق التي تؤكد على احترام ...: a cue right after a relative
  // pronoun, with no subject of its own after it, describes a noun of
  // another report's clause; it is part of that clause, no report of its
  // own (the guide annotates no report inside another's content).
  std::vector<bool> inner(cands_.size(), false);
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Cand& o = cands_[i];
    if (o.kind != QuoteKind::kIndirect || o.qb < 1 || !d_.IsWord(o.qb - 1) || !(d_.Cls(o.qb - 1) & kRelative) ||
        o.se > o.qb)
      continue;
    const uint32_t rel = d_.T(o.qb - 1).begin;
    for (const Cand& c : cands_) {
      if (c.kind == QuoteKind::kIndirect && c.qb >= 0 && c.qb < o.qb && c.sentence == o.sentence && c.vb < rel &&
          c.ve >= o.ve) {
        inner[i] = true;
        break;
      }
    }
  }
  if (std::find(inner.begin(), inner.end(), true) != inner.end()) {
    std::vector<Cand> outer;
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (!inner[i]) outer.push_back(cands_[i]);
    }
    cands_ = std::move(outer);
  }
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
      if (c.kind == QuoteKind::kIndirect && o.qb >= 0 && d_.T(o.qb).begin > c.vb &&
          d_.T(o.qb).begin < c.ve && o.vb >= d_.T(o.qb).begin) {
        int e = o.qb;
        // (And before the complementizer that joins it: ...، وأنه قال:)
        while (e > 0 && d_.T(e - 1).begin > c.vb &&
               (d_.T(e - 1).kind == QTokKind::kPunct || (d_.AnyCls(e - 1) & kComp)))
          --e;
        // (Not when too little is left to be a clause: وأوضح أنه عندما
        // قال: «...» كان يقصد ...)
        int words = 0;
        for (int t = e - 1; t >= 0 && d_.T(t).begin >= c.vb && words < 3; --t) words += d_.IsWord(t);
        if (e > 0 && d_.T(e - 1).begin >= c.vb && words >= 3) {
          c.ve = d_.T(e - 1).end;
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

}  // namespace dhad::internal
