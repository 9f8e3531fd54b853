"""SIGTERM during load (issue 8): the drain sequence of dhad-server measured
from the outside.

Setup: dhad-server --shutdown_grace=20s with, at the moment of the signal:
  - a health Watch stream open on its own connection (as a balancer keeps one);
  - long calls: six Analyze calls of about 4 MB sent at once. The server
    takes a request in when one of its two workers is free for it, so at the
    signal some are running, some may be done and some not yet taken in
    (grpc_server_msg_received_total{grpc_method="Analyze"}, only these calls
    use Analyze); and two AnalyzeStream calls that have had five answers and
    send five more messages after the signal, then half-close;
  - background load: small unary calls back to back from several threads on
    one connection;
  - a prober that opens a new connection for each call (health Check) to see
    when new calls are refused.

"In flight" here means: the server has received the call's request (its
received-messages counter counted it, or it has already answered on it)
before SIGTERM was sent.

Checks:
  - the server logs that the Watch stream was sent NOT_SERVING before it
    refused any call, and the Watch reports NOT_SERVING here no later than
    the first refusal seen here (give or take WATCH_SKEW);
  - every long call running at the signal finishes OK with complete results,
    at least one was running, and a long call not yet taken in ends OK or
    UNAVAILABLE (nothing was done for it; a client retries it elsewhere);
    every stream answer arrives, in order;
  - calls started 50 ms after the first refusal are refused: UNAVAILABLE (or
    NOT_SERVING for the prober's health Check while the connections stay
    open, --shutdown_delay); every background call ends OK (served) or
    UNAVAILABLE (refused), so that a client may retry it elsewhere; the one
    exception is gRPC's own: a call that reaches it in the instant its
    shutdown begins (--shutdown_delay after the signal, or when the last call
    in flight ends if that is later) is cut with CANCELLED, allowed from the
    delay until RACE after the last in-flight answer arrived, and counted;
  - the process exits 0 within the grace period + 5 s.

Prints the timings: signal -> NOT_SERVING, -> first refusal, -> last in-flight
call done, -> exit. Also whether a health Check poller on new connections ever
saw NOT_SERVING before the refusals (a balancer that polls rather than
watches needs that window).
"""
import multiprocessing
import os
import queue
import re
import signal
import threading
import time
import unittest

import grpc

from dhad_testlib import (Server, example_articles, health_pb2, health_pb2_grpc, metric_value,
                          pb, wait_for)

SANITIZED = os.environ.get("DHAD_SANITIZED") == "1"
GRACE = 20.0
EXIT_MARGIN = 5.0
# --shutdown_delay: after SIGTERM the server keeps its connections this long,
# health NOT_SERVING and new calls refused UNAVAILABLE by the service, before
# gRPC's own shutdown closes them. A call that reaches gRPC just as that
# shutdown begins is cut with CANCELLED by gRPC's core (it is neither served
# nor cleanly refused): allowed only in RACE seconds from that instant.
DELAY = 0.5
RACE = 0.05
# The Watch's NOT_SERVING and a refusal travel on different connections and
# are read by different client threads and processes: seen from here, their
# order can invert when the machine is busy, although the server refuses
# nothing before the Watch's NOT_SERVING has been written, which its log
# says and the test checks exactly. (A fresh-clone CI run, with the soak and
# render tests on the same two cores, saw the Watch's reader 103 ms late
# while the server had told it in 0.1 ms; the client-side order is a sanity
# bound, the server's log is the check.)
WATCH_SKEW = 0.5
SHUTDOWN_SLACK = 0.25

ARTICLES = example_articles()
LONG_TEXT = ("\n\n".join(ARTICLES) + "\n\n") * 700          # about 3.9 MB (under 4 MiB)
STREAM_TEXT = ARTICLES[0][:900]                             # under --inline_max_bytes
SMALL_TEXTS = ["قال المتحدث إن 25 شخصا وصلوا صباحا.", ARTICLES[1][:600], "العدد ١٢٣ والنسبة 5%."]


def analyze_started(server):
    """Analyze calls whose request the server has received (a call still
    uploading its request when the drain begins is refused UNAVAILABLE:
    nothing was done for it yet, and it may be retried)."""
    text = server.metrics_text()
    return metric_value(text, "grpc_server_msg_received_total", grpc_method="Analyze") or 0.0


