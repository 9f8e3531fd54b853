"""AnalyzeStream end to end: order, ids, many messages, a slow reader, a bad
message in one stream not affecting another, and message counts in /metrics."""
import queue
import threading
import time
import unittest

import grpc

from dhad_testlib import Server, metric_value, pb, wire_string


class StreamE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server("--max_in_flight_per_stream=4")

    @classmethod
    def tearDownClass(cls):
        assert cls.server.stop() == 0

    def test_many_messages_come_back_in_order_with_ids(self):
        texts = [f"قال المتحدث إن {i} شخصا وصلوا. ثم غادروا." for i in range(200)]
        reqs = (pb.AnalyzeRequest(text=t, id=f"doc-{i}") for i, t in enumerate(texts))
        replies = list(self.server.stub.AnalyzeStream(reqs, timeout=60))
        self.assertEqual([r.id for r in replies], [f"doc-{i}" for i in range(200)])
        for i, r in enumerate(replies):
            self.assertEqual(len(r.sentences), 2, r.id)
            values = [n.value for n in r.numbers if n.HasField("value")]
            self.assertIn(float(i), values, r.id)

    def test_slow_reader_gets_everything(self):
        reqs = (pb.AnalyzeRequest(text="جملة أولى. جملة ثانية.", id=str(i)) for i in range(30))
        got = []
        for r in self.server.stub.AnalyzeStream(reqs, timeout=60):
            got.append(r.id)
            time.sleep(0.02)  # reads slower than the server answers
        self.assertEqual(got, [str(i) for i in range(30)])

    def test_bad_message_ends_only_its_stream(self):
        raw = self.server.channel.stream_stream("/dhad.v1.TextAnalyzer/AnalyzeStream",
                                                request_serializer=lambda b: b,
                                                response_deserializer=lambda b: b)
        good = pb.AnalyzeRequest(text="نص سليم.", id="ok").SerializeToString()
        bad = wire_string(1, b"\xff\xfe") + wire_string(3, "broken")
        other = self.server.stub.AnalyzeStream(
            iter([pb.AnalyzeRequest(text="نص آخر.", id=f"o{i}") for i in range(5)]), timeout=30)
        got = []
        with self.assertRaises(grpc.RpcError) as cm:
            for reply in raw(iter([good, bad, good]), timeout=30):
                got.append(pb.AnalyzeResponse.FromString(reply).id)
        self.assertEqual(got, ["ok"])
        self.assertEqual(cm.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertIn("stream message 2", cm.exception.details())
        self.assertIn("not valid UTF-8", cm.exception.details())
        self.assertEqual([r.id for r in other], [f"o{i}" for i in range(5)])

    def test_interleaved_writes_and_reads(self):
        q = queue.Queue()

        def requests():
            for i in range(20):
                yield pb.AnalyzeRequest(text=f"العدد {i}.", id=str(i))
                q.get(timeout=10)  # wait for the answer before sending the next
        got = []
        for r in self.server.stub.AnalyzeStream(requests(), timeout=60):
            got.append(r.id)
            q.put(None)
        self.assertEqual(got, [str(i) for i in range(20)])

    def test_many_streams_mixed_sizes_all_answered_in_order(self):
        """Small messages are analyzed on the reading thread and large ones on
        the workers; with both paths interleaved on several streams at once,
        every answer must come back, in order. (A stream once hung here under
        a bulk load; the reactor no longer shares the inline request through
        members. This test did not reproduce that hang before the fix: it is a
        stress test of the paths, not a proof.)"""
        small = "قال المتحدث إن 5 أشخاص وصلوا."
        large = "وأضاف أن 7 آخرين في الطريق. " * 120  # > 2048 bytes: the worker path
        errors = []

        def one_stream(k):
            try:
                reqs = [pb.AnalyzeRequest(text=(large if (i * 7 + k) % 5 == 0 else small), id=f"{k}-{i}")
                        for i in range(300)]
                got = [r.id for r in self.server.stub.AnalyzeStream(iter(reqs), timeout=60)]
                if got != [r.id for r in reqs]:
                    errors.append(f"stream {k}: {len(got)} answers, out of order or missing")
            except Exception as ex:  # reported below
                errors.append(f"stream {k}: {ex!r}")
        threads = [threading.Thread(target=one_stream, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=90)
        self.assertEqual(errors, [])

    def test_message_counts_in_metrics(self):
        before = self.server.metrics_text()
        b_recv = metric_value(before, "grpc_server_msg_received_total", grpc_method="AnalyzeStream") or 0
        b_sent = metric_value(before, "grpc_server_msg_sent_total", grpc_method="AnalyzeStream") or 0
        list(self.server.stub.AnalyzeStream(
            iter([pb.AnalyzeRequest(text="نص.", id=str(i)) for i in range(7)]), timeout=30))
        after = self.server.metrics_text()
        self.assertEqual(metric_value(after, "grpc_server_msg_received_total",
                                      grpc_method="AnalyzeStream") - b_recv, 7)
        self.assertEqual(metric_value(after, "grpc_server_msg_sent_total",
                                      grpc_method="AnalyzeStream") - b_sent, 7)
        self.assertGreaterEqual(metric_value(after, "grpc_server_handled_total", grpc_method="AnalyzeStream",
                                             grpc_type="bidi_stream", grpc_code="OK"), 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
