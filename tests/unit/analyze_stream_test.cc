// The AnalyzeStream reactor, driven through a stream of the test's own: the
// test plays gRPC's part (it completes reads and writes, and calls OnDone)
// in orders that a real transport produces only now and then, so each order
// is checked every run.

#include <grpcpp/grpcpp.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/server_callback.h>
#include <grpcpp/support/slice.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "analysis/pipeline.h"
#include "dhad/v1/text_analyzer.pb.h"
#include "gtest/gtest.h"
#include "server/analysis_service.h"
#include "server/worker_pool.h"

namespace dhad {
namespace {

using Reactor = grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>;
constexpr auto kWait = std::chrono::seconds(20);

// Records what the reactor asks of its stream. Read, Write and Finish come
// from the test's thread and from the worker pool.
class FakeStream
    : public grpc::ServerCallbackReaderWriter<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  void Bind(Reactor* reactor) {
    reactor_ = reactor;
    BindReactor(reactor);
  }

  void Finish(grpc::Status s) override {
    std::lock_guard<std::mutex> lock(mu_);
    finished_ = true;
    ++finishes_;
    status_ = s;
    cv_.notify_all();
  }
  void SendInitialMetadata() override {}
  void Read(grpc::ByteBuffer* msg) override {
    std::lock_guard<std::mutex> lock(mu_);
    ++reads_;
    read_into_ = msg;
    cv_.notify_all();
  }
  void Write(const grpc::ByteBuffer* msg, grpc::WriteOptions) override {
    std::lock_guard<std::mutex> lock(mu_);
    written_.push_back(*msg);
    cv_.notify_all();
  }
  void WriteAndFinish(const grpc::ByteBuffer* msg, grpc::WriteOptions options,
                      grpc::Status s) override {
    Write(msg, options);
    Finish(s);
  }

  // Waits until the reactor has asked for `n` reads in all; then puts
  // `bytes` where the last one reads into.
  bool CompleteRead(int n, const std::string& bytes) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!cv_.wait_for(lock, kWait, [&] { return reads_ >= n; })) return false;
    grpc::Slice slice(bytes);
    *read_into_ = grpc::ByteBuffer(&slice, 1);
    return true;
  }
  bool WaitReads(int n) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, kWait, [&] { return reads_ >= n; });
  }
  bool WaitWrites(size_t n) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, kWait, [&] { return written_.size() >= n; });
  }
  bool WaitFinish() {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, kWait, [&] { return finished_; });
  }
  bool finished() {
    std::lock_guard<std::mutex> lock(mu_);
    return finished_;
  }
  grpc::Status status() {
    std::lock_guard<std::mutex> lock(mu_);
    return status_;
  }
  size_t writes() {
    std::lock_guard<std::mutex> lock(mu_);
    return written_.size();
  }
  int reads() {
    std::lock_guard<std::mutex> lock(mu_);
    return reads_;
  }
  // Puts `bytes` where the last read asked for reads into (the test calls
  // it only while a read is pending).
  void Fill(const std::string& bytes) {
    std::lock_guard<std::mutex> lock(mu_);
    grpc::Slice slice(bytes);
    *read_into_ = grpc::ByteBuffer(&slice, 1);
  }
  int finishes() {
    std::lock_guard<std::mutex> lock(mu_);
    return finishes_;
  }
  // The id of the `i`th answer written (an AnalyzeResponse).
  std::string WrittenId(size_t i) {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<grpc::Slice> slices;
    if (i >= written_.size() || !written_[i].Dump(&slices).ok()) return "<none>";
    std::string bytes;
    for (const grpc::Slice& s : slices) {
      bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
    }
    v1::AnalyzeResponse response;
    if (!response.ParseFromString(bytes)) return "<not a response>";
    return response.id();
  }

 private:
  grpc::internal::ServerReactor* reactor() override { return reactor_; }
  void CallOnDone() override {}

  Reactor* reactor_ = nullptr;
  std::mutex mu_;
  std::condition_variable cv_;
  int reads_ = 0;
  grpc::ByteBuffer* read_into_ = nullptr;
  std::vector<grpc::ByteBuffer> written_;
  bool finished_ = false;
  int finishes_ = 0;
  grpc::Status status_;
};

std::string Request(const std::string& id) {
  v1::AnalyzeRequest req;
  req.set_id(id);
  req.set_text(
      "قال رئيس البلدية إن أعمال الطريق تنتهي خلال 3 أشهر. وأضاف أن الكلفة بلغت مليوني "
      "ريال.");
  return req.SerializeAsString();
}

// A worker pool of one thread that the test can hold busy, so that what the
// reactor queues stays in the queue where the test can see it.
class HeldPool {
 public:
  static constexpr size_t kQueue = 2;
  HeldPool() : pool_(std::make_unique<WorkerPool>(1, kQueue)) {}
  ~HeldPool() { Release(); }
  WorkerPool* get() { return pool_.get(); }

