// Fuzzes the service's request handling (server/analysis_service.h): arbitrary
// bytes arrive as the request of one of the unary methods and go through
// AnalysisService::Handle, the code the handlers run (ParseRequest, the
// pipeline, server/proto_convert.h), without a network call.
//
// Input: byte 0 picks the method (Normalize, SegmentSentences, ExtractQuotes,
// ParseNumbers, Analyze) and byte 1 where to cut the bytes into two slices
// (0: one slice), so that both of ParseRequest's paths run; the rest is the
// serialized request.
// Checks: bytes that do not parse as the request (or whose text is not
// UTF-8) give INVALID_ARGUMENT, text over the limit RESOURCE_EXHAUSTED, and
// every other request OK (nothing cancels these calls), never another code;
// error messages are non-empty valid UTF-8. In an OK response every Span is
// inside the request text on code-point boundaries, its code point offsets
// equal a naive count of the code points before its byte offsets, each
// *_text field is exactly the text of its span, strings are valid UTF-8, the
// alignment (when asked for) satisfies the normalizer's contract, the id
// is echoed, and the serialized response parses back. For Normalize and
// Analyze, the handlers' direct serialization (HandleNormalizeWire,
// HandleAnalyzeWire; server/response_wire.h) must equal protobuf's
// serialization of the response, byte for byte. The server's own parse of
// the request (AnalysisService::ParseRequest, into a mirror with `bytes`
// fields) accepts exactly what protobuf's parse of the API's message
// accepts, with the same fields.

#include <google/protobuf/stubs/logging.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/slice.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/strings/string_view.h"
#include "analysis/pipeline.h"
#include "dhad/server/requests.pb.h"
#include "dhad/v1/text_analyzer.pb.h"
#include "fuzz/fuzz_util.h"
#include "server/analysis_service.h"
#include "server/worker_pool.h"

