#include "analysis/internal/entity_tracker.h"

#include <algorithm>
#include <utility>

namespace dhad::internal {

Gender EntityTracker::CarriedGender(std::string_view w) {
  return EndsWith(w, kHaAlif) ? Gender::kFem : EndsWith(w, kHum) ? Gender::kPlural : Gender::kMasc;
}

std::vector<std::string> EntityTracker::Resolve(std::vector<Cand>* cands) {
  cands_ = cands;
  for (size_t k = 0; k < cands_->size(); ++k) {
    Cand& c = (*cands_)[k];
    Harvest(c.anchor);
    // (In relayed speech the verb agrees with the relayer, not the source.)
    const bool relayed = c.relay_se > c.relay_sb;
    if (relayed) {
      // نقلت المصادر عن شهود أن ...: the relaying source spoke too (a short
      // form of an earlier one, or new), and the verb's agreement is its
      // gender.
      int r = ShortForm(c.relay_sb, c.relay_se, c.sentence);
      if (r < 0) r = NewEntity(c.relay_sb, c.relay_se, false, c.gender);
      Spoke(r, c.gender, /*statement=*/false, c.sentence);
    }
    // ذكرت معلومات صدرت أمس أن، أكدت تقارير صحفية صادرة صباح اليوم أن: after
    // an indefinite noun, a verb or participle of issuing with no issuer
    // after it (its time stayed out of the phrase) opens a clause on the
    // noun, which the speaker does not include.
    if (c.mode == SpeakerMode::kExplicit && c.se - c.sb >= 2 && !d_.IsDefinite(c.se - 2) && m_.IssuedAt(c.se - 1) &&
        !(d_.IsWord(c.se) && (d_.Word(c.se) == kAn || d_.Word(c.se) == "\u0645\u0646")))
      --c.se;
    // قال تعالى، لقوله سبحانه وتعالى، فقال عليه الصلاة والسلام: a formula
    // right after the cue that belongs to one being names its subject,
    // whoever the text named before.
    if (c.mode != SpeakerMode::kExplicit && c.qe >= 0) {
      if (const std::string_view named = d_.BlessingReferent(c.qe); !named.empty()) {
        resolved_.emplace_back(named);
        continue;
      }
    }
    int ent = -1;
    bool chained = false;  // the subject of an earlier verb, repeated
    if (c.mode == SpeakerMode::kSubject) {
      // The owner of the statement the verb at `v` takes up is the speaker.
      const auto take_owner = [&](int v) {
        bool lam = false;
        const auto [ob, oe] = StatementOwnerBefore(v, d_.SentStart(c.anchor), &lam);
        if (oe <= ob) return;
        c.sb = ob;
        c.se = oe;
        c.strip_l = lam;
        c.mode = SpeakerMode::kExplicit;
        chained = true;
      };
      // (A cue with the resumptive فيها takes up a statement; the owner the
      // text names with it, تصريحات للسيدة فلانة قالت فيها, comes before
      // the speaker of an earlier quote.)
      if (c.resumptive) take_owner(c.anchor);
      // The speaker of an earlier quote in the sentence, or the subject of
      // its first verb.
      for (int j = static_cast<int>(k) - 1; j >= 0 && c.mode == SpeakerMode::kSubject; --j) {
        const Cand& o = (*cands_)[j];
        if (o.sentence != c.sentence) break;
        // (وأكد فلان ... حسب الاستطاعة، مشيرا إلى: a masculine participle
        // does not describe a feminine noun after وفقا، بحسب; the clause's
        // subject is another.)
        if (IsCueClass(c.qb, CueClass::kParticiple) && IsCueClass(o.qb, CueClass::kPrep) &&
            c.gender == Gender::kMasc && o.se > o.sb && m_.PhraseGender(o.sb) == Gender::kFem &&
            !(d_.AnyCls(o.sb) & (kTitle | kGivenName)))
          continue;
        // (مشيرين after الرئيس: a plural participle does not take one
        // person's phrase.)
        if (c.gender == Gender::kPlural && o.se > o.sb && SingularPhrase(o.sb, o.se)) continue;
        // (تدعو الأنشودة ...، حيث يقول فيها: after a resumptive cue, as for
        // the subject of the first verb below, a masculine cue does not take
        // a feminine noun.)
        if (c.resumptive && c.gender == Gender::kMasc && o.se > o.sb && m_.PhraseGender(o.sb) == Gender::kFem &&
            !(d_.AnyCls(o.sb) & (kTitle | kGivenName)))
          continue;
        // (ويضحك المخرج معلقا ويقول: a clause between the earlier quote and
        // this cue whose verb has a person of its own as subject, in the
        // cue's gender, is nearer; that person speaks, found below.)
        if (PersonSubjectBetween(o.qe, c.qb, c.gender)) break;
        if (o.sb >= 0 || !resolved_[j].empty()) {
          c.sb = o.sb;
          c.se = o.se;
          // The same subject again: its person's name, when it has one.
          // (Unless the phrase was itself resolved to a fuller name: عيسى
          // مدخلي to عيسى عواجي مدخلي.)
          std::string name = resolved_[j];
          if (o.se > o.sb && (name.empty() || name == d_.Orig(o.sb, o.se))) {
            auto [nb, ne] = m_.NameIn(o.sb, o.se);
            // (عز الدين الأصبحي، وزير حقوق الإنسان: the name side of the
            // apposition.)
            if (ne <= nb) std::tie(nb, ne) = AppositionName(o.sb, o.se);
            // (A foreign family name alone: نتنياهو.)
            if (ne <= nb && o.se - o.sb == 1 && FamilyNameWord(o.sb)) {
              std::tie(nb, ne) = std::pair<int, int>{o.sb, o.se};
            }
            if (ne > nb && GenitiveOfBody(o.sb, nb)) nb = ne = o.se;
            if (const auto full = FullerName(nb, ne); full.second > full.first) std::tie(nb, ne) = full;
            if (ne > nb) name = d_.Orig(nb, ne);
          }
          resolved_.push_back(std::move(name));
          ent = -2;
          break;
        }
      }
      if (ent == -2) continue;
      const int s = d_.SentStart(c.anchor);
      // وبدأ الحفل بكلمة لرئيس مجلس الإدارة، رحب فيها ...، تصريحات للسيدة
      // فلانة قالت فيها: the statement that the cue's pronoun takes up
      // names its owner with ل, and the owner said it.
      // (So for a cue after such a verb in its sentence: ...، رحب فيها
      // بالحضور، مؤكدا.)
      int taken_up = c.resumptive ? c.anchor : -1;
      for (int v = c.anchor - 2; v > s && taken_up < 0; --v) {
        if (d_.IsVerb(v) && d_.IsWord(v + 1) && IsResumptiveFi(d_.Word(v + 1))) taken_up = v;
      }
      if (taken_up >= 0 && c.mode == SpeakerMode::kSubject) take_owner(taken_up);
      // A masculine cue (مشيرا، وأضاف) does not take a noun written with the
      // feminine ending as its subject (ويستأثر القطاع ...، وقالت الهيئة
      // ...، مضيفا): not a given name (أسامة) or a foreign name.
      const auto disagrees_masc = [&](int sb) {
        return c.gender == Gender::kMasc && d_.EndsInOriginal(sb, kTaMarbuta) && !(d_.AnyCls(sb) & kGivenName) &&
               !d_.IsNameWord(sb);
      };
      // The subject of the nearest clause before the participle (وقامت
      // السمكة بضرب المزلجة، وتحدثت والدة اللاعب عن الواقعة قائلة: ...).
      for (int v = c.anchor - 1; v > s && c.mode == SpeakerMode::kSubject; --v) {
        // ولكنه استوقفني قائلا: a verb right after a conjunction that
        // carries its subject as a pronoun, in the participle's gender.
        if (IsCueClass(c.qb, CueClass::kParticiple) && d_.IsWord(v) && d_.IsVerb(v) && d_.IsWord(v - 1) &&
            (d_.Cls(v - 1) & kCarrier) &&
            (c.gender == Gender::kMasc || c.gender == Gender::kFem || c.gender == Gender::kPlural)) {
          if (CarriedGender(d_.Word(v - 1)) == c.gender) {
            c.sb = v - 1;
            c.se = v;
            c.mode = SpeakerMode::kExplicit;
            chained = true;
            break;
          }
        }
        if (v == c.anchor - 1) continue;
        // لكن فلان رفض ذلك، مؤكدا / والمدير رفض ...، مشيرا: a verb whose
        // subject, a person, stands before it with nothing before the
        // subject but the clause's opener (the sentence's start, a comma,
        // لكن). (A definite word or a name cannot be the first term of a
        // construct, so the word after it that reads as a verb is one.)
        if (d_.IsWord(v) && !StartsWith(d_.Word(v), kWaw) && !d_.IsComma(v - 1)) {
          const auto [pb, pe] = SubjectBeforeVerb(v, s);
          if (pe > pb && c.gender != Gender::kPlural && !disagrees_masc(pb) &&
              (VerbGender(v) == Gender::kUnknown || VerbGender(v) == c.gender) &&
              (c.gender != Gender::kFem || m_.PhraseGender(pb) == Gender::kFem)) {
            c.sb = pb;
            c.se = pe;
            c.strip_w = StartsWith(d_.Word(pb), kWaw) && (d_.Morph(pb).split.proclitics & kConjWa);
            c.mode = SpeakerMode::kExplicit;
            chained = true;
            break;
          }
        }
        // (After قد a word the dictionary also reads as a noun is the verb:
        // وقد وجه الأمير الشرطة ...، مشددا.)
        // (So is a word after ثم "then", which opens a clause: ثم ألقى
        // مدير المهرجان كلمة ...)
        // (And after حيث or إذ, which open a verbal clause: حيث علق فلان ...
        // بقوله.)
        const bool after_hayth =
            d_.IsWord(v - 1) && (d_.Word(v - 1) == "\u062D\u064A\u062B" || d_.Word(v - 1) == "\u0627\u0630");
        if (!d_.IsWord(v) || !(d_.IsVerbOnly(v) || (d_.CueAt(v) >= 0 && d_.Entry(d_.CueAt(v)).cls == CueClass::kVerb) ||
                               (d_.IsVerb(v) && !d_.IsDefinite(v) &&
                                (d_.IsQad(v - 1) || after_hayth ||
                                 (d_.IsWord(v - 1) && d_.Word(v - 1) == kThumma)))))
          continue;
        // (في وقت دعت قيادات ...: after a time phrase too.)
        // (حيث أخلت الشركة مسؤوليتها، وقالت: after حيث or إذ too.)
        const bool clause_start = StartsWith(d_.Word(v), kWaw) || d_.IsComma(v - 1) ||
                                  (d_.IsWord(v - 1) && (d_.Cls(v - 1) & kStop)) ||
                                  (d_.IsWord(v - 1) && (d_.AnyCls(v - 1) & (kAdjunct | kSetting))) ||
                                  (d_.IsWord(v - 1) && (d_.Word(v - 1) == "\u062D\u064A\u062B" ||
                                                        d_.Word(v - 1) == "\u0627\u0630"));
        if (!clause_start) continue;
        // (بيان أصدرته: a verb with its object pronoun after an indefinite
        // setting noun is a relative clause inside the phrase, no clause.)
        if (d_.HasPronounSuffix(v) && d_.IsWord(v - 1) && (d_.AnyCls(v - 1) & kSetting) && !d_.IsDefinite(v - 1) &&
            !StartsWith(d_.Word(v), kWaw) && !d_.IsComma(v - 1))
          continue;
        // ولخصوا أسباب ...، مطالبين: a verb whose suffix is its subject
        // (plural or dual only) takes the noun after it as its object; its
        // subject is that of an earlier clause (أبدى عدد من الأسر ...
        // وعبروا ... وقالوا). (Not after قد with the subject before it:
        // وكان مواطنون قد طالبوا.)
        if (d_.SubjectInSuffix(v) && (StartsWith(d_.Word(v), kWaw) || d_.IsComma(v - 1))) continue;
        auto [sb, se] = m_.SpeakerPhrase(v + 1, c.anchor, false, &SubjectEntry());
        if (se > sb) se = RoleToName(sb, se, c.anchor);
        // (With the person's name between commas after the role: رد وزير
        // الخارجية، جون كيري، على ...، لافتا إلى أن.)
        if (se > sb) se = m_.WithApposition(sb, se, c.anchor, &SubjectEntry());
        // Only a person or an office: a title, a given name or a name in it
        // (not المبيعات or الأطفال, the subjects of other verbs).
        bool person = NamesPerson(sb, se, kTitle | kGivenName | kDocument);
        // (Or the definite subject of a reporting verb whose report the
        // participle gives, when they agree: أكدت إدارة النادي عبر بيان ...
        // قائلة: إنه ...)
        // (Or, for a feminine cue, the definite feminine subject of any
        // verb: حيث أخلت شركة الكهرباء مسؤوليتها، وقالت. A noun before a
        // name is definite by it: وتحدثت والدة فاننيج ... قائلة.)
        if (!person && se > sb &&
            ((d_.CueAt(v) >= 0 && d_.Entry(d_.CueAt(v)).cls == CueClass::kVerb) || c.gender == Gender::kFem) &&
            (d_.IsDefinite(sb) ||
             (se - sb >= 2 && (d_.IsDefinite(sb + 1) || (d_.IsNameWord(sb + 1) && !(d_.Morph(sb).classes & kMasdar))))) &&
            c.gender != Gender::kPlural &&
            c.gender != Gender::kUnknown && !d_.HasPossessive(sb) &&
            (m_.PhraseGender(sb) == Gender::kFem) == (c.gender == Gender::kFem))
          person = true;
        // (A plural participle, مؤكدين، takes a group: قيادات في الحكومة.)
        if (!person && se > sb && c.gender == Gender::kPlural && !d_.IsDefinite(sb) && !d_.HasDigit(sb) &&
            !d_.IsVerb(sb) && !SingularPhrase(sb, se) && !d_.HasPronounSuffix(sb))
          person = true;
        if (c.gender == Gender::kPlural && SingularPhrase(sb, se)) person = false;
        // (Not a prepositional phrase, بالمدير، للوزير; a name that opens
        // with the letter is one, بنهور.)
        const bool prep_phrase = (StartsWith(d_.Word(sb), kBa) || StartsWith(d_.Word(sb), kLam)) &&
                                 !((d_.IsNameWord(sb) || (d_.Cls(sb) & kGivenName)) &&
                                   !(d_.Morph(sb).split.proclitics & (kPrepBi | kPrepLi)));
        if (se > sb && person && !d_.HasPossessive(sb) && !d_.HasPronounSuffix(sb) && !disagrees_masc(sb) &&
            !prep_phrase) {
          c.sb = sb;
          c.se = se;
          c.mode = SpeakerMode::kExplicit;
          chained = true;
          break;
        }
        // (A verb read as one only after قد, with no person after it, may
        // have its subject in an earlier clause: يعيش الدكتور فلان ...، وقد
        // حقق حلم حياته، وأكد.)
        if (!d_.IsVerbOnly(v) && d_.IsQad(v - 1) && d_.CueAt(v) < 0) continue;
        break;
      }
      // (وكان X يشغل ...، وطالب: the subject follows the auxiliary.)
      // (The first verb may be a cue with no content of its own: وأضاف
      // المدير قائلا: "...".)
      // (وفيما دان المجلس الهجوم، أكد أن: the first verb may follow a
      // contrast word. A sentence that opens with no verb has no subject
      // to take here: a name at its start is as often a byline.)
      const int after_contrast = d_.ContrastEnd(s);
      int v0 = after_contrast < c.anchor ? after_contrast : s;
      // (كما اعتقلت الشرطة ...، وقالت: كما "also" before the first verb,
      // when a definite noun or a title follows the verb; an indefinite
      // one is as often its object, with the subject in the verb: كما وجه
      // دعوة ...، كما ثمن رعاية ....)
      if (d_.IsWord(v0) && v0 + 2 < c.anchor && d_.Word(v0) == d_.tables().kama[0] && d_.IsWord(v0 + 2) &&
          (d_.IsDefinite(v0 + 2) || (d_.AnyCls(v0 + 2) & kTitle)))
        ++v0;
      const int first_cue = d_.CueAt(v0);
      if (c.mode == SpeakerMode::kSubject && d_.IsWord(v0) && !d_.SubjectInSuffix(v0) &&
          (first_cue < 0 || d_.Entry(first_cue).cls == CueClass::kVerb) &&
          !d_.IsDefinite(v0) && v0 + 1 < c.anchor &&
          (d_.IsKana(v0) || first_cue >= 0 || d_.IsVerb(v0)) &&
          (d_.IsKana(v0) || !(d_.AnyCls(v0) & (kStop | kNeg | kPrep | kAdjunct)))) {
        auto [sb, se] = m_.SpeakerPhrase(v0 + 1, c.anchor, false, &SubjectEntry());
        if (se > sb) se = RoleToName(sb, se, c.anchor);
        if (se > sb) se = m_.WithApposition(sb, se, c.anchor, &SubjectEntry());
        // (وختم حديثه بالقول: a noun with a pronoun is the object; وأشاد
        // بدور القوات: a prepositional phrase is no subject.)
        const bool prep_phrase = (d_.Morph(sb).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) &&
                                 !(d_.Cls(sb) & kGivenName) && !d_.IsNameWord(sb);
        // (After a resumptive cue, the first verb's subject may be the
        // statement itself, the pronoun's antecedent: أعجبتني تغريدة ...
        // قال فيها. A masculine cue cannot take a feminine noun as its
        // subject.)
        const bool disagrees = (c.resumptive && c.gender == Gender::kMasc && m_.PhraseGender(sb) == Gender::kFem &&
                                !(d_.AnyCls(sb) & (kTitle | kGivenName))) ||
                               (se > sb && disagrees_masc(sb));
        // (Nor a measure, a rule or a quantity, the object of a verb of
        // estimate: وقدر حجم المنصرف ...، مؤكدا; a part of a group, فئة من
        // المشجعين، is people.)
        const bool measure = (d_.AnyCls(sb) & kNonSource) && !(d_.IsWord(sb + 1) && d_.Word(sb + 1) == "\u0645\u0646");
        // (Nor a verb in the first person, the narrator's next act: ونهضت
        // أحاول دخول حجرتي.)
        const bool first_person = d_.IsVerbOnly(sb) && d_.Morph(sb).person == 1;
        if (se > sb && !d_.HasPossessive(sb) && !prep_phrase && !disagrees && !measure && !first_person) {
          c.sb = sb;
          c.se = se;
          c.mode = SpeakerMode::kExplicit;
          chained = true;
        }
      }
      if (c.mode == SpeakerMode::kSubject) c.mode = SpeakerMode::kImplicit;
    }
    std::string resolved;
    if (c.mode == SpeakerMode::kExplicit) {
      const uint32_t cl = c.strip_w ? d_.AnyCls(c.sb) : d_.Cls(c.sb);
      if (cl & kPronoun) {
        const Gender g = (cl & kPronF) ? Gender::kFem : (cl & kPronP) ? Gender::kPlural : Gender::kMasc;
        ent = Antecedent(g, c.sentence);
        // (هو نفسه: the pronoun with its emphatic is the pronoun.)
        if (c.se - c.sb > 1 && !(c.se - c.sb == 2 && IsEmphaticSelf(d_.Word(c.sb + 1)))) {
          // هو ووزير الخارجية: resolve the pronoun and keep the others.
          if (ent >= 0) resolved = Display(ent) + " " + d_.Orig(c.sb + 1, c.se);
          ent = -1;
        }
      } else if (c.se - c.sb == 1 &&
                 ((StartsWith(d_.Word(c.sb), kAn) && d_.Word(c.sb).size() > 4) || (cl & (kCarrier | kComp)))) {
        // عنه / عنها: the pronoun carries the speaker. (So does the one on
        // a complementizer, إلا أنه أكد.)
        ent = Antecedent(CarriedGender(d_.Word(c.sb)), c.sentence);
      } else if ((d_.Cls(c.sb) & kDocument) && c.se - c.sb == 1) {
        // وأضافت الدراسة after ذكرت دراسة حديثة: the document named before
        // with the same noun, then the issuer of the latest statement.
        for (int j = static_cast<int>(entities_.size()) - 1; j >= 0 && ent < 0; --j) {
          if (!Near(entities_[j], c.sentence)) break;
          if (!entities_[j].dead && entities_[j].speaker && entities_[j].head == m_.Head(c.sb)) ent = j;
        }
        for (int j = static_cast<int>(entities_.size()) - 1; j >= 0 && ent < 0; --j) {
          if (!Near(entities_[j], c.sentence)) break;
          if (!entities_[j].dead && entities_[j].statement) {
            ent = j;
            break;
          }
        }
        if (ent < 0) ent = ShortForm(c.sb, c.se, c.sentence);
        if (ent < 0) {
          ent = NewEntity(c.sb, c.se, c.strip_l, relayed ? Gender::kUnknown : c.gender);
          // (Or its issuer, named right after it: وكشف التقرير الذي أصدرته
          // مؤسسة النقد أن ...)
          resolved = OwnText(c.sb, c.se);
        } else if (!relayed && c.gender != Gender::kPlural) {
          entities_[ent].document_gender = c.gender;
        }
      } else {
        ent = ShortForm(c.sb, c.se, c.sentence);
        if (ent < 0) {
          ent = NewEntity(c.sb, c.se, c.strip_l, relayed ? Gender::kUnknown : c.gender, c.strip_w);
          std::string own = OwnText(c.sb, c.se);
          if (c.strip_l) StripLeadingLam(&own);
          if (c.strip_w) own.erase(0, 2);
          // (A bare name that the document gives in full elsewhere, عيسى
          // مدخلي for عيسى عواجي حاج مدخلي, resolves to the full name; a
          // mention with its title or role is copied. So does a given
          // name alone: وقال يوسف.)
          auto [nb, ne] = m_.NameIn(c.sb, c.se);
          if (ne <= nb && c.se - c.sb == 1 &&
              (FamilyNameWord(c.sb) || ((d_.Cls(c.sb) & kGivenName) && !(d_.Cls(c.sb) & kLaqab)))) {
            std::tie(nb, ne) = std::pair<int, int>{c.sb, c.se};
          }
          const std::string& display = Display(ent);
          resolved = entities_[ent].fuller && nb == c.sb && ne == c.se ? display : own;
        }
      }
      if (ent >= 0 && (resolved.empty() || chained || c.repeated)) resolved = Display(ent);
    } else if (c.mode == SpeakerMode::kImplicit) {
      ent = Antecedent(c.gender, c.sentence);
      if (ent >= 0) resolved = Display(ent);
    }
    // وقالت فانيسكو after انتشل غطاس ... لوريتا فانيسكو: a verb agrees
    // with the person's name written as its subject, which tells the
    // person's gender better than the verb of an earlier sentence whose
    // phrase took the name in (there the name may have been the object).
    // (Not a given name the lexicon knows the gender of, nor a document or
    // a relay.)
    if (ent >= 0 && !relayed && c.se > c.sb && !c.statement &&
        (c.gender == Gender::kMasc || c.gender == Gender::kFem)) {
      Entity& e = entities_[ent];
      if (e.gender != c.gender && e.gender != Gender::kUnknown && !e.name.empty() && e.name_begin >= 0 &&
          !(d_.Cls(e.name_begin) & kGivenName) && !(d_.AnyCls(c.sb) & kDocument) &&
          m_.NameRun(c.sb, c.se).second > c.sb)
        e.gender = c.gender;
    }
    if (ent >= 0) Spoke(ent, relayed ? Gender::kUnknown : c.gender, c.statement, c.sentence);
    resolved_.push_back(resolved);
  }
  return std::move(resolved_);
}

void EntityTracker::Spoke(int ent, Gender g, bool statement, int sentence) {
  Entity& e = entities_[ent];
  if (e.gender == Gender::kUnknown) e.gender = g;
  e.speaker = true;
  e.statement |= statement;
  MakeCurrent(ent, sentence);
}

void EntityTracker::MakeCurrent(int ent, int sentence) {
  Entity& e = entities_[ent];
  e.sentence = std::max(e.sentence, sentence);
  e.para = qt_.para_of[e.sentence];
  if (ent != static_cast<int>(entities_.size()) - 1) {
    Entity moved = e;
    e.dead = true;
    entities_.push_back(std::move(moved));
  }
}

void EntityTracker::Harvest(int upto) {
  while (harvest_next_ < static_cast<int>(qt_.sent_begin.size()) &&
         qt_.sent_begin[harvest_next_] <= upto) {
    const int s = qt_.sent_begin[harvest_next_++];
    const int lim = d_.SentEnd(s);
    HarvestSentence(s, lim);
  }
}

void EntityTracker::HarvestSentence(int s, int lim) {
  // سبق- الدمام: / عوض الفهمي- سبق- أضم: a dateline (words joined by
  // dashes, up to a colon) before the lead, at the start of a paragraph.
  if (s == 0 || d_.T(s).para_before) {
    bool dash = false;
    for (int k = s; k < lim && k < s + 10; ++k) {
      if (d_.IsPunct(k, U':')) {
        if (dash && k > s + 1) s = k + 1;
        break;
      }
      if (d_.IsPunct(k, U'-')) {
        dash = true;
        continue;
      }
      if (!d_.IsWord(k) || d_.CueAt(k) >= 0) break;
      dash |= EndsWith(d_.Word(k), "-");  // (سبق- is one token)
    }
  }
  // (من جهته، أجرى الوزير ...: the journalist's opener comes first.)
  s = d_.SkipOpener(s, lim);
  // (وفي كلمته خلال الحفل، شكر الأمير ...: a fronted phrase up to a comma;
  // or several, وأمس، في مقابلة تلفزيونية، دافع الوزير ...)
  for (int phrases = 0; phrases < 3 && s < lim && d_.IsWord(s) && (d_.AnyCls(s) & (kPrep | kAdjunct)); ++phrases) {
    const int before = s;
    for (int k = s + 1; k < lim && k <= s + 6; ++k) {
      if (d_.IsComma(k)) {
        s = k + 1;
        break;
      }
      if (!d_.IsWord(k) || d_.CueAt(k) >= 0) break;
    }
    if (s == before) break;
  }
  // (Or a fronted phrase with no comma after it, up to a verb in the past
  // that can only be one: وفي ختام الحفل ألقى فلان ...)
  if (s < lim && d_.IsWord(s) && (d_.AnyCls(s) & (kPrep | kAdjunct))) {
    for (int k = s + 1; k < lim && k <= s + 4; ++k) {
      if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg | kRelative | kNeg))) break;
      if (!d_.IsDefinite(k) && d_.AnyCls(k) == 0 && d_.IsVerbOnly(k) && (d_.Morph(k).classes & kVerbPast) &&
          d_.Morph(k).split.proclitics == 0) {
        s = k;
        break;
      }
    }
  }
  // (وقد مثل فلان أمام المحكمة، ثم عاد فلان: a particle or an adverb of one
  // word before the verb.)
  if (s + 1 < lim && d_.IsWord(s) && (d_.AnyCls(s) & kStop) &&
      !(d_.AnyCls(s) & (kComp | kCompNeg | kRelative | kPronoun | kPrep | kCarrier)) && d_.IsWord(s + 1) &&
      d_.IsVerb(s + 1) && !d_.IsDefinite(s + 1) && d_.CueAt(s) < 0)
    ++s;
  // (لكن فلان، الذي ...، تحرك: لكن before a name that opens its clause.)
  if (s + 1 < lim && d_.IsWord(s) && (d_.Word(s) == "\u0644\u0643\u0646" || d_.Word(s) == "\u0648\u0644\u0643\u0646") &&
      d_.IsWord(s + 1) && d_.IsNameWord(s + 1) && (d_.Morph(s + 1).classes & kUnknown))
    ++s;
  if (s >= lim) return;
  const bool verb_first =
      d_.IsWord(s) && d_.CueAt(s) < 0 && !d_.HasDigit(s) &&
      !(d_.AnyCls(s) & (kStop | kNeg | kPrep | kAdjunct | kComp | kRelative)) && s + 1 < lim;
  if (verb_first) {
    // VSO (تأهلت اللاعبة ...) or, with a definite first word, SVO.
    // (Asked only when no name was found: a word of the sentence names a
    // statement, بيان.)
    // (A new statement, indefinite: not البيان named before, nor the data,
    // بيانات, nor a statement that is the source of a prepositional
    // attribution: ارتفعت المبيعات، بحسب البيان.)
    auto statement = [&]() {
      for (int k = s; k < lim; ++k) {
        if (!d_.IsWord(k) || d_.IsDefinite(k)) continue;
        const std::string_view w = d_.Word(k);
        const size_t at = w.find("\u0628\u064A\u0627\u0646");
        if (at != std::string_view::npos && w.find("\u0628\u064A\u0627\u0646\u0627\u062A") == std::string_view::npos &&
            !(k > 0 && d_.CueAt(k - 1) >= 0 && d_.Entry(d_.CueAt(k - 1)).cls == CueClass::kPrep))
          return true;
      }
      return false;
    };
    for (int from : {s + 1, s}) {
      // (SVO with a definite first word, or with a name the dictionary
      // does not know: لكن فلان، الذي ...، تحرك.)
      if (from == s && !d_.IsDefinite(s) && !(d_.IsNameWord(s) && (d_.Morph(s).classes & kUnknown))) continue;
      auto [sb, se] = m_.SpeakerPhrase(from, lim, false, &MentionEntry());
      if (se <= sb) continue;
      // (تجنب فلان الإشارة إلى ...: a family name the text gave in full
      // before is the whole subject; a verbal noun after it is the object.)
      if (se - sb > 1 && !(d_.AnyCls(sb) & (kTitle | kClassNoun | kGivenName | kDocument)) &&
          d_.IsDefinite(sb + 1) && !d_.IsNameWord(sb + 1) &&
          ((d_.Morph(sb + 1).classes & kMasdar) || d_.LooksLikeMasdar(sb + 1)) && m_.FamilyNameOfEarlierName(sb))
        se = sb + 1;
      se = RoleToName(sb, se, lim);
      // (رد وزير الخارجية، جون كيري، على ...: the person's name between
      // commas after the role is part of the subject, as after a cue.)
      const int plain_se = se;
      se = m_.WithApposition(sb, se, lim, &MentionEntry());
      // A prepositional phrase (لأفرادها، بالمدينة) or a noun with a pronoun
      // is no subject.
      if (d_.HasPossessive(sb) ||
          ((StartsWith(d_.Word(sb), kLam) || StartsWith(d_.Word(sb), kBa)) &&
           d_.Morph(sb).split.stem_begin > 0))
        continue;
      // The verb agrees with its subject (التقت → feminine).
      const Gender g = from == s + 1 && d_.IsVerb(s) ? VerbGender(s) : Gender::kUnknown;
      const auto [nb, ne] = m_.NameRun(sb, se);
      // والتقى الوزير ...: a short form of a known entity makes it the most
      // recent one again.
      if (ne <= nb) {
        const int known = ShortForm(sb, se, qt_.sent_of[s]);
        if (known >= 0) {
          MakeCurrent(known, qt_.sent_of[s]);
          // (A person the sentence before only named, دافع كيري after
          // التقى الوزير المبعوث جون كيري, is now a verb's subject: an
          // antecedent like any other. Not a body, nor a phrase whose name
          // does not open with a given name or a word the dictionary does
          // not know.)
          Entity& e = entities_.back();
          if (e.mention_only && !e.classed && e.name.size() >= 2 && e.name_begin >= 0 &&
              ((d_.Cls(e.name_begin) & kGivenName) || (d_.Morph(e.name_begin).classes & kUnknown)) &&
              d_.Morph(e.name_begin).split.proclitics == 0 && !d_.IsDefinite(e.name_begin)) {
            e.mention_only = false;
            if (e.gender == Gender::kUnknown) e.gender = g;
          }
          break;
        }
      }
      if (ne > nb) {
        // With the role after the name (زار نبيل البلوشي النائب في البرلمان
        // ...): النائب later names the same person. Anything else after the
        // name may be the verb's object.
        const bool role = ne < se && (m_.ConstructTitleAt(ne) || (d_.IsDefinite(ne) && (d_.AnyCls(ne) & kTitle)));
        NewEntity(sb, role ? se : ne, false, g);
      } else if (se > plain_se) {
        NewEntity(sb, se, false, g);
      } else if (from == s + 1 && statement()) {
        // أصدرت الوزارة بيانا: the issuer of the statement.
        NewEntity(sb, se, false, g);
        entities_.back().statement = true;
      } else if (const int body_end = from == s + 1 && g != Gender::kUnknown && (d_.Cls(sb) & kClassNoun) &&
                                           !d_.IsDefinite(sb) && se - sb >= 2
                                       ? BodyNameEnd(sb, se)
                                       : sb;
                 body_end > sb + 1) {
        // نشرت صحيفة «الأيام» افتتاحية ... وقالت: a body named with its
        // class noun is the subject of its verb, and of the verbs after it
        // that agree (the phrase ends with its name: what follows may be
        // the object).
        NewEntity(sb, body_end, false, g);
      } else if (from == s + 1 && GroupAt(sb, se)) {
        // دشن عدد من أهالي المركز وسما ... وطالبوا: a group named by no
        // one's name is the subject of the plural verbs that follow.
        NewEntity(sb, se, false, Gender::kPlural);
        entities_.back().group = true;
      } else if (from == s + 1 && g != Gender::kUnknown && se - sb >= 2 && se - sb <= 4 && m_.AllDefinite(sb, se) &&
                 !(d_.AnyCls(sb) & (kTitle | kGivenName | kDocument | kPronoun)) && !d_.IsNameWord(sb) &&
                 AdjectivesAfterHead(sb, se)) {
        // أنهى البنك الأهلي التجاري ...: a body named by its head and
        // adjectives, the subject of its verb, is what its head alone names
        // later (وأوضح البنك); not yet an antecedent of an implicit subject.
        NewEntity(sb, se, false, g);
        entities_.back().mention_only = true;
        entities_.back().classed = true;
      } else {
        continue;
      }
      break;
    }
  }
  // حيث أوضح رئيس القسم يحيى العلي، الخدمات ...: the named subject of a
  // reporting verb is a speaker to come back to (وقال: ...), even when no
  // quote was found for that verb.
  for (int k = s; k < lim; ++k) {
    const int c = d_.CueAt(k);
    if (c < 0 || d_.cues()[c].begin != k || d_.Entry(c).cls != CueClass::kVerb) continue;
    const auto [sb, se] = m_.SpeakerPhrase(d_.cues()[c].end, lim, false, &d_.Entry(c));
    if (se <= sb) continue;
    const auto [nb, ne] = m_.NameRun(sb, se);
    // (Or with the person's title after the name: أعلن الدكتور فلان وزير
    // الثقافة ...; الوزير later is a short form of it.)
    if (ne <= nb) continue;
    // (Anything else after a given and a family name may be the verb's
    // object, glued to it when no quote came of the verb: كشف المراقب فلان
    // الفلاني الكثير من الأسرار. The phrase then ends with the name; not
    // before و, which may join a second subject.)
    int end = se;
    if (ne != se && !m_.ConstructTitleAt(ne) && !(d_.IsDefinite(ne) && (d_.AnyCls(ne) & kTitle))) {
      // (Only a name that opens with a given name the lexicon knows: a run
      // of words the dictionary does not know may be anything.)
      // (Nor a given name that is a common word too: علي for على, تهاني
      // وتبريكات, تهاني after a verb of offering; nor one deep in the
      // phrase.)
      if (!d_.IsWord(ne) || StartsWith(d_.Word(ne), kWaw) || !(d_.Cls(nb) & kGivenName) || ne - nb < 2 ||
          nb - sb > 3 || (d_.AnyCls(nb) & (kStop | kPrep)) || d_.Entry(c).courtesy ||
          StartsWith(d_.Word(nb + 1), kWaw))
        continue;
      end = ne;
    }
    bool known = false;
    for (int e = static_cast<int>(entities_.size()) - 1; e >= 0 && entities_[e].sentence == qt_.sent_of[s]; --e) {
      known |= entities_[e].name.size() == static_cast<size_t>(ne - nb) && entities_[e].name[0] == d_.Word(nb);
    }
    if (!known) NewEntity(sb, end, false, d_.Entry(c).gender);
  }
  // إلا أنه في عام 1991 سيطر الجنرال السابق جوهر دوادييف على الحكم ...
  // وبعد شهرين أعلن: a person named with a title right after a verb in the
  // middle of the sentence is that verb's subject, an antecedent for the
  // implicit subjects that follow (a name alone may be an object).
  for (int k = s + 1; k + 2 < lim; ++k) {
    // (The word classes first: the dictionary is asked about the verb only
    // before a definite title, a few words a sentence.)
    if (!(d_.AnyCls(k + 1) & kTitle) || !d_.IsWord(k) || d_.CueAt(k) >= 0 || !d_.IsDefinite(k + 1) ||
        !d_.IsVerbOnly(k) || !(d_.Morph(k).classes & kVerbPast) || d_.SubjectInSuffix(k))
      continue;
    const auto [sb, se] = m_.SpeakerPhrase(k + 1, lim, false, &MentionEntry());
    if (se <= sb) continue;
    const auto [nb, ne] = m_.NameRun(sb, se);
    if (ne <= nb) continue;
    bool known = false;
    for (int e = static_cast<int>(entities_.size()) - 1; e >= 0 && entities_[e].sentence == qt_.sent_of[s]; --e) {
      known |= !entities_[e].name.empty() && entities_[e].name[0] == d_.Word(nb) && !entities_[e].mention_only;
    }
    if (known) continue;
    // (The phrase ends with the name: what follows may be the object.)
    NewEntity(sb, ne, false, VerbGender(k));
    k = ne - 1;
  }
  // وعلمت «الوطن» من مصادر مطلعة أن ...: the paper learned it from a
  // source; not a quote of the paper's (the guide leaves علم out), but
  // the source is the subject of the verbs that follow (وقالت، وأضافت).
  if (s + 3 < lim && d_.IsWord(s)) {
    std::string_view w = d_.Word(s);
    if (const std::string_view a = StripOne(w, {kWaw, kFa}); !a.empty()) w = a;
    if (w == "\u0639\u0644\u0645\u062A" || w == "\u0639\u0644\u0645") {
      for (int k = s + 1; k < lim && k <= s + 8; ++k) {
        if (d_.IsWord(k) && d_.Word(k) == "\u0645\u0646") {
          const auto [sb, se] = m_.SpeakerPhrase(k + 1, lim, false, nullptr);
          if (se > sb && (d_.Cls(se) & kComp)) {
            const int e = NewEntity(sb, se, false, Gender::kUnknown);
            Spoke(e, Gender::kUnknown, /*statement=*/false, qt_.sent_of[s]);
          }
          break;
        }
        if (d_.IsComma(k) || d_.IsStrongEnd(k) || (d_.Cls(k) & kComp)) break;
      }
    }
  }
  // بثت قناة «الخبر» ...، صحيفة واشنطن بوست: a channel, paper or agency
  // named after its class noun.
  for (int k = s; k + 1 < lim; ++k) {
    if (!(d_.AnyCls(k) & kClassNoun) || d_.IsDefinite(k)) continue;
    const int p = d_.OpenTop(k + 1);
    int end = -1;
    if (p >= 0 && qt_.pairs[p].open == k + 1 && d_.WordsIn(qt_.pairs[p]) > 0 && d_.WordsIn(qt_.pairs[p]) <= 4) {
      end = qt_.pairs[p].close + 1;
    } else {
      // (صحيفة واشنطن بوست: a name the dictionary does not know, unquoted.)
      int e = k + 1;
      // (Not a nisba adjective: جامعة سعودية.)
      while (e < lim && e < k + 4 && d_.IsNameWord(e) && !d_.IsDefinite(e) && !(d_.Cls(e) & kGivenName) &&
             !EndsWith(d_.Word(e), "\u064A\u0647"))
        ++e;
      if (e > k + 1) end = e;
    }
    if (end < 0) continue;
    // (لقناة «الخبر»: the entity is the channel, without its ل.)
    const bool clitic = !(d_.Cls(k) & kClassNoun);  // (the class is of the word without it)
    NewEntity(k, end, clitic && StartsWith(d_.Word(k), kLam), Gender::kUnknown);
    entities_.back().mention_only = true;
    entities_.back().classed = true;
    if (clitic) entities_.back().head = StripOne(d_.Word(k), {kWaw, kFa, kLam, kBa});
    k = end - 1;
  }
  {
    // Other people named in the sentence (حلت العداءة هدى سليمان).
    for (int pos = s; pos < lim;) {
      const auto [nb, ne] = m_.NameRun(pos, lim);
      if (ne <= nb) break;
      bool known = false;
      for (int k = static_cast<int>(entities_.size()) - 1;
           k >= 0 && entities_[k].sentence == qt_.sent_of[s]; --k) {
        const Entity& e = entities_[k];
        known |= e.name.size() == static_cast<size_t>(ne - nb) && e.name[0] == d_.Word(nb);
      }
      // (After a comma too: وزير الخارجية، جون كيري،.)
      if (!known && nb > 0 && (d_.IsWord(nb - 1) || d_.IsComma(nb - 1))) {
        // With the title or definite word before the name (العداءة هدى
        // سليمان), not a verb (جدد ماجد الهزاني).
        const bool lead = d_.IsWord(nb - 1) && (d_.IsDefinite(nb - 1) || (d_.AnyCls(nb - 1) & kTitle));
        // (With the whole role before the title, when a title heads it:
        // بحضور رئيس مجلس الإدارة المهندس فلان; رئيس مجلس الإدارة later is a
        // short form of it.)
        // (Or before the comma of an apposition: شيخ الأزهر، أحمد الطيب.)
        int rb = lead ? nb - 1 : nb;
        const bool apposition = !lead && d_.IsComma(nb - 1) && nb - 2 >= s && d_.IsWord(nb - 2);
        const bool plain_lead = (lead && !(d_.Morph(nb - 1).split.proclitics & (kPrepBi | kPrepLi | kPrepKa))) ||
                                apposition;
        for (int k = apposition ? nb - 2 : rb - 1; plain_lead && k >= s && k >= nb - 7; --k) {
          if (!d_.IsWord(k) || d_.CueAt(k) >= 0 ||
              (d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi | kPrepKa | kConjWa | kConjFa)) ||
              (d_.AnyCls(k) & (kStop | kPrep | kAdjunct | kGivenName)) || d_.IsNameWord(k) || d_.IsVerbOnly(k))
            break;
          if ((d_.AnyCls(k) & kTitle) && !d_.IsDefinite(k)) rb = k;
        }
        NewEntity(rb, ne, false, Gender::kUnknown);
        entities_.back().mention_only = true;
      }
      pos = ne;
    }
  }
}

