#!/usr/bin/env python3
"""How long a cancelled large Analyze keeps a core busy on the server.

Starts build/server/dhad-server, sends Analyze calls of a ~4 MB text built
from examples/*.txt, cancels each one after a delay spread over the length of
a full analysis, and follows the server's CPU time (the sum of every thread's
run time from /proc/PID/task/*/schedstat, in nanoseconds) at 1 ms steps. The
core counts as freed at the first moment from which the server uses less
than 10% of a core over the next 10 ms. Prints, per call, the cancel delay and
cancel-to-freed latency, then the median and maximum.

    /usr/bin/python3 bench/cancel_latency.py [--calls N] [--mb MB]

Environment: DHAD_BUILD_DIR (default build).
"""
import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault("DHAD_SOURCE_DIR", os.path.join(HERE, ".."))
os.environ.setdefault("DHAD_BUILD_DIR", os.path.join(HERE, "..", "build"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "e2e"))

from dhad_testlib import Server, example_articles, pb  # noqa: E402


def server_cpu_ns(pid):
    """CPU time used so far by every thread of `pid`, in nanoseconds."""
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                total += int(f.read().split()[0])
        except OSError:
            pass  # the thread ended between listdir and open
    return total


def sample(pid, seconds, step=0.001):
    """[(monotonic time, cpu ns)] every `step` for `seconds`."""
    out = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        out.append((time.monotonic(), server_cpu_ns(pid)))
        time.sleep(step)
    return out


def freed_at(samples, window=0.010, busy_fraction=0.10):
    """The first time from which the CPU used over the next `window` seconds
    is under `busy_fraction` of a core."""
    for i, (t, c) in enumerate(samples):
        for t2, c2 in samples[i:]:
            if t2 - t >= window:
                if (c2 - c) / 1e9 < busy_fraction * (t2 - t):
                    return t
                break
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--calls", type=int, default=12, help="cancelled calls to measure")
    ap.add_argument("--mb", type=float, default=4.0, help="size of the text in MB")
    args = ap.parse_args()

    parts = example_articles()
    unit = "\n\n".join(parts) + "\n\n"
    target = int(args.mb * 1e6)
    text = unit * (target // len(unit.encode()) + 1)
    while len(text.encode()) > target:
        text = text[:-len(unit)]
    size = len(text.encode())

    server = Server("--max_text_bytes=16777216", metrics=False)
    try:
        pid = server.proc.pid
        req = pb.AnalyzeRequest(text=text)
        # Full analyses first, with the server's CPU followed: the busy period
        # (from the call's start to the moment the core is freed) sets the
        # spread of cancel delays. The last of three counts (warm allocator).
        for _ in range(3):
            t0 = time.monotonic()
            fut = server.stub.Analyze.future(req, timeout=120)
            samples = sample(pid, 0.2)
            while not fut.done():
                samples += sample(pid, 0.05)
            full = fut.result()
            busy_until = freed_at(samples)
            busy_s = (busy_until or time.monotonic()) - t0
        print(f"text {size / 1e6:.2f} MB; full Analyze keeps the server busy "
              f"{busy_s * 1000:.0f} ms ({len(full.sentences)} sentences, "
              f"{len(full.quotes)} quotes, {len(full.numbers)} numbers)")
        full_s = busy_s
        latencies = []
        for i in range(args.calls):
            # Delays from 5% to 95% of a full run: every stage gets hit.
            delay = full_s * (0.05 + 0.9 * i / max(1, args.calls - 1))
            fut = server.stub.Analyze.future(req, timeout=120)
            time.sleep(delay)
            cancelled_at = time.monotonic()
            fut.cancel()
            samples = sample(pid, 0.25 + full_s)
            freed = freed_at([s for s in samples if s[0] >= cancelled_at])
            if freed is None:
                print(f"call {i + 1}: cancel after {delay * 1000:.0f} ms: still busy")
                continue
            lat = (freed - cancelled_at) * 1000
            latencies.append(lat)
            print(f"call {i + 1}: cancel after {delay * 1000:4.0f} ms -> core freed "
                  f"{lat:5.1f} ms later")
            time.sleep(0.05)
        # The server still answers.
        ok = server.stub.Analyze(pb.AnalyzeRequest(text=parts[0]), timeout=10)
        assert ok.sentences, "the server stopped answering"
        if latencies:
            print(f"cancel -> core freed: median {statistics.median(latencies):.1f} ms, "
                  f"max {max(latencies):.1f} ms over {len(latencies)} calls "
                  f"(a full analysis keeps it busy {full_s * 1000:.0f} ms)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
