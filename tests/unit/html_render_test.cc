#include "client/html_render.h"

#include <string>

#include "gtest/gtest.h"

namespace dhad {
namespace {

struct EscapeCase {
  std::string input;
  std::string want;
};

TEST(HtmlRender, EscapesHtmlSpecialCharacters) {
  const EscapeCase kCases[] = {
      {"", ""},
      {"a<b>c", "a&lt;b&gt;c"},
      {"R&D", "R&amp;D"},
      {"\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"&amp;", "&amp;amp;"},
      {"سطر\r\nثان", "سطر&#13;\nثان"},
      {"قال «نعم» 😀 ٣٫٥", "قال «نعم» 😀 ٣٫٥"},
      {std::string("a\xFF" "b\xC3", 4), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD"},
      {std::string("\xE0\x80\x80", 3), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
  };
  for (const EscapeCase& c : kCases) {
    std::string out;
    AppendHtmlEscaped(c.input, &out);
    EXPECT_EQ(out, c.want) << c.input;
  }
}

v1::Span ByteSpan(uint32_t begin, uint32_t end) {
  v1::Span s;
  s.set_byte_start(begin);
  s.set_byte_end(end);
  return s;
}

TEST(HtmlRender, EscapesTheTextInsideAndOutsideMarks) {
  const std::string text = "<b>\"x\" & 'y'</b>";
  v1::AnalyzeResponse r;
  *r.add_numbers()->mutable_span() = ByteSpan(3, 6);  // "x" with its quotes
  const std::string html = RenderMarkedText(text, r, "d0-", nullptr);
  EXPECT_EQ(html.find("<b>"), std::string::npos) << html;
  EXPECT_EQ(html,
            "&lt;b&gt;<span class=\"n first last\" data-a=\"d0-n0\" "
            "title=\"no single value · unspecified\" data-info=\"no single value · "
            "unspecified\" id=\"d0-n0\" tabindex=\"0\">&quot;x&quot;</span> &amp; "
            "&#39;y&#39;&lt;/b&gt;");
}

TEST(HtmlRender, SplitsACrossingSpanIntoFragmentsWithOneId) {
  // Sentence [0,3) "abc", number [2,5) "cde": the number crosses the end of
  // the sentence, so it is split into "c" (inside the sentence) and "de".
  v1::AnalyzeResponse r;
  *r.add_sentences()->mutable_span() = ByteSpan(0, 3);
  *r.add_numbers()->mutable_span() = ByteSpan(2, 5);
  const std::string html = RenderMarkedText("abcdef", r, "", nullptr);
  const std::string n = "data-a=\"n0\" title=\"no single value · unspecified\" "
                        "data-info=\"no single value · unspecified\"";
  EXPECT_EQ(html, "<span class=\"s first last\" data-a=\"s0\" id=\"s0\">ab<span class=\"n first\" " +
                      n + " id=\"n0\" tabindex=\"0\">c</span></span><span class=\"n last\" " + n +
                      ">de</span>f");
}

TEST(HtmlRender, NestsSpansThatNestAndKeepsEmptyOnes) {
  // Quote content [0,9) holds a number [4,6); a zero-length cue at 9.
  v1::AnalyzeResponse r;
  v1::Quote* q = r.add_quotes();
  *q->mutable_content() = ByteSpan(0, 9);
  *q->mutable_cue() = ByteSpan(9, 9);
  q->set_kind(v1::QUOTE_KIND_DIRECT);
  v1::NumberMention* n = r.add_numbers();
  *n->mutable_span() = ByteSpan(4, 6);
  n->set_value(12);
  n->set_kind(v1::NUMBER_KIND_CARDINAL);
  const std::string html = RenderMarkedText("abc 12 xyz", r, "", nullptr);
  const size_t q_open = html.find("<span class=\"q direct first last\"");
  const size_t n_open = html.find("<span class=\"n first last\"");
  const size_t n_close = html.find(">12</span>");
  const size_t q_close = html.find(" xy</span>");
  const size_t cue = html.find("<span class=\"c direct first last\" data-a=\"qc0\"");
  ASSERT_NE(q_open, std::string::npos) << html;
  ASSERT_NE(n_open, std::string::npos) << html;
  ASSERT_NE(cue, std::string::npos) << html;
  EXPECT_LT(q_open, n_open);
  EXPECT_LT(n_close, q_close);
  EXPECT_LT(q_close, cue);
  EXPECT_NE(html.find("title=\"value 12 · cardinal\""), std::string::npos) << html;
  EXPECT_NE(html.find("id=\"qc0\"></span>z"), std::string::npos) << html;
}

TEST(HtmlRender, LeavesOutSpansThatAreNotOnTheText) {
  const std::string text = "نعم";  // three two-byte letters
  v1::AnalyzeResponse r;
  *r.add_numbers()->mutable_span() = ByteSpan(0, 7);  // past the end
  *r.add_numbers()->mutable_span() = ByteSpan(1, 4);  // inside a letter
  *r.add_numbers()->mutable_span() = ByteSpan(4, 2);  // reversed
  *r.add_numbers()->mutable_span() = ByteSpan(2, 4);  // fine
  int dropped = 0;
  const std::string html = RenderMarkedText(text, r, "", &dropped);
  EXPECT_EQ(dropped, 3);
  EXPECT_NE(html.find("data-a=\"n3\""), std::string::npos);
  EXPECT_EQ(html.find("data-a=\"n0\""), std::string::npos);
}

TEST(HtmlRender, PageIsSelfContainedAndEscapesNamesAndErrors) {
  RenderDocument ok;
  ok.name = "a<b>.txt";
  ok.text = "قال & <i>";
  RenderDocument bad;
  bad.name = "bad.txt";
  bad.error = "INVALID_ARGUMENT: text <is> not UTF-8";
  const std::string page = RenderPage("t&t", {ok, bad});
  EXPECT_NE(page.find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos);
  EXPECT_NE(page.find("<title>t&amp;t</title>"), std::string::npos);
  EXPECT_NE(page.find("a&lt;b&gt;.txt"), std::string::npos);
  EXPECT_NE(page.find("قال &amp; &lt;i&gt;"), std::string::npos);
  EXPECT_NE(page.find("INVALID_ARGUMENT: text &lt;is&gt; not UTF-8"), std::string::npos);
  EXPECT_EQ(page.find("<i>"), std::string::npos);
  for (const char* remote : {"http:", "https:", "src=", "<link", "@import", "url("}) {
    EXPECT_EQ(page.find(remote), std::string::npos) << remote;
  }
}

}  // namespace
}  // namespace dhad
