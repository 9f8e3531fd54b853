// Implementation of NumberParser: composes three internal stages over each
// segment of Text::view():
//  1. internal/number_tokens: words (with their proclitics and article split
//     off), digit runs (separators resolved by their groups) and symbols.
//  2. internal/number_grammar: from a token, the longest number expression.
//  3. internal/number_relations: sign, approximators, bounds and ranges
//     around the expressions, giving the mentions in view bytes.
// Then each mention's span is mapped to the caller's bytes.

#include "analysis/number_parser.h"

#include <utility>

#include "analysis/internal/number_grammar.h"
#include "analysis/internal/number_lexicon.h"
#include "analysis/internal/number_relations.h"
#include "analysis/internal/number_tokens.h"
#include "analysis/internal/status_macros.h"

namespace dhad {

NumberParser::NumberParser() = default;
NumberParser::~NumberParser() = default;

absl::StatusOr<std::unique_ptr<const NumberParser>> NumberParser::Create(
    const Normalizer& normalizer) {
  std::unique_ptr<NumberParser> p(new NumberParser());
  DHAD_ASSIGN_OR_RETURN(p->lexicon_, internal::NumberLexicon::Load(normalizer));
  return std::unique_ptr<const NumberParser>(std::move(p));
}

absl::StatusOr<std::vector<NumberMention>> NumberParser::Parse(
    const Text& text, const CancelledFn& cancelled) const {
  // The view is parsed sentence by sentence: no number expression crosses a
  // line break or a terminator followed by a space, and small segments keep
  // the token buffer small and reused.
  const absl::string_view view = text.view();
  std::vector<internal::NumToken> toks;
  internal::NumTokenizeScratch scratch;
  std::vector<internal::FoundMention> found;
  std::vector<NumberMention> result;
  CancelPoller poll(&cancelled, /*stride=*/16);
  size_t begin = 0;
  while (begin < view.size()) {
    if (poll.Cancelled()) return absl::CancelledError("the call was cancelled");
    const size_t end = internal::TokenizeSegment(view, begin, *lexicon_, &scratch, &toks);
    found.clear();
    internal::RelateMentions(internal::NumberGrammar(*lexicon_, text, toks), &found);
    for (internal::FoundMention& o : found) {
      o.m.span = text.ToOriginal(o.vbegin, o.vend);
      result.push_back(o.m);
    }
    begin = end;
  }
  return result;
}

}  // namespace dhad
