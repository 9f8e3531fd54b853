// dhad's grpc.health.v1.Health, served in process and called through the
// generated client stub (as any health client would call it).

#include "server/health_service.h"

#include <google/protobuf/stubs/logging.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "grpc/health/v1/health.grpc.pb.h"
#include "prometheus/metric_family.h"
#include "server/metrics.h"

namespace dhad {
namespace {

using grpc::health::v1::Health;
using grpc::health::v1::HealthCheckRequest;
using grpc::health::v1::HealthCheckResponse;

constexpr char kService[] = "dhad.v1.TextAnalyzer";

class HealthServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    health_ = std::make_unique<HealthService>(&metrics_);
    grpc::ServerBuilder builder;
    builder.RegisterService(health_.get());
    server_ = builder.BuildAndStart();
    ASSERT_NE(server_, nullptr);
    channel_ = server_->InProcessChannel(grpc::ChannelArguments());
    stub_ = Health::NewStub(channel_);
  }

  void TearDown() override {
    health_->EndWatches();
    server_->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
    server_->Wait();
  }

  grpc::Status Check(const std::string& service, HealthCheckResponse* response) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    HealthCheckRequest request;
    request.set_service(service);
    return stub_->Check(&ctx, request, response);
  }

  // A Watch of `service` whose first answer has arrived (so the server has
  // registered it).
  struct OpenWatch {
    grpc::ClientContext ctx;
    std::unique_ptr<grpc::ClientReader<HealthCheckResponse>> reader;
    HealthCheckResponse first;
  };
  std::unique_ptr<OpenWatch> Watch(const std::string& service) {
    auto w = std::make_unique<OpenWatch>();
    w->ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    HealthCheckRequest request;
    request.set_service(service);
    w->reader = stub_->Watch(&w->ctx, request);
    EXPECT_TRUE(w->reader->Read(&w->first));
    return w;
  }

  // The value of counter `name` for the health method `method` (and
  // grpc_code `code`, when given); -1 when there is no such series.
  double Counter(const std::string& name, const std::string& method,
                 const std::string& code = "") {
    for (const prometheus::MetricFamily& f : metrics_.registry()->Collect()) {
      if (f.name != name) continue;
      for (const prometheus::ClientMetric& m : f.metric) {
        bool match = true;
        bool method_seen = false;
        for (const prometheus::ClientMetric::Label& l : m.label) {
          if (l.name == "grpc_method") method_seen = l.value == method;
          if (l.name == "grpc_service" && l.value != "grpc.health.v1.Health") match = false;
          if (l.name == "grpc_code" && !code.empty() && l.value != code) match = false;
        }
        if (match && method_seen) return m.counter.value;
      }
    }
    return -1;
  }

  Metrics metrics_;
  std::unique_ptr<HealthService> health_;
  std::unique_ptr<grpc::Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<Health::Stub> stub_;
};

TEST_F(HealthServiceTest, CheckAnswersKnownServicesAndNotFoundForOthers) {
  HealthCheckResponse r;
  ASSERT_TRUE(Check("", &r).ok());
  EXPECT_EQ(r.status(), HealthCheckResponse::SERVING);

  grpc::Status st = Check(kService, &r);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_NE(st.error_message().find(std::string("'") + kService + "'"), std::string::npos)
      << st.error_message();

  health_->SetServingStatus(kService, true);
  ASSERT_TRUE(Check(kService, &r).ok());
  EXPECT_EQ(r.status(), HealthCheckResponse::SERVING);
  health_->SetServingStatus(kService, false);
  ASSERT_TRUE(Check(kService, &r).ok());
  EXPECT_EQ(r.status(), HealthCheckResponse::NOT_SERVING);
  EXPECT_EQ(health_->GetStatus(kService), HealthService::kNotServing);
  EXPECT_EQ(health_->GetStatus("other"), HealthService::kServiceUnknown);
}

TEST_F(HealthServiceTest, MalformedRequestsGetInvalidArgumentSayingWhy) {
  grpc::GenericStub generic(channel_);
  auto call = [&](const std::string& bytes) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    grpc::Slice slice(bytes);
    grpc::ByteBuffer request(&slice, 1);
    grpc::ByteBuffer response;
    grpc::Status status;
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;
    generic.UnaryCall(&ctx, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                      &response, [&](grpc::Status s) {
                        std::lock_guard<std::mutex> lock(mu);
                        status = s;
                        done = true;
                        cv.notify_all();
                      });
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return done; });
    return status;
  };
  // Field 1 (service) holding bytes that are not UTF-8.
  google::protobuf::LogSilencer quiet;  // protobuf logs the bad string it refuses
  grpc::Status st = call(std::string("\x0a\x03" "a\xff" "b", 5));
  EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(st.error_message().find("field 'service' of grpc.health.v1.HealthCheckRequest is not "
                                    "valid UTF-8: ill-formed sequence at byte offset 1"),
            std::string::npos)
      << st.error_message();
  // A length that runs past the end.
  st = call(std::string("\x0a\x09" "ab", 4));
  EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(st.error_message().find("not a valid grpc.health.v1.HealthCheckRequest message"),
            std::string::npos)
      << st.error_message();
  // And the service goes on.
  HealthCheckResponse r;
  EXPECT_TRUE(Check("", &r).ok());
}

