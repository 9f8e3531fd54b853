// Speed of the token stage's word analysis over the words of examples/:
// SplitClitics alone, and Morphology::Analyze (clitic split plus table
// lookups), in words per second (the time per word is 1 / items_per_second).
//
//   build/bench/dhad_bench --benchmark_filter='Clitics|Morphology'

#include <cctype>
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
// view: maximal runs of Arabic letters, and runs of ASCII letters and digits
// (punctuation, Arabic included, separates words).
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
    int cur_kind = 0;  // 0 separator, 1 Arabic letter, 2 ASCII letter or digit
    for (size_t i = 0; i < view.size();) {
      const unsigned char u = static_cast<unsigned char>(view[i]);
      const size_t len = u < 0x80 ? 1 : (u >> 5) == 6 ? 2 : (u >> 4) == 14 ? 3 : 4;
      char32_t cp = len == 1   ? u
                    : len == 2 ? (u & 0x1F)
                    : len == 3 ? (u & 0x0F)
                               : (u & 0x07);
      for (size_t k = 1; k < len && i + k < view.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(view[i + k]) & 0x3F);
      }
      const int kind = (cp >= 0x0621 && cp <= 0x064A)                      ? 1
                       : (cp < 0x80 && std::isalnum(static_cast<int>(cp))) ? 2
                                                                           : 0;
      if (kind != cur_kind && !cur.empty()) {
        out->push_back(std::move(cur));
        cur.clear();
      }
      if (kind != 0) cur.append(view, i, len);
      cur_kind = kind;
      i += len;
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
