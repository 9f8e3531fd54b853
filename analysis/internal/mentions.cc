#include "analysis/internal/mentions.h"

#include <algorithm>

#include "analysis/chars.h"

namespace dhad::internal {
namespace {

// Whether a short word ends in an attached pronoun (ه، ها، هم، هما، هن، ي).
bool EndsWithPronoun(std::string_view w) {
  if (w.size() > 10) return false;
  for (std::string_view p : {"\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627",
                             "\u0647\u0646", "\u064A"}) {
    if (EndsWith(w, p)) return true;
  }
  return false;
}

}  // namespace

const CueEntry& SubjectEntry() {
  static const CueEntry* e = [] {
    auto* c = new CueEntry();
    c->obj = true;
    return c;
  }();
  return *e;
}

const CueEntry& MentionEntry() {
  static const CueEntry* e = [] {
    auto* c = new CueEntry();
    c->obj = true;
    c->obj_indefinite_only = true;
    return c;
  }();
  return *e;
}

namespace {

// إليه، إليها، إليهم، إلينا، إليك: إلى with a pronoun, which the view spells
// with a leading ال.
bool IlaWithPronoun(std::string_view w) {
  if (!StartsWith(w, "\u0627\u0644\u064A")) return false;
  const std::string_view rest = w.substr(6);
  for (std::string_view p : {"\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646",
                             "\u0643", "\u0643\u0645", "\u0646\u0627"}) {
    if (rest == p) return true;
  }
  return false;
}

// 2014, 2014م (the view writes every digit in ASCII): a year.
bool IsYearWord(std::string_view w) {
  if (EndsWith(w, "\u0645")) w.remove_suffix(2);
  if (w.size() != 4) return false;
  for (const char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return w[0] == '1' || w[0] == '2';
}

}  // namespace

int Mentions::DocumentPhraseEnd(int sb, int se) const {
  if (!d_.IsDocumentNoun(sb)) return se;
  for (int k = sb + 1; k < se; ++k) {
    if (!d_.IsWord(k) || !d_.IsWord(k - 1)) break;
    if ((d_.IsDefinite(k - 1) || d_.IsAdjectiveLike(k - 1)) && !(d_.AnyCls(k - 1) & (kPrep | kStop)) &&
        OpensComplementAt(k) && !d_.IsAdjectiveLike(k) && (d_.Morph(k).classes & kNominal))
      return k;
  }
  return se;
}

int Mentions::IndefinitePhraseEnd(int sb, int se) const {
  const WordMorph& head = d_.Morph(sb);
  if (!d_.IsWord(sb) || !(head.classes & kNominal) || (head.classes & (kUnknown | kProperName)) ||
      d_.IsNameWord(sb) || (d_.AnyCls(sb) & (kGivenName | kLaqab | kPrep | kStop)))
    return se;
  // The adjectives: indefinite words without a proclitic that the
  // dictionary reads as adjectives and not as verbal nouns or participles
  // (مسؤول، أمني، رفيع), or nisbas, which agree with the head: its number
  // when the head shows one, its gender (feminine with ة, else masculine).
  // A word that does not agree is a genitive of the head: رئيس جمعية،
  // زعيمة مجاهدي، منظمو معرض. (Not a participle, which is also a noun:
  // رئيس مجلس، مدير مستشفى; nor a function word: في.)
  const int head_gender = head.gender != 0 ? head.gender : (EndsWith(d_.Word(sb), "\u0647") ? 2 : 1);
  auto agrees = [&](const WordMorph& m) {
    return (head.number == 0 || m.number == head.number) && (m.gender == 0 || m.gender == head_gender);
  };
  int k = sb + 1;
  while (k < se && d_.IsWord(k) && !d_.IsDefinite(k) && d_.Morph(k).split.proclitics == 0 &&
         !d_.IsNameWord(k) && !(d_.Morph(k).classes & (kFunctionWord | kMasdar | kParticiple)) &&
         !(d_.AnyCls(k) & (kPrep | kStop)) && agrees(d_.Morph(k)) &&
         (d_.IsAdjectiveLike(k) || (d_.Morph(k).classes & kAdjective)))
    ++k;
  if (k == sb + 1 || k >= se) return se;
  // The word after them: a verbal noun that is no adjective of the head
  // (none of its readings is one, or it does not agree with the head).
  const WordMorph& m = d_.Morph(k);
  if (!OpensComplementAt(k) || !(m.classes & kMasdar) || (m.classes & kFunctionWord) || d_.IsAdjectiveLike(k))
    return se;
  if ((m.classes & (kAdjective | kParticiple)) && agrees(m)) return se;
  return k;
}

bool Mentions::IssuedAt(int k) const {
  if (!d_.IsWord(k)) return false;
  const std::string_view w = d_.Word(k);
  return w == d_.tables().sadir[0] || w == d_.tables().sadir[1] || w == "\u0635\u062F\u0631" ||
         w == "\u0635\u062F\u0631\u062A" || w == "\u0646\u0634\u0631" || w == "\u0646\u0634\u0631\u062A";
}

bool Mentions::OpensComplementAt(int k) const {
  // (Not a word with its own article, pronoun, preposition or و; not a
  // name, a title, a figure, nor غير, which negates the adjective after it:
  // الإحصاءات غير الرسمية.)
  return d_.IsWord(k) && !d_.IsDefinite(k) && !d_.HasPossessive(k) && !d_.IsNameWord(k) && !d_.HasDigit(k) &&
         d_.Word(k) != "\u063A\u064A\u0631" &&
         !(d_.AnyCls(k) & (kGivenName | kTitle | kPrep | kStop | kLaqab)) &&
         !(d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi | kPrepKa | kConjWa));
}

std::pair<int, int> Mentions::SpeakerPhrase(int i, int limit, bool after_prep, const CueEntry* ce) const {
  auto [sb, se] = Phrase(i, limit, after_prep, ce);
  // وقدم الرئيس هادي من جهة أخرى التهنئة: the journalist's opener after
  // the subject is no part of it.
  // (Not words inside quotation marks: كتاب «... كما عرفته».) Nor is a
  // derived participle in the accusative after a name or a definite word:
  // it describes how the subject spoke (ويقول فلان مبتسما إن، شرح فلان
  // مفصلا أن).
  // (Nor ممثلة في / ممثلة بـ after a body, "represented by": the office
  // through which the body spoke, الإدارة العامة للتعليم ممثلة بإدارة
  // شؤون المعلمين.)
  for (int k = sb + 1; k < se; ++k) {
    if (qt_.top[k] != qt_.top[sb]) continue;
    if (d_.OpenerEnd(k, se + 1) > k || MannerAfterSubjectAt(k) || RepresentedByAt(k)) {
      se = k;
      break;
    }
  }
  // قدم الرئيس التهنئة، قدم السفير خالص شكره: what a verb of offering
  // offers ends its subject, with the adjective before it (خالص، جزيل،
  // وافر).
  // (Nor is خلالها، فيها before it a speaker: قدم خلالها التهنئة.)
  if (ce != nullptr && ce->courtesy) {
    for (int k = sb; k <= se && k < limit; ++k) {
      if (!(d_.AnyCls(k) & kCourtesy)) continue;
      se = std::min(se, k);
      if (k > sb && d_.IsWord(k - 1) && !d_.IsDefinite(k - 1) &&
          (d_.Word(k - 1) == "\u062E\u0627\u0644\u0635" || d_.Word(k - 1) == "\u062C\u0632\u064A\u0644" ||
           d_.Word(k - 1) == "\u0648\u0627\u0641\u0631"))
        se = std::min(se, k - 1);
      break;
    }
    if (se - sb == 1 && d_.IsPrepositionWithPronoun(sb)) se = sb;
  }
  // وطالبت رجوي الدول، وقال القصبي بتأثر كبير، ودعا باسلمة المنظمات: the
  // family name of a person the document named in full is the whole name;
  // what follows it is the verb's (its object, a manner, a setting), unless
  // it goes on as a name, a role or with و.
  // (Not a word of any class, أحد; nor a family name of two definite
  // words, العبد اللطيف، الجار الله; nor a common noun before من, which
  // is partitive: عدد من المسافرين.)
  // (Not without a cue, where a subject before its verb ends there anyway,
  // nor for the subjects of the verbs that report nothing, which the
  // tracker reads sentence by sentence: the search costs.)
  if (se - sb >= 2 && ce != nullptr && ce != &MentionEntry() && d_.IsWord(sb + 1) && d_.AnyCls(sb) == 0) {
    const int k = sb + 1;
    if (!(d_.AnyCls(k) & (kTitle | kGivenName | kLaqab)) && !StartsWith(d_.Word(k), kWaw) &&
        !(d_.IsDefinite(sb) && d_.IsDefinite(k) && !(d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi))) &&
        !IsEmphaticSelf(d_.Word(k)) && !d_.IsNameWord(k) &&
        !IsNameLink(sb) && !IsNameLink(k) && !SurnameAt(k, -1) && !RoleAfterName(k) &&
        !(d_.Word(k) == "\u0645\u0646" && !d_.IsDefinite(sb) && !d_.IsNameWord(sb)) &&
        FamilyNameOfEarlierName(sb))
      return {sb, k};
  }
  if (ce != nullptr && ce != &MentionEntry() && se - sb >= 3 && !d_.IsDefinite(sb))
    return {sb, IndefinitePhraseEnd(sb, se)};
  if (se - sb < 2 || !d_.IsDefinite(sb)) return {sb, se};
  // (Only after a definite document here: بيانات نمو المبيعات is one
  // phrase; a finding's cue asks for the indefinite ones.)
  se = DocumentPhraseEnd(sb, se);
  // يرى البعض إبقاء الجنوب، حذر المسؤولون الروس دول الخليج: no construct
  // chain goes on after a definite word, so a verbal noun without the
  // article right after one opens the verb's complement. (Not after a
  // title or a class noun, which names follow: الملك عبد الله، الزائرة
  // نجود الشمري; nor عبد، أبو، أم or a word before a name, which open a
  // personal name.)
  if (d_.AnyCls(sb) & (kTitle | kClassNoun)) return {sb, se};
  for (int k = sb + 1; k < se && d_.IsWord(k - 1) && d_.IsDefinite(k - 1); ++k) {
    // (Nor a word that opens with و, a name the dictionary did not split:
    // الولايات المتحدة وكوبا.)
    if (OpensComplementAt(k) && !d_.IsAdjectiveLike(k) && (d_.Morph(k).classes & kMasdar) && !IsAbd(k) &&
        !StartsWith(d_.Word(k), kWaw) && !IsKunya(k) &&
        !(d_.IsWord(k + 1) && (d_.IsNameWord(k + 1) || (d_.Cls(k + 1) & kGivenName) ||
                               (d_.IsDefinite(k + 1) && EndsWith(d_.Word(k + 1), "\u064A"))))) {
      se = k;
      break;
    }
  }
  return {sb, se};
}

