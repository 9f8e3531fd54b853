#include "server/health_service.h"

#include <grpcpp/impl/codegen/server_callback_handlers.h>
#include <grpcpp/support/byte_buffer.h>

#include <chrono>
#include <utility>

#include "absl/strings/str_cat.h"
#include "grpc/health/v1/health.pb.h"
#include "server/byte_buffers.h"

namespace dhad {
namespace {

using ServerRpcType = grpc::experimental::ServerRpcInfo::Type;

// A HealthCheckResponse: field 1 (status, an enum: a varint) unless it is
// the default 0, which proto3 does not write. Every status fits in one byte.
grpc::ByteBuffer Encode(HealthService::Status status) {
  static constexpr uint8_t kBytes[4][2] = {{0x08, 0}, {0x08, 1}, {0x08, 2}, {0x08, 3}};
  if (status == HealthService::kUnknown) return grpc::ByteBuffer();
  grpc::Slice slice(kBytes[status], 2, grpc::Slice::STATIC_SLICE);
  return grpc::ByteBuffer(&slice, 1);
}

// The service a Check or Watch asks about.
grpc::Status ParseService(const grpc::ByteBuffer& buffer, std::string* service) {
  grpc::health::v1::HealthCheckRequest request;
  grpc::Status status =
      ParseMessage(buffer, grpc::health::v1::HealthCheckRequest::descriptor(), &request);
  if (!status.ok()) return status;
  *service = std::move(*request.mutable_service());
  return grpc::Status::OK;
}

}  // namespace

// One Watch stream. Sends the latest status of its service: one write at a
// time, and a status that changes while a write is in flight is sent when
// that write is done (only the latest one; intermediate ones are skipped,
// as the protocol allows). Lives until OnDone.
class HealthService::WatchReactor : public grpc::ServerWriteReactor<grpc::ByteBuffer> {
 public:
  // `name`: the service watched.
  WatchReactor(HealthService* service, Metrics::MethodMetrics* m, std::string name)
      : service_(service), m_(m), start_(std::chrono::steady_clock::now()), name_(std::move(name)) {
    if (m_ != nullptr) {
      m_->Started();
      m_->Received();
    }
  }

  const std::string& name() const { return name_; }

  // Sends `status` unless it is what the stream has already been sent.
  // Called with the service's lock held (which keeps this object alive).
  void Send(Status status) {
    std::lock_guard<std::mutex> lock(mu_);
    if (finished_) return;
    if (writing_) {
      pending_ = status;
      has_pending_ = true;
      return;
    }
    if (sent_any_ && status == sent_) return;
    StartLocked(status);
  }

  // Whether the last status given to Send has been written (or the stream
  // is over). Called with the service's lock held.
  bool Told() {
    std::lock_guard<std::mutex> lock(mu_);
    return finished_ || (!writing_ && !has_pending_);
  }

  // Ends the stream with `status` (nothing when it has ended already).
  void End(const grpc::Status& status) {
    std::lock_guard<std::mutex> lock(mu_);
    FinishLocked(status);
  }

  void OnWriteDone(bool ok) override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      writing_ = false;
      if (!ok) {
        // The stream is broken (the client went away): nothing more to say.
        has_pending_ = false;
        FinishLocked(grpc::Status(grpc::StatusCode::CANCELLED, "the health Watch was cancelled"));
      } else if (has_pending_) {
        has_pending_ = false;
        if (pending_ != sent_) StartLocked(pending_);
      }
    }
    service_->WatcherWrote();
  }

  void OnCancel() override {
    std::lock_guard<std::mutex> lock(mu_);
    FinishLocked(grpc::Status(grpc::StatusCode::CANCELLED, "the health Watch was cancelled"));
  }

  void OnDone() override {
    service_->WatcherDone(this);
    delete this;
  }

 private:
  void StartLocked(Status status) {
    sent_ = status;
    sent_any_ = true;
    writing_ = true;
    response_ = Encode(status);
    if (m_ != nullptr) m_->Sent();
    StartWrite(&response_);
  }

  void FinishLocked(const grpc::Status& status) {
    if (finished_) return;
    finished_ = true;
    // Counted before the status is sent, like dhad's own methods.
    if (m_ != nullptr) m_->Handled(static_cast<int>(status.error_code()), start_);
    Finish(status);
  }

  HealthService* const service_;
  Metrics::MethodMetrics* const m_;
  const std::chrono::steady_clock::time_point start_;
  const std::string name_;

  std::mutex mu_;
  grpc::ByteBuffer response_;
  Status sent_ = kUnknown;
  Status pending_ = kUnknown;
  bool sent_any_ = false;
  bool has_pending_ = false;
  bool writing_ = false;
  bool finished_ = false;
};

std::vector<std::string> HealthService::MethodNames() {
  return {"/grpc.health.v1.Health/Check", "/grpc.health.v1.Health/Watch"};
}

