#include "server/status_convert.h"

#include <string>

#include "base/utf8.h"

namespace dhad {

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  std::string message(status.message());
  if (message.size() > kMaxStatusMessageBytes) {
    size_t cut = kMaxStatusMessageBytes;
    // Never cut a UTF-8 sequence in half.
    while (cut > 0 && IsUtf8Continuation(static_cast<unsigned char>(message[cut]))) --cut;
    message.resize(cut);
    message += "...";
  }
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), message);
}

}  // namespace dhad
