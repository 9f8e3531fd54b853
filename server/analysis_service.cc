#include "server/analysis_service.h"

#include <grpcpp/impl/codegen/server_callback_handlers.h>
#include <grpcpp/support/byte_buffer.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "absl/strings/str_cat.h"
#include "base/utf8.h"
#include "server/byte_buffers.h"
#include "server/proto_convert.h"
#include "server/response_wire.h"
#include "server/status_convert.h"

namespace dhad {
namespace {

// AnalyzeStream's place among the methods (see StartCall).
constexpr int kAnalyzeStreamIndex = 5;

grpc::Status ShuttingDown() {
  return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                      "dhad-server is shutting down; retry on another replica");
}

grpc::Status Overloaded() {
  return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                      "server is overloaded: its analysis queue is full; retry with backoff");
}

// The API's message that a request the server parses stands for: the one
// of the same name in dhad.v1 (same fields, `string` where the server's has
// `bytes`: proto/dhad/server/requests.proto).
template <typename Request>
const google::protobuf::Descriptor* PublicDescriptor() {
  static const google::protobuf::Descriptor* const descriptor =
      google::protobuf::DescriptorPool::generated_pool()->FindMessageTypeByName(
          absl::StrCat(v1::NormalizeRequest::descriptor()->file()->package(), ".",
                       Request::descriptor()->name()));
  return descriptor;
}

// What each single-analyzer method runs (Options) and how it answers (Fill).
template <typename Request>
struct UnaryMethod;

template <>
struct UnaryMethod<server::NormalizeRequest> {
  static AnalyzeOptions Options(const server::NormalizeRequest& r) {
    AnalyzeOptions o = AnalyzeOptions::Only(true, false, false, false);
    o.normalize_options = FromProto(r.options());
    o.include_alignment = r.include_alignment();
    return o;
  }
  static void Fill(const server::NormalizeRequest&, const OffsetConverter&, Analysis& a,
                   v1::NormalizeResponse* out) {
    // The analysis is not used again: move the text out.
    out->set_text(std::move(a.normalized));
    out->mutable_alignment()->Add(a.alignment.begin(), a.alignment.end());
  }
  // What the handler sends: the same answer's bytes (server/response_wire.h).
  static void Fill(const server::NormalizeRequest&, const OffsetConverter&, Analysis& a,
                   std::string* out) {
    AppendNormalizeResponse(a, out);
  }
};

template <>
struct UnaryMethod<server::SegmentSentencesRequest> {
  static AnalyzeOptions Options(const server::SegmentSentencesRequest&) {
    return AnalyzeOptions::Only(false, true, false, false);
  }
  static void Fill(const server::SegmentSentencesRequest& r, const OffsetConverter& offsets,
                   Analysis& a, v1::SegmentSentencesResponse* out) {
    for (Span s : a.sentences) ToProto(r.text(), offsets, s, out->add_sentences());
  }
};

template <>
struct UnaryMethod<server::ExtractQuotesRequest> {
  static AnalyzeOptions Options(const server::ExtractQuotesRequest&) {
    return AnalyzeOptions::Only(false, false, true, false);
  }
  static void Fill(const server::ExtractQuotesRequest& r, const OffsetConverter& offsets,
                   Analysis& a, v1::ExtractQuotesResponse* out) {
    for (const Quote& q : a.quotes) ToProto(r.text(), offsets, q, out->add_quotes());
  }
};

template <>
struct UnaryMethod<server::ParseNumbersRequest> {
  static AnalyzeOptions Options(const server::ParseNumbersRequest&) {
    return AnalyzeOptions::Only(false, false, false, true);
  }
  static void Fill(const server::ParseNumbersRequest& r, const OffsetConverter& offsets,
                   Analysis& a, v1::ParseNumbersResponse* out) {
    for (const NumberMention& n : a.numbers) ToProto(r.text(), offsets, n, out->add_numbers());
  }
};

}  // namespace

