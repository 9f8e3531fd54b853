"""The soak test in its short form (issue 8): tests/soak/soak.py for
DHAD_SOAK_SECONDS seconds (default 60) at 48 client threads: mixed RPCs, random
client cancellations, short deadlines and streams that stop mid-way. Zero
crashes, only expected statuses, RSS at the end of the load within 10% of the
warm value (not applied when DHAD_SANITIZED=1), open fds back to their warm
value, exit 0 on SIGTERM. The long form is bench/soak.sh (300 s by default).

Before the soak, a focused case: streams cancelled by the client while their
large messages are still queued for or running on the worker pool. (This is
the pattern that crashed the server in the soak: the worker touched the call's
context after the call was done.)
"""
import os
import random
import sys
import threading
import time
import unittest

import grpc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "soak"))

import soak  # noqa: E402
from dhad_testlib import EXAMPLES, Server, pb  # noqa: E402

SECONDS = float(os.environ.get("DHAD_SOAK_SECONDS", "60"))


class SoakE2E(unittest.TestCase):
    def test_1_streams_cancelled_with_work_on_the_pool(self):
        """Streams of large messages (over --inline_max_bytes: analyzed on the
        worker pool) cancelled after their first answer, or before any, many
        at once: the server stays up, answers a normal call, and exits 0."""
        server = Server("--threads=2", "--max_in_flight_per_stream=8")
        try:
            with open(os.path.join(EXAMPLES, "01_water_project.txt"), encoding="utf-8") as f:
                article = f.read()
            big = (article + "\n\n") * 20  # about 40 KB: several ms of analysis each
            errors = []

            def one(k):
                rng = random.Random(k)
                try:
                    for _ in range(6):
                        reqs = iter([pb.AnalyzeRequest(text=big, id=str(i)) for i in range(8)])
                        call = server.stub.AnalyzeStream(reqs, timeout=30)
                        try:
                            if rng.random() < 0.5:
                                time.sleep(rng.uniform(0, 0.01))
                                call.cancel()
                            for _ in call:
                                call.cancel()
                        except grpc.RpcError as e:
                            if e.code() != grpc.StatusCode.CANCELLED:
                                errors.append(f"{e.code()}: {e.details()}")
                except Exception as ex:  # reported below
                    errors.append(repr(ex))
            threads = [threading.Thread(target=one, args=(k,)) for k in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            time.sleep(1.0)  # let the queued work run
            self.assertIsNone(server.proc.poll(), "dhad-server died: "
                              + (server.proc.stderr.read()[-3000:] if server.proc.poll() is not None else ""))
            self.assertEqual(errors, [])
            r = server.stub.Normalize(pb.NormalizeRequest(text="سلام"), timeout=10)
            self.assertEqual(r.text, "سلام")
        finally:
            code = server.stop()
        self.assertEqual(code, 0)

    def test_2_soak(self):
        fig = soak.run(seconds=SECONDS, concurrency=48, out=lambda s: print(s, flush=True))
        self.assertEqual(fig["failures"], [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
