"""`dhad render` against the real server, its pages opened in headless Chromium.

The pages of examples/ and of a text with every kind of quote and number are
loaded in Chromium with a check script added at the end: the script walks the
DOM and compares, for every span the server returned, the elements that mark
it (all elements with its data-a id) with the span: their text together is
exactly the span's text, they sit exactly at the span's place in the text,
and they are visibly highlighted (computed style). It writes what it found
into the DOM, which `chromium --dump-dom` prints. A screenshot of each page is
taken too (kept in the build directory, render_test/).

Skipped, with a message, only when Chromium is not installed or cannot start
here (scripts/setup.sh installs Debian's chromium)."""
import html
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import tempfile
import unittest

from dhad_testlib import BUILD, CLIENT_BIN, EXAMPLES, Server, pb

CHROMIUM = shutil.which("chromium")
SHOTS = os.path.join(BUILD, "render_test")

# Written for this test: a headline with Latin, '&' and an emoji; an indirect
# quote, a direct quote that spans two sentences, a partial quote; numbers in
# Arabic-Indic and ASCII digits, an ordinal, a bound, a percent, a fraction, a
# decimal, a range with its two ends inside it, a vague quantity; HTML
# special characters in the text; an implicit speaker resolved to a name; CR
# LF line ends in the last paragraph.
TEXT = (
    'نتائج مسابقة "Code & Play" للمبرمجين الصغار 🚀\n\n'
    "أعلنت لجنة التحكيم مساء الخميس فوز فريق «النجوم» بالمركز الأول من بين ٢٤ فريقا، "
    "وقالت رئيسة اللجنة د. هالة ناصر: «كانت المنافسة أصعب مما توقعنا. الفرق قدمت أكثر من "
    "300 مشروع في ثلاثة أيام».\n\n"
    "وأكد المدير التقني للمسابقة سليم عواد أن نحو 40% من المشاركين فتيات، وأن ربع المشاريع "
    "استخدم لغة Python < 3.12 & C++.\n\n"
    'ووصف عواد النتيجة بأنها "قفزة لم نحلم بها" 😊، مشيرا إلى أن الجائزة تتراوح بين 5 و10 '
    "آلاف دولار، وأن عشرات المتطوعين ساعدوا في التنظيم للمرة الثالثة.\n\n"
    "وأوضحت ناصر أن الفريق الفائز سيمثل البلاد في نهائي ٢٠٢٦ 🏆، وأضافت: «سنبدأ التحضير "
    "غدا».\r\nوقالت: «نحن جاهزون».\r\n")