TEST_F(HealthServiceTest, ShutdownGivesUpOnAWatcherThatDoesNotReadAfterMaxWait) {
  std::unique_ptr<OpenWatch> w = Watch("");
  // Nobody reads: the write of NOT_SERVING cannot complete in process.
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(health_->Shutdown(absl::Milliseconds(200)), 1);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
  HealthCheckResponse r;
  ASSERT_TRUE(w->reader->Read(&r));  // it is told all the same
  EXPECT_EQ(r.status(), HealthCheckResponse::NOT_SERVING);
}

TEST_F(HealthServiceTest, WatchSendsTheStatusThenEveryChange) {
  std::unique_ptr<OpenWatch> w = Watch(kService);
  EXPECT_EQ(w->first.status(), HealthCheckResponse::SERVICE_UNKNOWN);
  health_->SetServingStatus(kService, true);
  HealthCheckResponse r;
  ASSERT_TRUE(w->reader->Read(&r));
  EXPECT_EQ(r.status(), HealthCheckResponse::SERVING);
  health_->SetServingStatus("another", false);  // not this Watch's service
  health_->SetServingStatus(kService, true);    // no change: nothing sent
  health_->SetServingStatus(kService, false);
  ASSERT_TRUE(w->reader->Read(&r));
  EXPECT_EQ(r.status(), HealthCheckResponse::NOT_SERVING);
  EXPECT_EQ(health_->watchers(), 1);

  w->ctx.TryCancel();
  while (w->reader->Read(&r)) {
  }
  EXPECT_EQ(w->reader->Finish().error_code(), grpc::StatusCode::CANCELLED);
  // The server forgets the stream (bounded wait: its OnDone runs on
  // another thread).
  for (int i = 0; i < 500 && health_->watchers() != 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(health_->watchers(), 0);
}

TEST_F(HealthServiceTest, ShutdownTellsEveryWatcherBeforeReturningThenEndWatchesEndsThem) {
  health_->SetServingStatus(kService, true);
  std::unique_ptr<OpenWatch> all = Watch("");
  std::unique_ptr<OpenWatch> one = Watch(kService);
  EXPECT_EQ(all->first.status(), HealthCheckResponse::SERVING);
  EXPECT_EQ(one->first.status(), HealthCheckResponse::SERVING);
  ASSERT_EQ(health_->watchers(), 2);

  // The clients read while the server shuts down (the in-process transport
  // completes a write only when its reader takes the message).
  HealthCheckResponse from_all, from_one;
  bool read_all = false, read_one = false;
  std::thread reader_all([&] { read_all = all->reader->Read(&from_all); });
  std::thread reader_one([&] { read_one = one->reader->Read(&from_one); });
  EXPECT_EQ(health_->Shutdown(absl::Seconds(10)), 0);  // both told
  reader_all.join();
  reader_one.join();
  ASSERT_TRUE(read_all);
  EXPECT_EQ(from_all.status(), HealthCheckResponse::NOT_SERVING);
  ASSERT_TRUE(read_one);
  EXPECT_EQ(from_one.status(), HealthCheckResponse::NOT_SERVING);
  HealthCheckResponse r;

  // For good: a later SERVING is ignored, by Check and by new watchers.
  health_->SetServingStatus(kService, true);
  ASSERT_TRUE(Check(kService, &r).ok());
  EXPECT_EQ(r.status(), HealthCheckResponse::NOT_SERVING);
  std::unique_ptr<OpenWatch> late = Watch("");
  EXPECT_EQ(late->first.status(), HealthCheckResponse::NOT_SERVING);

  health_->EndWatches();
  for (OpenWatch* w : {all.get(), one.get(), late.get()}) {
    EXPECT_FALSE(w->reader->Read(&r));
    const grpc::Status st = w->reader->Finish();
    EXPECT_EQ(st.error_code(), grpc::StatusCode::UNAVAILABLE);
    EXPECT_NE(st.error_message().find("shutting down"), std::string::npos);
  }
  // A Watch that starts now ends at once.
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  auto reader = stub_->Watch(&ctx, HealthCheckRequest());
  EXPECT_FALSE(reader->Read(&r));
  EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST_F(HealthServiceTest, CallsAreCountedInTheMetrics) {
  HealthCheckResponse r;
  ASSERT_TRUE(Check("", &r).ok());
  ASSERT_TRUE(Check("", &r).ok());
  ASSERT_EQ(Check("unknown", &r).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Counter("grpc_server_started_total", "Check"), 3);
  EXPECT_EQ(Counter("grpc_server_msg_received_total", "Check"), 3);
  EXPECT_EQ(Counter("grpc_server_msg_sent_total", "Check"), 2);
  EXPECT_EQ(Counter("grpc_server_handled_total", "Check", "OK"), 2);
  EXPECT_EQ(Counter("grpc_server_handled_total", "Check", "NotFound"), 1);

  std::unique_ptr<OpenWatch> w = Watch("");
  health_->SetServingStatus("", false);
  ASSERT_TRUE(w->reader->Read(&r));
  EXPECT_EQ(Counter("grpc_server_started_total", "Watch"), 1);
  EXPECT_EQ(Counter("grpc_server_msg_sent_total", "Watch"), 2);
  EXPECT_EQ(Counter("grpc_server_handled_total", "Watch", "Unavailable"), 0);
  health_->EndWatches();
  EXPECT_FALSE(w->reader->Read(&r));
  EXPECT_EQ(w->reader->Finish().error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(Counter("grpc_server_handled_total", "Watch", "Unavailable"), 1);
}

}  // namespace
}  // namespace dhad
