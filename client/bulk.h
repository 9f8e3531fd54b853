// Bulk mode of the dhad client: streams many documents through
// AnalyzeStream and writes one JSON line per document, in input order.

#ifndef DHAD_CLIENT_BULK_H_
#define DHAD_CLIENT_BULK_H_

#include <grpcpp/grpcpp.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "dhad/v1/text_analyzer.pb.h"

namespace dhad {

struct BulkOptions {
  std::vector<std::string> files;  // in output order
  v1::NormalizeOptions normalize_options;
  FILE* out = stdout;   // one JSON line per document
  bool progress = false;  // a progress line on standard error
  bool include_alignment = false;
  // Printed once on standard error when the server cannot be reached
  // (UNAVAILABLE), e.g. what to check about TLS; empty for none.
  std::string unavailable_hint;
};

// The canonical name of a gRPC status code (INVALID_ARGUMENT, ...).
const char* StatusCodeName(grpc::StatusCode code);

// Every regular file under `dir` (recursively), sorted by path.
std::vector<std::string> FilesUnder(const std::string& dir, std::string* error);

// Streams every file and writes, for each, the AnalyzeResponse in protobuf's
// JSON mapping with "id" set to the file's path, or {"id":…, "error":{…}}
// when that document failed. A failed document does not stop the others: the
// stream is reopened after it. Prints a summary line on standard error.
// Returns 0 when every document succeeded, 1 otherwise.
int RunBulk(const std::shared_ptr<grpc::Channel>& channel, const BulkOptions& options);

}  // namespace dhad

#endif  // DHAD_CLIENT_BULK_H_
