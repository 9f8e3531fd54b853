// dhad-server: the dhad gRPC service.
//
//   dhad-server --listen=127.0.0.1:50051 --metrics_listen=127.0.0.1:9464
//
// Serves dhad.v1.TextAnalyzer, grpc.health.v1.Health and server reflection
// (grpc.reflection.v1alpha), and Prometheus metrics at /metrics. SIGTERM or
// SIGINT starts a graceful shutdown: health turns NOT_SERVING, new calls are
// refused, calls in flight get --shutdown_grace to finish, then the process
// exits 0. With --tls_cert_file and --tls_key_file the gRPC port (health and
// reflection included) serves only TLS; --tls_client_ca_file makes it mutual
// TLS. The metrics endpoint stays plain HTTP.

#include <google/protobuf/stubs/logging.h>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "analysis/pipeline.h"
#include "base/allocator.h"
#include "base/pem_file.h"
#include "server/analysis_service.h"
#include "server/health_service.h"
#include "server/metrics.h"
#include "server/worker_pool.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "Address of the gRPC service, host:port. Port 0 picks a free port (the chosen "
          "address is printed on standard output). Use 0.0.0.0:50051 to accept other "
          "hosts.");
ABSL_FLAG(std::string, metrics_listen, "127.0.0.1:9464",
          "Address of the Prometheus /metrics endpoint, host:port (port 0 picks a free "
          "port). Empty disables metrics: nothing is recorded or served.");
ABSL_FLAG(int64_t, max_text_bytes, 4 << 20,
          "Largest request text accepted, in bytes; larger texts get RESOURCE_EXHAUSTED. "
          "gRPC's maximum receive message size follows it (plus room for the other "
          "fields).");
ABSL_FLAG(int, threads, 0,
          "Worker threads that run the analyzers. 0 means one per CPU core.");
ABSL_FLAG(int, max_queued, 1024,
          "Requests that may wait for a worker; beyond that calls get RESOURCE_EXHAUSTED "
          "instead of queueing without bound.");
ABSL_FLAG(int, max_in_flight_per_stream, 8,
          "Requests of one AnalyzeStream call analyzed or buffered at once; the server "
          "stops reading that stream until answers are written (flow control).");
ABSL_FLAG(int64_t, inline_max_bytes, 2048,
          "Unary requests up to this many bytes are analyzed on gRPC's own callback "
          "thread (a hop to a worker costs more than their analysis); larger ones on the "
          "worker threads. 0 sends every request to the workers.");
ABSL_FLAG(absl::Duration, max_deadline, absl::Seconds(60),
          "How long the analysis of one request (or stream message) may run when the "
          "caller set no deadline; past it the call gets DEADLINE_EXCEEDED, so a "
          "forgotten deadline cannot hold a core. 0 means no limit.");
ABSL_FLAG(int, max_concurrent_streams, 100,
          "Calls one client connection may have open at once (HTTP/2 "
          "MAX_CONCURRENT_STREAMS).");
ABSL_FLAG(absl::Duration, max_connection_age, absl::ZeroDuration(),
          "Close client connections after this long (with a grace period), so that "
          "round_robin clients re-resolve and find new replicas. 0 means never.");
ABSL_FLAG(absl::Duration, min_ping_interval, absl::Seconds(10),
          "Keepalive enforcement: clients pinging more often than this (without data) "
          "are told to go away.");
ABSL_FLAG(absl::Duration, shutdown_grace, absl::Seconds(10),
          "On SIGTERM/SIGINT, how long calls in flight may take to finish before they are "
          "cancelled.");
ABSL_FLAG(absl::Duration, shutdown_delay, absl::Milliseconds(500),
          "On SIGTERM/SIGINT, how long the server keeps its connections open after health "
          "turns NOT_SERVING, refusing new calls with UNAVAILABLE (retryable) while calls "
          "in flight go on, before gRPC's shutdown closes the connections. New calls are "
          "refused once every health Watch stream has been sent NOT_SERVING, or at the "
          "end of this delay if one could not be. Counts within --shutdown_grace.");