std::pair<int, int> Mentions::Phrase(int i, int limit, bool after_prep, const CueEntry* ce) const {
  int j = i;
  if (after_prep && d_.IsWord(j) && (d_.Word(j) == kLam || d_.Word(j) == "\u0644\u0640")) ++j;
  const int start = j;
  // (Nor a formula of blessing after the verb, about its implicit subject:
  // وكان يرى طيب الله ثراه أن.)
  if (d_.BlessingEnd(start) > start) return {start, start};
  // A preposition or particle with a pronoun (فيها، له، عليه) is no speaker;
  // the personal pronouns (هو، هي، هم) and a pronoun on لكن are.
  // (Such words are short: the dictionary is asked about those alone.)
  // (لك، لنا، بها: ل or ب with nothing but a pronoun.)
  if (d_.IsWord(start) && (StartsWith(d_.Word(start), kLam) || StartsWith(d_.Word(start), kBa))) {
    const std::string_view rest = d_.Word(start).substr(kLam.size());
    for (std::string_view p : {"\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646",
                               "\u0643", "\u0643\u0645", "\u0643\u0645\u0627", "\u0646\u0627", "\u064A"}) {
      if (rest == p) return {start, start};
    }
  }
  // قال لزملائه، أكد دعمه، عبر عن إعجابها: after a cue, a noun with a
  // possessive pronoun is the addressee when it carries ل, and the act
  // reported when it is a verbal noun; neither is the subject. (Persons
  // with the pronoun stay: رئيسها، متحدثها، والدته، سموه.)
  if (ce != nullptr && !after_prep && d_.HasPossessive(start) &&
      !(d_.AnyCls(start) & (kPronoun | kCarrier | kTitle | kGivenName)) &&
      (d_.IsPossessedMasdar(start) || (d_.Morph(start).split.proclitics & kPrepLi)))
    return {start, start};
  // يدعو للفخر: a definite noun with ل is a genitive or a complement, never
  // the subject (the source after وفقا comes with after_prep).
  if (!after_prep && d_.IsWord(start) && StartsWith(d_.Word(start), kLamLam) && d_.Word(start).size() > 4)
    return {start, start};
  // فقال ببساطة:، ترد بصوته، رحبت بالقرار: after a cue, a noun with the
  // preposition ب is a manner or a complement, never the subject, when the
  // dictionary reads it as a definite or possessed noun or a verbal noun
  // (not بوتين، بيسكوف: a name, or a plain noun the split may have found).
  if (ce != nullptr && !after_prep && d_.IsWord(start) && StartsWith(d_.Word(start), kBa) &&
      !(d_.AnyCls(start) & (kGivenName | kTitle | kClassNoun | kDocument)) && !IsNameLink(start)) {
    const WordMorph& m = d_.Morph(start);
    // (A bare verbal noun only right before a colon, فقال ببساطة:, since a
    // foreign name may split so: قال بوسنين، إن.)
    // (Or any noun in ة the dictionary knows, a manner too: فقال ببساطة
    // أهل النوبة:، فقال بجدية، وأضافت بلهجة ...:، فوصفها بصاحبة ...; a
    // name after ب does not end in ة, قالت بوكوفا.)
    if ((m.split.proclitics & kPrepBi) && !(m.classes & (kUnknown | kProperName)) &&
        (m.definite || ((m.classes & kMasdar) && d_.IsPunct(start + 1, U':')) ||
         ((m.classes & kNominal) && d_.EndsInOriginal(start, kTaMarbuta))) &&
        // (Not a word that closed a personal name earlier in the text: قال
        // بوتين after فلاديمير بوتين, though the dictionary reads ب and وتين.)
        (m.definite || !FamilyNameOfEarlierName(start)))
      return {start, start};
  }
  // وأعلن إغلاق المعبر، وأكد استمرار الدعم: right after a cue that takes a
  // noun phrase, a verbal noun in the construct state is what was said,
  // with the subject implicit; never the speaker. (So is one the word list
  // names a verbal noun, before a quotation too: وأكد أهمية «...».)
  // (A woman's given name that is a verbal noun too, نجاح، أمل, after a
  // masculine verb, with which it cannot agree: وأرجع نجاح العمل إلى ...)
  const auto masdar_given = [&]() {
    return ce->gender == Gender::kMasc && (d_.Cls(start) & kGivenName) == kGivenF &&
           (d_.Morph(start).classes & kMasdar) && d_.IsDefinite(start + 1);
  };
  if (ce != nullptr && ce->np && d_.IsWord(start) && !d_.IsDefinite(start) &&
      (d_.IsDefinite(start + 1) ||
       ((d_.AnyCls(start) & kMasdarClass) && (d_.OpenTop(start + 1) >= 0 || d_.IsWord(start + 1)))) &&
      !(d_.AnyCls(start) & (kTitle | kClassNoun | kDocument)) &&
      ((d_.AnyCls(start) & kGivenName) ? masdar_given() : d_.LooksLikeMasdar(start)))
    return {start, start};
  // تساءلت يوما، ادعى دائما: a noun or adjective in the accusative right
  // after a cue is an adverb, never the subject.
  if (ce != nullptr && d_.IsAccusativeAdverb(start) && d_.IsWord(start + 1) && !d_.IsDefinite(start + 1))
    return {start, start};
  // ويقول معلقا:، ويضيف مبتسما، ويوضح مدافعا عن: after a cue, a derived
  // participle in the accusative tells how the speaker spoke (a
  // circumstantial); the subject is implicit.
  if (ce != nullptr && !after_prep && d_.IsHalParticiple(start)) return {start, start};
  // هذه الدراسة، هذا التقرير: a demonstrative before a definite noun.
  // فذكروا كثيراً من الآثار: after a cue, a word the caller wrote with the
  // tanween of the accusative is its object or an adverb, never its subject.
  if (ce != nullptr && d_.IsWord(start) && !d_.IsDefinite(start) && d_.OriginalHas(start, "\u064B"))
    return {start, start};
  // أم خالد (a kunya), ذوو الضحايا، كل من الوزيرين: a function word that
  // heads the phrase before a name or a definite noun.
  if (d_.IsWord(start) && d_.IsWord(start + 1) && start + 2 <= limit) {
    const std::string_view w0 = d_.Word(start);
    const bool kunya = w0 == "\u0627\u0645" && ((d_.Cls(start + 1) & kGivenName) || d_.IsNameWord(start + 1));
    const bool dhawu = (w0 == "\u0630\u0648\u0648" || w0 == "\u0630\u0648\u064A") && d_.IsDefinite(start + 1);
    const bool kull_min = w0 == "\u0643\u0644" && d_.Word(start + 1) == "\u0645\u0646" && start + 2 < limit &&
                          d_.IsWord(start + 2);
    if (kunya || dhawu || kull_min) {
      const int from = kull_min ? start + 2 : start + 1;
      const auto [hb, he] = SpeakerPhrase(from, limit, false, ce);
      if (hb == from && he > hb) return {start, he};
    }
  }
  // وقال 57 في المائة من الآباء إن، يقول 45 في المائة إن: in a survey the
  // share of those asked is the subject, with من and the group after it.
  if (ce != nullptr && !after_prep) {
    if (int e = ShareEnd(start, limit); e > start) {
      if (e + 1 < limit && d_.IsWord(e) && d_.Word(e) == "\u0645\u0646") {
        const auto [gb, ge] = SpeakerPhrase(e + 1, limit, false, ce);
        if (gb == e + 1 && ge > gb) e = ge;
      }
      return {start, e};
    }
  }
  // (Only as the subject after a cue; not after one in a relative clause,
  // whose antecedent is its subject: الوكالة التي نقلت هذه الصور.)
  if (ce != nullptr && d_.IsWord(start) && d_.IsWord(start + 1) && d_.IsDefinite(start + 1) && start + 1 < limit &&
      IsDemonstrative(d_.Word(start))) {
    if (start >= 2 && d_.IsWord(start - 2) && (d_.Cls(start - 2) & kRelative) && d_.CueAt(start - 1) >= 0)
      return {start, start};
    const auto [db, de] = SpeakerPhrase(start + 1, limit, false, ce);
    return db == start + 1 && de > db ? std::make_pair(start, de) : std::make_pair(start, start);
  }
  // (A word with the article is no function word: العلي, which the view
  // spells like على with it.)
  if (d_.IsWord(start) && d_.Word(start).size() > 2 && d_.Word(start).size() <= 10 &&
      !(StartsWith(d_.Word(start), kAl) && !IlaWithPronoun(d_.Word(start))) &&
      // (Nor a given name the view spells like one: علي، منى.)
      !((d_.Cls(start) & kGivenName) && !(d_.Cls(start) & (kPrep | kStop | kNeg))) &&
      !(d_.AnyCls(start) & (kPronoun | kCarrier | kTitle | kDocument))) {
    const uint16_t mc = d_.Morph(start).classes;
    // (Nor a word that closed a personal name earlier in the text: وقال
    // آبي after شينزو آبي, though the view spells it like أبي "my father".
    // Asked last: it searches back.)
    if ((mc & kFunctionWord) && !(mc & (kUnknown | kProperName)) &&
        (!(mc & kNominal) || EndsWithPronoun(d_.Word(start))) &&
        !(ce != nullptr && !after_prep && d_.AnyCls(start) == 0 && !d_.IsPrepositionWithPronoun(start) &&
          FamilyNameOfEarlierName(start)))
      return {start, start};
  }
  int preps = 0;
  int chain_until = -1;  // the end of the idafa chain of the last place
  const bool accusative_subject =
      d_.IsWord(start - 1) && ((d_.Cls(start - 1) & kComp) || d_.Word(start - 1) == "\u0644\u0643\u0646" ||
                               d_.Word(start - 1) == "\u0648\u0644\u0643\u0646");  // لكن، ولكن
  while (j < limit && j - start < 20) {
    const QTok& tok = d_.T(j);
    // الملك المؤسس طيب الله ثراه: a formula of blessing ends the phrase.
    if (j > start && d_.BlessingEnd(j) > j) break;
    // وفقا لتقديرات X فمن المنتظر أن ...، حسب الوزارة فالأسعار ...: ف
    // opens a clause; no noun phrase goes on over it. Only ف before the
    // article or a function word: foreign names often start with the
    // letter and split as if ف were the conjunction (فورمان، فازال).
    if (j > start && d_.IsWord(j) && StartsWith(d_.Word(j), kFa) && !d_.IsNameWord(j) &&
        !(d_.Cls(j) & kGivenName) &&
        ((d_.HasFaConjunction(j) && StartsWith(d_.Word(j).substr(kFa.size()), kAl)) ||
         ((d_.AnyCls(j) & ~d_.Cls(j) & (kPrep | kStop | kComp)) &&
          // (فان before a name is "van": جيرارد فان بوهيمن، لويس فان جال.)
          !d_.IsNameParticle(j) &&
          !(d_.IsWord(j + 1) && (d_.IsNameWord(j + 1) || (d_.Morph(j + 1).classes & kUnknown))))))
      break;
    // بنك إيه.إن.زد، شركة أو.سي.آي: an acronym is one name, whatever its
    // letters read as (إن، أو).
    if (j > start) {
      if (const int e = d_.AcronymEnd(j); e > j && e <= limit) {
        j = e;
        continue;
      }
    }
    if (d_.IsAbbreviationPeriod(j)) {
      ++j;  // د. سامر
      continue;
    }
    // برنامج مكافحة الإيدز (UNAIDS)، معهد بحوث (ساوث ويست) في بولدر،
    // عبدالله الزهراني (صاحب مطعم): a short parenthesis of names or a
    // role inside the phrase.
    if (tok.kind == QTokKind::kPunct && tok.cp == U'(' && j > start) {
      int k = j + 1;
      int words = 0;
      bool clean = true;
      while (k < limit && k - j <= 8 && !d_.IsPunct(k, U')') && clean) {
        if (d_.IsWord(k)) {
          ++words;
          clean = !d_.HasDigit(k) && d_.CueAt(k) < 0 &&
                  !(d_.AnyCls(k) & (kComp | kCompNeg | kStop | kNeg | kRelative | kAdjunct | kPrep)) &&
                  !d_.IsVerbOnly(k);
        } else {
          clean = d_.IsAbbreviationPeriod(k) || d_.IsPunct(k, U'.') || d_.IsPunct(k, U'-');
        }
        ++k;
      }
      if (!clean || words == 0 || words > 4 || !d_.IsPunct(k, U')') || k >= limit) break;
      // Only inside the phrase: an adjective, a place or the person's name
      // goes on after it. At the end of the phrase the parenthesis stays
      // out (اتحاد أميركا الجنوبية لكرة القدم (كونميبول) تغيير ...).
      const int n = k + 1;
      // (After a class noun the parenthesis is its name, as marks would
      // be, at the end too: بحسب صحيفة (جارديان)، ذكرت وكالة (واس).)
      const bool class_name = d_.IsWord(j - 1) && (d_.AnyCls(j - 1) & kClassNoun) && words <= 3;
      if (!class_name &&
          (!d_.IsWord(n) || (d_.AnyCls(n) & (kAdjunct | kSetting)) || d_.CueAt(n) >= 0 ||
           !(d_.IsDefinite(n) || d_.IsNameWord(n) || (d_.Cls(n) & (kGivenName | kTitle)) ||
             d_.Word(n) == kFi || d_.Word(n) == "\u0645\u0646")))
        break;
      j = n;
      continue;
    }
    // النبي صلى الله عليه وسلم: the blessing after the Prophet's name or
    // title belongs to it (the view spells صلى with ي).
    if (j > start && j + 3 < limit && d_.IsWord(j + 3) && d_.Word(j) == "\u0635\u0644\u064A" &&
        d_.Word(j + 1) == kAllah && d_.Word(j + 2) == "\u0639\u0644\u064A\u0647" &&
        d_.Word(j + 3) == "\u0648\u0633\u0644\u0645") {
      j += 4;
      continue;
    }
    if (tok.kind == QTokKind::kPunct) break;
    if (tok.kind == QTokKind::kMark) {
      const int p = d_.OpenTop(j) >= 0 ? d_.OpenTop(j) : (d_.T(j).pair >= 0 && qt_.pairs[d_.T(j).pair].open == j ? d_.T(j).pair : -1);
      if (p < 0) break;
      const QPair& pr = qt_.pairs[p];
      if (pr.close >= limit || d_.WordsIn(pr) > 6 || d_.WordsIn(pr) == 0) break;
      // (Longer than four words, only the name of a body after a title,
      // below.)
      const bool short_pair = d_.WordsIn(pr) <= 4;
      // (After a document too: تقرير "ألبين كابيتال"، دراسة «...».)
      const bool after_class = j > start && ((d_.AnyCls(j - 1) & kClassNoun) ||
                                             ((d_.AnyCls(j - 1) & (kDocument | kSetting)) && !d_.IsDefinite(j - 1)));
      // (وقال "الزوي": "...": a quoted name right before the colon of a
      // direct quote is the speaker too.)
      // (Or before a comma and the complementizer: وأعلن «اتحاد ...»، أن.)
      // (Or a quoted personal name before a comma and its role: ويرى «فلان
      // الفلاني»، نائب رئيس الشركة، أن.)
      const auto quoted_person_before_role = [&] {
        if (ce == nullptr || !d_.IsComma(pr.close + 1) || d_.WordsIn(pr) < 2 || d_.WordsIn(pr) > 4) return false;
        const int f = pr.open + 1, r = pr.close + 2;
        return d_.IsWord(f) && ((d_.Cls(f) & kGivenName) || ((d_.Morph(f).classes & kUnknown) && QuotedWordsMayName(pr))) &&
               d_.IsWord(r) && ((d_.AnyCls(r) & kTitle) || d_.IsDefinite(r));
      };
      const bool leading = j == start && ((d_.IsWord(pr.close + 1) && !d_.IsStrongEnd(pr.close + 1)) ||
                                          (d_.IsComma(pr.close + 1) && (d_.Cls(pr.close + 2) & kComp) &&
                                           QuotedWordsMayName(pr)) ||
                                          quoted_person_before_role() ||
                                          (d_.IsPunct(pr.close + 1, U':') && d_.WordsIn(pr) <= 3 &&
                                           (d_.OpenTop(pr.close + 2) >= 0 ||
                                            (ce != nullptr && d_.WordsIn(pr) <= 2 && QuotedWordsMayName(pr)))));
      // مدير "فنون أبها" أحمد السروي: a quoted name inside the phrase, with
      // the person's name after it.
      // (Or with a title and the name after it: مدير مكتب "هداية" الشيخ
      // صالح اليوسف.)
      const bool inner = j > start && d_.WordsIn(pr) <= 3 && d_.IsWord(pr.close + 1) &&
                         ((d_.Cls(pr.close + 1) & kGivenName) || d_.IsNameWord(pr.close + 1) ||
                          ((d_.AnyCls(pr.close + 1) & kTitle) && d_.IsWord(pr.close + 2) &&
                           ((d_.Cls(pr.close + 2) & (kGivenName | kTitle)) || d_.IsNameWord(pr.close + 2)))) &&
                         d_.IsWord(pr.close + 2) &&
                         // (Not a given name that is a verbal noun with a
                         // common noun after it: "الوكالة" نجاح مهمة ...)
                         !((d_.Cls(pr.close + 1) & kGivenName) && (d_.Morph(pr.close + 1).classes & kMasdar) &&
                           !d_.IsNameWord(pr.close + 2) && !(d_.Cls(pr.close + 2) & kGivenName) &&
                           !d_.IsDefinite(pr.close + 2));
      // المدير التنفيذي "خالد بن حماد البلوي": a personal name in marks.
      bool quoted_name = j > start && d_.WordsIn(pr) >= 2 && d_.WordsIn(pr) <= 6 &&
                         (d_.Cls(pr.open + 1) & kGivenName) && pr.close + 1 < limit && !d_.IsWord(pr.close + 1);
      for (int k = pr.open + 2; k < pr.close && quoted_name; ++k) {
        quoted_name = d_.IsWord(k) && !(d_.AnyCls(k) & (kStop | kPrep | kComp | kNeg | kRelative)) &&
                      !d_.IsVerbOnly(k) && (!d_.IsDefinite(k) || k == pr.close - 1);
      }
      // مدير «الشركة الوطنية»، بيانات "المركزي اليوناني": after a noun in the
      // construct state, a quoted definite noun phrase or name is its
      // genitive (not a quotation: every word definite or a name, and the
      // sentence goes on after the marks).
      bool genitive = j > start && d_.WordsIn(pr) <= 4 && d_.IsWord(j - 1) && !d_.IsDefinite(j - 1) &&
                      !d_.HasPronounSuffix(j - 1) && !d_.IsNameWord(j - 1) && !d_.IsVerbOnly(j - 1) &&
                      !(d_.Cls(j - 1) & (kGivenName | kPrep | kStop | kComp)) && d_.CueAt(j - 1) < 0 &&
                      (d_.IsWord(pr.close + 1) || d_.IsComma(pr.close + 1) || d_.IsPunct(pr.close + 1, U':'));
      // (A word in Latin letters is a name too: أنصار "BBC".)
      const auto latin = [&](int k) {
        for (const char ch : d_.Word(k)) {
          if (!(((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-'))
            return false;
        }
        return true;
      };
      for (int k = pr.open + 1; k < pr.close && genitive; ++k) {
        genitive = d_.IsWord(k) && (d_.IsDefinite(k) || d_.IsNameWord(k) || latin(k)) &&
                   !StartsWith(d_.Word(k), kLamLam);
      }
      // رئيس «نايت فرانك لأبحاث العقارات»: after a title in the construct
      // state, a quoted phrase of a few words with no particle or verb is
      // the name of the body the person heads.
      bool of_title = !genitive && j > start && d_.WordsIn(pr) <= 6 && d_.IsWord(j - 1) && !d_.IsDefinite(j - 1) &&
                      (d_.AnyCls(j - 1) & kTitle) && !d_.HasPronounSuffix(j - 1) &&
                      (d_.IsWord(pr.close + 1) || d_.IsComma(pr.close + 1) || d_.IsPunct(pr.close + 1, U':'));
      for (int k = pr.open + 1; k < pr.close && of_title; ++k) {
        // (A foreign name may read as a verb: «نايت فرانك».)
        of_title = d_.IsWord(k) && d_.CueAt(k) < 0 &&
                   !(d_.AnyCls(k) & (kStop | kComp | kCompNeg | kNeg | kRelative | kPronoun));
      }
      // مجموعة الطاقة «نوفارتيك هولدينغ»، مدير قنوات «بلوستار ميديا»: after a
      // noun, two to four quoted words, one of them a foreign word the
      // dictionary does not know, are the name of the body; an acronym of
      // one word ("سانا") is an apposition and stays out.
      bool foreign_name = j > start && d_.WordsIn(pr) >= 2 && d_.WordsIn(pr) <= 4 && d_.IsWord(j - 1) &&
                          d_.CueAt(j - 1) < 0 && !d_.IsVerbOnly(j - 1) &&
                          !(d_.AnyCls(j - 1) & (kPrep | kStop | kComp | kNeg | kRelative));
      bool unknown = false;
      // (A foreign word may read as a verb or an adverb: «دي جيه آي».)
      for (int k = pr.open + 1; k < pr.close && foreign_name; ++k) {
        foreign_name = d_.IsWord(k) && d_.CueAt(k) < 0 && !d_.HasDigit(k) &&
                       !(d_.AnyCls(k) & (kStop | kPrep | kComp | kCompNeg | kNeg | kRelative | kPronoun));
        unknown |= foreign_name && (d_.Morph(k).classes & kUnknown);
      }
      // (Not a verbal noun last, the object after a name whose closing mark
      // strayed: "فلان أهمية".)
      foreign_name &= unknown && !(d_.AnyCls(pr.close - 1) & kMasdarClass);
      // سامر الحلبي «مستأجر»: إن ...: a quoted common noun right after a
      // person's name says who the person is, before what was said.
      bool quoted_role = j > start && d_.WordsIn(pr) <= 2 && NameEndsAt(start, j) &&
                         (d_.IsPunct(pr.close + 1, U':') || (d_.Cls(pr.close + 1) & kComp));
      for (int k = pr.open + 1; k < pr.close && quoted_role; ++k) {
        quoted_role = d_.IsWord(k) && !d_.IsDefinite(k) && !d_.IsNameWord(k) && !d_.IsVerbOnly(k) &&
                      d_.CueAt(k) < 0 && !(d_.AnyCls(k) & (kStop | kPrep | kComp | kNeg | kRelative | kPronoun));
      }
      // صاحب «شركة فلان للتجارة» أن، العقيد "فلان" إلى أن، الدكتورة «فلانة
      // العلانية» إن، فلان «موظف» عن: a quoted name right before what
      // opens the report (a complementizer, the cue's preposition, a colon,
      // or a comma and a complementizer) belongs to the phrase after a noun
      // in the construct state (its genitive), a definite title (the
      // person's name) or a personal name (the person's role). After any
      // other definite word it is an appositive acronym, which the guide
      // leaves out: وكالة الأنباء الرسمية "سانا". (Not with a verb that
      // takes an object after its subject: اتهم X "فلان" بأن.)
      const int after = pr.close + 1;
      bool apposed = j > start && ce != nullptr && !ce->obj && d_.IsWord(j - 1) && d_.CueAt(j - 1) < 0 &&
                     !d_.IsVerbOnly(j - 1) && !(d_.AnyCls(j - 1) & (kPrep | kStop | kComp | kNeg | kRelative)) &&
                     (!d_.IsDefinite(j - 1) || (d_.AnyCls(j - 1) & kTitle) || NameEndsAt(start, j)) &&
                     after < limit &&
                     ((d_.IsWord(after) && ((d_.Cls(after) & kComp) || d_.GovernsAt(*ce, after))) ||
                      d_.IsPunct(after, U':') ||
                      (d_.IsComma(after) && d_.IsWord(after + 1) && (d_.Cls(after + 1) & kComp)));
      for (int k = pr.open + 1; k < pr.close && apposed; ++k) {
        apposed = d_.IsWord(k) && d_.CueAt(k) < 0 && !d_.HasDigit(k) &&
                  !(d_.AnyCls(k) & (kStop | kPrep | kComp | kCompNeg | kNeg | kRelative | kPronoun));
      }
      // (A body's name after its class noun may be longer: شركة «كي بي إم
      // جي السعودية», with no complementizer or relative in it.)
      bool long_class_name = !short_pair && after_class && (d_.AnyCls(j - 1) & kClassNoun);
      for (int k = pr.open + 1; k < pr.close && long_class_name; ++k) {
        long_class_name = d_.IsWord(k) && !(d_.Cls(k) & (kComp | kCompNeg | kRelative));
      }
      if (!(short_pair && (after_class || leading || inner || quoted_name || genitive || foreign_name ||
                           quoted_role || apposed)) &&
          !of_title && !long_class_name)
        break;
      j = pr.close + 1;
      // ودعا "الحارثي" الأشقاء ...، وطالب "العتيبي" الصحف بـ، وناشد العقيد
      // "فلان الفلاني" المواطنين: after a quoted name that opens the
      // subject, or a personal or foreign name in marks inside it, a noun
      // that is no role, title or adjective of the name is the object of a
      // verb that takes one.
      if ((foreign_name || quoted_name || (leading && d_.WordsIn(pr) <= 3)) && ce != nullptr &&
          ce != &MentionEntry() && (ce->obj || ce->l || !ce->preps.empty()) && QuotedObjectAt(j))
        break;
      continue;
    }
    const uint32_t c = d_.Cls(j);
    const uint32_t ac = d_.AnyCls(j);
    if (d_.CueAt(j) >= 0) break;
    // قدم وفد من الحركة (حماس) الشكر، وتبادل الحضور التهاني: thanks,
    // congratulations and condolences are what is offered, never part of
    // who offers them.
    if (j > start && (ac & kCourtesy)) break;
    // المصدر نفسه، التقارير ذاتها، «بوندي بلوغ» نفسها: نفس or ذات with the
    // pronoun of the noun before it stresses that noun and belongs to the
    // phrase. (Not after a verb that takes an object, where it is the
    // object: وصف الرجل نفسه بأنه.)
    // (It closes the phrase.)
    if (j > start && IsEmphaticSelf(d_.Word(j)) && (ce == nullptr || !ce->obj) &&
        (d_.IsDefinite(j - 1) || d_.IsNameWord(j - 1) || (d_.AnyCls(j - 1) & kGivenName) ||
         d_.T(j - 1).kind == QTokKind::kMark)) {
      ++j;
      break;
    }
    // المواطنة أم خالد: a kunya after a title or a definite word (أم is
    // otherwise the conjunction "or").
    if (j > start && d_.IsDefinite(j - 1) && d_.Word(j) == "\u0627\u0645" && d_.IsWord(j + 1) && j + 1 < limit &&
        ((d_.Cls(j + 1) & kGivenName) || d_.IsNameWord(j + 1))) {
      j += 2;
      continue;
    }
    // عدد من مستفيدي هذه الفعاليات: after a noun in the construct state, a
    // demonstrative and its definite noun are the genitive. (Not after a
    // name, where they are the object, وصف أوباما هذا التحول، nor after a
    // verbal noun, whose object they are: اتخاذ هذه الخطوة.)
    if (j > start && (c & kStop) && !d_.IsDefinite(j - 1) && d_.IsWord(j - 1) && IsDemonstrative(d_.Word(j)) &&
        d_.IsDefinite(j + 1) && !(d_.Cls(j - 1) & (kPrep | kStop | kGivenName)) && !d_.IsNameWord(j - 1) &&
        !(d_.Morph(j - 1).classes & kMasdar) && !NameEndsAt(start, j)) {
      ++j;
      continue;
    }
    // وزير الثقافة و الإعلام: و written apart, between two definite nouns,
    // joins them as the proclitic does (وزير الثقافة والإعلام).
    // (Or before a noun in the construct state: الاتصالات و تقنية المعلومات.)
    if (j > start && d_.IsDetachedWaw(j) && d_.IsDefinite(j - 1) && j + 1 < limit &&
        (d_.IsDefinite(j + 1) || (d_.IsWord(j + 1) && d_.IsDefinite(j + 2) && !d_.IsVerb(j + 1))) &&
        !(d_.AnyCls(j + 1) & (kRelative | kTitle)) && d_.CueAt(j + 1) < 0) {
      ++j;
      continue;
    }
    if (c & (kComp | kCompNeg | kRelative | kNeg | kStop)) break;
    // (A relative with و opens a clause too: أعمال اللجان والتي بين فيها.)
    if (j > start && (ac & kRelative) && StartsWith(d_.Word(j), kWaw)) break;
    // سفيرة الولايات المتحدة لدى الأمم المتحدة سامنثا باور: لدى after a
    // noun of the phrase, before a definite or proper noun that is no verbal
    // noun (لدى وصوله، لدى زيارة الوفد: the occasion), places the role as
    // في does.
    const bool lada = j > start && d_.Word(j) == "\u0644\u062F\u064A" && d_.IsWord(j - 1) &&
                      d_.IsWord(j + 1) &&
                      // (A country the dictionary names is no verbal noun,
                      // whatever else it reads as: لدى اليمن.)
                      (!(d_.Morph(j + 1).classes & kMasdar) || (d_.Morph(j + 1).classes & kProperName)) &&
                      !d_.LooksLikeMasdar(j + 1);
    // رئيس الأركان سابقا اللواء فلان، مدير القسم حاليا في مستشفى ...:
    // "formerly" or "currently" after a role that has
    // its title in the phrase qualifies the role; the person's title or
    // name, or the place of the role, goes on after it.
    bool tenure = false;
    if (j > start && (d_.Word(j) == "\u0633\u0627\u0628\u0642\u0627" || d_.Word(j) == "\u062D\u0627\u0644\u064A\u0627") &&
        d_.IsWord(j + 1) && j + 1 < limit &&
        ((d_.AnyCls(j + 1) & kTitle) || (d_.Cls(j + 1) & kGivenName) || d_.Word(j + 1) == kFi)) {
      for (int k = start; k < j && !tenure; ++k) tenure = d_.IsWord(k) && (d_.AnyCls(k) & kTitle);
    }
    if ((ac & kAdjunct) && !lada && !tenure) break;
    // أقر مجلس المدينة قانوناً جديداً، وقال نابيلي مبتسماً: a word the
    // caller wrote with the tanween of the accusative is no part of a
    // subject, which is nominative: it is the object, an adverb or a
    // circumstantial. (Not the adverb of a participle's complement inside
    // the phrase: المعترف بها دولياً.)
    // (The tanween sits on an alif the view keeps: the original is asked
    // about those words alone.)
    // (After لكن or a complementizer the subject itself is accusative: لكن
    // مصدرًا بارزًا في الجيش، أكد.)
    if (j > start && !d_.IsDefinite(j) && EndsWith(d_.Word(j), "\u0627") && d_.OriginalHas(j, "\u064B") &&
        !(d_.Cls(j) & kGivenName) && !accusative_subject && !tenure &&
        !(d_.IsWord(j - 1) && d_.Word(j - 1).size() <= 6 &&
          (StartsWith(d_.Word(j - 1), kBa) || StartsWith(d_.Word(j - 1), kLam))))
      break;
    // تقرير مؤشرات الأداء بنهاية العام 2014: a year after العام (or لعام،
    // للعام) in the genitive names which year's document it is. (A bare
    // عام before the year is the accusative of time, قال فلان عام 1876,
    // and no part of the phrase.)
    if (j > start && d_.HasDigit(j) && IsYearWord(d_.Word(j)) && d_.IsWord(j - 1) &&
        (d_.Word(j - 1) == "\u0627\u0644\u0639\u0627\u0645" || d_.Word(j - 1) == "\u0644\u0644\u0639\u0627\u0645" ||
         d_.Word(j - 1) == "\u0644\u0639\u0627\u0645")) {
      ++j;
      continue;
    }
    if (d_.HasDigit(j)) break;
    // نفى متحدث باسم المتمردين مزاعم الحكومة، أقر مجلس إدارة النادي
    // إعادة تشكيل اللجنة: after a verb that takes an object, a verbal noun
    // or a plural noun in the construct state that follows a definite
    // common word opens the object: the subject's adjectives would agree
    // with it in definiteness, and a new noun phrase begins. (Not a name
    // or a title, nor a function word, a word that may be a verb or a word
    // with a preposition: the names of people after their role, رجل الأعمال
    // زكي الزاير، الوزير الكسندر نوفاك، are often words of the dictionary
    // as well.)
    // (So after the name a class noun takes, which is definite as a name
    // is and ends the chain: واستنكرت المديرية العامة بمنطقة حائل وقوع
    // ...، وأعلنت شركة سيرا إطلاق ....)
    const auto named_by_class = [&](int k) {
      return k - 1 >= start && d_.IsWord(k - 1) && (d_.AnyCls(k - 1) & kClassNoun) && !d_.IsDefinite(k - 1) &&
             !d_.IsDefinite(k) && !(d_.AnyCls(k) & (kGivenName | kTitle | kPrep | kStop)) &&
             !(d_.Morph(k).classes & kMasdar);
    };
    if (ce != nullptr && (ce->obj || ce->np) && j > start && d_.IsWord(j - 1) &&
        ((d_.IsDefinite(j - 1) && !d_.IsNameWord(j - 1) && !(d_.AnyCls(j - 1) & (kGivenName | kTitle))) ||
         named_by_class(j - 1)) &&
        !d_.IsDefinite(j) &&
        !d_.IsNameWord(j) && !(d_.AnyCls(j) & (kTitle | kGivenName | kClassNoun | kDocument | kSetting | kPrep)) &&
        !(d_.Morph(j).classes & kFunctionWord) && !d_.IsVerb(j) && !IsNameLink(j) &&
        !(d_.Morph(j).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) &&
        ((d_.Morph(j).classes & kMasdar) || (d_.Morph(j).number == 3 && d_.IsWord(j + 1) && d_.IsDefinite(j + 1))) &&
        // (A word with the conjunction و joins the phrase, الولايات المتحدة
        // وكوبا; one whose و is its root's, وقوع، وصول، does not.)
        !d_.HasWaConjunction(j))
      break;
    // التقت وكالة الأنباء السعودية أستاذ علم الآثار ...، التقت الوكالة
    // الدكتور فلان: after a verb that takes an object, a role after a
    // definite phrase headed by a feminine noun of a body (وكالة، وزارة،
    // هيئة) that names no person (no title, no given name) is the object;
    // after a person it is the person's role (محمد العلي أستاذ العلوم).
    if (ce != nullptr && ce->obj && j > start && d_.IsWord(j - 1) && d_.IsDefinite(j - 1) &&
        (d_.AnyCls(j) & kTitle) && !(d_.Cls(j) & kGivenName) && PhraseGender(start) == Gender::kFem) {
      bool person = false;
      for (int k = start; k < j && !person; ++k) {
        person = (d_.AnyCls(k) & (kTitle | kGivenName)) != 0;
      }
      if (!person) break;
    }
    // A noun with a possessive pronoun (جاهزيتهما، اعتزازها، بارتكابه)
    // cannot continue a noun phrase that has begun: it opens the object
    // or the content.
    // (Not a given name that ends in ه: عبده، طه.)
    // (Nor باسمها after a spokesman: الناطق باسمها فلان. Nor one with و
    // between a role and the person's name, which goes on with the role:
    // صاحب فكرة المبادرة ومطلقها فلان.)
    const bool role_before_name = j > start + 1 && StartsWith(d_.Word(j), kWaw) &&
                                  (d_.Morph(j).split.proclitics & kConjWa) && d_.IsWord(j + 1) &&
                                  ((d_.Cls(j + 1) & (kGivenName | kTitle)) || CompoundAbdAt(j + 1));
    // (Nor the genitive of a title in the construct state, which needs
    // one: سفير بلاده، وزير خارجيتها، رئيس وزرائها; nor of a noun right
    // after a preposition inside the phrase: المستشار في سفارة بلاده; nor
    // the name after a class noun, which the dictionary may read as a
    // possessed noun: المدير الفني لنادي مولده.)
    const auto title_genitive = [&]() {
      return !d_.IsDefinite(j - 1) && !d_.HasPossessive(j - 1) && !d_.IsNameWord(j - 1) &&
             !StartsWith(d_.Word(j), kWaw) &&
             ((d_.AnyCls(j - 1) & (kTitle | kClassNoun)) ||
              (j - 1 > start && (d_.Cls(j - 2) & kPrep) && !d_.IsAdjectiveLike(j - 1) && !d_.HasDigit(j - 1)));
    };
    if (j > start && !(d_.Cls(j - 1) & kPrep) && d_.HasPossessive(j) && !(d_.Cls(j) & kGivenName) &&
        !IsNameLink(j - 1) && !d_.InTheNameOf(j) && !role_before_name && !title_genitive())
      break;
    if (!after_prep && (d_.ClsCl(j) & kAddressee) && StartsWith(d_.Word(j), kLam)) {
      break;  // The addressee (لوكالة، للصحافيين، لرويترز), not the speaker.
    }
    // (Not a personal name that starts with ل: ليلى، لينا، لارا، a given
    // name of the lexicon (جيفري لويس،); nor a surname the dictionary does
    // not know, with no class of its own, after a name: جوشوا لانديس، أندرو
    // لسيزوسكي.)
    if (j > start && StartsWith(d_.Word(j), kLam) && !StartsWith(d_.Word(j), kLamLam) &&
        !StartsWith(d_.Word(j).substr(kLam.size()), "\u064A") && !EndsWith(d_.Word(j), "\u0627") &&
        !(d_.Cls(j) & kGivenName) &&
        !((d_.Morph(j).classes & kUnknown) && d_.AnyCls(j) == 0 &&
          (d_.IsNameWord(j - 1) || (d_.Cls(j - 1) & kGivenName)))) {
      // لفرانس برس، : an addressee closed by a comma.
      // (Not in a role set off by commas after the name, read with no cue,
      // where a class noun with ل is the body of the role: فلان، الرئيس
      // التنفيذي لشركة ...:)
      const int nx = d_.IsWord(j + 1) && !d_.IsDefinite(j + 1) && !(d_.Cls(j + 1) & kComp) ? j + 2 : j + 1;
      const bool body_of_role = ce == nullptr && (d_.AnyCls(j) & kClassNoun) && !(d_.ClsCl(j) & kAddressee) &&
                                d_.IsComma(start - 1);
      if ((d_.IsComma(nx) || d_.IsPunct(nx, U':')) && !body_of_role) break;
    }
    // المشرف على الفعاليات علي عبدالله الغانم: علي as the caller spelled it,
    // with ي, before a name is the given name, not the preposition the view
    // spells like it.
    const bool given_not_prep = (c & kPrep) && (c & kGivenName) && j > start && d_.EndsInOriginal(j, "\u064A") &&
                                d_.IsWord(j + 1) && ((d_.Cls(j + 1) & kGivenName) || d_.IsNameWord(j + 1) ||
                                                     IsNameLink(j + 1) || IsAbd(j + 1));
    if (((c & kPrep) || lada) && !given_not_prep) {
      if (j == start) break;
      const std::string_view w = d_.Word(j);
      bool governed = false;
      if (ce != nullptr) {
        for (const std::string& p : ce->preps) governed |= (w == p);
      }
      // المشرف على القاعة، المسؤول عن البرنامج: a definite participle of a
      // role keeps the preposition it takes.
      // (Or a definite participle after the head: التقرير الصادر عن الإدارة.)
      // (على and إلى, which the view spells with ي, only after a derived
      // participle or a title: المشرف على، المنتمي إلى; ردت الشركة على
      // الانتقادات is the verb's.)
      const bool ala = w == kAla || w == "\u0627\u0644\u064A";
      if (governed && RoleBeforeNamedApposition(start, j)) governed = false;
      // حذر مصدر رسمي من داخل المحافظة من ...، حذرت دراسة أشرف عليها
      // باحثون من جامعة تكساس من ...: when the cue's من comes again later in
      // the clause, the first one, after a common noun and before no
      // verbal noun, belongs to the subject (a place or a partitive).
      // (After a noun of quantity it is always partitive: اشتكى عدد من
      // السكان، حذر العديد من الخبراء.)
      if (governed && w == "\u0645\u0646" && j == start + 1 && QuoteDoc::IsPartitiveHeadWord(d_.Word(start)))
        governed = false;
      if (governed && w == "\u0645\u0646" && j > start && d_.IsWord(j - 1) && !d_.IsNameWord(j - 1) &&
          !(d_.Cls(j - 1) & kGivenName) && d_.IsWord(j + 1) && !(d_.Morph(j + 1).classes & kMasdar) &&
          !d_.LooksLikeMasdar(j + 1) && !d_.HasPossessive(j + 1) && !d_.HasPronounSuffix(j + 1)) {
        for (int k = j + 2; k < limit && k < j + 9 && d_.IsWord(k); ++k) {
          if (d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg | kRelative)) || d_.IsVerbOnly(k)) break;
          if (d_.Word(k) == w) {
            governed = false;
            break;
          }
        }
      }
      const bool role = !governed && (ce == nullptr || !ce->relay) && (ala || w == "\u0639\u0646") &&
                        d_.IsDefinite(j - 1) && !StartsWith(d_.Word(j - 1), kLamLam) &&
                        (j == start + 1 || (j == start + 2 && d_.IsDefinite(start) &&
                                            (d_.Morph(j - 1).classes & kParticiple)) ||
                         // (After the head's definite adjectives too: القيادي
                         // الإخواني المنشق عن الجماعة.)
                         (j == start + 3 && d_.IsDefinite(start) && d_.IsDefinite(start + 1) &&
                          d_.IsAdjectiveLike(start + 1) && StartsWith(d_.Word(j - 1), "\u0627\u0644\u0645") &&
                          (d_.Morph(j - 1).classes & kParticiple))) &&
                        !(d_.AnyCls(j - 1) & (kClassNoun | kDocument)) &&
                        // (Or a participle of the simple verb after the head,
                        // as its adjective: البيانات الصادرة على موقع الشركة،
                        // المشرف العام على المهرجان; at the head it is as often
                        // the subject of the verb's على: الباحثون على.)
                        (ala ? ((d_.AnyCls(j - 1) & kTitle) ||
                                ((StartsWith(d_.Word(j - 1), "\u0627\u0644\u0645") || j - 1 > start) &&
                                 (d_.Morph(j - 1).classes & kParticiple)))
                             : ((d_.Morph(j - 1).classes & kParticiple) || (d_.AnyCls(j - 1) & kTitle) ||
                                StartsWith(d_.Word(j - 1), "\u0627\u0644\u0645")));
      // (Or a definite verbal noun, the genitive of a body's noun, keeps
      // its preposition: جهاز الرقابة على الأغذية، لجنة الدفاع عن الحريات.)
      const bool body_masdar = !governed && (ce == nullptr || !ce->relay) && (ala || w == "\u0639\u0646") &&
                               j - 1 > start && d_.IsDefinite(j - 1) && d_.IsWord(j - 2) && !d_.IsDefinite(j - 2) &&
                               (d_.Morph(j - 1).classes & kMasdar) && !StartsWith(d_.Word(j - 1), kLamLam) &&
                               d_.IsWord(j + 1) && d_.IsDefinite(j + 1);
      // (لدى after a role: سفيرة الولايات المتحدة لدى الأمم المتحدة، خبير
      // الأسواق لدى «...».)
      // (Or عن after the place of a definite title, the party or place a
      // member stands for: النائب في برلمان الإقليم عن الحزب الديمقراطي.)
      const bool stands_for = !governed && w == "\u0639\u0646" && preps > 0 && d_.IsDefinite(start) &&
                              (d_.AnyCls(start) & kTitle) && d_.IsDefinite(j - 1) && d_.IsDefinite(j + 1);
      const bool inner = (w == kFi || w == "\u0645\u0646" || role || body_masdar || lada || stands_for);  // في، من
      // (في خطابه، في تصريحاته: a noun with a possessive after في is the
      // occasion of the speech, not a place inside the phrase.)
      // (من الصعوبة بمكان: after a person's name, a verbal noun after the
      // preposition is no place or body; the clause has begun.)
      if (inner && !lada && NameEndsAt(start, j) && d_.IsWord(j + 1) && (d_.Morph(j + 1).classes & kMasdar) &&
          d_.IsDefinite(j + 1) && !(d_.AnyCls(j + 1) & (kClassNoun | kTitle | kDocument)))
        break;
      // (إلا أن بعض المستفيدين من هذه الفعاليات يرى: before its verb, or
      // right before the complementizer after a cue, من after a plural is
      // partitive and takes a demonstrative and its noun. Elsewhere من هذا
      // المنطلق، في هذا الصدد are settings.)
      if (w == "\u0645\u0646" && !governed && preps < 2 && j + 2 < limit && d_.IsWord(j + 1) &&
          IsDemonstrative(d_.Word(j + 1)) && d_.IsDefinite(j + 2) && d_.IsWord(j - 1) &&
          (d_.Morph(j - 1).nominal & (kNomPlural | kNomDual)) && !(d_.Morph(j - 1).nominal & kNomSingular) &&
          (ce == nullptr || (d_.IsWord(j + 3) && (d_.Cls(j + 3) & kComp)))) {
        ++preps;
        j += 3;
        continue;
      }
      // (Or a name in marks: مصادر مقربة من «الشركة»، مراسل في «الخبر».)
      if (inner && !governed && !lada && preps < 2 && d_.T(j + 1).kind == QTokKind::kMark) {
        const int p = d_.OpenTop(j + 1);
        if (p >= 0 && qt_.pairs[p].open == j + 1 && qt_.pairs[p].close < limit && d_.WordsIn(qt_.pairs[p]) >= 1 &&
            d_.WordsIn(qt_.pairs[p]) <= 4 && QuotedWordsMayName(qt_.pairs[p])) {
          ++preps;
          j = qt_.pairs[p].close + 1;
          continue;
        }
      }
      if (!inner || governed || preps >= 2 || !d_.IsWord(j + 1) || d_.IsSettingAt(j + 1) ||
          d_.HasPossessive(j + 1) || (d_.HasPronounSuffix(j + 1) && !d_.IsNameWord(j + 1)) ||
          (d_.AnyCls(j + 1) & (kAdjunct | kStop | kNeg | kPrep)) || d_.CueAt(j + 1) >= 0 ||
          d_.HasDigit(j + 1)) {
        break;
      }
      // A place inside the phrase has a definite or proper object (النيابة
      // العامة في بوليفيا، مدير المرصد في حلب); an indefinite common noun
      // is a setting of the clause (عضو البرلمان في وقت سابق).
      // (Or one bare word right before what the cue governs, the name of
      // a place: مسؤولون في مالي إن، مصدر قضائي في أبوظبي أن.)
      const int chain_end = DefiniteChainEnd(j + 1);
      // (Or one bare word with the person's given name after it: القيادي
      // في حماس أسامة بدران.)
      const bool before_name = d_.IsWord(j + 2) && (d_.Cls(j + 2) & kGivenName) && !d_.IsDefinite(j + 1) &&
                               !(d_.Morph(j + 1).split.proclitics & (kPrepBi | kPrepLi | kPrepKa));
      // (Or two, a place in the construct state: في قطاع غزة، في منطقة
      // تبوك.)
      const int place_end = chain_end < 0 && !before_name && w == kFi ? PlaceEndBeforeComplement(j + 1, ce) : -1;
      if (chain_end < 0 && !before_name && place_end < 0) break;
      ++preps;
      chain_until = place_end > 0 ? place_end : chain_end;
      j = place_end > 0 ? place_end : j + 2;
      // After the place only its adjectives and genitives go on; an
      // indefinite word is the object of the verb (اتهمت النيابة في بوليفيا
      // تشافيز), unless it is inside the place's idafa chain (في مجلس
      // محافظة بغداد).
      // (So is a verbal noun after a cue that reports one, when the place
      // is a name, which no genitive follows: أكد مصدر في شبوة سيطرة ...)
      if (d_.IsWord(j) && !d_.IsDefinite(j) && ce != nullptr && j >= chain_until &&
          (ce->obj || (ce->np && d_.IsNameWord(j - 1) && (d_.Morph(j).classes & kMasdar) &&
                          !(d_.Cls(j) & kGivenName) && !d_.IsNameWord(j))))
        break;
      continue;
    }

    // ووصف عواد النتيجة بأنها: the word right before بأن is the object of a
    // verb that takes one; after a name, so is a definite common noun that
    // is no nisba.
    if (ce != nullptr && ce->obj && !ce->obj_indefinite_only && j > start && d_.IsDefinite(j) &&
        !d_.IsNameWord(j) && !StartsWith(d_.Word(j), kLamLam) &&
        (((d_.Cls(j + 1) & kComp) && StartsWith(d_.Word(j + 1), kBa)) ||
         (d_.IsNameWord(j - 1) && !d_.IsAdjectiveLike(j) &&
          // (A title with its complement after the name is the person's
          // role: وصف نبيل البلوشي النائب في البرلمان ...، البيان بـ. A bare
          // title before ب is the object: اتهم فلان الوزير بالتقصير.)
          !RoleAfterName(j) &&
          // (After a lone given name, a definite word is the surname: هند
          // الفارس.)
          !((d_.Cls(j - 1) & kGivenName) && j - 1 > start && !d_.IsNameWord(j - 2) &&
            !(d_.Cls(j - 2) & kGivenName)))))
      break;
    // اتهمت باكستان الهند بـ: after a country's name, another country the
    // dictionary names is the object of a verb that takes one.
    if (ce != nullptr && ce->obj && j == start + 1 && d_.IsDefinite(j) && !d_.IsDefinite(start) &&
        (d_.Morph(start).classes & kProperName) && (d_.Morph(j).classes & kProperName) &&
        !(d_.Cls(start) & kGivenName) && !d_.IsAdjectiveLike(j))
      break;
    // والتقى الوزير بمدير المستشفى: ب or ل with a title after the head is
    // the verb's prepositional object, not part of the phrase.
    if (j > start && (StartsWith(d_.Word(j), kBa) || StartsWith(d_.Word(j), kLam)) &&
        !(d_.Cls(j) & kTitle) && (d_.ClsCl(j) & kTitle) && !d_.IsDefinite(j))
      break;
    // أما الرجل ... نائب رئيس الاتحاد فوافق على: ف before a verb opens the
    // predicate. (A past verb after a definite word: after a given name ف
    // may begin a foreign name that reads as ف and a present verb,
    // أنطونيو فاتاس، البروفسور فيريك فانغ.)
    if (j > start && d_.IsDefinite(j - 1) && StartsWith(d_.Word(j), kFa) && !(d_.Cls(j) & kGivenName) &&
        (d_.Morph(j).split.proclitics & kConjFa) && (d_.Morph(j).classes & kVerbPast) && d_.IsVerbOnly(j))
      break;
    // وقالت مريم وهي تحمل طفلها: a circumstantial clause (و + pronoun).
    if (j > start && d_.IsWawPronoun(j))
      break;
    // ألقى مدير المهرجان سالم العمري كلمة، عقد الوزير مؤتمرا: after a name
    // or a definite word, an indefinite noun of an occasion of speech is the
    // verb's object.
    // (After a definite word, not a noun in the construct state, which may
    // name a body: مدير المهرجان كلمة اللجنة is the object, الأمين العام
    // لقمة ... the phrase.)
    // (Not a given name, بيان, nor a word before a name: المحامية بيان زهران.)
    if (j > start && (d_.Cls(j) & kSetting) && !d_.IsDefinite(j) && d_.Morph(j).split.proclitics == 0 &&
        !(d_.AnyCls(j) & (kTitle | kGivenName)) &&
        !(d_.IsWord(j + 1) && !d_.IsDefinite(j + 1) &&
          (d_.IsNameWord(j + 1) || (d_.Cls(j + 1) & kGivenName) ||
           (!d_.IsAdjectiveLike(j + 1) && !d_.IsVerb(j + 1) && !(d_.Morph(j + 1).classes & kFunctionWord) &&
            !(d_.AnyCls(j + 1) & (kPrep | kStop | kAdjunct | kComp))))) &&
        (d_.IsNameWord(j - 1) || NameEndsAt(start, j) || d_.Word(j - 1) == kAllah ||
         (d_.IsDefinite(j - 1) && !(d_.IsWord(j + 1) && d_.IsDefinite(j + 1) && !d_.IsAdjectiveLike(j + 1)))))
      break;
    // يقول فلان ويعمل لدى ...: a verb joined by و opens a clause of its own.
    // (Not a name the dictionary does not know, وينستون, nor a word with the
    // article, والأمن; nor the verb of naming, whose name is the person's:
    // أحد السكان ويدعى فلان. A foreign name the dictionary reads as و and
    // a verb comes after a given name or before a name or a title: سارة ليا
    // ويتسن مديرة ...، المزارعة ويندي بولمر.)
    if (j > start && (d_.Morph(j).split.proclitics & kConjWa) && d_.IsVerbOnly(j) && !d_.IsDefinite(j) &&
        !d_.IsNameWord(j) && !(d_.AnyCls(j) & (kGivenName | kTitle | kClassNoun)) && d_.CueAt(j) < 0 &&
        !(d_.Cls(j - 1) & kGivenName) && !(j - 2 >= start && (d_.Cls(j - 2) & kGivenName) && !d_.IsDefinite(j - 1)) &&
        !(d_.IsWord(j + 1) && !d_.IsDefinite(j + 1) &&
          (d_.IsNameWord(j + 1) || (d_.Cls(j + 1) & (kGivenName | kTitle)))))
      break;
    // وقال المتحدث عثمان مالي ردا على ...، وقالت بوكوفا لعمال البناء:
    // after a personal name, an indefinite accusative verbal noun is an
    // adverbial, and ل with a noun in the construct state the addressee.
    if (j > start + 1 && !d_.IsDefinite(j) && !(d_.Cls(j) & (kGivenName | kTitle)) && !IsNameLink(j - 1) &&
        ((EndsWith(d_.Word(j), "\u0627") && d_.Word(j).size() <= 10 && (d_.Morph(j).classes & kMasdar) &&
          !d_.IsNameWord(j)) ||
         (StartsWith(d_.Word(j), kLam) && !StartsWith(d_.Word(j), kLamLam) && d_.IsWord(j + 1) &&
          d_.IsDefinite(j + 1) && !StartsWith(d_.Word(j + 1), kLamLam))) &&
        NameEndsAt(start, j))
      break;
    // كتب نيكسون متحدثا عن ...: an indefinite accusative participle is a
    // circumstantial phrase, not part of the name.
    // (The participles of derived verbs: مـ...ـا.)
    if (j > start && EndsWith(d_.Word(j), "\u0627") && StartsWith(d_.Word(j), "\u0645") &&
        d_.Word(j).size() >= 8 && !d_.IsDefinite(j) && !d_.IsNameWord(j) &&
        !(d_.Cls(j) & kGivenName) && (d_.Morph(j).classes & kParticiple) && d_.IsWord(j + 1) &&
        !(d_.Cls(j + 1) & (kComp | kCompNeg)))
      break;
    // تقرير أصدرته الوكالة، بيان أصدره الجيش: after an indefinite document,
    // a verb with its pronoun opens a relative clause without a relative.
    if (j > start && !d_.IsDefinite(j - 1) && (d_.AnyCls(j - 1) & (kDocument | kSetting)) &&
        d_.IsVerbOnly(j) && d_.HasPronounSuffix(j))
      break;
    // تقرير اقتصادي صدر أمس، استطلاع أجري في يونيو: after an indefinite
    // document and its indefinite adjectives, any verb opens such a clause.
    // (A word the dictionary also reads as a noun, صدر، صادر, with the
    // preposition of its agent or a time adverb after it; not an
    // adjective, سري، أخير.)
    // (Its genitive with ل may come between: استطلاع جديد للرأي نشر أمس.)
    // (A document noun the word classes list with the article, دراسة, and
    // one with ل after وفقا: لدراسة حديثة نشرت ...; or a noun of the
    // occasion after the head, مقطع فيديو بث على ...)
    if (j > start && !d_.IsDefinite(start) && !d_.IsDefinite(j) &&
        (!d_.IsDefinite(j - 1) || StartsWith(d_.Word(j - 1), kLamLam)) && !(d_.Cls(j) & kGivenName) &&
        !IsNameLink(j) &&
        (d_.IsVerbOnly(j) || (d_.IsVerb(j) && !d_.IsAdjectiveLike(j) && AgentOrTimeAt(j + 1))) &&
        ((d_.AnyCls(start) & (kDocument | kSetting)) || d_.IsDocumentNoun(start, true, kDocument) ||
         (j - 1 > start && !d_.IsDefinite(j - 1) && (d_.AnyCls(j - 1) & kSetting))))
      break;
    // مسؤول طلب عدم ذكر اسمه: a verb of the anonymity formula after an
    // indefinite source opens a relative clause.
    if (j > start && (d_.Cls(j) & kAnonVerb) && !d_.IsDefinite(j - 1) && !IsNameLink(j - 1)) break;
    // مالك مزرعة يدعى سعد: the verb of naming leads to the name.
    if (j > start && (!d_.IsDefinite(j - 1) || StartsWith(d_.Word(j), kWaw)) && (d_.AnyCls(j) & kClassNoun) &&
        !d_.IsDefinite(j) && d_.IsWord(j + 1) && !(d_.Cls(j + 1) & (kStop | kPrep | kComp)) && !d_.IsVerbOnly(j + 1) &&
        !d_.IsDefinite(j + 1)) {
      ++j;
      continue;
    }
    // جنرال منشق شارك في ...: after an indefinite noun, a verb opens a
    // relative clause without a relative pronoun.
    // (Only a verb with a preposition after it: a foreign name may read as
    // a verb, شركة سوني، منطقة تبوك.)
    // (The table tests first; the dictionary is asked last.)
    // (With the resumptive preposition and pronoun after it, عليها، له, a
    // word that is also a given name is the verb: دراسة حديثة أشرف عليها
    // باحثون; a name has no such pronoun after it.)
    // (Or after the place of an indefinite head, whose own article does
    // not make the phrase definite: مسؤول رفيع بالاتحاد الأوروبي شارك في.)
    bool place_between = preps > 0;
    for (int k = start + 1; k < j && !place_between; ++k) {
      place_between = d_.IsDefinite(k) && (d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi));
    }
    const bool indefinite_head_place = place_between && d_.IsDefinite(j - 1) && !d_.IsDefinite(start) &&
                                       !d_.IsNameWord(start) && !(d_.AnyCls(start) & (kClassNoun | kGivenName)) &&
                                       !NameEndsAt(start, j);
    if (j > start && (!d_.IsDefinite(j - 1) || indefinite_head_place) && !d_.IsDefinite(j) &&
        !StartsWith(d_.Word(j), kAl) &&
        !(d_.AnyCls(j - 1) & kClassNoun) && !(d_.IsNameWord(j - 1) && !indefinite_head_place) &&
        !(d_.Morph(j - 1).split.proclitics & (kPrepBi | kPrepLi)) &&
        (((d_.Cls(j + 1) & kPrep) && !(d_.Cls(j) & (kGivenName | kTitle)) && d_.IsVerbOnly(j) &&
          !d_.IsNameWord(j)) ||
         (d_.IsPrepositionWithPronoun(j + 1) && !(d_.Cls(j) & kTitle) && !(d_.Cls(j - 1) & kGivenName) &&
          (d_.Morph(j).classes & kVerbPast))))
      break;
    // A present-tense verb ends the phrase (وكان X يشغل ...).
    // (After a definite word: a foreign name may read as a verb, تابيا.)
    // (Nor a given name that reads as a present verb: المدير يحيى، يزيد.)
    // (Nor a foreign given name that reads as one, with a family name the
    // dictionary does not know after it and then what opens the report:
    // الملياردير الروسي يوري فلانوف إن.)
    const auto foreign_given = [&]() {
      if (!d_.IsWord(j + 1) || d_.IsDefinite(j + 1) || !(d_.Morph(j + 1).classes & kUnknown) || j + 2 > limit)
        return false;
      // (An adverb of time may come between: ... فلانوف أمس إن.)
      const int n = d_.IsWord(j + 2) && (d_.Cls(j + 2) & kAdjunct) ? j + 3 : j + 2;
      return n >= limit || d_.IsComma(n) || d_.IsPunct(n, U':') || d_.IsStrongEnd(n) ||
             (d_.IsWord(n) && (d_.Cls(n) & kComp));
    };
    // (A word with ل and a definite genitive after it, with the person's
    // title or given name next, is a noun in the role, whatever else the
    // dictionary reads it as (لأمن as a verb): مساعد مدير الإدارة العامة
    // لأمن المنشآت اللواء فلان.)
    // (The genitive may have its adjectives and coordinated nouns: لأمن
    // المنشآت والطرق اللواء فلان.)
    const auto role_with_lam = [&]() {
      if (!d_.IsWord(j) || !StartsWith(d_.Word(j), kLam) || !d_.IsDefinite(j + 1)) return false;
      for (int k = j + 1; k < j + 5 && d_.IsWord(k); ++k) {
        if ((d_.Cls(k) & kGivenName) || (k > j + 1 && d_.IsDefinite(k) && (d_.AnyCls(k) & kTitle))) return true;
        if (!d_.IsDefinite(k)) return false;
      }
      return false;
    };
    if (j > start && d_.IsDefinite(j - 1) && d_.IsPresentVerb(j) && !(d_.Cls(j) & kGivenName) &&
        !foreign_given() && !role_with_lam())
      break;
    // ألقى مدير التوعية في صحة المدينة كلمة، ناشد سالم مغردي مواقع التواصل:
    // after a place, or after a personal name, an indefinite common noun is
    // the object of the verb (a name, a title or an adjective of the place
    // would be definite or a name). After a name the noun has its genitive
    // or adjective after it; a word the dictionary knows that closes the
    // phrase is the last of the name (محمد حسن رمزي، مبينا).
    // (The table and the tokens are asked first, the dictionary and the
    // name run last.)
    if (ce != nullptr && ce->obj && j > start && !d_.IsDefinite(j) && j >= chain_until &&
        !(d_.Cls(j) & (kGivenName | kTitle | kPrep)) && !IsNameLink(j) && !IsNameLink(j - 1) &&
        !StartsWith(d_.Word(j), kWaw) &&
        (preps > 0 || (j + 1 < limit && d_.T(j + 1).kind != QTokKind::kPunct &&
                       !(d_.Cls(j + 1) & (kComp | kCompNeg)) && d_.CueAt(j + 1) < 0)) &&
        !d_.IsNameWord(j) && !d_.IsVerbOnly(j) && (preps > 0 || NameEndsAt(start, j)))
      break;
    // دعا وكيل الأمانة سكان العاصمة: after a phrase that ends in a definite
    // word, a new construct phrase that is no name or title is the object.
    // (Right after a one-word definite head that is no title too: وشكر
    // البيان أفراد المقاومة.)
    // (Or after a quoted name, definite as a name is: وناشد "سليمان
    // الجابري" وزارة التجارة ...)
    const bool after_name = j > start && d_.T(j - 1).kind == QTokKind::kMark && d_.CloseTop(j - 1) >= 0 &&
                            IsNameLike(d_.CloseTop(j - 1));
    if (ce != nullptr && ce->obj &&
        (j > start + 1 || (j == start + 1 && !(d_.AnyCls(start) & (kTitle | kPronoun)))) &&
        (d_.IsDefinite(j - 1) || after_name) && !d_.IsDefinite(j) &&
        d_.IsDefinite(j + 1) && !(d_.Cls(j) & (kGivenName | kTitle)) && !d_.IsNameWord(j) &&
        !IsNameLink(j) && !d_.InTheNameOf(j) &&  // (المتحدث الرسمي باسم الجيش)
        // (Nor the place or body of a role, with its preposition: إدارة
        // التعليم بمنطقة الجوف، أستاذ الإعلام بجامعة الدمام.)
        !((d_.Morph(j).split.proclitics & (kPrepBi | kPrepLi)) && (d_.AnyCls(j) & kClassNoun) &&
          !(d_.Morph(j).classes & kMasdar)) &&
        // (Nor a noun with ل after an adjective of relation, in a role that
        // the person's name follows: the field or body of the role, رئيس
        // الاتحاد السعودي لكرة القدم، فلان. Without the name it may be the
        // verb's, يتوجه الشيف الفرنسي لجيل الشباب; a verbal noun there
        // gives a purpose, لدعم الحكومة.)
        !((d_.Morph(j).split.proclitics & kPrepLi) && d_.IsAdjectiveLike(j - 1) &&
          !(d_.Morph(j).classes & kMasdar) && !(d_.AnyCls(j) & (kAddressee | kPrep)) && PersonNamedAfter(j + 1, /*directly=*/true)) &&
        !role_with_lam())
      break;
    if (j == start && (c & kPrep)) break;
    // A bare noun phrase complement (أعلن الجيش إغلاق المعبر); after a
    // definite word, any verbal noun the dictionary knows (نفى المتحدث
    // وجود ...) with its complement after it, but not one with a
    // preposition (لكرة) or a name before a comma (الكسندر نوفاك،).
    // (Not one coordinated with و inside the name: الرئاسة العامة للأرصاد
    // وحماية البيئة.)
    // (Nor one after و written apart: الاتصالات و تقنية المعلومات.)
    const bool coordinated = (j > start && StartsWith(d_.Word(j), kWaw) && d_.IsWord(j + 1) &&
                              d_.IsDefinite(j + 1) && d_.IsDefinite(j - 1) &&
                              (d_.Morph(j).split.proclitics & kConjWa)) ||
                             (j > start + 1 && d_.IsDetachedWaw(j - 1) && d_.IsDefinite(j - 2));
    // (Not the genitive of a title, رئيسة اتحاد الكتاب, nor of a body's
    // noun, which names no one without it: أعلنت وكالة تخطيط الموارد،
    // محافظ هيئة تنظيم الكهرباء. Nor a title, which the pattern of a
    // verbal noun may fit: سالم الحربي أستاذ الاقتصاد.)
    // (Nor one whose feminine adjective after it agrees with the noun before
    // it, not with the masculine verbal noun: وسائل إعلام مصرية.)
    const auto head_adjective = [&]() {
      return d_.IsWord(j - 1) && !d_.IsDefinite(j - 1) && d_.IsWord(j + 1) && !d_.IsDefinite(j + 1) &&
             EndsWith(d_.Word(j + 1), "\u064A\u0647") && d_.EndsInOriginal(j + 1, kTaMarbuta) &&
             !d_.EndsInOriginal(j, kTaMarbuta);
    };
    // (Any verb that takes an object, after a family name, one the
    // dictionary does not know or the text puts after a verb of saying
    // elsewhere: ورفض فلان تحديد التعليمات.)
    const auto after_family_name = [&]() {
      return ce->obj && !d_.IsDefinite(j - 1) && !d_.IsDefinite(j) && d_.IsDefinite(j + 1) &&
             !(d_.Cls(j - 1) & kGivenName) && !(d_.Cls(j) & kGivenName) && !d_.IsNameWord(j) &&
             d_.IsWord(j - 1) && (d_.IsNameWord(j - 1) || SubjectOfACueElsewhere(j - 1));
    };
    if (ce != nullptr && j > start && !coordinated && d_.LooksLikeMasdar(j) && (ce->np || after_family_name()) &&
        !ConstructTitleAt(j - 1) && !ConstructTitleAt(j) && !head_adjective() &&
        !(d_.IsWord(j - 1) && !d_.IsDefinite(j - 1) && (d_.AnyCls(j - 1) & kClassNoun)))
      break;
    // (After a title, a word before a surname is a given name: المهندس
    // سلامة اللهيبي.)
    if (ce != nullptr && ce->np && j > start && d_.IsDefinite(j - 1) && !coordinated &&
        !((d_.AnyCls(j - 1) & kTitle) && d_.IsWord(j + 1) &&
          (d_.IsNameWord(j + 1) || (d_.IsDefinite(j + 1) && EndsWith(d_.Word(j + 1), "\u064A")))) &&
        !d_.IsDefinite(j) &&
        !StartsWith(d_.Word(j), kLam) && !StartsWith(d_.Word(j), kBa) &&
        !(d_.AnyCls(j) & (kGivenName | kTitle)) && !d_.IsNameWord(j) && !IsNameLink(j) &&
        d_.IsWord(j + 1) &&
        (((d_.Morph(j).classes & kMasdar) && !(d_.Morph(j).classes & (kAdjective | kParticiple))) ||
         // (Or a plain noun in the construct state, which no definite word
         // governs and none agrees with: عزا الباحثون سبب تزايد الحساسية;
         // after a personal name it is the person's role, فلان الفلاني
         // أخصائي الأمراض، أحد المواطنين.)
         ((d_.Morph(j).classes & kNominal) && !NameEndsAt(start, j) && !d_.IsNameWord(j - 1) &&
          !(d_.Morph(j).classes & (kAdjective | kParticiple | kProperName | kUnknown)) && d_.IsWord(j + 1) &&
          !d_.IsNameWord(j + 1) && !(d_.AnyCls(j + 1) & (kGivenName | kTitle | kPrep | kStop | kAdjunct))) ||
         // (Or a body's noun, which a definite word cannot govern: دانت
         // القناة عملية اقتحام مكتبها; after definite words only, not a
         // role after a name, مشاعل الحسين منظمة الرحلات.)
         ((d_.AnyCls(j) & kClassNoun) && !(d_.AnyCls(j - 1) & kTitle) && AllDefinite(start, j)) ||
         // (Or an elative in the construct state, أبرز الأسباب، أهم
         // الإنجازات, which no noun before it governs either; not after a
         // personal name, where it may be a role: فلان أكبر المساهمين.)
         (d_.IsElativeConstruct(j) && !NameEndsAt(start, j) && !d_.IsNameWord(j - 1))))
      break;
    // أعلنت الشؤون الصحية بمنطقة القصيم حالة الطوارئ: after the name of a
    // place with its noun and ب, an indefinite noun in the construct state
    // that is no name or title opens the object (after a place the phrase
    // goes on only with the person's title or name).
    if (ce != nullptr && (ce->np || ce->obj) && j > start + 1 && !coordinated && (d_.ClsCl(j - 2) & kClassNoun) &&
        StartsWith(d_.Word(j - 2), kBa) && !d_.IsDefinite(j) && (d_.Morph(j - 2).split.proclitics & kPrepBi) &&
        d_.IsNameWord(j - 1) && !d_.IsNameWord(j) &&
        !(d_.AnyCls(j) & (kGivenName | kTitle | kClassNoun | kPrep | kStop | kAdjunct | kSetting)) &&
        !IsNameLink(j) && (d_.Morph(j).classes & kNominal) && !(d_.Morph(j).classes & kFunctionWord) &&
        d_.Morph(j).split.proclitics == 0 && d_.IsDefinite(j + 1))
      break;
    // وأعلن المدعي العام سامي حداد الاتهامات في ...، وأكد الأمير فيصل
    // الاستعداد التام: after a personal name, which completes the subject,
    // a definite verbal noun is what the cue reports. (After a definite
    // word it may be an adjective the dictionary files as a verbal noun:
    // المسجد الحرام.)
    if (ce != nullptr && ce->np && j > start + 1 && !coordinated && d_.IsDefinite(j) && DefiniteObjectAt(j) &&
        (NameEndsAt(start, j) || ((d_.Cls(j - 1) & kGivenName) && (d_.AnyCls(j - 2) & kTitle))) &&
        NameRun(start, j + 1).second == j)
      break;
    // وأكد الأمير فلان بن فلان تميز قدرات القوات: after a personal name,
    // which completes the subject, an indefinite verbal noun of the
    // dictionary in the construct state is what the cue reports (a name's
    // next word would be a name, a title or definite).
    if (ce != nullptr && ce->np && j > start && !coordinated && !d_.IsDefinite(j) && NameEndsAt(start, j) &&
        d_.IsWord(j + 1) && !d_.IsNameWord(j) && !(d_.AnyCls(j) & (kGivenName | kTitle | kClassNoun | kLaqab)) &&
        !IsNameLink(j) && !IsNameLink(j - 1) && d_.Morph(j).split.proclitics == 0 &&
        (d_.Morph(j).classes & kMasdar) && !(d_.Morph(j).classes & (kAdjective | kParticiple | kProperName)) &&
        !(d_.Cls(j + 1) & (kComp | kCompNeg | kPrep)) && d_.CueAt(j + 1) < 0)
      break;
    // حدد المدرب فلان أسماء اللاعبين: after a personal name, a woman's
    // given name starts no second name (the names after the first are the
    // father's and the grandfather's); the word is the common noun, the
    // verb's object.
    // (Nor after a masculine verb, with which it cannot agree, when it is a
    // verbal noun too: وأرجع فلان نجاح الموسم إلى ...)
    if (j > start && (d_.Cls(j) & kGivenName) == kGivenF && !IsNameLink(j - 1) && d_.IsWord(j + 1) &&
        (((NameEndsAt(start, j) || (d_.IsNameWord(j - 1) && !d_.IsDefinite(j - 1))) && d_.IsDefinite(j + 1)) ||
         (ce != nullptr && ce->gender == Gender::kMasc && (d_.Morph(j).classes & kMasdar))))
      break;
    // (Or أي "any" before its noun: ونفت الوزيرة فلانة أي علاقة لبلدها.)
    if (ce != nullptr && (ce->np || ce->obj) && j > start && d_.Word(j) == "\u0627\u064A" && d_.IsWord(j + 1) &&
        !d_.IsDefinite(j + 1) && NameEndsAt(start, j))
      break;
    // وحذر الدفاع المدني المواطنين: after a singular nisba adjective (ـي),
    // which shows that the subject is singular, a definite sound plural
    // (ـين) cannot agree with the subject: it is the object. (A human
    // broken plural takes such adjectives: الخبراء العسكريين، القادة
    // الأمنيين.)
    if (ce != nullptr && j > start && StartsWith(d_.Word(j), kAl) && d_.IsDefinite(j - 1) &&
        EndsWith(d_.Word(j), "\u064A\u0646") && !EndsWith(d_.Word(j), "\u064A\u064A\u0646") &&
        EndsWith(d_.Word(j - 1), "\u064A") && !(d_.AnyCls(j - 1) & kTitle) &&
        // (Not a singular title in ـين: فلان الحربي الأمين العام.)
        !(d_.AnyCls(j) & kTitle))
      break;
    // دان المجلس العملية: after a masculine verb, a definite head with no
    // feminine ending and only definite adjectives so far cannot take a
    // feminine singular adjective: the word is the verb's object. (A
    // non-human plural, الدول العربية, takes a feminine verb.)
    if (ce != nullptr && ce->gender == Gender::kMasc && j > start && d_.IsDefinite(j) && d_.IsDefinite(start) &&
        StartsWith(d_.Word(j), kAl) && StartsWith(d_.Word(start), kAl) && d_.EndsInOriginal(j, kTaMarbuta) &&
        !d_.EndsInOriginal(start, kTaMarbuta) && !EndsWith(d_.Word(start), "\u0627\u062A") &&
        !(d_.AnyCls(j) & (kTitle | kGivenName)) && !(d_.AnyCls(start) & kTitle) && !d_.IsNameWord(j)) {
      bool adjectives = true;
      for (int k = start + 1; k < j && adjectives; ++k) {
        adjectives = d_.IsDefinite(k) && !d_.EndsInOriginal(k, kTaMarbuta) && StartsWith(d_.Word(k), kAl);
      }
      if (adjectives) break;
    }
    // طالب المحتجون بإطلاق ...: the content starts with its ب.
    // (Not بن in a name: أشاد اللواء محمد بن سليمان بـ...)
    // (Nor a place before the person's title: مدير الدفاع المدني بالمنطقة
    // اللواء ...)
    // (Nor a ب the dictionary reads as the stem's, in a name or in the
    // subject's adjective in ـون: ويتعهد جيب بوش بـ...، وطالب صحافيون
    // بارزون بـ...; nor a surname after a given name, before the ب of the
    // content: وأشادت أمل بوشوشة بالممثلين; nor باسم after a spokesman:
    // وطالب المتحدث الرسمي باسم الجيش بـ...)
    // (Nor the name after أبو، بن: هفال أبو بكر.)
    // (Nor a class noun with the name it introduces: بقناة «...»; a verbal
    // noun that is a class noun too, تطبيق، opens the content when no name
    // follows it: توعدت الحكومة بتطبيق القانون.)
    if (ce != nullptr && ce->b && j > start && StartsWith(d_.Word(j), kBa) &&
        !((d_.AnyCls(j) & kClassNoun) &&
          (!(d_.Morph(j).classes & kMasdar) || d_.OpenTop(j + 1) >= 0 || d_.IsNameWord(j + 1))) &&
        !IsNameLink(j) && !IsNameLinkWord(d_.Word(j - 1)) && !PlaceBeforeName(j) &&
        !RoleBeforeNamedApposition(start, j) && !BaOfTheStem(j) && !d_.InTheNameOf(j))
      break;
    // وصف الوزير القرار بأنه: a definite object after the subject.
    // (An indefinite head takes a definite genitive: وزير الخارجية.)
    // (A word with the proclitic ل before ال is a genitive: المدير العام
    // للبرنامج; a direct object never carries it.)
    // (Not a coordinated noun: وزارة الشباب والرياضة.)
    // (A sound plural in ـون is nominative, the subject's adjective:
    // الخبراء المكلفون; the object would be in ـين.)
    // (Nor الله closing a compound family name, فلان الجار الله; after a
    // nisba, حمدت فلانة الحربي الله, it is the object.)
    if (ce != nullptr && ce->obj && !ce->obj_indefinite_only && j > start && d_.IsDefinite(j) &&
        d_.IsDefinite(j - 1) && !StartsWith(d_.Word(j), kLamLam) && !StartsWith(d_.Word(j), kWaw) &&
        !(d_.Word(j) == kAllah && !EndsWith(d_.Word(j - 1), "\u064A")) &&
        !EndsWith(d_.Word(j), "\u0648\u0646") && !PlaceBeforeName(j) && !PlaceBeforeName(j - 1) &&
        // (Nor a title with the person's name after it: الخبير العسكري
        // العميد محسن خصروف; also with a second title between them, اللواء
        // دكتور فلان.)
        !((d_.AnyCls(j) & kTitle) && TitledNameAt(j + 1)) &&
        // (Nor the role after a surname: نبيل البلوشي النائب في البرلمان.)
        !(RoleAfterName(j) && (d_.IsNameWord(j - 1) || NameEndsAt(start, j))) &&
        !RoleBeforeNamedApposition(start, j) && !AgreeingAdjectiveAt(j) &&
        (!d_.IsAdjectiveLike(j) ||
         ((d_.AnyCls(j) & kAddressee) && !StartsWith(d_.Word(j - 1), kLamLam))) &&
        // (Nor, after a title, the family name of a person the text named
        // in full: وحث العميد الغرير الجميع after العميد عبدالله الغرير.)
        !((d_.AnyCls(j - 1) & kTitle) && FamilyNameOfEarlierName(j)))
      break;
    // أصدرت الوزارة بيانا: an indefinite object after a definite subject
    // (or after a quoted name: ووضعت «تسلا» أهدافا).
    // (So the content of توقعت الأرصاد نشاطا للرياح: an indefinite
    // accusative that is no name.)
    // (Not a foreign given name in ا, which the dictionary does not know:
    // السفير الفرنسي فرنسوا ...; a country it knows is an object: اتهم
    // الرئيس روسيا.)
    if (ce != nullptr && (ce->obj || ce->np) && !(d_.Cls(j) & (kGivenName | kTitle)) &&
        (ce->obj ? !(d_.Morph(j).classes & kUnknown) : !d_.IsNameWord(j)) &&
        j > start && (d_.IsDefinite(j - 1) || d_.CloseTop(j - 1) >= 0) && !d_.IsDefinite(j) &&
        EndsWith(d_.Word(j), "\u0627") && !StartsWith(d_.Word(j), kWaw))
      break;
    ++j;
  }
  // Never end on a preposition, nor inside a compound name (بن، عبد), nor
  // on a و written apart.
  while (j > start && ((d_.Cls(j - 1) & kPrep) || d_.IsDetachedWaw(j - 1) ||
                       (IsNameLink(j - 1) && d_.IsWord(j) && j < limit && !d_.IsComma(j) && j - start >= 20)))
    --j;
  return {start, j};
}

bool Mentions::QuotedWordsMayName(const QPair& pr) const {
  for (int t = pr.open + 1; t < pr.close; ++t) {
    if (!d_.IsWord(t) || d_.HasDigit(t) || d_.IsVerbOnly(t) || d_.CueAt(t) >= 0 ||
        (d_.AnyCls(t) & (kStop | kPrep | kComp | kCompNeg | kNeg | kRelative | kPronoun | kAdjunct)))
      return false;
  }
  return true;
}

bool Mentions::IsNameLike(int p) const {
  const QPair& pr = qt_.pairs[p];
  const int words = d_.WordsIn(pr);
  if (words == 0) return true;
  // مجلة "Annals of Allergy"، تقنية "USB": words in Latin letters only, in
  // Arabic text, name a title, a product or a term; they are not what was
  // said.
  if (words <= 8) {
    bool latin = true, any = false;
    for (int t = pr.open + 1; t < pr.close && latin; ++t) {
      if (!d_.IsWord(t)) continue;
      for (const char ch : d_.Word(t)) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (u >= 0x80) latin = false;  // any letter outside ASCII: Arabic
        if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') any = true;
      }
    }
    if (latin && any) return true;
  }
  // موقع «لينكد إن»، شركة «...»: after a class noun the marks hold its
  // name, whatever words it has (even إن).
  if (words <= 6 && d_.IsWord(pr.open - 1) && (d_.AnyCls(pr.open - 1) & kClassNoun) &&
      d_.T(pr.open).space_before) {
    bool sentence = false;
    for (int t = pr.open + 1; t < pr.close && !sentence; ++t) sentence = d_.IsStrongEnd(t);
    if (!sentence) return true;
  }
  // «جيش الفتح»، «حي الصلول»: a class noun in the construct state with a
  // definite or proper genitive names a body or a place (not «حملة مسعورة»,
  // a noun with its indefinite adjective, what was said of it).
  if (words >= 2 && words <= 4 && d_.IsWord(pr.open + 1) && (d_.Cls(pr.open + 1) & kClassNoun) &&
      !d_.IsDefinite(pr.open + 1) && d_.IsWord(pr.open + 2) &&
      (d_.IsDefinite(pr.open + 2) || d_.IsNameWord(pr.open + 2))) {
    bool phrase = true;
    for (int t = pr.open + 1; t < pr.close && phrase; ++t) {
      phrase = d_.IsWord(t) && !(d_.Cls(t) & (kNeg | kStop | kComp | kCompNeg | kRelative | kPrep)) &&
               d_.CueAt(t) < 0 && !d_.IsVerbOnly(t);
    }
    if (phrase) return true;
  }
  // عضوية «لجنة العلاقات الخارجية في المجلس الوطني»: after a noun in the
  // construct state that is no verbal noun, a longer noun phrase in marks
  // is its name too (after a verbal noun it is what was quoted: بارتكاب
  // «جرائم ضد الإنسانية»).
  if (words > 4 && words <= 8 && d_.IsWord(pr.open - 1) && !d_.IsDefinite(pr.open - 1) &&
      d_.T(pr.open).space_before && !d_.HasDigit(pr.open - 1) && d_.CueAt(pr.open - 1) < 0 &&
      !(d_.AnyCls(pr.open - 1) & (kComp | kCompNeg | kPrep | kStop | kNeg | kAdjunct | kPronoun)) &&
      !d_.StartsLikeAVerb(pr.open + 1) && !(d_.Morph(pr.open - 1).classes & (kMasdar | kVerbAny))) {
    bool phrase = true;
    for (int t = pr.open + 1; t < pr.close && phrase; ++t) {
      phrase = !d_.IsStrongEnd(t) && !d_.IsComma(t) &&
               !(d_.IsWord(t) && ((d_.Cls(t) & (kNeg | kStop | kComp | kCompNeg | kRelative)) ||
                                  d_.CueAt(t) >= 0 || d_.IsVerbOnly(t)));
    }
    if (phrase) return true;
  }
  // "المهندس فلان بن فلان الفلاني"، «للأمير فلان الفلاني»: a title, then a
  // given name and the names or the definite family name after it, is a
  // person named, up to six words.
  if (words >= 2 && words <= 6) {
    int f = pr.open + 1;
    while (f < pr.close && d_.IsWord(f) && (d_.AnyCls(f) & kTitle) && !(d_.Cls(f) & kGivenName)) ++f;
    if (f > pr.open + 1 && f + 1 < pr.close && (d_.Cls(f) & kGivenName)) {
      bool names = true;
      for (int t = f + 1; t < pr.close && names; ++t) {
        names = d_.IsWord(t) && d_.CueAt(t) < 0 &&
                (IsNameLinkWord(d_.Word(t)) || CompoundAbdAt(t) || d_.IsNameWord(t) || (d_.Cls(t) & kGivenName) ||
                 (d_.IsDefinite(t) && !(d_.AnyCls(t) & (kStop | kRelative | kPrep))));
      }
      if (names) return true;
    }
  }
  // لفعالية «المسرح المفتوح»، مبدأ «التكرار الدوري»، الرغبات «قطاعات
  // المدينة»: right after a noun, a short quoted noun phrase that opens
  // with the article, or a noun with its definite genitive, and has no
  // preposition (no clause: «الوضع تحت السيطرة»), is what the noun is
  // called, not words said. (A quoted adjective agrees with the
  // noun instead, لإصابات «خطيرة»; an indefinite noun is what was said of
  // it, تعتبره السلطات «عملا إرهابيا»; after a verb or a particle the
  // words are its complement, تختلف «180 درجة».)
  // (A common noun: no verbal noun, whose genitive is an event, تحقيق
  // «المزيد من ...»; no name, after which the words may be the person's,
  // فلان «الدول المارقة»; nor a word that may be a verb, سماه «الاتفاق
  // الخطير», or a demonstrative. The quoted genitive has the article
  // itself, not ل: «مزعج للغاية».)
  const int before = pr.open - 1;
  const uint16_t bc = d_.IsWord(before) ? d_.Morph(before).classes : 0;
  if (words <= 3 && d_.IsWord(before) && d_.T(pr.open).space_before && d_.CueAt(before) < 0 && !d_.HasDigit(before) &&
      !(d_.AnyCls(before) & (kComp | kCompNeg | kPrep | kStop | kNeg | kAdjunct | kPronoun | kRelative)) &&
      !IsDemonstrative(d_.Word(before)) && (bc & kNominalAny) && !(bc & (kMasdar | kUnknown | kProperName)) &&
      !d_.IsNameWord(before) && !d_.HasPronounSuffix(before) &&
      (!(bc & kVerbAny) || StartsWith(d_.Word(before), kAl)) && d_.IsWord(pr.open + 1) &&
      !(d_.AnyCls(pr.open + 1) & (kPrep | kStop)) &&
      (d_.IsDefinite(pr.open + 1) ||
       (words >= 2 && d_.IsWord(pr.open + 2) && StartsWith(d_.Word(pr.open + 2), kAl) &&
        !d_.HasPossessive(pr.open + 1) && !d_.OriginalHas(pr.open + 1, "\u064B") &&
        !EndsWith(d_.Word(pr.open + 1), "\u0627"))) &&
      !d_.StartsLikeAVerb(pr.open + 1) &&
      // (A definite adjective after a definite noun agrees with it: what
      // was said of it, المنطقة «المشحونة».)
      !(d_.IsDefinite(before) && (d_.Morph(pr.open + 1).classes & (kAdjective | kParticiple)) &&
        !(d_.Morph(pr.open + 1).classes & kMasdar)) &&
      // (Not a phrase that opens with its preposition: "باستثناء الودائع".)
      !(d_.Morph(pr.open + 1).split.proclitics & (kPrepBi | kPrepLi | kPrepKa))) {
    bool phrase = true;
    for (int t = pr.open + 1; t < pr.close && phrase; ++t) {
      phrase = d_.IsWord(t) && !d_.HasDigit(t) && d_.CueAt(t) < 0 && !d_.IsVerbOnly(t) &&
               !(d_.Cls(t) & (kNeg | kStop | kComp | kCompNeg | kRelative | kPronoun | kPrep | kAdjunct));
    }
    if (phrase) return true;
  }
  if (words > 4) return false;
  // "50" رحلة، "19%": a quoted figure is emphasis, not a quotation. A
  // short quotation with a number among its words and no particle (tested
  // below) names a model, an edition or an event (طائرة «إيه 380»، مهرجان «ليالي 36»), as do Latin
  // letters spelled in Arabic (قناة «سي إن إن»، شركة «جي.إتش.دي»): about
  // 240 and 250 such quotations in a day of news, hardly a sentence among
  // them.
  bool figures = true;
  bool any_figure = false;
  bool letters = true;
  for (int t = pr.open + 1; t < pr.close; ++t) {
    if (!d_.IsWord(t)) continue;
    const bool digit = d_.HasDigit(t);
    figures = figures && digit;
    any_figure = any_figure || digit;
    letters = letters && SpellsLatinLetter(d_.Word(t));
  }
  if (figures || letters) return true;
  for (int t = pr.open + 1; t < pr.close; ++t) {
    if (d_.IsStrongEnd(t) && !d_.IsAbbreviationPeriod(t)) return false;
    // (أم before a name is a kunya, not the conjunction: مسرحية «أم خماس».)
    if (d_.IsWord(t) && d_.Word(t) == "\u0627\u0645" && t == pr.open + 1) continue;
    // (Nor are the letters of a model's name particles: «إل.جي 5»، «جي 5 إم».)
    if (any_figure && d_.IsWord(t) && SpellsLatinLetter(d_.Word(t))) continue;
    if (d_.IsWord(t) && ((d_.Cls(t) & (kNeg | kStop | kComp | kCompNeg | kRelative)) ||
                      d_.CueAt(t) >= 0))
      return false;
  }
  if (any_figure) return true;
  // «حزب الله» اللبناني: a nisba adjective after the marks agrees with the
  // quoted words as with a name.
  // (Masculine or feminine: "سي.إف إندستريز" الأمريكية.)
  if (const int a = pr.close + 1; words <= 3 && d_.IsWord(a) && d_.IsDefinite(a) && d_.T(a).space_before &&
                                  (EndsWith(d_.Word(a), "\u064A") || EndsWith(d_.Word(a), "\u064A\u0647")) &&
                                  d_.IsAdjectiveLike(a) && d_.CueAt(a) < 0)
    return true;
  // Every word a name the dictionary does not know, or a given name (داعش،
  // "هاري رايا"): a name, wherever it stands.
  bool all_names = words <= 3;
  for (int t = pr.open + 1; t < pr.close && all_names; ++t) {
    all_names = !d_.IsWord(t) || d_.IsNameWord(t) || (d_.Cls(t) & kGivenName);
  }
  if (all_names) return true;
  // «وايت تشابيل»، «إيه إي دبليو يوروب»، «موديل إس»: half the words or
  // more are names the dictionary does not know or Latin letters spelled
  // out, and none is a particle: a foreign name, which the dictionary may
  // read word by word (أولد، يزيك).
  if (words >= 2 && words <= 4) {
    int foreign = 0;
    bool clean = true;
    for (int t = pr.open + 1; t < pr.close && clean; ++t) {
      if (!d_.IsWord(t)) continue;
      if (d_.IsNameWord(t) || SpellsLatinLetter(d_.Word(t))) ++foreign;
      clean = !d_.HasDigit(t) && d_.CueAt(t) < 0 && !d_.IsDefinite(t) && !d_.OriginalHas(t, "\u064B") &&
              !(d_.AnyCls(t) & (kStop | kPrep | kComp | kCompNeg | kNeg | kRelative | kPronoun)) &&
              !(d_.Morph(t).classes & kFunctionWord);
    }
    if (clean && 2 * foreign >= words) return true;
  }
  // “سلطان بن عبدالعزيز”: a personal name with its lineage, up to five
  // words (a given name first, بن، آل، عبد between names).
  if (words >= 3 && words <= 5 && (d_.Cls(pr.open + 1) & kGivenName)) {
    bool lineage = false, names = true;
    for (int t = pr.open + 1; t < pr.close && names; ++t) {
      if (!d_.IsWord(t)) continue;
      const bool link = IsNameLinkWord(d_.Word(t)) && t + 1 < pr.close;
      lineage = lineage || link;
      names = link || d_.IsNameWord(t) || (d_.Cls(t) & kGivenName) || (t > pr.open + 1 && IsNameLinkWord(d_.Word(t - 1)));
    }
    if (lineage && names) return true;
  }
  // A quotation the document names with a class noun elsewhere.
  if (NamedElsewhere(p)) return true;
  // «جبهة النصرة»، «حركة أحرار الشام»: a class noun that opens the quoted
  // words names what they are. «فجر ليبيا»، «ماتر مارك»: a short phrase
  // with a name in it and no particle or verb is a name, not words said.
  if (words <= 4 && d_.IsWord(pr.open + 1) && (d_.AnyCls(pr.open + 1) & kClassNoun) && !d_.IsVerb(pr.open + 1))
    return true;
  bool any_name = false;
  bool plain = words <= 3;
  for (int t = pr.open + 1; t < pr.close && plain; ++t) {
    if (!d_.IsWord(t)) continue;
    // (A given name that is a common noun too, with an indefinite adjective
    // after it, is that noun: «حياة صعبة»، «أمل كبير».)
    // (The word after it an adjective or a participle the dictionary knows,
    // or a feminine noun that agrees like one; not a nisba, which may be a
    // family name: حياة سندي; nor a noun, نعيم خان.)
    const bool noun_given = (d_.Cls(t) & kGivenName) && !d_.IsNameWord(t) && (d_.Morph(t).classes & kNominal) &&
                            t + 1 < pr.close && d_.IsWord(t + 1) && !d_.IsDefinite(t + 1) &&
                            !d_.IsNameWord(t + 1) && !(d_.AnyCls(t + 1) & (kGivenName | kTitle)) &&
                            ((d_.Morph(t + 1).classes & (kAdjective | kParticiple)) ||
                             ((d_.Morph(t + 1).classes & kNominal) && d_.EndsInOriginal(t + 1, "\u0629"))) &&
                            !(d_.Morph(t + 1).classes & (kUnknown | kProperName)) &&
                            !EndsWith(d_.Word(t + 1), "\u064A") && d_.Morph(t + 1).split.proclitics == 0;
    any_name = any_name || d_.IsNameWord(t) || ((d_.Cls(t) & kGivenName) && !noun_given);
    plain = !d_.HasDigit(t) && !d_.IsVerbOnly(t) &&
            !(d_.AnyCls(t) & (kStop | kPrep | kComp | kCompNeg | kNeg | kRelative | kPronoun)) &&
            !(d_.Morph(t).classes & kFunctionWord);
  }
  if (plain && any_name) return true;
  const int pw = pr.open - 1;
  if (!d_.IsWord(pw)) {
    // و"أحرار الشام" after a quoted name: coordinated names.
    return false;
  }
  if (d_.AnyCls(pw) & kClassNoun) return true;
  // ما يعرف بـ«الذئاب المنفردة»، يسمى بـ«...»: the ب of a verb of naming,
  // written apart.
  if ((d_.Word(pw) == kBa || d_.Word(pw) == "\u0628\u0640") && d_.IsWord(pw - 1) &&
      (d_.AnyCls(pw - 1) & kClassNoun) && words <= 4)
    return true;
  // فيلم «سكر مر» و «نوم التلات»: a quotation coordinated with a quoted
  // name is a name too, the و written apart.
  // (With a comma before و too: حركتي «حماس»، و«الجهاد الإسلامي».)
  const int pc = pw - 1 >= 0 && d_.IsComma(pw - 1) ? pw - 2 : pw - 1;
  if (d_.Word(pw) == kWaw && d_.T(pr.open).space_before && pc >= 0 && d_.CloseTop(pc) >= 0)
    return IsNameLike(d_.CloseTop(pc));
  if (!d_.T(pr.open).space_before) {
    // A proclitic written against the mark, after a quoted name:
    // «عاصفة الحزم» و«إعادة الأمل».
    if (d_.Word(pw) == kWaw && pc >= 0 && d_.CloseTop(pc) >= 0 && d_.CloseTop(pc) != p)
      return IsNameLike(d_.CloseTop(pc));
    if (d_.Word(pw) == kWaw && pc >= 0 && d_.CloseTop(pc) < 0 && d_.T(pc).kind == QTokKind::kMark &&
        d_.T(pc).pair >= 0) {
      return IsNameLike(d_.T(pc).pair);
    }
    return false;
  }
  // العلاقات "العربية الإيرانية": definite words after a definite noun
  // agree with it as its adjectives or apposition, a term; a predicate
  // would be indefinite (إن الأداء "مخيب").
  if (d_.IsDefinite(pw) && words <= 3 && !(d_.Cls(pw) & kComp)) {
    bool definite = true;
    for (int t = pr.open + 1; t < pr.close && definite; ++t) definite = !d_.IsWord(t) || d_.IsDefinite(t);
    if (definite) return true;
  }
  // ثانوية «ريد رانك» في ...: after an indefinite noun in the construct
  // state, a short quotation with the clause going on after it is the
  // noun's name.
  if (!d_.IsDefinite(pw) && words <= 3 && !(d_.IsVerb(pw) && !d_.IsAdjectiveLike(pw)) && !d_.HasDigit(pw) &&
      !(d_.AnyCls(pw) & (kComp | kCompNeg | kPrep | kStop | kNeg | kAdjunct | kPronoun)) &&
      !EndsWith(d_.Word(pw), "\u0627") && d_.CueAt(pw) < 0 &&
      (d_.IsWord(pr.close + 1) || d_.IsComma(pr.close + 1)) && !d_.StartsLikeAVerb(pr.open + 1))
    return true;
  // (Or a comma and a relative clause after it, which describes the one
  // named: الجاسوسة «هبة سليم»، التي ...)
  if (d_.IsDefinite(pw) && words <= 3 && !(d_.Cls(pw) & kComp) &&
      (d_.IsWord(pr.close + 1) ||
       (d_.IsComma(pr.close + 1) && d_.IsWord(pr.close + 2) && (d_.Cls(pr.close + 2) & kRelative))) &&
      !d_.StartsLikeAVerb(pr.open + 1) &&
      // (An indefinite adjective cannot stand in apposition to a definite
      // noun: it is the predicate, quoted, نظرية التسميم "أكثر انسجاما".)
      !FragmentWordAt(pr.open + 1)) {
    // A quoted name in apposition (المنخفض الجوي "X" سيؤثر). A fragment
    // that ends the clause is its predicate (إن الوضع "كارثي").
    return true;
  }
  return false;
}

