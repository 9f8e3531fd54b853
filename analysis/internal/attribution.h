// Stage 3 of quote extraction: cues and attribution. Attaches every cue
// that QuoteDoc spotted to its content and speaker by the constructions of
// Arabic news (verb-speaker-content, content-cue-speaker, prepositional
// attributions before, after or inside the content, relayed speech,
// circumstantial participles), adds quotations that continue a speaker,
// and keeps the best non-overlapping candidates. Speakers are left as
// token spans and modes; the entity tracker resolves them.
//
// Not for use outside analysis/. Built per call.

#ifndef DHAD_ANALYSIS_INTERNAL_ATTRIBUTION_H_
#define DHAD_ANALYSIS_INTERNAL_ATTRIBUTION_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "analysis/internal/mentions.h"
#include "analysis/internal/quote_doc.h"
#include "analysis/quote_extractor.h"

namespace dhad::internal {

// How the speaker of a candidate is known.
//   kExplicit  a phrase in the text (sb, se)
//   kImplicit  the implicit subject of the cue: an antecedent
//   kSubject   the subject of an earlier verb of the sentence
//   kNone      nobody (an agentless passive)
enum class SpeakerMode : uint8_t { kExplicit, kImplicit, kSubject, kNone };

// A candidate attribution, in tokens and view bytes.
struct Cand {
  uint32_t vb = 0, ve = 0;  // content, view bytes
  int sb = -1, se = -1;     // speaker tokens
  int qb = -1, qe = -1;     // cue tokens
  QuoteKind kind = QuoteKind::kIndirect;
  float conf = 0;
  int anchor = 0;           // token that orders the resolution pass
  SpeakerMode mode = SpeakerMode::kImplicit;
  Gender gender = Gender::kUnknown;
  bool strip_l = false;     // the speaker token carries the ل of وفقا لـ
  bool strip_w = false;     // the speaker token carries a conjunction و/ف
  bool statement = false;   // the speaker issued a statement (بيان)
  int relay_sb = -1, relay_se = -1;  // who relayed the speech (نقلت الوكالة عن)
  // The cue has the resumptive فيه/فيها (أصدر X بيانا أكد فيه): the subject
  // it takes from an earlier clause is not the pronoun's antecedent.
  bool resumptive = false;
  // The speaker phrase stands before the cue for another role, the
  // antecedent of its relative pronoun (الوزير فلان، الذي قال): its
  // speaker_resolved is the person's name, as for a subject repeated from
  // an earlier verb.
  bool repeated = false;
  int sentence = 0;
};

class Attributor {
 public:
  // `d` and `m` must outlive the object.
  Attributor(const QuoteDoc& d, const Mentions& m)
      : d_(d), m_(m), qt_(d.tokens()), v_(d.view()), cues_(d.cues()) {}

  // The kept candidates in order of their anchor, or nothing once the
  // document's poller says the call was cancelled.
  std::vector<Cand> Run();

 private:
  // Attaches cue i by its class (verb, participle, masdar, prep, passive).
  void Attach(int i);

  // The subject between a complementizer, لكن or أما and the verb at `cb`
  // (إلا أن رئيس اللجنة، سامي حداد، قال / أما الوزيرة فأوضحت when
  // `with_fa`), with an apposition between commas; empty when none.
  // `plural`: the cue table lists the verb as plural (يرون، قالوا).
  std::pair<int, int> SubjectBefore(int cb, bool with_fa, bool plural) const;

  // Past time adverbs (أمس، مساء اليوم، أيضا), an addressee (لـ«الوطن»،
  // للصحافيين) and a preposition with a pronoun (عنه، له; not after a
  // verb that relays, when `relay`) that stand between a verb and its
  // subject.
  int SkipBeforeSubject(int k, int lim, bool relay) const;

  // The token after an addressee that starts at k (لـ«الوطن»، للصحافيين،
  // لقناة «المجد»), or k.
  int AddresseeEnd(int k) const;
  // The token after the addressee of a cue that takes one (CueEntry::addr)
  // when it starts at k with the cue's preposition (بالمعلمين الجدد، من
  // وزير الدفاع خالد العبيدي, بجميع المواطنين), or k: the noun, a
  // quantifier before it, its definite genitive, adjectives and a name.
  int AddresseeObjectEnd(const CueEntry& ce, int k, int lim) const;
  // The end of the addressee's noun phrase that starts at k (its
  // quantifier, genitives, adjectives and names); with_ba: k carries ب.
  int AddresseePhraseEnd(int k, int lim, bool with_ba) const;

  // Token t is a complementizer carrying a pronoun after a connective (إلا
  // أنه، غير أنها): the subject of a verb right after it.
  bool CarrierComplementizerAt(int t) const;

  // ... أوضح ذلك X: the demonstrative stands for what was said before the
  // cue (the clause before it, or the sentence before it in the paragraph).
  bool AttachDemonstrative(int i, int lim);

  // "...»، قال X." / "...، أضافت." / «A»، قال X، «B».
  bool AttachPostposed(int i, int lim);

