// The lexicons of the quote extractor, in the view form of Text::view(): the
// word classes of analysis/data/quote_words.txt and the cue phrases of
// analysis/data/quote_cues.txt, plus the few string helpers every stage of
// quote extraction uses on view words. The bottom of the quote pipeline:
//
//   quote_lexicon  ->  quote_doc (tokens, classes, cues)  ->  mentions (noun
//   phrases, names)  ->  attribution (cue + content + speaker candidates)  ->
//   entity_tracker (resolution over the document)  ->  quote_extractor.cc
//
// Each stage includes only the ones before it. Not for use outside analysis/.
// Immutable after LoadQuoteTables(); thread-safe.

#ifndef DHAD_ANALYSIS_INTERNAL_QUOTE_LEXICON_H_
#define DHAD_ANALYSIS_INTERNAL_QUOTE_LEXICON_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "analysis/internal/string_table.h"
#include "analysis/normalizer.h"

namespace dhad::internal {

// Word classes of analysis/data/quote_words.txt, as bits.
enum WordClass : uint32_t {
  kComp = 1u << 0,
  kCompNeg = 1u << 1,
  kSetting = 1u << 2,
  kAdjunct = 1u << 3,
  kPrep = 1u << 4,
  kRelative = 1u << 5,
  kNeg = 1u << 6,
  kStop = 1u << 7,
  kClassNoun = 1u << 8,
  kAddressee = 1u << 9,
  kPronM = 1u << 10,
  kPronF = 1u << 11,
  kPronP = 1u << 12,
  kDocument = 1u << 13,
  kTitle = 1u << 14,
  kNonSource = 1u << 15,
  kCarrier = 1u << 16,
  kAdjectiveClass = 1u << 17,
  kMasdarClass = 1u << 18,
  // Given names of analysis/data/person_names.txt, with their gender.
  kGivenM = 1u << 19,
  kGivenF = 1u << 20,
  // Verbs of the anonymity formula (طلب عدم ذكر اسمه، رفض الكشف عن هويته).
  kAnonVerb = 1u << 21,
  // Adjuncts that are prepositions with an object (عقب، خلال), not bare
  // adverbs (أمس).
  kGoverns = 1u << 22,
  // Connectives before a complementizer (كما أن، غير أن، رغم أن): the clause
  // is the journalist's, not a cue's complement.
  kConnective = 1u << 23,
  // The first half of a compound given name with الدين (عز الدين، صلاح
  // الدين), as عبد is of عبد الله.
  kLaqab = 1u << 24,
  // Nouns of figures, findings and words (بيانات، تقديرات، قول): after وفقا
  // لـ or بحسب they belong to the attribution phrase, and the body or person
  // in their genitive is the source (وفقا لتقديرات الهيئة، حسب قول المديرة).
  kFigures = 1u << 25,
  // Nouns of thanks, congratulation and condolence (شكره، التهنئة،
  // تعازيه): what a verb of offering (قدم، مقدما) offers when it is a cue
  // (CueEntry::courtesy).
  kCourtesy = 1u << 26,
  // Nouns of a compass direction (غرب، جنوب شرقي): after a comma they
  // place the place named before them, not the speaker.
  kDirection = 1u << 27,
  // Nouns of kinship (والد، شقيقة): after a name they describe the person;
  // no name run goes on over them.
  kKin = 1u << 28,
  // Set in QuoteTables::words for the first word of every cue phrase, so
  // that the cue search hashes only the words that can start one. Never
  // part of a token's classes (QuoteDoc::Cls).
  kCueFirst = 1u << 31,
};
constexpr uint32_t kPronoun = kPronM | kPronF | kPronP;
constexpr uint32_t kGivenName = kGivenM | kGivenF;

enum class CueClass : uint8_t { kVerb, kParticiple, kMasdar, kPrep, kPassive, kBlock };
enum class Gender : uint8_t { kUnknown, kMasc, kFem, kPlural };

struct CueEntry {
  std::vector<std::string> words;  // view forms
  CueClass cls = CueClass::kVerb;
  Gender gender = Gender::kUnknown;
  bool np = false;     // bare noun phrase content
  // The noun phrase is content only when it names an event or a
  // proposition, a verbal noun (استبعد وجود عمل إجرامي; استبعد الجهاز
  // الفني عددا من اللاعبين is no speech).
  bool event = false;
  bool b = false;      // content with an attached ب
  bool relay = false;  // نقل X عن Y
  // relay:P: the source follows the preposition P instead of عن, and the
  // phrase is a cue only with it (علمت الصحيفة من مصادر أن).
  std::string relay_prep;
  bool obj = false;    // an object follows the subject (وصف الوزير القرار)
  bool obj_indefinite_only = false;  // only an indefinite object (أصدرت الوزارة بيانا)
  bool statement = false;  // the phrase names a statement (جاء في بيان)
  bool self = false;  // the phrase carries its speaker as a pronoun (في رأيه)
  // The phrase announces the text of a statement (فيما يلي نص البيان:،
  // فيما يلي نصه:): a cue only for a quotation after its colon.
  bool text = false;
  bool strict = false;  // a cue only before what it governs (بين أن، عبر عن)
  bool l = false;       // a verbal noun with ل after the object (دعا X للمشاركة)
  bool subj = false;    // only with a speaker in the text (يعتقد أن alone is generic)
  // With subj: nobody named before a complementizer is the impersonal
  // passive (يُعتقد أن), a quote with no speaker.
  bool impersonal = false;
  // A strict cue that is one also with a document or figures as its subject
  // and a noun phrase after it, the finding (أظهرت البيانات تراجع ...).
  bool finding = false;
  // On a strict cue: its preposition counts only with a complementizer
  // right after it (توصلت الدراسة إلى أن; توصل الطرفان إلى اتفاق is no
  // cue).
  bool prep_comp = false;
  // A cue only with a noun of thanks, congratulation or condolence after it
  // (and its subject), which opens the content (قدم الأمير شكره للفرق،
  // مقدما التهنئة لـ). It ends the report before it and links implicit
  // subjects, but QuoteExtractor does not return it: courtesies are no
  // quotes in the annotated news.
  bool courtesy = false;
  bool desc = false;    // the object and its description with ب (وصف X القرار بالتاريخي)
  bool addr_obj = false;  // the addressee is the object, before a verbal noun (ناشد X تجديد)
  bool volitive = false;  // a wish or condition: أن with a present verb is its content (يأمل أن يتحقق)
  // A verbal noun whose genitive is its agent (بعد إعلان الوزارة عن ...،
  // إعلان الشركة أن ...): read like the verb, a cue only when a speaker
  // phrase follows it and then a complementizer or a preposition it
  // governs (إعلان حالة الطوارئ، إعلان أسماء المرشحين are no speech).
  bool agent = false;
  // The first word ends in ى (رأى، نفى، أبدى): written with ي it is the
  // verbal noun (رأي، نفي), which the view folds with it.
  bool maqsura = false;
  // The first word is a present form ending in ي (يدعي، ينفي): written with
  // ى it is the passive (يدعى "is called"), no cue.
  bool final_ya = false;
  std::vector<std::string> preps;  // governed prepositions, view forms
  // The preposition of the addressee that stands between the subject and
  // the content (من in طلب X من Y ...; "ب" for the attached ب of أهاب X
  // بالمواطنين ...), view form; empty when the cue takes none.
  std::string addr;
};

inline std::string_view SV(absl::string_view s) { return std::string_view(s.data(), s.size()); }

// Arabic letters used by the code, as UTF-8 (none changes under the view).
inline constexpr std::string_view kWaw = "\u0648";
inline constexpr std::string_view kFa = "\u0641";
inline constexpr std::string_view kBa = "\u0628";
inline constexpr std::string_view kLam = "\u0644";
inline constexpr std::string_view kKaf = "\u0643";
inline constexpr std::string_view kAl = "\u0627\u0644";       // ال
inline constexpr std::string_view kLamLam = "\u0644\u0644";   // لل
inline constexpr std::string_view kAn = "\u0639\u0646";       // عن
inline constexpr std::string_view kAnSubjunctive = "\u0627\u0646";  // أن in the view
inline constexpr std::string_view kFi = "\u0641\u064A";       // في
inline constexpr std::string_view kAla = "\u0639\u0644\u064A";  // على in the view
inline constexpr std::string_view kThumma = "\u062B\u0645";   // ثم
inline constexpr std::string_view kAllah = "\u0627\u0644\u0644\u0647";  // الله
inline constexpr std::string_view kTa = "\u062A";             // ت
inline constexpr std::string_view kHa = "\u0647";             // ه (ة in the view)
inline constexpr std::string_view kTaMarbuta = "\u0629";      // ة (identity view)
inline constexpr std::string_view kHaAlif = "\u0647\u0627";   // ها
inline constexpr std::string_view kHum = "\u0647\u0645";      // هم

// فيه، فيها: the resumptive pronoun of a relative clause right after its
// verb (بيان أعلنت فيه الوزارة).
inline bool IsResumptiveFi(std::string_view w) { return w == "\u0641\u064A\u0647" || w == "\u0641\u064A\u0647\u0627"; }

// The prefixes and suffixes tested are a few bytes long: compared inline
// rather than through memcmp, which costs more than the comparison.
inline bool StartsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (s[i] != p[i]) return false;
  }
  return true;
}
inline bool EndsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  const size_t off = s.size() - p.size();
  for (size_t i = 0; i < p.size(); ++i) {
    if (s[off + i] != p[i]) return false;
  }
  return true;
}

