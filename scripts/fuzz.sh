#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang-14, ASan + UBSan, in
# build-fuzz/) and runs each for a while; prints a table of executions,
# executions per second, corpus size and result.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# SECONDS_PER_TARGET defaults to 60; TARGETs are names as in the table
# (utf8 normalizer ...), all by default. The corpus of each target is kept in
# build-fuzz/corpus/TARGET and grows from run to run; seeds and the
# dictionary are regenerated from examples/, tests/unit/ and analysis/data/
# each time (fuzz/make_seeds.py). A crash, an invariant failure, a timeout
# (10 s per input) or an RSS over 2 GB fails the script; the input is saved
# under build-fuzz/artifacts/TARGET/ and its path printed with the command
# that replays it. Environment: DHAD_FUZZ_BUILD_DIR (build-fuzz), DHAD_JOBS
# (2, build parallelism).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=${1:-60}
shift || true
ALL_TARGETS=(utf8 normalizer sentence_splitter number_parser quote_extractor pipeline
             service_request)
ALL_TARGETS+=(morphology)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")
BUILD=${DHAD_FUZZ_BUILD_DIR:-build-fuzz}

bash scripts/setup.sh  # clang-14 and libclang-rt-14-dev come with the full set-up

build_start=$(date +%s)
if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD" -G Ninja -DDHAD_FUZZ=ON \
    -DDHAD_BUILD_TESTS=OFF -DDHAD_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# Only the fuzz targets and the libraries they link, not the executables.
ninja -C "$BUILD" -j "${DHAD_JOBS:-2}" "${TARGETS[@]/%/_fuzzer}"
/usr/bin/python3 fuzz/make_seeds.py . "$BUILD"
echo "fuzz: build and seeds took $(($(date +%s) - build_start)) s"

max_len_of() {
  case "$1" in
    service_request) echo 16384 ;;  # a serialized request: text and options
    *) echo 4096 ;;
  esac
}

rows=()
failed=0
for t in "${TARGETS[@]}"; do
  corpus="$BUILD/corpus/$t"
  artifacts="$BUILD/artifacts/$t"
  log="$BUILD/logs/$t.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  echo "fuzz: $t for ${SECONDS_PER_TARGET} s (log: $log)"
  rc=0
  "$BUILD/fuzz/${t}_fuzzer" -max_total_time="$SECONDS_PER_TARGET" \
    -max_len="$(max_len_of "$t")" -timeout=10 -rss_limit_mb=2048 \
    -dict="$BUILD/fuzz.dict" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "$BUILD/seeds/$t" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corp=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  result=ok
  if [ "$rc" -ne 0 ]; then
    failed=1
    if grep -q 'ERROR: libFuzzer: timeout' "$log"; then result=TIMEOUT
    elif grep -q 'out-of-memory' "$log"; then result=OOM
    else result=CRASH; fi
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    echo "fuzz: $t: $result (exit $rc); input: ${artifact:-none}"
    grep -m3 -E 'FUZZ INVARIANT FAILED|^  |ERROR: (AddressSanitizer|libFuzzer)|runtime error' \
      "$log" || true
    [ -n "$artifact" ] && echo "fuzz: replay with: $BUILD/fuzz/${t}_fuzzer $artifact"
    result="$result ${artifact:-}"
  fi
  rows+=("$(printf '%-18s %12s %8s %7s  %s' "$t" "${execs:--}" "${speed:--}" "${corp:--}" "$result")")
done

printf '\n%-18s %12s %8s %7s  %s\n' target executions exec/s corpus result
for r in "${rows[@]}"; do echo "$r"; done
exit $failed