namespace {

using dhad::fuzz::CheckValidUtf8;
using dhad::fuzz::IsBoundary;
using dhad::fuzz::NaiveCodePoints;

// Small enough that the fuzzer reaches it with -max_len=8192.
constexpr size_t kMaxTextBytes = 4096;

struct Fixture {
  std::unique_ptr<const dhad::Pipeline> pipeline;
  std::unique_ptr<dhad::WorkerPool> pool;
  std::unique_ptr<dhad::AnalysisService> service;
};

const dhad::AnalysisService& GetService() {
  static const Fixture* fixture = [] {
    // Protobuf logs every failed UTF-8 check of a string field; the fuzzer
    // makes millions.
    google::protobuf::SetLogHandler(nullptr);
    auto* f = new Fixture;
    auto p = dhad::Pipeline::Create();
    DHAD_FUZZ_CHECK(p.ok(), "Pipeline::Create: %s", p.status().ToString().c_str());
    f->pipeline = std::move(*p);
    f->pool = std::make_unique<dhad::WorkerPool>(1, 1);
    dhad::ServiceOptions options;
    options.max_text_bytes = kMaxTextBytes;
    f->service = std::make_unique<dhad::AnalysisService>(f->pipeline.get(), f->pool.get(),
                                                         nullptr, options);
    return f;
  }();
  return *fixture->service;
}

// A Span of the response: inside `text`, on boundaries, code points agreeing
// with the bytes; `slice` (the *_text field) is the span's text.
void CheckSpan(absl::string_view text, const dhad::v1::Span& span, const std::string* slice,
               const char* what) {
  const uint32_t b = span.byte_start();
  const uint32_t e = span.byte_end();
  DHAD_FUZZ_CHECK(b <= e && e <= text.size(), "%s byte span [%u, %u) outside %zu bytes", what, b,
                  e, text.size());
  DHAD_FUZZ_CHECK(IsBoundary(text, b) && IsBoundary(text, e), "%s [%u, %u) cuts a sequence",
                  what, b, e);
  DHAD_FUZZ_CHECK(span.start() == NaiveCodePoints(text, b) &&
                      span.end() == NaiveCodePoints(text, e),
                  "%s code points [%u, %u) disagree with bytes [%u, %u) (want [%u, %u))", what,
                  span.start(), span.end(), b, e, NaiveCodePoints(text, b),
                  NaiveCodePoints(text, e));
  if (slice != nullptr) {
    DHAD_FUZZ_CHECK(*slice == text.substr(b, e - b), "%s text is not the text of its span", what);
  }
}

void CheckNormalized(absl::string_view text, bool include_alignment,
                     const dhad::v1::NormalizeResponse& r) {
  CheckValidUtf8(r.text(), "normalized text");
  if (include_alignment) {
    dhad::fuzz::CheckAlignment(text, r.text(), r.alignment().data(),
                               static_cast<size_t>(r.alignment_size()));
  } else {
    DHAD_FUZZ_CHECK(r.alignment_size() == 0, "alignment that was not asked for");
  }
}

void CheckSentences(absl::string_view text,
                    const google::protobuf::RepeatedPtrField<dhad::v1::Sentence>& sentences) {
  uint32_t previous_end = 0;
  for (const auto& s : sentences) {
    CheckSpan(text, s.span(), &s.text(), "sentence");
    DHAD_FUZZ_CHECK(s.span().byte_start() < s.span().byte_end() &&
                        s.span().byte_start() >= previous_end,
                    "sentence [%u, %u) empty or overlapping", s.span().byte_start(),
                    s.span().byte_end());
    previous_end = s.span().byte_end();
  }
}

void CheckQuotes(absl::string_view text,
                 const google::protobuf::RepeatedPtrField<dhad::v1::Quote>& quotes) {
  for (const auto& q : quotes) {
    CheckSpan(text, q.content(), &q.content_text(), "quote content");
    if (q.has_speaker()) {
      CheckSpan(text, q.speaker(), &q.speaker_text(), "quote speaker");
    } else {
      DHAD_FUZZ_CHECK(q.speaker_text().empty(), "speaker text without a speaker span");
    }
    if (q.has_cue()) {
      CheckSpan(text, q.cue(), &q.cue_text(), "quote cue");
    } else {
      DHAD_FUZZ_CHECK(q.cue_text().empty(), "cue text without a cue span");
    }
    CheckValidUtf8(q.speaker_resolved(), "speaker_resolved");
    DHAD_FUZZ_CHECK(q.kind() >= 1 && q.kind() <= 3, "quote kind %d", q.kind());
    DHAD_FUZZ_CHECK(q.confidence() >= 0 && q.confidence() <= 1, "quote confidence %g",
                    static_cast<double>(q.confidence()));
  }
}

void CheckNumbers(absl::string_view text,
                  const google::protobuf::RepeatedPtrField<dhad::v1::NumberMention>& numbers) {
  for (const auto& n : numbers) {
    CheckSpan(text, n.span(), &n.text(), "number");
    DHAD_FUZZ_CHECK(n.span().byte_start() < n.span().byte_end(), "empty number span");
    DHAD_FUZZ_CHECK(!n.has_value() || std::isfinite(n.value()), "number value %g", n.value());
    DHAD_FUZZ_CHECK(!n.has_min() || std::isfinite(n.min()), "number min %g", n.min());
    DHAD_FUZZ_CHECK(!n.has_max() || std::isfinite(n.max()), "number max %g", n.max());
    DHAD_FUZZ_CHECK(n.kind() >= 1 && n.kind() <= 4, "number kind %d", n.kind());
  }
}

// Runs `Request`'s method on `buffer` and checks the status against what the
// bytes are, then the response.
// The handlers write the answer without the message (`handle_wire`, one of
// AnalysisService's Handle*Wire): the bytes must be the ones protobuf writes
// for the message Handle built.
template <typename Response>
void CheckWire(const grpc::ByteBuffer& buffer,
               grpc::Status (dhad::AnalysisService::*handle_wire)(const grpc::ByteBuffer&,
                                                                  std::string*) const,
               const Response& resp) {
  std::string wire;
  const grpc::Status status = (GetService().*handle_wire)(buffer, &wire);
  DHAD_FUZZ_CHECK(status.ok(), "the wire path failed where Handle did not: %s",
                  status.error_message().c_str());
  DHAD_FUZZ_CHECK(wire == resp.SerializeAsString(),
                  "the wire answer differs from protobuf's serialization");
}

template <typename Request, typename Mirror, typename Response, typename CheckFn>
void Run(const grpc::ByteBuffer& buffer, const std::string& bytes, CheckFn check) {
  Response response;
  const grpc::Status status = GetService().Handle(buffer, &response);
  Request request;
  const bool parses = request.ParseFromString(bytes);
  // The server parses into its mirror of the request (`bytes` for `string`,
  // proto/dhad/server/requests.proto) and checks UTF-8 itself: it must
  // accept exactly what protobuf accepts, with the same fields.
  Mirror mirror;
  const grpc::Status mirror_status = GetService().ParseRequest(buffer, &mirror);
  if (mirror_status.error_code() != grpc::StatusCode::RESOURCE_EXHAUSTED) {
    DHAD_FUZZ_CHECK(mirror_status.ok() == parses,
                    "protobuf %s the request, the server's parse %s it: %s",
                    parses ? "accepts" : "refuses", mirror_status.ok() ? "accepts" : "refuses",
                    mirror_status.error_message().c_str());
  }
  if (parses && mirror_status.ok()) {
    DHAD_FUZZ_CHECK(mirror.SerializeAsString() == request.SerializeAsString(),
                    "the server's parse of the request differs from protobuf's");
  }
  if (!status.ok()) {
    CheckValidUtf8(status.error_message(), "status message");
    DHAD_FUZZ_CHECK(!status.error_message().empty(), "error without a message");
  }
  if (!parses) {
    DHAD_FUZZ_CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT,
                    "unparseable request gave %d: %s", status.error_code(),
                    status.error_message().c_str());
    return;
  }
  if (request.text().size() > kMaxTextBytes) {
    DHAD_FUZZ_CHECK(status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED,
                    "text of %zu bytes gave %d: %s", request.text().size(), status.error_code(),
                    status.error_message().c_str());
    return;
  }
  DHAD_FUZZ_CHECK(status.ok(), "well-formed request failed: %d %s", status.error_code(),
                  status.error_message().c_str());
  CheckValidUtf8(request.text(), "request text that parsed");
  check(request, response);
  // What the client receives: the response must parse back (protobuf
  // rejects a string field that is not UTF-8).
  Response back;
  DHAD_FUZZ_CHECK(back.ParseFromString(response.SerializeAsString()),
                  "the response does not parse back");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dhad::fuzz::ByteReader in(data, size);
  const uint8_t method = in.Next();
  const uint8_t cut = in.Next();
  const std::string bytes(in.Rest());

