"""Metrics scraped by the real Prometheus server (Debian's prometheus),
started on loopback with a temporary config and data dir, and checked through
its HTTP query API."""
import unittest

from dhad_testlib import Prometheus, Server, pb, wait_for

class PrometheusE2E(unittest.TestCase):
    def setUp(self):
        self.server = Server()
        self.prometheus = Prometheus(self.server.metrics_port)
        self.query = self.prometheus.query

    def tearDown(self):
        self.prometheus.stop()
        self.assertEqual(self.server.stop(), 0)

    def test_prometheus_scrapes_grpc_and_process_metrics(self):
        for i in range(5):
            self.server.stub.Normalize(pb.NormalizeRequest(text=f"نص رقم {i}"), timeout=10)
        for i in range(3):
            self.server.stub.ParseNumbers(pb.ParseNumbersRequest(text="نحو 50 شخصا"), timeout=10)

        def handled(method):
            res = self.query(f'grpc_server_handled_total{{job="dhad",grpc_service="dhad.v1.TextAnalyzer",'
                             f'grpc_method="{method}",grpc_code="OK",grpc_type="unary"}}')
            return res and float(res[0]["value"][1])
        self.assertEqual(wait_for(lambda: handled("Normalize") == 5, timeout=40, what="Normalize count"), True)
        self.assertEqual(handled("ParseNumbers"), 3)
        self.assertEqual(self.query('up{job="dhad"}')[0]["value"][1], "1")
        for name in ("grpc_server_started_total", "grpc_server_handling_seconds_bucket",
                     "grpc_server_msg_received_total", "grpc_server_msg_sent_total",
                     "dhad_analyzer_seconds_count", "dhad_input_bytes_total",
                     "process_resident_memory_bytes", "process_cpu_seconds_total",
                     "process_start_time_seconds", "process_open_fds", "dhad_build_info"):
            self.assertTrue(self.query(name), name)
        info = self.query("dhad_build_info")[0]["metric"]
        self.assertTrue(info["grpc_version"].startswith("1."))
        self.assertIn("icu_version", info)
        self.assertIn("protobuf_version", info)


if __name__ == "__main__":
    unittest.main(verbosity=2)
