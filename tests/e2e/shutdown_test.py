"""Graceful shutdown: SIGTERM while a call is in flight. Health turns
NOT_SERVING first, the call in flight completes OK, new calls are refused, and
the process exits 0."""
import signal
import time
import unittest

import grpc

from dhad_testlib import Server, health_pb2, health_pb2_grpc, pb, wait_for


class ShutdownE2E(unittest.TestCase):
    def test_sigterm_during_a_stream_lets_it_finish_and_exits_zero(self):
        server = Server("--shutdown_grace=15s")
        try:
            health = health_pb2_grpc.HealthStub(server.channel)
            watch = health.Watch(health_pb2.HealthCheckRequest(service=""), timeout=30)
            self.assertEqual(next(watch).status, health_pb2.HealthCheckResponse.SERVING)

            outbox = []
            import queue
            q = queue.Queue()

            def requests():
                while True:
                    item = q.get(timeout=20)
                    if item is None:
                        return
                    yield item
            stream = server.stub.AnalyzeStream(requests(), timeout=30)
            q.put(pb.AnalyzeRequest(text="قبل الإيقاف.", id="before"))
            outbox.append(next(stream).id)

            server.proc.send_signal(signal.SIGTERM)
            # Health says NOT_SERVING before anything else stops.
            self.assertEqual(next(watch).status, health_pb2.HealthCheckResponse.NOT_SERVING)
            watch.cancel()

            # New calls are refused while the stream in flight goes on. The
            # server refuses them once the Watch's NOT_SERVING has been
            # written, so a call that overtakes that moment is still served.
            other = grpc.insecure_channel(server.target)
            pb_stub = server.stub.__class__(other)
            codes = []
            for _ in range(200):
                try:
                    pb_stub.Normalize(pb.NormalizeRequest(text="جديد"), timeout=5)
                    codes.append(grpc.StatusCode.OK)
                except grpc.RpcError as e:
                    codes.append(e.code())
                    break
                time.sleep(0.005)
            self.assertEqual(codes[-1], grpc.StatusCode.UNAVAILABLE, codes)
            self.assertLessEqual(len(codes), 50, "calls were still served 0.25 s after NOT_SERVING")
            other.close()

            q.put(pb.AnalyzeRequest(text="بعد الإيقاف.", id="after"))
            outbox.append(next(stream).id)
            q.put(None)
            self.assertEqual(list(stream), [])
            self.assertEqual(stream.code(), grpc.StatusCode.OK)
            self.assertEqual(outbox, ["before", "after"])
            wait_for(lambda: server.proc.poll() is not None, timeout=20, what="server exit")
            self.assertEqual(server.proc.returncode, 0)
        finally:
            server.stop(sig=signal.SIGKILL)

    def test_a_stalled_stream_cannot_hold_shutdown_past_the_grace_period(self):
        import queue
        server = Server("--shutdown_grace=1s", metrics=False)
        try:
            q = queue.Queue()

            def requests():  # one request, then neither more nor half-close
                yield pb.AnalyzeRequest(text="نص أول.", id="1")
                q.get(timeout=30)
            stream = server.stub.AnalyzeStream(requests(), timeout=30)
            self.assertEqual(next(stream).id, "1")
            started = time.monotonic()
            server.proc.send_signal(signal.SIGTERM)
            wait_for(lambda: server.proc.poll() is not None, timeout=15, what="server exit")
            self.assertLess(time.monotonic() - started, 10)
            self.assertEqual(server.proc.returncode, 0)
            with self.assertRaises(grpc.RpcError) as cm:
                next(stream)
            self.assertIn(cm.exception.code(), (grpc.StatusCode.CANCELLED, grpc.StatusCode.UNAVAILABLE))
            q.put(None)
        finally:
            server.stop(sig=signal.SIGKILL)


if __name__ == "__main__":
    unittest.main(verbosity=2)
