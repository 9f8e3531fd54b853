// Stage 4 of quote extraction: resolution. A small entity tracker over the
// document: it collects the people and bodies named as subjects of verbs and
// as speakers (with their personal name, head and gender), and gives each
// candidate its speaker_resolved: the fullest personal name without its
// title for implicit subjects, pronouns (هو، سموه)، surnames and role short
// forms (الوزير)، the issuer for a document (البيان), chosen by agreement and
// recency, and nothing rather than a guess.
//
// Not for use outside analysis/. Built per call.

#ifndef DHAD_ANALYSIS_INTERNAL_ENTITY_TRACKER_H_
#define DHAD_ANALYSIS_INTERNAL_ENTITY_TRACKER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/internal/attribution.h"
#include "analysis/internal/mentions.h"
#include "analysis/internal/quote_doc.h"

namespace dhad::internal {

// A person or body of the document.
struct Entity {
  std::string display;      // name without title when there is one, else the phrase
  std::string_view head;    // first word of the phrase without ال, view form
  // The role after the personal name (فهد السالم وزير التعليم، سالم
  // الحربي، المتحدث باسم ...), or the title before it (العقيد سالم
  // الحربي): الوزير, المتحدث, العقيد alone are short forms too.
  std::string_view role;
  std::vector<std::string_view> name;  // the personal name's words, view form
  // The phrase before the name, when it has two words or more (مدير فرع
  // الجمعية بأبها أحمد السروي): repeated without the name, it names the
  // same person. Its first token and its length.
  int pre_begin = -1;
  int pre_words = 0;
  // For a named entity, its whole phrase [span_begin, span_end): the role
  // before and after the name (المرشد الأعلى الإيراني آية الله فلان، فلان
  // أمير منطقة عسير), whose words a shorter role may repeat.
  int span_begin = -1;
  int span_end = -1;
  int name_begin = -1;                 // token of name[0]
  // A body named with no personal name (هيئة الغابات الأميركية): its
  // phrase's first token and length. Its first words again (هيئة الغابات)
  // name the same body.
  int phrase_begin = -1;
  int phrase_words = 0;
  Gender gender = Gender::kUnknown;
  // The gender of a verb whose subject was the entity's document (وأضاف
  // البيان for a ministry): a later implicit subject of that gender (وتابع)
  // may be the same source.
  Gender document_gender = Gender::kUnknown;
  bool plural_head = false;  // ذوو المواطن ...: a group named by a person
  int sentence = 0;
  int para = 0;
  bool statement = false;
  bool speaker = false;  // was the source of an attribution
  bool dead = false;     // superseded by a more recent copy
  // A class noun with its quoted name (قناة «الخبر»): the definite class
  // noun alone (القناة) is a short form of it.
  bool classed = false;
  bool fuller = false;  // display is a longer form of the name found elsewhere
  bool fuller_checked = false;  // FullerName was asked (EntityTracker::Display)
  bool group = false;  // a group with no name (عدد من الأهالي): plural verbs only
  // The phrase's head is a plural noun (نجوم المسرح، المشاركون), with no
  // personal name: no singular masculine verb stands for it.
  bool plural_noun = false;
  bool mention_only = false;  // named inside a sentence: a short form may
                              // refer to it, an implicit subject may not
};

class EntityTracker {
 public:
  // `d` and `m` must outlive the object.
  EntityTracker(const QuoteDoc& d, const Mentions& m) : d_(d), m_(m), qt_(d.tokens()) {}

  // Resolves the speakers of `cands` (in anchor order, as Attributor::Run
  // gives them): fills a subject-mode candidate's speaker span when an
  // earlier verb of its sentence has one, and returns speaker_resolved for
  // each candidate (empty when nobody can be named).
  std::vector<std::string> Resolve(std::vector<Cand>* cands);

 private:
  // Entities introduced by a sentence that opens with a non-reporting verb
  // and a subject with a personal name (تأهلت اللاعبة ... نور بن سالم).
  // (Harvest: every sentence starting up to token `upto`, once.)
  void Harvest(int upto);
  void HarvestSentence(int s, int lim);
  // Whether a clause in tokens [from, to) opens with a verb that is no cue
  // (with و or after a comma, without an object pronoun) whose subject
  // after it opens with a title or a given name and names a person of
  // gender g, with the verb agreeing.
  bool PersonSubjectBetween(int from, int to, Gender g) const;

