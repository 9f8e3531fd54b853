#include "analysis/lexicon.h"

#include "gtest/gtest.h"

namespace dhad {
namespace {

TEST(Lexicon, ParsesFieldsAndSkipsComments) {
  std::vector<LexiconLine> lines =
      ParseLexicon("# header\n\nقال\tverb # trailing comment\n a\t b \t c \n#x\tno\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].line_number, 3);
  EXPECT_EQ(lines[0].fields, (std::vector<std::string>{"قال", "verb"}));
  EXPECT_EQ(lines[1].fields, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(Lexicon, KeepsHashInsideAWord) {
  std::vector<LexiconLine> lines = ParseLexicon("#سوريا is a comment\nc#\tx\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].fields[0], "c#");
}

TEST(Lexicon, EmbedsDataFilesAtBuildTime) {
  absl::StatusOr<absl::string_view> data = EmbeddedData("lexicon_selftest");
  ASSERT_TRUE(data.ok()) << data.status();
  std::vector<LexiconLine> lines = ParseLexicon(*data);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].fields, (std::vector<std::string>{"عربي", "one"}));
  EXPECT_EQ(lines[1].fields, (std::vector<std::string>{"trailing", "2", "x"}));
  EXPECT_EQ(EmbeddedData("no_such_file").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace dhad
