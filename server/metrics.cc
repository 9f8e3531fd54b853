#include "server/metrics.h"

#include <dirent.h>
#include <unistd.h>
#include <unicode/uvernum.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include <google/protobuf/stubs/common.h>
#include <grpcpp/grpcpp.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

#ifndef DHAD_VERSION
#define DHAD_VERSION "unknown"
#endif

namespace dhad {
namespace {

using grpc::experimental::InterceptionHookPoints;
using grpc::experimental::ServerRpcInfo;

// Buckets of go-grpc-prometheus, with finer ones below 5 ms because most
// calls here take well under a millisecond.
const prometheus::Histogram::BucketBoundaries kLatencyBuckets = {
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
    0.05,   0.1,     0.25,   0.5,   1,      2.5,   5,     10};

const char* kCodeNames[17] = {"OK",
                              "Canceled",
                              "Unknown",
                              "InvalidArgument",
                              "DeadlineExceeded",
                              "NotFound",
                              "AlreadyExists",
                              "PermissionDenied",
                              "ResourceExhausted",
                              "FailedPrecondition",
                              "Aborted",
                              "OutOfRange",
                              "Unimplemented",
                              "Internal",
                              "Unavailable",
                              "DataLoss",
                              "Unauthenticated"};

const char* TypeName(ServerRpcInfo::Type type) {
  switch (type) {
    case ServerRpcInfo::Type::UNARY:
      return "unary";
    case ServerRpcInfo::Type::CLIENT_STREAMING:
      return "client_stream";
    case ServerRpcInfo::Type::SERVER_STREAMING:
      return "server_stream";
    case ServerRpcInfo::Type::BIDI_STREAMING:
      return "bidi_stream";
  }
  return "unknown";
}

// One per call: counts the call, its messages and its outcome.
class MetricsInterceptor : public grpc::experimental::Interceptor {
 public:
  explicit MetricsInterceptor(Metrics::MethodMetrics* m)
      : m_(m), start_(std::chrono::steady_clock::now()) {
    m_->Started();
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE)) {
      // The hook also fires for the failed read at half-close.
      if (methods->GetRecvMessage() != nullptr) m_->Received();
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      m_->Sent();
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      m_->Handled(static_cast<int>(methods->GetSendStatus().error_code()), start_);
    }
    methods->Proceed();
  }

 private:
  Metrics::MethodMetrics* m_;
  std::chrono::steady_clock::time_point start_;
};

class MetricsInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  MetricsInterceptorFactory(Metrics* metrics, std::vector<std::string> self_recorded_methods)
      : metrics_(metrics), skip_(std::move(self_recorded_methods)) {}
  grpc::experimental::Interceptor* CreateServerInterceptor(ServerRpcInfo* info) override {
    // No interceptor at all for the methods that record their own calls:
    // gRPC then skips its interception machinery for the call.
    for (const std::string& m : skip_) {
      if (m == info->method()) return nullptr;
    }
    return new MetricsInterceptor(metrics_->ForMethod(info->method(), info->type()));
  }

 private:
  Metrics* metrics_;
  const std::vector<std::string> skip_;
};

// process_* metrics from /proc/self, read at scrape time.
class ProcessCollector : public prometheus::Collectable {
 public:
  ProcessCollector() {
    // Start time: boot time + the process's start in clock ticks.
    const long ticks = sysconf(_SC_CLK_TCK);
    double boot = 0;
    std::ifstream stat("/proc/stat");
    std::string line;
    while (std::getline(stat, line)) {
      if (line.rfind("btime ", 0) == 0) boot = std::stod(line.substr(6));
    }
    const std::vector<std::string> f = SelfStat();
    if (f.size() > 21 && ticks > 0) start_time_ = boot + std::stod(f[21]) / ticks;
  }