// `w` without a leading one-letter proclitic from `letters`, when at least
// two letters remain; empty otherwise.
inline std::string_view StripOne(std::string_view w,
                                 std::initializer_list<std::string_view> letters) {
  for (std::string_view l : letters) {
    if (w.size() >= l.size() + 4 && StartsWith(w, l)) return w.substr(l.size());
  }
  return {};
}

// An attached pronoun of the third person, in the view: ه، ها، هم، هما، هن.
inline bool IsThirdPersonSuffix(std::string_view p) {
  return p == "\u0647" || p == "\u0647\u0627" || p == "\u0647\u0645" || p == "\u0647\u0645\u0627" ||
         p == "\u0647\u0646";
}

// The word without an attached object pronoun (اتهمها → اتهم، أعلنته →
// أعلن), or the word itself; the stem keeps two letters at least.
inline std::string_view StripObjectPronoun(std::string_view w) {
  for (std::string_view p : {"\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647"}) {
    if (w.size() >= p.size() + 4 && EndsWith(w, p)) return w.substr(0, w.size() - p.size());
  }
  return w;
}

// نفسه، نفسها، ذاته، ذاتها ... in the view: نفس or ذات with a third-person
// pronoun, the emphasis after a noun (المصدر نفسه).
inline bool IsEmphaticSelf(std::string_view w) {
  std::string_view rest;
  if (StartsWith(w, "\u0646\u0641\u0633")) {  // نفس
    rest = w.substr(6);
  } else if (StartsWith(w, "\u0630\u0627\u062A")) {  // ذات
    rest = w.substr(6);
  } else if (StartsWith(w, "\u0627\u0646\u0641\u0633")) {  // انفس (أنفسهم)
    rest = w.substr(8);
  } else {
    return false;
  }
  return IsThirdPersonSuffix(rest);
}

