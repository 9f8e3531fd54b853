// Stage 1 of quote extraction: the document as tokens with what each can
// be. Tokenizes Text::view() and pairs its quotation marks (quote_tokens.h),
// bounds sentences, gives every word its classes from the quote lexicon
// (with and without proclitics), definiteness and digits, and spots the cue
// phrases. Every later stage reads the document through this class.
//
// Positions are token indices; views are byte offsets of Text::view().
// Not for use outside analysis/. Built per call; not shared across threads.

#ifndef DHAD_ANALYSIS_INTERNAL_QUOTE_DOC_H_
#define DHAD_ANALYSIS_INTERNAL_QUOTE_DOC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "analysis/cancel.h"
#include "analysis/internal/morph.h"
#include "analysis/internal/quote_lexicon.h"
#include "analysis/internal/quote_tokens.h"
#include "analysis/span.h"
#include "analysis/text.h"

namespace dhad::internal {

// A cue phrase found in the text: tokens [begin, end) and its lexicon entry.
struct Cue {
  int begin = 0, end = 0;
  int entry = -1;
};

class QuoteDoc {
 public:
  // `sentences` (spans of text.original(), may be empty) bound sentences;
  // see QuoteExtractor::Extract. Stops early, with stopped() true, once
  // `poll` says the call was cancelled. `tb`, `text` and `poll` must
  // outlive the object.
  QuoteDoc(const QuoteTables& tb, const Text& text, absl::Span<const Span> sentences,
           CancelPoller* poll);

  // True once the poller said the call was cancelled.
  bool stopped() const { return poll_->CancelledNow(); }
  CancelPoller* poll() const { return poll_; }

  const QuoteTables& tables() const { return tb_; }
  const Text& text() const { return text_; }
  std::string_view view() const { return v_; }
  const QTokens& tokens() const { return qt_; }
  const std::vector<Cue>& cues() const { return cues_; }

  int N() const { return static_cast<int>(qt_.toks.size()); }
  const QTok& T(int t) const { return qt_.toks[t]; }
  bool IsWord(int t) const { return t >= 0 && t < N() && T(t).kind == QTokKind::kWord; }
  std::string_view Word(int t) const { return v_.substr(T(t).begin, T(t).end - T(t).begin); }
  // Classes of the word as written, and of the word without proclitics.
  uint32_t Cls(int t) const { return IsWord(t) ? cls_[t] : 0; }
  uint32_t ClsCl(int t) const { return IsWord(t) ? cls_cl_[t] : 0; }
  uint32_t AnyCls(int t) const { return IsWord(t) ? (cls_[t] | cls_cl_[t]) : 0; }
  // Sentence bounds of token t; past the last token, an empty sentence there.
  int SentStart(int t) const { return t >= N() ? N() : qt_.sent_begin[qt_.sent_of[t]]; }
  // Definite: ال after any proclitics (وال، بال، لل...).
  bool IsDefinite(int t) const { return IsWord(t) && (flags_[t] & kDefiniteTok); }
  bool HasDigit(int t) const { return IsWord(t) && (flags_[t] & kDigitTok); }
  // فان (van) inside a foreign name: after a name or a cue and before a
  // name, written without the hamza of فإن (روبن فان بيرسي، وقال فان جال:).
  bool IsNameParticle(int t) const { return IsWord(t) && (flags_[t] & kNameParticleTok); }
  const CueEntry& Entry(int cue) const { return tb_.cues[cues_[cue].entry]; }
  // The cue covering token t, or -1.
  int CueAt(int t) const { return t >= 0 && t < N() ? cue_at_[t] : -1; }
  bool IsSettingAt(int t) const { return (AnyCls(t) & kSetting) != 0; }

