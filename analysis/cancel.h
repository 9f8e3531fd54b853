// Cancellation of long analyses. The server hands the pipeline a CancelledFn
// (true once the caller went away or the deadline passed); the long stages
// poll it through a CancelPoller while they work, so that a cancelled
// multi-megabyte analysis frees its core within milliseconds instead of
// running to the end of the stage.

#ifndef DHAD_ANALYSIS_CANCEL_H_
#define DHAD_ANALYSIS_CANCEL_H_

#include <functional>

namespace dhad {

// Returns true once the caller no longer wants the result. Must be cheap and
// thread-safe; a null function means "never cancelled".
using CancelledFn = std::function<bool()>;

// Asks a CancelledFn on every `stride`-th call of Cancelled(), so a loop can
// poll it per item at the cost of a counter. Once it has said true, it keeps
// saying true. Not thread-safe: one poller per analysis.
class CancelPoller {
 public:
  // `fn` may be null (never cancelled); it must outlive the poller.
  explicit CancelPoller(const CancelledFn* fn, int stride = 256)
      : fn_(fn != nullptr && *fn ? fn : nullptr), stride_(stride) {}

  // True once the analysis should stop.
  bool Cancelled() {
    if (fn_ == nullptr || cancelled_) return cancelled_;
    if (++count_ < stride_) return false;
    count_ = 0;
    cancelled_ = (*fn_)();
    return cancelled_;
  }

  // Asks the function now, whatever the count (between stages).
  bool CancelledNow() {
    if (fn_ != nullptr && !cancelled_) cancelled_ = (*fn_)();
    return cancelled_;
  }

 private:
  const CancelledFn* fn_;
  const int stride_;
  int count_ = 0;
  bool cancelled_ = false;
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_CANCEL_H_