bool Mentions::IndefiniteCommonPhrase(int p) const {
  const QPair& pr = qt_.pairs[p];
  if (d_.WordsIn(pr) == 0 || d_.WordsIn(pr) > 4) return false;
  for (int t = pr.open + 1; t < pr.close; ++t) {
    if (!d_.IsWord(t)) return false;
    const uint16_t c = d_.Morph(t).classes;
    if (d_.IsDefinite(t) || d_.IsNameWord(t) || d_.HasDigit(t) || !(c & kNominal) ||
        (c & (kUnknown | kProperName | kVerbAny)) || d_.Morph(t).split.proclitics != 0 ||
        (d_.AnyCls(t) & (kGivenName | kClassNoun | kTitle | kDocument | kStop | kPrep | kComp)))
      return false;
    // (A noun, then its adjectives: جمعية عمومية غير عادية.)
    if (t > pr.open + 1 && !(c & kAdjective) && d_.Word(t) != "\u063A\u064A\u0631") return false;  // غير
  }
  // (One word only when it is an adjective or a plural, no nisba, which
  // is as often a name: «انتحارية»، «انفجارات»; not «فتنة»، «سليماني».)
  if (d_.WordsIn(pr) == 1) {
    const int t = pr.open + 1;
    return ((d_.Morph(t).classes & kAdjective) || d_.Morph(t).number == 3) && !EndsWith(d_.Word(t), "\u064A") &&
           !(d_.Morph(t).classes & kMasdar);
  }
  return true;
}

