// A read-only view of a serialized AnalyzeResponse, for the bulk client.
//
// Parsing the answers into v1::AnalyzeResponse allocates every sentence,
// quote and number and checks every string field as UTF-8 with protobuf's
// byte-at-a-time validator: a sixth of the bulk client's CPU. The bulk
// client only turns each answer into JSON, so it reads the wire bytes in
// place instead: strings stay views into the buffer, repeated fields fill
// vectors that are reused from answer to answer, and the UTF-8 of each
// string is checked while it is escaped for JSON (AppendJson returns false
// when a string is not UTF-8, and the caller falls back to protobuf).
//
// The view accepts the encoding dhad-server writes, which is protobuf's
// canonical one: fields in number order, each singular field at most once,
// the expected wire types, packed alignment, no unknown fields. Parse()
// returns false for anything else (a valid message from another writer, or
// invalid bytes), and the caller parses the bytes with protobuf instead, so
// the result never depends on which path ran. The accessors have the names
// of the generated ones, so that one JSON writer serves both.
//
// Keep in step with dhad/v1/text_analyzer.proto: response_view_test
// compares the two paths on every field.

#ifndef DHAD_CLIENT_RESPONSE_VIEW_H_
#define DHAD_CLIENT_RESPONSE_VIEW_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"

namespace dhad {

class SpanView {
 public:
  uint32_t start() const { return start_; }
  uint32_t end() const { return end_; }
  uint32_t byte_start() const { return byte_start_; }
  uint32_t byte_end() const { return byte_end_; }

 private:
  friend class ResponseReader;
  uint32_t start_ = 0, end_ = 0, byte_start_ = 0, byte_end_ = 0;
};

class SentenceView {
 public:
  bool has_span() const { return has_span_; }
  const SpanView& span() const { return span_; }
  absl::string_view text() const { return text_; }

 private:
  friend class ResponseReader;
  bool has_span_ = false;
  SpanView span_;
  absl::string_view text_;
};

class QuoteView {
 public:
  bool has_content() const { return has_content_; }
  const SpanView& content() const { return content_; }
  absl::string_view content_text() const { return content_text_; }
  bool has_speaker() const { return has_speaker_; }
  const SpanView& speaker() const { return speaker_; }
  absl::string_view speaker_text() const { return speaker_text_; }
  absl::string_view speaker_resolved() const { return speaker_resolved_; }
  bool has_cue() const { return has_cue_; }
  const SpanView& cue() const { return cue_; }
  absl::string_view cue_text() const { return cue_text_; }
  int kind() const { return kind_; }
  float confidence() const { return confidence_; }

 private:
  friend class ResponseReader;
  bool has_content_ = false, has_speaker_ = false, has_cue_ = false;
  SpanView content_, speaker_, cue_;
  absl::string_view content_text_, speaker_text_, speaker_resolved_, cue_text_;
  int kind_ = 0;
  float confidence_ = 0;
};

class NumberView {
 public:
  bool has_span() const { return has_span_; }
  const SpanView& span() const { return span_; }
  absl::string_view text() const { return text_; }
  bool has_value() const { return has_value_; }
  double value() const { return value_; }
  int kind() const { return kind_; }
  bool approximate() const { return approximate_; }
  bool has_min() const { return has_min_; }
  double min() const { return min_; }
  bool has_max() const { return has_max_; }
  double max() const { return max_; }
  bool min_inclusive() const { return min_inclusive_; }
  bool max_inclusive() const { return max_inclusive_; }

 private:
  friend class ResponseReader;
  bool has_span_ = false, has_value_ = false, has_min_ = false, has_max_ = false;
  SpanView span_;
  absl::string_view text_;
  double value_ = 0, min_ = 0, max_ = 0;
  int kind_ = 0;
  bool approximate_ = false, min_inclusive_ = false, max_inclusive_ = false;
};

class NormalizedView {
 public:
  absl::string_view text() const { return text_; }
  int alignment_size() const { return static_cast<int>(alignment_.size()); }
  uint32_t alignment(int i) const { return alignment_[static_cast<size_t>(i)]; }

 private:
  friend class ResponseReader;
  absl::string_view text_;
  std::vector<uint32_t> alignment_;
};

class AnalyzeResponseView {
 public:
  // Reads `wire` (which must outlive the view's use); false when the bytes
  // are not in the canonical encoding described above. String fields are not
  // checked as UTF-8 here. Storage is reused from the previous Parse.
  bool Parse(absl::string_view wire);

  absl::string_view id() const { return id_; }
  // The bulk client answers with the document's name instead of its id.
  void set_id(absl::string_view id) { id_ = id; }
  bool has_normalized() const { return has_normalized_; }
  const NormalizedView& normalized() const { return normalized_; }
  const std::vector<SentenceView>& sentences() const { return sentences_; }
  const std::vector<QuoteView>& quotes() const { return quotes_; }
  const std::vector<NumberView>& numbers() const { return numbers_; }

 private:
  friend class ResponseReader;
  absl::string_view id_;
  bool has_normalized_ = false;
  NormalizedView normalized_;
  std::vector<SentenceView> sentences_;
  std::vector<QuoteView> quotes_;
  std::vector<NumberView> numbers_;
};

}  // namespace dhad

#endif  // DHAD_CLIENT_RESPONSE_VIEW_H_
