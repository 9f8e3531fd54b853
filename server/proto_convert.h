// Conversions between the API's messages (dhad/v1/text_analyzer.proto) and
// the analysis library's types. This is where byte spans of the request text
// become the API's Span (code points and bytes), once per response.

#ifndef DHAD_SERVER_PROTO_CONVERT_H_
#define DHAD_SERVER_PROTO_CONVERT_H_

#include "absl/strings/string_view.h"
#include "analysis/normalizer.h"
#include "analysis/pipeline.h"
#include "base/utf8.h"
#include "dhad/v1/text_analyzer.pb.h"

namespace dhad {

// The profile's operations, then every switch that is set.
NormalizeOptions FromProto(const v1::NormalizeOptions& options);

// Fills `out` with the part of `analysis` that `options` selected. `text` is
// the request text the analysis ran on; `offsets` converts its byte offsets.
void ToProto(absl::string_view text, const OffsetConverter& offsets,
             const Analysis& analysis, const AnalyzeOptions& options,
             v1::AnalyzeResponse* out);

// Individual pieces, used by the single-analyzer RPCs.
void ToProto(absl::string_view text, const OffsetConverter& offsets, Span span,
             v1::Span* out);
void ToProto(const Analysis& analysis, v1::NormalizeResponse* out);
void ToProto(absl::string_view text, const OffsetConverter& offsets, Span span,
             v1::Sentence* out);
void ToProto(absl::string_view text, const OffsetConverter& offsets, const Quote& quote,
             v1::Quote* out);
void ToProto(absl::string_view text, const OffsetConverter& offsets,
             const NumberMention& number, v1::NumberMention* out);

}  // namespace dhad

#endif  // DHAD_SERVER_PROTO_CONVERT_H_
