// Stage 2 of quote extraction: mentions. A noun-phrase chunker over the
// tagged tokens of QuoteDoc: the phrase that names a speaker or a subject
// (title + idafa chain + adjectives + name, a quoted name inside it, a
// locative phrase; ended by a cue, a complementizer, a possessive noun, an
// object or an addressee), the personal name inside a phrase, names in
// running text, heads and gender. Quotation marks around names are told
// from quotations here too.
//
// Not for use outside analysis/. Stateless over its QuoteDoc but for one
// index of the document's quoted names, built on first use.

#ifndef DHAD_ANALYSIS_INTERNAL_MENTIONS_H_
#define DHAD_ANALYSIS_INTERNAL_MENTIONS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/internal/quote_doc.h"

namespace dhad::internal {

// How a subject phrase is read when no cue governs it: an object may follow.
const CueEntry& SubjectEntry();
// The subject of a sentence-opening verb that reports nothing: only an
// indefinite object is told apart (a definite word may be an adjective).
const CueEntry& MentionEntry();

class Mentions {
 public:
  // `d` must outlive the object.
  explicit Mentions(const QuoteDoc& d) : d_(d), tb_(d.tables()), qt_(d.tokens()), v_(d.view()) {}

  // The noun phrase naming a speaker that starts at token `i` (VSO: right
  // after the cue), bounded by `limit`. Returns [begin, end) or an empty
  // range when the subject is implicit.
  // `after_prep`: the phrase is the object of وفقا لـ (its ل is skipped);
  // `ce`: the cue that governs it (its object, preposition or bare noun
  // phrase ends the subject), or null.
  std::pair<int, int> SpeakerPhrase(int i, int limit, bool after_prep, const CueEntry* ce) const;
  // The end of a phrase [sb, se) headed by a document or figures noun
  // (QuoteDoc::IsDocumentNoun): an indefinite noun after a definite word or
  // an adjective is not the document's (no construct chain goes on after
  // them) but what it shows (البيانات الرسمية شحنات ...، بيانات رسمية
  // تراجع ...). `se` when nothing cuts it.
  int DocumentPhraseEnd(int sb, int se) const;
  // The end of a phrase [sb, se) headed by an indefinite common noun with
  // its adjectives (مصدر مسؤول، محللون اقتصاديون): no construct chain goes
  // on after an indefinite noun's adjective, so a verbal noun after them
  // that is no adjective of the head opens what the verb governs (نفى
  // مصدر مسؤول صحة الأنباء). `se` when nothing cuts it.
  int IndefinitePhraseEnd(int sb, int se) const;
  // Whether the word at k, after a definite word, may open what a verb
  // governs rather than go on with the phrase: a bare word without the
  // article, a pronoun, a preposition or و, that is no name, title or
  // figure (and not غير).
  bool OpensComplementAt(int k) const;
  // Word k is صادر، صادرة، صدر، صدرت، نشر or نشرت: a word of issuing.
  bool IssuedAt(int k) const;

  // Whether the top-level pair `p` quotes a name or title (وكالة "سانا"،
  // a short quoted phrase after a class noun or in apposition), not speech.
  bool IsNameLike(int p) const;
  // Pair `p` holds one to four common words the dictionary knows, an
  // indefinite noun and its adjectives (انتحارية، جمعية عمومية غير عادية):
  // no name, whatever its place in the clause.
  bool IndefiniteCommonPhrase(int p) const;
  // Pair `pr` holds words that may name someone ("السهلي"، "أبو خرشة"):
  // no particle, preposition, pronoun or verb among them.
  bool QuotedWordsMayName(const QPair& pr) const;

  // The personal name at the end of the phrase [sb, se): the last word that
  // follows a definite word and starts a run of name words (رامي عبد الرحمن،
  // علي الجبوري), or an empty range.
  std::pair<int, int> NameIn(int sb, int se) const;
  // A word في (where) comes in tokens [sb, i).
  bool PlaceBefore(int sb, int i) const;

