"""End to end through Python's grpcio: health, reflection, every RPC, and the
error statuses, against the real dhad-server binary."""
import threading
import unittest

import grpc

from dhad_testlib import (Server, health_pb2, health_pb2_grpc, pb, wire_fields, wire_string,
                          EXAMPLES)
import os

ARTICLE = open(os.path.join(EXAMPLES, "01_water_project.txt"), encoding="utf-8").read()


def check_span(test, text, span):
    """A span must be inside the text, and its byte range must be the same
    range as its code point range."""
    test.assertLessEqual(span.start, span.end)
    test.assertLessEqual(span.end, len(text))
    b0 = len(text[:span.start].encode())
    b1 = b0 + len(text[span.start:span.end].encode())
    test.assertEqual((span.byte_start, span.byte_end), (b0, b1))


class GrpcE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.stub = cls.server.stub

    @classmethod
    def tearDownClass(cls):
        code = cls.server.stop()
        assert code == 0, f"server exit code {code}"

    def test_health_is_serving(self):
        stub = health_pb2_grpc.HealthStub(self.server.channel)
        for service in ("", "dhad.v1.TextAnalyzer"):
            r = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=10)
            self.assertEqual(r.status, health_pb2.HealthCheckResponse.SERVING, service)

    def test_reflection_lists_and_describes_the_service(self):
        call = self.server.channel.stream_stream(
            "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
            request_serializer=lambda b: b, response_deserializer=lambda b: b)
        # list_services = 7; file_containing_symbol = 4
        replies = list(call(iter([wire_string(7, ""), wire_string(4, "dhad.v1.TextAnalyzer")]),
                            timeout=10))
        self.assertEqual(len(replies), 2)
        listing = dict((n, v) for n, _, v in wire_fields(replies[0]))
        self.assertIn(6, listing, "expected a list_services_response")
        names = [dict((n, v) for n, _, v in wire_fields(svc))[1].decode()
                 for n, _, svc in wire_fields(listing[6]) if n == 1]
        self.assertIn("dhad.v1.TextAnalyzer", names)
        self.assertIn("grpc.health.v1.Health", names)
        described = dict((n, v) for n, _, v in wire_fields(replies[1]))
        self.assertIn(4, described, "expected a file_descriptor_response")
        self.assertIn(b"dhad/v1/text_analyzer.proto", described[4])

    def test_invalid_utf8_is_invalid_argument_naming_the_offset(self):
        bad_texts = {
            "overlong": b"ab\xc0\xaf",
            "surrogate": "قال".encode() + b"\xed\xa0\x80",
            "truncated": b"x\xe2\x82",
            "stray continuation": b"\x80abc",
        }
        for name, text in bad_texts.items():
            for method in ("Normalize", "SegmentSentences", "ExtractQuotes", "ParseNumbers", "Analyze"):
                with self.assertRaises(grpc.RpcError, msg=name) as cm:
                    self.server.raw_unary(method)(wire_string(1, text), timeout=10)
                self.assertEqual(cm.exception.code(), grpc.StatusCode.INVALID_ARGUMENT, name)
                self.assertIn("not valid UTF-8", cm.exception.details())
                offset = {"overlong": 2, "surrogate": 6, "truncated": 1, "stray continuation": 0}[name]
                self.assertIn(f"byte offset {offset}", cm.exception.details())

    def test_malformed_protobuf_is_invalid_argument(self):
        with self.assertRaises(grpc.RpcError) as cm:
            self.server.raw_unary("ParseNumbers")(b"\x0a\x05ab", timeout=10)  # truncated field
        self.assertEqual(cm.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertIn("not a valid dhad.v1.ParseNumbersRequest", cm.exception.details())

    def test_unknown_fields_are_ignored(self):
        payload = wire_string(1, "مرحبا") + wire_string(99, "extra")
        reply = self.server.raw_unary("Normalize")(payload, timeout=10)
        r = pb.NormalizeResponse.FromString(reply)
        self.assertEqual(r.text, "مرحبا")

    def test_empty_text_gives_empty_results(self):
        self.assertEqual(self.stub.Normalize(pb.NormalizeRequest(text="", include_alignment=True)).text, "")
        self.assertEqual(len(self.stub.SegmentSentences(pb.SegmentSentencesRequest(text="")).sentences), 0)
        self.assertEqual(len(self.stub.ExtractQuotes(pb.ExtractQuotesRequest(text="")).quotes), 0)
        self.assertEqual(len(self.stub.ParseNumbers(pb.ParseNumbersRequest(text="")).numbers), 0)
        r = self.stub.Analyze(pb.AnalyzeRequest(text="", id="empty", include_alignment=True))
        self.assertEqual(r.id, "empty")
        self.assertEqual(list(r.normalized.alignment), [0])

    def test_analyze_alignment_only_when_asked(self):
        text = "أَحْمَد"
        without = self.stub.Analyze(pb.AnalyzeRequest(text=text), timeout=10)
        self.assertEqual(without.normalized.text, "احمد")
        self.assertEqual(list(without.normalized.alignment), [])
        with_ = self.stub.Analyze(pb.AnalyzeRequest(text=text, include_alignment=True), timeout=10)
        self.assertEqual(list(with_.normalized.alignment), [0, 2, 4, 6, 7])

    def test_normalize_search_profile_with_alignment(self):
        text = "مُحَمَّدٌ  في الإدارة ١٢٣"
        r = self.stub.Normalize(pb.NormalizeRequest(text=text, include_alignment=True), timeout=10)
        self.assertEqual(r.text, "محمد في الاداره 123")
        self.assertEqual(len(r.alignment), len(r.text) + 1)
        self.assertEqual(r.alignment[-1], len(text))
        self.assertEqual(list(r.alignment), sorted(r.alignment))
        for i, ch in enumerate(r.text):
            if ch not in " اه0123456789":
                self.assertEqual(text[r.alignment[i]], ch)

    def test_every_analyzer_answers_with_consistent_spans(self):
        r = self.stub.Analyze(pb.AnalyzeRequest(text=ARTICLE, id="a1"), timeout=30)
        self.assertEqual(r.id, "a1")
        self.assertGreater(len(r.sentences), 5)
        self.assertGreater(len(r.quotes), 0)
        self.assertGreater(len(r.numbers), 3)
        for s in r.sentences:
            check_span(self, ARTICLE, s.span)
            self.assertEqual(s.text, ARTICLE[s.span.start:s.span.end])
        for q in r.quotes:
            check_span(self, ARTICLE, q.content)
            self.assertEqual(q.content_text, ARTICLE[q.content.start:q.content.end])
            if q.HasField("speaker"):
                check_span(self, ARTICLE, q.speaker)
        for n in r.numbers:
            check_span(self, ARTICLE, n.span)
            self.assertEqual(n.text, ARTICLE[n.span.start:n.span.end])
        # The single-analyzer RPCs give the same answers as Analyze.
        self.assertEqual(list(self.stub.SegmentSentences(pb.SegmentSentencesRequest(text=ARTICLE)).sentences),
                         list(r.sentences))
        self.assertEqual(list(self.stub.ParseNumbers(pb.ParseNumbersRequest(text=ARTICLE)).numbers),
                         list(r.numbers))
        self.assertEqual(list(self.stub.ExtractQuotes(pb.ExtractQuotesRequest(text=ARTICLE)).quotes),
                         list(r.quotes))

    def test_expired_deadline_and_cancellation_leave_the_server_serving(self):
        big = "كلمة " * 400000  # 4 MB of text
        with self.assertRaises(grpc.RpcError) as cm:
            self.stub.Analyze(pb.AnalyzeRequest(text=big[:3_900_000]), timeout=0.001)
        self.assertEqual(cm.exception.code(), grpc.StatusCode.DEADLINE_EXCEEDED)
        future = self.stub.Analyze.future(pb.AnalyzeRequest(text=big[:3_900_000]), timeout=30)
        future.cancel()
        self.assertTrue(future.cancelled() or future.exception() is not None)
        r = self.stub.Normalize(pb.NormalizeRequest(text="سلام"), timeout=10)
        self.assertEqual(r.text, "سلام")

    def test_concurrent_calls(self):
        errors = []

        def worker():
            try:
                for _ in range(10):
                    self.stub.Normalize(pb.NormalizeRequest(text=ARTICLE), timeout=10)
            except Exception as ex:  # reported below
                errors.append(ex)
        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        self.assertEqual(errors, [])


class LimitsE2E(unittest.TestCase):
    def test_text_over_the_limit_is_resource_exhausted_naming_the_limit(self):
        server = Server("--max_text_bytes=1000", metrics=False)
        try:
            with self.assertRaises(grpc.RpcError) as cm:
                server.stub.Normalize(pb.NormalizeRequest(text="ب" * 600), timeout=10)  # 1200 bytes
            self.assertEqual(cm.exception.code(), grpc.StatusCode.RESOURCE_EXHAUSTED)
            self.assertIn("at most 1000 bytes", cm.exception.details())
            # Far beyond the limit gRPC itself refuses the message.
            with self.assertRaises(grpc.RpcError) as cm:
                server.stub.Normalize(pb.NormalizeRequest(text="x" * 200_000), timeout=10)
            self.assertEqual(cm.exception.code(), grpc.StatusCode.RESOURCE_EXHAUSTED)
            # And it keeps serving.
            self.assertEqual(server.stub.Normalize(pb.NormalizeRequest(text="نص")).text, "نص")
        finally:
            self.assertEqual(server.stop(), 0)

    def test_max_deadline_applies_only_when_the_caller_set_none(self):
        server = Server("--max_deadline=5ms", metrics=False)
        try:
            big = ARTICLE * 1000  # about 2 MB: well over 5 ms of analysis
            with self.assertRaises(grpc.RpcError) as cm:
                server.stub.Analyze(pb.AnalyzeRequest(text=big))  # no deadline
            self.assertEqual(cm.exception.code(), grpc.StatusCode.DEADLINE_EXCEEDED)
            self.assertIn("--max_deadline", cm.exception.details())
            # A caller's own deadline wins, however long.
            r = server.stub.Analyze(pb.AnalyzeRequest(text=big), timeout=120)
            self.assertGreater(len(r.sentences), 1000)
        finally:
            self.assertEqual(server.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