std::string_view Mentions::PairWords(int p) const {
  const QPair& pr = qt_.pairs[p];
  if (pr.close - pr.open < 2) return {};
  const uint32_t b = d_.T(pr.open + 1).begin;
  const uint32_t e = d_.T(pr.close - 1).end;
  return e > b ? v_.substr(b, e - b) : std::string_view();
}

bool Mentions::NamedElsewhere(int p) const {
  const QPair& pr = qt_.pairs[p];
  if (d_.WordsIn(pr) > 4) return false;
  if (!class_named_built_) {
    class_named_built_ = true;
    for (size_t k = 0; k < qt_.pairs.size(); ++k) {
      const QPair& o = qt_.pairs[k];
      if (o.parent != -1 || d_.WordsIn(o) == 0 || d_.WordsIn(o) > 4 || !d_.IsWord(o.open - 1) ||
          !(d_.AnyCls(o.open - 1) & kClassNoun))
        continue;
      const std::string_view w = PairWords(static_cast<int>(k));
      if (!w.empty()) class_named_.push_back(w);
    }
    std::sort(class_named_.begin(), class_named_.end());
  }
  const std::string_view w = PairWords(p);
  return !w.empty() && std::binary_search(class_named_.begin(), class_named_.end(), w);
}

bool Mentions::FragmentWordAt(int t) const {
  if (!d_.IsWord(t) || d_.IsDefinite(t) || d_.IsNameWord(t) || d_.HasDigit(t) ||
      (d_.AnyCls(t) & (kGivenName | kTitle | kClassNoun | kStop | kPrep)) ||
      EndsWith(d_.Word(t), "\u064A"))  // a nisba in ي is a family name as often: «جديدي»
    return false;
  // The predicate of the words before the marks: after a definite subject
  // (الوضع «متوتر»، الشروط «سخيفة») or a verb (أصبحت «تقليدية»).
  // (After a definite adjective the quotation is in apposition to the
  // whole phrase, a name: جمعية المكفوفين الخيرية «كفيف».)
  const int pw = t - 2;
  // (A subject carries no preposition: في سجن بالعراق «رحم» is a term.)
  if (!d_.IsWord(pw) ||
      !((d_.IsDefinite(pw) && !d_.IsAdjectiveLike(pw) &&
         !(d_.Morph(pw).split.proclitics & (kPrepBi | kPrepLi | kPrepKa))) ||
        d_.IsVerbOnly(pw)) ||
      d_.T(t - 1).kind != QTokKind::kMark || IsNameLink(t))
    return false;
  // (Not one of a list of quoted terms: "مسافر" أو "راكب".)
  const int p = d_.T(t - 1).pair;
  if (p < 0) return false;
  for (int k = qt_.pairs[p].open + 1; k < qt_.pairs[p].close; ++k) {
    if (d_.HasDigit(k)) return false;  // «بعيد طيبة 36هـ»: the name of an event
  }
  const int after = qt_.pairs[p].close + 1;
  if (d_.IsWord(after) && (d_.Word(after) == "\u0627\u0648" || d_.Word(after) == kWaw) && after + 1 < d_.N() &&
      d_.T(after + 1).kind == QTokKind::kMark)
    return false;
  if (d_.IsWord(after) && StartsWith(d_.Word(after), kWaw) && d_.T(after).end - d_.T(after).begin == 2) return false;
  const WordMorph& m = d_.Morph(t);
  if ((m.classes & (kProperName | kUnknown)) || m.split.proclitics != 0) return false;
  return (m.classes & (kAdjective | kParticiple)) != 0;
}