template <typename Request>
grpc::Status AnalysisService::ParseRequest(const grpc::ByteBuffer& buffer,
                                           Request* request) const {
  grpc::Status status = ParseMessage(buffer, PublicDescriptor<Request>(), request);
  if (!status.ok()) return status;
  if (request->text().size() > options_.max_text_bytes) {
    return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                        absl::StrCat("text is ", request->text().size(),
                                     " bytes; this server accepts at most ",
                                     options_.max_text_bytes,
                                     " bytes (--max_text_bytes): split the text"));
  }
  if (metrics_ != nullptr) metrics_->AddInputBytes(request->text().size());
  return grpc::Status::OK;
}

// For the fuzzer (fuzz/service_request_fuzzer.cc), which checks each parse.
template grpc::Status AnalysisService::ParseRequest(const grpc::ByteBuffer&,
                                                    server::NormalizeRequest*) const;
template grpc::Status AnalysisService::ParseRequest(const grpc::ByteBuffer&,
                                                    server::SegmentSentencesRequest*) const;
template grpc::Status AnalysisService::ParseRequest(const grpc::ByteBuffer&,
                                                    server::ExtractQuotesRequest*) const;
template grpc::Status AnalysisService::ParseRequest(const grpc::ByteBuffer&,
                                                    server::ParseNumbersRequest*) const;
template grpc::Status AnalysisService::ParseRequest(const grpc::ByteBuffer&,
                                                    server::AnalyzeRequest*) const;

absl::Time AnalysisService::ServerDeadline(grpc::CallbackServerContext* ctx) const {
  const bool caller_set_one = ctx->deadline() != std::chrono::system_clock::time_point::max();
  if (caller_set_one || options_.max_deadline <= absl::ZeroDuration()) {
    return absl::InfiniteFuture();
  }
  return absl::Now() + options_.max_deadline;
}

CancelledFn AnalysisService::CancelledFor(grpc::CallbackServerContext* ctx,
                                          absl::Time server_deadline) const {
  if (ctx == nullptr) {
    if (server_deadline == absl::InfiniteFuture()) return nullptr;
    return [server_deadline] { return absl::Now() > server_deadline; };
  }
  if (server_deadline == absl::InfiniteFuture()) return [ctx] { return ctx->IsCancelled(); };
  return [ctx, server_deadline] {
    return ctx->IsCancelled() || absl::Now() > server_deadline;
  };
}

grpc::Status AnalysisService::FailureStatus(const absl::Status& status,
                                            grpc::CallbackServerContext* ctx,
                                            absl::Time server_deadline) const {
  if (status.code() == absl::StatusCode::kCancelled &&
      (ctx == nullptr || !ctx->IsCancelled()) && absl::Now() > server_deadline) {
    return grpc::Status(
        grpc::StatusCode::DEADLINE_EXCEEDED,
        absl::StrCat("the call set no deadline and its analysis ran past the server's "
                     "maximum of ",
                     absl::FormatDuration(options_.max_deadline),
                     " (--max_deadline): set a deadline or split the text"));
  }
  return ToGrpcStatus(status);
}

template <typename Request, typename Response>
grpc::Status AnalysisService::HandleUnary(grpc::CallbackServerContext* ctx,
                                          const grpc::ByteBuffer& buffer, Response* response,
                                          absl::Time server_deadline) const {
  Request request;
  grpc::Status status = ParseRequest(buffer, &request);
  if (!status.ok()) return status;
  AnalyzeOptions options = UnaryMethod<Request>::Options(request);
  options.input_is_valid_utf8 = true;  // ParseRequest checked it
  absl::StatusOr<Analysis> analysis =
      pipeline_->Run(request.text(), options, CancelledFor(ctx, server_deadline), metrics_);
  if (!analysis.ok()) return FailureStatus(analysis.status(), ctx, server_deadline);
  // Spans need the code point offsets; a Normalize answer has none, so it
  // skips the pass over the text that building them takes.
  const bool has_spans = options.sentences || options.quotes || options.numbers;
  const OffsetConverter offsets(has_spans ? absl::string_view(request.text())
                                          : absl::string_view());
  UnaryMethod<Request>::Fill(request, offsets, *analysis, response);
  return grpc::Status::OK;
}

grpc::Status AnalysisService::Handle(const grpc::ByteBuffer& buffer,
                                     v1::NormalizeResponse* response) const {
  return HandleUnary<server::NormalizeRequest>(nullptr, buffer, response, absl::InfiniteFuture());
}

