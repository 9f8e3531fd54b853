// `dhad render`: an analysed text as one self-contained HTML page, for a
// person to look at what dhad found (in the spirit of spaCy's displaCy).
//
// The page holds the text right-to-left with its paragraphs, the sentences
// (quietly marked), each quote's content, cue and speaker, and each number
// mention, plus a side list of the quotes and numbers linking to them. It
// loads nothing: the CSS and a few lines of JavaScript (hover and focus
// emphasis of a quote's parts) are inline, and the page is legible in light
// and dark colour schemes and in print.
//
// Markup is built from the byte offsets of the response (byte_start,
// byte_end) into the request text, once; no other offset conversion happens.
// Annotations may nest or cross: an element that would cross an enclosing
// one is split into fragments, and every fragment of one annotation carries
// the same `data-a` id, so that the concatenated text of its fragments is
// exactly the annotated text. The first fragment carries the HTML `id` that
// the side list links to.

#ifndef DHAD_CLIENT_HTML_RENDER_H_
#define DHAD_CLIENT_HTML_RENDER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "dhad/v1/text_analyzer.pb.h"

namespace dhad {

// Appends `s` to `out` escaped for HTML text and attribute values: & < > "
// ' as character references, CR as &#13; (so that the parser does not fold
// CR LF); each byte that is not part of well-formed UTF-8 becomes U+FFFD.
void AppendHtmlEscaped(absl::string_view s, std::string* out);

// Whole numbers in full (38400000000, not 3.84e+10), others to 10
// significant digits.
std::string FormatNumber(double v);

// The kind of a number mention as the client writes it: cardinal, ordinal,
// fraction, percent or unspecified.
const char* NumberKindName(v1::NumberKind k);

// "value 3.5 · cardinal · approximate · bounds [3, 9]": what the page shows
// of a number mention on hover, focus and in print.
std::string NumberInfo(const v1::NumberMention& n);

// One document of the page.
struct RenderDocument {
  // Shown as the document's heading (a file path); may be empty.
  std::string name;
  // The request text. Must be valid UTF-8 when `error` is empty.
  std::string text;
  // The answer of Analyze for `text`; ignored when `error` is set.
  v1::AnalyzeResponse response;
  // "INVALID_ARGUMENT: ..." when the call failed: the page shows it instead
  // of the text.
  std::string error;
};

// The marked-up text of one document (the inside of its text block).
// `prefix` makes the HTML ids unique on the page ("d0-"). Annotations whose
// byte range is not inside `text` on code point boundaries are left out and
// counted in `*dropped` (when not null).
std::string RenderMarkedText(absl::string_view text, const v1::AnalyzeResponse& response,
                             absl::string_view prefix, int* dropped);

// The whole page. `title` names the page (escaped).
std::string RenderPage(absl::string_view title, const std::vector<RenderDocument>& docs);

}  // namespace dhad

#endif  // DHAD_CLIENT_HTML_RENDER_H_
