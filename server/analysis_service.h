// The dhad.v1.TextAnalyzer service on gRPC's callback API.
//
// Requests arrive as raw bytes and are parsed here (not by gRPC's generated
// deserializer) so that a request whose string field is not valid UTF-8 gets
// INVALID_ARGUMENT naming the field and byte offset, instead of the opaque
// INTERNAL that a failed deserialization gives, and so that the text is
// checked once, by dhad's own UTF-8 check (ParseRequest). The methods are
// registered under the service's full name, so health checks, reflection
// and metrics see dhad.v1.TextAnalyzer exactly as if the generated service
// were used.
//
// Each method parses its request, runs the pipeline (inline or on the
// worker pool), writes the answer and records the call in the metrics
// itself (StartCall/EndCall; server/metrics.h).

#ifndef DHAD_SERVER_ANALYSIS_SERVICE_H_
#define DHAD_SERVER_ANALYSIS_SERVICE_H_

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/service_type.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "analysis/pipeline.h"
#include "dhad/server/requests.pb.h"
#include "dhad/v1/text_analyzer.grpc.pb.h"
#include "dhad/v1/text_analyzer.pb.h"
#include "server/metrics.h"
#include "server/worker_pool.h"

namespace dhad {

struct ServiceOptions {
  // Largest request text accepted, in bytes.
  size_t max_text_bytes = 4 << 20;
  // Requests of one AnalyzeStream being read, analyzed or written at once.
  int max_in_flight_per_stream = 8;
  // Unary requests up to this size (serialized bytes) are analyzed on gRPC's
  // callback thread; larger ones on the worker pool.
  size_t inline_max_bytes = 2048;
  // How long the analysis of one request (one stream message) may run when
  // the caller set no deadline; zero means no limit.
  absl::Duration max_deadline = absl::Seconds(60);
};

class AnalysisService : public grpc::Service {
 public:
  // All pointers must outlive the service; `metrics` may be null.
  AnalysisService(const Pipeline* pipeline, WorkerPool* pool, Metrics* metrics,
                  ServiceOptions options);

  const ServiceOptions& options() const { return options_; }

  // The full names of this service's methods ("/dhad.v1.TextAnalyzer/..."),
  // whose calls the service records in the metrics itself (so the metrics
  // interceptor must leave them out: Metrics::MakeInterceptorFactory).
  static std::vector<std::string> MethodNames();

  // Parses `buffer` as a `Request`: one of the server's mirrors of the
  // API's requests (proto/dhad/server/requests.proto), with the string
  // fields checked as the API's message would be (ParseMessage in
  // server/byte_buffers.h). Errors: INVALID_ARGUMENT naming the string
  // field (of the API's message) and byte offset when a string field is not
  // valid UTF-8, or saying the bytes are not a valid message;
  // RESOURCE_EXHAUSTED when `text` is over max_text_bytes.
  template <typename Request>
  grpc::Status ParseRequest(const grpc::ByteBuffer& buffer, Request* request) const;

  // What a unary method does with a request that has arrived, without a call
  // (the handlers run the same code; fuzz/service_request_fuzzer.cc calls
  // these): parses `buffer` as the method's request (ParseRequest), runs the
  // method's analyzers with no deadline and fills `response`. The response
  // type names the method: Normalize, SegmentSentences, ExtractQuotes,
  // ParseNumbers, Analyze. Errors: those of ParseRequest, then those of the
  // pipeline (server/status_convert.h). Thread-safe.
  grpc::Status Handle(const grpc::ByteBuffer& buffer, v1::NormalizeResponse* response) const;
  grpc::Status Handle(const grpc::ByteBuffer& buffer,
                      v1::SegmentSentencesResponse* response) const;
  grpc::Status Handle(const grpc::ByteBuffer& buffer,
                      v1::ExtractQuotesResponse* response) const;
  grpc::Status Handle(const grpc::ByteBuffer& buffer, v1::ParseNumbersResponse* response) const;
  grpc::Status Handle(const grpc::ByteBuffer& buffer, v1::AnalyzeResponse* response) const;
  // What the Analyze (and AnalyzeStream) and Normalize handlers send: as
  // Handle for that method, with the answer serialized straight into `wire`
  // (server/response_wire.h) instead of built as a message.
  grpc::Status HandleAnalyzeWire(const grpc::ByteBuffer& buffer, std::string* wire) const;
  grpc::Status HandleNormalizeWire(const grpc::ByteBuffer& buffer, std::string* wire) const;

