"""Metrics scraped by the real Prometheus server (Debian's prometheus),
started on loopback with a temporary config and data dir, and checked through
its HTTP query API."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import urllib.parse
import urllib.request

from dhad_testlib import Server, free_port, pb, wait_for

PROMETHEUS = shutil.which("prometheus") or "/usr/bin/prometheus"


class PrometheusE2E(unittest.TestCase):
    def setUp(self):
        self.server = Server()
        self.tmp = tempfile.mkdtemp(prefix="dhad_prom_")
        self.prom_port = free_port()
        config = os.path.join(self.tmp, "prometheus.yml")
        with open(config, "w") as f:
            f.write(f"""global:
  scrape_interval: 1s
scrape_configs:
  - job_name: dhad
    static_configs:
      - targets: ['127.0.0.1:{self.server.metrics_port}']
""")
        self.prom = subprocess.Popen(
            [PROMETHEUS, f"--config.file={config}", f"--storage.tsdb.path={self.tmp}/data",
             f"--web.listen-address=127.0.0.1:{self.prom_port}", "--log.level=warn"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def tearDown(self):
        self.prom.terminate()
        try:
            self.prom.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.prom.kill()
            self.prom.wait()
        self.assertEqual(self.server.stop(), 0)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def query(self, expr):
        url = f"http://127.0.0.1:{self.prom_port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                body = json.load(r)
        except OSError:
            return None
        return body["data"]["result"] if body.get("status") == "success" else None

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
