#include "analysis/normalizer.h"

#include "analysis/utf8.h"

namespace dhad {

NormalizeOptions NormalizeOptions::Search() {
  NormalizeOptions o;
  o.form = UnicodeForm::kNfkc;
  o.remove_invisible = true;
  o.remove_diacritics = true;
  o.remove_tatweel = true;
  o.normalize_alef = true;
  o.alef_maqsura_to_yeh = true;
  o.teh_marbuta_to_heh = true;
  o.digits_to_ascii = true;
  o.collapse_whitespace = true;
  return o;
}

NormalizeOptions NormalizeOptions::Display() {
  NormalizeOptions o;
  o.form = UnicodeForm::kNfc;
  o.fold_presentation_forms = true;
  o.remove_invisible = true;
  o.remove_tatweel = true;
  o.collapse_whitespace = true;
  return o;
}

NormalizeOptions NormalizeOptions::AnalysisView() {
  NormalizeOptions o;
  o.form = UnicodeForm::kNfc;
  o.fold_presentation_forms = true;
  o.remove_invisible = true;
  o.remove_diacritics = true;
  o.remove_tatweel = true;
  o.normalize_alef = true;
  o.alef_maqsura_to_yeh = true;
  o.teh_marbuta_to_heh = true;
  o.digits_to_ascii = true;
  o.fold_persian_letters = true;
  return o;
}

struct Normalizer::Tables {};

Normalizer::Normalizer() = default;
Normalizer::~Normalizer() = default;

absl::StatusOr<std::unique_ptr<const Normalizer>> Normalizer::Create() {
  return std::unique_ptr<const Normalizer>(new Normalizer());
}

absl::Status Normalizer::Normalize(absl::string_view input,
                                   const NormalizeOptions& options,
                                   std::string* out,
                                   std::vector<uint32_t>* byte_map) const {
  (void)input;
  (void)options;
  (void)out;
  (void)byte_map;
  return absl::UnimplementedError("normalization is not implemented yet");
}

std::vector<uint32_t> CodePointAlignment(absl::string_view input,
                                         absl::string_view output,
                                         const std::vector<uint32_t>& byte_map) {
  OffsetConverter in(input);
  std::vector<uint32_t> alignment;
  alignment.reserve(output.size() + 1);
  for (size_t i = 0; i < output.size();) {
    alignment.push_back(in.ToCodePoint(byte_map[i]));
    i += Utf8SequenceLength(static_cast<unsigned char>(output[i]));
  }
  alignment.push_back(in.code_points());
  return alignment;
}

}  // namespace dhad
