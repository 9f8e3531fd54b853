// dhad_bench's main: the server's allocator policy, then Google Benchmark.

#include <benchmark/benchmark.h>

#include "base/allocator.h"

int main(int argc, char** argv) {
  dhad::ConfigureAllocator();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
