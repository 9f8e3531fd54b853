"""The Grafana dashboard (docker/grafana/dashboards/dhad.json) against real data:
the real Prometheus server scrapes the real dhad-server on loopback while a
client calls every RPC (and sends some invalid UTF-8); then every panel's
PromQL, with Grafana's variables replaced the way Grafana does, must parse and
return at least one finite, positive sample. Also checks the dashboard's
structure (ids, grid, data source of the provisioned uid) and its instance
variable's query.

The client traffic is README's "Calling dhad from Python" snippet
(python_client_example below), so the snippet is tested too."""
import json
import math
import os
import threading
import unittest
import urllib.parse
import urllib.request

import yaml

from dhad_testlib import SOURCE, Prometheus, Server, wait_for, wire_string

DASHBOARD = os.path.join(SOURCE, "docker", "grafana", "dashboards", "dhad.json")
DATASOURCES = os.path.join(SOURCE, "docker", "grafana", "provisioning", "datasources", "prometheus.yml")
RATE_INTERVAL = "15s"  # $__rate_interval: Grafana gives at least 4 scrape intervals; here 15 (1s scrapes)


def python_client_example(target):
    """README "Calling dhad from Python", verbatim but for the target."""
    import grpc
    from dhad.v1 import text_analyzer_pb2 as pb, text_analyzer_pb2_grpc as pb_grpc

    # One channel for the whole program; round_robin spreads calls over every
    # address the name resolves to (dns:///dhad-headless:50051 in Kubernetes).
    channel = grpc.insecure_channel(target, options=[("grpc.lb_policy_name", "round_robin")])
    stub = pb_grpc.TextAnalyzerStub(channel)

    r = stub.Analyze(pb.AnalyzeRequest(text="قال الوزير إن نحو 3 ملايين شخص تضرروا.", id="doc-1"), timeout=5)
    for n in r.numbers:
        print(n.text, n.value, n.approximate, n.span.start, n.span.end)

    # Many documents on one stream: one answer per request, in order.
    docs = ["وصل 12 زائرا.", "غادر 30 زائرا."]
    answers = list(stub.AnalyzeStream(
        (pb.AnalyzeRequest(text=t, id=str(i)) for i, t in enumerate(docs)), timeout=30))
    channel.close()
    return r, answers