  // The end of a body's name that starts with its class noun at sb: its
  // name in marks, a name the dictionary does not know or a definite
  // genitive, with definite adjectives and a place with ب; sb when none.
  int BodyNameEnd(int sb, int se) const;
  // A new entity for the phrase [sb, se): its personal name when it has one
  // (display and name words), else the phrase without an attached ل or و.
  int NewEntity(int sb, int se, bool strip_l, Gender g, bool strip_w = false);
  // A longer form of the personal name [nb, ne) in the document (from
  // 1,500 tokens before it to 300 after; 8,000 before for a family name
  // alone):
  // the same first and last words with more names between them (ماهر بن
  // سعد الجديد for ماهر الجديد), or for a foreign family name alone the
  // given names before it where the text writes them (FamilyNameRun), or
  // for a given name alone FullNameOfGiven, or an empty range.
  std::pair<int, int> FullerName(int nb, int ne) const;
  // The nearest full name before given name `nb` (up to 1,500 tokens) that
  // opens with it, unless another full name with another family name does
  // too; an empty range.
  std::pair<int, int> FullNameOfGiven(int nb) const;
  // The name that ends with family name t where it is written after given
  // names the dictionary does not know (ديفيد كاميرون), or a given name of
  // the lexicon: [b, t + 1) with one or two names before t, or {t, t}.
  std::pair<int, int> FamilyNameRun(int t) const;
  // Word k stands where a name begins: after a cue (وتقول جانين فلان), a
  // title or a definite nisba (الأمريكي باراك فلان), or a mark or
  // punctuation; there a given name of the lexicon that also reads as a verb
  // (جانين، باراك) is the name, not a verb of a clause.
  bool NameContextBefore(int k) const;
  // Word t, alone, may be a family name the dictionary reads as a word
  // (روحاني، غنام) or as a proclitic and a word (بوكوفا): no article, no
  // pronoun, singular, no verb, function word, title or any class of the
  // lexicons. Only FullerName asks it, which then needs the full name
  // written with a given name before the word.
  bool LooseFamilyWord(int t) const;
  // Word t may be a family name standing alone: a name the dictionary does
  // not know or lists as a name, bare (no article, no proclitic), not a
  // given name, title or pronoun.
  bool FamilyNameWord(int t) const;
  // The side of a comma apposition in [sb, se) that names the person (the
  // side that is no role: no article, no title), when the other side is a
  // role; {se, se} otherwise.
  std::pair<int, int> AppositionName(int sb, int se) const;
  // [sb, se) names a person or an office: a word of `classes` (a title, a
  // given name...) in it, or a personal name run.
  bool NamesPerson(int sb, int se, uint32_t classes) const;
  // For a cue that takes up a statement with its pronoun (قال فيها): the
  // owner of the nearest indefinite statement noun between `s` and
  // `anchor`: a person's phrase with ل right after it (بكلمة لرئيس المجلس،
  // رحب فيها; `*lam` is set), the subject of a verb of writing that
  // carries it as its pronoun (تغريدة كتبها الدكتور فلان قال فيها), or the
  // subject of a verb of issuing whose object it is (وفي الحفل ألقى
  // المدير كلمة أكد فيها); {anchor, anchor} when there is none.
  std::pair<int, int> StatementOwnerBefore(int anchor, int s, bool* lam) const;
  // The end of the subject [sb, se) run on over the place of its role to
  // the person's title and name after it (مدير الإدارة بالمنطقة الدكتور
  // فلان); se when none follows.
  int RoleToName(int sb, int se, int lim) const;
  // The name at nb is the genitive of the head at sb through its title
  // (حكومة الرئيس فلان): the phrase names a body or a relative.
  bool GenitiveOfBody(int sb, int nb) const;
  // An indefinite noun of a statement or a document at k (كلمة، بيانا).
  bool StatementNounAt(int k) const;
  // A verb of writing or issuing (كتب، نشر، أصدر، ألقى، أجرى ...).
  bool IssuingVerb(int v) const;
  // A word that makes a noun before it a time: الماضي، المقبل، الجاري، الحالي.
  static bool IsTimeAdjective(std::string_view w);
  // The gender a singular verb shows its subject, or kUnknown.
  Gender VerbGender(int v) const;
  // The gender of the third-person pronoun a word carries at its end (عنه،
  // لكنها، أنهم): ها feminine, هم plural, else masculine.
  static Gender CarriedGender(std::string_view w);
  // The subject that stands before the verb at v in sentence s and names
  // a person (لكن فلان رفض، والمدير رفض): a noun phrase right before the
  // verb with only the clause's opener before it; {v, v} when there is
  // none.
  std::pair<int, int> SubjectBeforeVerb(int v, int s) const;
  // The entity's display, in the fullest form of its name (FullerName,
  // asked on first use).
  const std::string& Display(int ent);
  // Tokens [sb, se) name one person or thing: a personal name or a
  // singular head, with no coordination.
  bool SingularPhrase(int sb, int se) const;
  // The words of [sb, se) come in order in the role before or after the
  // name of `e`, the first of them at the start of that role.
  bool RoleWordsIn(int sb, int se, const Entity& e) const;
  // RoleWordsIn with the short role's head at sb (no honorific skipped).
  bool RoleWordsFrom(int sb, int se, const Entity& e) const;
  // Tokens [sb, se) are a person's role with no name in it.
  bool PersonRole(int sb, int se) const;
  // The first token of the issuer a document's phrase [sb, se) names in
  // its genitive (تقرير مؤسسة النقد، دراسة لشركة ماكنزي), or sb.
  int DocumentIssuerAt(int sb, int se) const;
  // Token `t` starts a cue of class `cls`.
  bool IsCueClass(int t, CueClass cls) const {
    return t >= 0 && d_.CueAt(t) >= 0 && d_.Entry(d_.CueAt(t)).cls == cls;
  }