bool Mentions::PlaceBefore(int sb, int i) const {
  for (int k = sb; k < i; ++k) {
    if (d_.IsWord(k) && d_.Word(k) == kFi) return true;
  }
  return false;
}

std::pair<int, int> Mentions::NameIn(int sb, int se) const {
  // والدة الطالب فلان: a phrase headed by a noun of kinship names the
  // relative; the name in it is the genitive's.
  if (sb < se && d_.IsWord(sb) && (d_.AnyCls(sb) & kKin)) return {se, se};
  // "جون ماركس" المتحدث باسم الشركة: a quoted personal name that opens
  // the phrase, its role after it; a given name first, or a foreign name of
  // two to four words whose first the dictionary does not know.
  const auto quoted_person = [&](const QPair& pr) {
    if (d_.WordsIn(pr) < 2 || d_.WordsIn(pr) > 4) return false;
    if (d_.Cls(pr.open + 1) & kGivenName) return true;
    // (The first word unknown; the family name may read as a word, الميدا
    // for Almeida.)
    if (!(d_.Morph(pr.open + 1).classes & kUnknown) || !QuotedWordsMayName(pr)) return false;
    for (int k = pr.open + 1; k < pr.close; ++k) {
      if (d_.AnyCls(k) & (kTitle | kClassNoun)) return false;
    }
    return true;
  };
  // ... بالخطوط السعودية "خالد بن حماد البلوي": the personal name in marks
  // that ends the phrase.
  if (se - 1 > sb && d_.T(se - 1).kind == QTokKind::kMark && d_.T(se - 1).pair >= 0) {
    const QPair& pr = qt_.pairs[d_.T(se - 1).pair];
    if (pr.close == se - 1 && pr.open > sb && d_.WordsIn(pr) >= 2 && (d_.Cls(pr.open + 1) & kGivenName))
      return {pr.open + 1, pr.close};
    // (Or a foreign one after the person's nisba, in a role that names no
    // one before it: محترف النادي البرازيلي «فلان علان»; not the title of
    // a work after a name, المخرج فلان مخرج العمل المسرحي «...».)
    if (pr.close == se - 1 && pr.open > sb && d_.IsWord(pr.open - 1) && d_.IsDefinite(pr.open - 1) &&
        d_.IsAdjectiveLike(pr.open - 1) && quoted_person(pr)) {
      const auto [nb, ne] = NameRun(sb, pr.open);
      if (ne <= nb && !d_.AnyClassIn(sb, pr.open, kGivenName)) return {pr.open + 1, pr.close};
    }
    // (Or any name in marks right after a definite title, which it stands
    // in apposition to: العقيد "فلان"، الدكتورة «فلانة العلانية». After a
    // title in the construct state the quoted words are its genitive, the
    // body it heads: مدير «المرصد ...».)
    if (pr.close == se - 1 && pr.open > sb && d_.IsWord(pr.open - 1) && (d_.AnyCls(pr.open - 1) & kTitle) &&
        d_.IsDefinite(pr.open - 1) &&
        d_.WordsIn(pr) <= 4 && QuotedWordsMayName(pr) && !(d_.AnyCls(pr.open + 1) & (kTitle | kClassNoun)))
      return {pr.open + 1, pr.close};
  }
  if (sb < se && d_.T(sb).kind == QTokKind::kMark && d_.T(sb).pair >= 0) {
    const QPair& pr = qt_.pairs[d_.T(sb).pair];
    if (pr.open == sb && pr.close < se && quoted_person(pr)) return {pr.open + 1, pr.close};
  }
  // مدير فنون أبها أحمد السروي، العميد بحري عبدالله الغرير: a given name
  // inside the phrase starts the name that closes it (the first one: محمد
  // علي جعفري).
  for (int i = sb; i < se; ++i) {
    if (!(d_.Cls(i) & kGivenName) && !CompoundAbdAt(i)) continue;
    int b = i;
    // (A given name after بن is the father's: the name opens with the word
    // before بن, one the list lacks, عاطي بن عطية القرشي.)
    std::pair<int, int> run{se, se};
    if (i - 2 >= sb && d_.Word(i - 1) == "\u0628\u0646" && d_.IsWord(i - 2) && !d_.IsDefinite(i - 2) &&
        !(d_.AnyCls(i - 2) & (kTitle | kPrep | kStop | kAdjunct))) {
      run = NameRun(i - 2, se);
      if (run.first == i - 2) b = i - 2;
    }
    auto [gb, ge] = b == i ? NameRun(i, se) : run;
    // (A kunya opens the name: أبو محمد العدني، أم عبد الله.)
    if (b == i && gb == i && i - 1 >= sb && IsKunya(i - 1)) {
      b = gb = i - 1;
    }
    // (A definite word the dictionary knows, at the end of the phrase or
    // before its apposition, is the surname: عادل بن محمد الملحم.)
    // (After بن and the father's name, even a title word: محمد بن عبد الرحمن
    // المخرج; and before a title that opens the role: بندر بن عبدالرحمن
    // المهنا الرئيس التنفيذي.)
    if (gb == b && ge < se && ge - gb >= 2 && d_.IsDefinite(ge) && !(d_.AnyCls(ge) & kPrep) &&
        (!(d_.AnyCls(ge) & kTitle) || IsNameLink(ge - 2)) && !d_.IsAdjectiveLike(ge) &&
        (ge + 1 == se || d_.IsComma(ge + 1) || (IsNameLink(ge - 2) && (d_.AnyCls(ge + 1) & kTitle))))
      ++ge;
    // (So is one with الله after it, a compound family name: فلان محمد
    // الجار الله.)
    else if (gb == b && ge + 1 < se && ge - gb >= 2 && d_.IsDefinite(ge) && !(d_.AnyCls(ge) & (kPrep | kTitle)) &&
             d_.IsWord(ge + 1) && d_.Word(ge + 1) == kAllah && (ge + 2 == se || d_.IsComma(ge + 2)))
      ge += 2;
    // (Not a name after its title in the genitive of a class noun: the
    // body is named after the person, مستشفى الملك فلان، جامعة الأميرة
    // فلانة، لجسر الملك فلان; the phrase's own person is named elsewhere in
    // it, or nowhere.)
    if (gb == b && NamedAfter(sb, gb)) {
      i = std::max(i, ge - 1);
      continue;
    }
    // (It may be followed by the person's role: ... الغرير الناطق الإعلامي.)
    // (Or by a comma and the role in apposition: أحمد الجروان، رئيس ...)
    // (Or by a noun of kinship that describes the person: فلان والد
    // اللاعب فلان.)
    if (gb == b && (ge == se || (ge < se && ge - gb >= 2 &&
                                 (d_.IsDefinite(ge) || (d_.AnyCls(ge) & (kTitle | kKin)) || d_.IsComma(ge))))) {
      // مدير مكتب الأمير فلان بن فلان الأستاذ فلان الفلاني: a name that is
      // the genitive of a noun in the construct state (with its titles
      // between them) belongs to the role; a definite title later in the
      // phrase, with a given name after it that closes the phrase, is the
      // head's apposition and names the speaker. (Not one joined by و: a
      // second person. Nor after a name that opens the phrase or follows
      // its title, which is the speaker's: فلان مستشار الأمير فلان.)
      int p = gb - 1;
      while (p >= sb && d_.IsWord(p) && (d_.AnyCls(p) & kTitle)) --p;
      const bool genitive = p >= sb && d_.IsWord(p) && !d_.IsDefinite(p) && !d_.IsNameWord(p) &&
                            !(d_.AnyCls(p) & (kTitle | kPrep | kStop | kGivenName));
      for (int k = ge; genitive && k + 1 < se; ++k) {
        if (!d_.IsWord(k) || !(d_.AnyCls(k) & kTitle) || !d_.IsDefinite(k) || StartsWith(d_.Word(k), kWaw) ||
            !(d_.Cls(k + 1) & kGivenName))
          continue;
        const auto [lb, le] = NameRun(k + 1, se);
        if (lb == k + 1 && (le == se || d_.IsComma(le))) return {lb, le};
      }
      return {gb, ge};
    }
  }
  int best = -1;
  for (int i = sb + 1; i < se; ++i) {
    // (الوالدة وتدعى إليزابيث أوسبورن: the verb of naming comes before the
    // name, and is no part of it.)
    const bool naming = d_.IsWord(i - 1) && !d_.IsDefinite(i - 1) && (d_.AnyCls(i - 1) & kClassNoun) &&
                        d_.IsVerbOnly(i - 1);
    if (!d_.IsWord(i) || d_.IsDefinite(i) ||
        !(d_.IsDefinite(i - 1) || d_.IsAbbreviationPeriod(i - 1) || naming) || (d_.AnyCls(i) & kPrep) ||
        ((d_.AnyCls(i) & kTitle) && !TitleAsGivenName(i)) ||
        ((d_.AnyCls(i) & kClassNoun) && d_.IsVerbOnly(i)))
      continue;
    if (ProcliticBeforeDefinite(i) || NamedAfter(sb, i)) continue;
    // (Nor باسم after a spokesman: المتحدث باسم بوينغ. Nor a noun with و
    // and a pronoun, which goes on with the role: تجارة المواشي وتربيتها.)
    if (d_.InTheNameOf(i) || (StartsWith(d_.Word(i), kWaw) && d_.HasPossessive(i))) continue;
    // (Nor أحد، إحدى, which open a partitive in apposition: المسؤول
    // الفرنسي أحد أكثر منتقدي بلاتر.)
    if (d_.Word(i) == "\u0627\u062D\u062F" || d_.Word(i) == "\u0627\u062D\u062F\u064A") continue;
    // (Nor a preposition with a pronoun: المدير التنفيذي لها، المشاركون
    // فيها.)
    // (The dictionary spells these out unsplit: a function word that ends
    // in a third-person pronoun.)
    if (!(d_.Cls(i) & kGivenName) && !EndsWith(d_.Word(i), "\u064A") && EndsWithPronoun(d_.Word(i)) &&
        (d_.Morph(i).classes & kFunctionWord) &&
        !(d_.Morph(i).classes & (kUnknown | kProperName)))
      continue;
    // (عبد الله كدسة: the definite word closes a compound given name.)
    if (i >= sb + 2 && IsNameLink(i - 2)) continue;
    if (!(d_.Cls(i) & kGivenName) && (d_.Morph(i).split.proclitics & (kPrepBi | kPrepLi | kPrepKa))) continue;
    // (Nor a word with the conjunction و, which joins places or bodies: في
    // الشرق الأوسط وشمال أفريقيا.)
    if (!(d_.Cls(i) & kGivenName) && StartsWith(d_.Word(i), kWaw) && PlaceBefore(sb, i)) continue;
    bool ok = se - i <= 5;
    for (int k = i; k < se && ok; ++k) {
      // (A title after the name opens the role: ... النبوي وزير الثقافة.)
      ok = d_.IsWord(k) && !d_.HasDigit(k) && !(d_.Cls(k) & (kPrep | kStop | kAdjunct)) &&
           !(k > i && !d_.IsDefinite(k) && (d_.Cls(k) & kTitle)) &&
           !(d_.IsDefinite(k) && d_.IsDefinite(k - 1) && !IsAbd(k - 2)) &&
           (!d_.IsDefinite(k) || SurnameAt(k, se));
    }
    if (ok) best = i;
  }
  if (best >= 0) return {best, se};
  // The phrase is itself a name (ماجد الهزاني).
  const auto [rb, re] = NameRun(sb, se);
  if (rb == sb && re == se) return {rb, re};
  // (A name with the person's title after it: الدكتور عبد الواحد النبوي
  // وزير الثقافة.)
  if (rb < re && re < se && ConstructTitleAt(re)) return {rb, re};
  // (Or between a definite role before it and a definite one after it:
  // المفوضة ماريان تايسن المكلفة بملف التوظيف.)
  if (rb > sb && re - rb >= 2 && re < se && d_.IsDefinite(rb - 1) && d_.IsDefinite(re) &&
      !(d_.AnyCls(re) & (kPrep | kStop | kRelative)))
    return {rb, re};
  const auto [ab, ae] = NameBeforeApposition(sb, se);
  if (ae > ab) return {ab, ae};
  // اليزابيث أوزبورن، ريتشارد تيسون: two to four bare words that end in one
  // the dictionary does not know make a foreign name of their own (the
  // given name may read as a word: جيان). (Not after a plural head, which
  // names a group: أهالي سياتل.)
  if (se - sb >= 2 && se - sb <= 4 && (d_.Morph(se - 1).classes & kUnknown) && d_.Morph(sb).number != 3) {
    bool foreign = true;
    for (int k = sb; k < se && foreign; ++k) {
      foreign = d_.IsWord(k) && !d_.IsDefinite(k) && d_.Cls(k) == 0 && d_.AnyCls(k) == 0 && !d_.HasPossessive(k) &&
                qt_.top[k] == -1 && d_.CueAt(k) < 0 && !d_.HasDigit(k) && !d_.IsVerbOnly(k);
    }
    if (foreign) return {sb, se};
  }
  return {se, se};
}

