// Speed of the token stage's word analysis over the words of examples/:
// SplitClitics alone, and Morphology::Analyze (clitic split plus table
// lookups), in words per second (the time per word is 1 / items_per_second).
//
//   build/bench/dhad_bench --benchmark_filter='Clitics|Morphology'

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "analysis/internal/clitics.h"
#include "analysis/internal/morph.h"
#include "analysis/normalizer.h"
#include "bench/corpus.h"
#include "benchmark/benchmark.h"

namespace dhad {
namespace {

// The words of the examples (one copy of each article), in the analysis
// view: runs of bytes between spaces and ASCII punctuation (the view folds
// Arabic punctuation to ASCII).
const std::vector<std::string>& ViewWords() {
  static const std::vector<std::string>* words = [] {
    auto* out = new std::vector<std::string>();
    std::unique_ptr<const Normalizer> n = std::move(Normalizer::Create()).value();
    std::string view;
    if (!n->Normalize(bench::Corpus(1), NormalizeOptions::AnalysisView(), &view, nullptr)
             .ok()) {
      return out;
    }
    std::string cur;
    for (char c : view) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u < 0x80 && !(u >= '0' && u <= '9') && !(u >= 'A' && u <= 'Z') &&
          !(u >= 'a' && u <= 'z')) {
        if (!cur.empty()) out->push_back(std::move(cur));
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty()) out->push_back(std::move(cur));
    return out;
  }();
  return *words;
}

void BM_SplitClitics(benchmark::State& state) {
  const std::vector<std::string>& words = ViewWords();
  internal::CliticSplit buf[internal::kMaxCliticSplits];
  for (auto _ : state) {
    for (const std::string& w : words) {
      benchmark::DoNotOptimize(
          internal::SplitClitics(w, buf, internal::kMaxCliticSplits));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(words.size()));
}
BENCHMARK(BM_SplitClitics);

void BM_Morphology(benchmark::State& state) {
  const std::vector<std::string>& words = ViewWords();
  const internal::Morphology& morph = internal::Morphology::Get();
  for (auto _ : state) {
    for (const std::string& w : words) {
      internal::WordMorph m = morph.Analyze(w);
      benchmark::DoNotOptimize(m);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(words.size()));
  state.counters["words"] = static_cast<double>(words.size());
}
BENCHMARK(BM_Morphology);

}  // namespace
}  // namespace dhad