  // Punctuation token t is `cp`; a comma (، , ؛ ;); a sentence terminator.
  bool IsPunct(int t, char32_t cp) const {
    return t >= 0 && t < N() && T(t).kind == QTokKind::kPunct && T(t).cp == cp;
  }
  bool IsComma(int t) const {
    if (t < 0 || t >= N() || T(t).kind != QTokKind::kPunct) return false;
    const char32_t c = T(t).cp;
    return c == U'\u060C' || c == U',' || c == U'\u061B' || c == U';';
  }
  bool IsSemicolon(int t) const { return IsPunct(t, U'\u061B') || IsPunct(t, U';'); }
  // A dash set off by spaces, - or – (an apposition or an aside between two).
  bool IsDash(int t) const { return IsPunct(t, U'-') || IsPunct(t, U'\u2013'); }
  // كما or مثلما (the view form w, without its proclitic).
  bool IsKamaWord(std::string_view w) const { return w == tb_.kama[0] || w == tb_.kama[1]; }
  // A preposition with و that fronts the topic of the next report (وعن،
  // وحول، وبشأن، وبخصوص، وعما).
  bool IsTopicWord(int t) const {
    if (!IsWord(t)) return false;
    const std::string_view w = Word(t);
    for (const std::string& f : tb_.topic) {
      if (w == f) return true;
    }
    return false;
  }
  // A noun of quantity whose من is partitive (عدد من، مجموعة من، جمع من،
  // الكثير من، العديد من), in the view.
  static bool IsPartitiveHeadWord(std::string_view w) {
    return w == "\u0639\u062F\u062F" || w == "\u0645\u062C\u0645\u0648\u0639\u0647" || w == "\u062C\u0645\u0639" ||
           w == "\u0627\u0644\u0643\u062B\u064A\u0631" || w == "\u0643\u062B\u064A\u0631" ||
           w == "\u0627\u0644\u0639\u062F\u064A\u062F" || w == "\u0639\u062F\u064A\u062F";
  }
  // A quantifier before its noun (كل، جميع، كافة), in the view.
  static bool IsQuantifierWord(std::string_view w) {
    return w == "\u0643\u0644" || w == "\u062C\u0645\u064A\u0639" || w == "\u0643\u0627\u0641\u0647";
  }
  bool IsKama(int t) const { return IsWord(t) && IsKamaWord(Word(t)); }
  bool IsStrongEnd(int t) const;
  // End (exclusive) of the sentence of token t.
  int SentEnd(int t) const {
    if (t >= N()) return N();
    const int s = qt_.sent_of[t] + 1;
    return s < static_cast<int>(qt_.sent_begin.size()) ? qt_.sent_begin[s] : N();
  }
  // The top-level pair whose opening (closing) mark is token t, or -1.
  int OpenTop(int t) const {
    if (t < 0 || t >= N() || T(t).kind != QTokKind::kMark || T(t).pair < 0) return -1;
    const QPair& p = qt_.pairs[T(t).pair];
    return (p.open == t && p.parent == -1) ? T(t).pair : -1;
  }
  int CloseTop(int t) const {
    if (t < 0 || t >= N() || T(t).kind != QTokKind::kMark || T(t).pair < 0) return -1;
    const QPair& p = qt_.pairs[T(t).pair];
    return (p.close == t && p.parent == -1) ? T(t).pair : -1;
  }

  // The participle cue at `t` (ending at `end`) is the adjective of the
  // indefinite noun right before it (أداة مفيدة، حضورا لافتا), with no colon
  // or complementizer right after it.
  bool ParticipleIsAdjective(int t, int end) const;
  // Whether a complementizer, a colon, a quoted clause or a preposition that
  // `ce` governs comes within a dozen words of `t` with no punctuation
  // before it but a comma right before the complementizer, or commas
  // around an adverb before it (أظهرت بيانات رسمية، أمس، أن).
  bool GovernedFollows(const CueEntry& ce, int t) const;
  // Whether the word at `t` is a document or figures noun, with or without
  // the article (تقرير، الدراسة، بيانات، البيانات): the subject of a
  // finding (CueEntry::finding).
  // With `after_prep`, also one with ل or ب written on it (لدراسة);
  // `classes` narrows the nouns (kDocument alone: no figures).
  bool IsDocumentNoun(int t, bool after_prep = false, uint32_t classes = kDocument | kFigures) const;
  // Whether the word at `t` is a document noun with its possessive pronoun
  // (تقريرها، دراسته، بيانها): the speaker's own document, in a setting
  // after a cue (ولفتت المؤسسة في تقريرها).
  bool IsPossessedDocument(int t) const;
  // Whether a noun of thanks, congratulation or condolence (kCourtesy)
  // comes within eight words of `t`, before any punctuation or
  // complementizer: what a verb of offering offers (CueEntry::courtesy).
  bool CourtesyFollows(int t) const;
  // Token t carries or is the preposition of the addressee of cue entry
  // `ce` (CueEntry::addr): the attached ب of بالمواطنين, or من.
  bool AddresseePrepAt(const CueEntry& ce, int t) const;
  // That preposition comes at or after token t, within the clause (no
  // punctuation or complementizer before it).
  bool AddresseeFollows(const CueEntry& ce, int t) const;

