// The benchmark corpus: the articles of examples/ concatenated (separated by
// paragraph breaks) and repeated up to about `target_bytes`.

#ifndef DHAD_BENCH_CORPUS_H_
#define DHAD_BENCH_CORPUS_H_

#include <cstddef>
#include <string>

namespace dhad::bench {

// Dies with a message when examples/ has no articles.
const std::string& Corpus(size_t target_bytes = 1 << 20);
// One article of about 1 KB, for per-call overhead.
const std::string& SmallArticle();

}  // namespace dhad::bench

#endif  // DHAD_BENCH_CORPUS_H_