  std::vector<prometheus::MetricFamily> Collect() const override {
    std::vector<prometheus::MetricFamily> out;
    const std::vector<std::string> f = SelfStat();
    const long ticks = sysconf(_SC_CLK_TCK);
    const long page = sysconf(_SC_PAGESIZE);
    if (f.size() > 23 && ticks > 0) {
      const double cpu = (std::stod(f[13]) + std::stod(f[14])) / ticks;
      out.push_back(Family("process_cpu_seconds_total",
                           "Total user and system CPU time spent in seconds.",
                           prometheus::MetricType::Counter, cpu));
      out.push_back(Family("process_virtual_memory_bytes", "Virtual memory size in bytes.",
                           prometheus::MetricType::Gauge, std::stod(f[22])));
      out.push_back(Family("process_resident_memory_bytes",
                           "Resident memory size in bytes.", prometheus::MetricType::Gauge,
                           std::stod(f[23]) * page));
    }
    out.push_back(Family("process_start_time_seconds",
                         "Start time of the process since unix epoch in seconds.",
                         prometheus::MetricType::Gauge, start_time_));
    out.push_back(Family("process_open_fds", "Number of open file descriptors.",
                         prometheus::MetricType::Gauge, OpenFds()));
    return out;
  }

 private:
  // Fields of /proc/self/stat, numbered from 0 (pid), with the command name
  // (which may hold spaces) skipped over correctly.
  static std::vector<std::string> SelfStat() {
    std::ifstream in("/proc/self/stat");
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t close = s.rfind(')');
    if (close == std::string::npos) return {};
    std::vector<std::string> f = {"pid", "comm"};
    for (absl::string_view part :
         absl::StrSplit(absl::string_view(s).substr(close + 2), ' ', absl::SkipEmpty())) {
      f.emplace_back(part);
    }
    return f;
  }

  static double OpenFds() {
    DIR* d = opendir("/proc/self/fd");
    if (d == nullptr) return 0;
    double n = 0;
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') ++n;
    }
    closedir(d);
    return n - 1;  // the directory stream itself
  }

  static prometheus::MetricFamily Family(const std::string& name, const std::string& help,
                                         prometheus::MetricType type, double value) {
    prometheus::MetricFamily fam;
    fam.name = name;
    fam.help = help;
    fam.type = type;
    prometheus::ClientMetric m;
    if (type == prometheus::MetricType::Counter) {
      m.counter.value = value;
    } else {
      m.gauge.value = value;
    }
    fam.metric.push_back(m);
    return fam;
  }

  double start_time_ = 0;
};

}  // namespace

// Tells Metrics objects apart in ForMethod's per-thread cache: a new object
// may sit at the address of one that is gone.
std::atomic<uint64_t> next_metrics_id{1};

Metrics::Metrics()
    : id_(next_metrics_id.fetch_add(1, std::memory_order_relaxed)),
      registry_(std::make_shared<prometheus::Registry>()) {
  started_ = &prometheus::BuildCounter()
                  .Name("grpc_server_started_total")
                  .Help("Total number of RPCs started on the server.")
                  .Register(*registry_);
  handled_ = &prometheus::BuildCounter()
                  .Name("grpc_server_handled_total")
                  .Help("Total number of RPCs completed on the server, regardless of "
                        "success or failure.")
                  .Register(*registry_);
  handling_seconds_ = &prometheus::BuildHistogram()
                           .Name("grpc_server_handling_seconds")
                           .Help("Histogram of response latency (seconds) of gRPC that had "
                                 "been application-level handled by the server.")
                           .Register(*registry_);
  msg_received_ = &prometheus::BuildCounter()
                       .Name("grpc_server_msg_received_total")
                       .Help("Total number of RPC stream messages received on the server.")
                       .Register(*registry_);
  msg_sent_ = &prometheus::BuildCounter()
                   .Name("grpc_server_msg_sent_total")
                   .Help("Total number of gRPC stream messages sent by the server.")
                   .Register(*registry_);
  analyzer_seconds_ = &prometheus::BuildHistogram()
                           .Name("dhad_analyzer_seconds")
                           .Help("Time spent in each analyzer, per call (seconds).")
                           .Register(*registry_);
  input_bytes_ = &prometheus::BuildCounter()
                      .Name("dhad_input_bytes_total")
                      .Help("Bytes of request text received for analysis.")
                      .Register(*registry_)
                      .Add({});
  prometheus::BuildGauge()
      .Name("dhad_build_info")
      .Help("Build information: the dhad version and the versions of gRPC, protobuf and "
            "ICU it runs with. Always 1.")
      .Register(*registry_)
      .Add({{"version", DHAD_VERSION},
            {"grpc_version", grpc::Version()},
            {"protobuf_version",
             google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION)},
            {"icu_version", U_ICU_VERSION}})
      .Set(1);
  for (const char* a : {"normalize", "view", "sentences", "quotes", "numbers"}) {
    analyzers_.emplace_back(a, &analyzer_seconds_->Add({{"analyzer", a}}, kLatencyBuckets));
  }
  process_ = std::make_shared<ProcessCollector>();
}