# Added to the page under test (never part of what dhad writes): checks the
# marks of every document against EXPECT and writes the result as JSON into
# <pre id="dhad-check">.
CHECK_SCRIPT = r"""
(function () {
  const problems = [];
  let checked = 0;
  const transparent = c => c === 'rgba(0, 0, 0, 0)' || c === 'transparent';
  // WCAG contrast ratio of an element's text on the first opaque background
  // behind it.
  const rgb = c => c.match(/[0-9.]+/g).slice(0, 3).map(Number);
  const luminance = c => {
    const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = el => {
    let bg = el;
    while (bg && transparent(getComputedStyle(bg).backgroundColor)) bg = bg.parentElement;
    const a = luminance(getComputedStyle(el).color);
    const b = luminance(bg ? getComputedStyle(bg).backgroundColor : 'rgb(255, 255, 255)');
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const isHighlighted = {
    s: (el, first) => !first ||
        getComputedStyle(el, '::before').borderInlineStartStyle === 'solid',
    q: el => !transparent(getComputedStyle(el).backgroundColor),
    sp: el => getComputedStyle(el).borderBottomStyle === 'solid' &&
        Number(getComputedStyle(el).fontWeight) >= 700,
    c: el => getComputedStyle(el).borderBottomStyle === 'dotted',
    n: el => !transparent(getComputedStyle(el).backgroundColor),
  };
  for (const doc of EXPECT) {
    const box = document.querySelector('#' + doc.section + ' .text');
    if (!box) { problems.push(doc.section + ': no text block'); continue; }
    if (box.textContent !== doc.text) problems.push(doc.section + ': the text differs');
    if (box.closest('[dir]').getAttribute('dir') !== 'rtl' || box.lang !== 'ar')
      problems.push(doc.section + ': not dir=rtl lang=ar');
    // UTF-16 offset in the text of where each marking element starts.
    const startOf = new Map();
    let offset = 0;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) offset += node.data.length;
      else startOf.set(node, offset);
    }
    // Code point index -> UTF-16 offset.
    const cps = Array.from(doc.text);
    const u16 = [0];
    for (const ch of cps) u16.push(u16[u16.length - 1] + ch.length);
    const ids = new Set();
    for (const el of box.querySelectorAll('[data-a]')) ids.add(el.dataset.a);
    if (ids.size !== doc.marks.length)
      problems.push(`${doc.section}: ${ids.size} marked spans, ${doc.marks.length} returned`);
    for (const m of doc.marks) {
      checked++;
      const where = `${doc.section} ${m.id} [${m.start},${m.end}) ${JSON.stringify(m.text)}`;
      const frags = Array.from(box.querySelectorAll(`[data-a="${m.id}"]`));
      if (frags.length === 0) { problems.push(where + ': not marked'); continue; }
      const got = frags.map(f => f.textContent).join('');
      const slice = cps.slice(m.start, m.end).join('');
      if (slice !== m.text) problems.push(where + ': the response text is not the span');
      if (got !== m.text) problems.push(where + ': marked ' + JSON.stringify(got));
      let at = u16[m.start];
      for (const f of frags) {
        if (startOf.get(f) !== at) problems.push(where + `: a fragment starts at ${startOf.get(f)}, not ${at}`);
        at = startOf.get(f) + f.textContent.length;
        if (!f.classList.contains(m.cls)) problems.push(where + ': class is ' + f.className);
        if (m.kind && !f.classList.contains(m.kind)) problems.push(where + ': not ' + m.kind);
        if (!isHighlighted[m.cls](f, f === frags[0])) problems.push(where + ': not highlighted');
        if (contrast(f) < 4.5) problems.push(where + `: contrast ${contrast(f).toFixed(2)} < 4.5`);
      }
      if (at !== u16[m.end]) problems.push(where + `: marks end at ${at}, not ${u16[m.end]}`);
      if (frags[0].id !== m.id) problems.push(where + ': first fragment has no id');
      if (m.info && frags[0].title !== m.info) problems.push(where + ': title ' + frags[0].title);
      if (m.resolved && frags[0].dataset.resolved !== m.resolved)
        problems.push(where + ': resolved speaker not shown');
      if (m.linked && !document.querySelector(`aside a[href="#${m.id}"]`))
        problems.push(where + ': no entry in the side list');
    }
    // Hover on a speaker emphasizes its quote's content.
    const sp = box.querySelector('.sp[data-q]');
    if (sp) {
      sp.dispatchEvent(new MouseEvent('mouseenter'));
      const content = box.querySelector(`.q[data-q="${sp.dataset.q}"]`);
      if (!content || !content.classList.contains('hl')) problems.push(doc.section + ': hover does not emphasize the pair');
      sp.dispatchEvent(new MouseEvent('mouseleave'));
      if (content && content.classList.contains('hl')) problems.push(doc.section + ': emphasis stays after hover');
    }
  }
  const out = document.createElement('pre');
  out.id = 'dhad-check';
  out.textContent = JSON.stringify({checked, problems, background: getComputedStyle(document.body).backgroundColor});
  document.body.appendChild(out);
})();
"""

KIND = {pb.QUOTE_KIND_DIRECT: "direct", pb.QUOTE_KIND_PARTIAL: "partial",
        pb.QUOTE_KIND_INDIRECT: "indirect"}
NUMBER_KIND = {pb.NUMBER_KIND_CARDINAL: "cardinal", pb.NUMBER_KIND_ORDINAL: "ordinal",
               pb.NUMBER_KIND_FRACTION: "fraction", pb.NUMBER_KIND_PERCENT: "percent"}


def fmt(v):
    """The client's FormatNumber: whole numbers in full, others to 10 digits."""
    if abs(v) < 1e15 and v == int(v):
        return "%.0f" % v
    return "%.10g" % v


def number_info(n):
    info = f"value {fmt(n.value)}" if n.HasField("value") else "no single value"
    info += " · " + NUMBER_KIND.get(n.kind, "unspecified")
    if n.approximate:
        info += " · approximate"
    if n.HasField("min") or n.HasField("max"):
        info += (" · bounds " + ("[" if n.HasField("min") and n.min_inclusive else "(")
                 + (fmt(n.min) if n.HasField("min") else "-inf") + ", "
                 + (fmt(n.max) if n.HasField("max") else "+inf")
                 + ("]" if n.HasField("max") and n.max_inclusive else ")"))
    return info


