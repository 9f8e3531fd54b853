// A fixed set of threads that run the CPU-bound analysis work, so that gRPC's
// own threads only move bytes. The queue is bounded: when it is full,
// TrySubmit refuses and the caller answers RESOURCE_EXHAUSTED instead of
// buffering without bound.

#ifndef DHAD_SERVER_WORKER_POOL_H_
#define DHAD_SERVER_WORKER_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dhad {

class WorkerPool {
 public:
  // Starts `threads` workers (at least 1) with room for `max_queued` waiting
  // tasks.
  WorkerPool(int threads, size_t max_queued);
  // Runs the tasks already queued, then joins the workers.
  ~WorkerPool();

  // Queues `task`; false when the queue is full or the pool is stopping.
  // Thread-safe.
  bool TrySubmit(std::function<void()> task);

  int threads() const { return static_cast<int>(workers_.size()); }

  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

 private:
  void Loop();

  const size_t max_queued_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace dhad

#endif  // DHAD_SERVER_WORKER_POOL_H_