int EntityTracker::BodyNameEnd(int sb, int se) const {
  int e = sb + 1;
  const int p = d_.OpenTop(e);
  if (p >= 0 && qt_.pairs[p].open == e && qt_.pairs[p].close < se && d_.WordsIn(qt_.pairs[p]) <= 4) {
    e = qt_.pairs[p].close + 1;  // صحيفة «الأيام»
  } else if (d_.IsNameWord(e) && !d_.IsDefinite(e)) {
    while (e < se && d_.IsNameWord(e) && !d_.IsDefinite(e) && !(d_.Cls(e) & kGivenName)) ++e;  // شركة مايكروسوفت
  } else if (d_.IsDefinite(e) && !(d_.AnyCls(e) & (kTitle | kClassNoun | kDocument))) {
    ++e;  // مجلس الأمن، جمعية البر
  } else {
    return sb;
  }
  // Its definite adjectives (الأميركية) and the place with ب (بجدة).
  while (e < se && d_.IsWord(e) &&
         ((d_.IsDefinite(e) && d_.IsAdjectiveLike(e) && !StartsWith(d_.Word(e), kLamLam)) ||
          (StartsWith(d_.Word(e), kBa) && d_.IsNameWord(e) && !d_.IsDefinite(e))))
    ++e;
  return e;
}