def expected_marks(doc, response):
    """What the check script expects of document number `doc`: every span of
    the response with its id, text, class and the details shown with it."""
    p = f"d{doc}-"
    marks = []
    for i, s in enumerate(response.sentences):
        marks.append(dict(id=f"{p}s{i}", start=s.span.start, end=s.span.end, text=s.text, cls="s"))
    for i, q in enumerate(response.quotes):
        kind = KIND[q.kind]
        marks.append(dict(id=f"{p}q{i}", start=q.content.start, end=q.content.end,
                          text=q.content_text, cls="q", kind=kind, linked=True))
        if q.HasField("speaker"):
            resolved = q.speaker_resolved if q.speaker_resolved not in ("", q.speaker_text) else None
            marks.append(dict(id=f"{p}qs{i}", start=q.speaker.start, end=q.speaker.end,
                              text=q.speaker_text, cls="sp", kind=kind, linked=True,
                              resolved=resolved))
        if q.HasField("cue"):
            marks.append(dict(id=f"{p}qc{i}", start=q.cue.start, end=q.cue.end, text=q.cue_text,
                              cls="c", kind=kind))
    for i, n in enumerate(response.numbers):
        marks.append(dict(id=f"{p}n{i}", start=n.span.start, end=n.span.end, text=n.text, cls="n",
                          info=number_info(n), linked=True))
    return marks


def chromium(args, timeout=90):
    """Runs headless Chromium (as root: no sandbox) with a fresh profile, in
    its own process group, killed when it takes longer than `timeout`."""
    profile = tempfile.mkdtemp(prefix="dhad_chromium_")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--hide-scrollbars", f"--user-data-dir={profile}"] + args
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError(f"chromium {args[-1]} took more than {timeout}s")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # helpers left behind, if any
        except ProcessLookupError:
            pass
        shutil.rmtree(profile, ignore_errors=True)
    return proc.returncode, out.decode(errors="replace"), err.decode(errors="replace")


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