  // The name at nb follows its titles in the genitive of a class noun in
  // [sb, nb): a body named after the person (مستشفى الملك فلان، جامعة
  // الأميرة فلانة، لجسر الملك فلان), not the person the phrase names.
  bool NamedAfter(int sb, int nb) const;

  // A personal name of two or more words inside [sb, se) that an apposition
  // follows (المهندس سليمان البطحي وكيل الأمانة، منصور الحسين مشرف الإعلام):
  // it starts after a title or definite word (or opens the phrase) and ends
  // after a definite surname that no بن/آل continues, or before a word that
  // opens a construct phrase (عضو البرلمان) or a title.
  std::pair<int, int> NameBeforeApposition(int sb, int se) const;

  // The first personal name inside [sb, se) (a name word right after a
  // definite word), up to the first word that cannot belong to a name.
  std::pair<int, int> NameRun(int sb, int se) const;
  // Token t is the mark that opens a quotation.
  bool QuotationOpensAt(int t) const;
  // Token k is ممثلة / ممثلا "represented by" after a definite word, before
  // في or ب.
  bool RepresentedByAt(int k) const;
  // A personal name found in [sb, k) ends right before token k.
  bool NameEndsAt(int sb, int k) const;
  // Token t is a definite adjective or participle (by the dictionary) that
  // agrees with the definite noun before it in the feminine: العاصمة
  // المقدسة. An object after the subject would not take its ending.
  bool AgreeingAdjectiveAt(int t) const;
  // Every word of [a, b) is definite (and there is one).
  bool AllDefinite(int a, int b) const;
  // Word t can follow a verb that opens a clause after a document (صدر
  // أمس، صدر حديثا، بث على): عن، من, a time adverb, a preposition other
  // than ل, an accusative adverb (حديثا), a word with ب. (A verb the
  // dictionary also reads as an adjective, أجري، أخير, opens none.)
  bool AgentOrTimeAt(int t) const;

  // Token k links the parts of a compound name (IsNameLinkWord of
  // quote_lexicon.h), or is the word before بن / عبد.
  bool IsNameLink(int k) const;

  // A definite word that can continue a personal name: a nisba surname
  // (الجبوري), the second half of عبد الرحمن / أبو الفضل, or the last word
  // of the phrase [.., se) (كريم الحاج); se < 0: never the last word.
  bool SurnameAt(int k, int se) const;

  // A title at t that has its complement after it (النائب في البرلمان،
  // المدير العام للشركة): after a person's name it is the person's role,
  // not the object of the verb. A bare title before ب is the object (اتهم
  // فلان الوزير بالتقصير).
  bool RoleAfterName(int t) const;

  // Word t, right after a quoted name that opens a subject, is the verb's
  // object rather than part of the subject: a noun (definite, in the
  // construct state or a sound plural) that is no role, title, class noun,
  // name or adjective, and no coordination.
  bool QuotedObjectAt(int t) const;

  // هذه، هذا، هؤلاء، تلك (view forms): before a definite noun, part of its
  // phrase.
  static bool IsDemonstrative(std::string_view w);

  // A bare word at k with only a comma between it and a complementizer or
  // colon: after في inside a speaker phrase, the name of a place the
  // dictionary may not know (مالي، تعز، أبوظبي).
  bool PlaceBeforeComplement(int k, const CueEntry* ce) const;
  // A bare word that may name a place after في: indefinite, no digit, cue,
  // pronoun or function word's class, nothing attached.
  bool BarePlaceWord(int k) const;
  // The end of such a place at k, of one bare word or two in the construct
  // state (قطاع غزة، منطقة تبوك); -1 when there is none.
  int PlaceEndBeforeComplement(int k, const CueEntry* ce) const;

  // A word with a proclitic ل، ب or و before a definite word (لحقوق
  // الإنسان، بذهبية السباق): a prepositional phrase, not part of a name.
  bool ProcliticBeforeDefinite(int t) const;

