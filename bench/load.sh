#!/usr/bin/env bash
# Load test of a running dhad-server with h2load (HTTP/2, gRPC framing).
#
#   bench/load.sh [SCALE]      (default 2: about 2-5 s per run here)
#
# Starts dhad-server on loopback (build/ from scripts/build.sh), then drives
# grpc.health.v1.Health/Check (the transport baseline: what gRPC itself costs
# here for the smallest call), Normalize on 1 KB, Analyze on a 1 KB article
# and Analyze on a 20 KB article, at several concurrencies. Prints
# requests/s, p50/p99 latency (from h2load's per-request log), each RPC's
# rate as a share of the health-check rate at the same concurrency, and
# checks in /metrics that every call ended OK. Health/Check and Normalize
# are run DHAD_LOAD_ROUNDS times (default 5) in alternation and reported as
# medians. The client runs on the same machine, so it competes for the same
# cores. Extra server flags: DHAD_SERVER_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-2}
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
BUILD_DIR=${DHAD_BUILD_DIR:-build}
DHAD="$BUILD_DIR/client/dhad"
work=$(mktemp -d)
log="$work/server.log"
"$BUILD_DIR/server/dhad-server" --listen=127.0.0.1:0 --metrics_listen=127.0.0.1:0 ${DHAD_SERVER_FLAGS:-} >"$log" 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
target=$(grep -o 'listening on [0-9.]*:[0-9]*' "$log" | awk '{print $3}')
metrics=$(grep -o 'http://[0-9.:]*/metrics' "$log")

