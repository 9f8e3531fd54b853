#!/usr/bin/env bash
# The test command: set-up, build, then every test (unit and end-to-end) with
# ctest, then the same suite under sanitizers. Extra arguments go to ctest,
# e.g. scripts/test.sh -R e2e_grpc
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
BUILD_DIR=${DHAD_BUILD_DIR:-build}
(cd "$BUILD_DIR" && ctest --output-on-failure -j "${DHAD_JOBS:-2}" "$@")

# The same suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer
# (the unit tests and the real server of the end-to-end tests; the Node test
# only repeats the client side and is left out). DHAD_SANITIZE=0 skips it.
if [ "${DHAD_SANITIZE:-1}" != 0 ]; then
  echo "== the suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)"
  DHAD_BUILD_DIR=build-asan \
    DHAD_CMAKE_ARGS="-DDHAD_SANITIZE=ON -DDHAD_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo" \
    bash scripts/build.sh
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j "${DHAD_JOBS:-2}" -E '^e2e_node$' "$@")
fi

# The analysis library, the worker pool and the unit tests (concurrency_test
# among them) under ThreadSanitizer (build-tsan/). The server is left out:
# Debian's gRPC is not instrumented, so TSan cannot see its synchronization
# (docs/reliability.md). DHAD_TSAN=0 skips it.
if [ "${DHAD_TSAN:-1}" != 0 ]; then
  echo "== the unit tests under ThreadSanitizer (build-tsan/)"
  DHAD_BUILD_DIR=build-tsan \
    DHAD_CMAKE_ARGS="-DDHAD_TSAN=ON -DDHAD_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo" \
    bash scripts/build.sh
  (cd build-tsan && TSAN_OPTIONS=halt_on_error=1 \
    ctest --output-on-failure -j "${DHAD_JOBS:-2}" "$@")
fi

# The libFuzzer targets of fuzz/ (clang-14 + ASan + UBSan, build-fuzz/), each
# for DHAD_FUZZ_SECONDS (30) seconds: build and run stay under 10 minutes on
# 2 cores. The long form is scripts/fuzz.sh [seconds]. DHAD_FUZZ=0 skips it.
if [ "${DHAD_FUZZ:-1}" != 0 ]; then
  echo "== fuzzing, ${DHAD_FUZZ_SECONDS:-30} s per target (build-fuzz/)"
  bash scripts/fuzz.sh "${DHAD_FUZZ_SECONDS:-30}"
fi