int EntityTracker::NewEntity(int sb, int se, bool strip_l, Gender g, bool strip_w) {
  Entity e;
  // (A document is known by its issuer, not by a name inside it: التقرير
  // الصادر عن إدارة مطار الملك عبدالعزيز.)
  auto [nb, ne] = (d_.AnyCls(sb) & kDocument) ? std::pair<int, int>{se, se} : m_.NameIn(sb, se);
  // ذوو المواطن فلان، مسؤولو الجمارك: a plural head before the person's
  // name is a group, and the whole phrase names it. (ذوو / ذوي, the plural
  // of ذو, spelled out: the dictionary has no entry. A plural noun the
  // dictionary knows, not a verb or a foreign name. A verb before its
  // subject stays singular, ناشد ذوو ..., so its agreement does not tell
  // the number.)
  if (ne > nb && nb > sb && d_.IsWord(sb) && !(d_.AnyCls(sb) & (kGivenName | kTitle | kDocument | kPronoun)) &&
      (d_.Word(sb) == "\u0630\u0648\u0648" || d_.Word(sb) == "\u0630\u0648\u064A" ||
       (d_.Morph(sb).number == 3 && !d_.IsVerb(sb) && !d_.IsNameWord(sb)))) {
    e.plural_head = true;
    nb = ne = se;
  }
  // الحكومة برئاسة فلان، القوات بقيادة فلان: a name after a verbal noun with
  // a preposition is its genitive; the head before it is who speaks.
  // (After a definite word: محافظ بقيق فلان is a place in the role. A
  // second name later in the phrase is the speaker's: عضو الشرف المعارض
  // لبقاء فلان الأمير فلان.)
  if (ne > nb && nb - 1 > sb && d_.IsWord(nb - 1) && !(d_.AnyCls(nb - 1) & (kTitle | kGivenName)) &&
      d_.IsDefinite(nb - 2) && (d_.Morph(nb - 1).split.proclitics & (kPrepBi | kPrepLi)) &&
      (d_.Morph(nb - 1).classes & kMasdar)) {
    const auto next = ne < se ? m_.NameIn(ne, se) : std::pair<int, int>{se, se};
    std::tie(nb, ne) = next.second > next.first ? next : std::pair<int, int>{se, se};
  }
  // قناة آزال الموالية للرئيس فلان، حزب X بزعامة فلان: in a body's phrase
  // a name after a preposition is another's; the body is the phrase. So is
  // a name with its title in the body's own name: مؤسسة جسر الملك فهد،
  // جامعة الملك سعود.
  if (ne > nb && d_.IsWord(sb) && !d_.IsDefinite(sb) && (d_.AnyCls(sb) & kClassNoun)) {
    for (int k = sb + 1; k < nb; ++k) {
      if (d_.IsWord(k) && ((d_.Cls(k) & kPrep) || (d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi)) ||
                           (k == nb - 1 && (d_.AnyCls(k) & kTitle) && d_.IsDefinite(k) && k - sb <= 3))) {
        nb = ne = se;
        break;
      }
    }
  }
  // (Not the name in the genitive of a body's or a relative's noun:
  // حكومة الرئيس فلان.)
  if (ne > nb && GenitiveOfBody(sb, nb)) nb = ne = se;
  if (ne > nb) {
    e.display = d_.Orig(nb, ne);
    for (int k = nb; k < ne; ++k) e.name.push_back(d_.Word(k));
    e.name_begin = nb;
    e.span_begin = sb;
    e.span_end = se;
    if (nb - sb >= 2) {
      e.pre_begin = sb;
      e.pre_words = nb - sb;
    }
    int r = d_.IsComma(ne) ? ne + 1 : ne;
    // (Not a pronoun that opens what describes the person, الوزير فلان،
    // وهو عضو ...: the title before the name is the role then.)
    if (r < se && d_.IsWord(r) && !d_.HasDigit(r) && !(d_.AnyCls(r) & (kPrep | kStop | kAdjunct | kPronoun))) {
      e.role = m_.Head(r);
    } else if (nb - 1 >= sb && (d_.AnyCls(nb - 1) & kTitle)) {
      e.role = m_.Head(nb - 1);
    } else if (nb == sb && nb > 0 && d_.IsWord(nb - 1) && d_.IsDefinite(nb - 1) && (d_.AnyCls(nb - 1) & kTitle) &&
               d_.Morph(nb - 1).split.proclitics == kArticle) {
      // (A phrase cut after the definite title that opens the sentence,
      // الوزير | فلان الفلاني، وهو ...: the title is still the role.)
      e.role = m_.Head(nb - 1);
    }
  } else {
    // اللورد باتن أوف بارنز، رئيس جامعة أكسفورد / الرئيس التركي، رجب طيب
    // أردوغان: without a name the dictionary can tell, the side of the
    // apposition that is no role (no article, no title word) names the
    // person.
    int c = sb + 1;
    while (c < se && !d_.IsComma(c)) ++c;
    int db = sb, de = se;
    if (c + 1 < se && d_.IsWord(sb) && d_.IsWord(c + 1) && !(d_.AnyCls(sb) & kDocument)) {
      const auto role = [&](int t) { return d_.IsDefinite(t) || (d_.AnyCls(t) & kTitle); };
      if (role(sb) && !role(c + 1)) {
        db = c + 1;
        // (The words of that side are the name its surname recalls later:
        // كيري for جون كيري.)
        if (de - db >= 2 && de - db <= 4) {
          bool bare = true;
          for (int k = db; k < de && bare; ++k) bare = d_.IsWord(k) && !d_.IsDefinite(k);
          if (bare) {
            for (int k = db; k < de; ++k) e.name.push_back(d_.Word(k));
            e.name_begin = db;
            e.role = m_.Head(sb);
          }
        }
      } else {
        de = c;
      }
    }
    e.display = OwnText(db, de);
    if (!(d_.AnyCls(sb) & kDocument)) {
      e.phrase_begin = sb;
      e.phrase_words = se - sb;
    }
    if (strip_l) StripLeadingLam(&e.display);
    if (strip_w) e.display.erase(0, 2);  // والمتحدثة → المتحدثة
  }
  e.head = m_.Head(sb);
  e.plural_noun = e.name.empty() && d_.IsWord(sb) && d_.Morph(sb).number == 3 && !d_.IsNameWord(sb) &&
                  !(d_.AnyCls(sb) & (kTitle | kGivenName | kPronoun));
  e.gender = g != Gender::kUnknown ? g : m_.PhraseGender(sb);
  if (e.gender == Gender::kUnknown && ne > nb) {
    // The given name tells the person's gender (هند العمري، خالد الناصر).
    if (d_.Cls(nb) & kGivenF) e.gender = Gender::kFem;
    if (d_.Cls(nb) & kGivenM) e.gender = Gender::kMasc;
  }
  // (A group named by no one's name, the speaker of a verb that agrees
  // with its quantifier, يتوقع الكثير من الإيرانيين: plural verbs only
  // after it.)
  if (e.name.empty() && GroupAt(sb, se)) e.group = true;
  e.sentence = qt_.sent_of[sb];
  e.para = qt_.para_of[e.sentence];
  entities_.push_back(std::move(e));
  return static_cast<int>(entities_.size()) - 1;
}

