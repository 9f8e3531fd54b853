#!/usr/bin/env bash
# Server CPU per call with and without the metrics layer, from /proc/PID/stat
# around a fixed number of calls driven by h2load, for two RPCs:
#   - dhad.v1.TextAnalyzer/Normalize of a short text: dhad's own methods
#     record their metrics in their handlers;
#   - grpc.health.v1.Health/Check: dhad's own health service records its
#     calls in its handlers too (server/health_service.h). Other services'
#     calls (reflection) are counted by a gRPC interceptor.
#
#   bench/metrics_overhead.sh [CALLS] [ROUNDS]     (defaults 100000 and 6)
#
# The servers with and without metrics (--metrics_listen=) are measured in
# alternation, ROUNDS times each, and each figure is the median of the
# per-round differences: the speed of a shared VM drifts by more than the
# layer costs, so one pair of runs says little.
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS=${1:-100000}
ROUNDS=${2:-6}
bash scripts/build.sh >/dev/null
BUILD_DIR=${DHAD_BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$BUILD_DIR/client/dhad" frame health > "$work/health.bin"
"$BUILD_DIR/client/dhad" frame normalize --text="قال الوزير" > "$work/normalize.bin"
ticks=$(getconf CLK_TCK)

cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() {  # metrics_listen body path -> microseconds of server CPU per call
  local log="$work/server.log"
  "$BUILD_DIR/server/dhad-server" --listen=127.0.0.1:0 --metrics_listen="$1" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
  local target
  target=$(grep -o 'listening on [0-9.]*:[0-9]*' "$log" | awk '{print $3}')
  # Warm up, then measure.
  h2load -n 20000 -c 4 -m 16 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$2" "http://$target$3" >/dev/null
  local before after
  before=$(cpu_of "$pid")
  h2load -n "$CALLS" -c 4 -m 16 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$2" "http://$target$3" > "$work/h2load.txt"
  after=$(cpu_of "$pid")
  kill -TERM "$pid"; wait "$pid" || true
  grep -q " 0 failed, 0 errored" "$work/h2load.txt" || { cat "$work/h2load.txt" >&2; exit 1; }
  awk -v b="$before" -v a="$after" -v t="$ticks" -v n="$CALLS" 'BEGIN { printf "%.2f", (a - b) / t / n * 1e6 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-18s %6s %12s %14s %8s\n' rpc round "with (us)" "without (us)" diff
for rpc in Normalize Health/Check; do
  if [ "$rpc" = Normalize ]; then
    body="$work/normalize.bin"; path=/dhad.v1.TextAnalyzer/Normalize
  else
    body="$work/health.bin"; path=/grpc.health.v1.Health/Check
  fi
  diffs=()
  for r in $(seq "$ROUNDS"); do
    with=$(measure 127.0.0.1:0 "$body" "$path")
    without=$(measure "" "$body" "$path")
    diff=$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a - b }')
    diffs+=("$diff")
    printf '%-18s %6d %12s %14s %8s\n' "$rpc" "$r" "$with" "$without" "$diff"
  done
  echo "$rpc: metrics layer median $(printf '%s\n' "${diffs[@]}" | median) us of server CPU per call" \
       "($ROUNDS rounds of $CALLS calls with and without metrics)"
done