  grpc::ByteBuffer buffer;
  if (cut == 0 || bytes.size() < 2) {
    grpc::Slice slice(bytes.data(), bytes.size());
    buffer = grpc::ByteBuffer(&slice, 1);
  } else {
    const size_t at = 1 + cut % (bytes.size() - 1);
    grpc::Slice slices[2] = {grpc::Slice(bytes.data(), at),
                             grpc::Slice(bytes.data() + at, bytes.size() - at)};
    buffer = grpc::ByteBuffer(slices, 2);
  }

  namespace v1 = dhad::v1;
  switch (method % 5) {
    case 0:
      Run<v1::NormalizeRequest, dhad::server::NormalizeRequest, v1::NormalizeResponse>(
          buffer, bytes,
          [&buffer](const v1::NormalizeRequest& req, const v1::NormalizeResponse& resp) {
            CheckNormalized(req.text(), req.include_alignment(), resp);
            CheckWire(buffer, &dhad::AnalysisService::HandleNormalizeWire, resp);
          });
      break;
    case 1:
      Run<v1::SegmentSentencesRequest, dhad::server::SegmentSentencesRequest, v1::SegmentSentencesResponse>(
          buffer, bytes,
          [](const v1::SegmentSentencesRequest& req, const v1::SegmentSentencesResponse& resp) {
            CheckSentences(req.text(), resp.sentences());
          });
      break;
    case 2:
      Run<v1::ExtractQuotesRequest, dhad::server::ExtractQuotesRequest, v1::ExtractQuotesResponse>(
          buffer, bytes,
          [](const v1::ExtractQuotesRequest& req, const v1::ExtractQuotesResponse& resp) {
            CheckQuotes(req.text(), resp.quotes());
          });
      break;
    case 3:
      Run<v1::ParseNumbersRequest, dhad::server::ParseNumbersRequest, v1::ParseNumbersResponse>(
          buffer, bytes,
          [](const v1::ParseNumbersRequest& req, const v1::ParseNumbersResponse& resp) {
            CheckNumbers(req.text(), resp.numbers());
          });
      break;
    default:
      Run<v1::AnalyzeRequest, dhad::server::AnalyzeRequest, v1::AnalyzeResponse>(
          buffer, bytes,
          [&buffer](const v1::AnalyzeRequest& req, const v1::AnalyzeResponse& resp) {
            DHAD_FUZZ_CHECK(resp.id() == req.id(), "id not echoed");
            CheckWire(buffer, &dhad::AnalysisService::HandleAnalyzeWire, resp);
            if (!req.text().empty()) {
              DHAD_FUZZ_CHECK(resp.has_normalized(), "Analyze without normalized text");
            }
            CheckNormalized(req.text(), req.include_alignment(), resp.normalized());
            CheckSentences(req.text(), resp.sentences());
            CheckQuotes(req.text(), resp.quotes());
            CheckNumbers(req.text(), resp.numbers());
          });
      break;
  }
  return 0;
}
