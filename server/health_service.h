// grpc.health.v1.Health (Check and Watch) on gRPC's callback API, in place
// of gRPC's default health service.
//
// Two reasons to have our own:
//  - the drain: Shutdown() returns once every Watch stream has been sent
//    NOT_SERVING (the write completed), so the server refuses new calls only
//    after the balancers watching it were told; gRPC's default service gives
//    no way to know when its watchers were told.
//  - the cost: health checks record their metrics here, like dhad's own
//    methods, instead of through gRPC's interceptor (about 7,000
//    instructions per call, see Metrics::MakeInterceptorFactory).
//
// Semantics are those of the health protocol and of gRPC's default service:
// Check answers the status of a known service and NOT_FOUND for an unknown
// one; Watch sends the current status at once (SERVICE_UNKNOWN for an
// unknown service, without ending the call) and then every change; the
// service "" is the server as a whole. After Shutdown() every service is
// NOT_SERVING for good.

#ifndef DHAD_SERVER_HEALTH_SERVICE_H_
#define DHAD_SERVER_HEALTH_SERVICE_H_

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/service_type.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "server/metrics.h"

namespace dhad {

class HealthService : public grpc::Service {
 public:
  // grpc.health.v1.HealthCheckResponse.ServingStatus.
  enum Status { kUnknown = 0, kServing = 1, kNotServing = 2, kServiceUnknown = 3 };

  // `metrics` may be null (nothing recorded); it must outlive the service.
  // The server as a whole ("") starts SERVING.
  explicit HealthService(Metrics* metrics);
  ~HealthService() override;

  // The full names of Check and Watch, which record their own metrics (for
  // Metrics::MakeInterceptorFactory).
  static std::vector<std::string> MethodNames();

  // Sets the status of `service` ("" is the whole server) and sends it to
  // the service's watchers. Ignored after Shutdown(). Thread-safe.
  void SetServingStatus(const std::string& service, bool serving);
  // The status Check would answer for `service` (kServiceUnknown when it is
  // not known). Thread-safe.
  Status GetStatus(const std::string& service) const;

  // Every service NOT_SERVING from now on, for good, sent to every Watch
  // stream. Waits until each stream's NOT_SERVING has been written (or the
  // stream has ended), at most `max_wait`; returns the number of streams
  // still not told when it gave up (0 when all were). Thread-safe.
  int Shutdown(absl::Duration max_wait);
  // Ends every Watch stream with UNAVAILABLE (the server is going away), so
  // that gRPC's shutdown need not wait for them. Thread-safe.
  void EndWatches();
  // Open Watch streams. Thread-safe.
  int watchers() const;

  class WatchReactor;

 private:
  grpc::ServerUnaryReactor* Check(grpc::CallbackServerContext* ctx,
                                  const grpc::ByteBuffer* request, grpc::ByteBuffer* response);
  grpc::ServerWriteReactor<grpc::ByteBuffer>* Watch(grpc::CallbackServerContext* ctx,
                                                    const grpc::ByteBuffer* request);
  Status StatusLocked(const std::string& service) const;
  // From WatchReactor: its latest status was written (wakes Shutdown), or
  // it is done (it is forgotten).
  void WatcherWrote();
  void WatcherDone(WatchReactor* watcher);

  Metrics::MethodMetrics* check_metrics_ = nullptr;
  Metrics::MethodMetrics* watch_metrics_ = nullptr;

  mutable std::mutex mu_;
  std::condition_variable wrote_;
  std::map<std::string, Status> services_;
  std::set<WatchReactor*> watchers_;
  bool shutdown_ = false;
  bool ended_ = false;  // EndWatches: new Watch streams end at once
};

}  // namespace dhad

#endif  // DHAD_SERVER_HEALTH_SERVICE_H_