# Request bodies.
cat examples/*.txt > "$work/all.txt"
head -c 1024 "$work/all.txt" | { iconv -f utf-8 -t utf-8 -c 2>/dev/null || true; } > "$work/1k.txt"
small=$(ls examples/*.txt | head -n 1)
head -c 1100 "$small" | { iconv -f utf-8 -t utf-8 -c 2>/dev/null || true; } > "$work/article1k.txt"
: > "$work/20k.txt"
while [ "$(wc -c < "$work/20k.txt")" -lt 20000 ]; do cat "$work/all.txt" >> "$work/20k.txt"; done
head -c 20480 "$work/20k.txt" | { iconv -f utf-8 -t utf-8 -c 2>/dev/null || true; } > "$work/article20k.txt"
"$DHAD" frame health > "$work/health.bin"
"$DHAD" frame normalize --file="$work/1k.txt" > "$work/normalize.bin"
"$DHAD" frame analyze --file="$work/article1k.txt" > "$work/analyze1k.bin"
"$DHAD" frame analyze --file="$work/article20k.txt" > "$work/analyze20k.bin"

# A fixed number of requests per run (not a duration: h2load cancels the
# requests in flight when a timed run ends, and every call must end OK).
run() {  # name path body clients streams requests -> "rps p50_ms p99_ms"
  local name=$1 path=$2 body=$3 clients=$4 streams=$5 requests=$6
  local out="$work/$name.$clients.$streams"
  h2load -n "$((requests * SCALE))" -c "$clients" -m "$streams" -t 1 \
    -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$body" --log-file="$out.log" "http://$target$path" > "$out.txt" 2>&1 || true
  local rps
  rps=$(awk '/^finished in/ {for (i=1;i<=NF;i++) if ($i ~ /req\/s/) print $(i-1)}' "$out.txt" | tr -d ',')
  # The log's third column is the request's time in microseconds.
  sort -n -k3 "$out.log" | awk -v rps="${rps:-0}" '{t[NR]=$3} END {
      if (NR == 0) { printf "%s 0 0", rps; exit }
      p50 = t[int(NR*0.50) > 0 ? int(NR*0.50) : 1]; p99 = t[int(NR*0.99) > 0 ? int(NR*0.99) : 1]
      printf "%s %.2f %.2f", rps, p50/1000, p99/1000 }'
}

# The median of the numbers on standard input.
median() {
  sort -g | awk '{a[NR] = $1} END { if (NR == 0) { print 0; exit }
    print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
# Health/Check and Normalize are run in alternation, ROUNDS times each per
# concurrency, and each figure is the median over the rounds, the ratio the
# median of the rounds' ratios: the speed of a shared VM drifts within
# seconds by more than the difference between the two.
ROUNDS=${DHAD_LOAD_ROUNDS:-5}
declare -A health_rps
printf '%-18s %6s %10s %9s %9s %8s\n' "rpc" "conc" "req/s" "p50 ms" "p99 ms" "/health"
for conc in "1 1" "2 4" "4 8" "8 16"; do  # clients × streams per client
  set -- $conc
  clients=$1 streams=$2
  : > "$work/rounds"
  for _ in $(seq "$ROUNDS"); do
    read -r hrps hp50 hp99 <<< "$(run health /grpc.health.v1.Health/Check "$work/health.bin" "$clients" "$streams" 40000)"
    read -r nrps np50 np99 <<< "$(run Normalize_1KB_ /dhad.v1.TextAnalyzer/Normalize "$work/normalize.bin" "$clients" "$streams" 30000)"
    echo "$hrps $hp50 $hp99 $nrps $np50 $np99" >> "$work/rounds"
  done
  col() { awk -v c="$1" '{print $c}' "$work/rounds" | median; }
  health_rps[$conc]=$(col 1)
  ratio=$(awk '{ if ($1 > 0) print $4 / $1 }' "$work/rounds" | median)
  spread=$(awk '{ if ($1 > 0) print $4 / $1 }' "$work/rounds" | sort -g |
           awk 'NR == 1 {lo = $1} {hi = $1} END {printf "rounds %.2f-%.2f", lo, hi}')
  printf '%-18s %6s %10.0f %9.2f %9.2f %8s\n' "Health/Check" "$((clients*streams))" "$(col 1)" "$(col 2)" "$(col 3)" "1.00"
  printf '%-18s %6s %10.0f %9.2f %9.2f %8.2f  %s\n' "Normalize(1KB)" "$((clients*streams))" "$(col 4)" "$(col 5)" "$(col 6)" "$ratio" "$spread"
  for spec in "Analyze(1KB) /dhad.v1.TextAnalyzer/Analyze analyze1k.bin 15000" \
              "Analyze(20KB) /dhad.v1.TextAnalyzer/Analyze analyze20k.bin 1500"; do
    set -- $spec
    name=$1 path=$2 body=$3 requests=$4
    read -r rps p50 p99 <<< "$(run "${name//[()]/_}" "$path" "$work/$body" "$clients" "$streams" "$requests")"
    ratio=$(awk -v a="$rps" -v b="${health_rps[$conc]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    printf '%-18s %6s %10.0f %9s %9s %8s\n' "$name" "$((clients*streams))" "$rps" "$p50" "$p99" "$ratio"
  done
done
echo "(Health/Check and Normalize: medians of $ROUNDS alternating rounds; Analyze: one run,"
echo " its ratio to the median health rate)"

# Every call must have ended OK: h2load only sees HTTP 200, the gRPC status is
# in the trailers, so ask the server.
curl -s "$metrics" > "$work/metrics.txt"
bad=$(awk '/^grpc_server_handled_total/ && !/grpc_code="OK"/ && $NF != 0' "$work/metrics.txt" | wc -l)
ok=$(awk '/^grpc_server_handled_total/ && /grpc_code="OK"/ {s += $NF} END {printf "%d", s}' "$work/metrics.txt")
echo
echo "calls ended OK: $ok; series with other codes: $bad"
awk '/^grpc_server_handled_total/ && !/grpc_code="OK"/ && $NF != 0' "$work/metrics.txt"
grep -E '^process_resident_memory_bytes' "$work/metrics.txt"
[ "$bad" -eq 0 ]
