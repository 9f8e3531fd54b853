// The one conversion from the analysis library's absl::Status to the
// grpc::Status a caller sees. The codes share gRPC's numbering; messages are
// capped so that a pathological error cannot blow up a response.

#ifndef DHAD_SERVER_STATUS_CONVERT_H_
#define DHAD_SERVER_STATUS_CONVERT_H_

#include <grpcpp/support/status.h>

#include "absl/status/status.h"

namespace dhad {

inline constexpr size_t kMaxStatusMessageBytes = 1024;

grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace dhad

#endif  // DHAD_SERVER_STATUS_CONVERT_H_