grpc::Status AnalysisService::HandleNormalizeWire(const grpc::ByteBuffer& buffer,
                                                  std::string* wire) const {
  return HandleUnary<server::NormalizeRequest>(nullptr, buffer, wire, absl::InfiniteFuture());
}

grpc::Status AnalysisService::Handle(const grpc::ByteBuffer& buffer,
                                     v1::SegmentSentencesResponse* response) const {
  return HandleUnary<server::SegmentSentencesRequest>(nullptr, buffer, response,
                                                  absl::InfiniteFuture());
}

grpc::Status AnalysisService::Handle(const grpc::ByteBuffer& buffer,
                                     v1::ExtractQuotesResponse* response) const {
  return HandleUnary<server::ExtractQuotesRequest>(nullptr, buffer, response,
                                               absl::InfiniteFuture());
}

grpc::Status AnalysisService::Handle(const grpc::ByteBuffer& buffer,
                                     v1::ParseNumbersResponse* response) const {
  return HandleUnary<server::ParseNumbersRequest>(nullptr, buffer, response,
                                              absl::InfiniteFuture());
}

template <typename Answer>
grpc::Status AnalysisService::HandleAnalyze(const grpc::ByteBuffer& buffer,
                                            Answer* answer) const {
  server::AnalyzeRequest request;
  grpc::Status status = ParseRequest(buffer, &request);
  if (!status.ok()) return status;
  return RunAnalyze(nullptr, request, answer, absl::InfiniteFuture());
}

grpc::Status AnalysisService::Handle(const grpc::ByteBuffer& buffer,
                                     v1::AnalyzeResponse* response) const {
  return HandleAnalyze(buffer, response);
}

grpc::Status AnalysisService::HandleAnalyzeWire(const grpc::ByteBuffer& buffer,
                                                std::string* wire) const {
  return HandleAnalyze(buffer, wire);
}

AnalysisService::CallRecord AnalysisService::StartCall(int index) const {
  CallRecord r;
  r.m = method_metrics_[static_cast<size_t>(index)];
  if (r.m == nullptr) return r;
  r.start = std::chrono::steady_clock::now();
  r.m->Started();
  if (index != kAnalyzeStreamIndex) r.m->Received();  // a unary request has arrived
  return r;
}

void AnalysisService::EndCall(const CallRecord& record, const grpc::Status& status, bool unary) {
  if (record.m == nullptr) return;
  if (unary && status.ok()) record.m->Sent();
  record.m->Handled(static_cast<int>(status.error_code()), record.start);
}

template <typename Request, typename Response>
grpc::ServerUnaryReactor* AnalysisService::Unary(int index, grpc::CallbackServerContext* ctx,
                                                 const grpc::ByteBuffer* buffer,
                                                 Response* response) {
  const CallRecord record = StartCall(index);
  grpc::ServerUnaryReactor* reactor = ctx->DefaultReactor();
  const absl::Time server_deadline = ServerDeadline(ctx);
  auto work = [this, ctx, buffer, response, reactor, server_deadline, record] {
    if (ctx->IsCancelled()) {
      FinishUnary(reactor, grpc::Status(grpc::StatusCode::CANCELLED, "the call was cancelled"),
                  record);
      return;
    }
    if constexpr (std::is_same_v<Response, grpc::ByteBuffer>) {
      // The answer written as bytes straight from the analysis.
      auto wire = std::make_unique<std::string>();
      const grpc::Status status = HandleUnary<Request>(ctx, *buffer, wire.get(), server_deadline);
      if (status.ok()) *response = OwningBuffer(std::move(wire));
      FinishUnary(reactor, status, record);
    } else {
      FinishUnary(reactor, HandleUnary<Request>(ctx, *buffer, response, server_deadline), record);
    }
  };
  Dispatch(buffer->Length(), std::move(work), reactor, record);
  return reactor;
}

void AnalysisService::FinishUnary(grpc::ServerUnaryReactor* reactor, const grpc::Status& status,
                                  const CallRecord& record) {
  EndCall(record, status, /*unary=*/true);
  reactor->Finish(status);
  active_.fetch_sub(1, std::memory_order_relaxed);
}

