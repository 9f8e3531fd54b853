"""Bad input, end to end (issue 8): raw bytes sent with Python grpcio to the
real dhad-server. Invalid UTF-8 of every kind, text over the limit, empty
text, only combining marks, 1 MB of one character, 100,000 quotation marks,
10,000 nested quotes, a 10,000-digit number, ألف repeated past the largest
double, NUL characters, unknown fields, truncated protobuf and a stream that
sends garbage after valid messages. Each gets a defined status (INVALID_ARGUMENT
or RESOURCE_EXHAUSTED naming what and where, or OK with sane results: every
span inside the text, byte and code point ranges agreeing, every number
finite), and afterwards the server still serves and its resident memory is
back near the warm baseline.

The tests of one class share one server and run in name order (test_01 ...
test_99): the last one checks the server after all the others. Figures
(timings, memory) are printed for docs/reliability.md.

Environment: DHAD_SANITIZED=1 (ASan builds) skips the memory bound and only
prints the figures.
"""
import math
import os
import queue
import re
import threading
import time
import unittest

import grpc

from dhad_testlib import (UNARY_METHODS, Server, SpanChecker, example_articles, metric_value, pb,
                          raw_stream, rss_bytes, wire_fixed32, wire_fixed64, wire_string, wire_varint)

SANITIZED = os.environ.get("DHAD_SANITIZED") == "1"
MIB = 1 << 20
# Memory: the server fixes glibc's mmap and trim thresholds
# (base/allocator.h), so that freed multi-megabyte buffers do not stay in
# the heap arenas; with glibc's dynamic threshold RSS after this suite was 3
# to 78 MiB over the warm baseline from one run to the next. Measured
# (Release): +13.6 MiB after the suite (the 16 MiB of free heap glibc may
# keep per arena), and extra rounds of the 1 MiB inputs flat within 2 MiB.
# Allowed growth of RSS over the warm baseline after the whole suite. Which
# arenas the suite's threads touch varies: six runs of this test gave -28.5
# to +30.9 MiB (the last failed a bound of 24 MiB, with nothing leaked: the
# extra rounds below stayed flat). The bound catches retention of the
# suite's inputs, hundreds of MiB; a leak per call shows in the rounds.
RSS_GROWTH_BOUND = 48 * MIB
# Allowed growth from the first to the last of the extra rounds of the 1 MiB
# inputs (each round sends 15 requests of 1 MiB: a leak of them shows here).
ROUNDS_GROWTH_BOUND = 12 * MIB
DEADLINE = 60  # seconds: a liveness bound for the large inputs, not a speed claim

ARTICLES = example_articles()
UNARY = UNARY_METHODS

# Invalid UTF-8: (name, bytes before the bad sequence, the bad sequence, bytes
# after). The server must name field 'text' and byte offset len(before).
AR = "قال المتحدث: ".encode()          # 24 bytes of Arabic and ASCII
EMOJI = "😀 نص ".encode()               # a 4-byte sequence before the bad one
INVALID_UTF8 = [
    ("overlong 2-byte C0 AF ('/')", AR, b"\xc0\xaf", "x".encode()),
    ("overlong 2-byte C1 BF", b"", b"\xc1\xbf", b""),
    ("overlong NUL C0 80", EMOJI, b"\xc0\x80", b"abc"),
    ("overlong 3-byte E0 80 AF", AR, b"\xe0\x80\xaf", b""),
    ("overlong 4-byte F0 80 80 AF", EMOJI, b"\xf0\x80\x80\xaf", "نص".encode()),
    ("encoded high surrogate ED A0 80", AR, b"\xed\xa0\x80", b""),
    ("encoded low surrogate ED BF BF", b"ab", b"\xed\xbf\xbf", b"cd"),
    ("surrogate pair as CESU-8", EMOJI, b"\xed\xa0\xbd\xed\xb8\x80", b""),
    ("truncated 2-byte at the end (D8)", AR, b"\xd8", b""),
    ("truncated 3-byte at the end (E2 82)", EMOJI, b"\xe2\x82", b""),
    ("truncated 4-byte at the end (F0 9F 98)", AR, b"\xf0\x9f\x98", b""),
    ("truncated 2-byte in the middle (D8 then a letter)", AR, b"\xd8", "ب نص".encode()),
    ("truncated 3-byte in the middle (E2 82 then ASCII)", b"abc", b"\xe2\x82", b"x yz"),
    ("truncated 4-byte in the middle (F0 9F then space)", EMOJI, b"\xf0\x9f", " نص".encode()),
    ("stray continuation 80 at the start", b"", b"\x80", "نص".encode()),
    ("stray continuation BF after a letter", AR, b"\xbf", b""),
    ("continuation run 80 80 80", b"x", b"\x80\x80\x80", b""),
    ("F5 lead byte", AR, b"\xf5\x80\x80\x80", b""),
    ("F8 (5-byte form)", b"", b"\xf8\x88\x80\x80\x80", b""),
    ("FE byte", EMOJI, b"\xfe", b""),
    ("FF byte", AR, b"\xff", b""),
    ("above U+10FFFF (F4 90 80 80)", AR, b"\xf4\x90\x80\x80", b""),
    # Offsets past the server's 8-byte ASCII fast path and deep in the text.
    ("after 1003 ASCII bytes", b"a" * 1003, b"\x80", b""),
    ("after 60 KB of Arabic", "بتث ".encode() * 8571, b"\xe0\x80\xaf", "نص".encode()),
]