HealthService::HealthService(Metrics* metrics) {
  using grpc::internal::CallbackServerStreamingHandler;
  using grpc::internal::CallbackUnaryHandler;
  using grpc::internal::RpcMethod;
  using grpc::internal::RpcServiceMethod;
  // The method names must outlive the service: keep them in static storage.
  static const std::vector<std::string>* names = new std::vector<std::string>(MethodNames());
  if (metrics != nullptr) {
    check_metrics_ = metrics->ForMethod((*names)[0].c_str(), ServerRpcType::UNARY);
    watch_metrics_ = metrics->ForMethod((*names)[1].c_str(), ServerRpcType::SERVER_STREAMING);
  }
  services_[""] = kServing;

  AddMethod(new RpcServiceMethod((*names)[0].c_str(), RpcMethod::NORMAL_RPC, nullptr));
  MarkMethodCallback(0, new CallbackUnaryHandler<grpc::ByteBuffer, grpc::ByteBuffer>(
                            [this](grpc::CallbackServerContext* ctx,
                                   const grpc::ByteBuffer* request, grpc::ByteBuffer* response) {
                              return Check(ctx, request, response);
                            }));
  AddMethod(new RpcServiceMethod((*names)[1].c_str(), RpcMethod::SERVER_STREAMING, nullptr));
  MarkMethodCallback(1, new CallbackServerStreamingHandler<grpc::ByteBuffer, grpc::ByteBuffer>(
                            [this](grpc::CallbackServerContext* ctx,
                                   const grpc::ByteBuffer* request) {
                              return Watch(ctx, request);
                            }));
}

HealthService::~HealthService() = default;

grpc::ServerUnaryReactor* HealthService::Check(grpc::CallbackServerContext* ctx,
                                               const grpc::ByteBuffer* request,
                                               grpc::ByteBuffer* response) {
  std::chrono::steady_clock::time_point start;
  if (check_metrics_ != nullptr) {
    start = std::chrono::steady_clock::now();
    check_metrics_->Started();
    check_metrics_->Received();
  }
  std::string service;
  grpc::Status status = ParseService(*request, &service);
  if (status.ok()) {
    const Status s = GetStatus(service);
    if (s == kServiceUnknown) {
      status = grpc::Status(grpc::StatusCode::NOT_FOUND,
                            absl::StrCat("unknown service '", service,
                                         "': ask about '' (the whole server) or a service "
                                         "this server runs"));
    } else {
      *response = Encode(s);
    }
  }
  if (check_metrics_ != nullptr) {
    if (status.ok()) check_metrics_->Sent();
    check_metrics_->Handled(static_cast<int>(status.error_code()), start);
  }
  grpc::ServerUnaryReactor* reactor = ctx->DefaultReactor();
  reactor->Finish(status);
  return reactor;
}

grpc::ServerWriteReactor<grpc::ByteBuffer>* HealthService::Watch(
    grpc::CallbackServerContext*, const grpc::ByteBuffer* request) {
  std::string service;
  const grpc::Status status = ParseService(*request, &service);
  auto* watcher = new WatchReactor(this, watch_metrics_, std::move(service));
  if (!status.ok()) {
    watcher->End(status);
    return watcher;
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (ended_) {
    watcher->End(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                              "dhad-server is shutting down; watch another replica"));
    return watcher;
  }
  watchers_.insert(watcher);
  watcher->Send(StatusLocked(watcher->name()));
  return watcher;
}

HealthService::Status HealthService::StatusLocked(const std::string& service) const {
  auto it = services_.find(service);
  return it == services_.end() ? kServiceUnknown : it->second;
}

HealthService::Status HealthService::GetStatus(const std::string& service) const {
  std::lock_guard<std::mutex> lock(mu_);
  return StatusLocked(service);
}

void HealthService::SetServingStatus(const std::string& service, bool serving) {
  std::lock_guard<std::mutex> lock(mu_);
  if (shutdown_) return;
  const Status status = serving ? kServing : kNotServing;
  services_[service] = status;
  for (WatchReactor* w : watchers_) {
    if (w->name() == service) w->Send(status);
  }
}

int HealthService::Shutdown(absl::Duration max_wait) {
  const auto deadline = std::chrono::steady_clock::now() + absl::ToChronoNanoseconds(max_wait);
  std::unique_lock<std::mutex> lock(mu_);
  if (!shutdown_) {
    shutdown_ = true;
    for (auto& [name, status] : services_) status = kNotServing;
    for (WatchReactor* w : watchers_) w->Send(StatusLocked(w->name()));
  }
  int untold = 0;
  wrote_.wait_until(lock, deadline, [&] {
    untold = 0;
    for (WatchReactor* w : watchers_) untold += w->Told() ? 0 : 1;
    return untold == 0;
  });
  return untold;
}

void HealthService::EndWatches() {
  std::lock_guard<std::mutex> lock(mu_);
  ended_ = true;
  for (WatchReactor* w : watchers_) {
    w->End(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                        "dhad-server is shutting down; watch another replica"));
  }
}

int HealthService::watchers() const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<int>(watchers_.size());
}

void HealthService::WatcherWrote() {
  std::lock_guard<std::mutex> lock(mu_);
  wrote_.notify_all();
}

void HealthService::WatcherDone(WatchReactor* watcher) {
  std::lock_guard<std::mutex> lock(mu_);
  watchers_.erase(watcher);
  wrote_.notify_all();
}

}  // namespace dhad
