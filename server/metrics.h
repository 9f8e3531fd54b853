// Prometheus metrics of the server, exposed as text at /metrics.
//
// gRPC call metrics use the names Prometheus users know from
// go-grpc-prometheus (grpc_server_started_total, grpc_server_handled_total,
// grpc_server_handling_seconds, grpc_server_msg_received_total,
// grpc_server_msg_sent_total). dhad's own methods record them in their
// handlers (MethodMetrics, from AnalysisService); every other call (health,
// reflection, unknown methods) through a server interceptor
// (MakeInterceptorFactory). Analyzer
// timings arrive through the AnalyzerObserver interface of the pipeline.
// Process metrics (resident memory, CPU, start time, open fds) are read from
// /proc when /metrics is scraped.

#ifndef DHAD_SERVER_METRICS_H_
#define DHAD_SERVER_METRICS_H_

#include <grpcpp/support/server_interceptor.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "analysis/pipeline.h"
#include "prometheus/counter.h"
#include "prometheus/exposer.h"
#include "prometheus/family.h"
#include "prometheus/gauge.h"
#include "prometheus/histogram.h"
#include "prometheus/registry.h"

namespace dhad {

class Metrics : public AnalyzerObserver {
 public:
  Metrics();
  ~Metrics() override;

  // Serves /metrics on `address` (host:port; port 0 picks a free one).
  // Errors: kUnavailable when the address cannot be bound.
  absl::Status StartExposer(const std::string& address);
  // The port /metrics is served on, or 0 when not serving.
  int exposer_port() const;
  // Stops serving /metrics (slow: civetweb takes about 1.7 s).
  void StopExposer();

  // An interceptor factory for grpc::ServerBuilder that counts the calls of
  // every method (health, reflection, unknown methods) except
  // `self_recorded_methods` (full names, "/package.Service/Method"), whose
  // handlers record their own calls through MethodMetrics: gRPC 1.51's
  // interception costs about 7,000 instructions and a trip through the
  // completion queue per call, and a call without an interceptor skips it.
  // The factory refers to this object, which must outlive the server.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
  MakeInterceptorFactory(std::vector<std::string> self_recorded_methods = {});

  // AnalyzerObserver: feeds dhad_analyzer_seconds{analyzer}. Thread-safe.
  void OnAnalyzerDone(absl::string_view analyzer, absl::Duration elapsed) override;

  // Counts request text bytes (dhad_input_bytes_total). Thread-safe.
  void AddInputBytes(size_t bytes) { input_bytes_->Increment(static_cast<double>(bytes)); }

  const std::shared_ptr<prometheus::Registry>& registry() const { return registry_; }

  // The metric children of one gRPC method, resolved once, and what a call
  // records in them: Started, then a Received per request message and a Sent
  // per response message, then Handled with its status once. Thread-safe.
  struct MethodMetrics {
    prometheus::Counter* started = nullptr;
    prometheus::Counter* received = nullptr;
    prometheus::Counter* sent = nullptr;
    prometheus::Histogram* seconds = nullptr;
    std::array<prometheus::Counter*, 17> handled{};  // by grpc::StatusCode

    void Started() { started->Increment(); }
    void Received() { received->Increment(); }
    void Sent() { sent->Increment(); }
    // `code` is a grpc::StatusCode (UNKNOWN when out of range); `start` is when
    // the call started.
    void Handled(int code, std::chrono::steady_clock::time_point start) {
      handled[(code >= 0 && code < 17) ? code : 2]->Increment();
      seconds->Observe(
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
  };
  // Thread-safe; the result lives as long as this object.
  MethodMetrics* ForMethod(const char* method, grpc::experimental::ServerRpcInfo::Type type);

 private:
  MethodMetrics* ForMethodLocked(const char* method,
                                 grpc::experimental::ServerRpcInfo::Type type);

  const uint64_t id_;  // unique per object, for ForMethod's cache
  std::shared_ptr<prometheus::Registry> registry_;
  prometheus::Family<prometheus::Counter>* started_;
  prometheus::Family<prometheus::Counter>* handled_;
  prometheus::Family<prometheus::Histogram>* handling_seconds_;
  prometheus::Family<prometheus::Counter>* msg_received_;
  prometheus::Family<prometheus::Counter>* msg_sent_;
  prometheus::Family<prometheus::Histogram>* analyzer_seconds_;
  prometheus::Counter* input_bytes_;

  std::mutex mu_;
  std::unordered_map<std::string, std::unique_ptr<MethodMetrics>> methods_;
  // Fixed after construction: read without the lock.
  std::vector<std::pair<std::string, prometheus::Histogram*>> analyzers_;

  std::shared_ptr<prometheus::Collectable> process_;
  std::unique_ptr<prometheus::Exposer> exposer_;
};

}  // namespace dhad

#endif  // DHAD_SERVER_METRICS_H_