  // A cue before its content: speaker after the verb (or before it, or
  // relayed with نقلا عن), then a colon, a complementizer, a governed
  // preposition, a quotation or a bare noun phrase opens the content.
  void AttachForward(int i, int lim);

  // وفقا لـ X / بحسب X, before, after or inside the content.
  void AttachPrep(int i, int lim);

  // End of a preposed attribution phrase whose noun phrase ends at k: the
  // first comma, colon or complementizer of the sentence after relative
  // clauses, short quoted or bracketed names and settings; -1 when the
  // sentence goes on with no such end.
  int PreposedEnd(int k, int lim) const;

  // The words at k open a clause that a plain verb of saying `ce` reports
  // without a complementizer or marks (وقال فلان نحن نناشد ...).
  bool UnmarkedClauseAt(const CueEntry& ce, int k, int lim) const;

  // A complementizer follows the words at j within the clause, with no
  // verb, cue or preposition right before it: j is the rest of the
  // speaker phrase (الخبير الاقتصادي لـ«الشرق الأوسط»، أمس، أن ...), not
  // a noun-phrase content.
  bool ComplementizerAfterPhrase(int j, int lim) const;

  // Token t is إلا or غير: before a complementizer, the journalist takes
  // the word back (إلا أن، غير أن).
  bool IsExceptionParticle(int t) const;

  // Token t is a reporting verb, perhaps with the pronoun that refers back
  // to ما (بحسب ما أعلنته): the verb of an attribution phrase.
  bool SpeechVerbAt(int t) const;
  // Tokens t, t + 1 are the verb of a text's contents with its preposition
  // (جاء في، ورد في، ورد على).
  bool ComesInAt(int t) const;

  // A candidate for the quotation of pair p (direct, or partial for a
  // quoted description).
  void PushPair(int p, const Cand& base, QuoteKind kind);

  // Emits the quotes of the reported region [cb, ce): direct when it is one
  // quotation, partial for each quoted fragment that is not a name,
  // indirect otherwise.
  void EmitRegion(int cb, int ce, const Cand& base);

  // A candidate of cue `cue` with speaker tokens [sb, se) (implicit when
  // empty).
  Cand Base(int cue, int sb, int se) const;
  // The cue at qb is asked about in a question (هل ترى أن ...؟).
  bool AskedAbout(int qb) const;

  // Start of the clause that ends just before token `end` (a comma or a
  // cue), for content that precedes its attribution.
  int ClauseStartBefore(int end) const;

  // After a postposed speaker: an addressee or setting that runs to the end
  // of the sentence (، قال X للصحافيين / في مؤتمر صحافي).
  int SkipTail(int k, int lim) const;

  // A noun of the occasion of speech (بيان، تقريرها) among tokens [a, b).
  bool SettingBetween(int a, int b) const;

  // Tokens [a, b) are an addressee or a setting: no cue, complementizer,
  // colon or sentence end, and quotations only of names.
  bool OnlyAdjunctsBetween(int a, int b) const;

  // Token k (after a quotation) ends its clause: a comma, a sentence end or
  // `lim`, after any closing punctuation.
  bool EndsSentence(int k, int lim) const;

  // The participle cue at t is the predicate of the nominal clause that
  // starts at k (أن الشركة ملزمة بـ).
  bool PredicateAt(int k, int t) const;

  // The noun phrase that ends at token `end` (before the relative pronoun
  // at `rel`), or empty. A head in the construct state that the relative
  // does not agree with is left out (مستحقات اللاعب الذي: the player).
  std::pair<int, int> PhraseBefore(int end, int rel) const;

  // Token t opens an apposition or an adjunct after a subject: a comma, a
  // dash or a parenthesis, a preposition, a setting or an adverb.
  bool OpensAdjunct(int t) const;
  // Tokens [a, b) are words and none is a cue.
  bool NoCueBetween(int a, int b) const;
  // What a verb of appeal governs opens at token j: after its preposition
  // (`governed`, إلى in دعا إلى) a verbal noun or a quotation; or a verbal
  // noun with ب (طالب بـ) or ل (دعا لـ) as the cue takes one.
  bool AppealContentAt(const CueEntry& ce, int j, bool governed) const;
  // Tokens [a, b) can be an object and its adjuncts: words (and commas and
  // parentheses and dashes), no cue, complementizer, connective (بعد، رغم) or finite verb (with
  // `relative`, one after a relative pronoun is part of the phrase).
  bool ObjectWordsBetween(int a, int b, bool relative) const;
  // The comma that closes a clause of words and marks from `from` (before
  // `until` and `lim`) when a complementizer follows it (الذي ... ، أن);
  // -1 when another token comes first.
  int CommaBeforeComplementizer(int from, int until, int lim) const;
  // A relative pronoun in tokens [a, b) whose clause no comma, dash or
  // closing parenthesis has ended before b.
  // The end of a chain of nouns in the construct state from token k that
  // closes on a word with the article (بيانات وزارة الداخلية) or on a
  // personal name (رئيس حطين فيصل مدخلي), within
  // four words and before `limit`; k when there is none.
  int ConstructChainEnd(int k, int limit) const;
  // Where the bare adverbs (أمس، أيضا، سابقا) that end tokens (a, b) begin;
  // b when there are none.
  int AdverbsBefore(int a, int b) const;
  bool InOpenRelative(int a, int b) const;
  // Token t opens a relative clause: a relative pronoun, or, when t stands
  // right after the noun the clause describes, after an indefinite word a
  // verb with its resumptive pronoun (أشرف عليها).
  bool OpensRelative(int t, bool right_after_noun) const;
  // The preposition at token j (one `ce` governs) comes again within twelve
  // tokens of the same clause, before `limit`, with a content after it.
  bool SamePrepositionAgain(const CueEntry& ce, int j, int limit) const;
  // A form of كان or one of its sisters (QuoteDoc::IsKanaSister) between
  // the start of the clause of token `t` (the sentence or its last comma)
  // and `t`.
  bool KanaSisterInClause(int t) const;
  // Tokens [sb, se) are a noun phrase: no word in it is only a verb, and
  // the first is no verb (حجبت السلطات is a clause).
  bool NounPhraseOnly(int sb, int se) const;
  // Token `t` heads a rule, a measure or a criterion (the nonsource words),
  // definite or not (حسب خطة البناء، وفقا لنظام المطبوعات): no source.
  bool NonSourceHead(int t) const;

