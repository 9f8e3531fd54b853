#include "analysis/text.h"

#include "gtest/gtest.h"

namespace dhad {
namespace {

TEST(Text, IdentityViewMapsSpansUnchanged) {
  absl::StatusOr<Text> t = Text::Identity("قال الوزير");
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(t->identity());
  EXPECT_EQ(t->view(), t->original());
  EXPECT_EQ(t->ToOriginal(0, 6), (Span{0, 6}));
  EXPECT_EQ(t->ToOriginalOffset(7), 7u);
}

TEST(Text, RejectsInvalidUtf8WithOffset) {
  absl::StatusOr<Text> t = Text::Identity("abc\xED\xA0\x80");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(t.status().message().find("byte offset 3"), absl::string_view::npos);
}

}  // namespace
}  // namespace dhad
