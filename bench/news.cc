// Throughput on real news: one call per article over a day of newspapers
// (the JSON Lines corpus of ../shared/corpus/, or $DHAD_NEWS_CORPUS), as a
// client sends them. Skipped with a message when the corpus is absent.
//
//   build/bench/dhad_bench --benchmark_filter=/news

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "analysis/pipeline.h"
#include "base/utf8.h"
#include "benchmark/benchmark.h"

namespace dhad {
namespace {

// The value of the JSON string field `"text"` of one JSON object line, or
// empty when the line has none. Handles the escapes JSON allows, surrogate
// pairs included.
std::string TextField(const std::string& line) {
  const std::string key = "\"text\": \"";
  size_t i = line.find(key);
  size_t skip = key.size();
  if (i == std::string::npos) {
    i = line.find("\"text\":\"");
    skip = key.size() - 1;
  }
  if (i == std::string::npos) return {};
  std::string out;
  auto hex4 = [&](size_t at) -> uint32_t {
    if (at + 4 > line.size()) return 0xFFFD;
    return static_cast<uint32_t>(std::strtoul(line.substr(at, 4).c_str(), nullptr, 16));
  };
  for (size_t k = i + skip; k < line.size(); ++k) {
    const char c = line[k];
    if (c == '"') break;
    if (c != '\\' || k + 1 >= line.size()) {
      out.push_back(c);
      continue;
    }
    const char e = line[++k];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'u': {
        uint32_t cp = hex4(k + 1);
        k += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && k + 6 < line.size() && line[k + 1] == '\\' &&
            line[k + 2] == 'u') {
          const uint32_t lo = hex4(k + 3);
          if (lo >= 0xDC00 && lo < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            k += 6;
          }
        }
        if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
        AppendUtf8(static_cast<char32_t>(cp), &out);
        break;
      }
      default: out.push_back(e); break;  // \" \\ \/
    }
  }
  return out;
}

// The articles of the news corpus (valid UTF-8 only), read once; empty when
// the file is absent.
const std::vector<std::string>& NewsArticles() {
  static const std::vector<std::string>* articles = [] {
    auto* out = new std::vector<std::string>();
    const char* env = std::getenv("DHAD_NEWS_CORPUS");
    std::ifstream in(env != nullptr ? env : DHAD_NEWS_CORPUS_DEFAULT, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      std::string text = TextField(line);
      if (!text.empty() && ValidateUtf8(text).ok()) out->push_back(std::move(text));
    }
    return out;
  }();
  return *articles;
}

const Pipeline& NewsPipeline() {
  static const Pipeline* p = Pipeline::Create()->release();
  return *p;
}

void RunNews(benchmark::State& state, bool normalize, bool sentences, bool quotes, bool numbers) {
  const std::vector<std::string>& articles = NewsArticles();
  if (articles.empty()) {
    state.SkipWithError(
        "no news corpus: put the SaudiNewsNet day at ../shared/corpus/ or set "
        "DHAD_NEWS_CORPUS to a JSON Lines file with a \"text\" field");
    return;
  }
  AnalyzeOptions o = AnalyzeOptions::Only(normalize, sentences, quotes, numbers);
  o.input_is_valid_utf8 = true;
  const Pipeline& p = NewsPipeline();
  int64_t bytes = 0;
  for (const std::string& a : articles) bytes += static_cast<int64_t>(a.size());
  for (auto _ : state) {
    for (const std::string& a : articles) {
      absl::StatusOr<Analysis> r = p.Run(a, o);
      if (!r.ok()) {
        state.SkipWithError(std::string(r.status().message()).c_str());
        return;
      }
      benchmark::DoNotOptimize(r->sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes);
  state.counters["articles"] = static_cast<double>(articles.size());
}

void BM_ExtractQuotes_news(benchmark::State& state) { RunNews(state, false, true, true, false); }
BENCHMARK(BM_ExtractQuotes_news)->Name("BM_ExtractQuotes/news")->Unit(benchmark::kMillisecond);

void BM_ParseNumbers_news(benchmark::State& state) { RunNews(state, false, false, false, true); }
BENCHMARK(BM_ParseNumbers_news)->Name("BM_ParseNumbers/news")->Unit(benchmark::kMillisecond);

void BM_Analyze_news(benchmark::State& state) { RunNews(state, true, true, true, true); }
BENCHMARK(BM_Analyze_news)->Name("BM_Analyze/news")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dhad