void AnalysisService::Dispatch(size_t request_bytes, std::function<void()> work,
                               grpc::ServerUnaryReactor* reactor, const CallRecord& record) {
  active_.fetch_add(1, std::memory_order_relaxed);
  if (draining_.load(std::memory_order_relaxed)) {
    FinishUnary(reactor, ShuttingDown(), record);
    return;
  }
  // Small requests take a few microseconds of CPU: a hop to the pool would
  // cost more than the work, so they run here, on gRPC's callback thread.
  if (request_bytes <= options_.inline_max_bytes) {
    work();
    return;
  }
  if (!pool_->TrySubmit(std::move(work))) FinishUnary(reactor, Overloaded(), record);
}

AnalyzeOptions AnalysisService::AnalyzeOptionsOf(const server::AnalyzeRequest& req) {
  AnalyzeOptions options;
  options.normalize_options = FromProto(req.normalize_options());
  options.include_alignment = req.include_alignment();
  options.input_is_valid_utf8 = true;  // ParseRequest checked it
  return options;
}

// The two forms of an Analyze answer: the message, or its bytes written
// straight from the analysis (server/response_wire.h).
void WriteAnswer(const server::AnalyzeRequest& req, const OffsetConverter& offsets,
                 const Analysis& analysis, const AnalyzeOptions& options,
                 v1::AnalyzeResponse* out) {
  out->set_id(req.id());
  ToProto(req.text(), offsets, analysis, options, out);
}
void WriteAnswer(const server::AnalyzeRequest& req, const OffsetConverter& offsets,
                 const Analysis& analysis, const AnalyzeOptions& options, std::string* out) {
  AppendAnalyzeResponse(req.id(), req.text(), offsets, analysis, options, out);
}
void ClearAnswer(v1::AnalyzeResponse* out) { out->Clear(); }
void ClearAnswer(std::string* out) { out->clear(); }

template <typename Answer>
grpc::Status AnalysisService::RunAnalyze(grpc::CallbackServerContext* ctx,
                                         const server::AnalyzeRequest& req, Answer* answer,
                                         absl::Time server_deadline) const {
  const AnalyzeOptions options = AnalyzeOptionsOf(req);
  const CancelledFn cancelled = CancelledFor(ctx, server_deadline);
  absl::StatusOr<Analysis> analysis = pipeline_->Run(req.text(), options, cancelled, metrics_);
  if (!analysis.ok()) return FailureStatus(analysis.status(), ctx, server_deadline);
  const OffsetConverter offsets(req.text());
  WriteAnswer(req, offsets, *analysis, options, answer);
  // A large answer takes a while to build and longer to send: when the
  // caller left meanwhile, end with the status and send nothing.
  if (cancelled && cancelled()) {
    ClearAnswer(answer);
    return FailureStatus(absl::CancelledError("the call was cancelled"), ctx, server_deadline);
  }
  return grpc::Status::OK;
}

