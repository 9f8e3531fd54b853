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