std::string EntityTracker::OwnText(int sb, int se) const {
  // التقرير الصادر عن إدارة المطار: a document stands for its issuer.
  if (d_.AnyCls(sb) & kDocument) {
    for (int k = sb + 2; k + 1 < se; ++k) {
      if (d_.IsWord(k) && d_.Word(k) == kAn && (d_.Morph(k - 1).classes & kParticiple) && d_.IsDefinite(k - 1))
        return d_.Orig(k + 1, se);
    }
  }
  // تقرير صدر عن المفوضية، بيان صادر عن المجلس، دراسة أجرتها الجامعة:
  // the clause right after an indefinite document names its issuer.
  if (!d_.IsDefinite(sb) && ((d_.AnyCls(sb) & (kDocument | kSetting)) || d_.IsDocumentNoun(sb))) {
    const auto sadir = [&](int k) { return d_.Word(k) == d_.tables().sadir[0] || d_.Word(k) == d_.tables().sadir[1]; };
    // (صادرة may have ended the phrase as its adjective: إحصائية صادرة عن.)
    if (se - 1 > sb && sadir(se - 1)) --se;
    if (se < d_.N() && d_.IsWord(se)) {
      const std::string_view w = d_.Word(se);
      const bool issued = w == "\u0635\u062F\u0631" || w == "\u0635\u062F\u0631\u062A" ||  // صدر، صدرت
                          sadir(se);                                                        // صادر، صادرة
      // (With a time adverb between: صدر حديثا من، صادر أمس عن.)
      int at = se + 1;
      if (issued && d_.IsWord(at) && (d_.AnyCls(at) & kAdjunct || d_.IsAccusativeAdverb(at))) ++at;
      int from = -1;
      if (issued && d_.IsWord(at) && (d_.Word(at) == kAn || d_.Word(at) == "\u0645\u0646")) from = at + 1;
      if (d_.IsVerb(se) && d_.HasPronounSuffix(se) && !(d_.AnyCls(se) & (kComp | kCompNeg | kStop))) from = se + 1;
      if (from > 0) {
        auto [ib, ie] = m_.SpeakerPhrase(from, d_.SentEnd(from), false, nullptr);
        // (Not a verb the phrase ran into: هيئة تنمية الصادرات وحصلت.)
        for (int k = ib + 1; k < ie; ++k) {
          if (StartsWith(d_.Word(k), kWaw) && d_.IsVerbOnly(k)) {
            ie = k;
            break;
          }
        }
        if (ib == from && ie > ib && (m_.NameRun(ib, ie).second > ib || (d_.AnyCls(ib) & kClassNoun) ||
                                      d_.IsDefinite(ib) || d_.IsNameWord(ib) || d_.OpenTop(ib) >= 0))
          return d_.Orig(ib, ie);
      }
    }
  }
  // التقرير الحادي والخمسون الذي أصدرته مؤسسة النقد: after a definite
  // document, a relative clause whose verb of issuing (أصدر، نشر، أعد،
  // أجرى) carries the document's pronoun names its issuer. (Not one that
  // relays or reads it: البيان الذي نقلته الوكالة، الذي تلاه المتحدث.)
  auto issuing = [&](int v) {
    for (std::string_view stem : {"\u0627\u0635\u062F\u0631", "\u0646\u0634\u0631", "\u0627\u0639\u062F",
                                  "\u0627\u062C\u0631"}) {
      if (StartsWith(d_.Word(v), stem)) return true;
    }
    return false;
  };
  // (Its number may stand between: التقرير الـ51 الذي أصدرته.)
  const int rel = d_.IsWord(se) && d_.HasDigit(se) && se - sb == 1 ? se + 1 : se;
  // (Or a document in the construct state, over a chain of two: تقرير
  // نتائج الربع ... الذي أعدته الوحدة.)
  const auto definite_document = [&]() {
    return d_.IsDefinite(sb) ||
           (!d_.HasPossessive(sb) && d_.IsWord(sb + 1) &&
            (d_.IsDefinite(sb + 1) || (d_.IsWord(sb + 2) && d_.IsDefinite(sb + 2) && !d_.IsAdjectiveLike(sb + 1))));
  };
  if (rel + 2 < d_.N() && d_.IsWord(rel) && (d_.Cls(rel) & kRelative) && d_.IsWord(rel + 1) && d_.IsVerb(rel + 1) &&
      d_.HasPronounSuffix(rel + 1) && issuing(rel + 1) && ((d_.AnyCls(sb) & kDocument) || d_.IsDocumentNoun(sb)) &&
      definite_document()) {
    auto [ib, ie] = m_.SpeakerPhrase(rel + 2, d_.SentEnd(rel + 2), false, nullptr);
    // (Not the time of issuing, في فبراير الماضي, nor a verb joined to the
    // relative's, ونشر حديثا.)
    for (int k = ib + 1; k < ie; ++k) {
      const bool timed = d_.Word(k) == kFi && k + 2 < ie && IsTimeAdjective(d_.Word(k + 2));
      if (timed || (StartsWith(d_.Word(k), kWaw) && d_.IsVerb(k) && !d_.IsDefinite(k))) {
        ie = k;
        break;
      }
    }
    // (A body in the construct state too: أصدرته إدارة الدراسات.)
    if (ib == rel + 2 && ie > ib &&
        ((d_.AnyCls(ib) & kClassNoun) || d_.IsDefinite(ib) || d_.IsNameWord(ib) || m_.NameRun(ib, ie).second > ib ||
         (ie > ib + 1 && d_.IsDefinite(ib + 1) && !d_.HasPossessive(ib))))
      return d_.Orig(ib, ie);
  }
  // تقرير مؤسسة النقد، دراسة حديثة لشركة ماكنزي، التقرير السنوي لغرفة
  // الشرقية، بيان «أرامكو»: the genitive of a document names its issuer
  // when it is an agent, a body, an office or a name; otherwise it is the
  // topic (تقرير مؤشرات الأداء، دراسة الجدوى).
  if (const int g = DocumentIssuerAt(sb, se); g > sb) {
    // (A quoted name without its marks: تقرير «ساما».)
    if (d_.T(g).kind == QTokKind::kMark) return d_.Orig(g + 1, se - 1);
    std::string own = d_.Orig(g, se);
    // (لشركة → شركة, لأمانو → أمانو: the preposition; not the ل of لجنة.)
    if ((d_.Morph(g).split.proclitics & kPrepLi) ||
        (d_.IsNameWord(g) && StartsWith(d_.Word(g), "\u0644\u0627") && !(d_.Cls(g) & kGivenName)))
      StripLeadingLam(&own);
    return own;
  }
  // بحسب "رويترز": a phrase that is one quoted name is that name.
  if (se - sb >= 3 && d_.T(sb).kind == QTokKind::kMark && d_.T(sb).pair >= 0 &&
      qt_.pairs[d_.T(sb).pair].open == sb && qt_.pairs[d_.T(sb).pair].close == se - 1)
    return d_.Orig(sb + 1, se - 1);
  return d_.Orig(sb, se);
}