// One AnalyzeStream call. Reads requests while fewer than
// max_in_flight_per_stream are being analyzed or written, analyzes them on
// the pool, and writes the answers strictly in request order. A bad request
// ends the stream with its status once the answers before it are written.
// Start*/Finish are always called outside the lock.
class AnalysisService::StreamReactor
    : public grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  StreamReactor(AnalysisService* service, grpc::CallbackServerContext* ctx)
      : service_(service), ctx_(ctx), record_(service->StartCall(kAnalyzeStreamIndex)) {
    service_->active_.fetch_add(1, std::memory_order_relaxed);
    if (service_->draining_.load(std::memory_order_relaxed)) {
      finished_ = true;
      const grpc::Status status = ShuttingDown();
      EndCall(record_, status, /*unary=*/false);
      Finish(status);
      return;
    }
    reading_ = true;
    StartRead(&read_buffer_);
  }

  void OnReadDone(bool ok) override {
    if (ok && record_.m != nullptr) record_.m->Received();
    Actions act;
    // The request to analyze on this thread, if any. reading_ stays true
    // until this handler ends, so that no other thread starts the next read
    // while this one is still running.
    bool run_inline = false;
    uint64_t inline_seq = 0;
    grpc::ByteBuffer inline_buffer;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!ok) {
        reads_done_ = true;
      } else if (!failed_ && !finished_) {
        // (Once the call is failed or finished, a message that was already
        // on its way is dropped: Finish may have been called, and gRPC frees
        // the context after this handler returns.)
        const uint64_t seq = next_read_++;
        ++in_flight_;
        ++tasks_;
        ++ctx_users_;
        grpc::ByteBuffer buffer = read_buffer_;
        read_buffer_.Clear();
        if (buffer.Length() <= service_->options_.inline_max_bytes) {
          // Small: analyze here, as unary calls do (a pool hop costs more).
          inline_buffer = std::move(buffer);
          inline_seq = seq;
          run_inline = true;
        } else if (!service_->pool_->TrySubmit(
                       [this, seq, buffer] { Analyze(seq, buffer); })) {
          --tasks_;
          --ctx_users_;
          results_[seq] = Result{Overloaded(), {}};
        }
      }
    }
    // Analyze() keeps the reactor alive: tasks_ counts this request.
    if (run_inline) Analyze(inline_seq, std::move(inline_buffer), /*on_read_thread=*/true);
    {
      std::lock_guard<std::mutex> lock(mu_);
      reading_ = false;
      Plan(&act);
    }
    Do(act);
  }

  void OnWriteDone(bool ok) override {
    Actions act;
    {
      std::lock_guard<std::mutex> lock(mu_);
      writing_ = false;
      --in_flight_;
      ++next_write_;
      if (!ok) {
        // The caller is gone: read no more, and analyze nothing more (a read
        // may still be pending; Plan finishes the call without waiting for
        // it).
        failed_ = true;
        failed_with_ = grpc::Status(grpc::StatusCode::CANCELLED, "write failed");
      }
      Plan(&act);
    }
    Do(act);
  }

  // The client went away, the deadline passed, or the server is shutting
  // down past its grace period. Pending reads and writes fail on their own;
  // when none is pending, nothing else would call Finish, so do it here.
  void OnCancel() override {
    Actions act;
    {
      std::lock_guard<std::mutex> lock(mu_);
      cancelled_ = true;
      Plan(&act);
    }
    Do(act);
  }

  void OnDone() override {
    bool del;
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
      del = tasks_ == 0;
    }
    service_->active_.fetch_sub(1, std::memory_order_relaxed);
    if (del) delete this;
  }

 private:
  struct Result {
    grpc::Status status;
    grpc::ByteBuffer response;  // a serialized AnalyzeResponse
  };
  struct Actions {
    bool read = false;
    const grpc::ByteBuffer* write = nullptr;
    std::optional<grpc::Status> finish;
  };

  // Analyzes one request and records its answer. On the read thread the
  // caller plans the next steps itself (and the reactor cannot be done: its
  // read callback is still running).
  void Analyze(uint64_t seq, grpc::ByteBuffer buffer, bool on_read_thread = false) {
    Result r;
    server::AnalyzeRequest req;
    r.status = service_->ParseRequest(buffer, &req);
    if (r.status.ok() && ctx_->IsCancelled()) {
      r.status = grpc::Status(grpc::StatusCode::CANCELLED, "the call was cancelled");
    }
    if (r.status.ok()) {
      auto wire = std::make_unique<std::string>();
      r.status = service_->RunAnalyze(ctx_, req, wire.get(), service_->ServerDeadline(ctx_));
      if (r.status.ok()) r.response = OwningBuffer(std::move(wire));
    }
    if (!r.status.ok() && r.status.error_code() != grpc::StatusCode::CANCELLED) {
      r.status = grpc::Status(r.status.error_code(),
                              absl::StrCat("stream message ", seq + 1, " (id '", req.id(),
                                           "'): ", r.status.error_message()));
    }
    Actions act;
    {
      std::lock_guard<std::mutex> lock(mu_);
      results_[seq] = std::move(r);
      --ctx_users_;  // done with the call's context: Plan may finish the call
      if (on_read_thread) {
        --tasks_;  // OnReadDone goes on; gRPC calls OnDone only after it
        return;
      }
      Plan(&act);
    }
    Do(act);
    // Finish in Do may lead to OnDone on another thread at once: this task
    // keeps the object alive until here, and the last one out deletes it.
    bool del;
    {
      std::lock_guard<std::mutex> lock(mu_);
      --tasks_;
      del = done_ && tasks_ == 0;
    }
    if (del) delete this;
  }

  // Decides the next steps; called with mu_ held. The call is finished only
  // once no task is queued or running on the pool: the tasks use the call's
  // context, which gRPC frees after Finish (OnDone). They see the
  // cancellation and stop promptly, so the wait is short.
  void Plan(Actions* act) {
    if (finished_) return;
    if (cancelled_) {
      // Nothing more will be read or written; finish once no operation is
      // outstanding.
      if (!writing_ && !reading_ && ctx_users_ == 0) {
        finished_ = true;
        act->finish = grpc::Status(grpc::StatusCode::CANCELLED, "the call was cancelled");
      }
      return;
    }
    if (failed_with_) {
      if (!writing_ && ctx_users_ == 0) {
        finished_ = true;
        act->finish = *failed_with_;
      }
      return;
    }
    if (!writing_) {
      auto it = results_.find(next_write_);
      if (it != results_.end()) {
        if (!it->second.status.ok()) {
          // A bad request ends the stream with its status (no more reads).
          failed_ = true;
          failed_with_ = it->second.status;
          results_.erase(it);
          if (ctx_users_ == 0) {
            finished_ = true;
            act->finish = *failed_with_;
          }
          return;
        }
        current_ = std::move(it->second.response);
        results_.erase(it);
        writing_ = true;
        act->write = &current_;
      }
    }
    if (!reading_ && !reads_done_ && !failed_ &&
        in_flight_ < service_->options_.max_in_flight_per_stream) {
      reading_ = true;
      act->read = true;
    }
    if (reads_done_ && in_flight_ == 0 && !writing_ && ctx_users_ == 0) {
      finished_ = true;
      act->finish = grpc::Status::OK;
    }
  }

  void Do(const Actions& act) {
    if (act.write != nullptr) {
      if (record_.m != nullptr) record_.m->Sent();
      StartWrite(act.write);
    }
    if (act.read) StartRead(&read_buffer_);
    if (act.finish) {
      EndCall(record_, *act.finish, /*unary=*/false);
      Finish(*act.finish);
    }
  }

  AnalysisService* service_;
  grpc::CallbackServerContext* ctx_;
  const CallRecord record_;
  std::mutex mu_;
  grpc::ByteBuffer read_buffer_;
  grpc::ByteBuffer current_;
  std::map<uint64_t, Result> results_;
  uint64_t next_read_ = 0;
  uint64_t next_write_ = 0;
  int in_flight_ = 0;  // read and not yet written
  int tasks_ = 0;      // queued or running on the pool: they keep the object alive
  int ctx_users_ = 0;  // of those, the ones that may still use ctx_: Finish waits for 0
  bool reading_ = false;
  bool reads_done_ = false;
  bool writing_ = false;
  bool failed_ = false;    // a bad request or a failed write: no more reads or analyses
  bool finished_ = false;  // Finish has been called
  bool done_ = false;
  bool cancelled_ = false;
  std::optional<grpc::Status> failed_with_;
};

grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* AnalysisService::NewAnalyzeStream(
    grpc::CallbackServerContext* ctx) {
  return new StreamReactor(this, ctx);
}

std::vector<std::string> AnalysisService::MethodNames() {
  const std::string prefix = absl::StrCat("/", v1::TextAnalyzer::service_full_name(), "/");
  return {prefix + "Normalize",    prefix + "SegmentSentences", prefix + "ExtractQuotes",
          prefix + "ParseNumbers", prefix + "Analyze",          prefix + "AnalyzeStream"};
}

AnalysisService::AnalysisService(const Pipeline* pipeline, WorkerPool* pool,
                                 Metrics* metrics, ServiceOptions options)
    : pipeline_(pipeline), pool_(pool), metrics_(metrics), options_(options) {
  using grpc::internal::CallbackBidiHandler;
  using grpc::internal::CallbackUnaryHandler;
  using grpc::internal::RpcMethod;
  using grpc::internal::RpcServiceMethod;
  // The method names must outlive the service: keep them in static storage.
  static const std::vector<std::string>* names = new std::vector<std::string>(MethodNames());
  if (metrics_ != nullptr) {
    using Type = grpc::experimental::ServerRpcInfo::Type;
    for (int i = 0; i < 6; ++i) {
      const Type type = i == kAnalyzeStreamIndex ? Type::BIDI_STREAMING : Type::UNARY;
      method_metrics_[static_cast<size_t>(i)] =
          metrics_->ForMethod((*names)[static_cast<size_t>(i)].c_str(), type);
    }
  }

  AddMethod(new RpcServiceMethod((*names)[0].c_str(), RpcMethod::NORMAL_RPC, nullptr));
  MarkMethodCallback(
      0, new CallbackUnaryHandler<grpc::ByteBuffer, grpc::ByteBuffer>(
             [this](grpc::CallbackServerContext* ctx, const grpc::ByteBuffer* req,
                    grpc::ByteBuffer* resp) {
               return Unary<server::NormalizeRequest>(0, ctx, req, resp);
             }));

  AddMethod(new RpcServiceMethod((*names)[1].c_str(), RpcMethod::NORMAL_RPC, nullptr));
  MarkMethodCallback(
      1, new CallbackUnaryHandler<grpc::ByteBuffer, v1::SegmentSentencesResponse>(
             [this](grpc::CallbackServerContext* ctx, const grpc::ByteBuffer* req,
                    v1::SegmentSentencesResponse* resp) {
               return Unary<server::SegmentSentencesRequest>(1, ctx, req, resp);
             }));

  AddMethod(new RpcServiceMethod((*names)[2].c_str(), RpcMethod::NORMAL_RPC, nullptr));
  MarkMethodCallback(
      2, new CallbackUnaryHandler<grpc::ByteBuffer, v1::ExtractQuotesResponse>(
             [this](grpc::CallbackServerContext* ctx, const grpc::ByteBuffer* req,
                    v1::ExtractQuotesResponse* resp) {
               return Unary<server::ExtractQuotesRequest>(2, ctx, req, resp);
             }));

  AddMethod(new RpcServiceMethod((*names)[3].c_str(), RpcMethod::NORMAL_RPC, nullptr));
  MarkMethodCallback(
      3, new CallbackUnaryHandler<grpc::ByteBuffer, v1::ParseNumbersResponse>(
             [this](grpc::CallbackServerContext* ctx, const grpc::ByteBuffer* req,
                    v1::ParseNumbersResponse* resp) {
               return Unary<server::ParseNumbersRequest>(3, ctx, req, resp);
             }));

  AddMethod(new RpcServiceMethod((*names)[4].c_str(), RpcMethod::NORMAL_RPC, nullptr));
  MarkMethodCallback(
      4, new CallbackUnaryHandler<grpc::ByteBuffer, grpc::ByteBuffer>(
             [this](grpc::CallbackServerContext* ctx, const grpc::ByteBuffer* buffer,
                    grpc::ByteBuffer* resp) {
               const CallRecord record = StartCall(4);
               grpc::ServerUnaryReactor* reactor = ctx->DefaultReactor();
               const absl::Time server_deadline = ServerDeadline(ctx);
               Dispatch(
                   buffer->Length(),
                   [this, ctx, buffer, resp, reactor, server_deadline, record] {
                     // As a stream message: the answer is written straight
                     // from the analysis (server/response_wire.h).
                     server::AnalyzeRequest req;
                     grpc::Status status = ParseRequest(*buffer, &req);
                     if (status.ok()) {
                       auto wire = std::make_unique<std::string>();
                       status = RunAnalyze(ctx, req, wire.get(), server_deadline);
                       if (status.ok()) *resp = OwningBuffer(std::move(wire));
                     }
                     FinishUnary(reactor, status, record);
                   },
                   reactor, record);
               return reactor;
             }));

  AddMethod(new RpcServiceMethod((*names)[5].c_str(), RpcMethod::BIDI_STREAMING, nullptr));
  MarkMethodCallback(
      5, new CallbackBidiHandler<grpc::ByteBuffer, grpc::ByteBuffer>(
             [this](grpc::CallbackServerContext* ctx) { return NewAnalyzeStream(ctx); }));
}

}  // namespace dhad
