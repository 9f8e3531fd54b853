#!/usr/bin/env python3
"""Soak test of dhad-server (issue 8, "Load, faults and shutdown").

    /usr/bin/python3 tests/soak/soak.py [--seconds 300] [--concurrency 48] [--seed N]

Starts the real dhad-server on loopback (binaries of DHAD_BUILD_DIR, default
build/) and drives it for --seconds with mixed calls from --concurrency client
threads over several connections:

  unary          Normalize, SegmentSentences, ExtractQuotes, ParseNumbers or
                 Analyze on a text of 100 B to 50 KB cut from examples/*.txt;
                 a sample of the answers is checked (spans, values).
  short deadline the same with a deadline of 1-20 ms: some expire.
  cancel         the same as a future, cancelled after 0-20 ms.
  stream         AnalyzeStream of 1-50 messages: every answer, in order.
  stream cancel  cancelled by the client after k of n answers.
  stream early   the client half-closes after m of n messages, pausing
                 between them: m answers.
  stream short   a deadline of 5-50 ms on a whole stream.

Checks (each failure is listed, and the exit code is 1):
  - no crash: the server is alive all along and exits 0 on SIGTERM at the end;
  - every status is one the call kind allows (OK everywhere; CANCELLED for
    client cancellations; DEADLINE_EXCEEDED for short deadlines); nothing
    else, RESOURCE_EXHAUSTED included (with --concurrency far below
    --max_queued the server must not be overloaded). Server-side, the
    grpc_server_handled_total codes must be among those three too;
  - some short deadlines did expire and some cancellations did land (else the
    test tested nothing);
  - resident memory at the end of the load (the peak of its last 5 s) is at
    most 10% over its value at the end of the warm-up (the peak of the warm-up's
    last 5 s); skipped, only printed, with DHAD_SANITIZED=1. The warm-up opens
    with the load's peak (5 s of every thread on the largest texts), lasts
    --warmup seconds, then on until resident memory stops rising (no new peak
    over 1% for 10 s), at most half the run: the allocator keeps freed heap,
    so resident memory is a high-water mark that rises by steps, then stays;
  - process_open_fds from /metrics: once the load stops and the client's
    connections are closed, at most 5 over its value at the end of the
    warm-up;
  - every call the server started has ended (grpc_server_started_total equals
    the sum of grpc_server_handled_total for each method) once the load stops.

Prints a summary: calls by kind, method and status, calls/s, stream messages/s,
client and server CPU, RSS warm/end/max/final, fds warm/final, shutdown time.

tests/e2e/soak_test.py (ctest e2e_soak, 60 s) and bench/soak.sh (300 s) run it.
"""
import argparse
import collections
import math
import os
import random
import re
import signal
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))

import grpc  # noqa: E402

from dhad_testlib import (UNARY_METHODS, Server, SpanChecker, example_articles,  # noqa: E402
                          metric_value, open_fds, rss_bytes, wait_for, wire_string)

SANITIZED = os.environ.get("DHAD_SANITIZED") == "1"
MIB = 1 << 20

UNARY = UNARY_METHODS
OK = grpc.StatusCode.OK
CANCELLED = grpc.StatusCode.CANCELLED
DEADLINE = grpc.StatusCode.DEADLINE_EXCEEDED
# Call kind -> (weight, statuses it may end with).
KINDS = {
    "unary": (40, {OK}),
    "unary_short_deadline": (15, {OK, DEADLINE}),
    "unary_cancel": (15, {OK, CANCELLED}),
    "stream": (12, {OK}),
    "stream_cancel": (8, {CANCELLED, OK}),  # OK only with every answer (checked)
    "stream_early_close": (5, {OK}),
    "stream_short_deadline": (5, {OK, DEADLINE}),
}
# Server-side codes (grpc_server_handled_total's grpc_code) the load may cause.
SERVER_CODES_ALLOWED = {"OK", "Canceled", "DeadlineExceeded"}
LONG_TIMEOUT = 60.0  # deadline of the calls that must succeed
BURST_SECONDS = 5.0  # the peak that opens the warm-up (Load.burst)
SETTLE_WINDOW = 10.0     # the warm-up ends once RSS has had no new peak for this many seconds
SETTLE_TOLERANCE = 0.01  # ... more than this fraction over the peak before them
CHECK_EVERY = 20     # check one answer in this many OK unary calls


