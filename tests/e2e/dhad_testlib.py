"""Helpers of the end-to-end tests: start the real dhad-server binary on a free
loopback port, generated stubs, a minimal protobuf wire reader for messages we
have no stubs for (reflection), and bounded polling.

Environment (set by ctest, see tests/e2e/CMakeLists.txt):
  DHAD_BUILD_DIR   the CMake build directory (binaries and build/python stubs)
  DHAD_SOURCE_DIR  the repository root
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

BUILD = os.environ.get("DHAD_BUILD_DIR", os.path.join(os.path.dirname(__file__), "../../build"))
SOURCE = os.environ.get("DHAD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "../.."))
sys.path.insert(0, os.path.join(BUILD, "python"))
sys.path.insert(0, os.path.join(BUILD, "python", "grpc_health_v1"))

import grpc  # noqa: E402
from dhad.v1 import text_analyzer_pb2 as pb  # noqa: E402,F401
from dhad.v1 import text_analyzer_pb2_grpc as pb_grpc  # noqa: E402,F401
import health_pb2  # noqa: E402,F401
import health_pb2_grpc  # noqa: E402,F401

SERVER_BIN = os.path.join(BUILD, "server", "dhad-server")
CLIENT_BIN = os.path.join(BUILD, "client", "dhad")
EXAMPLES = os.path.join(SOURCE, "examples")

# The unary methods of dhad.v1.TextAnalyzer: name -> (request class,
# response class). Every request has `text` as field 1.
UNARY_METHODS = {
    "Normalize": (pb.NormalizeRequest, pb.NormalizeResponse),
    "SegmentSentences": (pb.SegmentSentencesRequest, pb.SegmentSentencesResponse),
    "ExtractQuotes": (pb.ExtractQuotesRequest, pb.ExtractQuotesResponse),
    "ParseNumbers": (pb.ParseNumbersRequest, pb.ParseNumbersResponse),
    "Analyze": (pb.AnalyzeRequest, pb.AnalyzeResponse),
}


def example_articles():
    """The texts of examples/*.txt, in file-name order."""
    out = []
    for name in sorted(os.listdir(EXAMPLES)):
        if name.endswith(".txt"):
            with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
                out.append(f.read())
    return out


def free_port():
    """A loopback port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout=20.0, interval=0.1, what="condition"):
    """Polls predicate() until it returns a truthy value; bounded in time."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")


class TlsFiles:
    """A throwaway PKI made by openssl in a temporary directory, for TLS tests.

    Files (path(name) gives the path, read(name) the bytes):
      ca.pem, ca.key                   the CA the server and the good client trust
      server.pem, server.key           signed by ca; CN=localhost,
                                       subjectAltName DNS:localhost, IP:127.0.0.1
      client.pem, client.key           a client certificate signed by ca
      other_ca.pem, other_ca.key       an unrelated CA
      other_client.pem, other_client.key  a client certificate signed by other_ca
    EC P-256 keys, valid for two days. Call cleanup() when done."""

    def __init__(self, timeout=30):
        self.dir = tempfile.mkdtemp(prefix="dhad_tls_")
        self._timeout = timeout
        try:
            self._ca("ca", "dhad test CA")
            self._ca("other_ca", "unrelated test CA")
            self._leaf("server", "ca", "localhost",
                       "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
            self._leaf("client", "ca", "dhad test client", "extendedKeyUsage=clientAuth\n")
            self._leaf("other_client", "other_ca", "stranger", "extendedKeyUsage=clientAuth\n")
        except BaseException:
            self.cleanup()
            raise

    def _openssl(self, *args):
        r = subprocess.run(["openssl", *args], cwd=self.dir, capture_output=True, text=True,
                           timeout=self._timeout)
        if r.returncode != 0:
            raise AssertionError(f"openssl {' '.join(args)} failed: {r.stderr}")

    _KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def _ca(self, name, cn):
        self._openssl("req", "-x509", *self._KEY, "-keyout", f"{name}.key", "-out", f"{name}.pem",
                      "-days", "2", "-subj", f"/CN={cn}",
                      "-addext", "basicConstraints=critical,CA:TRUE",
                      "-addext", "keyUsage=critical,keyCertSign,cRLSign")

    def _leaf(self, name, ca, cn, extensions):
        with open(os.path.join(self.dir, f"{name}.ext"), "w") as f:
            f.write("basicConstraints=CA:FALSE\n" + extensions)
        self._openssl("req", "-new", *self._KEY, "-keyout", f"{name}.key", "-out", f"{name}.csr",
                      "-subj", f"/CN={cn}")
        self._openssl("x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem",
                      "-CAkey", f"{ca}.key", "-set_serial", str(int.from_bytes(os.urandom(8), "big")),
                      "-days", "2", "-extfile", f"{name}.ext", "-out", f"{name}.pem")

    def path(self, name):
        return os.path.join(self.dir, name)

    def read(self, name):
        with open(self.path(name), "rb") as f:
            return f.read()

    def server_flags(self, mtls=False):
        """dhad-server flags for TLS with server.pem (and, with mtls, client
        certificates required and verified against ca.pem)."""
        flags = [f"--tls_cert_file={self.path('server.pem')}",
                 f"--tls_key_file={self.path('server.key')}"]
        if mtls:
            flags.append(f"--tls_client_ca_file={self.path('ca.pem')}")
        return flags

    def credentials(self, ca="ca", client=None):
        """grpcio channel credentials trusting `ca` (ca or other_ca), presenting
        the certificate `client` (client, other_client or None)."""
        if client is None:
            return grpc.ssl_channel_credentials(root_certificates=self.read(f"{ca}.pem"))
        return grpc.ssl_channel_credentials(root_certificates=self.read(f"{ca}.pem"),
                                            private_key=self.read(f"{client}.key"),
                                            certificate_chain=self.read(f"{client}.pem"))

    def cleanup(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class Server:
    """The real dhad-server on 127.0.0.1 with ports picked by the server itself.

    With tls (a TlsFiles) the server serves TLS with tls.server_flags(mtls) and
    self.channel is a TLS channel trusting tls's CA (presenting client.pem when
    mtls is true)."""

    def __init__(self, *flags, metrics=True, tls=None, mtls=False, env=None):
        """env: extra environment variables of the server process (added to
        this process's environment)."""
        args = [SERVER_BIN, "--listen=127.0.0.1:0",
                "--metrics_listen=" + ("127.0.0.1:0" if metrics else "")] + list(flags)
        if tls is not None:
            args += tls.server_flags(mtls)
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env=dict(os.environ, **env) if env else None)
        line = self.proc.stdout.readline()  # the server prints its addresses first
        self.startup_line = line
        m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"dhad-server did not start: {line!r} {self.proc.stderr.read()!r}")
        self.port = int(m.group(1))
        mm = re.search(r"metrics on http://127\.0\.0\.1:(\d+)/metrics", line)
        self.metrics_port = int(mm.group(1)) if mm else None
        self.target = f"127.0.0.1:{self.port}"
        channel_options = [("grpc.max_send_message_length", 64 << 20),
                           ("grpc.max_receive_message_length", 64 << 20)]
        if tls is None:
            self.channel = grpc.insecure_channel(self.target, options=channel_options)
        else:
            self.channel = grpc.secure_channel(
                self.target, tls.credentials(client="client" if mtls else None),
                options=channel_options)
        grpc.channel_ready_future(self.channel).result(timeout=20)
        self.stub = pb_grpc.TextAnalyzerStub(self.channel)

    def raw_unary(self, method):
        """A unary callable that sends and returns raw bytes."""
        return self.channel.unary_unary(f"/dhad.v1.TextAnalyzer/{method}",
                                        request_serializer=lambda b: b,
                                        response_deserializer=lambda b: b)

    def metrics_text(self):
        import urllib.request
        with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=10) as r:
            return r.read().decode()

    def stop(self, sig=signal.SIGTERM, timeout=20):
        """Stops the server; returns its exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.channel.close()
        for f in (self.proc.stdout, self.proc.stderr):
            f.close()
        return self.proc.returncode


class Prometheus:
    """The real Prometheus server (Debian's package) on a free loopback port,
    scraping one dhad /metrics endpoint every second as job "dhad", with a
    temporary config and data dir."""

    BIN = shutil.which("prometheus") or "/usr/bin/prometheus"

    def __init__(self, metrics_port):
        self.tmp = tempfile.mkdtemp(prefix="dhad_prom_")
        self.port = free_port()
        config = os.path.join(self.tmp, "prometheus.yml")
        with open(config, "w") as f:
            f.write(f"""global:
  scrape_interval: 1s
scrape_configs:
  - job_name: dhad
    static_configs:
      - targets: ['127.0.0.1:{metrics_port}']
""")
        self.proc = subprocess.Popen(
            [self.BIN, f"--config.file={config}", f"--storage.tsdb.path={self.tmp}/data",
             f"--web.listen-address=127.0.0.1:{self.port}", "--log.level=warn"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def ready():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/ready", timeout=2) as r:
                    return r.status == 200
            except OSError:
                return self.proc.poll() is not None  # exited: fail below instead of waiting
        wait_for(ready, timeout=30, what="Prometheus to be ready")
        assert self.proc.poll() is None, "prometheus exited"

    def get(self, path, **params):
        """The decoded JSON answer of an HTTP API call, or None when it fails."""
        url = f"http://127.0.0.1:{self.port}{path}?" + urllib.parse.urlencode(params, doseq=True)
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return json.load(r)
        except OSError:
            return None

    def query(self, expr):
        """The result vector of an instant query, or None."""
        body = self.get("/api/v1/query", query=expr)
        return body["data"]["result"] if body and body.get("status") == "success" else None

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def metric_value(text, name, **labels):
    """The value of one sample in Prometheus text exposition, or None."""
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return None


# ---------------------------------------------------------------- protobuf wire format
def _varint(buf, i):
    shift = value = 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, i
        shift += 7


def wire_fields(buf):
    """(field number, wire type, value) of each top-level field; value is an int
    for varints and bytes for length-delimited fields."""
    i, out = 0, []
    while i < len(buf):
        key, i = _varint(buf, i)
        number, wtype = key >> 3, key & 7
        if wtype == 0:
            v, i = _varint(buf, i)
        elif wtype == 2:
            n, i = _varint(buf, i)
            v, i = buf[i:i + n], i + n
        elif wtype == 5:
            v, i = buf[i:i + 4], i + 4
        elif wtype == 1:
            v, i = buf[i:i + 8], i + 8
        else:
            raise ValueError(f"wire type {wtype}")
        out.append((number, wtype, v))
    return out


def _encode_varint(n):
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)


def wire_string(number, value):
    """A length-delimited field (string, bytes or message) in wire format."""
    data = value.encode() if isinstance(value, str) else value
    return _encode_varint((number << 3) | 2) + _encode_varint(len(data)) + data


def wire_varint(number, value):
    """A varint field (wire type 0) in wire format."""
    return _encode_varint(number << 3) + _encode_varint(value)


def wire_fixed64(number, data8):
    """A fixed64 field (wire type 1); data8 is the 8 raw bytes."""
    return _encode_varint((number << 3) | 1) + bytes(data8)


def wire_fixed32(number, data4):
    """A fixed32 field (wire type 5); data4 is the 4 raw bytes."""
    return _encode_varint((number << 3) | 5) + bytes(data4)


def raw_stream(channel, method):
    """A stream-stream callable on `channel` that sends and returns raw bytes."""
    return channel.stream_stream(f"/dhad.v1.TextAnalyzer/{method}",
                                 request_serializer=lambda b: b,
                                 response_deserializer=lambda b: b)


def rss_bytes(pid):
    """Resident memory of process `pid` (VmRSS of /proc/PID/status), in bytes;
    None when the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def open_fds(pid):
    """How many file descriptors process `pid` has open (None when gone)."""
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return None


class SpanChecker:
    """Checks spans of the dhad API against the request text they index:
    inside the text, start <= end, and the byte range equal to the code point
    range. Precomputes the byte offset of every code point, so that checking
    many spans over a large text stays linear."""

    def __init__(self, text):
        self.text = text
        offsets = [0] * (len(text) + 1)
        total = 0
        for i, ch in enumerate(text):
            offsets[i] = total
            total += 1 if ch < "\x80" else 2 if ch < "\u0800" else 3 if ch < "\U00010000" else 4
        offsets[len(text)] = total
        self.byte_offsets = offsets

    def problem(self, span, slice_text=None):
        """None when `span` is valid (and, if given, `slice_text` is exactly its
        text); otherwise a description of what is wrong."""
        n = len(self.text)
        if not (span.start <= span.end <= n):
            return f"span [{span.start}, {span.end}) outside text of {n} code points"
        want = (self.byte_offsets[span.start], self.byte_offsets[span.end])
        if (span.byte_start, span.byte_end) != want:
            return (f"byte range [{span.byte_start}, {span.byte_end}) is not code point range "
                    f"[{span.start}, {span.end}) = bytes {want}")
        if slice_text is not None and slice_text != self.text[span.start:span.end]:
            return f"span text {slice_text[:40]!r} is not the text at [{span.start}, {span.end})"
        return None

    def check(self, span, slice_text=None, what="span"):
        """Raises AssertionError when problem() finds one."""
        p = self.problem(span, slice_text)
        if p:
            raise AssertionError(f"{what}: {p}")

    def check_response(self, response):
        """Checks every span of a SegmentSentences, ExtractQuotes, ParseNumbers
        or Analyze response (sentences in order and not overlapping; quote
        speaker and cue only when set; every number value, min and max
        finite). Returns how many spans were checked."""
        import math
        count, last_end = 0, 0
        for s in getattr(response, "sentences", ()):
            self.check(s.span, s.text, "sentence")
            if s.span.start < last_end:
                raise AssertionError(f"sentence at {s.span.start} overlaps the one before (end {last_end})")
            last_end = s.span.end
            count += 1
        for q in getattr(response, "quotes", ()):
            self.check(q.content, q.content_text, "quote content")
            count += 1
            if q.HasField("speaker"):
                self.check(q.speaker, q.speaker_text, "quote speaker")
                count += 1
            if q.HasField("cue"):
                self.check(q.cue, q.cue_text, "quote cue")
                count += 1
            if not 0.0 <= q.confidence <= 1.0:
                raise AssertionError(f"quote confidence {q.confidence} outside [0, 1]")
        for m in getattr(response, "numbers", ()):
            self.check(m.span, m.text, "number")
            count += 1
            for field in ("value", "min", "max"):
                if m.HasField(field) and not math.isfinite(getattr(m, field)):
                    raise AssertionError(f"number {m.text[:40]!r}: {field} = {getattr(m, field)}")
        return count