  // A colon within four words of `t`, with only words before it.
  bool ColonSoon(int t) const;
  // A complementizer (أن، إن) within five words of `t`, with only words
  // before it and none that is a verb or a cue; also one right after a
  // preposition that cue entry `ce` governs (توصل ... إلى أن). Not the
  // journalist's contrast (إلا أن).
  bool ComplementizerSoon(const CueEntry& ce, int t) const;
  // For a verbal noun read like its verb (CueEntry::agent), at `t` right
  // after it: a noun phrase that can name who spoke (a definite noun, a
  // name, a title, a class noun or a head in the construct state; not a
  // verbal noun, which is what was announced, nor a word with a
  // preposition), of at most seven words with no preposition of its own,
  // then a complementizer or a preposition that `ce` governs.
  bool AgentFollows(const CueEntry& ce, int t) const;

  // A definite word that reads as an adjective of the word before it: nisba
  // forms (الرسمي، الفرنسية، الأمنيين) and a few common participles.
  bool IsAdjectiveLike(int t) const;

  // A period right after a one-letter word (د. م.) or a middle initial
  // (جورج دبليو. بوش): an abbreviation.
  bool IsAbbreviationPeriod(int t) const {
    return IsPunct(t, U'.') && AbbreviationPeriodAfterWord(t);
  }

  // The end of an acronym spelled out in Arabic that starts at token t
  // (إيه.إن.زد, أو.سي.آي: names of Latin letters joined by dots written
  // against them), or t when none does.
  int AcronymEnd(int t) const;
  // Whether token t, an إن or ان, is a letter of an acronym spelled with
  // spaces (سي إن إن، بي إن بي، دي إن إيه، إن بي سي): between the names of
  // two letters that are no words too (not في، ال، أي، أم، أو), the second إن
  // of سي إن إن, or the first of two letters after it.
  bool InSpacedAcronym(int t) const;

  // Words between the marks of a pair.
  int WordsIn(const QPair& p) const;

  // Verbal noun patterns that open a noun-phrase content: إفعال (إغلاق)،
  // تفعيل (توقيف)، افتعال (اعتقال)، انفعال (انسحاب)، استفعال (استئناف).
  bool LooksLikeMasdar(int t) const;
  // An elative أفعل in the construct state with a definite noun, the head of
  // the phrases of thanks and sympathy: أصدق التهاني، أحر التعازي، أبرز
  // ملامح الخطة is not (the genitive has no article). A bare word of three
  // or four letters after alif, not a name (أحمد).
  bool IsElativeConstruct(int t) const;
  // A preposition with an attached pronoun and nothing else: عليها، فيه،
  // منهم، عنه، إليها، له، به.
  bool IsPrepositionWithPronoun(int t) const;

  // A noun or adjective the dictionary knows, indefinite, with the alif of
  // the accusative tanween (يوما، دائما، رسميا، كثيرا): an adverb. (Not a
  // name it knows, روسيا, nor one that reads as a proclitic and a word,
  // بوكوفا.)
  bool IsAccusativeAdverb(int t) const;

  // باسم after a spokesman (المتحدث باسم الشركة، الناطقة باسم الوزارة):
  // "in the name of", not the given name باسم.
  bool InTheNameOf(int t) const;

  // The token after the formula of blessing (رحمه الله، حفظه الله، صلى
  // الله عليه وسلم) that starts at `t`, or `t` when none does.
  int BlessingEnd(int t) const;
  // The start of the formula of blessing that ends right before `t`, or `t`.
  int BlessingBefore(int t) const;
  // Whom the formula that starts at `t` names, when it names one being
  // (الله for تعالى or عز وجل, رسول الله for صلى الله عليه وسلم), or empty:
  // right after a verb it is the verb's implicit subject (قال تعالى).
  std::string_view BlessingReferent(int t) const;

  // Whether a contrast phrase (فيما، في حين) starts at `t`.
  bool IsContrastAt(int t) const;
  // The token after the contrast phrase at `t`, or `t` when none starts there.
  int ContrastEnd(int t) const;

  // Skips an opener phrase (كذلك، من جهة أخرى...) and its comma at `t`, or
  // an opener that ends right at `limit` (من جهته عبر ...).
  int SkipOpener(int t, int limit) const;
  // The end of the journalist's opener (من جهة أخرى، بدوره، أيضا) that
  // starts at token t, comma or none, before `limit`; t when none does.
  int OpenerEnd(int t, int limit) const;

  // Whether the cue opens its clause: nothing but conjunctions, an opener
  // phrase or a comma before it in the sentence.
  bool ClauseInitial(int cb) const;

  // Whether token t opens what cue entry `ce` governs: a complementizer, a
  // colon or one of its prepositions.
  bool GovernsAt(const CueEntry& ce, int t) const;

