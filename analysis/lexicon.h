// Lexicon data shared by the analyzers: word lists live as plain text files
// in analysis/data/ (one entry a line, fields separated by tabs, '#' starts a
// comment), are compiled into the library at build time, and are read once
// when an analyzer is created. Adding a word is editing a text file and
// rebuilding; see README, "Extending the lexicons".

#ifndef DHAD_ANALYSIS_LEXICON_H_
#define DHAD_ANALYSIS_LEXICON_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "analysis/normalizer.h"

namespace dhad {

// The contents of analysis/data/NAME.txt as compiled in.
// Errors: kNotFound when no such file was compiled in.
absl::StatusOr<absl::string_view> EmbeddedData(absl::string_view name);

// One non-empty, non-comment line of a lexicon file, split at tabs, each
// field trimmed of surrounding spaces.
struct LexiconLine {
  int line_number = 0;
  std::vector<std::string> fields;
};

// Parses lexicon text: skips blank lines and '#' comments (a '#' at the
// start of a line or after whitespace).
std::vector<LexiconLine> ParseLexicon(absl::string_view data);

// The form under which `word` appears in the analysis view (the normalizer
// with NormalizeOptions::AnalysisView()), so that lexicon keys match what
// analyzers see in Text::view(). `word` must be valid UTF-8.
absl::StatusOr<std::string> ViewForm(const Normalizer& normalizer, absl::string_view word);

}  // namespace dhad

#endif  // DHAD_ANALYSIS_LEXICON_H_
