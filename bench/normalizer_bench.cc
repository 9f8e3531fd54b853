// Throughput of the normalizer alone, without the pipeline around it (UTF-8
// validation, fresh output buffers), so that its own cost can be told apart
// from the rest of BM_Normalize/*. Input bytes per second over the example
// corpus (~1 MB), and over the same corpus fully diacritized.
//
//   build/bench/dhad_bench --benchmark_filter=Normalizer

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/normalizer.h"
#include "base/utf8.h"
#include "bench/corpus.h"
#include "benchmark/benchmark.h"

namespace dhad {
namespace {

const Normalizer& GetNormalizer() {
  static const Normalizer* n = Normalizer::Create()->release();
  return *n;
}

// The corpus with a fatha after every Arabic letter and a shadda after every
// fifth, as in fully vocalized text.
const std::string& DiacritizedCorpus() {
  static const std::string* text = [] {
    const std::string& plain = bench::Corpus();
    auto* out = new std::string();
    int letters = 0;
    for (size_t i = 0; i < plain.size();) {
      int len;
      const char32_t c = DecodeUtf8(plain.data() + i, &len);
      out->append(plain, i, len);
      if (c >= 0x0621 && c <= 0x064A && c != 0x0640) {
        out->append("\xD9\x8E");                           // fatha
        if (++letters % 5 == 0) out->append("\xD9\x91");  // shadda
      }
      i += len;
    }
    return out;
  }();
  return *text;
}

void RunNormalizer(benchmark::State& state, const std::string& input,
                   const NormalizeOptions& options, bool with_map) {
  const Normalizer& n = GetNormalizer();
  std::string out;
  std::vector<uint32_t> map;
  for (auto _ : state) {
    absl::Status st = n.Normalize(input, options, &out, with_map ? &map : nullptr);
    if (!st.ok()) {
      state.SkipWithError(std::string(st.message()).c_str());
      break;
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.size()));
}

void BM_Normalizer_search(benchmark::State& state) {
  RunNormalizer(state, bench::Corpus(), NormalizeOptions::Search(), false);
}
BENCHMARK(BM_Normalizer_search)->Name("BM_Normalizer/search");

void BM_Normalizer_search_map(benchmark::State& state) {
  RunNormalizer(state, bench::Corpus(), NormalizeOptions::Search(), true);
}
BENCHMARK(BM_Normalizer_search_map)->Name("BM_Normalizer/search_bytemap");

void BM_Normalizer_display(benchmark::State& state) {
  RunNormalizer(state, bench::Corpus(), NormalizeOptions::Display(), false);
}
BENCHMARK(BM_Normalizer_display)->Name("BM_Normalizer/display");

void BM_Normalizer_view_map(benchmark::State& state) {
  RunNormalizer(state, bench::Corpus(), NormalizeOptions::AnalysisView(), true);
}
BENCHMARK(BM_Normalizer_view_map)->Name("BM_Normalizer/analysis_view_bytemap");

void BM_Normalizer_search_diacritized(benchmark::State& state) {
  RunNormalizer(state, DiacritizedCorpus(), NormalizeOptions::Search(), false);
}
BENCHMARK(BM_Normalizer_search_diacritized)->Name("BM_Normalizer/search_diacritized");

void BM_Normalizer_display_diacritized(benchmark::State& state) {
  RunNormalizer(state, DiacritizedCorpus(), NormalizeOptions::Display(), false);
}
BENCHMARK(BM_Normalizer_display_diacritized)->Name("BM_Normalizer/display_diacritized");

void BM_CodePointAlignment(benchmark::State& state) {
  const std::string& input = bench::Corpus();
  std::string out;
  std::vector<uint32_t> map;
  if (!GetNormalizer().Normalize(input, NormalizeOptions::Search(), &out, &map).ok()) {
    state.SkipWithError("normalize failed");
    return;
  }
  for (auto _ : state) {
    std::vector<uint32_t> a = CodePointAlignment(input, out, map);
    benchmark::DoNotOptimize(a.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.size()));
}
BENCHMARK(BM_CodePointAlignment);

// The pipeline validates its input before normalizing: for reference.
void BM_ValidateUtf8(benchmark::State& state) {
  const std::string& input = bench::Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(FindInvalidUtf8(input));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.size()));
}
BENCHMARK(BM_ValidateUtf8);

}  // namespace
}  // namespace dhad