int EntityTracker::DocumentIssuerAt(int sb, int se) const {
  if (se - sb < 2 || !d_.IsDocumentNoun(sb)) return sb;
  // An agent: a body or an office (مؤسسة النقد، لشركة ماكنزي، المنظمة
  // الدولية، وزير المالية: the class of the word without ل and the
  // article), a name (اليونيسكو، لزهران) or a quoted name (بيان «أرامكو»).
  const auto agent = [&](int g) {
    if (d_.T(g).kind == QTokKind::kMark) {
      const int p = d_.OpenTop(g);
      return p >= 0 && qt_.pairs[p].close == se - 1 && m_.IsNameLike(p);
    }
    if (!d_.IsWord(g) || d_.HasDigit(g) || (d_.AnyCls(g) & (kDocument | kFigures | kSetting | kStop | kPrep)))
      return false;
    if (d_.IsNameWord(g) || (d_.Cls(g) & kGivenName)) return true;
    std::string_view base = d_.Word(g);
    if (d_.Morph(g).split.proclitics & kPrepLi) {
      base.remove_prefix(kLam.size());
      if (StartsWith(base, kLam)) base.remove_prefix(kLam.size());  // للشركة: the article's ل
    }
    const bool definite = StartsWith(base, kAl);
    if (definite) base.remove_prefix(kAl.size());
    if ((d_.tables().Class(base) & (kClassNoun | kTitle)) != 0 && g + 1 < se) return true;
    // (Or a body named by a noun in the construct state, not the article's:
    // بيان لوزارة الداخلية، تقرير مكتب الإحصاء الأوروبي; not an adjective,
    // a participle or a plural of things: استطلاع جديد للرأي، إحصائيات
    // تابعة للجهاز، تقرير مؤشرات الأداء.)
    return !definite && g + 1 < se && d_.IsWord(g + 1) && d_.IsDefinite(g + 1) &&
           !(d_.AnyCls(g + 1) & (kDocument | kFigures | kSetting | kStop | kPrep)) &&
           (d_.Morph(g).classes & kNominal) && !(d_.Morph(g).classes & (kAdjective | kParticiple)) &&
           !EndsWith(base, "\u0627\u062A");
  };
  // A head in the construct state takes its genitive right after it; a
  // definite head, or one with its adjectives, takes it with ل.
  if (!d_.IsDefinite(sb) && agent(sb + 1)) return sb + 1;
  int g = sb + 1;
  while (g < se && d_.IsWord(g) && !StartsWith(d_.Word(g), kLam) &&
         (d_.IsAdjectiveLike(g) || (d_.Morph(g).classes & (kAdjective | kParticiple))) &&
         d_.IsDefinite(g) == d_.IsDefinite(sb))
    ++g;
  if (g >= se || !d_.IsWord(g) || !StartsWith(d_.Word(g), kLam)) return sb;
  return agent(g) ? g : sb;
}

std::pair<int, int> EntityTracker::StatementOwnerBefore(int anchor, int s, bool* lam) const {
  *lam = false;
  // (Over a semicolon, which the sentence bounds may end a sentence at:
  // وتخلل الحفل كلمة لرئيس المجلس؛ أثنى فيها.)
  if (s >= 2 && d_.IsSemicolon(s - 1)) s = d_.SentStart(s - 2);
  const std::pair<int, int> none{anchor, anchor};
  // The nearest statement noun, within 30 tokens.
  // (Not one in the accusative before على, an adverb of purpose: تعقيبا
  // من الهيئة ردا على المقال.)
  const auto in_reply = [&](int t) {
    return EndsWith(d_.Word(t), "\u0627") && d_.IsWord(t + 1) && d_.Word(t + 1) == kAla;
  };
  int k = anchor - 1;
  while (k >= s && k >= anchor - 30 && (!StatementNounAt(k) || in_reply(k))) --k;
  if (k < s || k < anchor - 30) return none;
  if (d_.IsWord(k + 1) && (d_.Morph(k + 1).split.proclitics & kPrepLi) && !(d_.AnyCls(k + 1) & kAddressee)) {
    const auto [sb, se] = m_.SpeakerPhrase(k + 1, anchor, true, &SubjectEntry());
    if (se <= sb) return none;
    // (A person or an office: a title, a given name or a name in it.)
    if (!NamesPerson(sb, se, kTitle | kGivenName)) return none;
    *lam = true;
    return {sb, se};
  }
  // تلقت الصحيفة تعقيبا من الهيئة، رسالة من الوزير: من names who sent it.
  // (A person, or a body with the article or a definite genitive; not a
  // place the dictionary names, من الرياض.)
  if (d_.IsWord(k + 1) && d_.Word(k + 1) == "\u0645\u0646" && d_.IsWord(k + 2)) {
    const auto [sb, se] = m_.SpeakerPhrase(k + 2, anchor, false, &SubjectEntry());
    const bool body = (d_.IsDefinite(sb) || d_.IsDefinite(se - 1)) && !d_.IsNameWord(sb);
    if (sb == k + 2 && se > sb && (NamesPerson(sb, se, kTitle | kGivenName) || body)) return {sb, se};
  }
  // تغريدة كتبها الدكتور فلان، مقالة قديمة نشرها الناقد فلان: a verb of
  // writing or issuing right after the statement (or after its
  // adjectives) carries it as its object pronoun; its subject wrote it.
  int v = k + 1;
  // (Or after its genitive: كلمة اللجنة ألقاها رئيسها.)
  while (v < anchor && v < k + 3 && !d_.IsDefinite(k) && d_.IsWord(v) && d_.IsDefinite(v) && !d_.IsVerb(v) &&
         !(d_.AnyCls(v) & (kTitle | kPrep | kStop)))
    ++v;
  while (v < anchor && v < k + 3 && d_.IsWord(v) && !d_.IsDefinite(v) && !d_.IsVerbOnly(v) &&
         (d_.Morph(v).classes & kAdjective) && !d_.HasPronounSuffix(v) &&
         d_.Morph(v).split.enclitic == Enclitic::kNone)
    ++v;
  if (v + 1 < anchor && d_.IsWord(v) && d_.IsVerb(v) &&
      d_.CarriesPronoun(v) && IssuingVerb(v)) {
    auto [sb, se] = m_.SpeakerPhrase(v + 1, anchor, false, &SubjectEntry());
    if (sb != v + 1 || se <= sb || !NamesPerson(sb, se, kTitle | kGivenName)) return none;
    // (Not where it was written: كتبها فلان في صحيفة ...، في تويتر.)
    if (const auto [nb, ne] = m_.NameIn(sb, se); ne > nb && ne < se && d_.IsWord(ne) && d_.Word(ne) == kFi) se = ne;
    return {sb, se};
  }
  // (An interview or a call with someone: either side may speak.)
  if (d_.IsWord(v) && d_.Word(v) == "\u0645\u0639") return none;  // مع
  // وفي الحفل ألقى رئيس البلدية كلمة، نشرت المجلة تقريرا: the statement
  // is the object of a verb of issuing, right after its subject.
  for (int w = k - 1; w >= s && w >= k - 12; --w) {
    if (!d_.IsWord(w) || d_.CueAt(w) >= 0) break;
    if (!d_.IsVerb(w) || d_.CarriesPronoun(w) || !IssuingVerb(w))
      continue;
    const auto [sb, se] = m_.SpeakerPhrase(w + 1, k, false, &SubjectEntry());
    // (A definite phrase: الوزارة، مجلة الأفق, a person, or a name.)
    if (sb == w + 1 && se == k &&
        (NamesPerson(sb, se, kTitle | kGivenName | kDocument) || d_.IsDefinite(sb) || d_.IsDefinite(se - 1) ||
         d_.IsNameWord(se - 1)))
      return {sb, se};
    break;
  }
  return none;
}

