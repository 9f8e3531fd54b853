#!/usr/bin/env bash
# Server CPU per call with and without the metrics layer, from /proc/PID/stat
# around a fixed number of grpc.health.v1.Health/Check calls driven by h2load.
#
#   bench/metrics_overhead.sh [CALLS]     (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS=${1:-200000}
bash scripts/build.sh >/dev/null
BUILD_DIR=${DHAD_BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$BUILD_DIR/client/dhad" frame health > "$work/health.bin"
ticks=$(getconf CLK_TCK)

cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() {  # metrics_listen -> microseconds of server CPU per call
  local log="$work/server.log"
  "$BUILD_DIR/server/dhad-server" --listen=127.0.0.1:0 --metrics_listen="$1" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
  local target
  target=$(grep -o 'listening on [0-9.]*:[0-9]*' "$log" | awk '{print $3}')
  # Warm up, then measure.
  h2load -n 20000 -c 4 -m 16 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$work/health.bin" "http://$target/grpc.health.v1.Health/Check" >/dev/null
  local before after
  before=$(cpu_of "$pid")
  h2load -n "$CALLS" -c 4 -m 16 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$work/health.bin" "http://$target/grpc.health.v1.Health/Check" > "$work/h2load.txt"
  after=$(cpu_of "$pid")
  kill -TERM "$pid"; wait "$pid" || true
  grep -q " 0 failed, 0 errored" "$work/h2load.txt" || { cat "$work/h2load.txt" >&2; exit 1; }
  awk -v b="$before" -v a="$after" -v t="$ticks" -v n="$CALLS" 'BEGIN { printf "%.2f", (a - b) / t / n * 1e6 }'
}

with=$(measure 127.0.0.1:0)
without=$(measure "")
echo "server CPU per Health/Check call: with metrics ${with} us, without ${without} us;" \
     "metrics layer: $(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a - b }') us per call ($CALLS calls each)"
