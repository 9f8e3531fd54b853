"""TLS and mutual TLS end to end: dhad-server with --tls_cert_file /
--tls_key_file (and --tls_client_ca_file), called by Python's grpcio and by the
dhad CLI (single calls, health and bulk mode), with certificates that openssl
makes at test time (dhad_testlib.TlsFiles): the right CA works, a wrong CA, a
wrong server name, a plaintext client and (mTLS) a missing or foreign client
certificate are refused with UNAVAILABLE, and the server keeps serving after
each; metrics stay plain HTTP; bad TLS flags stop the server at startup with
exit code 2."""
import json
import os
import subprocess
import tempfile
import unittest

import grpc

from dhad_testlib import (CLIENT_BIN, SERVER_BIN, Server, TlsFiles, health_pb2, health_pb2_grpc,
                          metric_value, pb, pb_grpc, wire_fields, wire_string)

# Three sentences, two quotes (one a direct «...» quote of the council's
# head), one spelled-out number.
TEXT = ("أعلن المجلس البلدي افتتاح الحديقة الجديدة يوم الخميس. "
        "وقال رئيس المجلس: «ستبقى الحديقة مفتوحة للجميع طوال العام». "
        "وبلغت كلفة المشروع ثلاثة ملايين دينار.")
QUOTE = "ستبقى الحديقة مفتوحة للجميع طوال العام"

FILES = None  # the TlsFiles of this module


def setUpModule():
    global FILES
    FILES = TlsFiles()


def tearDownModule():
    FILES.cleanup()


def check_analysis(test, r):
    """`r` is the AnalyzeResponse of TEXT (asserts real content)."""
    test.assertEqual(len(r.sentences), 3, [s.text for s in r.sentences])
    test.assertTrue(r.sentences[2].text.startswith("وبلغت كلفة المشروع"))
    test.assertIn(QUOTE, [q.content_text for q in r.quotes])
    test.assertEqual([(n.text, n.value) for n in r.numbers], [("ثلاثة ملايين", 3000000.0)])


def rpc_code(channel_or_creds, target, timeout=10):
    """The status code of a health check on a new channel (insecure when
    channel_or_creds is None, else TLS with those credentials)."""
    channel = (grpc.insecure_channel(target) if channel_or_creds is None
               else grpc.secure_channel(target, channel_or_creds))
    try:
        health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=timeout)
        return grpc.StatusCode.OK
    except grpc.RpcError as e:
        return e.code()
    finally:
        channel.close()


# In the sanitized build, the OpenSSL memory gRPC may still hold when the
# CLI exits is not reported (see lsan_tls.supp).
LSAN_SUPPRESSIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lsan_tls.supp")


def dhad(target, *args, env=None):
    """Runs the dhad CLI against `target` (with `env` added to the
    environment); bounded in time."""
    full = dict(os.environ, **(env or {}))
    if os.environ.get("DHAD_SANITIZED") == "1":
        full["LSAN_OPTIONS"] = ":".join(o for o in (full.get("LSAN_OPTIONS"),
                                                     f"suppressions={LSAN_SUPPRESSIONS}") if o)
    return subprocess.run([CLIENT_BIN, f"--target={target}", "--deadline=10s", *args],
                          capture_output=True, text=True, timeout=60, env=full)