int EntityTracker::RoleToName(int sb, int se, int lim) const {
  // مدير الشؤون الصحية بمحافظة الأحساء الدكتور فلان الفلاني: a role whose
  // place follows with a preposition, then the person's title and name; the
  // subject runs to the name. (Only a role with no name of its own yet.)
  if (!d_.IsWord(se) || !(d_.Morph(se).split.proclitics & (kPrepBi | kPrepLi)) || d_.CueAt(se) >= 0) return se;
  if (const auto [nb, ne] = m_.NameRun(sb, se); ne > nb) return se;
  if (!(d_.AnyCls(sb) & kTitle)) return se;
  for (int t = se + 1; t < lim && t <= se + 4; ++t) {
    if (!d_.IsWord(t) || d_.CueAt(t) >= 0 || d_.IsVerbOnly(t) || (d_.AnyCls(t) & (kPrep | kStop | kComp))) break;
    if (!d_.IsDefinite(t) || !(d_.AnyCls(t) & kTitle)) continue;
    const auto [nb, ne] = m_.NameRun(t + 1, lim);
    return nb == t + 1 && ne - nb >= 2 ? ne : se;
  }
  return se;
}

bool EntityTracker::GenitiveOfBody(int sb, int nb) const {
  // حكومة الرئيس السوداني فلان، والدة الرئيس فلان: a noun that is no title
  // in the construct state, with the person's title as its genitive (and
  // that title's adjectives), names the body or the relative, not the
  // person. (Not صاحب السمو الملكي الأمير فلان: the title does not follow
  // the head.)
  if (nb - sb < 2 || !d_.IsWord(sb) || d_.IsDefinite(sb) || d_.IsNameWord(sb) || d_.IsVerbOnly(sb) ||
      (d_.AnyCls(sb) & (kTitle | kGivenName | kLaqab | kPronoun | kStop | kPrep)) ||
      (d_.Morph(sb).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)))
    return false;
  if (!d_.IsWord(sb + 1) || !d_.IsDefinite(sb + 1) || !(d_.AnyCls(sb + 1) & kTitle)) return false;
  // (Nor an honorific, which is the person's: سمو الأمير، معالي الوزير،
  // سعادة الشيخ، فخامة الرئيس, in the view's spelling.)
  for (std::string_view h : {"\u0633\u0645\u0648", "\u0645\u0639\u0627\u0644\u064A", "\u0633\u0639\u0627\u062F\u0647",
                             "\u0641\u0636\u064A\u0644\u0647", "\u062C\u0644\u0627\u0644\u0647", "\u0641\u062E\u0627\u0645\u0647",
                             "\u0635\u0627\u062D\u0628", "\u062F\u0648\u0644\u0647"}) {
    if (d_.Word(sb) == h) return false;
  }
  for (int k = sb + 2; k < nb; ++k) {
    if (!d_.IsWord(k) || !d_.IsDefinite(k) || !d_.IsAdjectiveLike(k) || (d_.AnyCls(k) & kTitle)) return false;
  }
  return true;
}

bool EntityTracker::StatementNounAt(int k) const {
  if (!d_.IsWord(k) || d_.IsDefinite(k) || d_.HasPossessive(k)) return false;
  if (d_.AnyCls(k) & (kSetting | kDocument)) return true;
  // (In the accusative: بيانا، تقريرا، اتصالا.)
  const std::string_view w = d_.Word(k);
  constexpr std::string_view kAlif = "\u0627";
  return EndsWith(w, kAlif) && w.size() > 4 &&
         (d_.tables().Class(w.substr(0, w.size() - kAlif.size())) & (kSetting | kDocument));
}

bool EntityTracker::IsTimeAdjective(std::string_view w) {
  // الماضي، المقبل، الجاري، الحالي: "last", "next", "current" after a
  // month or a period.
  return w == "\u0627\u0644\u0645\u0627\u0636\u064A" || w == "\u0627\u0644\u0645\u0642\u0628\u0644" ||
         w == "\u0627\u0644\u062C\u0627\u0631\u064A" || w == "\u0627\u0644\u062D\u0627\u0644\u064A";
}

bool EntityTracker::IssuingVerb(int v) const {
  // كتب، نشر، أصدر، ألقى، أجرى، أعد، وجه، أرسل، بعث، عقد، أطلق.
  std::string_view w = d_.Word(v);
  if (StartsWith(w, kWaw) && (d_.Morph(v).split.proclitics & kConjWa)) w.remove_prefix(kWaw.size());
  for (std::string_view stem :
       {"\u0643\u062A\u0628", "\u0646\u0634\u0631", "\u0627\u0635\u062F\u0631", "\u0627\u0644\u0642\u064A",
        "\u0627\u0644\u0642\u0627", "\u0627\u062C\u0631", "\u0627\u0639\u062F", "\u0648\u062C\u0647",
        "\u0627\u0631\u0633\u0644", "\u0628\u0639\u062B", "\u0639\u0642\u062F", "\u0627\u0637\u0644\u0642"}) {
    if (StartsWith(w, stem)) return true;
  }
  return false;
}

bool EntityTracker::PersonSubjectBetween(int from, int to, Gender g) const {
  if (g != Gender::kMasc && g != Gender::kFem) return false;
  for (int v = from; v < to; ++v) {
    // (Not a verb with an object pronoun, the resumptive of a relative
    // clause: أمسية نظمها فلان وأدارها فلان.)
    if (!d_.IsWord(v) || !d_.IsVerbOnly(v) || d_.CueAt(v) >= 0 || d_.Morph(v).split.enclitic != Enclitic::kNone)
      continue;
    if (!StartsWith(d_.Word(v), kWaw) && !d_.IsComma(v - 1)) continue;
    const auto [sb, se] = m_.SpeakerPhrase(v + 1, to, false, &SubjectEntry());
    // (A person: a phrase that opens with a title or a given name; الرحلة
    // أكثر راحة only holds a word that is also a name.)
    if (se <= sb || !(d_.AnyCls(sb) & (kTitle | kGivenName))) continue;
    if ((m_.PhraseGender(sb) == Gender::kFem) == (g == Gender::kFem) && VerbGender(v) == g) return true;
  }
  return false;
}

bool EntityTracker::NamesPerson(int sb, int se, uint32_t classes) const {
  for (int k = sb; k < se; ++k) {
    if (d_.AnyCls(k) & classes) return true;
  }
  const auto [nb, ne] = m_.NameRun(sb, se);
  return ne > nb;
}

bool EntityTracker::PersonRole(int sb, int se) const {
  // A title (وزير المالية، الناطق الإعلامي), an honorific before one
  // (معالي رئيس المجلس) or a definite participle (المرشد الأعلى), with no
  // name in it (العقيد طارق is a name). The last word may be the name of
  // a place the office is of, the genitive of the title: أمير عسير for
  // أمير منطقة عسير (not a person's: that has a given name before it, or
  // follows the title directly, الرئيس أوباما).
  for (int k = sb; k < se; ++k) {
    if (!d_.IsWord(k) || (d_.AnyCls(k) & kGivenName)) return false;
    // (Or the genitive of the title's own genitive: رئيس إقليم كردستان.)
    if (d_.IsNameWord(k) &&
        !(k == se - 1 && k >= sb + 1 && !d_.IsDefinite(k - 1) &&
          ((d_.AnyCls(k - 1) & kTitle) ||
           (k >= sb + 2 && !d_.IsNameWord(k - 1) && !d_.IsDefinite(k - 2) && (d_.AnyCls(k - 2) & kTitle)))))
      return false;
  }
  if (d_.AnyCls(sb) & kTitle) return true;
  if (d_.IsDefinite(sb) && (d_.Morph(sb).classes & kParticiple) && !(d_.AnyCls(sb) & kClassNoun)) return true;
  return sb + 1 < se && (d_.AnyCls(sb + 1) & kTitle) && !d_.IsDefinite(sb) && !(d_.AnyCls(sb) & kClassNoun);
}

bool EntityTracker::RoleWordsIn(int sb, int se, const Entity& e) const {
  if (RoleWordsFrom(sb, se, e)) return true;
  // (An honorific before the short role, سمو أمير منطقة عسير, may be
  // missing from the role after the name: the title after it heads it.)
  return se - sb >= 3 && !d_.IsDefinite(sb) && !(d_.AnyCls(sb) & kTitle) && (d_.AnyCls(sb + 1) & kTitle) &&
         RoleWordsFrom(sb + 1, se, e);
}

bool EntityTracker::RoleWordsFrom(int sb, int se, const Entity& e) const {
  const int name_end = e.name_begin + static_cast<int>(e.name.size());
  // The role's head starts the role before the name or the one after it.
  const int after = d_.IsComma(name_end) ? name_end + 1 : name_end;
  int k = -1;
  // (The short form may carry ل: كلمة لرئيس مجلس الإدارة.)
  std::string_view head = d_.Word(sb);
  if (d_.Morph(sb).split.proclitics & kPrepLi) {
    if (const std::string_view bare = StripOne(head, {kLam}); !bare.empty()) head = bare;
  }
  if (e.span_begin < e.name_begin && d_.IsWord(e.span_begin) && d_.Word(e.span_begin) == head) {
    k = e.span_begin;
  } else if (after < e.span_end && d_.IsWord(after) && d_.Word(after) == head) {
    k = after;
  } else {
    return false;
  }
  const int end = k < e.name_begin ? e.name_begin : e.span_end;
  ++k;
  // (A definite genitive stands for the noun it repeats with its own
  // genitive or name: أمير المنطقة for أمير منطقة عسير، رئيس الهيئة for
  // رئيس هيئة الاتصالات.)
  const auto same = [&](int role_word, int word) {
    const std::string_view w = d_.Word(word);
    return d_.Word(role_word) == w || (word > sb && StartsWith(w, kAl) && !d_.IsDefinite(role_word) &&
                                       d_.Word(role_word) == w.substr(kAl.size()));
  };
  // (And the other way: a definite genitive in the role stands for the
  // noun with its own genitive in the words after it, the name of the
  // place: رئيس إقليم كردستان for رئيس الإقليم، مسعود بارزاني.)
  const auto shorter = [&](int role_word, int word) {
    return word + 2 == se && !d_.IsDefinite(word) && d_.IsDefinite(role_word) &&
           d_.Word(role_word).substr(kAl.size()) == d_.Word(word) && StartsWith(d_.Word(role_word), kAl) &&
           d_.IsWord(word + 1) && (d_.IsNameWord(word + 1) || (d_.Morph(word + 1).classes & kProperName));
  };
  for (int j = sb + 1; j < se; ++j) {
    if (!d_.IsWord(j)) return false;
    while (k < end && (!d_.IsWord(k) || !(same(k, j) || shorter(k, j)))) ++k;
    if (k >= end) return false;
    if (shorter(k, j)) return true;
    ++k;
  }
  return true;
}

bool EntityTracker::SingularPhrase(int sb, int se) const {
  // A personal name, or a head the dictionary reads as singular, with no
  // coordination in the phrase.
  for (int k = sb + 1; k < se; ++k) {
    if (d_.IsWord(k) && (d_.Morph(k).split.proclitics & kConjWa)) return false;
  }
  const auto [nb, ne] = m_.NameRun(sb, se);
  if (ne > nb) return true;
  return d_.IsWord(sb) && d_.Morph(sb).number == 1;
}

const std::string& EntityTracker::Display(int ent) {
  Entity& e = entities_[ent];
  if (!e.fuller_checked) {
    e.fuller_checked = true;
    // (Asked here, for the names given as an answer, not for every name
    // the harvest meets.)
    // (A foreign family name alone, which NameIn does not take for a name
    // without the given names before it: نتنياهو.)
    const bool family = e.name_begin < 0 && e.phrase_words == 1;
    if (e.name_begin >= 0 || family) {
      const auto [fb, fe] = family ? FullerName(e.phrase_begin, e.phrase_begin + 1)
                                   : FullerName(e.name_begin, e.name_begin + static_cast<int>(e.name.size()));
      if (fe > fb) {
        e.display = d_.Orig(fb, fe);
        e.fuller = true;
      }
    }
  }
  return e.display;
}