class DashboardE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(DASHBOARD, encoding="utf-8") as f:
            cls.dashboard = json.load(f)
        cls.server = Server()
        cls.prometheus = Prometheus(cls.server.metrics_port)
        cls.prom_port = cls.prometheus.port
        cls.stop_traffic = threading.Event()
        cls.traffic_errors = []
        cls.traffic = threading.Thread(target=cls.generate_traffic, daemon=True)
        cls.traffic.start()

    @classmethod
    def tearDownClass(cls):
        cls.stop_traffic.set()
        cls.traffic.join(timeout=30)
        cls.prometheus.stop()
        code = cls.server.stop()
        assert code == 0, f"server exit code {code}"

    @classmethod
    def generate_traffic(cls):
        """Every RPC about five times a second until the test ends, and one
        call with invalid UTF-8 (INVALID_ARGUMENT) each round."""
        import grpc
        from dhad_testlib import pb
        stub = cls.server.stub
        text = "وقال المتحدث إن \"نحو 40 شاحنة عبرت الحدود\". وأضاف أن 12 أخرى تنتظر."
        while not cls.stop_traffic.is_set():
            try:
                stub.Analyze(pb.AnalyzeRequest(text=text, id="t"), timeout=10)
                list(stub.AnalyzeStream(iter([pb.AnalyzeRequest(text=text, id=str(i)) for i in range(3)]),
                                        timeout=10))
                stub.Normalize(pb.NormalizeRequest(text=text, include_alignment=True), timeout=10)
                stub.SegmentSentences(pb.SegmentSentencesRequest(text=text), timeout=10)
                stub.ExtractQuotes(pb.ExtractQuotesRequest(text=text), timeout=10)
                stub.ParseNumbers(pb.ParseNumbersRequest(text=text), timeout=10)
                try:
                    cls.server.raw_unary("ParseNumbers")(wire_string(1, b"ab\xc0\xaf"), timeout=10)
                    cls.traffic_errors.append("invalid UTF-8 was accepted")
                except grpc.RpcError as e:
                    if e.code() != grpc.StatusCode.INVALID_ARGUMENT:
                        cls.traffic_errors.append(f"invalid UTF-8 gave {e.code()}")
            except Exception as e:  # reported by the tests
                cls.traffic_errors.append(repr(e))
            cls.stop_traffic.wait(0.2)

    def prom_get(self, path, **params):
        url = f"http://127.0.0.1:{self.prom_port}{path}?" + urllib.parse.urlencode(params, doseq=True)
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:  # 400 for a parse error: keep the body
            return json.load(e)
        except OSError:
            return None

    @staticmethod
    def grafana_expr(expr):
        """The expression as Grafana sends it with instance = All."""
        return expr.replace("$__rate_interval", RATE_INTERVAL).replace("$instance", ".*")

    def panel_targets(self):
        for panel in self.dashboard["panels"]:
            for target in panel["targets"]:
                yield panel, target

    def test_python_client_example(self):
        r, answers = python_client_example(f"dns:///{self.server.target}")
        self.assertEqual(r.id, "doc-1")
        self.assertEqual([(n.text, n.value, n.approximate) for n in r.numbers], [("نحو 3 ملايين", 3e6, True)])
        self.assertEqual([a.id for a in answers], ["0", "1"])
        self.assertEqual([[n.value for n in a.numbers] for a in answers], [[12], [30]])

    def test_dashboard_structure(self):
        d = self.dashboard
        self.assertEqual(d["uid"], "dhad")
        with open(DATASOURCES) as f:
            provisioned = {ds["uid"] for ds in yaml.safe_load(f)["datasources"]}
        panels = d["panels"]
        self.assertEqual(len({p["id"] for p in panels}), len(panels), "panel ids must be unique")
        titles = {p["title"] for p in panels}
        for wanted in ("Requests/s by method", "Error ratio by code", "Latency p50 / p99 by method",
                       "Analyzer time by analyzer", "Input MB/s", "Resident memory", "CPU"):
            self.assertIn(wanted, titles)
        cells = set()
        for p in panels:
            g = p["gridPos"]
            self.assertLessEqual(g["x"] + g["w"], 24, p["title"])
            for x in range(g["x"], g["x"] + g["w"]):
                for y in range(g["y"], g["y"] + g["h"]):
                    self.assertNotIn((x, y), cells, f"{p['title']} overlaps another panel")
                    cells.add((x, y))
            self.assertIn(p["datasource"]["uid"], provisioned, p["title"])
            self.assertTrue(p["targets"], p["title"])
            for t in p["targets"]:
                self.assertIn(t["datasource"]["uid"], provisioned, p["title"])
                self.assertIn('instance=~"$instance"', t["expr"], p["title"])
        variables = {v["name"]: v for v in d["templating"]["list"]}
        self.assertEqual(set(variables), {"instance"})

    def test_every_panel_query_parses_and_returns_data(self):
        checked = {}

        def all_panels_have_data():
            for panel, target in self.panel_targets():
                key = (panel["title"], target["refId"])
                if key in checked:
                    continue
                body = self.prom_get("/api/v1/query", query=self.grafana_expr(target["expr"]))
                if body is None:
                    return False
                self.assertEqual(body.get("status"), "success",
                                 f"{panel['title']} {target['refId']}: {body.get('error')}")
                values = [float(s["value"][1]) for s in body["data"]["result"]]
                if any(math.isfinite(v) and v > 0 for v in values):
                    checked[key] = values  # else: not scraped enough yet, ask again
            return len(checked) == sum(1 for _ in self.panel_targets())
        try:
            wait_for(all_panels_have_data, timeout=60, interval=1, what="every panel to have data")
        finally:
            missing = [(p["title"], t["refId"]) for p, t in self.panel_targets()
                       if (p["title"], t["refId"]) not in checked]
            self.assertEqual(missing, [], "panels without finite positive data")
        self.assertEqual(self.traffic_errors, [])
        self.assertEqual(len(checked), sum(len(p["targets"]) for p in self.dashboard["panels"]))
        # The error ratio panel sees the INVALID_ARGUMENT calls (one call in
        # seven), and only the non-OK codes that occurred.
        body = self.prom_get("/api/v1/query", query=self.grafana_expr(
            next(t["expr"] for p, t in self.panel_targets()
                 if p["title"] == "Error ratio by code" and t["refId"] == "B")))
        codes = {s["metric"].get("grpc_code") for s in body["data"]["result"]}
        self.assertEqual(codes, {"InvalidArgument"})
        ratio = float(body["data"]["result"][0]["value"][1])
        self.assertGreater(ratio, 0.02)
        self.assertLess(ratio, 0.5)
        # Requests/s by method has a series for every unary method and the stream.
        body = self.prom_get("/api/v1/query", query=self.grafana_expr(
            next(t["expr"] for p, t in self.panel_targets()
                 if p["title"] == "Requests/s by method" and t["refId"] == "A")))
        methods = {s["metric"]["grpc_method"] for s in body["data"]["result"]}
        self.assertEqual(methods, {"Normalize", "SegmentSentences", "ExtractQuotes", "ParseNumbers",
                                   "Analyze", "AnalyzeStream"})
        # Analyzer time has every analyzer.
        body = self.prom_get("/api/v1/query", query=self.grafana_expr(
            next(t["expr"] for p, t in self.panel_targets()
                 if p["title"] == "Analyzer time by analyzer" and t["refId"] == "A")))
        analyzers = {s["metric"]["analyzer"] for s in body["data"]["result"]}
        self.assertTrue({"sentences", "quotes", "numbers"} <= analyzers, analyzers)

    def test_a_broken_expression_is_reported(self):
        # The check above would catch a panel whose PromQL does not parse.
        body = self.prom_get("/api/v1/query", query="sum by (grpc_method (rate(up[1m]))")
        self.assertEqual(body["status"], "error")
        self.assertEqual(body["errorType"], "bad_data")

    def test_instance_variable_lists_the_scraped_instance(self):
        query = self.dashboard["templating"]["list"][0]["query"]["query"]
        self.assertTrue(query.startswith("label_values(") and query.endswith(", instance)"), query)
        selector = query[len("label_values("):-len(", instance)")]

        def instances():
            body = self.prom_get("/api/v1/label/instance/values", **{"match[]": selector})
            return body and body.get("status") == "success" and body["data"]
        self.assertEqual(wait_for(instances, timeout=30, what="instance label values"),
                         [f"127.0.0.1:{self.server.metrics_port}"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