class TlsServerE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(tls=FILES)  # self.server.channel trusts ca.pem
        cls.ca = f"--tls_ca_file={FILES.path('ca.pem')}"

    @classmethod
    def tearDownClass(cls):
        assert cls.server.stop() == 0

    def assert_still_serving(self):
        r = self.server.stub.Analyze(pb.AnalyzeRequest(text=TEXT), timeout=10)
        check_analysis(self, r)

    def test_startup_line_says_tls(self):
        self.assertIn(f"listening on 127.0.0.1:{self.server.port} (tls)", self.server.startup_line)

    def test_python_analyze_health_and_reflection_over_tls(self):
        r = self.server.stub.Analyze(pb.AnalyzeRequest(text=TEXT, id="tls-1"), timeout=10)
        self.assertEqual(r.id, "tls-1")
        check_analysis(self, r)
        health = health_pb2_grpc.HealthStub(self.server.channel)
        for service in ("", "dhad.v1.TextAnalyzer"):
            h = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=10)
            self.assertEqual(h.status, health_pb2.HealthCheckResponse.SERVING, service)
        reflection = self.server.channel.stream_stream(
            "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
            request_serializer=lambda b: b, response_deserializer=lambda b: b)
        replies = list(reflection(iter([wire_string(7, "")]), timeout=10))  # list_services
        listing = dict((n, v) for n, _, v in wire_fields(replies[0]))
        names = [dict((n, v) for n, _, v in wire_fields(svc))[1].decode()
                 for n, _, svc in wire_fields(listing[6]) if n == 1]
        self.assertIn("dhad.v1.TextAnalyzer", names)

    def test_python_by_name_localhost(self):
        # The certificate's DNS name: the target "localhost" is checked as such.
        channel = grpc.secure_channel(f"localhost:{self.server.port}", FILES.credentials())
        try:
            r = pb_grpc.TextAnalyzerStub(channel).SegmentSentences(
                pb.SegmentSentencesRequest(text=TEXT), timeout=10)
            self.assertEqual(len(r.sentences), 3)
        finally:
            channel.close()

    def test_cli_analyze_health_and_bulk_over_tls(self):
        target = self.server.target
        r = dhad(target, "analyze", "--format=json", f"--text={TEXT}", self.ca)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(len(out["sentences"]), 3)
        self.assertIn(QUOTE, [q["contentText"] for q in out["quotes"]])
        r = dhad(target, "health", self.ca)
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "SERVING"), r.stderr)
        r = dhad(target, "health", "--service=dhad.v1.TextAnalyzer", self.ca,
                 "--tls_server_name=localhost")
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "SERVING"), r.stderr)
        # By name, the certificate's DNS name is checked. gRPC's native resolver:
        # its c-ares one (libc-ares 1.18) leaks 10 bytes per lookup, which
        # LeakSanitizer reports in the sanitized build.
        r = dhad(f"localhost:{self.server.port}", "segment", f"--text={TEXT}", self.ca,
                 env={"GRPC_DNS_RESOLVER": "native"})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(r.stdout.strip().splitlines()), 3, r.stdout)
        with tempfile.TemporaryDirectory(prefix="dhad_tls_bulk_") as d:
            for i in range(3):
                with open(os.path.join(d, f"doc{i}.txt"), "w", encoding="utf-8") as f:
                    f.write(TEXT + " جملة رقم " + str(i + 1) + "." * (i + 1))
            r = dhad(target, "analyze", f"--dir={d}", self.ca)
            self.assertEqual(r.returncode, 0, r.stderr)
            lines = [json.loads(x) for x in r.stdout.splitlines()]
            self.assertEqual([os.path.basename(x["id"]) for x in lines],
                             ["doc0.txt", "doc1.txt", "doc2.txt"])
            self.assertTrue(all(len(x["sentences"]) == 4 for x in lines), lines)

    def test_wrong_ca_is_refused_and_server_keeps_serving(self):
        self.assertEqual(rpc_code(FILES.credentials(ca="other_ca"), self.server.target),
                         grpc.StatusCode.UNAVAILABLE)
        other = f"--tls_ca_file={FILES.path('other_ca.pem')}"
        r = dhad(self.server.target, "analyze", f"--text={TEXT}", other)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("UNAVAILABLE", r.stderr)
        self.assertIn("--tls_ca_file", r.stderr)  # the hint says what to check
        with tempfile.TemporaryDirectory(prefix="dhad_tls_bulk_") as d:
            with open(os.path.join(d, "a.txt"), "w", encoding="utf-8") as f:
                f.write(TEXT)
            r = dhad(self.server.target, "analyze", f"--dir={d}", other)
            self.assertEqual(r.returncode, 1, r.stdout)
            self.assertIn('"code":"UNAVAILABLE"', r.stdout)
            self.assertIn("--tls_ca_file", r.stderr)
        self.assert_still_serving()

    def test_cli_tls_with_default_roots(self):
        # --tls alone trusts gRPC's default roots: the system's, or the file
        # GRPC_DEFAULT_SSL_ROOTS_FILE_PATH names. The test CA is not a system
        # root, so the call succeeds only with that variable.
        r = dhad(self.server.target, "health", "--tls",
                 env={"GRPC_DEFAULT_SSL_ROOTS_FILE_PATH": FILES.path("ca.pem")})
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "SERVING"), r.stderr)
        r = dhad(self.server.target, "health", "--tls")
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("UNAVAILABLE", r.stderr)

    def test_wrong_server_name_is_refused(self):
        r = dhad(self.server.target, "health", self.ca, "--tls_server_name=elsewhere.example")
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("UNAVAILABLE", r.stderr)
        self.assertIn("--tls_server_name", r.stderr)
        self.assert_still_serving()

    def test_plaintext_client_is_refused_and_server_keeps_serving(self):
        self.assertEqual(rpc_code(None, self.server.target), grpc.StatusCode.UNAVAILABLE)
        r = dhad(self.server.target, "health")
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("UNAVAILABLE", r.stderr)
        self.assert_still_serving()

    def test_metrics_stay_plain_http(self):
        self.server.stub.Analyze(pb.AnalyzeRequest(text=TEXT), timeout=10)
        text = self.server.metrics_text()  # urllib over http://
        handled = metric_value(text, "grpc_server_handled_total", grpc_method="Analyze",
                               grpc_code="OK")
        self.assertIsNotNone(handled, text[:2000])
        self.assertGreaterEqual(handled, 1)