std::pair<int, int> EntityTracker::FullerName(int nb, int ne) const {
  std::pair<int, int> best{0, 0};
  constexpr std::string_view kAbd = "\u0639\u0628\u062F";  // عبد
  // A foreign family name alone (وقال نتنياهو): the article names the
  // person in full first (بنيامين نتنياهو), with given names the dictionary
  // does not know, and later by the family name. The nearest full form
  // before it (two people of one family: أريانا هافينغتون and her husband),
  // or the first after it.
  // (Asked once a name: the answer for its first mention serves the others.)
  // (Or a family name the dictionary reads as a word, روحاني: the full
  // form needs a given name before it there, which a common noun lacks.)
  if (ne - nb == 1 && (FamilyNameWord(nb) || LooseFamilyWord(nb))) {
    const std::string_view word = d_.Word(nb);
    for (const auto& [w, run] : family_names_) {
      if (w == word) return run;
    }
    const auto run_at = [&](int i) {
      return d_.IsWord(i) && d_.Word(i) == word ? FamilyNameRun(i) : std::pair<int, int>{i, i};
    };
    // (Back to the article's start in any news article: a long feature
    // gives the full name once, thousands of words before; the answer is
    // kept, so the pass is made once a name.)
    for (int i = nb; i >= std::max(0, nb - 8000) && best.second <= best.first; --i) best = run_at(i);
    for (int i = nb + 1; i < std::min(d_.N(), nb + 300) && best.second <= best.first; ++i) best = run_at(i);
    if (best.second <= best.first) best = {0, 0};
    family_names_.emplace_back(word, best);
    return best;
  }
  // (Names that open with a given name, the ones with lineages: the
  // document's given names are indexed once, and only they are read.)
  // (A short form is a given name and a family name, with a father's
  // name at most: two or three words; or a given name alone, below.)
  const bool given_alone = ne - nb == 1 && (d_.Cls(nb) & kGivenName) && !(d_.Cls(nb) & kLaqab);
  if ((ne - nb < 2 && !given_alone) || ne - nb > 3 ||
      !((d_.Cls(nb) & (kGivenName | kLaqab)) || d_.Word(nb) == kAbd))
    return best;
  if (!given_indexed_) {
    for (int t = 0; t < d_.N(); ++t) {
      if (d_.IsWord(t) && ((d_.Cls(t) & (kGivenName | kLaqab)) || d_.Word(t) == kAbd)) given_.push_back(t);
    }
    given_indexed_ = true;
  }
  if (given_alone) return FullNameOfGiven(nb);
  const std::string_view first = d_.Word(nb), last = d_.Word(ne - 1);
  int best_len = ne - nb;
  // (Within the page before the short form, where a news article gives
  // the full name first, and a little after it: a whole book in one call
  // would cost a pass per name.)
  const int from = std::max(0, nb - 1500), to = std::min(d_.N(), ne + 300);
  for (auto it = std::lower_bound(given_.begin(), given_.end(), from); it != given_.end() && *it + 2 < to; ++it) {
    const int i = *it;
    if (i == nb || d_.Word(i) != first) continue;
    // The same given name and family name with more names between them
    // (بن سعد), as one name run.
    auto [rb, re] = m_.NameRun(i, std::min(d_.N(), i + 10));
    if (rb != i) continue;
    // (The run stops before a family name the dictionary knows as a word,
    // ماهر بن سعد | الجديد: the short form names it.)
    if (d_.Word(re - 1) != last && d_.IsWord(re) && d_.Word(re) == last) ++re;
    if (re - rb <= best_len) continue;
    // (Or the run opens with the short form, word for word: فيصل بن خالد
    // for فيصل بن خالد بن عبدالعزيز, a name given without the rest of its
    // lineage. The words after it are a lineage or a family name: بن، آل،
    // عبد and the name after them, a definite nisba, a name the dictionary
    // does not know; not a verb or a word with a proclitic the run took in,
    // داود أوغلو يتوعد، بندر بن سلطان بشكل.)
    if (d_.Word(re - 1) != last) {
      bool prefix = true;
      for (int j = 0; j < ne - nb && prefix; ++j) prefix = d_.Word(rb + j) == d_.Word(nb + j);
      for (int t = rb + (ne - nb); t < re && prefix; ++t) {
        const std::string_view w = d_.Word(t);
        const bool link = IsNameLinkWord(w) || IsNameLinkWord(d_.Word(t - 1)) || d_.Word(t - 1) == kAbd;
        prefix = !d_.IsVerbOnly(t) && (d_.Morph(t).split.proclitics & ~kArticle) == 0 &&
                 (link || (d_.IsDefinite(t) && EndsWith(w, "\u064A")) ||
                  (d_.IsNameWord(t) && !(d_.Cls(t) & kGivenName)));
      }
      if (!prefix) continue;
    }
    // (Every word of the short form, in order: فيصل بن سلمان بن عبد العزيز
    // is not فيصل بن عبد الله بن عبد العزيز.)
    int k = nb;
    for (int j = rb; j < re && k < ne; ++j) {
      if (d_.Word(j) == d_.Word(k)) ++k;
    }
    if (k < ne) continue;
    best = {rb, re};
    best_len = re - rb;
  }
  return best;
}

std::pair<int, int> EntityTracker::FullNameOfGiven(int nb) const {
  // وأوضح جوليان after جوليان كرانسفيلد، وقال يوسف after المخرج يوسف
  // النمر: a given name alone is the person the page named in full with
  // it, the nearest such name before it; when the page gives it to two
  // people (يوسف النمر and يوسف الحربي), to neither.
  std::pair<int, int> best{0, 0};
  const std::string_view first = d_.Word(nb);
  const auto from = std::lower_bound(given_.begin(), given_.end(), std::max(0, nb - 1500));
  const auto to = std::lower_bound(given_.begin(), given_.end(), nb);
  for (auto it = to; it != from;) {
    const int i = *--it;
    if (d_.Word(i) != first) continue;
    // (After the vocative يا the name is called alone: يا يوسف الفيلم
    // كان جيدا.)
    if (d_.IsWord(i - 1) && d_.Word(i - 1) == "\u064A\u0627") continue;
    const auto [rb, re] = m_.NameRun(i, std::min(d_.N(), i + 10));
    if (rb != i || re - rb < 2) continue;
    // (Names after it, not a word with a proclitic or a verb the run took
    // in.)
    bool names = true;
    for (int t = rb + 1; t < re && names; ++t) {
      names = !d_.IsVerbOnly(t) && (d_.Morph(t).split.proclitics & ~kArticle) == 0 &&
              (d_.IsNameWord(t) || d_.IsDefinite(t) || IsNameLinkWord(d_.Word(t)) || (d_.Cls(t) & kGivenName));
    }
    if (!names) continue;
    if (best.second <= best.first) {
      best = {rb, re};
      continue;
    }
    // (Another person of that given name: the one family name must match.)
    if (d_.Word(re - 1) != d_.Word(best.second - 1)) return {0, 0};
  }
  return best;
}

bool EntityTracker::FamilyNameWord(int t) const {
  return d_.IsNameWord(t) && !d_.IsDefinite(t) && d_.Morph(t).split.proclitics == 0 &&
         !(d_.AnyCls(t) & (kGivenName | kLaqab | kTitle | kPronoun | kCarrier | kStop));
}

bool EntityTracker::LooseFamilyWord(int t) const {
  return d_.IsWord(t) && !d_.IsDefinite(t) && d_.Morph(t).split.enclitic == Enclitic::kNone && !d_.HasDigit(t) &&
         d_.CueAt(t) < 0 && !d_.IsVerbOnly(t) && !(d_.Morph(t).classes & kFunctionWord) && d_.Morph(t).number != 3 &&
         !(d_.AnyCls(t) & (kGivenName | kLaqab | kTitle | kPronoun | kCarrier | kStop | kClassNoun | kDocument |
                           kPrep | kAdjunct | kSetting | kNonSource));
}

bool EntityTracker::NameContextBefore(int k) const {
  if (k < 1 || !d_.IsWord(k - 1)) return true;
  return d_.CueAt(k - 1) >= 0 || (d_.AnyCls(k - 1) & kTitle) ||
         (d_.IsDefinite(k - 1) && EndsWith(d_.Word(k - 1), "\u064A") && !(d_.AnyCls(k - 1) & kRelative));
}

std::pair<int, int> EntityTracker::FamilyNameRun(int t) const {
  // A given name: a name the dictionary does not know at all (not a country
  // or capital it lists: بريطانيا | ديفيد كاميرون), or one of the given
  // names of the lexicon that is no verb too (العقوبات التي أمل | أوباما),
  // or one that is where a name begins (NameContextBefore: وتقول جانين |
  // فلان); bare, with no article or proclitic (a listed name may read as a
  // proclitic and a word: باولا).
  const auto given = [&](int k) {
    return k >= 0 && d_.IsWord(k) && !d_.IsDefinite(k) &&
           (d_.Morph(k).split.proclitics == 0 || (d_.Cls(k) & kGivenName)) &&
           (((d_.Morph(k).classes & kUnknown) && !(d_.Morph(k).classes & kProperName)) ||
            ((d_.Cls(k) & kGivenName) && (!d_.IsVerb(k) || NameContextBefore(k)))) &&
           !(d_.AnyCls(k) & (kTitle | kStop | kPrep | kPronoun | kComp));
  };
  // (A middle initial with its period between them: لورا إيه. | فلان.)
  if (t - 3 >= 0 && d_.IsAbbreviationPeriod(t - 1) && d_.IsWord(t - 2) && given(t - 3)) return {t - 3, t + 1};
  if (!given(t - 1)) {
    // (A middle name the dictionary reads as a word, between two names:
    // خوسيه ماريا | بارتوميو.)
    const int w = t - 1;
    if (given(w - 1) && d_.IsWord(w) && !d_.IsDefinite(w) && d_.Morph(w).split.proclitics == 0 &&
        d_.CueAt(w) < 0 && !(d_.Morph(w).classes & kFunctionWord) &&
        !(d_.AnyCls(w) & (kTitle | kStop | kPrep | kPronoun | kComp | kCompNeg | kNeg | kRelative | kAdjunct)))
      return {w - 1, t + 1};
    return {t, t};
  }
  // (Two given names only when the first is one the lexicon knows: a word
  // the dictionary does not know before a name may be the place in a role,
  // جامعة أدنبره | ستيف بروسات.)
  if (given(t - 2) && (d_.Cls(t - 2) & kGivenName)) return {t - 2, t + 1};
  return {t - 1, t + 1};
}

std::pair<int, int> EntityTracker::SubjectBeforeVerb(int v, int s) const {
  // (The word classes and the word before first: the dictionary and the
  // name runs are asked only where a subject may end.)
  if (!d_.IsWord(v) || d_.IsDefinite(v) || d_.CueAt(v) >= 0 || d_.Word(v).size() <= 2 || !d_.IsWord(v - 1) ||
      !(d_.IsDefinite(v - 1) || (d_.Cls(v - 1) & kGivenName) || d_.IsNameWord(v - 1)) ||
      (d_.AnyCls(v) & (kStop | kPrep | kComp | kCompNeg | kNeg | kRelative | kTitle | kGivenName)))
    return {v, v};
  // (Not the letter of a title, د., nor a given name that opens a name,
  // a given name read as a verb with a name after it.)
  if (d_.IsAbbreviationPeriod(v + 1) ||
      (d_.IsWord(v + 1) && !d_.IsDefinite(v + 1) && (d_.IsNameWord(v + 1) || (d_.Cls(v + 1) & kGivenName))))
    return {v, v};
  if (!d_.IsVerb(v) || d_.SubjectInSuffix(v) || d_.IsNameWord(v)) return {v, v};
  std::pair<int, int> best{v, v};
  for (int p = v - 1; p >= s && p >= v - 8; --p) {
    if (!d_.IsWord(p) || d_.CueAt(p) >= 0 || d_.IsVerbOnly(p) ||
        (d_.AnyCls(p) & (kStop | kPrep | kComp | kCompNeg | kNeg | kRelative | kAdjunct | kSetting)))
      break;
    const bool opener = p == s || d_.IsComma(p - 1) || (d_.IsWord(p - 1) && (d_.Cls(p - 1) & kStop));
    if (!opener) continue;
    // (The subject opens with a title, a given name or a definite word, not
    // a verb that opens a clause of its own: حمّل فلان ...)
    if (!(d_.IsDefinite(p) || (d_.AnyCls(p) & (kTitle | kGivenName)))) continue;
    const auto [pb, pe] = m_.SpeakerPhrase(p, v, false, &SubjectEntry());
    if (pb == p && pe == v && NamesPerson(p, v, kTitle | kGivenName)) best = {p, v};
  }
  if (best.second <= best.first) return best;
  // (Not a family name that reads as a verb, فلان جعجع: the name run
  // through the word before it goes on; nor a given name that opens one.)
  if (const auto [nb, ne] = m_.NameRun(v, d_.SentEnd(v)); nb == v && ne > v + 1) return {v, v};
  for (int k = std::max(best.first, v - 4); k < v; ++k) {
    const auto [nb, ne] = m_.NameRun(k, d_.SentEnd(v));
    if (nb < v && ne > v) return {v, v};
  }
  return best;
}

Gender EntityTracker::VerbGender(int v) const {
  // The singular verb's gender (التقت → feminine); a form the dictionary
  // also reads as a noun tells no masculine.
  const WordMorph& vm = d_.Morph(v);
  if (vm.number == 1 && vm.gender == 2) return Gender::kFem;
  if (vm.number == 1 && vm.gender == 1 && !(vm.classes & kNominal)) return Gender::kMasc;
  return Gender::kUnknown;
}