  // Occupies the worker until Release.
  void Hold() {
    ASSERT_TRUE(pool_->TrySubmit([this] {
      std::unique_lock<std::mutex> lock(mu_);
      running_ = true;
      cv_.notify_all();
      cv_.wait(lock, [&] { return released_; });
    }));
    std::unique_lock<std::mutex> lock(mu_);
    ASSERT_TRUE(cv_.wait_for(lock, kWait, [&] { return running_; }));
  }
  // True when nothing is queued: kQueue more tasks fit.
  bool QueueEmpty() {
    for (size_t i = 0; i < kQueue; ++i) {
      if (!pool_->TrySubmit([] {})) return false;
    }
    return true;
  }
  void Release() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      released_ = true;
    }
    cv_.notify_all();
  }
  // Runs what is queued and joins the worker.
  void Stop() {
    Release();
    pool_.reset();
  }

 private:
  std::unique_ptr<WorkerPool> pool_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool running_ = false;
  bool released_ = false;
};

// Waits until the pool has run everything queued before: its one worker
// takes the tasks in order.
void Drain(WorkerPool* pool) {
  std::mutex mu;
  std::condition_variable cv;
  bool ran = false;
  ASSERT_TRUE(pool->TrySubmit([&] {
    std::lock_guard<std::mutex> lock(mu);
    ran = true;
    cv.notify_all();
  }));
  std::unique_lock<std::mutex> lock(mu);
  ASSERT_TRUE(cv.wait_for(lock, kWait, [&] { return ran; }));
}

class AnalyzeStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto p = Pipeline::Create();
    ASSERT_TRUE(p.ok()) << p.status();
    pipeline_ = std::move(*p);
    ServiceOptions options;
    options.inline_max_bytes = 0;  // every message is analyzed on the pool
    service_ =
        std::make_unique<AnalysisService>(pipeline_.get(), pool_.get(), nullptr, options);
  }
  void TearDown() override { pool_.Stop(); }

  // The context outlives the pool (see TearDown), as gRPC's would not: a
  // task that wrongly outlives the call reads a live context here, and the
  // tests see it through what it queued or wrote.
  grpc::CallbackServerContext ctx_;
  std::unique_ptr<const Pipeline> pipeline_;
  HeldPool pool_;
  std::unique_ptr<AnalysisService> service_;
};

TEST_F(AnalyzeStreamTest, AnswersInOrderAndFinishesOkWhenTheCallerHalfCloses) {
  FakeStream stream;
  Reactor* reactor = service_->NewAnalyzeStream(&ctx_);
  stream.Bind(reactor);
  ASSERT_TRUE(stream.CompleteRead(1, Request("a")));
  reactor->OnReadDone(true);
  ASSERT_TRUE(stream.CompleteRead(2, Request("b")));
  reactor->OnReadDone(true);
  ASSERT_TRUE(stream.WaitWrites(1));
  EXPECT_EQ(stream.WrittenId(0), "a");
  reactor->OnWriteDone(true);
  ASSERT_TRUE(stream.WaitWrites(2));
  EXPECT_EQ(stream.WrittenId(1), "b");
  reactor->OnWriteDone(true);
  ASSERT_TRUE(stream.WaitReads(3));
  EXPECT_FALSE(stream.finished());
  reactor->OnReadDone(false);  // the caller half-closed
  ASSERT_TRUE(stream.WaitFinish());
  EXPECT_TRUE(stream.status().ok()) << stream.status().error_message();
  reactor->OnDone();
}

