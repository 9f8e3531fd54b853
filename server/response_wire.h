// The answers of Analyze, AnalyzeStream and Normalize, written straight from
// the analysis in protobuf's wire format. Building the v1::AnalyzeResponse message and
// serializing it allocates every sentence, quote and number, copies their
// texts in, and has protobuf check each of those copies as UTF-8 once more;
// for bulk streams that cost as much as a third of the analysis itself.
//
// The bytes are the ones protobuf writes for the message that ToProto()
// builds (fields in number order, proto3 defaults left out), so any client
// reads them as the same message; response_wire_test holds the two to byte
// equality, and the service_request fuzz target does on arbitrary input.
// A change to AnalyzeResponse or its parts in text_analyzer.proto must be
// made here too: the test fails until it is.

#ifndef DHAD_SERVER_RESPONSE_WIRE_H_
#define DHAD_SERVER_RESPONSE_WIRE_H_

#include <string>

#include "absl/strings/string_view.h"
#include "analysis/pipeline.h"
#include "base/utf8.h"

namespace dhad {

// Appends to `out` the serialized AnalyzeResponse with `id` and the part of
// `analysis` that `options` selected. `text` is the request text the
// analysis ran on and `offsets` converts its byte offsets (as for ToProto).
void AppendAnalyzeResponse(absl::string_view id, absl::string_view text,
                           const OffsetConverter& offsets, const Analysis& analysis,
                           const AnalyzeOptions& options, std::string* out);

// Appends the serialized NormalizeResponse of `analysis` (its normalized
// text and alignment), as the Normalize handler sends it.
void AppendNormalizeResponse(const Analysis& analysis, std::string* out);

}  // namespace dhad

#endif  // DHAD_SERVER_RESPONSE_WIRE_H_