std::pair<int, int> EntityTracker::AppositionName(int sb, int se) const {
  int c = sb + 1;
  while (c < se && !d_.IsComma(c)) ++c;
  if (c + 1 >= se || !d_.IsWord(sb) || !d_.IsWord(c + 1)) return {se, se};
  const auto role = [&](int t) { return d_.IsDefinite(t) || (d_.AnyCls(t) & kTitle); };
  int nb = se, ne = se;
  if (!role(sb) && role(c + 1)) {
    nb = sb, ne = c;
  } else if (role(sb) && !role(c + 1)) {
    nb = c + 1, ne = c + 1;
    while (ne < se && !d_.IsComma(ne)) ++ne;
  }
  // (Two to four bare words: a name, not a phrase.)
  if (ne - nb < 2 || ne - nb > 4) return {se, se};
  for (int k = nb; k < ne; ++k) {
    if (!d_.IsWord(k) || d_.HasDigit(k) || (d_.AnyCls(k) & (kPrep | kStop | kTitle))) return {se, se};
  }
  return {nb, ne};
}

void EntityTracker::StripLeadingLam(std::string* s) {
  // لمسؤولين → مسؤولين، للمرصد → المرصد.
  if (StartsWith(*s, kLamLam)) {
    s->replace(0, 4, "\u0627\u0644");
  } else if (StartsWith(*s, kLam)) {
    s->erase(0, 2);
  }
}

bool EntityTracker::Near(const Entity& e, int sentence) const {
  const int para = qt_.para_of[sentence];
  return sentence - e.sentence <= 4 && para - e.para <= 1;
}

bool EntityTracker::GroupAt(int sb, int se) const {
  if (se - sb < 2 || !d_.IsWord(sb) || d_.HasDigit(sb)) return false;
  // عدد من، مجموعة من، جمع من، الكثير من، العديد من ...
  const std::string_view w = d_.Word(sb);
  if (QuoteDoc::IsPartitiveHeadWord(w) && d_.IsWord(sb + 1) && d_.Word(sb + 1) == "\u0645\u0646")
    return true;
  // An indefinite sound masculine plural the dictionary knows, a plural of
  // people (مواطنون، إعلاميون; a broken plural may be of things: معلومات،
  // مبيعات).
  if (d_.IsDefinite(sb) || (!EndsWith(w, "\u0648\u0646") && !EndsWith(w, "\u064A\u0646"))) return false;
  const WordMorph& m = d_.Morph(sb);
  return m.number == 3 && (m.classes & kNominal) && !d_.IsVerb(sb) && !d_.IsNameWord(sb) &&
         !(d_.AnyCls(sb) & (kGivenName | kTitle | kDocument | kPronoun | kClassNoun));
}

bool EntityTracker::Agrees(Gender g, const Entity& e) {
  // A group (عدد من الأهالي) is the subject of plural verbs only.
  if (e.group && g != Gender::kPlural) return false;
  // A plural verb (أعلنوا، قالوا) does not stand for one named person.
  if (g == Gender::kPlural && !e.name.empty() && e.gender != Gender::kPlural && !e.plural_head) return false;
  // Nor one body or document written with the feminine ending (دراسة
  // طبية، الوزارة), and a masculine singular verb (وأكد) does not stand for
  // a plural noun (نجوم المسرح); a non-human plural takes the feminine.
  if (g == Gender::kPlural && e.name.empty() && e.gender == Gender::kFem && !e.plural_noun && !e.plural_head)
    return false;
  if (g == Gender::kMasc && e.plural_noun && e.gender != Gender::kMasc) return false;
  // A group that spoke with a plural verb (الباحثون أكدوا، قالوا) is no
  // antecedent of a verb in the singular, whose pronoun is one man or one
  // woman (or a thing).
  if ((g == Gender::kMasc || g == Gender::kFem) && e.gender == Gender::kPlural && e.name.empty() && !e.plural_head)
    return false;
  return Compatible(g, e.gender) || (g != Gender::kUnknown && g == e.document_gender);
}

int EntityTracker::Antecedent(Gender g, int sentence) const {
  // A feminine verb is marked: a source known to be feminine (a woman, a
  // body, a non-human plural that an earlier feminine verb agreed with)
  // comes before a more recent one of unknown gender (شهود عيان).
  if (g == Gender::kFem) {
    for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
      const Entity& e = entities_[k];
      if (e.dead) continue;
      if (!Near(e, sentence) || e.para != qt_.para_of[sentence]) break;
      if (e.speaker && e.gender == Gender::kFem) return k;
    }
  }
  // The speaker of a previous attribution in the paragraph comes first.
  for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
    const Entity& e = entities_[k];
    if (e.dead) continue;
    if (!Near(e, sentence) || e.para != qt_.para_of[sentence]) break;
    if (e.speaker && Agrees(g, e)) return k;
  }
  for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
    const Entity& e = entities_[k];
    if (e.dead) continue;
    if (!Near(e, sentence)) return -1;
    if (Agrees(g, e) && (!e.mention_only || e.speaker)) return k;
  }
  return -1;
}

bool EntityTracker::AdjectivesAfterHead(int sb, int se) const {
  for (int t = sb + 1; t < se; ++t) {
    if (!d_.IsWord(t) || !d_.IsAdjectiveLike(t) || d_.IsNameWord(t) || StartsWith(d_.Word(t), kLamLam) ||
        (d_.AnyCls(t) & (kTitle | kGivenName | kDocument)))
      return false;
  }
  return true;
}

bool EntityTracker::OtherAdjective(int sb, const Entity& e) const {
  int b = e.phrase_begin, n = e.phrase_words;
  if (b < 0) b = e.span_begin, n = e.span_end - e.span_begin;
  // (Only a nisba or an elative in ى: the definite word after a title
  // may be a family name, الزميل الحمر.)
  const std::string_view adj = d_.Word(sb + 1);
  if (b < 0 || !(EndsWith(adj, "\u064A") || EndsWith(adj, "\u064A\u0647"))) return false;
  const std::string_view head = m_.Head(sb);
  bool other = false;
  for (int t = b; t < b + n; ++t) {
    if (!d_.IsWord(t)) continue;
    if (d_.Word(t) == adj) return false;
    other = other || (t + 1 < b + n && m_.Head(t) == head && d_.IsWord(t + 1) && d_.IsDefinite(t + 1) &&
                      !d_.IsNameWord(t + 1) && (d_.Morph(t + 1).classes & kAdjective));
  }
  return other;
}

int EntityTracker::ShortForm(int sb, int se, int sentence) const {
  // المصدر نفسه، المصادر ذاتها: the same one again, without the emphasis.
  if (se - sb >= 2 && d_.IsWord(se - 1) && IsEmphaticSelf(d_.Word(se - 1))) --se;
  // A surname in quotation marks («القحطاني»، "أبو خرشة") names the same
  // person.
  if (se - sb >= 3 && se - sb <= 5 && d_.T(sb).kind == QTokKind::kMark && d_.T(sb).pair >= 0 &&
      qt_.pairs[d_.T(sb).pair].open == sb && qt_.pairs[d_.T(sb).pair].close == se - 1) {
    ++sb;
    --se;
  }
  // الدكتور الزياني، اللواء الحربي: titles before a surname.
  int tb = sb;
  while (tb + 1 < se && (d_.IsAbbreviationPeriod(tb + 1) || (d_.AnyCls(tb) & kTitle))) {
    tb += d_.IsAbbreviationPeriod(tb + 1) ? 2 : 1;
  }
  const int all_words = se - sb;
  for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
    const Entity& e = entities_[k];
    if (e.dead) continue;
    if (sentence - e.sentence > 12) break;
    // The role phrase again without the name (and without the titles that
    // stood before the name: خادم الحرمين الشريفين for خادم الحرمين
    // الشريفين الملك فلان).
    int pre_words = e.pre_words;
    while (pre_words > all_words && all_words >= 2 && d_.IsWord(e.pre_begin + pre_words - 1) &&
           (d_.AnyCls(e.pre_begin + pre_words - 1) & kTitle) && d_.IsDefinite(e.pre_begin + pre_words - 1))
      --pre_words;
    if (pre_words == all_words) {
      bool same = true;
      for (int j = 0; j < all_words && same; ++j) {
        same = d_.IsWord(sb + j) && d_.Word(sb + j) == d_.Word(e.pre_begin + j);
      }
      if (same) return k;
    }
    // هيئة الغابات for هيئة الغابات الأميركية، سلطة الطاقة for سلطة الطاقة
    // والموارد الطبيعية في قطاع غزة: a body named again by the first words
    // of its phrase, a noun in the construct state and its genitive.
    if (e.phrase_words > all_words && (all_words == 2 || all_words == 3) && tb == sb && d_.IsWord(sb + 1) &&
        !d_.IsDefinite(sb) && d_.IsDefinite(sb + 1) && m_.Head(sb) == m_.Head(e.phrase_begin) &&
        !(d_.AnyCls(sb) & (kDocument | kTitle | kGivenName))) {
      bool same = true;
      for (int j = 1; j < all_words && same; ++j) {
        same = d_.IsWord(sb + j) && d_.Word(sb + j) == d_.Word(e.phrase_begin + j);
      }
      if (same) return k;
    }
    // المرشد الأعلى الإيراني for المرشد الأعلى الإيراني آية الله علي
    // خامنئي، وزير المالية for وزير المالية السعودي فلان: a person's role
    // of two to six words whose words come in that order in the role
    // around the entity's name, from its first (with its place: المتحدث
    // الأمني في وزارة الداخلية).
    if (all_words >= 2 && all_words <= 6 && e.span_begin >= 0 && e.name_begin >= 0 && PersonRole(sb, se) &&
        RoleWordsIn(sb, se, e))
      return k;
    if (all_words > 3) continue;
    // (With titles before a surname, the words after them.)
    int words = all_words, first = sb;
    if (tb > sb && se - tb < static_cast<int>(e.name.size())) words = se - tb, first = tb;
    // The given name and the surname, without the names between them
    // (عيسى مدخلي for عيسى عواجي حاج مدخلي).
    if (words == 2 && e.name.size() >= 3 && d_.IsWord(first + 1) && d_.Word(first) == e.name.front() &&
        d_.Word(first + 1) == e.name.back() && !IsNameLinkWord(e.name.front()))
      return k;
    // (A title with the given name alone: الجنرال مين for مين اونغ هلينغ,
    // الأمير فيصل for فيصل بن سلمان.)
    // (Only when the words after it are names, not a phrase a loose name
    // run took in: توملينسون لمناسبة.)
    if (tb > sb && words == 1 && e.name.size() >= 2 && e.name_begin >= 0 && d_.IsWord(first) &&
        d_.Word(first) == e.name.front() && !IsNameLinkWord(e.name.front())) {
      bool names_after = true;
      for (size_t r = 1; r < e.name.size() && names_after; ++r) {
        const int t = e.name_begin + static_cast<int>(r);
        names_after = d_.IsWord(t) && !(d_.AnyCls(t) & (kPronoun | kStop | kPrep)) && !d_.IsVerbOnly(t) &&
                      (d_.IsNameWord(t) || (d_.Cls(t) & kGivenName) || IsNameLinkWord(e.name[r]) ||
                       d_.IsDefinite(t));
      }
      if (names_after) return k;
    }
    // Surname: the last words of a known name.
    if (!e.name.empty() && static_cast<int>(e.name.size()) > words) {
      bool same = true;
      for (int j = 0; j < words && same; ++j) {
        same = d_.IsWord(first + j) &&
               d_.Word(first + j) == e.name[e.name.size() - words + j];
      }
      if (same) return k;
      // (Or a middle name of three: وقال خلفان after ضاحي خلفان تميم, whose
      // last word is his grandfather's name; not the father's name after بن,
      // and only when the words after it are names too, not a phrase a loose
      // name run took in: جان كلود يونكر لأول.)
      if (words == 1 && e.name.size() >= 3 && e.name_begin >= 0 && !d_.IsDefinite(first)) {
        for (size_t j = 1; j + 1 < e.name.size(); ++j) {
          if (d_.Word(first) != e.name[j] || IsNameLinkWord(e.name[j - 1]) || IsNameLinkWord(e.name[j]))
            continue;
          bool names_after = true;
          for (size_t r = j + 1; r < e.name.size() && names_after; ++r) {
            const int t = e.name_begin + static_cast<int>(r);
            names_after = !d_.IsDefinite(t) && (d_.IsNameWord(t) || (d_.Cls(t) & kGivenName));
          }
          if (names_after) return k;
        }
      }
    }
    // A role or document standing for the entity (الوزيرة، الناطق), also
    // with a definite adjective (الملك المفدى، الوزير المختص).
    if ((all_words == 1 || (all_words == 2 && d_.IsDefinite(sb + 1) && !d_.IsNameWord(sb + 1) &&
                        !(d_.AnyCls(sb + 1) & (kTitle | kGivenName)))) &&
        d_.IsDefinite(sb) && (!e.mention_only || e.classed) &&
        (m_.Head(sb) == e.head || (!e.role.empty() && m_.Head(sb) == e.role)) &&
        (all_words == 1 || !OtherAdjective(sb, e)))
      return k;
  }
  return -1;
}

}  // namespace dhad::internal
