#include "analysis/internal/sentence_lexicon.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "analysis/internal/status_macros.h"
#include "analysis/lexicon.h"

namespace dhad::internal {
namespace {

struct KindName {
  absl::string_view name;
  SentenceWordKind kind;
};

constexpr KindName kKindNames[] = {
    {"title", kSentenceTitle},
    {"suffix", kSentenceSuffix},
    {"after_number", kSentenceAfterNumber},
    {"opener", kSentenceOpener},
    {"not_opener", kSentenceNotOpener},
    {"incomplete", kSentenceIncomplete},
    {"title_cue", kSentenceTitleCue},
};

// "ق. م." -> "ق.م": spaces dropped, final dots dropped.
std::string AbbreviationKey(absl::string_view entry) {
  std::string key;
  key.reserve(entry.size());
  for (char c : entry) {
    if (c != ' ' && c != '\t') key.push_back(c);
  }
  while (!key.empty() && key.back() == '.') key.pop_back();
  return key;
}

}  // namespace

absl::StatusOr<SentenceLexicon> SentenceLexicon::Parse(absl::string_view data,
                                                       const Normalizer& normalizer) {
  SentenceLexicon lex;
  for (const LexiconLine& line : ParseLexicon(data)) {
    if (line.fields.size() != 2 || line.fields[0].empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("abbreviations line ", line.line_number, ": want ENTRY<TAB>KIND"));
    }
    uint8_t kind = 0;
    for (const KindName& k : kKindNames) {
      if (line.fields[1] == k.name) kind = k.kind;
    }
    if (kind == 0) {
      return absl::InvalidArgumentError(absl::StrCat("abbreviations line ",
                                                     line.line_number, ": unknown kind '",
                                                     line.fields[1], "'"));
    }
    DHAD_ASSIGN_OR_RETURN(std::string view,
                          ViewForm(normalizer, AbbreviationKey(line.fields[0])));
    if (view.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("abbreviations line ", line.line_number, ": empty entry"));
    }
    lex.entries_.emplace_back(std::move(view), kind);
  }
  std::sort(lex.entries_.begin(), lex.entries_.end());
  // Merge the kinds of repeated keys.
  std::vector<std::pair<std::string, uint8_t>> merged;
  for (auto& e : lex.entries_) {
    if (!merged.empty() && merged.back().first == e.first) {
      merged.back().second |= e.second;
    } else {
      merged.push_back(std::move(e));
    }
  }
  lex.entries_ = std::move(merged);
  return lex;
}

uint8_t SentenceLexicon::Kinds(absl::string_view key) const {
  auto it =
      std::lower_bound(entries_.begin(), entries_.end(), key,
                       [](const std::pair<std::string, uint8_t>& e, absl::string_view k) {
                         return absl::string_view(e.first) < k;
                       });
  if (it != entries_.end() && absl::string_view(it->first) == key) return it->second;
  return 0;
}

}  // namespace dhad::internal