def corpus_texts(rng, count, min_bytes=100, max_bytes=50_000):
    """`count` texts of log-uniform size in [min_bytes, max_bytes] bytes, cut at
    random places of the example articles repeated."""
    corpus = "\n\n".join(example_articles())
    while len(corpus.encode()) < 2 * max_bytes:
        corpus += "\n\n" + corpus
    texts = []
    for _ in range(count):
        size = int(math.exp(rng.uniform(math.log(min_bytes), math.log(max_bytes))))
        start = rng.randrange(0, len(corpus) // 2)
        # Arabic letters are 2 bytes: take about size/2 characters, then trim.
        piece = corpus[start:start + size]
        while len(piece.encode()) > size and len(piece) > 1:
            piece = piece[:-max(1, (len(piece.encode()) - size) // 2)]
        texts.append(piece)
    return texts


class Stats:
    """Thread-safe tallies of the client side."""

    def __init__(self):
        self.lock = threading.Lock()
        self.calls = collections.Counter()          # (kind, method, code name) -> n
        self.stream_messages = 0                    # answers received on streams
        self.unexpected = []                        # descriptions (first 30)
        self.unexpected_count = 0
        self.checked = 0

    def record(self, kind, method, code, details="", problem=None):
        allowed = KINDS[kind][1]
        with self.lock:
            self.calls[(kind, method, code.name)] += 1
            bad = problem or (None if code in allowed else
                              f"{kind} {method}: {code.name} ({details!r}) not in "
                              f"{sorted(c.name for c in allowed)}")
            if bad:
                self.unexpected_count += 1
                if len(self.unexpected) < 30:
                    self.unexpected.append(bad)

    def add_messages(self, n):
        with self.lock:
            self.stream_messages += n


class Load:
    """The client threads."""

    def __init__(self, server, concurrency, seed, stats, channels=4):
        self.server = server
        self.stats = stats
        self.stop = threading.Event()
        rng = random.Random(seed)
        self.texts = corpus_texts(rng, 400)
        self.small_texts = corpus_texts(rng, 200, 100, 10_000)
        # Several connections: one channel each (a local subchannel pool keeps
        # grpcio from sharing one connection between channels).
        opts = [("grpc.use_local_subchannel_pool", 1),
                ("grpc.max_receive_message_length", 64 << 20),
                ("grpc.max_send_message_length", 64 << 20)]
        self.channels = [grpc.insecure_channel(server.target, options=opts) for _ in range(channels)]
        for ch in self.channels:
            grpc.channel_ready_future(ch).result(timeout=20)
        ident = lambda b: b  # noqa: E731
        self.unary = [{m: ch.unary_unary(f"/dhad.v1.TextAnalyzer/{m}", request_serializer=ident,
                                         response_deserializer=ident) for m in UNARY}
                      for ch in self.channels]
        # Streams send and receive bytes: the client only reads each answer's
        # id (field 1, serialized first), which keeps its CPU per message low.
        self.streams = [ch.stream_stream("/dhad.v1.TextAnalyzer/AnalyzeStream",
                                         request_serializer=ident, response_deserializer=answer_id)
                        for ch in self.channels]
        self.small_payloads = [wire_string(1, t) for t in self.small_texts]
        self.id_fields = [wire_string(3, f"m{j}") for j in range(50)]
        # Requests are serialized once: the client's CPU goes to gRPC, not here.
        self.payloads = {m: [UNARY[m][0](text=t).SerializeToString() for t in self.texts] for m in UNARY}
        self.kinds = [k for k, (w, _) in KINDS.items() for _ in range(w)]
        self.threads = [threading.Thread(target=self.worker, args=(seed * 1000 + i,), daemon=True)
                        for i in range(concurrency)]
        self.ok_unary = 0

    def burst(self, seconds):
        """The peak of the load, on purpose: every client thread sends the
        largest texts to every unary method at once for `seconds`. Returns the
        number of calls and the problems of those that did not end OK."""
        largest = sorted(range(len(self.texts)), key=lambda i: -len(self.texts[i].encode()))[:8]
        methods = list(UNARY)
        end = time.monotonic() + seconds
        lock = threading.Lock()
        calls, problems = [0], []

        def one(k):
            j = k
            while time.monotonic() < end:
                m = methods[j % len(methods)]
                try:
                    self.unary[j % len(self.channels)][m](self.payloads[m][largest[j % len(largest)]],
                                                          timeout=LONG_TIMEOUT)
                except grpc.RpcError as e:
                    with lock:
                        problems.append(f"burst {m}: {e.code().name} ({e.details()!r})")
                with lock:
                    calls[0] += 1
                j += 1
        threads = [threading.Thread(target=one, args=(k,), daemon=True) for k in range(len(self.threads))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=seconds + LONG_TIMEOUT + 10)
        return calls[0], problems

    def start(self):
        for t in self.threads:
            t.start()

    def finish(self, timeout):
        self.stop.set()
        deadline = time.monotonic() + timeout
        for t in self.threads:
            t.join(timeout=max(0.1, deadline - time.monotonic()))
        return sum(t.is_alive() for t in self.threads)

    def close(self):
        for ch in self.channels:
            ch.close()

    # ------------------------------------------------------------ one thread
    def worker(self, seed):
        rng = random.Random(seed)
        while not self.stop.is_set():
            kind = rng.choice(self.kinds)
            c = rng.randrange(len(self.channels))
            try:
                if kind.startswith("unary"):
                    self.one_unary(rng, kind, c)
                else:
                    self.one_stream(rng, kind, c)
            except Exception as ex:  # a bug of the driver or an unexpected failure
                self.stats.record(kind, "?", grpc.StatusCode.UNKNOWN, problem=f"{kind}: {ex!r}")

    def one_unary(self, rng, kind, c):
        method = rng.choice(list(UNARY))
        i = rng.randrange(len(self.texts))
        payload = self.payloads[method][i]
        call = self.unary[c][method]
        if kind == "unary_cancel":
            future = call.future(payload, timeout=LONG_TIMEOUT)
            time.sleep(rng.uniform(0, 0.02))
            future.cancel()
            try:
                future.result(timeout=LONG_TIMEOUT + 5)
                code, details = OK, ""
            except grpc.FutureCancelledError:
                code, details = CANCELLED, "cancelled by the client"
            except grpc.RpcError as e:
                code, details = e.code(), e.details()
            self.stats.record(kind, method, code, details)
            return
        timeout = rng.uniform(0.001, 0.020) if kind == "unary_short_deadline" else LONG_TIMEOUT
        try:
            reply = call(payload, timeout=timeout)
        except grpc.RpcError as e:
            self.stats.record(kind, method, e.code(), e.details())
            return
        problem = None
        self.ok_unary += 1  # racy counter: only used to sample answers
        if self.ok_unary % CHECK_EVERY == 0:
            problem = self.check_unary(method, self.texts[i], reply)
        self.stats.record(kind, method, OK, problem=problem)

    def check_unary(self, method, text, reply):
        try:
            resp = UNARY[method][1].FromString(reply)
            if method == "Normalize":
                if text.strip() and not resp.text:
                    return f"Normalize of {len(text)} characters returned nothing"
            else:
                SpanChecker(text).check_response(resp)
                if method in ("SegmentSentences", "Analyze") and text.strip() and not resp.sentences:
                    return f"{method}: no sentence in {len(text)} characters"
            with self.stats.lock:
                self.stats.checked += 1
        except AssertionError as ex:
            return f"{method}: {ex}"
        return None

    def one_stream(self, rng, kind, c):
        n = rng.randint(1, 50)
        reqs = [self.small_payloads[rng.randrange(len(self.small_payloads))] + self.id_fields[j]
                for j in range(n)]
        send = n
        if kind == "stream_early_close":
            send = rng.randint(0, n - 1) if n > 1 else 0

        def requests():
            for j in range(send):
                if kind == "stream_early_close":
                    time.sleep(rng.uniform(0, 0.005))
                yield reqs[j]
            # Returning half-closes the stream.
        timeout = rng.uniform(0.005, 0.050) if kind == "stream_short_deadline" else LONG_TIMEOUT
        cancel_after = rng.randint(0, max(0, n - 1)) if kind == "stream_cancel" else None
        call = self.streams[c](requests(), timeout=timeout)
        got = []
        code, details = OK, ""
        try:
            if cancel_after == 0:
                call.cancel()
            for r in call:
                got.append(r)
                if cancel_after is not None and len(got) >= cancel_after:
                    call.cancel()
        except grpc.RpcError as e:
            code, details = e.code(), e.details()
        if code == OK and cancel_after is not None:
            # The stream may have ended OK before the cancel landed: then it
            # must have delivered every answer.
            code = call.code() or OK
        self.stats.add_messages(len(got))
        problem = None
        expected_ids = [f"m{j}" for j in range(send)]
        if got != expected_ids[:len(got)]:
            problem = f"{kind}: answers out of order or unknown: {got[:5]}..."
        elif code == OK and len(got) != send:
            problem = f"{kind}: OK after {len(got)} of {send} answers"
        self.stats.record(kind, "AnalyzeStream", code, details, problem=problem)


def answer_id(reply):
    """The id of a serialized AnalyzeResponse (field 1, a short string written
    first), without parsing the rest; None when it is not there."""
    if len(reply) >= 2 and reply[0] == 0x0A and reply[1] < 0x80:
        return reply[2:2 + reply[1]].decode()
    return None


def server_codes(metrics_text):
    """grpc_server_handled_total summed by (method, code) for dhad's methods."""
    out = collections.Counter()
    for line in metrics_text.splitlines():
        if not line.startswith("grpc_server_handled_total{") or "dhad.v1" not in line:
            continue
        method = re.search(r'grpc_method="([^"]+)"', line).group(1)
        code = re.search(r'grpc_code="([^"]+)"', line).group(1)
        out[(method, code)] += float(line.rsplit(" ", 1)[1])
    return out


def unfinished_calls(metrics_text):
    """Per dhad method: calls started minus calls handled (finished with a
    status) on the server; only the non-zero ones."""
    started, handled = collections.Counter(), collections.Counter()
    for line in metrics_text.splitlines():
        if "dhad.v1" not in line:
            continue
        m = re.search(r'grpc_method="([^"]+)"', line)
        if line.startswith("grpc_server_started_total{"):
            started[m.group(1)] += float(line.rsplit(" ", 1)[1])
        elif line.startswith("grpc_server_handled_total{"):
            handled[m.group(1)] += float(line.rsplit(" ", 1)[1])
    return {k: started[k] - handled[k] for k in started if started[k] != handled[k]}


def scrape(server):
    """The server's /metrics text, or "" when it cannot be read (server gone)."""
    try:
        return server.metrics_text()
    except OSError:
        return ""


def cpu_seconds(metrics_text):
    return metric_value(metrics_text, "process_cpu_seconds_total") or 0.0


def rss_settled(samples, now, window, tolerance):
    """Whether the peak of the (t, rss) samples over the last `window` seconds
    is at most `tolerance` over the peak of every sample before them."""
    before = [r for t, r in samples if t < now - window]
    recent = [r for t, r in samples if t >= now - window]
    return bool(before and recent) and max(recent) <= max(before) * (1 + tolerance)


def run(seconds=300, concurrency=48, seed=None, warmup=None, server_flags=(), out=print):
    """Runs the soak; returns a dict of figures with 'failures' (a list of
    strings, empty when every check passed)."""
    seed = seed if seed is not None else random.randrange(1 << 30)
    warmup = warmup if warmup is not None else min(30.0, max(5.0, seconds / 3))
    failures = []
    fig = {"seconds": seconds, "concurrency": concurrency, "seed": seed, "warmup": warmup}
    out(f"soak: {seconds:.0f} s ({warmup:.0f} s warm-up), {concurrency} client threads, seed {seed}"
        f"{', sanitized build' if SANITIZED else ''}"
        f"{', server flags ' + ' '.join(server_flags) if server_flags else ''}")
    server = Server(*server_flags)
    pid = server.proc.pid
    stats = Stats()
    load = None
    samples = []  # (t, rss)
    monitor_stop = threading.Event()
    crashed = []

    def monitor():
        while not monitor_stop.wait(0.5):
            if server.proc.poll() is not None:
                crashed.append(server.proc.returncode)
                return
            r = rss_bytes(pid)
            if r:
                samples.append((time.monotonic(), r))
    mon = threading.Thread(target=monitor, daemon=True)
    try:
        load = Load(server, concurrency, seed, stats)
        # The warm-up opens with the load's peak (every thread on the largest
        # texts), so that the allocator's high-water mark is reached before
        # the baseline rather than at a random moment of the measured part.
        fig["burst_calls"], burst_problems = load.burst(BURST_SECONDS)
        failures.extend(burst_problems[:5])
        t0 = time.monotonic()
        c0 = time.process_time()
        m0 = scrape(server)
        mon.start()
        load.start()
        # Warm-up, then the measured part. The allocator keeps freed heap for
        # reuse (base/allocator.h), so resident memory is the high-water mark
        # of the calls in flight: it rises by steps while new peaks of
        # concurrent large calls come in, then stays flat. A leak rises with
        # the calls and never settles. The warm-up lasts at least `warmup`
        # seconds, then goes on until the high-water mark has settled (no new
        # peak more than 1% over the previous one for 10 s), at most until
        # half of the run, so that a slow machine is measured at its own
        # plateau.
        time.sleep(warmup)
        settle_limit = t0 + max(warmup, seconds / 2)
        settled = rss_settled(samples, time.monotonic(), SETTLE_WINDOW, SETTLE_TOLERANCE)
        while not settled and time.monotonic() < settle_limit and not crashed:
            time.sleep(0.5)
            settled = rss_settled(samples, time.monotonic(), SETTLE_WINDOW, SETTLE_TOLERANCE)
        fig["warmup"] = warmup = time.monotonic() - t0
        fig["rss_settled"] = settled
        # RSS under load moves with the calls in flight: compare the peak of
        # the last 5 s of the warm-up with the peak of the last 5 s of the load.
        warm_samples = [r for t, r in samples if t >= t0 + warmup - 5]
        fig["rss_warm"] = max(warm_samples) if warm_samples else rss_bytes(pid)
        fig["fds_warm"] = metric_value(scrape(server), "process_open_fds")
        fig["fds_warm_proc"] = open_fds(pid)
        t_warm = time.monotonic()
        while time.monotonic() < t0 + seconds and not crashed:
            time.sleep(0.2)
        t_end = time.monotonic()
        end_samples = [r for t, r in samples if t >= t_end - 5]
        fig["rss_end"] = max(end_samples) if end_samples else rss_bytes(pid)
        fig["rss_max"] = max((r for t, r in samples if t >= t_warm), default=fig["rss_end"])
        stuck = load.finish(timeout=LONG_TIMEOUT + 10)
        if stuck:
            failures.append(f"{stuck} client threads still in a call {LONG_TIMEOUT + 10:.0f} s after the end")
        elapsed = time.monotonic() - t0
        client_cpu = time.process_time() - c0
        monitor_stop.set()
        mon.join(timeout=5)
        if crashed:
            failures.append(f"dhad-server exited during the load (code {crashed[0]})")
        else:
            m1 = scrape(server)
            fig["server_cpu"] = cpu_seconds(m1) - cpu_seconds(m0)
            fig["server_codes"] = server_codes(m1)
            load.close()
            # Connections closed: the server's fds settle.
            try:
                wait_for(lambda: (metric_value(scrape(server), "process_open_fds") or 1e9)
                         <= (fig["fds_warm"] or 0) + 5, timeout=15, interval=0.5, what="open fds to settle")
            except AssertionError:
                pass
            time.sleep(1.0)
            fig["fds_final"] = metric_value(scrape(server), "process_open_fds")
            # Every call the server started has ended (with any status).
            try:
                wait_for(lambda: not unfinished_calls(scrape(server)), timeout=10, interval=0.5,
                         what="every call to end")
            except AssertionError:
                pass
            fig["unfinished"] = unfinished_calls(scrape(server))
            if fig["unfinished"]:
                failures.append(f"calls started on the server but never ended, by method: {fig['unfinished']}")
            fig["fds_final_proc"] = open_fds(pid)
            fig["rss_final"] = rss_bytes(pid)
        fig["elapsed"] = elapsed
        fig["client_cpu"] = client_cpu
    finally:
        monitor_stop.set()
        if load is not None:
            load.stop.set()
            load.close()
        t_sig = time.monotonic()
        if server.proc.poll() is None:
            server.proc.send_signal(signal.SIGTERM)
            try:
                server.proc.wait(timeout=30)
            except Exception:
                pass
        fig["exit_seconds"] = time.monotonic() - t_sig
        if server.proc.poll() is not None and server.proc.returncode != 0:
            # The server is gone: its standard error says why.
            err = server.proc.stderr.read().splitlines()
            fig["server_stderr_tail"] = err[-80:]
            out("dhad-server standard error (last lines):\n  " + "\n  ".join(err[-80:]))
        code = server.stop(sig=signal.SIGKILL)
        fig["exit_code"] = code
    if code != 0 and not crashed:
        failures.append(f"dhad-server exit code {code} after SIGTERM (expected 0)")

    # ------------------------------------------------------------ checks
    calls = stats.calls
    total = sum(calls.values())
    fig["calls"] = dict(calls)
    fig["total_calls"] = total
    fig["calls_per_s"] = total / fig["elapsed"] if fig.get("elapsed") else 0
    fig["stream_messages"] = stats.stream_messages
    if stats.unexpected_count:
        failures.append(f"{stats.unexpected_count} calls ended with an unexpected status or answer; "
                        f"first: {stats.unexpected[:5]}")
    by_code = collections.Counter()
    for (kind, _, code), n in calls.items():
        by_code[code] += n
    if by_code["DEADLINE_EXCEEDED"] == 0:
        failures.append("no short deadline expired: the deadline part tested nothing")
    if by_code["CANCELLED"] == 0:
        failures.append("no cancellation landed: the cancellation part tested nothing")
    for kind in KINDS:
        if not any(k == kind for (k, _, _) in calls):
            failures.append(f"no call of kind {kind} ran")
    for (method, code), n in fig.get("server_codes", {}).items():
        if code not in SERVER_CODES_ALLOWED and n > 0:
            failures.append(f"server answered {n:.0f} {method} calls with {code}")
    if fig.get("rss_warm") and fig.get("rss_end"):
        growth = fig["rss_end"] / fig["rss_warm"] - 1
        fig["rss_growth"] = growth
        if growth > 0.10 and not SANITIZED:
            failures.append(f"RSS grew {growth:.1%} after the warm-up "
                            f"({fig['rss_warm'] / MIB:.1f} -> {fig['rss_end'] / MIB:.1f} MiB; bound 10%)")
    if fig.get("fds_final") is not None and fig.get("fds_warm") is not None:
        if fig["fds_final"] > fig["fds_warm"] + 5:
            failures.append(f"open fds {fig['fds_warm']:.0f} at the end of the warm-up, "
                            f"{fig['fds_final']:.0f} after the load (bound +5)")
    fig["failures"] = failures
    summary(fig, stats, out)
    return fig


def summary(fig, stats, out):
    out("")
    out(f"{'kind':<22} {'method':<17} {'status':<18} {'calls':>8}")
    for (kind, method, code), n in sorted(stats.calls.items()):
        out(f"{kind:<22} {method:<17} {code:<18} {n:>8}")
    by_code = collections.Counter()
    for (_, _, code), n in stats.calls.items():
        by_code[code] += n
    out(f"total {fig['total_calls']} calls in {fig.get('elapsed', 0):.1f} s = {fig['calls_per_s']:.0f} calls/s; "
        + ", ".join(f"{c} {n}" for c, n in sorted(by_code.items()))
        + f"; RESOURCE_EXHAUSTED {by_code.get('RESOURCE_EXHAUSTED', 0)}")
    out(f"stream answers received: {fig['stream_messages']}; answers checked (spans, values): {stats.checked}")
    if "server_codes" in fig:
        sc = collections.Counter()
        for (_, code), n in fig["server_codes"].items():
            sc[code] += n
        out("server-side statuses (grpc_server_handled_total): "
            + ", ".join(f"{c} {n:.0f}" for c, n in sorted(sc.items()) if n))
    if fig.get("elapsed"):
        out(f"CPU: client {fig['client_cpu'] / fig['elapsed']:.0%} of one core, "
            f"server {fig.get('server_cpu', 0) / fig['elapsed']:.0%} of one core")
    if fig.get("rss_warm") is not None:
        out(f"RSS: warm {fig['rss_warm'] / MIB:.1f} MiB (warm-up: a peak of {fig.get('burst_calls', 0)} "
            f"calls on the largest texts, then {fig['warmup']:.0f} s of the load, "
            f"{'settled' if fig.get('rss_settled') else 'still rising at half the run'}), end of load {fig.get('rss_end', 0) / MIB:.1f} MiB "
            f"({fig.get('rss_growth', 0):+.1%}), max {fig.get('rss_max', 0) / MIB:.1f} MiB, "
            f"after the load {(fig.get('rss_final') or 0) / MIB:.1f} MiB"
            + ("  [bound not applied: sanitized build]" if SANITIZED else ""))
    if fig.get("fds_warm") is not None:
        final = fig.get("fds_final")
        out(f"open fds (/metrics): warm {fig['fds_warm']:.0f}, after the load "
            f"{'-' if final is None else f'{final:.0f}'} "
            f"(/proc: {fig.get('fds_warm_proc')} -> {fig.get('fds_final_proc')})")
    if "unfinished" in fig:
        out(f"calls started on the server and not ended after the load: {fig['unfinished'] or 'none'}")
    out(f"shutdown: SIGTERM -> exit {fig['exit_seconds']:.2f} s, exit code {fig['exit_code']}")
    if fig["failures"]:
        out("FAILED:")
        for f in fig["failures"]:
            out(f"  - {f}")
    else:
        out("PASSED")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--concurrency", type=int, default=48)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--warmup", type=float, default=None,
                    help="least seconds of load before the memory and fd baselines (default a third "
                         "of the run, 5-30 s); the warm-up then goes on until resident memory "
                         "stops rising, at most half the run")
    ap.add_argument("--server-flags", default=os.environ.get("DHAD_SERVER_FLAGS", ""),
                    help="extra dhad-server flags, space-separated (default: $DHAD_SERVER_FLAGS)")
    args = ap.parse_args()
    fig = run(args.seconds, args.concurrency, args.seed, args.warmup,
              server_flags=args.server_flags.split(), out=lambda s: print(s, flush=True))
    return 1 if fig["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