bool Mentions::NamedAfter(int sb, int nb) const {
  int q = nb - 1;
  while (q >= sb && d_.IsWord(q) && d_.IsDefinite(q) && (d_.AnyCls(q) & kTitle)) --q;
  return q < nb - 1 && q >= sb && d_.IsWord(q) && !d_.IsDefinite(q) && (d_.AnyCls(q) & kClassNoun);
}

std::pair<int, int> Mentions::NameBeforeApposition(int sb, int se) const {
  for (int i = sb; i + 1 < se; ++i) {
    if (!d_.IsWord(i) || d_.IsDefinite(i) || d_.HasDigit(i) || (d_.AnyCls(i) & (kTitle | kPrep | kPronoun)) ||
        (d_.Cls(i) & (kStop | kAdjunct | kClassNoun | kDocument)) || ProcliticBeforeDefinite(i))
      continue;
    if (i > sb && !(d_.IsDefinite(i - 1) || d_.IsAbbreviationPeriod(i - 1) || (d_.Cls(i - 1) & kTitle)))
      continue;
    // (A verbal noun or a noun with a pronoun starts no name: تخليه.)
    if (d_.HasPossessive(i) || d_.HasPronounSuffix(i) ||
        (!(d_.Cls(i) & kGivenName) && !d_.IsNameWord(i) && (d_.Morph(i).classes & kMasdar) &&
         !(i > sb && (d_.AnyCls(i - 1) & kTitle))))
      continue;
    // (A common noun the dictionary knows starts no name: عائلة الشاب
    // الفلسطيني is a family, not a person before an apposition; but a
    // given name it also knows as a word does, before a name or a link, or
    // as a link: طلعت حافظ، مناف أبو شقير، عبد الواحد النبوي. A definite
    // word after it may be a nisba adjective as well as a surname: عائلة
    // الأميركي الفلسطيني.)
    if (!(d_.Cls(i) & kGivenName) && !IsNameLink(i) && !d_.IsNameWord(i) &&
        !(d_.IsWord(i + 1) &&
          (IsNameLink(i + 1) ||
           (!d_.IsDefinite(i + 1) && ((d_.Cls(i + 1) & kGivenName) || d_.IsNameWord(i + 1))))))
      continue;
    int k = i + 1;
    while (k < se) {
      if (!d_.IsWord(k) || d_.HasDigit(k) || (d_.Cls(k) & (kPrep | kStop | kAdjunct | kTitle)) ||
          d_.CueAt(k) >= 0 || d_.HasPronounSuffix(k))
        break;
      const bool link = IsNameLink(k - 1) || IsNameLink(k);
      // After a definite surname only بن / آل / عبد continue the name.
      // (The definite half of a compound given name is no surname: عبد
      // الواحد النبوي.)
      if (k - 1 > i && d_.IsDefinite(k - 1) && !link && !IsAbd(k - 2)) break;
      if (d_.IsDefinite(k)) {
        if (ProcliticBeforeDefinite(k) || d_.IsDefinite(k - 1) || StartsWith(d_.Word(k), kLamLam)) break;
      } else if (k - i >= 2 && !link && d_.IsWord(k + 1) && d_.IsDefinite(k + 1)) {
        break;  // an indefinite head with a definite genitive: a role
      }
      ++k;
    }
    if (k - i >= 2 && k < se) return {i, k};
  }
  return {se, se};
}

bool Mentions::TitleAsGivenName(int i) const {
  // أمير، أميرة: the title of a prince or a region's governor (أمير منطقة
  // عسير، أمير قطر) and a given name (أميرة كشغري، أمير رمسيس). Before a
  // given name or a word the dictionary does not know, with no article, it
  // is the given name.
  const std::string_view w = d_.Word(i);
  if (d_.IsDefinite(i) || !(w == "\u0627\u0645\u064A\u0631" || w == "\u0627\u0645\u064A\u0631\u0647")) return false;
  // (After another title, any bare word: الدكتورة أميرة كشغري.)
  const int n = i + 1;
  const bool titled = (d_.IsWord(i - 1) && d_.IsDefinite(i - 1) && (d_.AnyCls(i - 1) & kTitle)) ||
                      d_.IsAbbreviationPeriod(i - 1);
  return d_.IsWord(n) && !d_.IsDefinite(n) && !d_.HasDigit(n) && d_.CueAt(n) < 0 &&
         !(d_.AnyCls(n) & (kClassNoun | kTitle | kPrep | kStop | kAdjunct)) &&
         ((d_.Cls(n) & kGivenName) || d_.IsNameWord(n) || titled);
}

bool Mentions::RepresentedByAt(int k) const {
  // ممثلة، ممثلا (in the view, without the tanween) after a definite word,
  // before في or a word with ب.
  if (!d_.IsWord(k)) return false;
  const std::string_view w = d_.Word(k);
  if (w != "\u0645\u0645\u062B\u0644\u0647" && w != "\u0645\u0645\u062B\u0644\u0627") return false;
  if (!d_.IsWord(k + 1) || !d_.IsDefinite(k - 1)) return false;
  return d_.Word(k + 1) == kFi ||
         (StartsWith(d_.Word(k + 1), kBa) && (d_.Morph(k + 1).split.proclitics & kPrepBi));
}

bool Mentions::QuotationOpensAt(int t) const {
  if (t >= d_.N() || d_.T(t).kind != QTokKind::kMark) return false;
  const int p = d_.OpenTop(t);
  return p >= 0 && qt_.pairs[p].open == t;
}

std::pair<int, int> Mentions::NameRun(int sb, int se) const {
  for (int i = sb; i < se; ++i) {
    // A name starts after a definite word or a title abbreviation, or with
    // a given name anywhere (وكان نايف البكري ...).
    if (!d_.IsWord(i) || d_.IsDefinite(i)) continue;
    // (عبد الله، عبد العزيز written apart is a compound given name too.)
    // (And a kunya before a given name: أبو محمد العدني.)
    const bool given = (d_.Cls(i) & kGivenName) != 0 || (i + 1 < se && CompoundAbdAt(i)) ||
                       (i + 1 < se && IsKunya(i) && (d_.Cls(i + 1) & kGivenName));
    // (A word before بن and a name is a given name the list lacks: العقيد
    // دكتور عاطي بن عطية القرشي.)
    auto lineage = [&]() { return i + 2 < se && d_.IsWord(i + 2) && d_.Word(i + 1) == "\u0628\u0646"; };
    // (Not after a relative pronoun, which starts with ال: التي نفذتها
    // الوزارة opens a relative clause.)
    if (!(given ||
          (i > sb && ((d_.IsDefinite(i - 1) && !(d_.AnyCls(i - 1) & kRelative)) || d_.IsAbbreviationPeriod(i - 1))) ||
          lineage()) ||
        d_.HasDigit(i) || qt_.top[i] != -1 || (d_.Cls(i) & ~(kGivenName | kLaqab | kTitle)) != 0 ||
        d_.CueAt(i) >= 0 || (d_.AnyCls(i) & (kPrep | kStop | kAdjunct | kPronoun)) ||
        ((d_.AnyCls(i) & kTitle) && !TitleAsGivenName(i)))
      continue;
    int k = i + 1;
    // Two words, or more with a linking word (محمد بن سلمان، رامي عبد الرحمن).
    // Up to five words (نورة سعد محمد الدوسري); a definite surname ends
    // the name unless بن / آل / عبد continue it, and an indefinite word
    // before a definite one opens a role (مدير الشرطة) once the name has
    // two words.
    // After a given name, a definite word is its surname (خالد الناصر).
    // (Not a word with a preposition: محمود بتحقيق.)
    // (A lineage with بن and آل runs longer: محمد بن عبد الرحمن بن عبد
    // العزيز آل سعود.)
    // (Right after a given name an adjective of titles is a family name:
    // ماهر الجديد، محمد الكبير; after a title it stays one: المدير الجديد.)
    while (k < se && (k - i < 5 || (k - i < 10 && (IsNameLink(k - 1) || IsNameLink(k)))) && d_.IsWord(k) &&
           // (Not و with a given name: جيب بوش | وجورج بوش are two.)
           !((d_.ClsCl(k) & kGivenName) && !(d_.Cls(k) & kGivenName) && StartsWith(d_.Word(k), kWaw)) &&
           ((d_.Cls(k) & ~(kGivenName | kLaqab)) == 0 ||
            (k == i + 1 && given && d_.IsDefinite(k) && (d_.Cls(k) & ~(kGivenName | kLaqab)) == kAdjectiveClass)) &&
           // (Nor before a quotation it governs: محمود بتحقيق «...».)
           !(k == i + 1 && (d_.IsDefinite(k + 1) || (StartsWith(d_.Word(k), kBa) && QuotationOpensAt(k + 1))) &&
             (StartsWith(d_.Word(k), kBa) || StartsWith(d_.Word(k), kLam) || StartsWith(d_.Word(k), kKaf)) &&
             (d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) &&
             (d_.Morph(k).classes & kMasdar) && !d_.IsNameWord(k) && !(d_.Cls(k) & kGivenName)) &&
           d_.CueAt(k) < 0 && !d_.HasDigit(k) && !ProcliticBeforeDefinite(k) &&
           // (الملك فهد بالدمام: a definite word with a preposition is a
           // place after the name, never its surname.)
           !(d_.IsDefinite(k) &&
             (StartsWith(d_.Word(k), kBa) || StartsWith(d_.Word(k), kLam) || StartsWith(d_.Word(k), kKaf)) &&
             (d_.Morph(k).split.proclitics & (kPrepBi | kPrepLi | kPrepKa))) &&
           !(d_.IsDefinite(k) && d_.IsDefinite(k - 1) && !IsAbd(k - 2)) &&
           // (After بن، آل، أبو the word is a name even when it ends in ه:
           // آل ابريه; so is one the dictionary does not know at all, with
           // the ه or without it: حمود عليثه الحربي.)
           ((!d_.HasPronounSuffix(k) && !d_.HasPossessive(k)) || IsNameLink(k - 1) || (d_.Cls(k) & kGivenName) ||
            ((d_.Morph(k).classes & kUnknown) && !d_.HasDigit(k))) &&
           // (محمد بن سليمان الصقير: after بن and the father's name, a
           // definite word the dictionary does not know is the family name;
           // فيصل بن خالد الحضور: one it knows is the object.)
           // (Or a definite word the dictionary does not know after a given
           // name: عبد الله حمد الفوزان رئيس ...)
           (!d_.IsDefinite(k) || SurnameAt(k, -1) || (k == i + 1 && given) || (k == i + 2 && IsAbd(i)) ||
            ((d_.Cls(k - 1) & kGivenName) && d_.IsNameWord(k)) ||
            (k >= i + 2 && IsNameLink(k - 2) && !d_.IsDefinite(k - 1) && d_.IsNameWord(k))) &&
           !(k - 1 > i && d_.IsDefinite(k - 1) && !IsNameLink(k - 1) && !IsNameLink(k) &&
             !IsAbd(k - 2)) &&
           // (A given name opens no role: عبد ربه منصور هادي، عبد الله حمد
           // الفوزان.)
           // (The word after the phrase is no part of it: وزير الخارجية
           // فلان علان الفلاني | اليوم.)
           !(k - i >= 2 && !d_.IsDefinite(k) && !IsNameLink(k) && !IsNameLink(k - 1) &&
             !(d_.Cls(k) & kGivenName) && k + 1 < se && d_.IsWord(k + 1) && d_.IsDefinite(k + 1) &&
             !SurnameAt(k + 1, -1)) &&
           // (ألقى كريم فالح كلمة ترحيبية: after two names, a common noun
           // the dictionary knows with an indefinite common word after it is
           // the verb's object; محمد حسن رمزي، ends the phrase with the name,
           // and a nisba is a family name: محمد علي جعفري، هشام بن محمد كعكي.)
           !(k - i >= 2 && !d_.IsDefinite(k) && !IsNameLink(k) && !IsNameLink(k - 1) && !IsNameLink(k - 2) &&
             !EndsWith(d_.Word(k), "\u064A") &&
             !(d_.Cls(k) & kGivenName) && d_.IsWord(k + 1) && !d_.IsDefinite(k + 1) &&
             !(d_.Cls(k + 1) & kGivenName) && !IsNameLink(k + 1) && !d_.IsNameWord(k) && !d_.IsNameWord(k + 1)))
      ++k;
    // (A word that can only be a verb ends the name when what follows it
    // shows the verb, a preposition or a noun with a pronoun (ماهر أبو
    // سالم استهل حديثه، قبادي استند إلى), or it carries an object pronoun
    // (ولم يزرني). Many family names read as verbs (جعجع، تايسن، بودي):
    // not after بن or أبو, not a given name, and not a word the text puts
    // right after a verb of saying elsewhere: وقال جعجع.)
    // (What follows is asked first, and the dictionary last: it costs a
    // lookup. An object pronoun ends in ه، ها، هم or ني.)
    for (int t = i + 1; t < k; ++t) {
      if ((d_.Cls(t) & kGivenName) || IsNameLink(t - 1)) continue;
      const std::string_view w = d_.Word(t);
      const bool may_carry = d_.HasPronounSuffix(t) || EndsWith(w, "\u0647\u0627") || EndsWith(w, "\u0647\u0645") ||
                             EndsWith(w, "\u0646\u064A");
      const bool next_shows = d_.IsWord(t + 1) && ((d_.AnyCls(t + 1) & (kPrep | kStop)) ||
                                                   d_.IsPrepositionWithPronoun(t + 1) || d_.HasPossessive(t + 1));
      if (!may_carry && !next_shows) continue;
      if (!d_.IsVerbOnly(t) || d_.IsNameWord(t)) continue;
      if (!next_shows && d_.Morph(t).split.enclitic == Enclitic::kNone) continue;
      if (!SubjectOfACueElsewhere(t)) {
        k = t;
        break;
      }
    }
    while (k - i > 2 && IsNameLink(k - 1)) --k;  // (never on بن or عبد)
    if (k - i < 2) continue;  // a lone word is too weak without a cue
    // What the dictionary says of the first word, asked last (it costs a
    // lookup): a verb (جدد ماجد الهزاني، اندلع)، a word with a preposition
    // (لمدة عام) or a verbal noun (استغلال فرصة) starts no name.
    if (!given) {
      const uint16_t mc = d_.Morph(i).classes;
      const bool name_word = d_.IsNameWord(i);
      if (d_.IsVerbOnly(i) || ((d_.Cls(i + 1) & kGivenName) && (mc & kVerbAny))) continue;
      // (بجدة عبدالله ...: a place with a preposition is no name, even
      // one the dictionary knows as a name.)
      if (d_.Morph(i).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) continue;
      if (!name_word && !(i > sb && (d_.AnyCls(i - 1) & kTitle)) && (mc & kMasdar)) continue;
    }
    return {i, k};
  }
  return {se, se};
}

