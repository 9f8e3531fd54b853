// Cancellation: the poller's contract, and that the long stages (numbers,
// quotes) stop while they work, not only between stages.

#include "analysis/cancel.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "analysis/pipeline.h"
#include "gtest/gtest.h"

namespace dhad {
namespace {

TEST(CancelPoller, NullFunctionIsNeverCancelled) {
  CancelPoller none(nullptr, 1);
  const CancelledFn empty;
  CancelPoller empty_fn(&empty, 1);
  for (int i = 0; i < 10; ++i) {
    EXPECT_FALSE(none.Cancelled());
    EXPECT_FALSE(empty_fn.Cancelled());
  }
  EXPECT_FALSE(none.CancelledNow());
}

TEST(CancelPoller, AsksEveryStrideCallsAndStaysCancelled) {
  int asked = 0;
  bool answer = false;
  const CancelledFn fn = [&] {
    ++asked;
    return answer;
  };
  CancelPoller poll(&fn, 4);
  for (int i = 0; i < 12; ++i) EXPECT_FALSE(poll.Cancelled());
  EXPECT_EQ(asked, 3);
  answer = true;
  EXPECT_FALSE(poll.Cancelled());  // calls 13..15 are not asked
  EXPECT_FALSE(poll.Cancelled());
  EXPECT_FALSE(poll.Cancelled());
  EXPECT_TRUE(poll.Cancelled());   // call 16 is
  EXPECT_EQ(asked, 4);
  answer = false;
  EXPECT_TRUE(poll.Cancelled());
  EXPECT_TRUE(poll.CancelledNow());
  EXPECT_EQ(asked, 4);  // sticky: not asked again
}

// A long news-like text: quotes with cues and numbers in every paragraph.
std::string LongText(int paragraphs) {
  const std::string paragraph =
      "قال وزير النقل إن «المشروع سيكتمل خلال عامين» مضيفا أن كلفته بلغت 320 مليون "
      "دينار. وأوضح المتحدث باسم الوزارة أن نحو ثلاثة آلاف عامل يشاركون في البناء، "
      "وأشار إلى أن الطريق الجديد يمتد 45 كيلومترا.\n\n";
  std::string out;
  out.reserve(paragraph.size() * paragraphs);
  for (int i = 0; i < paragraphs; ++i) out += paragraph;
  return out;
}

class PipelineCancelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<const Pipeline>> p = Pipeline::Create();
    ASSERT_TRUE(p.ok()) << p.status();
    pipeline_ = p->release();
  }
  static const Pipeline* pipeline_;
};
const Pipeline* PipelineCancelTest::pipeline_ = nullptr;

// Remembers which stage finished last, so that a CancelledFn can tell which
// stage is running when it is asked.
class StageLog : public AnalyzerObserver {
 public:
  void OnAnalyzerDone(absl::string_view analyzer, absl::Duration) override {
    last_ = std::string(analyzer);
  }
  const std::string& last() const { return last_; }

 private:
  std::string last_;
};

TEST_F(PipelineCancelTest, UncancelledRunPollsInsideTheLongStages) {
  const std::string text = LongText(400);
  StageLog log;
  int asked_in_numbers = 0;  // asked after "sentences" finished, before "numbers"
  int asked_in_quotes = 0;   // asked after "numbers" finished, before "quotes"
  const CancelledFn fn = [&] {
    if (log.last() == "sentences") ++asked_in_numbers;
    if (log.last() == "numbers") ++asked_in_quotes;
    return false;
  };
  absl::StatusOr<Analysis> polled = pipeline_->Run(text, AnalyzeOptions(), fn, &log);
  ASSERT_TRUE(polled.ok()) << polled.status();
  // Between stages the pipeline asks once; more means the stage itself asked.
  EXPECT_GT(asked_in_numbers, 10);
  EXPECT_GT(asked_in_quotes, 10);

  // Polling changes nothing in the result.
  absl::StatusOr<Analysis> plain = pipeline_->Run(text, AnalyzeOptions());
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(polled->sentences.size(), plain->sentences.size());
  EXPECT_EQ(polled->numbers.size(), plain->numbers.size());
  EXPECT_EQ(polled->quotes.size(), plain->quotes.size());
  EXPECT_EQ(plain->numbers.size(), 400u * 3);
  EXPECT_GE(plain->quotes.size(), 400u);
}

TEST_F(PipelineCancelTest, CancelDuringQuotesStopsThatStage) {
  const std::string text = LongText(400);
  StageLog log;
  int asked_in_quotes = 0;
  const CancelledFn fn = [&] {
    if (log.last() != "numbers") return false;
    return ++asked_in_quotes >= 3;  // a few polls into the quote stage
  };
  absl::StatusOr<Analysis> a = pipeline_->Run(text, AnalyzeOptions(), fn, &log);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kCancelled);
  EXPECT_EQ(asked_in_quotes, 3);  // it stopped at the first true
  EXPECT_EQ(log.last(), "quotes");
}

TEST_F(PipelineCancelTest, CancelDuringNumbersStopsThatStage) {
  const std::string text = LongText(400);
  StageLog log;
  int asked_in_numbers = 0;
  const CancelledFn fn = [&] {
    if (log.last() != "sentences") return false;
    return ++asked_in_numbers >= 2;
  };
  absl::StatusOr<Analysis> a = pipeline_->Run(text, AnalyzeOptions(), fn, &log);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kCancelled);
  EXPECT_EQ(asked_in_numbers, 2);
  EXPECT_EQ(log.last(), "numbers");  // the quote stage never ran
}

TEST_F(PipelineCancelTest, CancelledBeforeTheViewRunsNothingElse) {
  StageLog log;
  const CancelledFn fn = [] { return true; };
  absl::StatusOr<Analysis> a = pipeline_->Run(LongText(3), AnalyzeOptions(), fn, &log);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kCancelled);
  EXPECT_EQ(log.last(), "normalize");
}

}  // namespace
}  // namespace dhad