TEST_F(AnalyzeStreamTest, BadMessageEndsTheStreamAfterTheAnswersBeforeIt) {
  FakeStream stream;
  Reactor* reactor = service_->NewAnalyzeStream(&ctx_);
  stream.Bind(reactor);
  ASSERT_TRUE(stream.CompleteRead(1, Request("a")));
  reactor->OnReadDone(true);
  ASSERT_TRUE(stream.CompleteRead(2, "\xff\xff\xff"));
  reactor->OnReadDone(true);
  ASSERT_TRUE(stream.WaitWrites(1));
  EXPECT_EQ(stream.WrittenId(0), "a");
  reactor->OnWriteDone(true);
  ASSERT_TRUE(stream.WaitFinish());
  EXPECT_EQ(stream.status().error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(stream.status().error_message().find("stream message 2"), std::string::npos)
      << stream.status().error_message();
  EXPECT_EQ(stream.writes(), 1u);
  // The read still pending when the stream finished fails; then gRPC is done.
  ASSERT_TRUE(stream.WaitReads(3));
  reactor->OnReadDone(false);
  reactor->OnDone();
}

// A write fails (the caller went away) while a read is pending: the reactor
// finishes the call at once, and the read may still complete with a message
// that had already arrived. That message must not be analyzed: gRPC calls
// OnDone, and frees the call's context, as soon as OnReadDone returns, so an
// analysis queued then would read a freed context (the crash of the soak).
TEST_F(AnalyzeStreamTest, MessageArrivingAfterAFailedWriteIsNotAnalyzed) {
  FakeStream stream;
  Reactor* reactor = service_->NewAnalyzeStream(&ctx_);
  stream.Bind(reactor);
  ASSERT_TRUE(stream.CompleteRead(1, Request("a")));
  reactor->OnReadDone(true);
  ASSERT_TRUE(stream.WaitWrites(1));
  ASSERT_TRUE(stream.WaitReads(2));  // the next read is pending
  pool_.Hold();
  reactor->OnWriteDone(false);
  ASSERT_TRUE(stream.finished());
  EXPECT_EQ(stream.status().error_code(), grpc::StatusCode::CANCELLED);

  ASSERT_TRUE(stream.CompleteRead(2, Request("b")));
  reactor->OnReadDone(true);
  EXPECT_TRUE(pool_.QueueEmpty())
      << "a message read after Finish was queued for analysis";
  reactor->OnDone();
  pool_.Stop();
  EXPECT_EQ(stream.writes(), 1u);
}

// gRPC's events on one stream in random orders (a fixed set of seeds): reads
// that bring messages, a bad message or the end; writes that succeed or
// fail; a cancellation; and reads or writes that complete after Finish, ok
// or not. Whatever the order: Finish comes exactly once, nothing is read,
// written or analyzed after it, and the stream never stalls with nothing
// pending. (The pool's worker is held once Finish is seen, so an analysis
// queued after it would stay in the queue, where the test sees it.)
TEST_F(AnalyzeStreamTest, RandomOrdersOfEventsNeverWorkAfterFinish) {
  ServiceOptions options;
  options.inline_max_bytes = 0;
  options.max_in_flight_per_stream = 2;
  for (uint32_t seed = 1; seed <= 300; ++seed) {
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint32_t>(n)); };
    HeldPool pool;
    AnalysisService service(pipeline_.get(), pool.get(), nullptr, options);
    grpc::CallbackServerContext ctx;
    FakeStream stream;
    Reactor* reactor = service.NewAnalyzeStream(&ctx);
    stream.Bind(reactor);
    int reads_done = 0;
    size_t writes_done = 0;
    int messages = 0;
    bool cancelled = false;
    bool held = false;
    int reads_at_finish = 0;
    size_t writes_at_finish = 0;
    bool done = false;
    for (int step = 0; step < 80 && !done; ++step) {
      const bool read_pending = stream.reads() > reads_done;
      const bool write_pending = stream.writes() > writes_done;
      if (stream.finished() && !held) {
        pool.Hold();
        held = true;
        reads_at_finish = stream.reads();
        writes_at_finish = stream.writes();
      }
      if (stream.finished() && !read_pending && !write_pending) {
        EXPECT_TRUE(pool.QueueEmpty()) << "an analysis was queued after Finish";
        reactor->OnDone();
        done = true;
        break;
      }
      std::vector<int> events;
      if (read_pending)
        events.insert(events.end(), {0, 0, 0, 1, 2});                // message, bad, end
      if (write_pending) events.insert(events.end(), {3, 3, 3, 4});  // ok, failed
      if (!cancelled) events.push_back(5);
      ASSERT_FALSE(events.empty()) << "the stream stalled before Finish";
      switch (events[static_cast<size_t>(pick(static_cast<int>(events.size())))]) {
        case 0:
          stream.Fill(Request(std::to_string(messages++)));
          ++reads_done;
          reactor->OnReadDone(true);
          break;
        case 1:
          stream.Fill("\xff\xff\xff");
          ++reads_done;
          reactor->OnReadDone(true);
          break;
        case 2:
          ++reads_done;
          reactor->OnReadDone(false);
          break;
        case 3:
          ++writes_done;
          reactor->OnWriteDone(true);
          break;
        case 4:
          ++writes_done;
          reactor->OnWriteDone(false);
          break;
        case 5:
          cancelled = true;
          reactor->OnCancel();
          break;
      }
      if (!held) Drain(pool.get());
      if (held) {
        EXPECT_EQ(stream.reads(), reads_at_finish) << "a read started after Finish";
        EXPECT_EQ(stream.writes(), writes_at_finish) << "a write started after Finish";
      }
    }
    EXPECT_TRUE(done) << "the stream did not end";
    EXPECT_EQ(stream.finishes(), 1);
    pool.Stop();
  }
}

}  // namespace
}  // namespace dhad