bool Mentions::IsNameLink(int k) const {
  return IsNameLinkWord(d_.Word(k)) || d_.IsNameParticle(k) ||
         (d_.IsWord(k + 1) && (d_.Word(k + 1) == "\u0628\u0646" || d_.Word(k + 1) == "\u0639\u0628\u062F"));
}

bool Mentions::AgreeingAdjectiveAt(int t) const {
  if (!d_.IsWord(t) || !d_.IsWord(t - 1) || !d_.IsDefinite(t) || !d_.IsDefinite(t - 1)) return false;
  const uint16_t c = d_.Morph(t).classes;
  if (!(c & (kAdjective | kParticiple)) || (c & (kMasdar | kVerbAny | kProperName)) || d_.IsNameWord(t) ||
      (d_.AnyCls(t) & (kTitle | kGivenName | kClassNoun | kDocument | kAddressee)))
    return false;
  // (The feminine ending on both: العاصمة المقدسة، المملكة المتحدة.)
  if (EndsWith(d_.Word(t), kHa) && EndsWith(d_.Word(t - 1), kHa) && !d_.HasPossessive(t - 1)) return true;
  // (Or the masculine elative or colour adjective, ال with أفعل, after a
  // masculine noun: الشرق الأوسط، المجلس الأعلى، الهلال الأحمر. The
  // pattern has four letters after the article, the first an alef.)
  {
    const std::string_view w = d_.Word(t), p = d_.Word(t - 1);
    if (w.size() == 12 && StartsWith(w, "\u0627\u0644\u0627") && (c & kAdjective) && !EndsWith(p, kHa) &&
        !EndsWith(p, "\u0627\u062A") && !d_.HasPossessive(t - 1))
      return true;
  }
  // (Or the oblique ending of the dual or the plural on both, with a
  // number they share, for a word that is only an adjective: خادم الحرمين
  // الشريفين. A participle or a nisba in ـيين is as often a noun of people,
  // the object: رئيس الاتحاد المواطنين، الصحفيين.)
  constexpr std::string_view kIn = "\u064A\u0646";  // ـين
  return (c & kAdjective) && !(c & kParticiple) && EndsWith(d_.Word(t), kIn) && EndsWith(d_.Word(t - 1), kIn) &&
         !EndsWith(d_.Word(t), "\u064A\u064A\u0646") && !d_.HasPossessive(t - 1) &&
         (d_.Morph(t).nominal & d_.Morph(t - 1).nominal & (kNomDual | kNomPlural)) != 0;
}

bool Mentions::AllDefinite(int a, int b) const {
  for (int k = a; k < b; ++k) {
    if (!d_.IsDefinite(k)) return false;
  }
  return a < b;
}

bool Mentions::NameEndsAt(int sb, int k) const {
  const auto [nb, ne] = NameRun(sb, k);
  return nb < ne && ne == k;
}

bool Mentions::AgentOrTimeAt(int t) const {
  if (!d_.IsWord(t)) return false;
  if (d_.Word(t) == kAn || d_.Word(t) == "\u0645\u0646" || (d_.Cls(t) & kAdjunct)) return true;  // عن، من، أمس
  // (Or a place: في، على، بموقع; or حديثا, مؤخرا. Not ل, the genitive of
  // the document's author: تقرير أخير لمنظمة ...)
  return ((d_.Cls(t) & kPrep) && !StartsWith(d_.Word(t), kLam)) || d_.IsAccusativeAdverb(t) ||
         (!d_.IsDefinite(t) && (d_.Morph(t).split.proclitics & kPrepBi));
}

bool Mentions::DefiniteObjectAt(int t) const {
  if (!d_.IsWord(t) || !d_.IsDefinite(t) || StartsWith(d_.Word(t), kLamLam) || StartsWith(d_.Word(t), kWaw) ||
      d_.HasDigit(t) || d_.CueAt(t) >= 0 ||
      (d_.AnyCls(t) & (kTitle | kGivenName | kClassNoun | kDocument | kSetting | kAdjunct | kStop)))
    return false;
  // (Something of the phrase after it, not what the cue governs nor a
  // comma: المساهمة في، الجاهزية التامة. Nor الله, which closes a compound
  // family name with it: فلان الجار الله.)
  // (A relative clause may describe it: الجهود التي بذلتها.)
  if (!d_.IsWord(t + 1) || d_.CueAt(t + 1) >= 0 || (d_.Cls(t + 1) & (kComp | kCompNeg)) ||
      d_.Word(t + 1) == kAllah ||
      IsNameLink(t + 1) || d_.IsNameWord(t + 1) || (d_.AnyCls(t + 1) & (kGivenName | kTitle)))
    return false;
  if (d_.IsAdjectiveLike(t)) return false;
  const WordMorph& m = d_.Morph(t);
  if ((m.classes & (kAdjective | kProperName | kUnknown | kVerbAny)) ||
      (m.split.proclitics & (kPrepBi | kPrepLi | kPrepKa)) || d_.IsNameWord(t))
    return false;
  if (m.classes & kMasdar) return !(d_.Cls(t + 1) & kRelative);
  // (Or a common noun with a relative clause after it, الجهود التي, or a
  // plural in ـات, التحديات: no family name, title nor genitive of a name
  // goes on so. Not a participle, which family names often are.)
  const bool at_plural = EndsWith(d_.Word(t), "\u0627\u062A") && m.nominal == (kNomFeminine | kNomPlural);
  return (m.classes & kNominal) && !(m.classes & kParticiple) && ((d_.Cls(t + 1) & kRelative) || at_plural);
}

bool Mentions::PlaceBeforeName(int t) const {
  return d_.IsWord(t) && StartsWith(d_.Word(t), kBa) && !StartsWith(d_.Word(t), kLamLam) && d_.IsWord(t + 1) &&
         ((d_.AnyCls(t + 1) & kTitle) || (d_.Cls(t + 1) & kGivenName)) &&
         (d_.Morph(t).split.proclitics & kPrepBi) && !(d_.Morph(t).classes & kMasdar) &&
         // (طالب قاسم بالتركيز الإعلامي: a definite adjective agrees with the
         // noun before it, it is no title.)
         !d_.IsAdjectiveLike(t + 1) && (d_.IsDefinite(t) || (d_.Morph(t).classes & kProperName));
}

bool Mentions::RoleBeforeNamedApposition(int start, int j) const {
  if (j != start + 1 || !d_.IsDefinite(start) || StartsWith(d_.Word(start), kLamLam) ||
      !((d_.AnyCls(start) & kTitle) ||
        (StartsWith(d_.Word(start), "\u0627\u0644\u0645") && (d_.Morph(start).classes & kParticiple))))
    return false;
  return PersonNamedAfter(j + 1, /*directly=*/false);
}

bool Mentions::TitledNameAt(int k) const {
  // (At most one title between: اللواء دكتور فلان، العميد مهندس فلان.)
  if (d_.IsWord(k) && !d_.IsDefinite(k) && (d_.AnyCls(k) & kTitle) && !(d_.Cls(k) & kGivenName)) ++k;
  return d_.IsWord(k) && !d_.IsDefinite(k) && ((d_.Cls(k) & kGivenName) || d_.IsNameWord(k));
}

bool Mentions::PersonNamedAfter(int k, bool directly) const {
  for (int t = k; t < k + 10 && t < d_.N(); ++t) {
    if (d_.IsComma(t)) return t > k && d_.IsWord(t + 1) && ((d_.Cls(t + 1) & kGivenName) || CompoundAbdAt(t + 1));
    if (!d_.IsWord(t) || d_.CueAt(t) >= 0 || d_.IsVerbOnly(t) ||
        (d_.AnyCls(t) & (kComp | kCompNeg | kRelative | kNeg)))
      return false;
    if (directly && t > k && (d_.Cls(t) & (kTitle | kGivenName))) return true;
  }
  return false;
}

bool Mentions::IsAbd(int t) const {
  if (!d_.IsWord(t)) return false;
  if (d_.Word(t) == "\u0639\u0628\u062F") return true;  // عبد
  return (d_.Cls(t) & kLaqab) && d_.IsWord(t + 1) && d_.Word(t + 1) == "\u0627\u0644\u062F\u064A\u0646";  // الدين
}

bool Mentions::CompoundAbdAt(int t) const { return d_.IsDefinite(t + 1) && IsAbd(t); }

bool Mentions::IsKunya(int t) const {
  return d_.IsWord(t) && (d_.Word(t) == "\u0627\u0628\u0648" || d_.Word(t) == "\u0627\u0645");  // أبو، أم
}

bool Mentions::SurnameAt(int k, int se) const {
  if (k + 1 == se) return true;  // se < 0: never at the end of a phrase
  // (Nor before the comma of an apposition: عادل بن محمد الملحم، رئيس ...)
  if (d_.IsComma(k + 1) && d_.IsWord(k + 2)) return true;
  if (EndsWith(d_.Word(k), "\u064A")) return true;
  const std::string_view p = d_.Word(k - 1);
  return p == "\u0639\u0628\u062F" || p == "\u0627\u0628\u0648" || p == "\u0623\u0628\u0648" ||
         p == "\u0628\u0646" || p == "\u0627\u0628\u0646" || p == "\u0628\u0646\u062A";
}

int Mentions::PlaceEndBeforeComplement(int k, const CueEntry* ce) const {
  if (PlaceBeforeComplement(k, ce)) return k + 1;
  if (!BarePlaceWord(k) || d_.IsVerbOnly(k) || d_.Morph(k).split.proclitics != 0) return -1;
  // (The second word is the genitive, a name: not an adjective, a verb or
  // a pronoun's preposition, في رسم كاريكاتيري، في تحليل لها.)
  // (A word that reads as a verb only after a place's noun or as a name:
  // منطقة تبوك، محافظة إب; not في قلوب تعودت.)
  if (!d_.IsWord(k + 1) || d_.IsAdjectiveLike(k + 1) || d_.IsPrepositionWithPronoun(k + 1) ||
      d_.IsAccusativeAdverb(k + 1) ||
      (d_.IsVerb(k + 1) && !(d_.AnyCls(k) & kClassNoun) && !d_.IsNameWord(k + 1)))
    return -1;
  return PlaceBeforeComplement(k + 1, ce) ? k + 2 : -1;
}

bool Mentions::BarePlaceWord(int k) const {
  // (A preposition takes no verb: one that reads as a verb is a name too,
  // تعز.)
  return d_.IsWord(k) && !d_.IsDefinite(k) && !d_.HasDigit(k) && d_.CueAt(k) < 0 && !d_.HasPossessive(k) &&
         !(d_.AnyCls(k) & (kSetting | kAdjunct | kStop | kPrep | kNeg | kComp | kCompNeg | kRelative | kPronoun));
}

bool Mentions::PlaceBeforeComplement(int k, const CueEntry* ce) const {
  if (!BarePlaceWord(k)) return false;
  const int n = d_.IsComma(k + 1) ? k + 2 : k + 1;
  // (Or what the cue governs: أعرب كثيرون في نجامينا عن أملهم.)
  return (d_.Cls(n) & kComp) || d_.IsPunct(n, U':') || (ce != nullptr && d_.GovernsAt(*ce, n));
}

bool Mentions::IsDemonstrative(std::string_view w) {
  return w == "\u0647\u0630\u0647" || w == "\u0647\u0630\u0627" || w == "\u0647\u0648\u0644\u0627\u0621" ||
         w == "\u062A\u0644\u0643";
}

bool Mentions::RoleAfterName(int t) const {
  return (d_.AnyCls(t) & kTitle) && d_.IsWord(t + 1) && !StartsWith(d_.Word(t + 1), kBa) &&
         !(d_.AnyCls(t + 1) & (kComp | kCompNeg | kStop | kAdjunct | kNeg)) && d_.CueAt(t + 1) < 0;
}

bool Mentions::QuotedObjectAt(int t) const {
  if (!d_.IsWord(t) || d_.CueAt(t) >= 0 || StartsWith(d_.Word(t), kWaw) || d_.IsNameWord(t) ||
      d_.IsAdjectiveLike(t) || d_.IsVerbOnly(t) || d_.HasDigit(t) ||
      (d_.AnyCls(t) & (kTitle | kGivenName | kClassNoun | kLaqab | kDocument | kSetting | kPronoun | kStop | kPrep |
                       kComp | kCompNeg | kAdjunct | kNeg | kRelative)))
    return false;
  return d_.IsDefinite(t) || d_.IsDefinite(t + 1) || d_.Morph(t).number == 3;
}

bool Mentions::ProcliticBeforeDefinite(int t) const {
  const std::string_view w = d_.Word(t);
  // (A name the dictionary does not know keeps its first letter: سارة
  // برونيت المختبر، أنا ليندمان.)
  // (و stays a conjunction: ... وعبدالرحمن الخضيري.)
  return (StartsWith(w, kLam) || StartsWith(w, kBa) || StartsWith(w, kWaw)) && d_.IsDefinite(t + 1) &&
         (StartsWith(w, kWaw) || !(d_.Morph(t).classes & kUnknown));
}

