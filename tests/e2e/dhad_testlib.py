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


class Server:
    """The real dhad-server on 127.0.0.1 with ports picked by the server itself."""

    def __init__(self, *flags, metrics=True):
        args = [SERVER_BIN, "--listen=127.0.0.1:0",
                "--metrics_listen=" + ("127.0.0.1:0" if metrics else "")] + list(flags)
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()  # the server prints its addresses first
        m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"dhad-server did not start: {line!r} {self.proc.stderr.read()!r}")
        self.port = int(m.group(1))
        mm = re.search(r"metrics on http://127\.0\.0\.1:(\d+)/metrics", line)
        self.metrics_port = int(mm.group(1)) if mm else None
        self.target = f"127.0.0.1:{self.port}"
        self.channel = grpc.insecure_channel(self.target, options=[
            ("grpc.max_send_message_length", 64 << 20), ("grpc.max_receive_message_length", 64 << 20)])
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
