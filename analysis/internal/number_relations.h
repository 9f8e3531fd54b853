// The layer over number mentions of the number parser
// (analysis/number_parser.h): runs the grammar of one number
// (number_grammar.h) along a segment and relates what it finds -- a sign
// before digits, approximators and bounds before or after a number, two
// bounds joined by و, ranges (بين A و B, من A إلى B, A-B) -- into the
// mentions of the segment.
//
// Not for use outside analysis/. Functions only.

#ifndef DHAD_ANALYSIS_INTERNAL_NUMBER_RELATIONS_H_
#define DHAD_ANALYSIS_INTERNAL_NUMBER_RELATIONS_H_

#include <cstdint>
#include <vector>

#include "analysis/internal/number_grammar.h"
#include "analysis/number_parser.h"

namespace dhad::internal {

// A mention with its span in view bytes; number_parser.cc maps the span to
// the caller's text.
struct FoundMention {
  uint32_t vbegin, vend;
  NumberMention m;
};

// Appends the mentions of the grammar's segment to *out, ordered by start (a
// range before the endpoints it contains).
void RelateMentions(const NumberGrammar& g, std::vector<FoundMention>* out);

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_NUMBER_RELATIONS_H_
