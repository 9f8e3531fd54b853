// gRPC byte buffers as the server's handlers use them: requests arrive and
// answers leave as raw bytes, parsed and written here rather than by gRPC's
// generated code (see analysis_service.h and health_service.h).

#ifndef DHAD_SERVER_BYTE_BUFFERS_H_
#define DHAD_SERVER_BYTE_BUFFERS_H_

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message_lite.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/slice.h>
#include <grpcpp/support/status.h>

#include <memory>
#include <string>

namespace dhad {

// Parses `buffer` (in place when it arrived in one slice, the usual case)
// into `message`: a message of the type `descriptor` describes, or a mirror
// of it with `bytes` in place of its `string` fields (same wire format:
// proto/dhad/server/requests.proto), which protobuf parses without checking
// UTF-8. Either way every occurrence of a top-level string field of
// `descriptor` is checked here first, so the mirror refuses exactly what
// the message itself would. (Only top-level fields: nested messages keep
// their own types, and protobuf checks their strings.) Errors:
// INVALID_ARGUMENT naming the string field and the byte offset of its first
// ill-formed sequence, or saying the bytes are not such a message.
grpc::Status ParseMessage(const grpc::ByteBuffer& buffer,
                          const google::protobuf::Descriptor* descriptor,
                          google::protobuf::MessageLite* message);

// A byte buffer over `bytes` without a copy; gRPC frees the string with the
// last reference to the slice.
inline grpc::ByteBuffer OwningBuffer(std::unique_ptr<std::string> bytes) {
  std::string* s = bytes.release();
  grpc::Slice slice(
      s->data(), s->size(), [](void* p) { delete static_cast<std::string*>(p); }, s);
  return grpc::ByteBuffer(&slice, 1);
}

}  // namespace dhad

#endif  // DHAD_SERVER_BYTE_BUFFERS_H_
