// A purpose-built JSON writer for AnalyzeResponse, for the bulk client.
//
// The bulk client writes one JSON line per document; its output is five to
// six times the size of its input, and protobuf's reflective JSON printer
// (util::MessageToJsonString) made that conversion the client's main cost.
// This writer produces the same JSON as protobuf's mapping with default
// options (lowerCamelCase names, fields with default values and empty
// repeated fields left out, set proto3 `optional` fields and set messages
// always written, enums by name, floats and doubles in their shortest
// round-trip form), so its output parses back into an equal message with
// util::JsonStringToMessage. String escaping is JSON's minimum plus U+2028
// and U+2029; protobuf escapes a few more characters as \uXXXX, which is the
// same JSON value.

#ifndef DHAD_CLIENT_JSON_WRITER_H_
#define DHAD_CLIENT_JSON_WRITER_H_

#include <string>

#include "absl/strings/string_view.h"
#include "client/response_view.h"
#include "dhad/v1/text_analyzer.pb.h"

namespace dhad {

// Appends `s` as a JSON string literal, quotes included, to `out`. Each
// byte that is not part of well-formed UTF-8 is written as U+FFFD, so the
// output is always valid JSON; returns false when there was any.
bool AppendJsonString(absl::string_view s, std::string* out);

// Appends `response` as one JSON object (no newline) to `out`.
void AppendJson(const v1::AnalyzeResponse& response, std::string* out);
// The same JSON from the wire bytes read in place (client/response_view.h),
// which checks the UTF-8 of the strings as it escapes them: false when one
// is not valid UTF-8 (what was appended is then not to be used; protobuf's
// parse of the same bytes gives the error).
bool AppendJson(const AnalyzeResponseView& response, std::string* out);

}  // namespace dhad

#endif  // DHAD_CLIENT_JSON_WRITER_H_