  // An imperfect verb (يعكس، سيؤثر، ستبقى): a quoted fragment that starts
  // with one is speech, not a name.
  bool StartsLikeAVerb(int t) const;

  // Whether the verb at `cb` is chained to an earlier verb of its sentence
  // (وكان X يشغل ...، وطالب ...): after a comma or with و, and not at the
  // start of the sentence.
  bool Chained(int cb) const;

  // كان and its forms, with or without و: an auxiliary before the subject.
  bool IsKana(int t) const;
  // كان or one of its sisters (أصبح، بات، ظل، صار، لا يزال), in any person
  // and tense, with or without و/ف: a participle after it is its predicate
  // (أصبح الكل مهددا بـ), no circumstantial clause.
  bool IsKanaSister(int t) const;

  // An indefinite noun of four letters or more with an attached third-person
  // pronoun (جاهزيتهما، اعتزازها، بارتكابه), by the dictionary's reading;
  // ه counts only in the caller's spelling (not ة).
  bool HasPossessive(int t) const;
  // A verbal noun with such a pronoun (تصميمه، حرصه، مسؤوليتها): an act of
  // the subject, never a speaker; not an honorific pronoun (سموه).
  bool IsPossessedMasdar(int t) const;

  // An indefinite accusative active participle of a derived verb, masculine
  // singular مُفعِلًا (مقدما، مستهدفا، متطرقا): the head of a circumstantial
  // clause. By the dictionary's reading, not a particle (مهما) and not a
  // bare verbal noun (مرورا). With و it is as often a coordinated noun
  // (ومظهرا، وموقعا), so only the bare form counts.
  bool IsHalParticiple(int t) const;
  // The same of the simple verb, the pattern فاعل (رافضا، شاكرا), when
  // what it governs comes right after it: a definite object or a
  // preposition (not دائما ما, an adverb).
  bool IsSimpleHalParticiple(int t) const;

  // What the dictionary says of word t (analysis/internal/morph.h),
  // looked up on first use.
  const WordMorph& Morph(int t) const;
  // A verb and nothing else (يشغل، اجتمع): no noun, particle or name reading.
  bool IsVerbOnly(int t) const;
  // A third-person present verb and nothing else, with no clitic (يشغل،
  // تبذل): past forms are left out, as many unknown names read as one.
  bool IsPresentVerb(int t) const;
  // A word with a verb reading (it may also be a noun: كتب).
  bool IsVerb(int t) const;
  // A verb whose affixes carry a plural or dual subject and no singular
  // third-person reading (قالوا، طالبوا، أكدا، يطالبون): in verb-first
  // order its subject is that pronoun, and a noun after it is its object.
  bool SubjectInSuffix(int t) const;
  // The agreement of word t's verb readings is plural or dual only, with
  // no singular or first-person reading (يقولون، أكدا). Unlike
  // SubjectInSuffix, the word may also read as a noun: for a cue, which the
  // cue table already says is a verb.
  bool PluralAgreementOnly(int t) const;
  // A definite sound plural or dual in the accusative or genitive (ـين:
  // المواطنين، الطرفين), which cannot be the subject of a verb (that would
  // be ـون / ـان); not a name that ends so (البحرين، الصين).
  bool IsObliquePlural(int t) const;
  // A noun in ـاء with a pronoun whose hamza's seat shows the accusative or
  // the genitive (ولاءها، أسمائهم), never the nominative of a subject
  // (ولاؤها).
  bool IsObliqueHamza(int t) const;
  // A word the dictionary does not know, or lists as a proper name: the
  // mark of a personal or foreign name (تشافيز، سليمان، بوليفيا).
  bool IsNameWord(int t) const;

  // A word ending in an attached ه in the caller's spelling (نظيره), not ة.
  bool HasPronounSuffix(int t) const;
  // A word that carries an attached pronoun: ه in the caller's spelling, or
  // the enclitic of its segmentation (نشرته، أعدتها، أصدرها).
  bool CarriesPronoun(int t) const { return HasPronounSuffix(t) || Morph(t).split.enclitic != Enclitic::kNone; }
  // Whether the caller's spelling of word t ends in `letter` (one letter
  // that the view may have folded: ه for ة, ي for ى).
  bool EndsInOriginal(int t, std::string_view letter) const;

