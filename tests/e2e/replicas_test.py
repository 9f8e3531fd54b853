"""Several dhad-server replicas on loopback behind one client channel with
gRPC's round_robin policy and a retry policy for UNAVAILABLE (service config):
killing one replica mid-run loses no request."""
import json
import signal
import threading
import unittest

import grpc

from dhad_testlib import Server, pb, pb_grpc, wait_for

SERVICE_CONFIG = {
    "loadBalancingConfig": [{"round_robin": {}}],
    "methodConfig": [{
        "name": [{"service": "dhad.v1.TextAnalyzer"}],
        "retryPolicy": {
            "maxAttempts": 5,
            "initialBackoff": "0.05s",
            "maxBackoff": "0.5s",
            "backoffMultiplier": 2,
            "retryableStatusCodes": ["UNAVAILABLE"],
        },
    }],
}


class ReplicasE2E(unittest.TestCase):
    def test_round_robin_with_retries_survives_a_killed_replica(self):
        replicas = [Server(metrics=True) for _ in range(3)]
        try:
            target = "ipv4:" + ",".join(f"127.0.0.1:{r.port}" for r in replicas)
            channel = grpc.insecure_channel(target, options=[
                ("grpc.service_config", json.dumps(SERVICE_CONFIG)),
                ("grpc.enable_retries", 1)])
            stub = pb_grpc.TextAnalyzerStub(channel)
            grpc.channel_ready_future(channel).result(timeout=20)
            failures, done = [], [0]
            stop = threading.Event()

            def worker(k):
                i = 0
                while not stop.is_set() and i < 2000:
                    text = f"وصل {k * 10000 + i} زائرا."
                    try:
                        r = stub.ParseNumbers(pb.ParseNumbersRequest(text=text), timeout=10)
                        if [n.value for n in r.numbers] != [float(k * 10000 + i)]:
                            failures.append(f"wrong answer for {text!r}")
                    except grpc.RpcError as e:
                        failures.append(f"{e.code()}: {e.details()}")
                    done[0] += 1
                    i += 1
            threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
            for t in threads:
                t.start()
            wait_for(lambda: done[0] >= 300, timeout=60, what="traffic before the kill")
            replicas[1].proc.send_signal(signal.SIGKILL)  # no drain: connections just break
            at_kill = done[0]
            wait_for(lambda: done[0] >= at_kill + 600, timeout=60, what="traffic after the kill")
            stop.set()
            for t in threads:
                t.join(timeout=60)
            self.assertEqual(failures, [])
            # Every replica served calls, the survivors also after the kill.
            for r in (replicas[0], replicas[2]):
                handled = sum(float(l.rsplit(" ", 1)[1]) for l in r.metrics_text().splitlines()
                              if l.startswith("grpc_server_handled_total") and 'grpc_method="ParseNumbers"' in l)
                self.assertGreater(handled, 100)
            channel.close()
        finally:
            for r in replicas:
                r.stop(sig=signal.SIGKILL)


if __name__ == "__main__":
    unittest.main(verbosity=2)