def offset_in(details):
    m = re.search(r"byte offset (\d+)", details)
    return int(m.group(1)) if m else None


def call_raw(server, method, payload, timeout=DEADLINE):
    """(status code, details, reply bytes or None) of one raw unary call."""
    try:
        return grpc.StatusCode.OK, "", server.raw_unary(method)(payload, timeout=timeout)
    except grpc.RpcError as e:
        return e.code(), e.details(), None


def run_stream(channel, payloads, timeout=DEADLINE):
    """Sends raw payloads on one AnalyzeStream; returns (replies decoded,
    final code, details)."""
    replies = []
    try:
        for reply in raw_stream(channel, "AnalyzeStream")(iter(payloads), timeout=timeout):
            replies.append(pb.AnalyzeResponse.FromString(reply))
        return replies, grpc.StatusCode.OK, ""
    except grpc.RpcError as e:
        return replies, e.code(), e.details()


class BadInputE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server("--shutdown_grace=5s")
        cls.figures = {}
        # Warm-up: every RPC on the example articles, and ordinary 1 MB
        # Analyze calls, so that the baseline includes the allocator's working
        # set for large requests. Four at a time as well as one: each thread
        # that handles a large request keeps its own heap arena, and a
        # fresh-clone CI run under load, whose sequential warm-up touched
        # fewer of them, saw the suite add 30 MiB over a 49 MiB baseline.
        stub = cls.server.stub
        for _ in range(5):
            for text in ARTICLES:
                stub.Normalize(pb.NormalizeRequest(text=text, include_alignment=True), timeout=30)
                stub.SegmentSentences(pb.SegmentSentencesRequest(text=text), timeout=30)
                stub.ExtractQuotes(pb.ExtractQuotesRequest(text=text), timeout=30)
                stub.ParseNumbers(pb.ParseNumbersRequest(text=text), timeout=30)
                stub.Analyze(pb.AnalyzeRequest(text=text), timeout=30)
        big = "\n\n".join(ARTICLES)
        big = big * (MIB // len(big.encode()) + 1)
        for _ in range(2):
            stub.Analyze(pb.AnalyzeRequest(text=big, include_alignment=True), timeout=DEADLINE)
        for _ in range(2):
            futures = [stub.Analyze.future(pb.AnalyzeRequest(text=big, include_alignment=True), timeout=DEADLINE)
                       for _ in range(4)]
            for f in futures:
                f.result()
        list(stub.AnalyzeStream(iter([pb.AnalyzeRequest(text=t, id=str(i))
                                      for i, t in enumerate(ARTICLES * 10)]), timeout=30))
        time.sleep(0.5)
        cls.rss_warm = rss_bytes(cls.server.proc.pid)
        cls.metric_rss_warm = metric_value(cls.server.metrics_text(), "process_resident_memory_bytes")
        print(f"\n[figures] warm baseline RSS: {cls.rss_warm / MIB:.1f} MiB "
              f"(/metrics: {cls.metric_rss_warm / MIB:.1f} MiB)", flush=True)

    @classmethod
    def tearDownClass(cls):
        code = cls.server.stop()
        assert code == 0, f"server exit code {code}"

    def assertAlive(self):
        self.assertIsNone(self.server.proc.poll(), "dhad-server exited")

    def assertOkSane(self, method, text, reply):
        """Decodes an OK reply of `method` on `text` and checks its spans and
        numbers; returns the decoded response."""
        resp = UNARY[method][1].FromString(reply)
        if method == "Normalize":
            return resp
        SpanChecker(text).check_response(resp)
        return resp

    # ------------------------------------------------------------ invalid UTF-8
    def test_01_invalid_utf8_in_text_of_every_rpc_names_field_and_offset(self):
        for name, before, bad, after in INVALID_UTF8:
            text = before + bad + after
            for method, (req, _) in UNARY.items():
                code, details, _ = call_raw(self.server, method, wire_string(1, text))
                self.assertEqual(code, grpc.StatusCode.INVALID_ARGUMENT, f"{name} / {method}: {details}")
                self.assertIn(f"field 'text' of {req.DESCRIPTOR.full_name}", details, name)
                self.assertIn("not valid UTF-8", details, name)
                self.assertEqual(offset_in(details), len(before), f"{name} / {method}: {details}")
            # The same bytes as the first message of a stream.
            replies, code, details = run_stream(self.server.channel, [wire_string(1, text)])
            self.assertEqual((replies, code), ([], grpc.StatusCode.INVALID_ARGUMENT), name)
            self.assertIn("stream message 1", details, name)
            self.assertIn("field 'text'", details, name)
            self.assertEqual(offset_in(details), len(before), f"{name} / stream: {details}")
        self.assertAlive()
        print(f"\n[figures] {len(INVALID_UTF8)} invalid UTF-8 forms x 6 RPCs: all INVALID_ARGUMENT "
              "with field and byte offset", flush=True)

    def test_02_invalid_utf8_in_the_id_field_is_named(self):
        payload = wire_string(1, "نص سليم.") + wire_string(3, b"doc-\xc3\x28")
        code, details, _ = call_raw(self.server, "Analyze", payload)
        self.assertEqual(code, grpc.StatusCode.INVALID_ARGUMENT, details)
        self.assertIn("field 'id' of dhad.v1.AnalyzeRequest", details)
        self.assertEqual(offset_in(details), 4, details)
        replies, code, details = run_stream(
            self.server.channel, [pb.AnalyzeRequest(text="أ.", id="a").SerializeToString(), payload])
        self.assertEqual([r.id for r in replies], ["a"])
        self.assertEqual(code, grpc.StatusCode.INVALID_ARGUMENT)
        self.assertIn("stream message 2", details)
        self.assertIn("field 'id'", details)

    # ------------------------------------------------------------ empty and tiny
    def test_03_empty_text_is_ok_with_empty_results(self):
        # Both an empty message (no field at all) and an explicit empty string.
        for payload in (b"", wire_string(1, b"")):
            for method in UNARY:
                code, details, reply = call_raw(self.server, method, payload)
                self.assertEqual(code, grpc.StatusCode.OK, f"{method} {payload!r}: {details}")
                resp = UNARY[method][1].FromString(reply)
                if method in ("Normalize",):
                    self.assertEqual(resp.text, "")
                else:
                    for field in ("sentences", "quotes", "numbers"):
                        self.assertEqual(len(getattr(resp, field, [])), 0, f"{method} {field}")
            replies, code, _ = run_stream(self.server.channel, [payload, payload + wire_string(3, "e")])
            self.assertEqual(code, grpc.StatusCode.OK)
            self.assertEqual([r.id for r in replies], ["", "e"])
            self.assertTrue(all(len(r.sentences) == len(r.numbers) == len(r.quotes) == 0 for r in replies))

    def test_04_only_combining_marks(self):
        marks = "\u064e\u0650\u0651\u0652\u064b\u064c\u064d\u0670"  # harakat, tanween, superscript alef
        for text in (marks * 1250, "\u0651", marks + " " + marks + ". " + marks):
            for method in UNARY:
                code, details, reply = call_raw(self.server, method, wire_string(1, text))
                self.assertEqual(code, grpc.StatusCode.OK, f"{method}: {details}")
                resp = self.assertOkSane(method, text, reply)
                if method in ("ExtractQuotes", "ParseNumbers"):
                    self.assertEqual(len(getattr(resp, "quotes", [])) + len(getattr(resp, "numbers", [])), 0)
            # The search profile removes them all: the output is empty, and its
            # alignment is the one final entry (the input length).
            r = self.server.stub.Normalize(pb.NormalizeRequest(text=marks * 1250, include_alignment=True),
                                           timeout=DEADLINE)
            self.assertEqual(r.text, "")
            self.assertEqual(list(r.alignment), [len(marks) * 1250])
            # The display profile keeps them (NFC may reorder marks of one base).
            r = self.server.stub.Normalize(pb.NormalizeRequest(
                text=text, include_alignment=True,
                options=pb.NormalizeOptions(profile=pb.NORMALIZATION_PROFILE_DISPLAY)), timeout=DEADLINE)
            self.assertEqual(sorted(r.text.replace(" ", "").replace(".", "")),
                             sorted(text.replace(" ", "").replace(".", "")))
            self.assertEqual(len(r.alignment), len(r.text) + 1)
            self.assertEqual(r.alignment[-1], len(text))
            self.assertEqual(list(r.alignment), sorted(r.alignment))

    # ------------------------------------------------------------ large and pathological
    def test_05_one_megabyte_of_one_character(self):
        for name, ch in (("Arabic letter ب", "ب"), ("space", " "), ("full stop", ".")):
            text = ch * (MIB // len(ch.encode()))
            checker = SpanChecker(text)
            timings = []
            for method in UNARY:
                t0 = time.monotonic()
                code, details, reply = call_raw(self.server, method, wire_string(1, text))
                timings.append(f"{method} {time.monotonic() - t0:.2f}s")
                self.assertEqual(code, grpc.StatusCode.OK, f"{name} {method}: {details}")
                resp = UNARY[method][1].FromString(reply)
                if method == "Normalize":
                    # Search profile: letters and full stops stay, whitespace
                    # collapses and is trimmed away.
                    self.assertEqual(resp.text, "" if ch == " " else text, name)
                    continue
                checker.check_response(resp)
                self.assertEqual(len(getattr(resp, "quotes", [])), 0, name)
                self.assertEqual(len(getattr(resp, "numbers", [])), 0, name)
                if hasattr(resp, "sentences"):
                    n = len(resp.sentences)
                    if ch == " ":
                        self.assertEqual(n, 0, "whitespace only is no sentence")
                    elif ch == "ب":
                        self.assertEqual(n, 1, name)
                        self.assertEqual((resp.sentences[0].span.start, resp.sentences[0].span.end),
                                         (0, len(text)))
                    else:
                        self.assertLessEqual(n, 1, f"{name}: {n} sentences")
            print(f"\n[figures] 1 MiB of {name}: " + ", ".join(timings), flush=True)
        self.assertAlive()

    def test_06_hundred_thousand_quotation_marks(self):
        cases = {
            "« x100000": "«" * 100_000,
            "\" x100000": '"' * 100_000,
            "» x100000": "»" * 100_000,
            "«\" alternating": '«"' * 50_000,
            "«» alternating": "«»" * 50_000,
            "runs of 100 « then 100 \"": ("«" * 100 + '"' * 100) * 500,
            "runs of 1000 \" then 1000 «": ('"' * 1000 + "«" * 1000) * 50,
        }
        for name, text in cases.items():
            checker = SpanChecker(text)
            # Mixed runs take seconds: the quote pairing scans the stack of
            # open « for each unmatched " (quadratic; 100,000 marks: 3-8 s,
            # 200,000: 12-19 s here). Only Analyze, which runs it too.
            for method in (("Analyze",) if name.startswith("runs") else ("ExtractQuotes", "Analyze")):
                t0 = time.monotonic()
                code, details, reply = call_raw(self.server, method, wire_string(1, text))
                elapsed = time.monotonic() - t0
                self.assertEqual(code, grpc.StatusCode.OK, f"{name} {method}: {details}")
                resp = UNARY[method][1].FromString(reply)
                checker.check_response(resp)
                # Marks alone quote nothing: every quote needs content.
                for q in resp.quotes:
                    self.assertGreater(q.content.end, q.content.start, name)
                print(f"\n[figures] {name}: {method} {elapsed:.2f}s, {len(resp.quotes)} quotes", flush=True)
        # 50,000 real quotations (100,000 marks) in one text: every one found.
        text = "قال أحمد: «نعم». " * 50_000
        t0 = time.monotonic()
        r = self.server.stub.ExtractQuotes(pb.ExtractQuotesRequest(text=text), timeout=DEADLINE)
        print(f"\n[figures] 50,000 attributed quotations: {time.monotonic() - t0:.2f}s", flush=True)
        self.assertEqual(len(r.quotes), 50_000)
        SpanChecker(text).check_response(r)
        self.assertTrue(all(q.content_text == "نعم" and q.speaker_text == "أحمد" for q in r.quotes))

    def test_07_deeply_nested_and_unbalanced_quotes(self):
        n = 10_000
        cases = {
            "10,000 nested «...»": "قال أحمد: " + "«" * n + "نعم" + "»" * n + ".",
            "10,000 unclosed «": "قال أحمد: " + "«" * n + "نعم",
            "10,000 » then 10,000 «": "»" * n + "نعم" + "«" * n,
            "10,001 \" (odd)": '"' * (n + 1) + "نعم",
            "nested mixed families": "قال: " + "«“" * (n // 2) + "نعم" + "”»" * (n // 2),
            "nested with words": "قال أحمد: " + "«قال " * n + "نعم" + "»" * n,
        }
        for name, text in cases.items():
            checker = SpanChecker(text)
            for method in ("ExtractQuotes", "SegmentSentences", "Analyze"):
                t0 = time.monotonic()
                code, details, reply = call_raw(self.server, method, wire_string(1, text))
                self.assertEqual(code, grpc.StatusCode.OK, f"{name} {method}: {details}")
                resp = UNARY[method][1].FromString(reply)
                checker.check_response(resp)
            print(f"\n[figures] {name}: Analyze {time.monotonic() - t0:.2f}s, "
                  f"{len(resp.quotes)} quotes, {len(resp.sentences)} sentences", flush=True)
        self.assertAlive()

    # ------------------------------------------------------------ numbers past a double
    def numbers(self, text):
        """ParseNumbers and Analyze on `text`: both must agree, every span and
        value checked; returns the mentions."""
        r = self.server.stub.ParseNumbers(pb.ParseNumbersRequest(text=text), timeout=DEADLINE)
        SpanChecker(text).check_response(r)
        a = self.server.stub.Analyze(pb.AnalyzeRequest(text=text), timeout=DEADLINE)
        SpanChecker(text).check_response(a)
        self.assertEqual(list(a.numbers), list(r.numbers))
        return list(r.numbers)

    def test_08_ten_thousand_digit_number(self):
        # Documented (README, number_parser.h): a value that is not a finite
        # double is dropped: no mention, never an infinity or NaN.
        for digits in ("1" * 10_000, "٩" * 10_000, "1" * 5_000 + "." + "1" * 5_000, "1e400", "9e999"):
            got = self.numbers(digits)
            print(f"\n[figures] {digits[:8]}... ({len(digits)} chars): "
                  f"{[(m.text[:12], m.value if m.HasField('value') else None) for m in got]}", flush=True)
            self.assertEqual(got, [], f"{digits[:12]}...: expected no mention")
        # The largest that fits: 309 digits, about 1.1e308.
        got = self.numbers("1" * 309)
        self.assertEqual(len(got), 1)
        self.assertEqual(got[0].value, float("1" * 309))
        # A huge number inside a sentence does not stop the parser: the next
        # number is found.
        text = "وصل " + "7" * 10_000 + " زائر و5 آخرون."
        got = self.numbers(text)
        self.assertEqual([(m.text, m.value) for m in got], [("5", 5.0)])
        # Underflow gives a finite value (0).
        got = self.numbers("1e-400")
        self.assertTrue(all(math.isfinite(m.value) for m in got if m.HasField("value")))
        print(f"\n[figures] 1e-400: {[(m.text, m.value) for m in got]}", flush=True)

    def test_09_alf_repeated_until_the_value_overflows_a_double(self):
        # ألف ألف = 1e6 (a scale right after a scale multiplies): n times
        # ألف is 1e(3n), finite up to n = 102 (1e306); from n = 103 on it
        # does not fit a double and the run is dropped (no mention).
        results = {}
        for n in (1, 2, 3, 50, 100, 101, 102, 103, 104, 200, 400):
            text = " ".join(["ألف"] * n)
            got = self.numbers(text)
            results[n] = [m.value for m in got]
            if n <= 102:
                self.assertEqual(len(got), 1, f"n={n}")
                self.assertEqual((got[0].span.start, got[0].span.end), (0, len(text)), f"n={n}")
                self.assertTrue(math.isclose(got[0].value, 10.0 ** (3 * n), rel_tol=1e-9),
                                f"n={n}: {got[0].value}")
            else:
                self.assertEqual(got, [], f"n={n}: {results[n][:3]}")
        print(f"\n[figures] ألف x n (spaced): n=102 -> {results[102]}, n=103 -> {results[103]}, "
              f"n=400 -> {results[400]}", flush=True)
        others = {
            "ألف x400 joined": "ألف" * 400,
            "مليار x40": " ".join(["مليار"] * 40),
            "5 آلاف + ألف x200": "5 آلاف " + " ".join(["ألف"] * 200),
            "ألف x200 percent": " ".join(["ألف"] * 200) + " بالمئة",
            "range of ألف x200": "بين " + " ".join(["ألف"] * 200) + " و" + " ".join(["ألف"] * 200),
            "more than ألف x200": "أكثر من " + " ".join(["ألف"] * 200) + " شخص",
            "ألف x400 then a number": " ".join(["ألف"] * 400) + " ثم 12 شخصا.",
        }
        for name, text in others.items():
            got = self.numbers(text)  # every value, min and max checked finite
            print(f"\n[figures] {name}: {[(m.text[:16], m.value if m.HasField('value') else None) for m in got]}",
                  flush=True)
        self.assertEqual([m.value for m in self.numbers(others["ألف x400 then a number"])], [12.0])

    # ------------------------------------------------------------ NUL, unknown fields
    def test_10_nul_characters_inside_the_text(self):
        texts = [
            "قال\x00 أحمد: «سنبني\x00 50 مدرسة». وصل\x00 الوفد.\x00\x00",
            "\x00" * 1000,
            "\x00قال أحمد: «نعم».\x00 ثم غادر 3\x00 أشخاص.",
        ]
        for text in texts:
            for method in UNARY:
                code, details, reply = call_raw(self.server, method, wire_string(1, text.encode()))
                self.assertEqual(code, grpc.StatusCode.OK, f"{method}: {details}")
                self.assertOkSane(method, text, reply)
            r = self.server.stub.Normalize(pb.NormalizeRequest(text=text, include_alignment=True),
                                           timeout=DEADLINE)
            self.assertEqual(len(r.alignment), len(r.text) + 1)
            self.assertEqual(r.alignment[-1], len(text))
            self.assertEqual(list(r.alignment), sorted(r.alignment))
        numbers = self.numbers(texts[0])
        self.assertEqual([m.value for m in numbers], [50.0])
        numbers = self.numbers(texts[2])
        self.assertEqual([m.value for m in numbers], [3.0])

    def test_11_unknown_fields_are_ignored(self):
        text = "قال أحمد: «سنبني 50 مدرسة». وصل الوفد."
        unknown = (wire_varint(99, 123456789) + wire_string(99, b"\xff\xfe not UTF-8, unknown")
                   + wire_fixed64(100, b"\x01" * 8) + wire_fixed32(101, b"\x02" * 4)
                   + wire_varint(536870911, 1))  # the largest field number
        for method in UNARY:
            plain = self.server.raw_unary(method)(wire_string(1, text), timeout=DEADLINE)
            for payload in (wire_string(1, text) + unknown, unknown + wire_string(1, text)):
                code, details, reply = call_raw(self.server, method, payload)
                self.assertEqual(code, grpc.StatusCode.OK, f"{method}: {details}")
                self.assertEqual(UNARY[method][1].FromString(reply), UNARY[method][1].FromString(plain),
                                 method)
        # Unknown fields inside the nested NormalizeOptions too.
        options = wire_string(2, wire_varint(1, 3) + wire_varint(2, 1) + wire_varint(77, 5)
                              + wire_string(78, b"\x80"))
        r = pb.NormalizeResponse.FromString(
            self.server.raw_unary("Normalize")(wire_string(1, "مُحَمَّد") + options, timeout=DEADLINE))
        self.assertEqual(r.text, "محمد")  # profile NONE + remove_diacritics only
        replies, code, _ = run_stream(self.server.channel, [wire_string(1, text) + unknown + wire_string(3, "u")])
        self.assertEqual(code, grpc.StatusCode.OK)
        self.assertEqual([r.id for r in replies], ["u"])

    # ------------------------------------------------------------ malformed protobuf
    def test_12_truncated_protobuf_is_invalid_argument(self):
        text = "قال المتحدث إن 25 شخصا وصلوا. " * 10  # > 127 bytes: a 2-byte length
        arabic_at = next(i for i in range(40, len(text)) if ord(text[i]) > 0x7F)
        for method, (req_cls, _) in UNARY.items():
            full = req_cls(text=text).SerializeToString()
            self.assertEqual(full[0], 0x0A)
            cuts = {
                "in the middle of the text": len(full) // 2,
                "inside a 2-byte character": 3 + len(text[:arabic_at].encode()) + 1,
                "after the tag": 1,
                "inside the length varint": 2,
                "one byte short": len(full) - 1,
            }
            for name, cut in cuts.items():
                payload = full[:cut]
                code, details, _ = call_raw(self.server, method, payload)
                self.assertEqual(code, grpc.StatusCode.INVALID_ARGUMENT, f"{method} {name}: {details}")
                self.assertIn(f"not a valid {req_cls.DESCRIPTOR.full_name} message", details)
                self.assertIn(f"({len(payload)} bytes that do not parse as protobuf)", details)
            # A group that never ends does not parse either.
            code, details, _ = call_raw(self.server, method, b"\x0b\x08\x01")
            self.assertEqual(code, grpc.StatusCode.INVALID_ARGUMENT, f"{method}: {details}")
            self.assertIn("do not parse as protobuf", details)
            # Field 1 with the wrong wire type (a varint) is, by protobuf's
            # rules, an unknown field: the text is empty and the call OK.
            code, details, reply = call_raw(self.server, method, wire_varint(1, 5))
            self.assertEqual(code, grpc.StatusCode.OK, f"{method}: {details}")
            if method == "Normalize":
                self.assertEqual(pb.NormalizeResponse.FromString(reply).text, "")

    def test_13_stream_with_garbage_after_valid_messages(self):
        """The valid messages get their answers in order; the stream then ends
        INVALID_ARGUMENT naming the bad message's number; a stream running at
        the same time on the same connection is not affected."""
        long_text = "وقال المتحدث إن 12 شخصا وصلوا صباحا. " * 100  # > 2048 bytes: the worker path
        valid = [pb.AnalyzeRequest(text=t, id=f"v{i}").SerializeToString()
                 for i, t in enumerate(["نص أول.", long_text, "وصل 3 أشخاص.", long_text])]
        garbage = {
            "length beyond the message": b"\x0a\xff\xff\xff\xff\x0f" + b"x" * 10,
            "bytes that are no protobuf": b"\xff" * 12,
            "truncated text": pb.AnalyzeRequest(text=long_text, id="t").SerializeToString()[:100],
        }
        # The other stream: fed one message at a time from a queue.
        q = queue.Queue()
        other_got, other_err = [], []

        def other_requests():
            while True:
                item = q.get(timeout=DEADLINE)
                if item is None:
                    return
                yield item

        def consume():
            try:
                for r in self.server.stub.AnalyzeStream(other_requests(), timeout=DEADLINE + 30):
                    other_got.append(r.id)
            except grpc.RpcError as e:
                other_err.append(e)
        consumer = threading.Thread(target=consume)
        consumer.start()
        try:
            k = 0
            for name, bad in garbage.items():
                q.put(pb.AnalyzeRequest(text=f"الرسالة {k}.", id=f"o{k}"))
                k += 1
                replies, code, details = run_stream(self.server.channel, valid + [bad] + valid)
                self.assertEqual([r.id for r in replies], ["v0", "v1", "v2", "v3"], name)
                for r in replies:
                    self.assertGreater(len(r.sentences), 0)
                self.assertEqual(code, grpc.StatusCode.INVALID_ARGUMENT, f"{name}: {details}")
                self.assertIn("stream message 5", details, name)
                self.assertIn("not a valid dhad.v1.AnalyzeRequest message", details, name)
                q.put(pb.AnalyzeRequest(text=f"الرسالة {k}.", id=f"o{k}"))
                k += 1
            q.put(None)
            consumer.join(timeout=DEADLINE)
            self.assertFalse(consumer.is_alive())
            self.assertEqual(other_err, [])
            self.assertEqual(other_got, [f"o{i}" for i in range(k)])
        finally:
            q.put(None)
            consumer.join(timeout=DEADLINE)

    # ------------------------------------------------------------ afterwards
    def test_99_after_the_suite_the_server_serves_and_memory_is_back_near_baseline(self):
        self.assertAlive()
        text = ARTICLES[0]
        r = self.server.stub.Analyze(pb.AnalyzeRequest(text=text, id="after"), timeout=30)
        self.assertEqual(r.id, "after")
        self.assertGreater(len(r.sentences), 5)
        self.assertGreater(len(r.numbers), 0)
        SpanChecker(text).check_response(r)
        # Let finished calls release their buffers, then read twice (the
        # smaller of two readings a moment apart).
        time.sleep(1.0)
        first = rss_bytes(self.server.proc.pid)
        time.sleep(0.5)
        rss_after = min(first, rss_bytes(self.server.proc.pid))
        metric_after = metric_value(self.server.metrics_text(), "process_resident_memory_bytes")
        growth = rss_after - self.rss_warm
        print(f"\n[figures] RSS warm {self.rss_warm / MIB:.1f} MiB, after the suite {rss_after / MIB:.1f} MiB "
              f"(growth {growth / MIB:+.1f} MiB; /metrics {metric_after / MIB:.1f} MiB; bound "
              f"{RSS_GROWTH_BOUND / MIB:.0f} MiB{', not applied: sanitized build' if SANITIZED else ''})",
              flush=True)
        if not SANITIZED:
            self.assertLessEqual(growth, RSS_GROWTH_BOUND)
        # Memory kept by a leak grows with every round: run the 1 MiB inputs
        # three more times. (Under ASan, its leak checker fails the server's
        # exit code instead.)
        rounds = []
        for _ in range(1 if SANITIZED else 3):
            self.test_05_one_megabyte_of_one_character()
            time.sleep(0.5)
            rounds.append(rss_bytes(self.server.proc.pid))
        print("\n[figures] RSS after more rounds of the 1 MiB inputs: "
              + ", ".join(f"{r / MIB:.1f} MiB" for r in rounds), flush=True)
        if not SANITIZED:
            self.assertLessEqual(rounds[-1] - rounds[0], ROUNDS_GROWTH_BOUND)


class TextLimitE2E(unittest.TestCase):
    """Text over --max_text_bytes: RESOURCE_EXHAUSTED naming the size and the
    limit, for every RPC and for a stream message; the limit itself is
    accepted (it counts bytes, not characters)."""

    def test_text_over_the_limit_in_every_rpc(self):
        server = Server("--max_text_bytes=4096", metrics=False)
        try:
            at_limit = "ب" * 2048            # 4096 bytes
            over = at_limit + "x"            # 4097 bytes
            for method in UNARY:
                code, details, _ = call_raw(server, method, wire_string(1, at_limit))
                self.assertEqual(code, grpc.StatusCode.OK, f"{method}: {details}")
                code, details, _ = call_raw(server, method, wire_string(1, over))
                self.assertEqual(code, grpc.StatusCode.RESOURCE_EXHAUSTED, f"{method}: {details}")
                self.assertIn("text is 4097 bytes", details)
                self.assertIn("at most 4096 bytes (--max_text_bytes)", details)
            replies, code, details = run_stream(server.channel, [
                pb.AnalyzeRequest(text=at_limit, id="fits").SerializeToString(),
                pb.AnalyzeRequest(text=over, id="big").SerializeToString(),
                pb.AnalyzeRequest(text="نص", id="late").SerializeToString()])
            self.assertEqual([r.id for r in replies], ["fits"])
            self.assertEqual(code, grpc.StatusCode.RESOURCE_EXHAUSTED, details)
            self.assertIn("stream message 2 (id 'big')", details)
            self.assertIn("at most 4096 bytes", details)
            self.assertEqual(server.stub.Normalize(pb.NormalizeRequest(text="نص"), timeout=10).text, "نص")
        finally:
            self.assertEqual(server.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