  // The caller's text of tokens [sb, se), without the marks when the
  // phrase is one quoted name; for a document, its issuer (التقرير الصادر
  // عن X → X).
  std::string OwnText(int sb, int se) const;

  // لمسؤولين → مسؤولين، للمرصد → المرصد.
  static void StripLeadingLam(std::string* s);

  // Entity `ent` spoke in `sentence`: a speaker, of gender `g` when its own
  // is unknown, now the most recent entity.
  void Spoke(int ent, Gender g, bool statement, int sentence);

  // Entity `ent` is named again in `sentence`: now the most recent entity.
  void MakeCurrent(int ent, int sentence);

  // Within four sentences and the same or the previous paragraph.
  bool Near(const Entity& e, int sentence) const;

  // Whether a verb that agrees as `g` can have `e` as its subject.
  static bool Agrees(Gender g, const Entity& e);
  // The phrase [sb, se) names a group by no one's name: عدد من X, or an
  // indefinite sound masculine plural (مواطنون، إعلاميون).
  bool GroupAt(int sb, int se) const;

  // The most recent entity that agrees with `g` and is close enough.
  int Antecedent(Gender g, int sentence) const;

  // An earlier entity that the short phrase [sb, se) names again.
  int ShortForm(int sb, int se, int sentence) const;
  // The head at sb has an adjective at sb + 1 that `e`'s phrase does not
  // hold, where it gives that head another (الصحف العمانية after الصحف
  // البحرينية, الوزير السعودي after وزير الخارجية الأميركي).
  bool OtherAdjective(int sb, const Entity& e) const;
  // Every word of [sb + 1, se) is an adjective of the head at sb.
  bool AdjectivesAfterHead(int sb, int se) const;

  const QuoteDoc& d_;
  const Mentions& m_;
  const QTokens& qt_;
  std::vector<Cand>* cands_ = nullptr;
  std::vector<Entity> entities_;
  std::vector<std::string> resolved_;  // per kept candidate
  int harvest_next_ = 0;
  // Tokens that are given names (or عبد), for FullerName; filled on first use.
  mutable std::vector<int> given_;
  mutable bool given_indexed_ = false;
  // FullerName's answers for foreign family names alone, by the name (one
  // search a name and document).
  mutable std::vector<std::pair<std::string_view, std::pair<int, int>>> family_names_;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_ENTITY_TRACKER_H_