class RenderE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(metrics=False)
        cls.tmp = tempfile.mkdtemp(prefix="dhad_render_")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)
        assert cls.server.stop() == 0

    def dhad(self, *args, stdin=None):
        return subprocess.run([CLIENT_BIN, f"--target={self.server.target}", "--deadline=20s"] + list(args),
                              input=stdin, capture_output=True, timeout=60)

    def require_chromium(self):
        if CHROMIUM is None:
            self.skipTest("chromium is not installed (scripts/setup.sh installs Debian's chromium)")
        probe = os.path.join(self.tmp, "probe.html")
        with open(probe, "w") as f:
            f.write("<!DOCTYPE html><p id=probe>ok</p><script>document.getElementById('probe')"
                    ".textContent='ran'</script>")
        try:
            rc, out, err = chromium(["--dump-dom", "file://" + probe], timeout=60)
        except AssertionError as e:
            self.skipTest(f"chromium cannot run here: {e}")
        if "ran" not in out:
            self.skipTest(f"chromium cannot run here (exit {rc}): {err.strip()[-400:]}")

    def check_in_browser(self, page_path, docs, name):
        """Loads the page with the check script for `docs` (a list of (text,
        AnalyzeResponse)), fails on every problem it reports, and takes a
        screenshot."""
        with open(page_path, encoding="utf-8") as f:
            page = f.read()
        expect = [dict(section=f"d{i}", text=text, marks=expected_marks(i, resp))
                  for i, (text, resp) in enumerate(docs)]
        data = json.dumps(expect).replace("</", "<\\/")
        self.assertEqual(page.count("</body>"), 1)
        checked_page = page.replace("</body>", f"<script>const EXPECT = {data};\n{CHECK_SCRIPT}</script>\n</body>")
        check_path = os.path.join(self.tmp, name + "_check.html")
        with open(check_path, "w", encoding="utf-8") as f:
            f.write(checked_page)
        backgrounds = {}
        for scheme, setting in (("light", "preferredColorScheme=1"), ("dark", "preferredColorScheme=0")):
            rc, out, err = chromium([f"--blink-settings={setting}", "--dump-dom", "file://" + check_path])
            self.assertEqual(rc, 0, err[-2000:])
            m = re.search(r'<pre id="dhad-check">(.*?)</pre>', out, re.S)
            self.assertIsNotNone(m, "the check script did not run: " + err[-2000:])
            result = json.loads(html.unescape(m.group(1)))
            self.assertEqual(result["problems"], [], scheme)
            self.assertEqual(result["checked"], sum(len(d["marks"]) for d in expect))
            self.assertGreater(result["checked"], 0)
            backgrounds[scheme] = result["background"]
        self.assertNotEqual(backgrounds["light"], backgrounds["dark"], "no dark colour scheme")

        os.makedirs(SHOTS, exist_ok=True)
        shot = os.path.join(SHOTS, name + ".png")
        if os.path.exists(shot):
            os.remove(shot)
        rc, out, err = chromium(["--window-size=1280,900", f"--screenshot={shot}", "file://" + page_path])
        self.assertEqual(rc, 0, err[-2000:])
        self.assertEqual(png_size(shot), (1280, 900))
        self.assertGreater(os.path.getsize(shot), 20000)  # not a blank page
        pdf = os.path.join(self.tmp, name + ".pdf")
        rc, out, err = chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + page_path])
        self.assertEqual(rc, 0, err[-2000:])
        with open(pdf, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        return result

    def analyze(self, text):
        return self.server.stub.Analyze(pb.AnalyzeRequest(text=text), timeout=20)

    def test_text_with_every_kind_of_quote_and_number(self):
        self.require_chromium()
        page = os.path.join(self.tmp, "text.html")
        r = self.dhad("render", f"--out={page}", stdin=TEXT.encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        resp = self.analyze(TEXT)
        # The text exercises what it is meant to.
        self.assertEqual({q.kind for q in resp.quotes},
                         {pb.QUOTE_KIND_DIRECT, pb.QUOTE_KIND_PARTIAL, pb.QUOTE_KIND_INDIRECT})
        self.assertEqual({n.kind for n in resp.numbers}, set(NUMBER_KIND))
        self.assertTrue(any(n.HasField("min") and not n.HasField("value") for n in resp.numbers))
        self.assertTrue(any(not q.HasField("speaker") and q.speaker_resolved for q in resp.quotes))
        spans = sorted((s.span.start, s.span.end) for s in resp.sentences)
        self.assertTrue(any(any(a < q.content.start < b < q.content.end for a, b in spans)
                            for q in resp.quotes), "no quote crosses a sentence end")
        self.check_in_browser(page, [(TEXT, resp)], "text")

    def test_examples_directory(self):
        self.require_chromium()
        page = os.path.join(self.tmp, "examples.html")
        r = self.dhad("render", f"--dir={EXAMPLES}", f"--out={page}")
        self.assertEqual(r.returncode, 0, r.stderr)
        docs = []
        for name in sorted(os.listdir(EXAMPLES)):
            with open(os.path.join(EXAMPLES, name), encoding="utf-8", newline="") as f:
                text = f.read()
            docs.append((text, self.analyze(text)))
        result = self.check_in_browser(page, docs, "examples")
        self.assertGreater(result["checked"], 100)

    def test_page_is_self_contained_and_escaped(self):
        r = self.dhad("render", "--text=قال <b>\"نعم\"</b> & 'لا' ٣ 😀")
        self.assertEqual(r.returncode, 0, r.stderr)
        page = r.stdout.decode()
        self.assertIn('<html lang="ar" dir="rtl">', page)
        self.assertIn("&lt;b&gt;&quot;نعم&quot;&lt;/b&gt; &amp; &#39;لا&#39;", page)
        self.assertNotIn("<b>", page)
        for remote in ("http:", "https:", "src=", "<link", "@import", "url("):
            self.assertNotIn(remote, page)
        self.assertIn("prefers-color-scheme:dark", page)
        self.assertIn("@media print", page)

    def test_bad_input_gets_what_analyze_gets(self):
        out = os.path.join(self.tmp, "bad.html")
        bad = self.dhad("render", f"--out={out}", stdin=b"abc\xff")
        ref = self.dhad("analyze", stdin=b"abc\xff")
        self.assertEqual(bad.returncode, 1)
        self.assertEqual(ref.returncode, 1)
        self.assertIn(b"INVALID_ARGUMENT", bad.stderr)
        self.assertIn(b"byte offset 3", bad.stderr)
        self.assertEqual(bad.stderr, ref.stderr)
        self.assertFalse(os.path.exists(out))
        self.assertEqual(bad.stdout, b"")

    def test_directory_with_a_bad_file_renders_the_others(self):
        d = os.path.join(self.tmp, "mixed")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "a.txt"), "w", encoding="utf-8") as f:
            f.write("قال الوزير إن 3 ملايين شخص تضرروا.")
        with open(os.path.join(d, "b.txt"), "wb") as f:
            f.write(b"\xc3\x28 <bad>")
        r = self.dhad("render", f"--dir={d}")
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"b.txt: call failed: INVALID_ARGUMENT", r.stderr)
        page = r.stdout.decode()
        self.assertIn('data-a="d0-n0"', page)
        self.assertIn("INVALID_ARGUMENT", page)
        self.assertEqual(page.count('<section class="doc"'), 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
