// Throughput of each analyzer and of the whole pipeline over the example
// corpus (~1 MB), in bytes of input per second.
//
//   build/bench/dhad_bench                       # all
//   build/bench/dhad_bench --benchmark_filter=Normalize

#include <memory>

#include "analysis/normalizer.h"
#include "analysis/pipeline.h"
#include "analysis/text.h"
#include "bench/corpus.h"
#include "benchmark/benchmark.h"

namespace dhad {
namespace {

const Pipeline& GetPipeline() {
  static const Pipeline* p = Pipeline::Create()->release();
  return *p;
}

void RunPipeline(benchmark::State& state, const std::string& input, AnalyzeOptions opts) {
  const Pipeline& p = GetPipeline();
  for (auto _ : state) {
    absl::StatusOr<Analysis> a = p.Run(input, opts);
    if (!a.ok()) {
      state.SkipWithError(std::string(a.status().message()).c_str());
      break;
    }
    benchmark::DoNotOptimize(a->sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.size()));
}

// As the server runs it: the request's text was validated by protobuf.
AnalyzeOptions Only(bool normalize, bool sentences, bool quotes, bool numbers) {
  AnalyzeOptions o = AnalyzeOptions::Only(normalize, sentences, quotes, numbers);
  o.input_is_valid_utf8 = true;
  return o;
}

void BM_Normalize_search(benchmark::State& state) {
  RunPipeline(state, bench::Corpus(), Only(true, false, false, false));
}
BENCHMARK(BM_Normalize_search)->Name("BM_Normalize/search");

void BM_Normalize_search_alignment(benchmark::State& state) {
  AnalyzeOptions o = Only(true, false, false, false);
  o.include_alignment = true;
  RunPipeline(state, bench::Corpus(), o);
}
BENCHMARK(BM_Normalize_search_alignment)->Name("BM_Normalize/search_alignment");

void BM_SegmentSentences(benchmark::State& state) {
  RunPipeline(state, bench::Corpus(), Only(false, true, false, false));
}
BENCHMARK(BM_SegmentSentences);

void BM_ParseNumbers(benchmark::State& state) {
  RunPipeline(state, bench::Corpus(), Only(false, false, false, true));
}
BENCHMARK(BM_ParseNumbers);

void BM_ExtractQuotes(benchmark::State& state) {
  RunPipeline(state, bench::Corpus(), Only(false, true, true, false));
}
BENCHMARK(BM_ExtractQuotes);

void BM_Analyze(benchmark::State& state) {
  RunPipeline(state, bench::Corpus(), Only(true, true, true, true));
}
BENCHMARK(BM_Analyze)->Name("BM_Analyze/1MB");

void BM_Analyze_small(benchmark::State& state) {
  RunPipeline(state, bench::SmallArticle(), Only(true, true, true, true));
}
BENCHMARK(BM_Analyze_small)->Name("BM_Analyze/1KB");

}  // namespace
}  // namespace dhad
