#!/usr/bin/env bash
# The demo: set-up, build, start dhad-server on loopback, run the dhad client
# on the example articles for every RPC, show a few lines of /metrics, stop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
BUILD_DIR=${DHAD_BUILD_DIR:-build}
SERVER="$BUILD_DIR/server/dhad-server"
DHAD="$BUILD_DIR/client/dhad"

log=$(mktemp)
"$SERVER" --listen=127.0.0.1:0 --metrics_listen=127.0.0.1:0 >"$log" 2>&1 &
server_pid=$!
cleanup() {
  kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -f "$log"
}
trap cleanup EXIT

for _ in $(seq 100); do
  grep -q "listening on" "$log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
target=$(grep -o 'listening on [0-9.]*:[0-9]*' "$log" | awk '{print $3}')
metrics=$(grep -o 'http://[0-9.:]*/metrics' "$log")
[ -n "$target" ] || { echo "demo: the server did not start" >&2; cat "$log" >&2; exit 1; }
echo "== dhad-server is up on $target (metrics: $metrics)"

section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() {
  section "dhad $*"
  "$DHAD" --target="$target" "$@" || echo "(exit status $?)"
}

run health
for article in examples/*.txt; do
  section "article: $article"
  head -n 1 "$article"
  run segment --file="$article"
  run quotes --file="$article"
  run numbers --file="$article"
done
first=$(ls examples/*.txt | head -n 1)
run normalize --text="$(sed -n 3p "$first")"
run normalize --profile=display --text="ﷲ أَكْبَر ـــ جمييييل"
run analyze --format=json --id=demo --file="$first"

section "a few lines of $metrics"
curl -s "$metrics" | grep -E '^(grpc_server_handled_total\{.*grpc_code="OK"|dhad_input_bytes_total|process_resident_memory_bytes|dhad_build_info)' | grep -v ' 0$' | head -n 12
section "stopping the server"