# The Watch runs in a process of its own, started fresh (not forked: gRPC's
# Python library does not survive a fork with channels open).
WATCH_MP = multiprocessing.get_context("spawn")


def watch_health(target, out):
    """Watches the health of the whole server at `target` and puts
    (time.monotonic(), status) in `out` for every status seen, then
    (time.monotonic(), status code name) when the stream ends. CLOCK_MONOTONIC
    is the same clock in every process."""
    ch = grpc.insecure_channel(target)
    watch = health_pb2_grpc.HealthStub(ch).Watch(health_pb2.HealthCheckRequest(service=""),
                                                  timeout=GRACE + 60)
    try:
        for r in watch:
            out.put((time.monotonic(), r.status))
        out.put((time.monotonic(), "OK"))
    except grpc.RpcError as e:
        out.put((time.monotonic(), e.code().name))
    finally:
        ch.close()


class SigtermUnderLoadE2E(unittest.TestCase):
    def test_sigterm_during_mixed_load(self):
        server = Server(f"--shutdown_grace={GRACE:.0f}s", f"--shutdown_delay={DELAY * 1000:.0f}ms",
                        "--threads=2")
        t = {}  # timings, monotonic
        lock = threading.Lock()
        stop = threading.Event()
        opts = [("grpc.use_local_subchannel_pool", 1), ("grpc.max_send_message_length", 64 << 20),
                ("grpc.max_receive_message_length", 64 << 20)]
        channels = []
        threads = []
        watch_proc = None
        try:
            # Expected answers, from one call before the load.
            t0 = time.monotonic()
            ref = server.stub.Analyze(pb.AnalyzeRequest(text=LONG_TEXT), timeout=120)
            ref_seconds = time.monotonic() - t0
            ref_stream = server.stub.Analyze(pb.AnalyzeRequest(text=STREAM_TEXT), timeout=30)
            self.assertGreater(len(ref.sentences), 1000)

            # --- the health Watch, on its own connection, in its own process:
            # in this one, the Python threads that parse the 4 MB answers hold
            # the interpreter for up to hundreds of milliseconds, and a Watch
            # read here would be seen that late.
            watch_q = WATCH_MP.Queue()
            watch_proc = WATCH_MP.Process(target=watch_health, args=(server.target, watch_q), daemon=True)
            watch_proc.start()
            first = watch_q.get(timeout=30)
            self.assertEqual(first[1], health_pb2.HealthCheckResponse.SERVING, first)

            # The long calls and the streams share one connection.
            lch = grpc.insecure_channel(server.target, options=opts)
            channels.append(lch)
            lstub = server.stub.__class__(lch)

            # --- streams fed one message at a time: 5 before the signal, 5
            # after it, then a half-close. Messages are small (analyzed on
            # the reading thread), so the busy workers do not delay them.
            n_streams = 2
            per_side = 5
            stream_q = [queue.Queue() for _ in range(n_streams)]
            stream_got = [[] for _ in range(n_streams)]
            stream_end = [None] * n_streams
            answered = [threading.Semaphore(0) for _ in range(n_streams)]

            def stream_requests(k):
                while True:
                    item = stream_q[k].get(timeout=GRACE + 60)
                    if item is None:
                        return
                    yield item

            def streamer(k):
                try:
                    for r in lstub.AnalyzeStream(stream_requests(k), timeout=GRACE + 60):
                        stream_got[k].append(r)
                        answered[k].release()
                    stream_end[k] = (time.monotonic(), grpc.StatusCode.OK, "")
                except grpc.RpcError as e:
                    stream_end[k] = (time.monotonic(), e.code(), e.details())
                    answered[k].release()

            def feed(k, first):
                for j in range(first, first + per_side):
                    stream_q[k].put(pb.AnalyzeRequest(text=STREAM_TEXT, id=f"s{k}-{j}"))
                    if not answered[k].acquire(timeout=30):
                        return False
                return True
            threads += [threading.Thread(target=streamer, args=(k,), daemon=True) for k in range(n_streams)]

            # --- background unary load on one connection
            bch = grpc.insecure_channel(server.target, options=opts)
            channels.append(bch)
            bstub = server.stub.__class__(bch)
            background = []  # (start, end, code, details)

            def loader(k):
                i = k
                while not stop.is_set():
                    i += 1
                    t0 = time.monotonic()
                    try:
                        if i % 2:
                            bstub.Normalize(pb.NormalizeRequest(text=SMALL_TEXTS[i % 3]), timeout=10)
                        else:
                            bstub.ParseNumbers(pb.ParseNumbersRequest(text=SMALL_TEXTS[i % 3]), timeout=10)
                        code, details = grpc.StatusCode.OK, ""
                    except grpc.RpcError as e:
                        code, details = e.code(), e.details()
                    with lock:
                        background.append((t0, time.monotonic(), code, details))
                    if code != grpc.StatusCode.OK:
                        time.sleep(0.01)
            threads += [threading.Thread(target=loader, args=(k,), daemon=True) for k in range(4)]

            # --- the prober: a new connection per call
            probes = []  # (start, end, what)

            def prober():
                while not stop.is_set():
                    t0 = time.monotonic()
                    ch = grpc.insecure_channel(server.target, options=opts)
                    try:
                        r = health_pb2_grpc.HealthStub(ch).Check(
                            health_pb2.HealthCheckRequest(service=""), timeout=2)
                        what = health_pb2.HealthCheckResponse.ServingStatus.Name(r.status)
                    except grpc.RpcError as e:
                        what = e.code().name
                    finally:
                        ch.close()
                    probes.append((t0, time.monotonic(), what))
                    time.sleep(0.005)
            threads.append(threading.Thread(target=prober, daemon=True))

            for th in threads:
                th.start()
            # Every stream has its first answers, the load and the probes run.
            for k in range(n_streams):
                self.assertTrue(feed(k, 0), f"stream {k}: no answers before the signal")

            # --- long calls: Analyze of about 4 MB (the only Analyze calls)
            started_before = analyze_started(server)
            n_long = 6
            t0_long = time.monotonic()
            long_futures = [lstub.Analyze.future(pb.AnalyzeRequest(text=LONG_TEXT, id=f"long{i}"),
                                                 timeout=GRACE + 60) for i in range(n_long)]
            long_done = {}
            for i, f in enumerate(long_futures):
                f.add_done_callback(lambda f, i=i: long_done.setdefault(i, time.monotonic()))

            # In flight: the first two long Analyze calls taken in by the two
            # workers (the others wait until a worker is free: waiting for all
            # six to be taken in, and for the streams' answers, then half a
            # second, left none running once one call took 0.2 s).
            wait_for(lambda: analyze_started(server) - started_before >= 2, timeout=30, interval=0.01,
                     what="the long Analyze calls to start on the server")
            # Background load and probes running; the first long calls'
            # handlers have run (received is counted just before: a handler
            # that has not run yet when the drain begins refuses its call
            # UNAVAILABLE).
            time.sleep(0.05)
            not_done_long = [i for i in range(n_long) if i not in long_done]
            self.assertTrue(
                not_done_long,
                "the long calls ended before the signal: lengthen them (ended: " +
                ", ".join(f"{i}: {f.code().name if f.exception() else 'OK'} after "
                          f"{(long_done[i] - t0_long) * 1000:.0f} ms" for i, f in enumerate(long_futures)
                          if i in long_done) + ")")
            self.assertTrue(all(end is None for end in stream_end), "a stream ended before the signal")
            in_flight_streams = [len(g) for g in stream_got]

            t["signal"] = time.monotonic()
            server.proc.send_signal(signal.SIGTERM)
            # The streams go on: five more messages each, then a half-close.
            time.sleep(0.05)
            for k in range(n_streams):
                feed(k, per_side)
                stream_q[k].put(None)
            wait_for(lambda: server.proc.poll() is not None, timeout=GRACE + EXIT_MARGIN + 10,
                     interval=0.01, what="dhad-server to exit")
            t["exit"] = time.monotonic()
            server_log = server.proc.stderr.read()
            watch_log = []
            while True:  # the Watch process's readings: it ends when the Watch does
                try:
                    watch_log.append(watch_q.get(timeout=5))
                except queue.Empty:
                    break
                if not isinstance(watch_log[-1][1], int):
                    break
            watch_proc.join(timeout=5)
            stop.set()
            for th in threads:
                th.join(timeout=15)

            # ---------------------------------------------------------- checks
            failures = []
            rel = lambda x: f"{(x - t['signal']) * 1000:.0f} ms" if x is not None else "never"  # noqa: E731
            # 1. Health: NOT_SERVING on the Watch, before any refusal.
            not_serving = [ts for ts, st in watch_log if st == health_pb2.HealthCheckResponse.NOT_SERVING]
            t["not_serving"] = not_serving[0] if not_serving else None
            refused = [end for start, end, what in probes if start >= t["signal"] and what == "UNAVAILABLE"]
            refused += [end for start, end, code, _ in background
                        if start >= t["signal"] and code == grpc.StatusCode.UNAVAILABLE]
            t["first_refusal"] = min(refused) if refused else None
            if t["not_serving"] is None:
                failures.append(f"the health Watch never reported NOT_SERVING (it saw {watch_log})")
            elif t["first_refusal"] is not None and t["first_refusal"] < t["not_serving"] - WATCH_SKEW:
                failures.append(f"a call was refused ({rel(t['first_refusal'])}) before the Watch reported "
                                f"NOT_SERVING ({rel(t['not_serving'])})")
            # The server's own account of the order: the Watch stream was
            # sent NOT_SERVING (the write done) before any call was refused.
            told = re.search(r"health NOT_SERVING sent to (\d+) of (\d+) Watch stream\(s\) in (\S+); "
                             r"refusing new calls", server_log)
            if told is None:
                failures.append(f"the server did not log telling the Watch streams: {server_log!r}")
            elif told.group(1) != told.group(2) or told.group(2) != "1":
                failures.append(f"the server told {told.group(1)} of {told.group(2)} Watch streams "
                                f"(1 is open) before refusing calls")
            # 2. Calls in flight finish OK, complete. A long call not yet
            # taken in by a worker at the signal may be refused UNAVAILABLE;
            # one that was running ends OK (at least one was).
            in_flight_long = []
            for i, f in enumerate(long_futures):
                if i not in not_done_long:
                    continue  # it ended before the signal
                try:
                    r = f.result(timeout=1)
                    in_flight_long.append(i)
                    if r.id != f"long{i}" or len(r.sentences) != len(ref.sentences) or \
                            len(r.numbers) != len(ref.numbers) or len(r.quotes) != len(ref.quotes):
                        failures.append(f"long call {i}: incomplete answer")
                except Exception as ex:  # noqa: BLE001 -- reported
                    code = ex.code() if isinstance(ex, grpc.RpcError) else ex
                    if code != grpc.StatusCode.UNAVAILABLE:
                        failures.append(f"long Analyze {i}, not done at the signal, ended {code}")
            if not in_flight_long:
                failures.append(f"no long call running at the signal finished OK (not done then: "
                                f"{not_done_long})")
            for k in range(n_streams):
                end = stream_end[k]
                ids = [r.id for r in stream_got[k]]
                if end is None or end[1] != grpc.StatusCode.OK:
                    failures.append(f"stream {k} (in flight, {in_flight_streams[k]} answers at the signal) "
                                    f"ended {end}")
                elif ids != [f"s{k}-{j}" for j in range(2 * per_side)]:
                    failures.append(f"stream {k}: answers {ids}")
                elif any(len(r.sentences) != len(ref_stream.sentences) for r in stream_got[k]):
                    failures.append(f"stream {k}: an incomplete answer")
            t["last_in_flight_done"] = max([long_done[i] for i in in_flight_long if i in long_done]
                                           + [e[0] for e in stream_end if e], default=None)
            # 3. New calls refused with UNAVAILABLE; nothing but OK/UNAVAILABLE.
            # gRPC's own shutdown begins --shutdown_delay after the signal or
            # when the server's last call in flight ends, whichever is later;
            # a call reaching gRPC in that instant may be cut with CANCELLED.
            # The server ends its calls before this client has received the
            # last of their (multi-megabyte) answers, so seen from here that
            # instant lies between the delay and the last answer received.
            shutdown_from = t["signal"] + DELAY
            shutdown_at = max(shutdown_from, t["last_in_flight_done"] or 0)

            def at_grpc_shutdown(start, end):
                # Up to SHUTDOWN_SLACK after the last in-flight answer arrived
                # here: the server sees its calls end (OnDone) and polls for
                # that every 5 ms, a little after this client.
                return start < shutdown_at + SHUTDOWN_SLACK and end >= shutdown_from - RACE

            def cut_by_grpc(start, end, code):
                return code == grpc.StatusCode.CANCELLED and at_grpc_shutdown(start, end)
            # The listener has stopped accepting once the prober is refused;
            # every call started 50 ms after that must be refused too.
            cutoff = (t["first_refusal"] or t["signal"]) + 0.05
            late_ok = [(start, what) for start, end, what in probes
                       if start > cutoff and what not in ("UNAVAILABLE", "NOT_SERVING")
                       and not (what == "CANCELLED" and at_grpc_shutdown(start, end))]
            late_ok += [(start, code.name) for start, end, code, _ in background
                        if start > cutoff and code != grpc.StatusCode.UNAVAILABLE
                        and not cut_by_grpc(start, end, code)]
            if late_ok:
                failures.append(f"{len(late_ok)} calls started 50 ms after the first refusal were not refused "
                                f"(first: {rel(late_ok[0][0])}: {late_ok[0][1]})")
            cut = [(start, end) for start, end, code, _ in background if cut_by_grpc(start, end, code)]
            t["cut_at_shutdown"] = len(cut)
            odd = [(code.name, d, f"sent at {rel(start)}, ended at {rel(end)}") for start, end, code, d in background
                   if code not in (grpc.StatusCode.OK, grpc.StatusCode.UNAVAILABLE)
                   and not cut_by_grpc(start, end, code)]
            if odd:
                failures.append(f"{len(odd)} background calls ended neither OK nor UNAVAILABLE: {odd[:3]}")
            if not any(start >= t["signal"] for start, _, _ in probes):
                failures.append("the prober made no call after the signal")
            # 4. Exit 0 within the grace period + margin.
            code = server.proc.returncode
            exit_s = t["exit"] - t["signal"]
            if code != 0:
                failures.append(f"exit code {code}")
            if exit_s > GRACE + EXIT_MARGIN:
                failures.append(f"exit {exit_s:.1f} s after SIGTERM (grace {GRACE:.0f} s + {EXIT_MARGIN:.0f} s)")

            # A poller of health Check on new connections: did it ever see
            # NOT_SERVING before being refused?
            after = [(s, w) for s, e, w in probes if s >= t["signal"] - 0.001]
            saw_not_serving = any(w == "NOT_SERVING" for _, w in after)
            ok_bg = sum(1 for s, _, c, _ in background if s < t["signal"] and c == grpc.StatusCode.OK)
            print(f"\n[figures] one Analyze of {len(LONG_TEXT.encode()) / 1e6:.1f} MB alone: {ref_seconds:.2f} s; "
                  f"not done at SIGTERM: {len(not_done_long)} of {n_long} such calls, "
                  f"{len(in_flight_long)} of them served, "
                  f"{n_streams} streams ({in_flight_streams} answers so far, {per_side} more messages sent "
                  f"after the signal); {ok_bg} background calls OK before the signal", flush=True)
            print(f"[figures] SIGTERM -> Watch NOT_SERVING {rel(t['not_serving'])}, -> first refusal "
                  f"{rel(t['first_refusal'])}, -> last in-flight call done {rel(t['last_in_flight_done'])}, "
                  f"-> exit {exit_s * 1000:.0f} ms (code {code}; grace {GRACE:.0f} s)", flush=True)
            print(f"[figures] probes after the signal (new connection each): "
                  f"{[w for _, w in after][:12]}{' ...' if len(after) > 12 else ''}; "
                  f"Check poller saw NOT_SERVING before refusals: {saw_not_serving}", flush=True)
            bg_after = [c.name for s, _, c, _ in background if s >= t["signal"]]
            print(f"[figures] background calls started after the signal: "
                  f"{ {c: bg_after.count(c) for c in set(bg_after)} }; cut with CANCELLED as gRPC's "
                  f"shutdown began ({rel(shutdown_from)} to {rel(shutdown_at)}): {t['cut_at_shutdown']}", flush=True)
            print(f"[figures] watch: {[(rel(ts), st) for ts, st in watch_log]}; server: Watch told in "
                  f"{told.group(3) if told else '?'}", flush=True)
            self.assertEqual(failures, [])
        finally:
            stop.set()
            if watch_proc is not None and watch_proc.is_alive():
                watch_proc.kill()
                watch_proc.join(timeout=5)
            for ch in channels:
                ch.close()
            server.stop(sig=signal.SIGKILL)


if __name__ == "__main__":
    unittest.main(verbosity=2)
