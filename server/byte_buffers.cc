#include "server/byte_buffers.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "base/utf8.h"

namespace dhad {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::io::CodedInputStream;
using google::protobuf::internal::WireFormatLite;

// The bytes of `buffer` in one string (empty when it cannot be read).
std::string Flatten(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  std::string out;
  if (!buffer.Dump(&slices).ok()) return out;
  out.reserve(buffer.Length());
  for (const grpc::Slice& s : slices) {
    out.append(reinterpret_cast<const char*>(s.begin()), s.size());
  }
  return out;
}

// Walks the top-level fields of a serialized message and returns the first
// string field (of `descriptor`) whose bytes are not valid UTF-8, with the
// offset of the bad sequence inside the field. nullopt when the bytes cannot
// be walked (the parse will say so) or all string fields are well-formed.
std::optional<std::pair<std::string, int64_t>> FindBadStringField(
    absl::string_view bytes, const Descriptor* descriptor) {
  CodedInputStream in(reinterpret_cast<const uint8_t*>(bytes.data()),
                      static_cast<int>(bytes.size()));
  while (true) {
    const uint32_t tag = in.ReadTag();
    if (tag == 0) return std::nullopt;
    if (WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
      const FieldDescriptor* field =
          descriptor->FindFieldByNumber(WireFormatLite::GetTagFieldNumber(tag));
      if (field != nullptr && field->type() == FieldDescriptor::TYPE_STRING) {
        uint32_t length = 0;
        if (!in.ReadVarint32(&length)) return std::nullopt;
        const int at = in.CurrentPosition();
        if (!in.Skip(static_cast<int>(length))) return std::nullopt;
        const int64_t bad = FindInvalidUtf8(bytes.substr(static_cast<size_t>(at), length));
        if (bad >= 0) return std::make_pair(field->name(), bad);
        continue;
      }
    }
    if (!WireFormatLite::SkipField(&in, tag)) return std::nullopt;
  }
}

}  // namespace

grpc::Status ParseMessage(const grpc::ByteBuffer& buffer, const Descriptor* descriptor,
                          google::protobuf::MessageLite* message) {
  grpc::Slice single;
  std::string flat;
  absl::string_view bytes;
  if (buffer.TrySingleSlice(&single).ok()) {
    bytes = absl::string_view(reinterpret_cast<const char*>(single.begin()), single.size());
  } else {
    flat = Flatten(buffer);
    bytes = flat;
  }
  if (auto bad = FindBadStringField(bytes, descriptor)) {
    return grpc::Status(
        grpc::StatusCode::INVALID_ARGUMENT,
        absl::StrCat("field '", bad->first, "' of ", descriptor->full_name(),
                     " is not valid UTF-8: ill-formed sequence at byte offset ", bad->second,
                     "; send text as UTF-8"));
  }
  if (!message->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        absl::StrCat("request is not a valid ", descriptor->full_name(),
                                     " message (", bytes.size(),
                                     " bytes that do not parse as protobuf)"));
  }
  return grpc::Status::OK;
}

}  // namespace dhad
