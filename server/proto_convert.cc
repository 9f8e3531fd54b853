#include "server/proto_convert.h"

namespace dhad {
namespace {

absl::string_view Slice(absl::string_view text, Span span) {
  return text.substr(static_cast<size_t>(span.begin), static_cast<size_t>(span.size()));
}

}  // namespace

NormalizeOptions FromProto(const v1::NormalizeOptions& p) {
  NormalizeOptions o;
  switch (p.profile()) {
    case v1::NORMALIZATION_PROFILE_DISPLAY:
      o = NormalizeOptions::Display();
      break;
    case v1::NORMALIZATION_PROFILE_NONE:
      o = NormalizeOptions::None();
      break;
    default:  // UNSPECIFIED, SEARCH and values this build does not know
      o = NormalizeOptions::Search();
      break;
  }
#define DHAD_OVERRIDE(field) \
  if (p.has_##field()) o.field = p.field()
  DHAD_OVERRIDE(remove_diacritics);
  DHAD_OVERRIDE(remove_tatweel);
  DHAD_OVERRIDE(normalize_alef);
  DHAD_OVERRIDE(alef_maqsura_to_yeh);
  DHAD_OVERRIDE(teh_marbuta_to_heh);
  DHAD_OVERRIDE(normalize_hamza);
  DHAD_OVERRIDE(fold_presentation_forms);
  DHAD_OVERRIDE(digits_to_ascii);
  DHAD_OVERRIDE(fold_persian_letters);
  DHAD_OVERRIDE(normalize_punctuation);
  DHAD_OVERRIDE(remove_invisible);
  DHAD_OVERRIDE(collapse_whitespace);
  DHAD_OVERRIDE(reduce_elongation);
#undef DHAD_OVERRIDE
  return o;
}

void ToProto(absl::string_view text, const OffsetConverter& offsets, Span span,
             v1::Span* out) {
  out->set_byte_start(static_cast<uint32_t>(span.begin));
  out->set_byte_end(static_cast<uint32_t>(span.end));
  out->set_start(offsets.ToCodePoint(static_cast<size_t>(span.begin)));
  out->set_end(offsets.ToCodePoint(static_cast<size_t>(span.end)));
}

void ToProto(const Analysis& analysis, v1::NormalizeResponse* out) {
  out->set_text(analysis.normalized);
  out->mutable_alignment()->Add(analysis.alignment.begin(), analysis.alignment.end());
}

void ToProto(absl::string_view text, const OffsetConverter& offsets, Span span,
             v1::Sentence* out) {
  ToProto(text, offsets, span, out->mutable_span());
  out->set_text(std::string(Slice(text, span)));
}

void ToProto(absl::string_view text, const OffsetConverter& offsets, const Quote& q,
             v1::Quote* out) {
  ToProto(text, offsets, q.content, out->mutable_content());
  out->set_content_text(std::string(Slice(text, q.content)));
  if (q.speaker) {
    ToProto(text, offsets, *q.speaker, out->mutable_speaker());
    out->set_speaker_text(std::string(Slice(text, *q.speaker)));
  }
  out->set_speaker_resolved(q.speaker_resolved);
  if (q.cue) {
    ToProto(text, offsets, *q.cue, out->mutable_cue());
    out->set_cue_text(std::string(Slice(text, *q.cue)));
  }
  out->set_kind(static_cast<v1::QuoteKind>(q.kind));
  out->set_confidence(q.confidence);
}

void ToProto(absl::string_view text, const OffsetConverter& offsets,
             const NumberMention& n, v1::NumberMention* out) {
  ToProto(text, offsets, n.span, out->mutable_span());
  out->set_text(std::string(Slice(text, n.span)));
  if (n.value) out->set_value(*n.value);
  out->set_kind(static_cast<v1::NumberKind>(n.kind));
  out->set_approximate(n.approximate);
  if (n.min) out->set_min(*n.min);
  if (n.max) out->set_max(*n.max);
  out->set_min_inclusive(n.min_inclusive);
  out->set_max_inclusive(n.max_inclusive);
}

void ToProto(absl::string_view text, const OffsetConverter& offsets,
             const Analysis& analysis, const AnalyzeOptions& options,
             v1::AnalyzeResponse* out) {
  if (options.normalize) ToProto(analysis, out->mutable_normalized());
  for (Span s : analysis.sentences) ToProto(text, offsets, s, out->add_sentences());
  for (const Quote& q : analysis.quotes) ToProto(text, offsets, q, out->add_quotes());
  for (const NumberMention& n : analysis.numbers) {
    ToProto(text, offsets, n, out->add_numbers());
  }
}

}  // namespace dhad