  // Token t is the particle قد (with و، ف or ل).
  bool IsQad(int t) const;
  // View byte vb lies in a line that links the story and repeats its
  // headline (رابط الخبر بصحيفة ...: ...), which holds no quote.
  bool InLinkLine(uint32_t vb) const;
  // ve, or the start of the first such line after vb and before ve.
  uint32_t EndBeforeLinkLine(uint32_t vb, uint32_t ve) const;
  // Token t is و with a subject pronoun (وهو، وهي، وهم): the opening of a
  // circumstantial clause.
  bool IsWawPronoun(int t) const {
    return IsWord(t) && StartsWith(Word(t), kWaw) && (ClsCl(t) & kPronoun) && !(Cls(t) & kPronoun);
  }
  // Token t is a bullet that opens an item of a list (*, •).
  bool IsBullet(int t) const { return IsWord(t) && (Word(t) == "*" || Word(t) == "\u2022"); }
  // Some word of tokens [b, e) has a class of `classes` (AnyCls).
  bool AnyClassIn(int b, int e, uint32_t classes) const {
    for (int k = b; k < e; ++k) {
      if (IsWord(k) && (AnyCls(k) & classes)) return true;
    }
    return false;
  }
  // Token t is the conjunction و written apart from its word (وزير الثقافة
  // و الإعلام).
  bool IsDetachedWaw(int t) const { return IsWord(t) && Word(t) == kWaw; }
  // Word t carries the conjunction و: as the dictionary splits it, or
  // before a proper name the dictionary knows though it reads the whole
  // as one word (وكوبا, also a verbal noun). Not وقوع، وصول، وضع, whose و
  // is the root's.
  bool HasWaConjunction(int t) const;
  // Word t carries the conjunction ف as the dictionary splits it.
  bool HasFaConjunction(int t) const {
    return IsWord(t) && StartsWith(Word(t), kFa) && (Morph(t).split.proclitics & kConjFa);
  }

  // The caller's spelling of token t contains `mark` (a diacritic the view
  // drops, such as the tanween ً). No allocation.
  bool OriginalHas(int t, std::string_view mark) const;

  // The caller's text of tokens [tb, te).
  std::string Orig(int tb, int te) const;

 private:
  // The word classes of `w` with the article before it (the classes list
  // the definite forms of nouns).
  uint32_t ClassWithArticle(std::string_view w) const;
  // The token after the phrase of `phrases` (indexed by its first word in
  // `first`, longest first where it matters) that starts at `t` and ends
  // by `limit`, or `t` when none does.
  int PhraseEnd(int t, int limit, const StringTable<std::vector<int>>& first,
                const std::vector<std::vector<std::string>>& phrases) const;
  // PhraseEnd's phrase as its index in `phrases`, or -1.
  int PhraseAt(int t, int limit, const StringTable<std::vector<int>>& first,
               const std::vector<std::vector<std::string>>& phrases) const;
  // The index in the tables' blessings of the formula that starts at `t`,
  // or -1.
  int BlessingAt(int t) const;
  // IsAbbreviationPeriod past its first test.
  bool AbbreviationPeriodAfterWord(int t) const;
  // Finds the cue phrases (longest match, with و/ف stripped), leaving out
  // negated ones and those inside quotations; fills cues_ and cue_at_.
  void FindCues();
  // Adds the verbs that report a quotation after a colon without being in
  // the cue table (وتساءل فوكسمان: «...»): a third-person verb that opens
  // its clause, before any other verb, cue or complementizer.
  void FindColonCues();

  const QuoteTables& tb_;
  const Text& text_;
  CancelPoller* poll_;
  std::string_view v_;
  QTokens qt_;
  std::vector<uint32_t> cls_, cls_cl_;
  // Per-token facts computed once (later stages ask them many times).
  // kCuePronTok: the word is a cue verb with an object pronoun (واتهمها).
  // kNameParticleTok: فان inside a foreign name (لويس فان جال), not فإن.
  enum : uint8_t {
    kDefiniteTok = 1,
    kDigitTok = 2,
    kCueFirstTok = 4,
    kCuePronTok = 8,
    kNameParticleTok = 16,
    kLinkTok = 32,  // رابط, which may open the line that links the story
  };
  std::vector<uint8_t> flags_;
  std::vector<int> cue_at_;
  std::vector<Cue> cues_;
  std::vector<int> colons_;  // colons right before a quotation mark
  // View bytes of the lines that link the story (رابط الخبر ...: <headline>).
  std::vector<std::pair<uint32_t, uint32_t>> link_lines_;
  // Per token, filled on first use by Morph().
  mutable std::vector<WordMorph> morph_;
  mutable std::vector<uint8_t> morph_done_;
  // Whether the document writes `w` as a word of its own.
  bool DocumentHasWord(std::string_view w) const;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_QUOTE_DOC_H_