int Mentions::WithApposition(int sb, int se, int limit, const CueEntry* ce) const {
  if (!d_.IsComma(se)) return se;
  // أمينة الكردي؛ المتحدثة باسم البرنامج، إن ...: some papers set the role
  // off with a semicolon; after one, only a role is taken in (a semicolon
  // as often ends a clause).
  const bool semicolon = d_.IsSemicolon(se);
  const int a = se + 1;
  // (فلان، من جامعة ...: an affiliation, من with a class noun, after a
  // personal name is its apposition too.)
  const bool affiliation = ce != nullptr && !semicolon && d_.IsWord(a) && d_.Word(a) == "\u0645\u0646" &&
                           d_.IsWord(a + 1) && (d_.AnyCls(a + 1) & kClassNoun) && !d_.IsDefinite(a + 1);
  // (Nor a direction, which places the place before it: ...في إقليم
  // كرانة، غرب البلاد، إنها.)
  if (!affiliation &&
      (!d_.IsWord(a) || d_.CueAt(a) >= 0 ||
       (d_.AnyCls(a) &
        (kStop | kPrep | kComp | kCompNeg | kAdjunct | kSetting | kNeg | kRelative | kPronoun | kDirection))))
    return se;
  // سامي النمر، أستاذ مساعد في كلية الإعلام، إن / سامي النمر، صاحب مكتب
  // للاستشارات: «...»: after a personal name, words with no verb, cue,
  // relative or adverb that run from the comma to the colon or the
  // complementizer (or to the comma before them, with the occasion of the
  // words between: ...، خلال مقابلة مع «...»، إن) are the person's
  // apposition, whatever noun heads it (an indefinite one too, which the
  // role rules below leave out). (Not an accusative verbal noun, ردا على
  // سؤال، which says why the words were said.)
  if (ce != nullptr && !semicolon) {
    const auto [pnb, pne] = NameIn(sb, se);
    if (pne == se && pne > pnb &&
        (affiliation ||
         ((d_.Morph(a).classes & kNominal) && !d_.IsVerbOnly(a) && !d_.IsAccusativeAdverb(a) &&
          !EndsWith(d_.Word(a), "\u0627") && !d_.HasDigit(a) && !(d_.AnyCls(a) & (kTitle | kGivenName)) &&
          !d_.IsNameWord(a)))) {
      int words = 0;
      const auto speech_at = [&](int t) { return d_.IsPunct(t, U':') || (d_.IsWord(t) && (d_.Cls(t) & kComp)); };
      for (int k = a; k < limit && k < a + 24; ++k) {
        if (d_.T(k).kind == QTokKind::kMark) {
          const int p = d_.OpenTop(k);
          if (p >= 0 && qt_.pairs[p].open == k && d_.WordsIn(qt_.pairs[p]) <= 5) k = qt_.pairs[p].close;
          continue;
        }
        if (speech_at(k)) {
          if (words >= 2) return k;
          break;
        }
        if (d_.IsComma(k)) {
          if (words < 2 || d_.IsSemicolon(k)) break;
          if (speech_at(k + 1)) return k;
          // (Then the occasion of the words: ...، خلال مقابلة مع «...»، إن.)
          const int n = k + 1;
          if (d_.IsWord(n) && d_.CueAt(n) < 0 &&
              ((d_.AnyCls(n) & (kAdjunct | kSetting)) || (d_.Word(n) == kFi && d_.IsSettingAt(n + 1)))) {
            for (int m = n + 1; m < limit && m < n + 16; ++m) {
              if (d_.IsComma(m) && speech_at(m + 1)) return k;
              if (d_.T(m).kind == QTokKind::kMark) continue;
              if (!d_.IsWord(m) || d_.CueAt(m) >= 0 || d_.IsVerbOnly(m) || (d_.AnyCls(m) & (kComp | kCompNeg | kRelative)))
                break;
            }
          }
          break;
        }
        // (An addressee ends it when what was said follows it: ...، أحد
        // سكان الحي لـ«الصحيفة»: «...».)
        if (d_.IsWord(k) && words >= 2 &&
            (d_.Word(k) == kLam || ((d_.AnyCls(k) & kAddressee) && (d_.Morph(k).split.proclitics & kPrepLi)))) {
          int after = k + 1;
          if (const int p = d_.OpenTop(after); p >= 0 && qt_.pairs[p].open == after) after = qt_.pairs[p].close + 1;
          if (speech_at(after) || (d_.IsComma(after) && speech_at(after + 1))) return k;
          break;
        }
        if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || d_.IsVerbOnly(k) || d_.Word(k) == kLam ||
            (d_.AnyCls(k) & (kCompNeg | kRelative | kNeg | kPronoun | kAdjunct | kSetting)))
          break;
        ++words;
      }
    }
  }
  // A definite apposition is a role or a titled name (خالد العمري، المتحدث
  // باسم الهيئة: / مدير المرور، العقيد سالم الحربي:); it must reach the
  // complementizer or the colon, so that a new subject or a list after the
  // comma is not taken in.
  const bool definite = d_.IsDefinite(a);
  // The person's name after the role (المتحدث باسم الهيئة، مساعد العنزي أن
  // ...): the name runs up to the complementizer or colon.
  if (!semicolon) {
    const auto [nb, ne] = NameRun(a, limit);
    if (nb == a && ne > nb + 1) {
      const int after = d_.IsComma(ne) ? ne + 1 : ne;
      if (d_.IsPunct(after, U':') || (d_.Cls(after) & kComp)) return ne;
      // انتقد رئيس مجلس الشيوخ، نعيم الكعود، الحكومة: a name that opens
      // with a given name, between the commas after a role, is the
      // person's, whatever follows (the object of the cue).
      if (ce != nullptr && d_.IsComma(ne) && (d_.Cls(a) & kGivenName) &&
          (d_.IsDefinite(se - 1) || (d_.AnyCls(se - 1) & kTitle)) && !d_.IsNameWord(se - 1))
        return ne;
    }
  }
  // المتحدث الرسمي باسم الحكومة، راجح بادي، إن ...: after a role, two or
  // three bare words closed by the comma before what was said are the
  // person's name, even when the dictionary reads them as common words.
  // (After a role that opens with a title, whatever follows the comma:
  // رد وزير الخارجية الأمريكي، جون كيري، على ...)
  // (Or a foreign name the lists do not know right before the colon or the
  // complementizer: حاكم ولاية تكساس، غريغ أبوت:)
  if (!semicolon && !definite && (d_.IsDefinite(se - 1) || d_.IsNameWord(se - 1))) {
    int e = a;
    while (e < limit && e < a + 3 && d_.IsWord(e) && !d_.IsDefinite(e) && !d_.HasDigit(e) && d_.CueAt(e) < 0 &&
           !(d_.AnyCls(e) & (kStop | kPrep | kComp | kCompNeg | kAdjunct | kSetting | kNeg | kRelative | kPronoun |
                             kTitle | kAddressee)) &&
           !(d_.Morph(e).split.proclitics & (kPrepBi | kPrepLi | kPrepKa)))
      ++e;
    if (e - a >= 2 && d_.IsComma(e) && !d_.IsPunct(e, U'\u061B') &&
        (d_.IsPunct(e + 1, U':') || (d_.Cls(e + 1) & kComp) ||
         (ce != nullptr && (d_.AnyCls(sb) & kTitle) && !d_.IsDefinite(sb))))
      return e;
    if (e - a >= 2 && (d_.IsPunct(e, U':') || (d_.Cls(e) & kComp)) && !d_.IsAccusativeAdverb(a) &&
        (d_.IsNameWord(a) || d_.IsNameWord(e - 1) || (d_.AnyCls(sb) & kTitle)))
      return e;
  }
  // A role: an indefinite head with a genitive (مدير صندوق التنمية), or a
  // title word.
  // (أحد مؤسسي «الأفق»: or a noun in the construct state before a quoted
  // name.)
  // (With up to three such nouns in the chain: منسق فريق رصد «...».)
  bool before_name = false;
  for (int k = a + 1; k < a + 4 && !before_name; ++k) {
    // (A word after the first may also read as a verb: رصد.)
    if (!d_.IsWord(k) || d_.IsDefinite(k) || (k == a + 1 ? d_.IsVerb(k) : d_.IsVerbOnly(k)) ||
        StartsWith(d_.Word(k), kWaw) || d_.CueAt(k) >= 0 ||
        (d_.AnyCls(k) & (kStop | kPrep | kComp | kAdjunct | kNeg | kRelative)))
      break;
    // (Deeper in the chain, any short words in marks that may name
    // something: its genitive, رصد «...».)
    const int quoted = d_.OpenTop(k + 1);
    before_name = quoted >= 0 && (IsNameLike(quoted) || (k > a + 1 && d_.WordsIn(qt_.pairs[quoted]) <= 3 &&
                                                          QuotedWordsMayName(qt_.pairs[quoted])));
  }
  if (!definite && !(d_.Cls(a) & kTitle) && !DefiniteChainAt(a + 1) && !before_name) return se;
  auto [ab, ae] = SpeakerPhrase(a, limit, false, nullptr);
  if (ae <= ab + 1) return se;
  ae = RoleTailEnd(ab, ae, limit);
  // X، أحد مؤسسي الشركة والرئيس التنفيذي لها، إن ...: a second role
  // coordinated with و runs to the comma before what was said, or to the
  // occasion of the words before that comma (...، في إحدى مقابلاته، إن).
  // No verb, cue or relative pronoun in it; a quoted name may be.
  if (ce != nullptr) {
    int w = ae;
    if (const int p = d_.OpenTop(w); p >= 0 && IsNameLike(p)) w = qt_.pairs[p].close + 1;
    if (d_.IsWord(w) && StartsWith(d_.Word(w), kWaw) && d_.IsDefinite(w) && !d_.HasDigit(w) && d_.CueAt(w) < 0) {
      int setting = -1;
      for (int k = w + 1; k < limit && k < w + 16; ++k) {
        if (d_.IsComma(k)) {
          const int n = k + 1;
          if (d_.IsPunct(n, U':') || (d_.Cls(n) & kComp)) return setting > 0 ? setting : k;
          if (setting < 0 && d_.IsWord(n) && d_.CueAt(n) < 0 &&
              ((d_.AnyCls(n) & (kAdjunct | kSetting)) ||
               (d_.Word(n) == kFi && d_.IsSettingAt(n + 1))))
            return k;
          break;
        }
        if (d_.T(k).kind == QTokKind::kMark) {
          const int p = d_.OpenTop(k);
          if (p >= 0 && IsNameLike(p)) {
            k = qt_.pairs[p].close;
            continue;
          }
          break;
        }
        if (setting < 0 && d_.IsWord(k) && d_.Word(k) == kFi && d_.IsSettingAt(k + 1)) setting = k;
        if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || d_.IsVerbOnly(k) ||
            (d_.AnyCls(k) & (kRelative | kNeg | kComp | kCompNeg)))
          break;
      }
    }
  }
  // X، المسؤول في الوزارة خلال مؤتمر صحافي عقد في الرياض، أمس، إن ...:
  // the occasion of the words stands between the role and the comma
  // before what was said.
  // (Not after a verb the phrase ran into: المتخصصة في ... وتدرس حاليا.)
  if (ce != nullptr && d_.IsWord(ae) && d_.CueAt(ae) < 0 && !d_.IsVerb(ae - 1) &&
      ((d_.Word(ae) == kFi && d_.IsSettingAt(ae + 1)) || (d_.AnyCls(ae) & (kAdjunct | kSetting)))) {
    for (int k = ae + 1; k < limit && k < ae + 16; ++k) {
      if (d_.IsComma(k)) {
        const int n = k + 1;
        if (d_.IsPunct(n, U':') || (d_.Cls(n) & kComp)) return ae;
        if (d_.IsWord(n) && (d_.AnyCls(n) & kAdjunct) && d_.CueAt(n) < 0) continue;
        break;
      }
      if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || (d_.AnyCls(k) & (kComp | kCompNeg | kNeg | kRelative))) break;
    }
  }
  if (d_.IsPunct(ae, U':') || (d_.Cls(ae) & kComp)) return ae;
  // سلطان اللويحق، رئيس مجلس إدارة شركة عقارية «إن ...»: a quotation that
  // opens right after the role is what was said.
  if (const int p = d_.OpenTop(ae); p >= 0 && !IsNameLike(p)) return ae;
  if (!d_.IsComma(ae)) return se;
  // ...، إن / أن / : what the speaker said follows the closing comma.
  const int next = ae + 1;
  if (d_.IsPunct(next, U':') || (d_.Cls(next) & kComp)) return ae;
  // اتهم فلان الفلاني، النائب في البرلمان، الحكومة بـ: after a personal
  // name, a title-headed role between commas is the person's, whatever
  // follows (the object of a cue that takes one), as a name after a role
  // is above. (Not before و, which may go on with a list; nor a role that
  // ends in a name of its own, a second person: طالب فلان، وزير الإسكان
  // فلان، بـ. A name after a class noun names a body: أستاذ الإعلام بجامعة
  // الملك عبدالعزيز.)
  if (ce != nullptr && ce->obj && !semicolon && (d_.AnyCls(a) & kTitle) && d_.IsWord(next) &&
      !StartsWith(d_.Word(next), kWaw) && d_.CueAt(next) < 0) {
    const auto [nb, ne] = NameIn(sb, se);
    auto [rb, re] = NameIn(a, ae);
    while (rb > a + 1 && (d_.AnyCls(rb - 1) & kTitle)) --rb;
    const bool second_person = re > rb && re == ae && !(rb > a && (d_.AnyCls(rb - 1) & kClassNoun));
    if (ne == se && ne > nb + 1 && !second_person) return ae;
  }
  // ...، في تصريح لـ«الشرق الأوسط»، إن / ...، خلال لقائه / ...، الذي: the
  // occasion of the words, or a relative clause about the person, follows
  // the closing comma. (Only after a role: after a name the comma may
  // separate the items of a list.)
  if (ce != nullptr && d_.IsWord(next) && d_.CueAt(next) < 0) {
    if ((d_.AnyCls(next) & (kAdjunct | kSetting | kRelative)) ||
        (d_.Word(next) == kFi && d_.IsSettingAt(next + 1)))
      return ae;
    // عصام عبدالفتاح، رئيس لجنة الحكام، اختيار طاقم ...: a verbal noun
    // that opens the content of a cue that takes one.
    if (ce->np && !StartsWith(d_.Word(next), kWaw) && d_.LooksLikeMasdar(next)) return ae;
  }
  // ...، عن / إلى / لـ«الوطن»: a preposition that the cue governs, or the
  // addressee, follows the closing comma.
  if (ce != nullptr && d_.IsWord(next)) {
    const std::string_view w = d_.Word(next);
    for (const std::string& p : ce->preps) {
      if (w == p) return ae;
    }
    if ((w == kLam || w == "\u0644\u0640") && d_.OpenTop(next + 1) >= 0) return ae;
    if (StartsWith(w, kLam) && (d_.ClsCl(next) & kAddressee)) return ae;
    // (أشاد فلان، رئيس البرلمان، بأداء ...: the content with ب of a cue
    // that takes one. After a cue that takes an object too, only a title
    // that names no second person: طالب فلان، وزير الإسكان سامي العلي،
    // بـ is a demand made of that minister.)
    if (ce->b && StartsWith(w, kBa) && (d_.Morph(next).split.proclitics & kPrepBi) &&
        !(d_.AnyCls(next) & (kAdjunct | kSetting | kClassNoun)) && !d_.IsNameWord(next)) {
      if (!ce->obj) return ae;
      const auto [rb, re] = NameIn(a, ae);
      const auto [nb, ne] = NameIn(sb, se);
      if ((d_.AnyCls(a) & kTitle) && (re <= rb || ne <= nb)) return ae;
    }
  }
  // After a cue, words with no verb or cue that run from the closing comma
  // to what was said: a second role coordinated with و (الشيخ فهد الحميد،
  // الإمام والخطيب، والداعية في سجون الرياض إن) belongs to the phrase; a
  // description of the role's complement (حاكم الإقليم، الواقع على الحدود
  // «...») does not, but the role before it stands.
  if (ce != nullptr && !semicolon && d_.IsComma(ae) && d_.IsWord(next)) {
    for (int k = next; k < limit && k < next + 12; ++k) {
      if (k > next && (d_.IsPunct(k, U':') || (d_.Cls(k) & kComp) ||
                       (d_.OpenTop(k) >= 0 && !IsNameLike(d_.OpenTop(k))))) {
        const bool coordinated = StartsWith(d_.Word(next), kWaw) && d_.IsDefinite(next) &&
                                 !d_.HasDigit(next);
        return coordinated && (d_.Cls(k) & kComp) ? k : ae;
      }
      if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || d_.IsVerbOnly(k) ||
          (d_.AnyCls(k) & (kRelative | kNeg | kCompNeg | kStop)))
        break;
    }
  }
  return se;
}

int Mentions::ThroughApposition(int pe, int end) const {
  if (!d_.IsComma(pe)) return pe;
  const auto [ab, ae] = SpeakerPhrase(pe + 1, end, false, nullptr);
  if (ab != pe + 1 || ae == ab) return pe;
  return RoleTailEnd(ab, ae, end + 1) == end ? end : pe;
}

int Mentions::ThroughDescription(int pe, int end) const {
  if (!d_.IsComma(pe) || end - pe < 2 || end - pe > 16 || !d_.IsWord(pe + 1)) return pe;
  const std::string_view w = d_.Word(pe + 1);
  // أحد، إحدى، وهو، وهي (in the view, without hamza).
  const bool opens = (d_.AnyCls(pe + 1) & (kTitle | kRelative)) || w == "\u0627\u062D\u062F" ||
                     w == "\u0627\u062D\u062F\u064A" || w == "\u0648\u0647\u0648" || w == "\u0648\u0647\u064A" ||
                     (d_.IsDefinite(pe + 1) && (d_.AnyCls(pe + 1) & kTitle));
  if (!opens) return pe;
  for (int k = pe + 1; k < end; ++k) {
    if (d_.T(k).kind == QTokKind::kMark) continue;
    if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || (d_.Cls(k) & (kComp | kCompNeg))) return pe;
  }
  return end;
}

bool Mentions::BaOfTheStem(int j) const {
  const bool bare = !(d_.Morph(j).split.proclitics & kPrepBi);
  if (bare && EndsWith(d_.Word(j), "\u0648\u0646") && d_.IsWord(j - 1) && EndsWith(d_.Word(j - 1), "\u0648\u0646") &&
      (d_.Morph(j).classes & (kAdjective | kParticiple)))
    return true;
  // (A name is as often the content's, with its ب: وأشاد جيرارد بسواريز
  // خلال ...; only before the ب of another phrase is it the speaker's.)
  if (!d_.IsWord(j + 1) || !StartsWith(d_.Word(j + 1), kBa) || !(d_.Morph(j + 1).split.proclitics & kPrepBi) ||
      d_.IsDefinite(j) || (d_.Morph(j).classes & kFunctionWord))
    return false;
  return (bare && d_.IsNameWord(j)) || (d_.IsWord(j - 1) && (d_.Cls(j - 1) & kGivenName) && !d_.IsDefinite(j - 1));
}

int Mentions::RoleToEnd(int pe, int end) const {
  const int a = pe + 1;
  if (!d_.IsComma(pe) || end - a < 2 || !d_.IsWord(a) || d_.CueAt(a) >= 0) return -1;
  const std::string_view w = d_.Word(a);
  // (وهو محام يعمل في ...: a clause about the source.)
  if (w == "\u0648\u0647\u0648" || w == "\u0648\u0647\u064A") return pe;
  if (end - a > 16 ||
      (d_.AnyCls(a) &
       (kStop | kPrep | kComp | kCompNeg | kAdjunct | kSetting | kNeg | kRelative | kPronoun | kDocument)))
    return -1;
  // (Not an adjective: وتبقى تونس، حسب الرئيس، الأكثر عرضة ...: the
  // predicate of the interrupted clause.)
  // (An indefinite head only as a title: خطوة نحو تنويع الدخل is the
  // predicate.)
  const bool role = (d_.AnyCls(a) & kTitle) || w == "\u0627\u062D\u062F" || w == "\u0627\u062D\u062F\u064A" ||
                    (d_.IsDefinite(a) && !(d_.Morph(a).classes & kAdjective));
  if (!role) return -1;
  const auto [ab, pe2] = SpeakerPhrase(a, end, false, nullptr);
  if (ab != a || pe2 <= a) return -1;
  int ae = pe2;
  if (const int p = d_.OpenTop(ae); p >= 0 && IsNameLike(p)) ae = qt_.pairs[p].close + 1;
  // (أستاذ في كلية الصحافة بالجامعة: where the person serves.)
  if (ae < end && d_.IsWord(ae) && (d_.Word(ae) == "\u0644\u062F\u064A" || d_.Word(ae) == kFi)) {
    int k = ae + 1;
    while (k < end && k <= ae + 8 && d_.IsWord(k) && d_.CueAt(k) < 0 && !d_.IsVerbOnly(k) && !d_.HasDigit(k) &&
           !(d_.AnyCls(k) & (kComp | kCompNeg | kStop | kNeg | kRelative | kAdjunct | kSetting)))
      ++k;
    if (k > ae + 1 && (k == end || d_.IsComma(k))) ae = k;
  }
  if (ae == end) return end;
  // (...، مؤسس شركة «...»، التي تقع ...، / ...، في حديثه لـ ...: a
  // relative clause or the occasion of the words after the role.)
  if (d_.IsComma(ae) && d_.IsWord(ae + 1) && d_.CueAt(ae + 1) < 0) {
    const std::string_view n = d_.Word(ae + 1);
    if ((d_.AnyCls(ae + 1) & (kRelative | kSetting)) || n == "\u0648\u0647\u0648" || n == "\u0648\u0647\u064A" ||
        (n == kFi && d_.IsSettingAt(ae + 2)))
      return ae;
  }
  return -1;
}

int Mentions::RoleTailEnd(int ab, int ae, int limit) const {
  if (ae - ab < 2 || !(d_.AnyCls(ab) & kTitle) || !d_.IsWord(ae)) return ae;
  const std::string_view w = d_.Word(ae);
  if (!(w == "\u0644\u062F\u064A" || w == kFi)) return ae;  // لدى، في
  for (int k = ae + 1; k < limit && k <= ae + 8; ++k) {
    // (The colon before the quotation closes it too; a quoted name may be
    // the place: خبير السلع لدى «...»:)
    if (d_.IsComma(k) || d_.IsPunct(k, U':')) return k > ae + 1 ? k : ae;
    if (const int p = d_.OpenTop(k); p >= 0 && IsNameLike(p) && qt_.pairs[p].close < limit) {
      k = qt_.pairs[p].close;
      continue;
    }
    if (!d_.IsWord(k) || d_.CueAt(k) >= 0 || d_.IsVerbOnly(k) || d_.HasDigit(k) ||
        (d_.AnyCls(k) & (kComp | kCompNeg | kStop | kNeg | kRelative | kAdjunct | kSetting)))
      return ae;
  }
  return ae;
}

bool Mentions::ConstructTitleAt(int k) const {
  if (!d_.IsWord(k) || d_.IsDefinite(k)) return false;
  if (d_.Cls(k) & kTitle) return true;
  const std::string_view w = d_.Word(k);
  return EndsWith(w, kHa) && w.size() > 4 && (tb_.Class(w.substr(0, w.size() - kHa.size())) & kTitle);
}

bool Mentions::DefiniteChainAt(int k) const { return DefiniteChainEnd(k) > k; }

int Mentions::DefiniteChainEnd(int k) const {
  for (int n = 0; n < 4 && d_.IsWord(k + n) && !d_.HasDigit(k + n); ++n) {
    if (d_.IsDefinite(k + n) || d_.IsNameWord(k + n)) return k + n + 1;
    // (شركة "نيسان": a class noun before a quoted name.)
    if ((d_.AnyCls(k + n) & kClassNoun) && d_.OpenTop(k + n + 1) >= 0) return k + n + 1;
    // (مستفيدي هذه الفعاليات: a demonstrative before a definite noun.)
    if (n > 0 && IsDemonstrative(d_.Word(k + n)) && d_.IsDefinite(k + n + 1)) return k + n + 2;
    if (d_.AnyCls(k + n) & (kStop | kPrep | kComp | kAdjunct | kNeg | kRelative)) return -1;
  }
  return -1;
}

std::string_view Mentions::Head(int t) const {
  std::string_view w = d_.Word(t);
  const std::string_view a = StripOne(w, {kWaw, kFa});
  if (!a.empty() && !(tb_.Class(w) & ~kCueFirst)) w = a;
  if (StartsWith(w, kLamLam)) return w.substr(4);
  const std::string_view b = StripOne(w, {kLam, kBa});
  if (!b.empty() && StartsWith(b, kAl)) w = b;
  if (StartsWith(w, kAl) && w.size() > 6) w = w.substr(4);
  return w;
}

bool Mentions::FamilyNameOfEarlierName(int t) const {
  if (!d_.IsWord(t) || (d_.Cls(t) & kGivenName)) return false;
  if (family_memo_.empty()) family_memo_.assign(d_.N(), 0);
  if (family_memo_[t] != 0) return family_memo_[t] > 0;
  family_memo_[t] = -1;
  // Asked where it is needed rather than indexed: the same word earlier in
  // the document, closing a name run that shows itself (a given name of
  // the lexicon or a word the dictionary does not know at either end, or
  // a definite family name; قام أحد وزراء ... is no name).
  // (From 1,500 tokens back, as EntityTracker::FullerName; the length and
  // the first byte are compared before the words.)
  const std::string_view w = d_.Word(t);
  const uint32_t len = static_cast<uint32_t>(w.size());
  for (int p = std::max(1, t - 1500); p < t; ++p) {
    const QTok& tp = qt_.toks[p];
    if (tp.end - tp.begin != len || v_[tp.begin] != w[0] || tp.kind != QTokKind::kWord ||
        v_.substr(tp.begin, len) != w)
      continue;
    const int lim = d_.SentEnd(p);
    for (int i = std::max(d_.SentStart(p), p - 6); i < p;) {
      const auto [nb, ne] = NameRun(i, lim);
      if (ne - nb < 2 || nb > p) break;
      if (ne == p + 1) {
        const bool shows = (d_.Cls(nb) & kGivenName) || d_.IsNameWord(nb) || d_.IsNameWord(p) || d_.IsDefinite(p);
        family_memo_[t] = shows ? 1 : -1;
        return shows;
      }
      if (ne > p) break;
      i = ne;
    }
    // قال ألكسندر إيفانز، منسق ...: a foreign name of two or three words
    // right after a verb of saying, with its role after a comma, which no
    // definite word opens for NameRun. The word the dictionary does not
    // know closes it; the words before it have no class but a given name.
    if (d_.IsNameWord(p) && d_.IsComma(p + 1)) {
      int b = p - 1;
      while (b >= p - 2 && d_.IsWord(b) && d_.CueAt(b) < 0 && !d_.IsDefinite(b) && !d_.HasDigit(b) &&
             (d_.AnyCls(b) & ~kGivenName) == 0 && !d_.IsVerbOnly(b))
        --b;
      if (b < p - 1 && d_.CueAt(b) >= 0 && d_.Entry(d_.CueAt(b)).cls == CueClass::kVerb) {
        family_memo_[t] = 1;
        return true;
      }
    }
  }
  return false;
}

bool Mentions::MannerAfterSubjectAt(int k) const {
  return d_.IsHalParticiple(k) && (d_.IsNameWord(k - 1) || d_.IsDefinite(k - 1) || (d_.Cls(k - 1) & kGivenName));
}

bool Mentions::SubjectOfACueElsewhere(int t) const {
  // (The cues are few: the word after each verb is compared.)
  const std::string_view w = d_.Word(t);
  const std::vector<Cue>& cues = d_.cues();
  for (int c = 0; c < static_cast<int>(cues.size()); ++c) {
    const int p = cues[c].end;
    if (p == t || p < t - 1500 || p > t + 1500 || d_.Entry(c).cls != CueClass::kVerb || !d_.IsWord(p)) continue;
    if (d_.Word(p) == w) return true;
  }
  return false;
}

int Mentions::AgeParenthesisEnd(int t) const {
  if (!d_.IsPunct(t, U'(') || !d_.HasDigit(t + 1) || !d_.IsWord(t + 2) || !d_.IsPunct(t + 3, U')')) return -1;
  const std::string_view w = d_.Word(t + 2);
  // عاما، عام، سنة، سنوات (the view folds ة and the tanween's alif stays).
  if (w == "\u0639\u0627\u0645\u0627" || w == "\u0639\u0627\u0645" || w == "\u0633\u0646\u0647" ||
      w == "\u0633\u0646\u0648\u0627\u062A")
    return t + 4;
  return -1;
}

int Mentions::ShareEnd(int t, int limit) const {
  if (!d_.IsWord(t) || !d_.HasDigit(t)) return -1;
  const std::string_view w = d_.Word(t);
  if (EndsWith(w, "%") && w.size() > 1) return t + 1;
  if (t + 1 < limit && d_.IsPunct(t + 1, U'%')) return t + 2;
  if (t + 2 < limit && d_.IsWord(t + 2) && d_.Word(t + 1) == kFi &&
      (d_.Word(t + 2) == "\u0627\u0644\u0645\u0627\u0626\u0647" || d_.Word(t + 2) == "\u0627\u0644\u0645\u0626\u0647"))
    return t + 3;  // في المائة، في المئة
  return -1;
}

Gender Mentions::PhraseGender(int sb) const {
  const std::string_view w = d_.Word(sb);
  if (EndsWith(w, kHa) || EndsWith(w, kTaMarbuta)) {
    if (!EndsWith(w, kHaAlif)) return Gender::kFem;
  }
  return Gender::kUnknown;
}

}  // namespace dhad::internal