  // The end of speaker phrase [sb, se) with the apposition that follows it
  // between commas and before what was said (وقال محمد العلي، مدير صندوق
  // التنمية، إن ...), or before a preposition that `ce` governs or the
  // addressee (كشف X، عضو اللجنة، عن ...): the end after the apposition, or
  // `se`.
  // `end` when token `pe` is a comma and [pe + 1, end) is one speaker
  // phrase in apposition (سامي الحربي، مدير المهرجان، قال), else `pe`.
  int ThroughApposition(int pe, int end) const;
  // Before a verb that follows the second comma (عمار حداد، أحد أعضاء
  // المجموعة التي أطلقت على نفسها «رسالة خير»، أشار ...; المصدر، الذي طلب
  // عدم الكشف عن هويته، قال ...): `end` when token `pe` is a comma and
  // [pe + 1, end) describes the phrase before it, opening with a role, أحد،
  // وهو or a relative pronoun and holding no cue, complementizer or other
  // punctuation; else `pe`.
  int ThroughDescription(int pe, int end) const;
  // After an attribution phrase that closes its sentence (...، على حد قول
  // مايك براون، مدير مجموعة «...».), token `pe` a comma: where the source
  // ends when what follows it up to `end` (the sentence's end) describes
  // the source rather than going on with the interrupted clause. That is
  // `end` or the comma before a relative clause, وهو or the occasion of
  // the words, when [pe + 1, ...) is one role phrase in apposition (a
  // title, أحد، a definite role, or an indefinite head with its genitive;
  // with a quoted name and a short phrase of where the person serves after
  // في or لدى); `pe` when وهو follows the comma; else -1.
  int RoleToEnd(int pe, int end) const;
  // The ب that opens token j belongs to the word, not to the content of a
  // cue that governs ب: an adjective in ـون after a noun in ـون, which the
  // dictionary reads with no proclitic (صحافيون بارزون); or, before the
  // content's own ب, a name read with none (جيب بوش بمساندة ...) or the
  // surname after a given name (أمل بوشوشة بالممثلين).
  bool BaOfTheStem(int j) const;
  // Token i is أمير or أميرة used as a given name (before a given name or
  // a word the dictionary does not know), not as the title.
  bool TitleAsGivenName(int i) const;
  // Token t, the first inside quotation marks, opens a quoted fragment of
  // what was said rather than a name: the predicate of a definite subject
  // or of a verb before the marks, an indefinite word the dictionary reads
  // as an adjective or participle and never as a name (الوضع «متوتر جدا»،
  // أصبحت «تقليدية»), and no item of a list of quoted terms.
  bool FragmentWordAt(int t) const;
  // The end of a role phrase [ab, ae) in apposition: the comma or colon
  // that closes it when a short phrase of where the person serves, after
  // لدى or في, runs up to it (رئيس قسم التحقيقات لدى النيابة العامة، /
  // خبير السلع لدى «...»:), a quoted name and all; else `ae`.
  int RoleTailEnd(int ab, int ae, int limit) const;

  int WithApposition(int sb, int se, int limit, const CueEntry* ce = nullptr) const;

  // Whether an idafa chain that ends in a definite word or a name starts at
  // k (الحكومة، هيئة إدارة الكوارث، مستشفى كراتشي), within four words.
  bool DefiniteChainAt(int k) const;
  // The end of that chain (after its definite word or name), or -1.
  int DefiniteChainEnd(int k) const;
  // Whether `k` is an indefinite title in the construct state, masculine or
  // feminine (رئيس، رئيسة، نائبة، وكيلة): the word after it is its genitive.
  bool ConstructTitleAt(int k) const;

  // The head word of a phrase starting at t without و/ف, ل/ب and ال (view
  // form): what a role short form (الوزير) is compared by.
  std::string_view Head(int t) const;

  // The end of an age in parentheses at t, (79 عاما)، (6 سنوات), or -1.
  int AgeParenthesisEnd(int t) const;

  // A share at t, a number with % or في المائة (57 في المائة، 40%): the end
  // of it, or -1.
  int ShareEnd(int t, int limit) const;

  // Feminine when the phrase's first word ends in ة; unknown otherwise.
  Gender PhraseGender(int sb) const;

