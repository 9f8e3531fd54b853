// The analyzers the unit tests share: built once per test binary from the
// compiled-in lexicons (creating them fails the test that asked first).

#ifndef DHAD_TESTS_UNIT_SHARED_ANALYZERS_H_
#define DHAD_TESTS_UNIT_SHARED_ANALYZERS_H_

#include <memory>

#include "absl/status/statusor.h"
#include "analysis/internal/number_lexicon.h"
#include "analysis/normalizer.h"
#include "analysis/pipeline.h"
#include "gtest/gtest.h"

namespace dhad::test_support {

inline const Normalizer& SharedNormalizer() {
  static const Normalizer* normalizer = [] {
    absl::StatusOr<std::unique_ptr<const Normalizer>> n = Normalizer::Create();
    EXPECT_TRUE(n.ok()) << n.status();
    return n->release();
  }();
  return *normalizer;
}

inline const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = [] {
    absl::StatusOr<std::unique_ptr<const Pipeline>> p = Pipeline::Create();
    EXPECT_TRUE(p.ok()) << p.status();
    return p->release();
  }();
  return *pipeline;
}

// The number lexicon of the number-stage tests, over SharedNormalizer().
inline const internal::NumberLexicon& SharedNumberLexicon() {
  static const internal::NumberLexicon* lexicon = [] {
    auto lex = internal::NumberLexicon::Load(SharedNormalizer());
    EXPECT_TRUE(lex.ok()) << lex.status();
    return lex->release();
  }();
  return *lexicon;
}

}  // namespace dhad::test_support

#endif  // DHAD_TESTS_UNIT_SHARED_ANALYZERS_H_