// A word that links the parts of a personal name, in the view: عبد، أبو،
// بن، ابن، بنت، آل (ال in the view).
inline bool IsNameLinkWord(std::string_view p) {
  return p == "\u0639\u0628\u062F" || p == "\u0627\u0628\u0648" || p == "\u0623\u0628\u0648" ||
         p == "\u0628\u0646" || p == "\u0627\u0628\u0646" || p == "\u0628\u0646\u062A" ||
         p == "\u0622\u0644" || p == "\u0627\u0644";
}

inline Gender ParseGender(absl::string_view g) {
  if (g == "m") return Gender::kMasc;
  if (g == "f") return Gender::kFem;
  if (g == "p") return Gender::kPlural;
  return Gender::kUnknown;
}

// Only masculine against feminine is a reliable mismatch: a verb before a
// plural subject is singular (يقول الخبراء ... ويضيفون).
inline bool Compatible(Gender a, Gender b) {
  return a == Gender::kUnknown || b == Gender::kUnknown || a == b || a == Gender::kPlural ||
         b == Gender::kPlural;
}


struct QuoteTables {
  StringTable<uint32_t> words;
  // Given names that end in ى (1) or ي (2) as listed, by view form: a word
  // spelled the other way is not that name (على is no علي).
  StringTable<uint8_t> given_final;
  std::vector<CueEntry> cues;
  StringTable<std::vector<int>> cue_first;
  std::vector<std::vector<std::string>> openers;
  StringTable<std::vector<int>> opener_first;
  std::vector<std::vector<std::string>> contrasts;
  StringTable<std::vector<int>> contrast_first;
  std::vector<std::vector<std::string>> blessings;  // رحمه الله، صلى الله عليه وسلم
  StringTable<std::vector<int>> blessing_first;
  std::vector<std::string> blessing_second;  // their second words (الله، السلام), once each
  std::vector<std::string> blessing_single;  // the formulas of one word (تعالى)
  uint64_t blessing_single_lengths = 0;      // bit n: one of them has n bytes (n < 64)
  // Whom a formula names, by index into `blessings`, as written in the
  // file (الله after تعالى، رسول الله after صلى الله عليه وسلم), or empty.
  std::vector<std::string> blessing_referent;
  std::string sadir[4];  // صادر، صادرة، الصادر، الصادرة
  std::string lahu[3];   // له، لها، لهم
  std::string wafqan[3]; // وفقا، طبقا، وفقا in view form
  std::string kama[2];   // كما، مثلما
  // وعن، وحول، وبشأن، وبخصوص، وعما: a topic fronted before the next report
  // (وعن المعسكر، قال المدرب ...).
  std::string topic[5];
  // Not in the table: the entries, masculine, feminine and plural, of any
  // third-person verb that opens its clause and is followed by its subject,
  // a colon and a quoted clause (وتساءل فوكسمان: «...»; see
  // QuoteDoc::FindColonCues). Their words hold the empty string.
  int colon_verb[3] = {-1, -1, -1};

  uint32_t Class(std::string_view w) const {
    const uint32_t* c = words.Find(w);
    return c == nullptr ? 0 : *c;
  }
};

// Loads the lexicons (with the given names of person_names.txt) and puts every key in view form with `normalizer`
// (used only during the call). Errors: kNotFound when a file was not
// compiled in; kInternal naming the file and line of a malformed entry.
absl::StatusOr<std::unique_ptr<const QuoteTables>> LoadQuoteTables(const Normalizer& normalizer);

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_QUOTE_LEXICON_H_