  // From now on, new calls are refused with UNAVAILABLE (calls already
  // running go on): the first step of a graceful shutdown, before gRPC's
  // own. Thread-safe.
  void StartDraining() { draining_.store(true, std::memory_order_relaxed); }
  // Calls of this service that have started and not ended (a stream counts
  // until gRPC is done with it). Thread-safe.
  int active_calls() const { return active_.load(std::memory_order_relaxed); }

  // The reactor of one AnalyzeStream call on `ctx`: what gRPC's handler for
  // the method returns. It deletes itself after OnDone once no analysis of
  // its messages is running (tests/unit/analyze_stream_test.cc drives it
  // through a stream of its own).
  grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* NewAnalyzeStream(
      grpc::CallbackServerContext* ctx);

  class StreamReactor;

 private:
  // Handle() for a single-analyzer method; `ctx` (null outside a call) and
  // `server_deadline` can stop the analysis.
  template <typename Request, typename Response>
  grpc::Status HandleUnary(grpc::CallbackServerContext* ctx, const grpc::ByteBuffer& buffer,
                           Response* response, absl::Time server_deadline) const;
  // Runs one AnalyzeRequest (shared by Analyze and AnalyzeStream; `ctx` is
  // null outside a call) into `answer`: a v1::AnalyzeResponse, or a
  // std::string that receives its bytes written straight from the analysis
  // (server/response_wire.h), which is what the handlers use (building and
  // serializing the message cost a third of the analysis).
  template <typename Answer>
  grpc::Status RunAnalyze(grpc::CallbackServerContext* ctx, const server::AnalyzeRequest& req,
                          Answer* answer, absl::Time server_deadline) const;
  // Handle/HandleAnalyzeWire.
  template <typename Answer>
  grpc::Status HandleAnalyze(const grpc::ByteBuffer& buffer, Answer* answer) const;
  static AnalyzeOptions AnalyzeOptionsOf(const server::AnalyzeRequest& req);
  // When the server gives up on a request that started now: never when the
  // caller set a deadline (gRPC enforces that one), now + max_deadline when
  // it set none.
  absl::Time ServerDeadline(grpc::CallbackServerContext* ctx) const;
  // True once the call is cancelled or `server_deadline` has passed (null
  // when nothing can stop it: no call and no deadline).
  CancelledFn CancelledFor(grpc::CallbackServerContext* ctx, absl::Time server_deadline) const;
  // The status of a failed analysis, telling a server-side deadline apart
  // from a cancellation by the caller.
  grpc::Status FailureStatus(const absl::Status& status, grpc::CallbackServerContext* ctx,
                             absl::Time server_deadline) const;
  // The metrics of one call of this service (recorded here rather than by
  // an interceptor: see Metrics::MakeInterceptorFactory); m is null when
  // metrics are off.
  struct CallRecord {
    Metrics::MethodMetrics* m = nullptr;
    std::chrono::steady_clock::time_point start;
  };
  // Records the start of a call of method `index` (registration order:
  // Normalize, SegmentSentences, ExtractQuotes, ParseNumbers, Analyze,
  // AnalyzeStream) and, for a unary method, its request message.
  CallRecord StartCall(int index) const;
  // Records the end of a call with `status` (and, for a unary call that
  // succeeded, its response message). Called before the status is sent, so
  // that a client that has its answer also finds it counted.
  static void EndCall(const CallRecord& record, const grpc::Status& status, bool unary);

  template <typename Request, typename Response>
  grpc::ServerUnaryReactor* Unary(int index, grpc::CallbackServerContext* ctx,
                                  const grpc::ByteBuffer* buffer, Response* response);
  // Runs `work` (which finishes `reactor`) inline or on the pool, by size.
  void Dispatch(size_t request_bytes, std::function<void()> work,
                grpc::ServerUnaryReactor* reactor, const CallRecord& record);
  // Finishes a unary call that went through Dispatch (and counts it ended).
  void FinishUnary(grpc::ServerUnaryReactor* reactor, const grpc::Status& status,
                   const CallRecord& record);

  const Pipeline* pipeline_;
  WorkerPool* pool_;
  Metrics* metrics_;
  std::array<Metrics::MethodMetrics*, 6> method_metrics_{};  // by method index
  ServiceOptions options_;
  std::atomic<bool> draining_{false};
  std::atomic<int> active_{0};
};

}  // namespace dhad

#endif  // DHAD_SERVER_ANALYSIS_SERVICE_H_