  // Token t carries a preposition (بالحضور، لتعزيز): it opens a phrase of
  // its own, not the object of an adjunct before it.
  bool PrepositionalAt(int t) const;

  // Skips time and setting adjuncts between a speaker and a bare noun
  // phrase content (في بيان الثلاثاء، لاحقا، له).
  int SkipAdjuncts(int k, int limit) const;
  // When token `k` opens a parenthesis between dashes (– المشغلة للقطار –)
  // closed before `limit` and followed by a word: the token after the
  // closing dash. Else `k`.
  int DashParenthesisEnd(int k, int limit) const;

  // End (exclusive, trimmed) of a reported clause that starts at `k`.
  // `speaker` is the agreement of the cue's verb when its subject is the
  // speaker: a circumstantial participle that agrees with it after a comma
  // is about the speaker and ends the clause.
  int ClauseEnd(int k, Gender speaker = Gender::kUnknown) const;

  // The first comma in [from, end) outside quotation marks after which
  // `opens(next token)` holds: where a clause inside the report ends. Else
  // `end`. (Defined in attribution.cc, its only user.)
  template <typename Opens>
  int CommaEnd(int from, int end, Opens opens) const;

  // A concessive or conditional particle (رغم، على الرغم، إذا، لئن، لو،
  // بما أن، مع أن، مع before a verbal noun of report) opens the sentence's
  // clause within 40 tokens before token k, with no answer (فإن) between
  // them yet.
  bool FrontedConditionBefore(int k) const;
  // Whether a noun phrase at `k` is followed, within five words and before
  // `lim`, by a reporting verb with no proclitic (الفحوصات أكدت): a report
  // of its own with its subject first.
  bool SubjectReportsAt(int k, int lim) const;

  // The complementizer (إن، أن، بأن) that follows, within ten words of `k`
  // and before `lim`, a noun phrase starting at `k` and a personal name
  // right before the complementizer, or -1: the phrase is the subject's
  // role or place and the name its own (المشرف على | الفعاليات سلطان
  // النوة | أن).
  int NameBeforeComplementizer(int k, int lim) const;
  // The end of the speaker [sb, se) without the relative clause that
  // closes it (المصدر، الذي طلب عدم الكشف عن هويته → المصدر; بوش الذي بلغ
  // عامه الـ91 → بوش), which the guide leaves out of the speaker; `se`
  // when none does, or when a title or a given name follows the relative
  // (the person named after the role it describes: المشرف على مخيم ...
  // الذي يقيمه مكتب ... الشيخ حسين الشهري).
  int WithoutRelative(int sb, int se) const;
  // Whether [k, end) is a noun phrase of two words or more that a personal
  // name ends, the name starting after k: a role's phrase and the person
  // who holds it (الفعاليات سلطان النوة، تلك الورشة سيف الدين سليم).
  bool NameEndsRole(int k, int end) const;

  // The contrast phrase at t (فيما، في حين، بينما) brings a cue before the
  // next contrast or `lim`: a report of its own.
  bool ContrastReports(int t, int lim) const;

  // A quotation that is a whole sentence right after another quote
  // continues the previous speaker.
  void AddContinuations();

  // Drops the quote of an outlet or a statement whose clause opens with
  // another cue's subject: that cue's quote is the original.
  void DropRelays();
  // Keeps the most confident candidates whose contents do not overlap (an
  // indirect clause that runs into another attribution is cut before its
  // cue), in order of their anchor.
  void Select();

  const QuoteDoc& d_;
  const Mentions& m_;
  const QTokens& qt_;
  std::string_view v_;
  const std::vector<Cue>& cues_;
  std::vector<char> consumed_;  // per cue: taken by another attribution
  std::vector<Cand> cands_;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_ATTRIBUTION_H_