ABSL_FLAG(std::string, tls_cert_file, "",
          "TLS: the server's certificate chain (PEM). With --tls_key_file, the gRPC port "
          "serves only TLS (plaintext clients are refused); give both or neither. The "
          "metrics endpoint stays plain HTTP on --metrics_listen.");
ABSL_FLAG(std::string, tls_key_file, "",
          "TLS: the private key (PEM) of --tls_cert_file.");
ABSL_FLAG(std::string, tls_client_ca_file, "",
          "Mutual TLS: CA certificates (PEM). Clients must present a certificate signed by "
          "one of them, or the handshake fails. Needs --tls_cert_file and --tls_key_file.");

namespace {

// protobuf logs every request whose string field is not UTF-8; the caller
// already gets INVALID_ARGUMENT for it, so only other messages are printed.
void ProtobufLog(google::protobuf::LogLevel level, const char* filename, int line,
                 const std::string& message) {
  if (message.find("invalid UTF-8") != std::string::npos) return;
  std::fprintf(stderr, "[libprotobuf %s:%d] %s\n", filename, line, message.c_str());
}

constexpr int64_t kEnvelopeBytes = 64 << 10;  // the request's other fields

// The credentials of the gRPC port from the --tls_* flags: insecure when
// none is given, TLS with a certificate and key, mutual TLS (client
// certificates required and verified) with --tls_client_ca_file as well.
// Returns nullptr and sets `*error` (naming the flag and file) on a usage
// error: only one of cert and key, an unreadable file, or a file without PEM.
// `*mode` becomes "", "tls" or "mtls".
std::shared_ptr<grpc::ServerCredentials> MakeServerCredentials(std::string* mode,
                                                               std::string* error) {
  const std::string cert_file = absl::GetFlag(FLAGS_tls_cert_file);
  const std::string key_file = absl::GetFlag(FLAGS_tls_key_file);
  const std::string ca_file = absl::GetFlag(FLAGS_tls_client_ca_file);
  mode->clear();
  if (cert_file.empty() && key_file.empty()) {
    if (!ca_file.empty()) {
      *error = "--tls_client_ca_file needs --tls_cert_file and --tls_key_file";
      return nullptr;
    }
    return grpc::InsecureServerCredentials();
  }
  if (cert_file.empty() || key_file.empty()) {
    *error = cert_file.empty() ? "--tls_key_file is given without --tls_cert_file"
                               : "--tls_cert_file is given without --tls_key_file";
    return nullptr;
  }
  grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
  if (!dhad::ReadPemFile("tls_cert_file", cert_file, dhad::kPemCertificate, &pair.cert_chain,
                   error) ||
      !dhad::ReadPemFile("tls_key_file", key_file, dhad::kPemPrivateKey, &pair.private_key, error)) {
    return nullptr;
  }
  grpc::SslServerCredentialsOptions options(GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE);
  options.pem_key_cert_pairs.push_back(std::move(pair));
  *mode = "tls";
  if (!ca_file.empty()) {
    if (!dhad::ReadPemFile("tls_client_ca_file", ca_file, dhad::kPemCertificate,
                     &options.pem_root_certs, error)) {
      return nullptr;
    }
    options.client_certificate_request =
        GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
    *mode = "mtls";
  }
  return grpc::SslServerCredentials(options);
}

int Run() {
  dhad::ConfigureAllocator();
  // Debian builds Abseil with its mutex deadlock detection on: every
  // absl::Mutex that gRPC locks also updates a global lock graph (9% of the
  // instructions a health check costs the server, by callgrind). Nothing here
  // needs it at run time.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  // Block the shutdown signals in every thread; this thread waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const int64_t max_text = absl::GetFlag(FLAGS_max_text_bytes);
  if (max_text <= 0 || max_text > (1LL << 30)) {
    std::fprintf(stderr, "dhad-server: --max_text_bytes must be in 1..1073741824\n");
    return 2;
  }
  std::string tls_mode, tls_error;
  std::shared_ptr<grpc::ServerCredentials> credentials =
      MakeServerCredentials(&tls_mode, &tls_error);
  if (credentials == nullptr) {
    std::fprintf(stderr, "dhad-server: %s\n", tls_error.c_str());
    return 2;
  }
  absl::StatusOr<std::unique_ptr<const dhad::Pipeline>> pipeline = dhad::Pipeline::Create();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "dhad-server: cannot build the analyzers: %s\n",
                 pipeline.status().ToString().c_str());
    return 1;
  }

  dhad::Metrics metrics;
  const std::string metrics_listen = absl::GetFlag(FLAGS_metrics_listen);
  if (!metrics_listen.empty()) {
    absl::Status st = metrics.StartExposer(metrics_listen);
    if (!st.ok()) {
      std::fprintf(stderr, "dhad-server: %s\n", st.ToString().c_str());
      return 1;
    }
  }

  int threads = absl::GetFlag(FLAGS_threads);
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  dhad::WorkerPool pool(threads, static_cast<size_t>(std::max(1, absl::GetFlag(FLAGS_max_queued))));

  dhad::ServiceOptions options;
  options.max_text_bytes = static_cast<size_t>(max_text);
  options.max_in_flight_per_stream = std::max(1, absl::GetFlag(FLAGS_max_in_flight_per_stream));
  options.inline_max_bytes =
      static_cast<size_t>(std::max<int64_t>(0, absl::GetFlag(FLAGS_inline_max_bytes)));
  options.max_deadline = absl::GetFlag(FLAGS_max_deadline);
  // With metrics off nothing is recorded at all (no interceptor, no analyzer
  // timings), which is also the baseline for measuring the metrics' cost.
  const bool with_metrics = !metrics_listen.empty();
  dhad::AnalysisService service(pipeline->get(), &pool, with_metrics ? &metrics : nullptr,
                                options);

  // Our own grpc.health.v1.Health rather than gRPC's default one: see
  // server/health_service.h.
  dhad::HealthService health(with_metrics ? &metrics : nullptr);
  health.SetServingStatus(std::string(dhad::v1::TextAnalyzer::service_full_name()), true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(absl::GetFlag(FLAGS_listen), credentials, &port);
  builder.RegisterService(&service);
  builder.RegisterService(&health);
  builder.SetMaxReceiveMessageSize(static_cast<int>(max_text + kEnvelopeBytes));
  builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS,
                             std::max(1, absl::GetFlag(FLAGS_max_concurrent_streams)));
  builder.AddChannelArgument(
      GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS,
      static_cast<int>(absl::ToInt64Milliseconds(absl::GetFlag(FLAGS_min_ping_interval))));
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 2);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  if (absl::GetFlag(FLAGS_max_connection_age) > absl::ZeroDuration()) {
    builder.AddChannelArgument(
        GRPC_ARG_MAX_CONNECTION_AGE_MS,
        static_cast<int>(absl::ToInt64Milliseconds(absl::GetFlag(FLAGS_max_connection_age))));
    builder.AddChannelArgument(GRPC_ARG_MAX_CONNECTION_AGE_GRACE_MS,
                               static_cast<int>(absl::ToInt64Milliseconds(
                                   absl::GetFlag(FLAGS_shutdown_grace))));
  }
  builder.SetMaxSendMessageSize(-1);
  if (with_metrics) {
    std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
        interceptors;
    // dhad's own methods and health checks record their calls themselves.
    std::vector<std::string> self_recorded = dhad::AnalysisService::MethodNames();
    for (std::string& m : dhad::HealthService::MethodNames()) self_recorded.push_back(m);
    interceptors.push_back(metrics.MakeInterceptorFactory(std::move(self_recorded)));
    builder.experimental().SetInterceptorCreators(std::move(interceptors));
  }
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    std::fprintf(stderr, "dhad-server: cannot listen on %s%s\n",
                 absl::GetFlag(FLAGS_listen).c_str(),
                 tls_mode.empty() ? ""
                                  : " with TLS (gRPC's log above says why; is --tls_key_file "
                                    "the key of --tls_cert_file?)");
    return 1;
  }

  std::string host = absl::GetFlag(FLAGS_listen);
  host = host.substr(0, host.rfind(':'));
  std::printf("dhad-server listening on %s:%d", host.c_str(), port);
  if (!tls_mode.empty()) std::printf(" (%s)", tls_mode.c_str());
  if (metrics.exposer_port() != 0) {
    const std::string mhost = metrics_listen.substr(0, metrics_listen.rfind(':'));
    std::printf(", metrics on http://%s:%d/metrics", mhost.c_str(), metrics.exposer_port());
  }
  std::printf(" (%d worker threads)\n", pool.threads());
  std::fflush(stdout);

  int sig = 0;
  sigwait(&signals, &sig);
  std::fprintf(stderr, "dhad-server: %s received, draining (up to %s)\n",
               sig == SIGTERM ? "SIGTERM" : "SIGINT",
               absl::FormatDuration(absl::GetFlag(FLAGS_shutdown_grace)).c_str());
  // NOT_SERVING first, so balancers stop sending: every health Watch stream
  // is sent NOT_SERVING, and only once those writes are done (or
  // --shutdown_delay has passed) are new calls refused, with UNAVAILABLE by
  // the service itself, which clients may retry elsewhere, while the calls
  // in flight finish. A call that reaches gRPC after its own shutdown has
  // begun is cut with CANCELLED instead (neither served nor cleanly
  // refused): --shutdown_delay gives clients time to move away first. Once
  // no call of ours is left, the Watch streams are ended and gRPC's shutdown
  // ends what remains at once.
  const absl::Time signalled = absl::Now();
  const absl::Time drain_deadline = signalled + absl::GetFlag(FLAGS_shutdown_grace);
  const int watchers = health.watchers();
  const int untold = health.Shutdown(absl::GetFlag(FLAGS_shutdown_delay));
  std::fprintf(stderr,
               "dhad-server: health NOT_SERVING sent to %d of %d Watch stream(s) in %s; "
               "refusing new calls\n",
               watchers - untold, watchers,
               absl::FormatDuration(absl::Trunc(absl::Now() - signalled, absl::Microseconds(100)))
                   .c_str());
  service.StartDraining();
  const absl::Time delay_end = signalled + absl::GetFlag(FLAGS_shutdown_delay);
  while (absl::Now() < drain_deadline &&
         (absl::Now() < delay_end || service.active_calls() > 0)) {
    absl::SleepFor(absl::Milliseconds(5));
  }
  health.EndWatches();
  server->Shutdown(absl::ToChronoTime(std::max(absl::Now() + absl::Milliseconds(100),
                                               std::min(drain_deadline, absl::Now()))));
  server->Wait();
  metrics.StopExposer();
  std::fprintf(stderr, "dhad-server: stopped\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  absl::FlagsUsageConfig usage_config;
  usage_config.contains_help_flags = [](absl::string_view file) {
    return absl::EndsWith(file, "server/main.cc");
  };
  usage_config.contains_helpshort_flags = usage_config.contains_help_flags;
  usage_config.normalize_filename = [](absl::string_view file) {
    const size_t at = file.rfind("server/");
    return std::string(at == absl::string_view::npos ? file : file.substr(at));
  };
  absl::SetFlagsUsageConfig(usage_config);
  absl::SetProgramUsageMessage(
      "Arabic text analysis over gRPC (normalization, sentences, quotes, "
      "numbers).\n\nUsage: dhad-server [--listen=HOST:PORT] [--metrics_listen=HOST:PORT] "
      "[--tls_cert_file=PEM --tls_key_file=PEM [--tls_client_ca_file=PEM]] [flags]\n\nServes dhad.v1.TextAnalyzer, grpc.health.v1.Health and server "
      "reflection; Prometheus metrics at /metrics. SIGTERM/SIGINT drain and exit 0.");
  absl::ParseCommandLine(argc, argv);
  google::protobuf::SetLogHandler(&ProtobufLog);
  return Run();
}
