// Concurrency of the pieces the server shares between threads: one Pipeline
// serves every call, the WorkerPool runs them, and cancellation arrives from
// another thread. Run under ThreadSanitizer by scripts/test.sh (DHAD_TSAN).

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/synchronization/notification.h"
#include "analysis/pipeline.h"
#include "gtest/gtest.h"
#include "server/worker_pool.h"

namespace dhad {
namespace {

// A summary of an analysis that two runs can be compared by.
std::string Summary(const Analysis& a) {
  std::string s = a.normalized + "|";
  for (const Span& x : a.sentences) s += std::to_string(x.begin) + "-" + std::to_string(x.end) + ",";
  s += "|";
  for (const Quote& q : a.quotes) {
    s += std::to_string(q.content.begin) + "-" + std::to_string(q.content.end) + ":" +
         q.speaker_resolved + ",";
  }
  s += "|";
  for (const NumberMention& n : a.numbers) {
    s += std::to_string(n.span.begin) + "=" + (n.value ? std::to_string(*n.value) : "?") + ",";
  }
  return s;
}

const char* const kTexts[] = {
    "أعلنت البلدية أن أعمال الصيانة ستستمر ثلاثة أسابيع. وقال رئيسها: «سنفتح الشارع قبل العيد».",
    "ارتفع عدد الزوار إلى 12,500 زائر، أي بزيادة 15% عن العام الماضي، بحسب مدير المعرض.",
    "قالت المعلمة إن نحو أربعين طالبا شاركوا في المسابقة.\n\nوأضافت أن الفائزين سيُكرَّمون غدا.",
    "ذكر التقرير أن عشرات الأسر نزحت؛ وأكد مسؤول محلي أن «المساعدات في الطريق».",
};

TEST(Concurrency, SharedPipelineGivesEveryThreadTheSameResults) {
  absl::StatusOr<std::unique_ptr<const Pipeline>> p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.status();
  const Pipeline& pipeline = **p;
  AnalyzeOptions options;
  options.include_alignment = true;
  std::vector<std::string> expected;
  for (const char* t : kTexts) {
    absl::StatusOr<Analysis> a = pipeline.Run(t, options);
    ASSERT_TRUE(a.ok()) << a.status();
    ASSERT_FALSE(a->sentences.empty());
    expected.push_back(Summary(*a));
  }
  constexpr int kThreads = 4;
  constexpr int kRounds = 25;
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < kRounds; ++r) {
        const size_t i = static_cast<size_t>(t + r) % expected.size();
        absl::StatusOr<Analysis> a = pipeline.Run(kTexts[i], options);
        if (!a.ok() || Summary(*a) != expected[i]) ++mismatches;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(Concurrency, CancellationFromAnotherThreadStopsTheRun) {
  absl::StatusOr<std::unique_ptr<const Pipeline>> p = Pipeline::Create();
  ASSERT_TRUE(p.ok());
  std::string text;
  for (int i = 0; i < 300; ++i) text += std::string(kTexts[i % 4]) + "\n\n";
  std::atomic<bool> cancel{false};
  absl::Notification asked;
  const CancelledFn fn = [&] {
    if (!asked.HasBeenNotified()) asked.Notify();
    return cancel.load(std::memory_order_relaxed);
  };
  std::thread canceller([&] {
    asked.WaitForNotification();  // the run has started polling
    cancel.store(true);
  });
  absl::StatusOr<Analysis> a = (*p)->Run(text, AnalyzeOptions(), fn);
  canceller.join();
  // The flag is set while the run is under way; it returns CANCELLED unless
  // it managed to finish before its next poll.
  if (!a.ok()) {
    EXPECT_EQ(a.status().code(), absl::StatusCode::kCancelled);
  }
  EXPECT_TRUE(fn());
}

TEST(Concurrency, WorkerPoolRunsEveryAcceptedTaskOnce) {
  std::atomic<int> ran{0};
  int accepted = 0;
  {
    WorkerPool pool(3, 64);
    EXPECT_EQ(pool.threads(), 3);
    std::vector<std::thread> submitters;
    std::atomic<int> accepted_count{0};
    for (int s = 0; s < 4; ++s) {
      submitters.emplace_back([&] {
        for (int i = 0; i < 200; ++i) {
          if (pool.TrySubmit([&] { ran.fetch_add(1); })) accepted_count.fetch_add(1);
        }
      });
    }
    for (std::thread& th : submitters) th.join();
    accepted = accepted_count.load();
    EXPECT_GT(accepted, 0);
  }  // the destructor runs what is queued, then joins
  EXPECT_EQ(ran.load(), accepted);
}

TEST(Concurrency, WorkerPoolRefusesWhenTheQueueIsFull) {
  absl::Notification release;
  absl::Notification started;
  WorkerPool pool(1, 2);
  ASSERT_TRUE(pool.TrySubmit([&] {
    started.Notify();
    release.WaitForNotification();
  }));
  started.WaitForNotification();  // the only worker is busy
  EXPECT_TRUE(pool.TrySubmit([] {}));
  EXPECT_TRUE(pool.TrySubmit([] {}));
  EXPECT_FALSE(pool.TrySubmit([] {}));  // two queued: full
  release.Notify();
}

}  // namespace
}  // namespace dhad
