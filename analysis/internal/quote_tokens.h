// The token layer of the quote extractor: splits the analysis view into
// words, punctuation and quotation marks; pairs the quotation marks (telling
// an opening ASCII `"` from a closing one by its neighbours, nesting, and
// paragraph continuation); and bounds sentences so that no sentence ends
// inside a quotation. Not for use outside analysis/.
//
// Everything here works on byte offsets of one view string; the caller maps
// them back to the original text (Text::ToOriginal).

#ifndef DHAD_ANALYSIS_INTERNAL_QUOTE_TOKENS_H_
#define DHAD_ANALYSIS_INTERNAL_QUOTE_TOKENS_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"

namespace dhad::internal {

enum class QTokKind : uint8_t { kWord, kPunct, kMark };

// One token of the view. Words are runs of characters that are neither
// whitespace, punctuation nor quotation marks (a '.', ',' or ':' between two
// digits stays inside a word: 2.5, 10:30). Punctuation is one token per
// character, except that a run of periods is one token.
struct QTok {
  uint32_t begin = 0;  // view bytes, half-open
  uint32_t end = 0;
  QTokKind kind = QTokKind::kWord;
  char32_t cp = 0;            // the character of a punctuation or mark token
  bool space_before = false;  // whitespace between the previous token and this
  bool para_before = false;   // a line break between the previous token and this
  int pair = -1;              // marks: index into the pairs, or -1 if unpaired
};

// A matched pair of quotation marks.
struct QPair {
  int open = 0;    // token index of the opening mark
  int close = 0;   // token index of the closing mark
  int parent = -1; // enclosing pair, or -1 for a top-level pair
};

struct QTokens {
  std::vector<QTok> toks;
  std::vector<QPair> pairs;    // in order of their opening mark
  std::vector<int> top;        // per token: top-level pair strictly enclosing it, or -1
  std::vector<int> sent_begin; // first token of each sentence, ascending
  std::vector<int> sent_of;    // per token: its sentence
  std::vector<int> para_of;    // per sentence: its paragraph
};

// Whether `cp` is one of the quotation marks the extractor pairs:
// " ' « » “ ” „ ‘ ’ ‹ › ＂ (an ASCII ' between two letters is an apostrophe
// and gets no role).
bool IsQuoteMark(char32_t cp);

// Whether `cp` ends a sentence when followed by a space (. ! ? ؟ and the
// ellipsis character are handled by the sentence bounding).
bool IsTerminator(char32_t cp);

// Tokenizes `view` and pairs its quotation marks (fills toks, pairs, top).
// A quotation left open at the end of a paragraph continues only when the
// next paragraph reopens with a mark of the same family; otherwise the stray
// mark is dropped, so that it never swallows the rest of the document.
QTokens TokenizeAndPair(absl::string_view view);

// Fills sent_begin, sent_of and para_of of `tokens` (made by
// TokenizeAndPair from the same `view`). When `splitter_starts` is not null
// it has one flag per token, true where the caller's sentence splitter
// starts a sentence; otherwise sentences end after . ! ? ؟ (not after
// ellipses or a one-letter abbreviation), and after a closing mark that
// follows one. Line breaks always end a sentence, and no sentence boundary
// falls inside a top-level quotation. Outside one, a sentence of 1,000
// tokens ends at its next punctuation, and one of 1,500 ends there.
void BoundSentences(absl::string_view view, const std::vector<bool>* splitter_starts,
                    QTokens* tokens);

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_QUOTE_TOKENS_H_
