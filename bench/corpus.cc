#include "bench/corpus.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

namespace dhad::bench {
namespace {

std::vector<std::string> ReadExamples() {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  const fs::path dir = DHAD_EXAMPLES_DIR;
  if (fs::is_directory(dir)) {
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  if (out.empty()) {
    std::fprintf(stderr, "bench: no examples/*.txt under %s\n", DHAD_EXAMPLES_DIR);
    std::exit(1);
  }
  return out;
}

}  // namespace

const std::string& Corpus(size_t target_bytes) {
  static auto* cache = new std::map<size_t, std::string>();
  std::string& c = (*cache)[target_bytes];
  if (c.empty()) {
    const std::vector<std::string> articles = ReadExamples();
    while (c.size() < target_bytes) {
      for (const auto& a : articles) {
        c += a;
        c += "\n\n";
      }
    }
  }
  return c;
}

const std::string& SmallArticle() {
  static const std::string* small = [] {
    const std::vector<std::string> articles = ReadExamples();
    // The first paragraphs of the first article, cut at a paragraph break
    // near 1 KB.
    const std::string& a = articles.front();
    size_t cut = a.find("\n\n", 900);
    if (cut == std::string::npos) cut = a.size();
    return new std::string(a.substr(0, cut));
  }();
  return *small;
}

}  // namespace dhad::bench