class MutualTlsServerE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(metrics=False, tls=FILES, mtls=True)  # channel presents client.pem
        cls.ca = f"--tls_ca_file={FILES.path('ca.pem')}"

    @classmethod
    def tearDownClass(cls):
        assert cls.server.stop() == 0

    def test_startup_line_says_mtls(self):
        self.assertIn(f"listening on 127.0.0.1:{self.server.port} (mtls)", self.server.startup_line)

    def test_client_certificate_signed_by_the_ca_works(self):
        r = self.server.stub.Analyze(pb.AnalyzeRequest(text=TEXT), timeout=10)
        check_analysis(self, r)
        self.assertEqual(rpc_code(FILES.credentials(client="client"), self.server.target),
                         grpc.StatusCode.OK)
        cert = [f"--tls_cert_file={FILES.path('client.pem')}",
                f"--tls_key_file={FILES.path('client.key')}"]
        r = dhad(self.server.target, "analyze", "--format=json", f"--text={TEXT}", self.ca, *cert)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(json.loads(r.stdout)["sentences"]), 3)
        r = dhad(self.server.target, "health", self.ca, *cert)
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "SERVING"), r.stderr)

    def test_client_without_certificate_is_refused(self):
        self.assertEqual(rpc_code(FILES.credentials(), self.server.target),
                         grpc.StatusCode.UNAVAILABLE)
        r = dhad(self.server.target, "health", self.ca)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("UNAVAILABLE", r.stderr)
        self.assertIn("--tls_cert_file", r.stderr)  # the hint
        r = self.server.stub.Analyze(pb.AnalyzeRequest(text=TEXT), timeout=10)
        check_analysis(self, r)

    def test_client_certificate_from_another_ca_is_refused(self):
        self.assertEqual(rpc_code(FILES.credentials(client="other_client"), self.server.target),
                         grpc.StatusCode.UNAVAILABLE)
        r = dhad(self.server.target, "analyze", f"--text={TEXT}", self.ca,
                 f"--tls_cert_file={FILES.path('other_client.pem')}",
                 f"--tls_key_file={FILES.path('other_client.key')}")
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("UNAVAILABLE", r.stderr)
        r = self.server.stub.Analyze(pb.AnalyzeRequest(text=TEXT), timeout=10)
        check_analysis(self, r)


class TlsFlagErrors(unittest.TestCase):
    def start(self, *flags):
        """Runs dhad-server with `flags`, expecting it to exit at once."""
        return subprocess.run([SERVER_BIN, "--listen=127.0.0.1:0", "--metrics_listen=", *flags],
                              capture_output=True, text=True, timeout=20)

    def test_server_refuses_half_or_unreadable_tls_flags(self):
        cert, key = FILES.path("server.pem"), FILES.path("server.key")
        missing = FILES.path("no_such.pem")
        cases = [
            ([f"--tls_cert_file={cert}"], "--tls_key_file"),
            ([f"--tls_key_file={key}"], "--tls_cert_file"),
            ([f"--tls_cert_file={missing}", f"--tls_key_file={key}"], missing),
            ([f"--tls_cert_file={cert}", f"--tls_key_file={missing}"], missing),
            ([f"--tls_cert_file={cert}", f"--tls_key_file={FILES.dir}"], FILES.dir),  # a directory
            ([f"--tls_cert_file={key}", f"--tls_key_file={key}"], "--tls_cert_file"),  # no cert
            ([f"--tls_cert_file={cert}", f"--tls_key_file={key}",
              f"--tls_client_ca_file={missing}"], missing),
            ([f"--tls_client_ca_file={FILES.path('ca.pem')}"], "--tls_client_ca_file"),
        ]
        for flags, named in cases:
            r = self.start(*flags)
            self.assertEqual(r.returncode, 2, (flags, r.stdout, r.stderr))
            self.assertIn(named, r.stderr, flags)
            self.assertNotIn("listening", r.stdout, flags)

    def test_client_refuses_half_or_unreadable_tls_flags(self):
        missing = FILES.path("no_such.pem")
        cases = [
            ([f"--tls_ca_file={missing}"], missing),
            ([f"--tls_cert_file={FILES.path('client.pem')}"], "--tls_key_file"),
            ([f"--tls_cert_file={FILES.path('client.pem')}", f"--tls_key_file={missing}"],
             missing),
            (["--notls", f"--tls_ca_file={FILES.path('ca.pem')}"], "--notls"),
        ]
        for flags, named in cases:
            r = dhad("127.0.0.1:1", "health", *flags)
            self.assertEqual(r.returncode, 2, (flags, r.stdout, r.stderr))
            self.assertIn(named, r.stderr, flags)


if __name__ == "__main__":
    unittest.main(verbosity=2)
