#!/usr/bin/env bash
# AnalyzeStream end to end through the bulk client, and resident memory over
# time.
#
#   bench/bulk.sh [MINUTES]     (default 0: one pass)
#
# Writes DOCS documents (the examples/ articles, one to four of them
# concatenated per document: 1.7 to 8 KB) to a temporary folder, starts
# dhad-server on loopback, and streams the folder with
# `dhad analyze --dir` (one AnalyzeStream call) again and again until MINUTES
# have passed (at least once). After each pass it prints the client's MB/s and
# the server's process_resident_memory_bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-0}
DOCS=${DOCS:-2000}
bash scripts/build.sh >/dev/null
BUILD_DIR=${DHAD_BUILD_DIR:-build}
work=$(mktemp -d)
log="$work/server.log"
"$BUILD_DIR/server/dhad-server" --listen=127.0.0.1:0 --metrics_listen=127.0.0.1:0 >"$log" 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
target=$(grep -o 'listening on [0-9.]*:[0-9]*' "$log" | awk '{print $3}')
metrics=$(grep -o 'http://[0-9.:]*/metrics' "$log")

mkdir "$work/docs"
articles=(examples/*.txt)
for i in $(seq 0 $((DOCS - 1))); do
  n=$((i % 4 + 1))
  for k in $(seq 0 $((n - 1))); do
    cat "${articles[$(((i + k) % ${#articles[@]}))]}"
    printf '\n\n'
  done > "$work/docs/doc$(printf %05d "$i").txt"
done
mb=$(du -sb "$work/docs" | awk '{printf "%.1f", $1 / 1e6}')
rss() { curl -s "$metrics" | awk '/^process_resident_memory_bytes/ {printf "%.1f", $2 / 1048576}'; }
echo "corpus: $DOCS documents, $mb MB; server RSS before: $(rss) MiB"
printf '%5s %8s %10s %10s\n' pass seconds "MB/s" "RSS MiB"
end=$(( $(date +%s) + MINUTES * 60 ))
pass=0
while :; do
  pass=$((pass + 1))
  summary=$("$BUILD_DIR/client/dhad" --target="$target" analyze --dir="$work/docs" --out=/dev/null 2>&1 | tail -n 1)
  echo "$summary" | grep -q "; 0 failed" || { echo "bulk pass failed: $summary" >&2; exit 1; }
  secs=$(echo "$summary" | sed -n 's/.* in \([0-9.]*\) s,.*/\1/p')
  rate=$(echo "$summary" | sed -n 's/.*, \([0-9.]*\) MB\/s.*/\1/p')
  printf '%5d %8s %10s %10s\n' "$pass" "$secs" "$rate" "$(rss)"
  [ "$(date +%s)" -lt "$end" ] || break
done
