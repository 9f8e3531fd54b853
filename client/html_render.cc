#include "client/html_render.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "base/utf8.h"

namespace dhad {

namespace {

// The page's style sheet: light and dark schemes, print. Each quote kind
// gives its content a background (--k) and its speaker a text colour (--ki).
constexpr absl::string_view kStyle = R"css(
:root{color-scheme:light dark;--bg:#fdfdfc;--fg:#1d1d1f;--mute:#666;--line:#c9c9c9;--side:#f3f3f1;
--direct:#cfe2ff;--direct-i:#0b57c2;--partial:#d3f0d0;--partial-i:#1f7335;
--indirect:#f1ddf7;--indirect-i:#8a2fa3;--num:#ffeab0;--num-i:#8f5b00}
@media (prefers-color-scheme:dark){:root{--bg:#151517;--fg:#e8e8e8;--mute:#a6a6a6;--line:#555;
--side:#202024;--direct:#1c3b69;--direct-i:#a4c8ff;--partial:#1d4a27;--partial-i:#94e0a1;
--indirect:#4b2457;--indirect-i:#e6b0f5;--num:#5b4312;--num-i:#ffd27a}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);
font:17px/2.1 "Noto Naskh Arabic","Noto Sans Arabic","Amiri","DejaVu Sans",sans-serif}
header,section{max-width:80em;margin:0 auto;padding:.3em 1.5em}
h1{font-size:1.25em;margin:.3em 0}
h2{font-size:1.05em;margin:.6em 0;border-bottom:1px solid var(--line)}
h3{font-size:.95em;margin:.4em 0}
.legend{font-size:.85em;line-height:2.4;margin:0}
.legend span{margin-inline-end:.9em;padding:0 .3em}
.stats{font-size:.8em;color:var(--mute)}
.error{border:2px solid #c0392b;padding:.4em .8em;border-radius:4px;direction:ltr;text-align:left}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 20em;gap:2em;align-items:start}
@media (max-width:60em){.cols{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
aside{background:var(--side);padding:.4em 1em;border-radius:6px;font-size:.88em;line-height:1.7;
position:sticky;top:.5em;max-height:calc(100vh - 1em);overflow:auto}
aside ol{padding-inline-start:1.5em;margin:.2em 0}
aside li{margin:.25em 0}
aside a{color:inherit;text-decoration:none}
aside a:hover,aside a:focus{text-decoration:underline}
.info{direction:ltr;unicode-bidi:isolate;font-size:.85em;color:var(--mute)}
.s.first::before{content:"";display:inline-block;height:.9em;border-inline-start:2px solid var(--line);
margin-inline-end:.3em;vertical-align:-.1em}
.direct{--k:var(--direct);--ki:var(--direct-i)}
.partial{--k:var(--partial);--ki:var(--partial-i)}
.indirect{--k:var(--indirect);--ki:var(--indirect-i)}
.unspecified{--k:var(--side);--ki:var(--mute)}
.q{background:var(--k);border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.q.partial{border-bottom:2px dashed var(--ki)}
.q.indirect{border-bottom:2px dotted var(--ki)}
.sp{color:var(--ki);font-weight:bold;border-bottom:2px solid var(--ki)}
.sp[data-resolved].last::after{content:" (" attr(data-resolved) ")";font-weight:normal;font-size:.8em}
.c{border-bottom:2px dotted var(--mute)}
.n{position:relative;background:var(--num);box-shadow:inset 0 -2px var(--num-i);border-radius:2px}
.n[tabindex]:focus::after{content:attr(data-info);position:absolute;top:100%;inset-inline-start:0;
z-index:2;white-space:nowrap;direction:ltr;unicode-bidi:isolate;background:var(--fg);color:var(--bg);
font:12px/1.6 sans-serif;padding:.1em .5em;border-radius:3px}
.hl{outline:2px solid var(--ki);outline-offset:1px}
[tabindex]:focus{outline:2px solid var(--fg);outline-offset:1px}
@media print{
:root{--bg:#fff;--fg:#000;--mute:#444;--line:#999;--side:#fff;--direct:#cfe2ff;--direct-i:#0b57c2;
--partial:#d3f0d0;--partial-i:#1f7335;--indirect:#f1ddf7;--indirect-i:#8a2fa3;--num:#ffeab0;--num-i:#8f5b00}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:11pt}
.cols{display:block}
aside{position:static;max-height:none;overflow:visible;break-before:page}
.n.last::after{content:" [" attr(data-info) "]";font-size:.7em;color:var(--mute);direction:ltr;
unicode-bidi:isolate}}
)css";

// Hover or focus on any part of a quote (content, speaker, cue, side list
// entry) emphasizes all of them.
constexpr absl::string_view kScript =
    "for(const e of document.querySelectorAll('[data-q]')){const k=e.dataset.q;"
    "const f=on=>()=>{for(const x of document.querySelectorAll('[data-q=\"'+k+'\"]'))"
    "x.classList.toggle('hl',on)};"
    "for(const [t,on] of [['mouseenter',1],['mouseleave',0],['focus',1],['blur',0]])"
    "e.addEventListener(t,f(!!on))}";

const char* KindClass(v1::QuoteKind k) {
  switch (k) {
    case v1::QUOTE_KIND_DIRECT:
      return "direct";
    case v1::QUOTE_KIND_PARTIAL:
      return "partial";
    case v1::QUOTE_KIND_INDIRECT:
      return "indirect";
    default:
      return "unspecified";
  }
}

const char* KindLabel(v1::QuoteKind k) {
  switch (k) {
    case v1::QUOTE_KIND_DIRECT:
      return "اقتباس مباشر";
    case v1::QUOTE_KIND_PARTIAL:
      return "اقتباس جزئي";
    case v1::QUOTE_KIND_INDIRECT:
      return "اقتباس غير مباشر";
    default:
      return "اقتباس";
  }
}

std::string Escaped(absl::string_view s) {
  std::string out;
  AppendHtmlEscaped(s, &out);
  return out;
}

// At most `max_cp` code points of valid UTF-8 `s`, with "…" when cut.
std::string Shortened(absl::string_view s, size_t max_cp) {
  size_t i = 0, n = 0;
  while (i < s.size() && n < max_cp) {
    i += Utf8SequenceLength(static_cast<unsigned char>(s[i]));
    ++n;
  }
  if (i >= s.size()) return std::string(s);
  return absl::StrCat(s.substr(0, i), "…");
}

// One annotation of the text: a half-open byte range and the attributes of
// the elements that mark it.
struct Mark {
  uint32_t begin = 0;
  uint32_t end = 0;
  int layer = 0;      // nesting preference for equal ranges: lower is outer
  std::string cls;    // classes of every fragment
  std::string attrs;  // attributes of every fragment (data-a first)
  std::string first;  // attributes of the first fragment only (id, tabindex)
};

enum Layer { kSentenceLayer, kQuoteLayer, kSpeakerLayer, kCueLayer, kNumberLayer };

class MarkBuilder {
 public:
  MarkBuilder(absl::string_view text, int* dropped) : text_(text), dropped_(dropped) {}

  // Adds a mark over `span` when it is a byte range of the text on code
  // point boundaries; otherwise counts it as dropped.
  void Add(const v1::Span& span, int layer, std::string cls, std::string attrs,
           std::string first) {
    const uint32_t b = span.byte_start(), e = span.byte_end();
    if (b > e || e > text_.size() || !OnBoundary(b) || !OnBoundary(e)) {
      ++*dropped_;
      return;
    }
    marks_.push_back(Mark{b, e, layer, std::move(cls), std::move(attrs), std::move(first)});
  }

  std::vector<Mark>& marks() { return marks_; }

 private:
  bool OnBoundary(uint32_t p) const {
    return p == text_.size() || !IsUtf8Continuation(static_cast<unsigned char>(text_[p]));
  }

  absl::string_view text_;
  int* dropped_;
  std::vector<Mark> marks_;
};

// Writes `text` with every mark as <span> elements, splitting a mark into
// fragments where it crosses the end of an enclosing one.
void Emit(absl::string_view text, std::vector<Mark>& marks, std::string* out) {
  std::vector<int> order(marks.size());
  for (size_t i = 0; i < marks.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const Mark &x = marks[a], &y = marks[b];
    if (x.begin != y.begin) return x.begin < y.begin;
    if (x.end != y.end) return x.end > y.end;  // the longer one encloses
    return x.layer < y.layer;
  });
  std::vector<uint32_t> cuts;
  cuts.reserve(marks.size() * 2 + 1);
  for (const Mark& m : marks) {
    cuts.push_back(m.begin);
    cuts.push_back(m.end);
  }
  cuts.push_back(static_cast<uint32_t>(text.size()));
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::vector<bool> opened(marks.size(), false);
  std::vector<int> stack;  // open marks, outermost first
  auto open = [&](int m) {
    const Mark& mark = marks[m];
    const bool first = !opened[m];
    opened[m] = true;
    // This fragment reaches the mark's end unless an enclosing mark ends
    // first (only enclosing marks can cut it).
    bool last = true;
    for (int s : stack) last = last && marks[s].end >= mark.end;
    absl::StrAppend(out, "<span class=\"", mark.cls, first ? " first" : "", last ? " last" : "",
                    "\"", mark.attrs, first ? mark.first : "", ">");
    stack.push_back(m);
  };
  size_t next = 0;
  uint32_t pos = 0;
  for (uint32_t cut : cuts) {
    AppendHtmlEscaped(text.substr(pos, cut - pos), out);
    pos = cut;
    // Close the marks that end here, and everything opened inside the
    // outermost of them; reopen those inside that go on.
    size_t lowest = stack.size();
    for (size_t i = 0; i < stack.size(); ++i) {
      if (marks[stack[i]].end == cut) {
        lowest = i;
        break;
      }
    }
    std::vector<int> reopen;
    while (stack.size() > lowest) {
      const int m = stack.back();
      stack.pop_back();
      out->append("</span>");
      if (marks[m].end != cut) reopen.push_back(m);
    }
    for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) open(*it);
    while (next < order.size() && marks[order[next]].begin == cut) {
      const int m = order[next++];
      open(m);
      if (marks[m].end == cut) {  // empty: nothing inside
        stack.pop_back();
        out->append("</span>");
      }
    }
  }
}

}  // namespace

const char* NumberKindName(v1::NumberKind k) {
  switch (k) {
    case v1::NUMBER_KIND_CARDINAL:
      return "cardinal";
    case v1::NUMBER_KIND_ORDINAL:
      return "ordinal";
    case v1::NUMBER_KIND_FRACTION:
      return "fraction";
    case v1::NUMBER_KIND_PERCENT:
      return "percent";
    default:
      return "unspecified";
  }
}

void AppendHtmlEscaped(absl::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      case '\r':
        out->append("&#13;");
        break;
      default: {
        const int n = WellFormedUtf8Length(s.data() + i, s.size() - i);
        if (n == 0) {
          out->append("\xEF\xBF\xBD");  // U+FFFD
          ++i;
        } else {
          out->append(s.data() + i, n);
          i += n;
        }
        continue;
      }
    }
    ++i;
  }
}

std::string FormatNumber(double v) {
  if (std::fabs(v) < 1e15 && v == std::floor(v)) return absl::StrFormat("%.0f", v);
  return absl::StrFormat("%.10g", v);
}

std::string NumberInfo(const v1::NumberMention& n) {
  std::string info = n.has_value() ? absl::StrCat("value ", FormatNumber(n.value()))
                                   : std::string("no single value");
  absl::StrAppend(&info, " · ", NumberKindName(n.kind()));
  if (n.approximate()) absl::StrAppend(&info, " · approximate");
  if (n.has_min() || n.has_max()) {
    absl::StrAppend(&info, " · bounds ", n.has_min() && n.min_inclusive() ? "[" : "(",
                    n.has_min() ? FormatNumber(n.min()) : "-inf", ", ",
                    n.has_max() ? FormatNumber(n.max()) : "+inf",
                    n.has_max() && n.max_inclusive() ? "]" : ")");
  }
  return info;
}

std::string RenderMarkedText(absl::string_view text, const v1::AnalyzeResponse& r,
                             absl::string_view prefix, int* dropped) {
  int dropped_here = 0;
  MarkBuilder b(text, &dropped_here);
  const std::string p = Escaped(prefix);
  for (int i = 0; i < r.sentences_size(); ++i) {
    const std::string id = absl::StrCat(p, "s", i);
    b.Add(r.sentences(i).span(), kSentenceLayer, "s", absl::StrCat(" data-a=\"", id, "\""),
          absl::StrCat(" id=\"", id, "\""));
  }
  for (int i = 0; i < r.quotes_size(); ++i) {
    const v1::Quote& q = r.quotes(i);
    const char* kind = KindClass(q.kind());
    const std::string group = absl::StrCat(" data-q=\"", p, i, "\"");
    std::string title = KindLabel(q.kind());
    if (q.has_speaker()) absl::StrAppend(&title, " · ", q.speaker_text());
    if (!q.speaker_resolved().empty() && q.speaker_resolved() != q.speaker_text()) {
      absl::StrAppend(&title, " (", q.speaker_resolved(), ")");
    }
    if (q.has_cue()) absl::StrAppend(&title, " · ", q.cue_text());
    absl::StrAppend(&title, " · ", absl::StrFormat("%.2f", q.confidence()));
    const std::string content_id = absl::StrCat(p, "q", i);
    b.Add(q.content(), kQuoteLayer, absl::StrCat("q ", kind),
          absl::StrCat(" data-a=\"", content_id, "\"", group, " title=\"", Escaped(title), "\""),
          absl::StrCat(" id=\"", content_id, "\" tabindex=\"0\""));
    if (q.has_speaker()) {
      const std::string id = absl::StrCat(p, "qs", i);
      std::string attrs = absl::StrCat(" data-a=\"", id, "\"", group);
      if (!q.speaker_resolved().empty() && q.speaker_resolved() != q.speaker_text()) {
        absl::StrAppend(&attrs, " data-resolved=\"", Escaped(q.speaker_resolved()), "\"",
                        " title=\"", Escaped(q.speaker_resolved()), "\"");
      }
      b.Add(q.speaker(), kSpeakerLayer, absl::StrCat("sp ", kind), std::move(attrs),
            absl::StrCat(" id=\"", id, "\" tabindex=\"0\""));
    }
    if (q.has_cue()) {
      const std::string id = absl::StrCat(p, "qc", i);
      b.Add(q.cue(), kCueLayer, absl::StrCat("c ", kind),
            absl::StrCat(" data-a=\"", id, "\"", group), absl::StrCat(" id=\"", id, "\""));
    }
  }
  for (int i = 0; i < r.numbers_size(); ++i) {
    const std::string id = absl::StrCat(p, "n", i);
    const std::string info = Escaped(NumberInfo(r.numbers(i)));
    b.Add(r.numbers(i).span(), kNumberLayer, "n",
          absl::StrCat(" data-a=\"", id, "\" title=\"", info, "\" data-info=\"", info, "\""),
          absl::StrCat(" id=\"", id, "\" tabindex=\"0\""));
  }
  std::string out;
  Emit(text, b.marks(), &out);
  if (dropped != nullptr) *dropped = dropped_here;
  return out;
}

std::string RenderPage(absl::string_view title, const std::vector<RenderDocument>& docs) {
  std::string out;
  absl::StrAppend(
      &out,
      "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"color-scheme\" content=\"light dark\">\n"
      // Nothing may be loaded from anywhere: only this page's inline style
      // and script run.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
      "<meta name=\"generator\" content=\"dhad render\">\n<title>",
      Escaped(title), "</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n<header>\n<h1>",
      Escaped(title), "</h1>\n<p class=\"legend\">",
      "<span class=\"q direct\">اقتباس مباشر</span>",
      "<span class=\"q partial\">اقتباس جزئي</span>",
      "<span class=\"q indirect\">اقتباس غير مباشر</span>",
      "<span class=\"sp direct\">المتحدث</span>", "<span class=\"c\">فعل القول</span>",
      "<span class=\"n\">عدد</span>", "<span class=\"s first\">جملة</span>",
      "</p>\n</header>\n");
  for (size_t d = 0; d < docs.size(); ++d) {
    const RenderDocument& doc = docs[d];
    const std::string prefix = absl::StrCat("d", d, "-");
    absl::StrAppend(&out, "<section class=\"doc\" id=\"d", d, "\">\n");
    // One document is named by the page's title already.
    if (!doc.name.empty() && docs.size() > 1) {
      absl::StrAppend(&out, "<h2><bdi>", Escaped(doc.name), "</bdi></h2>\n");
    }
    if (!doc.error.empty()) {
      absl::StrAppend(&out, "<p class=\"error\">", Escaped(doc.error), "</p>\n</section>\n");
      continue;
    }
    const v1::AnalyzeResponse& r = doc.response;
    int dropped = 0;
    const std::string marked = RenderMarkedText(doc.text, r, prefix, &dropped);
    absl::StrAppend(&out, "<p class=\"stats\">الجمل: ", r.sentences_size(), " · الاقتباسات: ",
                    r.quotes_size(), " · الأعداد: ", r.numbers_size(), "</p>\n");
    if (dropped > 0) {
      absl::StrAppend(&out, "<p class=\"error\">", dropped,
                      " span(s) of the response are not on the text and are not shown</p>\n");
    }
    absl::StrAppend(&out, "<div class=\"cols\">\n<div class=\"text\" dir=\"rtl\" lang=\"ar\">",
                    marked, "</div>\n<aside>\n<h3>الاقتباسات</h3>\n");
    out.append(r.quotes_size() == 0 ? "<p>—</p>\n" : "<ol class=\"quotes\">\n");
    for (int i = 0; i < r.quotes_size(); ++i) {
      const v1::Quote& q = r.quotes(i);
      const char* kind = KindClass(q.kind());
      absl::StrAppend(&out, "<li class=\"", kind, "\" data-q=\"", prefix, i, "\">");
      const bool resolved =
          !q.speaker_resolved().empty() && q.speaker_resolved() != q.speaker_text();
      if (q.has_speaker()) {
        absl::StrAppend(&out, "<a class=\"sp ", kind, "\" href=\"#", prefix, "qs", i, "\"><bdi>",
                        Escaped(q.speaker_text()), "</bdi></a>");
        if (resolved) absl::StrAppend(&out, " (<bdi>", Escaped(q.speaker_resolved()), "</bdi>)");
      } else if (resolved) {
        absl::StrAppend(&out, "<bdi>", Escaped(q.speaker_resolved()), "</bdi> (ضمني)");
      } else {
        out.append("—");
      }
      absl::StrAppend(&out, " ← <a href=\"#", prefix, "q", i, "\"><bdi>",
                      Escaped(Shortened(q.content_text(), 140)), "</bdi></a></li>\n");
    }
    if (r.quotes_size() > 0) out.append("</ol>\n");
    out.append("<h3>الأعداد</h3>\n");
    out.append(r.numbers_size() == 0 ? "<p>—</p>\n" : "<ol class=\"numbers\">\n");
    for (int i = 0; i < r.numbers_size(); ++i) {
      const v1::NumberMention& n = r.numbers(i);
      absl::StrAppend(&out, "<li><a href=\"#", prefix, "n", i, "\"><bdi>", Escaped(n.text()),
                      "</bdi></a> <span class=\"info\">", Escaped(NumberInfo(n)),
                      "</span></li>\n");
    }
    if (r.numbers_size() > 0) out.append("</ol>\n");
    out.append("</aside>\n</div>\n</section>\n");
  }
  absl::StrAppend(&out, "<script>", kScript, "</script>\n</body>\n</html>\n");
  return out;
}

}  // namespace dhad