Metrics::~Metrics() { StopExposer(); }

absl::Status Metrics::StartExposer(const std::string& address) {
  try {
    exposer_ = std::make_unique<prometheus::Exposer>(address, 2);
  } catch (const std::exception& e) {
    return absl::UnavailableError(
        absl::StrCat("cannot serve /metrics on ", address, ": ", e.what()));
  }
  exposer_->RegisterCollectable(registry_);
  exposer_->RegisterCollectable(process_);
  return absl::OkStatus();
}

int Metrics::exposer_port() const {
  if (!exposer_) return 0;
  std::vector<int> ports = exposer_->GetListeningPorts();
  return ports.empty() ? 0 : ports.front();
}

void Metrics::StopExposer() { exposer_.reset(); }

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
Metrics::MakeInterceptorFactory(std::vector<std::string> self_recorded_methods) {
  return std::make_unique<MetricsInterceptorFactory>(this, std::move(self_recorded_methods));
}

Metrics::MethodMetrics* Metrics::ForMethod(const char* method, ServerRpcInfo::Type type) {
  // gRPC passes the same name pointer for every call of a registered method,
  // so a per-thread cache keyed by the pointer makes the common case a
  // lock-free lookup without building a string. Unregistered methods come
  // with other pointers and take the locked path below.
  struct CacheEntry {
    uint64_t owner;  // id_
    const char* method;
    MethodMetrics* metrics;
  };
  thread_local CacheEntry cache[16] = {};
  const size_t slot_index = (reinterpret_cast<uintptr_t>(method) >> 4) % 16;
  CacheEntry& hit = cache[slot_index];
  if (hit.method == method && hit.owner == id_) return hit.metrics;
  MethodMetrics* found = ForMethodLocked(method, type);
  hit = CacheEntry{id_, method, found};
  return found;
}

Metrics::MethodMetrics* Metrics::ForMethodLocked(const char* method,
                                                 ServerRpcInfo::Type type) {
  std::lock_guard<std::mutex> lock(mu_);
  std::unique_ptr<MethodMetrics>& slot = methods_[method];
  if (slot) return slot.get();
  slot = std::make_unique<MethodMetrics>();
  // "/package.Service/Method"
  absl::string_view full(method);
  if (!full.empty() && full[0] == '/') full.remove_prefix(1);
  const size_t slash = full.find('/');
  const std::string service(full.substr(0, slash));
  const std::string name(slash == absl::string_view::npos ? "" : full.substr(slash + 1));
  const std::map<std::string, std::string> labels = {
      {"grpc_type", TypeName(type)}, {"grpc_service", service}, {"grpc_method", name}};
  slot->started = &started_->Add(labels);
  slot->received = &msg_received_->Add(labels);
  slot->sent = &msg_sent_->Add(labels);
  slot->seconds = &handling_seconds_->Add(labels, kLatencyBuckets);
  for (int code = 0; code < 17; ++code) {
    std::map<std::string, std::string> with_code = labels;
    with_code["grpc_code"] = kCodeNames[code];
    // Children for every code exist from the first call on, so that rates
    // and ratios have both terms (a zero is a real value).
    slot->handled[code] = &handled_->Add(with_code);
  }
  return slot.get();
}

void Metrics::OnAnalyzerDone(absl::string_view analyzer, absl::Duration elapsed) {
  for (const auto& [name, histogram] : analyzers_) {
    if (name == analyzer) {
      histogram->Observe(absl::ToDoubleSeconds(elapsed));
      return;
    }
  }
}

}  // namespace dhad
