#include "analysis/lexicon.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/strings/ascii.h"
#include "analysis/internal/embedded_data.h"

namespace dhad {

absl::StatusOr<absl::string_view> EmbeddedData(absl::string_view name) {
  for (const internal::EmbeddedFile& f : internal::EmbeddedFiles()) {
    if (f.name == name) return f.data;
  }
  return absl::NotFoundError(absl::StrCat("no lexicon file '", name,
                                          "' was compiled in (analysis/data/", name,
                                          ".txt)"));
}

std::vector<LexiconLine> ParseLexicon(absl::string_view data) {
  std::vector<LexiconLine> out;
  int number = 0;
  for (absl::string_view line : absl::StrSplit(data, '\n')) {
    ++number;
    // Strip a comment: '#' at the start or after whitespace.
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    }
    line = absl::StripAsciiWhitespace(line);
    if (line.empty()) continue;
    LexiconLine entry;
    entry.line_number = number;
    for (absl::string_view field : absl::StrSplit(line, '\t')) {
      entry.fields.emplace_back(absl::StripAsciiWhitespace(field));
    }
    out.push_back(std::move(entry));
  }
  return out;
}

absl::StatusOr<std::string> ViewForm(const Normalizer& normalizer, absl::string_view word) {
  std::string out;
  absl::Status st =
      normalizer.Normalize(word, NormalizeOptions::AnalysisView(), &out, nullptr);
  if (!st.ok()) return st;
  return out;
}

}  // namespace dhad