  // Word t, no given name, is the family name of a person the document
  // named in full before it (مريم رجوي ... وطالبت رجوي): the last word of a
  // personal name of two words or more (NameRun) that shows itself, or of
  // a foreign name of two or three words right after a verb of saying with
  // its role after a comma (قال ألكسندر إيفانز، منسق ...), and ends before
  // t, up to 1,500 tokens back. Memoized per token.
  bool FamilyNameOfEarlierName(int t) const;
  // The word at t stands elsewhere in the text right after a verb of
  // saying, as its subject (وقال جعجع), within 1,500 tokens either way: a
  // name, though the dictionary reads it as a verb.
  bool SubjectOfACueElsewhere(int t) const;
  // Token k is a participle of manner right after a subject's name or
  // definite word (فلان مبتسما، الدكتور التركي معقبا): no part of it.
  bool MannerAfterSubjectAt(int k) const;

 private:
  // The phrase SpeakerPhrase starts from, before it ends it at what a verb
  // of offering offers or a document shows, or at a verbal noun after a
  // definite word.
  std::pair<int, int> Phrase(int i, int limit, bool after_prep, const CueEntry* ce) const;
  // أبو، أم before a given name: a kunya, which opens a personal name.
  bool IsKunya(int t) const;
  // Whether `t` is the first half of a compound given name: عبد, or a
  // laqab before الدين (عز الدين، صلاح الدين).
  bool IsAbd(int t) const;

  // عبد with a definite word after it (عبد الله، عبد العزيز written apart),
  // or a laqab with الدين: a compound given name.
  bool CompoundAbdAt(int t) const;

  // Token t is a definite verbal noun that goes on with an adjective or a
  // complement (الجاهزية التامة، المساهمة في): after a subject that is
  // complete, the object of the verb, never a surname or an adjective of
  // the subject (the dictionary reads it as a verbal noun and not as an
  // adjective or a name).
  bool DefiniteObjectAt(int t) const;
  // A place with ب inside a role phrase, with the person's title or given
  // name after it (مدير الدفاع المدني بالمنطقة اللواء ...، مدير الشرطة بجدة
  // العقيد ...): definite or a proper name, so that the title is no genitive
  // of it (بجهود العميد is a construct), and no verbal noun (بالتركيز).
  bool PlaceBeforeName(int t) const;

  // The preposition at j (written apart, or an attached ب) completes the
  // title at j - 1 that opens the phrase at `start`, because the person's
  // name follows the role after a comma (وأكد المشرف على القاعة، يوسف
  // الدهمشي، أن / وطالب العميد بالجيش السابق، أحمد البيلاوي، بـ): the
  // preposition is the title's even when the cue governs it too.
  bool RoleBeforeNamedApposition(int start, int j) const;

  // Whether the words from k on, with no verb or clause word among them,
  // reach a comma with a given name after it, or with `directly` a
  // person's title or given name: the phrase before k is the person's
  // role.
  bool PersonNamedAfter(int k, bool directly) const;

  // Token k starts a personal name, after one more title at most (after
  // اللواء: فلان الفلاني، دكتور فلان): a given name or a name word that
  // is not definite.
  bool TitledNameAt(int k) const;

  // The words of top-level pair `p` in the view (empty without words).
  std::string_view PairWords(int p) const;
  // Whether the document quotes the same words elsewhere right after a
  // class noun (صحيفة «الشرق الأوسط» ... لـ«الشرق الأوسط»): a name it
  // gave once. Built on first use: the words of the pairs of at most four
  // words after a class noun, sorted.
  bool NamedElsewhere(int p) const;

  const QuoteDoc& d_;
  const QuoteTables& tb_;
  const QTokens& qt_;
  std::string_view v_;
  mutable std::vector<std::string_view> class_named_;
  mutable bool class_named_built_ = false;
  // FamilyNameOfEarlierName's answers by token (1 yes, -1 no, 0 not asked).
  mutable std::vector<int8_t> family_memo_;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_MENTIONS_H_
