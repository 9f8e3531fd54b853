// A document run through the stages of quote extraction, for the unit tests
// of each stage (quote_doc_test, mentions_test, attribution_test,
// entity_tracker_test).

#ifndef DHAD_TESTS_UNIT_QUOTE_STAGES_TESTLIB_H_
#define DHAD_TESTS_UNIT_QUOTE_STAGES_TESTLIB_H_

#include <memory>
#include <string>
#include <utility>

#include "absl/status/statusor.h"
#include "analysis/cancel.h"
#include "analysis/internal/quote_doc.h"
#include "analysis/internal/quote_lexicon.h"
#include "analysis/text.h"
#include "gtest/gtest.h"
#include "tests/unit/shared_analyzers.h"

namespace dhad::test_support {

inline const internal::QuoteTables& SharedQuoteTables() {
  static const internal::QuoteTables* tables = [] {
    absl::StatusOr<std::unique_ptr<const internal::QuoteTables>> t =
        internal::LoadQuoteTables(SharedNormalizer());
    EXPECT_TRUE(t.ok()) << t.status();
    return t->release();
  }();
  return *tables;
}

inline Text MakeText(const std::string& input) {
  absl::StatusOr<Text> text = Text::Create(input, SharedNormalizer());
  EXPECT_TRUE(text.ok()) << text.status();
  return *std::move(text);
}

// `input` tokenized, tagged and with its cues spotted (stage 1).
class StagedDoc {
 public:
  explicit StagedDoc(std::string input)
      : input_(std::move(input)),
        text_(MakeText(input_)),
        poll_(nullptr),
        doc_(SharedQuoteTables(), text_, {}, &poll_) {}
  StagedDoc(const StagedDoc&) = delete;
  StagedDoc& operator=(const StagedDoc&) = delete;

  const internal::QuoteDoc& doc() const { return doc_; }

  // The index of the n-th (from 0) token whose original text is `word`, or
  // -1.
  int Tok(const std::string& word, int n = 0) const {
    for (int t = 0; t < doc_.N(); ++t) {
      if (doc_.Orig(t, t + 1) == word && n-- == 0) return t;
    }
    return -1;
  }

  // The original text of tokens [b, e); empty for an empty range.
  std::string Str(int b, int e) const { return e > b ? doc_.Orig(b, e) : std::string(); }
  std::string Str(std::pair<int, int> r) const { return Str(r.first, r.second); }

 private:
  std::string input_;
  Text text_;
  CancelPoller poll_;
  internal::QuoteDoc doc_;
};

}  // namespace dhad::test_support

#endif  // DHAD_TESTS_UNIT_QUOTE_STAGES_TESTLIB_H_
