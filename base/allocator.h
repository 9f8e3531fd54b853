// The memory allocator's policy for dhad's processes (the server, and the
// benchmarks so that they measure what the server does).
//
// glibc's defaults serve this workload badly in two ways. Its mmap threshold
// rises to the size of every large block freed, so after one multi-megabyte
// request later large buffers come from the heap arenas and stay there:
// resident memory grew by up to 78 MiB after a few big inputs. And it hands
// the top of a heap back to the system as soon as 128 KiB are free there, so
// every request of a few hundred kilobytes or more faults its buffers in
// again: on these VMs page faults took half the time of a 1 MB Analyze
// (BM_Analyze/1MB 15 MB/s; 33 MB/s with this policy). Fixed values fix both:
// blocks of 8 MiB and more (the largest buffers of texts near the 4 MiB
// limit) are mapped and go back to the system when freed; up to 16 MiB of
// free heap is kept for reuse. Measured by tests/e2e/bad_input_test.py: RSS
// 60 MiB warm, 73 MiB after every big input of the suite, flat after (with a
// 4 MiB mmap threshold and default trimming: 40 and 42 MiB, but half the
// speed on 1 MB texts; with 32 MiB kept: 87 MiB).

#ifndef DHAD_BASE_ALLOCATOR_H_
#define DHAD_BASE_ALLOCATOR_H_

#include <malloc.h>

namespace dhad {

// Call once, first thing in main().
inline void ConfigureAllocator() {
  mallopt(M_MMAP_THRESHOLD, 8 << 20);
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
}

}  // namespace dhad

#endif  // DHAD_BASE_ALLOCATOR_H_
